//! Turning one account's due subscriptions into invoices, in memory. The invoice run feeds it what
//! it read in the batch transaction and writes what it returns; a dry run prints it instead, so
//! both compute exactly the same invoices.

use std::collections::HashMap;

use chrono::{DateTime, Days, NaiveDate, Utc};
use rust_decimal::Decimal;

use crate::domain::billing::{self, Step, StopKind, SubState};
use crate::domain::catalog::{ChargeKind, PriceDef};
use crate::domain::credit::CreditBalance;
use crate::domain::ids::IdKind;
use crate::domain::invoice::{self, InvoiceKind, InvoiceStatus, LineDraft, LineKind};
use crate::domain::period::{Interval, Period, local_midnight_utc};
use crate::domain::pricing;
use crate::domain::tax::{self, TaxContext, TaxRate};
use crate::domain::{Currency, DomainError};
use crate::store::billing_batch::BillingAccount as Account;
use crate::store::credits::CreditEntry;
use crate::store::invoices::{Invoice, InvoiceLine};
use crate::store::plans::VersionDetail;
use crate::store::subscriptions::{PendingCharge, Subscription};

use super::catalog as conv;

/// The catalog, loaded once per run.
pub struct Catalog {
    pub versions: HashMap<String, VersionDetail>,
}

impl Catalog {
    fn version(&self, id: &str) -> Result<&VersionDetail, DomainError> {
        self.versions.get(id).ok_or_else(|| DomainError::invalid("plan_version", format!("unknown plan version {id}")))
    }
    pub fn interval(&self, id: &str) -> Result<Interval, DomainError> {
        conv::interval(self.version(id)?)
    }
    fn metered(&self, id: &str, currency: Currency) -> Result<Vec<PriceDef>, DomainError> {
        let v = self.version(id)?;
        Ok(conv::price_defs(v)?
            .into_iter()
            .filter(|p| p.currency == currency && p.kind == ChargeKind::Metered)
            .collect())
    }
}

/// Settings of the run that shape invoices.
pub struct Terms {
    pub number_format: String,
    pub payment_terms_days: u32,
    pub seller_country: Option<String>,
    pub rates: Vec<TaxRate>,
    pub run_id: Option<String>,
    pub now: DateTime<Utc>,
}

/// Phase 1 of an account: the steps of each subscription (`before` is the row as read).
pub struct Advanced<'a> {
    pub before: &'a Subscription,
    pub after: Subscription,
    pub steps: Vec<Step>,
}

pub fn state_of(s: &Subscription) -> Result<SubState, DomainError> {
    Ok(SubState {
        status: s.status,
        start_date: s.start_date,
        plan_version_id: s.plan_version_id.clone(),
        quantity: s.quantity.max(1) as u32,
        anchor: s.anchor_date,
        current_period: Period::new(s.current_period_start, s.current_period_end)?,
        next_bill_date: s.next_bill_date,
        trial_end: s.trial_end,
        cancel_at_period_end: s.cancel_at_period_end,
        canceled_at: s.canceled_at,
        paused_at: s.paused_at,
        resume_at: s.resume_at,
        auto_cancel_on: s.auto_cancel_on,
        usage_billed_through: s.usage_billed_through,
        usage_owed_until: s.usage_owed_until,
        pending_plan_version_id: s.pending_plan_version_id.clone(),
        pending_quantity: s.pending_quantity.map(|q| q.max(1) as u32),
    })
}

fn apply_state(s: &Subscription, st: SubState, now: DateTime<Utc>) -> Subscription {
    Subscription {
        id: s.id.clone(),
        external_id: s.external_id.clone(),
        account_id: s.account_id.clone(),
        plan_version_id: st.plan_version_id,
        status: st.status,
        quantity: st.quantity as i32,
        currency: s.currency,
        start_date: s.start_date,
        trial_end: s.trial_end,
        anchor_date: st.anchor,
        current_period_start: st.current_period.start,
        current_period_end: st.current_period.end,
        next_bill_date: st.next_bill_date,
        cancel_at_period_end: s.cancel_at_period_end,
        canceled_at: st.canceled_at,
        paused_at: st.paused_at,
        resume_at: st.resume_at,
        auto_cancel_on: st.auto_cancel_on,
        usage_billed_through: st.usage_billed_through,
        pending_plan_version_id: st.pending_plan_version_id,
        pending_quantity: st.pending_quantity.map(|q| q as i32),
        created_at: s.created_at,
        updated_at: now,
        usage_owed_until: st.usage_owed_until,
    }
}

