//! `billctl report mrr|aging` against a real database: history made with the CLI at fixed dates,
//! exact hand-computed figures.

use predicates::prelude::*;

use crate::harness::{TestDb, at, test_db};

fn account(db: &TestDb, name: &str, currency: &str) -> String {
    let email = format!("{}@example.com", name.to_lowercase());
    db.json(&["account", "create", "--name", name, "--email", &email, "--currency", currency])["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn subscribe(db: &TestDb, acct: &str, plan: &str, start: &str) -> String {
    let args = ["subscription", "create", "--account", acct, "--plan", plan, "--start", start];
    at(db, &format!("{start}T12:00:00Z"), &args)["id"].as_str().unwrap().to_string()
}

/// `report mrr --format json` at `now` with `args`.
fn mrr(db: &TestDb, now: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["report", "mrr"];
    all.extend_from_slice(args);
    at(db, now, &all).as_array().unwrap().clone()
}

/// (new, expansion, contraction, churn, reactivation, net_new, mrr) of a period row.
fn moves(r: &serde_json::Value) -> [i64; 7] {
    ["new", "expansion", "contraction", "churn", "reactivation", "net_new", "mrr"]
        .map(|k| r[k].as_i64().unwrap_or_else(|| panic!("{k} in {r}")))
}

#[tokio::test]
async fn mrr_and_its_movements_follow_the_subscription_history_month_by_month() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "USD:30"]);
    db.json(&["plan", "create", "--code", "pro", "--name", "Pro", "--price", "USD:90"]);
    db.json(&["plan", "create", "--code", "team", "--name", "Team", "--price", "USD:20", "--seat-price", "USD:10"]);
    db.json(&["plan", "create", "--code", "yearly", "--name", "Yearly", "--interval", "year", "--price", "USD:1200"]);
    db.json(&["plan", "create", "--code", "trial", "--name", "Trial", "--trial-days", "14", "--price", "USD:10"]);
    let a = account(&db, "Monthly", "USD");
    let b = account(&db, "Annual", "USD");
    let c = account(&db, "Two", "USD");
    let d = account(&db, "Trial", "USD");
    // January: A monthly 30, B yearly 1200 (100 a month), C two subscriptions 30 + 90: new 250.
    let sa = subscribe(&db, &a, "basic", "2026-01-05");
    subscribe(&db, &b, "yearly", "2026-01-10");
    let c1 = subscribe(&db, &c, "basic", "2026-01-15");
    let c2 = subscribe(&db, &c, "pro", "2026-01-15");
    // February: A upgrades to pro (+60), then down to team with 2 seats, 20 + 2 × 10 (−50).
    at(&db, "2026-02-03T10:00:00Z", &["subscription", "change", &sa, "--plan", "pro"]);
    at(&db, "2026-02-20T10:00:00Z", &["subscription", "change", &sa, "--plan", "team", "--quantity", "2"]);
    // March: D's trial (from 03-01) converts on 03-15 (+10 new); C cancels one subscription
    // (contraction −30), then the other (churn −90).
    subscribe(&db, &d, "trial", "2026-03-01");
    at(&db, "2026-03-10T10:00:00Z", &["subscription", "cancel", &c1, "--at", "now"]);
    at(&db, "2026-03-15T10:00:00Z", &["invoice", "run"]);
    at(&db, "2026-03-25T10:00:00Z", &["subscription", "cancel", &c2, "--at", "now"]);
    // April: C comes back (reactivation +30).
    subscribe(&db, &c, "basic", "2026-04-02");

    let r = mrr(&db, "2026-04-30T23:00:00Z", &["--from", "2026-01-01", "--to", "2026-04-30", "--interval", "month"]);
    assert_eq!(r.len(), 4, "{r:?}");
    assert!(r.iter().all(|p| p["currency"] == "USD"));
    assert_eq!((r[0]["period_start"].as_str(), r[0]["period_end"].as_str()), (Some("2026-01-01"), Some("2026-01-31")));
    assert_eq!(moves(&r[0]), [25_000, 0, 0, 0, 0, 25_000, 25_000]);
    assert_eq!(r[0]["customers"], 3);
    assert_eq!(moves(&r[1]), [0, 6_000, -5_000, 0, 0, 1_000, 26_000]);
    assert_eq!(moves(&r[2]), [1_000, 0, -3_000, -9_000, 0, -11_000, 15_000]);
    assert_eq!(r[2]["customers"], 3);
    assert_eq!(moves(&r[3]), [0, 0, 0, 0, 3_000, 3_000, 18_000]);
    assert_eq!(
        (r[3]["mrr_start"].as_i64(), r[3]["arr"].as_i64(), r[3]["customers"].as_i64()),
        (Some(15_000), Some(216_000), Some(4))
    );

    // Churn rates: January starts with nobody (n/a); February loses 50.00 of 250.00 and gains 60.00;
    // March starts with three customers and 260.00, loses one customer and 120.00.
    let ch = at(&db, "2026-04-30T23:00:00Z", &["report", "churn", "--from", "2026-01-01", "--to", "2026-04-30"]);
    let rate = |i: usize, k: &str| ch[i][k].clone();
    assert_eq!(
        (rate(0, "customer_churn_rate"), rate(0, "gross_mrr_churn_rate")),
        (serde_json::Value::Null, serde_json::Value::Null)
    );
    assert_eq!(
        (rate(1, "customer_churn_rate"), rate(1, "gross_mrr_churn_rate"), rate(1, "net_mrr_churn_rate")),
        ("0".into(), "0.2".into(), "-0.04".into())
    );
    assert_eq!((rate(2, "customers_start"), rate(2, "churned_customers")), (3.into(), 1.into()));
    assert_eq!(
        (rate(2, "customer_churn_rate"), rate(2, "gross_mrr_churn_rate"), rate(2, "net_mrr_churn_rate")),
        ("0.333333".into(), "0.461538".into(), "0.461538".into())
    );

    // LTV at 04-30: ARPA 180.00 / 4 = 45.00; trailing months with customers at their start: February
    // (rate 0) and March (1/3), average 1/6: LTV 270.00.
    let l = at(&db, "2026-04-30T23:00:00Z", &["report", "ltv"]);
    assert_eq!(l.as_array().unwrap().len(), 1);
    assert_eq!(
        (l[0]["currency"].as_str(), l[0]["mrr"].as_i64(), l[0]["customers"].as_i64()),
        (Some("USD"), Some(18_000), Some(4))
    );
    assert_eq!((l[0]["arpa"].as_i64(), l[0]["ltv"].as_i64()), (Some(4_500), Some(27_000)));
    assert_eq!(l[0]["avg_customer_churn_rate"], "0.166667");
    // In mid-February no complete month had started with a paying account: rate and LTV undefined.
    let calm = at(&db, "2026-02-15", &["report", "ltv", "--currency", "USD"]);
    assert_eq!((calm[0]["avg_customer_churn_rate"].is_null(), calm[0]["ltv"].is_null()), (true, true));

    // A table ends with a sparkline of MRR per currency, unless --no-chart.
    let table = |extra: &[&str]| {
        let mut args = vec!["report", "mrr", "--from", "2026-01-01", "--to", "2026-04-30"];
        args.extend_from_slice(extra);
        let out = db.cmd().env("BILLCTL_NOW", "2026-04-30T23:00:00Z").args(&args).output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(table(&[]).trim_end().ends_with("MRR USD ▇█▁▂ 250.00 → 180.00"), "{}", table(&[]));
    assert!(!table(&["--no-chart"]).contains("MRR USD"));

    // As of mid-February, what was recorded later does not exist yet: a closed month never changes,
    // and February so far shows only the upgrade.
    let early = mrr(&db, "2026-02-10T00:00:00Z", &["--from", "2026-01-01", "--to", "2026-02-28"]);
    assert_eq!(moves(&early[0]), moves(&r[0]));
    assert_eq!(moves(&early[1]), [0, 6_000, 0, 0, 0, 6_000, 31_000]);

    // Weekly: the week of the downgrade (Mon 02-16 to Sun 02-22) holds only the contraction.
    let w = mrr(&db, "2026-04-30", &["--from", "2026-02-16", "--to", "2026-02-22", "--interval", "week"]);
    assert_eq!(w.len(), 1);
    assert_eq!(moves(&w[0]), [0, 0, -5_000, 0, 0, -5_000, 26_000]);
}

