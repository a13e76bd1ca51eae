//! Subscription lifecycle use cases: create, change (now, prorated, or at period end), cancel,
//! pause, resume, and the scheduled transitions the invoice run applies.
//!
//! Proration is only produced when the period in force has already been invoiced (the customer
//! paid for it in advance): a change before that takes effect for the whole uninvoiced period.
//! Proration lines become pending charges. With `--invoice now` (the default, `proration_invoicing`)
//! a net charge is invoiced at once on a numbered invoice of its own ([`super::invoice_now`]);
//! otherwise, and for a net credit, the next invoice of the subscription carries them.
//!
//! **Unused time on cancel or pause (`--credit`)** is credited only as far as it was paid
//! (`domain::settlement::correct_unused`): the unused days of the billed period, with their tax
//! at the period invoice's rate, are corrected on that invoice. If nothing of it was paid and
//! the unused time covers it, the invoice is voided (with its credit note); otherwise a credit
//! note for the unused time first reduces what is still due, and only the paid rest becomes
//! account credit, which then settles other open invoices oldest first. The outcome says which.

use super::Context;
use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;
use sqlx::PgConnection;

use crate::domain::change::{Arrangement, change_lines, unused_credit};
use crate::domain::ids::IdKind;
use crate::domain::invoice::{InvoiceStatus, LineKind};
use crate::domain::lifecycle::{
    Action, DEFAULT_MAX_PAUSE_DAYS, SubStatus, SubscriptionEvent, auto_cancel_date, check_transition,
};
use crate::domain::period::Period;
use crate::domain::proration::ProrationLine;
use crate::domain::settlement::{UnusedCorrection, correct_unused};
use crate::domain::{Currency, schedule, validate};
use crate::error::{self, UserError};
use crate::store::accounts::{self as accounts_repo, Account};
use crate::store::invoices;
use crate::store::plans::{self as plans_repo, VersionDetail};
use crate::store::subscriptions::{self as repo, NewHistory, PendingCharge, Subscription};
use crate::store::{self, audit};

use super::catalog;
use super::credit_notes::{self, NewCreditNote};
use super::credits::Settled;
use super::invoice_admin;

fn not_found(key: &str) -> UserError {
    error::not_found(format!("no subscription '{key}'")).hint("list them with `billctl subscription list`")
}

fn tz_of(account: &Account) -> chrono_tz::Tz {
    account.timezone
}

fn status_of(s: &Subscription) -> Result<SubStatus, UserError> {
    Ok(s.status)
}

/// Locks a subscription to change it, after its account. The invoice run bills an account holding
/// the account's row lock from before it reads the subscriptions until it commits, so a change
/// waits for a batch billing the account (and the batch for the change) instead of one undoing
/// the other; the subscription is read after both locks are held.
async fn lock_for_change(conn: &mut PgConnection, key: &str) -> Result<Subscription> {
    let found = repo::find(conn, key).await?.ok_or_else(|| not_found(key))?;
    accounts_repo::lock(conn, &found.account_id).await?;
    Ok(repo::find_for_update(conn, &found.id).await?.ok_or_else(|| not_found(key))?)
}

async fn load_account(conn: &mut PgConnection, id: &str) -> Result<Account> {
    Ok(accounts_repo::find(conn, id).await?.ok_or_else(|| error::not_found(format!("no account '{id}'")))?)
}

async fn load_version(conn: &mut PgConnection, id: &str) -> Result<VersionDetail> {
    Ok(plans_repo::load_version(conn, id).await?.ok_or_else(|| error::not_found(format!("no plan version '{id}'")))?)
}

/// Latest version of a plan that takes new subscriptions.
async fn sellable_version(conn: &mut PgConnection, plan_key: &str) -> Result<VersionDetail> {
    let plan = plans_repo::find_plan(conn, plan_key)
        .await?
        .ok_or_else(|| error::not_found(format!("no plan '{plan_key}'")).hint("list plans with `billctl plan list`"))?;
    if plan.archived_at.is_some() {
        return Err(error::conflict(format!("plan '{}' is archived and takes no new subscriptions", plan.code)).into());
    }
    let v = plans_repo::latest_version(conn, &plan.id).await?.ok_or_else(|| error::not_found("plan has no version"))?;
    load_version(conn, &v.id).await
}

fn arrangement_of(detail: &VersionDetail, cur: Currency, quantity: i32) -> Result<Arrangement, UserError> {
    catalog::arrangement(detail, cur, quantity.max(1) as u32).map_err(UserError::from)
}

