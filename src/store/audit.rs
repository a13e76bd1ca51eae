//! The audit log: who (database role, OS user), what, before and after, for every mutation.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;

/// The OS user running billctl, from the process's real uid (never `$USER`, which anyone can set):
/// the name `/etc/passwd` gives that uid, else `uid:N`.
pub fn os_user() -> String {
    static USER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    USER.get_or_init(|| {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let Some(uid) = real_uid(&status) else { return "unknown".into() };
        let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
        user_name(&passwd, uid).unwrap_or_else(|| format!("uid:{uid}"))
    })
    .clone()
}

/// The real uid: the first number of the `Uid:` line of `/proc/self/status` (real, effective,
/// saved, filesystem).
fn real_uid(status: &str) -> Option<u32> {
    status.lines().find_map(|l| l.strip_prefix("Uid:")).and_then(|rest| rest.split_whitespace().next()?.parse().ok())
}

fn user_name(passwd: &str, uid: u32) -> Option<String> {
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let id: u32 = fields.nth(1)?.parse().ok()?;
        (id == uid && !name.is_empty()).then(|| name.to_string())
    })
}

/// Who makes a change, as the audit log records it: the OS user (real uid, see [`os_user`]) and
/// the command's optional `--reason`. The database role is the database's own `current_user`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub os_user: String,
    pub reason: Option<String>,
}

impl Actor {
    /// The process's actor with the command's reason (blank reasons are none).
    pub fn current(reason: Option<&str>) -> Actor {
        let reason = reason.map(str::trim).filter(|r| !r.is_empty()).map(str::to_string);
        Actor { os_user: os_user(), reason }
    }
}

/// One audit row. Its wall-clock time is stamped by the database when the row is written; `at` is
/// the command's clock (`--as-of`), kept as `as_of`.
pub struct Entry<'a> {
    pub by: &'a Actor,
    pub at: DateTime<Utc>,
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: &'a str,
    pub account_id: Option<&'a str>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record(conn: &mut PgConnection, e: Entry<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (as_of, os_user, reason, action, entity_type, entity_id, account_id, before, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(e.at)
    .bind(&e.by.os_user)
    .bind(e.by.reason.as_deref())
    .bind(e.action)
    .bind(e.entity_type)
    .bind(e.entity_id)
    .bind(e.account_id)
    .bind(e.before)
    .bind(e.after)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    /// When the row was written (the database server's wall clock).
    pub at: DateTime<Utc>,
    /// The instant the command ran as of (`--as-of`), when it differs from no clock at all.
    pub as_of: Option<DateTime<Utc>>,
    pub db_role: String,
    pub os_user: String,
    pub reason: Option<String>,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub account_id: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

/// The columns of [`AuditRow`], for `concat!` into static SQL.
macro_rules! row_columns {
    () => {
        "id, at, as_of, db_role, os_user, reason, action, entity_type, entity_id, account_id, before, after"
    };
}

pub async fn for_entity(conn: &mut PgConnection, entity_id: &str) -> sqlx::Result<Vec<AuditRow>> {
    sqlx::query_as(concat!("SELECT ", row_columns!(), " FROM audit_log WHERE entity_id = $1 ORDER BY id"))
        .bind(entity_id)
        .fetch_all(conn)
        .await
}

/// Filters of `audit list`; every one optional. Newest first, keyset-paged by id.
#[derive(Debug, Default)]
pub struct Filter {
    pub account_id: Option<String>,
    pub entity: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub before_id: Option<i64>,
    pub limit: i64,
}

pub async fn list(conn: &mut PgConnection, f: &Filter) -> sqlx::Result<Vec<AuditRow>> {
    sqlx::query_as(concat!(
        "SELECT ",
        row_columns!(),
        " FROM audit_log
         WHERE ($1::text IS NULL OR account_id = $1)
           AND ($2::text IS NULL OR entity_type = $2 OR entity_id = $2)
           AND ($3::text IS NULL OR os_user = $3 OR db_role = $3)
           AND ($4::text IS NULL OR action = $4 OR action LIKE $4 || '.%')
           AND ($5::timestamptz IS NULL OR at >= $5)
           AND ($6::bigint IS NULL OR id < $6)
         ORDER BY id DESC LIMIT $7"
    ))
    .bind(&f.account_id)
    .bind(&f.entity)
    .bind(&f.actor)
    .bind(&f.action)
    .bind(f.since)
    .bind(f.before_id)
    .bind(f.limit)
    .fetch_all(conn)
    .await
}

