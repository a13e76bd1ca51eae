//! Dunning tables: policies, the accounts' policy and exclusion, episodes and the steps taken.
//!
//! The tick works on batches of accounts set-based: one statement per kind of read or write for the
//! whole batch (arrays bound with `unnest`), never a round trip per account.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::{PgConnection, Row};

use crate::domain::Currency;
use crate::domain::account::AccountStatus;

/// A stored policy.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct PolicyRow {
    pub name: String,
    pub body: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Accounts that name it.
    pub accounts: i64,
}

/// Creates or replaces a policy; true when it was new.
pub async fn upsert_policy(
    conn: &mut PgConnection,
    name: &str,
    body: &serde_json::Value,
    now: DateTime<Utc>,
) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "INSERT INTO dunning_policies (name, body, created_at, updated_at) VALUES ($1, $2, $3, $3)
         ON CONFLICT (name) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
         RETURNING (xmax = 0)",
    )
    .bind(name)
    .bind(body)
    .bind(now)
    .fetch_one(conn)
    .await
}

const POLICY_COLUMNS: &str = "p.name, p.body, p.created_at, p.updated_at,
    (SELECT count(*) FROM accounts a WHERE a.dunning_policy = p.name) AS accounts";

pub async fn find_policy(conn: &mut PgConnection, name: &str) -> sqlx::Result<Option<PolicyRow>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {POLICY_COLUMNS} FROM dunning_policies p WHERE p.name = $1")))
        .bind(name)
        .fetch_optional(conn)
        .await
}

pub async fn list_policies(conn: &mut PgConnection) -> sqlx::Result<Vec<PolicyRow>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {POLICY_COLUMNS} FROM dunning_policies p ORDER BY p.name")))
        .fetch_all(conn)
        .await
}

/// Every stored policy's name and body (the tick parses them once).
pub async fn policy_bodies(conn: &mut PgConnection) -> sqlx::Result<Vec<(String, serde_json::Value)>> {
    sqlx::query_as("SELECT name, body FROM dunning_policies").fetch_all(conn).await
}

/// An account's dunning settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct AccountSetting {
    pub id: String,
    pub status: AccountStatus,
    pub dunning_policy: Option<String>,
    pub dunning_excluded: bool,
}

/// Reads (and locks) an account's dunning settings, by id or external id.
pub async fn account_setting_for_update(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<AccountSetting>> {
    sqlx::query_as(
        "SELECT id, status, dunning_policy, dunning_excluded FROM accounts
         WHERE id = $1 OR external_id = $1 ORDER BY (id = $1) DESC LIMIT 1 FOR UPDATE",
    )
    .bind(key)
    .fetch_optional(conn)
    .await
}

/// Reads an account's dunning settings by id.
pub async fn account_setting(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<AccountSetting>> {
    sqlx::query_as("SELECT id, status, dunning_policy, dunning_excluded FROM accounts WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
}

pub async fn set_account_setting(
    conn: &mut PgConnection,
    id: &str,
    policy: Option<&str>,
    excluded: bool,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE accounts SET dunning_policy = $2, dunning_excluded = $3, updated_at = now() WHERE id = $1")
        .bind(id)
        .bind(policy)
        .bind(excluded)
        .execute(conn)
        .await?;
    Ok(())
}

/// The accounts dunning looks at on `today`: an open invoice with something due past its due date,
/// not excluded, not archived. Ordered by id.
pub async fn overdue_accounts(
    conn: &mut PgConnection,
    today: NaiveDate,
    account: Option<&str>,
) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT DISTINCT i.account_id FROM invoices i
         WHERE i.status = 'open' AND i.due_on < $1 AND i.amount_due > 0
           AND EXISTS (SELECT 1 FROM accounts a WHERE a.id = i.account_id AND NOT a.dunning_excluded
                       AND a.archived_at IS NULL AND ($2::text IS NULL OR a.id = $2 OR a.external_id = $2))
         ORDER BY i.account_id",
    )
    .bind(today)
    .bind(account)
    .fetch_all(conn)
    .await
}

/// A claimed account: locked by this transaction.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub id: String,
    pub status: AccountStatus,
    pub dunning_policy: Option<String>,
}

