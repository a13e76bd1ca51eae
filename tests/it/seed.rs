//! `billctl seed` against a real database: determinism, idempotency, consistency, usage errors.

use predicates::prelude::*;

use crate::fixtures::scalar;
use crate::harness::{TestDb, test_db};

/// Every row of `table` as JSON text, sorted by `order`.
async fn dump(db: &TestDb, table: &str, order: &str) -> Vec<String> {
    let sql = format!("SELECT row_to_json(t)::text FROM {table} t ORDER BY {order}");
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql)).fetch_all(&db.pool).await.unwrap()
}

const TABLES: [(&str, &str); 8] = [
    ("plans", "id"),
    ("plan_versions", "id"),
    ("plan_prices", "id"),
    ("price_tiers", "price_id, position"),
    ("accounts", "id"),
    ("subscriptions", "id"),
    ("subscription_history", "id"),
    ("usage_events", "id"),
];

#[tokio::test]
async fn the_same_accounts_and_seed_give_identical_rows_in_fresh_databases() {
    let (a, b) = (test_db().await, test_db().await);
    let args = ["seed", "--accounts", "300", "--seed", "7", "--usage-events", "2", "--batch-size", "64"];
    a.json(&args);
    // A different batch size must not change the data.
    b.json(&["seed", "--accounts", "300", "--seed", "7", "--usage-events", "2", "--batch-size", "1000"]);
    for (table, order) in TABLES {
        let (ra, rb) = (dump(&a, table, order).await, dump(&b, table, order).await);
        assert!(!ra.is_empty(), "{table} is empty");
        assert_eq!(ra, rb, "{table} differs");
    }
    let other = test_db().await;
    other.json(&["seed", "--accounts", "300", "--seed", "8", "--usage-events", "2"]);
    assert_ne!(dump(&a, "accounts", "id").await, dump(&other, "accounts", "id").await);
    // The catalog does not depend on the seed.
    assert_eq!(dump(&a, "plan_prices", "id").await, dump(&other, "plan_prices", "id").await);
}

#[tokio::test]
async fn seeding_twice_adds_nothing_and_a_larger_n_adds_only_the_missing_accounts() {
    let db = test_db().await;
    let first = db.json(&["seed", "--accounts", "50", "--seed", "3"]);
    assert_eq!(first["written"]["accounts"], 50);
    assert_eq!(first["written"]["subscriptions"], 50);
    assert_eq!(first["written"]["subscription_history"], 50);
    assert_eq!(first["plans_created"], 5);
    let before: Vec<Vec<String>> = {
        let mut v = Vec::new();
        for (table, order) in TABLES {
            v.push(dump(&db, table, order).await);
        }
        v
    };

    let again = db.json(&["seed", "--accounts", "50", "--seed", "3"]);
    assert_eq!(again["written"]["accounts"], 0);
    assert_eq!(again["accounts_existing"], 50);
    assert_eq!(again["plans_created"], 0);
    assert_eq!(again["plans_reused"], 5);
    for ((table, order), rows) in TABLES.into_iter().zip(&before) {
        assert_eq!(&dump(&db, table, order).await, rows, "{table} changed");
    }
    db.cmd()
        .args(["seed", "--accounts", "50", "--seed", "3"])
        .assert()
        .success()
        .stderr(predicate::str::contains("50 of 50 accounts of seed 3 already existed; nothing to add"));

    let more = db.json(&["seed", "--accounts", "80", "--seed", "3"]);
    assert_eq!(more["written"]["accounts"], 30);
    assert_eq!(more["accounts_existing"], 50);
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 80);
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscriptions").await, 80);
    // The first 50 are unchanged, and the 30 new ones are those a fresh 80-account seed would make.
    let fresh = test_db().await;
    fresh.json(&["seed", "--accounts", "80", "--seed", "3"]);
    assert_eq!(dump(&db, "subscriptions", "id").await, dump(&fresh, "subscriptions", "id").await);

    // Another seed shares the catalog and adds its own accounts.
    db.json(&["seed", "--accounts", "10", "--seed", "4"]);
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 90);
    assert_eq!(scalar(&db, "SELECT count(*) FROM plans").await, 5);
    // Runs that wrote something are audited once each; the no-op runs are not.
    let audits = dump(&db, "(SELECT entity_id, after FROM audit_log WHERE action = 'seed.run') ", "1").await;
    assert_eq!(audits.len(), 3, "{audits:?}");
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_log").await, 3);
    let after: serde_json::Value = sqlx::query_scalar(
        "SELECT after FROM audit_log WHERE action = 'seed.run' AND entity_type = 'seed' AND entity_id = 'seed-4'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(after["written"]["accounts"], 10);
}