#[tokio::test]
async fn mrr_reports_eur_and_jpy_side_by_side_in_minor_units_and_csv_in_major_units() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "m", "--name", "M", "--price", "EUR:12.50", "--price", "JPY:1000"]);
    db.json(&[
        "plan",
        "create",
        "--code",
        "y",
        "--name",
        "Y",
        "--interval",
        "year",
        "--price",
        "EUR:99",
        "--price",
        "JPY:12000",
    ]);
    let e = account(&db, "Euro", "EUR");
    let j = account(&db, "Yen", "JPY");
    subscribe(&db, &e, "m", "2026-01-10");
    subscribe(&db, &j, "y", "2026-02-01");
    let r = mrr(&db, "2026-04-01", &["--from", "2026-01-01", "--to", "2026-03-31", "--interval", "quarter"]);
    assert_eq!(r.len(), 2, "one row per currency: {r:?}");
    assert_eq!(
        (r[0]["currency"].as_str(), r[0]["mrr"].as_i64(), r[0]["arr"].as_i64()),
        (Some("EUR"), Some(1_250), Some(15_000))
    );
    assert_eq!(
        (r[1]["currency"].as_str(), r[1]["mrr"].as_i64(), r[1]["new"].as_i64()),
        (Some("JPY"), Some(1_000), Some(1_000))
    );
    let jpy = mrr(
        &db,
        "2026-04-01",
        &["--from", "2026-01-01", "--to", "2026-03-31", "--interval", "quarter", "--currency", "jpy"],
    );
    assert_eq!(jpy.len(), 1);
    assert_eq!(jpy[0]["currency"], "JPY");
    let out = db
        .cmd()
        .env("BILLCTL_NOW", "2026-04-01")
        .args([
            "report",
            "mrr",
            "--from",
            "2026-01-01",
            "--to",
            "2026-03-31",
            "--interval",
            "quarter",
            "--format",
            "csv",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let table = db
        .cmd()
        .env("BILLCTL_NOW", "2026-04-01")
        .args(["report", "mrr", "--from", "2026-01-01", "--to", "2026-03-31", "--interval", "quarter"])
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("net_new") && table.contains("12.50") && table.contains("12000"), "{table}");
    assert!(!table.contains("MRR EUR"), "one period: no chart");
    let csv = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "period_start,period_end,currency,mrr_start,new,expansion,contraction,churn,reactivation,net_new,mrr,arr,customers,customers_start,churned_customers"
    );
    assert_eq!(lines[1], "2026-01-01,2026-03-31,EUR,0.00,12.50,0.00,0.00,0.00,0.00,12.50,12.50,150.00,1,0,0");
    assert_eq!(lines[2], "2026-01-01,2026-03-31,JPY,0,1000,0,0,0,0,1000,1000,12000,1,0,0");
}

