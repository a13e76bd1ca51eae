//! The event log and the outbox of deliveries.
//!
//! # Invariants
//! - [`emit`] runs inside the caller's transaction: the event and its deliveries commit or roll back
//!   with their cause. `dedupe_key` is unique, so emitting the same cause twice writes nothing the
//!   second time (and fans nothing out).
//! - Fan-out happens at emit time: one delivery per enabled webhook endpoint whose patterns match,
//!   and one per e-mail the event sends (only when e-mail is configured; a reminder only to an
//!   account that has not turned reminders off). An endpoint added later does not receive older
//!   events (`webhook replay` can send them).
//! - A delivery is claimed with `FOR UPDATE SKIP LOCKED` in its own transaction, which stays open
//!   while it is sent and records the outcome: concurrent workers never send the same delivery, a
//!   killed worker's claim is released by the server, and at most the deliveries in flight are
//!   sent again.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::{PgConnection, Row};

use crate::domain::event::{EmailTemplate, EventType, NewEvent};

/// How many events and deliveries an [`emit_many`] wrote (events already there count zero).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Emitted {
    pub events: u64,
    pub webhooks: u64,
    pub emails: u64,
}

/// Writes events (each once: an existing `dedupe_key` is skipped) and fans them out, set-based.
/// `ids` are the new events' ids, one per event. `email` says whether e-mail is configured.
pub async fn emit_many(
    conn: &mut PgConnection,
    events: &[NewEvent],
    ids: &[String],
    at: DateTime<Utc>,
    email: bool,
) -> sqlx::Result<Emitted> {
    if events.is_empty() {
        return Ok(Emitted::default());
    }
    let types: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
    let accounts: Vec<Option<&str>> = events.iter().map(|e| e.account_id.as_deref()).collect();
    let keys: Vec<&str> = events.iter().map(|e| e.dedupe_key.as_str()).collect();
    let data: Vec<String> = events.iter().map(|e| e.data.to_string()).collect();
    let inserted: Vec<String> = sqlx::query_scalar(
        "INSERT INTO events (id, type, account_id, dedupe_key, data, occurred_at)
         SELECT id, type, account_id, dedupe_key, data::json, $6
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
                AS t(id, type, account_id, dedupe_key, data)
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id",
    )
    .bind(ids)
    .bind(&types)
    .bind(&accounts)
    .bind(&keys)
    .bind(&data)
    .bind(at)
    .fetch_all(&mut *conn)
    .await?;
    let (webhooks, emails) = fan_out(conn, &inserted, at, email).await?;
    Ok(Emitted { events: inserted.len() as u64, webhooks, emails })
}

/// Writes events whose causes are new by construction (the invoice run's: fresh invoice and
/// history ids), with binary COPY, and fans them out. A repeated dedupe key is a unique
/// violation here, not a skip: only for causes that cannot have been told before.
pub async fn copy_new(
    conn: &mut PgConnection,
    events: &[NewEvent],
    ids: &[String],
    at: DateTime<Utc>,
    email: bool,
) -> sqlx::Result<Emitted> {
    if events.is_empty() {
        return Ok(Emitted::default());
    }
    let mut rows = super::copy_binary::BinaryRows::with_capacity(events.len() * 500);
    for (e, id) in events.iter().zip(ids) {
        rows.row(6)
            .text(id)
            .text(e.kind.as_str())
            .opt_text(e.account_id.as_deref())
            .text(&e.dedupe_key)
            // json's binary form is its text.
            .text(&e.data.to_string())
            .timestamptz(at);
    }
    let n = super::copy_binary::copy_in_binary(
        conn,
        "events",
        &["id", "type", "account_id", "dedupe_key", "data", "occurred_at"],
        rows,
    )
    .await?;
    let (webhooks, emails) = fan_out(conn, ids, at, email).await?;
    Ok(Emitted { events: n, webhooks, emails })
}