#[tokio::test]
async fn counts_currencies_and_prices_are_consistent() {
    let db = test_db().await;
    let s = db.json(&["seed", "--accounts", "600", "--seed", "11"]);
    assert_eq!(s["written"]["accounts"], 600);
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts WHERE external_id LIKE 'seed-11-%'").await, 600);
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscriptions").await, 600);
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscription_history WHERE event = 'created'").await, 600);
    assert_eq!(scalar(&db, "SELECT count(DISTINCT account_id) FROM subscriptions").await, 600);
    // Every reference resolves (the foreign-key triggers may have been skipped as a superuser).
    for orphans in [
        "SELECT count(*) FROM subscriptions s LEFT JOIN accounts a ON a.id = s.account_id WHERE a.id IS NULL",
        "SELECT count(*) FROM subscriptions s LEFT JOIN plan_versions v ON v.id = s.plan_version_id WHERE v.id IS NULL",
        "SELECT count(*) FROM subscription_history h LEFT JOIN subscriptions s ON s.id = h.subscription_id
         WHERE s.id IS NULL",
    ] {
        assert_eq!(scalar(&db, orphans).await, 0, "{orphans}");
    }
    // History ids came from the sequence as one block; later inserts continue after it.
    assert_eq!(scalar(&db, "SELECT max(id) - min(id) + 1 FROM subscription_history").await, 600);
    assert_eq!(scalar(&db, "SELECT nextval(pg_get_serial_sequence('subscription_history', 'id'))").await, 601);
    // A mix of currencies, time zones and plans.
    assert_eq!(scalar(&db, "SELECT count(DISTINCT currency) FROM accounts").await, 5);
    assert!(scalar(&db, "SELECT count(DISTINCT timezone) FROM accounts").await >= 8);
    assert_eq!(scalar(&db, "SELECT count(DISTINCT plan_version_id) FROM subscriptions").await, 5);
    // Subscriptions bill in the account's currency, and their plan version has a price in it.
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM subscriptions s JOIN accounts a ON a.id = s.account_id WHERE s.currency <> a.currency"
        )
        .await,
        0
    );
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM subscriptions s WHERE NOT EXISTS (SELECT 1 FROM plan_prices p
               WHERE p.plan_version_id = s.plan_version_id AND p.currency = s.currency AND p.kind IN ('flat', 'per_seat'))"
        )
        .await,
        0
    );
    // Every seed plan is priced in all five currencies; JPY in whole yen, KWD in at most 3 decimals.
    assert_eq!(scalar(&db, "SELECT count(*) FROM plan_prices WHERE kind IN ('flat', 'per_seat')").await, 25);
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM plan_prices WHERE currency = 'JPY' AND unit_amount <> trunc(unit_amount)")
            .await,
        0
    );
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM plan_prices WHERE currency = 'KWD' AND unit_amount <> round(unit_amount, 3)")
            .await,
        0
    );
    // seed-api: a metered api_calls price with three graduated tiers per currency, sub-cent prices.
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM plan_prices WHERE kind = 'metered' AND metric = 'api_calls' AND tier_mode = 'graduated'")
            .await,
        5
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM price_tiers").await, 15);
    assert_eq!(scalar(&db, "SELECT count(*) FROM price_tiers WHERE up_to IS NULL AND unit_price = 0.001").await, 3);
    // Quantities: 1 except per seat, which ranges over 1..=50.
    let team = "SELECT s.quantity FROM subscriptions s JOIN plan_versions v ON v.id = s.plan_version_id
                JOIN plans p ON p.id = v.plan_id WHERE p.code = 'seed-team'";
    assert!(scalar(&db, &format!("SELECT max(quantity)::bigint FROM ({team}) q")).await > 1);
    assert!(scalar(&db, &format!("SELECT max(quantity)::bigint FROM ({team}) q")).await <= 50);
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM subscriptions s JOIN plan_versions v ON v.id = s.plan_version_id
                    JOIN plans p ON p.id = v.plan_id WHERE p.code <> 'seed-team' AND s.quantity <> 1"
        )
        .await,
        0
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts WHERE id NOT LIKE 'acct\\_%'").await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscriptions WHERE created_at <> '2026-01-15T12:00:00Z'").await, 0);
}

