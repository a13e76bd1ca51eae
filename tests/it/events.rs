//! Business events and the outbox: each cause is told once, in its own transaction (a rollback
//! tells nothing), and fans out to the deliveries of matching enabled endpoints.

use crate::fixtures::{account, count, plan, scalar, subscribe};
use crate::harness::{TestDb, at, test_db};

async fn events_of(db: &TestDb, kind: &str) -> i64 {
    scalar(db, &format!("SELECT count(*) FROM events WHERE type = '{kind}'")).await
}

/// A monthly USD 20 plan and one account subscribed from 2026-01-01, billed by a run on that day.
async fn billed(db: &TestDb) -> (String, String) {
    plan(db, "basic", &["--price", "USD:20"]);
    let acct = account(db, "USD", &[]);
    let sub = subscribe(db, &acct, "basic", "2026-01-01", &[]);
    at(db, "2026-01-01T13:00:00Z", &["invoice", "run"]);
    (acct, sub)
}

/// A webhook endpoint written as `webhook endpoint add` would (secret sealed elsewhere).
async fn endpoint(db: &TestDb, id: &str, patterns: &[&str], enabled: bool) {
    sqlx::query(
        "INSERT INTO webhook_endpoints (id, url, event_patterns, secret_sealed, enabled, allow_private, created_at,
            updated_at) VALUES ($1, 'http://127.0.0.1:9/hook', $2, 'sealed', $3, TRUE, now(), now())",
    )
    .bind(id)
    .bind(patterns)
    .bind(enabled)
    .execute(&db.pool)
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invoice_run_tells_each_invoice_once_and_a_rerun_tells_nothing_more() {
    let db = test_db().await;
    let (acct, sub) = billed(&db).await;
    assert_eq!(events_of(&db, "invoice.finalized").await, 1);
    assert_eq!(events_of(&db, "subscription.created").await, 1);
    let data: serde_json::Value = sqlx::query_scalar("SELECT data FROM events WHERE type = 'invoice.finalized'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let id = data["id"].as_str().unwrap().to_string();
    assert_eq!(data["account_id"].as_str(), Some(acct.as_str()));
    // What never changes once issued (number, subscription, dates) is filled in when it is sent.
    let conn = &mut *db.pool.acquire().await.unwrap();
    let row = billctl::store::events::EventRow {
        id: "evt_x".into(),
        kind: "invoice.finalized".into(),
        account_id: None,
        data: data.clone(),
        occurred_at: "2026-01-01T13:00:00Z".parse().unwrap(),
    };
    let sent = billctl::app::events::completed(conn, row).await.unwrap().data;
    let number: String =
        sqlx::query_scalar("SELECT number FROM invoices WHERE id = $1").bind(&id).fetch_one(&db.pool).await.unwrap();
    assert_eq!(
        (sent["subscription_id"].as_str(), sent["number"].as_str()),
        (Some(sub.as_str()), Some(number.as_str()))
    );
    assert_eq!(
        (data["total"].as_i64(), data["currency"].as_str()),
        (Some(2000), Some("USD")),
        "minor units + currency: {data}"
    );
    at(&db, "2026-01-01T14:00:00Z", &["invoice", "run"]);
    assert_eq!(events_of(&db, "invoice.finalized").await, 1, "the same day's re-run bills nothing and tells nothing");
    at(&db, "2026-02-01T13:00:00Z", &["invoice", "run"]);
    assert_eq!(events_of(&db, "invoice.finalized").await, 2, "next month's invoice is told");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dry_run_tells_nothing_and_the_real_void_tells_once() {
    let db = test_db().await;
    billed(&db).await;
    let number: String = sqlx::query_scalar("SELECT number FROM invoices").fetch_one(&db.pool).await.unwrap();
    let before = count(&db, "events").await;
    at(&db, "2026-01-02", &["invoice", "void", &number, "--dry-run"]);
    assert_eq!(count(&db, "events").await, before, "a rolled-back cause never notifies");
    at(&db, "2026-01-02", &["invoice", "void", &number]);
    assert_eq!(events_of(&db, "invoice.voided").await, 1);
    assert_eq!(events_of(&db, "credit_note.issued").await, 1, "the void's credit note is told");
    assert_eq!(events_of(&db, "invoice.paid").await, 0, "a void's own credit note does not pay the invoice");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decline_and_a_payment_are_told_with_their_invoice() {
    let db = test_db().await;
    plan(&db, "basic", &["--price", "USD:20"]);
    let acct = account(&db, "USD", &[]);
    at(
        &db,
        "2026-01-01",
        &["account", "payment-method", "add", &acct, "--token", "pm_card_chargeDeclinedInsufficientFunds", "--default"],
    );
    subscribe(&db, &acct, "basic", "2026-01-01", &[]);
    at(&db, "2026-01-01T13:00:00Z", &["invoice", "run"]);
    let out =
        db.cmd().env("BILLCTL_NOW", "2026-01-01T14:00:00Z").args(["payment", "collect", "--all"]).output().unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(events_of(&db, "payment.failed").await, 1);
    assert_eq!(events_of(&db, "invoice.payment_failed").await, 1);
    let number: String = sqlx::query_scalar("SELECT number FROM invoices").fetch_one(&db.pool).await.unwrap();
    at(&db, "2026-01-03", &["payment", "record", &number, "--amount", "20.00", "--method", "wire"]);
    assert_eq!(events_of(&db, "payment.succeeded").await, 1);
    assert_eq!(events_of(&db, "invoice.paid").await, 1);
    let paid: serde_json::Value =
        sqlx::query_scalar("SELECT data FROM events WHERE type = 'invoice.paid'").fetch_one(&db.pool).await.unwrap();
    assert_eq!((paid["status"].as_str(), paid["amount_due"].as_i64()), (Some("paid"), Some(0)), "{paid}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn subscription_changes_are_told_once_each_and_a_trial_three_days_before_its_end() {
    let db = test_db().await;
    plan(&db, "trial", &["--price", "USD:10", "--trial-days", "14"]);
    plan(&db, "basic", &["--price", "USD:20"]);
    let acct = account(&db, "USD", &[]);
    subscribe(&db, &acct, "trial", "2026-01-01", &[]);
    let sub = subscribe(&db, &acct, "basic", "2026-01-01", &[]);
    assert_eq!(events_of(&db, "subscription.created").await, 2);
    at(&db, "2026-01-10", &["subscription", "pause", &sub]);
    at(&db, "2026-01-11", &["subscription", "resume", &sub]);
    assert_eq!((events_of(&db, "subscription.paused").await, events_of(&db, "subscription.resumed").await), (1, 1));
    // The trial ends on 2026-01-15: the run of the 11th is four days ahead, the 12th three.
    at(&db, "2026-01-11T13:00:00Z", &["invoice", "run"]);
    assert_eq!(events_of(&db, "subscription.trial_will_end").await, 0);
    at(&db, "2026-01-12T13:00:00Z", &["invoice", "run"]);
    at(&db, "2026-01-13T13:00:00Z", &["invoice", "run"]);
    assert_eq!(events_of(&db, "subscription.trial_will_end").await, 1, "told once, not every day");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_fan_out_to_the_enabled_endpoints_whose_patterns_match() {
    let db = test_db().await;
    endpoint(&db, "we_all", &["*"], true).await;
    endpoint(&db, "we_invoices", &["invoice.*"], true).await;
    endpoint(&db, "we_payments", &["payment.failed"], true).await;
    endpoint(&db, "we_off", &["*"], false).await;
    billed(&db).await;
    let to = |e: &str| format!("SELECT count(*) FROM deliveries WHERE endpoint_id = '{e}'");
    // subscription.created and invoice.finalized
    assert_eq!(scalar(&db, &to("we_all")).await, 2);
    assert_eq!(scalar(&db, &to("we_invoices")).await, 1);
    assert_eq!(scalar(&db, &to("we_payments")).await, 0);
    assert_eq!(scalar(&db, &to("we_off")).await, 0, "a disabled endpoint gets nothing");
    let webhook_id: String = sqlx::query_scalar(
        "SELECT d.event_id FROM deliveries d JOIN events e ON e.id = d.event_id
         WHERE d.endpoint_id = 'we_invoices'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert!(webhook_id.starts_with("evt_"), "{webhook_id}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_smtp_relay_no_email_is_queued_and_with_one_the_account_gets_its_notices() {
    let db = test_db().await;
    billed(&db).await;
    assert_eq!(scalar(&db, "SELECT count(*) FROM deliveries WHERE channel = 'email'").await, 0);
    let acct = account(&db, "USD", &["--name", "B", "--email", "b@example.com"]);
    let sub = subscribe(&db, &acct, "basic", "2026-01-01", &[]);
    let out = db
        .cmd()
        .env("BILLCTL_NOW", "2026-01-01T15:00:00Z")
        .env("BILLCTL_SMTP_URL", "smtp://127.0.0.1:9")
        .env("BILLCTL_EMAIL_FROM", "billing@example.com")
        .args(["invoice", "run", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mails: Vec<(String, String)> =
        sqlx::query_as("SELECT account_id, target FROM deliveries WHERE channel = 'email' ORDER BY id")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(mails, vec![(acct.clone(), "invoice_issued".to_string())], "{sub}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_workers_never_claim_the_same_delivery() {
    let db = test_db().await;
    endpoint(&db, "we_all", &["*"], true).await;
    billed(&db).await;
    let now: chrono::DateTime<chrono::Utc> = "2030-01-01T00:00:00Z".parse().unwrap();
    let mut a = db.pool.begin().await.unwrap();
    let mut b = db.pool.begin().await.unwrap();
    let first = billctl::store::events::claim_next(&mut a, now, None, None).await.unwrap().expect("one due");
    let second = billctl::store::events::claim_next(&mut b, now, None, None).await.unwrap().expect("another due");
    assert_ne!(first.id, second.id, "the locked row is skipped");
    let mut c = db.pool.begin().await.unwrap();
    let none = billctl::store::events::claim_next(&mut c, now, None, None).await.unwrap();
    assert!(none.is_none(), "two deliveries, both claimed");
    // A worker that dies: its transaction ends (here rolled back; a killed process's connection
    // closes, which the server treats the same) and its lock with it.
    a.rollback().await.unwrap();
    let again =
        billctl::store::events::claim_next(&mut c, now, None, None).await.unwrap().expect("released by rollback");
    assert_eq!(again.id, first.id, "a dead worker's claim goes back to the queue");
}
