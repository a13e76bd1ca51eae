//! SQL behind `billctl seed`: the run lock, the seed catalog, which seeded accounts exist, and the
//! bulk COPY of generated rows (see [`super::copy`]).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sqlx::PgConnection;

use super::copy::{TextRows, copy_in};

/// Serializes seed runs: two runs at once would both see an account as missing and collide on its
/// external id. A session lock: held until [`unlock_runs`] or until the connection closes.
pub async fn lock_runs(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query("SELECT pg_advisory_lock(hashtext('billctl.seed'))").execute(conn).await?;
    Ok(())
}

pub async fn unlock_runs(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query("SELECT pg_advisory_unlock(hashtext('billctl.seed'))").execute(conn).await?;
    Ok(())
}

/// Whether this session may switch off trigger-based checks (`session_replication_role`), which
/// needs a superuser.
pub async fn can_skip_triggers(conn: &mut PgConnection) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
        .fetch_optional(conn)
        .await
        .map(|r| r.unwrap_or(false))
}

/// Skips trigger-based checks (the foreign keys) until the transaction ends. Only for rows that
/// satisfy every foreign key by construction.
pub async fn skip_triggers_in_transaction(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query("SET LOCAL session_replication_role = replica").execute(conn).await?;
    Ok(())
}

/// Reserves `n` consecutive values of `subscription_history.id` and returns the first. The table
/// lock keeps inserts (and their `nextval`) out while the block is taken; held to the end of the
/// transaction, so commit right after.
pub async fn reserve_history_ids(conn: &mut PgConnection, n: i64) -> sqlx::Result<i64> {
    sqlx::query("LOCK TABLE subscription_history IN SHARE ROW EXCLUSIVE MODE").execute(&mut *conn).await?;
    sqlx::query_scalar(
        "SELECT setval(s::regclass, nextval(s::regclass) + $1 - 1) - $1 + 1
         FROM pg_get_serial_sequence('subscription_history', 'id') AS s",
    )
    .bind(n)
    .fetch_one(conn)
    .await
}

/// Version 1 of a catalog plan, as the subscription rows need it.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PlanVersionRow {
    pub plan_version_id: String,
    pub interval_unit: String,
    pub interval_count: i32,
    pub trial_days: i32,
}

/// Version `version` of the plan with `code`, if both exist.
pub async fn find_plan_version(
    conn: &mut PgConnection,
    code: &str,
    version: i32,
) -> sqlx::Result<Option<PlanVersionRow>> {
    sqlx::query_as(
        "SELECT v.id AS plan_version_id, v.interval_unit, v.interval_count, v.trial_days
         FROM plans p JOIN plan_versions v ON v.plan_id = p.id
         WHERE p.code = $1 AND v.version = $2",
    )
    .bind(code)
    .bind(version)
    .fetch_optional(conn)
    .await
}

/// Whether a plan with `code` exists (in any version).
pub async fn plan_exists(conn: &mut PgConnection, code: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM plans WHERE code = $1)").bind(code).fetch_one(conn).await
}

/// The currencies in which a plan version has a flat or per-seat price.
pub async fn priced_currencies(conn: &mut PgConnection, plan_version_id: &str) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT DISTINCT currency::text FROM plan_prices
         WHERE plan_version_id = $1 AND kind IN ('flat', 'per_seat') ORDER BY 1",
    )
    .bind(plan_version_id)
    .fetch_all(conn)
    .await
}

pub struct NewPlan<'a> {
    pub id: &'a str,
    pub code: &'a str,
    pub name: &'a str,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_plan(conn: &mut PgConnection, p: &NewPlan<'_>) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO plans (id, code, name, created_at) VALUES ($1, $2, $3, $4)")
        .bind(p.id)
        .bind(p.code)
        .bind(p.name)
        .bind(p.created_at)
        .execute(conn)
        .await?;
    Ok(())
}

pub struct NewVersion<'a> {
    pub id: &'a str,
    pub plan_id: &'a str,
    pub version: i32,
    pub interval_unit: &'a str,
    pub interval_count: i32,
    pub trial_days: i32,
    pub created_at: DateTime<Utc>,
}

