//! Command-line parsing (clap derive) and dispatch. One file per command group; no SQL and no
//! business rules here. Wizards only fill in missing arguments when stdin and stderr are terminals.

pub mod account;
pub mod audit;
pub mod charge;
pub mod config;
pub mod credit;
pub mod db;
pub mod demo;
pub mod dunning;
pub mod export;
pub mod generate;
pub mod invoice;
pub mod invoice_run;
pub mod notify;
pub mod payment;
pub mod payment_method;
pub mod plan;
pub mod report;
pub mod seed;
pub mod stripe;
pub mod subscription;
pub mod tax;
pub mod usage;
pub mod webhook;

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use clap::{Args, Parser, Subcommand};
use sqlx::PgPool;
use tokio::sync::OnceCell;

use crate::app;
use crate::clock::Clock;
use crate::config::Config;
use crate::error::UserError;
use crate::render::{Format, Output};
use crate::store;

const AFTER_HELP: &str = "\
Configuration: ~/.config/billctl/config.toml (see `billctl config init`), overridden by
environment variables (BILLCTL_DATABASE_URL or DATABASE_URL, BILLCTL_NOW, STRIPE_SECRET_KEY, ...),
overridden by flags. With no database configured billctl runs its own PostgreSQL cluster.

Exit codes: 0 ok, 1 error, 2 usage or invalid input, 3 not found, 4 conflict,
5 environment (database unreachable or gone, disk full, data directory, PostgreSQL binaries,
config), 6 partial failure, 129/130/143 stopped by SIGHUP/SIGINT/SIGTERM (work in flight rolled
back; run the command again to finish).";

#[derive(Debug, Parser)]
#[command(name = "billctl", version, about = "Subscription billing administration on PostgreSQL and Stripe",
    long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// PostgreSQL URL (else BILLCTL_DATABASE_URL, DATABASE_URL, config.toml, or the embedded cluster)
    #[arg(long, global = true, value_name = "URL")]
    pub database_url: Option<String>,
    /// Run as if it were this date (2026-11-23) or instant (RFC 3339); also BILLCTL_NOW
    #[arg(long, global = true, value_name = "WHEN")]
    pub as_of: Option<String>,
    /// Output format for data on stdout
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Answer yes to confirmations (for scripts and cron)
    #[arg(long, short = 'y', global = true)]
    pub yes: bool,
    /// Print only data and errors, no progress or messages; cron commands (invoice run, payment collect/retry, stripe sync) print nothing when all went well
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    /// Disable colours (also NO_COLOR)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// Why this change is made: recorded with your OS user in every audit row the command writes
    /// (`billctl audit list` shows it); also the reason kept on a credit grant, credit void or refund
    #[arg(long, global = true, value_name = "TEXT")]
    pub reason: Option<String>,
}

impl GlobalArgs {
    pub fn color_enabled(&self) -> bool {
        !self.no_color && crate::config::env_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
    }
}

