//! Plan use cases: create, edit (new version), show, list, archive.

use super::Context;
use anyhow::Result;
use sqlx::PgConnection;

use crate::clock::Clock;
use crate::domain::catalog::{PlanDef, PriceDef, validate_plan};
use crate::domain::ids::IdKind;
use crate::domain::period::IntervalUnit;
use crate::error::{self, UserError};
use crate::store::plans::{self as repo, Plan, PlanSummary, PlanVersion, Price, PriceRow, TierRow, VersionDetail};
use crate::store::{self, audit};

fn not_found(key: &str) -> UserError {
    error::not_found(format!("no plan '{key}'")).hint("list plans with `billctl plan list`")
}

async fn insert_version(
    conn: &mut PgConnection,
    clock: &Clock,
    plan: &Plan,
    number: i32,
    def: &PlanDef,
) -> Result<VersionDetail> {
    let now = clock.now();
    let version = PlanVersion {
        id: super::new_id(IdKind::PlanVersion, now),
        plan_id: plan.id.clone(),
        version: number,
        interval_unit: def.interval.as_str().to_string(),
        interval_count: def.interval_count as i32,
        trial_days: def.trial_days as i32,
        created_at: now,
    };
    repo::insert_version(conn, &version).await?;
    let mut prices = Vec::new();
    for (i, p) in def.prices.iter().enumerate() {
        let id = super::new_id(IdKind::Price, now);
        let price = Price {
            row: PriceRow {
                id: id.clone(),
                plan_version_id: version.id.clone(),
                currency: p.currency,
                kind: p.kind.as_str().to_string(),
                description: p.description.clone(),
                unit_amount: p.unit_amount,
                metric: p.metric.clone(),
                tier_mode: p.tier_mode.map(|m| m.as_str().to_string()),
                package_size: p.package.as_ref().map(|k| k.size),
                package_price: p.package.as_ref().map(|k| k.price),
                position: i as i32,
            },
            tiers: p
                .tiers
                .iter()
                .enumerate()
                .map(|(j, t)| TierRow {
                    price_id: id.clone(),
                    position: j as i32,
                    up_to: t.up_to,
                    unit_price: t.unit_price,
                    flat_fee: t.flat_fee,
                })
                .collect(),
        };
        repo::insert_price(conn, &price).await?;
        prices.push(price);
    }
    Ok(VersionDetail { plan: plan.clone(), version, prices })
}

fn json<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

/// Creates a plan with version 1.
pub async fn create(cx: &Context, def: &PlanDef) -> Result<VersionDetail> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    validate_plan(def).map_err(UserError::from)?;
    let mut tx = pool.begin().await?;
    let plan = Plan {
        id: super::new_id(IdKind::Plan, clock.now()),
        code: def.code.trim().to_string(),
        name: def.name.trim().to_string(),
        description: def.description.clone(),
        archived_at: None,
        created_at: clock.now(),
    };
    if let Err(e) = repo::insert_plan(&mut tx, &plan).await {
        if store::is_unique_violation(&e, "plans_code_key") {
            return Err(error::conflict(format!("a plan with code '{}' already exists", plan.code))
                .hint(format!("change its prices with `billctl plan edit {}` (creates a new version)", plan.code))
                .into());
        }
        return Err(e.into());
    }
    let detail = insert_version(&mut tx, clock, &plan, 1, def).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "plan.create",
            entity_type: "plan",
            entity_id: &plan.id,
            account_id: None,
            before: None,
            after: Some(json(&detail)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(detail)
}

/// What `plan edit` may change. Any change to interval, trial or prices creates a new version.
#[derive(Debug, Default, Clone)]
pub struct Edit {
    pub name: Option<String>,
    pub description: Option<String>,
    pub interval: Option<IntervalUnit>,
    pub interval_count: Option<u32>,
    pub trial_days: Option<u32>,
    /// Replaces every price of the version when given.
    pub prices: Option<Vec<PriceDef>>,
}

