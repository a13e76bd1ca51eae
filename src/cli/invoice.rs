//! `billctl invoice list|show|void|finalize`.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::invoice_admin::{self as invoices, KINDS, Shown, Voided};
use crate::domain::invoice::{InvoiceKind, InvoiceStatus};
use crate::error::{self, UserError};
use crate::render::{Format, money};
use crate::store::invoices::{DraftSelection, Filter};

super::page_args!(InvoicePage, Invoice, "invoice");

#[derive(Debug, Subcommand)]
pub enum InvoiceCmd {
    /// Bill every due subscription: one invoice per subscription and period, numbered, left open
    /// (or drafts with --draft)
    #[command(after_help = "Safe to re-run (nothing is billed twice), to interrupt (finished batches stay, the rest\n\
        is billed by the next run) and to run from several machines at once (they split the accounts).\n\
        Ctrl-C, SIGTERM and SIGHUP roll back the batches in flight and record the run as interrupted\n\
        (exit 130, 143, 129). Accounts locked by a payment, a credit grant or a psql session are waited\n\
        for (--lock-timeout); exit code 6 when some accounts could not be billed (listed in the summary).\n\n\
        Examples:\n  billctl invoice run\n  billctl invoice run --dry-run --format csv > preview.csv\n  \
        billctl invoice run --draft        # unnumbered drafts; then billctl invoice finalize --run RUN_ID\n  \
        billctl invoice run --as-of 2026-12-01 --lock-timeout 30")]
    Run(super::invoice_run::RunArgs),
    /// Show the next invoice(s) an account will get, without writing anything
    #[command(
        after_help = "Examples:\n  billctl invoice preview acct_…\n  billctl invoice preview cust-42 --format json"
    )]
    Preview {
        /// Account id or external id
        account: String,
    },
    /// List invoices (or credit notes), oldest first, a page at a time
    #[command(after_help = "Pages: pass the last id shown to --after to get the next page.\n\nExamples:\n  \
        billctl invoice list --account acct_… --status open\n  billctl invoice list --kind credit_note")]
    List(ListArgs),
    /// Show one invoice or credit note (by id or number) with its lines and totals
    #[command(after_help = "Examples:\n  billctl invoice show INV-2026-000042\n  billctl invoice show CN-2026-000001")]
    Show {
        /// Invoice or credit note: id (inv_…, cn_…) or number (INV-2026-000042)
        invoice: String,
    },
    /// Void a draft or open invoice; an issued one gets a credit note; credit it applied goes back
    #[command(after_help = "Only draft and open invoices with nothing paid can be voided; a paid invoice is
corrected with `billctl credit grant`. Voiding an issued (numbered) invoice issues a credit note for
its charges and tax, numbered from credit_note_number_format (default CN-{year}-{seq:6}, its own
gapless series). Credit the invoice applied is returned to the grants it came from, and from there
to the account's other open invoices, oldest first. --credit-account also grants the invoice total
to the account as new credit (for a customer who is owed it, e.g. when the invoice is replaced).

Example:\n  billctl invoice void INV-2026-000042")]
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
    #[command(after_help = "Examples:
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
    /// Only this kind: regular, supplemental, final, manual, or credit_note (lists credit notes)
    #[arg(long)]
    pub kind: Option<String>,
    #[command(flatten)]
    pub page: InvoicePage,
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
    /// Show exactly what it would do (the same checks and amounts) and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

