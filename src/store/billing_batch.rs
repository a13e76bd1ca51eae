//! The reads and writes of one invoice-run batch (a set of accounts, one transaction).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sqlx::postgres::PgRow;
use sqlx::{PgConnection, Row};

use super::credits::CreditEntry;
use super::subscriptions::{PendingCharge, Subscription};

/// The day service stopped for a canceled `subscriptions` row: the pause before the cancellation,
/// else the cancellation (`domain::billing::stop_date` in SQL).
macro_rules! stop_date {
    () => {
        "LEAST(canceled_at, COALESCE(paused_at, canceled_at))"
    };
}

/// A canceled `subscriptions` row whose usage up to its stop is not billed yet.
macro_rules! owes_usage_up_to_stop {
    () => {
        concat!(
            "(canceled_at IS NOT NULL AND (usage_billed_through IS NULL OR usage_billed_through < ",
            stop_date!(),
            "))"
        )
    };
}

/// The condition on a `subscriptions` row (`$1`: the cutoff date) for "has something to bill": a
/// period due, a pause ending, or usage owed up to a stop (a pause, a cancellation, a cycle
/// restarted outside the run), as `domain::billing::advance` decides.
macro_rules! due_subscription {
    () => {
        concat!(
            "(status IN ('active', 'trialing') AND next_bill_date <= $1)
          OR (status = 'paused' AND (resume_at <= $1 OR auto_cancel_on <= $1))
          OR (status = 'paused' AND paused_at <= $1
              AND (usage_billed_through IS NULL OR usage_billed_through < paused_at))
          OR usage_owed_until <= $1
          OR (status = 'canceled' AND canceled_at <= $1 AND ",
            owes_usage_up_to_stop!(),
            ")"
        )
    };
}

/// A `subscriptions` row the invoice run still has to look at: not canceled, or canceled with
/// usage owed (up to its stop, or left by a restarted cycle).
macro_rules! billable_subscription {
    () => {
        concat!("(status <> 'canceled' OR usage_owed_until IS NOT NULL OR ", owes_usage_up_to_stop!(), ")")
    };
}

/// Accounts with something to bill on or before `cutoff` (due periods, or late usage for periods
/// already invoiced), in id order: the run's work list.
pub async fn due_account_ids(
    conn: &mut PgConnection,
    cutoff: NaiveDate,
    only: Option<&str>,
) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(concat!(
        "SELECT account_id FROM subscriptions WHERE (",
        due_subscription!(),
        ") AND ($2::text IS NULL OR account_id = $2)
         UNION
         SELECT u.account_id FROM usage_events u JOIN subscriptions s ON s.id = u.subscription_id
         WHERE u.invoice_id IS NULL AND s.usage_billed_through IS NOT NULL
           AND u.occurred_at < (s.usage_billed_through + 1)::timestamptz
           AND ($2::text IS NULL OR u.account_id = $2)
         ORDER BY 1"
    ))
    .bind(cutoff)
    .bind(only)
    .fetch_all(conn)
    .await
}

/// Number of subscriptions with something to bill on or before `cutoff`.
pub async fn count_due(conn: &mut PgConnection, cutoff: NaiveDate, only: Option<&str>) -> sqlx::Result<i64> {
    sqlx::query_scalar(concat!(
        "SELECT count(*) FROM subscriptions WHERE (",
        due_subscription!(),
        ") AND ($2::text IS NULL OR account_id = $2)"
    ))
    .bind(cutoff)
    .bind(only)
    .fetch_one(conn)
    .await
}

/// What the invoice run needs of an account (a narrow read: no name, address or metadata).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BillingAccount {
    pub id: String,
    pub currency: crate::domain::Currency,
    #[sqlx(try_from = "super::types::TzName")]
    pub timezone: chrono_tz::Tz,
    pub country: Option<String>,
    pub region: Option<String>,
    pub tax_id: Option<String>,
    pub tax_exempt: bool,
    pub is_business: bool,
}

/// The advisory lock every invoice-run batch transaction holds (shared, so all batches of all runs
/// hold it at once): it tells a row lock taken by a run from any other (see [`held_by_runs`]).
const RUN_BATCH_MARK: (i32, i32) = (0x6269_6c6c, 0x7275_6e20); // "bill", "run "

