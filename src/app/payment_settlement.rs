//! Settling a charge attempt: what a success or a decline writes (the attempt, the payment, the
//! invoice, the account), in one transaction each. Used by `payment collect`/`retry`
//! ([`super::payments`]), `stripe sync` (a success the gateway reports) and `payment record`
//! ([`apply_payment`]).
//!
//! Success writes the payment, the attempt and the invoice (`amount_paid`, `amount_due`, `paid`,
//! `paid_at`) in one transaction, and unblocks the account when nothing overdue is left
//! ([`super::dunning_tick::after_invoice_closed`], through [`super::events::invoice_closed`]). Failure records the decline code and whether it
//! is hard, and the next retry date from the schedule ([`crate::domain::retry`]).

use crate::domain::invoice::InvoiceStatus;
use anyhow::Result;
use chrono::NaiveDate;
use sqlx::{Acquire, PgConnection};

use super::{Context, events};
use crate::domain::event::{EventType, NewEvent};
use crate::domain::ids::IdKind;
use crate::domain::payment::{AttemptStatus, PaymentStatus};
use crate::domain::retry::{self, RetrySchedule};
use crate::store::payments::{self as repo, Attempt, Payment};
use crate::store::{accounts, audit, invoices};

/// Marks an attempt that never reached the gateway as failed, with the reason.
pub(crate) async fn mark_not_processed(conn: &mut PgConnection, cx: &Context, a: &Attempt, why: &str) -> Result<()> {
    let mut a = a.clone();
    a.status = AttemptStatus::Failed;
    a.failure_message = Some(why.into());
    a.finished_at = Some(cx.clock.now());
    a.next_retry_on = None;
    repo::update_attempt(conn, &a).await?;
    Ok(())
}

/// Records a failed attempt; returns its next retry date, from `schedule` or else the account's
/// dunning policy.
pub(crate) async fn settle_failure(
    conn: &mut PgConnection,
    cx: &Context,
    schedule: Option<&RetrySchedule>,
    a: &Attempt,
    decline_code: Option<&str>,
    message: &str,
    hard: bool,
) -> Result<Option<NaiveDate>> {
    let today = cx.clock.today();
    let mut tx = conn.begin().await?;
    // The account's dunning policy holds the schedule (`--schedule` overrides it for one run).
    let of_policy;
    let schedule = match schedule {
        Some(s) => s,
        None => {
            of_policy = super::dunning_policies::retry_schedule(&mut tx, &a.account_id).await?;
            &of_policy
        }
    };
    let first = repo::first_failed_on(&mut tx, &a.invoice_id, &a.account_id, today).await?;
    let next = retry::next_retry_after_failure(schedule, first, today, hard);
    let mut a = a.clone();
    a.status = AttemptStatus::Failed;
    a.decline_code = decline_code.map(str::to_string);
    a.failure_message = Some(message.to_string());
    a.hard_decline = hard;
    a.finished_at = Some(cx.clock.now());
    a.next_retry_on = next;
    repo::update_attempt(&mut tx, &a).await?;
    let data = events::object_data("payment_attempt", &a);
    let failed = [
        NewEvent::once(EventType::PaymentFailed, Some(&a.account_id), &a.id, data.clone()),
        NewEvent::once(EventType::InvoicePaymentFailed, Some(&a.account_id), &a.id, data),
    ];
    events::emit_many(&mut tx, cx, &failed).await?;
    tx.commit().await?;
    Ok(next)
}

