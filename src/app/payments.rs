//! Charging invoices: `payment collect`, `payment retry`, and the resolution of uncertain attempts
//! (also used by `stripe sync`).
//!
//! # Never charge twice
//! - One charger per invoice at a time, across processes: a PostgreSQL advisory lock on the invoice
//!   is held while it is charged (another process skips it and says so).
//! - Every attempt is written **before** the gateway is called (`payment_attempts`, status
//!   `started`, idempotency key `billctl-{invoice_id}-{attempt_no}`) and updated **after**
//!   (`succeeded`, `failed`, or `uncertain` when the answer was lost).
//! - Before any new attempt on an invoice, every `started`/`uncertain` attempt is looked up at the
//!   gateway ([`PaymentGateway::find_charge`]): a success is recorded (no new charge); a decline is
//!   recorded; "no such charge" resends **the same attempt with the same key** (the gateway replays
//!   it if it did arrive after all); a failed lookup leaves the invoice alone for this run.
//! - A charge recorded as a payment is unique per gateway charge id, so collect, retry and sync
//!   can all see the same success and record it once.
//!
//! # Account credit first
//! Before the batch's charges start, and again before each new attempt (collect or retry), the
//! account's available credit is applied to its open invoices, oldest first ([`super::credits`]); an invoice it covers is not charged at all, one it
//! partly covers is charged only for the rest. (An attempt whose outcome was unknown is resent
//! unchanged, with its own key and amount.)
//!
//! # What is charged
//! Whether an invoice is charged now (collect, retry, a named invoice, a hard-declined card, no
//! card) is [`crate::domain::collection::decide`]. What a success or a decline writes is
//! [`super::payment_settlement`]. The queue, workers and progress are [`super::batch_runner`].
//!
//! Days ("today", first failure, next retry) are UTC dates, or the `--as-of` date.

use super::Context;
use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use sqlx::{Acquire, PgConnection, PgPool};
use tokio::sync::Mutex;

use super::batch_runner::{self, Step};
use super::payment_gateway::Gateway;
use super::payment_settlement::{mark_not_processed, settle_failure, settle_success};
use crate::clock::Clock;
use crate::domain::Currency;
use crate::domain::collection::{self, Decision, Facts, Last, Skip};
use crate::domain::ids::IdKind;
use crate::domain::invoice::InvoiceStatus;
use crate::domain::payment::AttemptStatus;
use crate::domain::retry::{Breaker, RetryDecision, RetrySchedule};
use crate::error::{self, UserError};
use crate::gateway::limit::Throttled;
use crate::gateway::{ChargeLookup, ChargeOutcome, ChargeRequest, GatewayError, PaymentGateway};
use crate::store::accounts;
use crate::store::invoices::{self, Invoice};
use crate::store::payments::{self as repo, Attempt};

pub use crate::domain::collection::Mode;

#[derive(Debug, Clone)]
pub struct Options {
    pub mode: Mode,
    /// `collect --invoice`: the invoice (id or number).
    pub invoice: Option<String>,
    pub dry_run: bool,
    pub concurrency: usize,
    /// Gateway failures in a row that stop the batch.
    pub breaker: u32,
    /// `--schedule` for this run; `None`: each account's dunning policy's schedule.
    pub schedule: Option<RetrySchedule>,
}

/// Progress reporting: (handled, total).
pub type Progress = batch_runner::Progress;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Charged now.
    Succeeded,
    /// An earlier attempt whose answer was lost had succeeded; recorded, not charged again.
    Recovered,
    Declined,
    HardDeclined,
    /// The answer was lost and the gateway does not know the charge yet: resolved next run.
    Uncertain,
    /// The gateway failed or refused the request.
    Error,
    Skipped,
    /// Dry run: would be charged.
    WouldCharge,
    /// The breaker stopped the batch before this invoice.
    NotAttempted,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Succeeded => "succeeded",
            Outcome::Recovered => "recovered",
            Outcome::Declined => "declined",
            Outcome::HardDeclined => "hard_declined",
            Outcome::Uncertain => "uncertain",
            Outcome::Error => "error",
            Outcome::Skipped => "skipped",
            Outcome::WouldCharge => "would_charge",
            Outcome::NotAttempted => "not_attempted",
        }
    }
}

