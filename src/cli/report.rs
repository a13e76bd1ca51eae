//! `billctl report mrr|churn|ltv|revenue|aging|customers|subscriptions`: finance reports, read-only.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{Datelike, Months, NaiveDate};
use clap::{Args, Subcommand, ValueEnum};

use super::Ctx;
use crate::app::reports::{self, MrrQuery};
use crate::domain::Currency;
use crate::domain::reports::Step;
use crate::render::Format;
use crate::render::html::Page;

const MRR_HELP: &str = "\
MRR is the monthly-normalised recurring price of every active subscription (past due included,
until dunning cancels it) at the end of each period's last day: a yearly price counts 1/12, a
weekly one 52/12, a daily one 365/12, per-seat prices times the quantity; trials, paused and
canceled subscriptions, taxes, one-off charges and metered usage count nothing. Each
subscription's figure is rounded once to the minor unit (half away from zero).

Movements per account and currency, from its MRR at the end of each day (changes within a day net
out): new (first payment), expansion, contraction, churn (MRR to zero), reactivation (a churned
account pays again). Contraction and churn are negative; net_new is the sum of the five, and
mrr = mrr_start + net_new. ARR = 12 × MRR. Currencies are never summed: one row per period and
currency. Computed from the subscription history recorded by the clock (--as-of), so a past month
never changes. Table and CSV show major units with a currency column; JSON minor units.

A table ends with a sparkline of MRR per currency (--no-chart to omit it).

Examples:
  billctl report mrr --from 2026-01-01 --to 2026-12-31 --interval month
  billctl report mrr --from 2026-10-01 --to 2026-12-31 --interval week --currency EUR --format csv";

const AGING_HELP: &str = "\
Open receivables at the end of the clock's day (UTC; --as-of for another day): invoices issued by
then and still open (their amount due), or paid, voided or written off only later (their total),
by days past their due date: current (not yet due), 1-30, 31-60, 61-90, over-90. Totals per
currency; --accounts adds each account's amount in each bucket.

Examples:
  billctl report aging
  billctl report aging --accounts --as-of 2026-11-30 --format csv";

const REVENUE_HELP: &str = "\
Revenue per period and currency from issued invoices (not drafts or voided ones), before tax:
invoiced (lines of invoices issued in the period), recognised (each line spread over its service
period day by day: every day gets the amount divided by the days, truncated, the last day the rest,
so the parts sum to the line exactly; days before the invoice was issued are recognised on its
issue date, so a closed period never changes; a line without a service period on its issue date),
and deferred (invoiced but not yet recognised at the period's end). Recurring, proration, usage
and one-off lines count; tax and credit lines do not.

Examples:
  billctl report revenue --from 2026-01-01 --to 2026-12-31 --interval month
  billctl report revenue --from 2026-01-01 --to 2026-03-31 --interval quarter --currency USD --format json";

const CHURN_HELP: &str = "\
Per period and currency, from the same movements as `report mrr`: customer churn rate = accounts
whose MRR went to zero in the period ÷ paying accounts at its start; gross MRR churn rate =
(churn + contraction) ÷ MRR at the start; net MRR churn rate = (churn + contraction − expansion −
reactivation) ÷ MRR at the start (negative when expansion outgrows the losses). Rates are
fractions (0.05 = 5 %) rounded to 6 decimal places; n/a (JSON null) when the period starts with no
paying account.

Examples:
  billctl report churn --from 2026-01-01 --to 2026-12-31 --interval month
  billctl report churn --interval quarter --currency EUR --format json";

const LTV_HELP: &str = "\
At the end of the clock's day (UTC; --as-of for another), per currency: MRR, paying accounts,
ARPA = MRR ÷ paying accounts, and LTV = ARPA ÷ the average of the monthly customer churn rates
(see `report churn`) of the 6 complete calendar months before that day's month, counting only
months that started with a paying account. LTV is n/a (JSON null) when that average is zero or
there is no such month. Amounts rounded once to the minor unit.

Examples:
  billctl report ltv
  billctl report ltv --currency EUR --as-of 2026-11-30 --format json";

const CUSTOMERS_HELP: &str = "\
The --top accounts of each currency (never summed across currencies), ranked by revenue (the
subtotal before tax of their invoices issued from --from to --to, not drafts or voided ones) or by
MRR at the end of --to (as `report mrr` computes it); every row shows both. Accounts with nothing
by the chosen measure are left out. --from defaults to the first of the month eleven months before
--to, --to to today.

Examples:
  billctl report customers --top 10
  billctl report customers --top 25 --by mrr --currency EUR --format csv";

const SUBSCRIPTIONS_HELP: &str = "\
Per period and currency, from the subscription history: subscriptions active, trialing and paused
at the end of the period's last day, new ones (started in the period: a trial counts when it
starts) and canceled ones (canceled in the period), and net_new = new − canceled. Computed from
the history recorded by the clock (--as-of), so a past month never changes.

