//! One-off charges (`billctl charge`): rows of `pending_charges` with kind `one_off` and no
//! subscription. Written with [`super::subscriptions::insert_pending`]; billed by the invoice run
//! (or at once) like every pending charge.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::{PgConnection, Postgres, QueryBuilder};

use super::subscriptions::PendingCharge;

/// A one-off charge with its state.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Charge {
    #[serde(flatten)]
    #[sqlx(flatten)]
    pub charge: PendingCharge,
    pub voided_at: Option<DateTime<Utc>>,
}

impl Charge {
    /// `pending` (waits for the next invoice), `billed` or `void`.
    pub fn status(&self) -> &'static str {
        match (&self.charge.invoice_id, self.voided_at) {
            (_, Some(_)) => "void",
            (Some(_), None) => "billed",
            (None, None) => "pending",
        }
    }
}

const SELECT: &str = "SELECT id, account_id, subscription_id, kind, description, quantity, amount,
    currency::TEXT AS currency, service_start, service_end, invoice_id, created_at, tax_exempt, voided_at
    FROM pending_charges";

/// A one-off charge by id, locked.
pub async fn find_for_update(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<Charge>> {
    let sql = format!("{SELECT} WHERE id = $1 AND kind = 'one_off' FOR UPDATE");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(conn).await
}

/// The account that owns a one-off charge (to lock it first).
pub async fn account_of(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT account_id FROM pending_charges WHERE id = $1 AND kind = 'one_off'")
        .bind(id)
        .fetch_optional(conn)
        .await
}

/// One-off charges, oldest first, a page at a time.
pub async fn list(
    conn: &mut PgConnection,
    account_id: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<Charge>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!("{SELECT} WHERE kind = 'one_off'"));
    if let Some(a) = account_id {
        q.push(" AND account_id = ").push_bind(a.to_string());
    }
    if let Some(a) = after {
        q.push(" AND id > ").push_bind(a.to_string());
    }
    q.push(" ORDER BY id LIMIT ").push_bind(limit);
    q.build_query_as().fetch_all(conn).await
}

pub async fn void(conn: &mut PgConnection, id: &str, at: DateTime<Utc>) -> sqlx::Result<()> {
    sqlx::query("UPDATE pending_charges SET voided_at = $2 WHERE id = $1 AND invoice_id IS NULL")
        .bind(id)
        .bind(at)
        .execute(conn)
        .await?;
    Ok(())
}