/// One invoice's result.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub invoice_id: String,
    pub invoice_number: Option<String>,
    pub account_id: String,
    pub amount: i64,
    pub currency: String,
    pub attempt_no: Option<i32>,
    pub outcome: Outcome,
    pub detail: String,
    pub decline_code: Option<String>,
    pub next_retry_on: Option<NaiveDate>,
    /// Skipped for want of a card: none, or the one there was declined for good (the batch is a
    /// partial failure: someone must add a card).
    pub needs_card: bool,
}

impl Item {
    fn new(inv: &Invoice) -> Item {
        Item {
            invoice_id: inv.id.clone(),
            invoice_number: inv.number.clone(),
            account_id: inv.account_id.clone(),
            amount: inv.amount_due,
            currency: inv.currency.code().into(),
            attempt_no: None,
            outcome: Outcome::Skipped,
            detail: String::new(),
            decline_code: None,
            next_retry_on: None,
            needs_card: false,
        }
    }

    fn bare(invoice_id: &str, outcome: Outcome, detail: impl Into<String>) -> Item {
        Item {
            invoice_id: invoice_id.to_string(),
            invoice_number: None,
            account_id: String::new(),
            amount: 0,
            currency: String::new(),
            attempt_no: None,
            outcome,
            detail: detail.into(),
            decline_code: None,
            next_retry_on: None,
            needs_card: false,
        }
    }

    fn is(mut self, outcome: Outcome, detail: impl Into<String>) -> Item {
        self.outcome = outcome;
        self.detail = detail.into();
        self
    }
}

/// What a batch did.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// `stripe` or `sandbox (simulated)`.
    pub gateway: &'static str,
    pub as_of: NaiveDate,
    pub dry_run: bool,
    pub candidates: usize,
    /// Charges sent (new attempts and resent uncertain ones).
    pub attempted: usize,
    pub succeeded: usize,
    pub recovered: usize,
    pub declined: usize,
    pub hard_declined: usize,
    pub uncertain: usize,
    pub errors: usize,
    pub skipped: usize,
    pub would_charge: usize,
    /// 429 answers received (each waited for and retried).
    pub rate_limited: u64,
    pub requests: u64,
    pub rate_limit_per_sec: Option<f64>,
    pub concurrency: usize,
    pub breaker_threshold: u32,
    pub breaker_tripped: bool,
    pub not_attempted: usize,
    pub elapsed_secs: f64,
    pub items: Vec<Item>,
}

impl Summary {
    /// True when nothing failed: cron gets exit code 0.
    pub fn all_good(&self) -> bool {
        self.declined + self.hard_declined + self.uncertain + self.errors + self.not_attempted == 0
            && !self.breaker_tripped
    }
}

/// Whether a result is the gateway failing (counts towards the breaker) or answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Signal {
    Answered,
    Failed,
    Neither,
}

struct Env {
    /// The command's context (its actor goes into the audit rows the workers write).
    cx: Context,
    gw: Arc<Throttled>,
    clock: Clock,
    opts: Options,
}

impl Env {
    fn today(&self) -> NaiveDate {
        self.clock.today()
    }
    fn owns_customer(&self, id: &str) -> bool {
        id.contains("_sbx_") == self.gw.is_sandbox()
    }
}

