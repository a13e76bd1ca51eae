//! `billctl notify deliver`: sends what is due from the outbox, with several concurrent workers.
//!
//! # Invariants
//! - Each worker loops: begin; claim one due delivery ([`CLAIM_BATCH`], `FOR UPDATE SKIP LOCKED`);
//!   send it and record its outcome; commit. Concurrent workers and processes never send the same
//!   delivery; a killed worker's lock goes with its connection, so at most the delivery in flight
//!   is sent again (with the same event id, which is the receiver's idempotency key).
//! - The retry schedule is the domain's ([`WEBHOOK_BACKOFF`], [`EMAIL_BACKOFF`]); a receiver's
//!   `Retry-After` is honoured when it asks for longer.
//! - Delivery never fails the command that caused the event: [`deliver_after_commit`] reports
//!   problems as warnings and leaves the rest queued for `notify deliver`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use anyhow::Result;
use serde::Serialize;

use super::Context;
use crate::domain::event::{EMAIL_BACKOFF, WEBHOOK_BACKOFF, next_retry};
use crate::notify::Outcome;
use crate::store::events::{self, Claimed, Recorded};

/// A channel of delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Email,
    Webhook,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Webhook => "webhook",
        }
    }
}

/// What `notify deliver` is asked to do.
#[derive(Debug, Clone, Default)]
pub struct DeliverOptions {
    /// Stop after this many attempts (all due ones when `None`).
    pub limit: Option<u64>,
    /// Concurrent workers (each holds one connection).
    pub workers: usize,
    pub channel: Option<Channel>,
    /// Only these events' deliveries (what a command just emitted).
    pub events: Option<Vec<String>>,
}

/// What a delivery pass did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct DeliverSummary {
    pub attempted: u64,
    pub sent: u64,
    /// Failed this time, tried again later.
    pub retrying: u64,
    /// Given up (permanent error, or the schedule used up).
    pub failed: u64,
}

/// The senders, built once per pass from the configuration.
pub struct Senders {
    pub webhook: crate::notify::webhook::Client,
    /// `None` when no SMTP relay is configured (then no e-mail deliveries are queued either).
    pub email: Option<crate::notify::email::Mailer>,
}

impl Senders {
    pub fn from_context(cx: &Context) -> Result<Senders> {
        Ok(Senders {
            webhook: crate::notify::webhook::Client::new(&cx.config)?,
            email: crate::notify::email::Mailer::from_config(&cx.config)?,
        })
    }
}

/// Sends due deliveries until none is due (or `limit` attempts were made).
pub async fn deliver(cx: &Context, opts: &DeliverOptions, on_attempt: &(dyn Fn() + Sync)) -> Result<DeliverSummary> {
    let senders = Arc::new(Senders::from_context(cx)?);
    let budget = Arc::new(AtomicU64::new(opts.limit.unwrap_or(u64::MAX)));
    let workers = opts.workers.max(1);
    let results = futures::future::join_all((0..workers).map(|_| {
        let senders = Arc::clone(&senders);
        let budget = Arc::clone(&budget);
        async move { worker(cx, opts, &senders, &budget, on_attempt).await }
    }))
    .await;
    let mut total = DeliverSummary::default();
    for r in results {
        let s = r?;
        total.attempted += s.attempted;
        total.sent += s.sent;
        total.retrying += s.retrying;
        total.failed += s.failed;
    }
    Ok(total)
}

/// Deliveries a worker claims per transaction: one, so that a worker killed mid-send repeats at
/// most the delivery in flight. What makes one-at-a-time fast enough is that its commit does not
/// wait for the disk (`synchronous_commit = off` for this transaction alone): a record lost to a
/// crash of the database server itself is at worst a delivery sent again with the same
/// `webhook-id`, which receivers deduplicate; a killed billctl loses nothing, the server has it.
pub const CLAIM_BATCH: u64 = 1;

