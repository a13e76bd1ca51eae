//! The only place with SQL. Repository functions take a connection or a transaction.

pub mod accounts;
pub mod audit;
pub mod billing_batch;
pub mod charges;
pub mod copy;
pub mod copy_binary;
pub mod credit_notes;
pub mod credits;
pub mod demo;
pub mod dunning;
pub mod email;
pub mod events;
pub mod export;
pub mod invoices;
pub mod local_pg;
pub mod numbering;
pub mod payments;
pub mod plans;
pub mod reports;
pub mod runs;
pub mod seed;
pub mod subscriptions;
pub mod tax_rates;
pub mod types;
pub mod usage;
pub mod webhooks;

use std::time::Duration;

use anyhow::{Context, Result};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgPool};

use crate::config::{Config, redact_url};
use crate::error::{self};

/// Migrations embedded in the binary, applied automatically on connect.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The database name used inside the embedded cluster.
pub const EMBEDDED_DB: &str = "billctl";

/// Where the database comes from.
#[derive(Debug, Clone)]
pub enum Target {
    Url(String),
    Embedded(local_pg::LocalCluster),
}

impl Target {
    pub fn from_config(cfg: &Config) -> Result<Target> {
        match &cfg.database_url {
            Some((url, _)) => Ok(Target::Url(url.clone())),
            None => Ok(Target::Embedded(local_pg::LocalCluster::locate(&cfg.data_dir.0)?)),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Target::Url(u) => redact_url(u),
            Target::Embedded(c) => format!("embedded cluster at {}", c.root.display()),
        }
    }
}

/// How long a command waits for a pooled connection (pools are sized for the command's
/// concurrency, so a wait this long means the server is gone or overloaded, not that the pool is
/// busy), and for the first connection.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Connects (starting the embedded cluster if needed), creates the database and migrates it.
pub async fn connect(target: &Target, max_connections: u32) -> Result<PgPool> {
    let options = match target {
        Target::Url(url) => url.parse::<PgConnectOptions>().map_err(|e| {
            error::usage(format!("invalid database URL {}: {e}", redact_url(url)))
                .hint("use the form postgres://user:password@host:5432/dbname")
        })?,
        Target::Embedded(cluster) => {
            let c = cluster.clone();
            tokio::task::spawn_blocking(move || c.ensure_running()).await??;
            ensure_database(cluster, EMBEDDED_DB).await?;
            cluster.connect_options(EMBEDDED_DB)
        }
    };
    // Names this process's sessions (over an application_name in the URL), so an interrupted
    // command can end the ones still running and no other process's.
    let options = options.application_name(&session_name());
    // One direct attempt first: a pool would retry a refused connection until its timeout, and
    // a person (or cron) should hear at once that the server is unreachable.
    let cannot_connect = |detail: String| {
        error::environment(format!("cannot connect to PostgreSQL ({})", target.describe()))
            .details(vec![detail])
            .hint("check --database-url / BILLCTL_DATABASE_URL, or unset it to use the embedded cluster")
    };
    let first = tokio::time::timeout(CONNECT_TIMEOUT, sqlx::PgConnection::connect_with(&options))
        .await
        .map_err(|_| cannot_connect(format!("no answer within {} s", CONNECT_TIMEOUT.as_secs())))?
        .map_err(|e| cannot_connect(e.to_string()))?;
    first.close().await.ok();
    let pool = PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .connect_with(options)
        .await
        .context("cannot open the connection pool")?;
    migrate(&pool).await?;
    Ok(pool)
}

/// The `application_name` of this process's sessions: unique among running billctl processes.
pub fn session_name() -> String {
    let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default();
    let mut name = format!("billctl {}@{}", std::process::id(), host.trim());
    name.truncate(63);
    name
}

/// Ends every other session of this process (see [`session_name`]), rolling back what they
/// were doing, and waits (briefly) until they are gone. Returns how many were ended.
pub async fn end_other_sessions(conn: &mut sqlx::PgConnection) -> sqlx::Result<i64> {
    let name = session_name();
    let ended: i64 = sqlx::query_scalar(
        "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity
         WHERE application_name = $1 AND pid <> pg_backend_pid()",
    )
    .bind(&name)
    .fetch_one(&mut *conn)
    .await?;
    // pg_terminate_backend only signals.
    for _ in 0..100 {
        let left: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()",
        )
        .bind(&name)
        .fetch_one(&mut *conn)
        .await?;
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(ended)
}

