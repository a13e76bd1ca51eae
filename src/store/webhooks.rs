//! Webhook endpoints: add, list, enable/disable, rotate, remove; the failing streak; replay.
//!
//! # Invariants
//! - Secrets are stored sealed (`notify::secrets`); the row type never serializes them.
//! - A removed endpoint stays (its deliveries reference it) with `removed_at` set, disabled, and
//!   hidden from listings; its pending deliveries are marked failed in the same statement group.
//! - `failing_since` is the first failure of the current streak: set by the first failure, cleared
//!   by a success.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::{PgConnection, Row};

/// One endpoint, as stored.
#[derive(Debug, Clone, Serialize)]
pub struct EndpointRow {
    pub id: String,
    pub url: String,
    pub description: Option<String>,
    pub event_patterns: Vec<String>,
    #[serde(skip)]
    pub secret_sealed: String,
    #[serde(skip)]
    pub previous_secret_sealed: Option<String>,
    /// Until when the previous secret signs too (a rotation's overlap).
    pub previous_expires_at: Option<DateTime<Utc>>,
    pub enabled: bool,
    pub disabled_reason: Option<String>,
    pub allow_private: bool,
    pub failing_since: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub removed_at: Option<DateTime<Utc>>,
    /// Deliveries waiting to be sent (listings only; 0 elsewhere).
    pub pending: i64,
    /// Deliveries given up (listings only; 0 elsewhere).
    pub failed: i64,
}

const COLUMNS: &str = "w.id, w.url, w.description, w.event_patterns, w.secret_sealed, w.previous_secret_sealed,
    w.previous_expires_at, w.enabled, w.disabled_reason, w.allow_private, w.failing_since, w.created_at,
    w.updated_at, w.removed_at";

fn row(r: &sqlx::postgres::PgRow, counts: bool) -> sqlx::Result<EndpointRow> {
    Ok(EndpointRow {
        id: r.try_get("id")?,
        url: r.try_get("url")?,
        description: r.try_get("description")?,
        event_patterns: r.try_get("event_patterns")?,
        secret_sealed: r.try_get("secret_sealed")?,
        previous_secret_sealed: r.try_get("previous_secret_sealed")?,
        previous_expires_at: r.try_get("previous_expires_at")?,
        enabled: r.try_get("enabled")?,
        disabled_reason: r.try_get("disabled_reason")?,
        allow_private: r.try_get("allow_private")?,
        failing_since: r.try_get("failing_since")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
        removed_at: r.try_get("removed_at")?,
        pending: if counts { r.try_get("pending")? } else { 0 },
        failed: if counts { r.try_get("failed")? } else { 0 },
    })
}

