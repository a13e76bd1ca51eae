//! `billctl stripe sync`: pull the gateway's events since the stored cursor and reconcile.
//!
//! - `payment_intent.succeeded` for one of our attempts not recorded as succeeded (uncertain,
//!   started, even failed) → the payment is recorded and the invoice paid, exactly as collect would
//!   (a gateway charge is recorded at most once, so re-running is harmless).
//! - `payment_intent.payment_failed` for an attempt still unresolved → looked up and recorded.
//! - `customer.*` events are matched to accounts by `stripe_customer_id`; unknown customers counted.
//! - Then every attempt still `started`/`uncertain` is looked up directly (events can be missed).
//!
//! The cursor (`gateway_cursors`) moves only after the events are handled: an interrupted sync
//! handles them again next time, which is safe.

use super::Context;
use anyhow::Result;
use serde::Serialize;

use super::payment_gateway::Gateway;
use super::payments::{self, Mode, Options, Outcome};
use crate::domain::retry::RetrySchedule;
use crate::error::{self, UserError};
use crate::gateway::PaymentGateway;
use crate::store::payments as repo;

#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncSummary {
    pub gateway: &'static str,
    pub cursor_before: Option<String>,
    pub cursor_after: Option<String>,
    pub events: usize,
    /// Succeeded charges recorded now (billctl had them as uncertain or failed).
    pub payments_reconciled: usize,
    /// Charge events already matching what billctl had.
    pub payments_in_sync: usize,
    /// Charge events with no billctl attempt (made outside billctl).
    pub payments_unknown: usize,
    pub customers_matched: usize,
    pub customers_unknown: usize,
    pub other_events: usize,
    /// Attempts resolved by looking them up (not from events).
    pub attempts_resolved: usize,
    pub attempts_still_unknown: usize,
    pub notes: Vec<String>,
}

pub async fn sync(cx: &Context, gateway: &Gateway, schedule: Option<RetrySchedule>) -> Result<SyncSummary> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut conn = pool.acquire().await?;
    gateway.prepare(&mut conn).await?;
    let name = gateway.name();
    let before = repo::cursor(&mut conn, name).await?;
    let (events, after) = gateway.gw.events_since(before.clone()).await.map_err(|e| {
        anyhow::Error::from(
            UserError::new(error::Kind::Environment, format!("cannot read events from {}: {e}", gateway.label()))
                .hint("check STRIPE_SECRET_KEY / STRIPE_API_BASE and run `billctl stripe sync` again"),
        )
    })?;
    let mut s = SyncSummary {
        gateway: gateway.label(),
        cursor_before: before,
        cursor_after: after.clone(),
        events: events.len(),
        ..SyncSummary::default()
    };
    for e in &events {
        match e.kind.as_str() {
            "payment_intent.succeeded" => {
                let attempt = match &e.attempt_id {
                    Some(a) => repo::find_attempt(&mut conn, a).await?,
                    None => None,
                };
                match (attempt, &e.object_id) {
                    (Some(a), Some(pi)) if a.status != crate::domain::payment::AttemptStatus::Succeeded => {
                        match super::payment_settlement::record_reported_success(cx, &a, pi).await? {
                            Some(note) => {
                                s.payments_reconciled += 1;
                                s.notes.push(format!(
                                    "invoice {}: attempt {} ({}) succeeded at the gateway ({pi}); recorded{note}",
                                    a.invoice_id, a.attempt_no, a.status
                                ));
                            }
                            None => s.notes.push(format!(
                                "invoice {}: being charged by another process; run sync again later",
                                a.invoice_id
                            )),
                        }
                    }
                    (Some(_), _) => s.payments_in_sync += 1,
                    (None, _) => s.payments_unknown += 1,
                }
            }
            "payment_intent.payment_failed" => {
                // Unresolved attempts are looked up below; declines already recorded are in sync.
                s.payments_in_sync += 1;
            }
            k if k.starts_with("customer.") => {
                let known = match &e.object_id {
                    Some(c) => crate::store::accounts::account_of_customer(&mut conn, c).await?.is_some(),
                    None => false,
                };
                if known {
                    s.customers_matched += 1;
                } else {
                    s.customers_unknown += 1;
                }
            }
            _ => s.other_events += 1,
        }
    }
    repo::set_cursor(&mut conn, name, after.as_deref(), clock.now()).await?;
    drop(conn);
    // Anything still unknown: ask the gateway directly.
    let opts = Options { mode: Mode::Resolve, invoice: None, dry_run: false, concurrency: 4, breaker: 5, schedule };
    let resolved = payments::run(cx, gateway, opts, std::sync::Arc::new(|_, _| {})).await?;
    for i in &resolved.items {
        match i.outcome {
            Outcome::Uncertain => s.attempts_still_unknown += 1,
            _ => {
                s.attempts_resolved += 1;
                if i.outcome == Outcome::Recovered {
                    s.payments_reconciled += 1;
                    s.notes.push(format!("invoice {}: {}", i.invoice_id, i.detail));
                }
            }
        }
    }
    Ok(s)
}
