//! Invoice list, show, void and finalize, on invoices written with plain SQL the way the invoice
//! run writes them.

use predicates::prelude::*;
use serde_json::Value;

use crate::fixtures::applied_credit;
use crate::harness::{TestDb, test_db};

async fn account(db: &TestDb, email: &str) -> String {
    let a = db.json(&["account", "create", "--name", "I", "--email", email, "--currency", "USD"]);
    a["id"].as_str().unwrap().to_string()
}

/// An invoice with the given charge lines, tax and applied credit; totals consistent.
/// `amounts`: the charge lines, the tax, the credit applied.
async fn invoice(
    db: &TestDb,
    account: &str,
    id: &str,
    number: Option<&str>,
    status: &str,
    amounts: (&[i64], i64, i64),
) {
    let (charges, tax, credit) = amounts;
    let subtotal: i64 = charges.iter().sum();
    let total = subtotal + tax - credit;
    let paid = if status == "paid" { total } else { 0 };
    sqlx::query(
        "INSERT INTO invoices (id, account_id, number, status, currency, period_start, period_end, subtotal, tax,
            credit_applied, total, amount_paid, amount_due, tax_note, issued_on, due_on, created_at)
         VALUES ($1, $2, $3, $4, 'USD', '2026-01-01', '2026-02-01', $5, $6, $7, $8, $9, $10, $11,
            CASE WHEN $4 = 'draft' THEN NULL ELSE DATE '2026-01-01' END,
            CASE WHEN $4 = 'draft' THEN NULL ELSE DATE '2026-01-15' END, now())",
    )
    .bind(id)
    .bind(account)
    .bind(number)
    .bind(status)
    .bind(subtotal)
    .bind(tax)
    .bind(credit)
    .bind(total)
    .bind(paid)
    .bind(total - paid)
    .bind((tax == 0).then_some("Reverse charge: VAT to be accounted for by the recipient"))
    .execute(&db.pool)
    .await
    .unwrap();
    let mut lines: Vec<(&str, i64)> = charges.iter().map(|a| ("recurring", *a)).collect();
    if tax != 0 {
        lines.push(("tax", tax));
    }
    if credit != 0 {
        lines.push(("credit", -credit));
    }
    for (i, (kind, amount)) in lines.into_iter().enumerate() {
        sqlx::query(
            "INSERT INTO invoice_lines (id, invoice_id, account_id, position, kind, description, quantity, amount,
                currency) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, 'USD')",
        )
        .bind(format!("il_{id}_{i}"))
        .bind(id)
        .bind(account)
        .bind(i as i32 + 1)
        .bind(kind)
        .bind(format!("{kind} line"))
        .bind(amount)
        .execute(&db.pool)
        .await
        .unwrap();
    }
}

/// A grant of `amount` (minor units), and an invoice that applied `applied` of it, written the way
/// the invoice run writes them (a grant made with `credit grant` would settle the open invoice at once).
async fn grant_applied(db: &TestDb, account: &str, invoice_id: &str, amount: i64, applied: i64) -> String {
    let grant = format!("cred_grant_{invoice_id}_{amount}");
    sqlx::query(
        "INSERT INTO credit_entries (id, account_id, kind, amount, currency, reason, created_at)
         VALUES ($1, $2, 'grant', $3, 'USD', 'promo', now())",
    )
    .bind(&grant)
    .bind(account)
    .bind(amount)
    .execute(&db.pool)
    .await
    .unwrap();
    applied_credit(db, &format!("cred_applied_{invoice_id}_{}", &grant[5..]), account, &grant, invoice_id, applied)
        .await;
    grant
}

async fn balance(db: &TestDb, account: &str) -> i64 {
    let mut conn = db.pool.acquire().await.unwrap();
    billctl::store::credits::balance(&mut conn, account).await.unwrap()
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect()
}

