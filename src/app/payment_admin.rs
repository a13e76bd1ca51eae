//! Payments administration: list, show, record an external payment, refund.
//!
//! - **record** adds a payment made outside the gateway (wire, cash, check, other) to an open
//!   invoice: partial payments lower `amount_due`; the one that brings it to zero marks the invoice
//!   paid (and may unblock the account). Overpaying is refused.
//! - **refund** gives back all or part of a card payment through the gateway that took it, with an
//!   idempotency key `billctl-refund-{payment_id}-{n}` (n = the payment's refund count + 1, so
//!   re-running a refund whose answer was lost replays it instead of refunding twice). The payment
//!   becomes `partially_refunded` or `refunded`. **A refund does not reopen the invoice**: the
//!   invoice stays paid (it was paid; the money went back as a correction). To bill again, create a
//!   new invoice; to leave credit instead, use `billctl credit grant`.

use super::Context;
use crate::domain::event::{EventType, NewEvent};
use anyhow::Result;
use serde::Serialize;
use sqlx::Acquire;

use super::payment_gateway::Gateway;
use crate::domain::ids::IdKind;
use crate::domain::invoice::InvoiceStatus;
use crate::domain::payment::PaymentStatus;
use crate::domain::{Currency, Money};
use crate::error::{self, UserError};
use crate::gateway::PaymentGateway;
use crate::store::invoices;
use crate::store::payments::{self as repo, AttemptFilter, Filter, ListedAttempt, Payment, Refund};
use crate::store::{accounts, audit};

pub const METHODS: [&str; 4] = ["wire", "cash", "check", "other"];
pub const STATUSES: [&str; 5] = ["pending", "succeeded", "failed", "refunded", "partially_refunded"];

/// How a stored gateway name is shown: the sandbox is always labelled as simulated.
pub fn gateway_label(gateway: Option<&str>) -> &'static str {
    match gateway {
        Some("sandbox") => "sandbox (simulated)",
        Some("stripe") => "stripe",
        Some(_) => "other",
        None => "external",
    }
}

/// A payment as shown: the gateway field carries the label.
#[derive(Debug, Clone, Serialize)]
pub struct PaymentView {
    #[serde(flatten)]
    pub payment: Payment,
    /// Overrides the stored name with its label (`sandbox (simulated)`, `stripe`, `external`).
    #[serde(rename = "gateway")]
    pub gateway_label: &'static str,
}

impl From<Payment> for PaymentView {
    fn from(mut p: Payment) -> PaymentView {
        let gateway_label = gateway_label(p.gateway.as_deref());
        p.gateway = None; // shown as the label
        PaymentView { payment: p, gateway_label }
    }
}

fn not_found(key: &str) -> UserError {
    error::not_found(format!("no payment '{key}'")).hint("list payments with `billctl payment list`")
}

pub async fn list(
    cx: &Context,
    account: Option<&str>,
    invoice: Option<&str>,
    mut filter: Filter,
) -> Result<Vec<PaymentView>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    if account.is_some() {
        filter.account_id = super::accounts::id_of(&mut conn, account).await?;
    }
    if let Some(key) = invoice {
        let i = invoices::find(&mut conn, key).await?.ok_or_else(|| error::not_found(format!("no invoice '{key}'")))?;
        filter.invoice_id = Some(i.id);
    }
    Ok(repo::list_payments(&mut conn, &filter).await?.into_iter().map(PaymentView::from).collect())
}

/// Charge attempts (`payment attempts`), filtered by account, invoice and status.
pub async fn attempts(
    cx: &Context,
    account: Option<&str>,
    invoice: Option<&str>,
    mut filter: AttemptFilter,
) -> Result<Vec<ListedAttempt>> {
    let mut conn = cx.pool.acquire().await?;
    if account.is_some() {
        filter.account_id = super::accounts::id_of(&mut conn, account).await?;
    }
    if let Some(key) = invoice {
        let i = invoices::find(&mut conn, key).await?.ok_or_else(|| error::not_found(format!("no invoice '{key}'")))?;
        filter.invoice_id = Some(i.id);
    }
    Ok(repo::list_attempts(&mut conn, &filter).await?)
}

/// How many charge attempts of an invoice (id or number) did not succeed; 0 for no such invoice.
pub async fn unsuccessful_attempts(cx: &Context, invoice: &str) -> Result<i64> {
    let mut conn = cx.pool.acquire().await?;
    match invoices::find(&mut conn, invoice).await? {
        Some(i) => Ok(repo::unsuccessful_attempt_count(&mut conn, &i.id).await?),
        None => Ok(0),
    }
}

/// A payment with its refunds.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    #[serde(flatten)]
    pub payment: PaymentView,
    pub refunds: Vec<Refund>,
}