Examples:
  billctl report subscriptions --from 2026-01-01 --to 2026-12-31 --interval month
  billctl report subscriptions --interval week --currency USD --format json";

/// What `report customers` ranks by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    Revenue,
    Mrr,
}

#[derive(Debug, Args)]
pub struct CustomersArgs {
    /// How many accounts per currency
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10000))]
    pub top: u32,
    /// Rank by revenue invoiced in the range or by MRR at its end
    #[arg(long, value_enum, default_value_t = By::Revenue)]
    pub by: By,
    /// First day of the revenue range (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day, included (YYYY-MM-DD; default: today by the clock)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Only this currency (ISO 4217 code)
    #[arg(long, value_name = "CODE", value_parser = parse_currency)]
    pub currency: Option<Currency>,
    #[command(flatten)]
    pub show: ShowArgs,
}

#[derive(Debug, Subcommand)]
pub enum ReportCmd {
    /// MRR and ARR at each period end, and the movements in each period, per currency
    #[command(after_help = MRR_HELP)]
    Mrr(MrrArgs),
    /// Open receivables by age since the due date, per currency (and per account)
    #[command(after_help = AGING_HELP)]
    Aging(AgingArgs),
    /// Customer churn rate and gross and net MRR churn rate per period, per currency
    #[command(after_help = CHURN_HELP)]
    Churn(MrrArgs),
    /// ARPA and LTV per currency (ARPA ÷ trailing 6-month average customer churn)
    #[command(after_help = LTV_HELP)]
    Ltv(LtvArgs),
    /// Invoiced, recognised (day by day over the service period) and deferred revenue, per currency
    #[command(after_help = REVENUE_HELP)]
    Revenue(MrrArgs),
    /// The top accounts of each currency by revenue invoiced or by MRR
    #[command(after_help = CUSTOMERS_HELP)]
    Customers(CustomersArgs),
    /// Subscriptions active, trialing and paused at each period end; new and canceled in each
    #[command(after_help = SUBSCRIPTIONS_HELP)]
    Subscriptions(MrrArgs),
}

/// `--interval` of a time series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Interval {
    Day,
    Week,
    Month,
    Quarter,
}

impl From<Interval> for Step {
    fn from(i: Interval) -> Step {
        match i {
            Interval::Day => Step::Day,
            Interval::Week => Step::Week,
            Interval::Month => Step::Month,
            Interval::Quarter => Step::Quarter,
        }
    }
}

#[derive(Debug, Args)]
pub struct MrrArgs {
    #[command(flatten)]
    pub series: SeriesArgs,
    #[command(flatten)]
    pub show: ShowArgs,
}

/// How a report is shown besides its rows: the chart under a table, an HTML page.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// No chart under the table (table format only)
    #[arg(long)]
    pub no_chart: bool,
    /// Also write the report as a self-contained HTML page (tables and SVG charts) to FILE
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// The range and step of a time series.
#[derive(Debug, Args)]
pub struct SeriesArgs {
    /// First day (YYYY-MM-DD; default: the first of the month eleven months before --to)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last day, included (YYYY-MM-DD; default: today by the clock)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Period of the series: calendar days, ISO weeks, months or quarters, cut to the range
    #[arg(long, value_enum, default_value_t = Interval::Month)]
    pub interval: Interval,
    /// Only this currency (ISO 4217 code)
    #[arg(long, value_name = "CODE", value_parser = parse_currency)]
    pub currency: Option<Currency>,
}

#[derive(Debug, Args)]
pub struct LtvArgs {
    /// Only this currency (ISO 4217 code)
    #[arg(long, value_name = "CODE", value_parser = parse_currency)]
    pub currency: Option<Currency>,
    #[command(flatten)]
    pub show: ShowArgs,
}

#[derive(Debug, Args)]
pub struct AgingArgs {
    /// Also list each account's amount in each bucket
    #[arg(long)]
    pub accounts: bool,
    #[command(flatten)]
    pub show: ShowArgs,
    /// Only this currency (ISO 4217 code)
    #[arg(long, value_name = "CODE", value_parser = parse_currency)]
    pub currency: Option<Currency>,
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date; write YYYY-MM-DD"))
}

fn parse_currency(text: &str) -> Result<Currency, String> {
    Currency::parse(text).map_err(|e| e.to_string())
}

/// The subtitle of a time-series report.
fn range(q: &MrrQuery) -> String {
    let currency = q.currency.map(|c| format!(", {c} only")).unwrap_or_default();
    format!("{} to {}, by {:?}{currency}", q.from, q.to, q.step).to_lowercase()
}

/// Prints a report's rows (and under a table its chart lines), and with `--out` writes its page.
fn present<T: crate::render::Record>(
    ctx: &Ctx,
    show: &ShowArgs,
    title: &str,
    subtitle: &str,
    rows: &[T],
    charts: Vec<crate::render::html::Chart>,
) -> Result<()> {
    ctx.out.list(rows)?;
    if ctx.out.format == Format::Table && !show.no_chart {
        for line in crate::render::report::chart_lines(&charts) {
            ctx.out.line(line)?;
        }
    }
    if let Some(path) = &show.out {
        let mut page = Page::new(title, subtitle);
        for c in &charts {
            page.chart(c);
        }
        page.table(title, rows);
        page.write(path)?;
        ctx.out.success(format!("wrote {}", path.display()));
    }
    Ok(())
}

