//! Tax: which tax applies to an invoice, and how much it is.
//!
//! # Rules
//! [`decide`] looks at the account and the seller and answers, in this order:
//! 1. **Exempt.** An account marked tax-exempt is never taxed.
//! 2. **EU reverse charge.** When the account is a **business** with a non-empty **tax id**, its
//!    country is an **EU member state**, the seller's country is **also** an EU member state and
//!    the two countries **differ**, no VAT is charged: the customer accounts for it (Art. 196
//!    Council Directive 2006/112/EC) and the invoice carries a note saying so, with the customer's
//!    VAT id. Only country codes are compared; the VAT id itself is not checked. Greece is `GR` in
//!    ISO 3166 but `EL` in VAT ids, so `EL` is accepted as a country code for Greece too.
//! 3. **A configured rate.** Otherwise the rate for the account's country applies. A rate for the
//!    account's country **and region** beats a country-wide rate (`region = ""`). Country and
//!    region codes are compared case-insensitively, ignoring surrounding spaces. If two rates are
//!    equally specific, the first one listed wins.
//! 4. **No rate.** No country on the account, or no matching rate: no tax is charged.
//!
//! The tax amount is `taxable × rate`, computed exactly and rounded **once per invoice per rate**
//! with [`round_to_minor`] (half away from zero) — never line by line ([`tax_amount`]).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::DomainError;
use super::money::round_to_minor;

/// The 27 member states of the European Union, as ISO 3166-1 alpha-2 codes (Greece is `GR`).
pub const EU_MEMBER_STATES: [&str; 27] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// A country code as compared by the tax rules: trimmed, upper-cased, and `EL` (Greece's VAT
/// prefix) folded into `GR`.
fn canonical_country(code: &str) -> String {
    let upper = code.trim().to_ascii_uppercase();
    if upper == "EL" { "GR".to_string() } else { upper }
}

/// Whether `country` (ISO alpha-2, any case; `EL` counts as Greece) is an EU member state.
pub fn is_eu_member(country: &str) -> bool {
    let code = canonical_country(country);
    EU_MEMBER_STATES.contains(&code.as_str())
}

/// A configured tax rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxRate {
    pub id: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Region (state, province) code; `""` means the whole country.
    pub region: String,
    /// Shown on the invoice, e.g. "VAT" or "Sales tax".
    pub name: String,
    /// The rate as a fraction: `0.19` is 19 %.
    pub rate: Decimal,
}

impl TaxRate {
    /// The rate in percent, without trailing zeros (`0.19` → `19`, `0.08875` → `8.875`).
    pub fn percent(&self) -> Decimal {
        (self.rate * Decimal::ONE_HUNDRED).normalize()
    }
}

/// Everything [`decide`] needs to know about an invoice's account and seller.
#[derive(Debug, Clone, Copy)]
pub struct TaxContext<'a> {
    pub account_country: Option<&'a str>,
    pub account_region: Option<&'a str>,
    pub is_business: bool,
    pub tax_id: Option<&'a str>,
    pub tax_exempt: bool,
    pub seller_country: Option<&'a str>,
    /// All configured rates; [`decide`] picks the one that applies.
    pub rates: &'a [TaxRate],
}

/// The outcome of [`decide`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaxDecision {
    /// The account is tax-exempt: no tax.
    Exempt,
    /// EU intra-community B2B supply: no tax, and `note` must be printed on the invoice.
    ReverseCharge { note: String },
    /// Charge this rate.
    Rate(TaxRate),
    /// No rate is configured for the account's location: no tax.
    NoRate,
}

impl TaxDecision {
    /// The rate to charge, if any.
    pub fn rate(&self) -> Option<&TaxRate> {
        match self {
            TaxDecision::Rate(rate) => Some(rate),
            _ => None,
        }
    }

    /// The note to print on the invoice, if any.
    pub fn note(&self) -> Option<&str> {
        match self {
            TaxDecision::ReverseCharge { note } => Some(note),
            _ => None,
        }
    }
}

/// The note printed on a reverse-charge invoice.
pub fn reverse_charge_note(customer_vat_id: &str) -> String {
    format!(
        "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Council Directive 2006/112/EC). \
         Customer VAT ID: {}",
        customer_vat_id.trim()
    )
}