/// The arrangement of a new quantity: within the quantity limit, and a full period of it billable.
fn checked_arrangement(detail: &VersionDetail, cur: Currency, quantity: u32) -> Result<Arrangement, UserError> {
    validate::quantity_value(quantity.into(), "quantity")?;
    let arr = arrangement_of(detail, cur, quantity as i32)?;
    arr.check_limit()?;
    Ok(arr)
}

fn json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

/// Writes the history row and the audit row of a state change.
async fn record(
    conn: &mut PgConnection,
    cx: &Context,
    before: Option<&Subscription>,
    after: &Subscription,
    event: SubscriptionEvent,
    effective: NaiveDate,
    details: serde_json::Value,
) -> Result<()> {
    let clock = &cx.clock;
    let history_id = repo::insert_history(
        conn,
        NewHistory {
            sub: after,
            at: clock.now(),
            effective_date: effective,
            event,
            from_status: before.map(|b| b.status),
            details,
        },
    )
    .await?;
    audit::record(
        conn,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: &format!("subscription.{event}"),
            entity_type: "subscription",
            entity_id: &after.id,
            account_id: Some(&after.account_id),
            before: before.map(json),
            after: Some(json(after)),
        },
    )
    .await?;
    if let Some(told) = super::events::subscription_event(history_id, event, &after.account_id, json(after)) {
        super::events::emit(conn, cx, told).await?;
    }
    Ok(())
}

#[derive(Debug, Clone, Default)]
pub struct CreateInput {
    pub account: String,
    pub plan: String,
    pub quantity: Option<u32>,
    pub start: Option<NaiveDate>,
    /// None: the plan's trial days.
    pub trial_days: Option<u32>,
    pub anchor: Option<NaiveDate>,
    pub external_id: Option<String>,
    /// The user confirmed a start more than one period ago (a backfill) or a long trial.
    pub confirmed: bool,
    /// A trial longer than this needs confirmation (`max_trial_days`); None: no maximum.
    pub max_trial_days: Option<u32>,
}

pub async fn create(cx: &Context, input: &CreateInput) -> Result<Subscription> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let account = accounts_repo::find_for_update(&mut tx, &input.account)
        .await?
        .ok_or_else(|| error::not_found(format!("no account '{}'", input.account)))?;
    if account.archived_at.is_some() {
        return Err(error::conflict(format!("account {} is archived", account.id)).into());
    }
    super::dunning_tick::refuse_if_blocked(&mut tx, &account, "a new subscription").await?;
    let detail = sellable_version(&mut tx, &input.plan).await?;
    let cur = account.currency;
    let quantity = input.quantity.unwrap_or(1);
    if quantity == 0 {
        return Err(error::usage("--quantity must be at least 1").into());
    }
    checked_arrangement(&detail, cur, quantity)?;
    let interval = catalog::interval(&detail).map_err(UserError::from)?;
    let start = input.start.unwrap_or_else(|| clock.today_in(tz_of(&account)));
    let trial_days = input.trial_days.unwrap_or(detail.version.trial_days.max(0) as u32);
    let sch = schedule::initial(start, trial_days, input.anchor, interval).map_err(UserError::from)?;
    let today = clock.today_in(tz_of(&account));
    let mut asks = Vec::new();
    if schedule::more_than_one_period_ago(start, interval, today) {
        let n = schedule::periods_due(&sch, interval, today, 1_000_000).map_err(UserError::from)?;
        asks.push(format!(
            "--start {start} is more than one billing period before today ({today}): the next invoice run bills \
             {n} period(s) at once"
        ));
    }
    if let Some(max) = input.max_trial_days.filter(|m| trial_days > *m) {
        asks.push(format!("a trial of {trial_days} days is longer than the maximum of {max} days (max_trial_days)"));
    }
    if !asks.is_empty() && !input.confirmed {
        return Err(error::needs_confirmation(asks.join("; ")).into());
    }
    let now = clock.now();
    let sub = Subscription {
        id: super::new_id(IdKind::Subscription, now),
        external_id: input.external_id.clone().filter(|x| !x.trim().is_empty()),
        account_id: account.id.clone(),
        plan_version_id: detail.version.id.clone(),
        status: sch.status,
        quantity: quantity as i32,
        currency: cur,
        start_date: start,
        trial_end: sch.trial_end,
        anchor_date: sch.anchor,
        current_period_start: sch.current_period.start,
        current_period_end: sch.current_period.end,
        next_bill_date: sch.next_bill_date,
        cancel_at_period_end: false,
        canceled_at: None,
        paused_at: None,
        resume_at: None,
        auto_cancel_on: None,
        usage_billed_through: None,
        usage_owed_until: None,
        pending_plan_version_id: None,
        pending_quantity: None,
        created_at: now,
        updated_at: now,
    };
    if let Err(e) = repo::insert(&mut tx, &sub).await {
        if store::is_unique_violation(&e, "subscriptions_external_id_key") {
            return Err(error::conflict(format!(
                "a subscription with external id '{}' already exists",
                sub.external_id.clone().unwrap_or_default()
            ))
            .into());
        }
        return Err(e.into());
    }
    let details = serde_json::json!({"plan": detail.plan.code, "version": detail.version.version});
    record(&mut tx, cx, None, &sub, SubscriptionEvent::Created, start, details).await?;
    tx.commit().await?;
    Ok(sub)
}

