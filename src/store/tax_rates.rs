//! Tax rates: one row per (country, region, valid_from); the latest `valid_from` on or before a
//! date is the rate in force.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::PgConnection;

use crate::domain::tax::TaxRate;

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct TaxRateRow {
    pub id: String,
    pub country: String,
    /// `""`: the whole country.
    pub region: String,
    pub name: String,
    /// A fraction: 0.19 is 19 %.
    pub rate: Decimal,
    pub valid_from: NaiveDate,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

impl TaxRateRow {
    pub fn to_domain(&self) -> TaxRate {
        TaxRate {
            id: self.id.clone(),
            country: self.country.clone(),
            region: self.region.clone(),
            name: self.name.clone(),
            rate: self.rate.normalize(),
        }
    }
}

pub async fn insert(conn: &mut PgConnection, r: &TaxRateRow) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO tax_rates (id, country, region, name, rate, valid_from, archived_at, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8)",
    )
    .bind(&r.id)
    .bind(&r.country)
    .bind(&r.region)
    .bind(&r.name)
    .bind(r.rate)
    .bind(r.valid_from)
    .bind(r.archived_at)
    .bind(r.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

const COLUMNS: &str = "id, country::TEXT AS country, region, name, rate, valid_from, archived_at, created_at";

fn normalized(mut rows: Vec<TaxRateRow>) -> Vec<TaxRateRow> {
    for r in &mut rows {
        r.rate = r.rate.normalize();
    }
    rows
}

/// All rates by country, region and date (archived ones only when asked).
pub async fn list(conn: &mut PgConnection, include_archived: bool) -> sqlx::Result<Vec<TaxRateRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tax_rates WHERE ($1 OR archived_at IS NULL) ORDER BY country, region, valid_from, id"
    );
    Ok(normalized(sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(include_archived).fetch_all(conn).await?))
}

/// The rates in force on `on`, as stored rows: for each (country, region), the one with the latest
/// `valid_from` on or before `on` that is not archived.
pub async fn active_rows(conn: &mut PgConnection, on: NaiveDate) -> sqlx::Result<Vec<TaxRateRow>> {
    let sql = format!(
        "SELECT DISTINCT ON (country, region) {COLUMNS} FROM tax_rates
         WHERE archived_at IS NULL AND valid_from <= $1
         ORDER BY country, region, valid_from DESC, id"
    );
    Ok(normalized(sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(on).fetch_all(conn).await?))
}

/// The rates in force on `on` (see [`active_rows`]), ready for `domain::tax::decide`.
pub async fn active_rates(conn: &mut PgConnection, on: NaiveDate) -> sqlx::Result<Vec<TaxRate>> {
    Ok(active_rows(conn, on).await?.iter().map(TaxRateRow::to_domain).collect())
}
