//! Tax rates as the invoice run needs them.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::PgConnection;

use crate::domain::tax::TaxRate;

/// For each (country, region), the rate with the latest `valid_from` on or before `on`.
pub async fn active_rates(conn: &mut PgConnection, on: NaiveDate) -> sqlx::Result<Vec<TaxRate>> {
    let rows: Vec<(String, String, String, String, Decimal)> = sqlx::query_as(
        "SELECT DISTINCT ON (country, region) id, country::text, region, name, rate FROM tax_rates
         WHERE archived_at IS NULL AND valid_from <= $1 ORDER BY country, region, valid_from DESC",
    )
    .bind(on)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, country, region, name, rate)| TaxRate { id, country, region, name, rate: rate.normalize() })
        .collect())
}
