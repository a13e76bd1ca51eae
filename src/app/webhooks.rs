//! Webhook endpoints and their use cases: add (checks the URL, its patterns and, unless
//! `--allow-private`, that it does not point into a private network; makes and seals a secret),
//! list, enable/disable, rotate-secret, remove, replay an event, send a test, verify a delivery.
//!
//! Every change writes an audit row (the endpoint without its secrets).

use std::time::Instant;

use anyhow::Result;
use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;

use super::Context;
use super::notify_deliver::{self, Channel, DeliverOptions};
use crate::domain::event::{EventType, NewEvent, check_pattern};
use crate::domain::ids::IdKind;
use crate::error;
use crate::notify::secrets::{self, MasterKey};
use crate::notify::webhook;
use crate::store::audit;
use crate::store::events::{self, DeliveryFilter};
use crate::store::webhooks::{self as repo, EndpointRow, Replayed};
use sqlx::PgConnection as PgConn;

/// How long the previous secret keeps signing after a rotation, unless `--overlap` says otherwise.
pub const DEFAULT_OVERLAP: TimeDelta = TimeDelta::hours(24);

/// What `webhook endpoint add` is given.
#[derive(Debug, Clone, Default)]
pub struct NewEndpoint {
    pub url: String,
    /// Comma-separated patterns (`invoice.*,dunning.*`); empty: every event.
    pub events: Option<String>,
    pub description: Option<String>,
    pub allow_private: bool,
}

/// An endpoint with its signing secret in clear: shown once, when it is made or rotated.
#[derive(Debug, Clone, Serialize)]
pub struct WithSecret {
    #[serde(flatten)]
    pub endpoint: EndpointRow,
    pub secret: String,
}

fn bad_events(msg: String) -> anyhow::Error {
    let groups: std::collections::BTreeSet<&str> = EventType::ALL.iter().map(|t| t.group()).collect();
    error::usage(format!("--events: {msg}"))
        .hint(format!(
            "give '*', groups ({}) or exact types, separated by commas",
            groups.into_iter().map(|g| format!("{g}.*")).collect::<Vec<_>>().join(", ")
        ))
        .into()
}

/// The patterns of `--events`, checked.
pub fn parse_patterns(text: Option<&str>) -> Result<Vec<String>> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(vec!["*".to_string()]);
    };
    let mut out: Vec<String> = Vec::new();
    for p in text.split(',').map(str::trim) {
        if p.is_empty() {
            return Err(bad_events(format!("'{text}' has an empty pattern")));
        }
        check_pattern(p).map_err(bad_events)?;
        if !out.iter().any(|o| o == p) {
            out.push(p.to_string());
        }
    }
    Ok(out)
}

/// Checks a URL for an endpoint: http(s), and unless `allow_private`, a host that neither is nor
/// resolves to a private address. Errors are exit 2 naming URL.
pub async fn check_endpoint_url(url: &str, allow_private: bool) -> Result<()> {
    let uri = webhook::check_url(url).map_err(|e| {
        error::usage(format!("URL: {e}"))
            .hint("example: billctl webhook endpoint add https://example.com/hooks/billing")
    })?;
    if allow_private {
        return Ok(());
    }
    let addrs = webhook::resolve(&uri).await.map_err(|e| {
        error::usage(format!("URL: {e}"))
            .hint("check the host name; billctl must resolve it to check that it is not a private address")
    })?;
    if let Some(ip) = addrs.iter().find(|ip| webhook::is_private(**ip)) {
        return Err(error::usage(format!(
            "URL: {} points to the private address {ip} (loopback, private, link-local, CGNAT, multicast or unspecified)",
            uri.host().unwrap_or_default()
        ))
        .hint("webhooks go to public receivers; for a receiver on your own network, add it with --allow-private")
        .into());
    }
    Ok(())
}

async fn endpoint(conn: &mut PgConn, id: &str, lock: bool) -> Result<EndpointRow> {
    let id = id.trim();
    match repo::get(conn, id, lock).await? {
        Some(e) if e.removed_at.is_none() => Ok(e),
        Some(_) => Err(error::not_found(format!("webhook endpoint {id} was removed"))
            .hint("add it again with `billctl webhook endpoint add URL`")
            .into()),
        None => Err(error::not_found(format!("no webhook endpoint {id}"))
            .hint("see `billctl webhook endpoint list` for the endpoints' ids")
            .into()),
    }
}

async fn record(
    conn: &mut PgConn,
    cx: &Context,
    action: &str,
    before: Option<&EndpointRow>,
    after: &EndpointRow,
) -> Result<()> {
    audit::record(
        conn,
        audit::Entry {
            by: &cx.actor,
            at: cx.clock.now(),
            action,
            entity_type: "webhook_endpoint",
            entity_id: &after.id,
            account_id: None,
            before: before.map(|b| serde_json::to_value(b).unwrap_or_default()),
            after: Some(serde_json::to_value(after).unwrap_or_default()),
        },
    )
    .await?;
    Ok(())
}

