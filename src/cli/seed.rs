//! `billctl seed`: deterministic fixtures for CI scripts and benchmarks.

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use super::Ctx;
use crate::app::seed::{self, MAX_ACCOUNTS, MAX_USAGE_EVENTS, Options, Summary};
use crate::error;

const AFTER_HELP: &str = "\
Deterministic: the same --accounts, --seed, --start-date and clock (--as-of / BILLCTL_NOW) give
byte-identical rows. Accounts get external ids seed-<S>-<i> (i = 0..N-1); accounts of that seed
that already exist are kept and only the missing ones are added, so re-running is safe. Each
batch is one transaction: after an error or Ctrl-C every account exists with all its rows or not
at all, and running the same command again adds the rest.

Catalog: plans seed-basic (flat monthly), seed-team (per seat, monthly), seed-api (flat monthly plus
graduated api_calls), seed-annual (flat yearly) and seed-trial (flat monthly, 14-day trial), priced
in EUR, USD, GBP, JPY and KWD; created on first use and reused afterwards.

Subscriptions start on one of the 7 days from --start-date. The default start date is the clock's
today minus 7 days: every non-trial subscription is then due (next_bill_date <= today) on an
invoice run as of today, and trials end 8-14 days later.

With --file, loads a declared set instead: {\"plans\": [...], \"accounts\": [...], \"subscriptions\": [...]}
(plans as `billctl plan show CODE --format json` definitions: code, name, interval, interval_count,
trial_days, prices; accounts with external_id and the `account create` fields; subscriptions with
external_id, account (its external id), plan (code), quantity, start, trial_days, anchor). Plans are
keyed by code, accounts and subscriptions by external id: loading the same file twice changes nothing.

Examples:
  billctl seed --file fixtures.json
  billctl seed --accounts 1000
  billctl --as-of 2026-11-23 seed --accounts 1000000 --seed 7 --usage-events 20 --format json";

#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct SeedArgs {
    /// Number of accounts (each gets one subscription)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=MAX_ACCOUNTS),
        required_unless_present = "file", conflicts_with = "file")]
    pub accounts: Option<u64>,
    /// Load a declared set of plans, accounts and subscriptions from a JSON file (idempotent)
    #[arg(long, value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
    /// Random seed: the same seed gives the same data
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Earliest subscription start date, YYYY-MM-DD [default: today minus 7 days]
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub start_date: Option<NaiveDate>,
    /// Usage events (api_calls) per metered subscription, within its current period
    #[arg(long, value_name = "K", default_value_t = 0,
        value_parser = clap::value_parser!(u32).range(0..i64::from(MAX_USAGE_EVENTS)))]
    pub usage_events: u32,
    /// Accounts per COPY batch
    #[arg(long, value_name = "B", default_value_t = 50_000,
        value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub batch_size: u64,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date; write YYYY-MM-DD"))
}

pub async fn run(ctx: &Ctx, args: SeedArgs) -> Result<ExitCode> {
    if let Some(path) = &args.file {
        let file = crate::app::fixtures::read(path)?;
        let loaded = crate::app::fixtures::load(&ctx.app().await?, &file).await?;
        let rows = vec![
            vec!["plans".into(), loaded.plans_created.to_string(), loaded.plans_existing.to_string()],
            vec!["accounts".into(), loaded.accounts_created.to_string(), loaded.accounts_existing.to_string()],
            vec![
                "subscriptions".into(),
                loaded.subscriptions_created.to_string(),
                loaded.subscriptions_existing.to_string(),
            ],
        ];
        ctx.out.value(&loaded, &["kind", "created", "already there"], rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let opts = Options {
        accounts: args.accounts.unwrap_or(1),
        seed: args.seed,
        start_date: args.start_date.unwrap_or_else(|| seed::default_start_date(&ctx.clock)),
        usage_events: args.usage_events,
        batch_size: args.batch_size,
    };
    if opts.start_date.checked_add_days(chrono::Days::new(400)).is_none() {
        return Err(error::usage(format!("--start-date {} is too far in the future", opts.start_date)).into());
    }
    let cx = ctx.app().await?;
    let bar = crate::render::progress::bar(opts.accounts, "seeding accounts", ctx.out.quiet);
    let summary = seed::run(&cx, &opts, |n| bar.inc(n)).await;
    bar.finish_and_clear();
    let summary = summary?;
    report(ctx, &summary)?;
    Ok(ExitCode::SUCCESS)
}

fn report(ctx: &Ctx, s: &Summary) -> Result<()> {
    let w = &s.written;
    if ctx.out.format.is_json() {
        crate::render::json::write(&mut std::io::stdout().lock(), s)?;
    }
    if s.accounts_existing > 0 {
        ctx.out.info(format!(
            "{} of {} accounts of seed {} already existed{}",
            s.accounts_existing,
            s.accounts_requested,
            s.seed,
            if w.accounts == 0 { "; nothing to add" } else { "; added the missing ones" }
        ));
    }
    ctx.out.success(format!(
        "seed {}: {} accounts, {} subscriptions, {} history rows, {} usage events in {:.2} s ({:.0} rows/s); \
         plans: {} created, {} reused; starts from {}",
        s.seed,
        w.accounts,
        w.subscriptions,
        w.subscription_history,
        w.usage_events,
        s.seconds,
        s.rows_per_second,
        s.plans_created,
        s.plans_reused,
        s.start_date
    ));
    Ok(())
}
