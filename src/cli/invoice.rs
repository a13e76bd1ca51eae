//! `billctl invoice list|show|void|finalize`.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::invoice_admin::{self as invoices, Detail, STATUSES, Voided};
use crate::error;
use crate::render::{Format, Record, cell, money};
use crate::store::invoices::{DraftSelection, Filter, Invoice};

#[derive(Debug, Subcommand)]
pub enum InvoiceCmd {
    /// Bill every due subscription: one invoice per subscription and period, numbered, left open
    /// (or drafts with --draft)
    #[command(after_help = "Safe to re-run (nothing is billed twice), to interrupt (finished batches stay, the rest\n\
        is billed by the next run) and to run from several machines at once (they split the accounts).\n\
        Exit code 6 when some accounts could not be billed (listed in the summary).\n\n\
        Examples:\n  billctl invoice run\n  billctl invoice run --dry-run --format csv > preview.csv\n  \
        billctl invoice run --draft        # unnumbered drafts; then billctl invoice finalize --run RUN_ID")]
    Run(super::invoice_run::RunArgs),
    /// Show the next invoice(s) an account will get, without writing anything
    Preview {
        /// Account id or external id
        account: String,
    },
    /// List invoices, oldest first, a page at a time
    #[command(after_help = "Pages: pass the last id shown to --after to get the next page.")]
    List(ListArgs),
    /// Show one invoice (by id or number) with its lines and totals
    Show { invoice: String },
    /// Void a draft or open invoice; credit it applied goes back to the account
    #[command(after_help = "Only draft and open invoices with nothing paid can be voided; a paid invoice is
corrected with `billctl credit grant`. Credit the invoice applied is returned to the grants it came
from. --credit-account also grants the invoice total to the account as new credit (for a customer
who is owed it, e.g. when the invoice is replaced).")]
    Void(VoidArgs),
    /// Finalize drafts: allocate their numbers, issue them today, open them for payment
    #[command(after_help = "Examples:
  billctl invoice run --draft                    # review the invoices of a new catalog first
  billctl invoice finalize --run run_01J…        # then number that run's drafts in one go
  billctl invoice finalize --all-drafts
  billctl invoice finalize inv_01J… inv_01K…

Numbers come from invoice_number_format (default INV-{year}-{seq:6}) and are gapless per prefix,
allocated in the one transaction that finalizes them (oldest draft first); a draft voided before
has no number and leaves no gap. An invoice whose total is 0 is paid on issue.")]
    Finalize(FinalizeArgs),
    /// Regenerate the drafts of a draft run: void them and bill their subscriptions again
    #[command(after_help = "Example:
  billctl invoice run --draft                       # review: a tax rate was missing
  billctl tax rate add --country DE --name VAT --rate 19
  billctl invoice regenerate --run run_01J…          # the drafts go, nothing is numbered
  billctl invoice run --draft                       # the same periods, billed again as drafts

The drafts are voided (they have no number, so no gap), what they used (pending charges, usage,
credit) is given back, and their subscriptions are put back as the draft run found them. Refused
for an account with a finalized invoice from that run, or a subscription changed since.")]
    Regenerate {
        /// The draft run (`invoice run --draft` prints its id)
        #[arg(long, value_name = "RUN_ID")]
        run: String,
        /// Only this account (id or external id)
        #[arg(long)]
        account: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    /// Only this status: draft, open, paid, void, uncollectible
    #[arg(long)]
    pub status: Option<String>,
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10000))]
    pub limit: i64,
    /// Start after this invoice id (the last id of the previous page)
    #[arg(long, value_name = "ID", value_parser = |s: &str| super::cursor(crate::domain::ids::IdKind::Invoice, s))]
    pub after: Option<String>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("which").required(true).args(["invoice", "run", "all_drafts"])))]
pub struct FinalizeArgs {
    /// Draft invoice id(s)
    pub invoice: Vec<String>,
    /// Every draft written by this invoice run (`invoice run --draft`)
    #[arg(long, value_name = "RUN_ID", conflicts_with_all = ["invoice", "all_drafts"])]
    pub run: Option<String>,
    /// Every draft invoice
    #[arg(long, conflicts_with = "invoice")]
    pub all_drafts: bool,
}

#[derive(Debug, Args)]
pub struct VoidArgs {
    /// Invoice id or number
    pub invoice: String,
    /// Also grant the invoice total to the account as credit
    #[arg(long)]
    pub credit_account: bool,
}

impl Record for Invoice {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "number",
            "account_id",
            "status",
            "kind",
            "currency",
            "period_start",
            "period_end",
            "subtotal",
            "tax",
            "credit_applied",
            "total",
            "amount_paid",
            "amount_due",
            "issued_on",
            "due_on",
            "created_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        let m = |v: i64| money(v, &self.currency);
        vec![
            self.id.clone(),
            cell(&self.number),
            self.account_id.clone(),
            self.status.clone(),
            self.kind.clone(),
            self.currency.clone(),
            cell(&self.period_start),
            cell(&self.period_end),
            m(self.subtotal),
            m(self.tax),
            m(self.credit_applied),
            m(self.total),
            m(self.amount_paid),
            m(self.amount_due),
            cell(&self.issued_on),
            cell(&self.due_on),
            self.created_at.to_rfc3339(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 2, 3, 6, 7, 11, 13, 15])
    }
}

fn key_values(pairs: &[(&str, String)]) -> comfy_table::Table {
    let (keys, values): (Vec<&str>, Vec<String>) = pairs.iter().cloned().unzip();
    crate::render::table::key_values(&keys, &values)
}