/// Whether `effective` is `now` (prorated) or the end of the current period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum When {
    Now,
    PeriodEnd,
}

/// When the proration of a change made now is invoiced: `now` on a numbered invoice of its own
/// issued at once (when the net is a charge), `next` on the subscription's next invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum InvoiceTiming {
    Now,
    Next,
}

impl InvoiceTiming {
    /// The configured default (`proration_invoicing`: "now" or "next").
    pub fn from_setting(text: &str) -> InvoiceTiming {
        if text == "next" { InvoiceTiming::Next } else { InvoiceTiming::Now }
    }
}

#[derive(Debug, Clone)]
pub struct ChangeInput {
    pub subscription: String,
    pub plan: Option<String>,
    pub quantity: Option<u32>,
    pub when: When,
    pub invoice: InvoiceTiming,
}

/// What a change does, shown before it is made (`--dry-run`, wizard) and after.
#[derive(Debug, Clone, Serialize)]
pub struct ChangeOutcome {
    pub subscription: Subscription,
    pub from_plan: String,
    pub to_plan: String,
    pub from_quantity: i32,
    pub to_quantity: i32,
    pub effective_date: NaiveDate,
    pub when: When,
    /// Proration lines the next invoice of this subscription will carry.
    pub lines: Vec<ProrationLine>,
    pub net_minor: i64,
    pub currency: Currency,
    pub note: String,
    /// Whether the proration is invoiced at once (`--invoice now` and a net charge).
    pub invoiced_now: bool,
    /// The invoice issued at once (not with `--dry-run`).
    pub invoice: Option<super::invoice_now::Issued>,
}

/// The billed period in force on `today`, if it has been invoiced (proration applies).
fn billed_period(s: &Subscription, today: NaiveDate) -> Option<Period> {
    let p = Period::new(s.current_period_start, s.current_period_end).ok()?;
    (s.status == SubStatus::Active && s.next_bill_date >= p.end && p.contains(today)).then_some(p)
}