/// Advances every subscription of an account to its local `today`.
pub fn advance_all<'a>(
    catalog: &Catalog,
    subs: &[&'a Subscription],
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Vec<Advanced<'a>>, DomainError> {
    let interval_of = |id: &str| catalog.interval(id);
    let mut out = Vec::new();
    for &s in subs {
        let state = state_of(s)?;
        let (next, steps) = billing::advance(&state, today, &interval_of)?;
        // A state change without a step (usage billing moved to a stop with nothing to bill) is
        // still written, so that the subscription is not due again.
        if !steps.is_empty() || next != state {
            out.push(Advanced { before: s, after: apply_state(s, next, now), steps });
        }
    }
    Ok(out)
}

/// A usage window to total: the subscription and its local period as UTC instants.
pub fn usage_window(sub: &Subscription, period: &Period, tz: chrono_tz::Tz) -> (String, DateTime<Utc>, DateTime<Utc>) {
    usage_window_of(&sub.id, period, tz)
}

pub fn usage_window_of(sub_id: &str, period: &Period, tz: chrono_tz::Tz) -> (String, DateTime<Utc>, DateTime<Utc>) {
    (sub_id.to_string(), local_midnight_utc(period.start, tz), local_midnight_utc(period.end, tz))
}

/// An invoice the run will write, with everything that goes with it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Built {
    pub invoice: Invoice,
    pub lines: Vec<InvoiceLine>,
    #[serde(skip)]
    pub credit_entries: Vec<CreditEntry>,
    #[serde(skip)]
    pub pending_ids: Vec<String>,
    /// Index into the batch's usage windows whose events this invoice bills.
    #[serde(skip)]
    pub usage_window: Option<usize>,
    /// Late usage events this (supplemental) invoice bills.
    #[serde(skip)]
    pub late_event_ids: Vec<String>,
    /// Year and month used for the number prefix.
    #[serde(skip)]
    pub number_period: (i32, u32),
}

fn dates(p: &Period) -> String {
    format!("{} – {}", p.start, p.end - Days::new(1))
}

fn new_id(kind: IdKind, now: DateTime<Utc>) -> String {
    super::new_id(kind, now)
}

