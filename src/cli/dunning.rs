//! `billctl dunning tick|status|policy set|show|list`, and the dunning flags of `account update`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::dunning_policies::{self, AccountChange};
use crate::app::dunning_tick::{self, TickOptions};
use crate::error;
use crate::render::{Format, Stamp as _, cell, progress, table};

const TICK_HELP: &str = "\
For cron, once a day (or more often): finds every account with an overdue open invoice (not
excluded with `account update --no-dunning`), opens its overdue episode if none is open, and takes
every step of its dunning policy that is due: each step at most once per episode. A missed day is
caught up (all due steps not yet taken, in order). Safe to re-run the same day, to kill (the batch
in flight rolls back), and to run from several machines at once: each account is claimed with
FOR UPDATE SKIP LOCKED and each step row is unique, so every action happens once.

Actions: remind (e-mail), warn (status warning), block (status blocked: no new subscriptions, plan
changes or one-off charges), pause / cancel (now or at period end) the account's subscriptions,
downgrade them to a plan at period end, mark_uncollectible (write the overdue invoices off). Each
step emits its event (dunning.remind, …; remind, warn, block and cancel send e-mail).

A payment, credit or credit note that leaves nothing overdue ends the episode and returns a
warning or blocked account to active in its own transaction; a new overdue invoice later starts a
new episode. Days are UTC dates or the --as-of date.

--dry-run lists exactly what a real tick would do (per account: step and actions) and writes
nothing. Exit code: 0, or 6 when an action failed (that account is rolled back and listed).

Examples:
  billctl dunning tick --dry-run
  billctl dunning tick --as-of 2026-07-01 --account acct_…
  30 6 * * *  billctl dunning tick --quiet || notify-billing-team   # crontab line";

const POLICY_SET_HELP: &str = "\
The file is TOML (policy.toml) or JSON (policy.json), checked completely before anything is saved
(exit 2 naming the line and field: unknown action, steps going backwards, a negative threshold, an
unknown currency, a downgrade to a plan that does not exist). Setting an existing name replaces it;
the name `default` replaces the built-in default for every account without a policy of its own.

  retry_schedule = [3, 5, 7, 10]        # payment retries: days after the first failed charge

  [[step]]
  after_days = 3                        # days since the earliest overdue invoice fell due
  actions = [\"remind\"]

  [[step]]
  after_days = 14
  min_overdue = { EUR = \"50.00\" }       # optional: overdue balance at least this (major units)
  min_unpaid_invoices = 1               # optional
  actions = [\"block\", \"cancel:period_end\", \"downgrade:free\", \"mark_uncollectible\"]

Examples:
  billctl dunning policy set strict --file policy.toml
  billctl dunning policy set default --file default.json";

#[derive(Debug, Subcommand)]
pub enum DunningCmd {
    /// Take the dunning steps that are due (for cron; safe to re-run and to run from several machines)
    #[command(after_help = TICK_HELP)]
    Tick(TickArgs),
    /// Accounts in an overdue episode: stage, overdue amounts, last step, next step and its date
    #[command(after_help = "Stages: `none` (no step taken yet) or the last step taken, e.g. `2 (warn)`.\n\
        --stage takes a step number, `none`, or an action name (e.g. block).\n\n\
        Examples:\n  billctl dunning status\n  billctl dunning status --stage block --format csv\n  \
        billctl dunning status --account acct_…")]
    Status(StatusArgs),
    /// Dunning policies: set NAME --file, show NAME, list
    #[command(subcommand)]
    Policy(PolicyCmd),
}

#[derive(Debug, Args)]
pub struct TickArgs {
    /// Show what a real tick would do (per account: step, actions) and write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Only this account (id or external id)
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// Accounts per transaction (each status change's audit row is chained at commit, a cost that
    /// grows with the rows per transaction: smaller batches are faster, down to about 250)
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u32).range(1..=100_000))]
    pub batch_size: u32,
    /// Batches in flight at once, each on its own database connection
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(1..=32))]
    pub workers: u32,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Only this account (id or external id)
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// Only accounts at this stage: a step number, `none`, or an action name (remind, warn, block, …)
    #[arg(long, value_name = "STAGE")]
    pub stage: Option<String>,
    /// At most this many accounts
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(i64).range(1..=1_000_000))]
    pub limit: i64,
}

#[derive(Debug, Subcommand)]
pub enum PolicyCmd {
    /// Save a policy from a TOML or JSON file (validated fully; nothing saved on error)
    #[command(after_help = POLICY_SET_HELP)]
    Set {
        /// Policy name (letters, digits, '_', '.', '-'); `default` replaces the built-in default
        name: String,
        /// The policy file: .toml or .json
        #[arg(long, value_name = "FILE")]
        file: PathBuf,
    },
    /// Show a policy (as TOML; JSON with --format json)
    #[command(
        after_help = "Examples:\n  billctl dunning policy show default\n  billctl dunning policy show strict --format json"
    )]
    Show {
        /// Policy name
        name: String,
    },
    /// List the policies, with the built-in default unless a stored `default` replaces it
    #[command(after_help = "Example:\n  billctl dunning policy list")]
    List,
}

