//! `billctl payment collect|retry|list|attempts|show|record|refund`.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::payment_admin::{self, METHODS, STATUSES};
use crate::app::payment_gateway;
use crate::app::payments::{self, Mode, Options, Outcome, Summary};
use crate::domain::payment::AttemptStatus;
use crate::domain::retry::RetrySchedule;
use crate::error::{self, UserError};
use crate::render::Stamp as _;
use crate::render::{Format, cell, money};
use crate::store::payments::{AttemptFilter, Filter};

const COLLECT_HELP: &str = "\
Charges each open invoice with an amount due to its account's default card, off-session.
`--all` takes every open invoice never attempted; `--invoice` charges one invoice now, whatever
its retry schedule says (not a card that was declined for good).

Never twice: every attempt is written before the gateway is called and updated after, with the
idempotency key billctl-{invoice}-{attempt}. When the answer is lost (timeout, dropped connection)
the attempt stays 'uncertain' and is looked up at the gateway before anything else is charged,
by this run, the next collect or retry, or `billctl stripe sync`.

A declined card gets its next retry date (see `billctl payment retry`). A paid invoice is never
charged again. The gateway is Stripe when STRIPE_SECRET_KEY is set, else the offline sandbox, shown
as \"sandbox (simulated)\".

Exit code: 0 when every charge succeeded, 6 when any was declined, uncertain or failed, when an
invoice could not be charged for want of a card (none, or one declined for good), or when the
circuit breaker stopped the batch (cron should alert).

Examples:
  billctl payment collect --all --dry-run
  billctl payment collect --invoice INV-2026-000042";

const RETRY_HELP: &str = "\
For cron, once a day: retries every open invoice whose last charge was declined (softly) and whose
retry day has come. Retry days count from the first failure, on the schedule of the account's
dunning policy (`retry_schedule` in `billctl dunning policy show`; the default retries on days 3, 5,
7 and 10); --schedule 3,5,7,10 overrides it for one run; a missed day is caught up once. Hard
declines (stolen or lost card, fraud, invalid number, expired card, ...) are never retried: the
customer must add a new card.

Re-running on the same day charges nothing twice: a retry moves the invoice's next retry day past
today, and attempts whose answer was lost are looked up first.

Rate limit: at most --rate gateway requests per second (default 25 for test keys and the sandbox,
100 for live keys); a 429 is waited out (Retry-After) and sent again with the same key. After
--breaker gateway failures in a row (default 5) the batch stops and says so. --concurrency charges
run at once (default 8).

Exit code: 0 when all retried invoices were paid, 6 when anything was declined, uncertain or failed,
could not be charged for want of a card, or the breaker tripped.

Examples:
  billctl payment retry --dry-run
  15 6 * * *  billctl payment retry --quiet || notify-billing-team   # crontab line";

// No `{n}` in help texts: clap prints it as a line break.
const REFUND_HELP: &str = "\
Without --amount, everything not refunded yet is refunded. Each refund is sent
with the idempotency key billctl-refund-PAYMENT-N (N counts the refunds of the
payment): if its answer is lost, run the same command again; the money goes
back at most once.

A refund does NOT reopen the invoice: it stays paid. To bill again, issue a new
invoice; to keep the money as account credit instead of refunding it, use
`billctl credit grant`.

Examples:
  billctl payment refund pay_…     # everything not refunded yet
  billctl payment refund pi_… --amount 12.50 --reason \"double charge\"";

super::page_args!(PaymentPage, Payment, "payment");
super::page_args!(AttemptPage, PaymentAttempt, "attempt");

