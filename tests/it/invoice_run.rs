//! `billctl invoice run`: exact amounts, idempotency, crash safety, concurrency.

use std::process::Stdio;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::fixtures::{CALLS, account, plan, scalar, subscribe};
use crate::harness::{TestDb, at, test_db};

/// (kind, description, amount) of an invoice's lines.
async fn lines(db: &TestDb, sub: &str, period_start: &str) -> Vec<(String, i64)> {
    sqlx::query_as(
        "SELECT l.kind, l.amount FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
         WHERE i.subscription_id = $1 AND i.period_start = $2::date ORDER BY l.position",
    )
    .bind(sub)
    .bind(period_start)
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

async fn totals(db: &TestDb, sub: &str, period_start: &str) -> (i64, i64, i64, i64, String) {
    sqlx::query_as(
        "SELECT subtotal, tax, credit_applied, total, status FROM invoices WHERE subscription_id = $1 AND period_start = $2::date",
    )
    .bind(sub)
    .bind(period_start)
    .fetch_one(&db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn every_line_kind_has_exact_amounts() {
    let db = test_db().await;
    plan(&db, "api", &["--name", "API", "--price", "USD:20", "--seat-price", "USD:10", "--metered", CALLS]);
    plan(&db, "api-plus", &["--name", "API+", "--price", "USD:50", "--seat-price", "USD:10", "--metered", CALLS]);
    let a = account(&db, "USD", &["--country", "US", "--region", "CA"]);
    sqlx::query("INSERT INTO tax_rates (id, country, region, name, rate, valid_from, created_at) VALUES ('tax_ca','US','CA','CA sales tax',0.0725,'2020-01-01',now())")
        .execute(&db.pool).await.unwrap();
    let s = subscribe(&db, &a, "api", "2026-03-01", &["--quantity", "2"]);
    at(&db, "2026-03-01", &["invoice", "run"]);
    assert_eq!(
        lines(&db, &s, "2026-03-01").await,
        vec![("recurring".into(), 2000), ("recurring".into(), 2000), ("tax".into(), 290)]
    );
    // Usage in March: 12 345 calls → 0 for 1 000, 9 000 × 0.0015 = 13.50, 2 345 × 0.001 = 2.345 → 15.85 (rounded once).
    for (key, qty, when) in [
        ("k1", "5000", "2026-03-02T10:00:00Z"),
        ("k2", "7345", "2026-03-31T23:59:59Z"),
        ("k3", "999", "2026-04-01T00:00:00Z"),
    ] {
        sqlx::query("INSERT INTO usage_events (id, account_id, subscription_id, metric, quantity, occurred_at, idempotency_key, created_at)
                     VALUES ($1, $2, $3, 'calls', $4::numeric, $5::timestamptz, $1, now())")
            .bind(key).bind(&a).bind(&s).bind(qty).bind(when).execute(&db.pool).await.unwrap();
    }
    // Upgrade on March 21 (11 of 31 days left): −20×11/31 = −7.10, +50×11/31 = 17.74.
    at(&db, "2026-03-21", &["subscription", "change", &s, "--plan", "api-plus", "--invoice", "next"]);
    // A one-off charge and a credit grant.
    sqlx::query("INSERT INTO pending_charges (id, account_id, kind, description, amount, currency, created_at) VALUES ('chg_1', $1, 'one_off', 'Setup', 4999, 'USD', now())")
        .bind(&a).execute(&db.pool).await.unwrap();
    sqlx::query("INSERT INTO credit_entries (id, account_id, kind, amount, currency, reason, created_at) VALUES ('cred_1', $1, 'grant', 1000, 'USD', 'goodwill', now())")
        .bind(&a).execute(&db.pool).await.unwrap();
    at(&db, "2026-04-01", &["invoice", "run"]);
    let got = lines(&db, &s, "2026-04-01").await;
    let kinds: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        kinds,
        ["recurring", "recurring", "proration", "proration", "one_off", "usage", "usage", "usage", "tax", "credit"]
    );
    let amounts: Vec<i64> = got.iter().map(|(_, a)| *a).collect();
    // One usage line per tier: 0.00, 13.50 and the rest of the rounded 15.845 → 15.85, i.e. 2.35.
    // subtotal = 5000 + 2000 − 710 + 1774 + 4999 + 1585 = 14648; tax 7.25 % = 1061.98 → 1062; credit −1000.
    assert_eq!(amounts, vec![5000, 2000, -710, 1774, 4999, 0, 1350, 235, 1062, -1000]);
    assert_eq!(totals(&db, &s, "2026-04-01").await, (14648, 1062, 1000, 14710, "open".into()));
    assert_eq!(scalar(&db, "SELECT COALESCE(SUM(amount),0)::bigint FROM credit_entries").await, 0, "credit used up");
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM usage_events WHERE invoice_id IS NOT NULL").await,
        2,
        "April's event waits"
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM pending_charges WHERE invoice_id IS NULL").await, 0);
}

#[tokio::test]
async fn rerunning_creates_nothing_and_numbers_are_gapless() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "m", "--name", "M", "--price", "EUR:9.99"]);
    for _ in 0..5 {
        let a = account(&db, "EUR", &[]);
        subscribe(&db, &a, "m", "2026-01-31", &[]);
    }
    let first = at(&db, "2026-03-31", &["invoice", "run"]);
    assert_eq!(first["invoices"], 15, "Jan 31, Feb 28, Mar 31 for each");
    let again = at(&db, "2026-03-31", &["invoice", "run"]);
    assert_eq!(again["invoices"], 0);
    let numbers: Vec<String> =
        sqlx::query_scalar("SELECT number FROM invoices ORDER BY number").fetch_all(&db.pool).await.unwrap();
    let expected: Vec<String> = (1..=15).map(|n| format!("INV-2026-{n:06}")).collect();
    assert_eq!(numbers, expected);
    let runs: Vec<(String, i32)> =
        sqlx::query_as("SELECT status, invoices_created FROM billing_runs ORDER BY started_at, invoices_created DESC")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(runs, vec![("finished".into(), 15), ("finished".into(), 0)]);
}

