//! Subscription lifecycle and proration against a real database.

use predicates::prelude::*;

use crate::fixtures::account;
use crate::harness::{TestDb, at, test_db};

/// Plans basic (30/month), pro (90/month), team (20 + 10/seat) in USD; an account in `tz`.
async fn setup(tz: &str) -> (TestDb, String) {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "USD:30"]);
    db.json(&["plan", "create", "--code", "pro", "--name", "Pro", "--price", "USD:90"]);
    db.json(&["plan", "create", "--code", "team", "--name", "Team", "--price", "USD:20", "--seat-price", "USD:10"]);
    db.json(&["plan", "create", "--code", "yearly", "--name", "Yearly", "--interval", "year", "--price", "USD:365"]);
    db.json(&["plan", "create", "--code", "trial", "--name", "Trial", "--trial-days", "14", "--price", "USD:10"]);
    let a = account(&db, "USD", &["--timezone", tz]);
    (db, a)
}

/// Marks the current period as invoiced (what `invoice run` does when it bills it).
async fn mark_invoiced(db: &TestDb, sub: &str) {
    sqlx::query("UPDATE subscriptions SET next_bill_date = current_period_end WHERE id = $1")
        .bind(sub)
        .execute(&db.pool)
        .await
        .unwrap();
}

async fn pending(db: &TestDb, sub: &str) -> Vec<i64> {
    sqlx::query_scalar("SELECT amount FROM pending_charges WHERE subscription_id = $1 ORDER BY amount")
        .bind(sub)
        .fetch_all(&db.pool)
        .await
        .unwrap()
}

async fn create(db: &TestDb, account: &str, plan: &str, start: &str, extra: &[&str]) -> String {
    let mut args = vec!["subscription", "create", "--account", account, "--plan", plan, "--start", start];
    args.extend_from_slice(extra);
    at(db, &format!("{start}T12:00:00Z"), &args)["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn a_new_subscription_is_due_on_its_start_and_a_trial_defers_it() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-01-31", &[]).await;
    let d = db.json(&["subscription", "show", &s]);
    assert_eq!(d["status"], "active");
    assert_eq!(d["current_period_end"], "2026-02-28", "month-end anchors clamp");
    assert_eq!(d["next_bill_date"], "2026-01-31");
    let t = create(&db, &a, "trial", "2026-01-10", &[]).await;
    let d = db.json(&["subscription", "show", &t]);
    assert_eq!(d["status"], "trialing");
    assert_eq!(d["trial_end"], "2026-01-24");
    assert_eq!(d["next_bill_date"], "2026-01-24");
    let n = create(&db, &a, "trial", "2026-01-10", &["--no-trial"]).await;
    assert_eq!(db.json(&["subscription", "show", &n])["status"], "active");
    assert_eq!(d["history"][0]["event"], "created");
}

#[tokio::test]
async fn subscriptions_need_a_price_in_the_account_currency() {
    let (db, _) = setup("UTC").await;
    let eur = db.json(&["account", "create", "--name", "E", "--email", "e@example.com", "--currency", "EUR"]);
    db.cmd()
        .args(["subscription", "create", "--account", eur["id"].as_str().unwrap(), "--plan", "pro"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("has no price in EUR"));
    db.cmd()
        .args(["subscription", "create", "--plan", "pro"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--account"));
}

#[tokio::test]
async fn an_upgrade_mid_period_credits_unused_time_and_charges_the_rest() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-04-01", &[]).await;
    mark_invoiced(&db, &s).await;
    let o = at(&db, "2026-04-16T09:00:00Z", &["subscription", "change", &s, "--plan", "pro"]);
    // April has 30 days; 15 remain from the 16th: −30×15/30 and +90×15/30.
    assert_eq!(pending(&db, &s).await, vec![-1500, 4500]);
    assert_eq!(o["net_minor"], 3000);
    let d = db.json(&["subscription", "show", &s]);
    assert_eq!(d["plan_code"], "pro");
    assert_eq!(d["history"][1]["event"], "changed");
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'subscription.changed'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 1);
}

#[tokio::test]
async fn dry_run_shows_exactly_the_lines_the_change_writes_and_writes_nothing() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "team", "2026-03-01", &["--quantity", "3"]).await;
    mark_invoiced(&db, &s).await;
    let preview = at(&db, "2026-03-20", &["subscription", "change", &s, "--quantity", "7", "--dry-run"]);
    assert!(pending(&db, &s).await.is_empty());
    assert_eq!(db.json(&["subscription", "show", &s])["quantity"], 3);
    let done = at(&db, "2026-03-20", &["subscription", "change", &s, "--quantity", "7"]);
    assert_eq!(preview["lines"], done["lines"]);
    // Only the seats are prorated (the flat fee is unchanged), 12 of 31 days, each line rounded once:
    // −3 seats × 10 × 12/31 = −11.6129 → −11.61; +7 × 10 × 12/31 = 27.0968 → 27.10.
    assert_eq!(pending(&db, &s).await, vec![-1161, 2710]);
}

