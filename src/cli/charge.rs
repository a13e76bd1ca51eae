//! `billctl charge add|list|void`: one-off charges (a setup fee, extra work), billed on the
//! account's next invoice or at once.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::charges::{self, AddInput, Added};
use crate::app::subscriptions::InvoiceTiming;
use crate::render::{cell, money};

super::page_args!(ChargePage, Charge, "charge");

#[derive(Debug, Subcommand)]
pub enum ChargeCmd {
    /// Charge an account once (a setup fee, extra work): on its next invoice or invoiced now
    #[command(after_help = "Examples:
  billctl charge add --account acct_… --amount 25.00 --description \"setup fee\"
  billctl charge add --account acct_… --amount 480.00 --description \"on-site training\" --invoice now
  billctl charge add --account acct_… --amount 10.00 --description \"postage\" --tax-exempt

--invoice next (the default) puts the charge on the account's next invoice from `billctl invoice
run`; --invoice now issues a numbered invoice for it at once, open for `billctl payment collect`.
A tax-exempt charge is billed without tax, on an invoice of its own. The amount is in the
account's currency, positive, at most 9999999999999.99 (in minor units: 999999999999999).")]
    Add(AddArgs),
    /// List one-off charges (pending, billed, void), oldest first
    #[command(after_help = "Example:\n  billctl charge list --account acct_… --format csv\n\n\
        Pages: pass the last id shown to --after to get the next page.")]
    List(ListArgs),
    /// Void a charge that is not billed yet
    #[command(after_help = "Example:\n  billctl charge void chg_…\n\n\
        A billed charge is corrected on its invoice (`billctl invoice void`) or with `billctl credit grant`.")]
    Void {
        /// Charge id (chg_…)
        charge: String,
    },
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Account id or external id
    #[arg(long)]
    pub account: String,
    /// Amount in major units of the account's currency (25.00)
    #[arg(long)]
    pub amount: String,
    /// What the charge is for (shown on the invoice line)
    #[arg(long)]
    pub description: String,
    /// Invoice it now (a numbered invoice of its own) or on the account's next invoice
    #[arg(long, value_enum, default_value = "next")]
    pub invoice: InvoiceTiming,
    /// Bill it without tax (on an invoice of its own)
    #[arg(long)]
    pub tax_exempt: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    #[command(flatten)]
    pub page: ChargePage,
}

fn print_added(ctx: &Ctx, a: &Added) -> Result<()> {
    if ctx.out.format.is_json() {
        return ctx.out.value(a, &[], vec![]);
    }
    ctx.out.one(&a.charge)?;
    match &a.invoice {
        Some(i) => ctx.out.info(format!(
            "invoiced now: {} total {} due {}",
            i.invoice.number.as_deref().unwrap_or_default(),
            money(i.invoice.total, &i.invoice.currency),
            cell(&i.invoice.due_on)
        )),
        None => ctx.out.info("on the account's next invoice (billctl invoice run)"),
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: ChargeCmd) -> Result<ExitCode> {
    match cmd {
        ChargeCmd::Add(a) => {
            let input = AddInput {
                account: a.account,
                amount: a.amount,
                description: a.description,
                invoice: a.invoice,
                tax_exempt: a.tax_exempt,
            };
            let added = charges::add(&ctx.app().await?, &input).await?;
            print_added(ctx, &added)?;
            let c = &added.charge.charge;
            ctx.out.success(format!("charged {} to {} ({})", money(c.amount, &c.currency), c.account_id, c.id));
        }
        ChargeCmd::List(a) => {
            let rows =
                charges::list(&ctx.app().await?, a.account.as_deref(), a.page.after.as_deref(), a.page.limit).await?;
            ctx.out.list(&rows)?;
            if rows.len() as i64 == a.page.limit
                && let Some(last) = rows.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.charge.id));
            }
        }
        ChargeCmd::Void { charge } => {
            let c = charges::void(&ctx.app().await?, &charge).await?;
            ctx.out.one(&c)?;
            ctx.out.success(format!("voided {charge}"));
        }
    }
    Ok(ExitCode::SUCCESS)
}
