//! The catalog: what a plan version charges, per currency, and how flags or a JSON file describe it.
//!
//! A plan version has a billing interval, trial days and charges. Each charge has a price per
//! currency. Three kinds of charge:
//! - `flat`: a fixed amount per period (the subscription's quantity does not multiply it);
//! - `per_seat`: an amount per seat per period, multiplied by the subscription's quantity;
//! - `metered`: usage of a metric in the closed period, priced by tiers (graduated, volume) or by
//!   package; billed in arrears.
//!
//! Amounts are written in major units ("29.00" EUR); unit prices may go below the minor unit
//! ("0.0015" USD per call). Prices are never floats.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::period::{Interval, IntervalUnit};
use super::pricing::{PackageSpec, Tier, TierMode, validate_tiers};
use super::{Currency, DomainError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChargeKind {
    Flat,
    PerSeat,
    Metered,
}

impl ChargeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChargeKind::Flat => "flat",
            ChargeKind::PerSeat => "per_seat",
            ChargeKind::Metered => "metered",
        }
    }
    pub fn parse(text: &str) -> Result<ChargeKind, DomainError> {
        match text {
            "flat" => Ok(ChargeKind::Flat),
            "per_seat" => Ok(ChargeKind::PerSeat),
            "metered" => Ok(ChargeKind::Metered),
            _ => Err(DomainError::invalid("kind", format!("'{text}' is not flat, per_seat or metered"))),
        }
    }
}

/// One price of a plan version in one currency.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriceDef {
    pub currency: Currency,
    pub kind: ChargeKind,
    #[serde(default)]
    pub description: String,
    /// Flat / per seat: major units per period.
    #[serde(default, with = "rust_decimal::serde::str_option")]
    pub unit_amount: Option<Decimal>,
    /// Metered: the usage metric (e.g. `api_calls`).
    #[serde(default)]
    pub metric: Option<String>,
    #[serde(default)]
    pub tier_mode: Option<TierMode>,
    #[serde(default)]
    pub tiers: Vec<Tier>,
    #[serde(default)]
    pub package: Option<PackageSpec>,
}

/// A plan version as declared by a user (flags or JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanDef {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    pub interval: IntervalUnit,
    #[serde(default = "one")]
    pub interval_count: u32,
    #[serde(default)]
    pub trial_days: u32,
    pub prices: Vec<PriceDef>,
}

fn one() -> u32 {
    1
}

/// Minor units per major unit of `currency` (100 for EUR, 1 for JPY, 1000 for KWD), exactly.
pub fn minor_factor(currency: Currency) -> Decimal {
    Decimal::from(10i64.pow(currency.exponent()))
}

/// A price in major units: not negative, and its minor units within the amount limit
/// ([`super::money::MAX_AMOUNT_MINOR`]), so that it can be billed.
fn check_amount(v: Decimal, currency: Currency, field: &str) -> Result<(), DomainError> {
    if v.is_sign_negative() {
        return Err(DomainError::invalid(field, format!("{v} {currency} is negative")));
    }
    let minor = v.checked_mul(minor_factor(currency)).unwrap_or(Decimal::MAX);
    super::money::check_limit(minor, currency, field)
}

/// Checks a plan definition: code, interval, and every price.
pub fn validate_plan(def: &PlanDef) -> Result<Interval, DomainError> {
    let code = def.code.trim();
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(DomainError::invalid(
            "code",
            format!("'{}' must be letters, digits, '-' or '_' (e.g. pro-monthly)", def.code),
        ));
    }
    if def.name.trim().is_empty() {
        return Err(DomainError::invalid("name", "must not be empty"));
    }
    let interval = Interval::new(def.interval, def.interval_count)?;
    if def.trial_days > 730 {
        return Err(DomainError::invalid("trial_days", "must be at most 730"));
    }
    if def.prices.is_empty() {
        return Err(DomainError::invalid("prices", "a plan needs at least one price (e.g. --price EUR:29.00)"));
    }
    for p in &def.prices {
        validate_price(p)?;
    }
    // The same charge may not be priced twice in one currency.
    let mut seen = std::collections::HashSet::new();
    for p in &def.prices {
        let key = (p.currency, p.kind, p.metric.clone());
        if !seen.insert(key) {
            return Err(DomainError::invalid(
                "prices",
                format!("two {} prices in {} for the same charge", p.kind.as_str(), p.currency),
            ));
        }
    }
    Ok(interval)
}