fn non_empty(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

/// Decides which tax applies; see the [module documentation](self) for the rules.
pub fn decide(ctx: &TaxContext) -> TaxDecision {
    if ctx.tax_exempt {
        return TaxDecision::Exempt;
    }
    let country = non_empty(ctx.account_country).map(canonical_country);
    let Some(country) = country else {
        return TaxDecision::NoRate;
    };
    if ctx.is_business
        && let Some(tax_id) = non_empty(ctx.tax_id)
        && let Some(seller) = non_empty(ctx.seller_country).map(canonical_country)
        && is_eu_member(&country)
        && is_eu_member(&seller)
        && country != seller
    {
        return TaxDecision::ReverseCharge { note: reverse_charge_note(tax_id) };
    }
    let region = non_empty(ctx.account_region).map(str::to_ascii_uppercase);
    let mut country_wide: Option<&TaxRate> = None;
    for rate in ctx.rates.iter().filter(|r| canonical_country(&r.country) == country) {
        let rate_region = rate.region.trim();
        if rate_region.is_empty() {
            country_wide = country_wide.or(Some(rate));
        } else if region.as_deref().is_some_and(|r| rate_region.eq_ignore_ascii_case(r)) {
            return TaxDecision::Rate(rate.clone());
        }
    }
    country_wide.map_or(TaxDecision::NoRate, |rate| TaxDecision::Rate(rate.clone()))
}

/// The tax on `taxable_minor` at `rate`: `round(taxable × rate)`, rounded once with
/// [`round_to_minor`]. Call it once per invoice per rate, on the invoice's taxable total.
///
/// A negative rate is refused (field `rate`).
pub fn tax_amount(taxable_minor: i64, rate: Decimal) -> Result<i64, DomainError> {
    if rate.is_sign_negative() && !rate.is_zero() {
        return Err(DomainError::invalid("rate", format!("a tax rate must not be negative (got {rate})")));
    }
    let exact = Decimal::from(taxable_minor).checked_mul(rate).ok_or(DomainError::Overflow)?;
    round_to_minor(exact)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Currency, Money};
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn rate(id: &str, country: &str, region: &str, name: &str, r: Decimal) -> TaxRate {
        TaxRate { id: id.into(), country: country.into(), region: region.into(), name: name.into(), rate: r }
    }

    fn rates() -> Vec<TaxRate> {
        vec![
            rate("txr_de", "DE", "", "VAT", dec!(0.19)),
            rate("txr_fr", "FR", "", "TVA", dec!(0.20)),
            rate("txr_gr", "GR", "", "VAT", dec!(0.24)),
            rate("txr_us_ny", "US", "NY", "Sales tax", dec!(0.08875)),
            rate("txr_us", "US", "", "Sales tax", dec!(0.05)),
            rate("txr_jp", "JP", "", "Consumption tax", dec!(0.10)),
            rate("txr_kw", "KW", "", "VAT", dec!(0.05)),
        ]
    }

    fn ctx<'a>(country: Option<&'a str>, rates: &'a [TaxRate]) -> TaxContext<'a> {
        TaxContext {
            account_country: country,
            account_region: None,
            is_business: false,
            tax_id: None,
            tax_exempt: false,
            seller_country: Some("DE"),
            rates,
        }
    }

    fn business<'a>(country: &'a str, tax_id: &'a str, seller: &'a str, rates: &'a [TaxRate]) -> TaxContext<'a> {
        TaxContext {
            is_business: true,
            tax_id: Some(tax_id),
            seller_country: Some(seller),
            ..ctx(Some(country), rates)
        }
    }

    fn rate_id(decision: &TaxDecision) -> Option<&str> {
        decision.rate().map(|r| r.id.as_str())
    }

    #[test]
    fn the_eu_has_twenty_seven_distinct_member_states() {
        let mut sorted = EU_MEMBER_STATES.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 27);
        assert_eq!(sorted, EU_MEMBER_STATES.to_vec(), "the list is kept in alphabetical order");
        for code in ["de", " FR ", "GR", "EL", "HR", "IE"] {
            assert!(is_eu_member(code), "{code}");
        }
        for code in ["GB", "CH", "NO", "US", "", "EU"] {
            assert!(!is_eu_member(code), "{code}");
        }
    }

    #[test]
    fn an_exempt_account_is_never_taxed() {
        let rates = rates();
        let c = TaxContext { tax_exempt: true, ..business("FR", "FR123", "DE", &rates) };
        assert_eq!(decide(&c), TaxDecision::Exempt);
        let c = TaxContext { tax_exempt: true, ..ctx(Some("DE"), &rates) };
        assert_eq!(decide(&c), TaxDecision::Exempt);
    }

    #[test]
    fn an_eu_business_in_another_member_state_is_reverse_charged() {
        let rates = rates();
        let decision = decide(&business("DE", " DE123 ", "FR", &rates));
        assert_eq!(
            decision,
            TaxDecision::ReverseCharge {
                note: "Reverse charge: VAT to be accounted for by the recipient (Art. 196 Council Directive \
                       2006/112/EC). Customer VAT ID: DE123"
                    .into()
            }
        );
        assert_eq!(decision.note().unwrap().matches("DE123").count(), 1);
        assert!(decision.rate().is_none());
    }

    #[test]
    fn a_business_in_the_sellers_own_country_pays_domestic_vat() {
        let rates = rates();
        assert_eq!(rate_id(&decide(&business("DE", "DE123", "DE", &rates))), Some("txr_de"));
        assert_eq!(rate_id(&decide(&business("de", "DE123", " DE", &rates))), Some("txr_de"));
    }

    #[test]
    fn greece_written_el_is_the_same_country_as_gr() {
        let rates = rates();
        assert_eq!(rate_id(&decide(&business("EL", "EL123", "GR", &rates))), Some("txr_gr"));
        assert!(matches!(decide(&business("EL", "EL123", "DE", &rates)), TaxDecision::ReverseCharge { .. }));
    }

    #[test]
    fn reverse_charge_needs_a_business_with_a_tax_id() {
        let rates = rates();
        let consumer = TaxContext { is_business: false, ..business("FR", "FR123", "DE", &rates) };
        assert_eq!(rate_id(&decide(&consumer)), Some("txr_fr"));
        let no_id = TaxContext { tax_id: None, ..business("FR", "FR123", "DE", &rates) };
        assert_eq!(rate_id(&decide(&no_id)), Some("txr_fr"));
        let blank_id = business("FR", "  ", "DE", &rates);
        assert_eq!(rate_id(&decide(&blank_id)), Some("txr_fr"));
    }

    #[test]
    fn reverse_charge_needs_both_countries_in_the_eu() {
        let rates = rates();
        // Seller outside the EU, or customer outside the EU: ordinary rate lookup.
        assert_eq!(rate_id(&decide(&business("FR", "FR123", "US", &rates))), Some("txr_fr"));
        assert_eq!(rate_id(&decide(&business("US", "12-345", "DE", &rates))), Some("txr_us"));
        let no_seller = TaxContext { seller_country: None, ..business("FR", "FR123", "DE", &rates) };
        assert_eq!(rate_id(&decide(&no_seller)), Some("txr_fr"));
    }

    #[test]
    fn a_regional_rate_beats_the_country_wide_rate() {
        let rates = rates();
        let ny = TaxContext { account_region: Some("ny"), ..ctx(Some("US"), &rates) };
        assert_eq!(rate_id(&decide(&ny)), Some("txr_us_ny"));
        let tx = TaxContext { account_region: Some("TX"), ..ctx(Some("US"), &rates) };
        assert_eq!(rate_id(&decide(&tx)), Some("txr_us"));
        let none = ctx(Some("us"), &rates);
        assert_eq!(rate_id(&decide(&none)), Some("txr_us"));
    }

    #[test]
    fn a_regional_rate_alone_does_not_cover_the_rest_of_the_country() {
        let rates = vec![rate("txr_ca_qc", "CA", "QC", "QST", dec!(0.09975))];
        let qc = TaxContext { account_region: Some("QC"), ..ctx(Some("CA"), &rates) };
        assert_eq!(rate_id(&decide(&qc)), Some("txr_ca_qc"));
        let on = TaxContext { account_region: Some("ON"), ..ctx(Some("CA"), &rates) };
        assert_eq!(decide(&on), TaxDecision::NoRate);
    }

    #[test]
    fn the_first_of_two_equally_specific_rates_wins() {
        let rates = vec![rate("first", "DE", "", "VAT", dec!(0.19)), rate("second", "DE", "", "VAT", dec!(0.07))];
        assert_eq!(rate_id(&decide(&ctx(Some("DE"), &rates))), Some("first"));
    }

    #[test]
    fn no_country_or_no_matching_rate_means_no_tax() {
        let rates = rates();
        assert_eq!(decide(&ctx(None, &rates)), TaxDecision::NoRate);
        assert_eq!(decide(&ctx(Some(" "), &rates)), TaxDecision::NoRate);
        assert_eq!(decide(&ctx(Some("BR"), &rates)), TaxDecision::NoRate);
        assert_eq!(decide(&ctx(Some("DE"), &[])), TaxDecision::NoRate);
    }

    #[test]
    fn percent_drops_trailing_zeros() {
        assert_eq!(rate("a", "DE", "", "VAT", dec!(0.190)).percent().to_string(), "19");
        assert_eq!(rate("a", "US", "NY", "Sales tax", dec!(0.08875)).percent().to_string(), "8.875");
        assert_eq!(rate("a", "US", "", "None", dec!(0)).percent().to_string(), "0");
    }

    #[test]
    fn tax_is_rounded_half_away_from_zero_in_usd() {
        // 19.99 USD × 8.875 % = 177.41… cents → 177
        assert_eq!(tax_amount(1999, dec!(0.08875)).unwrap(), 177);
        // 10.00 USD × 0.05 % = 0.5 cent → 1
        assert_eq!(tax_amount(1000, dec!(0.0005)).unwrap(), 1);
        assert_eq!(tax_amount(-1000, dec!(0.0005)).unwrap(), -1);
        assert_eq!(tax_amount(0, dec!(0.19)).unwrap(), 0);
    }

    #[test]
    fn tax_in_jpy_is_whole_yen() {
        let jpy = Currency::parse("JPY").unwrap();
        assert_eq!(jpy.exponent(), 0);
        assert_eq!(tax_amount(1001, dec!(0.10)).unwrap(), 100);
        assert_eq!(tax_amount(1005, dec!(0.10)).unwrap(), 101);
        assert_eq!(Money::new(tax_amount(9800, dec!(0.10)).unwrap(), jpy).to_string(), "980 JPY");
    }

    #[test]
    fn tax_in_kwd_keeps_three_decimals() {
        let kwd = Currency::parse("KWD").unwrap();
        // 1.234 KWD × 5 % = 61.7 fils → 62
        assert_eq!(tax_amount(1234, dec!(0.05)).unwrap(), 62);
        assert_eq!(Money::new(tax_amount(1234, dec!(0.05)).unwrap(), kwd).to_string(), "0.062 KWD");
        // 0.010 KWD × 5 % = 0.5 fils → 1
        assert_eq!(tax_amount(10, dec!(0.05)).unwrap(), 1);
    }

    #[test]
    fn a_negative_rate_is_refused() {
        assert_eq!(
            tax_amount(100, dec!(-0.1)).unwrap_err().to_string(),
            "invalid rate: a tax rate must not be negative (got -0.1)"
        );
        assert_eq!(tax_amount(100, dec!(-0)).unwrap(), 0);
    }

    #[test]
    fn a_huge_amount_overflows_instead_of_wrapping() {
        assert_eq!(tax_amount(i64::MAX, dec!(2)).unwrap_err(), DomainError::Overflow);
    }

    proptest! {
        #[test]
        fn tax_is_within_half_a_minor_unit_of_the_exact_value(
            taxable in -1_000_000_000_000i64..1_000_000_000_000,
            bp in 0i64..100_000,
        ) {
            let r = Decimal::new(bp, 5);
            let tax = tax_amount(taxable, r).unwrap();
            let exact = Decimal::from(taxable) * r;
            prop_assert!((Decimal::from(tax) - exact).abs() <= dec!(0.5));
        }

        #[test]
        fn tax_never_decreases_when_the_taxable_amount_grows(
            a in 0i64..1_000_000_000,
            b in 0i64..1_000_000_000,
            bp in 0i64..100_000,
        ) {
            let r = Decimal::new(bp, 5);
            prop_assert!(tax_amount(a.min(b), r).unwrap() <= tax_amount(a.max(b), r).unwrap());
        }

        #[test]
        fn exempt_accounts_are_exempt_whatever_else_is_true(
            is_business in any::<bool>(),
            country in prop::sample::select(vec!["DE", "FR", "US", "JP", "GR", "EL"]),
            seller in prop::sample::select(vec!["DE", "FR", "US"]),
        ) {
            let rates = rates();
            let c = TaxContext { tax_exempt: true, is_business, ..business(country, "X1", seller, &rates) };
            prop_assert_eq!(decide(&c), TaxDecision::Exempt);
        }
    }
}