#[tokio::test]
async fn trialing_subscriptions_bill_when_the_trial_ends_and_the_others_are_due_today() {
    let db = test_db().await;
    db.json(&["seed", "--accounts", "400", "--seed", "5"]);
    assert!(scalar(&db, "SELECT count(*) FROM subscriptions WHERE status = 'trialing'").await > 0);
    // Trialing: trial [start, trial_end) is the period in force; the first bill is on trial_end.
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM subscriptions WHERE status = 'trialing' AND NOT (
               trial_end = start_date + 14 AND anchor_date = trial_end AND next_bill_date = trial_end
               AND current_period_start = start_date AND current_period_end = trial_end)"
        )
        .await,
        0
    );
    // Active: nothing billed yet, the first period starts on the start date.
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM subscriptions s JOIN plan_versions v ON v.id = s.plan_version_id
             WHERE s.status = 'active' AND NOT (
               s.trial_end IS NULL AND s.anchor_date = s.start_date AND s.next_bill_date = s.anchor_date
               AND s.current_period_start = s.anchor_date
               AND s.current_period_end = (s.anchor_date + make_interval(
                     months => CASE v.interval_unit WHEN 'month' THEN v.interval_count ELSE 0 END,
                     years  => CASE v.interval_unit WHEN 'year' THEN v.interval_count ELSE 0 END))::date)"
        )
        .await,
        0
    );
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscriptions WHERE status NOT IN ('active', 'trialing')").await, 0);
    // The default start date (clock 2026-01-15): starts 2026-01-08..14, so every active one is due.
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM subscriptions WHERE status = 'active' AND next_bill_date > '2026-01-14'")
            .await,
        0
    );
    assert_eq!(scalar(&db, "SELECT (min(start_date) - '2026-01-08'::date)::bigint FROM subscriptions").await, 0);
    // History: one 'created' row per subscription, effective on its start date.
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM subscriptions s JOIN subscription_history h ON h.subscription_id = s.id
             WHERE h.event = 'created' AND h.effective_date = s.start_date AND h.to_status = s.status
               AND h.plan_version_id = s.plan_version_id AND h.quantity = s.quantity AND h.account_id = s.account_id"
        )
        .await,
        400
    );
}