pub async fn show(cx: &Context, key: &str) -> Result<Detail> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let p = repo::find_payment(&mut conn, key).await?.ok_or_else(|| not_found(key))?;
    let refunds = repo::refunds_of_payment(&mut conn, &p.id).await?;
    Ok(Detail { payment: p.into(), refunds })
}

/// The result of `payment record`.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    #[serde(flatten)]
    pub payment: PaymentView,
    pub invoice_status: String,
    pub invoice_amount_due: i64,
    /// What else happened ("invoice paid", "account … blocked → active").
    pub note: String,
}

/// Records an external payment of `amount` (major units of the invoice's currency).
pub async fn record(
    cx: &Context,
    invoice_key: &str,
    amount: &str,
    method: &str,
    reference: Option<&str>,
) -> Result<Recorded> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    if !METHODS.contains(&method) {
        return Err(error::usage(format!("--method '{method}' is not one of {}", METHODS.join(", ")))
            .hint("card payments are made with `billctl payment collect`")
            .into());
    }
    let mut tx = pool.begin().await?;
    let found = invoices::find(&mut tx, invoice_key)
        .await?
        .ok_or_else(|| error::not_found(format!("no invoice '{invoice_key}'")))?;
    if !repo::try_lock_invoice_xact(&mut tx, &found.id).await? {
        return Err(error::conflict(format!("invoice {invoice_key} is being charged by another billctl process"))
            .hint("wait for `payment collect`/`payment retry` to finish, then record the payment")
            .into());
    }
    accounts::lock(&mut tx, &found.account_id).await?;
    let inv = invoices::find_for_update(&mut tx, &found.id)
        .await?
        .ok_or_else(|| error::internal(format!("invoice {} vanished while its account was locked", found.id)))?;
    let name = inv.number.clone().unwrap_or(inv.id.clone());
    if inv.status != InvoiceStatus::Open {
        return Err(error::conflict(format!(
            "invoice {name} is {}; payments are recorded against open invoices",
            inv.status
        ))
        .hint("paid invoices are immutable; an extra payment received should be refunded or granted as credit")
        .into());
    }
    let currency = inv.currency;
    let money = Money::parse_major(amount, currency, "amount")
        .map_err(|e| UserError::from(e).hint(format!("give --amount in {currency}, e.g. --amount 12.50")))?;
    if money.minor <= 0 {
        return Err(error::usage(format!("invalid amount: a payment must be positive (got {amount})")).into());
    }
    if money.minor > inv.amount_due {
        return Err(error::usage(format!(
            "{money} is more than the {} due on invoice {name}",
            Money::new(inv.amount_due, currency)
        ))
        .hint("record at most the amount due; refund or grant credit for the rest")
        .into());
    }
    let now = clock.now();
    let payment = Payment {
        id: super::new_id(IdKind::Payment, now),
        account_id: inv.account_id.clone(),
        invoice_id: Some(inv.id.clone()),
        method: method.into(),
        gateway: None,
        status: PaymentStatus::Succeeded,
        amount: money.minor,
        amount_refunded: 0,
        currency: inv.currency.code().into(),
        reference: reference.map(str::to_string),
        gateway_payment_id: None,
        attempt_id: None,
        created_at: now,
    };
    repo::insert_payment(&mut tx, &payment).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "payment.record",
            entity_type: "payment",
            entity_id: &payment.id,
            account_id: Some(&payment.account_id),
            before: None,
            after: Some(serde_json::to_value(&payment).unwrap_or_default()),
        },
    )
    .await?;
    let note = super::payment_settlement::apply_payment(&mut tx, cx, &inv.id, &payment).await?;
    let after = invoices::find(&mut tx, &inv.id).await?.unwrap_or(inv);
    tx.commit().await?;
    Ok(Recorded {
        payment: payment.into(),
        invoice_status: after.status.to_string(),
        invoice_amount_due: after.amount_due,
        note: note.trim_start_matches("; ").to_string(),
    })
}

/// The result of `payment refund`.
#[derive(Debug, Clone, Serialize)]
pub struct Refunded {
    pub refund: Refund,
    pub payment: PaymentView,
    /// The gateway's refund status (`succeeded`, `pending`, …).
    pub gateway_status: String,
}

