//! `billctl export`: every entity streamed, round-tripping against SQL, readable by a CSV parser
//! whatever the names hold; bad requests refused before anything is written.

use crate::fixtures::{account, plan, scalar, subscribe};
use crate::harness::{TestDb, at, test_db};

/// Three accounts (USD, JPY, KWD) billed by a run, one with a name that breaks naive CSV.
async fn history(db: &TestDb) -> Vec<String> {
    plan(db, "basic", &["--price", "USD:20", "--price", "JPY:2500", "--price", "KWD:3.125"]);
    let mut accounts = Vec::new();
    for (cur, email) in [("USD", "u@example.com"), ("JPY", "j@example.com"), ("KWD", "k@example.com")] {
        let a = account(db, cur, &["--email", email]);
        subscribe(db, &a, "basic", "2026-01-01", &[]);
        accounts.push(a);
    }
    sqlx::query("UPDATE accounts SET name = $2 WHERE id = $1")
        .bind(&accounts[0])
        .bind("Smith, \"Jr.\"\nΕλληνικά Кириллица 日本")
        .execute(&db.pool)
        .await
        .unwrap();
    at(db, "2026-01-01T13:00:00Z", &["invoice", "run"]);
    accounts
}

fn export(db: &TestDb, args: &[&str]) -> std::process::Output {
    db.cmd().arg("export").args(args).output().unwrap()
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(bytes);
    let headers = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|rec| rec.unwrap().iter().map(str::to_string).collect()).collect();
    (headers, rows)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_entity_exports_as_many_rows_as_its_table_holds_in_each_format() {
    let db = test_db().await;
    history(&db).await;
    let tables = [
        ("accounts", "accounts"),
        ("subscriptions", "subscriptions"),
        ("subscription-history", "subscription_history"),
        ("invoices", "invoices"),
        ("invoice-lines", "invoice_lines"),
        ("credit-notes", "credit_notes"),
        ("payments", "payments"),
        ("payment-attempts", "payment_attempts"),
        ("refunds", "refunds"),
        ("credit-ledger", "credit_entries"),
        ("usage", "usage_events"),
        ("audit", "audit_log"),
        ("events", "events"),
    ];
    let listed = db.json(&["export", "--list"]);
    let entities: std::collections::BTreeSet<&str> =
        listed.as_array().unwrap().iter().map(|r| r["entity"].as_str().unwrap()).collect();
    assert_eq!(entities.len(), tables.len(), "a test for every entity: {entities:?}");
    for (entity, table) in tables {
        let expected = scalar(&db, &format!("SELECT count(*) FROM {table}")).await as usize;
        let out = export(&db, &[entity]);
        assert!(out.status.success(), "{entity}: {}", String::from_utf8_lossy(&out.stderr));
        let (headers, rows) = csv_rows(&out.stdout);
        assert_eq!(rows.len(), expected, "{entity} as CSV");
        assert!(rows.iter().all(|r| r.len() == headers.len()));
        let out = export(&db, &[entity, "--format", "ndjson"]);
        let lines: Vec<serde_json::Value> =
            String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(lines.len(), expected, "{entity} as NDJSON");
        let out = export(&db, &[entity, "--format", "json"]);
        let array: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(array.as_array().unwrap().len(), expected, "{entity} as JSON");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn amounts_are_decimals_of_their_currency_in_csv_and_minor_units_in_json_and_sum_as_sql_does() {
    let db = test_db().await;
    history(&db).await;
    let out = export(&db, &["invoices", "--columns", "currency,total,amount_due"]);
    let (headers, rows) = csv_rows(&out.stdout);
    assert_eq!(headers, ["currency", "total", "amount_due"]);
    let mut totals: Vec<(String, String)> = rows.iter().map(|r| (r[0].clone(), r[1].clone())).collect();
    totals.sort();
    assert_eq!(
        totals,
        [("JPY".into(), "2500".into()), ("KWD".into(), "3.125".into()), ("USD".into(), "20.00".into())],
        "JPY without decimals, KWD with three"
    );
    let out = export(&db, &["invoice-lines", "--format", "json"]);
    let lines: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let json_sum: i64 = lines.as_array().unwrap().iter().map(|l| l["amount"].as_i64().unwrap()).sum();
    assert_eq!(json_sum, scalar(&db, "SELECT sum(amount)::bigint FROM invoice_lines").await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn names_with_commas_quotes_newlines_and_other_scripts_read_back_exactly() {
    let db = test_db().await;
    let accounts = history(&db).await;
    let name = "Smith, \"Jr.\"\nΕλληνικά Кириллица 日本";
    let out = export(&db, &["accounts", "--account", &accounts[0], "--columns", "id,name"]);
    let (_, rows) = csv_rows(&out.stdout);
    assert_eq!(rows, vec![vec![accounts[0].clone(), name.to_string()]]);
    let out = export(&db, &["accounts", "--account", &accounts[0], "--format", "ndjson"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["name"], name);
    let out = export(&db, &["accounts", "--excel", "--columns", "id"]);
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBFid\n"), "a BOM for Excel, then the header");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_pick_rows_by_day_account_and_status() {
    let db = test_db().await;
    let accounts = history(&db).await;
    let rows = |args: &[&str]| csv_rows(&export(&db, args).stdout).1.len();
    assert_eq!(rows(&["invoices", "--from", "2026-01-01", "--to", "2026-01-01"]), 3);
    assert_eq!(rows(&["invoices", "--from", "2026-01-02"]), 0, "an empty range is an empty export, not an error");
    assert_eq!(rows(&["invoices", "--account", &accounts[1]]), 1);
    assert_eq!(rows(&["invoices", "--status", "open"]), 3);
    assert_eq!(rows(&["invoices", "--status", "paid"]), 0);
    assert_eq!(rows(&["invoice-lines", "--status", "open", "--account", &accounts[2]]), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_are_refused_naming_the_fix_and_write_nothing() {
    let db = test_db().await;
    history(&db).await;
    let file = db.home.join("out.csv");
    let f = file.to_str().unwrap();
    for (args, code, says) in [
        (vec!["invoice", "-o", f], 2, "the entities are: accounts"),
        (vec!["invoices", "--columns", "id,totl", "-o", f], 2, "its columns are: id, number"),
        (vec!["invoices", "--status", "late", "-o", f], 2, "the statuses are: draft, open"),
        (vec!["usage", "--status", "open", "-o", f], 2, "--status works with"),
        (vec!["invoices", "--from", "2026-02-01", "--to", "2026-01-01", "-o", f], 2, "is after --to"),
        (vec!["invoices", "--from", "2026-13-01", "-o", f], 2, "is not a date"),
        (vec!["invoices", "--account", "acct_nobody", "-o", f], 3, "acct_nobody"),
        (vec!["invoices", "-o", "/nonexistent/dir/x.csv"], 5, "/nonexistent/dir/x.csv"),
    ] {
        let out = export(&db, &args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!file.exists(), "{args:?} left a file");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&db.home)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file left: {leftovers:?}");
    let out = export(&db, &["invoices", "-o", f]);
    assert!(out.status.success());
    assert_eq!(csv_rows(&std::fs::read(&file).unwrap()).1.len(), 3);
}