/// Locks the accounts of `ids` that no other transaction holds (`FOR UPDATE SKIP LOCKED`) and are
/// still in dunning; the others are left to whoever holds them.
pub async fn claim(conn: &mut PgConnection, ids: &[String]) -> sqlx::Result<Vec<Claimed>> {
    sqlx::query_as(
        "SELECT id, status, dunning_policy FROM accounts
         WHERE id = ANY($1) AND NOT dunning_excluded
         ORDER BY id FOR UPDATE SKIP LOCKED",
    )
    .bind(ids)
    .fetch_all(conn)
    .await
}

/// An account's overdue balance in one currency.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Overdue {
    pub account_id: String,
    pub currency: Currency,
    pub first_due_on: NaiveDate,
    pub amount: i64,
    pub invoices: i64,
}

/// The overdue balances of the accounts of `ids`, per currency.
pub async fn overdue_balances(conn: &mut PgConnection, ids: &[String], today: NaiveDate) -> sqlx::Result<Vec<Overdue>> {
    sqlx::query_as(
        "SELECT account_id, currency, min(due_on) AS first_due_on, sum(amount_due)::bigint AS amount,
                count(*) AS invoices
         FROM invoices
         WHERE account_id = ANY($1) AND status = 'open' AND due_on < $2 AND amount_due > 0
         GROUP BY account_id, currency",
    )
    .bind(ids)
    .bind(today)
    .fetch_all(conn)
    .await
}

/// An overdue invoice not yet told (`invoice.overdue`).
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct OverdueInvoice {
    pub id: String,
    pub account_id: String,
    pub number: Option<String>,
    pub currency: Currency,
    pub total: i64,
    pub amount_due: i64,
    pub due_on: NaiveDate,
}

/// The overdue invoices of `ids` whose `invoice.overdue` event has not been written yet.
pub async fn untold_overdue_invoices(
    conn: &mut PgConnection,
    ids: &[String],
    today: NaiveDate,
) -> sqlx::Result<Vec<OverdueInvoice>> {
    sqlx::query_as(
        "SELECT i.id, i.account_id, i.number, i.currency, i.total, i.amount_due, i.due_on FROM invoices i
         WHERE i.account_id = ANY($1) AND i.status = 'open' AND i.due_on < $2 AND i.amount_due > 0
           AND NOT EXISTS (SELECT 1 FROM events e WHERE e.dedupe_key = 'invoice.overdue:' || i.id)
         ORDER BY i.account_id, i.due_on, i.id",
    )
    .bind(ids)
    .bind(today)
    .fetch_all(conn)
    .await
}

/// An open episode.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct Episode {
    pub id: String,
    pub account_id: String,
    pub started_on: NaiveDate,
    pub first_due_on: NaiveDate,
    pub last_step: Option<i32>,
    pub last_step_on: Option<NaiveDate>,
}

pub async fn open_episodes(conn: &mut PgConnection, ids: &[String]) -> sqlx::Result<Vec<Episode>> {
    sqlx::query_as(
        "SELECT id, account_id, started_on, first_due_on, last_step, last_step_on FROM dunning_episodes
         WHERE account_id = ANY($1) AND ended_at IS NULL",
    )
    .bind(ids)
    .fetch_all(conn)
    .await
}

/// Opens episodes (one statement), with the last step this tick takes in them (a new episode's
/// steps cannot have been taken by anyone else: its account is locked).
pub async fn insert_episodes(
    conn: &mut PgConnection,
    ids: &[String],
    accounts: &[String],
    first_due: &[NaiveDate],
    last_step: &[Option<i32>],
    at: DateTime<Utc>,
    on: NaiveDate,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO dunning_episodes (id, account_id, started_at, started_on, first_due_on, last_step, last_step_on)
         SELECT id, account_id, $5, $6, first_due_on, last_step, CASE WHEN last_step IS NOT NULL THEN $6 END
         FROM unnest($1::text[], $2::text[], $3::date[], $4::int[]) AS t(id, account_id, first_due_on, last_step)",
    )
    .bind(ids)
    .bind(accounts)
    .bind(first_due)
    .bind(last_step)
    .bind(at)
    .bind(on)
    .execute(conn)
    .await?;
    Ok(())
}

