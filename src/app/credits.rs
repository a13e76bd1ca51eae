//! Account credit: grant, list, void, apply. The balance is always the sum of the ledger.
//!
//! What is left of a grant = its amount + its applied (−), returned (+) and void (−) entries.
//! Voiding a grant writes one 'void' entry of −remaining; a fully used grant cannot be voided.
//!
//! **Credit reaches the invoices that are open** (`domain::settlement::settle_open`): whenever
//! credit becomes available — a grant, credit returned by a void, a credit note, an invoice run
//! that carries a negative invoice to credit — and before any charge (`payment collect|retry`),
//! the account's credit is applied to its open invoices, oldest first, as 'applied' ledger
//! entries against the invoice; the invoice's `credit_settled` grows and its `amount_due` shrinks
//! (paid when nothing is left). `billctl credit apply ACCOUNT` does the same on demand. Invoices
//! with a charge whose outcome is unknown, or being charged by another process right now, are
//! left alone (their amount must not change under the charger).

use super::Context;
use anyhow::Result;
use serde::Serialize;
use sqlx::PgConnection;

use crate::domain::credit::CreditBalance;
use crate::domain::event::EventType;
use crate::domain::ids::IdKind;
use crate::domain::invoice::InvoiceStatus;
use crate::domain::money::{MAX_AMOUNT_MINOR, max_amount};
use crate::domain::settlement::{self, OpenInvoice};
use crate::domain::{Currency, Money, validate};
use crate::error::{self, UserError};
use crate::store::credits::{self as repo, CreditEntry, GrantRow};
use crate::store::{audit, invoices, payments};

fn json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

/// A grant and the account's balance after the command.
#[derive(Debug, Clone, Serialize)]
pub struct GrantOutcome {
    pub grant: GrantRow,
    pub balance: i64,
    /// Open invoices the new credit settled, oldest first.
    pub settled: Vec<Settled>,
}

/// Credit applied to one open invoice.
#[derive(Debug, Clone, Serialize)]
pub struct Settled {
    pub invoice_id: String,
    pub invoice_number: Option<String>,
    pub amount: i64,
    pub currency: Currency,
    /// What is still due on the invoice afterwards.
    pub amount_due: i64,
}

/// Applies the account's available credit to its open invoices in `currency`, oldest first (see
/// the [module documentation](self)), in the caller's transaction, which must hold the account
/// lock. With `write` false nothing is written (a dry run). Returns one entry per invoice.
pub(crate) async fn settle_open_invoices(
    conn: &mut PgConnection,
    cx: &Context,
    account_id: &str,
    currency: &Currency,
    write: bool,
) -> Result<Vec<Settled>> {
    let clock = &cx.clock;
    let grants = repo::grant_balances(conn, account_id).await?;
    if grants.is_empty() {
        return Ok(Vec::new());
    }
    let mut open = Vec::new();
    for inv in invoices::open_for_credit(conn, account_id, *currency).await? {
        // Held by a charger (payment collect/retry) in another session: leave it alone.
        if payments::try_lock_invoice_xact(conn, &inv.id).await? {
            open.push(inv);
        }
    }
    if open.is_empty() {
        return Ok(Vec::new());
    }
    let balances: Vec<CreditBalance> = grants
        .iter()
        .enumerate()
        .map(|(i, (id, remaining, _))| CreditBalance {
            grant_id: id.clone(),
            remaining_minor: *remaining,
            granted_at_order: i,
        })
        .collect();
    let wanted: Vec<OpenInvoice> =
        open.iter().map(|i| OpenInvoice { invoice_id: i.id.clone(), amount_due_minor: i.amount_due }).collect();
    let allocations = settlement::settle_open(&wanted, &balances);
    if write && !allocations.is_empty() {
        let ids: Vec<String> = allocations.iter().map(|a| a.grant_id.clone()).collect();
        repo::lock_grants(conn, &ids).await?;
    }
    let now = clock.now();
    let mut out: Vec<Settled> = Vec::new();
    for inv in &open {
        let mine: Vec<_> = allocations.iter().filter(|a| a.invoice_id == inv.id).collect();
        let amount: i64 = mine.iter().map(|a| a.amount_minor).sum();
        if amount == 0 {
            continue;
        }
        if write {
            let name = inv.number.clone().unwrap_or_else(|| inv.id.clone());
            for a in &mine {
                repo::insert(
                    conn,
                    &CreditEntry {
                        id: super::new_id(IdKind::Credit, now),
                        account_id: inv.account_id.clone(),
                        kind: "applied".into(),
                        amount: -a.amount_minor,
                        currency: inv.currency,
                        reason: Some(format!("applied to open invoice {name}")),
                        grant_id: Some(a.grant_id.clone()),
                        invoice_id: Some(inv.id.clone()),
                        created_at: now,
                    },
                )
                .await?;
            }
            invoices::settle_with_credit(conn, &inv.id, amount, now).await?;
            let after = invoices::find(conn, &inv.id).await?;
            audit::record(
                conn,
                audit::Entry {
                    by: &cx.actor,
                    at: now,
                    action: "invoice.credit",
                    entity_type: "invoice",
                    entity_id: &inv.id,
                    account_id: Some(&inv.account_id),
                    before: Some(json(inv)),
                    after: after.as_ref().map(json),
                },
            )
            .await?;
            if let Some(after) = after.as_ref().filter(|a| a.status == InvoiceStatus::Paid) {
                super::events::invoice_closed(conn, cx, after, EventType::InvoicePaid).await?;
            }
        }
        out.push(Settled {
            invoice_id: inv.id.clone(),
            invoice_number: inv.number.clone(),
            amount,
            currency: inv.currency,
            amount_due: inv.amount_due - amount,
        });
    }
    Ok(out)
}

