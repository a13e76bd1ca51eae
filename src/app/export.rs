//! `billctl export ENTITY`: checks what is asked (entity, columns, filters) and streams it out of
//! the database ([`crate::store::export`]) into a sink the CLI gives (stdout or a file written
//! atomically by `render::export`). Nothing is held in memory but the chunk in flight.

use anyhow::Result;
use chrono::NaiveDate;

use super::Context;
use crate::error;
use crate::store::export::{self as repo, Query};
pub use crate::store::export::{ENTITIES, Encoding, Entity, Kind};

/// What `billctl export` is asked for, as typed.
#[derive(Debug, Clone, Default)]
pub struct ExportInput {
    pub entity: String,
    /// Only these columns, in this order (all when empty).
    pub columns: Vec<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// An account id or external id.
    pub account: Option<String>,
    pub status: Option<String>,
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

/// The entity named `name`, or a usage error listing them all.
pub fn entity(name: &str) -> Result<&'static Entity> {
    repo::entity(name.trim()).ok_or_else(|| {
        error::usage(format!("there is no entity '{}' to export", error::printable(name, 40)))
            .hint(format!("the entities are: {}", names(ENTITIES.iter().map(|e| e.name))))
            .hint("`billctl export --list` shows each one's columns")
            .into()
    })
}

/// Streams the export into `sink`. Every check comes first, so a bad request writes nothing.
pub async fn export(
    cx: &Context,
    input: &ExportInput,
    encoding: Encoding,
    sink: &mut (dyn FnMut(&[u8]) -> Result<()> + Send),
) -> Result<()> {
    let mut conn = cx.pool.acquire().await?;
    let (q, account) = checked(&mut conn, input).await?;
    let q = Query { account: account.as_deref(), ..q };
    repo::copy_out(&mut conn, &q, encoding, sink).await
}

/// The SELECT an export runs (`export --sql`).
pub async fn select_sql(cx: &Context, input: &ExportInput, encoding: Encoding) -> Result<String> {
    let mut conn = cx.pool.acquire().await?;
    let (q, account) = checked(&mut conn, input).await?;
    Ok(repo::select_sql(&Query { account: account.as_deref(), ..q }, encoding))
}

/// The checked query (its account filled in by the caller from the id returned beside it).
async fn checked(conn: &mut sqlx::PgConnection, input: &ExportInput) -> Result<(Query<'static>, Option<String>)> {
    let e = entity(&input.entity)?;
    let mut columns = Vec::new();
    for name in input.columns.iter().map(|c| c.trim()).filter(|c| !c.is_empty()) {
        let col = e.columns.iter().find(|c| c.name == name).ok_or_else(|| {
            error::usage(format!("{} has no column '{}' (--columns)", e.name, error::printable(name, 40)))
                .hint(format!("its columns are: {}", names(e.columns.iter().map(|c| c.name))))
        })?;
        columns.push(col);
    }
    if columns.is_empty() {
        columns = e.columns.iter().collect();
    }
    if let (Some(f), Some(t)) = (input.from, input.to)
        && f > t
    {
        return Err(error::usage(format!("--from {f} is after --to {t}"))
            .hint("give the earlier date to --from (both days are included)")
            .into());
    }
    let status = match (&input.status, e.status) {
        (None, _) => None,
        (Some(s), None) => {
            let with: Vec<&str> = ENTITIES.iter().filter(|x| x.status.is_some()).map(|x| x.name).collect();
            return Err(error::usage(format!(
                "{} has no status to filter on (--status {})",
                e.name,
                error::printable(s, 40)
            ))
            .hint(format!("--status works with: {}", with.join(", ")))
            .into());
        }
        (Some(s), Some((_, values))) => {
            let s = s.trim().to_ascii_lowercase();
            if !values.contains(&s.as_str()) {
                return Err(error::usage(format!(
                    "'{}' is not a status of {} (--status)",
                    error::printable(&s, 40),
                    e.name
                ))
                .hint(format!("the statuses are: {}", values.join(", ")))
                .into());
            }
            Some(s)
        }
    };
    let account = match &input.account {
        None => None,
        Some(key) => {
            let found =
                crate::store::accounts::find(conn, key.trim()).await?.ok_or_else(|| super::accounts::not_found(key))?;
            Some(found.id)
        }
    };
    if account.as_deref().is_some_and(|a| !repo::check_value(a)) {
        return Err(error::internal("an account id holds characters an export cannot filter on").into());
    }
    let status: Option<&'static str> =
        status.and_then(|s| e.status.and_then(|(_, v)| v.iter().copied().find(|x| *x == s)));
    Ok((Query { entity: e, columns, from: input.from, to: input.to, account: None, status }, account))
}
