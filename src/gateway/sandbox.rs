//! The sandbox gateway: an in-process simulator with Stripe's test-card semantics, for trials and CI
//! without a Stripe key. Nothing leaves the process and no money moves: everything it reports must be
//! shown as "sandbox (simulated)". State is in memory and lives as long as the value.
//!
//! Ids are deterministic (`cus_sbx_000001`, `pm_sbx_000001`, `pi_sbx_000001`, …); an idempotency key
//! replays the first result given for it.

use std::collections::HashMap;
use std::sync::Mutex;

use async_trait::async_trait;

use super::test_cards::{self, CardBehavior};
use super::{
    CardInfo, ChargeLookup, ChargeOutcome, ChargeRequest, CustomerInfo, GatewayError, GatewayEvent, PaymentGateway,
    RefundInfo, is_hard_decline,
};

#[derive(Debug, Default)]
struct Charge {
    id: String,
    customer_id: String,
    attempt_id: String,
    amount_minor: i64,
    refunded: i64,
    outcome: Option<ChargeOutcome>,
}

#[derive(Debug, Default)]
struct State {
    /// Put into every id after `_sbx_` (empty: `cus_sbx_000001`), so ids of separate processes differ.
    namespace: String,
    seq: u64,
    customers: HashMap<String, Option<String>>, // id → default payment method
    methods: Vec<(String, CardInfo)>,           // (customer id, card), in attach order
    charges: Vec<Charge>,
    charge_keys: HashMap<String, (ChargeRequest, ChargeOutcome)>,
    refund_keys: HashMap<String, RefundInfo>,
    events: Vec<GatewayEvent>,
}

impl State {
    fn next_id(&mut self, prefix: &str) -> String {
        self.seq += 1;
        format!("{prefix}_sbx_{}{:06}", self.namespace, self.seq)
    }

    fn event(&mut self, kind: &str, object_id: &str, status: Option<&str>) {
        let id = self.next_id("evt");
        let created = self.seq as i64;
        self.events.push(GatewayEvent {
            id,
            kind: kind.into(),
            created,
            object_id: Some(object_id.into()),
            status: status.map(Into::into),
            attempt_id: None,
        });
    }
}

/// The in-process simulated gateway.
#[derive(Debug, Default)]
pub struct SandboxGateway {
    state: Mutex<State>,
}

impl SandboxGateway {
    pub fn new() -> SandboxGateway {
        SandboxGateway::default()
    }

    /// A sandbox whose ids carry `namespace` (`cus_sbx_{namespace}_000001`): state lives only as long
    /// as the process, so each process uses its own namespace and ids never collide in the database.
    pub fn with_namespace(namespace: &str) -> SandboxGateway {
        let s = SandboxGateway::default();
        s.state.lock().unwrap().namespace = format!("{namespace}_");
        s
    }

    /// Makes a customer known again (created by an earlier process), with its default card if given.
    pub fn restore_customer(&self, customer_id: &str, default_pm: Option<&str>) {
        let mut s = self.state.lock().unwrap();
        let entry = s.customers.entry(customer_id.to_string()).or_insert(None);
        if let Some(pm) = default_pm {
            *entry = Some(pm.to_string());
        }
    }

    /// Makes a card attached by an earlier process known again.
    pub fn restore_card(&self, customer_id: &str, card: CardInfo) {
        let mut s = self.state.lock().unwrap();
        s.customers.entry(customer_id.to_string()).or_insert(None);
        if !s.methods.iter().any(|(_, m)| m.id == card.id) {
            s.methods.push((customer_id.to_string(), card));
        }
    }

    /// Makes a succeeded charge of an earlier process known again (so it can be refunded).
    pub fn restore_charge(&self, payment_id: &str, customer_id: &str, amount_minor: i64, refunded: i64) {
        let mut s = self.state.lock().unwrap();
        if s.charges.iter().any(|c| c.id == payment_id) {
            return;
        }
        s.charges.push(Charge {
            id: payment_id.to_string(),
            customer_id: customer_id.to_string(),
            attempt_id: String::new(),
            amount_minor,
            refunded,
            outcome: Some(ChargeOutcome::Succeeded { payment_id: payment_id.to_string() }),
        });
    }

    /// How many charges succeeded for an attempt id (tests: an attempt never charges twice).
    pub fn successful_charges_for_attempt(&self, attempt_id: &str) -> usize {
        let s = self.state.lock().unwrap();
        s.charges
            .iter()
            .filter(|c| c.attempt_id == attempt_id && matches!(c.outcome, Some(ChargeOutcome::Succeeded { .. })))
            .count()
    }
}

fn invalid(msg: impl Into<String>) -> GatewayError {
    GatewayError::Invalid(msg.into())
}

