//! `billctl invoice run` and `invoice preview`.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use clap::Args;

use super::Ctx;
use crate::app::invoice_run::{self, Options, Summary};
use crate::domain::Currency;
use crate::domain::money::format_minor;
use crate::error::{self, Kind, UserError};
use crate::render::{Format, progress};

#[derive(Debug, Args)]
pub struct RunArgs {
    /// Compute exactly what the run would write, to the cent, and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    /// Accounts per transaction
    #[arg(long, default_value_t = 2000, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub batch_size: u64,
    /// Batches processed concurrently
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u64).range(1..=32))]
    pub workers: u64,
}

fn money(minor: i64, currency: &str) -> String {
    Currency::parse(currency).map(|c| format_minor(minor, c)).unwrap_or_else(|_| minor.to_string())
}

fn options(ctx: &Ctx, a: &RunArgs) -> Options {
    Options {
        dry_run: a.dry_run,
        account: a.account.clone(),
        batch_size: a.batch_size as usize,
        workers: a.workers as usize,
        number_format: ctx.cfg.invoice_number_format.0.clone(),
        payment_terms_days: ctx.cfg.payment_terms_days.0,
        seller_country: ctx.cfg.seller_country.as_ref().map(|s| s.0.clone()),
    }
}

fn print_summary(ctx: &Ctx, s: &Summary) -> Result<()> {
    if ctx.out.format == Format::Json {
        return ctx.out.value(s, &[], vec![]);
    }
    if s.dry_run {
        print_preview(ctx, s)?;
        if ctx.out.format == Format::Csv {
            return Ok(());
        }
    }
    let mut rows = vec![
        vec!["run".to_string(), s.run_id.clone().unwrap_or_else(|| "(dry run: nothing written)".into())],
        vec!["as of".into(), s.as_of.clone()],
        vec!["accounts".into(), s.accounts.to_string()],
        vec!["skipped (locked by another run)".into(), s.accounts_skipped_locked.to_string()],
        vec!["subscriptions billed".into(), s.subscriptions_billed.to_string()],
        vec!["invoices".into(), format!("{} ({} paid on issue: zero total)", s.invoices, s.invoices_paid_on_issue)],
        vec!["canceled at period end / pause limit".into(), s.canceled.to_string()],
    ];
    for (cur, t) in &s.by_currency {
        rows.push(vec![
            format!("total {cur}"),
            format!(
                "{} invoices: subtotal {}, tax {}, credit {}, total {}",
                t.invoices,
                money(t.subtotal, cur),
                money(t.tax, cur),
                money(t.credit_applied, cur),
                money(t.total, cur)
            ),
        ]);
    }
    rows.push(vec!["errors".into(), s.errors.len().to_string()]);
    rows.push(vec!["seconds".into(), format!("{:.2}", s.seconds)]);
    if ctx.out.format == Format::Table {
        let t = crate::render::table::list(&["run summary", ""], rows.into_iter());
        if s.dry_run {
            eprintln!("{t}");
        } else {
            println!("{t}");
        }
    }
    for e in &s.errors {
        ctx.out.warn(e);
    }
    Ok(())
}

fn print_preview(ctx: &Ctx, s: &Summary) -> Result<()> {
    match ctx.out.format {
        Format::Csv => {
            let headers = [
                "account_id",
                "subscription_id",
                "period_start",
                "period_end",
                "currency",
                "position",
                "kind",
                "description",
                "quantity",
                "amount",
                "invoice_subtotal",
                "invoice_tax",
                "invoice_credit",
                "invoice_total",
            ];
            let rows = s
                .preview
                .iter()
                .flat_map(|p| {
                    p.lines.iter().map(move |l| {
                        let i = &p.invoice;
                        vec![
                            i.account_id.clone(),
                            i.subscription_id.clone().unwrap_or_default(),
                            i.period_start.map(|d| d.to_string()).unwrap_or_default(),
                            i.period_end.map(|d| d.to_string()).unwrap_or_default(),
                            i.currency.clone(),
                            l.position.to_string(),
                            l.kind.clone(),
                            l.description.clone(),
                            l.quantity.normalize().to_string(),
                            money(l.amount, &l.currency),
                            money(i.subtotal, &i.currency),
                            money(i.tax, &i.currency),
                            money(i.credit_applied, &i.currency),
                            money(i.total, &i.currency),
                        ]
                    })
                })
                .collect::<Vec<_>>();
            crate::render::csv::write(&mut std::io::stdout().lock(), &headers, rows.into_iter())
        }
        _ => {
            let rows = s
                .preview
                .iter()
                .map(|p| {
                    let i = &p.invoice;
                    vec![
                        i.account_id.clone(),
                        i.subscription_id.clone().unwrap_or_default(),
                        format!(
                            "{} – {}",
                            i.period_start.map(|d| d.to_string()).unwrap_or_default(),
                            i.period_end.map(|d| d.to_string()).unwrap_or_default()
                        ),
                        money(i.subtotal, &i.currency),
                        money(i.tax, &i.currency),
                        money(i.credit_applied, &i.currency),
                        format!("{} {}", money(i.total, &i.currency), i.currency),
                    ]
                })
                .collect::<Vec<_>>();
            let t = crate::render::table::list(
                &["account", "subscription", "period", "subtotal", "tax", "credit", "total"],
                rows.into_iter(),
            );
            println!("{t}");
            Ok(())
        }
    }
}

