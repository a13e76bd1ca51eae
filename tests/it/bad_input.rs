//! Input that does not fit is refused at the door: exit 2, the field and the limit named, nothing
//! written, never a raw database error. Dates that would backfill many periods (and long trials)
//! need a confirmation.

use std::process::Output;

use crate::fixtures::{account, count, plan, record};
use crate::harness::{TestDb, at, test_db};

fn run(db: &TestDb, args: &[&str]) -> Output {
    db.cmd().args(args).output().unwrap()
}

/// Asserts exit 2 and that stderr names every one of `needles`; returns stderr.
fn refused(out: &Output, needles: &[&str]) -> String {
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(2), "{err}");
    for n in needles {
        assert!(err.contains(n), "{n:?} not in: {err}");
    }
    assert!(!err.contains("database") && !err.contains("SQLSTATE") && !err.contains("violates"), "raw: {err}");
    err
}

#[tokio::test]
async fn amounts_above_the_limit_and_scientific_notation_are_refused_with_the_field_named() {
    let db = test_db().await;
    let a = account(&db, "USD", &[]);
    let out = run(&db, &["credit", "grant", "--account", &a, "--amount", "92233720368547758.07", "--reason", "x"]);
    refused(&out, &["invalid amount", "more than the limit of 9999999999999.99 USD"]);
    let out = run(&db, &["credit", "grant", "--account", &a, "--amount", "1e3", "--reason", "x"]);
    refused(&out, &["invalid amount", "scientific notation"]);
    let out = run(&db, &["charge", "add", "--account", &a, "--amount", "92233720368547758.07", "--description", "x"]);
    refused(&out, &["invalid amount", "limit"]);
    assert_eq!(count(&db, "credit_entries").await + count(&db, "pending_charges").await, 0);

    let out = run(&db, &["plan", "create", "--code", "p", "--name", "P", "--price", "USD:1e30"]);
    refused(&out, &["invalid price", "scientific notation"]);
    // Minor units beyond i64 were accepted and failed only at billing time.
    let out = run(&db, &["plan", "create", "--code", "p", "--name", "P", "--price", "USD:92233720368547758.08"]);
    refused(&out, &["invalid unit_amount", "more than the limit of 9999999999999.99 USD"]);
    let out =
        run(&db, &["plan", "create", "--code", "p", "--name", "P", "--metered", "calls:graduated:USD:1e3@0,inf@1"]);
    refused(&out, &["invalid metered", "scientific notation"]);
    let out = run(
        &db,
        &["plan", "create", "--code", "p", "--name", "P", "--metered", "calls:graduated:USD:inf@99999999999999999"],
    );
    refused(&out, &["invalid tiers", "limit"]);
    assert_eq!(count(&db, "plans").await, 0);
}

#[tokio::test]
async fn quantities_beyond_32_bits_and_unbillable_seat_totals_are_refused() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "seat", "--name", "Seat", "--seat-price", "USD:10"]);
    db.json(&["plan", "create", "--code", "big", "--name", "Big", "--seat-price", "USD:1000000"]);
    let a = account(&db, "USD", &[]);
    for q in ["3000000000", "2147483648", "9223372036854775808", "1e3"] {
        let out = run(&db, &["subscription", "create", "--account", &a, "--plan", "seat", "--quantity", q]);
        let e = refused(&out, &["--quantity"]);
        assert!(e.contains("2147483647") || e.contains("scientific notation"), "{q}: {e}");
    }
    // 2,000,000,000 seats × 1,000,000.00 cannot be billed.
    let out = run(&db, &["subscription", "create", "--account", &a, "--plan", "big", "--quantity", "2000000000"]);
    refused(&out, &["invalid quantity", "limit of 9999999999999.99 USD"]);
    assert_eq!(count(&db, "subscriptions").await, 0);
    let s = db.json(&["subscription", "create", "--account", &a, "--plan", "seat"])["id"].as_str().unwrap().to_string();
    let out = run(&db, &["subscription", "change", &s, "--quantity", "4294967295"]);
    refused(&out, &["--quantity", "2147483647"]);
    assert_eq!(count(&db, "subscription_history").await, 1, "only the creation");
}

#[tokio::test]
async fn a_credit_grant_that_would_overflow_the_balance_is_refused() {
    let db = test_db().await;
    let a = account(&db, "JPY", &[]);
    db.json(&["credit", "grant", "--account", &a, "--amount", "999999999999999", "--reason", "max"]);
    let out = run(&db, &["credit", "grant", "--account", &a, "--amount", "1", "--reason", "one more"]);
    refused(&out, &["invalid amount", "credit balance", "limit of 999999999999999 JPY"]);
    assert_eq!(count(&db, "credit_entries").await, 1);
}

