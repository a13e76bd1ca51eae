//! The Stripe gateway: async-stripe 1.0 (rc.10, pinned) request builders and typed objects over our
//! own transport ([`transport`]).
//!
//! - Base URL configurable (`https://api.stripe.com` by default; tests use the fake on 127.0.0.1).
//! - Every POST carries an `Idempotency-Key`: the caller's for charges and refunds, a key derived
//!   from the inputs for customer creation, a fresh one otherwise.
//! - Errors: 429 → `RateLimited` (with `Retry-After`), 5xx / 409 / connect failures → `Transient`,
//!   a timeout or a connection lost after a POST was sent → `Uncertain`, 401/403 → `Auth`, other 4xx →
//!   `Invalid`; a card error on a charge (402) is an `Ok(ChargeOutcome::Declined)`.

pub mod transport;

use std::collections::HashMap;
use std::time::Duration;

use async_trait::async_trait;
use sha2::{Digest, Sha256};
use stripe_client_core::{IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_core::customer::{CreateCustomer, UpdateCustomer, UpdateCustomerInvoiceSettings};
use stripe_core::event::ListEvent;
use stripe_core::payment_intent::{
    CreatePaymentIntent, CreatePaymentIntentAutomaticPaymentMethods,
    CreatePaymentIntentAutomaticPaymentMethodsAllowRedirects, CreatePaymentIntentOffSession, ListPaymentIntent,
};
use stripe_core::refund::CreateRefund;
use stripe_payment::payment_method::{AttachPaymentMethod, ListPaymentMethod, ListPaymentMethodType};
use stripe_shared::{PaymentIntent, PaymentIntentStatus, PaymentMethod};

use self::transport::{Transport, TransportError};
use super::{
    CardInfo, ChargeLookup, ChargeOutcome, ChargeRequest, CustomerInfo, GatewayError, GatewayEvent, PaymentGateway,
    RefundInfo, is_hard_decline,
};

pub const DEFAULT_BASE_URL: &str = "https://api.stripe.com";
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone)]
pub struct StripeConfig {
    pub secret_key: String,
    /// Without `/v1`.
    pub base_url: String,
    /// Per request, including reading the answer.
    pub timeout: Duration,
}

impl StripeConfig {
    pub fn new(secret_key: impl Into<String>) -> StripeConfig {
        StripeConfig { secret_key: secret_key.into(), base_url: DEFAULT_BASE_URL.into(), timeout: DEFAULT_TIMEOUT }
    }
}

#[derive(Debug, Clone)]
pub struct StripeGateway {
    http: Transport,
}

impl StripeGateway {
    pub fn new(config: &StripeConfig) -> Result<StripeGateway, GatewayError> {
        let http =
            Transport::new(&config.base_url, &config.secret_key, config.timeout).map_err(GatewayError::Invalid)?;
        Ok(StripeGateway { http })
    }

    /// Sends a request; a POST with `key` uses it as its Idempotency-Key.
    async fn send<R>(&self, req: &R, key: Option<&str>) -> Result<R::Output, TransportError>
    where
        R: StripeRequest,
        R::Output: miniserde::Deserialize,
    {
        let mut custom = req.customize();
        if let Some(key) = key {
            let key = IdempotencyKey::new(key).map_err(|e| TransportError::Build(format!("idempotency key: {e}")))?;
            custom = custom.request_strategy(RequestStrategy::Idempotent(key));
        }
        custom.send(&self.http).await
    }
}

/// The `error` object of a Stripe error answer, read leniently.
#[derive(Debug, Default, serde::Deserialize)]
struct ErrorBody {
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    decline_code: Option<String>,
    #[serde(default)]
    message: Option<String>,
}

fn error_body(body: &[u8]) -> ErrorBody {
    #[derive(serde::Deserialize)]
    struct Wrapper {
        error: ErrorBody,
    }
    serde_json::from_slice::<Wrapper>(body).map(|w| w.error).unwrap_or_default()
}