/// One step row to write.
#[derive(Debug, Clone)]
pub struct NewStep {
    pub episode_id: String,
    pub account_id: String,
    pub step: i32,
    /// The actions as written in the policy, joined with `,`.
    pub actions: String,
    pub policy: String,
}

/// Writes step rows; a step already taken (by another tick) is skipped. Returns the (episode, step)
/// pairs written: only those are acted on.
pub async fn insert_steps(
    conn: &mut PgConnection,
    steps: &[NewStep],
    at: DateTime<Utc>,
    on: NaiveDate,
) -> sqlx::Result<Vec<(String, i32)>> {
    if steps.is_empty() {
        return Ok(Vec::new());
    }
    let episodes: Vec<&str> = steps.iter().map(|s| s.episode_id.as_str()).collect();
    let accounts: Vec<&str> = steps.iter().map(|s| s.account_id.as_str()).collect();
    let numbers: Vec<i32> = steps.iter().map(|s| s.step).collect();
    let actions: Vec<&str> = steps.iter().map(|s| s.actions.as_str()).collect();
    let policies: Vec<&str> = steps.iter().map(|s| s.policy.as_str()).collect();
    let rows = sqlx::query(
        "INSERT INTO dunning_steps (episode_id, account_id, step, actions, policy, taken_on, taken_at)
         SELECT e, a, s, string_to_array(act, ','), p, $6, $7
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[]) AS t(e, a, s, act, p)
         ON CONFLICT (episode_id, step) DO NOTHING
         RETURNING episode_id, step",
    )
    .bind(&episodes)
    .bind(&accounts)
    .bind(&numbers)
    .bind(&actions)
    .bind(&policies)
    .bind(on)
    .bind(at)
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(|r| (r.get::<String, _>(0), r.get::<i32, _>(1))).collect())
}

/// Records the last step taken of each episode.
pub async fn advance_episodes(
    conn: &mut PgConnection,
    ids: &[String],
    steps: &[i32],
    on: NaiveDate,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE dunning_episodes e SET last_step = t.step, last_step_on = $3
         FROM unnest($1::text[], $2::int[]) AS t(id, step)
         WHERE e.id = t.id AND (e.last_step IS NULL OR e.last_step < t.step)",
    )
    .bind(ids)
    .bind(steps)
    .bind(on)
    .execute(conn)
    .await?;
    Ok(())
}

/// Sets account statuses (one statement) and writes their audit rows.
pub async fn set_statuses(
    conn: &mut PgConnection,
    ids: &[String],
    from: &[AccountStatus],
    to: &[AccountStatus],
    reasons: &[String],
    actor: &super::audit::Actor,
    at: DateTime<Utc>,
) -> sqlx::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "UPDATE accounts a SET status = t.status, updated_at = now()
         FROM unnest($1::text[], $2::text[]) AS t(id, status) WHERE a.id = t.id",
    )
    .bind(ids)
    .bind(to)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO audit_log (as_of, os_user, reason, action, entity_type, entity_id, account_id, before, after)
         SELECT $5, $6, $7, 'account.status', 'account', id, id, jsonb_build_object('status', f),
                jsonb_build_object('status', t, 'reason', r)
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(id, f, t, r)",
    )
    .bind(ids)
    .bind(from)
    .bind(to)
    .bind(reasons)
    .bind(at)
    .bind(&actor.os_user)
    .bind(actor.reason.as_deref())
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends an account's open episode; its id, if there was one.
pub async fn end_episode(
    conn: &mut PgConnection,
    account_id: &str,
    reason: &str,
    at: DateTime<Utc>,
    on: NaiveDate,
) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar(
        "UPDATE dunning_episodes SET ended_at = $3, ended_on = $4, end_reason = $2
         WHERE account_id = $1 AND ended_at IS NULL RETURNING id",
    )
    .bind(account_id)
    .bind(reason)
    .bind(at)
    .bind(on)
    .fetch_optional(conn)
    .await
}

