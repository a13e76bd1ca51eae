//! `billctl credit grant|list|void`: account credit, kept as a ledger whose sum is the balance.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::credits::{self, GrantOutcome, Listing};
use crate::render::{Format, Record, cell, money};
use crate::store::credits::GrantRow;

const LEDGER_HELP: &str =
    "The balance is the sum of the account's ledger entries. What is left of a grant is its amount
plus the entries made against it: applied to invoices (−), returned when an invoice is voided (+),
and voided (−). Invoices use credit oldest grant first.";

#[derive(Debug, Subcommand)]
pub enum CreditCmd {
    /// Grant credit to an account (in the account's currency); the next invoices use it
    #[command(
        after_help = "Example:\n  billctl credit grant --account acct_… --amount 12.50 --reason \"outage on 3 March\""
    )]
    Grant(GrantArgs),
    /// List credit grants with what is left of each, and the balance
    #[command(after_help = LEDGER_HELP)]
    List(ListArgs),
    /// Void the unused remainder of a grant (a fully used grant cannot be voided)
    Void {
        /// Grant id (cred_…)
        credit: String,
        /// Why (kept on the ledger entry)
        #[arg(long)]
        reason: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    /// Account id or external id
    #[arg(long)]
    pub account: String,
    /// Amount in major units of the account's currency (12.50)
    #[arg(long)]
    pub amount: String,
    /// Why the credit is given (kept on the ledger and in the audit log)
    #[arg(long)]
    pub reason: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10000))]
    pub limit: i64,
    /// Start after this grant id
    #[arg(long, value_name = "ID", value_parser = |s: &str| super::cursor(crate::domain::ids::IdKind::Credit, s))]
    pub after: Option<String>,
}

fn status(g: &GrantRow) -> &'static str {
    match (g.voided, g.remaining > 0) {
        (true, false) => "void",
        (_, true) => "available",
        (false, false) => "used",
    }
}

impl Record for GrantRow {
    fn headers() -> Vec<&'static str> {
        vec!["id", "account_id", "amount", "remaining", "status", "reason", "invoice_id", "created_at"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.account_id.clone(),
            money(self.amount, &self.currency),
            money(self.remaining, &self.currency),
            status(self).into(),
            cell(&self.reason),
            cell(&self.invoice_id),
            self.created_at.to_rfc3339(),
        ]
    }
}

fn print_outcome(ctx: &Ctx, o: &GrantOutcome) -> Result<()> {
    match ctx.out.format {
        Format::Json => ctx.out.value(o, &[], vec![]),
        _ => {
            ctx.out.one(&o.grant)?;
            ctx.out.info(format!("balance of {}: {}", o.grant.account_id, money(o.balance, &o.grant.currency)));
            Ok(())
        }
    }
}

fn print_listing(ctx: &Ctx, l: &Listing) -> Result<()> {
    match ctx.out.format {
        Format::Json => ctx.out.value(l, &[], vec![]),
        Format::Csv => ctx.out.list(&l.grants),
        Format::Table => {
            ctx.out.list(&l.grants)?;
            for b in &l.balances {
                println!("balance {}: {}", b.account_id, money(b.balance, &b.currency));
            }
            Ok(())
        }
    }
}

pub async fn run(ctx: &Ctx, cmd: CreditCmd) -> Result<ExitCode> {
    match cmd {
        CreditCmd::Grant(a) => {
            let o = credits::grant(ctx.pool().await?, &ctx.clock, &a.account, &a.amount, &a.reason).await?;
            print_outcome(ctx, &o)?;
            ctx.out.success(format!("granted {} to {}", money(o.grant.amount, &o.grant.currency), o.grant.account_id));
        }
        CreditCmd::List(a) => {
            let l = credits::list(ctx.pool().await?, a.account.as_deref(), a.after.as_deref(), a.limit).await?;
            print_listing(ctx, &l)?;
            if l.grants.len() as i64 == a.limit
                && let Some(last) = l.grants.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.id));
            }
        }
        CreditCmd::Void { credit, reason } => {
            let o = credits::void(ctx.pool().await?, &ctx.clock, &credit, reason.as_deref()).await?;
            print_outcome(ctx, &o)?;
            ctx.out.success(format!("voided the unused remainder of {}", o.grant.id));
        }
    }
    Ok(ExitCode::SUCCESS)
}