pub async fn insert_version(conn: &mut PgConnection, v: &NewVersion<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO plan_versions (id, plan_id, version, interval_unit, interval_count, trial_days, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(v.id)
    .bind(v.plan_id)
    .bind(v.version)
    .bind(v.interval_unit)
    .bind(v.interval_count)
    .bind(v.trial_days)
    .bind(v.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

pub struct NewPrice<'a> {
    pub id: &'a str,
    pub plan_version_id: &'a str,
    pub currency: &'a str,
    pub kind: &'a str,
    pub description: &'a str,
    pub unit_amount: Option<Decimal>,
    pub metric: Option<&'a str>,
    pub tier_mode: Option<&'a str>,
    pub position: i32,
}

pub async fn insert_price(conn: &mut PgConnection, p: &NewPrice<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO plan_prices (id, plan_version_id, currency, kind, description, unit_amount, metric, tier_mode,
            position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(p.id)
    .bind(p.plan_version_id)
    .bind(p.currency)
    .bind(p.kind)
    .bind(p.description)
    .bind(p.unit_amount)
    .bind(p.metric)
    .bind(p.tier_mode)
    .bind(p.position)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn insert_tier(
    conn: &mut PgConnection,
    price_id: &str,
    position: i32,
    up_to: Option<Decimal>,
    unit_price: Decimal,
    flat_fee: Decimal,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO price_tiers (price_id, position, up_to, unit_price, flat_fee) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(price_id)
    .bind(position)
    .bind(up_to)
    .bind(unit_price)
    .bind(flat_fee)
    .execute(conn)
    .await?;
    Ok(())
}

/// The indexes `i` of the accounts whose external id is `<prefix><i>` (e.g. `seed-42-17` → 17).
pub async fn existing_seed_indexes(conn: &mut PgConnection, prefix: &str) -> sqlx::Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT substr(external_id, length($1) + 1)::bigint FROM accounts
         WHERE starts_with(external_id, $1) AND substr(external_id, length($1) + 1) ~ '^[0-9]{1,18}$'",
    )
    .bind(prefix)
    .fetch_all(conn)
    .await
}

/// An account row as `billctl seed` writes it (the other columns take their defaults).
pub struct AccountRow<'a> {
    pub id: &'a str,
    pub external_id: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub currency: &'a str,
    pub timezone: &'a str,
    pub country: &'a str,
    pub tax_id: Option<&'a str>,
    pub is_business: bool,
    pub address_line1: &'a str,
    pub city: &'a str,
    pub postal_code: &'a str,
    /// JSON object text.
    pub metadata: &'a str,
    /// RFC 3339 text of created_at and updated_at.
    pub created_at: &'a str,
}

/// A subscription row; dates are local dates in the account's time zone.
pub struct SubscriptionRow<'a> {
    pub id: &'a str,
    pub external_id: &'a str,
    pub account_id: &'a str,
    pub plan_version_id: &'a str,
    pub status: &'a str,
    pub quantity: i32,
    pub currency: &'a str,
    pub start_date: NaiveDate,
    pub trial_end: Option<NaiveDate>,
    pub anchor_date: NaiveDate,
    pub current_period_start: NaiveDate,
    pub current_period_end: NaiveDate,
    pub next_bill_date: NaiveDate,
    /// RFC 3339 text of created_at and updated_at.
    pub created_at: &'a str,
    /// Id of the subscription's `created` history row.
    pub history_id: i64,
}

/// A usage event row.
pub struct UsageRow<'a> {
    pub id: &'a str,
    pub account_id: &'a str,
    pub subscription_id: &'a str,
    pub metric: &'a str,
    pub quantity: i64,
    /// RFC 3339 text.
    pub occurred_at: &'a str,
    pub idempotency_key: &'a str,
    /// RFC 3339 text.
    pub created_at: &'a str,
}

const ACCOUNT_COLUMNS: &[&str] = &[
    "id",
    "external_id",
    "name",
    "email",
    "currency",
    "timezone",
    "country",
    "tax_id",
    "is_business",
    "address_line1",
    "city",
    "postal_code",
    "metadata",
    "created_at",
    "updated_at",
];

const SUBSCRIPTION_COLUMNS: &[&str] = &[
    "id",
    "external_id",
    "account_id",
    "plan_version_id",
    "status",
    "quantity",
    "currency",
    "start_date",
    "trial_end",
    "anchor_date",
    "current_period_start",
    "current_period_end",
    "next_bill_date",
    "created_at",
    "updated_at",
];