/// Open invoices of an account with something due past its due date.
pub async fn overdue_left(conn: &mut PgConnection, account_id: &str, today: NaiveDate) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT count(*) FROM invoices WHERE account_id = $1 AND status = 'open' AND due_on < $2 AND amount_due > 0",
    )
    .bind(account_id)
    .bind(today)
    .fetch_one(conn)
    .await
}

/// The day dunning blocked the account in its latest episode, if it did.
pub async fn blocked_since(conn: &mut PgConnection, account_id: &str) -> sqlx::Result<Option<NaiveDate>> {
    sqlx::query_scalar(
        "SELECT taken_on FROM dunning_steps WHERE account_id = $1 AND 'block' = ANY(actions)
         ORDER BY taken_at DESC LIMIT 1",
    )
    .bind(account_id)
    .fetch_optional(conn)
    .await
}

/// The live subscriptions of an account (not canceled), locked, with their status.
pub async fn live_subscriptions(conn: &mut PgConnection, account_id: &str) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT id FROM subscriptions WHERE account_id = $1 AND status <> 'canceled' ORDER BY id FOR UPDATE",
    )
    .bind(account_id)
    .fetch_all(conn)
    .await
}

/// Writes off the account's overdue open invoices (status `uncollectible`) and takes them out of
/// the retry schedule; their ids.
pub async fn mark_uncollectible(
    conn: &mut PgConnection,
    account_id: &str,
    today: NaiveDate,
) -> sqlx::Result<Vec<String>> {
    let ids: Vec<String> = sqlx::query_scalar(
        "UPDATE invoices SET status = 'uncollectible'
         WHERE account_id = $1 AND status = 'open' AND due_on < $2 AND amount_due > 0 RETURNING id",
    )
    .bind(account_id)
    .bind(today)
    .fetch_all(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE payment_attempts SET next_retry_on = NULL WHERE invoice_id = ANY($1) AND next_retry_on IS NOT NULL",
    )
    .bind(&ids)
    .execute(conn)
    .await?;
    Ok(ids)
}

/// One row of `dunning status`: an open episode and one currency of its overdue balance.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StatusRow {
    pub episode_id: String,
    pub account_id: String,
    pub name: String,
    pub status: AccountStatus,
    pub dunning_policy: Option<String>,
    pub started_on: NaiveDate,
    pub last_step: Option<i32>,
    pub last_step_on: Option<NaiveDate>,
    pub currency: Option<Currency>,
    pub first_due_on: Option<NaiveDate>,
    pub amount: Option<i64>,
    pub invoices: Option<i64>,
}

/// Open episodes with their overdue balances, by account.
pub async fn status_rows(
    conn: &mut PgConnection,
    today: NaiveDate,
    account: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<StatusRow>> {
    sqlx::query_as(
        "SELECT e.id AS episode_id, e.account_id, a.name, a.status, a.dunning_policy, e.started_on, e.last_step,
                e.last_step_on, o.currency, o.first_due_on, o.amount, o.invoices
         FROM (SELECT * FROM dunning_episodes WHERE ended_at IS NULL
               AND ($2::text IS NULL OR account_id = $2
                    OR account_id = (SELECT id FROM accounts WHERE external_id = $2))
               ORDER BY account_id LIMIT $3) e
         JOIN accounts a ON a.id = e.account_id
         LEFT JOIN LATERAL (
             SELECT currency, min(due_on) AS first_due_on, sum(amount_due)::bigint AS amount, count(*) AS invoices
             FROM invoices i WHERE i.account_id = e.account_id AND i.status = 'open' AND i.due_on < $1
               AND i.amount_due > 0
             GROUP BY currency) o ON true
         ORDER BY e.account_id, o.currency",
    )
    .bind(today)
    .bind(account)
    .bind(limit)
    .fetch_all(conn)
    .await
}

/// How many steps of each action kind were taken in episodes (for the summary of `dunning status`).
pub async fn open_episode_count(conn: &mut PgConnection) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM dunning_episodes WHERE ended_at IS NULL").fetch_one(conn).await
}