/// Maps a transport failure; `sent_post`: the request was a POST, so it may have been processed.
fn map_err(e: TransportError, sent_post: bool) -> GatewayError {
    match e {
        TransportError::Status { status, retry_after, body } => {
            let b = error_body(&body);
            let msg = format!(
                "HTTP {status}: {}",
                b.message.or(b.code).or(b.kind).unwrap_or_else(|| String::from_utf8_lossy(&body).into_owned())
            );
            match status {
                429 => GatewayError::RateLimited { retry_after },
                401 | 403 => GatewayError::Auth(msg),
                409 | 500..=599 => GatewayError::Transient(msg),
                _ => GatewayError::Invalid(msg),
            }
        }
        TransportError::NotSent(m) => GatewayError::Transient(format!("not sent: {m}")),
        TransportError::Lost(m) if sent_post => GatewayError::Uncertain(format!("connection lost: {m}")),
        TransportError::Lost(m) => GatewayError::Transient(format!("connection lost: {m}")),
        TransportError::Timeout if sent_post => GatewayError::Uncertain("no answer within the timeout".into()),
        TransportError::Timeout => GatewayError::Transient("no answer within the timeout".into()),
        TransportError::Decode(m) if sent_post => GatewayError::Uncertain(format!("unreadable answer: {m}")),
        TransportError::Decode(m) => GatewayError::Invalid(format!("unreadable answer: {m}")),
        TransportError::Build(m) => GatewayError::Invalid(m),
    }
}

fn card_info(pm: &PaymentMethod) -> Result<CardInfo, GatewayError> {
    let card = pm.card.as_ref().ok_or_else(|| GatewayError::Invalid(format!("{} is not a card", pm.id.as_str())))?;
    Ok(CardInfo {
        id: pm.id.as_str().to_string(),
        brand: card.brand.clone(),
        last4: card.last4.clone(),
        exp_month: i16::try_from(card.exp_month).unwrap_or_default(),
        exp_year: i16::try_from(card.exp_year).unwrap_or_default(),
    })
}

fn declined(code: Option<String>, message: Option<String>) -> ChargeOutcome {
    let decline_code = code.unwrap_or_else(|| "generic_decline".into());
    ChargeOutcome::Declined {
        hard: is_hard_decline(&decline_code),
        message: message.unwrap_or_else(|| "Your card was declined.".into()),
        decline_code,
    }
}

/// What a PaymentIntent's state means for the attempt.
fn outcome_of(pi: &PaymentIntent) -> Result<ChargeOutcome, GatewayError> {
    match &pi.status {
        PaymentIntentStatus::Succeeded => Ok(ChargeOutcome::Succeeded { payment_id: pi.id.as_str().to_string() }),
        PaymentIntentStatus::RequiresPaymentMethod | PaymentIntentStatus::Canceled => {
            let err = pi.last_payment_error.as_deref();
            let code = err.and_then(|e| e.decline_code.clone().or_else(|| e.code.as_ref().map(|c| c.as_str().into())));
            Ok(declined(code, err.and_then(|e| e.message.clone())))
        }
        PaymentIntentStatus::RequiresAction => Ok(declined(
            Some("authentication_required".into()),
            Some("The card needs the customer to authenticate the payment.".into()),
        )),
        other => Err(GatewayError::Uncertain(format!("payment {} is {}", pi.id.as_str(), other.as_str()))),
    }
}

/// A stable idempotency key for creating the customer of an account with these details.
fn customer_key(info: &CustomerInfo) -> String {
    let digest = Sha256::digest(format!("{}\0{}\0{:?}", info.account_id, info.name, info.email));
    format!("billctl-customer-{}", &hex::encode(digest)[..32])
}