#[async_trait]
impl PaymentGateway for SandboxGateway {
    fn name(&self) -> &'static str {
        "sandbox"
    }

    fn is_sandbox(&self) -> bool {
        true
    }

    async fn ensure_customer(&self, info: &CustomerInfo) -> Result<String, GatewayError> {
        let mut s = self.state.lock().unwrap();
        if let Some(id) = &info.existing_customer_id {
            if !s.customers.contains_key(id) {
                return Err(invalid(format!("no such customer: '{id}'")));
            }
            s.event("customer.updated", &id.clone(), None);
            return Ok(id.clone());
        }
        let id = s.next_id("cus");
        s.customers.insert(id.clone(), None);
        s.event("customer.created", &id, None);
        Ok(id)
    }

    async fn attach_payment_method(&self, customer_id: &str, pm_token: &str) -> Result<CardInfo, GatewayError> {
        let mut s = self.state.lock().unwrap();
        if !s.customers.contains_key(customer_id) {
            return Err(invalid(format!("no such customer: '{customer_id}'")));
        }
        let card =
            test_cards::lookup(pm_token).ok_or_else(|| invalid(format!("no such PaymentMethod: '{pm_token}'")))?;
        let info = CardInfo {
            id: s.next_id("pm"),
            brand: card.brand.into(),
            last4: card.last4.into(),
            exp_month: test_cards::EXP_MONTH,
            exp_year: test_cards::EXP_YEAR,
        };
        s.methods.push((customer_id.to_string(), info.clone()));
        s.event("payment_method.attached", &info.id, None);
        Ok(info)
    }

    async fn list_payment_methods(&self, customer_id: &str) -> Result<Vec<CardInfo>, GatewayError> {
        let s = self.state.lock().unwrap();
        Ok(s.methods.iter().rev().filter(|(c, _)| c == customer_id).map(|(_, m)| m.clone()).collect())
    }

    async fn set_default_payment_method(&self, customer_id: &str, pm_id: &str) -> Result<(), GatewayError> {
        let mut s = self.state.lock().unwrap();
        if !s.methods.iter().any(|(c, m)| c == customer_id && m.id == pm_id) {
            return Err(invalid(format!("payment method '{pm_id}' is not attached to '{customer_id}'")));
        }
        s.customers.insert(customer_id.to_string(), Some(pm_id.to_string()));
        Ok(())
    }

    async fn charge(&self, req: &ChargeRequest) -> Result<ChargeOutcome, GatewayError> {
        let mut s = self.state.lock().unwrap();
        if let Some((first, outcome)) = s.charge_keys.get(&req.idempotency_key) {
            if first != req {
                return Err(invalid("idempotency key reused with different parameters"));
            }
            return Ok(outcome.clone());
        }
        if req.amount_minor <= 0 {
            return Err(invalid("amount must be positive"));
        }
        let card = s
            .methods
            .iter()
            .find(|(c, m)| c == &req.customer_id && m.id == req.payment_method_id)
            .map(|(_, m)| m.clone())
            .ok_or_else(|| invalid(format!("payment method '{}' is not attached", req.payment_method_id)))?;
        let behavior = test_cards::CARDS
            .iter()
            .find(|c| c.brand == card.brand && c.last4 == card.last4)
            .map(|c| c.behavior)
            .unwrap_or(CardBehavior::Succeeds);
        let id = s.next_id("pi");
        let outcome = match behavior {
            CardBehavior::Succeeds => ChargeOutcome::Succeeded { payment_id: id.clone() },
            CardBehavior::Declines { decline_code, message, .. } => ChargeOutcome::Declined {
                decline_code: decline_code.into(),
                message: message.into(),
                hard: is_hard_decline(decline_code),
            },
        };
        let (kind, status) = match outcome {
            ChargeOutcome::Succeeded { .. } => ("payment_intent.succeeded", "succeeded"),
            ChargeOutcome::Declined { .. } => ("payment_intent.payment_failed", "requires_payment_method"),
        };
        s.event(kind, &id, Some(status));
        if let Some(e) = s.events.last_mut() {
            e.attempt_id = Some(req.attempt_id.clone());
        }
        s.charges.push(Charge {
            id,
            customer_id: req.customer_id.clone(),
            attempt_id: req.attempt_id.clone(),
            amount_minor: req.amount_minor,
            refunded: 0,
            outcome: Some(outcome.clone()),
        });
        s.charge_keys.insert(req.idempotency_key.clone(), (req.clone(), outcome.clone()));
        Ok(outcome)
    }

    async fn find_charge(&self, lookup: &ChargeLookup) -> Result<Option<ChargeOutcome>, GatewayError> {
        let s = self.state.lock().unwrap();
        if let Some((_, outcome)) = s.charge_keys.get(&lookup.idempotency_key) {
            return Ok(Some(outcome.clone()));
        }
        // A success wins over an earlier decline of the same attempt.
        let mut found = None;
        for c in s.charges.iter().filter(|c| c.customer_id == lookup.customer_id && c.attempt_id == lookup.attempt_id) {
            if matches!(c.outcome, Some(ChargeOutcome::Succeeded { .. })) || found.is_none() {
                found = c.outcome.clone();
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
        let mut s = self.state.lock().unwrap();
        if let Some(r) = s.refund_keys.get(idempotency_key) {
            return Ok(r.clone());
        }
        let charge = s
            .charges
            .iter_mut()
            .find(|c| c.id == payment_id && matches!(c.outcome, Some(ChargeOutcome::Succeeded { .. })))
            .ok_or_else(|| invalid(format!("no succeeded payment '{payment_id}'")))?;
        let left = charge.amount_minor - charge.refunded;
        let amount = amount_minor.unwrap_or(left);
        if amount <= 0 || amount > left {
            return Err(invalid(format!("refund of {amount} is more than the {left} left to refund")));
        }
        charge.refunded += amount;
        let id = s.next_id("re");
        let info = RefundInfo { id: id.clone(), amount_minor: amount, status: "succeeded".into() };
        s.event("refund.created", &id, Some("succeeded"));
        s.refund_keys.insert(idempotency_key.to_string(), info.clone());
        Ok(info)
    }

    async fn events_since(&self, cursor: Option<String>) -> Result<(Vec<GatewayEvent>, Option<String>), GatewayError> {
        let s = self.state.lock().unwrap();
        let start = match &cursor {
            None => 0,
            Some(c) => {
                s.events
                    .iter()
                    .position(|e| &e.id == c)
                    .ok_or_else(|| invalid(format!("unknown event cursor '{c}'")))?
                    + 1
            }
        };
        let events: Vec<GatewayEvent> = s.events[start..].to_vec();
        let next = events.last().map(|e| e.id.clone()).or(cursor);
        Ok((events, next))
    }
}
