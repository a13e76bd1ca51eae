//! Tax rates: add and list. Rates are given in percent and stored as fractions (19 → 0.19).

use super::Context;
use anyhow::Result;
use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::domain::ids::IdKind;
use crate::domain::{DomainError, validate};
use crate::error;
use crate::store::tax_rates::{self as repo, TaxRateRow};
use crate::store::{self, audit};

/// Most decimals a percentage may have: the column keeps six decimals of the fraction.
const MAX_PERCENT_DECIMALS: u32 = 4;

/// A percentage (`19`, `8.875`) as a fraction (`0.19`, `0.08875`): 0 ≤ percent < 100.
pub fn percent_to_fraction(text: &str) -> Result<Decimal, DomainError> {
    let p: Decimal = text.trim().trim_end_matches('%').parse().map_err(|_| {
        DomainError::invalid("rate", format!("'{text}' is not a number (write the percentage, e.g. 19)"))
    })?;
    let p = p.normalize();
    if p.is_sign_negative() || p >= Decimal::ONE_HUNDRED {
        return Err(DomainError::invalid("rate", format!("{p} % is outside 0 ≤ rate < 100")));
    }
    if p.scale() > MAX_PERCENT_DECIMALS {
        return Err(DomainError::invalid("rate", format!("at most {MAX_PERCENT_DECIMALS} decimals (got {p})")));
    }
    Ok((p / Decimal::ONE_HUNDRED).normalize())
}

#[derive(Debug, Clone)]
pub struct NewRate {
    pub country: String,
    pub region: Option<String>,
    pub name: String,
    /// Percent, as typed.
    pub rate: String,
    /// Default: today.
    pub valid_from: Option<NaiveDate>,
}

pub async fn add(cx: &Context, input: &NewRate) -> Result<TaxRateRow> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut errors: Vec<DomainError> = Vec::new();
    let country = validate::country(&input.country, "country").map_err(|e| errors.push(e)).ok();
    let name = validate::required(&input.name, "name").map_err(|e| errors.push(e)).ok();
    let rate = percent_to_fraction(&input.rate).map_err(|e| errors.push(e)).ok();
    let region = input.region.as_deref().map(str::trim).unwrap_or_default().to_ascii_uppercase();
    let (Some(country), Some(name), Some(rate)) = (country, name, rate) else {
        let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
        return Err(error::usage(all.join("; "))
            .hint("example: billctl tax rate add --country DE --name VAT --rate 19")
            .into());
    };
    let row = TaxRateRow {
        id: super::new_id(IdKind::TaxRate, clock.now()),
        country,
        region,
        name,
        rate,
        valid_from: input.valid_from.unwrap_or_else(|| clock.today()),
        archived_at: None,
        created_at: clock.now(),
    };
    let mut tx = pool.begin().await?;
    if let Err(e) = repo::insert(&mut tx, &row).await {
        if store::is_unique_violation(&e, "tax_rates_active_idx") {
            let place =
                if row.region.is_empty() { row.country.clone() } else { format!("{}-{}", row.country, row.region) };
            return Err(error::conflict(format!("{place} already has a rate valid from {}", row.valid_from))
                .hint("give another --valid-from for the new rate; see `billctl tax rate list`")
                .into());
        }
        return Err(e.into());
    }
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "tax_rate.create",
            entity_type: "tax_rate",
            entity_id: &row.id,
            account_id: None,
            before: None,
            after: Some(serde_json::to_value(&row).unwrap_or_default()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

/// All rates, or only those in force on `active_on`.
pub async fn list(cx: &Context, active_on: Option<NaiveDate>, include_archived: bool) -> Result<Vec<TaxRateRow>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    Ok(match active_on {
        Some(on) => repo::active_rows(&mut conn, on).await?,
        None => repo::list(&mut conn, include_archived).await?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn percentages_become_fractions_within_bounds() {
        assert_eq!(percent_to_fraction("19").unwrap(), dec!(0.19));
        assert_eq!(percent_to_fraction("8.875%").unwrap(), dec!(0.08875));
        assert_eq!(percent_to_fraction("0").unwrap(), dec!(0));
        assert!(percent_to_fraction("100").is_err());
        assert!(percent_to_fraction("-1").is_err());
        assert!(percent_to_fraction("1.23456").is_err());
        assert!(percent_to_fraction("abc").is_err());
    }
}