/// The result of `credit apply`.
#[derive(Debug, Clone, Serialize)]
pub struct ApplyOutcome {
    pub account_id: String,
    pub currency: Currency,
    pub dry_run: bool,
    pub settled: Vec<Settled>,
    pub applied: i64,
    /// The balance after (for a dry run: as it would be).
    pub balance: i64,
}

/// `credit apply`: applies the account's credit to its open invoices now, oldest first.
/// Idempotent: once applied, nothing is left to apply until new credit or a new invoice comes.
pub async fn apply(cx: &Context, account: &str, dry_run: bool) -> Result<ApplyOutcome> {
    let pool = &cx.pool;
    let mut tx = pool.begin().await?;
    let acct = crate::store::accounts::find_for_update(&mut tx, account)
        .await?
        .ok_or_else(|| super::accounts::not_found(account))?;
    let settled = settle_open_invoices(&mut tx, cx, &acct.id, &acct.currency, !dry_run).await?;
    let applied: i64 = settled.iter().map(|s| s.amount).sum();
    let balance = repo::balance(&mut tx, &acct.id).await? - if dry_run { applied } else { 0 };
    if !dry_run && applied > 0 {
        tx.commit().await?;
    } else {
        tx.rollback().await?;
    }
    Ok(ApplyOutcome { account_id: acct.id, currency: acct.currency, dry_run, settled, applied, balance })
}

/// Grants `amount` (major units of the account's currency) to an account.
/// The reason is the command's `--reason` (required: a grant without one cannot be explained later).
pub async fn grant(cx: &Context, account: &str, amount: &str) -> Result<GrantOutcome> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let reason = validate::required(cx.actor.reason.as_deref().unwrap_or(""), "--reason").map_err(|_| {
        error::usage("a credit grant needs --reason: say why the credit is given")
            .hint("billctl credit grant --account acct_… --amount 12.50 --reason \"outage on 3 March\"")
    })?;
    let mut tx = pool.begin().await?;
    let acct = crate::store::accounts::find_for_update(&mut tx, account)
        .await?
        .ok_or_else(|| super::accounts::not_found(account))?;
    let currency = acct.currency;
    let money = Money::parse_major(amount, currency, "amount").map_err(|e| {
        UserError::from(e).hint(format!("give --amount in {currency}, the account's currency, e.g. --amount 12.50"))
    })?;
    if money.minor <= 0 {
        return Err(error::usage(format!("invalid amount: a grant must be positive (got {amount})"))
            .hint("to take credit back, use `billctl credit void CREDIT_ID`")
            .into());
    }
    let before = repo::balance(&mut tx, &acct.id).await?;
    let after = i128::from(before) + i128::from(money.minor);
    if after > i128::from(MAX_AMOUNT_MINOR) {
        return Err(error::usage(format!(
            "invalid amount: the credit balance of {} would be {} {currency}, more than the limit of {}",
            acct.id,
            rust_decimal::Decimal::from_i128_with_scale(after, currency.exponent()),
            max_amount(currency)
        ))
        .hint(format!("the balance is {} now; grant at most the difference", Money::new(before, currency)))
        .into());
    }
    let entry = CreditEntry {
        id: super::new_id(IdKind::Credit, clock.now()),
        account_id: acct.id.clone(),
        kind: "grant".into(),
        amount: money.minor,
        currency,
        reason: Some(reason),
        grant_id: None,
        invoice_id: None,
        created_at: clock.now(),
    };
    repo::insert(&mut tx, &entry).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "credit.grant",
            entity_type: "credit",
            entity_id: &entry.id,
            account_id: Some(&acct.id),
            before: None,
            after: Some(json(&entry)),
        },
    )
    .await?;
    let settled = settle_open_invoices(&mut tx, cx, &acct.id, &acct.currency, true).await?;
    let grant = repo::find_grant_for_update(&mut tx, &entry.id).await?.expect("just inserted");
    let balance = repo::balance(&mut tx, &acct.id).await?;
    tx.commit().await?;
    Ok(GrantOutcome { grant, balance, settled })
}