/// Runs a batch (collect, retry or resolve) and returns its summary.
pub async fn run(cx: &Context, gateway: &Gateway, opts: Options, progress: Progress) -> Result<Summary> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let started = Instant::now();
    let mut conn = pool.acquire().await?;
    gateway.prepare(&mut conn).await?;
    let mut ids: Vec<String> = Vec::new();
    match (&opts.mode, &opts.invoice) {
        (Mode::Collect { explicit: true }, Some(key)) => {
            let inv = invoices::find(&mut conn, key).await?.ok_or_else(|| {
                error::not_found(format!("no invoice '{key}'"))
                    .hint("list invoices with `billctl invoice list --status open`")
            })?;
            let unresolved = repo::unresolved_invoice_ids(&mut conn, Some(&inv.id)).await?;
            if unresolved.is_empty() && (inv.status != InvoiceStatus::Open || inv.amount_due <= 0) {
                let name = inv.number.clone().unwrap_or(inv.id.clone());
                return Err(error::conflict(format!(
                    "invoice {name} is {} with {} due; only open invoices with an amount due are charged",
                    inv.status,
                    crate::render::money(inv.amount_due, &inv.currency)
                ))
                .hint("paid invoices are immutable; see `billctl payment list --invoice …`")
                .into());
            }
            ids.push(inv.id);
        }
        (mode, _) => {
            ids.extend(repo::unresolved_invoice_ids(&mut conn, None).await?);
            let more = match mode {
                Mode::Collect { .. } => repo::collectable_invoice_ids(&mut conn).await?,
                Mode::Retry => repo::retry_due_invoice_ids(&mut conn, clock.today()).await?,
                Mode::Resolve => Vec::new(),
            };
            let mut seen: HashSet<String> = ids.iter().cloned().collect();
            ids.extend(more.into_iter().filter(|i| seen.insert(i.clone())));
        }
    }
    if opts.mode != Mode::Resolve && !opts.dry_run {
        // Account credit first, oldest invoice first, before the workers charge in parallel.
        for (account_id, currency) in invoices::accounts_with_credit(&mut conn, &ids).await? {
            let mut tx = conn.begin().await?;
            accounts::lock(&mut tx, &account_id).await?;
            super::credits::settle_open_invoices(&mut tx, cx, &account_id, &currency, true).await?;
            tx.commit().await?;
        }
    }
    drop(conn);
    let total = ids.len();
    let env = Arc::new(Env { cx: cx.clone(), gw: gateway.gw.clone(), clock: *clock, opts: opts.clone() });
    let breaker = Arc::new(Mutex::new(Breaker::new(opts.breaker)));
    let (pool2, breaker2) = (pool.clone(), breaker.clone());
    let ran = batch_runner::run(ids, opts.concurrency.clamp(1, 256), progress, move |id: String| {
        let (pool, env, breaker) = (pool2.clone(), env.clone(), breaker2.clone());
        async move {
            let (item, signal) = match process(&pool, &env, &id).await {
                Ok(r) => r,
                Err(e) => (Item::bare(&id, Outcome::Error, format!("{e:#}")), Signal::Neither),
            };
            let mut b = breaker.lock().await;
            match signal {
                Signal::Answered => b.answered(),
                Signal::Failed => {
                    b.failed();
                }
                Signal::Neither => {}
            }
            if b.is_tripped() { Step::Stop(item) } else { Step::Next(item) }
        }
    })
    .await?;
    let mut items = ran.results;
    let left = ran.left;
    let tripped = breaker.lock().await.is_tripped();
    for id in &left {
        items.push(Item::bare(id, Outcome::NotAttempted, "the circuit breaker stopped the batch"));
    }
    items.sort_by(|a, b| a.invoice_id.cmp(&b.invoice_id));
    let count = |o: Outcome| items.iter().filter(|i| i.outcome == o).count();
    let stats = &gateway.gw.stats;
    let attempted = items.iter().filter(|i| i.attempt_no.is_some() && i.outcome != Outcome::Recovered).count();
    Ok(Summary {
        gateway: gateway.label(),
        as_of: clock.today(),
        dry_run: opts.dry_run,
        candidates: total,
        attempted,
        succeeded: count(Outcome::Succeeded),
        recovered: count(Outcome::Recovered),
        declined: count(Outcome::Declined),
        hard_declined: count(Outcome::HardDeclined),
        uncertain: count(Outcome::Uncertain),
        errors: count(Outcome::Error),
        skipped: count(Outcome::Skipped),
        would_charge: count(Outcome::WouldCharge),
        rate_limited: stats.rate_limited.load(std::sync::atomic::Ordering::Relaxed),
        requests: stats.requests.load(std::sync::atomic::Ordering::Relaxed),
        rate_limit_per_sec: gateway.rate,
        concurrency: opts.concurrency,
        breaker_threshold: opts.breaker,
        breaker_tripped: tripped,
        not_attempted: left.len(),
        elapsed_secs: started.elapsed().as_secs_f64(),
        items,
    })
}

/// One invoice under its advisory lock.
async fn process(pool: &PgPool, env: &Env, id: &str) -> Result<(Item, Signal)> {
    let mut conn = pool.acquire().await?;
    if !repo::try_lock_invoice(&mut conn, id).await? {
        return Ok((Item::bare(id, Outcome::Skipped, "being charged by another billctl process"), Signal::Neither));
    }
    let result = process_locked(&mut conn, env, id).await;
    if repo::unlock_invoice(&mut conn, id).await.is_err() {
        // Never hand a connection that may still hold the lock back to the pool.
        drop(conn.detach());
    }
    result
}