/// `invoice run`.
pub async fn run(ctx: &Ctx, a: RunArgs) -> Result<ExitCode> {
    let pool = ctx.pool().await?;
    let total = invoice_run::count_due(pool, &ctx.clock, a.account.as_deref()).await.unwrap_or(0);
    let bar = progress::bar(total, if a.dry_run { "dry run" } else { "billing" }, ctx.out.quiet);
    let b2 = bar.clone();
    let report: invoice_run::Progress = Arc::new(move |n| b2.set_position(n));
    let summary = invoice_run::run(pool, &ctx.clock, options(ctx, &a), report).await;
    bar.finish_and_clear();
    if std::env::var_os("BILLCTL_PROFILE").is_some() {
        eprintln!("batch phases: {}", invoice_run::phase_report());
    }
    let summary = summary?;
    print_summary(ctx, &summary)?;
    if !summary.errors.is_empty() {
        return Err(UserError::new(Kind::Partial, format!("{} account(s) could not be billed", summary.errors.len()))
            .hint("fix the cause shown above and run again; everything else was billed")
            .into());
    }

    Ok(ExitCode::SUCCESS)
}

/// `invoice preview ACCOUNT`: the next invoice(s) the account will get, nothing written.
pub async fn preview(ctx: &Ctx, account: String) -> Result<ExitCode> {
    let pool = ctx.pool().await?;
    let acct = crate::app::accounts::show(pool, &account).await?;
    let next: Option<chrono::NaiveDate> = sqlx::query_scalar(
        // When each subscription next has something to bill: its next period, the end of its
        // pause, or now for the usage owed up to a pause or a cancellation.
        "SELECT min(CASE
                WHEN usage_owed_until IS NOT NULL THEN usage_owed_until
                WHEN status = 'canceled' THEN LEAST(canceled_at, COALESCE(paused_at, canceled_at))
                WHEN status = 'paused' AND (usage_billed_through IS NULL OR usage_billed_through < paused_at)
                    THEN paused_at
                WHEN status = 'paused' THEN resume_at
                ELSE next_bill_date END)
         FROM subscriptions WHERE account_id = $1
           AND (status <> 'canceled' OR usage_owed_until IS NOT NULL OR usage_billed_through IS NULL
                OR usage_billed_through < LEAST(canceled_at, COALESCE(paused_at, canceled_at)))",
    )
    .bind(&acct.id)
    .fetch_one(pool)
    .await?;
    let Some(next) = next else {
        return Err(error::not_found(format!("account {} has no upcoming invoice", acct.id))
            .hint("it has no live subscription")
            .into());
    };
    let tz: chrono_tz::Tz = acct.timezone.parse().unwrap_or(chrono_tz::UTC);
    let date = next.max(ctx.clock.today_in(tz));
    let clock = crate::clock::Clock::parse(&date.to_string()).map_err(UserError::from)?;
    let args = RunArgs { dry_run: true, account: Some(acct.id.clone()), batch_size: 1, workers: 1 };
    let summary = invoice_run::run(pool, &clock, options(ctx, &args), Arc::new(|_| {})).await?;
    ctx.out.info(format!("upcoming invoice(s) of {} on {date} (nothing written)", acct.id));
    if ctx.out.format == Format::Json {
        ctx.out.value(&summary.preview, &[], vec![])?;
    } else {
        print_preview(ctx, &summary)?;
    }

    Ok(ExitCode::SUCCESS)
}
