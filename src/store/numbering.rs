//! Gapless invoice numbers: one counter per prefix, bumped inside the transaction that writes
//! the invoices, so a rolled-back batch gives its numbers back and concurrent runs queue on the
//! counter row instead of leaving holes.

use sqlx::PgConnection;

/// Reserves `count` consecutive numbers for `prefix`; returns the first.
pub async fn allocate(conn: &mut PgConnection, prefix: &str, count: i64) -> sqlx::Result<i64> {
    let last: i64 = sqlx::query_scalar(
        "INSERT INTO invoice_number_sequences (prefix, last_value) VALUES ($1, $2)
         ON CONFLICT (prefix) DO UPDATE SET last_value = invoice_number_sequences.last_value + EXCLUDED.last_value
         RETURNING last_value",
    )
    .bind(prefix)
    .bind(count)
    .fetch_one(conn)
    .await?;
    Ok(last - count + 1)
}

/// The last number handed out for `prefix` (0 if none).
pub async fn peek(conn: &mut PgConnection, prefix: &str) -> sqlx::Result<i64> {
    let v: Option<i64> = sqlx::query_scalar("SELECT last_value FROM invoice_number_sequences WHERE prefix = $1")
        .bind(prefix)
        .fetch_optional(conn)
        .await?;
    Ok(v.unwrap_or(0))
}
