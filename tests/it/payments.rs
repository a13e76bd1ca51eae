//! Payments end to end: the CLI against the real database and the fake Stripe server (or the sandbox).
//!
//! The fake runs on this test's runtime, so these tests are multi-threaded and run the (blocking)
//! CLI inside `block_in_place`.

use std::process::Output;
use std::time::Duration;

use billctl::gateway::stripe::{StripeConfig, StripeGateway};
use billctl::gateway::{ChargeRequest, PaymentGateway};
use serde_json::Value;

use crate::fake_stripe::{FakeStripe, Fault};
use crate::fixtures::scalar;
use crate::harness::{NOW, TestDb, test_db};

const KEY: &str = "sk_test_billctl";

/// The CLI pointed at the fake (or at the sandbox when `fake` is None), with a 1 s Stripe timeout.
fn cli(db: &TestDb, fake: Option<&FakeStripe>, now: &str, args: &[&str]) -> Output {
    let mut c = db.cmd();
    c.env("BILLCTL_NOW", now).env("BILLCTL_STRIPE_TIMEOUT", "1").args(args);
    if let Some(f) = fake {
        c.env("STRIPE_SECRET_KEY", KEY).env("STRIPE_API_BASE", &f.base_url);
    }
    tokio::task::block_in_place(|| c.output().unwrap())
}