/// Computes and (unless `dry_run`) applies a plan or quantity change.
pub async fn change(cx: &Context, input: &ChangeInput, dry_run: bool) -> Result<ChangeOutcome> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let before = lock_for_change(&mut tx, &input.subscription).await?;
    check_transition(status_of(&before)?, &Action::Change).map_err(UserError::from)?;
    let account = load_account(&mut tx, &before.account_id).await?;
    super::dunning_tick::refuse_if_blocked(&mut tx, &account, "a plan or quantity change").await?;
    let today = clock.today_in(tz_of(&account));
    let old = load_version(&mut tx, &before.plan_version_id).await?;
    let new = match &input.plan {
        Some(p) => sellable_version(&mut tx, p).await?,
        None => old.clone(),
    };
    if input.quantity == Some(0) {
        return Err(error::usage("--quantity must be at least 1").into());
    }
    let to_quantity = match input.quantity {
        Some(q) => validate::quantity_value(q.into(), "quantity").map_err(UserError::from)?,
        None => before.quantity,
    };
    if new.version.id == old.version.id && to_quantity == before.quantity {
        return Err(error::usage("nothing to change: give --plan or a different --quantity").into());
    }
    let cur = before.currency;
    let old_arr = arrangement_of(&old, cur, before.quantity)?;
    let new_arr = checked_arrangement(&new, cur, to_quantity as u32)?;
    let old_interval = catalog::interval(&old).map_err(UserError::from)?;
    let new_interval = catalog::interval(&new).map_err(UserError::from)?;
    let mut after = before.clone();
    after.updated_at = clock.now();
    let mut lines = Vec::new();
    let (effective, note);
    match input.when {
        When::PeriodEnd => {
            effective = before.current_period_end;
            after.pending_plan_version_id = Some(new.version.id.clone());
            after.pending_quantity = Some(to_quantity);
            note = format!("scheduled: takes effect when the period ends on {effective}; no proration");
        }
        When::Now => {
            effective = today;
            after.plan_version_id = new.version.id.clone();
            after.quantity = to_quantity;
            after.pending_plan_version_id = None;
            after.pending_quantity = None;
            let billed = billed_period(&before, today);
            if let Some(period) = billed {
                if new_interval == old_interval {
                    lines = change_lines(&old_arr, &new_arr, &period, today).map_err(UserError::from)?;
                    note = format!("prorated from {today} to the end of the period on {}", period.end);
                } else {
                    // A new interval starts a new billing cycle today: credit the unused old time,
                    // bill the new period in full at the next run.
                    lines = unused_credit(&old_arr, &period, today).map_err(UserError::from)?;
                    let sch = schedule::initial(today, 0, None, new_interval).map_err(UserError::from)?;
                    after.anchor_date = sch.anchor;
                    after.current_period_start = sch.current_period.start;
                    after.current_period_end = sch.current_period.end;
                    after.next_bill_date = today;
                    note = format!(
                        "new billing interval: unused time credited, new cycle starts {today}; usage so far is \
                         billed at the next run"
                    );
                }
            } else if before.status == SubStatus::Trialing {
                note = "in trial: no proration; the new plan is billed when the trial ends".into();
            } else {
                if new_interval != old_interval {
                    let (p, _) = schedule::billing_period(
                        before.anchor_date,
                        new_interval,
                        before.next_bill_date.max(before.anchor_date),
                    )
                    .map_err(UserError::from)?;
                    after.current_period_start = p.start;
                    after.current_period_end = p.end;
                }
                note = "the current period is not invoiced yet: the change applies to all of it, no proration".into();
            }
        }
    }
    if after.current_period_start > before.current_period_start {
        // The cycle restarted (a new interval): the usage of the days before the new period, not
        // billed yet, goes on an invoice of its own at the next run.
        let restart = after.current_period_start;
        owe_usage_until(&mut after, restart);
    }
    let net: i64 = lines.iter().map(|l| l.amount_minor).sum();
    let invoiced_now = input.invoice == InvoiceTiming::Now && net > 0;
    let note = match (invoiced_now, lines.is_empty(), net > 0) {
        (true, _, _) => format!("{note}; invoiced now on a numbered invoice, open for payment"),
        (false, false, true) => format!("{note}; the charge goes on the subscription's next invoice"),
        (false, false, false) => format!("{note}; the net credit goes on the subscription's next invoice"),
        (false, true, _) => note,
    };
    let mut outcome = ChangeOutcome {
        subscription: after.clone(),
        from_plan: format!("{} v{}", old.plan.code, old.version.version),
        to_plan: format!("{} v{}", new.plan.code, new.version.version),
        from_quantity: before.quantity,
        to_quantity,
        effective_date: effective,
        when: input.when,
        lines: lines.clone(),
        net_minor: net,
        currency: before.currency,
        note,
        invoiced_now,
        invoice: None,
    };
    if dry_run {
        tx.rollback().await?;
        return Ok(outcome);
    }
    repo::update(&mut tx, &after).await?;
    let mut charges = Vec::new();
    for l in &lines {
        let charge = PendingCharge {
            id: super::new_id(IdKind::Charge, clock.now()),
            account_id: after.account_id.clone(),
            subscription_id: Some(after.id.clone()),
            kind: "proration".into(),
            description: l.description.clone(),
            quantity: l.quantity as i32,
            amount: l.amount_minor,
            currency: after.currency,
            service_start: Some(l.service_start),
            service_end: Some(l.service_end),
            invoice_id: None,
            created_at: clock.now(),
            tax_exempt: false,
        };
        repo::insert_pending(&mut tx, &charge).await?;
        charges.push(charge);
    }
    if invoiced_now {
        let issued = super::invoice_now::issue(&mut tx, cx, &after.account_id, &charges, Some(&after.id)).await?;
        outcome.invoice = Some(issued);
    }
    let event =
        if input.when == When::PeriodEnd { SubscriptionEvent::ScheduledChange } else { SubscriptionEvent::Changed };
    let details = serde_json::json!({
        "from_plan": outcome.from_plan, "to_plan": outcome.to_plan,
        "from_quantity": before.quantity, "to_quantity": to_quantity, "proration_net": net,
        "invoice": outcome.invoice.as_ref().map(|i| &i.invoice.id),
    });
    record(&mut tx, cx, Some(&before), &after, event, effective, details).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// Result of cancel / pause / resume.
