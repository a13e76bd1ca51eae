//! The credit ledger: entries only; a balance is a sum.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;

use crate::domain::Currency;

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct CreditEntry {
    pub id: String,
    pub account_id: String,
    pub kind: String,
    pub amount: i64,
    pub currency: Currency,
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
    .bind(e.currency)
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

/// A credit grant with what is left of it.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct GrantRow {
    pub id: String,
    pub account_id: String,
    pub amount: i64,
    pub currency: Currency,
    pub reason: Option<String>,
    pub invoice_id: Option<String>,
    pub created_at: DateTime<Utc>,
    /// `amount` plus every applied / returned / void entry of the grant.
    pub remaining: i64,
    /// Whether a 'void' entry exists for the grant.
    pub voided: bool,
}

const GRANT_SELECT: &str = "SELECT g.id, g.account_id, g.amount, g.currency, g.reason, g.invoice_id, g.created_at,
        (g.amount + COALESCE(SUM(e.amount), 0))::BIGINT AS remaining,
        COALESCE(BOOL_OR(e.kind = 'void'), FALSE) AS voided
    FROM credit_entries g LEFT JOIN credit_entries e ON e.grant_id = g.id
    WHERE g.kind = 'grant'";

/// Grants, oldest first (keyset by id), optionally of one account.
pub async fn grants(
    conn: &mut PgConnection,
    account_id: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<GrantRow>> {
    let sql = format!(
        "{GRANT_SELECT} AND ($1::TEXT IS NULL OR g.account_id = $1) AND ($2::TEXT IS NULL OR g.id > $2)
         GROUP BY g.id ORDER BY g.id LIMIT $3"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).bind(after).bind(limit).fetch_all(conn).await
}

/// One grant with its remaining amount, locking the grant row against concurrent use (the
/// invoice engine should lock the grants it applies the same way, via [`lock_grants`]).
pub async fn find_grant_for_update(conn: &mut PgConnection, grant_id: &str) -> sqlx::Result<Option<GrantRow>> {
    if lock_grants(&mut *conn, &[grant_id.to_string()]).await?.is_empty() {
        return Ok(None);
    }
    let sql = format!("{GRANT_SELECT} AND g.id = $1 GROUP BY g.id");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(grant_id).fetch_optional(conn).await
}

/// Locks the given grant rows (`FOR UPDATE`, in id order to avoid deadlocks); returns the ids
/// that exist.
pub async fn lock_grants(conn: &mut PgConnection, grant_ids: &[String]) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT id FROM credit_entries WHERE id = ANY($1) AND kind = 'grant' ORDER BY id FOR UPDATE")
        .bind(grant_ids)
        .fetch_all(conn)
        .await
}

/// What is left of each of the account's grants that still has something: `(grant id, remaining,
/// created_at)`, oldest first. This is the input of `domain::credit::apply` (order = position).
pub async fn grant_balances(
    conn: &mut PgConnection,
    account_id: &str,
) -> sqlx::Result<Vec<(String, i64, DateTime<Utc>)>> {
    sqlx::query_as(
        "SELECT g.id, (g.amount + COALESCE(SUM(e.amount), 0))::BIGINT AS remaining, g.created_at
         FROM credit_entries g LEFT JOIN credit_entries e ON e.grant_id = g.id
         WHERE g.account_id = $1 AND g.kind = 'grant'
         GROUP BY g.id HAVING g.amount + COALESCE(SUM(e.amount), 0) > 0
         ORDER BY g.created_at, g.id",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await
}

/// Credit an invoice still holds, per grant: applied minus already returned (positive amounts).
pub async fn applied_to_invoice(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as(
        "SELECT grant_id, (-SUM(amount))::BIGINT FROM credit_entries
         WHERE invoice_id = $1 AND kind IN ('applied', 'returned') AND grant_id IS NOT NULL
         GROUP BY grant_id HAVING -SUM(amount) > 0 ORDER BY grant_id",
    )
    .bind(invoice_id)
    .fetch_all(conn)
    .await
}

/// Balances of several accounts: `(account id, currency, balance)`.
pub async fn balances(conn: &mut PgConnection, account_ids: &[String]) -> sqlx::Result<Vec<(String, Currency, i64)>> {
    sqlx::query_as(
        "SELECT a.id, a.currency::TEXT, COALESCE(SUM(e.amount), 0)::BIGINT
         FROM accounts a LEFT JOIN credit_entries e ON e.account_id = a.id
         WHERE a.id = ANY($1) GROUP BY a.id ORDER BY a.id",
    )
    .bind(account_ids)
    .fetch_all(conn)
    .await
}

/// The account a ledger entry belongs to.
pub async fn entry_account(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT account_id FROM credit_entries WHERE id = $1").bind(id).fetch_optional(conn).await
}
