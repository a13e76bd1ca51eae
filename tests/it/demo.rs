//! `billctl demo`: the main job end to end on the sandbox, and safe to run again.

use predicates::prelude::*;

use crate::harness::test_db;

async fn count(db: &crate::harness::TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(&db.pool).await.unwrap()
}

#[tokio::test]
async fn the_demo_bills_collects_shows_declines_and_a_second_run_changes_nothing() {
    let db = test_db().await;
    let out = db.json(&["demo", "--accounts", "40", "--seed", "3", "--yes"]);
    let rows = out.as_array().expect("one row per currency");
    assert!(!rows.is_empty(), "{out}");
    let invoices: i64 = rows.iter().map(|r| r["invoices"].as_i64().unwrap()).sum();
    let paid: i64 = rows.iter().map(|r| r["paid_invoices"].as_i64().unwrap()).sum();
    let unpaid: i64 = rows.iter().map(|r| r["open_invoices"].as_i64().unwrap()).sum();
    assert_eq!(invoices, count(&db, "SELECT count(*) FROM invoices WHERE status <> 'void'").await);
    assert!(paid > 0 && unpaid > 0, "some paid, some declined or without a card: {out}");
    let declined = count(&db, "SELECT count(*) FROM payment_attempts WHERE status = 'failed'").await;
    assert!(declined > 0, "a demo account's card declines");
    for r in rows {
        assert_eq!(
            r["billed_minor"].as_i64().unwrap(),
            r["paid_minor"].as_i64().unwrap() + r["due_minor"].as_i64().unwrap(),
            "billed = paid + due (no partial payments in the demo): {r}"
        );
    }
    let audit_reason: i64 = count(&db, "SELECT count(*) FROM audit_log WHERE reason = 'billctl demo'").await;
    assert!(audit_reason > 0, "the demo's changes are audited with its reason");

    let (inv, att) =
        (count(&db, "SELECT count(*) FROM invoices").await, count(&db, "SELECT count(*) FROM payment_attempts").await);
    let again = db.json(&["demo", "--accounts", "40", "--seed", "3", "--yes"]);
    assert_eq!(again, out, "a second demo bills and charges nothing more");
    assert_eq!(count(&db, "SELECT count(*) FROM invoices").await, inv);
    assert_eq!(count(&db, "SELECT count(*) FROM payment_attempts").await, att);
}

#[tokio::test]
async fn on_a_configured_database_the_demo_needs_yes_and_writes_nothing_without_it() {
    let db = test_db().await;
    db.cmd().args(["demo", "--accounts", "5"]).assert().code(2).stderr(predicate::str::contains("--yes"));
    assert_eq!(count(&db, "SELECT count(*) FROM accounts").await, 0);
}
