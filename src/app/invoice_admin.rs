//! Invoice administration: list, show, void, finalize. (The invoice run creates invoices.)
//!
//! - **finalize** turns drafts (some invoices, a draft run's, or all) into open invoices in one
//!   transaction: each is issued today (the account's local day), due after the payment terms,
//!   and numbered with the next gapless number of its prefix, allocated in the same transaction
//!   (a block per prefix, oldest draft first). A total of 0 is paid on issue.
//! - **void** cancels a draft or open invoice that nothing has been paid on (a draft has no
//!   number yet, so voiding it leaves no gap): credit it applied goes back to its grants
//!   ('returned' ledger entries), and from there to the account's other open invoices, oldest
//!   first. Voiding an invoice that was **issued** (it has a number) also issues a **credit note**
//!   for it (`app::credit_notes`, `domain::settlement::void_split`): its charge and tax lines,
//!   numbered from the credit note series. An invoice already corrected by a credit note is not
//!   voided. Paid invoices are never voided (grant credit instead). With `credit_account`, the
//!   invoice total is also granted to the account as credit (for a customer who is owed it, e.g.
//!   when the invoice is replaced by another).

use super::Context;
use crate::domain::event::{EventType, NewEvent};
use anyhow::Result;
use chrono::{Datelike, Days};
use serde::Serialize;
use sqlx::PgConnection;

use crate::domain::ids::IdKind;
use crate::domain::invoice::{InvoiceStatus, LineKind, format_number, number_prefix};
use crate::domain::settlement;
use crate::error::{self, UserError};
use crate::store::credit_notes::{self as notes_repo, CreditNote, CreditNoteLine};
use crate::store::credits::{self, CreditEntry};
use crate::store::invoices::{self as repo, Filter, Invoice, InvoiceLine};
use crate::store::{accounts, audit, numbering};

use super::credit_notes::{self as credit_notes, NewCreditNote};
use super::credits::Settled;

/// Invoice kinds for `invoice list --kind`; `credit_note` lists credit notes.
pub const KINDS: [&str; 5] = ["regular", "supplemental", "final", "manual", "credit_note"];

fn not_found(key: &str) -> UserError {
    error::not_found(format!("no invoice '{key}'")).hint("list invoices with `billctl invoice list`")
}

fn json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

pub async fn list(cx: &Context, account: Option<&str>, filter: Filter) -> Result<Vec<Invoice>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let mut filter = filter;
    if account.is_some() {
        filter.account_id = super::accounts::id_of(&mut conn, account).await?;
    }
    Ok(repo::list(&mut conn, &filter).await?)
}

/// Credit notes, oldest first, a page at a time (`invoice list --kind credit_note`).
pub async fn list_credit_notes(
    cx: &Context,
    account: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> Result<Vec<CreditNote>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let account_id = super::accounts::id_of(&mut conn, account).await?;
    Ok(notes_repo::list(&mut conn, account_id.as_deref(), after, limit).await?)
}

/// An invoice with its lines and the credit notes that correct it.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    #[serde(flatten)]
    pub invoice: Invoice,
    pub lines: Vec<InvoiceLine>,
    pub credit_notes: Vec<CreditNote>,
    /// Every charge attempt on the invoice, oldest first (why an invoice is unpaid).
    pub payment_attempts: Vec<crate::store::payments::ListedAttempt>,
}

/// A credit note with its lines and the number of the invoice it corrects.
#[derive(Debug, Clone, Serialize)]
pub struct CreditNoteDetail {
    #[serde(flatten)]
    pub credit_note: CreditNote,
    pub kind: &'static str,
    pub invoice_number: Option<String>,
    pub lines: Vec<CreditNoteLine>,
}

/// What `invoice show` finds: an invoice or a credit note.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Shown {
    Invoice(Detail),
    CreditNote(CreditNoteDetail),
}

