//! Metered pricing: turning a quantity of usage into an amount, with tiers or packages.
//!
//! # Rules
//! - Prices are written in **major units** (dollars, yen, dinars) and may be finer than the
//!   currency's minor unit (e.g. USD 0.0015 per API call). The whole computation is exact; the
//!   total is converted to minor units and rounded **once**, at the end, half away from zero.
//! - Tiers are listed in ascending order of `up_to`, which is **inclusive**: a tier `up_to = 100`
//!   covers units above the previous tier's bound up to and including 100. The last tier has no
//!   bound. Quantities may be fractional (e.g. 2.5 GB).
//! - **Graduated**: each unit is priced by the tier it falls in; every tier that receives units
//!   adds its flat fee once.
//! - **Volume**: all units are priced at the tier the total quantity falls in, plus that tier's
//!   flat fee.
//! - **Package**: usage is sold in packages of `size` units; every started package costs `price`
//!   (`ceil(quantity / size) × price`).
//! - A quantity of zero costs nothing in every mode (no tier is reached, no package started).

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::round_to_minor;
use super::{Currency, DomainError};

/// How tiered or packaged usage is priced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TierMode {
    Graduated,
    Volume,
    Package,
}

impl TierMode {
    pub fn as_str(self) -> &'static str {
        match self {
            TierMode::Graduated => "graduated",
            TierMode::Volume => "volume",
            TierMode::Package => "package",
        }
    }
}

impl fmt::Display for TierMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for TierMode {
    type Err = DomainError;

    /// Accepts `graduated`, `volume` or `package` (case-insensitive, surrounding spaces ignored).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "graduated" => Ok(TierMode::Graduated),
            "volume" => Ok(TierMode::Volume),
            "package" => Ok(TierMode::Package),
            _ => Err(DomainError::invalid(
                "tier_mode",
                format!("'{s}' is not a tier mode (use graduated, volume or package)"),
            )),
        }
    }
}

/// One price tier. Amounts are in **major units** and may have sub-cent precision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tier {
    /// Inclusive upper bound of the tier; `None` for the last, open-ended tier.
    pub up_to: Option<Decimal>,
    /// Price per unit in this tier.
    pub unit_price: Decimal,
    /// Fixed fee added once when the tier applies.
    #[serde(default)]
    pub flat_fee: Decimal,
}

/// Package pricing: every started package of `size` units costs `price` (major units).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageSpec {
    pub size: Decimal,
    pub price: Decimal,
}

/// One line of a metered price's breakdown, for invoice line descriptions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierCharge {
    /// Index of the tier in the list (0 = first). Always 0 in package mode.
    pub tier_index: usize,
    /// Units priced by this line.
    pub units: Decimal,
    /// Packages started (package mode only).
    pub packages: Option<Decimal>,
    /// Price per unit, or per package in package mode (major units).
    pub price: Decimal,
    /// Flat fee included in this line (major units).
    pub flat_fee: Decimal,
    /// `units × price + flat_fee` (or `packages × price`) in **minor units**, exact, unrounded.
    pub exact_minor: Decimal,
}

fn negative(d: Decimal) -> bool {
    d.is_sign_negative() && !d.is_zero()
}