/// What `audit verify` found: the rows checked, the chain's head, and every break.
#[derive(Debug, Serialize)]
pub struct Verification {
    pub rows: i64,
    pub head_seq: i64,
    pub head_hash: String,
    pub problems: Vec<ChainProblem>,
}

/// One break in the chain, by chain position and row id.
#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ChainProblem {
    pub seq: Option<i64>,
    pub id: Option<i64>,
    pub problem: String,
}

/// Recomputes every row's hash and link in one pass (set-based: each row stores its predecessor's
/// hash), and checks the head against the newest row. Call it first thing in a fresh transaction:
/// it reads the rows and the head in one snapshot, so a command auditing meanwhile is no break.
pub async fn verify(conn: &mut PgConnection) -> sqlx::Result<Verification> {
    sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY").execute(&mut *conn).await?;
    let (head_seq, head_hash): (i64, Vec<u8>) =
        sqlx::query_as("SELECT seq, hash FROM audit_chain_head").fetch_one(&mut *conn).await?;
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM audit_log").fetch_one(&mut *conn).await?;
    let mut problems: Vec<ChainProblem> = sqlx::query_as(
        "WITH chain AS (
             SELECT a.id, a.chain_seq, a.prev_hash, a.hash, audit_row_hash(a.prev_hash, a) AS recomputed,
                    lag(a.hash) OVER w AS expected_prev, lag(a.chain_seq) OVER w AS previous_seq
             FROM audit_log a WHERE a.chain_seq IS NOT NULL WINDOW w AS (ORDER BY a.chain_seq))
         SELECT chain_seq AS seq, id, 'row content does not match its hash (edited)' AS problem
           FROM chain WHERE hash IS DISTINCT FROM recomputed
         UNION ALL
         SELECT chain_seq, id, 'link to the previous row is broken (a row was removed or inserted)'
           FROM chain
          WHERE (previous_seq IS NULL AND (chain_seq <> 1 OR prev_hash <> decode(repeat('00', 32), 'hex')))
             OR (previous_seq IS NOT NULL AND (chain_seq <> previous_seq + 1 OR prev_hash IS DISTINCT FROM expected_prev))
         UNION ALL
         SELECT NULL, id, 'row is not in the chain (written with the chain trigger disabled)'
           FROM audit_log WHERE chain_seq IS NULL
         ORDER BY 1 NULLS LAST, 2",
    )
    .fetch_all(&mut *conn)
    .await?;
    let newest: Option<(i64, Vec<u8>)> = sqlx::query_as(
        "SELECT chain_seq, hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let newest_matches = match &newest {
        Some((seq, hash)) => *seq == head_seq && *hash == head_hash,
        None => head_seq == 0,
    };
    if !newest_matches {
        problems.push(ChainProblem {
            seq: Some(head_seq),
            id: None,
            problem: format!(
                "the chain head (row {head_seq}) is not the newest row ({}): rows were removed from the end",
                newest.map(|(s, _)| s.to_string()).unwrap_or_else(|| "none".into())
            ),
        });
    }
    Ok(Verification { rows, head_seq, head_hash: hex::encode(head_hash), problems })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_uid_is_the_first_number_of_the_uid_line() {
        let status = "Name:\tbillctl\nUid:\t1000\t0\t0\t0\nGid:\t1000\t1000\t1000\t1000\n";
        assert_eq!(real_uid(status), Some(1000));
        assert_eq!(real_uid("Name: x\n"), None);
    }

    #[test]
    fn a_uid_maps_to_its_passwd_name() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\nada:x:1000:1000:Ada:/home/ada:/bin/sh\n";
        assert_eq!(user_name(passwd, 1000).as_deref(), Some("ada"));
        assert_eq!(user_name(passwd, 0).as_deref(), Some("root"));
        assert_eq!(user_name(passwd, 42), None);
    }
}