/// Records a succeeded attempt: payment, attempt, invoice and account in one transaction. Returns a
/// note for the person ("; account unblocked", an overpayment warning, …).
pub(crate) async fn settle_success(
    conn: &mut PgConnection,
    cx: &Context,
    a: &Attempt,
    payment_id: &str,
) -> Result<String> {
    let now = cx.clock.now();
    let mut tx = conn.begin().await?;
    accounts::lock(&mut tx, &a.account_id).await?;
    let mut att = a.clone();
    att.status = AttemptStatus::Succeeded;
    att.gateway_payment_id = Some(payment_id.to_string());
    att.finished_at = Some(now);
    att.next_retry_on = None;
    repo::update_attempt(&mut tx, &att).await?;
    let payment = Payment {
        id: super::new_id(IdKind::Payment, now),
        account_id: a.account_id.clone(),
        invoice_id: Some(a.invoice_id.clone()),
        method: "card".into(),
        gateway: Some(a.gateway.clone()),
        status: PaymentStatus::Succeeded,
        amount: a.amount,
        amount_refunded: 0,
        currency: a.currency.clone(),
        reference: None,
        gateway_payment_id: Some(payment_id.to_string()),
        attempt_id: Some(a.id.clone()),
        created_at: now,
    };
    let note = if repo::insert_payment(&mut tx, &payment).await? {
        audit_payment(&mut tx, &cx.actor, now, &payment).await?;
        apply_payment(&mut tx, cx, &a.invoice_id, &payment).await?
    } else {
        "; already recorded".to_string()
    };
    tx.commit().await?;
    Ok(note)
}

async fn audit_payment(
    conn: &mut PgConnection,
    by: &super::Actor,
    now: chrono::DateTime<chrono::Utc>,
    p: &Payment,
) -> Result<()> {
    audit::record(
        conn,
        audit::Entry {
            by,
            at: now,
            action: "payment.create",
            entity_type: "payment",
            entity_id: &p.id,
            account_id: Some(&p.account_id),
            before: None,
            after: Some(serde_json::to_value(p).unwrap_or_default()),
        },
    )
    .await?;
    Ok(())
}

/// Applies a recorded payment to its invoice (in the caller's transaction, account locked): amounts,
/// status paid when nothing is due, and the account unblocked when nothing overdue is left.
pub(crate) async fn apply_payment(
    conn: &mut PgConnection,
    cx: &Context,
    invoice_id: &str,
    payment: &Payment,
) -> Result<String> {
    let clock = &cx.clock;
    let now = clock.now();
    let Some(before) = invoices::find_for_update(conn, invoice_id).await? else {
        return Ok(String::new());
    };
    if before.status != InvoiceStatus::Open {
        return Ok(format!(
            "; warning: invoice was already {}: this payment is an overpayment, refund it with `billctl payment refund {}`",
            before.status, payment.id
        ));
    }
    invoices::apply_payment(conn, invoice_id, payment.amount, now).await?;
    let after = invoices::find(conn, invoice_id).await?.unwrap_or_else(|| before.clone());
    audit::record(
        conn,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "invoice.payment",
            entity_type: "invoice",
            entity_id: invoice_id,
            account_id: Some(&after.account_id),
            before: Some(serde_json::to_value(&before).unwrap_or_default()),
            after: Some(serde_json::to_value(&after).unwrap_or_default()),
        },
    )
    .await?;
    events::emit(
        conn,
        cx,
        NewEvent::once(
            EventType::PaymentSucceeded,
            Some(&payment.account_id),
            &payment.id,
            events::object_data("payment", payment),
        ),
    )
    .await?;
    let mut note = String::new();
    if after.status == InvoiceStatus::Paid {
        note.push_str("; invoice paid");
        // Ends the dunning episode and unblocks the account when nothing overdue is left.
        if let Some(c) = events::invoice_closed(conn, cx, &after, EventType::InvoicePaid).await? {
            note.push_str(&format!("; account {} {} → {}", after.account_id, c.from, c.to));
        }
    }
    Ok(note)
}

/// Records a payment a gateway event reports for one of our attempts (used by `stripe sync`).
pub(crate) async fn record_reported_success(
    cx: &Context,
    attempt: &Attempt,
    payment_id: &str,
) -> Result<Option<String>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    if !repo::try_lock_invoice(&mut conn, &attempt.invoice_id).await? {
        return Ok(None);
    }
    // Re-read under the lock: a concurrent collect may have recorded it.
    let current = repo::find_attempt(&mut conn, &attempt.id).await?;
    let r = match current {
        Some(a) if a.status != AttemptStatus::Succeeded => {
            settle_success(&mut conn, cx, &a, payment_id).await.map(Some)
        }
        _ => Ok(None),
    };
    if repo::unlock_invoice(&mut conn, &attempt.invoice_id).await.is_err() {
        drop(conn.detach());
    }
    r
}
