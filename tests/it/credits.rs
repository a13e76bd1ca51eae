//! Credit ledger: grant, list, void; balances are sums of entries.

use std::sync::atomic::{AtomicU32, Ordering};

use predicates::prelude::*;

use crate::fixtures::applied_credit;
use crate::harness::{TestDb, test_db};

async fn account(db: &TestDb, currency: &str) -> String {
    let email = format!("{}@example.com", currency.to_lowercase());
    let a = db.json(&["account", "create", "--name", "C", "--email", &email, "--currency", currency]);
    a["id"].as_str().unwrap().to_string()
}

/// Grants credit one second after the previous grant, so that grants have distinct ages.
fn grant(db: &TestDb, account: &str, amount: &str) -> String {
    static SECOND: AtomicU32 = AtomicU32::new(0);
    let base = chrono::DateTime::parse_from_rfc3339("2026-01-15T12:00:00Z").unwrap();
    let now = (base + chrono::Duration::seconds(SECOND.fetch_add(1, Ordering::SeqCst).into())).to_rfc3339();
    let out = db
        .cmd()
        .env("BILLCTL_NOW", now)
        .args(["credit", "grant", "--account", account, "--amount", amount, "--reason", "goodwill", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let o: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    o["grant"]["id"].as_str().unwrap().to_string()
}

/// Writes an 'applied' entry as the invoice engine does (an invoice row to point at included).
async fn apply(db: &TestDb, account: &str, grant: &str, amount: i64) -> String {
    let inv = format!("inv_applied_{}", &grant[5..]);
    sqlx::query(
        "INSERT INTO invoices (id, account_id, status, currency, subtotal, total, amount_due, created_at)
         VALUES ($1, $2, 'open', 'USD', $3, 0, 0, now()) ON CONFLICT DO NOTHING",
    )
    .bind(&inv)
    .bind(account)
    .bind(amount)
    .execute(&db.pool)
    .await
    .unwrap();
    applied_credit(db, &format!("cred_app_{}_{amount}", &grant[5..]), account, grant, &inv, amount).await;
    inv
}

async fn balance(db: &TestDb, account: &str) -> i64 {
    let mut conn = db.pool.acquire().await.unwrap();
    billctl::store::credits::balance(&mut conn, account).await.unwrap()
}

#[tokio::test]
async fn a_grant_is_in_the_account_currency_and_the_balance_is_the_ledger_sum() {
    let db = test_db().await;
    let usd = account(&db, "USD").await;
    let o = db.json(&["credit", "grant", "--account", &usd, "--amount", "12.50", "--reason", "outage"]);
    assert_eq!(o["grant"]["amount"], 1250);
    assert_eq!(o["grant"]["currency"], "USD");
    assert_eq!(o["grant"]["remaining"], 1250);
    assert_eq!(o["balance"], 1250);
    grant(&db, &usd, "0.50");
    assert_eq!(balance(&db, &usd).await, 1300);
    let jpy = account(&db, "JPY").await;
    assert_eq!(db.json(&["credit", "grant", "--account", &jpy, "--amount", "500", "--reason", "x"])["balance"], 500);
    let l = db.json(&["credit", "list", "--account", &usd]);
    assert_eq!(l["grants"].as_array().unwrap().len(), 2);
    assert_eq!(l["balances"][0]["balance"], 1300);
    assert_eq!(db.json(&["credit", "list"])["grants"].as_array().unwrap().len(), 3);
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'credit.grant'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 3);
    db.cmd().args(["credit", "list", "--account", &usd]).assert().success().stdout(
        predicate::str::contains("12.50").and(predicate::str::contains("USD")).and(predicate::str::contains("balance")),
    );
}

#[tokio::test]
async fn bad_grants_name_the_field_and_write_nothing() {
    let db = test_db().await;
    let jpy = account(&db, "JPY").await;
    db.cmd()
        .args(["credit", "grant", "--account", &jpy, "--amount", "1.50", "--reason", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("amount").and(predicate::str::contains("hint:")));
    for bad in ["0", "-5", "abc"] {
        db.cmd()
            .args(["credit", "grant", "--account", &jpy, "--amount", bad, "--reason", "x"])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("amount"));
    }
    db.cmd()
        .args(["credit", "grant", "--account", &jpy, "--amount", "5", "--reason", "  "])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("reason"));
    db.cmd().args(["credit", "grant", "--account", &jpy, "--amount", "5"]).assert().code(2);
    db.cmd().args(["credit", "grant", "--account", "acct_nope", "--amount", "5", "--reason", "x"]).assert().code(3);
    assert_eq!(balance(&db, &jpy).await, 0);
}

