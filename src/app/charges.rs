//! One-off charges: `charge add|list|void`.
//!
//! - **add** records a charge (a positive amount in the account's currency, within the amount
//!   limit) for the account. `--invoice next` (the default) leaves it for the account's next
//!   invoice in the invoice run; `--invoice now` issues it at once on a numbered invoice of its own
//!   ([`super::invoice_now`]). A tax-exempt charge is billed without tax, on an invoice of its own.
//! - **void** cancels a charge that is not billed yet (kept, marked void). A billed charge is
//!   corrected on its invoice (`invoice void`) or with `credit grant`.

use super::Context;
use anyhow::Result;
use serde::Serialize;

use crate::domain::ids::IdKind;
use crate::domain::{Money, validate};
use crate::error::{self, UserError};
use crate::store::charges::{self as repo, Charge};
use crate::store::subscriptions::{PendingCharge, insert_pending};
use crate::store::{accounts, audit};

use super::invoice_now::{self, Issued};
use super::subscriptions::InvoiceTiming;

#[derive(Debug, Clone)]
pub struct AddInput {
    pub account: String,
    pub amount: String,
    pub description: String,
    pub invoice: InvoiceTiming,
    pub tax_exempt: bool,
}

/// The result of `charge add`.
#[derive(Debug, Clone, Serialize)]
pub struct Added {
    pub charge: Charge,
    /// With `--invoice now`: the invoice issued for it.
    pub invoice: Option<Issued>,
}

fn not_found(id: &str) -> UserError {
    error::not_found(format!("no one-off charge '{id}'")).hint("list them with `billctl charge list`")
}

pub async fn add(cx: &Context, input: &AddInput) -> Result<Added> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let description = validate::required(&input.description, "description").map_err(UserError::from)?;
    validate::no_nul(&description, "description").map_err(UserError::from)?;
    let mut tx = pool.begin().await?;
    let acct = accounts::find_for_update(&mut tx, &input.account)
        .await?
        .ok_or_else(|| super::accounts::not_found(&input.account))?;
    if acct.archived_at.is_some() {
        return Err(error::conflict(format!("account {} is archived", acct.id)).into());
    }
    super::dunning_tick::refuse_if_blocked(&mut tx, &acct, "a one-off charge").await?;
    let currency = acct.currency;
    let money = Money::parse_major(&input.amount, currency, "amount").map_err(|e| {
        UserError::from(e).hint(format!("give --amount in {currency}, the account's currency, e.g. --amount 25.00"))
    })?;
    if money.minor <= 0 {
        return Err(error::usage(format!("invalid amount: a charge must be positive (got {})", input.amount))
            .hint("to give money back, use `billctl credit grant`")
            .into());
    }
    let now = clock.now();
    let charge = PendingCharge {
        id: super::new_id(IdKind::Charge, now),
        account_id: acct.id.clone(),
        subscription_id: None,
        kind: "one_off".into(),
        description,
        quantity: 1,
        amount: money.minor,
        currency,
        service_start: None,
        service_end: None,
        invoice_id: None,
        created_at: now,
        tax_exempt: input.tax_exempt,
    };
    insert_pending(&mut tx, &charge).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "charge.add",
            entity_type: "charge",
            entity_id: &charge.id,
            account_id: Some(&acct.id),
            before: None,
            after: Some(serde_json::to_value(&charge).unwrap_or_default()),
        },
    )
    .await?;
    let invoice = match input.invoice {
        InvoiceTiming::Now => {
            Some(invoice_now::issue(&mut tx, cx, &acct.id, std::slice::from_ref(&charge), None).await?)
        }
        InvoiceTiming::Next => None,
    };
    let stored = repo::find_for_update(&mut tx, &charge.id).await?.ok_or_else(|| not_found(&charge.id))?;
    tx.commit().await?;
    Ok(Added { charge: stored, invoice })
}

pub async fn list(cx: &Context, account: Option<&str>, after: Option<&str>, limit: i64) -> Result<Vec<Charge>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let account_id = super::accounts::id_of(&mut conn, account).await?;
    Ok(repo::list(&mut conn, account_id.as_deref(), after, limit).await?)
}

pub async fn void(cx: &Context, id: &str) -> Result<Charge> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    // The account first, as the invoice run locks it before it bills pending charges.
    let account = repo::account_of(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
    accounts::lock(&mut tx, &account).await?;
    let before = repo::find_for_update(&mut tx, id).await?.ok_or_else(|| not_found(id))?;
    match before.status() {
        "pending" => {}
        "void" => return Err(error::conflict(format!("charge {id} is already void")).into()),
        _ => {
            let invoice = before.charge.invoice_id.clone().unwrap_or_default();
            return Err(error::conflict(format!("charge {id} is billed on invoice {invoice} and cannot be voided"))
                .hint(format!(
                    "void the invoice (`billctl invoice void {invoice}`) or grant credit (`billctl credit grant`)"
                ))
                .into());
        }
    }
    let now = clock.now();
    repo::void(&mut tx, id, now).await?;
    let after = Charge { voided_at: Some(now), ..before.clone() };
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "charge.void",
            entity_type: "charge",
            entity_id: id,
            account_id: Some(&account),
            before: Some(serde_json::to_value(&before).unwrap_or_default()),
            after: Some(serde_json::to_value(&after).unwrap_or_default()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(after)
}