/// The dunning flags of `account update` (flattened there).
#[derive(Debug, Clone, Default, Args)]
pub struct AccountDunningArgs {
    /// Dunning policy of the account (`default`: the default policy)
    #[arg(long, value_name = "POLICY")]
    pub dunning_policy: Option<String>,
    /// Exclude the account from dunning (no steps are taken for it)
    #[arg(long, conflicts_with = "dunning")]
    pub no_dunning: bool,
    /// Include an excluded account in dunning again
    #[arg(long)]
    pub dunning: bool,
}

impl AccountDunningArgs {
    pub fn change(&self) -> AccountChange {
        AccountChange {
            policy: self.dunning_policy.clone(),
            excluded: if self.no_dunning {
                Some(true)
            } else if self.dunning {
                Some(false)
            } else {
                None
            },
        }
    }
}

/// Applies `account update`'s dunning flags, if any; whether anything changed.
pub async fn update_account(ctx: &Ctx, account: &str, a: &AccountDunningArgs) -> Result<bool> {
    let change = a.change();
    if change.is_empty() {
        return Ok(false);
    }
    let (s, changed) = dunning_policies::set_account(&ctx.app().await?, account, &change).await?;
    ctx.out.info(format!(
        "dunning: policy {}{}",
        s.dunning_policy.as_deref().unwrap_or("default"),
        if s.dunning_excluded { ", excluded (--no-dunning)" } else { "" }
    ));
    Ok(changed)
}

pub async fn run(ctx: &Ctx, cmd: DunningCmd) -> Result<ExitCode> {
    match cmd {
        DunningCmd::Tick(a) => tick(ctx, a).await,
        DunningCmd::Status(a) => status(ctx, a).await,
        DunningCmd::Policy(p) => policy(ctx, p).await,
    }
}

async fn tick(ctx: &Ctx, a: TickArgs) -> Result<ExitCode> {
    let cx = ctx.app_for_workers(a.workers).await?;
    let opts = TickOptions {
        dry_run: a.dry_run,
        account: a.account.clone(),
        batch_size: a.batch_size as usize,
        workers: a.workers as usize,
    };
    let bar = progress::bar(0, if a.dry_run { "dunning (dry run)" } else { "dunning" }, ctx.out.quiet);
    let b2 = bar.clone();
    let s = dunning_tick::tick(&cx, &opts, &move |done, total| {
        b2.set_length(total);
        b2.set_position(done);
    })
    .await;
    bar.finish_and_clear();
    let s = s?;
    let failed = !s.failures.is_empty();
    if !ctx.out.silent_when_ok() || failed {
        if ctx.out.format == Format::Json {
            ctx.out.value(&s, &[], vec![])?;
        } else {
            let keys = [
                "as of",
                "accounts overdue",
                "evaluated",
                "held by another tick",
                "episodes opened",
                "steps taken",
                "events",
                "failed",
            ];
            let values = [
                format!("{}{}", s.as_of, if s.dry_run { " (dry run: nothing written)" } else { "" }),
                s.accounts_overdue.to_string(),
                s.accounts_evaluated.to_string(),
                s.accounts_skipped_locked.to_string(),
                s.episodes_opened.to_string(),
                s.steps_taken.to_string(),
                s.events.to_string(),
                s.failures.len().to_string(),
            ];
            if ctx.out.format == Format::Csv {
                ctx.out.value(&s, &keys, vec![values.to_vec()])?;
            } else {
                ctx.out.line(table::key_values(&keys, &values))?;
                if !s.actions.is_empty() {
                    let rows = s.actions.iter().map(|(k, v)| vec![k.clone(), v.to_string()]);
                    ctx.out.line(table::list(&["action", "taken"], rows))?;
                }
                if !s.stages.is_empty() {
                    let rows = s.stages.iter().map(|(k, v)| vec![k.clone(), v.to_string()]);
                    ctx.out.line(table::list(&["stage", "accounts"], rows))?;
                }
                if !s.taken.is_empty() && (s.dry_run || s.taken.len() <= 100) {
                    let rows = s.taken.iter().map(|t| {
                        vec![
                            t.account_id.clone(),
                            t.step.to_string(),
                            t.actions.join(", "),
                            t.days_overdue.to_string(),
                            if t.new_episode { "new".into() } else { t.episode_id.clone() },
                            t.notes.join("; "),
                        ]
                    });
                    let head = ["account", "step", "actions", "days overdue", "episode", "notes"];
                    ctx.out.line(table::list(&head, rows))?;
                } else if !s.taken.is_empty() {
                    ctx.out.info(format!("{} steps taken; --format json lists them", s.taken.len()));
                }
            }
        }
    }
    for f in &s.failures {
        ctx.out.warn(format!("{}: {}", f.account_id, f.error));
    }
    if failed {
        return Err(error::partial(format!(
            "{} account(s) could not be dunned; their actions were rolled back",
            s.failures.len()
        ))
        .hint("fix the cause above and run `billctl dunning tick` again: the other accounts are done")
        .into());
    }
    if s.dry_run {
        ctx.out.info("dry run: nothing was written");
    } else {
        ctx.out.success(format!("{} step(s) taken for {} account(s)", s.steps_taken, s.accounts_evaluated));
    }
    Ok(ExitCode::SUCCESS)
}