#[derive(Debug, Clone, Serialize)]
pub struct StateOutcome {
    pub subscription: Subscription,
    pub effective_date: NaiveDate,
    /// Spendable credit granted to the account for unused time that was paid (minor units, 0 if
    /// none).
    pub credit_minor: i64,
    /// What `--credit` did with the unused time, if it was asked for.
    pub correction: Option<UnusedOutcome>,
    pub note: String,
}

/// What `--credit` did with the unused time of the billed period.
#[derive(Debug, Clone, Serialize)]
pub struct UnusedOutcome {
    /// `none`, `voided` (the unpaid invoice), `reduced` (a credit note took it off what is due)
    /// or `credited` (a credit note for time that was paid, granted as credit).
    pub action: &'static str,
    /// The unused time with its tax (minor units).
    pub unused_minor: i64,
    pub invoice_id: Option<String>,
    pub invoice_number: Option<String>,
    pub credit_note_number: Option<String>,
    /// Taken off the invoice's amount due (voided: all of it).
    pub reduced_minor: i64,
    /// Granted as spendable credit.
    pub credited_minor: i64,
    /// Open invoices the new credit settled, oldest first.
    pub settled: Vec<Settled>,
    pub message: String,
}

/// Corrects the unused time of the billed period on its invoice (see the module documentation).
async fn credit_unused(
    conn: &mut PgConnection,
    cx: &Context,
    s: &Subscription,
    today: NaiveDate,
    why: &str,
) -> Result<UnusedOutcome> {
    let mut out = UnusedOutcome {
        action: "none",
        unused_minor: 0,
        invoice_id: None,
        invoice_number: None,
        credit_note_number: None,
        reduced_minor: 0,
        credited_minor: 0,
        settled: Vec::new(),
        message: "no paid time left in the current period: nothing to credit".into(),
    };
    let Some(period) = billed_period(s, today) else { return Ok(out) };
    let detail = load_version(conn, &s.plan_version_id).await?;
    let arr = arrangement_of(&detail, s.currency, s.quantity)?;
    let unused = unused_credit(&arr, &period, today).map_err(UserError::from)?;
    let net: i64 = -unused.iter().map(|l| l.amount_minor).sum::<i64>();
    if net <= 0 {
        return Ok(out);
    }
    accounts_repo::lock(conn, &s.account_id).await?;
    let Some(inv) = invoices::period_invoice_for_update(conn, &s.id, period.start).await? else {
        out.message =
            format!("no issued invoice for the period starting {}: nothing was paid, nothing credited", period.start);
        return Ok(out);
    };
    let name = inv.number.clone().unwrap_or_else(|| inv.id.clone());
    out.invoice_id = Some(inv.id.clone());
    out.invoice_number = inv.number.clone();
    if inv.status == InvoiceStatus::Open
        && (!crate::store::payments::try_lock_invoice_xact(conn, &inv.id).await?
            || !crate::store::payments::unresolved_invoice_ids(conn, Some(&inv.id)).await?.is_empty())
    {
        return Err(error::conflict(format!(
            "invoice {name} of this period is being charged, or a charge of it has an unknown outcome"
        ))
        .hint(format!(
            "resolve it first (`billctl payment collect --invoice {name}` or `billctl stripe sync`), then retry"
        ))
        .into());
    }
    let rate = invoices::tax_rate_of(conn, &inv.id).await?;
    let issued = credit_notes::issued(conn, &inv).await?;
    let description = format!("{why}: unused time on {} from {today} to {}", s.id, period.end);
    match correct_unused(net, rate, &issued).map_err(UserError::from)? {
        UnusedCorrection::Nothing => {
            out.message = format!("invoice {name} has nothing left to correct: nothing credited");
        }
        UnusedCorrection::Void => {
            let due = inv.amount_due;
            let v = invoice_admin::void_locked(conn, cx, inv, false).await?;
            out.action = "voided";
            out.unused_minor =
                net + crate::domain::tax::tax_amount(net, rate.unwrap_or_default()).map_err(UserError::from)?;
            out.reduced_minor = due;
            out.credit_note_number = v.credit_note.map(|n| n.number);
            out.settled = v.settled;
            out.message =
                format!("invoice {name} was unpaid and covered by the unused time: voided, no credit created");
        }
        UnusedCorrection::CreditNote { net: cn_net, tax, split } => {
            let rate_id = rate.and(
                invoices::lines(conn, &inv.id)
                    .await?
                    .into_iter()
                    .find(|l| l.kind == LineKind::Tax)
                    .and_then(|l| l.tax_rate_id),
            );
            let mut lines = Vec::new();
            if cn_net == net {
                for l in &unused {
                    let description = l.description.clone();
                    lines.push(credit_notes::line(
                        lines.len() as i32 + 1,
                        "proration",
                        description,
                        -l.amount_minor,
                        None,
                    ));
                }
            } else {
                let d = format!(
                    "Unused time {} (as far as invoice {name} holds)",
                    crate::domain::period::Period::shown(today, period.end)
                );
                lines.push(credit_notes::line(1, "proration", d, cn_net, None));
            }
            if tax != 0 {
                lines.push(credit_notes::line(
                    lines.len() as i32 + 1,
                    "tax",
                    "Tax on unused time".into(),
                    tax,
                    rate_id,
                ));
            }
            let note = credit_notes::issue(
                conn,
                cx,
                NewCreditNote {
                    invoice: &inv,
                    reason: "unused_time",
                    description,
                    lines,
                    split,
                    grant: true,
                    number_format: &cx.config.credit_note_number_format.0,
                    today,
                },
            )
            .await?;
            out.unused_minor = split.total;
            out.reduced_minor = split.reduces_due;
            out.credited_minor = split.to_credit;
            out.credit_note_number = Some(note.number.clone());
            out.action = if split.to_credit > 0 { "credited" } else { "reduced" };
            let cur = &inv.currency;
            out.message = match (split.reduces_due, split.to_credit) {
                (r, 0) => format!(
                    "invoice {name} is unpaid: credit note {} takes {} off it, no credit created",
                    note.number,
                    crate::render::money(r, cur)
                ),
                (0, c) => format!(
                    "credit note {} for invoice {name}: {} of paid time granted as account credit",
                    note.number,
                    crate::render::money(c, cur)
                ),
                (r, c) => format!(
                    "credit note {} for invoice {name}: {} off what is still due, {} of paid time granted as credit",
                    note.number,
                    crate::render::money(r, cur),
                    crate::render::money(c, cur)
                ),
            };
            if split.to_credit > 0 {
                out.settled = super::credits::settle_open_invoices(conn, cx, &s.account_id, &s.currency, true).await?;
            }
        }
    }
    Ok(out)
}