pub async fn show(cx: &Context, key: &str) -> Result<Shown> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    if let Some(invoice) = repo::find(&mut conn, key).await? {
        let lines = repo::lines(&mut conn, &invoice.id).await?;
        let credit_notes = notes_repo::of_invoice(&mut conn, &invoice.id).await?;
        let filter = crate::store::payments::AttemptFilter {
            invoice_id: Some(invoice.id.clone()),
            limit: i64::MAX,
            ..Default::default()
        };
        let payment_attempts = crate::store::payments::list_attempts(&mut conn, &filter).await?;
        return Ok(Shown::Invoice(Detail { invoice, lines, credit_notes, payment_attempts }));
    }
    let note = notes_repo::find(&mut conn, key).await?.ok_or_else(|| not_found(key))?;
    let lines = notes_repo::lines(&mut conn, &note.id).await?;
    let invoice_number = repo::find(&mut conn, &note.invoice_id).await?.and_then(|i| i.number);
    Ok(Shown::CreditNote(CreditNoteDetail { credit_note: note, kind: "credit_note", invoice_number, lines }))
}

async fn audit_change(
    conn: &mut PgConnection,
    cx: &Context,
    action: &str,
    before: &Invoice,
    after: &Invoice,
) -> Result<()> {
    let clock = &cx.clock;
    audit::record(
        conn,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action,
            entity_type: "invoice",
            entity_id: &after.id,
            account_id: Some(&after.account_id),
            before: Some(json(before)),
            after: Some(json(after)),
        },
    )
    .await?;
    Ok(())
}

/// The result of `invoice void`.
#[derive(Debug, Clone, Serialize)]
pub struct Voided {
    pub invoice: Invoice,
    /// The credit note issued for an invoice that had a number.
    pub credit_note: Option<CreditNote>,
    /// Credit given back to its grants (minor units).
    pub credit_returned: i64,
    /// The grant made with `--credit-account`, if any.
    pub credit_grant_id: Option<String>,
    pub credit_granted: i64,
    /// Open invoices the returned credit then settled, oldest first.
    pub settled: Vec<Settled>,
}