#[async_trait]
impl PaymentGateway for StripeGateway {
    fn name(&self) -> &'static str {
        "stripe"
    }

    fn is_sandbox(&self) -> bool {
        false
    }

    async fn ensure_customer(&self, info: &CustomerInfo) -> Result<String, GatewayError> {
        let metadata = HashMap::from([("account_id".to_string(), info.account_id.clone())]);
        let customer = match &info.existing_customer_id {
            Some(id) => {
                let mut req = UpdateCustomer::new(id.as_str()).name(info.name.clone()).metadata(metadata);
                if let Some(email) = &info.email {
                    req = req.email(email.clone());
                }
                self.send(&req, None).await
            }
            None => {
                let mut req = CreateCustomer::new().name(info.name.clone()).metadata(metadata);
                if let Some(email) = &info.email {
                    req = req.email(email.clone());
                }
                self.send(&req, Some(&customer_key(info))).await
            }
        }
        .map_err(|e| map_err(e, true))?;
        Ok(customer.id.as_str().to_string())
    }

    async fn attach_payment_method(&self, customer_id: &str, pm_token: &str) -> Result<CardInfo, GatewayError> {
        let req = AttachPaymentMethod::new(pm_token).customer(customer_id);
        let pm = self.send(&req, None).await.map_err(|e| map_err(e, true))?;
        card_info(&pm)
    }

    async fn list_payment_methods(&self, customer_id: &str) -> Result<Vec<CardInfo>, GatewayError> {
        let req = ListPaymentMethod::new().customer(customer_id).type_(ListPaymentMethodType::Card).limit(100);
        let list = self.send(&req, None).await.map_err(|e| map_err(e, false))?;
        list.data.iter().map(card_info).collect()
    }

    async fn set_default_payment_method(&self, customer_id: &str, pm_id: &str) -> Result<(), GatewayError> {
        let mut settings = UpdateCustomerInvoiceSettings::new();
        settings.default_payment_method = Some(pm_id.to_string());
        let req = UpdateCustomer::new(customer_id).invoice_settings(settings);
        self.send(&req, None).await.map_err(|e| map_err(e, true))?;
        Ok(())
    }

    async fn charge(&self, r: &ChargeRequest) -> Result<ChargeOutcome, GatewayError> {
        let currency =
            r.currency.code().to_ascii_lowercase().parse::<stripe_types::Currency>().unwrap_or_else(|e| match e {});
        let metadata = HashMap::from([
            ("attempt_id".to_string(), r.attempt_id.clone()),
            ("invoice_id".to_string(), r.invoice_id.clone()),
        ]);
        let mut automatic = CreatePaymentIntentAutomaticPaymentMethods::new(true);
        automatic.allow_redirects = Some(CreatePaymentIntentAutomaticPaymentMethodsAllowRedirects::Never);
        let mut req = CreatePaymentIntent::new(r.amount_minor, currency)
            .customer(r.customer_id.clone())
            .payment_method(r.payment_method_id.clone())
            .confirm(true)
            .off_session(CreatePaymentIntentOffSession::Bool(true))
            .automatic_payment_methods(automatic)
            .metadata(metadata);
        if let Some(d) = &r.description {
            req = req.description(d.clone());
        }
        match self.send(&req, Some(&r.idempotency_key)).await {
            Ok(pi) => outcome_of(&pi),
            Err(TransportError::Status { status: 402, body, .. }) => {
                let b = error_body(&body);
                Ok(declined(b.decline_code.or(b.code), b.message))
            }
            Err(e) => Err(map_err(e, true)),
        }
    }

    async fn find_charge(&self, lookup: &ChargeLookup) -> Result<Option<ChargeOutcome>, GatewayError> {
        let mut found: Option<ChargeOutcome> = None;
        let mut after: Option<String> = None;
        for _page in 0..20 {
            let mut req = ListPaymentIntent::new().customer(lookup.customer_id.as_str()).limit(100);
            if let Some(a) = &after {
                req = req.starting_after(a.as_str());
            }
            let list = self.send(&req, None).await.map_err(|e| map_err(e, false))?;
            for pi in list.data.iter().filter(|pi| pi.metadata.get("attempt_id") == Some(&lookup.attempt_id)) {
                let outcome = outcome_of(pi)?;
                // A success wins; otherwise the newest answer (lists are newest first).
                if matches!(outcome, ChargeOutcome::Succeeded { .. }) {
                    return Ok(Some(outcome));
                }
                found.get_or_insert(outcome);
            }
            match list.data.last() {
                Some(last) if list.has_more => after = Some(last.id.as_str().to_string()),
                _ => break,
            }
        }
        Ok(found)
    }

    async fn refund(
        &self,
        payment_id: &str,
        amount_minor: Option<i64>,
        idempotency_key: &str,
    ) -> Result<RefundInfo, GatewayError> {
        let mut req = CreateRefund::new().payment_intent(payment_id);
        if let Some(a) = amount_minor {
            req = req.amount(a);
        }
        let refund = self.send(&req, Some(idempotency_key)).await.map_err(|e| map_err(e, true))?;
        Ok(RefundInfo {
            id: refund.id.as_str().to_string(),
            amount_minor: refund.amount,
            status: refund.status.unwrap_or_else(|| "pending".into()),
        })
    }

    async fn events_since(&self, cursor: Option<String>) -> Result<(Vec<GatewayEvent>, Option<String>), GatewayError> {
        let mut out: Vec<GatewayEvent> = Vec::new();
        match &cursor {
            // Newer than the cursor: page towards the present with ending_before (each page is
            // newest first; its first item is the next cursor).
            Some(c) => {
                let mut before = c.clone();
                for _page in 0..100 {
                    let req = ListEvent::new().limit(100).ending_before(before.as_str());
                    let list = self.send(&req, None).await.map_err(|e| map_err(e, false))?;
                    out.extend(list.data.iter().rev().map(gateway_event));
                    match list.data.first() {
                        Some(newest) if list.has_more => before = newest.id.as_str().to_string(),
                        _ => break,
                    }
                }
            }
            // Everything: page into the past with starting_after, then put it oldest first.
            None => {
                let mut after: Option<String> = None;
                for _page in 0..100 {
                    let mut req = ListEvent::new().limit(100);
                    if let Some(a) = &after {
                        req = req.starting_after(a.as_str());
                    }
                    let list = self.send(&req, None).await.map_err(|e| map_err(e, false))?;
                    out.extend(list.data.iter().map(gateway_event));
                    match list.data.last() {
                        Some(oldest) if list.has_more => after = Some(oldest.id.as_str().to_string()),
                        _ => break,
                    }
                }
                out.reverse();
            }
        }
        let next = out.last().map(|e| e.id.clone()).or(cursor);
        Ok((out, next))
    }
}

