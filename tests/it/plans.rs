//! `billctl plan …` end to end.

use predicates::prelude::*;

use crate::harness::test_db;

#[tokio::test]
async fn a_plan_is_created_with_prices_per_currency_and_tiers() {
    let db = test_db().await;
    let p = db.json(&[
        "plan",
        "create",
        "--code",
        "api",
        "--name",
        "API",
        "--interval",
        "month",
        "--trial-days",
        "14",
        "--price",
        "USD:49",
        "--price",
        "JPY:5000",
        "--seat-price",
        "USD:9.99",
        "--metered",
        "api_calls:graduated:USD:10000@0,100000@0.002+1.50,inf@0.0015",
    ]);
    assert_eq!(p["version"]["version"], 1);
    assert_eq!(p["version"]["trial_days"], 14);
    assert_eq!(p["prices"].as_array().unwrap().len(), 4);
    let metered = p["prices"].as_array().unwrap().iter().find(|x| x["kind"] == "metered").unwrap();
    assert_eq!(metered["tiers"].as_array().unwrap().len(), 3);
    let tiers: i64 = sqlx::query_scalar("SELECT count(*) FROM price_tiers").fetch_one(&db.pool).await.unwrap();
    assert_eq!(tiers, 3);
    let list = db.json(&["plan", "list"]);
    assert_eq!(list[0]["currencies"], "JPY,USD");
}

#[tokio::test]
async fn bad_plans_are_refused_with_the_field_named() {
    let db = test_db().await;
    db.cmd()
        .args(["plan", "create", "--code", "x", "--name", "X"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at least one price"));
    db.cmd()
        .args(["plan", "create", "--code", "x", "--name", "X", "--price", "EURO:10"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("currency"));
    db.cmd()
        .args(["plan", "create", "--code", "x", "--name", "X", "--metered", "calls:graduated:USD:100@1,50@2,inf@0"])
        .assert()
        .code(2);
    db.cmd()
        .args(["plan", "create", "--code", "x y", "--name", "X", "--price", "USD:1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("code"));
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM plans").fetch_one(&db.pool).await.unwrap();
    assert_eq!(n, 0);
    db.cmd().args(["plan", "create", "--code", "x", "--name", "X", "--price", "USD:1"]).assert().success();
    db.cmd()
        .args(["plan", "create", "--code", "x", "--name", "X", "--price", "USD:1"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("plan edit"));
}

#[tokio::test]
async fn editing_prices_creates_a_version_and_subscriptions_keep_theirs() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "pro", "--name", "Pro", "--price", "EUR:29"]);
    let acct = db.json(&["account", "create", "--name", "A", "--email", "a@example.com", "--currency", "EUR"]);
    let a = acct["id"].as_str().unwrap();
    let s1 = db.json(&["subscription", "create", "--account", a, "--plan", "pro"]);
    let v2 = db.json(&["plan", "edit", "pro", "--price", "EUR:35"]);
    assert_eq!(v2["version"]["version"], 2);
    let renamed = db.json(&["plan", "edit", "pro", "--name", "Pro+"]);
    assert_eq!(renamed["version"]["version"], 2, "a rename is not a new version");
    let s1_now = db.json(&["subscription", "show", s1["id"].as_str().unwrap()]);
    assert_eq!(s1_now["plan_version"], 1);
    let s2 = db.json(&["subscription", "create", "--account", a, "--plan", "pro"]);
    assert_eq!(s2["plan_version"], 2);
    let v1 = db.json(&["plan", "show", "pro", "--version", "1"]);
    assert_eq!(v1["prices"][0]["unit_amount"], "29");
}

#[tokio::test]
async fn archived_plans_take_no_new_subscriptions() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "old", "--name", "Old", "--price", "USD:5"]);
    let acct = db.json(&["account", "create", "--name", "A", "--email", "a@example.com", "--currency", "USD"]);
    db.cmd().args(["plan", "archive", "old"]).assert().success();
    db.cmd()
        .args(["subscription", "create", "--account", acct["id"].as_str().unwrap(), "--plan", "old"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("archived"));
    assert_eq!(db.json(&["plan", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(db.json(&["plan", "list", "--archived"]).as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_plan_can_be_declared_in_json() {
    let db = test_db().await;
    let file = db.home.join("plan.json");
    std::fs::write(
        &file,
        r#"{"code":"gb","name":"Storage","interval":"year","interval_count":1,"trial_days":0,
            "prices":[{"currency":"KWD","kind":"metered","metric":"gb","tier_mode":"package","package":{"size":"100","price":"1.250"}}]}"#,
    )
    .unwrap();
    let p = db.json(&["plan", "create", "--file", file.to_str().unwrap()]);
    assert_eq!(p["version"]["interval_unit"], "year");
    assert_eq!(p["prices"][0]["package_size"], "100");
}

#[tokio::test]
async fn a_shown_plan_can_be_created_again_from_its_json() {
    let db = test_db().await;
    db.json(&[
        "plan",
        "create",
        "--code",
        "api",
        "--name",
        "API",
        "--interval",
        "month",
        "--trial-days",
        "14",
        "--price",
        "USD:49",
        "--seat-price",
        "USD:9.99",
        "--metered",
        "api_calls:graduated:USD:10000@0,100000@0.002+1.50,inf@0.0015",
    ]);
    let shown = db.json(&["plan", "show", "api"]);
    let mut doc = shown.clone();
    doc["plan"]["code"] = "api-copy".into();
    let file = db.home.join("shown.json");
    std::fs::write(&file, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
    let created = db.json(&["plan", "create", "--file", file.to_str().unwrap()]);
    assert_eq!(created["plan"]["code"], "api-copy");
    assert_eq!(created["version"]["trial_days"], 14);
    // Same prices and tiers, apart from the ids.
    let strip = |v: &serde_json::Value| -> Vec<serde_json::Value> {
        v["prices"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let mut p = p.clone();
                p.as_object_mut().unwrap().retain(|k, _| k != "id" && k != "plan_version_id");
                for t in p["tiers"].as_array_mut().unwrap() {
                    t.as_object_mut().unwrap().remove("price_id");
                }
                p
            })
            .collect()
    };
    assert_eq!(strip(&created), strip(&shown));
}

#[tokio::test]
async fn json_into_a_closed_pipe_exits_quietly() {
    let db = test_db().await;
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--interval", "month", "--price", "EUR:5"]);
    // The reader is gone before billctl writes (as with `| head -1` once head has its line).
    let mut child = db
        .std_cmd()
        .args(["plan", "list", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
