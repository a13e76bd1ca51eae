//! Invoices issued at once, outside the invoice run: the proration of a mid-period change
//! (`subscription change --invoice now`) and one-off charges (`charge add --invoice now`).
//!
//! The charges are pending charges the caller has just written in its transaction; this issues
//! them on one finalized invoice (kind `manual`), assembled exactly like the run's invoices (tax,
//! credit oldest first, a zero total paid on issue), numbered from the same gapless counter in
//! the same transaction, and open for `payment collect`. The account is locked first (blocking),
//! so the invoice run and credit commands see the credit it applies.

use super::Context;
use crate::domain::event::EventType;
use anyhow::Result;
use chrono::Datelike;
use serde::Serialize;
use sqlx::PgConnection;

use crate::config::Config;
use crate::domain::credit::CreditBalance;
use crate::domain::invoice::NumberFormat;
use crate::error::{self, UserError};
use crate::store::invoices::{self as invoices_repo, Invoice, InvoiceLine};
use crate::store::subscriptions::PendingCharge;
use crate::store::{accounts, audit, billing_batch as batch, numbering, tax_rates};

use super::invoice_build::{self as build, Terms};

/// The settings that shape an invoice issued at once (from the configuration).
#[derive(Debug, Clone)]
pub struct IssueSettings {
    pub number_format: String,
    pub payment_terms_days: u32,
    pub seller_country: Option<String>,
}

impl IssueSettings {
    pub fn from_config(cfg: &Config) -> IssueSettings {
        IssueSettings {
            number_format: cfg.invoice_number_format.0.clone(),
            payment_terms_days: cfg.payment_terms_days.0,
            seller_country: cfg.seller_country.as_ref().map(|s| s.0.clone()),
        }
    }
}

/// An invoice issued at once, with its lines.
#[derive(Debug, Clone, Serialize)]
pub struct Issued {
    #[serde(flatten)]
    pub invoice: Invoice,
    pub lines: Vec<InvoiceLine>,
}

/// Issues `charges` (pending, not billed, all of `account_id`) on one numbered invoice in the
/// caller's transaction.
pub async fn issue(
    conn: &mut PgConnection,
    cx: &Context,
    account_id: &str,
    charges: &[PendingCharge],
    subscription_id: Option<&str>,
) -> Result<Issued> {
    let clock = &cx.clock;
    let settings = &IssueSettings::from_config(&cx.config);
    let format = NumberFormat::parse(&settings.number_format).map_err(|e| {
        error::usage(format!("invoice_number_format '{}' is not valid: {e}", settings.number_format))
            .hint("fix invoice_number_format in config.toml or BILLCTL_INVOICE_NUMBER_FORMAT, e.g. INV-{year}-{seq:6}")
    })?;
    accounts::lock(conn, account_id).await?;
    let account = batch::claim_accounts(conn, &[account_id.to_string()], true)
        .await?
        .pop()
        .ok_or_else(|| error::not_found(format!("no account '{account_id}'")))?;
    let today = clock.today_in(account.timezone);
    let now = clock.now();
    let terms = Terms {
        number_format: settings.number_format.clone(),
        payment_terms_days: settings.payment_terms_days,
        seller_country: settings.seller_country.clone(),
        rates: tax_rates::active_rates(conn, today).await?,
        run_id: None,
        now,
    };
    let mut grants: Vec<CreditBalance> = batch::grant_balances(conn, std::slice::from_ref(&account.id))
        .await?
        .into_iter()
        .enumerate()
        .map(|(i, (_, grant_id, remaining_minor))| CreditBalance { grant_id, remaining_minor, granted_at_order: i })
        .collect();
    let refs: Vec<&PendingCharge> = charges.iter().collect();
    let mut built =
        build::build_now(&terms, &account, today, &refs, &mut grants, subscription_id).map_err(UserError::from)?;
    let prefix = format.prefix(today.year(), today.month());
    let seq = numbering::allocate(conn, &prefix, 1).await?;
    built.invoice.number = Some(format.number(today.year(), today.month(), seq as u64).map_err(UserError::from)?);
    invoices_repo::copy_lines(conn, built.lines.iter()).await?;
    batch::insert_credit_entries(conn, &built.credit_entries).await?;
    invoices_repo::copy_invoices(conn, std::iter::once(&built.invoice)).await?;
    let paid = built.invoice.status == crate::domain::invoice::InvoiceStatus::Paid;
    let told: Vec<_> = std::iter::once(super::events::invoice_event(EventType::InvoiceFinalized, &built.invoice))
        .chain(paid.then(|| super::events::invoice_event(EventType::InvoicePaid, &built.invoice)))
        .collect();
    super::events::emit_many(conn, cx, &told).await?;
    let invoice_ids = vec![built.invoice.id.clone(); built.pending_ids.len()];
    batch::mark_pending(conn, &built.pending_ids, &invoice_ids).await?;
    audit::record(
        conn,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "invoice.issue",
            entity_type: "invoice",
            entity_id: &built.invoice.id,
            account_id: Some(&built.invoice.account_id),
            before: None,
            after: Some(serde_json::to_value(&built.invoice).unwrap_or_default()),
        },
    )
    .await?;
    Ok(Issued { invoice: built.invoice, lines: built.lines })
}