fn gateway_event(e: &stripe_shared::Event) -> GatewayEvent {
    let field = |name: &str| match &e.data.object {
        miniserde::json::Value::Object(o) => match o.get(name) {
            Some(miniserde::json::Value::String(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    };
    GatewayEvent {
        id: e.id.as_str().to_string(),
        kind: e.type_.as_str().to_string(),
        created: e.created,
        object_id: field("id"),
        status: field("status"),
        attempt_id: match &e.data.object {
            miniserde::json::Value::Object(o) => match o.get("metadata") {
                Some(miniserde::json::Value::Object(m)) => match m.get("attempt_id") {
                    Some(miniserde::json::Value::String(s)) => Some(s.clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(status: u16, body: &str) -> TransportError {
        TransportError::Status { status, retry_after: None, body: bytes::Bytes::from(body.to_string()) }
    }

    #[test]
    fn http_statuses_map_to_gateway_errors() {
        assert!(matches!(map_err(status(429, "{}"), true), GatewayError::RateLimited { .. }));
        assert!(matches!(map_err(status(503, "oops"), true), GatewayError::Transient(_)));
        assert!(matches!(map_err(status(401, "{}"), false), GatewayError::Auth(_)));
        let e =
            map_err(status(400, r#"{"error":{"type":"invalid_request_error","message":"No such customer"}}"#), true);
        assert_eq!(e, GatewayError::Invalid("HTTP 400: No such customer".into()));
    }

    #[test]
    fn lost_answers_are_uncertain_only_for_posts() {
        assert!(matches!(map_err(TransportError::Timeout, true), GatewayError::Uncertain(_)));
        assert!(matches!(map_err(TransportError::Timeout, false), GatewayError::Transient(_)));
        assert!(matches!(map_err(TransportError::Lost("eof".into()), true), GatewayError::Uncertain(_)));
        assert!(matches!(map_err(TransportError::NotSent("refused".into()), true), GatewayError::Transient(_)));
    }
}