const CLAIM_COLUMNS: &str =
    "SELECT id, currency::TEXT AS currency, timezone, country, region, tax_id, tax_exempt, is_business FROM accounts";

/// Claims the accounts for a batch: marks the transaction as an invoice run's, then locks the
/// accounts not locked by anyone (SKIP LOCKED). A dry run reads without locking.
pub async fn claim_accounts(conn: &mut PgConnection, ids: &[String], lock: bool) -> sqlx::Result<Vec<BillingAccount>> {
    if !lock {
        let sql = format!("{CLAIM_COLUMNS} WHERE id = ANY($1) ORDER BY id");
        return sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(ids).fetch_all(conn).await;
    }
    mark_as_run(conn).await?;
    let sql = format!("{CLAIM_COLUMNS} WHERE id = ANY($1) ORDER BY id FOR UPDATE SKIP LOCKED");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(ids).fetch_all(conn).await
}

/// Marks this transaction as an invoice run's batch (until it ends).
async fn mark_as_run(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query("SELECT pg_advisory_xact_lock_shared($1, $2)")
        .bind(RUN_BATCH_MARK.0)
        .bind(RUN_BATCH_MARK.1)
        .execute(conn)
        .await?;
    Ok(())
}

/// Claims one account, waiting up to `timeout` for a lock someone else holds on it. `None`: still
/// locked when the time was up; the transaction is then aborted and must be rolled back.
pub async fn claim_account_waiting(
    conn: &mut PgConnection,
    id: &str,
    timeout: std::time::Duration,
) -> sqlx::Result<Option<BillingAccount>> {
    mark_as_run(conn).await?;
    // lock_timeout 0 means no limit: wait at least a millisecond.
    let ms = timeout.as_millis().clamp(1, i32::MAX as u128).to_string();
    sqlx::query("SELECT set_config('lock_timeout', $1, true)").bind(&ms).execute(&mut *conn).await?;
    let sql = format!("{CLAIM_COLUMNS} WHERE id = $1 FOR UPDATE");
    let claimed = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&mut *conn).await;
    match claimed {
        Err(sqlx::Error::Database(e)) if e.code().as_deref() == Some("55P03") => Ok(None),
        Err(e) => Err(e),
        Ok(a) => {
            // The rest of the batch waits for locks as any batch does.
            sqlx::query("SELECT set_config('lock_timeout', '0', true)").execute(&mut *conn).await?;
            Ok(a)
        }
    }
}

/// Which of `ids` are locked right now by another invoice run's batch: the transaction holding the
/// row lock (the row's `xmax`) belongs to a session holding the run mark. Any other holder (a
/// credit grant, a payment, a usage event being recorded, a psql session) is not a run.
pub async fn held_by_runs(conn: &mut PgConnection, ids: &[String]) -> sqlx::Result<Vec<String>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    sqlx::query_scalar(
        "SELECT a.id FROM accounts a
         WHERE a.id = ANY($1) AND EXISTS (
             SELECT 1 FROM pg_locks x JOIN pg_locks m ON m.pid = x.pid
             WHERE x.locktype = 'transactionid' AND x.transactionid = a.xmax AND x.granted
               AND x.pid <> pg_backend_pid()
               AND m.locktype = 'advisory' AND m.granted AND m.objsubid = 2
               AND m.classid = $2::oid AND m.objid = $3::oid)
         ORDER BY a.id",
    )
    .bind(ids)
    .bind(i64::from(RUN_BATCH_MARK.0))
    .bind(i64::from(RUN_BATCH_MARK.1))
    .fetch_all(conn)
    .await
}

/// The first date on which the account's subscriptions have something to bill (`invoice preview`):
/// a period's start, the end of a pause, or the stop of usage still owed. `None`: nothing will be.
pub async fn next_billing_date(conn: &mut PgConnection, account_id: &str) -> sqlx::Result<Option<NaiveDate>> {
    sqlx::query_scalar(concat!(
        "SELECT min(CASE
                WHEN usage_owed_until IS NOT NULL THEN usage_owed_until
                WHEN status = 'canceled' THEN ",
        stop_date!(),
        "
                WHEN status = 'paused' AND (usage_billed_through IS NULL OR usage_billed_through < paused_at)
                    THEN paused_at
                WHEN status = 'paused' THEN resume_at
                ELSE next_bill_date END)
         FROM subscriptions WHERE account_id = $1 AND ",
        billable_subscription!()
    ))
    .bind(account_id)
    .fetch_one(conn)
    .await
}