/// Checks a tier list: at least one tier; bounds positive and strictly ascending; only the last
/// tier open-ended, and the last tier must be open-ended; no negative prices or fees.
pub fn validate_tiers(tiers: &[Tier]) -> Result<(), DomainError> {
    let bad = |reason: String| Err(DomainError::invalid("tiers", reason));
    if tiers.is_empty() {
        return bad("at least one tier is needed".into());
    }
    let mut previous = Decimal::ZERO;
    for (i, tier) in tiers.iter().enumerate() {
        let n = i + 1;
        let last = n == tiers.len();
        if negative(tier.unit_price) {
            return bad(format!("tier {n}: the unit price must not be negative"));
        }
        if negative(tier.flat_fee) {
            return bad(format!("tier {n}: the flat fee must not be negative"));
        }
        match (tier.up_to, last) {
            (None, false) => {
                return bad(format!("tier {n}: only the last tier may be open-ended (no up_to)"));
            }
            (Some(up_to), true) => {
                return bad(format!(
                    "the last tier must be open-ended (it has up_to {up_to}); add a tier without up_to"
                ));
            }
            (Some(up_to), false) if up_to <= previous => {
                return bad(format!(
                    "tier {n}: up_to {up_to} must be greater than {}",
                    if i == 0 { "0".to_string() } else { format!("the previous tier's {previous}") }
                ));
            }
            (Some(up_to), false) => previous = up_to,
            (None, true) => {}
        }
    }
    Ok(())
}

fn validate_package(package: &PackageSpec) -> Result<(), DomainError> {
    if package.size <= Decimal::ZERO {
        return Err(DomainError::invalid("package", "the package size must be greater than 0"));
    }
    if negative(package.price) {
        return Err(DomainError::invalid("package", "the package price must not be negative"));
    }
    Ok(())
}

fn mul(a: Decimal, b: Decimal) -> Result<Decimal, DomainError> {
    a.checked_mul(b).ok_or(DomainError::Overflow)
}

fn add(a: Decimal, b: Decimal) -> Result<Decimal, DomainError> {
    a.checked_add(b).ok_or(DomainError::Overflow)
}

/// Number of started packages: the smallest whole `n` with `n × size >= quantity`.
fn packages_started(quantity: Decimal, size: Decimal) -> Result<Decimal, DomainError> {
    let mut n = quantity.checked_div(size).ok_or(DomainError::Overflow)?.ceil();
    // Decimal division rounds at 28 digits; settle the exact answer by multiplication.
    while mul(n, size)? < quantity {
        n += Decimal::ONE;
    }
    while n > Decimal::ZERO && mul(n - Decimal::ONE, size)? >= quantity {
        n -= Decimal::ONE;
    }
    Ok(n)
}

/// The priced lines behind [`metered_amount_minor`]: one per tier reached (graduated), the one
/// tier the total falls in (volume), or one line of packages (package). Empty for zero quantity.
pub fn breakdown(
    mode: TierMode,
    tiers: &[Tier],
    package: Option<&PackageSpec>,
    quantity: Decimal,
    currency: Currency,
) -> Result<Vec<TierCharge>, DomainError> {
    if negative(quantity) {
        return Err(DomainError::invalid("quantity", format!("must not be negative (got {quantity})")));
    }
    let to_minor = Decimal::from(10i64.pow(currency.exponent()));
    match mode {
        TierMode::Package => {
            if !tiers.is_empty() {
                return Err(DomainError::invalid("tiers", "package pricing takes no tiers"));
            }
            let package = package
                .ok_or_else(|| DomainError::invalid("package", "package pricing needs a package size and price"))?;
            validate_package(package)?;
            if quantity.is_zero() {
                return Ok(Vec::new());
            }
            let packages = packages_started(quantity, package.size)?;
            Ok(vec![TierCharge {
                tier_index: 0,
                units: quantity,
                packages: Some(packages),
                price: package.price,
                flat_fee: Decimal::ZERO,
                exact_minor: mul(mul(packages, package.price)?, to_minor)?,
            }])
        }
        TierMode::Graduated | TierMode::Volume => {
            if package.is_some() {
                return Err(DomainError::invalid(
                    "package",
                    format!("a package only applies to package pricing, not {mode}"),
                ));
            }
            validate_tiers(tiers)?;
            if quantity.is_zero() {
                return Ok(Vec::new());
            }
            let charge = |tier_index: usize, units: Decimal| -> Result<TierCharge, DomainError> {
                let tier = &tiers[tier_index];
                let major = add(mul(units, tier.unit_price)?, tier.flat_fee)?;
                Ok(TierCharge {
                    tier_index,
                    units,
                    packages: None,
                    price: tier.unit_price,
                    flat_fee: tier.flat_fee,
                    exact_minor: mul(major, to_minor)?,
                })
            };
            if mode == TierMode::Volume {
                let index = tiers
                    .iter()
                    .position(|t| t.up_to.is_none_or(|up_to| quantity <= up_to))
                    .expect("validated tiers end with an open-ended tier");
                return Ok(vec![charge(index, quantity)?]);
            }
            let mut lines = Vec::new();
            let mut lower = Decimal::ZERO;
            for (index, tier) in tiers.iter().enumerate() {
                if quantity <= lower {
                    break;
                }
                let upper = tier.up_to.map_or(quantity, |up_to| up_to.min(quantity));
                lines.push(charge(index, upper - lower)?);
                lower = upper;
            }
            Ok(lines)
        }
    }
}