#[derive(Debug, Subcommand)]
pub enum PaymentCmd {
    /// Charge open invoices to the customers' default cards (off-session)
    #[command(after_help = COLLECT_HELP)]
    Collect(CollectArgs),
    /// Retry declined charges whose scheduled day has come (run it daily from cron)
    #[command(after_help = RETRY_HELP)]
    Retry(BatchArgs),
    /// List payments, oldest first, a page at a time
    #[command(after_help = "Pages: pass the last id shown to --after to get the next page.\n\n\
        Examples:\n  billctl payment list --invoice INV-2026-000042\n  \
        billctl payment list --account acct_… --status failed --format csv")]
    List(ListArgs),
    /// Show one payment (our id or the gateway's payment id) with its refunds
    #[command(after_help = "Examples:\n  billctl payment show pay_…\n  billctl payment show pi_… --format json")]
    Show {
        /// Payment id (pay_…) or gateway payment id (pi_…)
        payment: String,
    },
    /// List charge attempts (declines with their codes and next retry dates), oldest first
    #[command(
        after_help = "Every card charge is an attempt: started, then succeeded, failed (declined, with its code\n\
        and next retry date) or uncertain (answer lost; looked up before any new charge). Only a\n\
        succeeded attempt becomes a payment. Pages: pass the last id shown to --after.\n\n\
        Examples:\n  billctl payment attempts --invoice INV-2026-000042\n  billctl payment attempts --status failed --format csv"
    )]
    Attempts(AttemptsArgs),
    /// Record a payment received outside the gateway (wire, cash, check) against an open invoice
    #[command(
        after_help = "A partial payment lowers the amount due; the payment that brings it to 0 marks the invoice\n\
        paid (and unblocks a blocked account with nothing else overdue). More than the amount due is refused.\n\n\
        Example:\n  billctl payment record INV-2026-000042 --amount 120.00 --method wire --reference \"BANK-REF 881\""
    )]
    Record(RecordArgs),
    /// Refund a card payment in full or in part through its gateway
    #[command(after_help = REFUND_HELP)]
    Refund(RefundArgs),
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// Charges in flight at once (each holds a database connection while it waits for the gateway)
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=64))]
    pub concurrency: u32,
    /// Gateway requests per second (default 25 for test keys and the sandbox, 100 for live keys; 0 = no limit)
    #[arg(long, value_name = "PER_SEC")]
    pub rate: Option<f64>,
    /// Stop the batch after this many gateway failures in a row
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..))]
    pub breaker: u32,
    /// Retry days after the first failure for this run, e.g. 3,5,7,10 (default: the account's dunning policy's)
    #[arg(long, value_name = "DAYS")]
    pub schedule: Option<String>,
    /// Show what would be charged; call no gateway, write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CollectArgs {
    /// Charge this invoice (id or number)
    #[arg(long, conflicts_with = "all", required_unless_present = "all")]
    pub invoice: Option<String>,
    /// Charge every open invoice not attempted yet
    #[arg(long)]
    pub all: bool,
    #[command(flatten)]
    pub batch: BatchArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    /// Only this invoice (id or number)
    #[arg(long)]
    pub invoice: Option<String>,
    /// Only this status: succeeded, refunded, partially_refunded, pending, failed
    #[arg(long)]
    pub status: Option<String>,
    #[command(flatten)]
    pub page: PaymentPage,
}

#[derive(Debug, Args)]
pub struct AttemptsArgs {
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    /// Only this invoice (id or number)
    #[arg(long)]
    pub invoice: Option<String>,
    /// Only this status: started, succeeded, failed, uncertain
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(["started", "succeeded", "failed", "uncertain"]))]
    pub status: Option<String>,
    #[command(flatten)]
    pub page: AttemptPage,
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Invoice id or number
    pub invoice: String,
    /// Amount received, in the invoice's currency (12.34)
    #[arg(long)]
    pub amount: String,
    /// How it was paid: wire, cash, check, other
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(METHODS))]
    pub method: String,
    /// Bank reference, check number, receipt …
    #[arg(long)]
    pub reference: Option<String>,
}