#[tokio::test]
async fn list_filters_by_account_and_status_and_pages() {
    let db = test_db().await;
    let a = account(&db, "a@example.com").await;
    let b = account(&db, "b@example.com").await;
    invoice(&db, &a, "inv_01", Some("INV-2026-000001"), "open", (&[1000], 190, 0)).await;
    invoice(&db, &a, "inv_02", Some("INV-2026-000002"), "paid", (&[500], 0, 0)).await;
    invoice(&db, &b, "inv_03", None, "draft", (&[700], 0, 0)).await;
    assert_eq!(ids(&db.json(&["invoice", "list"])), vec!["inv_01", "inv_02", "inv_03"]);
    assert_eq!(ids(&db.json(&["invoice", "list", "--account", &a])), vec!["inv_01", "inv_02"]);
    assert_eq!(ids(&db.json(&["invoice", "list", "--status", "draft"])), vec!["inv_03"]);
    assert_eq!(ids(&db.json(&["invoice", "list", "--limit", "1", "--after", "inv_01"])), vec!["inv_02"]);
    db.cmd()
        .args(["invoice", "list", "--status", "late"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--status"));
    db.cmd().args(["invoice", "list"]).assert().success().stdout(
        predicate::str::contains("11.90")
            .and(predicate::str::contains("USD"))
            .and(predicate::str::contains("INV-2026-000002")),
    );
}

#[tokio::test]
async fn show_finds_by_id_or_number_with_lines_and_totals() {
    let db = test_db().await;
    let a = account(&db, "a@example.com").await;
    invoice(&db, &a, "inv_01", Some("INV-2026-000001"), "open", (&[1000, 234], 0, 100)).await;
    let d = db.json(&["invoice", "show", "INV-2026-000001"]);
    assert_eq!(d["id"], "inv_01");
    assert_eq!(d["total"], 1134);
    let amounts: Vec<i64> = d["lines"].as_array().unwrap().iter().map(|l| l["amount"].as_i64().unwrap()).collect();
    assert_eq!(amounts, vec![1000, 234, -100]);
    assert_eq!(d["lines"][0]["quantity"], "1");
    db.cmd().args(["invoice", "show", "inv_01"]).assert().success().stdout(
        predicate::str::contains("12.34 USD")
            .and(predicate::str::contains("11.34 USD"))
            .and(predicate::str::contains("-1.00 USD"))
            .and(predicate::str::contains("Reverse charge")),
    );
    db.cmd().args(["invoice", "show", "INV-404"]).assert().code(3).stderr(predicate::str::contains("invoice list"));
}

#[tokio::test]
async fn voiding_an_open_invoice_returns_its_credit_to_the_grants() {
    let db = test_db().await;
    let a = account(&db, "a@example.com").await;
    invoice(&db, &a, "inv_01", Some("INV-2026-000001"), "open", (&[3000], 0, 1500)).await;
    let g1 = grant_applied(&db, &a, "inv_01", 1000, 1000).await;
    let g2 = grant_applied(&db, &a, "inv_01", 800, 500).await;
    assert_eq!(balance(&db, &a).await, 300);
    let v = db.json(&["invoice", "void", "INV-2026-000001"]);
    assert_eq!(v["invoice"]["status"], "void");
    assert!(v["invoice"]["voided_at"].is_string());
    assert_eq!(v["credit_returned"], 1500);
    assert_eq!(v["credit_grant_id"], Value::Null);
    // An issued invoice gets a credit note: its charges (30.00) cancel the 15.00 due and the 15.00
    // of credit it used goes back to the grants.
    let cn = &v["credit_note"];
    assert_eq!((cn["number"].as_str(), cn["total"].as_i64()), (Some("CN-2026-000001"), Some(3000)));
    assert_eq!((cn["reduces_due"].as_i64(), cn["to_credit"].as_i64()), (Some(1500), Some(1500)));
    assert_eq!(balance(&db, &a).await, 1800);
    let returned: Vec<(String, i64)> = sqlx::query_as(
        "SELECT grant_id, amount FROM credit_entries WHERE kind = 'returned' AND invoice_id = 'inv_01' ORDER BY amount DESC",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(returned, vec![(g1, 1000), (g2, 500)]);
    db.cmd().args(["invoice", "void", "inv_01"]).assert().code(4).stderr(predicate::str::contains("void"));
    let audits: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'invoice.void' AND entity_id = 'inv_01'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(audits, 1);
}

#[tokio::test]
async fn a_paid_invoice_is_not_voided_and_credit_account_grants_the_total() {
    let db = test_db().await;
    let a = account(&db, "a@example.com").await;
    invoice(&db, &a, "inv_paid", Some("INV-2026-000001"), "paid", (&[2000], 0, 0)).await;
    db.cmd()
        .args(["invoice", "void", "inv_paid"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("is paid").and(predicate::str::contains("credit grant")));
    invoice(&db, &a, "inv_open", Some("INV-2026-000002"), "open", (&[2000], 380, 0)).await;
    let v = db.json(&["invoice", "void", "inv_open", "--credit-account"]);
    assert_eq!(v["credit_granted"], 2380);
    assert_eq!(balance(&db, &a).await, 2380);
    let l = db.json(&["credit", "list", "--account", &a]);
    assert_eq!(l["grants"][0]["invoice_id"], "inv_open");
    db.cmd().args(["invoice", "void", "inv_nope"]).assert().code(3);
}

#[tokio::test]
async fn finalize_numbers_drafts_gaplessly_and_a_zero_total_is_paid() {
    let db = test_db().await;
    let a = account(&db, "a@example.com").await;
    invoice(&db, &a, "inv_d1", None, "draft", (&[1000], 0, 0)).await;
    invoice(&db, &a, "inv_d2", None, "draft", (&[500], 0, 500)).await;
    let f1 = db.json(&["invoice", "finalize", "inv_d1"]);
    assert_eq!(f1["number"], "INV-2026-000001");
    assert_eq!(f1["status"], "open");
    assert_eq!(f1["issued_on"], "2026-01-15");
    assert_eq!(f1["due_on"], "2026-01-29");
    assert_eq!(f1["amount_due"], 1000);
    let f2 = db.json(&["invoice", "finalize", "inv_d2"]);
    assert_eq!(f2["number"], "INV-2026-000002");
    assert_eq!(f2["status"], "paid");
    assert!(f2["paid_at"].is_string());
    db.cmd().args(["invoice", "finalize", "inv_d1"]).assert().code(4).stderr(predicate::str::contains("not a draft"));
    invoice(&db, &a, "inv_d3", None, "draft", (&[100], 0, 0)).await;
    let out = db
        .cmd()
        .env("BILLCTL_INVOICE_NUMBER_FORMAT", "F{year}{month}-{seq:3}")
        .args(["invoice", "finalize", "inv_d3", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let f3: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(f3["number"], "F202601-001");
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'invoice.finalize'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 3);
}

#[tokio::test]
async fn numbers_are_allocated_in_blocks_and_a_rollback_leaves_no_gap() {
    let db = test_db().await;
    let mut tx = db.pool.begin().await.unwrap();
    assert_eq!(billctl::store::numbering::allocate(&mut tx, "INV-2026-", 10).await.unwrap(), 1);
    tx.rollback().await.unwrap();
    let mut tx = db.pool.begin().await.unwrap();
    assert_eq!(billctl::store::numbering::allocate(&mut tx, "INV-2026-", 10).await.unwrap(), 1);
    assert_eq!(billctl::store::numbering::allocate(&mut tx, "INV-2026-", 1).await.unwrap(), 11);
    assert_eq!(billctl::store::numbering::allocate(&mut tx, "INV-2027-", 1).await.unwrap(), 1);
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn voiding_needs_yes_in_a_script_and_a_dry_run_shows_the_same_outcome_writing_nothing() {
    let db = test_db().await;
    let a = account(&db, "a@example.com").await;
    invoice(&db, &a, "inv_01", Some("INV-2026-000001"), "open", (&[3000], 0, 0)).await;
    let status = || async {
        sqlx::query_scalar::<_, String>("SELECT status FROM invoices WHERE id = 'inv_01'")
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };
    db.cmd()
        .args(["invoice", "void", "inv_01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("confirmation needed").and(predicate::str::contains("--yes")));
    assert_eq!(status().await, "open", "not confirmed: nothing written");

    let out = db.cmd().args(["invoice", "void", "inv_01", "--dry-run", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let preview: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(preview["invoice"]["status"], "void");
    assert_eq!(preview["credit_note"]["number"], "CN-2026-000001");
    assert!(String::from_utf8_lossy(&out.stderr).contains("dry run: nothing was written"));
    assert_eq!(status().await, "open", "a dry run writes nothing");
    let notes: i64 = sqlx::query_scalar("SELECT count(*) FROM credit_notes").fetch_one(&db.pool).await.unwrap();
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'invoice.void'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!((notes, audits), (0, 0));

    let done = db.json(&["invoice", "void", "inv_01"]);
    assert_eq!(done["credit_note"]["number"], "CN-2026-000001", "the dry run used no number");
    assert_eq!(status().await, "void");
    // A refusal because of the state comes before the missing confirmation.
    db.cmd().args(["invoice", "void", "inv_01"]).assert().code(4);
}
