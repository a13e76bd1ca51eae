//! `billctl db status|start|stop|migrate|reset`.

use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

use super::Ctx;
use crate::store::{self, Target};

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Show which database billctl uses, whether it runs, and the migration level
    #[command(after_help = "Examples:\n  billctl db status\n  billctl db status --format json")]
    Status,
    /// Start the embedded cluster (initialising it on first use)
    #[command(after_help = "Every command starts the embedded cluster when it needs it; this starts it ahead.\n\n\
        Example:\n  billctl db start")]
    Start,
    /// Stop the embedded cluster
    #[command(after_help = "Example:\n  billctl db stop")]
    Stop,
    /// Apply pending migrations (also done automatically by every command)
    #[command(after_help = "Example:\n  billctl --database-url postgres://billing@db.internal/billing db migrate")]
    Migrate,
    /// Delete ALL data of the embedded cluster and start again empty (asks first; --yes for scripts)
    #[command(after_help = "Only the embedded cluster: a database given by URL is never reset.\n\n\
        Examples:\n  billctl db reset\n  billctl db reset --yes   # in a script")]
    Reset,
}

#[derive(Serialize)]
struct Status {
    target: String,
    kind: &'static str,
    running: bool,
    server_version: String,
    migrations_applied: i64,
    migrations_known: usize,
}

pub async fn run(ctx: &Ctx, cmd: DbCmd) -> Result<ExitCode> {
    let target = Target::from_config(&ctx.cfg)?;
    match cmd {
        DbCmd::Status => {
            let (kind, running, version) = match &target {
                Target::Url(_) => ("url", true, String::new()),
                Target::Embedded(c) => ("embedded", c.is_running(), c.server_version()),
            };
            let applied = if running {
                let pool = ctx.pool().await?;
                store::applied_migrations(pool).await.unwrap_or(0)
            } else {
                0
            };
            let s = Status {
                target: target.describe(),
                kind,
                running,
                server_version: version,
                migrations_applied: applied,
                migrations_known: store::MIGRATOR.iter().count(),
            };
            let rows = vec![
                vec!["target".into(), s.target.clone()],
                vec!["kind".into(), s.kind.into()],
                vec!["running".into(), s.running.to_string()],
                vec!["server_version".into(), s.server_version.clone()],
                vec!["migrations".into(), format!("{}/{}", s.migrations_applied, s.migrations_known)],
            ];
            ctx.out.value(&s, &["field", "value"], rows)?;
        }
        DbCmd::Start => match &target {
            Target::Embedded(_) => {
                ctx.pool().await?;
                ctx.out.success(format!("running: {}", target.describe()));
            }
            Target::Url(_) => ctx.out.info("a database URL is configured; billctl does not manage that server"),
        },
        DbCmd::Stop => match &target {
            Target::Embedded(c) => {
                let c = c.clone();
                let stopped = tokio::task::spawn_blocking(move || c.stop()).await??;
                ctx.out.success(if stopped { "stopped" } else { "was not running" });
            }
            Target::Url(_) => ctx.out.info("a database URL is configured; billctl does not manage that server"),
        },
        DbCmd::Migrate => {
            ctx.pool().await?;
            ctx.out.success(format!("migrations applied ({} known)", store::MIGRATOR.iter().count()));
        }
        DbCmd::Reset => match &target {
            Target::Embedded(c) => {
                if !ctx.confirm(&format!("Delete ALL billing data in {}?", c.root.display()))? {
                    ctx.out.info("nothing changed");
                    return Ok(ExitCode::SUCCESS);
                }
                let c2 = c.clone();
                tokio::task::spawn_blocking(move || c2.destroy()).await??;
                ctx.pool().await?;
                ctx.out.success("the embedded database was reset");
            }
            Target::Url(_) => {
                return Err(crate::error::usage("db reset only manages the embedded cluster")
                    .hint("to reset a server you configured, drop and recreate its database yourself")
                    .into());
            }
        },
    }
    Ok(ExitCode::SUCCESS)
}
