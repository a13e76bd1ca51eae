//! Benchmark (ignored; run by scripts/bench_payment_retry.sh): `billctl payment retry` over N due
//! invoices (default 10 000, `BENCH_N`) against the fake Stripe with 20 ms latency.
//!
//! 1. Throughput at the configured concurrency with no client-side limit (`--rate 0`).
//! 2. The 100 requests/s limit (`--rate 100`, what a live key gets by default): the observed rate at
//!    the fake must be within 5 % of 100 with zero 429s.

use std::time::{Duration, Instant};

use crate::fake_stripe::FakeStripe;
use crate::harness::{TestDb, test_db};

const TODAY: &str = "2026-01-18";

/// N accounts, each with a Visa at the fake, an open invoice and a declined first attempt whose
/// retry is due today.
async fn seed(db: &TestDb, fake: &FakeStripe, n: usize) {
    let (mut accts, mut cus, mut pms) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..n {
        let (c, p) = fake.seed_customer_with_card("pm_card_visa");
        accts.push(format!("acct_bench{i:06}"));
        cus.push(c);
        pms.push(p);
    }
    let q = |sql: &'static str| sqlx::query(sql);
    q("INSERT INTO accounts (id, name, email, currency, stripe_customer_id, created_at, updated_at)
       SELECT a, 'Bench ' || a, a || '@example.com', 'USD', c, now(), now() FROM unnest($1::text[], $2::text[]) AS t(a, c)")
    .bind(&accts)
    .bind(&cus)
    .execute(&db.pool)
    .await
    .unwrap();
    q("INSERT INTO payment_methods (id, account_id, gateway, gateway_pm_id, brand, last4, exp_month, exp_year, is_default, created_at)
       SELECT 'card_' || p, a, 'stripe', p, 'visa', '4242', 12, 2034, TRUE, now() FROM unnest($1::text[], $2::text[]) AS t(a, p)")
    .bind(&accts)
    .bind(&pms)
    .execute(&db.pool)
    .await
    .unwrap();
    q("INSERT INTO invoices (id, account_id, number, status, kind, currency, subtotal, total, amount_due, issued_on, due_on, created_at)
       SELECT 'inv_' || a, a, 'INV-B-' || a, 'open', 'manual', 'USD', 1999, 1999, 1999, '2026-01-01', '2026-01-14', now()
       FROM unnest($1::text[]) AS t(a)")
    .bind(&accts)
    .execute(&db.pool)
    .await
    .unwrap();
    q("INSERT INTO payment_attempts (id, account_id, invoice_id, attempt_no, idempotency_key, status, amount, currency, gateway,
         decline_code, started_at, finished_at, next_retry_on, customer_id, payment_method_id, kind)
       SELECT 'att_' || a, a, 'inv_' || a, 1, 'billctl-inv_' || a || '-1', 'failed', 1999, 'USD', 'stripe',
         'insufficient_funds', '2026-01-15', '2026-01-15', $4::date, c, p, 'collect'
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(a, c, p)")
    .bind(&accts)
    .bind(&cus)
    .bind(&pms)
    .bind(TODAY)
    .execute(&db.pool)
    .await
    .unwrap();
    q("INSERT INTO invoice_dunning (invoice_id, account_id, first_failed_on) SELECT 'inv_' || a, a, '2026-01-15' FROM unnest($1::text[]) AS t(a)")
        .bind(&accts)
        .execute(&db.pool)
        .await
        .unwrap();
}

fn retry(db: &TestDb, fake: &FakeStripe, args: &[&str]) -> serde_json::Value {
    let mut c = db.cmd();
    c.env("BILLCTL_NOW", TODAY)
        .env("STRIPE_SECRET_KEY", "sk_test_bench")
        .env("STRIPE_API_BASE", &fake.base_url)
        .args(["payment", "retry", "--format", "json"])
        .args(args);
    let out = tokio::task::block_in_place(|| c.output().unwrap());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: scripts/bench_payment_retry.sh"]
async fn bench_payment_retry() {
    let n: usize = std::env::var("BENCH_N").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    let concurrency = std::env::var("BENCH_CONCURRENCY").unwrap_or_else(|_| "8".into());
    println!("payment retry over {n} due invoices, fake Stripe latency 20 ms, concurrency {concurrency}");

    // 1. Throughput, no client-side limit.
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    seed(&db, &fake, n).await;
    fake.set_latency(Duration::from_millis(20));
    let t = Instant::now();
    let s = retry(&db, &fake, &["--rate", "0", "--concurrency", &concurrency]);
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(s["succeeded"].as_u64().unwrap() as usize, n, "{}", s["items"][0]);
    println!(
        "  unlimited: {n} charged in {secs:.1} s = {:.0} invoices/s (billctl's own timer {:.1} s); fake saw {:.0} req/s, max {} in flight, {} 429s",
        n as f64 / secs,
        s["elapsed_secs"].as_f64().unwrap(),
        fake.requests_per_second_since(0),
        fake.max_concurrent(),
        fake.served_429()
    );

    // 2. The 100 req/s limit.
    let db = test_db().await;
    let fake = FakeStripe::start().await;
    seed(&db, &fake, n).await;
    fake.set_latency(Duration::from_millis(20));
    let t = Instant::now();
    let s = retry(&db, &fake, &["--rate", "100", "--concurrency", &concurrency]);
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(s["succeeded"].as_u64().unwrap() as usize, n);
    let rps = fake.requests_per_second_since(0);
    println!(
        "  --rate 100: {n} charged in {secs:.1} s; fake saw {} requests at {rps:.2} req/s ({:+.2} % of 100), max {} in flight, {} 429s",
        fake.requests(),
        (rps - 100.0),
        fake.max_concurrent(),
        fake.served_429()
    );
    assert!((rps - 100.0).abs() <= 5.0, "{rps} req/s is not within 5 % of 100");
    assert_eq!(fake.served_429(), 0);
}
