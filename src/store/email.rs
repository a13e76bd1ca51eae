//! What an e-mail says about an account beyond its event: the invoice a dunning e-mail is about,
//! the overdue balance, and the latest event of a kind (`notify preview`).

use chrono::NaiveDate;
use sqlx::PgConnection;

/// The account's unpaid invoice that fell due first (open, something due), as of `today`:
/// the one a dunning e-mail is about. Falls back to the oldest open one not yet due.
pub async fn oldest_unpaid_invoice(
    conn: &mut PgConnection,
    account_id: &str,
    today: NaiveDate,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT id FROM invoices
         WHERE account_id = $1 AND status = 'open' AND amount_due > 0
         ORDER BY (due_on < $2) DESC, due_on, id LIMIT 1",
    )
    .bind(account_id)
    .bind(today)
    .fetch_optional(conn)
    .await
}

/// The account's overdue balance (open invoices due before `today`) per currency, largest first.
pub async fn overdue_balance(
    conn: &mut PgConnection,
    account_id: &str,
    today: NaiveDate,
) -> sqlx::Result<Vec<(String, i64)>> {
    sqlx::query_as(
        "SELECT currency::TEXT, sum(amount_due)::BIGINT FROM invoices
         WHERE account_id = $1 AND status = 'open' AND amount_due > 0 AND due_on < $2
         GROUP BY currency ORDER BY 2 DESC",
    )
    .bind(account_id)
    .bind(today)
    .fetch_all(conn)
    .await
}

/// The id of the account's latest event of one of `types`.
pub async fn latest_event_of(
    conn: &mut PgConnection,
    account_id: &str,
    types: &[&str],
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "SELECT id FROM events WHERE account_id = $1 AND type = ANY($2)
         ORDER BY occurred_at DESC, id DESC LIMIT 1",
    )
    .bind(account_id)
    .bind(types)
    .fetch_optional(conn)
    .await
}
