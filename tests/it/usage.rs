//! Usage events: record, import, idempotency and the late-usage rule.

use predicates::prelude::*;

use crate::fixtures::record;
use crate::harness::{TestDb, at, test_db};

/// A USD subscription (started 2025-12-01, monthly) to a plan metering `api_calls` in USD and
/// `storage` in EUR only; the account lives in `tz`. December is already invoiced.
async fn setup(tz: &str) -> (TestDb, String) {
    let db = test_db().await;
    db.json(&[
        "plan",
        "create",
        "--code",
        "metered",
        "--name",
        "Metered",
        "--price",
        "USD:10",
        "--price",
        "EUR:10",
        "--metered",
        "api_calls:graduated:USD:inf@0.01",
        "--metered",
        "storage:graduated:EUR:inf@1",
    ]);
    let a = db.json(&[
        "account",
        "create",
        "--name",
        "U",
        "--email",
        "u@example.com",
        "--currency",
        "USD",
        "--timezone",
        tz,
    ]);
    let account = a["id"].as_str().unwrap();
    let s = at(
        &db,
        "2025-12-01T12:00:00Z",
        &[
            "subscription",
            "create",
            "--account",
            account,
            "--plan",
            "metered",
            "--start",
            "2025-12-01",
            "--external-id",
            "ext-sub",
        ],
    );
    let sub = s["id"].as_str().unwrap().to_string();
    sqlx::query("UPDATE subscriptions SET usage_billed_through = '2026-01-01' WHERE id = $1")
        .bind(&sub)
        .execute(&db.pool)
        .await
        .unwrap();
    (db, sub)
}

async fn count(db: &TestDb) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM usage_events").fetch_one(&db.pool).await.unwrap()
}

#[tokio::test]
async fn an_event_is_recorded_once_per_key() {
    let (db, sub) = setup("UTC").await;
    let r = db.json(&record(&sub, "api_calls", "12.5", "2026-01-15T10:00:00Z", "evt-1"));
    assert_eq!(r["outcome"], "recorded");
    assert_eq!(r["placement"], "open");
    assert_eq!(r["event"]["quantity"], "12.5");
    let again = db.json(&record("ext-sub", "api_calls", "99", "2026-01-15T11:00:00Z", "evt-1"));
    assert_eq!(again["outcome"], "duplicate");
    assert_eq!(again["event"]["id"], r["event"]["id"]);
    assert_eq!(again["event"]["quantity"], "12.5");
    assert_eq!(count(&db).await, 1);
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'usage.record'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 1);
}

#[tokio::test]
async fn bad_events_name_the_field() {
    let (db, sub) = setup("UTC").await;
    for (args, needle) in [
        (record(&sub, "storage", "1", "2026-01-15T10:00:00Z", "k"), "metric"),
        (record(&sub, "nope", "1", "2026-01-15T10:00:00Z", "k"), "api_calls"),
        (record(&sub, "api_calls", "-1", "2026-01-15T10:00:00Z", "k"), "quantity"),
        (record(&sub, "api_calls", "lots", "2026-01-15T10:00:00Z", "k"), "quantity"),
        (record(&sub, "api_calls", "1", "2026-01-15", "k"), "occurred_at"),
        (record(&sub, "api_calls", "1", "2026-01-15T10:00:00Z", " "), "key"),
        (record(&sub, "api_calls", "1", "2026-01-20T10:00:00Z", "k"), "future"),
        (record(&sub, "api_calls", "1", "2025-11-20T10:00:00Z", "k"), "before"),
    ] {
        db.cmd()
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(needle).and(predicate::str::contains("hint:")));
    }
    db.cmd().args(record("sub_nope", "api_calls", "1", "2026-01-15T10:00:00Z", "k")).assert().code(3);
    assert_eq!(count(&db).await, 0);
}

#[tokio::test]
async fn late_usage_is_supplemental_within_seven_days_of_the_period_end_then_refused() {
    let (db, sub) = setup("UTC").await;
    let r = at(&db, "2026-01-07T23:00:00Z", &record(&sub, "api_calls", "3", "2025-12-31T10:00:00Z", "late-1"));
    assert_eq!(r["placement"], "supplemental");
    db.cmd()
        .env("BILLCTL_NOW", "2026-01-08T00:30:00Z")
        .args(record(&sub, "api_calls", "3", "2025-12-31T10:00:00Z", "late-2"))
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("(ending 2025-12-31)")
                .and(predicate::str::contains("7 days"))
                .and(predicate::str::contains("until 2026-01-07")),
        );
    // A retry of the event accepted in time is still a harmless duplicate.
    let dup = at(&db, "2026-02-01T00:00:00Z", &record(&sub, "api_calls", "3", "2025-12-31T10:00:00Z", "late-1"));
    assert_eq!(dup["outcome"], "duplicate");
    assert_eq!(count(&db).await, 1);
}

