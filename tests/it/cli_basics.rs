//! Help, usage errors, configuration, and generated files.

use predicates::prelude::*;

use crate::harness::test_db;

fn bare() -> assert_cmd::Command {
    let home = tempfile::tempdir().unwrap().keep();
    let mut c = assert_cmd::Command::cargo_bin("billctl").unwrap();
    c.env_clear().env("PATH", std::env::var("PATH").unwrap_or_default()).env("HOME", &home).env("NO_COLOR", "1");
    c
}

#[test]
fn help_teaches_the_commands_and_exit_codes() {
    bare()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("account"))
        .stdout(predicate::str::contains("Exit codes"));
    bare().args(["account", "create", "--help"]).assert().success().stdout(predicate::str::contains("--currency"));
}

#[test]
fn a_wrong_flag_is_a_usage_error() {
    bare().args(["account", "list", "--colour"]).assert().code(2).stderr(predicate::str::contains("--colour"));
}

#[test]
fn a_bad_as_of_names_the_flag() {
    bare().args(["--as-of", "someday", "config", "show"]).assert().code(2).stderr(predicate::str::contains("as-of"));
}

#[test]
fn config_show_redacts_secrets_and_names_sources() {
    let out = bare()
        .env("BILLCTL_DATABASE_URL", "postgres://bob:hunter2@db.internal/billing")
        .env("STRIPE_SECRET_KEY", "sk_test_51abcdef")
        .args(["config", "show", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("hunter2") && !text.contains("51abcdef"), "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let db = v.as_array().unwrap().iter().find(|r| r["key"] == "database_url").unwrap();
    assert_eq!(db["value"], "postgres://bob:****@db.internal/billing");
    assert_eq!(db["source"], "env");
    // Settings left unset show the value billctl uses, as defaults.
    let row = |k: &str| v.as_array().unwrap().iter().find(|r| r["key"] == k).unwrap().clone();
    assert_eq!(
        (row("retry_schedule")["value"].clone(), row("retry_schedule")["source"].clone()),
        ("3,5,7,10".into(), "default".into())
    );
    assert_eq!(row("payment_rate")["value"], "25");
    assert_eq!(row("stripe_api_base")["value"], "https://api.stripe.com");
}

#[test]
fn config_init_writes_a_template_once() {
    let home = tempfile::tempdir().unwrap();
    let run = || {
        let mut c = assert_cmd::Command::cargo_bin("billctl").unwrap();
        c.env_clear().env("HOME", home.path()).env("XDG_CONFIG_HOME", home.path().join("cfg")).args(["config", "init"]);
        c
    };
    run().assert().success();
    assert!(home.path().join("cfg/billctl/config.toml").exists());
    run().assert().code(4).stderr(predicate::str::contains("already exists"));
}

#[test]
fn an_unreachable_database_is_an_environment_error() {
    bare()
        .args(["--database-url", "postgres://nobody@127.0.0.1:1/x", "account", "list"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("cannot connect to PostgreSQL"));
}

#[test]
fn committed_completions_and_man_pages_are_current() {
    let dir = tempfile::tempdir().unwrap();
    bare().args(["generate", "completions", "--out-dir"]).arg(dir.path().join("c")).assert().success();
    bare().args(["generate", "man", "--out-dir"]).arg(dir.path().join("m")).assert().success();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (generated, committed) in
        [(dir.path().join("c"), root.join("completions")), (dir.path().join("m"), root.join("man"))]
    {
        let mut names: Vec<_> = std::fs::read_dir(&generated).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        // No committed file for a command that no longer exists.
        for entry in std::fs::read_dir(&committed).unwrap() {
            let name = entry.unwrap().file_name();
            assert!(names.contains(&name), "{} is left for a command that no longer exists", name.to_string_lossy());
        }
        for name in names {
            let fresh = std::fs::read(generated.join(&name)).unwrap();
            let old = std::fs::read(committed.join(&name)).unwrap_or_default();
            assert!(
                fresh == old,
                "{} is stale: run `cargo run -- generate completions` and `cargo run -- generate man`",
                name.to_string_lossy()
            );
        }
    }
}

#[tokio::test]
async fn the_cli_uses_the_database_it_is_given() {
    let db = test_db().await;
    db.cmd().args(["db", "status"]).assert().success().stdout(predicate::str::contains("migrations"));
}

#[test]
fn output_cut_short_by_its_reader_is_not_an_error() {
    // `billctl … | head`: the reader closes the pipe before billctl writes.
    let home = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("billctl"))
        .env_clear()
        .env("HOME", home.path())
        .args(["config", "show", "--format", "csv"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no error message");
    assert!(out.status.success(), "{:?}", out.status);
}

#[test]
fn a_full_or_closed_stderr_keeps_the_documented_exit_code() {
    // `2>/dev/full`: every write to stderr fails with ENOSPC; the error must still exit 5, not panic (101).
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("billctl"))
        .env_clear()
        .env("HOME", tempfile::tempdir().unwrap().keep())
        .args(["--database-url", "postgres://nobody@127.0.0.1:1/x", "account", "list"])
        .stdout(std::process::Stdio::null())
        .stderr(full)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(5));
    // A reader that closed stderr before billctl wrote its message (`2>&1 | head -0`).
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("billctl"))
        .env_clear()
        .env("HOME", tempfile::tempdir().unwrap().keep())
        .args(["--database-url", "postgres://nobody@127.0.0.1:1/x", "account", "list"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    assert_eq!(child.wait().unwrap().code(), Some(5));
}

#[tokio::test]
async fn a_garbage_or_foreign_page_cursor_is_refused() {
    let db = test_db().await;
    for (list, foreign) in [
        ("account", "inv_01jf0000000000000000000000"),
        ("invoice", "acct_01jf0000000000000000000000"),
        ("subscription", "garbage"),
        ("payment", "garbage"),
        ("credit", "sub_01jf0000000000000000000000"),
    ] {
        db.cmd()
            .args([list, "list", "--after", foreign])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("--after").and(predicate::str::contains("previous page")));
    }
}

#[test]
fn completions_print_to_stdout() {
    bare().args(["completions", "bash"]).assert().success().stdout(predicate::str::contains("complete -F _billctl"));
    bare().args(["completions", "tcsh"]).assert().code(2);
}