/// The subscriptions of the accounts a batch bills: every one not canceled, and canceled ones
/// with usage still to bill (up to their stop, owed, or late); each with the version of its row as
/// read (`xmin`), which [`update_subscriptions`] writes only if it is still the same.
pub async fn live_subscriptions(
    conn: &mut PgConnection,
    account_ids: &[String],
) -> sqlx::Result<(Vec<Subscription>, Vec<String>)> {
    let sql = format!(
        concat!(
            "SELECT {}, xmin::text FROM subscriptions WHERE account_id = ANY($1) AND (",
            billable_subscription!(),
            // late usage of a canceled subscription
            " OR EXISTS (SELECT 1 FROM usage_events u WHERE u.subscription_id = subscriptions.id
                          AND u.invoice_id IS NULL))
         ORDER BY account_id, id"
        ),
        super::subscriptions::COLUMNS
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(account_ids).fetch_all(conn).await?;
    let subs = rows.iter().map(subscription_at).collect::<sqlx::Result<_>>()?;
    let versions = rows.iter().map(|r| r.try_get(24)).collect::<sqlx::Result<_>>()?;
    Ok((subs, versions))
}

/// Decodes a row of `subscriptions::COLUMNS` by position (a batch reads a few thousand; decoding
/// by column name looked every name up again for each row).
fn subscription_at(r: &PgRow) -> sqlx::Result<Subscription> {
    Ok(Subscription {
        id: r.try_get(0)?,
        external_id: r.try_get(1)?,
        account_id: r.try_get(2)?,
        plan_version_id: r.try_get(3)?,
        status: r.try_get(4)?,
        quantity: r.try_get(5)?,
        currency: r.try_get(6)?,
        start_date: r.try_get(7)?,
        trial_end: r.try_get(8)?,
        anchor_date: r.try_get(9)?,
        current_period_start: r.try_get(10)?,
        current_period_end: r.try_get(11)?,
        next_bill_date: r.try_get(12)?,
        cancel_at_period_end: r.try_get(13)?,
        canceled_at: r.try_get(14)?,
        paused_at: r.try_get(15)?,
        resume_at: r.try_get(16)?,
        auto_cancel_on: r.try_get(17)?,
        usage_billed_through: r.try_get(18)?,
        pending_plan_version_id: r.try_get(19)?,
        pending_quantity: r.try_get(20)?,
        created_at: r.try_get(21)?,
        updated_at: r.try_get(22)?,
        usage_owed_until: r.try_get(23)?,
    })
}

pub async fn open_pending(conn: &mut PgConnection, account_ids: &[String]) -> sqlx::Result<Vec<PendingCharge>> {
    sqlx::query_as(
        "SELECT * FROM pending_charges WHERE account_id = ANY($1) AND invoice_id IS NULL AND voided_at IS NULL
         ORDER BY account_id, created_at, amount, id",
    )
    .bind(account_ids)
    .fetch_all(conn)
    .await
}

/// Unused credit per grant for the accounts, oldest grant first: (account, grant, remaining).
pub async fn grant_balances(
    conn: &mut PgConnection,
    account_ids: &[String],
) -> sqlx::Result<Vec<(String, String, i64)>> {
    sqlx::query_as(
        "SELECT g.account_id, g.id, (g.amount + COALESCE(SUM(e.amount), 0))::BIGINT AS remaining
         FROM credit_entries g LEFT JOIN credit_entries e ON e.grant_id = g.id
         WHERE g.account_id = ANY($1) AND g.kind = 'grant'
         GROUP BY g.account_id, g.id, g.amount, g.created_at
         HAVING g.amount + COALESCE(SUM(e.amount), 0) > 0
         ORDER BY g.account_id, g.created_at, g.id",
    )
    .bind(account_ids)
    .fetch_all(conn)
    .await
}