/// Phase 2 of an account: its invoices. `usage` maps a window index to (metric → quantity);
/// `windows` maps (subscription id, step index) to a window index.
#[allow(clippy::too_many_arguments)]
pub fn build_invoices(
    catalog: &Catalog,
    terms: &Terms,
    account: &Account,
    today: NaiveDate,
    advanced: &[Advanced<'_>],
    pending: &[PendingCharge],
    grants: &mut Vec<CreditBalance>,
    windows: &HashMap<(String, usize), usize>,
    usage: &HashMap<usize, HashMap<String, Decimal>>,
) -> Result<Vec<Built>, DomainError> {
    let currency = account.currency;
    let decision = tax_decision(terms, account);
    // One-off charges of the account go on its next invoice; tax-exempt ones on an invoice of their
    // own beside it (an invoice has one tax treatment).
    let (mut exempt_one_offs, mut account_one_offs): (Vec<&PendingCharge>, Vec<&PendingCharge>) =
        pending.iter().filter(|p| p.subscription_id.is_none()).partition(|p| p.tax_exempt);
    let mut out = Vec::new();
    for adv in advanced {
        let mut sub_pending: Vec<&PendingCharge> =
            pending.iter().filter(|p| p.subscription_id.as_deref() == Some(adv.before.id.as_str())).collect();
        for (step_idx, step) in adv.steps.iter().enumerate() {
            if let Step::UsageAtStop { stop, usage_period, usage_version_id } = step {
                let usage_window = windows.get(&(adv.before.id.clone(), step_idx)).copied();
                let totals = usage_window.and_then(|w| usage.get(&w));
                let mut lines = usage_lines(catalog, currency, usage_version_id, usage_period, totals)?;
                let mut pending_ids = Vec::new();
                if *stop == StopKind::Canceled {
                    // Charges left for the subscription's next invoice: there is none but this one.
                    for p in sub_pending.drain(..) {
                        pending_ids.push(p.id.clone());
                        lines.push(pending_line(p));
                    }
                }
                if lines.is_empty() {
                    continue;
                }
                let invoice_id = new_id(IdKind::Invoice, terms.now);
                let mut built =
                    finish(terms, account, currency, today, &decision, lines, grants, invoice_id, usage_period)?;
                built.invoice.kind = match stop {
                    StopKind::Canceled => InvoiceKind::Final,
                    StopKind::Paused | StopKind::Restarted => InvoiceKind::Supplemental,
                };
                built.invoice.subscription_id = Some(adv.before.id.clone());
                built.pending_ids = pending_ids;
                built.usage_window = usage_window;
                out.push(built);
                continue;
            }
            let Step::Billed { period, full, plan_version_id, quantity, usage_period, usage_version_id } = step else {
                continue;
            };
            let invoice_id = new_id(IdKind::Invoice, terms.now);
            let mut lines: Vec<LineDraft> = Vec::new();
            let arrangement = conv::arrangement(catalog.version(plan_version_id)?, currency, *quantity)?;
            for l in arrangement.recurring_lines(full, period)? {
                let desc = if period == full {
                    format!("{} ({})", l.description, dates(period))
                } else {
                    format!("{} ({}, prorated {} of {} days)", l.description, dates(period), period.days(), full.days())
                };
                lines.push(LineDraft {
                    kind: LineKind::Recurring,
                    description: desc,
                    quantity: Decimal::from(l.quantity),
                    unit_amount: Some(l.unit_amount),
                    amount_minor: l.amount_minor,
                    service_start: Some(period.start),
                    service_end: Some(period.end),
                });
            }
            let mut pending_ids = Vec::new();
            for p in sub_pending.drain(..).chain(account_one_offs.drain(..)) {
                pending_ids.push(p.id.clone());
                lines.push(pending_line(p));
            }
            let usage_window = windows.get(&(adv.before.id.clone(), step_idx)).copied();
            if let (Some(up), Some(uv), Some(w)) = (usage_period, usage_version_id, usage_window) {
                lines.extend(usage_lines(catalog, currency, uv, up, usage.get(&w))?);
            }
            if lines.is_empty() {
                // Nothing to charge (a metered-only plan at its start, a period without usage):
                // no invoice, so no number is used up for nothing. The period still counts as billed.
                continue;
            }
            let mut built = finish(terms, account, currency, today, &decision, lines, grants, invoice_id, period)?;
            built.invoice.subscription_id = Some(adv.before.id.clone());
            built.pending_ids = pending_ids;
            built.usage_window = usage_window;
            out.push(built);
            if !exempt_one_offs.is_empty() {
                out.push(build_now(terms, account, today, &std::mem::take(&mut exempt_one_offs), grants, None)?);
            }
        }
    }
    Ok(out)
}

/// An invoice of pending charges issued at once, outside a billing period (kind `manual`): a
/// change's proration (`subscription change --invoice now`), one-off charges (`charge add`), or
/// the run's invoice of tax-exempt one-off charges. Assembled like every invoice (tax unless all
/// charges are tax-exempt, credit oldest first); its period spans the charges' service dates,
/// none if they have none.
pub fn build_now(
    terms: &Terms,
    account: &Account,
    today: NaiveDate,
    charges: &[&PendingCharge],
    grants: &mut Vec<CreditBalance>,
    subscription_id: Option<&str>,
) -> Result<Built, DomainError> {
    let currency = account.currency;
    let decision = if charges.iter().all(|c| c.tax_exempt) {
        tax::decide(&TaxContext { tax_exempt: true, ..tax_context(terms, account) })
    } else {
        tax_decision(terms, account)
    };
    let lines = charges.iter().map(|c| pending_line(c)).collect();
    let start = charges.iter().filter_map(|c| c.service_start).min();
    let end = charges.iter().filter_map(|c| c.service_end).max();
    let span = match (start, end) {
        (Some(s), Some(e)) if s < e => Some(Period::new(s, e)?),
        _ => None,
    };
    let day = Period::new(today, today + Days::new(1))?;
    let id = new_id(IdKind::Invoice, terms.now);
    let mut built =
        finish(terms, account, currency, today, &decision, lines, grants, id, span.as_ref().unwrap_or(&day))?;
    if span.is_none() {
        built.invoice.period_start = None;
        built.invoice.period_end = None;
    }
    built.invoice.kind = InvoiceKind::Manual;
    built.invoice.subscription_id = subscription_id.map(str::to_string);
    built.pending_ids = charges.iter().map(|c| c.id.clone()).collect();
    Ok(built)
}

/// A pending charge (a proration, a one-off) as an invoice line.
fn pending_line(p: &PendingCharge) -> LineDraft {
    LineDraft {
        kind: if p.kind == "proration" { LineKind::Proration } else { LineKind::OneOff },
        description: p.description.clone(),
        quantity: Decimal::from(p.quantity),
        unit_amount: None,
        amount_minor: p.amount,
        service_start: p.service_start,
        service_end: p.service_end.filter(|e| p.service_start.is_some_and(|s| s < *e)),
    }
}

/// The usage lines of one period's usage (`totals`: metric → quantity) priced on a version's
/// metered prices in the currency; metrics without usage get no line.
fn usage_lines(
    catalog: &Catalog,
    currency: Currency,
    version_id: &str,
    up: &Period,
    totals: Option<&HashMap<String, Decimal>>,
) -> Result<Vec<LineDraft>, DomainError> {
    let mut lines = Vec::new();
    for price in catalog.metered(version_id, currency)? {
        let metric = price.metric.clone().unwrap_or_default();
        let qty = totals.and_then(|t| t.get(&metric)).copied().unwrap_or_default();
        if qty.is_zero() {
            continue;
        }
        let mode = price.tier_mode.ok_or_else(|| DomainError::invalid("tier_mode", "missing"))?;
        let priced = pricing::priced_lines(mode, &price.tiers, price.package.as_ref(), qty, currency)?;
        let tiered = priced.len() > 1;
        for (tier, amount) in priced {
            let which = if tiered { format!(", tier {}", tier.tier_index + 1) } else { String::new() };
            lines.push(LineDraft {
                kind: LineKind::Usage,
                description: format!("{metric}: {}{which} ({})", pricing::describe(&tier, currency), dates(up)),
                quantity: tier.packages.unwrap_or(tier.units).normalize(),
                unit_amount: Some(tier.price.normalize()),
                amount_minor: amount,
                service_start: Some(up.start),
                service_end: Some(up.end),
            });
        }
    }
    Ok(lines)
}

/// Assembles lines into an invoice (tax, credits oldest first, zero total paid) and the ledger
/// entries that go with it. Used for regular and supplemental invoices alike.
#[allow(clippy::too_many_arguments)]
fn finish(
    terms: &Terms,
    account: &Account,
    currency: Currency,
    today: NaiveDate,
    decision: &tax::TaxDecision,
    lines: Vec<LineDraft>,
    grants: &mut Vec<CreditBalance>,
    invoice_id: String,
    period: &Period,
) -> Result<Built, DomainError> {
    let draft = invoice::assemble(currency, lines, decision, grants)?;
    // Use up the grants this invoice drew from.
    for (gid, amount) in &draft.credit_allocations {
        if let Some(g) = grants.iter_mut().find(|g| &g.grant_id == gid) {
            g.remaining_minor -= amount;
        }
    }
    grants.retain(|g| g.remaining_minor > 0);
    let mut credit_entries: Vec<CreditEntry> = draft
        .credit_allocations
        .iter()
        .map(|(gid, amount)| CreditEntry {
            id: new_id(IdKind::Credit, terms.now),
            account_id: account.id.clone(),
            kind: "applied".into(),
            amount: -amount,
            currency,
            reason: None,
            grant_id: Some(gid.clone()),
            invoice_id: Some(invoice_id.clone()),
            created_at: terms.now,
        })
        .collect();
    if draft.excess_credit > 0 {
        let gid = new_id(IdKind::Credit, terms.now);
        credit_entries.push(CreditEntry {
            id: gid.clone(),
            account_id: account.id.clone(),
            kind: "grant".into(),
            amount: draft.excess_credit,
            currency,
            reason: Some(format!("carried to account credit by invoice {invoice_id}")),
            grant_id: None,
            invoice_id: Some(invoice_id.clone()),
            created_at: terms.now,
        });
        grants.push(CreditBalance {
            grant_id: gid,
            remaining_minor: draft.excess_credit,
            granted_at_order: usize::MAX,
        });
    }
    let paid = draft.paid_on_issue;
    let invoice = Invoice {
        id: invoice_id.clone(),
        account_id: account.id.clone(),
        subscription_id: None,
        number: None,
        status: if paid { InvoiceStatus::Paid } else { InvoiceStatus::Open },
        kind: InvoiceKind::Regular,
        currency,
        period_start: Some(period.start),
        period_end: Some(period.end),
        subtotal: draft.subtotal,
        tax: draft.tax,
        credit_applied: draft.credit_applied,
        total: draft.total,
        amount_paid: 0,
        credit_settled: 0,
        credited: 0,
        amount_due: draft.total,
        tax_note: draft.tax_note.clone(),
        issued_on: Some(today),
        due_on: Some(today + Days::new(terms.payment_terms_days as u64)),
        paid_at: paid.then_some(terms.now),
        voided_at: None,
        run_id: terms.run_id.clone(),
        created_at: terms.now,
    };
    let lines = draft
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| InvoiceLine {
            id: new_id(IdKind::InvoiceLine, terms.now),
            invoice_id: invoice_id.clone(),
            account_id: account.id.clone(),
            position: i as i32 + 1,
            kind: l.kind,
            description: l.description.clone(),
            quantity: l.quantity,
            unit_amount: l.unit_amount,
            amount: l.amount_minor,
            currency,
            service_start: l.service_start,
            service_end: l.service_end,
            tax_rate_id: (l.kind == LineKind::Tax).then(|| draft.tax_rate_id.clone()).flatten(),
        })
        .collect();
    use chrono::Datelike;
    Ok(Built {
        invoice,
        lines,
        credit_entries,
        pending_ids: Vec::new(),
        usage_window: None,
        late_event_ids: Vec::new(),
        number_period: (today.year(), today.month()),
    })
}