pub async fn add(cx: &Context, input: &NewEndpoint) -> Result<WithSecret> {
    let url = input.url.trim().to_string();
    check_endpoint_url(&url, input.allow_private).await?;
    let patterns = parse_patterns(input.events.as_deref())?;
    let key = MasterKey::load(&cx.config)?;
    let secret = secrets::new_secret();
    let now = cx.clock.now();
    let row = EndpointRow {
        id: super::new_id(IdKind::WebhookEndpoint, now),
        url,
        description: input.description.as_deref().map(str::trim).filter(|d| !d.is_empty()).map(str::to_string),
        event_patterns: patterns,
        secret_sealed: key.seal(&secret),
        previous_secret_sealed: None,
        previous_expires_at: None,
        enabled: true,
        disabled_reason: None,
        allow_private: input.allow_private,
        failing_since: None,
        created_at: now,
        updated_at: now,
        removed_at: None,
        pending: 0,
        failed: 0,
    };
    let mut tx = cx.pool.begin().await?;
    repo::insert(&mut tx, &row).await?;
    record(&mut tx, cx, "webhook_endpoint.add", None, &row).await?;
    tx.commit().await?;
    Ok(WithSecret { endpoint: row, secret })
}

pub async fn list(cx: &Context, include_removed: bool) -> Result<Vec<EndpointRow>> {
    let mut conn = cx.pool.acquire().await?;
    Ok(repo::list(&mut conn, include_removed).await?)
}

/// Disables an endpoint (its deliveries wait, unsent, until it is enabled) with the `--reason`
/// given, or "disabled by USER".
pub async fn disable(cx: &Context, id: &str) -> Result<EndpointRow> {
    let now = cx.clock.now();
    let mut tx = cx.pool.begin().await?;
    let before = endpoint(&mut tx, id, true).await?;
    if !before.enabled {
        return Err(error::conflict(format!(
            "{} is already disabled ({})",
            before.id,
            before.disabled_reason.as_deref().unwrap_or("no reason")
        ))
        .hint(format!("`billctl webhook endpoint enable {}` enables it", before.id))
        .into());
    }
    let reason = cx.actor.reason.clone().unwrap_or_else(|| format!("disabled by {}", cx.actor.os_user));
    repo::set_enabled(&mut tx, &before.id, false, Some(&reason), now).await?;
    let after = endpoint(&mut tx, &before.id, false).await?;
    record(&mut tx, cx, "webhook_endpoint.disable", Some(&before), &after).await?;
    tx.commit().await?;
    Ok(after)
}

/// Enables an endpoint again: its waiting deliveries go on the next `notify deliver`; the failing
/// streak starts afresh.
pub async fn enable(cx: &Context, id: &str) -> Result<EndpointRow> {
    let now = cx.clock.now();
    let mut tx = cx.pool.begin().await?;
    let before = endpoint(&mut tx, id, true).await?;
    if before.enabled {
        return Err(error::conflict(format!("{} is already enabled", before.id)).into());
    }
    if !before.allow_private {
        check_endpoint_url(&before.url, false).await?;
    }
    repo::set_enabled(&mut tx, &before.id, true, None, now).await?;
    let after = endpoint(&mut tx, &before.id, false).await?;
    record(&mut tx, cx, "webhook_endpoint.enable", Some(&before), &after).await?;
    tx.commit().await?;
    Ok(after)
}

/// A new secret; the old one keeps signing (a second signature) for `overlap`, so the receiver can
/// switch without losing a delivery. A zero overlap retires the old secret at once.
pub async fn rotate(cx: &Context, id: &str, overlap: TimeDelta) -> Result<WithSecret> {
    let now = cx.clock.now();
    let key = MasterKey::load(&cx.config)?;
    let mut tx = cx.pool.begin().await?;
    let before = endpoint(&mut tx, id, true).await?;
    let secret = secrets::new_secret();
    let until: Option<DateTime<Utc>> = (overlap > TimeDelta::zero()).then(|| now + overlap);
    repo::rotate(&mut tx, &before.id, &key.seal(&secret), until, now).await?;
    let after = endpoint(&mut tx, &before.id, false).await?;
    record(&mut tx, cx, "webhook_endpoint.rotate_secret", Some(&before), &after).await?;
    tx.commit().await?;
    Ok(WithSecret { endpoint: after, secret })
}

/// What removing an endpoint did.
#[derive(Debug, Clone, Serialize)]
pub struct Removed {
    pub id: String,
    /// Pending deliveries given up (marked failed).
    pub given_up: u64,
}