/// One usage window to total: events of `subscription_id` in [from, to).
pub struct UsageWindow {
    pub subscription_id: String,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

/// The columns of usage windows, as arrays for UNNEST.
fn window_columns(windows: &[UsageWindow]) -> (Vec<&str>, Vec<DateTime<Utc>>, Vec<DateTime<Utc>>) {
    (
        windows.iter().map(|w| w.subscription_id.as_str()).collect(),
        windows.iter().map(|w| w.from).collect(),
        windows.iter().map(|w| w.to).collect(),
    )
}

/// Totals per (window index, metric) of the events in each window: those not yet invoiced, or
/// (`invoiced`) those already invoiced, which late usage is re-rated on top of.
pub async fn usage_totals(
    conn: &mut PgConnection,
    windows: &[UsageWindow],
    invoiced: bool,
) -> sqlx::Result<Vec<(i32, String, Decimal)>> {
    if windows.is_empty() {
        return Ok(Vec::new());
    }
    let (subs, from, to) = window_columns(windows);
    let idx: Vec<i32> = (0..windows.len() as i32).collect();
    // Two texts rather than a parameter, so that the unbilled case matches the partial index.
    let sql = if invoiced {
        "SELECT w.idx, u.metric, SUM(u.quantity)
         FROM UNNEST($1::text[], $2::timestamptz[], $3::timestamptz[], $4::int[]) AS w(sub, f, t, idx)
         JOIN usage_events u ON u.subscription_id = w.sub AND u.occurred_at >= w.f AND u.occurred_at < w.t
         WHERE u.invoice_id IS NOT NULL
         GROUP BY w.idx, u.metric"
    } else {
        "SELECT w.idx, u.metric, SUM(u.quantity)
         FROM UNNEST($1::text[], $2::timestamptz[], $3::timestamptz[], $4::int[]) AS w(sub, f, t, idx)
         JOIN usage_events u ON u.subscription_id = w.sub AND u.occurred_at >= w.f AND u.occurred_at < w.t
         WHERE u.invoice_id IS NULL
         GROUP BY w.idx, u.metric"
    };
    sqlx::query_as(sql).bind(&subs).bind(&from).bind(&to).bind(&idx).fetch_all(conn).await
}

/// A usage event not yet invoiced that may belong to a period already invoiced.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LateEvent {
    pub id: String,
    pub subscription_id: String,
    pub metric: String,
    pub quantity: Decimal,
    pub occurred_at: DateTime<Utc>,
}

/// Events of the accounts not invoiced, dated before (about) their subscription's usage billed
/// through date; the caller decides exactly in the account's time zone.
pub async fn late_events(conn: &mut PgConnection, account_ids: &[String]) -> sqlx::Result<Vec<LateEvent>> {
    sqlx::query_as(
        "SELECT u.id, u.subscription_id, u.metric, u.quantity, u.occurred_at
         FROM subscriptions s JOIN usage_events u ON u.subscription_id = s.id
         WHERE s.account_id = ANY($1) AND u.invoice_id IS NULL AND s.usage_billed_through IS NOT NULL
           AND u.occurred_at < (s.usage_billed_through + 1)::timestamptz
         ORDER BY u.subscription_id, u.occurred_at, u.id",
    )
    .bind(account_ids)
    .fetch_all(conn)
    .await
}

/// The usage windows already invoiced for these subscriptions: the service dates of the usage
/// lines on their invoices that are not void (a late event belongs to the window that covers it).
pub async fn invoiced_usage_windows(
    conn: &mut PgConnection,
    subscription_ids: &[String],
) -> sqlx::Result<Vec<(String, NaiveDate, NaiveDate)>> {
    sqlx::query_as(
        "SELECT DISTINCT i.subscription_id, l.service_start, l.service_end
         FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
         WHERE i.subscription_id = ANY($1) AND i.status <> 'void' AND l.kind = 'usage'
           AND l.service_start IS NOT NULL AND l.service_end IS NOT NULL",
    )
    .bind(subscription_ids)
    .fetch_all(conn)
    .await
}