pub async fn cancel(cx: &Context, key: &str, when: When, credit: bool, dry_run: bool) -> Result<StateOutcome> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let before = lock_for_change(&mut tx, key).await?;
    let status = status_of(&before)?;
    let account = load_account(&mut tx, &before.account_id).await?;
    let today = clock.today_in(tz_of(&account));
    let mut after = before.clone();
    after.updated_at = clock.now();
    let outcome = match when {
        When::PeriodEnd => {
            check_transition(status, &Action::CancelAtPeriodEnd).map_err(UserError::from)?;
            if credit {
                return Err(error::usage("--credit only applies to --at now").into());
            }
            after.cancel_at_period_end = true;
            let end = if status == SubStatus::Trialing { before.next_bill_date } else { before.current_period_end };
            repo::update(&mut tx, &after).await?;
            let event = SubscriptionEvent::CancelScheduled;
            record(&mut tx, cx, Some(&before), &after, event, end, serde_json::json!({})).await?;
            StateOutcome {
                subscription: after,
                effective_date: end,
                credit_minor: 0,
                correction: None,
                note: format!(
                    "cancels at the end of the period on {end}; no further recurring charges (usage until then \
                     goes on a final invoice)"
                ),
            }
        }
        When::Now => {
            let to = check_transition(status, &Action::CancelNow).map_err(UserError::from)?;
            let correction = match credit {
                true => Some(credit_unused(&mut tx, cx, &before, today, "Canceled").await?),
                false => None,
            };
            let granted = correction.as_ref().map_or(0, |c| c.credited_minor);
            after.status = to;
            after.canceled_at = Some(today);
            after.pending_plan_version_id = None;
            after.pending_quantity = None;
            repo::update(&mut tx, &after).await?;
            let details = serde_json::json!({"credit": granted});
            record(&mut tx, cx, Some(&before), &after, SubscriptionEvent::Canceled, today, details).await?;
            StateOutcome {
                subscription: after,
                effective_date: today,
                credit_minor: granted,
                correction,
                note: "canceled now; usage up to today goes on a final invoice at the next invoice run".into(),
            }
        }
    };
    super::commit_unless_dry_run(tx, dry_run).await?;
    Ok(outcome)
}