#[derive(Debug, Subcommand)]
#[allow(clippy::large_enum_variant)] // parsed once per process; boxing buys nothing
pub enum Command {
    /// Customers: create, list, show, update, archive, import from CSV
    #[command(subcommand)]
    Account(account::AccountCmd),
    /// The catalog: plans, versions, prices per currency, tiers, trials
    #[command(subcommand)]
    Plan(plan::PlanCmd),
    /// Subscriptions: create, change with proration, pause, resume, cancel
    #[command(subcommand, alias = "sub")]
    Subscription(subscription::SubscriptionCmd),
    /// Invoices: run (the billing engine), preview, list, show, void, finalize
    #[command(subcommand)]
    Invoice(invoice::InvoiceCmd),
    /// One-off charges: add (on the next invoice or invoiced now), list, void
    #[command(subcommand)]
    Charge(charge::ChargeCmd),
    /// Payments: collect, retry (cron), list, show, record external payments, refund
    #[command(subcommand)]
    Payment(payment::PaymentCmd),
    /// Stripe: sync events (reconcile payments and customers), verify webhook signatures
    #[command(subcommand)]
    Stripe(stripe::StripeCmd),
    /// Account credit: grant, list, void (a ledger; the balance is its sum)
    #[command(subcommand)]
    Credit(credit::CreditCmd),
    /// Metered usage: record one event or import a CSV file (idempotent per key)
    #[command(subcommand)]
    Usage(usage::UsageCmd),
    /// Notifications: deliver due e-mails and webhooks (cron), list the outbox
    #[command(subcommand)]
    Notify(notify::NotifyCmd),
    /// Dunning: take the due steps of overdue accounts (cron), status, policies
    #[command(subcommand)]
    Dunning(dunning::DunningCmd),
    /// Export any entity as CSV, JSON or NDJSON, streamed (for spreadsheets, BI and the ledger)
    Export(export::ExportArgs),
    /// Webhooks: endpoints (add, list, rotate-secret, …), deliveries, replay, test, verify
    #[command(subcommand)]
    Webhook(webhook::WebhookCmd),
    /// Tax rates per country and region
    #[command(subcommand)]
    Tax(tax::TaxCmd),
    /// The audit log: list who changed what; verify its hash chain
    #[command(subcommand)]
    Audit(audit::AuditCmd),
    /// Finance reports: MRR and its movements, churn, LTV, revenue billed and recognised, receivables aging
    #[command(subcommand)]
    Report(report::ReportCmd),
    /// The main job on a small scale: a catalog, a few hundred accounts, an invoice run, collection
    Demo(demo::DemoArgs),
    /// Deterministic fixtures for CI scripts and benchmarks
    Seed(seed::SeedArgs),
    /// The embedded PostgreSQL cluster and migrations
    #[command(subcommand)]
    Db(db::DbCmd),
    /// Show or create the configuration file
    #[command(subcommand)]
    Config(config::ConfigCmd),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell) to stdout
    Completions(generate::CompletionsArgs),
    /// Generate shell completions and man pages
    #[command(subcommand, hide = true)]
    Generate(generate::GenerateCmd),
}

/// What every command gets: configuration, clock, output and a lazily opened database pool.
pub struct Ctx {
    pub cfg: Arc<Config>,
    pub clock: Clock,
    pub out: Output,
    pub yes: bool,
    /// `--reason`, recorded in the audit log.
    pub reason: Option<String>,
    pool: OnceCell<PgPool>,
}

impl Ctx {
    /// The database pool, connecting (and starting the embedded cluster) on first use.
    pub async fn pool(&self) -> Result<&PgPool> {
        self.pool
            .get_or_try_init(|| async {
                let target = store::Target::from_config(&self.cfg)?;
                store::connect(&target, 8).await
            })
            .await
    }

    /// The pool, sized for `workers` concurrent tasks (each holds a connection) plus one.
    pub async fn pool_for_workers(&self, workers: u32) -> Result<&PgPool> {
        self.pool
            .get_or_try_init(|| async {
                let target = store::Target::from_config(&self.cfg)?;
                store::connect(&target, (workers + 2).max(8)).await
            })
            .await
    }

    /// The application context for a use case: the pool (connecting on first use), the clock, the
    /// configuration and the actor (OS user of the real uid, `--reason`).
    pub async fn app(&self) -> Result<app::Context> {
        let pool = self.pool().await?.clone();
        Ok(self.context_with(pool))
    }

    /// [`Ctx::app`] with a pool sized for `workers` concurrent tasks.
    pub async fn app_for_workers(&self, workers: u32) -> Result<app::Context> {
        let pool = self.pool_for_workers(workers).await?.clone();
        Ok(self.context_with(pool))
    }

    fn context_with(&self, pool: PgPool) -> app::Context {
        app::Context {
            pool,
            clock: self.clock,
            config: Arc::clone(&self.cfg),
            actor: app::Actor::current(self.reason.as_deref()),
        }
    }

