//! The fixed seed catalog: five plans with codes prefixed `seed-`, each with a version 1 priced in
//! EUR, USD, GBP, JPY and KWD (major units; JPY whole yen, KWD three decimals). Created once and
//! reused by every later seed run; its ids come from a fixed RNG stream, not from the seed, so the
//! same catalog serves every `--seed`.

use anyhow::Result;
use rand::RngCore;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use sqlx::PgConnection;

use crate::domain::ids::{IdKind, make_id};
use crate::domain::period::{Interval, IntervalUnit};
use crate::error;
use crate::store::seed::{self as repo, NewPlan, NewPrice, NewVersion};

/// The currencies every seed plan is priced in, and that seeded accounts use.
pub const CURRENCIES: [&str; 5] = ["EUR", "USD", "GBP", "JPY", "KWD"];

/// The usage metric of `seed-api`.
pub const API_METRIC: &str = "api_calls";

/// How the recurring charge of a plan counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charge {
    Flat,
    PerSeat,
}

struct PlanDef {
    code: &'static str,
    name: &'static str,
    unit: IntervalUnit,
    trial_days: i32,
    charge: Charge,
    /// Recurring price per currency, in [`CURRENCIES`] order (major units).
    amounts: [Decimal; 5],
    /// Graduated `api_calls` tiers: (inclusive bound, unit price per currency in [`CURRENCIES`] order).
    metered: bool,
}

const TIER_BOUNDS: [Option<Decimal>; 3] = [Some(dec!(10000)), Some(dec!(100000)), None];

/// Unit price per API call by tier, per currency in [`CURRENCIES`] order (sub-cent precision).
fn tier_prices(currency_index: usize) -> [Decimal; 3] {
    match currency_index {
        3 => [dec!(0), dec!(0.3), dec!(0.15)],      // JPY
        4 => [dec!(0), dec!(0.0006), dec!(0.0003)], // KWD
        _ => [dec!(0), dec!(0.002), dec!(0.001)],   // EUR, USD, GBP
    }
}

fn definitions() -> [PlanDef; 5] {
    [
        PlanDef {
            code: "seed-basic",
            name: "Seed Basic",
            unit: IntervalUnit::Month,
            trial_days: 0,
            charge: Charge::Flat,
            amounts: [dec!(9.00), dec!(10.00), dec!(8.00), dec!(1500), dec!(3.000)],
            metered: false,
        },
        PlanDef {
            code: "seed-team",
            name: "Seed Team (per seat)",
            unit: IntervalUnit::Month,
            trial_days: 0,
            charge: Charge::PerSeat,
            amounts: [dec!(12.00), dec!(14.00), dec!(11.00), dec!(2000), dec!(4.250)],
            metered: false,
        },
        PlanDef {
            code: "seed-api",
            name: "Seed API",
            unit: IntervalUnit::Month,
            trial_days: 0,
            charge: Charge::Flat,
            amounts: [dec!(29.00), dec!(32.00), dec!(25.00), dec!(4500), dec!(9.500)],
            metered: true,
        },
        PlanDef {
            code: "seed-annual",
            name: "Seed Annual",
            unit: IntervalUnit::Year,
            trial_days: 0,
            charge: Charge::Flat,
            amounts: [dec!(90.00), dec!(100.00), dec!(80.00), dec!(15000), dec!(30.000)],
            metered: false,
        },
        PlanDef {
            code: "seed-trial",
            name: "Seed Trial",
            unit: IntervalUnit::Month,
            trial_days: 14,
            charge: Charge::Flat,
            amounts: [dec!(19.00), dec!(20.00), dec!(16.00), dec!(3000), dec!(6.000)],
            metered: false,
        },
    ]
}

/// A catalog plan as subscriptions need it: version 1's id, interval and trial.
#[derive(Debug, Clone)]
pub struct SeedPlan {
    pub plan_version_id: String,
    pub interval: Interval,
    pub trial_days: u32,
    pub charge: Charge,
    pub metered: bool,
}

/// What [`ensure`] did.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub plans: Vec<SeedPlan>,
    pub created: u32,
    pub reused: u32,
}