fn lookup_of(a: &Attempt, fallback_customer: Option<&str>) -> ChargeLookup {
    ChargeLookup {
        customer_id: a.customer_id.clone().or(fallback_customer.map(str::to_string)).unwrap_or_default(),
        attempt_id: a.id.clone(),
        idempotency_key: a.idempotency_key.clone(),
    }
}

async fn process_locked(conn: &mut PgConnection, env: &Env, id: &str) -> Result<(Item, Signal)> {
    let gw = &env.gw;
    let inv = invoices::find(conn, id).await?.ok_or_else(|| anyhow::anyhow!("invoice {id} vanished"))?;
    let mut item = Item::new(&inv);
    let account = accounts::find(conn, &inv.account_id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("account {} of invoice {id} is missing", inv.account_id))?;

    // 1. Resolve every attempt whose outcome is unknown, before anything else.
    let mut resume: Option<Attempt> = None;
    let attempts = repo::attempts_of_invoice(conn, id).await?;
    for a in attempts.iter().filter(|a| a.status.is_unresolved()) {
        if a.gateway != gw.name() {
            let d = format!("attempt {} was made through {}; resolve it with that gateway", a.attempt_no, a.gateway);
            return Ok((item.is(Outcome::Uncertain, d), Signal::Neither));
        }
        item.attempt_no = Some(a.attempt_no);
        match gw.find_charge(&lookup_of(a, account.stripe_customer_id.as_deref())).await {
            Ok(Some(ChargeOutcome::Succeeded { payment_id })) => {
                let note = settle_success(conn, &env.cx, a, &payment_id).await?;
                item.amount = a.amount;
                let detail =
                    format!("attempt {} had succeeded at the gateway ({payment_id}); recorded{note}", a.attempt_no);
                return Ok((item.is(Outcome::Recovered, detail), Signal::Answered));
            }
            Ok(Some(ChargeOutcome::Declined { decline_code, message, hard })) => {
                settle_failure(conn, &env.cx, env.opts.schedule.as_ref(), a, Some(&decline_code), &message, hard)
                    .await?;
            }
            Ok(None) => {
                if let Some(prev) = resume.replace(a.clone()) {
                    mark_not_processed(conn, &env.cx, &prev, "never reached the gateway; superseded").await?;
                }
            }
            Err(e) => {
                let detail = format!("could not look up attempt {} whose outcome is unknown: {e}", a.attempt_no);
                return Ok((item.is(Outcome::Uncertain, detail), Signal::Failed));
            }
        }
    }
    if env.opts.mode == Mode::Resolve {
        return Ok(match resume {
            Some(a) => {
                let d = format!(
                    "attempt {} is unknown to the gateway: the next collect/retry resends it with the same key",
                    a.attempt_no
                );
                (item.is(Outcome::Uncertain, d), Signal::Answered)
            }
            None => (item.is(Outcome::Skipped, "resolved"), Signal::Answered),
        });
    }

    // 2. Is there still something to charge, and may we?
    let inv = invoices::find(conn, id).await?.unwrap_or(inv);
    if inv.status != InvoiceStatus::Open || inv.amount_due <= 0 {
        if let Some(a) = &resume {
            mark_not_processed(conn, &env.cx, a, "never reached the gateway; invoice no longer due").await?;
        }
        return Ok((item.is(Outcome::Skipped, format!("invoice is {}", inv.status)), Signal::Neither));
    }
    // Account credit first: only the rest is charged (see `app::credits`).
    let mut inv = inv;
    let mut credit_note = String::new();
    if resume.is_none() && crate::store::credits::balance(conn, &account.id).await? > 0 {
        let write = !env.opts.dry_run;
        let mut tx = conn.begin().await?;
        accounts::lock(&mut tx, &account.id).await?;
        let settled = super::credits::settle_open_invoices(&mut tx, &env.cx, &account.id, &inv.currency, write).await?;
        if write {
            tx.commit().await?;
        } else {
            tx.rollback().await?;
        }
        let from_credit: i64 = settled.iter().filter(|s| s.invoice_id == inv.id).map(|s| s.amount).sum();
        if from_credit > 0 {
            if write {
                inv = invoices::find(conn, id).await?.unwrap_or(inv);
            } else {
                inv.amount_due -= from_credit;
            }
            credit_note =
                format!("; {} of account credit applied first", crate::render::money(from_credit, &inv.currency));
            if inv.amount_due <= 0 {
                let d = format!("paid by account credit ({})", crate::render::money(from_credit, &inv.currency));
                item.amount = 0;
                return Ok((item.is(Outcome::Skipped, d), Signal::Neither));
            }
        }
    }
    item.amount = inv.amount_due;
    let pm = repo::default_method(conn, &account.id, gw.name()).await?;
    let customer = account.stripe_customer_id.clone().filter(|c| env.owns_customer(c));
    if let Some(a) = &resume
        && (a.amount != inv.amount_due || a.customer_id.is_none() || a.payment_method_id.is_none())
    {
        mark_not_processed(conn, &env.cx, a, "never reached the gateway; superseded (amount due changed)").await?;
        resume = None;
    }
    let attempts = if resume.is_none() { repo::attempts_of_invoice(conn, id).await? } else { Vec::new() };
    let facts = Facts {
        mode: env.opts.mode,
        resending: resume.is_some(),
        last: attempts.last().map(|l| Last {
            failed: l.status == AttemptStatus::Failed,
            hard_decline: l.hard_decline,
            next_retry_on: l.next_retry_on,
            payment_method: l.payment_method_id.as_deref(),
            decline_code: l.decline_code.as_deref(),
        }),
        card: pm.as_ref().map(|p| p.gateway_pm_id.as_str()),
        has_customer: customer.is_some(),
        today: env.today(),
    };
    if let Decision::Skip(why) = collection::decide(&facts) {
        let needs_card = matches!(why, Skip::NoPaymentMethod | Skip::CardDeclinedForGood { .. });
        let d = match why {
            Skip::AttemptedBefore => {
                "attempted before: failed charges are retried by `billctl payment retry` on the schedule".to_string()
            }
            Skip::CardDeclinedForGood { decline_code } => format!(
                "card declined for good ({}): add a new card with `billctl account payment-method add {} --token …`",
                decline_code.unwrap_or("hard decline"),
                account.id
            ),
            Skip::Retry(RetryDecision::NotYet { on }) => format!("next retry on {on}"),
            Skip::Retry(RetryDecision::HardDeclined) => "hard decline: not retried".to_string(),
            Skip::Retry(RetryDecision::Exhausted) => "retry schedule exhausted".to_string(),
            Skip::Retry(RetryDecision::NotFailed | RetryDecision::Retry) => "no failed attempt to retry".to_string(),
            Skip::NoPaymentMethod => format!(
                "no default payment method at {}: add one with `billctl account payment-method add {} --token …`",
                gw.label(),
                account.id
            ),
            Skip::ResolveOnly => "resolved".to_string(),
        };
        let mut item = item.is(Outcome::Skipped, d);
        item.needs_card = needs_card;
        return Ok((item, Signal::Neither));
    }
    let (Some(pm), Some(customer)) = (pm, customer) else {
        return Err(error::internal("collection::decide charged an invoice without a card or a customer").into());
    };
    if env.opts.dry_run {
        let card = format!("{} •••• {}", pm.brand.as_deref().unwrap_or("card"), pm.last4.as_deref().unwrap_or("????"));
        return Ok((item.is(Outcome::WouldCharge, format!("would charge {card}{credit_note}")), Signal::Neither));
    }

    // 3. Record the attempt, then call the gateway.
    let attempt =
        match resume {
            Some(a) => a,
            None => {
                let no =
                    attempts.iter().map(|a| a.attempt_no).max().unwrap_or(0).max(
                        repo::attempts_of_invoice(conn, id).await?.iter().map(|a| a.attempt_no).max().unwrap_or(0),
                    ) + 1;
                let a = Attempt {
                    id: super::new_id(IdKind::PaymentAttempt, env.clock.now()),
                    account_id: account.id.clone(),
                    invoice_id: inv.id.clone(),
                    attempt_no: no,
                    idempotency_key: format!("billctl-{}-{no}", inv.id),
                    status: AttemptStatus::Started,
                    amount: inv.amount_due,
                    currency: inv.currency.code().into(),
                    gateway: gw.name().into(),
                    gateway_payment_id: None,
                    decline_code: None,
                    failure_message: None,
                    hard_decline: false,
                    started_at: env.clock.now(),
                    finished_at: None,
                    next_retry_on: None,
                    customer_id: Some(customer.clone()),
                    payment_method_id: Some(pm.gateway_pm_id.clone()),
                    kind: if env.opts.mode == Mode::Retry { "retry" } else { "collect" }.into(),
                };
                repo::insert_attempt(conn, &a).await?;
                a
            }
        };
    item.attempt_no = Some(attempt.attempt_no);
    item.amount = attempt.amount;
    let currency = Currency::parse(&attempt.currency).map_err(UserError::from)?;
    let req = ChargeRequest {
        customer_id: attempt.customer_id.clone().unwrap_or_default(),
        payment_method_id: attempt.payment_method_id.clone().unwrap_or_default(),
        amount_minor: attempt.amount,
        currency,
        idempotency_key: attempt.idempotency_key.clone(),
        description: Some(format!("Invoice {}", inv.number.as_deref().unwrap_or(&inv.id))),
        invoice_id: inv.id.clone(),
        attempt_id: attempt.id.clone(),
    };
    let mut result = gw.charge(&req).await;
    // A 5xx or a connection that never opened: resend the same request (same key) after a pause.
    for pause in [200u64, 800] {
        if !matches!(result, Err(GatewayError::Transient(_))) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(pause)).await;
        result = gw.charge(&req).await;
    }
    match result {
        Ok(ChargeOutcome::Succeeded { payment_id }) => {
            let note = settle_success(conn, &env.cx, &attempt, &payment_id).await?;
            Ok((item.is(Outcome::Succeeded, format!("charged ({payment_id}){credit_note}{note}")), Signal::Answered))
        }
        Ok(ChargeOutcome::Declined { decline_code, message, hard }) => {
            let next = settle_failure(
                conn,
                &env.cx,
                env.opts.schedule.as_ref(),
                &attempt,
                Some(&decline_code),
                &message,
                hard,
            )
            .await?;
            item.decline_code = Some(decline_code.clone());
            item.next_retry_on = next;
            let (outcome, d) = if hard {
                (
                    Outcome::HardDeclined,
                    format!("{decline_code}: {message} (not retried; the customer must add a new card)"),
                )
            } else {
                let when = next.map(|d| format!("next retry on {d}")).unwrap_or_else(|| "no retry left".into());
                (Outcome::Declined, format!("{decline_code}: {message} ({when})"))
            };
            Ok((item.is(outcome, d), Signal::Answered))
        }
        Err(e @ (GatewayError::Uncertain(_) | GatewayError::Transient(_) | GatewayError::RateLimited { .. })) => {
            let mut a = attempt.clone();
            a.status = AttemptStatus::Uncertain;
            a.failure_message = Some(e.to_string());
            a.finished_at = Some(env.clock.now());
            repo::update_attempt(conn, &a).await?;
            // Look it up at once: a lost answer is often a success.
            if matches!(e, GatewayError::Uncertain(_))
                && let Ok(Some(found)) = gw.find_charge(&lookup_of(&a, None)).await
            {
                return Ok(match found {
                    ChargeOutcome::Succeeded { payment_id } => {
                        let note = settle_success(conn, &env.cx, &a, &payment_id).await?;
                        let d = format!("answer lost ({e}); found the charge at the gateway ({payment_id}){note}");
                        (item.is(Outcome::Succeeded, d), Signal::Failed)
                    }
                    ChargeOutcome::Declined { decline_code, message, hard } => {
                        let next = settle_failure(
                            conn,
                            &env.cx,
                            env.opts.schedule.as_ref(),
                            &a,
                            Some(&decline_code),
                            &message,
                            hard,
                        )
                        .await?;
                        item.decline_code = Some(decline_code.clone());
                        item.next_retry_on = next;
                        let o = if hard { Outcome::HardDeclined } else { Outcome::Declined };
                        (item.is(o, format!("{decline_code}: {message}")), Signal::Failed)
                    }
                });
            }
            let d = format!("{e}; the attempt is kept as uncertain and looked up before any new charge");
            let o = if matches!(e, GatewayError::Uncertain(_)) { Outcome::Uncertain } else { Outcome::Error };
            Ok((item.is(o, d), Signal::Failed))
        }
        Err(e) => {
            // Refused (4xx) or not authenticated: nothing was charged.
            let mut a = attempt.clone();
            a.status = AttemptStatus::Failed;
            a.failure_message = Some(e.to_string());
            a.finished_at = Some(env.clock.now());
            repo::update_attempt(conn, &a).await?;
            let signal = if matches!(e, GatewayError::Auth(_)) { Signal::Failed } else { Signal::Answered };
            Ok((item.is(Outcome::Error, e.to_string()), signal))
        }
    }
}
