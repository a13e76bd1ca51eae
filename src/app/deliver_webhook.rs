//! One webhook delivery attempt: loads the endpoint, signs and posts the event (notify::webhook),
//! keeps the endpoint's failing streak and disables it on 410 or after five failing days.
//! Written by the webhooks slice.

use anyhow::Result;
use sqlx::PgConnection;

use super::Context;
use crate::notify::Outcome;
use crate::notify::webhook::Client;
use crate::store::events::Claimed;

pub async fn attempt(_conn: &mut PgConnection, _cx: &Context, _client: &Client, _claimed: &Claimed) -> Result<Outcome> {
    Ok(Outcome::Retry { error: "webhook sending is not built yet".into(), http_status: None, retry_after: None })
}
