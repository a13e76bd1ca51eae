//! Snapshot tests of what people see: the human (table) output of the main commands, and errors
//! with their hints, at a fixed clock (`BILLCTL_NOW`) and a fixed terminal width (`COLUMNS=100`).
//! Each snapshot holds the command, its exit code, stdout and stderr; ids are random, so every
//! `prefix_<ulid>` is replaced by `prefix_XXXXXXXXXXXXXXXXXXXXXXXXXX` (same width: tables stay
//! aligned), and the run's elapsed seconds by `X.XX`.
//!
//! The snapshots live in `tests/it/snapshots/*.snap` and are committed. A test fails when the
//! output differs from its snapshot (and, outside CI, leaves a `.snap.new` next to it). After an
//! intended change of the output, regenerate them all with one command and review the diff:
//!
//! ```sh
//! INSTA_UPDATE=always cargo test --test it snapshots::
//! git diff tests/it/snapshots/
//! ```
//!
//! (`cargo insta test --accept -- snapshots::` does the same where cargo-insta is installed.)

use crate::fixtures::{account, plan};
use crate::harness::{TestDb, at, test_db};

/// Every id prefix billctl writes (see `domain::ids::IdKind`), and `card_` for payment methods.
const ID: &str = r"\b(acct|pm|plan|planv|price|sub|inv|il|pay|att|cred|cn|use|tax|run|ntf|chg|card)_[0-9a-z]{26}\b";

/// Runs `billctl ARGS` at `now` with a terminal width of 100 and returns what a person sees.
fn seen(db: &TestDb, now: &str, args: &[&str]) -> String {
    let out = db.cmd().env("BILLCTL_NOW", now).env("COLUMNS", "100").args(args).output().unwrap();
    format!(
        "$ billctl {}\nexit: {}\n--- stdout\n{}--- stderr\n{}",
        args.join(" "),
        out.status.code().map_or("signal".to_string(), |c| c.to_string()),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Asserts `text` against the snapshot `name`, ids and timings redacted.
fn check(name: &str, text: &str) {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.add_filter(ID, "${1}_XXXXXXXXXXXXXXXXXXXXXXXXXX");
    settings.add_filter(r"(seconds\s+┆ )\d+\.\d{2}", "${1}X.XX");
    settings.bind(|| insta::assert_snapshot!(name, text));
}

/// A catalog of one plan, two accounts and a subscription of three seats from 1 January; its id.
fn billed(db: &TestDb) -> String {
    let prices = ["--price", "EUR:49", "--price", "USD:59", "--seat-price", "EUR:10", "--seat-price", "USD:12"];
    plan(db, "pro", &[&["--name", "Pro"][..], &prices].concat());
    let ada = ["--name", "Ada Lovelace", "--email", "ada@example.com", "--country", "DE", "--external-id", "ada"];
    let ada = account(db, "EUR", &ada);
    let grace = ["--name", "Grace Hopper", "--email", "grace@example.com", "--country", "US", "--region", "CA"];
    account(db, "USD", &grace);
    let args =
        ["subscription", "create", "--account", &ada, "--plan", "pro", "--quantity", "3", "--start", "2026-01-01"];
    at(db, "2026-01-01T09:00:00Z", &args)["id"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn the_main_commands_show_the_same_tables() {
    let db = test_db().await;
    let sub = billed(&db);
    let now = "2026-01-01T10:00:00Z";
    check("invoice_run", &seen(&db, now, &["invoice", "run"]));
    check("account_list", &seen(&db, now, &["account", "list"]));
    check("account_show", &seen(&db, now, &["account", "show", "ada"]));
    check("plan_show", &seen(&db, now, &["plan", "show", "pro"]));
    check("subscription_show", &seen(&db, now, &["subscription", "show", &sub]));
    check("invoice_list", &seen(&db, now, &["invoice", "list"]));
    check("invoice_show", &seen(&db, now, &["invoice", "show", "INV-2026-000001"]));
}

#[tokio::test]
async fn errors_show_the_same_messages_and_hints() {
    let db = test_db().await;
    let sub = billed(&db);
    let now = "2026-01-02T10:00:00Z";
    // Bad input: exit 2, the field named, a hint.
    let bad = ["account", "create", "--name", "Bad", "--email", "not-an-address", "--currency", "EUR"];
    check("error_bad_input", &seen(&db, now, &bad));
    check("error_missing_flags", &seen(&db, now, &["account", "create", "--name", "Bad"]));
    // A refusal because of state: exit 4 and what to do instead.
    check("error_state_refusal", &seen(&db, now, &["subscription", "resume", &sub]));
    // Not found: exit 3.
    check("error_not_found", &seen(&db, now, &["invoice", "show", "INV-2099-999999"]));
    // A partial failure with several hints: exit 6 (stdout, the summary with its timings, left out).
    at(&db, "2026-01-01T10:00:00Z", &["invoice", "run"]);
    let collect = seen(&db, now, &["payment", "collect", "--all", "--quiet"]);
    let (head, rest) = collect.split_once("--- stdout\n").unwrap();
    let stderr = &rest[rest.find("--- stderr\n").unwrap()..];
    check("error_partial", &format!("{head}{stderr}"));
}