    /// Whether a person is at the terminal (wizards and confirmations may ask).
    pub fn interactive(&self) -> bool {
        std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Asks for confirmation unless `--yes`; without a terminal, refuses with a hint.
    pub fn confirm(&self, question: &str) -> Result<bool> {
        if self.yes {
            return Ok(true);
        }
        if !self.interactive() {
            return Err(crate::error::needs_confirmation(question).into());
        }
        Ok(dialoguer::Confirm::new().with_prompt(question).default(false).interact()?)
    }

    /// A destructive verb (`invoice void`, `credit void`, `payment refund`, `subscription cancel --at
    /// now`) first computes what it would do: with `--dry-run` to show it, at a terminal to show it
    /// before asking, in a script without `--yes` so that a refusal because of the state (exit 3 or 4)
    /// comes before the missing confirmation (exit 2). With `--yes` there is nothing to preview.
    pub async fn preview_destructive<T>(
        &self,
        dry_run: bool,
        preview: impl std::future::Future<Output = Result<T>>,
    ) -> Result<Option<T>> {
        if self.yes && !dry_run {
            return Ok(None);
        }
        preview.await.map(Some)
    }

    /// After [`Ctx::preview_destructive`] printed what would happen: `Ok(true)` when the command is
    /// done (a dry run), `Ok(false)` to go ahead (confirmed at the terminal); without a terminal and
    /// `--yes`, the confirmation error (exit 2); "no" at the terminal is exit 2, nothing written.
    pub fn ask_destructive(&self, dry_run: bool, question: &str) -> Result<bool> {
        if dry_run {
            self.out.info("dry run: nothing was written");
            return Ok(true);
        }
        if self.confirm(question)? {
            Ok(false)
        } else {
            Err(crate::error::usage("not confirmed; nothing was written").into())
        }
    }

    /// For a use case that refuses with [`crate::error::needs_confirmation`] unless confirmed:
    /// after such a refusal, asks at a terminal and says whether to run it again confirmed. Any
    /// other error, or no terminal, or "no", gives the error back.
    pub fn confirm_after(&self, err: anyhow::Error) -> Result<()> {
        match crate::error::confirmation_question(&err) {
            Some(q) if !self.yes && self.interactive() => {
                if dialoguer::Confirm::new().with_prompt(format!("{q} Go ahead?")).default(false).interact()? {
                    Ok(())
                } else {
                    Err(crate::error::usage("not confirmed; nothing was written").into())
                }
            }
            _ => Err(err),
        }
    }
}

/// The paging flags every list takes, defined once: `--limit N` (1..=10000, default 50) and
/// `--after ID`, a keyset cursor checked to be an id of the listed kind (see [`cursor`]).
/// `page_args!(InvoicePage, Invoice, "invoice")` makes a struct to `#[command(flatten)]`.
macro_rules! page_args {
    ($name:ident, $kind:ident, $what:literal) => {
        #[derive(Debug, Clone, clap::Args)]
        pub struct $name {
            #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10000),
                                help = concat!("Page size: at most this many ", $what, "s"))]
            pub limit: i64,
            #[arg(long, value_name = "ID",
                                value_parser = |s: &str| $crate::cli::cursor($crate::domain::ids::IdKind::$kind, s),
                                help = concat!("Start after this ", $what, " id (the last id of the previous page)"))]
            pub after: Option<String>,
        }
    };
}
pub(crate) use page_args;

/// A keyset cursor (`--after ID`) must be an id of the listed kind: a garbage or foreign id would
/// otherwise list nothing, which a paging script takes for the end.
pub fn cursor(kind: crate::domain::ids::IdKind, text: &str) -> std::result::Result<String, String> {
    crate::domain::ids::check_id(kind, text.trim(), "--after")
        .map(|_| text.trim().to_string())
        .map_err(|_| format!("not an id of the form {}_…: pass the last id of the previous page", kind.prefix()))
}

/// Parses arguments; on `--help`/`--version` or a usage error, prints and returns the exit code.
pub fn parse() -> std::result::Result<Cli, ExitCode> {
    Cli::try_parse().map_err(|e| {
        let _ = e.print();
        ExitCode::from(e.exit_code() as u8)
    })
}

