//! Credit notes: the correcting document of an issued invoice (EU invoicing rules treat it as an
//! invoice). A void of an issued invoice and unused time credited on cancel or pause each issue
//! one, numbered from its own gapless series (`credit_note_number_format`, default
//! `CN-{year}-{seq:6}`) in the transaction that makes the correction. The amounts are decided by
//! `domain::settlement`; this module writes them: the document and its lines, what it takes off
//! the invoice's amount due (`invoices.credited`), and the grant for what goes to the account's
//! credit (for a void that credit goes back to its grants instead, see `invoice_admin::void`).

use super::Context;
use anyhow::Result;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::domain::event::{EventType, NewEvent};
use crate::domain::ids::IdKind;
use crate::domain::invoice::{InvoiceStatus, LineKind, NumberFormat, validate_number_format};
use crate::domain::settlement::{CreditNoteSplit, Issued};
use crate::error;
use crate::store::credit_notes::{self as repo, CreditNote, CreditNoteLine};
use crate::store::credits::{self, CreditEntry};
use crate::store::invoices::{self, Invoice};
use crate::store::{audit, numbering};
use sqlx::PgConnection;

/// What a new credit note is for.
pub struct NewCreditNote<'a> {
    pub invoice: &'a Invoice,
    /// `void` or `unused_time`.
    pub reason: &'static str,
    pub description: String,
    pub lines: Vec<CreditNoteLine>,
    pub split: CreditNoteSplit,
    /// Grant `split.to_credit` as new credit (false for a void: it returns credit to its grants).
    pub grant: bool,
    pub number_format: &'a str,
    pub today: NaiveDate,
}

/// The amounts of an issued invoice as `domain::settlement` sees them.
pub async fn issued(conn: &mut PgConnection, inv: &Invoice) -> Result<Issued> {
    let noted: i64 = repo::of_invoice(conn, &inv.id).await?.iter().map(|n| n.total).sum();
    let carried: i64 = invoices::lines(conn, &inv.id)
        .await?
        .iter()
        .filter(|l| l.kind == LineKind::CreditCarried)
        .map(|l| l.amount)
        .sum();
    Ok(Issued {
        credit_carried: carried,
        total: inv.total,
        credit_applied: inv.credit_applied,
        amount_paid: inv.amount_paid,
        credit_settled: inv.credit_settled,
        credited: inv.credited,
        credit_noted: noted,
        amount_due: inv.amount_due,
    })
}

/// A credit note line.
pub fn line(
    position: i32,
    kind: &str,
    description: String,
    amount: i64,
    tax_rate_id: Option<String>,
) -> CreditNoteLine {
    CreditNoteLine {
        position,
        kind: kind.to_string(),
        description,
        quantity: Decimal::ONE,
        unit_amount: None,
        amount,
        service_start: None,
        service_end: None,
        tax_rate_id,
    }
}

/// Issues a credit note in the caller's transaction (the account is locked by the caller).
pub async fn issue(conn: &mut PgConnection, cx: &Context, n: NewCreditNote<'_>) -> Result<CreditNote> {
    let clock = &cx.clock;
    let bad_format = |e: crate::domain::DomainError| {
        error::usage(format!("credit_note_number_format '{}' is not valid: {e}", n.number_format)).hint(
            "fix credit_note_number_format in config.toml or BILLCTL_CREDIT_NOTE_NUMBER_FORMAT, e.g. CN-{year}-{seq:6}",
        )
    };
    validate_number_format(n.number_format).map_err(bad_format)?;
    let lines_total: i64 = n.lines.iter().map(|l| l.amount).sum();
    debug_assert_eq!(lines_total, n.split.total, "a credit note's total is the sum of its lines");
    let tax: i64 = n.lines.iter().filter(|l| l.kind == "tax").map(|l| l.amount).sum();
    let format = NumberFormat::parse(n.number_format).map_err(bad_format)?;
    let (year, month) = (n.today.year(), n.today.month());
    let seq = numbering::allocate(conn, &format.prefix(year, month), 1).await?;
    let number = format.number(year, month, seq as u64).map_err(bad_format)?;
    let now = clock.now();
    let inv = n.invoice;
    let invoice_name = inv.number.clone().unwrap_or_else(|| inv.id.clone());
    let mut grant_id = None;
    if n.grant && n.split.to_credit > 0 {
        let id = super::new_id(IdKind::Credit, now);
        credits::insert(
            conn,
            &CreditEntry {
                id: id.clone(),
                account_id: inv.account_id.clone(),
                kind: "grant".into(),
                amount: n.split.to_credit,
                currency: inv.currency,
                reason: Some(format!("credit note {number} for invoice {invoice_name}: {}", n.description)),
                grant_id: None,
                invoice_id: Some(inv.id.clone()),
                created_at: now,
            },
        )
        .await?;
        grant_id = Some(id);
    }
    let note = CreditNote {
        id: super::new_id(IdKind::CreditNote, now),
        account_id: inv.account_id.clone(),
        invoice_id: inv.id.clone(),
        number,
        reason: n.reason.to_string(),
        description: n.description,
        currency: inv.currency,
        subtotal: lines_total - tax,
        tax,
        total: n.split.total,
        reduces_due: n.split.reduces_due,
        to_credit: n.split.to_credit,
        credit_grant_id: grant_id,
        issued_on: n.today,
        created_at: now,
    };
    repo::insert(conn, &note, &n.lines).await?;
    if n.split.reduces_due > 0 {
        invoices::reduce_by_credit_note(conn, &inv.id, n.split.reduces_due, now).await?;
    }
    audit::record(
        conn,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "credit_note.issue",
            entity_type: "credit_note",
            entity_id: &note.id,
            account_id: Some(&note.account_id),
            before: None,
            after: Some(serde_json::to_value(&note).unwrap_or_default()),
        },
    )
    .await?;
    super::events::emit(
        conn,
        cx,
        NewEvent::once(
            EventType::CreditNoteIssued,
            Some(&note.account_id),
            &note.id,
            super::events::object_data("credit_note", &note),
        ),
    )
    .await?;
    // A credit note that leaves nothing due pays the invoice (a void's own note does not: the
    // invoice is voided right after, and told as such).
    if n.split.reduces_due > 0
        && n.reason != "void"
        && let Some(after) = invoices::find(conn, &inv.id)
            .await?
            .filter(|i| i.status == InvoiceStatus::Paid && inv.status != InvoiceStatus::Paid)
    {
        super::events::invoice_closed(conn, cx, &after, EventType::InvoicePaid).await?;
    }
    Ok(note)
}
