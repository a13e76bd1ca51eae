//! The audit log: `audit list` (newest first, filtered) and `audit verify` (the hash chain).
//!
//! Every mutation writes an audit row in its own transaction (see `store::audit`); the database
//! stamps the row's wall-clock time, chains it to the previous row at commit and refuses any
//! update or delete. `verify` recomputes the chain, so a row edited or removed by a superuser with
//! the triggers off is found.

use super::Context;
use anyhow::Result;
use chrono::{DateTime, Utc};

use crate::error;
use crate::store::audit::{self as repo, AuditRow, Filter, Verification};

/// What `audit list` asks for.
#[derive(Debug, Default)]
pub struct ListQuery {
    pub account: Option<String>,
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub since: Option<DateTime<Utc>>,
    /// Keyset cursor: the id of the last row of the previous page.
    pub before: Option<String>,
    pub limit: i64,
}

pub async fn list(cx: &Context, q: ListQuery) -> Result<Vec<AuditRow>> {
    let pool = &cx.pool;
    let before_id = match q.before.as_deref() {
        None => None,
        Some(text) => Some(text.trim().parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
            error::usage(format!("invalid --before '{text}': an audit row id is a positive whole number"))
                .hint("pass the id of the last row of the previous page")
        })?),
    };
    let mut conn = pool.acquire().await?;
    let account_id = super::accounts::id_of(&mut conn, q.account.as_deref()).await?;
    let filter = Filter {
        account_id,
        entity: q.entity,
        actor: q.actor,
        action: q.action,
        since: q.since,
        before_id,
        limit: q.limit,
    };
    Ok(repo::list(&mut conn, &filter).await?)
}

pub async fn verify(cx: &Context) -> Result<Verification> {
    let pool = &cx.pool;
    let mut tx = pool.begin().await?;
    let v = repo::verify(&mut tx).await?;
    tx.commit().await?;
    Ok(v)
}
