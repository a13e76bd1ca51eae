//! The only place with SQL. Repository functions take a connection or a transaction.

pub mod accounts;
pub mod audit;
pub mod billing_batch;
pub mod charges;
pub mod copy;
pub mod copy_binary;
pub mod credits;
pub mod invoices;
pub mod local_pg;
pub mod numbering;
pub mod payments;
pub mod plans;
pub mod seed;
pub mod subscriptions;
pub mod tax_rates;
pub mod usage;

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
    // One direct attempt first: a pool would retry a refused connection until its timeout, and
    // a person (or cron) should hear at once that the server is unreachable.
    let first = sqlx::PgConnection::connect_with(&options).await.map_err(|e| {
        error::environment(format!("cannot connect to PostgreSQL ({})", target.describe()))
            .details(vec![e.to_string()])
            .hint("check --database-url / BILLCTL_DATABASE_URL, or unset it to use the embedded cluster")
    })?;
    first.close().await.ok();
    let pool = PgPoolOptions::new()
        .max_connections(max_connections)
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(options)
        .await
        .context("cannot open the connection pool")?;
    migrate(&pool).await?;
    Ok(pool)
}

/// Applies pending migrations (idempotent; concurrent callers serialize on an advisory lock).
pub async fn migrate(pool: &PgPool) -> Result<()> {
    MIGRATOR.run(pool).await.context("cannot apply database migrations")?;
    Ok(())
}

async fn ensure_database(cluster: &local_pg::LocalCluster, name: &str) -> Result<()> {
    let mut conn = sqlx::PgConnection::connect_with(&cluster.connect_options("postgres"))
        .await
        .context("cannot connect to the embedded cluster")?;
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
