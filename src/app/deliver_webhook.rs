//! One webhook delivery attempt: loads the endpoint the claimed delivery targets, opens its
//! secrets, signs the payload with the current secret (and, during a rotation's overlap, the
//! previous one too), posts it (notify::webhook), keeps the endpoint's failing streak, and disables
//! the endpoint on 410 Gone or when it has failed for [`ENDPOINT_FAILING_LIMIT`].
//!
//! Runs inside the worker's claiming transaction: the endpoint's updates commit with the attempt's
//! record.

use anyhow::Result;
use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;

use super::Context;
use crate::domain::event::ENDPOINT_FAILING_LIMIT;
use crate::notify::Outcome;
use crate::notify::webhook::{self, Client};
use crate::store::events::{Claimed, EventRow};
use crate::store::webhooks as repo;

/// The body of every delivery: `{"type", "timestamp", "data"}` (Standard Webhooks' shape).
#[derive(Serialize)]
struct Payload<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    timestamp: String,
    data: &'a serde_json::Value,
}

/// The exact bytes posted for an event.
pub fn payload(event: &EventRow) -> Vec<u8> {
    let p = Payload { kind: &event.kind, timestamp: stamp(event.occurred_at), data: &event.data };
    serde_json::to_vec(&p).unwrap_or_default()
}

fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

pub async fn attempt(conn: &mut PgConnection, cx: &Context, client: &Client, claimed: &Claimed) -> Result<Outcome> {
    let now = cx.clock.now();
    let Some(endpoint) = repo::get(conn, &claimed.target, false).await? else {
        return Ok(Outcome::Permanent {
            error: format!("endpoint {} does not exist", claimed.target),
            http_status: None,
        });
    };
    if endpoint.removed_at.is_some() {
        return Ok(Outcome::Permanent { error: "endpoint removed".into(), http_status: None });
    }
    let key = client.master_key()?;
    let mut secrets = vec![key.unseal(&endpoint.secret_sealed)?];
    if let (Some(prev), Some(until)) = (&endpoint.previous_secret_sealed, endpoint.previous_expires_at)
        && until > now
    {
        secrets.push(key.unseal(prev)?);
    }
    let event = super::events::completed(conn, claimed.event.clone()).await?;
    let body = payload(&event);
    let ts = now.timestamp();
    let mut signatures = Vec::with_capacity(secrets.len());
    for s in &secrets {
        signatures.push(
            webhook::sign(s, &claimed.event.id, ts, &body).map_err(|e| {
                crate::error::internal(format!("the stored secret of {} cannot sign: {e}", endpoint.id))
            })?,
        );
    }
    let outcome =
        client.post(&endpoint.url, endpoint.allow_private, &claimed.event.id, ts, Bytes::from(body), &signatures).await;
    match &outcome {
        Outcome::Sent { .. } if endpoint.failing_since.is_some() => repo::clear_failing(conn, &endpoint.id).await?,
        Outcome::Sent { .. } => {}
        Outcome::Gone { http_status } => {
            let reason = format!("the receiver answered {http_status} Gone on {}", stamp(now));
            repo::set_enabled(conn, &endpoint.id, false, Some(&reason), now).await?;
        }
        Outcome::Retry { error, .. } | Outcome::Permanent { error, .. } => {
            let since = repo::mark_failing(conn, &endpoint.id, now).await?;
            if now - since >= ENDPOINT_FAILING_LIMIT {
                let reason = format!(
                    "failing since {} for {} days (last: {error})",
                    stamp(since),
                    ENDPOINT_FAILING_LIMIT.num_days()
                );
                repo::set_enabled(conn, &endpoint.id, false, Some(&reason), now).await?;
            }
        }
    }
    Ok(outcome)
}