fn ok_json(out: &Output, what: &str) -> Value {
    assert!(out.status.success(), "{what} failed ({}):\n{}", out.status, String::from_utf8_lossy(&out.stderr));
    json(out)
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("not JSON ({e}):\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    })
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

async fn text(db: &TestDb, sql: &str) -> String {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(&db.pool).await.unwrap()
}

/// An account (USD) created through the CLI.
fn account(db: &TestDb, name: &str) -> String {
    let out = cli(
        db,
        None,
        NOW,
        &["account", "create", "--name", name, "--email", "a@example.com", "--currency", "USD", "--format", "json"],
    );
    ok_json(&out, "account create")["id"].as_str().unwrap().to_string()
}

/// An open invoice of `amount` cents, due on `due_on`.
async fn invoice(db: &TestDb, acct: &str, amount: i64, due_on: &str) -> String {
    let n = scalar(db, "SELECT count(*) FROM invoices").await + 1;
    let id = format!("inv_test{n:04}");
    sqlx::query(
        "INSERT INTO invoices (id, account_id, number, status, kind, currency, subtotal, total, amount_due, issued_on,
            due_on, created_at) VALUES ($1, $2, $3, 'open', 'manual', 'USD', $4, $4, $4, '2026-01-01', $5::date, now())",
    )
    .bind(&id)
    .bind(acct)
    .bind(format!("INV-T-{n:04}"))
    .bind(amount)
    .bind(due_on)
    .execute(&db.pool)
    .await
    .unwrap();
    id
}

fn add_card(db: &TestDb, fake: Option<&FakeStripe>, acct: &str, token: &str) -> Value {
    let out = cli(
        db,
        fake,
        NOW,
        &["account", "payment-method", "add", acct, "--token", token, "--default", "--format", "json"],
    );
    ok_json(&out, "payment-method add")
}

async fn customer_of(db: &TestDb, acct: &str) -> String {
    text(db, &format!("SELECT stripe_customer_id FROM accounts WHERE id = '{acct}'")).await
}

async fn invoice_state(db: &TestDb, inv: &str) -> (String, i64, i64) {
    sqlx::query_as("SELECT status, amount_paid, amount_due FROM invoices WHERE id = $1")
        .bind(inv)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn payments_of(db: &TestDb, inv: &str) -> i64 {
    scalar(db, &format!("SELECT count(*) FROM payments WHERE invoice_id = '{inv}'")).await
}

/// A customer with a Visa card at the fake and one open 20.00 invoice.
async fn stripe_fixture(db: &TestDb, fake: &FakeStripe, token: &str) -> (String, String, String) {
    let acct = account(db, "Ada");
    add_card(db, Some(fake), &acct, token);
    let inv = invoice(db, &acct, 2000, "2026-01-29").await;
    let cus = customer_of(db, &acct).await;
    (acct, inv, cus)
}

fn collect(db: &TestDb, fake: Option<&FakeStripe>, now: &str, extra: &[&str]) -> Output {
    let mut args = vec!["payment", "collect", "--all", "--format", "json"];
    args.extend_from_slice(extra);
    cli(db, fake, now, &args)
}

fn retry(db: &TestDb, fake: Option<&FakeStripe>, now: &str, extra: &[&str]) -> Output {
    let mut args = vec!["payment", "retry", "--format", "json"];
    args.extend_from_slice(extra);
    cli(db, fake, now, &args)
}

// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sandbox_cards_are_masked_and_payments_are_labelled_simulated() {
    let db = test_db().await;
    let acct = account(&db, "Ada");
    let card = add_card(&db, None, &acct, "pm_card_visa");
    assert_eq!(card["gateway"], "sandbox (simulated)");
    assert_eq!(
        (card["brand"].as_str(), card["last4"].as_str(), card["expiry"].as_str()),
        (Some("visa"), Some("4242"), Some("12/2034"))
    );
    let table = cli(&db, None, NOW, &["account", "payment-method", "list", &acct]);
    let shown = String::from_utf8_lossy(&table.stdout);
    assert!(
        shown.contains("•••• 4242") && shown.contains("12/2034") && shown.contains("sandbox (simulated)"),
        "{shown}"
    );
    assert!(!shown.contains("4242424242424242"));
    let inv = invoice(&db, &acct, 1999, "2026-01-29").await;

    let s = ok_json(&collect(&db, None, NOW, &[]), "collect");
    assert_eq!(s["gateway"], "sandbox (simulated)");
    assert_eq!(s["succeeded"], 1);
    assert_eq!(invoice_state(&db, &inv).await, ("paid".into(), 1999, 0));
    let list = ok_json(&cli(&db, None, NOW, &["payment", "list", "--format", "json"]), "payment list");
    assert_eq!(list[0]["gateway"], "sandbox (simulated)");
    assert_eq!(list[0]["amount"], 1999);
    // Nothing left to charge; a paid invoice is refused by name.
    let again = ok_json(&collect(&db, None, NOW, &[]), "collect again");
    assert_eq!(again["attempted"], 0);
    let paid = cli(&db, None, NOW, &["payment", "collect", "--invoice", &inv]);
    assert_eq!(code(&paid), 4, "{}", String::from_utf8_lossy(&paid.stderr));
    // A second process can refund the sandbox payment made by the first.
    let pay = list[0]["id"].as_str().unwrap();
    let r = ok_json(
        &cli(&db, None, NOW, &["payment", "refund", "--yes", pay, "--amount", "5", "--format", "json"]),
        "refund",
    );
    assert_eq!(r["payment"]["status"], "partially_refunded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stripe_payment_methods_create_the_customer_and_switch_the_default() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let acct = account(&db, "Ada");
    let visa = add_card(&db, Some(&fake), &acct, "pm_card_visa");
    assert_eq!(visa["gateway"], "stripe");
    assert_eq!(visa["is_default"], true);
    let cus = customer_of(&db, &acct).await;
    assert!(cus.starts_with("cus_"), "{cus}");
    let out = cli(
        &db,
        Some(&fake),
        NOW,
        &["account", "payment-method", "add", &acct, "--token", "pm_card_mastercard", "--format", "json"],
    );
    let mc = ok_json(&out, "add mastercard");
    assert_eq!(mc["is_default"], false, "the first card stays the default");
    assert_eq!(customer_of(&db, &acct).await, cus, "the customer is reused");
    let pm = mc["gateway_pm_id"].as_str().unwrap();
    let out = cli(&db, Some(&fake), NOW, &["account", "payment-method", "default", &acct, pm, "--format", "json"]);
    assert_eq!(ok_json(&out, "default")["is_default"], true);
    let list = ok_json(&cli(&db, None, NOW, &["account", "payment-method", "list", &acct, "--format", "json"]), "list");
    let defaults: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["is_default"] == true)
        .map(|c| c["last4"].as_str().unwrap())
        .collect();
    assert_eq!(defaults, ["4444"]);
    assert_eq!(fake.posts_without_idempotency_key(), 0);
    let bad = cli(&db, Some(&fake), NOW, &["account", "payment-method", "add", &acct, "--token", "pm_card_nope"]);
    assert_eq!(code(&bad), 2, "{}", String::from_utf8_lossy(&bad.stderr));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn collect_charges_once_through_429s() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, cus) = stripe_fixture(&db, &fake, "pm_card_visa").await;
    fake.inject(Fault::RateLimit { retry_after_secs: 1 }, 2);
    let s = ok_json(&collect(&db, Some(&fake), NOW, &[]), "collect");
    assert_eq!(s["succeeded"], 1);
    assert_eq!(s["rate_limited"], 2);
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    assert_eq!(invoice_state(&db, &inv).await.0, "paid");
    assert_eq!(fake.served_429(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn collect_charges_once_through_500s() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, cus) = stripe_fixture(&db, &fake, "pm_card_visa").await;
    fake.inject(Fault::ServerError, 2);
    let s = ok_json(&collect(&db, Some(&fake), NOW, &[]), "collect");
    assert_eq!(s["succeeded"], 1, "{s}");
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    assert_eq!(invoice_state(&db, &inv).await, ("paid".into(), 2000, 0));
    assert_eq!(payments_of(&db, &inv).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_response_lost_after_the_charge_succeeded_is_found_not_charged_again() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, cus) = stripe_fixture(&db, &fake, "pm_card_visa").await;
    fake.inject(Fault::DropAfterProcessing, 1);
    let out = collect(&db, Some(&fake), NOW, &[]);
    let s = json(&out);
    assert_eq!(s["items"][0]["outcome"], "succeeded", "{s}");
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    assert_eq!(invoice_state(&db, &inv).await.0, "paid");
    assert_eq!(payments_of(&db, &inv).await, 1);
    // Running again changes nothing.
    let again = ok_json(&collect(&db, Some(&fake), NOW, &[]), "collect again");
    assert_eq!(again["attempted"], 0);
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timeout_stays_uncertain_and_is_resolved_before_any_new_attempt() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, cus) = stripe_fixture(&db, &fake, "pm_card_visa").await;
    // The fake answers after 2.5 s (the client gives up after 1 s) but does charge.
    fake.inject(Fault::Delay(Duration::from_millis(2500)), 1);
    let out = collect(&db, Some(&fake), NOW, &[]);
    assert_eq!(code(&out), 6, "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(json(&out)["uncertain"], 1);
    assert_eq!(
        text(&db, &format!("SELECT status FROM payment_attempts WHERE invoice_id = '{inv}'")).await,
        "uncertain"
    );
    assert_eq!(invoice_state(&db, &inv).await.0, "open");
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let s = ok_json(&collect(&db, Some(&fake), NOW, &[]), "collect after the timeout");
    assert_eq!(s["recovered"], 1, "{s}");
    assert_eq!(s["attempted"], 0, "no new attempt");
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    assert_eq!(invoice_state(&db, &inv).await.0, "paid");
    assert_eq!(scalar(&db, &format!("SELECT count(*) FROM payment_attempts WHERE invoice_id = '{inv}'")).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_started_attempt_left_by_a_crash_is_looked_up_first() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (acct, inv, cus) = stripe_fixture(&db, &fake, "pm_card_visa").await;
    let pm = text(&db, &format!("SELECT gateway_pm_id FROM payment_methods WHERE account_id = '{acct}'")).await;
    // A process recorded the attempt, sent the charge, and was killed before it saw the answer.
    let key = format!("billctl-{inv}-1");
    sqlx::query(
        "INSERT INTO payment_attempts (id, account_id, invoice_id, attempt_no, idempotency_key, status, amount, currency,
            gateway, started_at, customer_id, payment_method_id, kind)
         VALUES ('att_crash', $1, $2, 1, $3, 'started', 2000, 'USD', 'stripe', now(), $4, $5, 'collect')",
    )
    .bind(&acct)
    .bind(&inv)
    .bind(&key)
    .bind(&cus)
    .bind(&pm)
    .execute(&db.pool)
    .await
    .unwrap();
    let gw = StripeGateway::new(&StripeConfig {
        secret_key: KEY.into(),
        base_url: fake.base_url.clone(),
        timeout: Duration::from_secs(5),
    })
    .unwrap();
    let req = ChargeRequest {
        customer_id: cus.clone(),
        payment_method_id: pm,
        amount_minor: 2000,
        currency: billctl::domain::Currency::parse("USD").unwrap(),
        idempotency_key: key,
        description: Some("Invoice INV-T-0001".into()),
        invoice_id: inv.clone(),
        attempt_id: "att_crash".into(),
    };
    gw.charge(&req).await.unwrap();
    let s = ok_json(&collect(&db, Some(&fake), NOW, &[]), "collect");
    assert_eq!(s["recovered"], 1, "{s}");
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    assert_eq!(fake.successful_charges_for_attempt("att_crash"), 1);
    assert_eq!(invoice_state(&db, &inv).await.0, "paid");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retries_follow_the_schedule_and_never_twice_a_day() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, cus) = stripe_fixture(&db, &fake, "pm_card_chargeDeclinedInsufficientFunds").await;
    let day = |d: u32| format!("2026-01-{:02}", 15 + d);
    let out = collect(&db, Some(&fake), &day(0), &[]);
    assert_eq!(code(&out), 6);
    let s = json(&out);
    assert_eq!(s["declined"], 1);
    assert_eq!(s["items"][0]["decline_code"], "insufficient_funds");
    assert_eq!(s["items"][0]["next_retry_on"], day(3));
    let attempts_sql = format!("SELECT count(*) FROM payment_attempts WHERE invoice_id = '{inv}'");
    let attempts = || scalar(&db, &attempts_sql);
    let mut expected = 1;
    for d in 1..=12 {
        let out = retry(&db, Some(&fake), &day(d), &[]);
        let s = json(&out);
        if [3, 5, 7, 10].contains(&d) {
            expected += 1;
            assert_eq!(s["declined"], 1, "day {d}: {s}");
            assert_eq!(code(&out), 6);
            // The same day again: nothing.
            let again = json(&retry(&db, Some(&fake), &day(d), &[]));
            assert_eq!(again["attempted"], 0, "day {d} re-run: {again}");
        } else {
            assert_eq!(s["attempted"], 0, "day {d}: {s}");
            assert_eq!(code(&out), 0);
        }
        assert_eq!(attempts().await, expected, "day {d}");
    }
    let next: Vec<Option<chrono::NaiveDate>> =
        sqlx::query_scalar("SELECT next_retry_on FROM payment_attempts WHERE invoice_id = $1 ORDER BY attempt_no")
            .bind(&inv)
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let d = |s: &str| Some(s.parse().unwrap());
    assert_eq!(next, vec![d("2026-01-18"), d("2026-01-20"), d("2026-01-22"), d("2026-01-25"), None]);
    assert_eq!(fake.successful_charges_for_customer(&cus), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_with_a_new_card_pays_and_a_configured_schedule_is_used() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (acct, inv, cus) = stripe_fixture(&db, &fake, "pm_card_chargeDeclined").await;
    collect(&db, Some(&fake), "2026-01-15", &[]);
    add_card(&db, Some(&fake), &acct, "pm_card_visa");
    let early = json(&retry(&db, Some(&fake), "2026-01-16", &[]));
    assert_eq!(early["attempted"], 0);
    let mut c = db.cmd();
    c.env("BILLCTL_NOW", "2026-01-17").env("BILLCTL_RETRY_SCHEDULE", "1,2").env("STRIPE_SECRET_KEY", KEY);
    c.env("STRIPE_API_BASE", &fake.base_url).args(["payment", "retry", "--format", "json"]);
    // The first failure stored next retry day 3 with the default schedule; day 3 is when it runs.
    let out = tokio::task::block_in_place(|| c.output().unwrap());
    assert_eq!(json(&out)["attempted"], 0, "still waiting for the stored day");
    let s = ok_json(&retry(&db, Some(&fake), "2026-01-18", &[]), "retry day 3");
    assert_eq!(s["succeeded"], 1, "{s}");
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    assert_eq!(invoice_state(&db, &inv).await.0, "paid");
    let bad = cli(&db, Some(&fake), NOW, &["payment", "retry", "--schedule", "5,3"]);
    assert_eq!(code(&bad), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hard_declines_are_never_retried() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, _) = stripe_fixture(&db, &fake, "pm_card_chargeDeclinedStolenCard").await;
    let out = collect(&db, Some(&fake), "2026-01-15", &[]);
    assert_eq!(code(&out), 6);
    let s = json(&out);
    assert_eq!(s["hard_declined"], 1, "{s}");
    assert_eq!(s["items"][0]["next_retry_on"], Value::Null);
    for d in ["2026-01-18", "2026-01-20", "2026-01-22", "2026-01-25", "2026-02-15"] {
        let s = ok_json(&retry(&db, Some(&fake), d, &[]), "retry");
        assert_eq!(s["attempted"], 0, "{d}: {s}");
    }
    // Collecting that invoice by name refuses the same card too.
    let s = json(&cli(&db, Some(&fake), NOW, &["payment", "collect", "--invoice", &inv, "--format", "json"]));
    assert_eq!(s["items"][0]["outcome"], "skipped", "{s}");
    assert_eq!(scalar(&db, "SELECT count(*) FROM payment_attempts").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rate_limit_holds() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    for i in 0..40 {
        let acct = account(&db, &format!("A{i}"));
        let (cus, pm) = fake.seed_customer_with_card("pm_card_visa");
        seed_card(&db, &acct, &cus, &pm).await;
        invoice(&db, &acct, 1000, "2026-01-29").await;
    }
    let before = fake.requests();
    let start = std::time::Instant::now();
    let s = ok_json(&collect(&db, Some(&fake), NOW, &["--rate", "20"]), "collect");
    let secs = start.elapsed().as_secs_f64();
    assert_eq!(s["succeeded"], 40);
    assert_eq!(fake.requests() - before, 40);
    // 40 requests at 20/s: the last leaves 39/20 = 1.95 s after the first.
    let rps = fake.requests_per_second_since(before);
    assert!(rps <= 20.0 * 1.05, "{rps} req/s");
    assert!(rps >= 20.0 * 0.8, "{rps} req/s");
    assert!(secs >= 1.9, "{secs}");
    assert_eq!(fake.served_429(), 0);
}

/// Stores a card attached at the fake directly (fast fixtures).
async fn seed_card(db: &TestDb, acct: &str, cus: &str, pm: &str) {
    sqlx::query("UPDATE accounts SET stripe_customer_id = $2 WHERE id = $1")
        .bind(acct)
        .bind(cus)
        .execute(&db.pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO payment_methods (id, account_id, gateway, gateway_pm_id, brand, last4, exp_month, exp_year, is_default, created_at)
         VALUES ('card_' || $2, $1, 'stripe', $2, 'visa', '4242', 12, 2034, TRUE, now())",
    )
    .bind(acct)
    .bind(pm)
    .execute(&db.pool)
    .await
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_breaker_stops_the_batch_and_a_later_run_charges_each_invoice_once() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let mut invoices = Vec::new();
    for i in 0..8 {
        let acct = account(&db, &format!("A{i}"));
        let (cus, pm) = fake.seed_customer_with_card("pm_card_visa");
        seed_card(&db, &acct, &cus, &pm).await;
        invoices.push((invoice(&db, &acct, 1000, "2026-01-29").await, cus));
    }
    fake.inject(Fault::ServerError, 1000);
    let out = collect(&db, Some(&fake), NOW, &["--breaker", "3", "--concurrency", "1"]);
    assert_eq!(code(&out), 6);
    let s = json(&out);
    assert_eq!(s["breaker_tripped"], true, "{s}");
    assert_eq!(s["errors"], 3);
    assert_eq!(s["not_attempted"], 5);
    assert!(String::from_utf8_lossy(&out.stderr).contains("circuit breaker tripped"));
    fake.clear_faults();
    let s = ok_json(&collect(&db, Some(&fake), NOW, &[]), "collect after the outage");
    assert_eq!(s["succeeded"], 8, "{s}");
    for (inv, cus) in &invoices {
        assert_eq!(fake.successful_charges_for_customer(cus), 1);
        assert_eq!(invoice_state(&db, inv).await.0, "paid");
    }
    // The three uncertain attempts were resent with their own keys, not new attempts.
    assert_eq!(scalar(&db, "SELECT count(*) FROM payment_attempts").await, 8);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_collects_charge_each_invoice_once() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    fake.set_latency(Duration::from_millis(30));
    let mut customers = Vec::new();
    for i in 0..12 {
        let acct = account(&db, &format!("A{i}"));
        let (cus, pm) = fake.seed_customer_with_card("pm_card_visa");
        seed_card(&db, &acct, &cus, &pm).await;
        invoice(&db, &acct, 1000, "2026-01-29").await;
        customers.push(cus);
    }
    let spawn = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_billctl"));
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &db.home)
            .env("BILLCTL_DATABASE_URL", &db.url)
            .env("BILLCTL_NOW", NOW)
            .env("STRIPE_SECRET_KEY", KEY)
            .env("STRIPE_API_BASE", &fake.base_url)
            .args(["payment", "collect", "--all", "--rate", "0", "--concurrency", "3", "--format", "json"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        c.spawn().unwrap()
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = tokio::task::block_in_place(|| (a.wait_with_output().unwrap(), b.wait_with_output().unwrap()));
    let (sa, sb) = (json(&a), json(&b));
    let paid = sa["succeeded"].as_i64().unwrap() + sb["succeeded"].as_i64().unwrap();
    assert_eq!(paid, 12, "{sa}\n{sb}");
    for cus in &customers {
        assert_eq!(fake.successful_charges_for_customer(cus), 1);
    }
    assert_eq!(scalar(&db, "SELECT count(*) FROM payments").await, 12);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refunds_full_and_partial_leave_the_invoice_paid() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, _) = stripe_fixture(&db, &fake, "pm_card_visa").await;
    ok_json(&collect(&db, Some(&fake), NOW, &[]), "collect");
    let pay = text(&db, &format!("SELECT id FROM payments WHERE invoice_id = '{inv}'")).await;
    let r = ok_json(
        &cli(
            &db,
            Some(&fake),
            NOW,
            &["payment", "refund", "--yes", &pay, "--amount", "5.00", "--reason", "goodwill", "--format", "json"],
        ),
        "partial refund",
    );
    assert_eq!(r["refund"]["amount"], 500);
    assert_eq!(r["payment"]["status"], "partially_refunded");
    assert_eq!(r["payment"]["gateway"], "stripe");
    let too_much = cli(&db, Some(&fake), NOW, &["payment", "refund", "--yes", &pay, "--amount", "15.01"]);
    assert_eq!(code(&too_much), 2);
    let r =
        ok_json(&cli(&db, Some(&fake), NOW, &["payment", "refund", "--yes", &pay, "--format", "json"]), "full refund");
    assert_eq!(r["refund"]["amount"], 1500);
    assert_eq!(r["payment"]["status"], "refunded");
    assert_eq!(r["payment"]["amount_refunded"], 2000);
    let again = cli(&db, Some(&fake), NOW, &["payment", "refund", "--yes", &pay]);
    assert_eq!(code(&again), 4);
    assert_eq!(invoice_state(&db, &inv).await, ("paid".into(), 2000, 0));
    let show = ok_json(&cli(&db, None, NOW, &["payment", "show", &pay, "--format", "json"]), "show");
    assert_eq!(show["refunds"].as_array().unwrap().len(), 2);
    assert_eq!(scalar(&db, "SELECT count(*) FROM refunds WHERE idempotency_key LIKE 'billctl-refund-%'").await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn external_payments_pay_in_part_then_in_full() {
    let db = test_db().await;
    let acct = account(&db, "Ada");
    let inv = invoice(&db, &acct, 10000, "2026-01-29").await;
    let r = ok_json(
        &cli(
            &db,
            None,
            NOW,
            &[
                "payment",
                "record",
                &inv,
                "--amount",
                "40",
                "--method",
                "wire",
                "--reference",
                "BANK 1",
                "--format",
                "json",
            ],
        ),
        "record",
    );
    assert_eq!(r["gateway"], "external");
    assert_eq!(r["invoice_status"], "open");
    assert_eq!(invoice_state(&db, &inv).await, ("open".into(), 4000, 6000));
    let over = cli(&db, None, NOW, &["payment", "record", &inv, "--amount", "60.01", "--method", "cash"]);
    assert_eq!(code(&over), 2);
    let bad = cli(&db, None, NOW, &["payment", "record", &inv, "--amount", "1", "--method", "bitcoin"]);
    assert_eq!(code(&bad), 2);
    ok_json(
        &cli(
            &db,
            None,
            NOW,
            &["payment", "record", "INV-T-0001", "--amount", "60", "--method", "check", "--format", "json"],
        ),
        "record rest",
    );
    assert_eq!(invoice_state(&db, &inv).await, ("paid".into(), 10000, 0));
    let closed = cli(&db, None, NOW, &["payment", "record", &inv, "--amount", "1", "--method", "cash"]);
    assert_eq!(code(&closed), 4);
    let refund = cli(&db, None, NOW, &["payment", "refund", "--yes", &text(&db, "SELECT min(id) FROM payments").await]);
    assert_eq!(code(&refund), 4, "external payments are not refunded through a gateway");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paying_the_last_overdue_invoice_unblocks_the_account() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let acct = account(&db, "Ada");
    add_card(&db, Some(&fake), &acct, "pm_card_visa");
    let first = invoice(&db, &acct, 1000, "2026-01-01").await;
    let second = invoice(&db, &acct, 2000, "2026-01-05").await;
    let out = cli(&db, None, NOW, &["account", "update", &acct, "--status", "blocked"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let status_sql = format!("SELECT status FROM accounts WHERE id = '{acct}'");
    let status = || text(&db, &status_sql);
    ok_json(
        &cli(&db, None, NOW, &["payment", "record", &first, "--amount", "10", "--method", "wire", "--format", "json"]),
        "record",
    );
    assert_eq!(status().await, "blocked", "one overdue invoice left");
    let s = ok_json(
        &cli(&db, Some(&fake), NOW, &["payment", "collect", "--invoice", &second, "--format", "json"]),
        "collect",
    );
    assert!(s["items"][0]["detail"].as_str().unwrap().contains("blocked → active"), "{s}");
    assert_eq!(status().await, "active");
    assert_eq!(
        scalar(
            &db,
            &format!("SELECT count(*) FROM audit_log WHERE action = 'account.unblock' AND entity_id = '{acct}'")
        )
        .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_reconciles_an_uncertain_attempt_and_is_idempotent() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (acct, inv, cus) = stripe_fixture(&db, &fake, "pm_card_visa").await;
    sqlx::query("UPDATE accounts SET status = 'blocked' WHERE id = $1").bind(&acct).execute(&db.pool).await.unwrap();
    sqlx::query("UPDATE invoices SET due_on = '2026-01-10' WHERE id = $1").bind(&inv).execute(&db.pool).await.unwrap();
    fake.inject(Fault::Delay(Duration::from_millis(2500)), 1);
    let out = collect(&db, Some(&fake), NOW, &[]);
    assert_eq!(json(&out)["uncertain"], 1);
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let s = ok_json(&cli(&db, Some(&fake), NOW, &["stripe", "sync", "--format", "json"]), "sync");
    assert_eq!(s["payments_reconciled"], 1, "{s}");
    assert!(s["events"].as_i64().unwrap() >= 3, "customer, card, charge: {s}");
    assert!(s["customers_matched"].as_i64().unwrap() >= 1, "{s}");
    assert_eq!(invoice_state(&db, &inv).await.0, "paid");
    assert_eq!(text(&db, &format!("SELECT status FROM accounts WHERE id = '{acct}'")).await, "active");
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    let again = ok_json(&cli(&db, Some(&fake), NOW, &["stripe", "sync", "--format", "json"]), "sync again");
    assert_eq!(again["events"], 0);
    assert_eq!(again["payments_reconciled"], 0);
    assert_eq!(payments_of(&db, &inv).await, 1);
    assert!(!text(&db, "SELECT cursor FROM gateway_cursors WHERE gateway = 'stripe'").await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn verify_webhook_says_valid_or_invalid() {
    let db = test_db().await;
    let dir = tempfile::tempdir().unwrap();
    let payload = dir.path().join("event.json");
    std::fs::write(&payload, br#"{"id":"evt_1","type":"payment_intent.succeeded"}"#).unwrap();
    let now = chrono::DateTime::parse_from_rfc3339(NOW).unwrap().timestamp();
    let header = format!(
        "Stripe-Signature: {}",
        billctl::gateway::webhook_sig::sign(&std::fs::read(&payload).unwrap(), "whsec_test", now - 10)
    );
    let p = payload.to_str().unwrap();
    let run = |secret: &str, header: &str, extra: &[&str]| {
        let mut args = vec!["stripe", "verify-webhook", "--secret", secret, "--header", header, "--payload", p];
        args.extend_from_slice(extra);
        cli(&db, None, NOW, &args)
    };
    let ok = run("whsec_test", &header, &[]);
    assert_eq!(code(&ok), 0);
    assert_eq!(String::from_utf8_lossy(&ok.stdout).trim(), "valid");
    let wrong = run("whsec_other", &header, &[]);
    assert_eq!(code(&wrong), 1);
    assert!(String::from_utf8_lossy(&wrong.stdout).starts_with("invalid"));
    let old = run("whsec_test", &header, &["--tolerance", "5"]);
    assert_eq!(code(&old), 1);
    std::fs::write(&payload, br#"{"id":"evt_1","type":"payment_intent.succeeded","x":1}"#).unwrap();
    assert_eq!(code(&run("whsec_test", &header, &[])), 1, "tampered payload");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refund_dry_run_checks_the_amount_and_sends_nothing() {
    let db = test_db().await;
    let acct = account(&db, "Ada");
    add_card(&db, None, &acct, "pm_card_visa");
    invoice(&db, &acct, 1999, "2026-01-29").await;
    ok_json(&collect(&db, None, NOW, &[]), "collect");
    let pay = text(&db, "SELECT min(id) FROM payments").await;
    let too_much = cli(&db, None, NOW, &["payment", "refund", &pay, "--amount", "100000", "--dry-run"]);
    assert_eq!(too_much.status.code(), Some(2), "{}", String::from_utf8_lossy(&too_much.stderr));
    let dry = cli(&db, None, NOW, &["payment", "refund", &pay, "--dry-run", "--format", "json"]);
    assert!(dry.status.success(), "{}", String::from_utf8_lossy(&dry.stderr));
    let v: Value = serde_json::from_slice(&dry.stdout).unwrap();
    assert_eq!(v["refund"]["amount"], 1999, "all that is left, by default");
    let refunds = text(&db, "SELECT count(*)::text FROM refunds").await;
    assert_eq!(refunds, "0", "a dry run sends and writes no refund");
    let unconfirmed = cli(&db, None, NOW, &["payment", "refund", &pay]);
    assert_eq!(unconfirmed.status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// Why an invoice is unpaid: its charge attempts

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declined_invoice_shows_its_attempts_everywhere_a_support_rep_looks() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (acct, inv, _) = stripe_fixture(&db, &fake, "pm_card_chargeDeclinedInsufficientFunds").await;
    assert_eq!(code(&collect(&db, Some(&fake), "2026-01-15", &[])), 6);
    let number = text(&db, &format!("SELECT number FROM invoices WHERE id = '{inv}'")).await;

    let rows = ok_json(
        &cli(&db, None, NOW, &["payment", "attempts", "--invoice", &number, "--format", "json"]),
        "payment attempts",
    );
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    let a = &rows[0];
    assert_eq!(a["status"], "failed");
    assert_eq!(a["decline_code"], "insufficient_funds");
    assert_eq!(a["next_retry_on"], "2026-01-18");
    assert_eq!(a["invoice_number"], number.as_str());
    assert!(a["card_last4"].as_str().is_some_and(|l| l.len() == 4), "{a}");

    let by_account = ok_json(
        &cli(&db, None, NOW, &["payment", "attempts", "--account", &acct, "--status", "failed", "--format", "json"]),
        "by account",
    );
    assert_eq!(by_account.as_array().unwrap().len(), 1);
    let succeeded = ok_json(
        &cli(&db, None, NOW, &["payment", "attempts", "--status", "succeeded", "--format", "json"]),
        "succeeded",
    );
    assert_eq!(succeeded, serde_json::json!([]));
    let csv = cli(&db, None, NOW, &["payment", "attempts", "--format", "csv"]);
    assert!(String::from_utf8_lossy(&csv.stdout).contains("insufficient_funds"));
    assert_eq!(code(&cli(&db, None, NOW, &["payment", "attempts", "--status", "declined"])), 2);

    // `payment list --status failed` lists the failed attempt; `--invoice` points to the attempts.
    let failed =
        ok_json(&cli(&db, None, NOW, &["payment", "list", "--status", "failed", "--format", "json"]), "list failed");
    assert_eq!(failed.as_array().unwrap().len(), 1, "{failed}");
    assert_eq!(failed[0]["decline_code"], "insufficient_funds");
    let by_invoice = cli(&db, None, NOW, &["payment", "list", "--invoice", &number]);
    assert!(by_invoice.status.success());
    let err = String::from_utf8_lossy(&by_invoice.stderr);
    assert!(err.contains("1 charge attempt(s)") && err.contains("payment attempts --invoice"), "{err}");

    // `invoice show` lists each attempt, in JSON and in the table.
    let shown = ok_json(&cli(&db, None, NOW, &["invoice", "show", &inv, "--format", "json"]), "invoice show");
    assert_eq!(shown["payment_attempts"][0]["decline_code"], "insufficient_funds", "{shown}");
    assert_eq!(shown["payment_attempts"][0]["next_retry_on"], "2026-01-18");
    let table = cli(&db, None, NOW, &["invoice", "show", &inv]);
    let out = String::from_utf8_lossy(&table.stdout);
    assert!(out.contains("insufficient_funds") && out.contains("2026-01-18") && out.contains("••••"), "{out}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_stored_payment_or_attempt_status_is_an_internal_error() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, _) = stripe_fixture(&db, &fake, "pm_card_chargeDeclinedInsufficientFunds").await;
    collect(&db, Some(&fake), "2026-01-15", &[]);
    for sql in [
        "ALTER TABLE payment_attempts DROP CONSTRAINT payment_attempts_status_check",
        "UPDATE payment_attempts SET status = 'bogus'",
    ] {
        sqlx::query(sql).execute(&db.pool).await.unwrap();
    }
    let out = cli(&db, None, NOW, &["payment", "attempts"]);
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("'bogus'"), "{}", String::from_utf8_lossy(&out.stderr));
    let shown = cli(&db, None, NOW, &["invoice", "show", &inv]);
    assert_eq!(code(&shown), 1);

    sqlx::query("ALTER TABLE payments DROP CONSTRAINT payments_status_check").execute(&db.pool).await.unwrap();
    let acct: String = text(&db, &format!("SELECT account_id FROM invoices WHERE id = '{inv}'")).await;
    sqlx::query(
        "INSERT INTO payments (id, account_id, invoice_id, method, status, amount, amount_refunded, currency, created_at)
         VALUES ('pay_01JBOGUS0000000000000000', $1, $2, 'wire', 'lost', 100, 0, 'USD', now())",
    )
    .bind(&acct)
    .bind(&inv)
    .execute(&db.pool)
    .await
    .unwrap();
    let out = cli(&db, None, NOW, &["payment", "list"]);
    assert_eq!(code(&out), 1, "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("'lost'"));
}

// ---------------------------------------------------------------------------------------------
// Live money is marked

const LIVE_KEY: &str = "sk_live_fake";

fn live(db: &TestDb, fake: &FakeStripe, args: &[&str]) -> Output {
    let mut c = db.cmd();
    c.env("BILLCTL_NOW", "2026-01-15").env("BILLCTL_STRIPE_TIMEOUT", "1");
    c.env("STRIPE_SECRET_KEY", LIVE_KEY).env("STRIPE_API_BASE", &fake.base_url).args(args);
    tokio::task::block_in_place(|| c.output().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_live_key_is_marked_and_batch_charges_need_yes_in_scripts() {
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    let (_, inv, cus) = stripe_fixture(&db, &fake, "pm_card_visa").await;

    let refused = live(&db, &fake, &["payment", "collect", "--all"]);
    assert_eq!(code(&refused), 2);
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("LIVE") && err.contains("--yes"), "{err}");
    assert_eq!(scalar(&db, "SELECT count(*) FROM payment_attempts").await, 0);
    assert_eq!(code(&live(&db, &fake, &["payment", "retry"])), 2);

    // A dry run charges nothing and needs no confirmation; a test key is not marked.
    let dry = live(&db, &fake, &["payment", "collect", "--all", "--dry-run"]);
    assert_eq!(code(&dry), 0, "{}", String::from_utf8_lossy(&dry.stderr));
    assert!(String::from_utf8_lossy(&dry.stderr).contains("LIVE"));
    let test_key = collect(&db, Some(&fake), "2026-01-15", &["--dry-run"]);
    assert!(!String::from_utf8_lossy(&test_key.stderr).contains("LIVE"));

    let ok = live(&db, &fake, &["payment", "collect", "--all", "--yes", "--format", "json"]);
    assert_eq!(code(&ok), 0, "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stderr).contains("LIVE"));
    assert_eq!(json(&ok)["succeeded"], 1);
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
    assert_eq!(invoice_state(&db, &inv).await.0, "paid");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quiet_cron_runs_say_nothing_when_all_went_well_and_the_summary_when_not() {
    let db = test_db().await;
    let good = account(&db, "Ada");
    add_card(&db, None, &good, "pm_card_visa");
    invoice(&db, &good, 1999, "2026-01-29").await;
    let quiet = cli(&db, None, NOW, &["payment", "collect", "--all", "--quiet"]);
    assert_eq!(code(&quiet), 0, "{}", String::from_utf8_lossy(&quiet.stderr));
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty(), "{quiet:?}");
    let run = cli(&db, None, NOW, &["invoice", "run", "--quiet"]);
    assert_eq!(code(&run), 0);
    assert!(run.stdout.is_empty() && run.stderr.is_empty(), "{run:?}");

    let bad = account(&db, "Bea");
    add_card(&db, None, &bad, "pm_card_chargeDeclinedInsufficientFunds");
    invoice(&db, &bad, 500, "2026-01-29").await;
    let failed = cli(&db, None, NOW, &["payment", "collect", "--all", "--quiet"]);
    assert_eq!(code(&failed), 6);
    assert!(!failed.stdout.is_empty(), "the summary is shown when something failed");
    assert!(String::from_utf8_lossy(&failed.stderr).contains("could not be charged"));
}
