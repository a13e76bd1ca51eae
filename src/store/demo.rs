//! The reads `billctl demo` needs: the demo's accounts without a card, and what they were billed.

use serde::Serialize;
use sqlx::PgConnection;

/// Accounts whose external id starts with `prefix` and that have no attached card, by external id.
pub async fn accounts_without_card(conn: &mut PgConnection, prefix: &str) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as(
        "SELECT a.id, a.external_id FROM accounts a
          WHERE a.external_id LIKE $1 || '%'
            AND NOT EXISTS (SELECT 1 FROM payment_methods pm WHERE pm.account_id = a.id AND pm.detached_at IS NULL)
          ORDER BY a.external_id",
    )
    .bind(prefix)
    .fetch_all(conn)
    .await
}

/// What the accounts of `prefix` were billed, per currency (void invoices left out).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Billed {
    pub currency: String,
    pub accounts: i64,
    pub invoices: i64,
    pub billed_minor: i64,
    pub paid_invoices: i64,
    pub paid_minor: i64,
    pub open_invoices: i64,
    pub due_minor: i64,
}

pub async fn billed(conn: &mut PgConnection, prefix: &str) -> sqlx::Result<Vec<Billed>> {
    sqlx::query_as(
        "SELECT i.currency::text AS currency,
                count(DISTINCT i.account_id) AS accounts,
                count(*) AS invoices,
                coalesce(sum(i.total), 0)::int8 AS billed_minor,
                count(*) FILTER (WHERE i.status = 'paid') AS paid_invoices,
                coalesce(sum(i.amount_paid), 0)::int8 AS paid_minor,
                count(*) FILTER (WHERE i.status = 'open') AS open_invoices,
                coalesce(sum(i.amount_due) FILTER (WHERE i.status = 'open'), 0)::int8 AS due_minor
           FROM invoices i JOIN accounts a ON a.id = i.account_id
          WHERE a.external_id LIKE $1 || '%' AND i.status NOT IN ('void', 'draft')
          GROUP BY i.currency ORDER BY i.currency",
    )
    .bind(prefix)
    .fetch_all(conn)
    .await
}
