//! Rows decode into typed values (statuses, currencies, the account's time zone): a stored value
//! billctl does not know stops the command with exit 1 and names the value, instead of being
//! replaced by a default (a time zone used to fall back to UTC silently).

use predicates::prelude::*;

use crate::harness::{TestDb, at, test_db};

async fn exec(db: &TestDb, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(&db.pool).await.unwrap();
}

async fn count(db: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(&db.pool).await.unwrap()
}

/// A USD plan and an account in Europe/Berlin.
async fn setup() -> (TestDb, String) {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "USD:30"]);
    let a = db.json(&[
        "account",
        "create",
        "--name",
        "Ada",
        "--email",
        "ada@example.com",
        "--currency",
        "USD",
        "--timezone",
        "Europe/Berlin",
    ]);
    (db, a["id"].as_str().unwrap().to_string())
}

#[tokio::test]
async fn an_unknown_stored_time_zone_fails_the_command_instead_of_billing_in_utc() {
    let (db, a) = setup().await;
    assert_eq!(db.json(&["account", "show", &a])["timezone"], "Europe/Berlin");
    exec(&db, &format!("UPDATE accounts SET timezone = 'Mars/Base' WHERE id = '{a}'")).await;

    db.cmd()
        .args(["account", "show", &a])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("time zone 'Mars/Base', which billctl does not know"))
        .stderr(predicate::str::contains("hint: the row was changed outside billctl"));
    // A subscription's start date is the account's local today: refused, nothing written.
    db.cmd()
        .args(["subscription", "create", "--account", &a, "--plan", "basic"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Mars/Base"));
    assert_eq!(count(&db, "SELECT count(*) FROM subscriptions").await, 0);

    // Repaired, the same command works.
    exec(&db, &format!("UPDATE accounts SET timezone = 'Europe/Berlin' WHERE id = '{a}'")).await;
    at(&db, "2026-01-15T12:00:00Z", &["subscription", "create", "--account", &a, "--plan", "basic"]);
    assert_eq!(count(&db, "SELECT count(*) FROM subscriptions").await, 1);
}

#[tokio::test]
async fn the_invoice_run_stops_on_an_unknown_stored_time_zone() {
    let (db, a) = setup().await;
    at(&db, "2026-01-15T12:00:00Z", &["subscription", "create", "--account", &a, "--plan", "basic"]);
    exec(&db, &format!("UPDATE accounts SET timezone = 'Mars/Base' WHERE id = '{a}'")).await;
    db.cmd().args(["invoice", "run"]).assert().code(1).stderr(predicate::str::contains("Mars/Base"));
    assert_eq!(count(&db, "SELECT count(*) FROM invoices").await, 0, "nothing billed in a guessed time zone");
}

#[tokio::test]
async fn unknown_stored_statuses_and_currencies_are_internal_errors() {
    let (db, a) = setup().await;
    at(&db, "2026-01-15T12:00:00Z", &["subscription", "create", "--account", &a, "--plan", "basic"]);
    // The schema's CHECK constraints keep such values out; data changed outside billctl may not.
    exec(&db, "ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_status_check").await;
    exec(&db, "UPDATE subscriptions SET status = 'zombie'").await;
    db.cmd()
        .args(["subscription", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("subscription status 'zombie', which billctl does not know"))
        .stderr(predicate::str::contains("hint:"));

    exec(&db, &format!("UPDATE accounts SET currency = 'XYZ' WHERE id = '{a}'")).await;
    db.cmd()
        .args(["account", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("currency 'XYZ', which billctl does not know"));
}
