//! Conversions between stored catalog rows and domain values.

use anyhow::Result;

use crate::domain::catalog::{ChargeKind, PriceDef};
use crate::domain::change::{Arrangement, RecurringCharge};
use crate::domain::period::{Interval, IntervalUnit};
use crate::domain::pricing::{PackageSpec, Tier, TierMode};
use crate::domain::{Currency, DomainError};
use crate::store::plans::{Price, VersionDetail};

/// The price definitions of a stored version.
pub fn price_defs(detail: &VersionDetail) -> Result<Vec<PriceDef>, DomainError> {
    detail.prices.iter().map(price_def).collect()
}

pub fn price_def(p: &Price) -> Result<PriceDef, DomainError> {
    let r = &p.row;
    let tier_mode = r.tier_mode.as_deref().map(str::parse::<TierMode>).transpose()?;
    let package = match (r.package_size, r.package_price) {
        (Some(size), Some(price)) => Some(PackageSpec { size, price }),
        _ => None,
    };
    Ok(PriceDef {
        currency: r.currency,
        kind: ChargeKind::parse(&r.kind)?,
        description: r.description.clone(),
        unit_amount: r.unit_amount,
        metric: r.metric.clone(),
        tier_mode,
        tiers: p
            .tiers
            .iter()
            .map(|t| Tier { up_to: t.up_to, unit_price: t.unit_price, flat_fee: t.flat_fee })
            .collect(),
        package,
    })
}

pub fn interval(detail: &VersionDetail) -> Result<Interval, DomainError> {
    let unit: IntervalUnit = detail.version.interval_unit.parse()?;
    Interval::new(unit, detail.version.interval_count.max(1) as u32)
}

/// The currencies a version is priced in.
pub fn currencies(detail: &VersionDetail) -> Vec<String> {
    let mut c: Vec<String> = detail.prices.iter().map(|p| p.row.currency.code().to_string()).collect();
    c.dedup();
    c
}

/// The recurring arrangement of a subscription on `detail` in `currency` with `quantity`.
pub fn arrangement(detail: &VersionDetail, currency: Currency, quantity: u32) -> Result<Arrangement, DomainError> {
    let mut charges = Vec::new();
    let mut priced = false;
    for p in &detail.prices {
        if p.row.currency != currency {
            continue;
        }
        priced = true;
        let kind = ChargeKind::parse(&p.row.kind)?;
        if kind == ChargeKind::Metered {
            continue;
        }
        charges.push(RecurringCharge {
            kind,
            description: if p.row.description.is_empty() {
                detail.plan.name.clone()
            } else {
                p.row.description.clone()
            },
            unit_amount: p.row.unit_amount.unwrap_or_default(),
        });
    }
    if !priced {
        return Err(DomainError::invalid(
            "currency",
            format!(
                "plan {} v{} has no price in {currency} (it is priced in {})",
                detail.plan.code,
                detail.version.version,
                currencies(detail).join(", ")
            ),
        ));
    }
    Ok(Arrangement { plan_name: detail.plan.name.clone(), currency, quantity, charges })
}