pub async fn run(cli: Cli) -> Result<ExitCode> {
    let g = &cli.global;
    let clock = Clock::resolve(g.as_of.as_deref()).map_err(UserError::from)?;
    let cfg = crate::config::load(g.database_url.clone())?;
    let ctx = Ctx {
        cfg: Arc::new(cfg),
        clock,
        out: Output { format: g.format, quiet: g.quiet, color: g.color_enabled() },
        yes: g.yes,
        reason: g.reason.clone(),
        pool: OnceCell::new(),
    };
    for w in &ctx.cfg.warnings {
        ctx.out.warn(w);
    }
    let result = match cli.command {
        Command::Account(c) => account::run(&ctx, c).await,
        Command::Plan(c) => plan::run(&ctx, c).await,
        Command::Subscription(c) => subscription::run(&ctx, c).await,
        Command::Invoice(c) => invoice::run(&ctx, c).await,
        Command::Charge(c) => charge::run(&ctx, c).await,
        Command::Payment(c) => payment::run(&ctx, c).await,
        Command::Stripe(c) => stripe::run(&ctx, c).await,
        Command::Credit(c) => credit::run(&ctx, c).await,
        Command::Usage(c) => usage::run(&ctx, c).await,
        Command::Notify(c) => notify::run(&ctx, c).await,
        Command::Dunning(c) => dunning::run(&ctx, c).await,
        Command::Export(a) => export::run(&ctx, a).await,
        Command::Webhook(c) => webhook::run(&ctx, c).await,
        Command::Tax(c) => tax::run(&ctx, c).await,
        Command::Audit(c) => audit::run(&ctx, c).await,
        Command::Report(c) => report::run(&ctx, c).await,
        Command::Demo(a) => demo::run(&ctx, a).await,
        Command::Seed(a) => seed::run(&ctx, a).await,
        Command::Db(c) => db::run(&ctx, c).await,
        Command::Config(c) => config::run(&ctx, c).await,
        Command::Completions(a) => generate::print_completions(a),
        Command::Generate(c) => generate::run(c),
    };
    if result.is_ok() {
        deliver_after_command(&ctx).await;
    }
    // Ctrl-C at any wizard question or confirmation: exit 130, "cancelled" (mapped here, once).
    result.map_err(|e| store::explain_failure(crate::error::prompt_cancelled(e), &ctx.cfg))
}

/// After a command that committed events with deliveries: sends them now when they are few, else
/// says they are queued. Never fails the command (a receiver being down is a warning).
async fn deliver_after_command(ctx: &Ctx) {
    let (ids, queued) = app::events::take_recent();
    if queued == 0 {
        return;
    }
    if !ctx.cfg.deliver_after_commit.0 {
        ctx.out.info(format!("{queued} notification(s) queued; `billctl notify deliver` sends them"));
        return;
    }
    if ids.is_empty() {
        ctx.out.info(format!("{queued} notification(s) queued; `billctl notify deliver` sends them"));
        return;
    }
    let Ok(cx) = ctx.app().await else { return };
    if let Some(warning) = app::notify_deliver::deliver_after_commit(&cx, ids).await {
        ctx.out.warn(warning);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_definition_is_consistent() {
        use clap::CommandFactory;
        super::Cli::command().debug_assert();
    }

    /// Every problem of the help: a command without a subcommand and without `Example:` or
    /// `Examples:` in its after-help, an argument or flag without a description.
    fn help_problems(cmd: &clap::Command, path: &str, problems: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            if arg.is_hide_set() || matches!(arg.get_id().as_str(), "help" | "version") {
                continue;
            }
            if arg.get_help().is_none() && arg.get_long_help().is_none() {
                problems.push(format!("{path}: {} has no description", arg.get_id()));
            }
        }
        let subs: Vec<&clap::Command> =
            cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help").collect();
        let after: String =
            [cmd.get_after_help(), cmd.get_after_long_help()].into_iter().flatten().map(|s| s.to_string()).collect();
        if subs.is_empty() && !after.contains("Example:") && !after.contains("Examples:") {
            problems.push(format!("{path}: no example (after_help with Examples:)"));
        }
        // clap prints `{n}` as a line break: `billctl-refund-{payment}-{n}` came out broken.
        let texts = [cmd.get_about(), cmd.get_long_about()].into_iter().flatten().map(|s| s.to_string());
        let args = cmd.get_arguments().flat_map(|a| [a.get_help(), a.get_long_help()]).flatten().map(|s| s.to_string());
        if std::iter::once(after).chain(texts).chain(args).any(|t| t.contains("{n}")) {
            problems.push(format!("{path}: a help text has {{n}} (clap prints a line break)"));
        }
        for s in subs {
            help_problems(s, &format!("{path} {}", s.get_name()), problems);
        }
    }

    #[test]
    fn every_command_has_an_example_and_every_argument_a_description() {
        use clap::CommandFactory;
        let mut problems = Vec::new();
        help_problems(&super::Cli::command(), "billctl", &mut problems);
        assert!(problems.is_empty(), "{} problem(s):\n{}", problems.len(), problems.join("\n"));
    }
}
