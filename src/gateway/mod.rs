//! The only place that talks to a payment gateway.
//!
//! [`PaymentGateway`] is what the app layer holds (`Box<dyn PaymentGateway>`): [`stripe::StripeGateway`]
//! talks to Stripe's API, [`sandbox::SandboxGateway`] simulates the same test-card outcomes in process
//! (offline trials and fixtures; its results must be shown as simulated, see [`PaymentGateway::label`]).
//!
//! Amounts are integer minor units, as Stripe's are (zero-decimal currencies such as JPY are sent as is).
//!
//! # Uncertain attempts
//! A charge whose answer was lost ([`GatewayError::Uncertain`]) may have succeeded. Before any new
//! attempt, call [`PaymentGateway::find_charge`]; retrying with the *same* idempotency key is also safe.

pub mod decline;
pub mod limit;
pub mod sandbox;
pub mod stripe;
pub mod test_cards;
pub mod webhook_sig;

use std::time::Duration;

use async_trait::async_trait;

use crate::domain::Currency;

pub use decline::is_hard_decline;

/// Who a gateway customer is; `existing_customer_id` makes [`PaymentGateway::ensure_customer`] update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CustomerInfo {
    pub account_id: String,
    pub name: String,
    pub email: Option<String>,
    pub existing_customer_id: Option<String>,
}

/// A card saved at the gateway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardInfo {
    pub id: String,
    pub brand: String,
    pub last4: String,
    pub exp_month: i16,
    pub exp_year: i16,
}

/// One off-session charge of a saved card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeRequest {
    pub customer_id: String,
    pub payment_method_id: String,
    pub amount_minor: i64,
    pub currency: Currency,
    /// Sent as `Idempotency-Key`; the same key always yields the same result.
    pub idempotency_key: String,
    pub description: Option<String>,
    pub invoice_id: String,
    /// Recorded in the charge's metadata so [`PaymentGateway::find_charge`] can find it.
    pub attempt_id: String,
}

/// The result of a charge the gateway answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChargeOutcome {
    Succeeded {
        payment_id: String,
    },
    /// `hard`: retrying the same card cannot succeed (see [`decline::is_hard_decline`]).
    Declined {
        decline_code: String,
        message: String,
        hard: bool,
    },
}

/// How to find an attempt whose outcome is unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChargeLookup {
    pub customer_id: String,
    pub attempt_id: String,
    pub idempotency_key: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundInfo {
    pub id: String,
    pub amount_minor: i64,
    /// The gateway's status: `succeeded`, `pending`, `failed`, …
    pub status: String,
}

/// A gateway event (Stripe's `/v1/events`), oldest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GatewayEvent {
    pub id: String,
    /// e.g. `payment_intent.succeeded`
    pub kind: String,
    /// Unix seconds.
    pub created: i64,
    pub object_id: Option<String>,
    pub status: Option<String>,
    /// For payment intents: the `attempt_id` metadata billctl put on the charge.
    pub attempt_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GatewayError {
    #[error("rate limited by the payment gateway")]
    RateLimited { retry_after: Option<Duration> },
    /// The gateway failed (5xx) or could not be reached before the request was sent.
    #[error("payment gateway unavailable: {0}")]
    Transient(String),
    /// The request may have been processed (timeout, connection lost after sending).
    #[error("outcome unknown: {0}")]
    Uncertain(String),
    #[error("request refused by the payment gateway: {0}")]
    Invalid(String),
    #[error("payment gateway authentication failed: {0}")]
    Auth(String),
}

impl GatewayError {
    /// Worth retrying later with the same idempotency key. `Uncertain` is retryable too, but
    /// [`PaymentGateway::find_charge`] should be asked first.
    pub fn is_retryable(&self) -> bool {
        matches!(self, GatewayError::RateLimited { .. } | GatewayError::Transient(_) | GatewayError::Uncertain(_))
    }
}

#[async_trait]
pub trait PaymentGateway: Send + Sync {
    /// `"stripe"` or `"sandbox"` (stored in `payments.gateway`).
    fn name(&self) -> &'static str;
    /// True for the in-process simulator: its results are not real money.
    fn is_sandbox(&self) -> bool;
    /// How to show this gateway to people: `"stripe"` or `"sandbox (simulated)"`.
    fn label(&self) -> &'static str {
        if self.is_sandbox() { "sandbox (simulated)" } else { self.name() }
    }

    /// Creates the customer, or updates it when `existing_customer_id` is set; returns its id.
    async fn ensure_customer(&self, info: &CustomerInfo) -> Result<String, GatewayError>;
    /// Attaches a payment method (e.g. the test token `pm_card_visa`) to a customer.
    async fn attach_payment_method(&self, customer_id: &str, pm_token: &str) -> Result<CardInfo, GatewayError>;
    async fn list_payment_methods(&self, customer_id: &str) -> Result<Vec<CardInfo>, GatewayError>;
    async fn set_default_payment_method(&self, customer_id: &str, pm_id: &str) -> Result<(), GatewayError>;
    /// Charges a saved card off-session. A decline is an `Ok(Declined)`, not an error.
    async fn charge(&self, req: &ChargeRequest) -> Result<ChargeOutcome, GatewayError>;
    /// Looks up an attempt made earlier (by its `attempt_id` metadata); `None` if the gateway has no
    /// charge for it, so a new attempt is safe.
    async fn find_charge(&self, lookup: &ChargeLookup) -> Result<Option<ChargeOutcome>, GatewayError>;
    /// Refunds a payment in full (`None`) or in part.
    async fn refund(
        &self,
        payment_id: &str,
        amount_minor: Option<i64>,
        idempotency_key: &str,
    ) -> Result<RefundInfo, GatewayError>;
    /// Events after `cursor` (all when `None`), oldest first, and the cursor to pass next time
    /// (unchanged when there was nothing new).
    async fn events_since(&self, cursor: Option<String>) -> Result<(Vec<GatewayEvent>, Option<String>), GatewayError>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rate_limits_transient_and_uncertain_errors_are_retryable() {
        assert!(GatewayError::RateLimited { retry_after: None }.is_retryable());
        assert!(GatewayError::Transient("502".into()).is_retryable());
        assert!(GatewayError::Uncertain("timeout".into()).is_retryable());
        assert!(!GatewayError::Invalid("no such customer".into()).is_retryable());
        assert!(!GatewayError::Auth("bad key".into()).is_retryable());
    }
}