/// Marks individual events as invoiced.
pub async fn mark_events(conn: &mut PgConnection, event_ids: &[String], invoice_ids: &[String]) -> sqlx::Result<()> {
    if event_ids.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "UPDATE usage_events u SET invoice_id = x.inv FROM UNNEST($1::text[], $2::text[]) AS x(id, inv)
         WHERE u.id = x.id AND u.invoice_id IS NULL",
    )
    .bind(event_ids)
    .bind(invoice_ids)
    .execute(conn)
    .await?;
    Ok(())
}

/// Marks the events of each window as invoiced on the given invoice.
pub async fn mark_usage(conn: &mut PgConnection, windows: &[UsageWindow], invoice_ids: &[String]) -> sqlx::Result<()> {
    if windows.is_empty() {
        return Ok(());
    }
    let (subs, from, to) = window_columns(windows);
    sqlx::query(
        "UPDATE usage_events u SET invoice_id = w.inv
         FROM UNNEST($1::text[], $2::timestamptz[], $3::timestamptz[], $4::text[]) AS w(sub, f, t, inv)
         WHERE u.subscription_id = w.sub AND u.occurred_at >= w.f AND u.occurred_at < w.t AND u.invoice_id IS NULL",
    )
    .bind(&subs)
    .bind(&from)
    .bind(&to)
    .bind(invoice_ids)
    .execute(conn)
    .await?;
    Ok(())
}

/// Attaches pending charges to the invoices that carry them.
pub async fn mark_pending(conn: &mut PgConnection, charge_ids: &[String], invoice_ids: &[String]) -> sqlx::Result<()> {
    if charge_ids.is_empty() {
        return Ok(());
    }
    sqlx::query(
        "UPDATE pending_charges p SET invoice_id = x.inv FROM UNNEST($1::text[], $2::text[]) AS x(id, inv)
         WHERE p.id = x.id AND p.invoice_id IS NULL",
    )
    .bind(charge_ids)
    .bind(invoice_ids)
    .execute(conn)
    .await?;
    Ok(())
}

/// A subscription the run advanced: the row as read, its version then, and its new state.
pub struct SubscriptionWrite<'a> {
    pub before: &'a Subscription,
    pub version: &'a str,
    pub after: &'a Subscription,
}

/// The columns of `subscriptions` the run decides, in the order of the bits of a change mask.
const DECIDED: [&str; 15] = [
    "status",
    "plan_version_id",
    "quantity",
    "anchor_date",
    "current_period_start",
    "current_period_end",
    "next_bill_date",
    "canceled_at",
    "paused_at",
    "resume_at",
    "auto_cancel_on",
    "usage_billed_through",
    "pending_plan_version_id",
    "pending_quantity",
    "usage_owed_until",
];

/// Which of [`DECIDED`] differ between `before` and `after` (bit i: column i).
fn change_mask(b: &Subscription, a: &Subscription) -> i32 {
    let changed = [
        b.status != a.status,
        b.plan_version_id != a.plan_version_id,
        b.quantity != a.quantity,
        b.anchor_date != a.anchor_date,
        b.current_period_start != a.current_period_start,
        b.current_period_end != a.current_period_end,
        b.next_bill_date != a.next_bill_date,
        b.canceled_at != a.canceled_at,
        b.paused_at != a.paused_at,
        b.resume_at != a.resume_at,
        b.auto_cancel_on != a.auto_cancel_on,
        b.usage_billed_through != a.usage_billed_through,
        b.pending_plan_version_id != a.pending_plan_version_id,
        b.pending_quantity != a.pending_quantity,
        b.usage_owed_until != a.usage_owed_until,
    ];
    changed.iter().enumerate().fold(0, |m, (i, c)| if *c { m | (1 << i) } else { m })
}

