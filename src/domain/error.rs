//! Errors raised by domain rules. Each names the offending field so the CLI can say what to fix.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DomainError {
    /// A value given by the user does not satisfy a rule.
    #[error("invalid {field}: {reason}")]
    Invalid { field: String, reason: String },
    /// Two amounts of different currencies were combined.
    #[error("currency mismatch: {left} vs {right}")]
    CurrencyMismatch { left: String, right: String },
    /// The action is not allowed in the current state of the thing it acts on (exit 4, not 2: the
    /// input is fine, the state forbids it). `hint` says what to do instead.
    #[error("{reason}")]
    Refused { reason: String, hint: String },
    /// An amount left the range of i64 minor units.
    #[error("amount overflow")]
    Overflow,
}

impl DomainError {
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        DomainError::Invalid { field: field.into(), reason: reason.into() }
    }
    pub fn refused(reason: impl Into<String>, hint: impl Into<String>) -> Self {
        DomainError::Refused { reason: reason.into(), hint: hint.into() }
    }
}
