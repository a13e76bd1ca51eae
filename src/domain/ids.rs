//! Prefixed, readable, sortable identifiers: `acct_01jf…`, `inv_01jf…`.
//!
//! The suffix is a lower-case ULID (time-ordered, 26 characters of Crockford base32), so ids sort
//! by creation time, which keyset pagination relies on. Callers pass in time and randomness.

use super::DomainError;

/// The kinds of objects that carry prefixed ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Account,
    PaymentMethod,
    Plan,
    PlanVersion,
    Price,
    Subscription,
    Invoice,
    InvoiceLine,
    Payment,
    PaymentAttempt,
    Credit,
    CreditNote,
    Usage,
    TaxRate,
    Run,
    Notification,
    Event,
    WebhookEndpoint,
    Charge,
    DunningEpisode,
}

impl IdKind {
    pub fn prefix(self) -> &'static str {
        match self {
            IdKind::Account => "acct",
            IdKind::PaymentMethod => "pm",
            IdKind::Plan => "plan",
            IdKind::PlanVersion => "planv",
            IdKind::Price => "price",
            IdKind::Subscription => "sub",
            IdKind::Invoice => "inv",
            IdKind::InvoiceLine => "il",
            IdKind::Payment => "pay",
            IdKind::PaymentAttempt => "att",
            IdKind::Credit => "cred",
            IdKind::CreditNote => "cn",
            IdKind::Usage => "use",
            IdKind::TaxRate => "tax",
            IdKind::Run => "run",
            IdKind::Notification => "ntf",
            IdKind::Event => "evt",
            IdKind::WebhookEndpoint => "we",
            IdKind::Charge => "chg",
            IdKind::DunningEpisode => "dun",
        }
    }
}

/// Builds an id from a millisecond timestamp and 80 random bits.
pub fn make_id(kind: IdKind, unix_ms: u64, random: u128) -> String {
    let ulid = ulid::Ulid::from_parts(unix_ms, random);
    format!("{}_{}", kind.prefix(), ulid.to_string().to_ascii_lowercase())
}

/// Checks that `text` looks like an id of `kind`, naming `field` when it does not.
pub fn check_id(kind: IdKind, text: &str, field: &str) -> Result<(), DomainError> {
    let prefix = kind.prefix();
    match text.strip_prefix(prefix).and_then(|r| r.strip_prefix('_')) {
        Some(rest) if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric()) => Ok(()),
        _ => Err(DomainError::invalid(field, format!("'{text}' is not a {prefix}_… id"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_carry_their_prefix_and_sort_by_time() {
        let a = make_id(IdKind::Account, 1_000, 7);
        let b = make_id(IdKind::Account, 2_000, 1);
        assert!(a.starts_with("acct_"));
        assert_eq!(a.len(), "acct_".len() + 26);
        assert!(a < b);
        check_id(IdKind::Account, &a, "account").unwrap();
        assert!(check_id(IdKind::Invoice, &a, "invoice").is_err());
    }
}