#[tokio::test]
async fn dry_run_matches_the_real_run_to_the_cent_and_writes_nothing() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "t", "--name", "T", "--price", "USD:19.99", "--seat-price", "USD:3.333"]);
    for q in 1..=4 {
        let a = account(&db, "USD", &["--country", "DE"]);
        subscribe(&db, &a, "t", "2026-02-10", &["--quantity", &q.to_string()]);
    }
    sqlx::query("INSERT INTO tax_rates (id, country, region, name, rate, valid_from, created_at) VALUES ('t1','DE','','VAT',0.19,'2020-01-01',now())")
        .execute(&db.pool).await.unwrap();
    let dry = at(&db, "2026-03-10", &["invoice", "run", "--dry-run"]);
    assert_eq!(scalar(&db, "SELECT count(*) FROM invoices").await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM billing_runs").await, 0);
    let real = at(&db, "2026-03-10", &["invoice", "run"]);
    assert_eq!(dry["by_currency"], real["by_currency"]);
    let mut preview: Vec<(String, String, i64, Vec<i64>)> = dry["preview"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["subscription_id"].as_str().unwrap().to_string(),
                i["period_start"].as_str().unwrap().to_string(),
                i["total"].as_i64().unwrap(),
                i["lines"].as_array().unwrap().iter().map(|l| l["amount"].as_i64().unwrap()).collect(),
            )
        })
        .collect();
    preview.sort();
    let mut written = Vec::new();
    let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
        "SELECT id, subscription_id, period_start::text, total FROM invoices ORDER BY subscription_id, period_start",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    for (id, sub, ps, total) in rows {
        let amounts: Vec<i64> =
            sqlx::query_scalar("SELECT amount FROM invoice_lines WHERE invoice_id = $1 ORDER BY position")
                .bind(&id)
                .fetch_all(&db.pool)
                .await
                .unwrap();
        written.push((sub, ps, total, amounts));
    }
    written.sort();
    assert_eq!(preview, written);
    assert_eq!(written.len(), 8);
}

