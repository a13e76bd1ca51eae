//! Usage events. Idempotent per (account_id, idempotency_key): a second event with the same key is
//! ignored (`ON CONFLICT DO NOTHING`) and counted as a duplicate.

use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::PgConnection;

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct UsageEvent {
    pub id: String,
    pub account_id: String,
    pub subscription_id: String,
    pub metric: String,
    pub quantity: Decimal,
    pub occurred_at: DateTime<Utc>,
    pub idempotency_key: String,
    pub invoice_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// Inserts the events that are not duplicates (by account and key, also within `events`); returns
/// the ids of those inserted. One statement per call: pass batches of a few thousand.
pub async fn insert_new(conn: &mut PgConnection, events: &[UsageEvent]) -> sqlx::Result<Vec<String>> {
    let col = |f: fn(&UsageEvent) -> String| events.iter().map(f).collect::<Vec<String>>();
    let quantities: Vec<Decimal> = events.iter().map(|e| e.quantity).collect();
    let occurred: Vec<DateTime<Utc>> = events.iter().map(|e| e.occurred_at).collect();
    let created: Vec<DateTime<Utc>> = events.iter().map(|e| e.created_at).collect();
    sqlx::query_scalar(
        "INSERT INTO usage_events (id, account_id, subscription_id, metric, quantity, occurred_at, idempotency_key,
            created_at)
         SELECT * FROM UNNEST($1::TEXT[], $2::TEXT[], $3::TEXT[], $4::TEXT[], $5::NUMERIC[], $6::TIMESTAMPTZ[],
            $7::TEXT[], $8::TIMESTAMPTZ[])
         ON CONFLICT (account_id, idempotency_key) DO NOTHING
         RETURNING id",
    )
    .bind(col(|e| e.id.clone()))
    .bind(col(|e| e.account_id.clone()))
    .bind(col(|e| e.subscription_id.clone()))
    .bind(col(|e| e.metric.clone()))
    .bind(quantities)
    .bind(occurred)
    .bind(col(|e| e.idempotency_key.clone()))
    .bind(created)
    .fetch_all(conn)
    .await
}

/// The event recorded under an account's idempotency key.
pub async fn find_by_key(conn: &mut PgConnection, account_id: &str, key: &str) -> sqlx::Result<Option<UsageEvent>> {
    let e: Option<UsageEvent> =
        sqlx::query_as("SELECT * FROM usage_events WHERE account_id = $1 AND idempotency_key = $2")
            .bind(account_id)
            .bind(key)
            .fetch_optional(conn)
            .await?;
    Ok(e.map(|mut e| {
        e.quantity = e.quantity.normalize();
        e
    }))
}

/// Which `(account id, key)` pairs already have an event.
pub async fn existing_keys(
    conn: &mut PgConnection,
    account_ids: &[String],
    keys: &[String],
) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as(
        "SELECT u.account_id, u.idempotency_key FROM usage_events u
         JOIN UNNEST($1::TEXT[], $2::TEXT[]) AS k(account_id, key)
           ON u.account_id = k.account_id AND u.idempotency_key = k.key",
    )
    .bind(account_ids)
    .bind(keys)
    .fetch_all(conn)
    .await
}

/// The quantity of each metric of a subscription not invoiced yet: what its next invoice bills.
pub async fn unbilled_totals(conn: &mut PgConnection, subscription_id: &str) -> sqlx::Result<Vec<(String, Decimal)>> {
    sqlx::query_as(
        "SELECT metric, SUM(quantity) FROM usage_events WHERE subscription_id = $1 AND invoice_id IS NULL
         GROUP BY metric",
    )
    .bind(subscription_id)
    .fetch_all(conn)
    .await
}
