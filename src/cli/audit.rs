//! `billctl audit list|verify`: who changed what, and proof that the log was not rewritten.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::audit::{self, ListQuery};
use crate::render::Format;

const VERIFY_HELP: &str = "\
Each audit row carries the SHA-256 hash of its content and of the row before it, written by the
database at commit; updates and deletes are refused. `verify` recomputes the whole chain and
reports every row whose content no longer matches its hash (edited), every broken link (a row
removed or inserted) and a missing newest row. It prints the head hash: keep it somewhere else
(a ticket, a printout) and compare later to detect a rewrite of the whole chain.

Exit codes: 0 the chain is intact, 1 it is broken (each break is listed).

Example:
  billctl audit verify";

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// The audit log, newest first: who (OS user, database role), what, when, before and after
    #[command(after_help = "Examples:\n  billctl audit list --account acct_… --since 2026-11-01\n  \
        billctl audit list --actor alice --action subscription --format csv")]
    List(ListArgs),
    /// Check the audit log's hash chain: no row edited, removed or inserted out of band
    #[command(after_help = VERIFY_HELP)]
    Verify,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only rows about this account (id or external id)
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// Only this entity: a type (subscription, invoice, …) or one id (sub_…)
    #[arg(long, value_name = "TYPE|ID")]
    pub entity: Option<String>,
    /// Only changes made by this OS user or database role
    #[arg(long, value_name = "USER")]
    pub actor: Option<String>,
    /// Only this action (credit.grant) or family of actions (credit)
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    /// Only rows written on or after this date (2026-11-01) or instant (RFC 3339)
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// At most this many rows
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10000))]
    pub limit: i64,
    /// The next page: rows older than this audit id (the last id of the previous page)
    #[arg(long, value_name = "ID")]
    pub before: Option<String>,
}

pub async fn run(ctx: &Ctx, cmd: AuditCmd) -> Result<ExitCode> {
    match cmd {
        AuditCmd::List(a) => {
            let since = match a.since.as_deref() {
                None => None,
                Some(text) => Some(
                    crate::clock::Clock::parse(text)
                        .map_err(|_| {
                            crate::error::usage(format!("invalid --since '{text}'"))
                                .hint("give a date (2026-11-01) or an RFC 3339 instant (2026-11-01T09:00:00Z)")
                        })?
                        .now(),
                ),
            };
            let rows = audit::list(
                &ctx.app().await?,
                ListQuery {
                    account: a.account,
                    entity: a.entity,
                    actor: a.actor,
                    action: a.action,
                    since,
                    before: a.before,
                    limit: a.limit,
                },
            )
            .await?;
            ctx.out.list(&rows)?;
            if rows.len() as i64 == a.limit
                && let Some(last) = rows.last()
            {
                ctx.out.info(format!("more may follow: add --before {}", last.id));
            }
            Ok(ExitCode::SUCCESS)
        }
        AuditCmd::Verify => {
            let v = audit::verify(&ctx.app().await?).await?;
            match ctx.out.format {
                Format::Json | Format::Ndjson => ctx.out.value(&v, &[], vec![])?,
                _ => {
                    if !v.problems.is_empty() {
                        ctx.out.list(&v.problems)?;
                    }
                }
            }
            if v.problems.is_empty() {
                ctx.out.success(format!("valid: {} audit rows, chain head {} ({})", v.rows, v.head_seq, v.head_hash));
                Ok(ExitCode::SUCCESS)
            } else {
                ctx.out.warn(format!(
                    "invalid: {} break(s) in the audit chain of {} rows; head {} ({})",
                    v.problems.len(),
                    v.rows,
                    v.head_seq,
                    v.head_hash
                ));
                Ok(ExitCode::from(crate::error::EXIT_ERROR))
            }
        }
    }
}