#[tokio::test]
async fn remaining_subtracts_applied_and_adds_returned_entries() {
    let db = test_db().await;
    let usd = account(&db, "USD").await;
    let g1 = grant(&db, &usd, "10.00");
    let g2 = grant(&db, &usd, "5.00");
    let g3 = grant(&db, &usd, "1.00");
    apply(&db, &usd, &g1, 400).await;
    apply(&db, &usd, &g3, 100).await;
    let l = db.json(&["credit", "list", "--account", &usd]);
    let remaining: Vec<i64> =
        l["grants"].as_array().unwrap().iter().map(|g| g["remaining"].as_i64().unwrap()).collect();
    assert_eq!(remaining, vec![600, 500, 0]);
    assert_eq!(l["balances"][0]["balance"], 1100);
    let mut conn = db.pool.acquire().await.unwrap();
    let open = billctl::store::credits::grant_balances(&mut conn, &usd).await.unwrap();
    let open: Vec<(String, i64)> = open.into_iter().map(|(id, r, _)| (id, r)).collect();
    assert_eq!(open, vec![(g1.clone(), 600), (g2, 500)], "oldest first, used-up grants left out");
}

#[tokio::test]
async fn voiding_takes_back_the_unused_remainder_only_once() {
    let db = test_db().await;
    let usd = account(&db, "USD").await;
    let g = grant(&db, &usd, "10.00");
    apply(&db, &usd, &g, 250).await;
    let o = db.json(&["credit", "void", &g, "--reason", "mistake"]);
    assert_eq!(o["grant"]["remaining"], 0);
    assert_eq!(o["grant"]["voided"], true);
    assert_eq!(o["balance"], 0);
    let void: (i64, String) =
        sqlx::query_as("SELECT amount, reason FROM credit_entries WHERE kind = 'void' AND grant_id = $1")
            .bind(&g)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(void, (-750, "mistake".to_string()));
    db.cmd().args(["credit", "void", &g]).assert().code(4).stderr(predicate::str::contains("already voided"));
    let used = grant(&db, &usd, "3.00");
    apply(&db, &usd, &used, 300).await;
    db.cmd().args(["credit", "void", &used]).assert().code(4).stderr(predicate::str::contains("fully used"));
    db.cmd().args(["credit", "void", "cred_missing"]).assert().code(3);
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'credit.void'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 1);
}

#[tokio::test]
async fn a_credit_void_needs_yes_in_a_script_and_its_dry_run_writes_nothing() {
    let db = test_db().await;
    let usd = account(&db, "USD").await;
    let g = grant(&db, &usd, "10.00");
    db.cmd().args(["credit", "void", &g]).assert().code(2).stderr(predicate::str::contains("--yes"));
    db.cmd()
        .args(["credit", "void", &g, "--dry-run"])
        .assert()
        .success()
        .stderr(predicate::str::contains("dry run: nothing was written"));
    assert_eq!(balance(&db, &usd).await, 1000, "neither the refusal nor the dry run voided anything");
    db.json(&["credit", "void", &g]);
    assert_eq!(balance(&db, &usd).await, 0);
}