/// The range and step of a time series: `--to` defaults to today, `--from` to the first of the
/// month eleven months earlier.
fn series(ctx: &Ctx, a: &SeriesArgs) -> MrrQuery {
    let to = a.to.unwrap_or_else(|| ctx.clock.today());
    let from = a.from.unwrap_or_else(|| {
        let first = to.with_day(1).unwrap_or(to);
        first.checked_sub_months(Months::new(11)).unwrap_or(first)
    });
    MrrQuery { from, to, step: a.interval.into(), currency: a.currency }
}

pub async fn run(ctx: &Ctx, cmd: ReportCmd) -> Result<ExitCode> {
    use crate::render::report as charts;
    match cmd {
        ReportCmd::Mrr(a) => {
            let q = series(ctx, &a.series);
            reports::check_range(q.from, q.to, q.step)?;
            let rows = reports::mrr(&ctx.app().await?, &q).await?;
            present(ctx, &a.show, "MRR and its movements", &range(&q), &rows, charts::mrr_charts(&rows))?;
        }
        ReportCmd::Churn(a) => {
            let q = series(ctx, &a.series);
            reports::check_range(q.from, q.to, q.step)?;
            let rows = reports::churn(&ctx.app().await?, &q).await?;
            present(ctx, &a.show, "Churn", &range(&q), &rows, charts::churn_charts(&rows))?;
        }
        ReportCmd::Ltv(a) => {
            let rows = reports::ltv(&ctx.app().await?, a.currency).await?;
            let at = format!("at the end of {}", ctx.clock.today());
            present(ctx, &a.show, "ARPA and LTV", &at, &rows, Vec::new())?;
        }
        ReportCmd::Revenue(a) => {
            let q = series(ctx, &a.series);
            reports::check_range(q.from, q.to, q.step)?;
            let rows = reports::revenue(&ctx.app().await?, &q).await?;
            present(
                ctx,
                &a.show,
                "Revenue: invoiced, recognised, deferred",
                &range(&q),
                &rows,
                charts::revenue_charts(&rows),
            )?;
        }
        ReportCmd::Customers(a) => {
            let range_q =
                series(ctx, &SeriesArgs { from: a.from, to: a.to, interval: Interval::Month, currency: a.currency });
            let q = reports::CustomersQuery {
                from: range_q.from,
                to: range_q.to,
                top: a.top as usize,
                by: match a.by {
                    By::Revenue => crate::domain::reports::CustomerOrder::Revenue,
                    By::Mrr => crate::domain::reports::CustomerOrder::Mrr,
                },
                currency: a.currency,
            };
            let rows = reports::customers(&ctx.app().await?, &q).await?;
            let title = format!("Top {} customers", a.top);
            let chart = charts::customer_charts(&rows, a.by == By::Mrr);
            present(ctx, &a.show, &title, &format!("{} to {}", q.from, q.to), &rows, chart)?;
        }
        ReportCmd::Subscriptions(a) => {
            let q = series(ctx, &a.series);
            reports::check_range(q.from, q.to, q.step)?;
            let rows = reports::subscriptions(&ctx.app().await?, &q).await?;
            present(ctx, &a.show, "Subscriptions", &range(&q), &rows, charts::subscription_charts(&rows))?;
        }
        ReportCmd::Aging(a) => {
            let aging = reports::aging(&ctx.app().await?, a.currency).await?;
            match ctx.out.format {
                Format::Json | Format::Ndjson => {
                    let accounts = if a.accounts { aging.accounts.clone() } else { Vec::new() };
                    let value = serde_json::json!({
                        "as_of": aging.as_of, "totals": aging.totals, "accounts": accounts,
                    });
                    ctx.out.value(&value, &[], Vec::new())?;
                }
                Format::Csv if a.accounts => ctx.out.list(&aging.accounts)?,
                Format::Csv => ctx.out.list(&aging.totals)?,
                Format::Table => {
                    ctx.out.info(format!("open receivables at the end of {}", aging.as_of));
                    ctx.out.list(&aging.totals)?;
                    if a.accounts && !aging.accounts.is_empty() {
                        ctx.out.list(&aging.accounts)?;
                    }
                }
            }
            if let Some(path) = &a.show.out {
                let mut page =
                    Page::new("Receivables aging", &format!("open receivables at the end of {}", aging.as_of));
                page.table("Totals per currency", &aging.totals);
                for c in charts::aging_charts(&aging.totals) {
                    page.chart(&c);
                }
                if a.accounts {
                    page.table("Accounts", &aging.accounts);
                }
                page.write(path)?;
                ctx.out.success(format!("wrote {}", path.display()));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