#[tokio::test]
async fn changes_on_the_first_and_last_day_and_several_in_one_period() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-04-01", &[]).await;
    mark_invoiced(&db, &s).await;
    at(&db, "2026-04-01", &["subscription", "change", &s, "--plan", "pro"]);
    assert_eq!(pending(&db, &s).await, vec![-3000, 9000], "first day: the whole period");
    at(&db, "2026-04-11", &["subscription", "change", &s, "--plan", "basic"]);
    at(&db, "2026-04-30", &["subscription", "change", &s, "--plan", "pro"]);
    // Day 1: +60.00; day 11 (20 days left): −60 + 20; day 30 (1 day left): −1 + 3.
    assert_eq!(pending(&db, &s).await.iter().sum::<i64>(), 6000 - 4000 + 200);
}

#[tokio::test]
async fn an_upgrade_and_an_immediate_downgrade_net_to_zero() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "team", "2026-02-01", &["--quantity", "2"]).await;
    mark_invoiced(&db, &s).await;
    at(&db, "2026-02-17T10:00:00Z", &["subscription", "change", &s, "--plan", "pro"]);
    at(&db, "2026-02-17T10:00:00Z", &["subscription", "change", &s, "--plan", "team", "--quantity", "2"]);
    assert_eq!(pending(&db, &s).await.iter().sum::<i64>(), 0);
}

#[tokio::test]
async fn a_change_before_the_period_is_invoiced_is_not_prorated() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-04-01", &[]).await;
    let o = at(&db, "2026-04-16", &["subscription", "change", &s, "--plan", "pro"]);
    assert!(o["lines"].as_array().unwrap().is_empty());
    assert!(pending(&db, &s).await.is_empty());
}

#[tokio::test]
async fn a_change_at_period_end_is_scheduled_without_proration() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-04-01", &[]).await;
    mark_invoiced(&db, &s).await;
    let o = at(&db, "2026-04-16", &["subscription", "change", &s, "--plan", "pro", "--at", "period-end"]);
    assert_eq!(o["effective_date"], "2026-05-01");
    assert!(pending(&db, &s).await.is_empty());
    let d = db.json(&["subscription", "show", &s]);
    assert_eq!(d["plan_code"], "basic");
    assert!(d["pending_plan_version_id"].is_string());
    assert_eq!(d["history"][1]["event"], "scheduled_change");
}

#[tokio::test]
async fn the_change_date_is_the_accounts_local_day() {
    let (db, a) = setup("Pacific/Auckland").await;
    let s = create(&db, &a, "basic", "2026-04-01", &[]).await;
    mark_invoiced(&db, &s).await;
    // 2026-04-15T13:00Z is already April 16 in Auckland (UTC+12): 15 days remain, not 16.
    at(&db, "2026-04-15T13:00:00Z", &["subscription", "change", &s, "--plan", "pro"]);
    assert_eq!(pending(&db, &s).await, vec![-1500, 4500]);
}

#[tokio::test]
async fn changing_the_interval_credits_unused_time_and_starts_a_new_cycle() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-04-01", &[]).await;
    mark_invoiced(&db, &s).await;
    at(&db, "2026-04-16", &["subscription", "change", &s, "--plan", "yearly"]);
    assert_eq!(pending(&db, &s).await, vec![-1500]);
    let d = db.json(&["subscription", "show", &s]);
    assert_eq!(d["current_period_start"], "2026-04-16");
    assert_eq!(d["current_period_end"], "2027-04-16");
    assert_eq!(d["next_bill_date"], "2026-04-16");
}

#[tokio::test]
async fn cancel_now_with_credit_grants_the_unused_days_and_period_end_is_scheduled() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "pro", "2026-04-01", &[]).await;
    at(&db, "2026-04-01", &["invoice", "run"]);
    let number: String = sqlx::query_scalar("SELECT number FROM invoices WHERE subscription_id = $1")
        .bind(&s)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    at(&db, "2026-04-02", &["payment", "record", &number, "--amount", "90.00", "--method", "wire"]);
    let o = at(&db, "2026-04-21", &["subscription", "cancel", &s, "--at", "now", "--credit"]);
    assert_eq!(o["credit_minor"], 3000); // 10 of 30 days of 90.00, paid
    assert_eq!(o["correction"]["action"], "credited");
    let (kind, amount): (String, i64) =
        sqlx::query_as("SELECT kind, amount FROM credit_entries").fetch_one(&db.pool).await.unwrap();
    assert_eq!((kind.as_str(), amount), ("grant", 3000));
    assert_eq!(db.json(&["subscription", "show", &s])["status"], "canceled");
    db.cmd().args(["subscription", "pause", &s]).assert().code(4).stderr(predicate::str::contains("canceled"));

    let t = create(&db, &a, "basic", "2026-04-01", &[]).await;
    let o = at(&db, "2026-04-10", &["subscription", "cancel", &t]);
    assert_eq!(o["effective_date"], "2026-05-01");
    let d = db.json(&["subscription", "show", &t]);
    assert_eq!((d["status"].as_str(), d["cancel_at_period_end"].as_bool()), (Some("active"), Some(true)));
}

