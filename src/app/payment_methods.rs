//! Payment methods of an account: attach a card at the gateway, list, choose the default.
//!
//! Adding a card first makes sure the account is a gateway customer: created with the account's
//! name, e-mail and id (metadata) the first time, its name and e-mail updated on later adds; the
//! customer id is stored on the account (`stripe_customer_id`). Only the brand, last 4 digits and
//! expiry of a card are stored and shown; the first card becomes the default.

use super::Context;
use anyhow::Result;
use serde::Serialize;
use sqlx::Acquire;

use super::payment_gateway::Gateway;
use crate::domain::ids::IdKind;
use crate::error::{self, UserError};
use crate::gateway::{CustomerInfo, GatewayError, PaymentGateway};
use crate::store::payments::{self as repo, PaymentMethod};
use crate::store::{accounts, audit};

/// A card as shown: masked.
#[derive(Debug, Clone, Serialize)]
pub struct CardView {
    pub id: String,
    pub account_id: String,
    /// `stripe` or `sandbox (simulated)`.
    pub gateway: &'static str,
    pub gateway_pm_id: String,
    pub brand: String,
    pub last4: String,
    /// `MM/YYYY`
    pub expiry: String,
    pub is_default: bool,
}

impl From<&PaymentMethod> for CardView {
    fn from(m: &PaymentMethod) -> CardView {
        CardView {
            id: m.id.clone(),
            account_id: m.account_id.clone(),
            gateway: super::payment_admin::gateway_label(Some(&m.gateway)),
            gateway_pm_id: m.gateway_pm_id.clone(),
            brand: m.brand.clone().unwrap_or_default(),
            last4: m.last4.clone().unwrap_or_default(),
            expiry: match (m.exp_month, m.exp_year) {
                (Some(mo), Some(y)) => format!("{mo:02}/{y}"),
                _ => String::new(),
            },
            is_default: m.is_default,
        }
    }
}

fn gateway_failed(what: &str, e: GatewayError) -> anyhow::Error {
    let kind = match e {
        GatewayError::Invalid(_) => error::Kind::Usage,
        GatewayError::Auth(_) => error::Kind::Environment,
        _ => error::Kind::Conflict,
    };
    let hint = match e {
        GatewayError::Invalid(_) => "check the token (Stripe test tokens: pm_card_visa, pm_card_mastercard, …)",
        GatewayError::Auth(_) => "check stripe_secret_key / STRIPE_SECRET_KEY",
        _ => "the gateway is unavailable or slow; run the command again",
    };
    UserError::new(kind, format!("{what} failed: {e}")).hint(hint).into()
}

use super::accounts::not_found as no_account;

