//! `billctl account …` end to end against a real database.

use predicates::prelude::*;

use crate::fixtures::scalar;
use crate::harness::test_db;

#[tokio::test]
async fn create_then_list_as_json_round_trips_the_account() {
    let db = test_db().await;
    let created = db.json(&["account", "create", "--name", "Ada", "--email", "ada@example.com", "--currency", "eur"]);
    assert_eq!(created["currency"], "EUR");
    assert_eq!(created["timezone"], "UTC");
    assert!(created["id"].as_str().unwrap().starts_with("acct_"));
    let list = db.json(&["account", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["id"], created["id"]);
    assert_eq!(list[0]["created_at"], "2026-01-15T12:00:00Z");
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_log WHERE action = 'account.create'").await, 1);
    let os_user: String = sqlx::query_scalar("SELECT os_user FROM audit_log").fetch_one(&db.pool).await.unwrap();
    // The real uid's name, not $USER (the harness sets USER=tester).
    assert_eq!(os_user, billctl::store::audit::os_user());
    assert_ne!(os_user, "tester");
}

#[tokio::test]
async fn missing_required_flags_without_a_terminal_are_listed_and_nothing_is_written() {
    let db = test_db().await;
    db.cmd()
        .args(["account", "create", "--name", "Ada"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing required flag(s): --email, --currency"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 0);
}

#[tokio::test]
async fn invalid_email_and_unknown_currency_are_named_with_a_hint() {
    let db = test_db().await;
    db.cmd()
        .args(["account", "create", "--name", "Ada", "--email", "ada-at-example", "--currency", "EURO"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("email: 'ada-at-example' is not an e-mail address"))
        .stderr(predicate::str::contains("currency: 'EURO' is not an ISO 4217 currency code"))
        .stderr(predicate::str::contains("hint:"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_log").await, 0);
}

#[tokio::test]
async fn duplicate_external_id_is_a_conflict() {
    let db = test_db().await;
    let args = [
        "account",
        "create",
        "--name",
        "A",
        "--email",
        "a@example.com",
        "--currency",
        "USD",
        "--external-id",
        "cust-1",
    ];
    db.cmd().args(args).assert().success();
    db.cmd().args(args).assert().code(4).stderr(predicate::str::contains("external id 'cust-1' already exists"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 1);
}

#[tokio::test]
async fn show_finds_by_id_or_external_id_and_reports_unknown_ones() {
    let db = test_db().await;
    let a = db.json(&[
        "account",
        "create",
        "--name",
        "B",
        "--email",
        "b@example.com",
        "--currency",
        "JPY",
        "--external-id",
        "x-9",
    ]);
    let by_ext = db.json(&["account", "show", "x-9"]);
    assert_eq!(by_ext["id"], a["id"]);
    db.cmd()
        .args(["account", "show", "acct_nope"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("no account 'acct_nope'"));
}

#[tokio::test]
async fn update_changes_fields_audits_before_and_after_and_validates() {
    let db = test_db().await;
    let a = db.json(&[
        "account",
        "create",
        "--name",
        "C",
        "--email",
        "c@example.com",
        "--currency",
        "USD",
        "--metadata",
        "tier=gold",
    ]);
    let id = a["id"].as_str().unwrap();
    let u = db.json(&[
        "account",
        "update",
        id,
        "--email",
        "new@example.com",
        "--timezone",
        "Europe/Berlin",
        "--country",
        "de",
        "--metadata",
        "seats=5",
        "--unset-metadata",
        "tier",
    ]);
    assert_eq!(u["email"], "new@example.com");
    assert_eq!(u["timezone"], "Europe/Berlin");
    assert_eq!(u["country"], "DE");
    assert_eq!(u["metadata"], serde_json::json!({"seats": "5"}));
    let (before, after): (serde_json::Value, serde_json::Value) =
        sqlx::query_as("SELECT before, after FROM audit_log WHERE action = 'account.update'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(before["email"], "c@example.com");
    assert_eq!(after["email"], "new@example.com");
    db.cmd()
        .args(["account", "update", id, "--timezone", "Moon/Base"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("timezone"));
    let still: String = sqlx::query_scalar("SELECT timezone FROM accounts").fetch_one(&db.pool).await.unwrap();
    assert_eq!(still, "Europe/Berlin");
}

#[tokio::test]
async fn archived_accounts_leave_the_list_unless_asked_for() {
    let db = test_db().await;
    let a = db.json(&["account", "create", "--name", "D", "--email", "d@example.com", "--currency", "USD"]);
    db.json(&["account", "archive", a["id"].as_str().unwrap()]);
    assert_eq!(db.json(&["account", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(db.json(&["account", "list", "--archived"]).as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn list_filters_and_pages_with_a_cursor() {
    let db = test_db().await;
    for i in 0..5 {
        let email = format!("user{i}@{}.com", if i % 2 == 0 { "even" } else { "odd" });
        db.cmd()
            .args(["account", "create", "--name", &format!("U{i}"), "--email", &email, "--currency", "USD"])
            .assert()
            .success();
    }
    assert_eq!(db.json(&["account", "list", "--email", "EVEN"]).as_array().unwrap().len(), 3);
    let page1 = db.json(&["account", "list", "--limit", "2"]);
    let last = page1[1]["id"].as_str().unwrap().to_string();
    let page2 = db.json(&["account", "list", "--limit", "2", "--after", &last]);
    let page3 = db.json(&["account", "list", "--limit", "2", "--after", page2[1]["id"].as_str().unwrap()]);
    let mut all: Vec<String> = [page1, page2, page3]
        .iter()
        .flat_map(|p| p.as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap().to_string()).collect::<Vec<_>>())
        .collect();
    assert_eq!(all.len(), 5);
    all.dedup();
    assert_eq!(all.len(), 5);
    assert_eq!(db.json(&["account", "list", "--status", "blocked"]).as_array().unwrap().len(), 0);
    assert_eq!(db.json(&["account", "list", "--created-from", "2026-01-16"]).as_array().unwrap().len(), 0);
    assert_eq!(
        db.json(&["account", "list", "--created-from", "2026-01-15", "--created-to", "2026-01-16"])
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[tokio::test]
async fn import_writes_all_rows_when_every_row_is_valid() {
    let db = test_db().await;
    let file = db.home.join("ok.csv");
    std::fs::write(&file, "name,email,currency,timezone,external_id\nAda,ada@example.com,EUR,Europe/Paris,e1\nBob,bob@example.com,JPY,,e2\n").unwrap();
    let out = db.json(&["account", "import", file.to_str().unwrap()]);
    assert_eq!(out.as_array().unwrap().len(), 2);
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 2);
    assert_eq!(scalar(&db, "SELECT count(*) FROM audit_log WHERE action = 'account.import'").await, 2);
}

#[tokio::test]
async fn import_reports_every_bad_row_and_writes_nothing() {
    let db = test_db().await;
    db.cmd()
        .args([
            "account",
            "create",
            "--name",
            "Old",
            "--email",
            "o@example.com",
            "--currency",
            "USD",
            "--external-id",
            "taken",
        ])
        .assert()
        .success();
    let file = db.home.join("bad.csv");
    std::fs::write(
        &file,
        "name,email,currency,external_id\nAda,ada@example.com,EUR,e1\nBob,bob-at-example,EUR,e2\nCy,cy@example.com,XXX,e1\nDi,di@example.com,USD,taken\nEve,eve@example.com\n",
    )
    .unwrap();
    db.cmd()
        .args(["account", "import", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("nothing was imported"))
        .stderr(predicate::str::contains("line 3: email: 'bob-at-example' is not an e-mail address"))
        .stderr(predicate::str::contains("line 4: currency: 'XXX' is not an ISO 4217 currency code"))
        .stderr(predicate::str::contains("line 4: external_id: 'e1' also appears on line 2"))
        .stderr(predicate::str::contains("line 5: external_id: 'taken' already exists in the database"))
        .stderr(predicate::str::contains("line 6: -: has 2 fields but the header has 4"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 1);
}

#[tokio::test]
async fn import_rejects_unknown_columns_and_missing_files() {
    let db = test_db().await;
    let file = db.home.join("cols.csv");
    std::fs::write(&file, "name,mail,currency\nA,a@example.com,EUR\n").unwrap();
    db.cmd()
        .args(["account", "import", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown column(s) in the header: mail"));
    db.cmd()
        .args(["account", "import", "/nonexistent.csv"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot open /nonexistent.csv"));
}

#[tokio::test]
async fn import_skip_existing_leaves_out_the_rows_already_there_and_says_how_many() {
    let db = test_db().await;
    db.json(&[
        "account",
        "create",
        "--name",
        "T",
        "--email",
        "t@example.com",
        "--currency",
        "EUR",
        "--external-id",
        "taken",
    ]);
    db.json(&["account", "create", "--name", "O", "--email", "old@example.com", "--currency", "EUR"]);
    let file = db.home.join("again.csv");
    std::fs::write(
        &file,
        "name,email,currency,external_id\nT,t2@example.com,EUR,taken\nN,n@example.com,EUR,e1\nO,OLD@example.com,EUR,\nP,p@example.com,EUR,\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    // Without the flag an existing row is a problem, and the hint names the flag.
    db.cmd()
        .args(["account", "import", path])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 2: external_id: 'taken' already exists in the database"))
        .stderr(predicate::str::contains("hint: to import only the rows that are not there yet, add --skip-existing"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 2);
    // A dry run says what would happen.
    db.cmd()
        .args(["account", "import", path, "--skip-existing", "--dry-run"])
        .assert()
        .success()
        .stderr(predicate::str::contains("2 row(s) valid, skipped 2 row(s) whose account exists already; dry run"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 2);
    let out = db.cmd().args(["account", "import", path, "--skip-existing", "--format", "json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("imported 2 account(s), skipped 2 row(s)"));
    let imported: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let emails: Vec<&str> = imported.as_array().unwrap().iter().map(|a| a["email"].as_str().unwrap()).collect();
    assert_eq!(emails, ["n@example.com", "p@example.com"]);
    // Run again: everything is there now.
    db.cmd()
        .args(["account", "import", path, "--skip-existing"])
        .assert()
        .success()
        .stderr(predicate::str::contains("imported 0 account(s), skipped 4 row(s)"));
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 4);
}

#[tokio::test]
async fn import_of_a_crlf_file_names_the_right_lines() {
    let db = test_db().await;
    let file = db.home.join("crlf.csv");
    std::fs::write(
        &file,
        "name,email,currency\r\nAda,ada@example.com,EUR\r\nBob,bob-at-example,EUR\r\nCy,cy@example.com,XXX\r\n",
    )
    .unwrap();
    db.cmd()
        .args(["account", "import", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3: email: 'bob-at-example' is not an e-mail address"))
        .stderr(predicate::str::contains("line 4: currency: 'XXX'"));
    std::fs::write(&file, "name,email,currency\r\nAda,ada@example.com,EUR\r\nBob,bob@example.com,USD\r\n").unwrap();
    let out = db.json(&["account", "import", file.to_str().unwrap()]);
    assert_eq!(out[1]["currency"], "USD", "no \\r left in the last column");
}

#[tokio::test]
async fn import_of_a_binary_file_does_not_flood_the_terminal() {
    let db = test_db().await;
    // Binary from the first line: refused at once, nothing of it echoed.
    let file = db.home.join("photo.jpg");
    let mut bytes = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00".to_vec();
    bytes.extend((0..20_000u32).map(|i| (i * 7919 % 251) as u8));
    std::fs::write(&file, &bytes).unwrap();
    let out = db.cmd().args(["account", "import", file.to_str().unwrap()]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("is not a CSV text file: its first line is not UTF-8 text"), "{err}");
    assert!(err.len() < 500, "{err}");
    // Text with escape sequences and long garbage in thousands of rows: capped and escaped.
    let file = db.home.join("garbage.csv");
    let mut text = String::from("name,email,currency\n");
    for i in 0..3000 {
        text.push_str(&format!("n{i},\x1b[2J\x1b[31m{}\x07,EUR\n", "#".repeat(500)));
    }
    std::fs::write(&file, text).unwrap();
    let out = db.cmd().args(["account", "import", file.to_str().unwrap()]).output().unwrap();
    let err = out.stderr.clone();
    let shown = String::from_utf8_lossy(&err);
    assert_eq!(out.status.code(), Some(2), "{shown}");
    assert!(!err.contains(&0x1b) && !err.contains(&0x07), "control characters reach the terminal: {shown}");
    assert!(shown.contains("has 3000 problem(s); nothing was imported"), "{shown}");
    assert!(shown.contains("\\u{1b}[2J"), "escaped, still visible: {shown}");
    assert!(shown.contains("… and 2950 more"), "{shown}");
    assert!(shown.lines().count() < 60 && err.len() < 20_000, "{} lines, {} bytes", shown.lines().count(), err.len());
    assert_eq!(scalar(&db, "SELECT count(*) FROM accounts").await, 0);
}