#[tokio::test]
async fn currencies_keep_their_minor_units() {
    let db = test_db().await;
    db.json(&[
        "plan",
        "create",
        "--code",
        "g",
        "--name",
        "G",
        "--seat-price",
        "JPY:333",
        "--seat-price",
        "USD:3.333",
        "--seat-price",
        "KWD:1.2345",
    ]);
    let mut subs = Vec::new();
    for cur in ["JPY", "USD", "KWD"] {
        let a = account(&db, cur, &[]);
        subs.push(subscribe(&db, &a, "g", "2026-05-01", &["--quantity", "3"]));
    }
    at(&db, "2026-05-01", &["invoice", "run"]);
    let got: Vec<(String, i64)> = sqlx::query_as("SELECT currency::text, total FROM invoices ORDER BY currency")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    // JPY 999 yen; KWD 3.7035 → 3.704 (3 decimals); USD 9.999 → 10.00.
    assert_eq!(got, vec![("JPY".into(), 999), ("KWD".into(), 3704), ("USD".into(), 1000)]);
}

#[tokio::test]
async fn reverse_charge_exempt_and_zero_total_invoices() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "p", "--name", "P", "--price", "EUR:100"]);
    db.json(&["plan", "create", "--code", "free", "--name", "Free", "--price", "EUR:0"]);
    sqlx::query("INSERT INTO tax_rates (id, country, region, name, rate, valid_from, created_at) VALUES ('fr','FR','','TVA',0.20,'2020-01-01',now()), ('de','DE','','MwSt',0.19,'2020-01-01',now())")
        .execute(&db.pool).await.unwrap();
    let b2b = account(&db, "EUR", &["--country", "FR", "--business", "true", "--tax-id", "FR12345678901"]);
    let b2c = account(&db, "EUR", &["--country", "FR"]);
    let exempt = account(&db, "EUR", &["--country", "FR", "--tax-exempt", "true"]);
    let free = account(&db, "EUR", &[]);
    let s1 = subscribe(&db, &b2b, "p", "2026-06-01", &[]);
    let s2 = subscribe(&db, &b2c, "p", "2026-06-01", &[]);
    let s3 = subscribe(&db, &exempt, "p", "2026-06-01", &[]);
    let s4 = subscribe(&db, &free, "free", "2026-06-01", &[]);
    db.cmd()
        .env("BILLCTL_NOW", "2026-06-01")
        .env("BILLCTL_SELLER_COUNTRY", "DE")
        .args(["invoice", "run"])
        .assert()
        .success();
    assert_eq!(totals(&db, &s1, "2026-06-01").await, (10000, 0, 0, 10000, "open".into()));
    let note: String = sqlx::query_scalar("SELECT tax_note FROM invoices WHERE subscription_id = $1")
        .bind(&s1)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(note.starts_with("Reverse charge") && note.contains("FR12345678901"), "{note}");
    assert_eq!(totals(&db, &s2, "2026-06-01").await, (10000, 2000, 0, 12000, "open".into()));
    assert_eq!(totals(&db, &s3, "2026-06-01").await, (10000, 0, 0, 10000, "open".into()));
    // A free plan has nothing to charge: no invoice, no number used up.
    assert_eq!(scalar(&db, &format!("SELECT count(*) FROM invoices WHERE subscription_id = '{s4}'")).await, 0);
}

/// USD 300 → 10 on 2 April (April invoiced, paid if `pay_april`), then the May run: (db, sub).
async fn downgrade_after_april(pay_april: bool) -> (TestDb, String) {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "big", "--name", "Big", "--price", "USD:300"]);
    db.json(&["plan", "create", "--code", "small", "--name", "Small", "--price", "USD:10"]);
    let a = account(&db, "USD", &[]);
    let s = subscribe(&db, &a, "big", "2026-04-01", &[]);
    at(&db, "2026-04-01", &["invoice", "run"]);
    if pay_april {
        let number = "SELECT number FROM invoices WHERE period_start = '2026-04-01'";
        let number: String = sqlx::query_scalar(number).fetch_one(&db.pool).await.unwrap();
        at(&db, "2026-04-01", &["payment", "record", &number, "--amount", "300.00", "--method", "wire"]);
    }
    at(&db, "2026-04-02", &["subscription", "change", &s, "--plan", "small"]);
    at(&db, "2026-05-01", &["invoice", "run"]);
    (db, s)
}

