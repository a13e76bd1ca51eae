//! Account credit: grant, list, void. The balance is always the sum of the ledger.
//!
//! What is left of a grant = its amount + its applied (−), returned (+) and void (−) entries.
//! Voiding a grant writes one 'void' entry of −remaining; a fully used grant cannot be voided.

use anyhow::Result;
use serde::Serialize;
use sqlx::PgPool;

use crate::clock::Clock;
use crate::domain::ids::IdKind;
use crate::domain::money::{MAX_AMOUNT_MINOR, max_amount};
use crate::domain::{Currency, Money, validate};
use crate::error::{self, UserError};
use crate::store::audit;
use crate::store::credits::{self as repo, CreditEntry, GrantRow};

fn json<T: Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or_default()
}

/// A grant and the account's balance after the command.
#[derive(Debug, Clone, Serialize)]
pub struct GrantOutcome {
    pub grant: GrantRow,
    pub balance: i64,
}

/// Grants `amount` (major units of the account's currency) to an account.
pub async fn grant(pool: &PgPool, clock: &Clock, account: &str, amount: &str, reason: &str) -> Result<GrantOutcome> {
    let reason = validate::required(reason, "reason").map_err(UserError::from)?;
    let mut tx = pool.begin().await?;
    let acct = crate::store::accounts::find_for_update(&mut tx, account).await?.ok_or_else(|| {
        error::not_found(format!("no account '{account}'")).hint("list accounts with `billctl account list`")
    })?;
    let currency = Currency::parse(&acct.currency).map_err(UserError::from)?;
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
        currency: currency.code().into(),
        reason: Some(reason),
        grant_id: None,
        invoice_id: None,
        created_at: clock.now(),
    };
    repo::insert(&mut tx, &entry).await?;
    audit::record(
        &mut tx,
        audit::Entry {
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
    let grant = repo::find_grant_for_update(&mut tx, &entry.id).await?.expect("just inserted");
    let balance = repo::balance(&mut tx, &acct.id).await?;
    tx.commit().await?;
    Ok(GrantOutcome { grant, balance })
}

/// An account's balance, in its currency.
#[derive(Debug, Clone, Serialize)]
pub struct Balance {
    pub account_id: String,
    pub currency: String,
    pub balance: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Listing {
    pub grants: Vec<GrantRow>,
    /// The balance of every account with a grant in `grants` (or of the account asked for).
    pub balances: Vec<Balance>,
}

pub async fn list(pool: &PgPool, account: Option<&str>, after: Option<&str>, limit: i64) -> Result<Listing> {
    let mut conn = pool.acquire().await?;
    let account_id = match account {
        Some(key) => Some(
            crate::store::accounts::find(&mut conn, key)
                .await?
                .ok_or_else(|| error::not_found(format!("no account '{key}'")))?
                .id,
        ),
        None => None,
    };
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
pub async fn void(pool: &PgPool, clock: &Clock, grant_id: &str, reason: Option<&str>) -> Result<GrantOutcome> {
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
        currency: before.currency.clone(),
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
    tx.commit().await?;
    Ok(GrantOutcome { grant: after, balance })
}