pub async fn pause(
    cx: &Context,
    key: &str,
    until: Option<NaiveDate>,
    max_days: Option<u32>,
    credit: bool,
) -> Result<StateOutcome> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let before = lock_for_change(&mut tx, key).await?;
    let to = check_transition(status_of(&before)?, &Action::Pause).map_err(UserError::from)?;
    let account = load_account(&mut tx, &before.account_id).await?;
    let today = clock.today_in(tz_of(&account));
    let max = max_days.unwrap_or(DEFAULT_MAX_PAUSE_DAYS);
    let cancel_on = auto_cancel_date(today, max);
    if let Some(u) = until {
        if u <= today {
            return Err(error::usage(format!("--until {u} must be after today ({today})")).into());
        }
        if u > cancel_on {
            return Err(error::usage(format!(
                "--until {u} is past the maximum pause of {max} days (the subscription would cancel on {cancel_on})"
            ))
            .hint("pick an earlier date or raise --max-days")
            .into());
        }
    }
    let correction = match credit {
        true => Some(credit_unused(&mut tx, cx, &before, today, "Paused").await?),
        false => None,
    };
    let granted = correction.as_ref().map_or(0, |c| c.credited_minor);
    let mut after = before.clone();
    after.status = to;
    after.paused_at = Some(today);
    after.resume_at = until;
    after.auto_cancel_on = Some(cancel_on);
    after.updated_at = clock.now();
    repo::update(&mut tx, &after).await?;
    let details = serde_json::json!({"resume_at": until, "auto_cancel_on": cancel_on, "credit": granted});
    record(&mut tx, cx, Some(&before), &after, SubscriptionEvent::Paused, today, details).await?;
    tx.commit().await?;
    let note = match until {
        Some(u) => format!(
            "paused; resumes on {u}; no billing while paused (usage before today is billed at the next invoice run)"
        ),
        None => format!("paused; cancels automatically on {cancel_on} unless resumed"),
    };
    Ok(StateOutcome { subscription: after, effective_date: today, credit_minor: granted, correction, note })
}

/// Leaves the usage up to `until` (exclusive), if not billed yet, to the next invoice run.
fn owe_usage_until(after: &mut Subscription, until: NaiveDate) {
    if after.usage_billed_through.is_none_or(|u| u < until) {
        after.usage_owed_until = Some(after.usage_owed_until.map_or(until, |o| o.max(until)));
    }
}

/// Resumes a paused subscription on `date`: a new billing cycle starts that day.
async fn resume_on(
    conn: &mut PgConnection,
    cx: &Context,
    before: &Subscription,
    date: NaiveDate,
    event: SubscriptionEvent,
) -> Result<Subscription> {
    let clock = &cx.clock;
    let to = check_transition(status_of(before)?, &Action::Resume).map_err(UserError::from)?;
    let detail = load_version(conn, &before.plan_version_id).await?;
    let interval = catalog::interval(&detail).map_err(UserError::from)?;
    let sch = schedule::initial(date, 0, None, interval).map_err(UserError::from)?;
    let mut after = before.clone();
    after.status = to;
    after.anchor_date = sch.anchor;
    after.current_period_start = sch.current_period.start;
    after.current_period_end = sch.current_period.end;
    after.next_bill_date = date;
    // The usage before the pause, if the invoice run has not billed it yet, is billed by the next run.
    if let Some(p) = before.paused_at {
        owe_usage_until(&mut after, p);
    }
    after.paused_at = None;
    after.resume_at = None;
    after.auto_cancel_on = None;
    after.updated_at = clock.now();
    repo::update(conn, &after).await?;
    record(conn, cx, Some(before), &after, event, date, serde_json::json!({})).await?;
    Ok(after)
}

pub async fn resume(cx: &Context, key: &str) -> Result<StateOutcome> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let before = lock_for_change(&mut tx, key).await?;
    let account = load_account(&mut tx, &before.account_id).await?;
    let today = clock.today_in(tz_of(&account));
    let after = resume_on(&mut tx, cx, &before, today, SubscriptionEvent::Resumed).await?;
    tx.commit().await?;
    let note = format!("resumed; a new billing cycle starts {today} and is billed at the next invoice run");
    Ok(StateOutcome { subscription: after, effective_date: today, credit_minor: 0, correction: None, note })
}

/// A subscription with its plan, history and pending charges, for `show`.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    #[serde(flatten)]
    pub subscription: Subscription,
    pub plan_code: String,
    pub plan_version: i32,
    pub history: Vec<repo::HistoryRow>,
    pub pending_charges: Vec<PendingCharge>,
}