#[tokio::test]
async fn a_downgrade_credit_larger_than_the_charges_becomes_account_credit() {
    let (db, s) = downgrade_after_april(false).await;
    // May: +10.00; proration: −300×29/30 = −290.00, +10×29/30 = 9.67 → subtotal −270.33 → total 0.
    assert_eq!(totals(&db, &s, "2026-05-01").await, (-27033, 0, 0, 0, "paid".into()));
    let carried = "SELECT amount FROM invoice_lines WHERE kind = 'credit_carried'";
    assert_eq!(scalar(&db, carried).await, 27033);
    // April (300.00) is still open: the carried credit settles it first, so no spendable credit
    // comes out of a month that was never paid.
    let april =
        "SELECT credit_settled || '/' || amount_due || '/' || status FROM invoices WHERE period_start = '2026-04-01'";
    let april: String = sqlx::query_scalar(sqlx::AssertSqlSafe(april)).fetch_one(&db.pool).await.unwrap();
    assert_eq!(april, "27033/2967/open");
    assert_eq!(scalar(&db, "SELECT SUM(amount)::bigint FROM credit_entries").await, 0);
    at(&db, "2026-06-01", &["invoice", "run"]);
    assert_eq!(totals(&db, &s, "2026-06-01").await, (1000, 0, 0, 1000, "open".into()));
}

#[tokio::test]
async fn a_downgrade_credit_of_a_paid_month_pays_the_next_invoices_never_below_zero() {
    let (db, s) = downgrade_after_april(true).await;
    assert_eq!(scalar(&db, "SELECT SUM(amount)::bigint FROM credit_entries").await, 27033);
    at(&db, "2026-06-01", &["invoice", "run"]);
    assert_eq!(totals(&db, &s, "2026-06-01").await, (1000, 0, 1000, 0, "paid".into()));
    assert_eq!(scalar(&db, "SELECT SUM(amount)::bigint FROM credit_entries").await, 26033);
}

#[tokio::test]
async fn scheduled_changes_cancellations_and_pauses_happen_in_the_run() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "a", "--name", "A", "--price", "USD:10"]);
    db.json(&["plan", "create", "--code", "b", "--name", "B", "--price", "USD:25"]);
    let acct = account(&db, "USD", &[]);
    let change = subscribe(&db, &acct, "a", "2026-01-01", &[]);
    let cancel = subscribe(&db, &acct, "a", "2026-01-01", &[]);
    let pause = subscribe(&db, &acct, "a", "2026-01-01", &[]);
    at(&db, "2026-01-01", &["invoice", "run"]);
    at(&db, "2026-01-10", &["subscription", "change", &change, "--plan", "b", "--at", "period-end"]);
    at(&db, "2026-01-10", &["subscription", "cancel", &cancel]);
    at(&db, "2026-01-10", &["subscription", "pause", &pause, "--until", "2026-02-15"]);
    let run = at(&db, "2026-02-01", &["invoice", "run"]);
    assert_eq!(run["invoices"], 1);
    assert_eq!(run["canceled"], 1);
    assert_eq!(totals(&db, &change, "2026-02-01").await.0, 2500);
    let status: String = sqlx::query_scalar("SELECT status FROM subscriptions WHERE id = $1")
        .bind(&cancel)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(status, "canceled");
    at(&db, "2026-02-15", &["invoice", "run"]);
    assert_eq!(totals(&db, &pause, "2026-02-15").await.0, 1000, "resumed: a new cycle from Feb 15");
    let events: Vec<String> =
        sqlx::query_scalar("SELECT event FROM subscription_history WHERE subscription_id = $1 ORDER BY id")
            .bind(&pause)
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(events, ["created", "paused", "resumed"]);
}

/// `n` accounts with one monthly subscription each, due 2026-07-01, inserted in bulk.
pub(crate) async fn bulk(db: &TestDb, n: i64) {
    db.json(&["plan", "create", "--code", "bulk", "--name", "Bulk", "--price", "USD:12.34"]);
    bulk_rows(&db.pool, n).await;
}

/// `n` accounts, each with one monthly subscription to the only plan, due on 2026-07-01.
pub(crate) async fn bulk_rows(pool: &sqlx::PgPool, n: i64) {
    sqlx::query(
        "INSERT INTO accounts (id, name, email, currency, timezone, created_at, updated_at)
         SELECT 'acct_' || lpad(g::text, 8, '0'), 'A' || g, 'a' || g || '@example.com', 'USD', 'UTC', now(), now()
         FROM generate_series(1, $1) g",
    )
    .bind(n)
    .execute(pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO subscriptions (id, account_id, plan_version_id, status, quantity, currency, start_date, anchor_date,
            current_period_start, current_period_end, next_bill_date, created_at, updated_at)
         SELECT 'sub_' || lpad(g::text, 8, '0'), 'acct_' || lpad(g::text, 8, '0'), v.id, 'active', 1, 'USD',
                '2026-07-01', '2026-07-01', '2026-07-01', '2026-08-01', '2026-07-01', now(), now()
         FROM generate_series(1, $1) g, plan_versions v",
    )
    .bind(n)
    .execute(pool)
    .await
    .unwrap();
}