fn validate_price(p: &PriceDef) -> Result<(), DomainError> {
    match p.kind {
        ChargeKind::Flat | ChargeKind::PerSeat => {
            let amount = p.unit_amount.ok_or_else(|| {
                DomainError::invalid(
                    "unit_amount",
                    format!("the {} price in {} needs an amount", p.kind.as_str(), p.currency),
                )
            })?;
            check_amount(amount, p.currency, "unit_amount")?;
            if p.metric.is_some() || !p.tiers.is_empty() || p.package.is_some() {
                return Err(DomainError::invalid("price", "only metered prices have a metric, tiers or a package"));
            }
        }
        ChargeKind::Metered => {
            let metric = p.metric.as_deref().unwrap_or("");
            if metric.is_empty() || !metric.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
                return Err(DomainError::invalid("metric", format!("'{metric}' must be a name like api_calls")));
            }
            match p.tier_mode {
                Some(TierMode::Package) => {
                    let pk = p.package.as_ref().ok_or_else(|| {
                        DomainError::invalid("package", "a package price needs SIZE@PRICE (e.g. 1000@5.00)")
                    })?;
                    if pk.size <= Decimal::ZERO {
                        return Err(DomainError::invalid("package", "the package size must be positive"));
                    }
                    check_amount(pk.price, p.currency, "package")?;
                }
                Some(_) => {
                    validate_tiers(&p.tiers)?;
                    for t in &p.tiers {
                        check_amount(t.unit_price, p.currency, "tiers")?;
                        check_amount(t.flat_fee, p.currency, "tiers")?;
                    }
                }
                None => {
                    return Err(DomainError::invalid("tier_mode", "metered prices need graduated, volume or package"));
                }
            }
        }
    }
    Ok(())
}

/// Parses `CUR:AMOUNT` (e.g. `EUR:29.00`) for `--price` / `--seat-price`.
pub fn parse_amount_flag(text: &str, kind: ChargeKind, flag: &str) -> Result<PriceDef, DomainError> {
    let (cur, amount) = text
        .split_once(':')
        .ok_or_else(|| DomainError::invalid(flag, format!("'{text}' is not CURRENCY:AMOUNT (e.g. EUR:29.00)")))?;
    let currency = Currency::parse(cur)?;
    let amount = super::money::parse_decimal(amount, flag)?;
    Ok(PriceDef {
        currency,
        kind,
        description: String::new(),
        unit_amount: Some(amount),
        metric: None,
        tier_mode: None,
        tiers: Vec::new(),
        package: None,
    })
}