async fn status(ctx: &Ctx, a: StatusArgs) -> Result<ExitCode> {
    let cx = ctx.app().await?;
    let items = dunning_tick::status(&cx, a.account.as_deref(), a.stage.as_deref(), a.limit).await?;
    let head = [
        "account",
        "name",
        "status",
        "policy",
        "stage",
        "days overdue",
        "overdue",
        "unpaid",
        "last step on",
        "next step",
        "next on",
    ];
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            vec![
                i.account_id.clone(),
                i.name.clone(),
                i.status.to_string(),
                i.policy.clone(),
                i.stage.clone(),
                i.days_overdue.to_string(),
                i.overdue.iter().map(|o| crate::render::money(o.amount, &o.currency)).collect::<Vec<_>>().join(", "),
                i.unpaid_invoices.to_string(),
                cell(&i.last_step_on),
                match i.next_step {
                    Some(n) => format!("{n} ({})", i.next_actions.join(", ")),
                    None => String::new(),
                },
                cell(&i.next_step_on),
            ]
        })
        .collect();
    if items.is_empty() && ctx.out.format == Format::Table {
        ctx.out.info("no account is in dunning");
        return Ok(ExitCode::SUCCESS);
    }
    ctx.out.value(&items, &head, rows)?;
    if ctx.out.format == Format::Table {
        let mut stages: std::collections::BTreeMap<&str, u64> = std::collections::BTreeMap::new();
        for i in &items {
            *stages.entry(i.stage.as_str()).or_default() += 1;
        }
        let by: Vec<String> = stages.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        ctx.out.info(format!("{} account(s) by stage — {}", items.len(), by.join(", ")));
    }
    Ok(ExitCode::SUCCESS)
}

async fn policy(ctx: &Ctx, cmd: PolicyCmd) -> Result<ExitCode> {
    let cx = ctx.app().await?;
    match cmd {
        PolicyCmd::Set { name, file } => {
            let saved = dunning_policies::set(&cx, &name, &file).await?;
            if ctx.out.format == Format::Json {
                ctx.out.value(&saved, &[], vec![])?;
            }
            ctx.out.success(format!(
                "{} dunning policy {} ({} step(s))",
                if saved.created { "saved" } else { "replaced" },
                saved.name,
                saved.steps
            ));
        }
        PolicyCmd::Show { name } => {
            let p = dunning_policies::show(&cx, &name).await?;
            match ctx.out.format {
                Format::Json => ctx.out.value(&p, &[], vec![])?,
                _ => {
                    let what = if p.builtin {
                        "built-in default".to_string()
                    } else {
                        format!(
                            "{} account(s) name it; updated {}",
                            p.accounts,
                            p.updated_at.map(|t| t.stamp()).unwrap_or_default()
                        )
                    };
                    ctx.out.info(format!("dunning policy {}: {what}", p.name));
                    ctx.out.text(p.parsed.to_toml())?;
                }
            }
        }
        PolicyCmd::List => {
            let list = dunning_policies::list(&cx).await?;
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|p| {
                    let steps: Vec<String> = p
                        .parsed
                        .steps
                        .iter()
                        .map(|s| {
                            let a: Vec<String> = s.actions.iter().map(|a| a.text()).collect();
                            format!("day {}: {}", s.after_days, a.join("+"))
                        })
                        .collect();
                    let days: Vec<String> = p.parsed.retry.days().iter().map(u32::to_string).collect();
                    vec![
                        p.name.clone(),
                        steps.join("; "),
                        days.join(","),
                        if p.builtin { "built-in".into() } else { p.accounts.to_string() },
                        p.updated_at.map(|t| t.stamp()).unwrap_or_default(),
                    ]
                })
                .collect();
            ctx.out.value(&list, &["name", "steps", "retry schedule", "accounts", "updated"], rows)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
