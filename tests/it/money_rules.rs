//! The money rules of issue 10 end to end: tax on negative invoices, credit only for paid time,
//! credit reaching open invoices before any charge, credit notes; and a randomized run of
//! operations on one account (fixed seeds) whose invariants are checked in the database.

use predicates::prelude::*;
use serde_json::Value;

use crate::fixtures::{account, scalar, subscribe};
use crate::harness::{TestDb, at, test_db};

async fn balance(db: &TestDb, account: &str) -> i64 {
    let mut conn = db.pool.acquire().await.unwrap();
    billctl::store::credits::balance(&mut conn, account).await.unwrap()
}

/// The invoice of a subscription's period (id, number).
async fn period_invoice(db: &TestDb, sub: &str, start: &str) -> (String, String) {
    sqlx::query_as(
        "SELECT id, number FROM invoices WHERE subscription_id = $1 AND period_start = $2::date AND status <> 'void'",
    )
    .bind(sub)
    .bind(start)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

/// (kind, amount) of an invoice's lines.
async fn lines(db: &TestDb, invoice: &str) -> Vec<(String, i64)> {
    sqlx::query_as("SELECT kind, amount FROM invoice_lines WHERE invoice_id = $1 ORDER BY position")
        .bind(invoice)
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

/// (total, amount_paid, credit_settled, credited, amount_due, status) of an invoice.
async fn amounts(db: &TestDb, invoice: &str) -> (i64, i64, i64, i64, i64, String) {
    sqlx::query_as(
        "SELECT total, amount_paid, credit_settled, credited, amount_due, status FROM invoices WHERE id = $1",
    )
    .bind(invoice)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

/// A USD 30.00/month subscription from March with its March and April invoices open:
/// (db, account, March invoice id, (April invoice id, April number)).
async fn two_open_months() -> (TestDb, String, String, (String, String)) {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "USD:30"]);
    let acct = account(&db, "USD", &[]);
    let sub = subscribe(&db, &acct, "basic", "2026-03-01", &[]);
    at(&db, "2026-03-01", &["invoice", "run"]);
    at(&db, "2026-04-01", &["invoice", "run"]);
    let (march, _) = period_invoice(&db, &sub, "2026-03-01").await;
    let april = period_invoice(&db, &sub, "2026-04-01").await;
    (db, acct, march, april)
}

/// (invoice id, amount) of every payment.
async fn payments(db: &TestDb) -> Vec<(String, i64)> {
    sqlx::query_as("SELECT invoice_id, amount FROM payments ORDER BY created_at").fetch_all(&db.pool).await.unwrap()
}

fn pay(db: &TestDb, now: &str, number: &str, amount: &str) {
    at(db, now, &["payment", "record", number, "--amount", amount, "--method", "wire"]);
}

fn vat_de(db: &TestDb) {
    db.json(&["tax", "rate", "add", "--country", "DE", "--name", "VAT", "--rate", "19", "--valid-from", "2020-01-01"]);
}

#[tokio::test]
async fn a_de_consumer_downgrading_100_to_10_gets_41_65_credit_with_vat_and_the_next_month_carries_its_vat_once() {
    let db = test_db().await;
    vat_de(&db);
    db.json(&["plan", "create", "--code", "big", "--name", "Big", "--price", "EUR:100"]);
    db.json(&["plan", "create", "--code", "small", "--name", "Small", "--price", "EUR:10"]);
    let acct = account(&db, "EUR", &["--country", "DE"]);
    let sub = subscribe(&db, &acct, "big", "2026-04-01", &[]);
    at(&db, "2026-04-01", &["invoice", "run"]);
    let (april, april_no) = period_invoice(&db, &sub, "2026-04-01").await;
    assert_eq!(lines(&db, &april).await, [("recurring".into(), 10000), ("tax".into(), 1900)]);
    pay(&db, "2026-04-02", &april_no, "119.00");
    // April has 30 days; 15 remain from the 16th: −50.00 on Big, +5.00 on Small.
    at(&db, "2026-04-16", &["subscription", "change", &sub, "--plan", "small"]);
    at(&db, "2026-05-01", &["invoice", "run"]);
    let (may, _) = period_invoice(&db, &sub, "2026-05-01").await;
    // 10.00 − 50.00 + 5.00 = −35.00; VAT on every line: −6.65; −41.65 carried to credit.
    let may_lines = lines(&db, &may).await;
    assert_eq!(
        may_lines,
        [
            ("recurring".into(), 1000),
            ("proration".into(), -5000),
            ("proration".into(), 500),
            ("tax".into(), -665),
            ("credit_carried".into(), 4165)
        ]
    );
    let (total, _, _, _, due, status) = amounts(&db, &may).await;
    assert_eq!((total, due, status.as_str()), (0, 0, "paid"));
    assert_eq!(may_lines.iter().map(|l| l.1).sum::<i64>(), total, "total = sum of the lines");
    let grant: i64 = sqlx::query_scalar("SELECT amount FROM credit_entries WHERE kind = 'grant' AND invoice_id = $1")
        .bind(&may)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(grant, 4165, "the ledger grant equals the carried line to the cent");
    let shown = db.json(&["invoice", "show", &may]);
    assert_eq!((shown["subtotal"].as_i64(), shown["tax"].as_i64()), (Some(-3500), Some(-665)));
    // June: 10.00 + 1.90 VAT, once, paid by the credit.
    at(&db, "2026-06-01", &["invoice", "run"]);
    let (june, _) = period_invoice(&db, &sub, "2026-06-01").await;
    assert_eq!(lines(&db, &june).await, [("recurring".into(), 1000), ("tax".into(), 190), ("credit".into(), -1190)]);
    assert_eq!(amounts(&db, &june).await.0, 0);
    assert_eq!(balance(&db, &acct).await, 4165 - 1190);
}

#[tokio::test]
async fn cancel_with_credit_on_an_unpaid_period_reduces_or_voids_the_invoice_and_creates_no_spendable_credit() {
    let db = test_db().await;
    vat_de(&db);
    db.json(&["plan", "create", "--code", "pro", "--name", "Pro", "--price", "EUR:90"]);
    let acct = account(&db, "EUR", &["--country", "DE"]);
    let sub = subscribe(&db, &acct, "pro", "2026-04-01", &[]);
    at(&db, "2026-04-01", &["invoice", "run"]);
    let (inv, number) = period_invoice(&db, &sub, "2026-04-01").await;
    assert_eq!(amounts(&db, &inv).await.0, 10710); // 90.00 + 17.10 VAT, left unpaid (card declined)
    let o = at(&db, "2026-04-21", &["subscription", "cancel", &sub, "--at", "now", "--credit"]);
    // 10 of 30 days unused: 30.00 + 5.70 VAT taken off the open invoice, no credit.
    assert_eq!(o["credit_minor"], 0);
    assert_eq!(o["correction"]["action"], "reduced");
    assert_eq!(
        (o["correction"]["reduced_minor"].as_i64(), o["correction"]["unused_minor"].as_i64()),
        (Some(3570), Some(3570))
    );
    assert_eq!(o["correction"]["credit_note_number"], "CN-2026-000001");
    assert_eq!(amounts(&db, &inv).await, (10710, 0, 0, 3570, 7140, "open".into()));
    assert_eq!(balance(&db, &acct).await, 0, "no spendable credit from an unpaid amount");
    db.cmd()
        .env("BILLCTL_NOW", "2026-04-21")
        .args(["subscription", "cancel", &sub, "--at", "now", "--credit", "--yes"])
        .assert()
        .failure();
    let cn = db.json(&["invoice", "show", "CN-2026-000001"]);
    assert_eq!((cn["kind"].as_str(), cn["invoice_number"].as_str()), (Some("credit_note"), Some(number.as_str())));
    assert_eq!(
        (cn["subtotal"].as_i64(), cn["tax"].as_i64(), cn["total"].as_i64()),
        (Some(3000), Some(570), Some(3570))
    );
    assert_eq!((cn["reduces_due"].as_i64(), cn["to_credit"].as_i64()), (Some(3570), Some(0)));

    // Paused on the first day of an unpaid period: the unused time covers the invoice, voided.
    let other = subscribe(&db, &acct, "pro", "2026-05-01", &[]);
    at(&db, "2026-05-01", &["invoice", "run"]);
    let (may, _) = period_invoice(&db, &other, "2026-05-01").await;
    let p = at(&db, "2026-05-01T18:00:00Z", &["subscription", "pause", &other, "--credit"]);
    assert_eq!((p["correction"]["action"].as_str(), p["credit_minor"].as_i64()), (Some("voided"), Some(0)));
    assert_eq!(p["correction"]["credit_note_number"], "CN-2026-000002");
    let (total, _, _, credited, due, status) = amounts(&db, &may).await;
    assert_eq!((total, credited, due, status.as_str()), (10710, 10710, 0, "void"));
    assert_eq!(balance(&db, &acct).await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM credit_entries").await, 0);
}

#[tokio::test]
async fn cancel_with_credit_of_a_paid_period_grants_the_unused_days_with_their_tax() {
    let db = test_db().await;
    vat_de(&db);
    db.json(&["plan", "create", "--code", "pro", "--name", "Pro", "--price", "EUR:90"]);
    let acct = account(&db, "EUR", &["--country", "DE"]);
    let sub = subscribe(&db, &acct, "pro", "2026-04-01", &[]);
    at(&db, "2026-04-01", &["invoice", "run"]);
    let (inv, number) = period_invoice(&db, &sub, "2026-04-01").await;
    pay(&db, "2026-04-03", &number, "107.10");
    let o = at(&db, "2026-04-21", &["subscription", "cancel", &sub, "--at", "now", "--credit"]);
    assert_eq!((o["correction"]["action"].as_str(), o["credit_minor"].as_i64()), (Some("credited"), Some(3570)));
    assert_eq!(balance(&db, &acct).await, 3570);
    assert_eq!(amounts(&db, &inv).await, (10710, 10710, 0, 0, 0, "paid".into()));
    let cn = db.json(&["invoice", "list", "--kind", "credit_note"]);
    assert_eq!(cn.as_array().unwrap().len(), 1);
    assert_eq!((cn[0]["total"].as_i64(), cn[0]["to_credit"].as_i64()), (Some(3570), Some(3570)));
    let grant_of_note: String =
        sqlx::query_scalar("SELECT credit_grant_id FROM credit_notes").fetch_one(&db.pool).await.unwrap();
    let granted: i64 = sqlx::query_scalar("SELECT amount FROM credit_entries WHERE id = $1")
        .bind(&grant_of_note)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(granted, 3570);
}

#[tokio::test]
async fn credit_granted_while_two_invoices_are_open_settles_the_oldest_first_and_collect_charges_only_the_rest() {
    let (db, acct, march, (april, april_no)) = two_open_months().await;
    let g = at(&db, "2026-04-05", &["credit", "grant", "--account", &acct, "--amount", "40.00", "--reason", "outage"]);
    let settled: Vec<(String, i64)> = g["settled"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["invoice_id"].as_str().unwrap().to_string(), s["amount"].as_i64().unwrap()))
        .collect();
    assert_eq!(settled, vec![(march.clone(), 3000), (april.clone(), 1000)]);
    assert_eq!((g["balance"].as_i64(), g["grant"]["remaining"].as_i64()), (Some(0), Some(0)));
    assert_eq!(amounts(&db, &march).await, (3000, 0, 3000, 0, 0, "paid".into()));
    assert_eq!(amounts(&db, &april).await, (3000, 0, 1000, 0, 2000, "open".into()));
    // Nothing left to apply: credit apply is idempotent.
    let again = at(&db, "2026-04-05", &["credit", "apply", &acct]);
    assert_eq!((again["applied"].as_i64(), again["settled"].as_array().unwrap().len()), (Some(0), 0));
    at(&db, "2026-04-05", &["account", "payment-method", "add", &acct, "--token", "pm_card_visa", "--default"]);
    let c = at(&db, "2026-04-06", &["payment", "collect", "--all"]);
    assert_eq!(c["succeeded"], 1);
    assert_eq!(payments(&db).await, vec![(april.clone(), 2000)], "only the rest is charged");
    assert_eq!(amounts(&db, &april).await, (3000, 2000, 1000, 0, 0, "paid".into()));
    db.cmd().args(["payment", "collect", "--invoice", &april_no]).assert().code(4);
}

#[tokio::test]
async fn collect_applies_credit_before_charging_and_credit_apply_does_it_on_demand() {
    let (db, acct, march, (april, _)) = two_open_months().await;
    // Credit granted before this rule existed: sitting in the ledger while invoices are open.
    sqlx::query(
        "INSERT INTO credit_entries (id, account_id, kind, amount, currency, reason, created_at)
         VALUES ('cred_legacy', $1, 'grant', 4500, 'USD', 'old grant', now())",
    )
    .bind(&acct)
    .execute(&db.pool)
    .await
    .unwrap();
    let dry = at(&db, "2026-04-05", &["credit", "apply", &acct, "--dry-run"]);
    assert_eq!((dry["applied"].as_i64(), dry["balance"].as_i64()), (Some(4500), Some(0)));
    assert_eq!(amounts(&db, &march).await.4, 3000, "a dry run writes nothing");
    at(&db, "2026-04-05", &["account", "payment-method", "add", &acct, "--token", "pm_card_visa", "--default"]);
    let c = at(&db, "2026-04-06", &["payment", "collect", "--all"]);
    assert_eq!(c["succeeded"], 1);
    assert_eq!(payments(&db).await, vec![(april.clone(), 1500)]);
    assert_eq!(amounts(&db, &march).await, (3000, 0, 3000, 0, 0, "paid".into()));
    assert_eq!(balance(&db, &acct).await, 0);
    let again = at(&db, "2026-04-06", &["credit", "apply", &acct]);
    assert_eq!(again["applied"], 0);
}

#[tokio::test]
async fn voiding_an_issued_invoice_issues_a_credit_note_from_its_own_gapless_series() {
    let db = test_db().await;
    vat_de(&db);
    db.json(&["plan", "create", "--code", "pro", "--name", "Pro", "--price", "EUR:90"]);
    let acct = account(&db, "EUR", &["--country", "DE"]);
    let a = subscribe(&db, &acct, "pro", "2026-04-01", &[]);
    let b = subscribe(&db, &acct, "pro", "2026-04-01", &[]);
    at(&db, "2026-04-01", &["invoice", "run"]);
    let (inv_a, no_a) = period_invoice(&db, &a, "2026-04-01").await;
    let (_, no_b) = period_invoice(&db, &b, "2026-04-01").await;
    let v = at(&db, "2026-04-02", &["invoice", "void", &no_a]);
    assert_eq!(v["credit_note"]["number"], "CN-2026-000001");
    assert_eq!((v["credit_note"]["total"].as_i64(), v["credit_note"]["tax"].as_i64()), (Some(10710), Some(1710)));
    assert_eq!(v["credit_note"]["invoice_id"], inv_a.as_str());
    assert_eq!(amounts(&db, &inv_a).await, (10710, 0, 0, 10710, 0, "void".into()));
    let shown = db.json(&["invoice", "show", "CN-2026-000001"]);
    let cn_lines: Vec<(String, i64)> = shown["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["kind"].as_str().unwrap().to_string(), l["amount"].as_i64().unwrap()))
        .collect();
    assert_eq!(cn_lines, [("recurring".into(), 9000), ("tax".into(), 1710)]);
    assert_eq!(shown["invoice_number"], no_a.as_str());
    let inv_shown = db.json(&["invoice", "show", &no_a]);
    assert_eq!(inv_shown["credit_notes"][0]["number"], "CN-2026-000001");
    at(&db, "2026-04-02", &["invoice", "void", &no_b]);
    let listed = db.json(&["invoice", "list", "--kind", "credit_note", "--account", &acct]);
    let numbers: Vec<&str> = listed.as_array().unwrap().iter().map(|n| n["number"].as_str().unwrap()).collect();
    assert_eq!(numbers, ["CN-2026-000001", "CN-2026-000002"]);
    let regular = db.json(&["invoice", "list", "--kind", "regular"]);
    assert_eq!(regular.as_array().unwrap().len(), 2);
    db.cmd()
        .args(["invoice", "list", "--kind", "refund"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--kind 'refund'"));
    // The invoice series is untouched by credit notes.
    let next = subscribe(&db, &acct, "pro", "2026-04-03", &[]);
    at(&db, "2026-04-03", &["invoice", "run"]);
    let (_, no_next) = period_invoice(&db, &next, "2026-04-03").await;
    assert_eq!(no_next, "INV-2026-000003");
}

// ---------------------------------------------------------------------------------------------
// Randomized operations on one account (fixed seeds), invariants checked in the database.

/// A small deterministic generator (64-bit LCG), so that every run tries the same sequences.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn try_cli(db: &TestDb, now: &str, args: &[&str]) -> Option<Value> {
    let out = db.cmd().env("BILLCTL_NOW", now).args(args).args(["--format", "json", "--yes"]).output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    assert!([0, 2, 3, 4].contains(&code), "{args:?} exited {code}: {}", String::from_utf8_lossy(&out.stderr));
    (code == 0).then(|| serde_json::from_slice(&out.stdout).unwrap_or(Value::Null))
}

async fn check_invariants(db: &TestDb, acct: &str, context: &str) {
    let bad_lines = scalar(
        db,
        "SELECT count(*) FROM invoices i WHERE total <> (SELECT COALESCE(SUM(amount), 0) FROM invoice_lines l
           WHERE l.invoice_id = i.id)",
    )
    .await;
    assert_eq!(bad_lines, 0, "{context}: an invoice total differs from the sum of its lines");
    assert_eq!(scalar(db, "SELECT count(*) FROM invoices WHERE total < 0").await, 0, "{context}: negative total");
    let unsettled = scalar(
        db,
        "SELECT count(*) FROM invoices WHERE status <> 'draft'
           AND total <> amount_paid + credit_settled + credited + amount_due",
    )
    .await;
    assert_eq!(unsettled, 0, "{context}: total <> paid + credit + credit notes + due");
    let negative_grants = scalar(
        db,
        "SELECT count(*) FROM credit_entries g WHERE g.kind = 'grant'
           AND g.amount + (SELECT COALESCE(SUM(e.amount), 0) FROM credit_entries e WHERE e.grant_id = g.id) < 0",
    )
    .await;
    assert_eq!(negative_grants, 0, "{context}: a grant went below zero");
    let bad_notes = scalar(
        db,
        "SELECT count(*) FROM credit_notes n WHERE total <> reduces_due + to_credit
           OR total <> (SELECT SUM(amount) FROM credit_note_lines l WHERE l.credit_note_id = n.id)",
    )
    .await;
    assert_eq!(bad_notes, 0, "{context}: a credit note does not add up");
    // Money in (charges) = money out (payments + credit notes + applied credit + open balance).
    let (charges, out): (i64, i64) = sqlx::query_as(
        "SELECT COALESCE(SUM(total + credit_applied), 0)::BIGINT,
                COALESCE(SUM(amount_paid + credited + credit_applied + credit_settled + amount_due), 0)::BIGINT
         FROM invoices WHERE status <> 'draft'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(charges, out, "{context}: money in <> money out");
    let open_due = scalar(
        db,
        &format!(
            "SELECT COALESCE(SUM(amount_due), 0)::BIGINT FROM invoices WHERE status = 'open' AND account_id = '{acct}'"
        ),
    )
    .await;
    let bal = balance(db, acct).await;
    assert!(bal >= 0, "{context}: balance {bal}");
    assert!(bal == 0 || open_due == 0, "{context}: {bal} of credit left while {open_due} is open");
}

#[tokio::test]
async fn random_operations_on_one_account_keep_the_money_rules_in_the_database() {
    let db = test_db().await;
    vat_de(&db);
    db.json(&["plan", "create", "--code", "big", "--name", "Big", "--price", "EUR:100"]);
    db.json(&["plan", "create", "--code", "small", "--name", "Small", "--price", "EUR:10"]);
    for seed in [7u64, 42, 1234] {
        let mut rng = Lcg(seed);
        let email = format!("r{seed}@example.com");
        let acct = db.json(&[
            "account",
            "create",
            "--name",
            "R",
            "--email",
            &email,
            "--currency",
            "EUR",
            "--country",
            "DE",
        ])["id"]
            .as_str()
            .unwrap()
            .to_string();
        let mut day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut subs: Vec<String> = Vec::new();
        for step in 0..14 {
            day = day + chrono::Days::new(rng.next(12));
            let now = format!("{day}T12:00:00Z");
            let sub = (!subs.is_empty()).then(|| subs[rng.next(subs.len() as u64) as usize].clone());
            let op = rng.next(9);
            let context = format!("seed {seed} step {step} op {op} on {day}");
            match (op, sub.as_deref()) {
                (0, _) | (_, None) => {
                    let plan = if rng.next(2) == 0 { "big" } else { "small" };
                    let d = day.to_string();
                    let args = ["subscription", "create", "--account", &acct, "--plan", plan, "--start", &d];
                    if let Some(s) = try_cli(&db, &now, &args) {
                        subs.push(s["id"].as_str().unwrap().to_string());
                    }
                }
                (1, Some(s)) => {
                    let plan = if rng.next(2) == 0 { "big" } else { "small" };
                    try_cli(&db, &now, &["subscription", "change", s, "--plan", plan]);
                }
                (2, Some(s)) => {
                    try_cli(&db, &now, &["subscription", "cancel", s, "--at", "now", "--credit"]);
                }
                (3, Some(s)) => {
                    try_cli(&db, &now, &["subscription", "pause", s, "--credit"]);
                }
                (4, _) => {
                    let amount = format!("{}.{:02}", rng.next(60), rng.next(100));
                    try_cli(&db, &now, &["credit", "grant", "--account", &acct, "--amount", &amount, "--reason", "r"]);
                }
                (5, _) => {
                    let open: Vec<String> = sqlx::query_scalar(
                        "SELECT number FROM invoices WHERE status = 'open' AND account_id = $1 ORDER BY number",
                    )
                    .bind(&acct)
                    .fetch_all(&db.pool)
                    .await
                    .unwrap();
                    if !open.is_empty() {
                        try_cli(&db, &now, &["invoice", "void", &open[rng.next(open.len() as u64) as usize]]);
                    }
                }
                (6, _) => {
                    let open: Vec<(String, i64)> = sqlx::query_as(
                        "SELECT number, amount_due FROM invoices WHERE status = 'open' AND account_id = $1 ORDER BY number",
                    )
                    .bind(&acct)
                    .fetch_all(&db.pool)
                    .await
                    .unwrap();
                    if !open.is_empty() {
                        let (number, due) = &open[rng.next(open.len() as u64) as usize];
                        let part = (due * (1 + rng.next(2) as i64) / 2).max(1);
                        let amount = format!("{}.{:02}", part / 100, part % 100);
                        try_cli(&db, &now, &["payment", "record", number, "--amount", &amount, "--method", "wire"]);
                    }
                }
                _ => {
                    try_cli(&db, &now, &["invoice", "run"]);
                }
            }
            check_invariants(&db, &acct, &context).await;
        }
    }
    // The fixed seeds exercise every kind of movement.
    let counts: (i64, i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM invoices), (SELECT count(*) FROM credit_notes),
                (SELECT count(*) FROM payments), (SELECT count(*) FROM credit_entries WHERE kind = 'applied'),
                (SELECT count(*) FROM invoices WHERE status = 'void')",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    eprintln!("invoices, credit notes, payments, credit applications, voids: {counts:?}");
    assert!(counts.0 >= 5 && counts.1 >= 1 && counts.2 >= 1 && counts.3 >= 1 && counts.4 >= 1, "{counts:?}");
}