/// Removes an endpoint. With deliveries still pending it refuses (exit 4) unless `force`, which
/// gives them up. The endpoint's row stays (hidden) for its delivery history.
pub async fn remove(cx: &Context, id: &str, force: bool) -> Result<Removed> {
    let now = cx.clock.now();
    let mut tx = cx.pool.begin().await?;
    let before = endpoint(&mut tx, id, true).await?;
    let pending = repo::pending_count(&mut tx, &before.id).await?;
    if pending > 0 && !force {
        return Err(error::conflict(format!("{} still has {pending} delivery(ies) waiting", before.id))
            .hint("send them first (`billctl notify deliver`), or pass --force to give them up")
            .into());
    }
    let given_up = repo::remove(&mut tx, &before.id, now).await?;
    let after = repo::get(&mut tx, &before.id, false).await?.unwrap_or_else(|| before.clone());
    record(&mut tx, cx, "webhook_endpoint.remove", Some(&before), &after).await?;
    tx.commit().await?;
    Ok(Removed { id: before.id, given_up })
}

/// `webhook replay EVENT [--endpoint E]`: queues the event's webhook deliveries again, due now,
/// and makes deliveries for matching endpoints added after it. Returns what was queued.
pub async fn replay(cx: &Context, event_id: &str, endpoint_id: Option<&str>) -> Result<Replayed> {
    let now = cx.clock.now();
    let mut tx = cx.pool.begin().await?;
    let event_id = event_id.trim();
    if events::get(&mut tx, event_id).await?.is_none() {
        return Err(error::not_found(format!("no event {event_id}"))
            .hint("`billctl webhook deliveries` and `billctl notify list` show events' ids")
            .into());
    }
    let endpoint_id = match endpoint_id {
        Some(e) => Some(endpoint(&mut tx, e, false).await?.id),
        None => None,
    };
    let r = repo::replay(&mut tx, event_id, endpoint_id.as_deref(), now).await?;
    tx.commit().await?;
    Ok(r)
}

/// How `webhook test` went.
#[derive(Debug, Clone, Serialize)]
pub struct TestResult {
    pub endpoint_id: String,
    pub event_id: String,
    /// sent, pending (to be retried) or failed.
    pub status: String,
    pub http_status: Option<i32>,
    pub error: Option<String>,
    pub millis: u64,
}

/// Emits a `webhook.test` event with a delivery to this endpoint only and sends it at once.
pub async fn test(cx: &Context, id: &str) -> Result<TestResult> {
    let now = cx.clock.now();
    let mut tx = cx.pool.begin().await?;
    let ep = endpoint(&mut tx, id, false).await?;
    if !ep.enabled {
        return Err(error::conflict(format!(
            "{} is disabled ({})",
            ep.id,
            ep.disabled_reason.as_deref().unwrap_or("no reason")
        ))
        .hint(format!("`billctl webhook endpoint enable {}` first", ep.id))
        .into());
    }
    let event = NewEvent {
        kind: EventType::WebhookTest,
        account_id: None,
        dedupe_key: format!("webhook.test:{}:{}", ep.id, crate::idgen::token()),
        data: serde_json::json!({
            "object": "webhook_test",
            "endpoint_id": ep.id,
            "message": "a test delivery from billctl webhook test",
        }),
    };
    let event_id = super::new_id(IdKind::Event, now);
    events::emit_many(&mut tx, &[event], std::slice::from_ref(&event_id), now, false).await?;
    repo::insert_delivery(&mut tx, &event_id, None, &ep.id, now).await?;
    tx.commit().await?;
    let opts = DeliverOptions {
        limit: Some(1),
        workers: 1,
        channel: Some(Channel::Webhook),
        events: Some(vec![event_id.clone()]),
    };
    let started = Instant::now();
    notify_deliver::deliver(cx, &opts, &|| {}).await?;
    let millis = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    let filter = DeliveryFilter { event: Some(&event_id), limit: 1, ..DeliveryFilter::default() };
    let mut conn = cx.pool.acquire().await?;
    let d = events::deliveries(&mut conn, &filter).await?.into_iter().next();
    Ok(TestResult {
        endpoint_id: ep.id,
        event_id,
        status: d.as_ref().map_or_else(|| "pending".to_string(), |d| d.status.clone()),
        http_status: d.as_ref().and_then(|d| d.last_http_status),
        error: d.and_then(|d| d.last_error),
        millis,
    })
}

/// `webhook verify`: checks a delivery as a receiver does. `Ok(id)` when valid; otherwise exit 4
/// with the reason.
pub fn verify(
    secrets: &[String],
    headers: &[(String, String)],
    body: &[u8],
    now: DateTime<Utc>,
    tolerance_secs: i64,
) -> Result<String> {
    webhook::verify(secrets, headers, body, now.timestamp(), tolerance_secs).map_err(|e| {
        let hint = match e {
            webhook::VerifyError::OutsideTolerance { .. } => {
                "the signature is good only near its timestamp; check the clocks, or --tolerance"
            }
            webhook::VerifyError::Missing(_) => "pass each header as --header 'name: value'",
            _ => "check the secret (the endpoint's, as printed when it was added or rotated) and that the payload is the exact body received",
        };
        error::conflict(format!("not valid: {e}")).hint(hint)
    })?;
    Ok(headers
        .iter()
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("webhook-id"))
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default())
}