pub async fn insert(conn: &mut PgConnection, e: &EndpointRow) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO webhook_endpoints (id, url, description, event_patterns, secret_sealed, enabled,
                                        allow_private, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, TRUE, $6, $7, $7)",
    )
    .bind(&e.id)
    .bind(&e.url)
    .bind(&e.description)
    .bind(&e.event_patterns)
    .bind(&e.secret_sealed)
    .bind(e.allow_private)
    .bind(e.created_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Endpoints not removed (or all), oldest first, with their pending and failed delivery counts.
pub async fn list(conn: &mut PgConnection, include_removed: bool) -> sqlx::Result<Vec<EndpointRow>> {
    let sql = format!(
        "SELECT {COLUMNS},
                (SELECT count(*) FROM deliveries d WHERE d.endpoint_id = w.id AND d.status = 'pending') AS pending,
                (SELECT count(*) FROM deliveries d WHERE d.endpoint_id = w.id AND d.status = 'failed') AS failed
         FROM webhook_endpoints w
         WHERE $1 OR w.removed_at IS NULL
         ORDER BY w.created_at, w.id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(include_removed).fetch_all(&mut *conn).await?;
    rows.iter().map(|r| row(r, true)).collect()
}

/// One endpoint (removed ones too); `lock` takes a row lock for the caller's transaction.
pub async fn get(conn: &mut PgConnection, id: &str, lock: bool) -> sqlx::Result<Option<EndpointRow>> {
    let sql =
        format!("SELECT {COLUMNS} FROM webhook_endpoints w WHERE w.id = $1{}", if lock { " FOR UPDATE" } else { "" });
    let r = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&mut *conn).await?;
    r.map(|r| row(&r, false)).transpose()
}

/// Enables (clearing the reason and the failing streak) or disables with a reason.
pub async fn set_enabled(
    conn: &mut PgConnection,
    id: &str,
    enabled: bool,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE webhook_endpoints
         SET enabled = $2, disabled_reason = CASE WHEN $2 THEN NULL ELSE $3 END,
             failing_since = CASE WHEN $2 THEN NULL ELSE failing_since END, updated_at = $4
         WHERE id = $1",
    )
    .bind(id)
    .bind(enabled)
    .bind(reason)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A new current secret; the old one becomes the previous, signing until `previous_expires_at`
/// (`None`: at once retired).
pub async fn rotate(
    conn: &mut PgConnection,
    id: &str,
    new_sealed: &str,
    previous_expires_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE webhook_endpoints
         SET previous_secret_sealed = CASE WHEN $3::timestamptz IS NULL THEN NULL ELSE secret_sealed END,
             previous_expires_at = $3, secret_sealed = $2, updated_at = $4
         WHERE id = $1",
    )
    .bind(id)
    .bind(new_sealed)
    .bind(previous_expires_at)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Marks the endpoint removed (and disabled); its pending deliveries become failed. Returns how
/// many deliveries were given up.
pub async fn remove(conn: &mut PgConnection, id: &str, now: DateTime<Utc>) -> sqlx::Result<u64> {
    sqlx::query(
        "UPDATE webhook_endpoints SET removed_at = $2, enabled = FALSE, disabled_reason = 'removed', updated_at = $2
         WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let r = sqlx::query(
        "UPDATE deliveries SET status = 'failed', last_error = 'endpoint removed'
         WHERE endpoint_id = $1 AND status = 'pending'",
    )
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected())
}

/// How many deliveries wait for this endpoint.
pub async fn pending_count(conn: &mut PgConnection, id: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM deliveries WHERE endpoint_id = $1 AND status = 'pending'")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
}

/// A failed attempt: starts the failing streak if none is running; returns its start.
pub async fn mark_failing(conn: &mut PgConnection, id: &str, now: DateTime<Utc>) -> sqlx::Result<DateTime<Utc>> {
    sqlx::query_scalar(
        "UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $2)
         WHERE id = $1 RETURNING failing_since",
    )
    .bind(id)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
}

/// A successful attempt ends the failing streak (writes only when one was running).
pub async fn clear_failing(conn: &mut PgConnection, id: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE webhook_endpoints SET failing_since = NULL WHERE id = $1 AND failing_since IS NOT NULL")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A delivery of `event_id` to one endpoint, due at `now` (`webhook test`).
pub async fn insert_delivery(
    conn: &mut PgConnection,
    event_id: &str,
    account_id: Option<&str>,
    endpoint_id: &str,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO deliveries (event_id, account_id, channel, target, endpoint_id, next_attempt_at, created_at)
         VALUES ($1, $2, 'webhook', $3, $3, $4, $4)",
    )
    .bind(event_id)
    .bind(account_id)
    .bind(endpoint_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What a replay queued.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Replayed {
    /// Existing deliveries queued again (due now, the retry schedule from its start).
    pub requeued: u64,
    /// New deliveries to endpoints that match the event but never had one (added after it).
    pub created: u64,
}

/// `webhook replay`: queues the event's webhook deliveries again (all endpoints', or one's) and
/// adds deliveries for enabled endpoints whose patterns match but that never had one. A test
/// event goes only to the endpoints it already had.
pub async fn replay(
    conn: &mut PgConnection,
    event_id: &str,
    endpoint: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<Replayed> {
    let r = sqlx::query(
        "UPDATE deliveries d SET status = 'pending', next_attempt_at = $3, attempts = 0
         FROM webhook_endpoints w
         WHERE d.event_id = $1 AND d.channel = 'webhook' AND w.id = d.endpoint_id AND w.removed_at IS NULL
           AND ($2::text IS NULL OR d.endpoint_id = $2)",
    )
    .bind(event_id)
    .bind(endpoint)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    let c = sqlx::query(
        "INSERT INTO deliveries (event_id, account_id, channel, target, endpoint_id, next_attempt_at, created_at)
         SELECT e.id, e.account_id, 'webhook', w.id, w.id, $3, $3
         FROM events e JOIN webhook_endpoints w ON w.enabled AND w.removed_at IS NULL AND EXISTS (
             SELECT 1 FROM unnest(w.event_patterns) p
             WHERE p = '*' OR p = e.type OR (p LIKE '%.*' AND left(p, -2) = split_part(e.type, '.', 1)))
         WHERE e.id = $1 AND e.type <> 'webhook.test' AND ($2::text IS NULL OR w.id = $2)
         ON CONFLICT (event_id, channel, target) DO NOTHING",
    )
    .bind(event_id)
    .bind(endpoint)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(Replayed { requeued: r.rows_affected(), created: c.rows_affected() })
}