/// Edits a plan: name/description in place; interval, trial and prices as a new version.
/// Returns the latest version and whether a new version was created.
pub async fn edit(cx: &Context, key: &str, e: &Edit) -> Result<(VersionDetail, bool)> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let mut plan = repo::find_plan_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    if plan.archived_at.is_some() {
        return Err(error::conflict(format!("plan '{}' is archived", plan.code)).into());
    }
    let latest = repo::latest_version(&mut tx, &plan.id).await?.ok_or_else(|| not_found(key))?;
    let current = repo::load_version(&mut tx, &latest.id).await?.ok_or_else(|| not_found(key))?;
    let before = json(&current);
    let current_def = PlanDef {
        code: plan.code.clone(),
        name: e.name.clone().unwrap_or(plan.name.clone()),
        description: e.description.clone().or(plan.description.clone()),
        interval: current.version.interval_unit.parse().map_err(UserError::from)?,
        interval_count: current.version.interval_count as u32,
        trial_days: current.version.trial_days as u32,
        prices: super::catalog::price_defs(&current).map_err(UserError::from)?,
    };
    let mut def = current_def.clone();
    if let Some(i) = e.interval {
        def.interval = i;
    }
    if let Some(c) = e.interval_count {
        def.interval_count = c;
    }
    if let Some(t) = e.trial_days {
        def.trial_days = t;
    }
    if let Some(p) = &e.prices {
        def.prices = p.clone();
    }
    validate_plan(&def).map_err(UserError::from)?;
    let renamed = def.name != plan.name || def.description != plan.description;
    if renamed {
        plan.name = def.name.clone();
        plan.description = def.description.clone();
        repo::update_plan(&mut tx, &plan).await?;
    }
    let versioned = def.interval != current_def.interval
        || def.interval_count != current_def.interval_count
        || def.trial_days != current_def.trial_days
        || def.prices != current_def.prices;
    let detail = if versioned {
        insert_version(&mut tx, clock, &plan, latest.version + 1, &def).await?
    } else {
        VersionDetail { plan: plan.clone(), ..current }
    };
    if renamed || versioned {
        audit::record(
            &mut tx,
            audit::Entry {
                by: &cx.actor,
                at: clock.now(),
                action: if versioned { "plan.version" } else { "plan.update" },
                entity_type: "plan",
                entity_id: &plan.id,
                account_id: None,
                before: Some(before),
                after: Some(json(&detail)),
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok((detail, versioned))
}

/// A plan's latest version, or version `number`.
pub async fn show(cx: &Context, key: &str, number: Option<i32>) -> Result<VersionDetail> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let plan = repo::find_plan(&mut conn, key).await?.ok_or_else(|| not_found(key))?;
    let v = match number {
        Some(n) => repo::version_number(&mut conn, &plan.id, n)
            .await?
            .ok_or_else(|| error::not_found(format!("plan '{key}' has no version {n}")))?,
        None => repo::latest_version(&mut conn, &plan.id).await?.ok_or_else(|| not_found(key))?,
    };
    Ok(repo::load_version(&mut conn, &v.id).await?.ok_or_else(|| not_found(key))?)
}

pub async fn list(cx: &Context, include_archived: bool) -> Result<Vec<PlanSummary>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    Ok(repo::list(&mut conn, include_archived).await?)
}

/// Archives a plan: existing subscriptions continue, new ones are refused.
pub async fn archive(cx: &Context, key: &str) -> Result<(Plan, bool)> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let mut plan = repo::find_plan_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    if plan.archived_at.is_some() {
        return Ok((plan, false));
    }
    let before = json(&plan);
    plan.archived_at = Some(clock.now());
    repo::update_plan(&mut tx, &plan).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "plan.archive",
            entity_type: "plan",
            entity_id: &plan.id,
            account_id: None,
            before: Some(before),
            after: Some(json(&plan)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok((plan, true))
}