/// Attaches the card behind `token` to the account's gateway customer (creating it if needed).
pub async fn add(cx: &Context, gateway: &Gateway, account: &str, token: &str, make_default: bool) -> Result<CardView> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut conn = pool.acquire().await?;
    let acct = accounts::find(&mut conn, account).await?.ok_or_else(|| no_account(account))?;
    if acct.archived_at.is_some() {
        return Err(error::conflict(format!("account {} is archived", acct.id)).into());
    }
    gateway.prepare(&mut conn).await?;
    let existing = acct.stripe_customer_id.clone().filter(|c| gateway.owns_customer(c));
    let info = CustomerInfo {
        account_id: acct.id.clone(),
        name: acct.name.clone(),
        email: Some(acct.email.clone()).filter(|e| !e.is_empty()),
        existing_customer_id: existing.clone(),
    };
    let customer = gateway.gw.ensure_customer(&info).await.map_err(|e| gateway_failed("creating the customer", e))?;
    let now = clock.now();
    if existing.as_deref() != Some(customer.as_str()) {
        accounts::set_customer_id(&mut conn, &acct.id, &customer).await?;
        audit::record(
            &mut conn,
            audit::Entry {
                by: &cx.actor,
                at: now,
                action: "account.gateway_customer",
                entity_type: "account",
                entity_id: &acct.id,
                account_id: Some(&acct.id),
                before: Some(serde_json::json!({ "stripe_customer_id": acct.stripe_customer_id })),
                after: Some(serde_json::json!({ "stripe_customer_id": customer, "gateway": gateway.label() })),
            },
        )
        .await?;
    }
    let card = gateway
        .gw
        .attach_payment_method(&customer, token)
        .await
        .map_err(|e| gateway_failed("attaching the card", e))?;
    let mut tx = conn.begin().await?;
    accounts::lock(&mut tx, &acct.id).await?;
    let has_default = repo::default_method(&mut tx, &acct.id, gateway.name()).await?.is_some();
    let is_default = make_default || !has_default;
    let m = PaymentMethod {
        id: super::new_id(IdKind::PaymentMethod, now).replacen("pm_", "card_", 1),
        account_id: acct.id.clone(),
        gateway: gateway.name().into(),
        gateway_pm_id: card.id.clone(),
        brand: Some(card.brand.clone()),
        last4: Some(card.last4.clone()),
        exp_month: Some(card.exp_month),
        exp_year: Some(card.exp_year),
        is_default: false,
        created_at: now,
    };
    repo::insert_method(&mut tx, &m).await?;
    if is_default {
        repo::set_default(&mut tx, &acct.id, &m.id).await?;
    }
    let m = PaymentMethod { is_default, ..m };
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "payment_method.add",
            entity_type: "payment_method",
            entity_id: &m.id,
            account_id: Some(&acct.id),
            before: None,
            after: Some(serde_json::to_value(CardView::from(&m)).unwrap_or_default()),
        },
    )
    .await?;
    tx.commit().await?;
    if is_default {
        gateway
            .gw
            .set_default_payment_method(&customer, &card.id)
            .await
            .map_err(|e| gateway_failed("setting the default card at the gateway", e))?;
    }
    Ok(CardView::from(&m))
}

pub async fn list(cx: &Context, account: &str) -> Result<Vec<CardView>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    let acct = accounts::find(&mut conn, account).await?.ok_or_else(|| no_account(account))?;
    Ok(repo::methods(&mut conn, &acct.id).await?.iter().map(CardView::from).collect())
}

/// Makes a card (our id or the gateway's) the account's default, here and at the gateway.
pub async fn set_default(cx: &Context, gateway: &Gateway, account: &str, pm: &str) -> Result<CardView> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut conn = pool.acquire().await?;
    let acct = accounts::find(&mut conn, account).await?.ok_or_else(|| no_account(account))?;
    let m = repo::find_method(&mut conn, &acct.id, pm).await?.ok_or_else(|| {
        error::not_found(format!("account {} has no payment method '{pm}'", acct.id))
            .hint(format!("list them with `billctl account payment-method list {}`", acct.id))
    })?;
    if m.gateway != gateway.name() {
        return Err(error::conflict(format!(
            "payment method {} belongs to {}, but billctl is configured for {}",
            m.id,
            super::payment_admin::gateway_label(Some(&m.gateway)),
            gateway.label()
        ))
        .into());
    }
    let customer = acct.stripe_customer_id.clone().ok_or_else(|| {
        error::internal(format!("account {} has payment method {} but no gateway customer", acct.id, m.id))
    })?;
    gateway.prepare(&mut conn).await?;
    gateway
        .gw
        .set_default_payment_method(&customer, &m.gateway_pm_id)
        .await
        .map_err(|e| gateway_failed("setting the default card at the gateway", e))?;
    let mut tx = conn.begin().await?;
    accounts::lock(&mut tx, &acct.id).await?;
    repo::set_default(&mut tx, &acct.id, &m.id).await?;
    let after = PaymentMethod { is_default: true, ..m.clone() };
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "payment_method.default",
            entity_type: "payment_method",
            entity_id: &m.id,
            account_id: Some(&acct.id),
            before: Some(serde_json::to_value(CardView::from(&m)).unwrap_or_default()),
            after: Some(serde_json::to_value(CardView::from(&after)).unwrap_or_default()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(CardView::from(&after))
}
