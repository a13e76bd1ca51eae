//! Dunning end to end: `dunning tick` with fixed clocks against the real database, concurrent
//! ticks, payments ending episodes, blocked accounts refusing new business, dry runs, custom
//! policies and bad policy files.
//!
//! The fixture: plan `p` (USD 100.00 a month), an account subscribed on 2026-06-01 and invoiced
//! that day with the default 14-day terms, so its invoice is due on 2026-06-15 and day N of the
//! overdue episode is 2026-06-(15+N).

use std::process::Output;

use serde_json::Value;

use crate::fixtures::{account, plan, scalar, subscribe};
use crate::harness::{TestDb, at, test_db};

/// Day `n` after the invoice's due date (2026-06-15).
fn day(n: u32) -> String {
    (chrono::NaiveDate::from_ymd_opt(2026, 6, 15).unwrap() + chrono::Days::new(u64::from(n))).to_string()
}

fn run(db: &TestDb, now: &str, args: &[&str]) -> Output {
    db.cmd().env("BILLCTL_NOW", now).args(args).output().unwrap()
}

fn tick(db: &TestDb, n: u32, extra: &[&str]) -> Value {
    let mut args = vec!["dunning", "tick"];
    args.extend_from_slice(extra);
    at(db, &day(n), &args)
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Plan `p`, an account on it since 2026-06-01, invoiced that day (due 2026-06-15): the account.
async fn overdue_account(db: &TestDb) -> String {
    if scalar(db, "SELECT count(*) FROM plans WHERE code = 'p'").await == 0 {
        plan(db, "p", &["--price", "USD:100"]);
    }
    let a = account(db, "USD", &[]);
    subscribe(db, &a, "p", "2026-06-01", &[]);
    at(db, "2026-06-01", &["invoice", "run", "--account", &a]);
    a
}

async fn status_of(db: &TestDb, a: &str) -> String {
    sqlx::query_scalar("SELECT status FROM accounts WHERE id = $1").bind(a).fetch_one(&db.pool).await.unwrap()
}

async fn events(db: &TestDb, kind: &str) -> i64 {
    scalar(db, &format!("SELECT count(*) FROM events WHERE type = '{kind}'")).await
}

async fn steps(db: &TestDb) -> i64 {
    scalar(db, "SELECT count(*) FROM dunning_steps").await
}

fn taken(s: &Value) -> Vec<(String, u64, String)> {
    s["taken"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            let actions: Vec<&str> = t["actions"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
            (t["account_id"].as_str().unwrap().to_string(), t["step"].as_u64().unwrap(), actions.join(","))
        })
        .collect()
}

#[tokio::test]
async fn the_default_policy_reminds_on_day_3_warns_on_day_7_and_blocks_on_day_14_once_each() {
    let db = test_db().await;
    let a = overdue_account(&db).await;
    let invoice_run = "SELECT count(*) FROM invoices WHERE status = 'open' AND due_on = '2026-06-15'";
    assert_eq!(scalar(&db, invoice_run).await, 1, "the fixture's invoice is due on 2026-06-15");

    let s = tick(&db, 2, &[]);
    assert_eq!((s["episodes_opened"].as_u64(), s["steps_taken"].as_u64()), (Some(1), Some(0)), "{s}");
    assert_eq!(events(&db, "invoice.overdue").await, 1);
    assert_eq!(taken(&tick(&db, 3, &[])), vec![(a.clone(), 1, "remind".into())]);
    assert_eq!(events(&db, "dunning.remind").await, 1);
    let again = tick(&db, 3, &[]);
    assert_eq!(again["steps_taken"], 0, "the same day again takes nothing: {again}");
    assert_eq!(taken(&tick(&db, 6, &[])), vec![]);
    assert_eq!(status_of(&db, &a).await, "active");
    assert_eq!(taken(&tick(&db, 7, &[])), vec![(a.clone(), 2, "warn".into())]);
    assert_eq!(status_of(&db, &a).await, "warning");
    assert_eq!(taken(&tick(&db, 14, &[])), vec![(a.clone(), 3, "block".into())]);
    assert_eq!(status_of(&db, &a).await, "blocked");
    assert_eq!(tick(&db, 30, &[])["steps_taken"], 0);

    assert_eq!(steps(&db).await, 3);
    assert_eq!(scalar(&db, "SELECT count(*) FROM dunning_episodes").await, 1);
    assert_eq!(events(&db, "invoice.overdue").await, 1, "told once per invoice");
    for k in ["dunning.remind", "dunning.warn", "dunning.block"] {
        assert_eq!(events(&db, k).await, 1, "{k}");
    }
    assert_eq!(events(&db, "account.status_changed").await, 2, "active → warning → blocked");
    let audit = "SELECT count(*) FROM audit_log WHERE action = 'account.status'";
    assert_eq!(scalar(&db, audit).await, 2);

    let st = at(&db, &day(15), &["dunning", "status"]);
    let row = &st.as_array().unwrap()[0];
    assert_eq!(row["account_id"], a.as_str());
    assert_eq!(row["status"], "blocked");
    assert_eq!(row["stage"], "3 (block)");
    assert_eq!(row["days_overdue"], 15);
    assert_eq!(row["overdue"][0]["amount"], 10000);
    assert_eq!(row["next_step"], Value::Null);
    let early = at(&db, &day(2), &["dunning", "status", "--stage", "block"]);
    assert_eq!(early.as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_missed_tick_takes_every_due_step_in_order_and_status_shows_the_next_step() {
    let db = test_db().await;
    let a = overdue_account(&db).await;
    let s = tick(&db, 8, &[]);
    assert_eq!(taken(&s), vec![(a.clone(), 1, "remind".into()), (a.clone(), 2, "warn".into())]);
    assert_eq!(status_of(&db, &a).await, "warning");
    let st = at(&db, &day(9), &["dunning", "status", "--account", &a]);
    let row = &st.as_array().unwrap()[0];
    assert_eq!((row["next_step"].as_u64(), row["next_step_on"].as_str()), (Some(3), Some("2026-06-29")), "{row}");
    assert_eq!(row["next_actions"][0], "block");
}

#[tokio::test]
async fn four_ticks_at_once_take_each_action_once() {
    let db = test_db().await;
    let mut accounts = Vec::new();
    for _ in 0..24 {
        accounts.push(overdue_account(&db).await);
    }
    let children: Vec<std::process::Child> = (0..4)
        .map(|_| {
            let mut c = db.std_cmd();
            c.env("BILLCTL_NOW", day(15))
                .args(["dunning", "tick", "--batch-size", "3", "--format", "json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    let mut total_taken = 0;
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let s: Value = serde_json::from_slice(&out.stdout).unwrap();
        total_taken += s["steps_taken"].as_u64().unwrap();
    }
    let n = accounts.len() as i64;
    assert_eq!(total_taken as i64, 3 * n, "between them the ticks took every step once");
    assert_eq!(steps(&db).await, 3 * n);
    assert_eq!(scalar(&db, "SELECT count(*) FROM dunning_episodes").await, n);
    for k in ["dunning.remind", "dunning.warn", "dunning.block", "invoice.overdue"] {
        assert_eq!(events(&db, k).await, n, "{k}");
    }
    assert_eq!(events(&db, "account.status_changed").await, n, "active → blocked, one change per tick");
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts WHERE status = 'blocked'").await, n);
    // And once more, all four: nothing left to do.
    let s = tick(&db, 15, &[]);
    assert_eq!(s["steps_taken"], 0);
}

#[tokio::test]
async fn a_payment_unblocks_in_its_transaction_and_a_new_overdue_invoice_starts_a_new_episode() {
    let db = test_db().await;
    let a = overdue_account(&db).await;
    tick(&db, 14, &[]);
    assert_eq!(status_of(&db, &a).await, "blocked");
    let number: String = sqlx::query_scalar("SELECT number FROM invoices WHERE account_id = $1")
        .bind(&a)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let out = run(&db, &day(15), &["payment", "record", &number, "--amount", "100.00", "--method", "wire"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stderr(&out).contains("blocked → active"), "{}", stderr(&out));
    assert_eq!(status_of(&db, &a).await, "active");
    let ended = "SELECT end_reason FROM dunning_episodes WHERE ended_at IS NOT NULL";
    let reason: String = sqlx::query_scalar(ended).fetch_one(&db.pool).await.unwrap();
    assert_eq!(reason, "paid");
    assert_eq!(events(&db, "account.status_changed").await, 2, "blocked (day 14 catches up), then active");
    assert_eq!(tick(&db, 16, &[])["accounts_overdue"], 0);

    // July's invoice (due 2026-07-15) goes unpaid: a new episode, its steps counted afresh.
    at(&db, "2026-07-01", &["invoice", "run", "--account", &a]);
    let s = at(&db, "2026-07-18", &["dunning", "tick"]);
    assert_eq!(s["episodes_opened"], 1, "{s}");
    assert_eq!(taken(&s), vec![(a.clone(), 1, "remind".into())]);
    assert_eq!(scalar(&db, "SELECT count(*) FROM dunning_episodes").await, 2);
    assert_eq!(scalar(&db, "SELECT count(*) FROM dunning_episodes WHERE ended_at IS NULL").await, 1);
    assert_eq!(events(&db, "dunning.remind").await, 2);
}

#[tokio::test]
async fn a_blocked_account_refuses_new_subscriptions_plan_changes_and_charges_with_exit_4() {
    let db = test_db().await;
    let a = overdue_account(&db).await;
    plan(&db, "other", &["--price", "USD:50"]);
    let sub: String = sqlx::query_scalar("SELECT id FROM subscriptions WHERE account_id = $1")
        .bind(&a)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    tick(&db, 14, &[]);
    let now = day(15);
    let refused = [
        run(&db, &now, &["subscription", "create", "--account", &a, "--plan", "other", "--yes"]),
        run(&db, &now, &["subscription", "change", &sub, "--plan", "other", "--yes"]),
        run(&db, &now, &["charge", "add", "--account", &a, "--amount", "10.00", "--description", "setup"]),
    ];
    for out in &refused {
        assert_eq!(code(out), 4, "{}", stderr(out));
        let e = stderr(out);
        assert!(e.contains(&format!("account {a} is blocked by dunning since 2026-06-29")), "{e}");
        assert!(e.contains("--status active"), "{e}");
    }
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscriptions").await, 1);
    assert_eq!(scalar(&db, "SELECT count(*) FROM pending_charges WHERE kind = 'one_off'").await, 0);
    // Unblocked by hand, it subscribes again.
    at(&db, &now, &["account", "update", &a, "--status", "active"]);
    let out = run(&db, &now, &["charge", "add", "--account", &a, "--amount", "10.00", "--description", "setup"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[tokio::test]
async fn a_dry_run_writes_nothing_and_lists_what_the_real_tick_then_does() {
    let db = test_db().await;
    let a = overdue_account(&db).await;
    let b = overdue_account(&db).await;
    let before_events = scalar(&db, "SELECT count(*) FROM events").await;
    let dry = tick(&db, 7, &["--dry-run"]);
    assert_eq!(dry["dry_run"], true);
    assert_eq!(steps(&db).await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM dunning_episodes").await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM events").await, before_events);
    assert_eq!(status_of(&db, &a).await, "active");
    let real = tick(&db, 7, &[]);
    let mut want = vec![
        (a.clone(), 1, "remind".to_string()),
        (a.clone(), 2, "warn".to_string()),
        (b.clone(), 1, "remind".to_string()),
        (b.clone(), 2, "warn".to_string()),
    ];
    want.sort();
    let (mut d, mut r) = (taken(&dry), taken(&real));
    d.sort();
    r.sort();
    assert_eq!(d, want);
    assert_eq!(r, want);
    assert_eq!(steps(&db).await, 4);
    // The human form lists the steps too.
    let out = run(&db, &day(14), &["dunning", "tick", "--dry-run"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains(&a) && text.contains("block"), "{text}");
    assert_eq!(steps(&db).await, 4);
}

#[tokio::test]
async fn a_custom_policy_downgrades_pauses_cancels_and_writes_off() {
    let db = test_db().await;
    plan(&db, "small", &["--price", "USD:10"]);
    let a = overdue_account(&db).await;
    let b = overdue_account(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let harsh = dir.path().join("harsh.toml");
    std::fs::write(
        &harsh,
        "retry_schedule = [2, 4]\n\
         [[step]]\nafter_days = 1\nactions = [\"downgrade:small\"]\n\
         [[step]]\nafter_days = 2\nactions = [\"pause\"]\n\
         [[step]]\nafter_days = 3\nmin_overdue = { USD = \"50.00\" }\nactions = [\"cancel\", \"mark_uncollectible\"]\n",
    )
    .unwrap();
    let soft = dir.path().join("soft.json");
    std::fs::write(&soft, r#"{"steps": [{"after_days": 1, "actions": ["cancel:period_end"]}]}"#).unwrap();
    at(&db, &day(0), &["dunning", "policy", "set", "harsh", "--file", harsh.to_str().unwrap()]);
    at(&db, &day(0), &["dunning", "policy", "set", "soft", "--file", soft.to_str().unwrap()]);
    at(&db, &day(0), &["account", "update", &a, "--dunning-policy", "harsh"]);
    at(&db, &day(0), &["account", "update", &b, "--dunning-policy", "soft"]);
    let shown = at(&db, &day(0), &["dunning", "policy", "show", "harsh"]);
    assert_eq!(shown["policy"]["retry_schedule"], serde_json::json!([2, 4]));
    assert_eq!(shown["accounts"], 1);

    let sub = |acct: &str| format!("SELECT {{}} FROM subscriptions WHERE account_id = '{acct}'");
    let col = |acct: &str, c: &str| sub(acct).replace("{}", c);
    tick(&db, 1, &[]);
    let small_version = "SELECT v.id FROM plan_versions v JOIN plans p ON p.id = v.plan_id WHERE p.code = 'small'";
    let pending: String =
        sqlx::query_scalar(sqlx::AssertSqlSafe(col(&a, "pending_plan_version_id"))).fetch_one(&db.pool).await.unwrap();
    let small: String = sqlx::query_scalar(small_version).fetch_one(&db.pool).await.unwrap();
    assert_eq!(pending, small, "downgrade scheduled for the period end");
    let cancels: bool =
        sqlx::query_scalar(sqlx::AssertSqlSafe(col(&b, "cancel_at_period_end"))).fetch_one(&db.pool).await.unwrap();
    assert!(cancels, "soft: cancels at the period end");

    tick(&db, 2, &[]);
    let st: String = sqlx::query_scalar(sqlx::AssertSqlSafe(col(&a, "status"))).fetch_one(&db.pool).await.unwrap();
    assert_eq!(st, "paused");
    tick(&db, 3, &[]);
    let st: String = sqlx::query_scalar(sqlx::AssertSqlSafe(col(&a, "status"))).fetch_one(&db.pool).await.unwrap();
    assert_eq!(st, "canceled");
    let inv = format!("SELECT count(*) FROM invoices WHERE account_id = '{a}' AND status = 'uncollectible'");
    assert_eq!(scalar(&db, &inv).await, 1);
    let reason = format!("SELECT end_reason FROM dunning_episodes WHERE account_id = '{a}'");
    let reason: Option<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(reason)).fetch_one(&db.pool).await.unwrap();
    assert_eq!(reason.as_deref(), Some("written_off"));
    for k in [
        "dunning.downgrade",
        "dunning.pause",
        "dunning.mark_uncollectible",
        "invoice.marked_uncollectible",
        "subscription.paused",
        "subscription.canceled",
    ] {
        assert_eq!(events(&db, k).await, 1, "{k}");
    }
    assert_eq!(events(&db, "dunning.cancel").await, 2, "harsh cancels now, soft at period end");
    // Written off: nothing overdue, nothing more to do.
    assert_eq!(tick(&db, 10, &[])["steps_taken"], 0);
}

#[tokio::test]
async fn bad_policy_files_exit_2_naming_the_line_or_field_and_nothing_is_saved() {
    let db = test_db().await;
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "unknown.toml",
            "[[step]]\nafter_days = 3\nactions = [\"remind\", \"shout\"]\n",
            "line 3, step 1, actions[1]: unknown action 'shout'",
        ),
        (
            "backwards.toml",
            "[[step]]\nafter_days = 7\nactions = [\"warn\"]\n\n[[step]]\nafter_days = 3\nactions = [\"remind\"]\n",
            "line 6, step 2, after_days: 3 goes backwards",
        ),
        (
            "missing.toml",
            "[[step]]\nafter_days = 3\nactions = [\"downgrade:nope\"]\n",
            "step 1, actions: downgrade:nope: there is no plan 'nope'",
        ),
        ("syntax.toml", "[[step]]\nafter_days = 3\nactions = [\"remind\"\n[[step]]\n", "line "),
        (
            "negative.json",
            r#"{"steps":[{"after_days":3,"min_overdue":{"USD":"-1.00"},"actions":["warn"]}]}"#,
            "step 1, min_overdue.USD: -1.00 is negative",
        ),
        ("empty.toml", "retry_schedule = [3]\n", "steps: the policy has no step"),
    ];
    for (file, text, want) in cases {
        let path = dir.path().join(file);
        std::fs::write(&path, text).unwrap();
        let out = run(&db, &day(0), &["dunning", "policy", "set", "x", "--file", path.to_str().unwrap()]);
        assert_eq!(code(&out), 2, "{file}: {}", stderr(&out));
        assert!(stderr(&out).contains(want), "{file}: {}", stderr(&out));
    }
    assert_eq!(scalar(&db, "SELECT count(*) FROM dunning_policies").await, 0);
    let a = account(&db, "USD", &[]);
    let out = run(&db, &day(0), &["account", "update", &a, "--dunning-policy", "x"]);
    assert_eq!(code(&out), 3, "an unknown policy: {}", stderr(&out));
}

#[tokio::test]
async fn an_account_with_no_dunning_is_left_alone_until_included_again() {
    let db = test_db().await;
    let a = overdue_account(&db).await;
    at(&db, &day(0), &["account", "update", &a, "--no-dunning"]);
    let s = tick(&db, 14, &[]);
    assert_eq!((s["accounts_overdue"].as_u64(), s["steps_taken"].as_u64()), (Some(0), Some(0)), "{s}");
    assert_eq!(status_of(&db, &a).await, "active");
    at(&db, &day(14), &["account", "update", &a, "--dunning"]);
    assert_eq!(tick(&db, 14, &[])["steps_taken"], 3);
}

#[tokio::test]
async fn the_payment_retry_schedule_is_the_dunning_policys() {
    let db = test_db().await;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("default.toml");
    std::fs::write(&p, "retry_schedule = [1, 2]\n[[step]]\nafter_days = 3\nactions = [\"remind\"]\n").unwrap();
    at(&db, &day(0), &["dunning", "policy", "set", "default", "--file", p.to_str().unwrap()]);
    let list = at(&db, &day(0), &["dunning", "policy", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "the stored default replaces the built-in one: {list}");
    let a = overdue_account(&db).await;
    // A card that is declined: the next retry comes from the policy (day 1 after the failure).
    let out = run(
        &db,
        "2026-06-01",
        &["account", "payment-method", "add", &a, "--token", "pm_card_chargeDeclined", "--default"],
    );
    if code(&out) != 0 {
        panic!("payment-method add: {}", stderr(&out));
    }
    let out = run(&db, "2026-06-02", &["payment", "collect", "--all", "--format", "json"]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    let next: chrono::NaiveDate =
        sqlx::query_scalar("SELECT next_retry_on FROM payment_attempts").fetch_one(&db.pool).await.unwrap();
    assert_eq!(next.to_string(), "2026-06-03");
}

#[tokio::test]
async fn a_failing_action_rolls_back_that_account_only_and_the_tick_exits_6() {
    let db = test_db().await;
    // A plan the USD accounts cannot move to: it has no USD price.
    plan(&db, "euro", &["--price", "EUR:10"]);
    let bad = overdue_account(&db).await;
    let good = overdue_account(&db).await;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("move.toml");
    std::fs::write(&p, "[[step]]\nafter_days = 1\nactions = [\"remind\", \"downgrade:euro\"]\n").unwrap();
    at(&db, &day(0), &["dunning", "policy", "set", "move", "--file", p.to_str().unwrap()]);
    at(&db, &day(0), &["account", "update", &bad, "--dunning-policy", "move"]);
    let open = "SELECT count(*) FROM invoices WHERE status = 'open' AND due_on = '2026-06-15'";
    assert_eq!(scalar(&db, open).await, 2);
    let out = run(&db, &day(3), &["dunning", "tick", "--format", "json"]);
    assert_eq!(code(&out), 6, "{}\n{}", stderr(&out), String::from_utf8_lossy(&out.stdout));
    assert!(stderr(&out).contains(&bad), "the failing account is named: {}", stderr(&out));
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s["failures"][0]["account_id"], bad.as_str(), "{s}");
    let of = |a: &str| format!("SELECT count(*) FROM dunning_steps WHERE account_id = '{a}'");
    assert_eq!(scalar(&db, &of(&bad)).await, 0, "rolled back: no step, no episode, no event");
    assert_eq!(scalar(&db, &format!("SELECT count(*) FROM dunning_episodes WHERE account_id = '{bad}'")).await, 0);
    assert_eq!(
        scalar(&db, &format!("SELECT count(*) FROM events WHERE account_id = '{bad}' AND type LIKE 'dunning.%'")).await,
        0
    );
    assert_eq!(scalar(&db, &of(&good)).await, 1, "the other account got its reminder");
}