/// Writes the new state of many subscriptions at once: only the columns the run changed (each
/// other column keeps whatever the row holds), and only on rows still at the version read (a
/// row changed since would make the write stale). Returns how many rows were written: fewer than
/// `subs` means some changed since they were read, and the caller must not commit.
pub async fn update_subscriptions(conn: &mut PgConnection, subs: &[SubscriptionWrite<'_>]) -> sqlx::Result<u64> {
    if subs.is_empty() {
        return Ok(0);
    }
    let col = |f: fn(&Subscription) -> Option<NaiveDate>| subs.iter().map(|w| f(w.after)).collect::<Vec<_>>();
    let ids: Vec<&str> = subs.iter().map(|w| w.after.id.as_str()).collect();
    let status: Vec<&str> = subs.iter().map(|w| w.after.status.as_str()).collect();
    let version: Vec<&str> = subs.iter().map(|w| w.after.plan_version_id.as_str()).collect();
    let quantity: Vec<i32> = subs.iter().map(|w| w.after.quantity).collect();
    let anchor = col(|s| Some(s.anchor_date));
    let cps = col(|s| Some(s.current_period_start));
    let cpe = col(|s| Some(s.current_period_end));
    let next = col(|s| Some(s.next_bill_date));
    let canceled = col(|s| s.canceled_at);
    let paused = col(|s| s.paused_at);
    let resume = col(|s| s.resume_at);
    let auto_cancel = col(|s| s.auto_cancel_on);
    let usage = col(|s| s.usage_billed_through);
    let owed = col(|s| s.usage_owed_until);
    let pending_v: Vec<Option<&str>> = subs.iter().map(|w| w.after.pending_plan_version_id.as_deref()).collect();
    let pending_q: Vec<Option<i32>> = subs.iter().map(|w| w.after.pending_quantity).collect();
    let updated: Vec<DateTime<Utc>> = subs.iter().map(|w| w.after.updated_at).collect();
    let row_version: Vec<&str> = subs.iter().map(|w| w.version).collect();
    let mask: Vec<i32> = subs.iter().map(|w| change_mask(w.before, w.after)).collect();
    // x.<name> of each decided column, in DECIDED order.
    let new = [
        "status",
        "version",
        "quantity",
        "anchor",
        "cps",
        "cpe",
        "next",
        "canceled",
        "paused",
        "resume",
        "auto_cancel",
        "usage",
        "pending_v",
        "pending_q",
        "owed",
    ];
    let set: Vec<String> = DECIDED
        .iter()
        .zip(new)
        .enumerate()
        .map(|(i, (c, x))| format!("{c} = CASE WHEN x.mask & {} <> 0 THEN x.{x} ELSE s.{c} END", 1 << i))
        .collect();
    let sql = format!(
        "UPDATE subscriptions s SET {}, updated_at = x.updated
         FROM UNNEST($1::text[], $2::text[], $3::text[], $4::int[], $5::date[], $6::date[], $7::date[], $8::date[],
                     $9::date[], $10::date[], $11::date[], $12::date[], $13::date[], $14::text[], $15::int[],
                     $16::timestamptz[], $17::date[], $18::text[], $19::int[])
              AS x(id, status, version, quantity, anchor, cps, cpe, next, canceled, paused, resume, auto_cancel,
                   usage, pending_v, pending_q, updated, owed, row_version, mask)
         WHERE s.id = x.id AND s.xmin = x.row_version::xid",
        set.join(", ")
    );
    let done = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(&ids)
        .bind(&status)
        .bind(&version)
        .bind(&quantity)
        .bind(&anchor)
        .bind(&cps)
        .bind(&cpe)
        .bind(&next)
        .bind(&canceled)
        .bind(&paused)
        .bind(&resume)
        .bind(&auto_cancel)
        .bind(&usage)
        .bind(&pending_v)
        .bind(&pending_q)
        .bind(&updated)
        .bind(&owed)
        .bind(&row_version)
        .bind(&mask)
        .execute(conn)
        .await?;
    Ok(done.rows_affected())
}

pub async fn insert_credit_entries(conn: &mut PgConnection, entries: &[CreditEntry]) -> sqlx::Result<()> {
    for e in entries {
        super::credits::insert(conn, e).await?;
    }
    Ok(())
}

/// A subscription history row written by the run.
#[derive(Debug, Clone, serde::Serialize)]
pub struct HistoryEvent {
    pub subscription_id: String,
    pub account_id: String,
    pub at: DateTime<Utc>,
    pub effective_date: NaiveDate,
    pub event: String,
    pub from_status: String,
    pub to_status: String,
    pub plan_version_id: String,
    pub quantity: i32,
    pub details: serde_json::Value,
}

/// Writes history rows; returns them as written, each with its id (the cause of its event).
pub async fn insert_history(conn: &mut PgConnection, rows: &[HistoryEvent]) -> sqlx::Result<Vec<(i64, HistoryEvent)>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let v = |f: fn(&HistoryEvent) -> &str| rows.iter().map(f).collect::<Vec<_>>();
    let at: Vec<DateTime<Utc>> = rows.iter().map(|r| r.at).collect();
    let eff: Vec<NaiveDate> = rows.iter().map(|r| r.effective_date).collect();
    let qty: Vec<i32> = rows.iter().map(|r| r.quantity).collect();
    let details: Vec<serde_json::Value> = rows.iter().map(|r| r.details.clone()).collect();
    sqlx::query(
        "INSERT INTO subscription_history (subscription_id, account_id, at, effective_date, event, from_status,
            to_status, plan_version_id, quantity, details)
         SELECT * FROM UNNEST($1::text[], $2::text[], $3::timestamptz[], $4::date[], $5::text[], $6::text[],
                              $7::text[], $8::text[], $9::int[], $10::jsonb[])
         RETURNING id, subscription_id, account_id, at, effective_date, event, from_status, to_status,
                   plan_version_id, quantity, details",
    )
    .bind(v(|r| &r.subscription_id))
    .bind(v(|r| &r.account_id))
    .bind(&at)
    .bind(&eff)
    .bind(v(|r| &r.event))
    .bind(v(|r| &r.from_status))
    .bind(v(|r| &r.to_status))
    .bind(v(|r| &r.plan_version_id))
    .bind(&qty)
    .bind(&details)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| {
        Ok((
            r.try_get("id")?,
            HistoryEvent {
                subscription_id: r.try_get("subscription_id")?,
                account_id: r.try_get("account_id")?,
                at: r.try_get("at")?,
                effective_date: r.try_get("effective_date")?,
                event: r.try_get("event")?,
                from_status: r.try_get("from_status")?,
                to_status: r.try_get("to_status")?,
                plan_version_id: r.try_get("plan_version_id")?,
                quantity: r.try_get("quantity")?,
                details: r.try_get("details")?,
            },
        ))
    })
    .collect()
}

