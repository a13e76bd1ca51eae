//! `billctl credit grant|list|void|apply`: account credit, kept as a ledger whose sum is the balance.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::credits::{self, ApplyOutcome, GrantOutcome, Listing, Settled};
use crate::render::{Format, money};

const LEDGER_HELP: &str =
    "The balance is the sum of the account's ledger entries. What is left of a grant is its amount
plus the entries made against it: applied to invoices (−), returned when an invoice is voided (+),
and voided (−). Invoices use credit oldest grant first.

Credit reaches open invoices: when credit is granted (or returned by a void), and before any
charge, it is applied to the account's open invoices, oldest invoice first; a partly covered
invoice is charged only for the rest.

Examples:
  billctl credit list --account acct_…
  billctl credit list --format csv";

super::page_args!(CreditPage, Credit, "grant");

#[derive(Debug, Subcommand)]
pub enum CreditCmd {
    /// Grant credit to an account (in the account's currency); open invoices use it at once, oldest first
    #[command(after_help = "The credit first settles the account's open invoices, oldest first; what is left waits\n\
        for the next invoices.\n\nExample:\n  billctl credit grant --account acct_… --amount 12.50 --reason \"outage on 3 March\"")]
    Grant(GrantArgs),
    /// Apply the account's credit to its open invoices now, oldest first (idempotent)
    #[command(after_help = "Credit is applied to open invoices automatically when it is granted and before any
charge; this does it on demand (e.g. for credit granted before this rule existed). Running it again
applies nothing more. Invoices with a charge in flight are left alone.

Examples:\n  billctl credit apply acct_… --dry-run\n  billctl credit apply acct_…")]
    Apply {
        /// Account id or external id
        account: String,
        /// Show what would be applied, write nothing
        #[arg(long)]
        dry_run: bool,
    },
    /// List credit grants with what is left of each, and the balance
    #[command(after_help = LEDGER_HELP)]
    List(ListArgs),
    /// Void the unused remainder of a grant (a fully used grant cannot be voided)
    #[command(after_help = "What was already applied to invoices stays applied; only the rest is taken back.\n\n\
        Example:\n  billctl credit void cred_… --reason \"granted twice\"")]
    Void {
        /// Grant id (cred_…); `--reason` (global) is kept on the ledger entry and in the audit log
        credit: String,
        /// Show exactly what it would void and write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct GrantArgs {
    /// Account id or external id
    #[arg(long)]
    pub account: String,
    /// Amount in major units of the account's currency (12.50); `--reason` (required here) says
    /// why the credit is given, kept on the ledger and in the audit log
    #[arg(long)]
    pub amount: String,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    #[command(flatten)]
    pub page: CreditPage,
}

fn print_outcome(ctx: &Ctx, o: &GrantOutcome) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Ndjson => ctx.out.value(o, &[], vec![]),
        _ => {
            ctx.out.one(&o.grant)?;
            print_settled(ctx, &o.settled);
            ctx.out.info(format!("balance of {}: {}", o.grant.account_id, money(o.balance, &o.grant.currency)));
            Ok(())
        }
    }
}

fn print_settled(ctx: &Ctx, settled: &[Settled]) {
    for s in settled {
        let name = s.invoice_number.as_deref().unwrap_or(&s.invoice_id);
        ctx.out.info(format!(
            "applied {} to open invoice {name} ({} still due)",
            money(s.amount, &s.currency),
            money(s.amount_due, &s.currency)
        ));
    }
}

fn print_apply(ctx: &Ctx, o: &ApplyOutcome) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Ndjson => ctx.out.value(o, &[], vec![]),
        _ => {
            ctx.out.list(&o.settled)?;
            let verb = if o.dry_run { "would apply" } else { "applied" };
            ctx.out.info(format!(
                "{verb} {} of credit to {} open invoice(s); balance of {}: {}",
                money(o.applied, &o.currency),
                o.settled.len(),
                o.account_id,
                money(o.balance, &o.currency)
            ));
            Ok(())
        }
    }
}

fn print_listing(ctx: &Ctx, l: &Listing) -> Result<()> {
    match ctx.out.format {
        Format::Json | Format::Ndjson => ctx.out.value(l, &[], vec![]),
        Format::Csv => ctx.out.list(&l.grants),
        Format::Table => {
            ctx.out.list(&l.grants)?;
            for b in &l.balances {
                ctx.out.line(format!("balance {}: {}", b.account_id, money(b.balance, &b.currency)))?;
            }
            Ok(())
        }
    }
}

pub async fn run(ctx: &Ctx, cmd: CreditCmd) -> Result<ExitCode> {
    match cmd {
        CreditCmd::Grant(a) => {
            let o = credits::grant(&ctx.app().await?, &a.account, &a.amount).await?;
            print_outcome(ctx, &o)?;
            ctx.out.success(format!("granted {} to {}", money(o.grant.amount, &o.grant.currency), o.grant.account_id));
        }
        CreditCmd::List(a) => {
            let l =
                credits::list(&ctx.app().await?, a.account.as_deref(), a.page.after.as_deref(), a.page.limit).await?;
            print_listing(ctx, &l)?;
            if l.grants.len() as i64 == a.page.limit
                && let Some(last) = l.grants.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.id));
            }
        }
        CreditCmd::Void { credit, dry_run } => {
            let cx = ctx.app().await?;
            if let Some(p) = ctx.preview_destructive(dry_run, credits::void(&cx, &credit, true)).await? {
                print_outcome(ctx, &p)?;
                if ctx.ask_destructive(dry_run, &format!("Void the unused remainder of {}?", p.grant.id))? {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            let o = credits::void(&cx, &credit, false).await?;
            print_outcome(ctx, &o)?;
            ctx.out.success(format!("voided the unused remainder of {}", o.grant.id));
        }
        CreditCmd::Apply { account, dry_run } => {
            let o = credits::apply(&ctx.app().await?, &account, dry_run).await?;
            print_apply(ctx, &o)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
