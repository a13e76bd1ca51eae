//! Money: integer minor units of one currency, and the one rounding rule.
//!
//! # The rounding rule
//! Every computation that can produce a fraction of a minor unit (proration, unit prices with
//! sub-cent precision, tax rates) is carried out in `rust_decimal::Decimal` and turned into minor
//! units by exactly one function, [`round_to_minor`], which rounds **half away from zero**
//! ("half-up" as billing and tax authorities usually mean it: 0.5 cent → 1 cent, −0.5 → −1).
//! No amount is ever computed through floating point.

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::{Currency, DomainError};

/// The largest amount billctl accepts for one price, charge, grant, payment or credit balance, in
/// minor units (9,999,999,999,999.99 EUR; 999,999,999,999,999 JPY). Far above any real invoice, and
/// far enough below `i64::MAX` (about 9,200 times) that sums over an invoice or an account stay
/// exact in `i64`.
pub const MAX_AMOUNT_MINOR: i64 = 999_999_999_999_999;

/// Parses a decimal number as typed by a person: digits, an optional sign and decimal point.
/// Scientific notation (`1e3`) is refused: in a money or quantity field it is a typo, not 1000.
pub fn parse_decimal(text: &str, field: &str) -> Result<Decimal, DomainError> {
    let t = text.trim();
    if t.contains(['e', 'E']) && t.chars().any(|c| c.is_ascii_digit()) {
        return Err(DomainError::invalid(
            field,
            format!("'{text}' is scientific notation; write the number out in digits (e.g. 1000 or 12.50)"),
        ));
    }
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | '_')) {
        if let Ok(d) = Decimal::from_str_exact(t) {
            return Ok(d);
        }
        if t.chars().filter(|c| c.is_ascii_digit()).count() > 28 {
            return Err(DomainError::invalid(field, format!("'{text}' has more than 28 digits")));
        }
    }
    Err(DomainError::invalid(field, format!("'{text}' is not a number (write e.g. 12.50)")))
}

/// The limit of [`MAX_AMOUNT_MINOR`] in major units of `currency`, for messages.
pub fn max_amount(currency: Currency) -> Money {
    Money::new(MAX_AMOUNT_MINOR, currency)
}

/// Checks that an exact amount of minor units (positive or negative) is within [`MAX_AMOUNT_MINOR`].
pub fn check_limit(amount_minor: Decimal, currency: Currency, field: &str) -> Result<(), DomainError> {
    if amount_minor.abs() > Decimal::from(MAX_AMOUNT_MINOR) {
        let major = amount_minor / Decimal::from(10i64.pow(currency.exponent()));
        return Err(DomainError::invalid(
            field,
            format!("{} {currency} is more than the limit of {}", major.normalize(), max_amount(currency)),
        ));
    }
    Ok(())
}

/// An amount of money: `minor` units (cents, yen, fils) of `currency`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

/// The single rounding function: a decimal amount in **minor units** to an integer number of minor
/// units, rounding half away from zero.
pub fn round_to_minor(amount_minor: Decimal) -> Result<i64, DomainError> {
    let rounded = amount_minor.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    i64::try_from(rounded).map_err(|_| DomainError::Overflow)
}

