//! Invoice administration: list, show, void, finalize. (The invoice run creates invoices.)
//!
//! - **finalize** turns a draft into an open invoice: it is issued today (the account's local
//!   day), due after the payment terms, and numbered with the next gapless number of its prefix,
//!   allocated in the same transaction. A total of 0 is paid on issue.
//! - **void** cancels a draft or open invoice that nothing has been paid on: credit it applied
//!   goes back to its grants ('returned' ledger entries). Paid invoices are never voided (grant
//!   credit instead). With `credit_account`, the invoice total is also granted to the account as
//!   credit (for a customer who is owed it, e.g. when the invoice is replaced by another).

use anyhow::Result;
use chrono::{Datelike, Days};
use serde::Serialize;
use sqlx::{PgConnection, PgPool};

use crate::clock::Clock;
use crate::domain::ids::IdKind;
use crate::domain::invoice::{format_number, number_prefix};
use crate::error::{self, UserError};
use crate::store::credits::{self, CreditEntry};
use crate::store::invoices::{self as repo, Filter, Invoice, InvoiceLine};
use crate::store::{accounts, audit, numbering};

pub const STATUSES: [&str; 5] = ["draft", "open", "paid", "void", "uncollectible"];

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

/// An invoice with its lines.
#[derive(Debug, Clone, Serialize)]
pub struct Detail {
    #[serde(flatten)]
    pub invoice: Invoice,
    pub lines: Vec<InvoiceLine>,
}

pub async fn show(pool: &PgPool, key: &str) -> Result<Detail> {
    let mut conn = pool.acquire().await?;
    let invoice = repo::find(&mut conn, key).await?.ok_or_else(|| not_found(key))?;
    let lines = repo::lines(&mut conn, &invoice.id).await?;
    Ok(Detail { invoice, lines })
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
    /// Credit given back to its grants (minor units).
    pub credit_returned: i64,
    /// The grant made with `--credit-account`, if any.
    pub credit_grant_id: Option<String>,
    pub credit_granted: i64,
}

pub async fn void(pool: &PgPool, clock: &Clock, key: &str, credit_account: bool) -> Result<Voided> {
    let mut tx = pool.begin().await?;
    let found = repo::find(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    // Credit goes back to the ledger: serialize with the invoice run on the account lock.
    crate::store::accounts::lock(&mut tx, &found.account_id).await?;
    let before = repo::find_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
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
    let now = clock.now();
    let mut returned = 0;
    for (grant_id, amount) in credits::applied_to_invoice(&mut tx, &before.id).await? {
        credits::insert(
            &mut tx,
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
            &mut tx,
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
    let mut after = before.clone();
    after.status = "void".into();
    after.voided_at = Some(now);
    repo::update_status(&mut tx, &after).await?;
    audit_change(&mut tx, clock, "invoice.void", &before, &after).await?;
    tx.commit().await?;
    Ok(Voided { invoice: after, credit_returned: returned, credit_grant_id: grant_id, credit_granted: granted })
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
        after.amount_due = after.total - after.amount_paid;
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