#[tokio::test]
async fn the_late_rule_uses_the_accounts_local_date() {
    let (db, sub) = setup("America/New_York").await;
    // 03:00 UTC on 1 January is still 31 December in New York: an invoiced period.
    db.cmd()
        .env("BILLCTL_NOW", "2026-01-10T12:00:00Z")
        .args(record(&sub, "api_calls", "1", "2026-01-01T03:00:00Z", "ny-1"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("usage dated 2025-12-31"));
    let r = at(&db, "2026-01-10T12:00:00Z", &record(&sub, "api_calls", "1", "2026-01-01T06:00:00Z", "ny-2"));
    assert_eq!(r["placement"], "open");
}

fn write_csv(db: &TestDb, name: &str, body: &str) -> std::path::PathBuf {
    let p = db.home.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

#[tokio::test]
async fn import_counts_inserted_and_duplicates_and_is_idempotent() {
    let (db, sub) = setup("UTC").await;
    let now = "2026-01-06T12:00:00Z";
    at(&db, now, &record(&sub, "api_calls", "1", "2026-01-05T10:00:00Z", "k0"));
    let body = format!(
        "subscription,metric,quantity,occurred_at,key\n\
         {sub},api_calls,1,2026-01-05T10:00:00Z,k0\n\
         {sub},api_calls,2.5,2026-01-05T11:00:00Z,k1\n\
         ext-sub,api_calls,0,2026-01-05T12:00:00Z,k2\n\
         {sub},api_calls,7,2026-01-05T12:30:00Z,k2\n\
         {sub},api_calls,4,2025-12-30T12:00:00Z,k3\n"
    );
    let file = write_csv(&db, "u.csv", &body);
    let f = file.to_str().unwrap();
    let dry = at(&db, now, &["usage", "import", f, "--dry-run"]);
    assert_eq!((dry["inserted"].as_i64(), dry["duplicates"].as_i64()), (Some(3), Some(2)));
    assert_eq!(count(&db).await, 1);
    let r = at(&db, now, &["usage", "import", f]);
    assert_eq!(r["rows"], 5);
    assert_eq!(r["inserted"], 3);
    assert_eq!(r["duplicates"], 2);
    assert_eq!(r["rejected"], 0);
    assert_eq!(r["supplemental"], 1);
    assert_eq!(count(&db).await, 4);
    // Later, the late row would be refused, but as a duplicate it is skipped, not rejected.
    let again = at(&db, "2026-01-20T12:00:00Z", &["usage", "import", f]);
    assert_eq!((again["inserted"].as_i64(), again["duplicates"].as_i64()), (Some(0), Some(5)));
    assert_eq!(count(&db).await, 4);
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'usage.import'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 2);
}

#[tokio::test]
async fn import_reports_every_bad_row_and_writes_nothing() {
    let (db, sub) = setup("UTC").await;
    let body = format!(
        "subscription,metric,quantity,occurred_at,key\n\
         {sub},api_calls,1,2026-01-08T10:00:00Z,ok-1\n\
         sub_missing,api_calls,1,2026-01-08T10:00:00Z,x1\n\
         {sub},storage,1,2026-01-08T10:00:00Z,x2\n\
         {sub},api_calls,-3,yesterday,x3\n\
         {sub},api_calls,1,2025-12-01T10:00:00Z,x4\n"
    );
    let file = write_csv(&db, "bad.csv", &body);
    let assert =
        db.cmd().env("BILLCTL_NOW", "2026-01-09T12:00:00Z").args(["usage", "import"]).arg(&file).assert().code(2);
    assert.stderr(
        predicate::str::contains("4 rejected row(s) of 5")
            .and(predicate::str::contains("line 3: subscription: no subscription 'sub_missing'"))
            .and(predicate::str::contains("line 4: metric"))
            .and(predicate::str::contains("line 5: occurred_at"))
            .and(predicate::str::contains("line 5: quantity"))
            .and(predicate::str::contains("line 6: occurred_at"))
            .and(predicate::str::contains("nothing was imported")),
    );
    assert_eq!(count(&db).await, 0);
    let header = write_csv(&db, "h.csv", "subscription,metric,qty,occurred_at,key\n");
    db.cmd().args(["usage", "import"]).arg(&header).assert().code(2).stderr(
        predicate::str::contains("missing column(s): quantity").and(predicate::str::contains("unknown column(s): qty")),
    );
}
