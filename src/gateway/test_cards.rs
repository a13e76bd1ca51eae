//! Stripe's test payment-method tokens (`pm_card_…`) and what charging them does, as documented in
//! Stripe's testing guide. Shared by the sandbox gateway and the fake Stripe server in the tests.
//!
//! Stripe gives test cards "any future" expiry; we use a fixed one (12/2034) so runs are deterministic.

/// Expiry month and year of every test card.
pub const EXP_MONTH: i16 = 12;
pub const EXP_YEAR: i16 = 2034;

/// What charging a test card does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardBehavior {
    Succeeds,
    /// Stripe's error `code` (`card_declined`, `expired_card`, …), `decline_code` and message.
    Declines {
        code: &'static str,
        decline_code: &'static str,
        message: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TestCard {
    pub token: &'static str,
    pub brand: &'static str,
    pub last4: &'static str,
    pub funding: &'static str,
    pub behavior: CardBehavior,
}

const DECLINED: &str = "Your card was declined.";

const fn ok(token: &'static str, brand: &'static str, last4: &'static str) -> TestCard {
    TestCard { token, brand, last4, funding: "credit", behavior: CardBehavior::Succeeds }
}

const fn declines(
    token: &'static str,
    last4: &'static str,
    code: &'static str,
    decline_code: &'static str,
    message: &'static str,
) -> TestCard {
    TestCard {
        token,
        brand: "visa",
        last4,
        funding: "credit",
        behavior: CardBehavior::Declines { code, decline_code, message },
    }
}

/// Every test card known to billctl.
pub const CARDS: &[TestCard] = &[
    ok("pm_card_visa", "visa", "4242"),
    ok("pm_card_mastercard", "mastercard", "4444"),
    ok("pm_card_amex", "amex", "8431"),
    declines("pm_card_chargeDeclined", "0002", "card_declined", "generic_decline", DECLINED),
    declines(
        "pm_card_chargeDeclinedInsufficientFunds",
        "9995",
        "card_declined",
        "insufficient_funds",
        "Your card has insufficient funds.",
    ),
    declines("pm_card_chargeDeclinedFraudulent", "0019", "card_declined", "fraudulent", DECLINED),
    declines("pm_card_chargeDeclinedStolenCard", "9979", "card_declined", "stolen_card", DECLINED),
    declines("pm_card_chargeDeclinedLostCard", "9987", "card_declined", "lost_card", DECLINED),
    declines("pm_card_chargeDeclinedExpiredCard", "0069", "expired_card", "expired_card", "Your card has expired."),
    declines(
        "pm_card_chargeDeclinedIncorrectCvc",
        "0127",
        "incorrect_cvc",
        "incorrect_cvc",
        "Your card's security code is incorrect.",
    ),
    declines(
        "pm_card_chargeDeclinedProcessingError",
        "0119",
        "processing_error",
        "processing_error",
        "An error occurred while processing your card. Try again in a little bit.",
    ),
];

/// The test card for a `pm_card_…` token.
pub fn lookup(token: &str) -> Option<&'static TestCard> {
    CARDS.iter().find(|c| c.token == token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_have_four_digit_last4() {
        for (i, c) in CARDS.iter().enumerate() {
            assert_eq!(c.last4.len(), 4, "{}", c.token);
            assert!(CARDS[i + 1..].iter().all(|d| d.token != c.token), "{} twice", c.token);
        }
    }

    #[test]
    fn brands_and_outcomes_match_stripes_docs() {
        assert_eq!(lookup("pm_card_amex").unwrap().brand, "amex");
        assert_eq!(lookup("pm_card_mastercard").unwrap().last4, "4444");
        let fraud = lookup("pm_card_chargeDeclinedFraudulent").unwrap();
        assert!(matches!(fraud.behavior, CardBehavior::Declines { decline_code: "fraudulent", .. }));
        assert!(lookup("pm_card_unknown").is_none());
    }
}
