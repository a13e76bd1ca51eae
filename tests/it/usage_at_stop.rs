//! Usage is billed when service stops: a cancellation (now, at period end) or a pause gets the
//! usage of its last paid days, in arrears, on an invoice of its own, exactly once.

use crate::fixtures::{CALLS, account, plan, record, subscribe};
use crate::harness::{TestDb, at, test_db};

/// An account on a plan of 20 USD a month plus calls (first 1 000 free, then 0.0015 up to 10 000,
/// then 0.001), started on 1 March 2026 and billed for March; 12 345 calls in March so far
/// (0 + 9 000 × 0.0015 + 2 345 × 0.001 = 15.845 → 15.85).
async fn metered_subscription(db: &TestDb) -> (String, String) {
    plan(db, "api", &["--name", "API", "--price", "USD:20", "--metered", CALLS]);
    let acct = account(db, "USD", &[]);
    let sub = subscribe(db, &acct, "api", "2026-03-01", &[]);
    at(db, "2026-03-01", &["invoice", "run"]);
    for (key, qty, when) in [("k1", "5000", "2026-03-02T10:00:00Z"), ("k2", "7345", "2026-03-09T23:00:00Z")] {
        at(db, "2026-03-10T08:00:00Z", &record(&sub, "calls", qty, when, key));
    }
    (acct, sub)
}

/// On 10 March, changes the subscription now to a yearly plan with the same usage prices: a new
/// billing cycle starts that day.
fn switch_to_a_yearly_plan(db: &TestDb, sub: &str) {
    db.json(&[
        "plan",
        "create",
        "--code",
        "api-annual",
        "--name",
        "API annual",
        "--interval",
        "year",
        "--price",
        "USD:200",
        "--metered",
        "calls:graduated:USD:1000@0,10000@0.0015,inf@0.001",
    ]);
    at(db, "2026-03-10T09:00:00Z", &["subscription", "change", sub, "--plan", "api-annual", "--at", "now"]);
}

