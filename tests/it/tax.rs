//! Tax rates: add, list, and which rate is in force on a date.

use chrono::NaiveDate;
use predicates::prelude::*;
use rust_decimal::Decimal;

use crate::harness::{TestDb, test_db};

fn add(db: &TestDb, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["tax", "rate", "add"];
    all.extend_from_slice(args);
    db.json(&all)
}

fn d(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

#[tokio::test]
async fn a_rate_in_percent_is_stored_as_a_fraction_from_today_by_default() {
    let db = test_db().await;
    let r = add(&db, &["--country", "de", "--name", "VAT", "--rate", "19"]);
    assert_eq!(r["country"], "DE");
    assert_eq!(r["region"], "");
    assert_eq!(r["valid_from"], "2026-01-15");
    let stored: Decimal = sqlx::query_scalar("SELECT rate FROM tax_rates WHERE id = $1")
        .bind(r["id"].as_str())
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(stored.normalize().to_string(), "0.19");
    let ny = add(&db, &["--country", "US", "--region", "ny", "--name", "Sales tax", "--rate", "8.875"]);
    assert_eq!(ny["region"], "NY");
    db.cmd()
        .args(["tax", "rate", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains("8.875").and(predicate::str::contains("VAT")));
    let audits: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log WHERE action = 'tax_rate.create'")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(audits, 2);
}

#[tokio::test]
async fn the_rate_in_force_is_the_latest_valid_from_on_or_before_the_day() {
    let db = test_db().await;
    add(&db, &["--country", "DE", "--name", "VAT", "--rate", "16", "--valid-from", "2020-07-01"]);
    let new = add(&db, &["--country", "DE", "--name", "VAT", "--rate", "19", "--valid-from", "2021-01-01"]);
    add(&db, &["--country", "DE", "--name", "VAT", "--rate", "21", "--valid-from", "2027-01-01"]);
    add(&db, &["--country", "DE", "--region", "BY", "--name", "VAT", "--rate", "7", "--valid-from", "2021-01-01"]);
    let archived = add(&db, &["--country", "FR", "--name", "TVA", "--rate", "20", "--valid-from", "2020-01-01"]);
    sqlx::query("UPDATE tax_rates SET archived_at = now() WHERE id = $1")
        .bind(archived["id"].as_str())
        .execute(&db.pool)
        .await
        .unwrap();
    let mut conn = db.pool.acquire().await.unwrap();
    let rates = billctl::store::tax_rates::active_rates(&mut conn, d("2026-06-01")).await.unwrap();
    let got: Vec<(String, String, String)> =
        rates.iter().map(|r| (r.country.clone(), r.region.clone(), r.percent().to_string())).collect();
    assert_eq!(got, vec![("DE".into(), "".into(), "19".into()), ("DE".into(), "BY".into(), "7".into())]);
    assert_eq!(rates[0].id, new["id"].as_str().unwrap());
    let early = billctl::store::tax_rates::active_rates(&mut conn, d("2020-12-31")).await.unwrap();
    assert_eq!(early.len(), 1);
    assert_eq!(early[0].percent().to_string(), "16");
    assert!(billctl::store::tax_rates::active_rates(&mut conn, d("2019-01-01")).await.unwrap().is_empty());
    let listed = db.json(&["tax", "rate", "list", "--active-on", "2027-01-01"]);
    let percents: Vec<&str> = listed.as_array().unwrap().iter().map(|r| r["rate"].as_str().unwrap()).collect();
    assert_eq!(percents, vec!["0.21", "0.07"]);
    assert_eq!(db.json(&["tax", "rate", "list"]).as_array().unwrap().len(), 4);
    assert_eq!(db.json(&["tax", "rate", "list", "--archived"]).as_array().unwrap().len(), 5);
}

#[tokio::test]
async fn bad_rates_name_the_field_and_duplicates_conflict() {
    let db = test_db().await;
    for (rate, needle) in [("100", "rate"), ("-1", "rate"), ("abc", "rate"), ("1.23456", "rate")] {
        db.cmd()
            .args(["tax", "rate", "add", "--country", "DE", "--name", "VAT", "--rate", rate])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(needle).and(predicate::str::contains("hint:")));
    }
    db.cmd()
        .args(["tax", "rate", "add", "--country", "DEU", "--name", "VAT", "--rate", "19"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("country"));
    db.cmd()
        .args(["tax", "rate", "add", "--country", "DE", "--name", "VAT", "--rate", "19", "--valid-from", "2026-13-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("valid-from"));
    add(&db, &["--country", "DE", "--name", "VAT", "--rate", "0", "--valid-from", "2026-01-01"]);
    db.cmd()
        .args(["tax", "rate", "add", "--country", "DE", "--name", "VAT", "--rate", "19", "--valid-from", "2026-01-01"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("already has a rate valid from 2026-01-01"));
}