/// Creates the seed plans that do not exist yet and returns all five (reusing existing ones).
pub async fn ensure(conn: &mut PgConnection, now: chrono::DateTime<chrono::Utc>) -> Result<Catalog> {
    let now_ms = now.timestamp_millis().max(0) as u64;
    let mut catalog = Catalog { plans: Vec::new(), created: 0, reused: 0 };
    for (n, def) in definitions().into_iter().enumerate() {
        let row = match repo::find_plan_version(conn, def.code, 1).await? {
            Some(row) => {
                check_prices(conn, def.code, &row.plan_version_id).await?;
                catalog.reused += 1;
                row
            }
            None => {
                if repo::plan_exists(conn, def.code).await? {
                    return Err(error::conflict(format!("plan {} exists but has no version 1", def.code))
                        .hint("the seed- plan codes are reserved for `billctl seed`; rename that plan")
                        .into());
                }
                let mut rng = ChaCha8Rng::seed_from_u64(0x5eed_ca7a_1065);
                rng.set_stream(n as u64);
                create(conn, &def, now, now_ms, &mut rng).await?;
                catalog.created += 1;
                repo::find_plan_version(conn, def.code, 1).await?.expect("version 1 was just written")
            }
        };
        let unit: IntervalUnit = row.interval_unit.parse()?;
        let interval = Interval::new(unit, u32::try_from(row.interval_count).unwrap_or(1))?;
        catalog.plans.push(SeedPlan {
            plan_version_id: row.plan_version_id,
            interval,
            trial_days: u32::try_from(row.trial_days).unwrap_or(0),
            charge: def.charge,
            metered: def.metered,
        });
    }
    Ok(catalog)
}

async fn check_prices(conn: &mut PgConnection, code: &str, version_id: &str) -> Result<()> {
    let have = repo::priced_currencies(conn, version_id).await?;
    let missing: Vec<&str> = CURRENCIES.into_iter().filter(|c| !have.iter().any(|h| h == c)).collect();
    if !missing.is_empty() {
        return Err(error::conflict(format!("plan {code} version 1 has no price in {}", missing.join(", ")))
            .hint("the seed- plan codes are reserved for `billctl seed`; rename that plan")
            .into());
    }
    Ok(())
}

async fn create(
    conn: &mut PgConnection,
    def: &PlanDef,
    now: chrono::DateTime<chrono::Utc>,
    now_ms: u64,
    rng: &mut ChaCha8Rng,
) -> Result<()> {
    let mut id = |kind| make_id(kind, now_ms, u128::from(rng.next_u64()) << 16 | u128::from(rng.next_u32() >> 16));
    let plan_id = id(IdKind::Plan);
    repo::insert_plan(conn, &NewPlan { id: &plan_id, code: def.code, name: def.name, created_at: now }).await?;
    let version_id = id(IdKind::PlanVersion);
    let version = NewVersion {
        id: &version_id,
        plan_id: &plan_id,
        version: 1,
        interval_unit: def.unit.as_str(),
        interval_count: 1,
        trial_days: def.trial_days,
        created_at: now,
    };
    repo::insert_version(conn, &version).await?;
    for (c, currency) in CURRENCIES.into_iter().enumerate() {
        let (kind, description) = match def.charge {
            Charge::Flat => ("flat", def.name),
            Charge::PerSeat => ("per_seat", "Seat"),
        };
        let price_id = id(IdKind::Price);
        let price = NewPrice {
            id: &price_id,
            plan_version_id: &version_id,
            currency,
            kind,
            description,
            unit_amount: Some(def.amounts[c]),
            metric: None,
            tier_mode: None,
            position: 0,
        };
        repo::insert_price(conn, &price).await?;
        if def.metered {
            let price_id = id(IdKind::Price);
            let price = NewPrice {
                id: &price_id,
                plan_version_id: &version_id,
                currency,
                kind: "metered",
                description: "API calls",
                unit_amount: None,
                metric: Some(API_METRIC),
                tier_mode: Some("graduated"),
                position: 1,
            };
            repo::insert_price(conn, &price).await?;
            for (t, (up_to, unit_price)) in TIER_BOUNDS.into_iter().zip(tier_prices(c)).enumerate() {
                repo::insert_tier(conn, &price_id, t as i32, up_to, unit_price, Decimal::ZERO).await?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pricing::{Tier, validate_tiers};

    #[test]
    fn jpy_prices_are_whole_yen_and_kwd_has_at_most_three_decimals() {
        for def in definitions() {
            assert!(def.amounts[3].fract().is_zero(), "{}", def.code);
            assert!(def.amounts[4].normalize().scale() <= 3, "{}", def.code);
        }
    }

    #[test]
    fn the_api_tiers_are_a_valid_graduated_list_in_every_currency() {
        for c in 0..CURRENCIES.len() {
            let tiers: Vec<Tier> = TIER_BOUNDS
                .into_iter()
                .zip(tier_prices(c))
                .map(|(up_to, unit_price)| Tier { up_to, unit_price, flat_fee: Decimal::ZERO })
                .collect();
            validate_tiers(&tiers).unwrap();
        }
    }
}
