//! The credit ledger: entries only; a balance is a sum.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct CreditEntry {
    pub id: String,
    pub account_id: String,
    pub kind: String,
    pub amount: i64,
    pub currency: String,
    pub reason: Option<String>,
    pub grant_id: Option<String>,
    pub invoice_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

pub async fn insert(conn: &mut PgConnection, e: &CreditEntry) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO credit_entries (id, account_id, kind, amount, currency, reason, grant_id, invoice_id, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
    )
    .bind(&e.id)
    .bind(&e.account_id)
    .bind(&e.kind)
    .bind(e.amount)
    .bind(&e.currency)
    .bind(&e.reason)
    .bind(&e.grant_id)
    .bind(&e.invoice_id)
    .bind(e.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The account's credit balance (sum of the ledger) in minor units.
pub async fn balance(conn: &mut PgConnection, account_id: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT COALESCE(SUM(amount), 0)::BIGINT FROM credit_entries WHERE account_id = $1")
        .bind(account_id)
        .fetch_one(conn)
        .await
}
