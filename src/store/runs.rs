//! The record of invoice runs (`billing_runs`): started, counted per batch, finished, and
//! detected as interrupted through the advisory lock a live run holds.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;

use crate::domain::payment::RunStatus;

/// Creates the record of a run.
pub async fn start_run(
    conn: &mut PgConnection,
    id: &str,
    as_of: NaiveDate,
    started_at: DateTime<Utc>,
    os_user: &str,
    host: &str,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO billing_runs (id, as_of, dry_run, status, host, os_user, started_at)
         VALUES ($1, $2, FALSE, 'running', $3, $4, $5)",
    )
    .bind(id)
    .bind(as_of)
    .bind(host)
    .bind(os_user)
    .bind(started_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub struct RunTotals {
    pub status: RunStatus,
    pub invoices: i32,
    pub subscriptions: i32,
    pub errors: i32,
    pub error_details: serde_json::Value,
    pub finished_at: DateTime<Utc>,
}

pub async fn finish_run(conn: &mut PgConnection, id: &str, t: &RunTotals) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE billing_runs SET status = $2, invoices_created = $3, subscriptions_seen = $4, errors = $5,
            error_details = $6, finished_at = $7 WHERE id = $1",
    )
    .bind(id)
    .bind(t.status.as_str())
    .bind(t.invoices)
    .bind(t.subscriptions)
    .bind(t.errors)
    .bind(&t.error_details)
    .bind(t.finished_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// Adds to a run's counters (called once per committed batch, in the batch's transaction).
pub async fn add_to_run(conn: &mut PgConnection, id: &str, invoices: i32, subscriptions: i32) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE billing_runs SET invoices_created = invoices_created + $2, subscriptions_seen = subscriptions_seen + $3
         WHERE id = $1",
    )
    .bind(id)
    .bind(invoices)
    .bind(subscriptions)
    .execute(conn)
    .await?;
    Ok(())
}

/// Runs still marked running whose process is gone (their advisory lock is free) become
/// 'interrupted'. Returns how many.
pub async fn mark_interrupted_runs(conn: &mut PgConnection, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let ids: Vec<String> =
        sqlx::query_scalar("SELECT id FROM billing_runs WHERE status = 'running'").fetch_all(&mut *conn).await?;
    let mut n = 0;
    for id in ids {
        let free: bool =
            sqlx::query_scalar("SELECT pg_try_advisory_lock(hashtext($1))").bind(&id).fetch_one(&mut *conn).await?;
        if free {
            sqlx::query("SELECT pg_advisory_unlock(hashtext($1))").bind(&id).execute(&mut *conn).await?;
            mark_run_interrupted(conn, &id, now, None).await?;
            n += 1;
        }
    }
    Ok(n)
}

/// Records run `id` as interrupted (if it is still running), with `reason` among its error details.
pub async fn mark_run_interrupted(
    conn: &mut PgConnection,
    id: &str,
    now: DateTime<Utc>,
    reason: Option<&str>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE billing_runs SET status = 'interrupted', finished_at = $2,
                error_details = CASE WHEN $3::text IS NULL THEN error_details
                                     ELSE error_details || jsonb_build_array($3::text) END
         WHERE id = $1 AND status = 'running'",
    )
    .bind(id)
    .bind(now)
    .bind(reason)
    .execute(conn)
    .await?;
    Ok(())
}

/// Holds a session advisory lock named after the run while it runs (so others can tell it is alive).
pub async fn hold_run_lock(conn: &mut PgConnection, id: &str) -> sqlx::Result<()> {
    sqlx::query("SELECT pg_advisory_lock(hashtext($1))").bind(id).execute(conn).await?;
    Ok(())
}
