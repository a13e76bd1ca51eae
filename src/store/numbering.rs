//! Gapless invoice numbers: one counter per prefix, bumped inside the transaction that writes the
//! invoices (a rollback gives the numbers back, so no gap appears).

use sqlx::PgConnection;

/// Reserves `count` (≥ 1) consecutive sequence values under `prefix` and returns the first; the
/// values are `first ..= first + count − 1`. The counter row stays locked until the transaction
/// ends, so concurrent allocators for the same prefix queue up behind it.
pub async fn allocate(conn: &mut PgConnection, prefix: &str, count: i64) -> sqlx::Result<i64> {
    assert!(count >= 1, "allocate at least one number");
    let last: i64 = sqlx::query_scalar(
        "INSERT INTO invoice_number_sequences AS s (prefix, last_value) VALUES ($1, $2)
         ON CONFLICT (prefix) DO UPDATE SET last_value = s.last_value + EXCLUDED.last_value
         RETURNING last_value",
    )
    .bind(prefix)
    .bind(count)
    .fetch_one(conn)
    .await?;
    Ok(last - count + 1)
}
