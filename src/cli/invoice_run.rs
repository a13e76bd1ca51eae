//! `billctl invoice run` and `invoice preview`.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::app::invoice_run::{self, Options, Summary};
use crate::error::{self, UserError};
use crate::render::run_preview;
use crate::render::{Format, progress};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Compute exactly what the run would write, to the cent, and write nothing (--format csv or json
    /// lists every line; the table shows the first 50 invoices)
    #[arg(long)]
    pub dry_run: bool,
    /// Write the invoices as drafts (no number, not collectable) for review; number them with
    /// `billctl invoice finalize --run RUN_ID`
    #[arg(long, conflicts_with = "dry_run")]
    pub draft: bool,
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    /// Accounts per transaction
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch_size: u64,
    /// Batches processed concurrently
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=32))]
    pub workers: u64,
    /// Seconds to wait, in all, for accounts locked by something other than an invoice run (a
    /// payment, a credit grant, a psql session); those still locked are reported, exit 6
    #[arg(long, value_name = "SECONDS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(0..=3600))]
    pub lock_timeout: u64,
}

pub(super) fn options(ctx: &Ctx, a: &RunArgs) -> Options {
    Options {
        dry_run: a.dry_run,
        draft: a.draft,
        account: a.account.clone(),
        batch_size: a.batch_size as usize,
        workers: a.workers as usize,
        lock_timeout: std::time::Duration::from_secs(a.lock_timeout),
        number_format: ctx.cfg.invoice_number_format.0.clone(),
        payment_terms_days: ctx.cfg.payment_terms_days.0,
        seller_country: ctx.cfg.seller_country.as_ref().map(|s| s.0.clone()),
        preview_sink: None,
    }
}

/// The run summary: a table (on stderr after a dry run's preview), or JSON. A dry run's CSV and
/// JSON were written by its preview ([`run_preview::Streamed`]).
fn print_summary(ctx: &Ctx, s: &Summary) -> Result<()> {
    if s.dry_run && ctx.out.format != Format::Table {
        return Ok(());
    }
    if ctx.out.format.is_json() {
        return ctx.out.value(s, &[], vec![]);
    }
    let mut rows = vec![
        vec!["run".to_string(), s.run_id.clone().unwrap_or_else(|| "(dry run: nothing written)".into())],
        vec!["as of".into(), s.as_of.clone()],
        vec!["accounts".into(), s.accounts.to_string()],
        vec!["skipped (being billed by another run)".into(), s.accounts_skipped_locked.to_string()],
        vec!["not billed (locked by another transaction)".into(), s.accounts_not_billed_locked.to_string()],
        vec!["subscriptions billed".into(), s.subscriptions_billed.to_string()],
        if s.draft {
            vec!["invoices".into(), format!("{} drafts (no number yet: billctl invoice finalize --run …)", s.invoices)]
        } else {
            vec!["invoices".into(), format!("{} ({} paid on issue: zero total)", s.invoices, s.invoices_paid_on_issue)]
        },
        vec!["canceled at period end / pause limit".into(), s.canceled.to_string()],
    ];
    for (cur, t) in &s.by_currency {
        rows.push(vec![
            format!("total {cur}"),
            format!(
                "{} invoices: subtotal {}, tax {}, credit {}, total {}",
                t.invoices,
                crate::render::amount_wide(t.subtotal, cur),
                crate::render::amount_wide(t.tax, cur),
                crate::render::amount_wide(t.credit_applied, cur),
                crate::render::amount_wide(t.total, cur)
            ),
        ]);
    }
    rows.push(vec!["errors".into(), s.errors.len().to_string()]);
    rows.push(vec!["seconds".into(), format!("{:.2}", s.seconds)]);
    if ctx.out.format == Format::Table {
        let t = crate::render::table::list(&["run summary", ""], rows.into_iter());
        if s.dry_run {
            crate::stderr_line!("{t}");
        } else {
            ctx.out.line(t)?;
        }
    }
    Ok(())
}

/// `invoice run`.
pub async fn run(ctx: &Ctx, a: RunArgs) -> Result<ExitCode> {
    // Each worker holds a connection for its batch transaction: size the pool for them.
    let cx = ctx.app_for_workers(a.workers as u32).await?;
    let total = invoice_run::count_due(&cx, a.account.as_deref()).await.unwrap_or(0);
    let bar = progress::bar(total, if a.dry_run { "dry run" } else { "billing" }, ctx.out.quiet);
    let b2 = bar.clone();
    let report: invoice_run::Progress = Arc::new(move |n| b2.set_position(n));
    let mut opts = options(ctx, &a);
    let streamed = if a.dry_run {
        let (out, sink) = run_preview::Streamed::start(ctx.out.format)?;
        opts.preview_sink = Some(sink);
        Some(out)
    } else {
        None
    };
    let summary = invoice_run::run(&cx, opts, report).await;
    bar.finish_and_clear();
    if crate::config::env_os("BILLCTL_PROFILE").is_some() {
        crate::stderr_line!("batch phases: {}", invoice_run::phase_report());
    }
    let summary = summary?;
    if let Some(out) = streamed {
        out.finish(&summary)?;
    }
    if !(ctx.out.silent_when_ok() && summary.errors.is_empty()) {
        print_summary(ctx, &summary)?;
    }
    if !summary.errors.is_empty() {
        return Err(error::partial(format!("{} account(s) could not be billed", summary.errors.len()))
            .details(summary.errors.clone())
            .hint("fix the cause shown above and run again; everything else was billed")
            .into());
    }

    Ok(ExitCode::SUCCESS)
}

/// `invoice preview ACCOUNT`: the next invoice(s) the account will get, nothing written.
pub async fn preview(ctx: &Ctx, account: String) -> Result<ExitCode> {
    let cx = ctx.app().await?;
    let acct = crate::app::accounts::show(&cx, &account).await?;
    let next = crate::store::billing_batch::next_billing_date(&mut *cx.pool.acquire().await?, &acct.id).await?;
    let Some(next) = next else {
        return Err(error::not_found(format!("account {} has no upcoming invoice", acct.id))
            .hint("it has no live subscription")
            .into());
    };
    let date = next.max(ctx.clock.today_in(acct.timezone));
    let clock = crate::clock::Clock::parse(&date.to_string()).map_err(UserError::from)?;
    let args = RunArgs {
        dry_run: true,
        draft: false,
        account: Some(acct.id.clone()),
        batch_size: 1,
        workers: 1,
        lock_timeout: 0,
    };
    let at_date = crate::app::Context { clock, ..cx };
    let summary = invoice_run::run(&at_date, options(ctx, &args), Arc::new(|_| {})).await?;
    ctx.out.info(format!("upcoming invoice(s) of {} on {date} (nothing written)", acct.id));
    match ctx.out.format {
        Format::Json | Format::Ndjson => ctx.out.value(&summary.preview, &[], vec![])?,
        Format::Csv => crate::render::csv::write(
            &mut std::io::stdout().lock(),
            &run_preview::CSV_HEADERS,
            summary.preview.iter().flat_map(run_preview::csv_rows),
        )?,
        Format::Table => ctx.out.line(run_preview::table(&summary.preview))?,
    }

    Ok(ExitCode::SUCCESS)
}
