//! Subscriptions, their history, and pending (not yet invoiced) charges.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::{PgConnection, Postgres, QueryBuilder, Row};

use crate::domain::Currency;
use crate::domain::lifecycle::{SubStatus, SubscriptionEvent};

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize, sqlx::FromRow)]
pub struct Subscription {
    pub id: String,
    pub external_id: Option<String>,
    pub account_id: String,
    pub plan_version_id: String,
    pub status: SubStatus,
    pub quantity: i32,
    pub currency: Currency,
    pub start_date: NaiveDate,
    pub trial_end: Option<NaiveDate>,
    pub anchor_date: NaiveDate,
    pub current_period_start: NaiveDate,
    pub current_period_end: NaiveDate,
    pub next_bill_date: NaiveDate,
    pub cancel_at_period_end: bool,
    pub canceled_at: Option<NaiveDate>,
    pub paused_at: Option<NaiveDate>,
    pub resume_at: Option<NaiveDate>,
    pub auto_cancel_on: Option<NaiveDate>,
    pub usage_billed_through: Option<NaiveDate>,
    pub pending_plan_version_id: Option<String>,
    pub pending_quantity: Option<i32>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Usage up to this date (exclusive) not billed yet, owed since the cycle restarted outside
    /// the invoice run (a pause resumed by hand, an interval change); the next run bills it.
    pub usage_owed_until: Option<NaiveDate>,
}

pub(crate) const COLUMNS: &str =
    "id, external_id, account_id, plan_version_id, status, quantity, currency, start_date, trial_end,
    anchor_date, current_period_start, current_period_end, next_bill_date, cancel_at_period_end, canceled_at,
    paused_at, resume_at, auto_cancel_on, usage_billed_through, pending_plan_version_id, pending_quantity, created_at,
    updated_at, usage_owed_until";

pub async fn insert(conn: &mut PgConnection, s: &Subscription) -> sqlx::Result<()> {
    let sql = format!(
        "INSERT INTO subscriptions ({COLUMNS}) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24)"
    );
    bind_all(sqlx::query(sqlx::AssertSqlSafe(sql)), s).execute(conn).await?;
    Ok(())
}

pub async fn update(conn: &mut PgConnection, s: &Subscription) -> sqlx::Result<()> {
    let sql = "UPDATE subscriptions SET external_id=$2, account_id=$3, plan_version_id=$4, status=$5, quantity=$6,
        currency=$7, start_date=$8, trial_end=$9, anchor_date=$10, current_period_start=$11, current_period_end=$12,
        next_bill_date=$13, cancel_at_period_end=$14, canceled_at=$15, paused_at=$16, resume_at=$17,
        auto_cancel_on=$18, usage_billed_through=$19, pending_plan_version_id=$20, pending_quantity=$21,
        created_at=$22, updated_at=$23, usage_owed_until=$24 WHERE id=$1";
    bind_all(sqlx::query(sql), s).execute(conn).await?;
    Ok(())
}

type Query<'q> = sqlx::query::Query<'q, Postgres, sqlx::postgres::PgArguments>;

fn bind_all<'q>(q: Query<'q>, s: &'q Subscription) -> Query<'q> {
    q.bind(&s.id)
        .bind(&s.external_id)
        .bind(&s.account_id)
        .bind(&s.plan_version_id)
        .bind(s.status)
        .bind(s.quantity)
        .bind(s.currency)
        .bind(s.start_date)
        .bind(s.trial_end)
        .bind(s.anchor_date)
        .bind(s.current_period_start)
        .bind(s.current_period_end)
        .bind(s.next_bill_date)
        .bind(s.cancel_at_period_end)
        .bind(s.canceled_at)
        .bind(s.paused_at)
        .bind(s.resume_at)
        .bind(s.auto_cancel_on)
        .bind(s.usage_billed_through)
        .bind(&s.pending_plan_version_id)
        .bind(s.pending_quantity)
        .bind(s.created_at)
        .bind(s.updated_at)
        .bind(s.usage_owed_until)
}