#[tokio::test]
async fn usage_events_fall_in_the_current_period_of_metered_subscriptions() {
    let db = test_db().await;
    let s = db.json(&["seed", "--accounts", "200", "--seed", "9", "--usage-events", "3", "--start-date", "2026-01-01"]);
    let metered = scalar(
        &db,
        "SELECT count(*) FROM subscriptions s JOIN plan_versions v ON v.id = s.plan_version_id
         JOIN plans p ON p.id = v.plan_id WHERE p.code = 'seed-api'",
    )
    .await;
    assert!(metered > 0);
    assert_eq!(s["written"]["usage_events"], metered * 3);
    assert_eq!(scalar(&db, "SELECT count(*) FROM usage_events").await, metered * 3);
    assert_eq!(
        scalar(&db, "SELECT count(*) FROM usage_events WHERE idempotency_key !~ '^seed-9-[0-9]+-[0-2]$'").await,
        0
    );
    assert_eq!(
        scalar(
            &db,
            "SELECT count(*) FROM usage_events u JOIN subscriptions s ON s.id = u.subscription_id
             JOIN accounts a ON a.id = s.account_id
             WHERE u.metric <> 'api_calls' OR u.account_id <> s.account_id
                OR (u.occurred_at AT TIME ZONE a.timezone)::date < s.current_period_start
                OR (u.occurred_at AT TIME ZONE a.timezone)::date >= s.current_period_end
                OR u.occurred_at > '2026-01-15T12:00:00Z'"
        )
        .await,
        0
    );
    assert_eq!(scalar(&db, "SELECT (min(start_date) - '2026-01-01'::date)::bigint FROM subscriptions").await, 0);
}

#[tokio::test]
async fn bad_arguments_are_usage_errors_and_write_nothing() {
    let db = test_db().await;
    db.cmd()
        .args(["seed", "--accounts", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--accounts").and(predicate::str::contains("0 is not in 1..=")));
    db.cmd()
        .args(["seed", "--accounts", "5", "--start-date", "2026-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'2026-02-30' is not a date; write YYYY-MM-DD"));
    db.cmd().args(["seed"]).assert().code(2).stderr(predicate::str::contains("--accounts <N>"));
    db.cmd().args(["seed", "--accounts", "5", "--batch-size", "0"]).assert().code(2);
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM plans").await, 0);
}

#[tokio::test]
async fn a_fixture_file_loads_plans_accounts_and_subscriptions_once() {
    let db = crate::harness::test_db().await;
    let file = db.home.join("fixtures.json");
    std::fs::write(
        &file,
        r#"{
          "plans": [{"code": "pro", "name": "Pro", "interval": "month", "trial_days": 0,
                     "prices": [{"currency": "EUR", "kind": "flat", "unit_amount": "29.00"},
                                {"currency": "EUR", "kind": "per_seat", "unit_amount": "5"}]}],
          "accounts": [{"external_id": "ci-1", "name": "Ada", "email": "ada@example.com", "currency": "EUR",
                        "timezone": "Europe/Paris", "metadata": {"team": "ci"}},
                       {"external_id": "ci-2", "name": "Bob", "email": "bob@example.com", "currency": "EUR"}],
          "subscriptions": [{"external_id": "ci-sub-1", "account": "ci-1", "plan": "pro", "quantity": 3,
                             "start": "2026-01-01"}]
        }"#,
    )
    .unwrap();
    let first = db.json(&["seed", "--file", file.to_str().unwrap()]);
    assert_eq!(
        (first["plans_created"].as_u64(), first["accounts_created"].as_u64(), first["subscriptions_created"].as_u64()),
        (Some(1), Some(2), Some(1))
    );
    let second = db.json(&["seed", "--file", file.to_str().unwrap()]);
    assert_eq!(second["accounts_created"], 0);
    assert_eq!(second["subscriptions_existing"], 1);
    let sub = db.json(&["subscription", "show", "ci-sub-1"]);
    assert_eq!(sub["quantity"], 3);
    assert_eq!(db.json(&["account", "show", "ci-1"])["metadata"]["team"], "ci");
    let bad = db.home.join("bad.json");
    std::fs::write(&bad, r#"{"accounts": [{"external_id": "x", "name": "X", "email": "nope", "currency": "EUR"}]}"#)
        .unwrap();
    db.cmd().args(["seed", "--file", bad.to_str().unwrap()]).assert().code(2);
}