fn print_detail(ctx: &Ctx, d: &Detail) -> Result<()> {
    let i = &d.invoice;
    if ctx.out.format != Format::Table {
        return match ctx.out.format {
            Format::Json => ctx.out.value(d, &[], vec![]),
            _ => ctx.out.one(i),
        };
    }
    let m = |v: i64| money(v, &i.currency);
    let period = match (i.period_start, i.period_end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        _ => String::new(),
    };
    let head = [
        ("invoice", format!("{} ({})", i.number.as_deref().unwrap_or("draft, no number yet"), i.id)),
        ("status", i.status.clone()),
        ("account", i.account_id.clone()),
        ("period", period),
        ("issued", cell(&i.issued_on)),
        ("due", cell(&i.due_on)),
    ];
    println!("{}", key_values(&head));
    let lines = d.lines.iter().map(|l| {
        let service = match (l.service_start, l.service_end) {
            (Some(s), Some(e)) => format!("{s} – {e}"),
            _ => String::new(),
        };
        vec![
            l.position.to_string(),
            l.kind.clone(),
            l.description.clone(),
            l.quantity.to_string(),
            service,
            m(l.amount),
        ]
    });
    println!("{}", crate::render::table::list(&["#", "kind", "description", "quantity", "service", "amount"], lines));
    let totals = [
        ("subtotal", m(i.subtotal)),
        ("tax", m(i.tax)),
        ("credit applied", m(-i.credit_applied)),
        ("total", m(i.total)),
        ("paid", m(i.amount_paid)),
        ("amount due", m(i.amount_due)),
    ];
    println!("{}", key_values(&totals));
    if let Some(note) = &i.tax_note {
        println!("{note}");
    }
    Ok(())
}

fn print_voided(ctx: &Ctx, v: &Voided) -> Result<()> {
    if ctx.out.format == Format::Json {
        return ctx.out.value(v, &[], vec![]);
    }
    ctx.out.one(&v.invoice)?;
    let cur = &v.invoice.currency;
    if v.credit_returned > 0 {
        ctx.out.info(format!("returned {} of applied credit to the account", money(v.credit_returned, cur)));
    }
    if let Some(g) = &v.credit_grant_id {
        ctx.out.info(format!("granted {} as account credit ({g})", money(v.credit_granted, cur)));
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: InvoiceCmd) -> Result<ExitCode> {
    match cmd {
        InvoiceCmd::Run(a) => return super::invoice_run::run(ctx, a).await,
        InvoiceCmd::Preview { account } => return super::invoice_run::preview(ctx, account).await,
        InvoiceCmd::List(a) => {
            if let Some(s) = &a.status
                && !STATUSES.contains(&s.as_str())
            {
                return Err(error::usage(format!("--status '{s}' is not one of {}", STATUSES.join(", "))).into());
            }
            let filter = Filter { account_id: None, status: a.status.clone(), after: a.after.clone(), limit: a.limit };
            let rows = invoices::list(ctx.pool().await?, a.account.as_deref(), filter).await?;
            ctx.out.list(&rows)?;
            if rows.len() as i64 == a.limit
                && let Some(last) = rows.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.id));
            }
        }
        InvoiceCmd::Show { invoice } => {
            let d = invoices::show(ctx.pool().await?, &invoice).await?;
            print_detail(ctx, &d)?;
        }
        InvoiceCmd::Void(a) => {
            let v = invoices::void(ctx.pool().await?, &ctx.clock, &a.invoice, a.credit_account).await?;
            print_voided(ctx, &v)?;
            ctx.out.success(format!("voided {}", v.invoice.number.as_deref().unwrap_or(&v.invoice.id)));
        }
        InvoiceCmd::Regenerate { run, account } => {
            let r = invoices::regenerate(ctx.pool().await?, &ctx.clock, &run, account.as_deref()).await?;
            if ctx.out.format == Format::Json {
                ctx.out.value(&r, &[], vec![])?;
            }
            ctx.out.success(format!(
                "voided {} draft(s); {} subscription(s) will be billed again by the next `billctl invoice run --draft`",
                r.voided.len(),
                r.subscriptions
            ));
        }
        InvoiceCmd::Finalize(a) => {
            let selection = match (a.run, a.all_drafts) {
                (Some(r), _) => DraftSelection::Run(r),
                (None, true) => DraftSelection::All,
                (None, false) => DraftSelection::Ids(a.invoice),
            };
            let cfg = &ctx.cfg;
            let done = invoices::finalize(
                ctx.pool().await?,
                &ctx.clock,
                &selection,
                &cfg.invoice_number_format.0,
                cfg.payment_terms_days.0,
            )
            .await?;
            let list = &done.invoices;
            // One invoice named by id prints as that invoice (as before); a batch as a list.
            match (&selection, list.as_slice()) {
                (DraftSelection::Ids(ids), [i]) if ids.len() == 1 => ctx.out.one(i)?,
                _ if ctx.out.format == Format::Json => ctx.out.value(&done, &[], vec![])?,
                _ => ctx.out.list(list)?,
            }
            let range = match (list.first(), list.last()) {
                (Some(f), Some(l)) => format!(
                    " ({} – {})",
                    f.number.as_deref().unwrap_or_default(),
                    l.number.as_deref().unwrap_or_default()
                ),
                _ => String::new(),
            };
            ctx.out.success(format!("finalized {} invoice(s){range}", list.len()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