#[tokio::test]
async fn pause_and_resume_start_a_new_cycle_and_limits_are_enforced() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-04-01", &[]).await;
    mark_invoiced(&db, &s).await;
    db.cmd()
        .env("BILLCTL_NOW", "2026-04-10")
        .args(["subscription", "pause", &s, "--until", "2026-08-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("maximum pause of 90 days"));
    let p = at(&db, "2026-04-10", &["subscription", "pause", &s]);
    assert_eq!(p["subscription"]["status"], "paused");
    assert_eq!(p["subscription"]["auto_cancel_on"], "2026-07-09");
    let r = at(&db, "2026-05-20", &["subscription", "resume", &s]);
    assert_eq!(r["subscription"]["status"], "active");
    assert_eq!(r["subscription"]["next_bill_date"], "2026-05-20");
    assert_eq!(r["subscription"]["current_period_end"], "2026-06-20");
    let events: Vec<String> = db.json(&["subscription", "show", &s])["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["event"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(events, ["created", "paused", "resumed"]);
}

#[tokio::test]
async fn scheduled_transitions_resume_cancel_and_end_trials_once() {
    let (db, a) = setup("UTC").await;
    let resumes = create(&db, &a, "basic", "2026-04-01", &[]).await;
    let expires = create(&db, &a, "basic", "2026-04-01", &[]).await;
    let trial = create(&db, &a, "trial", "2026-04-01", &[]).await;
    at(&db, "2026-04-05", &["subscription", "pause", &resumes, "--until", "2026-05-01"]);
    at(&db, "2026-04-05", &["subscription", "pause", &expires, "--max-days", "10"]);
    // The invoice run applies the transitions that fall due by themselves, once.
    let transitions = "SELECT count(*) FROM subscription_history WHERE event IN ('resumed', 'canceled', 'trial_ended')";
    at(&db, "2026-05-02", &["invoice", "run"]);
    let changed: i64 = sqlx::query_scalar(transitions).fetch_one(&db.pool).await.unwrap();
    assert_eq!(changed, 3);
    assert_eq!(at(&db, "2026-05-02", &["invoice", "run"])["invoices"], 0, "idempotent");
    let again: i64 = sqlx::query_scalar(transitions).fetch_one(&db.pool).await.unwrap();
    assert_eq!(again, 3, "idempotent");
    let r = db.json(&["subscription", "show", &resumes]);
    assert_eq!(r["status"], "active");
    let resumed_on: String =
        sqlx::query_scalar("SELECT min(period_start)::text FROM invoices WHERE subscription_id = $1")
            .bind(&resumes)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(resumed_on, "2026-05-01", "a new cycle starts on the resume date");
    let e = db.json(&["subscription", "show", &expires]);
    assert_eq!((e["status"].as_str(), e["canceled_at"].as_str()), (Some("canceled"), Some("2026-04-15")));
    assert_eq!(db.json(&["subscription", "show", &trial])["status"], "active");
}

#[tokio::test]
async fn an_explicit_anchor_bills_a_stub_first() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "basic", "2026-01-20", &["--anchor", "2026-02-01"]).await;
    let d = db.json(&["subscription", "show", &s]);
    assert_eq!(
        (d["current_period_start"].as_str(), d["current_period_end"].as_str()),
        (Some("2026-01-20"), Some("2026-02-01"))
    );
    db.cmd()
        .args([
            "subscription",
            "create",
            "--account",
            &a,
            "--plan",
            "basic",
            "--start",
            "2026-01-20",
            "--anchor",
            "2026-03-01",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("anchor"));
}

#[tokio::test]
async fn list_filters_by_account_status_and_plan() {
    let (db, a) = setup("UTC").await;
    create(&db, &a, "basic", "2026-01-01", &[]).await;
    create(&db, &a, "trial", "2026-01-01", &[]).await;
    assert_eq!(db.json(&["subscription", "list", "--account", &a]).as_array().unwrap().len(), 2);
    assert_eq!(db.json(&["subscription", "list", "--status", "trialing"]).as_array().unwrap().len(), 1);
    assert_eq!(db.json(&["subscription", "list", "--plan", "basic"]).as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn canceling_now_needs_yes_in_a_script_but_a_cancel_at_period_end_does_not() {
    let (db, a) = setup("UTC").await;
    let s = create(&db, &a, "pro", "2026-04-01", &[]).await;
    db.cmd()
        .env("BILLCTL_NOW", "2026-04-10")
        .args(["subscription", "cancel", &s, "--at", "now"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    db.cmd()
        .env("BILLCTL_NOW", "2026-04-10")
        .args(["subscription", "cancel", &s, "--at", "now", "--dry-run"])
        .assert()
        .success()
        .stderr(predicate::str::contains("dry run: nothing was written"));
    let status: String = sqlx::query_scalar("SELECT status FROM subscriptions WHERE id = $1")
        .bind(&s)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(status, "active", "neither the refusal nor the dry run canceled it");
    db.cmd()
        .env("BILLCTL_NOW", "2026-04-10")
        .args(["subscription", "cancel", &s, "--at", "period-end", "--format", "json"])
        .assert()
        .success();
}