/// Queues the deliveries of just-written events: one per enabled webhook endpoint whose patterns
/// match, one per e-mail the event sends (when e-mail is configured; reminders only to accounts
/// that did not turn them off). Skipped when there is nowhere to deliver.
async fn fan_out(conn: &mut PgConnection, ids: &[String], at: DateTime<Utc>, email: bool) -> sqlx::Result<(u64, u64)> {
    if ids.is_empty() {
        return Ok((0, 0));
    }
    let endpoints: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM webhook_endpoints WHERE enabled)")
        .fetch_one(&mut *conn)
        .await?;
    if !endpoints && !email {
        return Ok((0, 0));
    }
    let mail: Vec<(EventType, EmailTemplate)> =
        EventType::ALL.iter().filter_map(|t| t.email_template().map(|m| (*t, m))).collect();
    let mail_types: Vec<&str> = mail.iter().map(|(t, _)| t.as_str()).collect();
    let mail_templates: Vec<&str> = mail.iter().map(|(_, m)| m.as_str()).collect();
    let mail_optional: Vec<bool> = mail.iter().map(|(_, m)| m.is_optional()).collect();
    let row = sqlx::query(
        "WITH ins AS (
             SELECT id, type, account_id FROM events WHERE id = ANY($1)
         ), hooks AS (
             INSERT INTO deliveries (event_id, account_id, channel, target, endpoint_id, next_attempt_at, created_at)
             SELECT ins.id, ins.account_id, 'webhook', w.id, w.id, $2, $2
             FROM ins JOIN webhook_endpoints w ON w.enabled AND EXISTS (
                 SELECT 1 FROM unnest(w.event_patterns) p
                 WHERE p = '*' OR p = ins.type OR (p LIKE '%.*' AND left(p, -2) = split_part(ins.type, '.', 1)))
             WHERE ins.type <> 'webhook.test'
             RETURNING 1
         ), mails AS (
             INSERT INTO deliveries (event_id, account_id, channel, target, next_attempt_at, created_at)
             SELECT ins.id, ins.account_id, 'email', m.template, $2, $2
             FROM ins
             JOIN unnest($3::text[], $4::text[], $5::bool[]) AS m(type, template, optional) ON m.type = ins.type
             JOIN accounts a ON a.id = ins.account_id
             WHERE $6 AND a.email <> '' AND (a.email_reminders OR NOT m.optional)
             RETURNING 1
         )
         SELECT (SELECT count(*) FROM hooks) AS webhooks, (SELECT count(*) FROM mails) AS emails",
    )
    .bind(ids)
    .bind(at)
    .bind(&mail_types)
    .bind(&mail_templates)
    .bind(&mail_optional)
    .bind(email)
    .fetch_one(&mut *conn)
    .await?;
    let n = |c: &str| -> sqlx::Result<u64> { Ok(u64::try_from(row.try_get::<i64, _>(c)?).unwrap_or(0)) };
    Ok((n("webhooks")?, n("emails")?))
}

/// One stored event.
#[derive(Debug, Clone, Serialize)]
pub struct EventRow {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub account_id: Option<String>,
    pub data: serde_json::Value,
    pub occurred_at: DateTime<Utc>,
}