/// Refunds `amount` (major units; `None`: all that is left) of a card payment.
/// Refunds through the gateway; `dry_run`: checks everything, calls no gateway, writes nothing, and
/// returns the refund as it would be.
pub async fn refund(
    cx: &Context,
    gateway: &Gateway,
    key: &str,
    amount: Option<&str>,
    dry_run: bool,
) -> Result<Refunded> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    // The refund's reason is the command's `--reason`.
    let reason = cx.actor.reason.as_deref();
    let mut conn = pool.acquire().await?;
    let p = repo::find_payment(&mut conn, key).await?.ok_or_else(|| not_found(key))?;
    let Some(pid) = p.gateway_payment_id.clone() else {
        return Err(error::conflict(format!(
            "payment {} was recorded by hand ({}); billctl cannot send it back",
            p.id, p.method
        ))
        .hint("return the money the way it came, then record the correction with `billctl credit grant` if needed")
        .into());
    };
    let gw_name = p.gateway.clone().unwrap_or_default();
    if gw_name != gateway.name() {
        return Err(error::conflict(format!(
            "payment {} was taken through {}, but billctl is configured for {}",
            p.id,
            gateway_label(Some(&gw_name)),
            gateway.label()
        ))
        .hint(if gw_name == "stripe" { "set STRIPE_SECRET_KEY" } else { "unset STRIPE_SECRET_KEY to use the sandbox" })
        .into());
    }
    if !matches!(p.status, PaymentStatus::Succeeded | PaymentStatus::PartiallyRefunded) {
        return Err(error::conflict(format!("payment {} is {}; nothing to refund", p.id, p.status)).into());
    }
    let currency = Currency::parse(&p.currency).map_err(UserError::from)?;
    let left = p.amount - p.amount_refunded;
    let minor = match amount {
        Some(a) => {
            Money::parse_major(a, currency, "amount")
                .map_err(|e| UserError::from(e).hint(format!("give --amount in {currency}")))?
                .minor
        }
        None => left,
    };
    if minor <= 0 || minor > left {
        return Err(error::usage(format!(
            "a refund must be more than 0 and at most the {} left to refund",
            Money::new(left, currency)
        ))
        .into());
    }
    let n = repo::refunds_of_payment(&mut conn, &p.id).await?.len() + 1;
    let idempotency_key = format!("billctl-refund-{}-{n}", p.id);
    if dry_run {
        let mut after = p.clone();
        after.amount_refunded += minor;
        after.status = if after.amount_refunded >= after.amount {
            PaymentStatus::Refunded
        } else {
            PaymentStatus::PartiallyRefunded
        };
        let refund = Refund {
            id: "(dry run)".into(),
            account_id: p.account_id.clone(),
            payment_id: p.id.clone(),
            amount: minor,
            currency: p.currency.clone(),
            reason: reason.map(str::to_string),
            gateway_refund_id: None,
            idempotency_key,
            created_at: clock.now(),
        };
        return Ok(Refunded { refund, payment: after.into(), gateway_status: "dry run: not sent".into() });
    }
    gateway.prepare(&mut conn).await?;
    let info = gateway.gw.refund(&pid, Some(minor), &idempotency_key).await.map_err(|e| {
        let hint = if e.is_retryable() {
            "run the same command again: the refund is sent with the same idempotency key, so it happens at most once"
        } else {
            "check the payment at the gateway"
        };
        anyhow::Error::from(UserError::new(error::Kind::Conflict, format!("the refund failed: {e}")).hint(hint))
    })?;
    let now = clock.now();
    let mut tx = conn.begin().await?;
    let current = repo::find_payment_for_update(&mut tx, &p.id).await?.ok_or_else(|| not_found(key))?;
    let refund = Refund {
        id: format!("re_{}", &super::new_id(IdKind::Payment, now)[4..]),
        account_id: p.account_id.clone(),
        payment_id: p.id.clone(),
        amount: info.amount_minor,
        currency: p.currency.clone(),
        reason: reason.map(str::to_string),
        gateway_refund_id: Some(info.id.clone()),
        idempotency_key: idempotency_key.clone(),
        created_at: now,
    };
    let mut after = current.clone();
    if repo::insert_refund(&mut tx, &refund).await? {
        after.amount_refunded += info.amount_minor;
        after.status = if after.amount_refunded >= after.amount {
            PaymentStatus::Refunded
        } else {
            PaymentStatus::PartiallyRefunded
        };
        repo::update_refunded(&mut tx, &p.id, after.amount_refunded, after.status).await?;
        audit::record(
            &mut tx,
            audit::Entry {
                by: &cx.actor,
                at: now,
                action: "payment.refund",
                entity_type: "payment",
                entity_id: &p.id,
                account_id: Some(&p.account_id),
                before: Some(serde_json::to_value(&current).unwrap_or_default()),
                after: Some(serde_json::json!({ "payment": after, "refund": refund })),
            },
        )
        .await?;
        let mut data = super::events::object_data("refund", &refund);
        data["payment"] = serde_json::to_value(&after).unwrap_or_default();
        let told = NewEvent::once(EventType::PaymentRefunded, Some(&p.account_id), &refund.id, data);
        super::events::emit(&mut tx, cx, told).await?;
    }
    tx.commit().await?;
    Ok(Refunded { refund, payment: after.into(), gateway_status: info.status })
}