/// An account's balance, in its currency.
#[derive(Debug, Clone, Serialize)]
pub struct Balance {
    pub account_id: String,
    pub currency: Currency,
    pub balance: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Listing {
    pub grants: Vec<GrantRow>,
    /// The balance of every account with a grant in `grants` (or of the account asked for).
    pub balances: Vec<Balance>,
}

pub async fn list(cx: &Context, account: Option<&str>, after: Option<&str>, limit: i64) -> Result<Listing> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let account_id = super::accounts::id_of(&mut conn, account).await?;
    let grants = repo::grants(&mut conn, account_id.as_deref(), after, limit).await?;
    let mut ids: Vec<String> = grants.iter().map(|g| g.account_id.clone()).chain(account_id).collect();
    ids.sort();
    ids.dedup();
    let balances = repo::balances(&mut conn, &ids)
        .await?
        .into_iter()
        .map(|(account_id, currency, balance)| Balance { account_id, currency, balance })
        .collect();
    Ok(Listing { grants, balances })
}

/// Voids what is left of a grant.
/// The reason kept on the ledger entry is the command's `--reason` ("voided" without one).
/// `dry_run`: the same outcome, nothing written.
pub async fn void(cx: &Context, grant_id: &str, dry_run: bool) -> Result<GrantOutcome> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let reason = cx.actor.reason.as_deref();
    let mut tx = pool.begin().await?;
    // Serialize with the invoice run, which applies credit while holding the account lock.
    if let Some(account_id) = repo::entry_account(&mut tx, grant_id).await? {
        crate::store::accounts::lock(&mut tx, &account_id).await?;
    }
    let before = repo::find_grant_for_update(&mut tx, grant_id).await?.ok_or_else(|| {
        error::not_found(format!("no credit grant '{grant_id}'")).hint("list grants with `billctl credit list`")
    })?;
    if before.remaining <= 0 {
        let why = if before.voided { "was already voided" } else { "is fully used" };
        return Err(error::conflict(format!("credit grant {grant_id} {why}: nothing is left to void"))
            .hint("only the unused remainder of a grant can be voided; see `billctl credit list`")
            .into());
    }
    let entry = CreditEntry {
        id: super::new_id(IdKind::Credit, clock.now()),
        account_id: before.account_id.clone(),
        kind: "void".into(),
        amount: -before.remaining,
        currency: before.currency,
        reason: Some(reason.map(str::trim).filter(|r| !r.is_empty()).unwrap_or("voided").to_string()),
        grant_id: Some(before.id.clone()),
        invoice_id: None,
        created_at: clock.now(),
    };
    repo::insert(&mut tx, &entry).await?;
    let after = repo::find_grant_for_update(&mut tx, grant_id).await?.expect("locked above");
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "credit.void",
            entity_type: "credit",
            entity_id: &before.id,
            account_id: Some(&before.account_id),
            before: Some(json(&before)),
            after: Some(json(&after)),
        },
    )
    .await?;
    let balance = repo::balance(&mut tx, &before.account_id).await?;
    super::commit_unless_dry_run(tx, dry_run).await?;
    Ok(GrantOutcome { grant: after, balance, settled: Vec::new() })
}