pub async fn get(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<EventRow>> {
    let row = sqlx::query("SELECT id, type, account_id, data, occurred_at FROM events WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|r| event_row(&r)).transpose()
}

fn event_row(r: &sqlx::postgres::PgRow) -> sqlx::Result<EventRow> {
    Ok(EventRow {
        id: r.try_get("id")?,
        kind: r.try_get("type")?,
        account_id: r.try_get("account_id")?,
        data: r.try_get("data")?,
        occurred_at: r.try_get("occurred_at")?,
    })
}

/// Events in time order, optionally one account's and one type group's (`invoice` for
/// `invoice.*`), after a keyset cursor.
pub async fn list(
    conn: &mut PgConnection,
    account: Option<&str>,
    type_prefix: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<EventRow>> {
    let rows = sqlx::query(
        "SELECT id, type, account_id, data, occurred_at FROM events
         WHERE ($1::text IS NULL OR account_id = $1)
           AND ($2::text IS NULL OR type = $2 OR type LIKE $2 || '.%')
           AND ($3::text IS NULL OR id > $3)
         ORDER BY id LIMIT $4",
    )
    .bind(account)
    .bind(type_prefix)
    .bind(after)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(event_row).collect()
}

/// A delivery claimed for sending, with its event.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: i64,
    pub channel: String,
    /// webhook: the endpoint id; email: the template name.
    pub target: String,
    /// Attempts made before this one.
    pub attempts: i32,
    pub event: EventRow,
}

/// Claims the next due pending delivery, locking it for the caller's transaction; others skip it.
/// Deliveries to disabled endpoints are not claimed (they wait for `webhook endpoint enable`).
/// `events` limits it to those events' deliveries (a command delivering what it just emitted).
pub async fn claim_next(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
    channel: Option<&str>,
    events: Option<&[String]>,
) -> sqlx::Result<Option<Claimed>> {
    Ok(claim_batch(conn, now, channel, events, 1).await?.into_iter().next())
}

/// What became of one attempt, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    Sent,
    /// Tried again at this time.
    RetryAt(DateTime<Utc>),
    /// Given up: no further attempts.
    Failed,
}

/// Records an attempt on a claimed delivery.
pub async fn record_attempt(
    conn: &mut PgConnection,
    id: i64,
    now: DateTime<Utc>,
    outcome: &Recorded,
    http_status: Option<u16>,
    error: Option<&str>,
) -> sqlx::Result<()> {
    let (status, next, sent_at) = match outcome {
        Recorded::Sent => ("sent", None, Some(now)),
        Recorded::RetryAt(t) => ("pending", Some(*t), None),
        Recorded::Failed => ("failed", None, None),
    };
    sqlx::query(
        "UPDATE deliveries SET status = $2, attempts = attempts + 1, last_attempt_at = $3,
                next_attempt_at = COALESCE($4, next_attempt_at), sent_at = COALESCE($5, sent_at),
                last_http_status = $6, last_error = $7
         WHERE id = $1",
    )
    .bind(id)
    .bind(status)
    .bind(now)
    .bind(next)
    .bind(sent_at)
    .bind(http_status.map(i32::from))
    .bind(error)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Queues an event's deliveries again (all, or one endpoint's), as new attempts from now:
/// `webhook replay`. Returns how many were queued.
pub async fn requeue(conn: &mut PgConnection, event_id: &str, now: DateTime<Utc>) -> sqlx::Result<u64> {
    let r = sqlx::query(
        "UPDATE deliveries SET status = 'pending', next_attempt_at = $2, attempts = 0
         WHERE event_id = $1 AND status <> 'pending'",
    )
    .bind(event_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(r.rows_affected())
}

/// One delivery, for `notify list` and `webhook deliveries`.
#[derive(Debug, Clone, Serialize)]
pub struct DeliveryRow {
    pub id: i64,
    pub event_id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub account_id: Option<String>,
    pub channel: String,
    pub target: String,
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub last_http_status: Option<i32>,
    pub last_error: Option<String>,
    pub sent_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

/// Filters of a delivery listing.
#[derive(Debug, Clone, Default)]
pub struct DeliveryFilter<'a> {
    pub channel: Option<&'a str>,
    pub status: Option<&'a str>,
    pub endpoint: Option<&'a str>,
    pub account: Option<&'a str>,
    pub event: Option<&'a str>,
    pub after: Option<i64>,
    pub limit: i64,
}

pub async fn deliveries(conn: &mut PgConnection, f: &DeliveryFilter<'_>) -> sqlx::Result<Vec<DeliveryRow>> {
    let rows = sqlx::query(
        "SELECT d.id, d.event_id, e.type, d.account_id, d.channel, d.target, d.status, d.attempts,
                CASE WHEN d.status = 'pending' THEN d.next_attempt_at END AS next_attempt_at,
                d.last_http_status, d.last_error, d.sent_at, d.created_at
         FROM deliveries d JOIN events e ON e.id = d.event_id
         WHERE ($1::text IS NULL OR d.channel = $1)
           AND ($2::text IS NULL OR d.status = $2)
           AND ($3::text IS NULL OR d.endpoint_id = $3)
           AND ($4::text IS NULL OR d.account_id = $4)
           AND ($5::text IS NULL OR d.event_id = $5)
           AND ($6::bigint IS NULL OR d.id > $6)
         ORDER BY d.id LIMIT $7",
    )
    .bind(f.channel)
    .bind(f.status)
    .bind(f.endpoint)
    .bind(f.account)
    .bind(f.event)
    .bind(f.after)
    .bind(f.limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DeliveryRow {
                id: r.try_get("id")?,
                event_id: r.try_get("event_id")?,
                kind: r.try_get("type")?,
                account_id: r.try_get("account_id")?,
                channel: r.try_get("channel")?,
                target: r.try_get("target")?,
                status: r.try_get("status")?,
                attempts: r.try_get("attempts")?,
                next_attempt_at: r.try_get("next_attempt_at")?,
                last_http_status: r.try_get("last_http_status")?,
                last_error: r.try_get("last_error")?,
                sent_at: r.try_get("sent_at")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// A trial that ends soon.
#[derive(Debug, Clone, Serialize)]
pub struct TrialEnding {
    pub subscription_id: String,
    pub account_id: String,
    pub plan_version_id: String,
    pub trial_end: chrono::NaiveDate,
}

/// Trialing subscriptions whose trial ends after `from` and on or before `until`.
pub async fn trials_ending(
    conn: &mut PgConnection,
    from: chrono::NaiveDate,
    until: chrono::NaiveDate,
    account: Option<&str>,
) -> sqlx::Result<Vec<TrialEnding>> {
    let rows = sqlx::query(
        "SELECT id, account_id, plan_version_id, trial_end FROM subscriptions
         WHERE status = 'trialing' AND trial_end > $1 AND trial_end <= $2
           AND ($3::text IS NULL OR account_id = $3)
         ORDER BY id",
    )
    .bind(from)
    .bind(until)
    .bind(account)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(TrialEnding {
                subscription_id: r.try_get("id")?,
                account_id: r.try_get("account_id")?,
                plan_version_id: r.try_get("plan_version_id")?,
                trial_end: r.try_get("trial_end")?,
            })
        })
        .collect()
}

/// Makes the caller's transaction commit without waiting for the disk (a delivery's record: see
/// `app::notify_deliver::CLAIM_BATCH`).
pub async fn relax_commit(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query("SET LOCAL synchronous_commit = off").execute(&mut *conn).await?;
    Ok(())
}

/// Claims up to `limit` due pending deliveries at once, oldest due first, locking them for the
/// caller's transaction (others skip them); like [`claim_next`], deliveries to disabled endpoints
/// wait. The claim reads the `(next_attempt_at, id)` index in order: sorting is turned off for
/// the claim alone, so that statistics not yet analyzed after a large emit (an invoice run's
/// thousands of deliveries, all due at once) cannot make every claim sort every pending row.
pub async fn claim_batch(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
    channel: Option<&str>,
    events: Option<&[String]>,
    limit: i64,
) -> sqlx::Result<Vec<Claimed>> {
    sqlx::query("SET LOCAL enable_sort = off").execute(&mut *conn).await?;
    let rows = sqlx::query(
        "SELECT d.id AS delivery_id, d.channel, d.target, d.attempts,
                e.id, e.type, e.account_id, e.data, e.occurred_at
         FROM deliveries d JOIN events e ON e.id = d.event_id
         WHERE d.status = 'pending' AND d.next_attempt_at <= $1
           AND ($2::text IS NULL OR d.channel = $2)
           AND ($3::text[] IS NULL OR d.event_id = ANY($3))
           AND (d.endpoint_id IS NULL
                OR EXISTS (SELECT 1 FROM webhook_endpoints w WHERE w.id = d.endpoint_id AND w.enabled))
         ORDER BY d.next_attempt_at, d.id
         LIMIT $4
         FOR UPDATE OF d SKIP LOCKED",
    )
    .bind(now)
    .bind(channel)
    .bind(events)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query("SET LOCAL enable_sort = on").execute(&mut *conn).await?;
    rows.iter()
        .map(|r| {
            Ok(Claimed {
                id: r.try_get("delivery_id")?,
                channel: r.try_get("channel")?,
                target: r.try_get("target")?,
                attempts: r.try_get("attempts")?,
                event: event_row(r)?,
            })
        })
        .collect()
}