#[derive(Debug, Args)]
pub struct RefundArgs {
    /// Payment id (pay_…) or gateway payment id (pi_…)
    pub payment: String,
    /// Amount to refund in the payment's currency (default: all that is left); `--reason` (global)
    /// is kept with the refund and in the audit log
    #[arg(long)]
    pub amount: Option<String>,
    /// Show exactly what it would do (the same checks and amounts) and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// With a live Stripe key, says so on stderr (real money moves), whatever `--quiet` says.
pub(crate) fn live_marker(ctx: &Ctx, gateway: &payment_gateway::Gateway) {
    // Always at a terminal; in cron (`--quiet`, no terminal) it would make every run "say something".
    if gateway.live && (ctx.out.stderr_is_terminal() || !ctx.out.quiet) {
        ctx.out.warn("LIVE: a live Stripe key is configured — real cards are charged, real money moves");
    }
}

/// `--schedule` for this run, else `None`: each account's dunning policy's schedule (the one
/// source of truth). The old `retry_schedule` setting is ignored with a warning.
fn schedule(ctx: &Ctx, flag: &Option<String>) -> Result<Option<RetrySchedule>> {
    retry_schedule_deprecation(ctx);
    match flag {
        None => Ok(None),
        Some(text) => RetrySchedule::parse(text)
            .map(Some)
            .map_err(|e| UserError::from(e).hint("fix --schedule: days after the first failure, e.g. 3,5,7,10").into()),
    }
}

/// Warns that `retry_schedule` (config.toml / BILLCTL_RETRY_SCHEDULE) no longer applies.
pub(crate) fn retry_schedule_deprecation(ctx: &Ctx) {
    if ctx.cfg.retry_schedule.is_some() {
        ctx.out.warn(
            "retry_schedule (config.toml or BILLCTL_RETRY_SCHEDULE) is deprecated and ignored: the retry \
             schedule is the dunning policy's (`billctl dunning policy show default`)",
        );
    }
}

async fn batch(ctx: &Ctx, mode: Mode, invoice: Option<String>, a: &BatchArgs) -> Result<ExitCode> {
    if let Some(r) = a.rate
        && (!r.is_finite() || r < 0.0)
    {
        return Err(error::usage(format!("--rate {r} must be 0 (no limit) or a positive number")).into());
    }
    let schedule = schedule(ctx, &a.schedule)?;
    let gateway = payment_gateway::select(&ctx.cfg, a.rate)?;
    live_marker(ctx, &gateway);
    if gateway.live && !a.dry_run && !matches!(mode, Mode::Collect { explicit: true }) {
        let q = if mode == Mode::Retry {
            "retry the declined charges that are due with the LIVE Stripe key?"
        } else {
            "charge every open invoice not attempted yet with the LIVE Stripe key?"
        };
        if !ctx.confirm(q)? {
            return Err(error::usage("not confirmed; nothing was charged").into());
        }
    }
    let cx = ctx.app_for_workers(a.concurrency).await?;
    let opts = Options {
        mode,
        invoice,
        dry_run: a.dry_run,
        concurrency: a.concurrency as usize,
        breaker: a.breaker,
        schedule,
    };
    let what = if mode == Mode::Retry { "retrying" } else { "charging" };
    let bar = crate::render::progress::bar(0, what, ctx.out.quiet);
    let pb = bar.clone();
    let progress: payments::Progress = Arc::new(move |n, total| {
        pb.set_length(total);
        pb.set_position(n);
    });
    if gateway.is_sandbox() {
        ctx.out.info("gateway: sandbox (simulated) — no money moves; set STRIPE_SECRET_KEY to charge through Stripe");
    }
    let s = payments::run(&cx, &gateway, opts, progress).await?;
    bar.finish_and_clear();
    let no_card = s.items.iter().filter(|i| wants_a_card(i)).count();
    let ok = s.dry_run || (s.all_good() && no_card == 0);
    if !(ctx.out.silent_when_ok() && ok) {
        print_summary(ctx, &s)?;
    }
    if s.breaker_tripped {
        ctx.out.warn(format!(
            "circuit breaker tripped: {} gateway failures in a row; the batch was stopped and {} invoice(s) were not attempted — check the gateway, then run again",
            s.breaker_threshold, s.not_attempted
        ));
    }
    if s.dry_run {
        return Ok(ExitCode::SUCCESS);
    }
    if ok {
        return Ok(ExitCode::SUCCESS);
    }
    let failed = s.declined + s.hard_declined + s.uncertain + s.errors + s.not_attempted + no_card;
    let mut e = error::partial(format!("{failed} of {} invoice(s) could not be charged", s.candidates)).hint(
        if ctx.out.quiet && ctx.out.format == Format::Table {
            "run it without --quiet to see the outcome of each invoice"
        } else {
            "see the outcome of each invoice above"
        },
    );
    if no_card > 0 {
        e = e.hint(format!(
            "{no_card} of them for want of a card: add one with `billctl account payment-method add ACCOUNT --token …`, then collect again"
        ));
    }
    if s.uncertain > 0 {
        e = e
            .hint("uncertain charges are looked up at the gateway by the next collect, retry or `billctl stripe sync`");
    }
    Err(e.into())
}

/// Whether an invoice was left uncharged for want of a card: the account has no default card at
/// the gateway, or (collecting one invoice by name) its card was declined for good.
fn wants_a_card(i: &payments::Item) -> bool {
    i.outcome == Outcome::Skipped && i.needs_card
}

fn print_summary(ctx: &Ctx, s: &Summary) -> Result<()> {
    if ctx.out.format.is_json() {
        return ctx.out.value(s, &[], vec![]);
    }
    let rate = match s.rate_limit_per_sec {
        Some(r) => format!("{r} req/s"),
        None => "none".into(),
    };
    let per_sec = if s.elapsed_secs > 0.0 { s.candidates as f64 / s.elapsed_secs } else { 0.0 };
    let counters: Vec<(&str, String)> = vec![
        ("gateway", s.gateway.to_string()),
        ("as of", s.as_of.to_string()),
        ("invoices", s.candidates.to_string()),
        ("attempted", s.attempted.to_string()),
        ("succeeded", s.succeeded.to_string()),
        ("recovered (earlier uncertain attempt)", s.recovered.to_string()),
        ("declined", s.declined.to_string()),
        ("hard-declined", s.hard_declined.to_string()),
        ("uncertain", s.uncertain.to_string()),
        ("gateway errors", s.errors.to_string()),
        ("skipped", s.skipped.to_string()),
        ("would charge (dry run)", s.would_charge.to_string()),
        ("rate-limited (429 answers, retried)", s.rate_limited.to_string()),
        (
            "breaker tripped",
            if s.breaker_tripped { format!("yes, {} not attempted", s.not_attempted) } else { "no".into() },
        ),
        ("requests / rate limit", format!("{} / {rate}", s.requests)),
        ("elapsed", format!("{:.2} s ({per_sec:.1} invoices/s, concurrency {})", s.elapsed_secs, s.concurrency)),
    ];
    let rows: Vec<Vec<String>> = s
        .items
        .iter()
        .filter(|i| i.outcome != Outcome::NotAttempted)
        .take(200)
        .map(|i| {
            vec![
                i.invoice_number.clone().unwrap_or_else(|| i.invoice_id.clone()),
                i.account_id.clone(),
                if i.currency.is_empty() { String::new() } else { money(i.amount, &i.currency) },
                cell(&i.attempt_no),
                i.outcome.as_str().to_string(),
                i.detail.clone(),
            ]
        })
        .collect();
    if ctx.out.format == Format::Csv {
        return ctx.out.value(s, &["invoice", "account", "amount", "attempt", "outcome", "detail"], rows);
    }
    let (k, v): (Vec<&str>, Vec<String>) = counters.into_iter().unzip();
    ctx.out.line(crate::render::table::key_values(&k, &v))?;
    if !rows.is_empty() && !ctx.out.quiet {
        ctx.out.line(format!(
            "{}",
            crate::render::table::list(
                &["invoice", "account", "amount", "attempt", "outcome", "detail"],
                rows.into_iter()
            )
        ))?;
        if s.items.len() > 200 {
            ctx.out.info(format!("{} more invoices: use --format json for all", s.items.len() - 200));
        }
    }
    Ok(())
}

async fn list_attempts(ctx: &Ctx, a: &AttemptsArgs) -> Result<()> {
    let status = a.status.as_deref().map(str::parse::<AttemptStatus>).transpose().map_err(UserError::from)?;
    let filter = AttemptFilter { status, after: a.page.after.clone(), limit: a.page.limit, ..Default::default() };
    let rows = payment_admin::attempts(&ctx.app().await?, a.account.as_deref(), a.invoice.as_deref(), filter).await?;
    ctx.out.list(&rows)?;
    if rows.len() as i64 == a.page.limit
        && let Some(last) = rows.last()
    {
        ctx.out.info(format!("more may follow: add --after {}", last.attempt.id));
    }
    Ok(())
}

pub async fn run(ctx: &Ctx, cmd: PaymentCmd) -> Result<ExitCode> {
    match cmd {
        PaymentCmd::Collect(a) => {
            let explicit = a.invoice.is_some();
            return batch(ctx, Mode::Collect { explicit }, a.invoice.clone(), &a.batch).await;
        }
        PaymentCmd::Retry(a) => return batch(ctx, Mode::Retry, None, &a).await,
        PaymentCmd::List(a) if a.status.as_deref() == Some("failed") => {
            // A declined card charge is a failed attempt: no payment is recorded for it.
            ctx.out.info("failed card charges are payment attempts (no money moved): listing them, as `billctl payment attempts --status failed` does");
            let attempts = AttemptsArgs {
                account: a.account.clone(),
                invoice: a.invoice.clone(),
                status: a.status.clone(),
                page: AttemptPage { limit: a.page.limit, after: None },
            };
            list_attempts(ctx, &attempts).await?;
        }
        PaymentCmd::Attempts(a) => list_attempts(ctx, &a).await?,
        PaymentCmd::List(a) => {
            if let Some(s) = &a.status
                && !STATUSES.contains(&s.as_str())
            {
                return Err(error::usage(format!("--status '{s}' is not one of {}", STATUSES.join(", "))).into());
            }
            let filter = Filter {
                account_id: None,
                invoice_id: None,
                status: a.status.clone(),
                after: a.page.after.clone(),
                limit: a.page.limit,
            };
            let rows =
                payment_admin::list(&ctx.app().await?, a.account.as_deref(), a.invoice.as_deref(), filter).await?;
            ctx.out.list(&rows)?;
            if rows.len() as i64 == a.page.limit
                && let Some(last) = rows.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.payment.id));
            }
            if let Some(inv) = &a.invoice {
                let n = payment_admin::unsuccessful_attempts(&ctx.app().await?, inv).await?;
                if n > 0 {
                    ctx.out.info(format!(
                        "{n} charge attempt(s) on {inv} did not succeed: see `billctl payment attempts --invoice {inv}`"
                    ));
                }
            }
        }
        PaymentCmd::Show { payment } => {
            let d = payment_admin::show(&ctx.app().await?, &payment).await?;
            if ctx.out.format.is_json() {
                ctx.out.value(&d, &[], vec![])?;
            } else {
                ctx.out.one(&d.payment)?;
                if !d.refunds.is_empty() && ctx.out.format == Format::Table {
                    let rows = d.refunds.iter().map(|r| {
                        vec![
                            r.id.clone(),
                            money(r.amount, &r.currency),
                            cell(&r.reason),
                            cell(&r.gateway_refund_id),
                            r.created_at.stamp(),
                        ]
                    });
                    ctx.out.line(format!(
                        "{}",
                        crate::render::table::list(&["refund", "amount", "reason", "gateway id", "at"], rows)
                    ))?;
                }
            }
        }
        PaymentCmd::Record(a) => {
            let r = payment_admin::record(&ctx.app().await?, &a.invoice, &a.amount, &a.method, a.reference.as_deref())
                .await?;
            if ctx.out.format.is_json() {
                ctx.out.value(&r, &[], vec![])?;
            } else {
                ctx.out.one(&r.payment)?;
            }
            let p = &r.payment.payment;
            ctx.out.success(format!(
                "recorded {} ({}) on invoice {}: {} left to pay{}",
                money(p.amount, &p.currency),
                p.method,
                p.invoice_id.as_deref().unwrap_or_default(),
                money(r.invoice_amount_due, &p.currency),
                if r.note.is_empty() { String::new() } else { format!("; {}", r.note) }
            ));
        }
        PaymentCmd::Refund(a) => {
            let gateway = payment_gateway::select(&ctx.cfg, None)?;
            live_marker(ctx, &gateway);
            let cx = ctx.app().await?;
            let preview = payment_admin::refund(&cx, &gateway, &a.payment, a.amount.as_deref(), true);
            if let Some(p) = ctx.preview_destructive(a.dry_run, preview).await? {
                if a.dry_run && ctx.out.format.is_json() {
                    ctx.out.value(&p, &[], vec![])?;
                } else {
                    ctx.out.info(format!(
                        "would refund {} of {} through {}; the payment would then be {}",
                        money(p.refund.amount, &p.refund.currency),
                        p.payment.payment.id,
                        p.payment.gateway_label,
                        p.payment.payment.status
                    ));
                }
                let q = format!("Refund {} of {}?", money(p.refund.amount, &p.refund.currency), p.payment.payment.id);
                if ctx.ask_destructive(a.dry_run, &q)? {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            let r = payment_admin::refund(&cx, &gateway, &a.payment, a.amount.as_deref(), false).await?;
            if ctx.out.format.is_json() {
                ctx.out.value(&r, &[], vec![])?;
            } else {
                ctx.out.one(&r.payment)?;
            }
            let p = &r.payment.payment;
            ctx.out.success(format!(
                "refunded {} of {} through {} ({}, {}); the payment is now {}; the invoice stays paid",
                money(r.refund.amount, &r.refund.currency),
                p.id,
                r.payment.gateway_label,
                r.refund.gateway_refund_id.as_deref().unwrap_or_default(),
                r.gateway_status,
                p.status
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