/// The amount for `quantity` units in minor units of `currency`: the exact sum of
/// [`breakdown`]'s lines, rounded once with [`round_to_minor`].
pub fn metered_amount_minor(
    mode: TierMode,
    tiers: &[Tier],
    package: Option<&PackageSpec>,
    quantity: Decimal,
    currency: Currency,
) -> Result<i64, DomainError> {
    let mut exact = Decimal::ZERO;
    for line in breakdown(mode, tiers, package, quantity, currency)? {
        exact = add(exact, line.exact_minor)?;
    }
    round_to_minor(exact)
}

/// [`breakdown`] with each line's share of the rounded total in minor units, for invoice lines a
/// customer can check (`90,000 × 0.002`). Each share is the rounded running total minus the rounded
/// running total before it, so the shares add up to [`metered_amount_minor`] exactly and each is
/// within one minor unit of its line's exact amount.
pub fn priced_lines(
    mode: TierMode,
    tiers: &[Tier],
    package: Option<&PackageSpec>,
    quantity: Decimal,
    currency: Currency,
) -> Result<Vec<(TierCharge, i64)>, DomainError> {
    let mut out = Vec::new();
    let (mut exact, mut billed) = (Decimal::ZERO, 0i64);
    for line in breakdown(mode, tiers, package, quantity, currency)? {
        exact = add(exact, line.exact_minor)?;
        let running = round_to_minor(exact)?;
        out.push((line, running - billed));
        billed = running;
    }
    Ok(out)
}