#[tokio::test]
async fn bad_report_input_names_the_flag_and_a_range_without_data_is_empty() {
    let db = test_db().await;
    db.cmd()
        .args(["report", "mrr", "--from", "2026-03-01", "--to", "2026-02-01"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--from 2026-03-01 is after --to 2026-02-01"));
    db.cmd()
        .args(["report", "mrr", "--currency", "XYZ"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--currency"));
    db.cmd()
        .args(["report", "mrr", "--interval", "year"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--interval"));
    db.cmd()
        .args(["report", "aging", "--currency", "EURO"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--currency"));
    let r = mrr(&db, "2026-04-01", &["--from", "2020-01-01", "--to", "2020-12-31"]);
    assert!(r.is_empty(), "{r:?}");
    let aging = db.json(&["report", "aging", "--accounts"]);
    assert_eq!(aging["totals"], serde_json::json!([]));
}

#[tokio::test]
async fn aging_puts_open_invoices_in_buckets_by_days_past_due_per_currency() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "USD:30", "--price", "EUR:20"]);
    let a = account(&db, "Usd", "USD");
    let e = account(&db, "Eur", "EUR");
    subscribe(&db, &a, "basic", "2026-01-05");
    subscribe(&db, &e, "basic", "2026-03-01");
    // Invoices issued 01-05 (due 01-19), 02-05 (due 02-19), 03-05 (due 03-19); EUR on 03-05 too.
    at(&db, "2026-01-05T10:00:00Z", &["invoice", "run"]);
    at(&db, "2026-02-05T10:00:00Z", &["invoice", "run"]);
    at(&db, "2026-03-05T10:00:00Z", &["invoice", "run"]);
    let due: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT currency::text, due_on::text, amount_due FROM invoices WHERE status = 'open' ORDER BY currency, due_on",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        due,
        vec![
            ("EUR".into(), "2026-03-19".into(), 2000),
            ("USD".into(), "2026-01-19".into(), 3000),
            ("USD".into(), "2026-02-19".into(), 3000),
            ("USD".into(), "2026-03-19".into(), 3000),
        ]
    );
    // As of 04-20: 01-19 is 91 days past due (over 90), 02-19 is 60 and 03-19 is 32 (31-60).
    let r = at(&db, "2026-04-20T12:00:00Z", &["report", "aging", "--accounts"]);
    assert_eq!(r["as_of"], "2026-04-20");
    let totals = r["totals"].as_array().unwrap();
    assert_eq!(totals.len(), 2);
    assert_eq!(totals[0]["currency"], "EUR");
    assert_eq!((totals[0]["days_31_60"].as_i64(), totals[0]["total"].as_i64()), (Some(2000), Some(2000)));
    assert_eq!(totals[1]["currency"], "USD");
    let usd = |k: &str| totals[1][k].as_i64().unwrap();
    assert_eq!(
        [usd("current"), usd("days_1_30"), usd("days_31_60"), usd("days_61_90"), usd("over_90")],
        [0, 0, 6000, 0, 3000]
    );
    assert_eq!(usd("total"), 9000);
    let accounts = r["accounts"].as_array().unwrap();
    assert!(accounts.iter().any(|x| x["bucket"] == "over-90" && x["account_id"] == a.as_str() && x["amount"] == 3000));
    assert!(accounts.iter().any(|x| x["bucket"] == "31-60" && x["account_id"] == a.as_str() && x["amount"] == 6000));
    assert!(
        accounts.iter().any(|x| x["bucket"] == "31-60" && x["account_id"] == e.as_str() && x["account_name"] == "Eur")
    );
    // Paid in full on 04-25: still open as of 04-20 (a past day's figures do not change), gone after.
    let jan: String =
        sqlx::query_scalar("SELECT number FROM invoices WHERE currency = 'USD' AND due_on = '2026-01-19'")
            .fetch_one(&db.pool)
            .await
            .unwrap();
    at(&db, "2026-04-25T09:00:00Z", &["payment", "record", &jan, "--amount", "30.00", "--method", "wire"]);
    let again = at(&db, "2026-04-20T12:00:00Z", &["report", "aging"]);
    assert_eq!(again["totals"], r["totals"]);
    let later = at(&db, "2026-04-26", &["report", "aging", "--currency", "USD"]);
    assert_eq!(later["totals"].as_array().unwrap().len(), 1);
    assert_eq!((later["totals"][0]["over_90"].as_i64(), later["totals"][0]["total"].as_i64()), (Some(0), Some(6000)));
    // As of 03-01 the March invoices did not exist yet; 01-19 was 41 days past due, 02-19 ten.
    let r = at(&db, "2026-03-01", &["report", "aging"]);
    let usd = &r["totals"][0];
    assert_eq!(
        (usd["currency"].as_str(), usd["days_1_30"].as_i64(), usd["days_31_60"].as_i64(), usd["total"].as_i64()),
        (Some("USD"), Some(3000), Some(3000), Some(6000))
    );
    assert_eq!(r["accounts"], serde_json::json!([]), "accounts only with --accounts");
}

#[tokio::test]
async fn revenue_of_an_annual_invoice_is_recognised_day_by_day_and_the_rest_deferred() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "yearly", "--name", "Yearly", "--interval", "year", "--price", "USD:1200"]);
    let a = account(&db, "Annual", "USD");
    subscribe(&db, &a, "yearly", "2026-01-01");
    at(&db, "2026-01-01T10:00:00Z", &["invoice", "run"]);
    let line: (i64, String, String) = sqlx::query_as(
        "SELECT amount, service_start::text, service_end::text FROM invoice_lines WHERE kind = 'recurring'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(line, (120_000, "2026-01-01".into(), "2027-01-01".into()));
    // 120000 / 365 = 328 a day (119720), the last day 328 + 280.
    let args = ["report", "revenue", "--from", "2026-01-01", "--to", "2026-12-31", "--interval", "month"];
    let r = at(&db, "2027-01-05", &args);
    let r = r.as_array().unwrap();
    assert_eq!(r.len(), 12);
    let f = |i: usize, k: &str| r[i][k].as_i64().unwrap();
    assert_eq!((f(0, "invoiced"), f(0, "recognised"), f(0, "deferred")), (120_000, 31 * 328, 120_000 - 31 * 328));
    assert_eq!((f(1, "invoiced"), f(1, "recognised"), f(1, "deferred")), (0, 28 * 328, 120_000 - 59 * 328));
    assert_eq!((f(11, "recognised"), f(11, "deferred")), (30 * 328 + 608, 0));
    assert_eq!((0..12).map(|i| f(i, "recognised")).sum::<i64>(), 120_000);
    let q = at(
        &db,
        "2027-01-05",
        &["report", "revenue", "--from", "2026-01-01", "--to", "2026-03-31", "--interval", "quarter"],
    );
    assert_eq!(q[0]["recognised"], 90 * 328);
    assert_eq!(q[0]["currency"], "USD");
}

#[tokio::test]
async fn metered_prices_are_not_mrr_a_quarterly_price_counts_a_third_and_a_pause_is_churn_until_the_resume() {
    let db = test_db().await;
    let metered = "calls:graduated:USD:inf@0.01";
    db.json(&["plan", "create", "--code", "mix", "--name", "Mix", "--price", "USD:10", "--metered", metered]);
    db.json(&["plan", "create", "--code", "q", "--name", "Q", "--interval-count", "3", "--price", "USD:90"]);
    let p = account(&db, "Pauser", "USD");
    let q = account(&db, "Quarterly", "USD");
    let sp = subscribe(&db, &p, "mix", "2026-01-05");
    subscribe(&db, &q, "q", "2026-01-20");
    at(&db, "2026-02-10T10:00:00Z", &["subscription", "pause", &sp]);
    at(&db, "2026-03-05T10:00:00Z", &["subscription", "resume", &sp]);
    let r = mrr(&db, "2026-04-01", &["--from", "2026-01-01", "--to", "2026-03-31"]);
    assert_eq!(r.len(), 3, "{r:?}");
    assert_eq!(moves(&r[0]), [4_000, 0, 0, 0, 0, 4_000, 4_000], "10 flat (metered left out) + 90 / 3");
    assert_eq!(moves(&r[1]), [0, 0, 0, -1_000, 0, -1_000, 3_000]);
    assert_eq!(r[1]["customers"], 1);
    assert_eq!(moves(&r[2]), [0, 0, 0, 0, 1_000, 1_000, 4_000]);
}

#[tokio::test]
async fn top_customers_rank_by_revenue_invoiced_or_by_mrr_within_each_currency() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "EUR:30", "--price", "JPY:3000"]);
    db.json(&["plan", "create", "--code", "yearly", "--name", "Yearly", "--interval", "year", "--price", "EUR:1200"]);
    let monthly = account(&db, "Monthly", "EUR");
    let annual = account(&db, "Annual", "EUR");
    let yen = account(&db, "Yen", "JPY");
    subscribe(&db, &monthly, "basic", "2026-01-01");
    subscribe(&db, &monthly, "basic", "2026-01-01");
    subscribe(&db, &annual, "yearly", "2026-01-01");
    subscribe(&db, &yen, "basic", "2026-01-01");
    for day in ["2026-01-01", "2026-02-01", "2026-03-01"] {
        at(&db, &format!("{day}T13:00:00Z"), &["invoice", "run"]);
    }
    let top = |args: &[&str]| -> Vec<(String, i64, i64, i64)> {
        let mut all = vec!["report", "customers", "--from", "2026-01-01", "--to", "2026-03-31"];
        all.extend_from_slice(args);
        at(&db, "2026-03-31T12:00:00Z", &all)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["account_name"].as_str().unwrap().to_string(),
                    r["rank"].as_i64().unwrap(),
                    r["revenue"].as_i64().unwrap(),
                    r["mrr"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    // Revenue: the annual account was invoiced 1200.00 once; the monthly one 2 × 30.00 × 3 months.
    assert_eq!(
        top(&[]),
        vec![
            ("Annual".to_string(), 1, 120_000, 10_000),
            ("Monthly".to_string(), 2, 18_000, 6_000),
            ("Yen".to_string(), 1, 9_000, 3_000)
        ]
    );
    // MRR: 1200/12 = 100.00 beats 2 × 30.00; --top 1 keeps one per currency.
    assert_eq!(
        top(&["--by", "mrr", "--top", "1"]),
        vec![("Annual".to_string(), 1, 120_000, 10_000), ("Yen".to_string(), 1, 9_000, 3_000)]
    );
    assert_eq!(top(&["--currency", "JPY"]).len(), 1);
}

#[tokio::test]
async fn subscriptions_are_counted_per_status_at_each_month_end_with_new_and_canceled() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "USD:30"]);
    db.json(&["plan", "create", "--code", "trial", "--name", "Trial", "--price", "USD:30", "--trial-days", "45"]);
    let a = account(&db, "A", "USD");
    let b = account(&db, "B", "USD");
    subscribe(&db, &a, "basic", "2026-01-10");
    let trial = subscribe(&db, &b, "trial", "2026-01-20");
    let second = subscribe(&db, &b, "basic", "2026-02-05");
    at(&db, "2026-02-10T12:00:00Z", &["subscription", "pause", &second]);
    at(&db, "2026-03-12T12:00:00Z", &["subscription", "cancel", &trial, "--at", "now"]);
    let rows =
        at(&db, "2026-03-31T12:00:00Z", &["report", "subscriptions", "--from", "2026-01-01", "--to", "2026-03-31"]);
    let got: Vec<[i64; 6]> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| ["active", "trialing", "paused", "new", "canceled", "net_new"].map(|k| r[k].as_i64().unwrap()))
        .collect();
    assert_eq!(
        got,
        vec![
            [1, 1, 0, 2, 0, 2],  // January: one active, one trialing, both new
            [1, 1, 1, 1, 0, 1],  // February: the second subscription started, then paused
            [1, 0, 1, 0, 1, -1]  // March: the trial canceled
        ]
    );
}