/// Turns a computed invoice into a draft: no number, not issued, not due, not paid (a zero total
/// is paid when the draft is finalized). Credit it applies stays applied; voiding it returns it.
pub fn make_draft(i: &mut Invoice) {
    i.status = InvoiceStatus::Draft;
    i.number = None;
    i.issued_on = None;
    i.due_on = None;
    i.paid_at = None;
}

/// The tax treatment of an account's invoices in this run.
fn tax_decision(terms: &Terms, account: &Account) -> tax::TaxDecision {
    tax::decide(&tax_context(terms, account))
}

fn tax_context<'a>(terms: &'a Terms, account: &'a Account) -> TaxContext<'a> {
    TaxContext {
        account_country: account.country.as_deref(),
        account_region: account.region.as_deref(),
        is_business: account.is_business,
        tax_id: account.tax_id.as_deref(),
        tax_exempt: account.tax_exempt,
        seller_country: terms.seller_country.as_deref(),
        rates: &terms.rates,
    }
}

/// Usage that arrived after its period was invoiced: one subscription, one period.
pub struct LateGroup {
    pub subscription_id: String,
    pub period: Period,
    pub plan_version_id: String,
    pub late: HashMap<String, Decimal>,
    pub event_ids: Vec<String>,
}

/// A supplemental invoice for late usage. Tiers are applied to the period's whole usage: the
/// charge is the price of (already invoiced + late) minus the price of what was already invoiced,
/// so late units are priced at the tier they really fall in.
#[allow(clippy::too_many_arguments)]
pub fn build_supplemental(
    catalog: &Catalog,
    terms: &Terms,
    account: &Account,
    today: NaiveDate,
    group: &LateGroup,
    invoiced: Option<&HashMap<String, Decimal>>,
    grants: &mut Vec<CreditBalance>,
) -> Result<Option<Built>, DomainError> {
    let currency = account.currency;
    let mut lines = Vec::new();
    for price in catalog.metered(&group.plan_version_id, currency)? {
        let metric = price.metric.clone().unwrap_or_default();
        let late = group.late.get(&metric).copied().unwrap_or_default();
        if late.is_zero() {
            continue;
        }
        let before = invoiced.and_then(|m| m.get(&metric)).copied().unwrap_or_default();
        let mode = price.tier_mode.ok_or_else(|| DomainError::invalid("tier_mode", "missing"))?;
        let rate = |q: Decimal| pricing::metered_amount_minor(mode, &price.tiers, price.package.as_ref(), q, currency);
        let amount = rate(before + late)? - rate(before)?;
        lines.push(LineDraft {
            kind: LineKind::Usage,
            description: format!(
                "{metric}: {} late units ({}), on top of {} already invoiced",
                late.normalize(),
                dates(&group.period),
                before.normalize()
            ),
            quantity: late.normalize(),
            unit_amount: None,
            amount_minor: amount,
            service_start: Some(group.period.start),
            service_end: Some(group.period.end),
        });
    }
    if lines.is_empty() {
        return Ok(None);
    }
    let decision = tax_decision(terms, account);
    let id = new_id(IdKind::Invoice, terms.now);
    let mut built = finish(terms, account, currency, today, &decision, lines, grants, id, &group.period)?;
    built.invoice.kind = InvoiceKind::Supplemental;
    built.invoice.subscription_id = Some(group.subscription_id.clone());
    built.late_event_ids = group.event_ids.clone();
    Ok(Some(built))
}