/// Voids an invoice; `dry_run`: computes the same outcome and writes nothing.
pub async fn void(cx: &Context, key: &str, credit_account: bool, dry_run: bool) -> Result<Voided> {
    let pool = &cx.pool;
    let mut tx = pool.begin().await?;
    let found = repo::find(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    // Credit goes back to the ledger: serialize with the invoice run on the account lock.
    crate::store::accounts::lock(&mut tx, &found.account_id).await?;
    let before = repo::find_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    let voided = void_locked(&mut tx, cx, before, credit_account).await?;
    super::commit_unless_dry_run(tx, dry_run).await?;
    Ok(voided)
}

/// Voids an invoice in the caller's transaction, which holds the account lock and the invoice row.
pub(crate) async fn void_locked(
    tx: &mut PgConnection,
    cx: &Context,
    before: Invoice,
    credit_account: bool,
) -> Result<Voided> {
    let clock = &cx.clock;
    let name = before.number.clone().unwrap_or_else(|| before.id.clone());
    match before.status {
        InvoiceStatus::Draft | InvoiceStatus::Open => {}
        InvoiceStatus::Paid => {
            return Err(error::conflict(format!("invoice {name} is paid and cannot be voided"))
                .hint(format!(
                    "to give the money back as credit: billctl credit grant --account {} --amount … --reason \"correction of {name}\"",
                    before.account_id
                ))
                .into());
        }
        other @ (InvoiceStatus::Void | InvoiceStatus::Uncollectible) => {
            return Err(error::conflict(format!(
                "invoice {name} is {other}; only draft or open invoices can be voided"
            ))
            .into());
        }
    }
    if before.amount_paid > 0 {
        return Err(error::conflict(format!("invoice {name} is partly paid and cannot be voided"))
            .hint("refund the payment first, or grant credit with `billctl credit grant`")
            .into());
    }
    if before.credited > 0 {
        return Err(error::conflict(format!("invoice {name} was already corrected by a credit note"))
            .hint(format!("see its credit notes with `billctl invoice show {name}`"))
            .into());
    }
    let now = clock.now();
    let credit_note = if before.number.is_some() {
        let issued = credit_notes::issued(tx, &before).await?;
        let split = settlement::void_split(&issued);
        let account = accounts::find(tx, &before.account_id).await?.ok_or_else(|| not_found(&before.account_id))?;
        let today = clock.today_in(account.timezone);
        let lines: Vec<CreditNoteLine> = repo::lines(tx, &before.id)
            .await?
            .into_iter()
            .filter(|l| l.kind.is_charge() || l.kind == LineKind::Tax)
            .enumerate()
            .map(|(i, l)| CreditNoteLine {
                position: i as i32 + 1,
                kind: l.kind.as_str().to_string(),
                description: l.description,
                quantity: l.quantity,
                unit_amount: l.unit_amount,
                amount: l.amount,
                service_start: l.service_start,
                service_end: l.service_end,
                tax_rate_id: l.tax_rate_id,
            })
            .collect();
        let new = NewCreditNote {
            invoice: &before,
            reason: "void",
            description: format!("void of invoice {name}"),
            lines,
            split,
            grant: false,
            number_format: &cx.config.credit_note_number_format.0,
            today,
        };
        match split.total > 0 {
            true => Some(credit_notes::issue(tx, cx, new).await?),
            false => None,
        }
    } else {
        None
    };
    let mut returned = 0;
    for (grant_id, amount) in credits::applied_to_invoice(tx, &before.id).await? {
        credits::insert(
            tx,
            &CreditEntry {
                id: super::new_id(IdKind::Credit, now),
                account_id: before.account_id.clone(),
                kind: "returned".into(),
                amount,
                currency: before.currency,
                reason: Some(format!("invoice {name} voided")),
                grant_id: Some(grant_id),
                invoice_id: Some(before.id.clone()),
                created_at: now,
            },
        )
        .await?;
        returned += amount;
    }
    let (mut grant_id, mut granted) = (None, 0);
    if credit_account && before.total > 0 {
        let id = super::new_id(IdKind::Credit, now);
        credits::insert(
            tx,
            &CreditEntry {
                id: id.clone(),
                account_id: before.account_id.clone(),
                kind: "grant".into(),
                amount: before.total,
                currency: before.currency,
                reason: Some(format!("credit for voided invoice {name}")),
                grant_id: None,
                invoice_id: Some(before.id.clone()),
                created_at: now,
            },
        )
        .await?;
        (grant_id, granted) = (Some(id), before.total);
    }
    let mut after = repo::find(tx, &before.id).await?.unwrap_or_else(|| before.clone());
    after.status = InvoiceStatus::Void;
    after.voided_at = Some(now);
    after.paid_at = None;
    repo::update_status(tx, &after).await?;
    audit_change(tx, cx, "invoice.void", &before, &after).await?;
    super::events::invoice_closed(tx, cx, &after, EventType::InvoiceVoided).await?;
    let settled = super::credits::settle_open_invoices(tx, cx, &before.account_id, &before.currency, true).await?;
    Ok(Voided {
        invoice: after,
        credit_note,
        credit_returned: returned,
        credit_grant_id: grant_id,
        credit_granted: granted,
        settled,
    })
}

/// What `invoice finalize` did.
#[derive(Debug, Clone, Serialize)]
pub struct Finalized {
    pub invoices: Vec<Invoice>,
}

/// Finalizes drafts in one transaction: each gets the next gapless number of its prefix (one
/// block per prefix, oldest draft first), is issued today (its account's local day), due after
/// the payment terms, and opens for payment (paid when its total is 0). Nothing is numbered
/// unless every selected invoice can be.
pub async fn finalize(
    cx: &Context,
    selection: &repo::DraftSelection,
    number_format: &str,
    terms_days: u32,
) -> Result<Finalized> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let bad_format = |e: crate::domain::DomainError| {
        error::usage(format!("invoice_number_format '{number_format}' is not valid: {e}"))
            .hint("fix invoice_number_format in config.toml or BILLCTL_INVOICE_NUMBER_FORMAT, e.g. INV-{year}-{seq:6}")
    };
    crate::domain::invoice::validate_number_format(number_format).map_err(bad_format)?;
    let mut tx = pool.begin().await?;
    let mut selection = selection.clone();
    if let repo::DraftSelection::Ids(keys) = &selection {
        // Every key must name a draft: a typo or a finalized invoice stops the whole command.
        let mut ids = Vec::new();
        for key in keys {
            let found = repo::find(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
            if found.status != InvoiceStatus::Draft {
                let name = found.number.clone().unwrap_or_else(|| found.id.clone());
                return Err(error::conflict(format!(
                    "invoice {name} is {}, not a draft; only drafts can be finalized",
                    found.status
                ))
                .into());
            }
            ids.push(found.id);
        }
        selection = repo::DraftSelection::Ids(ids);
    }
    let drafts = repo::drafts_for_update(&mut tx, &selection).await?;
    if drafts.is_empty() {
        return Err(error::not_found("no draft invoice to finalize")
            .hint("list drafts with `billctl invoice list --status draft`")
            .into());
    }
    let now = clock.now();
    let mut after: Vec<Invoice> = Vec::with_capacity(drafts.len());
    let mut by_prefix: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (i, (inv, tz)) in drafts.iter().enumerate() {
        let today = clock.today_in(*tz);
        let mut a = inv.clone();
        a.issued_on = Some(today);
        a.due_on = today.checked_add_days(Days::new(terms_days.into()));
        if a.total == 0 {
            a.status = InvoiceStatus::Paid;
            a.paid_at = Some(now);
            a.amount_due = 0;
        } else {
            a.status = InvoiceStatus::Open;
            a.amount_due = a.total - a.amount_paid - a.credit_settled - a.credited;
        }
        by_prefix.entry(number_prefix(number_format, today.year(), today.month())).or_default().push(i);
        after.push(a);
    }
    let mut ranges = Vec::new();
    for (prefix, idx) in by_prefix {
        let first = numbering::allocate(&mut tx, &prefix, idx.len() as i64).await?;
        for (k, &i) in idx.iter().enumerate() {
            let day = after[i].issued_on.expect("set above");
            let seq = (first + k as i64) as u64;
            after[i].number = Some(format_number(number_format, day.year(), day.month(), seq).map_err(bad_format)?);
        }
        let number = |i: Option<&usize>| i.and_then(|&i| after[i].number.clone());
        ranges.push(serde_json::json!({"first": number(idx.first()), "last": number(idx.last()), "count": idx.len()}));
    }
    if let Err(e) = repo::update_statuses(&mut tx, &after).await {
        if crate::store::is_unique_violation(&e, "invoices_number_key") {
            return Err(error::conflict("an invoice number to be given is already taken")
                .hint("an invoice was numbered outside billctl; fix invoice_number_sequences for this prefix")
                .into());
        }
        return Err(e.into());
    }
    if let [one] = after.as_slice() {
        audit_change(&mut tx, cx, "invoice.finalize", &drafts[0].0, one).await?;
    } else {
        let what = match &selection {
            repo::DraftSelection::Run(r) => format!("run {r}"),
            repo::DraftSelection::All => "all drafts".to_string(),
            repo::DraftSelection::Ids(_) => "invoices".to_string(),
        };
        audit::record(
            &mut tx,
            audit::Entry {
                by: &cx.actor,
                at: now,
                action: "invoice.finalize",
                entity_type: "invoice_batch",
                entity_id: &what,
                account_id: None,
                before: None,
                after: Some(serde_json::json!({"count": after.len(), "numbers": ranges})),
            },
        )
        .await?;
    }
    repo::forget_draft_snapshots(&mut tx, None, &[]).await?;
    let told: Vec<NewEvent> = after
        .iter()
        .flat_map(|inv| {
            std::iter::once(super::events::invoice_event(EventType::InvoiceFinalized, inv)).chain(
                (inv.status == InvoiceStatus::Paid).then(|| super::events::invoice_event(EventType::InvoicePaid, inv)),
            )
        })
        .collect();
    super::events::emit_many(&mut tx, cx, &told).await?;
    tx.commit().await?;
    Ok(Finalized { invoices: after })
}

/// What `invoice regenerate` did.
#[derive(Debug, Clone, Serialize)]
pub struct Regenerated {
    pub run_id: String,
    /// The drafts voided (they had no number: no gap).
    pub voided: Vec<String>,
    /// Subscriptions put back as the draft run found them: the next run bills them again.
    pub subscriptions: usize,
}

/// A subscription row as JSON without `updated_at` (which a run sets to its own clock).
fn comparable(mut v: serde_json::Value) -> serde_json::Value {
    if let Some(o) = v.as_object_mut() {
        o.remove("updated_at");
    }
    v
}

/// Regenerates a draft run's drafts (of one account, or all): voids them, gives back what they
/// consumed (pending charges, usage, credit) and puts their subscriptions back as the run found
/// them, so that the next `invoice run --draft` writes them again from the current catalog, usage,
/// charges and tax rates. Refused (nothing changed) for an account with a finalized invoice from
/// that run, or a subscription changed since the run.
pub async fn regenerate(cx: &Context, run_id: &str, account: Option<&str>) -> Result<Regenerated> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let account_id = match account {
        Some(key) => {
            Some(accounts::find(&mut tx, key).await?.ok_or_else(|| error::not_found(format!("no account '{key}'")))?.id)
        }
        None => None,
    };
    let snapshots = repo::draft_snapshots(&mut tx, run_id, account_id.as_deref()).await?;
    if snapshots.is_empty() {
        return Err(error::not_found(format!("run {run_id} has no drafts to regenerate"))
            .hint("only the drafts of `invoice run --draft` that are not finalized can be regenerated")
            .into());
    }
    let mut account_ids: Vec<String> = snapshots.iter().map(|s| s.1.clone()).collect();
    account_ids.dedup();
    for a in &account_ids {
        accounts::lock(&mut tx, a).await?;
    }
    let invoices = repo::run_invoices(&mut tx, run_id, &account_ids).await?;
    if let Some((id, number, status)) =
        invoices.iter().find(|i| !matches!(i.2, InvoiceStatus::Draft | InvoiceStatus::Void))
    {
        return Err(error::conflict(format!(
            "invoice {} of run {run_id} is {status}: a finalized invoice is not regenerated",
            number.as_deref().unwrap_or(id)
        ))
        .hint("regenerate the other accounts with --account, or correct it with `invoice void` / `credit grant`")
        .into());
    }
    let mut restored = Vec::new();
    for (sub_id, _, before, after) in &snapshots {
        let current = crate::store::subscriptions::find_for_update(&mut tx, sub_id)
            .await?
            .ok_or_else(|| error::not_found(format!("no subscription '{sub_id}'")))?;
        if comparable(json(&current)) != comparable(after.clone()) {
            return Err(error::conflict(format!("subscription {sub_id} changed since the draft run {run_id}"))
                .hint("void its drafts with `billctl invoice void` instead, or regenerate the other accounts with --account")
                .into());
        }
        let mut back: crate::store::subscriptions::Subscription = serde_json::from_value(before.clone())?;
        back.updated_at = clock.now();
        restored.push(back);
    }
    let drafts: Vec<String> = invoices.iter().filter(|i| i.2 == InvoiceStatus::Draft).map(|i| i.0.clone()).collect();
    repo::release_drafts(&mut tx, &drafts, clock.now()).await?;
    for s in &restored {
        crate::store::subscriptions::update(&mut tx, s).await?;
    }
    let sub_ids: Vec<String> = snapshots.iter().map(|s| s.0.clone()).collect();
    repo::forget_draft_snapshots(&mut tx, Some(run_id), &sub_ids).await?;
    let done = Regenerated { run_id: run_id.to_string(), voided: drafts, subscriptions: restored.len() };
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "invoice.regenerate",
            entity_type: "billing_run",
            entity_id: run_id,
            account_id: account_id.as_deref(),
            before: None,
            after: Some(json(&done)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(done)
}