#[tokio::test]
async fn out_writes_a_self_contained_html_page_with_the_table_and_a_chart_per_currency() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "EUR:30", "--price", "JPY:3000"]);
    let eur = account(&db, "Euro", "EUR");
    sqlx::query("UPDATE accounts SET name = 'Euro <b>&Co</b>' WHERE id = $1")
        .bind(&eur)
        .execute(&db.pool)
        .await
        .unwrap();
    let yen = account(&db, "Yen", "JPY");
    subscribe(&db, &eur, "basic", "2026-01-01");
    subscribe(&db, &yen, "basic", "2026-01-01");
    let page = db.home.join("mrr.html");
    let p = page.to_str().unwrap();
    at(&db, "2026-03-31T12:00:00Z", &["report", "mrr", "--from", "2026-01-01", "--to", "2026-03-31", "--out", p]);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(html.matches("<svg").count(), 2, "one chart per currency, never summed");
    assert!(html.contains("<td>30.00</td>") && html.contains("<td>3000</td>"), "the table's figures");
    assert!(!html.contains("<script") && !html.contains(" src=") && !html.contains("<link"), "self-contained");
    let customers = db.home.join("customers.html");
    at(&db, "2026-03-31T12:00:00Z", &["report", "customers", "--by", "mrr", "--out", customers.to_str().unwrap()]);
    let html = std::fs::read_to_string(&customers).unwrap();
    assert!(html.contains("Euro &lt;b&gt;&amp;Co&lt;/b&gt;"), "names are escaped");
    let out = db.cmd().args(["report", "aging", "--out", "/nonexistent/dir/aging.html"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/dir/aging.html"));
}
