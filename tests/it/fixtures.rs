//! Shared test setup: accounts, plans and subscriptions made through the CLI the way a person
//! would, and small reads of the database. Every test file uses these instead of a copy of its own
//! (`duplicates` on tests/ finds the copies).

use serde_json::Value;

use crate::harness::{TestDb, at};

/// The calls metric most tests bill: the first 1 000 free, then 0.0015 each up to 10 000, then
/// 0.001 each (USD).
pub const CALLS: &str = "calls:graduated:USD:1000@0,10000@0.0015,inf@0.001";

/// The one bigint a query returns (`SELECT count(*) …`, `SELECT sum(…)::bigint …`).
pub async fn scalar(db: &TestDb, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(&db.pool).await.unwrap()
}

/// The number of rows in `table`.
pub async fn count(db: &TestDb, table: &str) -> i64 {
    scalar(db, &format!("SELECT count(*) FROM {table}")).await
}

/// `account create` in `currency` with `extra` flags (named "A", a@example.com, unless they say
/// otherwise); its id.
pub fn account(db: &TestDb, currency: &str, extra: &[&str]) -> String {
    let mut args = vec!["account", "create", "--currency", currency];
    for (flag, default) in [("--name", "A"), ("--email", "a@example.com")] {
        if !extra.contains(&flag) {
            args.extend([flag, default]);
        }
    }
    args.extend_from_slice(extra);
    db.json(&args)["id"].as_str().unwrap().to_string()
}

/// `plan create --code CODE` with `flags` (prices, interval, trial …; `--name CODE` unless they
/// name it); the plan.
pub fn plan(db: &TestDb, code: &str, flags: &[&str]) -> Value {
    let mut args = vec!["plan", "create", "--code", code];
    if !flags.contains(&"--name") {
        args.extend(["--name", code]);
    }
    args.extend_from_slice(flags);
    db.json(&args)
}

/// `subscription create` of `acct` on `plan` starting on `start` (a date), run at noon UTC that
/// day, with `extra` flags; its id.
pub fn subscribe(db: &TestDb, acct: &str, plan: &str, start: &str, extra: &[&str]) -> String {
    let mut args = vec!["subscription", "create", "--account", acct, "--plan", plan, "--start", start];
    args.extend_from_slice(extra);
    at(db, &format!("{start}T12:00:00Z"), &args)["id"].as_str().unwrap().to_string()
}

/// Writes the `applied` credit entry `id` as the invoice engine does: `amount` (USD minor units)
/// of `grant` used by `invoice`.
pub async fn applied_credit(db: &TestDb, id: &str, account: &str, grant: &str, invoice: &str, amount: i64) {
    sqlx::query(
        "INSERT INTO credit_entries (id, account_id, kind, amount, currency, grant_id, invoice_id, created_at)
         VALUES ($1, $2, 'applied', $3, 'USD', $4, $5, now())",
    )
    .bind(id)
    .bind(account)
    .bind(-amount)
    .bind(grant)
    .bind(invoice)
    .execute(&db.pool)
    .await
    .unwrap();
}

/// The arguments of `usage record` of `qty` `metric` on `sub` at `when` with idempotency key `key`.
pub fn record<'a>(sub: &'a str, metric: &'a str, qty: &'a str, when: &'a str, key: &'a str) -> Vec<&'a str> {
    vec!["usage", "record", "--subscription", sub, "--metric", metric, "--quantity", qty, "--at", when, "--key", key]
}
