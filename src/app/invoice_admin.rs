//! Invoice administration: list, show, void, finalize. (The invoice run creates invoices.)
//!
//! - **finalize** turns a draft into an open invoice: it is issued today (the account's local
//!   day), due after the payment terms, and numbered with the next gapless number of its prefix,
//!   allocated in the same transaction. A total of 0 is paid on issue.
//! - **void** cancels a draft or open invoice that nothing has been paid on: credit it applied
//!   goes back to its grants ('returned' ledger entries), and from there to the account's other
//!   open invoices, oldest first. Voiding an invoice that was **issued** (it has a number) also
//!   issues a **credit note** for it (`app::credit_notes`, `domain::settlement::void_split`): its
//!   charge and tax lines, numbered from the credit note series. An invoice already corrected by
//!   a credit note is not voided. Paid invoices are never voided (grant credit instead). With
//!   `credit_account`, the invoice total is also granted to the account as credit (for a customer
//!   who is owed it, e.g. when the invoice is replaced by another).

use anyhow::Result;
use chrono::{Datelike, Days};
use serde::Serialize;
use sqlx::{PgConnection, PgPool};

use crate::clock::Clock;
use crate::domain::ids::IdKind;
use crate::domain::invoice::LineKind;
use crate::domain::invoice::{format_number, number_prefix};
use crate::domain::settlement;
use crate::error::{self, UserError};
use crate::store::credit_notes::{self as notes_repo, CreditNote, CreditNoteLine};
use crate::store::credits::{self, CreditEntry};
use crate::store::invoices::{self as repo, Filter, Invoice, InvoiceLine};
use crate::store::{accounts, audit, numbering};

use super::credit_notes::{self as credit_notes, NewCreditNote};
use super::credits::Settled;

pub const STATUSES: [&str; 5] = ["draft", "open", "paid", "void", "uncollectible"];
/// Invoice kinds for `invoice list --kind`; `credit_note` lists credit notes.
pub const KINDS: [&str; 5] = ["regular", "supplemental", "final", "manual", "credit_note"];

fn not_found(key: &str) -> UserError {
    error::not_found(format!("no invoice '{key}'")).hint("list invoices with `billctl invoice list`")
}

fn json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

pub async fn list(pool: &PgPool, account: Option<&str>, filter: Filter) -> Result<Vec<Invoice>> {
    let mut conn = pool.acquire().await?;
    let mut filter = filter;
    if let Some(key) = account {
        let a = accounts::find(&mut conn, key).await?.ok_or_else(|| {
            error::not_found(format!("no account '{key}'")).hint("list accounts with `billctl account list`")
        })?;
        filter.account_id = Some(a.id);
    }
    Ok(repo::list(&mut conn, &filter).await?)
}