impl Money {
    pub fn new(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    /// Rounds an exact decimal amount of minor units with [`round_to_minor`].
    pub fn from_decimal_minor(amount_minor: Decimal, currency: Currency) -> Result<Money, DomainError> {
        Ok(Money { minor: round_to_minor(amount_minor)?, currency })
    }

    /// Parses an amount written in major units ("12.34" EUR → 1234). More decimals than the currency
    /// has is an error rather than a silent rounding.
    pub fn parse_major(text: &str, currency: Currency, field: &str) -> Result<Money, DomainError> {
        let value = parse_decimal(text, field)?;
        if value.scale() > currency.exponent() && value.normalize().scale() > currency.exponent() {
            return Err(DomainError::invalid(
                field,
                format!("{currency} has {} decimal places; '{text}' has more", currency.exponent()),
            ));
        }
        let minor = value.checked_mul(Decimal::from(10i64.pow(currency.exponent()))).ok_or_else(|| {
            DomainError::invalid(field, format!("'{text}' is more than the limit of {}", max_amount(currency)))
        })?;
        check_limit(minor, currency, field)?;
        Ok(Money { minor: i64::try_from(minor.normalize()).map_err(|_| DomainError::Overflow)?, currency })
    }

    /// The amount in major units as an exact decimal (1234 EUR cents → 12.34).
    pub fn to_major(&self) -> Decimal {
        Decimal::new(self.minor, self.currency.exponent())
    }

    pub fn checked_add(self, other: Money) -> Result<Money, DomainError> {
        self.same_currency(&other)?;
        let minor = self.minor.checked_add(other.minor).ok_or(DomainError::Overflow)?;
        Ok(Money { minor, ..self })
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, DomainError> {
        self.same_currency(&other)?;
        let minor = self.minor.checked_sub(other.minor).ok_or(DomainError::Overflow)?;
        Ok(Money { minor, ..self })
    }

    fn same_currency(&self, other: &Money) -> Result<(), DomainError> {
        if self.currency != other.currency {
            return Err(DomainError::CurrencyMismatch {
                left: self.currency.code().into(),
                right: other.currency.code().into(),
            });
        }
        Ok(())
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.to_major(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn cur(c: &str) -> Currency {
        Currency::parse(c).unwrap()
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_to_minor(dec!(0.5)).unwrap(), 1);
        assert_eq!(round_to_minor(dec!(1.4999)).unwrap(), 1);
        assert_eq!(round_to_minor(dec!(2.5)).unwrap(), 3);
        assert_eq!(round_to_minor(dec!(-0.5)).unwrap(), -1);
        assert_eq!(round_to_minor(dec!(-2.4)).unwrap(), -2);
    }

    #[test]
    fn major_units_parse_per_currency_exponent() {
        assert_eq!(Money::parse_major("12.34", cur("EUR"), "amount").unwrap().minor, 1234);
        assert_eq!(Money::parse_major("500", cur("JPY"), "amount").unwrap().minor, 500);
        assert_eq!(Money::parse_major("1.234", cur("KWD"), "amount").unwrap().minor, 1234);
        assert_eq!(
            Money::parse_major("1.50", cur("JPY"), "amount").unwrap_err().to_string(),
            "invalid amount: JPY has 0 decimal places; '1.50' has more"
        );
        assert_eq!(Money::parse_major("1.0", cur("JPY"), "amount").unwrap().minor, 1);
        assert!(Money::parse_major("abc", cur("EUR"), "amount").is_err());
    }

    #[test]
    fn amounts_above_the_limit_are_refused_with_the_field_and_the_limit() {
        let e = Money::parse_major("92233720368547758.07", cur("EUR"), "amount").unwrap_err().to_string();
        assert_eq!(e, "invalid amount: 92233720368547758.07 EUR is more than the limit of 9999999999999.99 EUR");
        let e = Money::parse_major("-10000000000000", cur("EUR"), "amount").unwrap_err().to_string();
        assert!(e.contains("more than the limit of 9999999999999.99 EUR"), "{e}");
        assert_eq!(Money::parse_major("9999999999999.99", cur("EUR"), "amount").unwrap().minor, MAX_AMOUNT_MINOR);
        let e = Money::parse_major("99999999999999999999999999999", cur("EUR"), "amount").unwrap_err().to_string();
        assert!(e.starts_with("invalid amount:"), "{e}");
    }

    #[test]
    fn scientific_notation_is_a_typo_not_a_number() {
        for t in ["1e3", "1E3", "2.5e-2", "1e30"] {
            let e = parse_decimal(t, "price").unwrap_err().to_string();
            assert!(e.starts_with("invalid price:") && e.contains("scientific notation"), "{t}: {e}");
        }
        assert_eq!(parse_decimal(" 12.50 ", "price").unwrap(), Decimal::new(1250, 2));
        assert_eq!(parse_decimal("-3", "price").unwrap(), Decimal::from(-3));
        for t in ["", "abc", "1,5", "0x10", "inf", "NaN"] {
            assert!(parse_decimal(t, "price").is_err(), "{t} accepted");
        }
    }

    #[test]
    fn display_uses_major_units() {
        assert_eq!(Money::new(1234, cur("USD")).to_string(), "12.34 USD");
        assert_eq!(Money::new(7, cur("KWD")).to_string(), "0.007 KWD");
        assert_eq!(Money::new(-150, cur("JPY")).to_string(), "-150 JPY");
    }

    #[test]
    fn mixing_currencies_is_refused() {
        let e = Money::new(1, cur("USD")).checked_add(Money::new(1, cur("EUR"))).unwrap_err();
        assert!(matches!(e, DomainError::CurrencyMismatch { .. }));
    }

    proptest! {
        #[test]
        fn parse_and_format_round_trip(minor in -1_000_000_000_000i64..1_000_000_000_000i64) {
            for c in ["JPY", "USD", "KWD"] {
                let m = Money::new(minor, cur(c));
                let back = Money::parse_major(&m.to_major().to_string(), cur(c), "amount").unwrap();
                prop_assert_eq!(back, m);
            }
        }

        #[test]
        fn rounding_never_moves_more_than_half_a_unit(num in -10_000_000i64..10_000_000i64, den in 1i64..10_000) {
            let exact = Decimal::from(num) / Decimal::from(den);
            let r = Decimal::from(round_to_minor(exact).unwrap());
            prop_assert!((r - exact).abs() <= dec!(0.5));
        }
    }
}