/// A draft run's subscriptions as it found them and as it left them (see `draft_snapshots`).
pub async fn insert_draft_snapshots(
    conn: &mut PgConnection,
    run_id: &str,
    rows: &[(&Subscription, &Subscription)],
) -> sqlx::Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let json = |s: &Subscription| serde_json::to_value(s).unwrap_or_default();
    sqlx::query(
        "INSERT INTO draft_snapshots (run_id, subscription_id, account_id, before, after)
         SELECT $1, * FROM UNNEST($2::text[], $3::text[], $4::jsonb[], $5::jsonb[])",
    )
    .bind(run_id)
    .bind(rows.iter().map(|(b, _)| b.id.clone()).collect::<Vec<_>>())
    .bind(rows.iter().map(|(b, _)| b.account_id.clone()).collect::<Vec<_>>())
    .bind(rows.iter().map(|(b, _)| json(b)).collect::<Vec<_>>())
    .bind(rows.iter().map(|(_, a)| json(a)).collect::<Vec<_>>())
    .execute(conn)
    .await?;
    Ok(())
}

/// Batch statements look up a few thousand ids (`= ANY`, UNNEST joins) in tables of millions of
/// rows. Without fresh statistics, or not knowing the array sizes, the planner tends to scan or
/// hash the whole table once per batch, which makes a run quadratic. Index lookups are what these
/// statements need: this turns the alternatives off, for the batch transaction only. It also
/// turns JIT compilation off: the costs those settings add would otherwise make PostgreSQL
/// compile small statements that run in milliseconds.
pub async fn prefer_index_joins(conn: &mut PgConnection) -> sqlx::Result<()> {
    sqlx::query(
        "SELECT set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true),
                set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)",
    )
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn subscription_columns_are_in_the_order_subscription_at_decodes() {
        let columns: Vec<&str> = super::super::subscriptions::COLUMNS.split(',').map(str::trim).collect();
        assert_eq!(
            columns,
            [
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
                "cancel_at_period_end",
                "canceled_at",
                "paused_at",
                "resume_at",
                "auto_cancel_on",
                "usage_billed_through",
                "pending_plan_version_id",
                "pending_quantity",
                "created_at",
                "updated_at",
                "usage_owed_until",
            ]
        );
    }
}