/// A decimal with thousands separators for invoice text ("90000" → "90,000", "0.002" stays).
pub fn grouped(d: Decimal) -> String {
    let text = d.normalize().to_string();
    let (sign, rest) = text.strip_prefix('-').map_or(("", text.as_str()), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// How one priced line reads on an invoice: `90,000 × 0.002`, `+ 1.50 flat`, `3 packages × 5.00`.
pub fn describe(line: &TierCharge, currency: Currency) -> String {
    let price = |d: Decimal| {
        let d = d.normalize();
        if d.scale() < currency.exponent() { format!("{:.*}", currency.exponent() as usize, d) } else { d.to_string() }
    };
    if let Some(p) = line.packages {
        return format!("{} units in {} package(s) × {}", grouped(line.units), grouped(p), price(line.price));
    }
    let mut text = format!("{} × {}", grouped(line.units), price(line.price));
    if !line.flat_fee.is_zero() {
        text.push_str(&format!(" + {} flat", price(line.flat_fee)));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    fn tier(up_to: Option<Decimal>, unit_price: Decimal, flat_fee: Decimal) -> Tier {
        Tier { up_to, unit_price, flat_fee }
    }

    /// 0–1000 at 0.01, 1001–10000 at 0.008, above at 0.005 (no flat fees).
    fn api_tiers() -> Vec<Tier> {
        vec![
            tier(Some(dec!(1000)), dec!(0.01), dec!(0)),
            tier(Some(dec!(10000)), dec!(0.008), dec!(0)),
            tier(None, dec!(0.005), dec!(0)),
        ]
    }

    fn amount(mode: TierMode, tiers: &[Tier], quantity: Decimal, code: &str) -> i64 {
        metered_amount_minor(mode, tiers, None, quantity, cur(code)).unwrap()
    }

    #[test]
    fn tier_modes_parse_and_print_in_lowercase() {
        for mode in [TierMode::Graduated, TierMode::Volume, TierMode::Package] {
            assert_eq!(mode.as_str().parse::<TierMode>().unwrap(), mode);
            assert_eq!(serde_json::to_string(&mode).unwrap(), format!("\"{}\"", mode.as_str()));
        }
        let err = "stairstep".parse::<TierMode>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid tier_mode: 'stairstep' is not a tier mode (use graduated, volume or package)"
        );
    }

    #[test]
    fn a_tier_without_a_flat_fee_deserializes_with_zero() {
        let t: Tier = serde_json::from_str(r#"{"up_to":"100","unit_price":"0.0015"}"#).unwrap();
        assert_eq!(t, tier(Some(dec!(100)), dec!(0.0015), dec!(0)));
        let last: Tier = serde_json::from_str(r#"{"up_to":null,"unit_price":"1","flat_fee":"5"}"#).unwrap();
        assert_eq!(last.up_to, None);
    }

    #[test]
    fn graduated_pricing_prices_each_unit_by_its_tier() {
        // 1000 × 0.01 + 9000 × 0.008 + 5000 × 0.005 = 10 + 72 + 25 = 107 USD
        assert_eq!(amount(TierMode::Graduated, &api_tiers(), dec!(15000), "USD"), 10700);
        assert_eq!(amount(TierMode::Graduated, &api_tiers(), dec!(1000), "USD"), 1000);
        assert_eq!(amount(TierMode::Graduated, &api_tiers(), dec!(1001), "USD"), 1001);
    }

    #[test]
    fn volume_pricing_prices_all_units_at_the_tier_of_the_total() {
        assert_eq!(amount(TierMode::Volume, &api_tiers(), dec!(15000), "USD"), 7500);
        // Tier bounds are inclusive: exactly 1000 units is still the first tier.
        assert_eq!(amount(TierMode::Volume, &api_tiers(), dec!(1000), "USD"), 1000);
        assert_eq!(amount(TierMode::Volume, &api_tiers(), dec!(1001), "USD"), 801);
    }

    #[test]
    fn graduated_flat_fees_are_added_for_every_tier_reached() {
        let tiers = vec![
            tier(Some(dec!(10)), dec!(1), dec!(5)),
            tier(Some(dec!(20)), dec!(0.5), dec!(3)),
            tier(None, dec!(0.25), dec!(2)),
        ];
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(5), "USD"), 1000);
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(15), "USD"), 1000 + 500 + 250 + 300);
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(25), "USD"), 1500 + 800 + 325);
    }

    #[test]
    fn volume_flat_fee_is_only_that_of_the_tier_of_the_total() {
        let tiers = vec![tier(Some(dec!(10)), dec!(1), dec!(5)), tier(None, dec!(0.5), dec!(3))];
        assert_eq!(amount(TierMode::Volume, &tiers, dec!(25), "USD"), 1250 + 300);
    }

    #[test]
    fn zero_usage_costs_nothing_even_with_flat_fees() {
        let tiers = vec![tier(Some(dec!(10)), dec!(1), dec!(5)), tier(None, dec!(0.5), dec!(3))];
        for mode in [TierMode::Graduated, TierMode::Volume] {
            assert_eq!(amount(mode, &tiers, dec!(0), "USD"), 0);
            assert!(breakdown(mode, &tiers, None, dec!(0), cur("USD")).unwrap().is_empty());
        }
        let pack = PackageSpec { size: dec!(100), price: dec!(5) };
        assert_eq!(metered_amount_minor(TierMode::Package, &[], Some(&pack), dec!(0), cur("USD")).unwrap(), 0);
    }

    #[test]
    fn sub_cent_prices_are_rounded_once_on_the_total_in_usd() {
        // 1234 × 0.0015 = 1.851 USD = 185.1 cents → 185; per-unit rounding would give 0 or 2468.
        let tiers = vec![tier(None, dec!(0.0015), dec!(0))];
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(1234), "USD"), 185);
        // 1 × 0.005 = half a cent → rounds up to 1 cent.
        assert_eq!(amount(TierMode::Graduated, &[tier(None, dec!(0.005), dec!(0))], dec!(1), "USD"), 1);
    }

    #[test]
    fn sub_yen_prices_round_to_whole_yen() {
        let tiers = vec![tier(Some(dec!(100)), dec!(0.5), dec!(0)), tier(None, dec!(0.25), dec!(0))];
        // 3 × 0.5 = 1.5 → 2 yen
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(3), "JPY"), 2);
        // 100 × 0.5 + 1 × 0.25 = 50.25 → 50 yen
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(101), "JPY"), 50);
        // volume: 101 × 0.25 = 25.25 → 25 yen
        assert_eq!(amount(TierMode::Volume, &tiers, dec!(101), "JPY"), 25);
    }

    #[test]
    fn sub_fils_prices_use_three_decimals_in_kwd() {
        // 1234 × 0.0004 = 0.4936 KWD = 493.6 fils → 494
        let tiers = vec![tier(Some(dec!(1000)), dec!(0.0004), dec!(0)), tier(None, dec!(0.0002), dec!(0.1))];
        assert_eq!(amount(TierMode::Volume, &tiers, dec!(1000), "KWD"), 400);
        // graduated: 0.4 + 234 × 0.0002 + 0.1 = 0.5468 KWD → 547 fils
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(1234), "KWD"), 547);
        assert_eq!(amount(TierMode::Graduated, &[tier(None, dec!(0.0004), dec!(0))], dec!(1234), "KWD"), 494);
    }

    #[test]
    fn fractional_quantities_are_priced_exactly() {
        // 2.5 GB at 0.10 USD/GB = 0.25 USD
        assert_eq!(amount(TierMode::Graduated, &[tier(None, dec!(0.10), dec!(0))], dec!(2.5), "USD"), 25);
        let tiers = vec![tier(Some(dec!(1.5)), dec!(1), dec!(0)), tier(None, dec!(2), dec!(0))];
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(2), "USD"), 250);
    }

    #[test]
    fn package_pricing_charges_every_started_package() {
        let pack = PackageSpec { size: dec!(1000), price: dec!(2.5) };
        let price =
            |q: Decimal, code: &str| metered_amount_minor(TierMode::Package, &[], Some(&pack), q, cur(code)).unwrap();
        assert_eq!(price(dec!(1), "USD"), 250);
        assert_eq!(price(dec!(1000), "USD"), 250);
        assert_eq!(price(dec!(1001), "USD"), 500);
        assert_eq!(price(dec!(1001), "JPY"), 5);
        assert_eq!(price(dec!(1001), "KWD"), 5000);
        let thirds = PackageSpec { size: dec!(0.3), price: dec!(1) };
        let b = breakdown(TierMode::Package, &[], Some(&thirds), dec!(0.9), cur("USD")).unwrap();
        assert_eq!(b[0].packages, Some(dec!(3)));
    }

    #[test]
    fn package_pricing_needs_a_valid_package_and_no_tiers() {
        let usd = cur("USD");
        assert!(metered_amount_minor(TierMode::Package, &[], None, dec!(1), usd).is_err());
        let zero = PackageSpec { size: dec!(0), price: dec!(1) };
        assert!(metered_amount_minor(TierMode::Package, &[], Some(&zero), dec!(1), usd).is_err());
        let pack = PackageSpec { size: dec!(10), price: dec!(1) };
        assert!(metered_amount_minor(TierMode::Package, &api_tiers(), Some(&pack), dec!(1), usd).is_err());
        assert!(metered_amount_minor(TierMode::Volume, &api_tiers(), Some(&pack), dec!(1), usd).is_err());
    }

    #[test]
    fn a_negative_quantity_is_refused() {
        let err = metered_amount_minor(TierMode::Graduated, &api_tiers(), None, dec!(-1), cur("USD")).unwrap_err();
        assert_eq!(err.to_string(), "invalid quantity: must not be negative (got -1)");
    }

    #[test]
    fn tiers_must_ascend_and_end_open_ended() {
        assert!(validate_tiers(&api_tiers()).is_ok());
        assert_eq!(validate_tiers(&[]).unwrap_err().to_string(), "invalid tiers: at least one tier is needed");
        let unordered = vec![
            tier(Some(dec!(100)), dec!(1), dec!(0)),
            tier(Some(dec!(50)), dec!(1), dec!(0)),
            tier(None, dec!(1), dec!(0)),
        ];
        assert_eq!(
            validate_tiers(&unordered).unwrap_err().to_string(),
            "invalid tiers: tier 2: up_to 50 must be greater than the previous tier's 100"
        );
        let equal = vec![
            tier(Some(dec!(100)), dec!(1), dec!(0)),
            tier(Some(dec!(100)), dec!(1), dec!(0)),
            tier(None, dec!(1), dec!(0)),
        ];
        assert!(validate_tiers(&equal).is_err());
        let open_middle = vec![tier(None, dec!(1), dec!(0)), tier(None, dec!(1), dec!(0))];
        assert_eq!(
            validate_tiers(&open_middle).unwrap_err().to_string(),
            "invalid tiers: tier 1: only the last tier may be open-ended (no up_to)"
        );
        let closed_end = vec![tier(Some(dec!(100)), dec!(1), dec!(0))];
        assert!(validate_tiers(&closed_end).unwrap_err().to_string().contains("last tier must be open-ended"));
        assert!(validate_tiers(&[tier(Some(dec!(0)), dec!(1), dec!(0)), tier(None, dec!(1), dec!(0))]).is_err());
    }

    #[test]
    fn negative_prices_and_fees_are_refused() {
        assert_eq!(
            validate_tiers(&[tier(None, dec!(-0.01), dec!(0))]).unwrap_err().to_string(),
            "invalid tiers: tier 1: the unit price must not be negative"
        );
        assert!(validate_tiers(&[tier(None, dec!(1), dec!(-1))]).is_err());
        assert!(validate_tiers(&[tier(None, dec!(0), dec!(0))]).is_ok());
    }

    #[test]
    fn the_breakdown_lists_each_tier_reached_with_its_exact_amount() {
        let b = breakdown(TierMode::Graduated, &api_tiers(), None, dec!(1500.5), cur("USD")).unwrap();
        assert_eq!(b.len(), 2);
        assert_eq!((b[0].tier_index, b[0].units, b[0].exact_minor), (0, dec!(1000), dec!(1000)));
        assert_eq!((b[1].tier_index, b[1].units, b[1].exact_minor), (1, dec!(500.5), dec!(400.4)));
        let v = breakdown(TierMode::Volume, &api_tiers(), None, dec!(1500.5), cur("USD")).unwrap();
        assert_eq!(v.len(), 1);
        assert_eq!((v[0].tier_index, v[0].units, v[0].exact_minor), (1, dec!(1500.5), dec!(1200.4)));
    }

    #[test]
    fn priced_lines_read_as_units_times_price_and_add_up_to_the_amount() {
        let tiers = vec![
            tier(Some(dec!(10000)), dec!(0), dec!(0)),
            tier(Some(dec!(100000)), dec!(0.002), dec!(1.50)),
            tier(None, dec!(0.001), dec!(0)),
        ];
        let lines = priced_lines(TierMode::Graduated, &tiers, None, dec!(250000), cur("USD")).unwrap();
        let text: Vec<(String, i64)> = lines.iter().map(|(l, a)| (describe(l, cur("USD")), *a)).collect();
        assert_eq!(
            text,
            vec![
                ("10,000 × 0.00".to_string(), 0),
                ("90,000 × 0.002 + 1.50 flat".to_string(), 18150),
                ("150,000 × 0.001".to_string(), 15000),
            ]
        );
        assert_eq!(amount(TierMode::Graduated, &tiers, dec!(250000), "USD"), 33150);
        let pk = PackageSpec { size: dec!(1000), price: dec!(5) };
        let lines = priced_lines(TierMode::Package, &[], Some(&pk), dec!(2500), cur("EUR")).unwrap();
        assert_eq!(describe(&lines[0].0, cur("EUR")), "2,500 units in 3 package(s) × 5.00");
        assert_eq!(lines[0].1, 1500);
    }

    #[test]
    fn sub_cent_tier_lines_share_the_rounding_so_they_sum_to_the_total() {
        // 3 units × 0.005 = 1.5 cents, 1 unit × 0.005 = 0.5 cents: each rounded alone gives 2 + 1.
        let tiers = vec![tier(Some(dec!(3)), dec!(0.005), dec!(0)), tier(None, dec!(0.005), dec!(0))];
        let lines = priced_lines(TierMode::Graduated, &tiers, None, dec!(4), cur("USD")).unwrap();
        let shares: Vec<i64> = lines.iter().map(|(_, a)| *a).collect();
        assert_eq!(shares, vec![2, 0]);
        assert_eq!(shares.iter().sum::<i64>(), amount(TierMode::Graduated, &tiers, dec!(4), "USD"));
    }

    #[test]
    fn grouped_numbers_have_thousands_separators() {
        assert_eq!(grouped(dec!(1234567.50)), "1,234,567.5");
        assert_eq!(grouped(dec!(999)), "999");
        assert_eq!(grouped(dec!(-1000)), "-1,000");
    }

    proptest! {
        #[test]
        fn priced_line_shares_sum_to_the_metered_amount(q in 0i64..100_000_000, scale in 0u32..3) {
            let quantity = Decimal::new(q, scale);
            for mode in [TierMode::Graduated, TierMode::Volume] {
                let lines = priced_lines(mode, &api_tiers(), None, quantity, cur("USD")).unwrap();
                let sum: i64 = lines.iter().map(|(_, a)| *a).sum();
                prop_assert_eq!(sum, amount(mode, &api_tiers(), quantity, "USD"));
                for (l, a) in &lines {
                    prop_assert!((Decimal::from(*a) - l.exact_minor).abs() < Decimal::ONE);
                }
            }
        }

        #[test]
        fn the_amount_is_the_rounded_sum_of_the_breakdown(q in 0i64..100_000_000, scale in 0u32..3) {
            let quantity = Decimal::new(q, scale);
            for mode in [TierMode::Graduated, TierMode::Volume] {
                for code in ["JPY", "USD", "KWD"] {
                    let lines = breakdown(mode, &api_tiers(), None, quantity, cur(code)).unwrap();
                    let exact: Decimal = lines.iter().map(|l| l.exact_minor).sum();
                    let units: Decimal = lines.iter().map(|l| l.units).sum();
                    prop_assert_eq!(units, quantity);
                    prop_assert_eq!(metered_amount_minor(mode, &api_tiers(), None, quantity, cur(code)).unwrap(), round_to_minor(exact).unwrap());
                }
            }
        }

        #[test]
        fn graduated_pricing_never_decreases_with_more_usage(a in 0i64..50_000, b in 0i64..50_000) {
            let (lo, hi) = (Decimal::from(a.min(b)), Decimal::from(a.max(b)));
            prop_assert!(amount(TierMode::Graduated, &api_tiers(), lo, "USD") <= amount(TierMode::Graduated, &api_tiers(), hi, "USD"));
        }
    }
}