/// Every subscription has exactly one invoice, each invoice has its line, numbers are 1..=n.
pub(crate) async fn assert_billed_once(db: &TestDb, n: i64) {
    assert_eq!(scalar(db, "SELECT count(*) FROM invoices").await, n);
    assert_eq!(scalar(db, "SELECT count(DISTINCT subscription_id) FROM invoices").await, n);
    assert_eq!(scalar(db, "SELECT count(*) FROM invoice_lines").await, n);
    assert_eq!(scalar(db, "SELECT count(*) FROM subscriptions WHERE next_bill_date <> '2026-08-01'").await, 0);
    let numbers: Vec<String> =
        sqlx::query_scalar("SELECT number FROM invoices ORDER BY number").fetch_all(&db.pool).await.unwrap();
    let expected: Vec<String> = (1..=n).map(|k| format!("INV-2026-{k:06}")).collect();
    assert_eq!(numbers, expected, "numbers are gapless");
    assert_eq!(scalar(db, "SELECT last_value FROM invoice_number_sequences").await, n);
}

#[tokio::test]
async fn a_run_killed_with_sigkill_is_finished_by_the_next_run() {
    let db = test_db().await;
    let n = 4000;
    bulk(&db, n).await;
    let bin = assert_cmd::cargo::cargo_bin("billctl");
    let mut child = std::process::Command::new(&bin)
        .env("BILLCTL_DATABASE_URL", &db.url)
        .env("BILLCTL_NOW", "2026-07-01")
        .env("HOME", &db.home)
        .args(["invoice", "run", "--batch-size", "25", "--workers", "2", "--quiet"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once some batches have committed and before it is done.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let done = scalar(&db, "SELECT count(*) FROM invoices").await;
        if done > 0 || Instant::now() > deadline {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let partial = scalar(&db, "SELECT count(*) FROM invoices").await;
    assert!(partial > 0 && partial < n, "killed mid-run ({partial} of {n} invoices)");
    // What survived is whole: every invoice has its line and its subscription moved on.
    assert_eq!(scalar(&db, "SELECT count(*) FROM invoice_lines").await, partial);
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscriptions WHERE next_bill_date = '2026-08-01'").await, partial);
    at(&db, "2026-07-01", &["invoice", "run"]);
    assert_billed_once(&db, n).await;
    let statuses: Vec<String> = sqlx::query_scalar("SELECT status FROM billing_runs ORDER BY started_at, status")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    assert!(
        statuses.contains(&"interrupted".to_string()) && statuses.contains(&"finished".to_string()),
        "{statuses:?}"
    );
}

#[tokio::test]
async fn two_runs_at_once_split_the_work_and_never_bill_twice() {
    let db = test_db().await;
    let n = 3000;
    bulk(&db, n).await;
    let bin = assert_cmd::cargo::cargo_bin("billctl");
    let spawn = || {
        std::process::Command::new(&bin)
            .env("BILLCTL_DATABASE_URL", &db.url)
            .env("BILLCTL_NOW", "2026-07-01")
            .env("HOME", &db.home)
            .args(["invoice", "run", "--batch-size", "20", "--format", "json", "--quiet"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(
        a.status.success() && b.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&a.stderr),
        String::from_utf8_lossy(&b.stderr)
    );
    let (ja, jb): (Value, Value) =
        (serde_json::from_slice(&a.stdout).unwrap(), serde_json::from_slice(&b.stdout).unwrap());
    assert_eq!(ja["invoices"].as_i64().unwrap() + jb["invoices"].as_i64().unwrap(), n);
    assert_billed_once(&db, n).await;
}

#[tokio::test]
async fn preview_shows_the_upcoming_invoice_without_writing() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "p", "--name", "P", "--price", "USD:42"]);
    let a = account(&db, "USD", &[]);
    subscribe(&db, &a, "p", "2026-09-15", &[]);
    let p = at(&db, "2026-09-01", &["invoice", "preview", &a]);
    assert_eq!(p[0]["total"], 4200);
    assert_eq!(p[0]["period_start"], "2026-09-15");
    assert_eq!(scalar(&db, "SELECT count(*) FROM invoices").await, 0);
    db.cmd()
        .args(["invoice", "preview", "acct_missing"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no account"));
}

#[tokio::test]
async fn late_usage_within_seven_days_gets_a_supplemental_invoice_priced_on_its_tier() {
    let db = test_db().await;
    db.json(&[
        "plan",
        "create",
        "--code",
        "m",
        "--name",
        "M",
        "--price",
        "USD:10",
        "--metered",
        "calls:graduated:USD:100@0,inf@0.01",
    ]);
    let a = account(&db, "USD", &[]);
    let s = subscribe(&db, &a, "m", "2026-03-01", &[]);
    at(&db, "2026-03-01", &["invoice", "run"]);
    at(
        &db,
        "2026-03-20",
        &[
            "usage",
            "record",
            "--subscription",
            &s,
            "--metric",
            "calls",
            "--quantity",
            "80",
            "--at",
            "2026-03-20T10:00:00Z",
            "--key",
            "e1",
        ],
    );
    at(&db, "2026-04-01", &["invoice", "run"]);
    // 80 calls are inside the free tier.
    assert_eq!(lines(&db, &s, "2026-04-01").await, vec![("recurring".into(), 1000), ("usage".into(), 0)]);
    // 50 more March calls arrive on April 5: 20 are still free, 30 cost 0.01 → 0.30.
    let r = at(
        &db,
        "2026-04-05",
        &[
            "usage",
            "record",
            "--subscription",
            &s,
            "--metric",
            "calls",
            "--quantity",
            "50",
            "--at",
            "2026-03-31T08:00:00Z",
            "--key",
            "e2",
        ],
    );
    assert_eq!(r["placement"], "supplemental", "{r}");
    let run = at(&db, "2026-04-05", &["invoice", "run"]);
    assert_eq!(run["invoices"], 1);
    let (kind, total): (String, i64) = sqlx::query_as("SELECT kind, total FROM invoices WHERE kind = 'supplemental'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!((kind.as_str(), total), ("supplemental", 30));
    assert_eq!(at(&db, "2026-04-05", &["invoice", "run"])["invoices"], 0, "re-running bills nothing twice");
    db.cmd()
        .env("BILLCTL_NOW", "2026-04-09")
        .args([
            "usage",
            "record",
            "--subscription",
            &s,
            "--metric",
            "calls",
            "--quantity",
            "5",
            "--at",
            "2026-03-15T08:00:00Z",
            "--key",
            "e3",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("7"));
}

#[tokio::test]
async fn a_dry_run_streams_every_line_in_csv_and_json_and_samples_the_table() {
    let db = test_db().await;
    let run = |format: &str| {
        let out = db
            .cmd()
            .env("BILLCTL_NOW", "2026-12-01")
            .args(["invoice", "run", "--dry-run", "--batch-size", "7", "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    db.cmd().env("BILLCTL_NOW", "2026-12-01").args(["seed", "--accounts", "90"]).assert().success();
    let csv = run("csv");
    let json: Value = serde_json::from_str(&run("json")).expect("one JSON document");
    let table = run("table");
    assert_eq!(scalar(&db, "SELECT count(*) FROM invoices").await, 0, "a dry run writes nothing");
    let real = at(&db, "2026-12-01", &["invoice", "run"]);
    let invoices = real["invoices"].as_i64().unwrap();
    assert!(invoices > 50, "enough for several batches and a sampled table: {invoices}");
    let lines = scalar(&db, "SELECT count(*) FROM invoice_lines").await;
    let csv_lines: Vec<&str> = csv.lines().collect();
    assert_eq!(csv_lines.iter().filter(|l| l.starts_with("account_id,")).count(), 1, "one header");
    assert_eq!(csv_lines.len() as i64 - 1, lines, "a row per line the real run wrote");
    assert_eq!(json["preview"].as_array().unwrap().len() as i64, invoices);
    assert_eq!(json["invoices"], real["invoices"]);
    assert_eq!(json["by_currency"], real["by_currency"]);
    assert!(
        table.contains(&format!("… and {} more invoices (the first 50 are shown", invoices - 50)),
        "{:?}",
        table.lines().last()
    );
}