/// Parses `--metered METRIC:MODE:CUR:SPEC`:
/// - graduated/volume: SPEC = `UPTO@PRICE[+FLAT],…,inf@PRICE` (e.g. `10000@0,100000@0.002,inf@0.001`);
/// - package: SPEC = `SIZE@PRICE` (e.g. `1000@5.00`: 5.00 per started 1000 units).
pub fn parse_metered_flag(text: &str) -> Result<PriceDef, DomainError> {
    let bad =
        |why: &str| DomainError::invalid("metered", format!("'{text}': {why} (see `billctl plan create --help`)"));
    let parts: Vec<&str> = text.splitn(4, ':').collect();
    let [metric, mode, cur, spec] = parts[..] else {
        return Err(bad("expected METRIC:MODE:CURRENCY:TIERS"));
    };
    let currency = Currency::parse(cur)?;
    let mode: TierMode = mode.parse()?;
    let num = |s: &str| {
        super::money::parse_decimal(s, "metered").map_err(|e| match e {
            DomainError::Invalid { reason, .. } => bad(&reason),
            other => other,
        })
    };
    let mut def = PriceDef {
        currency,
        kind: ChargeKind::Metered,
        description: String::new(),
        unit_amount: None,
        metric: Some(metric.trim().to_string()),
        tier_mode: Some(mode),
        tiers: Vec::new(),
        package: None,
    };
    if mode == TierMode::Package {
        let (size, price) = spec.split_once('@').ok_or_else(|| bad("package is SIZE@PRICE"))?;
        def.package = Some(PackageSpec { size: num(size)?, price: num(price)? });
        return Ok(def);
    }
    for tier in spec.split(',') {
        let (up_to, price) = tier.split_once('@').ok_or_else(|| bad("each tier is UPTO@PRICE"))?;
        let (price, flat) = match price.split_once('+') {
            Some((p, f)) => (num(p)?, num(f)?),
            None => (num(price)?, Decimal::ZERO),
        };
        let up_to = match up_to.trim() {
            "inf" | "" => None,
            u => Some(num(u)?),
        };
        def.tiers.push(Tier { up_to, unit_price: price, flat_fee: flat });
    }
    Ok(def)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn plan(prices: Vec<PriceDef>) -> PlanDef {
        PlanDef {
            code: "pro".into(),
            name: "Pro".into(),
            description: None,
            interval: IntervalUnit::Month,
            interval_count: 1,
            trial_days: 0,
            prices,
        }
    }

    #[test]
    fn amount_flags_parse_currency_and_decimal() {
        let p = parse_amount_flag("eur:29.90", ChargeKind::Flat, "price").unwrap();
        assert_eq!(p.currency.code(), "EUR");
        assert_eq!(p.unit_amount, Some(dec!(29.90)));
        assert!(parse_amount_flag("29.90", ChargeKind::Flat, "price").is_err());
        assert!(parse_amount_flag("EUR:abc", ChargeKind::Flat, "price").is_err());
    }

    #[test]
    fn metered_flags_parse_tiers_and_packages() {
        let p = parse_metered_flag("api_calls:graduated:USD:10000@0,100000@0.002+1.50,inf@0.001").unwrap();
        assert_eq!(p.tiers.len(), 3);
        assert_eq!(p.tiers[1].flat_fee, dec!(1.50));
        assert_eq!(p.tiers[2].up_to, None);
        validate_plan(&plan(vec![p])).unwrap();
        let k = parse_metered_flag("gb:package:EUR:1000@5").unwrap();
        assert_eq!(k.package.as_ref().unwrap().size, dec!(1000));
        validate_plan(&plan(vec![k])).unwrap();
        assert!(parse_metered_flag("gb:weird:EUR:1@1").is_err());
    }

    #[test]
    fn plans_need_a_code_a_price_and_no_duplicates() {
        let eur = parse_amount_flag("EUR:10", ChargeKind::Flat, "price").unwrap();
        assert!(validate_plan(&plan(vec![])).is_err());
        let mut bad = plan(vec![eur.clone()]);
        bad.code = "pro plan".into();
        assert!(validate_plan(&bad).unwrap_err().to_string().contains("code"));
        assert!(validate_plan(&plan(vec![eur.clone(), eur.clone()])).is_err());
        let neg = parse_amount_flag("EUR:-1", ChargeKind::Flat, "price").unwrap();
        assert!(validate_plan(&plan(vec![neg])).is_err());
        validate_plan(&plan(vec![eur])).unwrap();
    }

    #[test]
    fn prices_that_cannot_be_billed_are_refused_with_the_limit() {
        let e = parse_amount_flag("EUR:1e30", ChargeKind::Flat, "price").unwrap_err().to_string();
        assert!(e.starts_with("invalid price:") && e.contains("scientific notation"), "{e}");
        let huge = parse_amount_flag("EUR:92233720368547758.08", ChargeKind::Flat, "price").unwrap();
        let e = validate_plan(&plan(vec![huge])).unwrap_err().to_string();
        assert_eq!(e, "invalid unit_amount: 92233720368547758.08 EUR is more than the limit of 9999999999999.99 EUR");
        let tiered = parse_metered_flag("calls:graduated:USD:10@0,inf@10000000000000").unwrap();
        assert!(validate_plan(&plan(vec![tiered])).unwrap_err().to_string().starts_with("invalid tiers:"));
        assert!(parse_metered_flag("calls:graduated:USD:1e3@0,inf@1").unwrap_err().to_string().contains("scientific"));
    }

    #[test]
    fn json_definitions_round_trip() {
        let def = plan(vec![parse_metered_flag("api_calls:volume:JPY:1000@1,inf@0.5").unwrap()]);
        let text = serde_json::to_string(&def).unwrap();
        let back: PlanDef = serde_json::from_str(&text).unwrap();
        assert_eq!(back, def);
    }

    #[test]
    fn minor_factors_follow_the_currency() {
        assert_eq!(minor_factor(Currency::parse("JPY").unwrap()), dec!(1));
        assert_eq!(minor_factor(Currency::parse("KWD").unwrap()), dec!(1000));
    }
}