async fn worker(
    cx: &Context,
    opts: &DeliverOptions,
    senders: &Senders,
    budget: &AtomicU64,
    on_attempt: &(dyn Fn() + Sync),
) -> Result<DeliverSummary> {
    let mut summary = DeliverSummary::default();
    let take_from = |b: u64| (b > 0).then(|| b - b.min(CLAIM_BATCH));
    while let Ok(before) = budget.fetch_update(Ordering::SeqCst, Ordering::SeqCst, take_from) {
        let take = before.min(CLAIM_BATCH);
        let now = cx.clock.now();
        let mut tx = cx.pool.begin().await?;
        events::relax_commit(&mut tx).await?;
        let channel = opts.channel.map(Channel::as_str);
        let batch =
            events::claim_batch(&mut tx, now, channel, opts.events.as_deref(), i64::try_from(take).unwrap_or(1))
                .await?;
        if batch.is_empty() {
            tx.commit().await?;
            break;
        }
        let claimed_n = batch.len() as u64;
        let mut recorded_all = Vec::with_capacity(batch.len());
        for claimed in &batch {
            let recorded = attempt_and_record(&mut tx, cx, senders, claimed, now).await?;
            recorded_all.push(recorded);
        }
        tx.commit().await?;
        // What was taken from the budget and not claimed goes back for the other workers.
        if claimed_n < take {
            budget.fetch_add(take - claimed_n, Ordering::SeqCst);
        }
        for recorded in recorded_all {
            summary.attempted += 1;
            match recorded {
                Recorded::Sent => summary.sent += 1,
                Recorded::RetryAt(_) => summary.retrying += 1,
                Recorded::Failed => summary.failed += 1,
            }
            on_attempt();
        }
        if claimed_n < take {
            break;
        }
    }
    Ok(summary)
}

/// Sends one claimed delivery and records the outcome in the claiming transaction.
async fn attempt_and_record(
    tx: &mut sqlx::PgConnection,
    cx: &Context,
    senders: &Senders,
    claimed: &Claimed,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Recorded> {
    let outcome = attempt(tx, cx, senders, claimed).await?;
    let schedule: &[std::time::Duration] = if claimed.channel == "email" { &EMAIL_BACKOFF } else { &WEBHOOK_BACKOFF };
    let failed_attempts = u32::try_from(claimed.attempts).unwrap_or(0) + 1;
    let (recorded, status, error) = match &outcome {
        Outcome::Sent { http_status } => (Recorded::Sent, *http_status, None),
        Outcome::Retry { error, http_status, retry_after } => match next_retry(schedule, failed_attempts, *retry_after)
        {
            Some(d) => (
                Recorded::RetryAt(now + chrono::TimeDelta::from_std(d).unwrap_or(chrono::TimeDelta::hours(10))),
                *http_status,
                Some(error.as_str()),
            ),
            None => (Recorded::Failed, *http_status, Some(error.as_str())),
        },
        Outcome::Permanent { error, http_status } => (Recorded::Failed, *http_status, Some(error.as_str())),
        Outcome::Gone { http_status } => (Recorded::Failed, Some(*http_status), Some("410 Gone: endpoint disabled")),
    };
    events::record_attempt(tx, claimed.id, now, &recorded, status, error).await?;
    Ok(recorded)
}

/// One attempt at a claimed delivery, inside its claiming transaction (which the channel may use to
/// read what it needs, or to disable an endpoint that answered 410).
async fn attempt(conn: &mut sqlx::PgConnection, cx: &Context, senders: &Senders, claimed: &Claimed) -> Result<Outcome> {
    match claimed.channel.as_str() {
        "webhook" => super::deliver_webhook::attempt(conn, cx, &senders.webhook, claimed).await,
        "email" => match &senders.email {
            Some(mailer) => super::deliver_email::attempt(conn, cx, mailer, claimed).await,
            None => Ok(Outcome::Retry {
                error: "no SMTP relay is configured (smtp_url)".into(),
                http_status: None,
                retry_after: None,
            }),
        },
        other => Ok(Outcome::Permanent { error: format!("unknown channel {other}"), http_status: None }),
    }
}

/// After a command committed events: tries to send their deliveries now, never failing the command.
/// Returns a line to show when something could not be sent (it stays queued).
pub async fn deliver_after_commit(cx: &Context, event_ids: Vec<String>) -> Option<String> {
    if event_ids.is_empty() {
        return None;
    }
    let opts = DeliverOptions { limit: Some(100), workers: 4, channel: None, events: Some(event_ids) };
    match deliver(cx, &opts, &|| {}).await {
        Ok(s) if s.retrying + s.failed == 0 => None,
        Ok(s) => Some(format!(
            "{} notification(s) could not be delivered now; `billctl notify deliver` retries them",
            s.retrying + s.failed
        )),
        Err(e) => Some(format!("notifications were not delivered now ({e:#}); `billctl notify deliver` sends them")),
    }
}

/// Deliveries, newest last, for `notify list` and `webhook deliveries`.
pub async fn list(cx: &Context, filter: &events::DeliveryFilter<'_>) -> Result<Vec<events::DeliveryRow>> {
    let mut conn = cx.pool.acquire().await?;
    Ok(events::deliveries(&mut conn, filter).await?)
}