pub async fn find(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Subscription>> {
    sqlx::query_as("SELECT * FROM subscriptions WHERE id = $1 OR external_id = $1 ORDER BY (id = $1) DESC LIMIT 1")
        .bind(key)
        .fetch_optional(conn)
        .await
}

pub async fn find_for_update(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Subscription>> {
    sqlx::query_as(
        "SELECT * FROM subscriptions WHERE id = $1 OR external_id = $1 ORDER BY (id = $1) DESC LIMIT 1 FOR UPDATE",
    )
    .bind(key)
    .fetch_optional(conn)
    .await
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub account_id: Option<String>,
    pub status: Option<SubStatus>,
    pub plan_id: Option<String>,
    pub after: Option<String>,
    pub limit: i64,
}

/// A subscription with its plan code and version, for lists.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Listed {
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub sub: Subscription,
    pub plan_code: String,
    pub plan_version: i32,
}

pub async fn list(conn: &mut PgConnection, f: &Filter) -> sqlx::Result<Vec<Listed>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT s.*, p.code AS plan_code, v.version AS plan_version FROM subscriptions s
         JOIN plan_versions v ON v.id = s.plan_version_id JOIN plans p ON p.id = v.plan_id WHERE TRUE",
    );
    if let Some(a) = &f.account_id {
        q.push(" AND s.account_id = ").push_bind(a.clone());
    }
    if let Some(s) = f.status {
        q.push(" AND s.status = ").push_bind(s);
    }
    if let Some(p) = &f.plan_id {
        q.push(" AND p.id = ").push_bind(p.clone());
    }
    if let Some(a) = &f.after {
        q.push(" AND s.id > ").push_bind(a.clone());
    }
    q.push(" ORDER BY s.id LIMIT ").push_bind(f.limit);
    q.build_query_as().fetch_all(conn).await
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct HistoryRow {
    pub id: i64,
    pub subscription_id: String,
    pub account_id: String,
    pub at: DateTime<Utc>,
    pub effective_date: NaiveDate,
    pub event: SubscriptionEvent,
    pub from_status: Option<SubStatus>,
    pub to_status: Option<SubStatus>,
    pub plan_version_id: Option<String>,
    pub quantity: Option<i32>,
    pub details: serde_json::Value,
}

pub struct NewHistory<'a> {
    pub sub: &'a Subscription,
    pub at: DateTime<Utc>,
    pub effective_date: NaiveDate,
    pub event: SubscriptionEvent,
    pub from_status: Option<SubStatus>,
    pub details: serde_json::Value,
}

/// Writes a history row; returns its id (the cause of the change's event).
pub async fn insert_history(conn: &mut PgConnection, h: NewHistory<'_>) -> sqlx::Result<i64> {
    sqlx::query(
        "INSERT INTO subscription_history (subscription_id, account_id, at, effective_date, event, from_status,
            to_status, plan_version_id, quantity, details) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
         RETURNING id",
    )
    .bind(&h.sub.id)
    .bind(&h.sub.account_id)
    .bind(h.at)
    .bind(h.effective_date)
    .bind(h.event)
    .bind(h.from_status)
    .bind(h.sub.status)
    .bind(&h.sub.plan_version_id)
    .bind(h.sub.quantity)
    .bind(h.details)
    .fetch_one(conn)
    .await
    .and_then(|r| r.try_get("id"))
}

pub async fn history(conn: &mut PgConnection, sub_id: &str) -> sqlx::Result<Vec<HistoryRow>> {
    sqlx::query_as("SELECT * FROM subscription_history WHERE subscription_id = $1 ORDER BY id")
        .bind(sub_id)
        .fetch_all(conn)
        .await
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct PendingCharge {
    pub id: String,
    pub account_id: String,
    pub subscription_id: Option<String>,
    pub kind: String,
    pub description: String,
    pub quantity: i32,
    pub amount: i64,
    pub currency: Currency,
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
    pub invoice_id: Option<String>,
    pub created_at: DateTime<Utc>,
    /// Billed without tax, on an invoice of its own (`charge add --tax-exempt`).
    #[sqlx(default)]
    pub tax_exempt: bool,
}

pub async fn insert_pending(conn: &mut PgConnection, c: &PendingCharge) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO pending_charges (id, account_id, subscription_id, kind, description, quantity, amount, currency,
            service_start, service_end, invoice_id, created_at, tax_exempt)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
    )
    .bind(&c.id)
    .bind(&c.account_id)
    .bind(&c.subscription_id)
    .bind(&c.kind)
    .bind(&c.description)
    .bind(c.quantity)
    .bind(c.amount)
    .bind(c.currency)
    .bind(c.service_start)
    .bind(c.service_end)
    .bind(&c.invoice_id)
    .bind(c.created_at)
    .bind(c.tax_exempt)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn pending_for_subscription(conn: &mut PgConnection, sub_id: &str) -> sqlx::Result<Vec<PendingCharge>> {
    sqlx::query_as(
        "SELECT * FROM pending_charges WHERE subscription_id = $1 AND invoice_id IS NULL AND voided_at IS NULL
         ORDER BY id",
    )
    .bind(sub_id)
    .fetch_all(conn)
    .await
}

/// How many of an account's subscriptions are live (trialing, active or paused).
pub async fn count_live(conn: &mut PgConnection, account_id: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT count(*) FROM subscriptions WHERE account_id = $1 AND status IN ('trialing','active','paused')",
    )
    .bind(account_id)
    .fetch_one(&mut *conn)
    .await
}
