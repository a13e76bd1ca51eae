//! What every output format writes for amounts: CSV a plain decimal column and a currency column
//! (a spreadsheet can sum it), JSON integer minor units and the currency.

use std::collections::BTreeMap;
use std::str::FromStr;

use rust_decimal::Decimal;

use crate::harness::{TestDb, at, test_db};

/// Parses CSV output into its header and rows.
fn parse_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let headers = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r.records().map(|rec| rec.unwrap().iter().map(str::to_string).collect()).collect();
    (headers, rows)
}

fn col(headers: &[String], name: &str) -> usize {
    headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name} in {headers:?}"))
}

/// A plain decimal, nothing else (no currency code, no thousands separator).
fn decimal(cell: &str) -> Decimal {
    Decimal::from_str(cell).unwrap_or_else(|e| panic!("'{cell}' is not a plain decimal: {e}"))
}

fn stdout(db: &TestDb, now: &str, args: &[&str]) -> String {
    let out = db.cmd().env("BILLCTL_NOW", now).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn csv_amounts_sum_in_a_spreadsheet_and_the_dry_run_agrees_with_the_list() {
    let db = test_db().await;
    db.cmd().env("BILLCTL_NOW", "2026-12-01").args(["seed", "--accounts", "30"]).assert().success();

    // The dry run: one row per line, the invoice's totals repeated on each of its lines.
    let (h, rows) = parse_csv(&stdout(&db, "2026-12-01", &["invoice", "run", "--dry-run", "--format", "csv"]));
    let (cur, total, acct, sub, start) = (
        col(&h, "currency"),
        col(&h, "invoice_total"),
        col(&h, "account_id"),
        col(&h, "subscription_id"),
        col(&h, "period_start"),
    );
    let mut preview: BTreeMap<String, Decimal> = BTreeMap::new();
    let mut seen = std::collections::HashSet::new();
    for r in &rows {
        decimal(&r[col(&h, "amount")]);
        if seen.insert((r[acct].clone(), r[sub].clone(), r[start].clone())) {
            *preview.entry(r[cur].clone()).or_default() += decimal(&r[total]);
        }
    }
    assert!(!preview.is_empty());

    let run = at(&db, "2026-12-01", &["invoice", "run"]);
    let n = run["invoices"].as_i64().unwrap();
    assert_eq!(seen.len() as i64, n);

    // The list, in CSV: the same columns for the same things, summed per currency.
    let (h, rows) = parse_csv(&stdout(&db, "2026-12-01", &["invoice", "list", "--limit", "10000", "--format", "csv"]));
    assert_eq!(rows.len() as i64, n);
    let mut listed: BTreeMap<String, Decimal> = BTreeMap::new();
    for r in &rows {
        for name in ["subtotal", "tax", "credit_applied", "amount_due"] {
            decimal(&r[col(&h, name)]);
        }
        *listed.entry(r[col(&h, "currency")].clone()).or_default() += decimal(&r[col(&h, "total")]);
    }
    assert_eq!(listed, preview, "invoice list and the dry run agree");

    // JSON: integer minor units and the currency; the CSV decimals are the same amounts.
    let json = at(&db, "2026-12-01", &["invoice", "list", "--limit", "10000"]);
    let mut minor: BTreeMap<String, i64> = BTreeMap::new();
    for i in json.as_array().unwrap() {
        *minor.entry(i["currency"].as_str().unwrap().to_string()).or_default() += i["total"].as_i64().unwrap();
    }
    for (c, sum) in &listed {
        let exp = match c.as_str() {
            "JPY" | "KRW" => 0,
            "KWD" | "BHD" | "JOD" | "OMR" | "TND" => 3,
            _ => 2,
        };
        assert_eq!(Decimal::new(minor[c], exp), *sum, "{c}: JSON minor units and CSV decimals agree");
    }
}

#[tokio::test]
async fn a_list_fits_the_terminal_width_dropping_ids_first() {
    let db = test_db().await;
    db.cmd().env("BILLCTL_NOW", "2026-12-01").args(["seed", "--accounts", "5"]).assert().success();
    at(&db, "2026-12-01", &["invoice", "run"]);
    let wide = stdout(&db, "2026-12-01", &["invoice", "list"]);
    assert!(wide.contains("inv_"), "without a width the ids are shown:\n{wide}");
    let out = db.cmd().env("COLUMNS", "90").args(["invoice", "list"]).output().unwrap();
    assert!(out.status.success());
    let table = String::from_utf8(out.stdout).unwrap();
    for line in table.lines() {
        assert!(line.chars().count() <= 90, "{} columns: {line}", line.chars().count());
    }
    assert!(table.contains("INV-"), "numbers stay:\n{table}");
    assert!(table.contains("kind") && table.contains("regular"), "the kind is shown:\n{table}");
    assert!(!table.contains("inv_"), "ids go first:\n{table}");
}

/// SQL lives in `src/store/` only: no query is built anywhere else in the product code.
#[test]
fn sql_is_only_in_store() {
    fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                if !p.ends_with("store") {
                    walk(&p, found);
                }
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                for (n, line) in text.lines().enumerate() {
                    if ["sqlx::query", "QueryBuilder", "query_as(", "query_scalar("].iter().any(|m| line.contains(m)) {
                        found.push(format!("{}:{}: {}", p.display(), n + 1, line.trim()));
                    }
                }
            }
        }
    }
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    walk(&src, &mut found);
    assert!(found.is_empty(), "SQL outside src/store:\n{}", found.join("\n"));
}
