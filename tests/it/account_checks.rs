//! What `account create|update|import`, `plan create` and `tax rate add` check in the values
//! typed: ISO 3166-1 country codes and ISO 4217 currencies are refused (exit 2, the field named,
//! nothing written); an e-mail address another account already uses is allowed with a warning.

use predicates::prelude::*;

use crate::harness::{TestDb, test_db};

async fn count(db: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(&db.pool).await.unwrap()
}

fn create<'a>(name: &'a str, email: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["account", "create", "--name", name, "--email", email, "--currency", "EUR"];
    args.extend_from_slice(extra);
    args
}

#[tokio::test]
async fn an_unknown_country_code_is_refused_on_create_update_and_import() {
    let db = test_db().await;
    for code in ["XX", "ZZ"] {
        db.cmd()
            .args(create("Ada", "ada@example.com", &["--country", code]))
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("country: '{code}' is not an ISO 3166-1 country code")))
            .stderr(predicate::str::contains("hint:"));
    }
    db.cmd()
        .args(create("Ada", "ada@example.com", &["--country", "UK"]))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the United Kingdom is GB"));
    assert_eq!(count(&db, "SELECT count(*) FROM accounts").await, 0);

    let a = db.json(&create("Ada", "ada@example.com", &["--country", "gb"]));
    assert_eq!(a["country"], "GB");
    let id = a["id"].as_str().unwrap();
    db.cmd()
        .args(["account", "update", id, "--country", "XX"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("country: 'XX' is not an ISO 3166-1 country code"));
    assert_eq!(db.json(&["account", "show", id])["country"], "GB", "unchanged");

    let file = db.home.join("countries.csv");
    std::fs::write(&file, "name,email,currency,country\nBob,bob@example.com,EUR,DE\nCy,cy@example.com,EUR,QQ\n")
        .unwrap();
    db.cmd()
        .args(["account", "import", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3: country: 'QQ' is not an ISO 3166-1 country code"));
    assert_eq!(count(&db, "SELECT count(*) FROM accounts").await, 1);

    db.cmd()
        .args(["tax", "rate", "add", "--country", "XX", "--name", "VAT", "--rate", "19"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("country"));
    assert_eq!(count(&db, "SELECT count(*) FROM tax_rates").await, 0);
}

#[tokio::test]
async fn an_unknown_iso_4217_currency_is_refused_naming_the_field() {
    let db = test_db().await;
    db.cmd()
        .args(["account", "create", "--name", "Ada", "--email", "ada@example.com", "--currency", "XYZ"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("currency: 'XYZ' is not an ISO 4217 currency code"));
    assert_eq!(count(&db, "SELECT count(*) FROM accounts").await, 0);
    let a = db.json(&create("Ada", "ada@example.com", &[]));
    db.cmd()
        .args(["account", "update", a["id"].as_str().unwrap(), "--currency", "ABC"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("currency: 'ABC' is not an ISO 4217 currency code"));
    db.cmd()
        .args(["plan", "create", "--code", "x", "--name", "X", "--price", "XYZ:10"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("currency").and(predicate::str::contains("'XYZ'")));
    assert_eq!(count(&db, "SELECT count(*) FROM plans").await, 0);
}

#[tokio::test]
async fn an_e_mail_already_in_use_is_a_warning_not_an_error() {
    let db = test_db().await;
    let first = db.json(&create("Ada", "ada@example.com", &[]));
    let first = first["id"].as_str().unwrap();
    let out = db.cmd().args(create("Ada GmbH", "ADA@example.com", &[])).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains(&format!("warning: ADA@example.com is also the e-mail of {first}")), "{stderr}");
    assert_eq!(count(&db, "SELECT count(*) FROM accounts").await, 2);

    // A new address gets no warning.
    let out = db.cmd().args(create("Bob", "bob@example.com", &[])).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("warning"));

    let file = db.home.join("emails.csv");
    std::fs::write(
        &file,
        "name,email,currency\nCy,cy@example.com,EUR\nAda again,ada@example.com,EUR\nCy Ltd,CY@example.com,EUR\n",
    )
    .unwrap();
    let out = db.cmd().args(["account", "import", file.to_str().unwrap()]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("warning: line 3: ada@example.com is also the e-mail of acct_"), "{stderr}");
    assert!(stderr.contains("warning: line 4: CY@example.com is also the e-mail of line 2"), "{stderr}");
    assert!(!stderr.contains("line 2:"), "{stderr}");
    assert_eq!(count(&db, "SELECT count(*) FROM accounts").await, 6);
}
