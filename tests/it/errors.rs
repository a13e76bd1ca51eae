//! Exit codes and hints people and scripts see: a refusal because of state is exit 4 with a hint
//! that says what to do (never exit 2, which means the input was wrong), several hints print one
//! `hint:` line each, and a batch that leaves work undone exits 6 (here: `payment collect` for want
//! of a card).

use std::process::Output;

use crate::fixtures::{account, plan, subscribe};
use crate::harness::{TestDb, test_db};

fn run(db: &TestDb, args: &[&str]) -> Output {
    db.cmd().args(args).output().unwrap()
}

/// Asserts the exit code and that stderr holds every one of `needles`; returns stderr.
fn fails(out: &Output, code: i32, needles: &[&str]) -> String {
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(code), "{err}");
    for n in needles {
        assert!(err.contains(n), "{n:?} not in: {err}");
    }
    err
}

#[tokio::test]
async fn acting_on_a_subscription_in_the_wrong_state_is_exit_4_with_what_to_do() {
    let db = test_db().await;
    plan(&db, "basic", &["--price", "USD:30"]);
    let a = account(&db, "USD", &[]);
    let s = subscribe(&db, &a, "basic", "2026-01-15", &[]);
    // Resuming an active subscription.
    let err = fails(
        &run(&db, &["subscription", "resume", &s]),
        4,
        &[
            "error: cannot resume an active subscription: only a paused subscription can be resumed",
            "hint: nothing to do",
        ],
    );
    assert!(!err.contains("fix the value of action"), "{err}");
    // Canceling a canceled one, whichever way.
    db.json(&["subscription", "cancel", &s, "--at", "now", "--yes"]);
    for args in [
        vec!["subscription", "cancel", &s],
        vec!["subscription", "cancel", &s, "--at", "now", "--yes"],
        vec!["subscription", "pause", &s],
        vec!["subscription", "change", &s, "--quantity", "2"],
    ] {
        let err = fails(&run(&db, &args), 4, &["a canceled subscription: it is canceled for good", "hint: "]);
        assert!(err.contains("billctl subscription create"), "{args:?}: {err}");
        assert!(!err.contains("fix the value of"), "{args:?}: {err}");
    }
    // Pausing twice, and scheduling the cancellation of a paused subscription.
    let p = subscribe(&db, &a, "basic", "2026-01-15", &[]);
    db.json(&["subscription", "pause", &p]);
    fails(&run(&db, &["subscription", "pause", &p]), 4, &["it is already paused", "hint: "]);
    fails(
        &run(&db, &["subscription", "cancel", &p]),
        4,
        &["a paused subscription has no running period", "hint: cancel it now with `--at now`, or resume it first"],
    );
    // The input itself being wrong is still exit 2.
    fails(&run(&db, &["subscription", "change", &p, "--quantity", "0"]), 2, &["quantity"]);
}

#[tokio::test]
async fn collecting_an_invoice_with_no_card_to_charge_is_a_partial_failure() {
    let db = test_db().await;
    plan(&db, "basic", &["--price", "USD:30"]);
    let with_card = account(&db, "USD", &[]);
    db.json(&["account", "payment-method", "add", &with_card, "--token", "pm_card_visa", "--default"]);
    let without = account(&db, "USD", &[]);
    subscribe(&db, &with_card, "basic", "2026-01-15", &[]);
    subscribe(&db, &without, "basic", "2026-01-15", &[]);
    db.json(&["invoice", "run"]);
    let out = run(&db, &["payment", "collect", "--all", "--format", "json"]);
    let err = fails(
        &out,
        6,
        &[
            "error: 1 of 2 invoice(s) could not be charged",
            "hint: see the outcome of each invoice above",
            "hint: 1 of them for want of a card: add one with `billctl account payment-method add ACCOUNT",
        ],
    );
    assert_eq!(err.matches("hint:").count(), 2, "one line a hint: {err}");
    // The summary is still printed in full on stdout.
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((s["succeeded"].as_i64(), s["skipped"].as_i64()), (Some(1), Some(1)), "{s}");
    let skipped = s["items"].as_array().unwrap().iter().find(|i| i["outcome"] == "skipped").unwrap();
    assert_eq!(skipped["account_id"], without.as_str());
    // Once it has a card, the same command charges it and exits 0.
    db.json(&["account", "payment-method", "add", &without, "--token", "pm_card_visa", "--default"]);
    let s = db.json(&["payment", "collect", "--all"]);
    assert_eq!(s["succeeded"], 1, "{s}");
    // A dry run only shows: exit 0 even with nothing to charge it with.
    let third = account(&db, "USD", &[]);
    subscribe(&db, &third, "basic", "2026-01-15", &[]);
    db.json(&["invoice", "run"]);
    assert!(run(&db, &["payment", "collect", "--all", "--dry-run"]).status.success());
    // By name, the same.
    let inv: String = sqlx::query_scalar("SELECT id FROM invoices WHERE account_id = $1")
        .bind(&third)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    fails(&run(&db, &["payment", "collect", "--invoice", &inv]), 6, &["1 of 1 invoice(s) could not be charged"]);
}

/// Ctrl-C at a wizard question, typed at a real terminal (a pseudo-terminal from `script`, as a
/// person at a terminal would): exit 130, "cancelled", nothing written, not a raw I/O error.
#[test]
fn ctrl_c_at_a_wizard_question_is_cancelled_with_exit_130() {
    let home = tempfile::tempdir().unwrap();
    let mut t = crate::terminal::Terminal::start(
        "account create --name Ada",
        &[
            ("HOME", home.path().as_os_str()),
            // Never reached: the wizard asks before anything connects.
            ("BILLCTL_DATABASE_URL", "postgres://nobody@127.0.0.1:1/x".as_ref()),
        ],
    );
    // Ctrl-C typed once the prompt reads keys, as a person would.
    t.answer("Billing e-mail", "\x03");
    let (code, shown) = t.finish();
    assert_eq!(code, Some(130), "{shown}");
    assert!(shown.contains("error: cancelled") && shown.contains("hint: nothing was written"), "{shown}");
    assert!(!shown.contains("IO error"), "{shown}");
}