#[tokio::test]
async fn usage_that_could_never_be_billed_is_refused_at_the_door() {
    let db = test_db().await;
    plan(&db, "api", &["--price", "USD:5", "--metered", "calls:graduated:USD:inf@1000"]);
    let a = account(&db, "USD", &[]);
    let s = db.json(&["subscription", "create", "--account", &a, "--plan", "api"])["id"].as_str().unwrap().to_string();
    let rec = |q: &str, key: &str| run(&db, &record(&s, "calls", q, "2026-01-15T10:00:00Z", key));
    refused(&rec("1e3", "k0"), &["invalid quantity", "scientific notation"]);
    refused(&rec("9223372036854775808", "k1"), &["invalid quantity", "10^18"]);
    // 10,000,000,000,000 calls × 1,000.00 is far more than one invoice can bill.
    refused(&rec("10000000000000", "k2"), &["invalid quantity", "limit of 9999999999999.99 USD"]);
    // Each event alone fits; together they would not.
    let ok = db.json(&record(&s, "calls", "9000000000", "2026-01-15T10:00:00Z", "k3"));
    assert_eq!(ok["outcome"], "recorded");
    refused(&rec("1000000000", "k4"), &["invalid quantity", "unbilled usage"]);
    assert_eq!(count(&db, "usage_events").await, 1);
    // The account can still be billed: its recurring charge and the usage that fits.
    at(&db, "2026-02-15", &["invoice", "run"]);
    let total: i64 = sqlx::query_scalar("SELECT total FROM invoices WHERE period_start = '2026-02-15'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(total, 500 + 9_000_000_000 * 100_000);
}

#[tokio::test]
async fn a_nul_byte_in_a_csv_field_names_the_line_and_the_column() {
    let db = test_db().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("accounts.csv");
    std::fs::write(&file, b"name,email,currency\nAda,ada@example.com,EUR\nBo\0b,bob@example.com,EUR\n").unwrap();
    let out = run(&db, &["account", "import", file.to_str().unwrap()]);
    refused(&out, &["line 3: name: contains a NUL byte", "nothing was imported"]);
    assert_eq!(count(&db, "accounts").await, 0);

    db.json(&["plan", "create", "--code", "api", "--name", "API", "--metered", "calls:graduated:USD:inf@0.01"]);
    let a = account(&db, "USD", &[]);
    let s = db.json(&["subscription", "create", "--account", &a, "--plan", "api"])["id"].as_str().unwrap().to_string();
    let usage = dir.path().join("usage.csv");
    let body = format!(
        "subscription,metric,quantity,occurred_at,key\n{s},calls,5,2026-01-15T10:00:00Z,a\n{s},calls,5,2026-01-15T10:00:00Z,b\0\n"
    );
    std::fs::write(&usage, body).unwrap();
    let out = run(&db, &["usage", "import", usage.to_str().unwrap()]);
    refused(&out, &["line 3: key: contains a NUL byte"]);
    assert_eq!(count(&db, "usage_events").await, 0);
}

#[tokio::test]
async fn a_start_long_ago_or_a_long_trial_needs_confirmation_and_says_how_many_periods_it_bills() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "m", "--name", "M", "--price", "EUR:10"]);
    let a = account(&db, "EUR", &[]);
    // Today is 2026-01-15 (the harness clock): January 1900 to January 2026 is 1513 months.
    let out = run(&db, &["subscription", "create", "--account", &a, "--plan", "m", "--start", "1900-01-01"]);
    refused(&out, &["--start 1900-01-01", "bills 1513 period(s)", "--yes"]);
    let out = run(&db, &["subscription", "create", "--account", &a, "--plan", "m", "--trial-days", "400"]);
    refused(&out, &["trial of 400 days", "maximum of 365 days", "--yes"]);
    assert_eq!(count(&db, "subscriptions").await, 0);
    // Within one period back, no question; --yes confirms the rest.
    db.json(&["subscription", "create", "--account", &a, "--plan", "m", "--start", "2025-12-20"]);
    db.json(&["subscription", "create", "--account", &a, "--plan", "m", "--trial-days", "400", "--yes"]);
    let old = db.json(&["subscription", "create", "--account", &a, "--plan", "m", "--start", "2025-06-01", "--yes"]);
    assert_eq!(old["start_date"], "2025-06-01");
    let out = db
        .cmd()
        .env("BILLCTL_MAX_TRIAL_DAYS", "500")
        .args(["subscription", "create", "--account", &a, "--plan", "m", "--trial-days", "400"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(count(&db, "subscriptions").await, 4);

    // Usage dated more than one period back needs confirmation too.
    db.json(&["plan", "create", "--code", "api", "--name", "API", "--metered", "calls:graduated:EUR:inf@0.01"]);
    let s =
        db.json(&["subscription", "create", "--account", &a, "--plan", "api", "--start", "2025-10-01", "--yes"])["id"]
            .as_str()
            .unwrap()
            .to_string();
    let args = record(&s, "calls", "5", "2025-10-05T10:00:00Z", "old");
    refused(&run(&db, &args), &["usage dated 2025-10-05", "more than one billing period", "--yes"]);
    assert_eq!(count(&db, "usage_events").await, 0);
    let mut yes = args.to_vec();
    yes.push("--yes");
    assert!(run(&db, &yes).status.success());
    assert_eq!(count(&db, "usage_events").await, 1);
}