/// (kind, status, period start, period end, total) of the subscription's invoices, oldest first.
async fn invoices(db: &TestDb, sub: &str) -> Vec<(String, String, String, String, i64)> {
    sqlx::query_as(
        "SELECT kind, status, period_start::text, period_end::text, total FROM invoices
         WHERE subscription_id = $1 ORDER BY created_at, period_start, id",
    )
    .bind(sub)
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

async fn unbilled_events(db: &TestDb, sub: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM usage_events WHERE subscription_id = $1 AND invoice_id IS NULL")
        .bind(sub)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

fn inv(kind: &str, status: &str, from: &str, to: &str, total: i64) -> (String, String, String, String, i64) {
    (kind.into(), status.into(), from.into(), to.into(), total)
}

#[tokio::test]
async fn canceling_now_bills_the_usage_of_the_days_served_on_a_final_invoice_once() {
    let db = test_db().await;
    let (acct, sub) = metered_subscription(&db).await;
    at(&db, "2026-03-10T09:00:00Z", &["subscription", "cancel", &sub, "--at", "now"]);
    // A proration left for the subscription's next invoice: the final one carries it.
    sqlx::query(
        "INSERT INTO pending_charges (id, account_id, subscription_id, kind, description, amount, currency, created_at)
         VALUES ('chg_p', $1, $2, 'proration', 'Unused seats', -500, 'USD', now())",
    )
    .bind(&acct)
    .bind(&sub)
    .execute(&db.pool)
    .await
    .unwrap();
    // The preview and the dry run show what the run will write.
    let preview = at(&db, "2026-03-10T10:00:00Z", &["invoice", "preview", &acct]);
    assert!(preview.to_string().contains("\"final\""), "{preview}");
    let dry = at(&db, "2026-03-10T10:00:00Z", &["invoice", "run", "--dry-run"]);
    assert_eq!(dry["invoices"], 1, "{dry}");
    let run = at(&db, "2026-03-10T10:00:00Z", &["invoice", "run"]);
    assert_eq!(run["invoices"], 1, "{run}");
    assert_eq!(
        invoices(&db, &sub).await,
        vec![
            inv("regular", "open", "2026-03-01", "2026-04-01", 2000),
            inv("final", "open", "2026-03-01", "2026-03-10", 1085)
        ]
    );
    let lines: Vec<(String, i64, String)> = sqlx::query_as(
        "SELECT l.kind, l.amount, l.description FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
         WHERE i.subscription_id = $1 AND i.kind = 'final' ORDER BY l.position",
    )
    .bind(&sub)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let kinds: Vec<(&str, i64)> = lines.iter().map(|(k, a, _)| (k.as_str(), *a)).collect();
    assert_eq!(kinds, [("usage", 0), ("usage", 1350), ("usage", 235), ("proration", -500)]);
    assert!(lines[1].2.contains("9,000 × 0.0015, tier 2 (2026-03-01 – 2026-03-09)"), "{}", lines[1].2);
    let billed: Option<String> = sqlx::query_scalar("SELECT invoice_id FROM pending_charges WHERE id = 'chg_p'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(billed.is_some(), "the pending charge is marked billed");
    assert_eq!(unbilled_events(&db, &sub).await, 0);
    // Numbered in the same gapless sequence as every invoice.
    let numbers: Vec<String> =
        sqlx::query_scalar("SELECT number FROM invoices ORDER BY number").fetch_all(&db.pool).await.unwrap();
    assert_eq!(numbers.len(), 2);
    assert!(numbers.iter().all(|n| !n.is_empty()));
    // Later runs find nothing more to bill.
    for day in ["2026-03-10T11:00:00Z", "2026-04-01", "2026-05-01"] {
        assert_eq!(at(&db, day, &["invoice", "run"])["invoices"], 0, "{day}");
    }
    assert_eq!(invoices(&db, &sub).await.len(), 2);
}

#[tokio::test]
async fn canceling_at_period_end_bills_the_last_periods_usage_and_no_new_period() {
    let db = test_db().await;
    let (_, sub) = metered_subscription(&db).await;
    at(&db, "2026-03-10T09:00:00Z", &["subscription", "cancel", &sub, "--at", "period-end"]);
    at(&db, "2026-03-31T10:00:00Z", &record(&sub, "calls", "1000", "2026-03-31T09:00:00Z", "k3"));
    let run = at(&db, "2026-04-01", &["invoice", "run"]);
    assert_eq!((run["invoices"].as_i64(), run["canceled"].as_i64()), (Some(1), Some(1)), "{run}");
    // 13 345 calls: 9 000 × 0.0015 + 3 345 × 0.001 = 16.845 → 16.85.
    assert_eq!(
        invoices(&db, &sub).await,
        vec![
            inv("regular", "open", "2026-03-01", "2026-04-01", 2000),
            inv("final", "open", "2026-03-01", "2026-04-01", 1685)
        ]
    );
    assert_eq!(unbilled_events(&db, &sub).await, 0);
    assert_eq!(at(&db, "2026-04-02", &["invoice", "run"])["invoices"], 0);
}

#[tokio::test]
async fn a_cancellation_with_no_usage_writes_no_invoice_and_is_settled() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "flat", "--name", "Flat", "--price", "USD:20"]);
    let acct = db.json(&["account", "create", "--name", "A", "--email", "a@example.com", "--currency", "USD"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let sub = at(&db, "2026-03-01T12:00:00Z", &["subscription", "create", "--account", &acct, "--plan", "flat"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    at(&db, "2026-03-01", &["invoice", "run"]);
    at(&db, "2026-03-10T09:00:00Z", &["subscription", "cancel", &sub, "--at", "now"]);
    assert_eq!(at(&db, "2026-03-11", &["invoice", "run"])["invoices"], 0);
    let through: Option<chrono::NaiveDate> =
        sqlx::query_scalar("SELECT usage_billed_through FROM subscriptions WHERE id = $1")
            .bind(&sub)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(through, chrono::NaiveDate::from_ymd_opt(2026, 3, 10), "settled: not due again");
}

#[tokio::test]
async fn a_pause_bills_the_usage_before_it_at_the_next_run() {
    let db = test_db().await;
    let (_, sub) = metered_subscription(&db).await;
    at(&db, "2026-03-10T09:00:00Z", &["subscription", "pause", &sub, "--until", "2026-04-15"]);
    db.cmd()
        .env("BILLCTL_NOW", "2026-03-11T09:00:00Z")
        .args(record(&sub, "calls", "1", "2026-03-10T12:00:00Z", "p1"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is paused (since 2026-03-10)"));
    let run = at(&db, "2026-03-11", &["invoice", "run"]);
    assert_eq!(run["invoices"], 1, "{run}");
    assert_eq!(
        invoices(&db, &sub).await,
        vec![
            inv("regular", "open", "2026-03-01", "2026-04-01", 2000),
            inv("supplemental", "open", "2026-03-01", "2026-03-10", 1585)
        ]
    );
    assert_eq!(at(&db, "2026-03-12", &["invoice", "run"])["invoices"], 0, "once");
    // Resuming starts a new cycle, billed in advance; the usage before the pause is not billed again.
    let run = at(&db, "2026-04-15", &["invoice", "run"]);
    assert_eq!(run["invoices"], 1, "{run}");
    assert_eq!(invoices(&db, &sub).await.last().unwrap(), &inv("regular", "open", "2026-04-15", "2026-05-15", 2000));
}

#[tokio::test]
async fn resuming_by_hand_before_any_run_still_bills_the_usage_before_the_pause() {
    let db = test_db().await;
    let (_, sub) = metered_subscription(&db).await;
    at(&db, "2026-03-10T09:00:00Z", &["subscription", "pause", &sub]);
    at(&db, "2026-03-12T09:00:00Z", &["subscription", "resume", &sub]);
    let owed = || async {
        sqlx::query_scalar::<_, Option<chrono::NaiveDate>>("SELECT usage_owed_until FROM subscriptions WHERE id = $1")
            .bind(&sub)
            .fetch_one(&db.pool)
            .await
            .unwrap()
    };
    assert_eq!(owed().await, chrono::NaiveDate::from_ymd_opt(2026, 3, 10), "the usage before the pause is owed");
    let run = at(&db, "2026-03-12T10:00:00Z", &["invoice", "run"]);
    assert_eq!(run["invoices"], 2, "{run}");
    assert_eq!(
        invoices(&db, &sub).await[1..],
        [
            inv("supplemental", "open", "2026-03-01", "2026-03-10", 1585),
            inv("regular", "open", "2026-03-12", "2026-04-12", 2000)
        ]
    );
    assert_eq!(owed().await, None, "settled once billed");
    assert_eq!(at(&db, "2026-03-13", &["invoice", "run"])["invoices"], 0);
    assert_eq!(unbilled_events(&db, &sub).await, 0);
}

#[tokio::test]
async fn a_new_billing_interval_bills_the_usage_of_the_old_cycle() {
    let db = test_db().await;
    let (_, sub) = metered_subscription(&db).await;
    switch_to_a_yearly_plan(&db, &sub);
    let run = at(&db, "2026-03-10T10:00:00Z", &["invoice", "run"]);
    assert_eq!(run["invoices"], 2, "{run}");
    let all = invoices(&db, &sub).await;
    assert_eq!(all[1], inv("supplemental", "open", "2026-03-01", "2026-03-10", 1585), "{all:?}");
    assert_eq!((all[2].0.as_str(), all[2].2.as_str(), all[2].3.as_str()), ("regular", "2026-03-10", "2027-03-10"));
    assert_eq!(unbilled_events(&db, &sub).await, 0);
    assert_eq!(at(&db, "2026-03-11", &["invoice", "run"])["invoices"], 0);
}

#[tokio::test]
async fn late_usage_before_a_restarted_cycle_goes_on_one_supplemental_invoice() {
    let db = test_db().await;
    let (_, sub) = metered_subscription(&db).await;
    switch_to_a_yearly_plan(&db, &sub);
    at(&db, "2026-03-10T10:00:00Z", &["invoice", "run"]);
    // Two late events on different days of the old cycle, within 7 days of its end.
    for (key, when) in [("late-a", "2026-03-03T10:00:00Z"), ("late-b", "2026-03-05T10:00:00Z")] {
        let r = at(&db, "2026-03-12T09:00:00Z", &record(&sub, "calls", "1000", when, key));
        assert_eq!(r["placement"], "supplemental", "{r}");
    }
    let run = at(&db, "2026-03-12T10:00:00Z", &["invoice", "run"]);
    assert_eq!(run["invoices"], 1, "one invoice for the late usage: {run}");
    // 2 000 calls on top of the 12 345 invoiced: all in the 0.001 tier → 2.00.
    let all = invoices(&db, &sub).await;
    let last = all.last().unwrap();
    assert_eq!((last.0.as_str(), last.4), ("supplemental", 200), "{all:?}");
    assert_eq!(unbilled_events(&db, &sub).await, 0);
}

#[tokio::test]
async fn late_usage_of_a_canceled_subscription_goes_on_a_supplemental_invoice() {
    let db = test_db().await;
    let (_, sub) = metered_subscription(&db).await;
    at(&db, "2026-03-10T09:00:00Z", &["subscription", "cancel", &sub, "--at", "now"]);
    at(&db, "2026-03-10T10:00:00Z", &["invoice", "run"]);
    // Arrives after the final invoice, dated before the cancellation, within 7 days.
    let r = at(&db, "2026-03-12T09:00:00Z", &record(&sub, "calls", "1000", "2026-03-09T10:00:00Z", "late-c"));
    assert_eq!(r["placement"], "supplemental", "{r}");
    assert_eq!(at(&db, "2026-03-12T10:00:00Z", &["invoice", "run"])["invoices"], 1);
    // 1 000 calls on top of the 12 345 on the final invoice: 0.001 each → 1.00.
    assert_eq!(
        invoices(&db, &sub).await.last().unwrap(),
        &inv("supplemental", "open", "2026-03-01", "2026-03-10", 100)
    );
    assert_eq!(unbilled_events(&db, &sub).await, 0);
    let again = at(&db, "2026-03-13", &["invoice", "run"]);
    assert_eq!(
        (again["invoices"].as_i64(), again["accounts"].as_i64()),
        (Some(0), Some(0)),
        "not due any more: {again}"
    );
}