/// Credit notes, oldest first, a page at a time (`invoice list --kind credit_note`).
pub async fn list_credit_notes(
    pool: &PgPool,
    account: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> Result<Vec<CreditNote>> {
    let mut conn = pool.acquire().await?;
    let account_id = match account {
        Some(key) => Some(
            accounts::find(&mut conn, key)
                .await?
                .ok_or_else(|| {
                    error::not_found(format!("no account '{key}'")).hint("list accounts with `billctl account list`")
                })?
                .id,
        ),
        None => None,
    };
    Ok(notes_repo::list(&mut conn, account_id.as_deref(), after, limit).await?)
}

/// An invoice with its lines and the credit notes that correct it.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    #[serde(flatten)]
    pub invoice: Invoice,
    pub lines: Vec<InvoiceLine>,
    pub credit_notes: Vec<CreditNote>,
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

pub async fn show(pool: &PgPool, key: &str) -> Result<Shown> {
    let mut conn = pool.acquire().await?;
    if let Some(invoice) = repo::find(&mut conn, key).await? {
        let lines = repo::lines(&mut conn, &invoice.id).await?;
        let credit_notes = notes_repo::of_invoice(&mut conn, &invoice.id).await?;
        return Ok(Shown::Invoice(Detail { invoice, lines, credit_notes }));
    }
    let note = notes_repo::find(&mut conn, key).await?.ok_or_else(|| not_found(key))?;
    let lines = notes_repo::lines(&mut conn, &note.id).await?;
    let invoice_number = repo::find(&mut conn, &note.invoice_id).await?.and_then(|i| i.number);
    Ok(Shown::CreditNote(CreditNoteDetail { credit_note: note, kind: "credit_note", invoice_number, lines }))
}

async fn audit_change(
    conn: &mut PgConnection,
    clock: &Clock,
    action: &str,
    before: &Invoice,
    after: &Invoice,
) -> Result<()> {
    audit::record(
        conn,
        audit::Entry {
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

pub async fn void(
    pool: &PgPool,
    clock: &Clock,
    key: &str,
    credit_account: bool,
    credit_note_format: &str,
) -> Result<Voided> {
    let mut tx = pool.begin().await?;
    let found = repo::find(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    // Credit goes back to the ledger: serialize with the invoice run on the account lock.
    crate::store::accounts::lock(&mut tx, &found.account_id).await?;
    let before = repo::find_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    let voided = void_locked(&mut tx, clock, before, credit_account, credit_note_format).await?;
    tx.commit().await?;
    Ok(voided)
}

/// Voids an invoice in the caller's transaction, which holds the account lock and the invoice row.
pub(crate) async fn void_locked(
    tx: &mut PgConnection,
    clock: &Clock,
    before: Invoice,
    credit_account: bool,
    credit_note_format: &str,
) -> Result<Voided> {
    let name = before.number.clone().unwrap_or_else(|| before.id.clone());
    match before.status.as_str() {
        "draft" | "open" => {}
        "paid" => {
            return Err(error::conflict(format!("invoice {name} is paid and cannot be voided"))
                .hint(format!(
                    "to give the money back as credit: billctl credit grant --account {} --amount … --reason \"correction of {name}\"",
                    before.account_id
                ))
                .into());
        }
        other => {
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
        let today = clock.today_in(account.timezone.parse().unwrap_or(chrono_tz::UTC));
        let lines: Vec<CreditNoteLine> = repo::lines(tx, &before.id)
            .await?
            .into_iter()
            .filter(|l| l.kind.parse::<LineKind>().is_ok_and(|k| k.is_charge() || k == LineKind::Tax))
            .enumerate()
            .map(|(i, l)| CreditNoteLine {
                position: i as i32 + 1,
                kind: l.kind,
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
            number_format: credit_note_format,
            today,
        };
        match split.total > 0 {
            true => Some(credit_notes::issue(tx, clock, new).await?),
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
                currency: before.currency.clone(),
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
                currency: before.currency.clone(),
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
    after.status = "void".into();
    after.voided_at = Some(now);
    after.paid_at = None;
    repo::update_status(tx, &after).await?;
    audit_change(tx, clock, "invoice.void", &before, &after).await?;
    let settled = super::credits::settle_open_invoices(tx, clock, &before.account_id, &before.currency, true).await?;
    Ok(Voided {
        invoice: after,
        credit_note,
        credit_returned: returned,
        credit_grant_id: grant_id,
        credit_granted: granted,
        settled,
    })
}

/// Finalizes a draft: number, issue and due dates, status open (or paid when the total is 0).
pub async fn finalize(
    pool: &PgPool,
    clock: &Clock,
    key: &str,
    number_format: &str,
    terms_days: u32,
) -> Result<Invoice> {
    let mut tx = pool.begin().await?;
    let before = repo::find_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    if before.status != "draft" {
        let name = before.number.clone().unwrap_or_else(|| before.id.clone());
        return Err(error::conflict(format!(
            "invoice {name} is {}, not a draft; only drafts can be finalized",
            before.status
        ))
        .into());
    }
    let account = accounts::find(&mut tx, &before.account_id).await?.ok_or_else(|| not_found(key))?;
    let today = clock.today_in(account.timezone.parse().unwrap_or(chrono_tz::UTC));
    let bad_format = |e: crate::domain::DomainError| {
        error::usage(format!("invoice_number_format '{number_format}' is not valid: {e}"))
            .hint("fix invoice_number_format in config.toml or BILLCTL_INVOICE_NUMBER_FORMAT, e.g. INV-{year}-{seq:6}")
    };
    crate::domain::invoice::validate_number_format(number_format).map_err(bad_format)?;
    let prefix = number_prefix(number_format, today.year(), today.month());
    let seq = numbering::allocate(&mut tx, &prefix, 1).await?;
    let number = format_number(number_format, today.year(), today.month(), seq as u64).map_err(bad_format)?;
    let mut after = before.clone();
    after.number = Some(number);
    after.issued_on = Some(today);
    after.due_on = today.checked_add_days(Days::new(terms_days.into()));
    if after.total == 0 {
        after.status = "paid".into();
        after.paid_at = Some(clock.now());
        after.amount_due = 0;
    } else {
        after.status = "open".into();
        after.amount_due = after.total - after.amount_paid - after.credit_settled - after.credited;
    }
    if let Err(e) = repo::update_status(&mut tx, &after).await {
        if crate::store::is_unique_violation(&e, "invoices_number_key") {
            return Err(error::conflict(format!(
                "invoice number {} is already taken",
                after.number.as_deref().unwrap_or_default()
            ))
            .hint("an invoice was numbered outside billctl; fix invoice_number_sequences for this prefix")
            .into());
        }
        return Err(e.into());
    }
    audit_change(&mut tx, clock, "invoice.finalize", &before, &after).await?;
    tx.commit().await?;
    Ok(after)
}
