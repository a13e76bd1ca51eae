//! `billctl usage record|import`: metered usage events, idempotent per account and key.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::usage::{self, ImportReport, Recorded, UsageInput};
use crate::render::Stamp as _;

const RULES: &str = "Rules: the metric must be a metered metric of the subscription's plan in its currency; the
quantity a non-negative decimal; the key is unique per account (a repeated key is a duplicate:
not an error, not recorded twice). An event in a period already invoiced is accepted up to 7 days
after that period ends (local dates in the account's time zone) and billed on a supplemental
invoice at the next run; later than that it is refused.";

#[derive(Debug, Subcommand)]
pub enum UsageCmd {
    /// Record one usage event
    #[command(after_help = format!("{RULES}\n\nExample:\n  billctl usage record --subscription sub_… --metric api_calls \
        --quantity 12.5 --at 2026-01-15T10:00:00Z --key evt-0001"))]
    Record(RecordArgs),
    /// Import usage events from a CSV file; every row is checked first and nothing is written unless all are valid
    #[command(after_help = format!("CSV header:\n  subscription,metric,quantity,occurred_at,key\n\n{RULES}\n\n\
        Examples:\n  billctl usage import usage-2026-01.csv --dry-run\n  billctl usage import usage-2026-01.csv"))]
    Import {
        /// CSV file with a header row
        file: PathBuf,
        /// Check the file and count what would be imported, write nothing
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Subscription id or external id
    #[arg(long)]
    pub subscription: String,
    /// Metric name (as in the plan's metered price)
    #[arg(long)]
    pub metric: String,
    /// How much was used (a non-negative decimal)
    #[arg(long, allow_negative_numbers = true)]
    pub quantity: String,
    /// When it happened (RFC 3339, e.g. 2026-01-15T10:00:00Z)
    #[arg(long, value_name = "TIME")]
    pub at: String,
    /// Idempotency key, unique per account
    #[arg(long)]
    pub key: String,
}

fn print_recorded(ctx: &Ctx, r: &Recorded) -> Result<()> {
    let e = &r.event;
    let rows = vec![
        vec!["outcome".into(), r.outcome.clone()],
        vec!["placement".into(), r.placement.clone()],
        vec!["id".into(), e.id.clone()],
        vec!["subscription".into(), e.subscription_id.clone()],
        vec!["metric".into(), e.metric.clone()],
        vec!["quantity".into(), e.quantity.to_string()],
        vec!["occurred_at".into(), e.occurred_at.stamp()],
        vec!["key".into(), e.idempotency_key.clone()],
    ];
    ctx.out.value(r, &["field", "value"], rows)
}

fn print_report(ctx: &Ctx, r: &ImportReport) -> Result<()> {
    let rows = vec![vec![
        r.rows.to_string(),
        r.inserted.to_string(),
        r.duplicates.to_string(),
        r.rejected.to_string(),
        r.supplemental.to_string(),
    ]];
    ctx.out.value(r, &["rows", "inserted", "duplicates", "rejected", "supplemental"], rows)
}

pub async fn run(ctx: &Ctx, cmd: UsageCmd) -> Result<ExitCode> {
    match cmd {
        UsageCmd::Record(a) => {
            let input = UsageInput {
                subscription: a.subscription,
                metric: a.metric,
                quantity: a.quantity,
                occurred_at: a.at,
                key: a.key,
            };
            let cx = ctx.app().await?;
            let r = match usage::record(&cx, &input, ctx.yes).await {
                Ok(r) => r,
                Err(e) => {
                    ctx.confirm_after(e)?;
                    usage::record(&cx, &input, true).await?
                }
            };
            print_recorded(ctx, &r)?;
            match (r.outcome.as_str(), r.placement.as_str()) {
                ("duplicate", _) => ctx.out.info(format!(
                    "duplicate: key '{}' was already recorded as {}; nothing written",
                    r.event.idempotency_key, r.event.id
                )),
                (_, "supplemental") => ctx.out.success(format!(
                    "recorded {} (late: it goes on a supplemental invoice at the next run)",
                    r.event.id
                )),
                _ => ctx.out.success(format!("recorded {}", r.event.id)),
            }
        }
        UsageCmd::Import { file, dry_run } => {
            let cx = ctx.app().await?;
            let r = match usage::import(&cx, &file, dry_run, ctx.yes).await {
                Ok(r) => r,
                Err(e) => {
                    ctx.confirm_after(e)?;
                    usage::import(&cx, &file, dry_run, true).await?
                }
            };
            print_report(ctx, &r)?;
            let verb = if dry_run { "would import" } else { "imported" };
            ctx.out.success(format!(
                "{verb} {} event(s), {} duplicate(s) skipped, {} rejected{}",
                r.inserted,
                r.duplicates,
                r.rejected,
                if dry_run { "; dry run, nothing written" } else { "" }
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
