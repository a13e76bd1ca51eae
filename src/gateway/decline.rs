//! Which card declines are hard (retrying the same card cannot succeed) and which are soft.
//!
//! Hard: the card is gone or blocked (`stolen_card`, `lost_card`, `pickup_card`, `restricted_card`,
//! `fraudulent`, …), its details are wrong (`incorrect_number`, `expired_card`, `incorrect_cvc`, …), or
//! the card can never pay this merchant/currency (`card_not_supported`, `currency_not_supported`, …).
//! These need the customer to act (a new card), so dunning stops retrying and asks for one.
//!
//! Soft: everything else, including unknown codes (`insufficient_funds`, `generic_decline`,
//! `processing_error`, `try_again_later`, `card_velocity_exceeded`, …).
//!
//! `do_not_honor` is **soft**: issuers use it as a catch-all without a reason, and retries on a later
//! day often succeed (card networks allow re-attempts for it). The retry schedule still bounds it.
//! `incorrect_cvc` is **hard** here: an off-session charge cannot supply a new CVC, so only the customer
//! updating the card can fix it.

/// Decline codes (Stripe's `decline_code`, or the error `code` when there is none) that are hard.
const HARD: &[&str] = &[
    "authentication_required",
    "card_not_supported",
    "currency_not_supported",
    "expired_card",
    "fraudulent",
    "incorrect_cvc",
    "incorrect_number",
    "incorrect_zip",
    "invalid_account",
    "invalid_cvc",
    "invalid_expiry_month",
    "invalid_expiry_year",
    "invalid_number",
    "lost_card",
    "merchant_blacklist",
    "new_account_information_available",
    "pickup_card",
    "restricted_card",
    "revocation_of_all_authorizations",
    "revocation_of_authorization",
    "security_violation",
    "stolen_card",
    "stop_payment_order",
    "transaction_not_allowed",
];

/// True when a decline with this code must not be retried on the same card.
pub fn is_hard_decline(decline_code: &str) -> bool {
    HARD.contains(&decline_code.trim().to_ascii_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lost_stolen_fraudulent_and_bad_details_are_hard() {
        for code in [
            "stolen_card",
            "lost_card",
            "fraudulent",
            "pickup_card",
            "restricted_card",
            "invalid_account",
            "card_not_supported",
            "currency_not_supported",
            "incorrect_number",
            "invalid_number",
            "expired_card",
            "incorrect_cvc",
        ] {
            assert!(is_hard_decline(code), "{code} should be hard");
        }
    }

    #[test]
    fn funds_generic_processing_and_unknown_codes_are_soft() {
        for code in [
            "insufficient_funds",
            "generic_decline",
            "processing_error",
            "try_again_later",
            "card_velocity_exceeded",
            "do_not_honor",
            "withdrawal_count_limit_exceeded",
            "some_code_stripe_adds_later",
            "",
        ] {
            assert!(!is_hard_decline(code), "{code} should be soft");
        }
    }

    #[test]
    fn codes_compare_case_insensitively() {
        assert!(is_hard_decline("Stolen_Card"));
    }

    #[test]
    fn the_hard_list_is_sorted_so_it_stays_reviewable() {
        for w in HARD.windows(2) {
            assert!(w[0] < w[1], "{} before {}", w[0], w[1]);
        }
    }
}