/// Turns a failure that says the database server went away or the disk is full into an
/// environment error (exit 5) that says so, where, and what to do; other errors pass unchanged.
pub fn explain_failure(err: anyhow::Error, cfg: &Config) -> anyhow::Error {
    if err.chain().any(|c| c.is::<error::UserError>() || c.is::<crate::domain::DomainError>()) {
        return err;
    }
    let Some(failure) = error::env_failure(&err) else { return err };
    let (embedded, place) = match &cfg.database_url {
        Some((url, _)) => (false, redact_url(url)),
        None => match local_pg::LocalCluster::locate(&cfg.data_dir.0) {
            Ok(c) => (true, c.data_dir().display().to_string()),
            Err(_) => (true, cfg.data_dir.0.display().to_string()),
        },
    };
    let user = match (failure, embedded) {
        (error::EnvFailure::ServerGone, true) => {
            error::environment(format!("the database server went away (embedded cluster at {place})")).hint(
                "re-run the command: billctl restarts the embedded cluster; committed work stands, the work in \
                 flight was rolled back",
            )
        }
        (error::EnvFailure::ServerGone, false) => error::environment(format!("the database server went away ({place})"))
            .hint(
                "check that the server is up and reachable, then re-run the command; committed work stands, the \
                 work in flight was rolled back",
            ),
        (error::EnvFailure::DatabaseDiskFull, true) => error::environment(format!(
            "No space left on device: the disk holding the embedded cluster ({place}) is full"
        ))
        .hint("free space on that disk (or move BILLCTL_DATA_DIR), then re-run the command; the work in flight was rolled back"),
        (error::EnvFailure::DatabaseDiskFull, false) => {
            error::environment(format!("No space left on device: the database server's disk is full ({place})"))
                .hint("free space on the server's disk, then re-run the command; the work in flight was rolled back")
        }
        (error::EnvFailure::DiskFull, _) => error::environment("No space left on device")
            .hint("free space on that disk (or send the output elsewhere), then re-run the command"),
    };
    // The causes, without a database error's message repeated by its source.
    let mut details: Vec<String> = Vec::new();
    for cause in err.chain().map(|c| c.to_string()) {
        if !details.last().is_some_and(|last| last.contains(&cause)) {
            details.push(cause);
        }
    }
    user.details(details).into()
}

/// Applies pending migrations (idempotent; concurrent callers serialize on an advisory lock).
/// How many migrations have been applied successfully.
pub async fn applied_migrations(pool: &PgPool) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations WHERE success").fetch_one(pool).await
}

pub async fn migrate(pool: &PgPool) -> Result<()> {
    MIGRATOR.run(pool).await.context("cannot apply database migrations")?;
    Ok(())
}

async fn ensure_database(cluster: &local_pg::LocalCluster, name: &str) -> Result<()> {
    let mut conn = sqlx::PgConnection::connect_with(&cluster.connect_options("postgres")).await.map_err(|e| {
        error::environment(format!("cannot connect to the embedded cluster at {}", cluster.root.display()))
            .details(vec![e.to_string()])
            .hint(format!("see {}", cluster.log_file().display()))
    })?;
    let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
        .bind(name)
        .fetch_one(&mut conn)
        .await?;
    if !exists {
        let r = sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\""))).execute(&mut conn).await;
        // Another process may have created it at the same instant.
        if let Err(e) = r
            && !e.to_string().contains("already exists")
        {
            return Err(e).context("cannot create the billctl database");
        }
    }
    conn.close().await.ok();
    Ok(())
}

/// Maps a unique-violation on `constraint` to a conflict error with `message`.
pub fn is_unique_violation(err: &sqlx::Error, constraint: &str) -> bool {
    match err {
        sqlx::Error::Database(db) => db.code().as_deref() == Some("23505") && db.constraint() == Some(constraint),
        _ => false,
    }
}