pub async fn show(cx: &Context, key: &str) -> Result<Detail> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let s = repo::find(&mut conn, key).await?.ok_or_else(|| not_found(key))?;
    let v = load_version(&mut conn, &s.plan_version_id).await?;
    Ok(Detail {
        history: repo::history(&mut conn, &s.id).await?,
        pending_charges: repo::pending_for_subscription(&mut conn, &s.id).await?,
        plan_code: v.plan.code,
        plan_version: v.version.version,
        subscription: s,
    })
}

pub async fn list(cx: &Context, filter: &repo::Filter) -> Result<Vec<repo::Listed>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    Ok(repo::list(&mut conn, filter).await?)
}

/// What a dunning step does to one subscription (issue 13): the tick calls it in its transaction,
/// holding the account's lock.
#[derive(Debug, Clone, Copy)]
pub(crate) enum DunningChange<'a> {
    Pause,
    Cancel(crate::domain::dunning::CancelAt),
    /// Schedule a change to this plan at the end of the period (no proration).
    Downgrade(&'a str),
}

/// Applies a dunning step to a subscription, with its history, audit row and event. A subscription
/// the change does not apply to (already paused, canceled, on that plan) is left alone: `Ok(None)`.
/// A downgrade to a plan with no price in the subscription's currency is an error (the tick rolls
/// the account back and reports it).
pub(crate) async fn apply_dunning(
    conn: &mut PgConnection,
    cx: &Context,
    sub_id: &str,
    change: DunningChange<'_>,
) -> Result<Option<String>> {
    use crate::domain::dunning::CancelAt;
    let Some(before) = repo::find_for_update(conn, sub_id).await? else { return Ok(None) };
    let status = status_of(&before)?;
    let account = load_account(conn, &before.account_id).await?;
    let today = cx.clock.today_in(tz_of(&account));
    let mut after = before.clone();
    after.updated_at = cx.clock.now();
    let (event, effective, details, note) = match change {
        DunningChange::Pause => {
            let Ok(to) = check_transition(status, &Action::Pause) else { return Ok(None) };
            let cancel_on = auto_cancel_date(today, DEFAULT_MAX_PAUSE_DAYS);
            after.status = to;
            after.paused_at = Some(today);
            after.resume_at = None;
            after.auto_cancel_on = Some(cancel_on);
            let details = serde_json::json!({"by": "dunning", "auto_cancel_on": cancel_on});
            (SubscriptionEvent::Paused, today, details, format!("paused {}", before.id))
        }
        DunningChange::Cancel(CancelAt::Now) => {
            let Ok(to) = check_transition(status, &Action::CancelNow) else { return Ok(None) };
            after.status = to;
            after.canceled_at = Some(today);
            after.pending_plan_version_id = None;
            after.pending_quantity = None;
            let details = serde_json::json!({"by": "dunning", "credit": 0});
            (SubscriptionEvent::Canceled, today, details, format!("canceled {}", before.id))
        }
        DunningChange::Cancel(CancelAt::PeriodEnd) => {
            if before.cancel_at_period_end || check_transition(status, &Action::CancelAtPeriodEnd).is_err() {
                return Ok(None);
            }
            after.cancel_at_period_end = true;
            let end = if status == SubStatus::Trialing { before.next_bill_date } else { before.current_period_end };
            let details = serde_json::json!({"by": "dunning"});
            (SubscriptionEvent::CancelScheduled, end, details, format!("{} cancels on {end}", before.id))
        }
        DunningChange::Downgrade(plan) => {
            if check_transition(status, &Action::Change).is_err() {
                return Ok(None);
            }
            let new = sellable_version(conn, plan).await?;
            if new.version.id == before.plan_version_id
                || before.pending_plan_version_id.as_ref() == Some(&new.version.id)
            {
                return Ok(None);
            }
            checked_arrangement(&new, before.currency, before.quantity.max(1) as u32)?;
            after.pending_plan_version_id = Some(new.version.id.clone());
            after.pending_quantity = Some(before.quantity);
            let end = before.current_period_end;
            let details =
                serde_json::json!({"by": "dunning", "to_plan": format!("{} v{}", new.plan.code, new.version.version)});
            (SubscriptionEvent::ScheduledChange, end, details, format!("{} moves to {plan} on {end}", before.id))
        }
    };
    repo::update(conn, &after).await?;
    record(conn, cx, Some(&before), &after, event, effective, details).await?;
    Ok(Some(note))
}
