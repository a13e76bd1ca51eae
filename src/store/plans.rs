//! Plans, plan versions, prices and tiers.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::PgConnection;

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Plan {
    pub id: String,
    pub code: String,
    pub name: String,
    pub description: Option<String>,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct PlanVersion {
    pub id: String,
    pub plan_id: String,
    pub version: i32,
    pub interval_unit: String,
    pub interval_count: i32,
    pub trial_days: i32,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct PriceRow {
    pub id: String,
    pub plan_version_id: String,
    pub currency: crate::domain::Currency,
    pub kind: String,
    pub description: String,
    pub unit_amount: Option<Decimal>,
    pub metric: Option<String>,
    pub tier_mode: Option<String>,
    pub package_size: Option<Decimal>,
    pub package_price: Option<Decimal>,
    pub position: i32,
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct TierRow {
    pub price_id: String,
    pub position: i32,
    pub up_to: Option<Decimal>,
    pub unit_price: Decimal,
    pub flat_fee: Decimal,
}

/// A price with its tiers.
#[derive(Debug, Clone, Serialize)]
pub struct Price {
    #[serde(flatten)]
    pub row: PriceRow,
    pub tiers: Vec<TierRow>,
}

/// A plan version with everything needed to bill it.
#[derive(Debug, Clone, Serialize)]
pub struct VersionDetail {
    pub plan: Plan,
    pub version: PlanVersion,
    pub prices: Vec<Price>,
}

pub async fn insert_plan(conn: &mut PgConnection, p: &Plan) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO plans (id, code, name, description, archived_at, created_at) VALUES ($1,$2,$3,$4,$5,$6)")
        .bind(&p.id)
        .bind(&p.code)
        .bind(&p.name)
        .bind(&p.description)
        .bind(p.archived_at)
        .bind(p.created_at)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn update_plan(conn: &mut PgConnection, p: &Plan) -> sqlx::Result<()> {
    sqlx::query("UPDATE plans SET name = $2, description = $3, archived_at = $4 WHERE id = $1")
        .bind(&p.id)
        .bind(&p.name)
        .bind(&p.description)
        .bind(p.archived_at)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn insert_version(conn: &mut PgConnection, v: &PlanVersion) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO plan_versions (id, plan_id, version, interval_unit, interval_count, trial_days, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7)",
    )
    .bind(&v.id)
    .bind(&v.plan_id)
    .bind(v.version)
    .bind(&v.interval_unit)
    .bind(v.interval_count)
    .bind(v.trial_days)
    .bind(v.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn insert_price(conn: &mut PgConnection, p: &Price) -> sqlx::Result<()> {
    let r = &p.row;
    sqlx::query(
        "INSERT INTO plan_prices (id, plan_version_id, currency, kind, description, unit_amount, metric, tier_mode,
            package_size, package_price, position) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)",
    )
    .bind(&r.id)
    .bind(&r.plan_version_id)
    .bind(r.currency)
    .bind(&r.kind)
    .bind(&r.description)
    .bind(r.unit_amount)
    .bind(&r.metric)
    .bind(&r.tier_mode)
    .bind(r.package_size)
    .bind(r.package_price)
    .bind(r.position)
    .execute(&mut *conn)
    .await?;
    for t in &p.tiers {
        sqlx::query(
            "INSERT INTO price_tiers (price_id, position, up_to, unit_price, flat_fee) VALUES ($1,$2,$3,$4,$5)",
        )
        .bind(&t.price_id)
        .bind(t.position)
        .bind(t.up_to)
        .bind(t.unit_price)
        .bind(t.flat_fee)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Finds a plan by code or id.
pub async fn find_plan(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Plan>> {
    sqlx::query_as("SELECT * FROM plans WHERE code = $1 OR id = $1 LIMIT 1").bind(key).fetch_optional(conn).await
}

pub async fn find_plan_for_update(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Plan>> {
    sqlx::query_as("SELECT * FROM plans WHERE code = $1 OR id = $1 LIMIT 1 FOR UPDATE")
        .bind(key)
        .fetch_optional(conn)
        .await
}

pub async fn latest_version(conn: &mut PgConnection, plan_id: &str) -> sqlx::Result<Option<PlanVersion>> {
    sqlx::query_as("SELECT * FROM plan_versions WHERE plan_id = $1 ORDER BY version DESC LIMIT 1")
        .bind(plan_id)
        .fetch_optional(conn)
        .await
}

pub async fn version_number(conn: &mut PgConnection, plan_id: &str, version: i32) -> sqlx::Result<Option<PlanVersion>> {
    sqlx::query_as("SELECT * FROM plan_versions WHERE plan_id = $1 AND version = $2")
        .bind(plan_id)
        .bind(version)
        .fetch_optional(conn)
        .await
}

/// Loads a version with its plan, prices (all currencies) and tiers.
pub async fn load_version(conn: &mut PgConnection, version_id: &str) -> sqlx::Result<Option<VersionDetail>> {
    let Some(version) = sqlx::query_as::<_, PlanVersion>("SELECT * FROM plan_versions WHERE id = $1")
        .bind(version_id)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let plan: Plan =
        sqlx::query_as("SELECT * FROM plans WHERE id = $1").bind(&version.plan_id).fetch_one(&mut *conn).await?;
    let rows: Vec<PriceRow> =
        sqlx::query_as("SELECT * FROM plan_prices WHERE plan_version_id = $1 ORDER BY currency, position, id")
            .bind(version_id)
            .fetch_all(&mut *conn)
            .await?;
    let tiers: Vec<TierRow> = sqlx::query_as(
        "SELECT t.* FROM price_tiers t JOIN plan_prices p ON p.id = t.price_id
         WHERE p.plan_version_id = $1 ORDER BY t.price_id, t.position",
    )
    .bind(version_id)
    .fetch_all(&mut *conn)
    .await?;
    // NUMERIC(30,12) comes back with 12 decimals; show 29 as 29, not 29.000000000000.
    let norm = |d: Option<Decimal>| d.map(|d| d.normalize());
    let prices = rows
        .into_iter()
        .map(|mut row| {
            row.unit_amount = norm(row.unit_amount);
            row.package_size = norm(row.package_size);
            row.package_price = norm(row.package_price);
            let tiers = tiers
                .iter()
                .filter(|t| t.price_id == row.id)
                .map(|t| TierRow {
                    up_to: norm(t.up_to),
                    unit_price: t.unit_price.normalize(),
                    flat_fee: t.flat_fee.normalize(),
                    ..t.clone()
                })
                .collect();
            Price { row, tiers }
        })
        .collect();
    Ok(Some(VersionDetail { plan, version, prices }))
}

/// A line of `plan list`.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct PlanSummary {
    pub id: String,
    pub code: String,
    pub name: String,
    pub version: i32,
    pub interval_unit: String,
    pub interval_count: i32,
    pub trial_days: i32,
    pub currencies: String,
    pub subscriptions: i64,
    pub archived_at: Option<DateTime<Utc>>,
}

pub async fn list(conn: &mut PgConnection, include_archived: bool) -> sqlx::Result<Vec<PlanSummary>> {
    sqlx::query_as(
        "SELECT p.id, p.code, p.name, v.version, v.interval_unit, v.interval_count, v.trial_days,
                COALESCE((SELECT string_agg(DISTINCT currency, ',') FROM plan_prices WHERE plan_version_id = v.id), '') AS currencies,
                (SELECT count(*) FROM subscriptions s JOIN plan_versions pv ON pv.id = s.plan_version_id
                  WHERE pv.plan_id = p.id AND s.status <> 'canceled') AS subscriptions,
                p.archived_at
         FROM plans p
         JOIN LATERAL (SELECT * FROM plan_versions WHERE plan_id = p.id ORDER BY version DESC LIMIT 1) v ON TRUE
         WHERE $1 OR p.archived_at IS NULL
         ORDER BY p.code",
    )
    .bind(include_archived)
    .fetch_all(conn)
    .await
}

/// The ids of every plan version.
pub async fn version_ids(conn: &mut PgConnection) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT id FROM plan_versions").fetch_all(&mut *conn).await
}