const HISTORY_COLUMNS: &[&str] = &[
    "id",
    "subscription_id",
    "account_id",
    "at",
    "effective_date",
    "event",
    "to_status",
    "plan_version_id",
    "quantity",
];

const USAGE_COLUMNS: &[&str] =
    &["id", "account_id", "subscription_id", "metric", "quantity", "occurred_at", "idempotency_key", "created_at"];

/// One batch of generated rows, encoded for COPY as they are added.
#[derive(Debug, Default)]
pub struct Batch {
    accounts: TextRows,
    subscriptions: TextRows,
    history: TextRows,
    usage: TextRows,
}

impl Batch {
    /// A batch sized for about `accounts` accounts (buffers grow if needed).
    pub fn with_capacity(accounts: usize) -> Batch {
        Batch {
            accounts: TextRows::with_capacity(accounts * 260),
            subscriptions: TextRows::with_capacity(accounts * 200),
            history: TextRows::with_capacity(accounts * 110),
            usage: TextRows::with_capacity(0),
        }
    }

    pub fn push_account(&mut self, a: &AccountRow<'_>) {
        let r = &mut self.accounts;
        r.text(a.id).text(a.external_id).text(a.name).text(a.email).text(a.currency).text(a.timezone);
        r.text(a.country).opt_text(a.tax_id).raw(a.is_business).text(a.address_line1).text(a.city);
        r.text(a.postal_code).text(a.metadata).raw(a.created_at).raw(a.created_at);
        r.end_row();
    }

    /// Adds the subscription and its `created` history row.
    pub fn push_subscription(&mut self, s: &SubscriptionRow<'_>) {
        let r = &mut self.subscriptions;
        r.text(s.id).text(s.external_id).text(s.account_id).text(s.plan_version_id).text(s.status);
        r.raw(s.quantity).text(s.currency).raw(s.start_date).opt_raw(s.trial_end).raw(s.anchor_date);
        r.raw(s.current_period_start).raw(s.current_period_end).raw(s.next_bill_date);
        r.raw(s.created_at).raw(s.created_at);
        r.end_row();
        let h = &mut self.history;
        h.raw(s.history_id)
            .text(s.id)
            .text(s.account_id)
            .raw(s.created_at)
            .raw(s.start_date)
            .raw("created")
            .text(s.status);
        h.text(s.plan_version_id).raw(s.quantity);
        h.end_row();
    }

    pub fn push_usage(&mut self, u: &UsageRow<'_>) {
        let r = &mut self.usage;
        r.text(u.id).text(u.account_id).text(u.subscription_id).text(u.metric).raw(u.quantity);
        r.raw(u.occurred_at).text(u.idempotency_key).raw(u.created_at);
        r.end_row();
    }

    pub fn accounts(&self) -> u64 {
        self.accounts.rows()
    }
}

/// Rows written, per table.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Written {
    pub accounts: u64,
    pub subscriptions: u64,
    pub subscription_history: u64,
    pub usage_events: u64,
}

impl Written {
    pub fn total(&self) -> u64 {
        self.accounts + self.subscriptions + self.subscription_history + self.usage_events
    }

    pub fn add(&mut self, o: Written) {
        self.accounts += o.accounts;
        self.subscriptions += o.subscriptions;
        self.subscription_history += o.subscription_history;
        self.usage_events += o.usage_events;
    }
}

/// Copies a batch in dependency order (accounts before the subscriptions that reference them).
pub async fn copy_batch(conn: &mut PgConnection, b: &Batch) -> sqlx::Result<Written> {
    Ok(Written {
        accounts: copy_in(conn, "accounts", ACCOUNT_COLUMNS, &b.accounts).await?,
        subscriptions: copy_in(conn, "subscriptions", SUBSCRIPTION_COLUMNS, &b.subscriptions).await?,
        subscription_history: copy_in(conn, "subscription_history", HISTORY_COLUMNS, &b.history).await?,
        usage_events: copy_in(conn, "usage_events", USAGE_COLUMNS, &b.usage).await?,
    })
}

/// Vacuums and analyzes the tables a seed fills, as one would after a bulk restore: planner
/// statistics for the new sizes, and hint bits and the visibility map set once here, rather than
/// by the first statements to read the rows (an invoice run, typically) while autovacuum does the
/// same work beside them.
pub async fn vacuum_analyze(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query("VACUUM (ANALYZE) accounts, subscriptions, subscription_history, usage_events").execute(conn).await?;
    Ok(())
}