fn print_voided(ctx: &Ctx, v: &Voided) -> Result<()> {
    if ctx.out.format.is_json() {
        return ctx.out.value(v, &[], vec![]);
    }
    ctx.out.one(&v.invoice)?;
    let cur = &v.invoice.currency;
    if let Some(n) = &v.credit_note {
        ctx.out.info(format!("issued credit note {} for {}", n.number, money(n.total, cur)));
    }
    for s in &v.settled {
        let name = s.invoice_number.as_deref().unwrap_or(&s.invoice_id);
        ctx.out.info(format!("applied {} of credit to open invoice {name}", money(s.amount, cur)));
    }
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
            let status = a
                .status
                .as_deref()
                .map(|s| {
                    s.parse::<InvoiceStatus>()
                        .map_err(|_| error::usage(format!("--status '{s}' is not one of {}", InvoiceStatus::choices())))
                })
                .transpose()?;
            if let Some(k) = &a.kind
                && !KINDS.contains(&k.as_str())
            {
                return Err(error::usage(format!("--kind '{k}' is not one of {}", KINDS.join(", "))).into());
            }
            if a.kind.as_deref() == Some("credit_note") {
                if a.status.is_some() {
                    return Err(error::usage("--status does not apply to credit notes; leave it out").into());
                }
                let cx = ctx.app().await?;
                let rows =
                    invoices::list_credit_notes(&cx, a.account.as_deref(), a.page.after.as_deref(), a.page.limit)
                        .await?;
                ctx.out.list(&rows)?;
                if rows.len() as i64 == a.page.limit
                    && let Some(last) = rows.last()
                {
                    ctx.out.info(format!("more may follow: add --after {}", last.id));
                }
                return Ok(ExitCode::SUCCESS);
            }
            let kind = a.kind.as_deref().map(str::parse::<InvoiceKind>).transpose().map_err(UserError::from)?;
            let filter = Filter { account_id: None, status, kind, after: a.page.after.clone(), limit: a.page.limit };
            let rows = invoices::list(&ctx.app().await?, a.account.as_deref(), filter).await?;
            if ctx.out.format == Format::Table {
                // People read a page in number order (drafts, unnumbered, last); scripts page by id.
                let mut by_number = rows.clone();
                by_number.sort_by(|x, y| {
                    (x.number.is_none(), &x.number, &x.id).cmp(&(y.number.is_none(), &y.number, &y.id))
                });
                ctx.out.list(&by_number)?;
            } else {
                ctx.out.list(&rows)?;
            }
            if rows.len() as i64 == a.page.limit
                && let Some(last) = rows.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.id));
            }
        }
        InvoiceCmd::Show { invoice } => match invoices::show(&ctx.app().await?, &invoice).await? {
            Shown::Invoice(d) => crate::render::detail::invoice(&ctx.out, &d)?,
            Shown::CreditNote(d) => crate::render::detail::credit_note(&ctx.out, &d)?,
        },
        InvoiceCmd::Void(a) => {
            let cx = ctx.app().await?;
            if let Some(preview) =
                ctx.preview_destructive(a.dry_run, invoices::void(&cx, &a.invoice, a.credit_account, true)).await?
            {
                print_voided(ctx, &preview)?;
                let name = preview.invoice.number.as_deref().unwrap_or(&preview.invoice.id).to_string();
                if ctx.ask_destructive(a.dry_run, &format!("Void invoice {name}?"))? {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            let v = invoices::void(&cx, &a.invoice, a.credit_account, false).await?;
            print_voided(ctx, &v)?;
            ctx.out.success(format!("voided {}", v.invoice.number.as_deref().unwrap_or(&v.invoice.id)));
        }
        InvoiceCmd::Regenerate { run, account } => {
            let r = invoices::regenerate(&ctx.app().await?, &run, account.as_deref()).await?;
            if ctx.out.format.is_json() {
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
                &ctx.app().await?,
                &selection,
                &cfg.invoice_number_format.0,
                cfg.payment_terms_days.0,
            )
            .await?;
            let list = &done.invoices;
            // One invoice named by id prints as that invoice (as before); a batch as a list.
            match (&selection, list.as_slice()) {
                (DraftSelection::Ids(ids), [i]) if ids.len() == 1 => ctx.out.one(i)?,
                _ if ctx.out.format.is_json() => ctx.out.value(&done, &[], vec![])?,
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
