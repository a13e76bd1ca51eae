//! The audit log: wall-clock time apart from the as-of time, the real OS user, append-only, and a
//! hash chain that `billctl audit verify` checks.

use predicates::prelude::*;
use sqlx::Row;

use crate::harness::{TestDb, at, test_db};

fn create_account(db: &TestDb, now: &str, name: &str) -> String {
    let email = format!("{}@example.com", name.to_lowercase());
    let v = at(db, now, &["account", "create", "--name", name, "--email", &email, "--currency", "EUR"]);
    v["id"].as_str().unwrap().to_string()
}

async fn exec(db: &TestDb, sql: &str) -> Result<(), sqlx::Error> {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(&db.pool).await.map(|_| ())
}

fn verify(db: &TestDb) -> (Option<i32>, String, String) {
    let out = db.cmd().args(["audit", "verify"]).output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[tokio::test]
async fn audit_time_is_the_wall_clock_and_the_as_of_time_is_kept_apart() {
    let db = test_db().await;
    let acct = create_account(&db, "2001-02-03T04:05:06Z", "Ada");
    let row =
        sqlx::query("SELECT extract(epoch FROM now() - at)::float8 AS age, as_of FROM audit_log WHERE entity_id = $1")
            .bind(&acct)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    let age: f64 = row.get("age");
    let as_of: chrono::DateTime<chrono::Utc> = row.get("as_of");
    assert!((-5.0..600.0).contains(&age), "the audit row is {age} s old: it must carry today's wall clock");
    assert_eq!(as_of.to_rfc3339(), "2001-02-03T04:05:06+00:00");
}

#[tokio::test]
async fn the_os_user_is_the_real_uid_not_the_user_variable() {
    let db = test_db().await;
    // The harness sets USER=tester; the audit row must name the account the process runs as.
    let acct = create_account(&db, crate::harness::NOW, "Bea");
    let os_user: String = sqlx::query_scalar("SELECT os_user FROM audit_log WHERE entity_id = $1")
        .bind(&acct)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_ne!(os_user, "tester");
    assert_eq!(os_user, billctl::store::audit::os_user());
}

#[tokio::test]
async fn updates_deletes_and_truncates_of_the_audit_log_are_refused() {
    let db = test_db().await;
    create_account(&db, crate::harness::NOW, "Cy");
    for sql in [
        "UPDATE audit_log SET os_user = 'mallory'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "DELETE FROM audit_chain_head",
    ] {
        let err = exec(&db, sql).await.expect_err(sql);
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE os_user = 'mallory'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(n, 0);
}

/// A database with five chained audit rows.
async fn five_rows() -> TestDb {
    let db = test_db().await;
    for name in ["Ann", "Ben", "Cat", "Dan", "Eve"] {
        create_account(&db, crate::harness::NOW, name);
    }
    let (code, _, err) = verify(&db);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("valid: 5 audit rows"), "{err}");
    db
}

/// Tampers as a superuser would: with the log's triggers switched off.
async fn tamper(db: &TestDb, sql: &str) {
    exec(db, "ALTER TABLE audit_log DISABLE TRIGGER USER").await.unwrap();
    exec(db, sql).await.unwrap();
    exec(db, "ALTER TABLE audit_log ENABLE TRIGGER USER").await.unwrap();
}

#[tokio::test]
async fn verify_finds_a_row_edited_behind_the_triggers() {
    let db = five_rows().await;
    tamper(&db, "UPDATE audit_log SET after = jsonb_set(after, '{name}', '\"Mallory\"') WHERE chain_seq = 3").await;
    let (code, out, err) = verify(&db);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(out.contains("edited"), "{out}");
    assert!(err.contains("invalid: 1 break"), "{err}");
}

#[tokio::test]
async fn verify_finds_a_row_removed_from_the_middle() {
    let db = five_rows().await;
    tamper(&db, "DELETE FROM audit_log WHERE chain_seq = 2").await;
    let (code, out, _) = verify(&db);
    assert_eq!(code, Some(1));
    assert!(out.contains("link to the previous row is broken"), "{out}");
}

#[tokio::test]
async fn verify_finds_the_newest_rows_removed() {
    let db = five_rows().await;
    tamper(&db, "DELETE FROM audit_log WHERE chain_seq >= 4").await;
    let (code, out, err) = verify(&db);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(out.contains("rows were removed from the end"), "{out}");
}

#[tokio::test]
async fn verify_finds_a_row_written_with_the_chain_off() {
    let db = five_rows().await;
    tamper(
        &db,
        "INSERT INTO audit_log (at, os_user, action, entity_type, entity_id) VALUES (now(), 'x', 'forged', 'x', 'x')",
    )
    .await;
    let (code, out, _) = verify(&db);
    assert_eq!(code, Some(1));
    assert!(out.contains("not in the chain"), "{out}");
}

#[tokio::test]
async fn commands_auditing_at_the_same_time_keep_one_unbroken_chain() {
    let db = test_db().await;
    let children: Vec<_> = (0..6)
        .map(|i| {
            let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("billctl"));
            c.env_clear()
                .env("PATH", std::env::var("PATH").unwrap_or_default())
                .env("HOME", &db.home)
                .env("BILLCTL_DATABASE_URL", &db.url)
                .env("BILLCTL_NOW", crate::harness::NOW)
                .args(["account", "create", "--name", &format!("P{i}"), "--email"])
                .arg(format!("p{i}@example.com"))
                .args(["--currency", "EUR"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped());
            c.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let (code, _, err) = verify(&db);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("valid: 6 audit rows"), "{err}");
}

#[tokio::test]
async fn audit_list_shows_the_newest_first_with_filters() {
    let db = test_db().await;
    let ada = create_account(&db, crate::harness::NOW, "Ada");
    let bob = create_account(&db, crate::harness::NOW, "Bob");
    at(&db, crate::harness::NOW, &["credit", "grant", "--account", &ada, "--amount", "5.00", "--reason", "goodwill"]);
    let all = db.json(&["audit", "list"]);
    let actions: Vec<&str> = all.as_array().unwrap().iter().map(|r| r["action"].as_str().unwrap()).collect();
    assert_eq!(actions, ["credit.grant", "account.create", "account.create"]);
    let for_ada = db.json(&["audit", "list", "--account", &ada]);
    assert!(for_ada.as_array().unwrap().iter().all(|r| r["account_id"] == ada.as_str()), "{for_ada}");
    assert_eq!(for_ada.as_array().unwrap().len(), 2);
    let credits = db.json(&["audit", "list", "--action", "credit"]);
    assert_eq!(credits.as_array().unwrap().len(), 1);
    let page = db.json(&["audit", "list", "--limit", "1"]);
    let first_id = page[0]["id"].as_i64().unwrap();
    let next = db.json(&["audit", "list", "--limit", "5", "--before", &first_id.to_string()]);
    assert_eq!(next.as_array().unwrap().len(), 2);
    assert!(next.as_array().unwrap().iter().any(|r| r["entity_id"] == bob.as_str()));
    db.cmd()
        .args(["audit", "list", "--before", "garbage"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--before"));
    let nobody = db.json(&["audit", "list", "--actor", "nobody-at-all"]);
    assert_eq!(nobody.as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn the_reason_of_a_command_is_in_every_audit_row_it_writes_and_audit_list_shows_it() {
    let db = test_db().await;
    let acct = create_account(&db, crate::harness::NOW, "Dee");
    db.json(&["account", "update", &acct, "--name", "Dee Ltd", "--reason", "ticket #42: legal name"]);
    db.json(&["credit", "grant", "--account", &acct, "--amount", "5.00", "--reason", "outage on 3 March"]);
    let rows: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT action, reason FROM audit_log WHERE account_id = $1 ORDER BY chain_seq")
            .bind(&acct)
            .fetch_all(&db.pool)
            .await
            .unwrap();
    let reasons: Vec<_> = rows.iter().map(|(a, r)| (a.as_str(), r.as_deref())).collect();
    assert_eq!(reasons[0].1, None, "the create had no --reason: {reasons:?}");
    assert!(reasons.contains(&("account.update", Some("ticket #42: legal name"))), "{reasons:?}");
    assert!(reasons.iter().any(|r| r.1 == Some("outage on 3 March") && r.0.starts_with("credit")), "{reasons:?}");

    let listed = db.json(&["audit", "list", "--account", &acct]);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed[0]["reason"], "outage on 3 March", "newest first, with its reason: {listed:?}");
    assert_eq!(listed[0]["os_user"], billctl::store::audit::os_user());
}

#[tokio::test]
async fn a_credit_grant_without_a_reason_is_refused_naming_the_flag() {
    let db = test_db().await;
    let acct = create_account(&db, crate::harness::NOW, "Eve");
    db.cmd()
        .args(["credit", "grant", "--account", &acct, "--amount", "5.00"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--reason"));
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM credit_entries").fetch_one(&db.pool).await.unwrap();
    assert_eq!(n, 0, "nothing was written");
}
