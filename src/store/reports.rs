//! Facts for the finance reports (`billctl report …`), set-based: one query each.

use chrono::{DateTime, NaiveDate, Utc};
use futures::stream::BoxStream;
use rust_decimal::Decimal;
use sqlx::PgConnection;

use crate::domain::Currency;

/// A subscription's state from `effective_date` on: the last history event of that day (announcements
/// of a change or cancel at period end are not states; the run records the change when it happens),
/// with the version's flat and per-seat prices per period in the subscription's currency (major
/// units; metered prices left out). Subscriptions and accounts come numbered (`sub_no`, `account_no`,
/// dense ranks of their ids) so that a million states carry no strings.
#[derive(Debug, sqlx::FromRow)]
pub struct MrrFact {
    pub sub_no: i64,
    pub account_no: i64,
    pub currency: Currency,
    pub effective_date: NaiveDate,
    pub paying: bool,
    pub quantity: i32,
    pub interval_unit: String,
    pub interval_count: i32,
    pub flat: Decimal,
    pub per_seat: Decimal,
}

/// Every subscription state effective on or before `to`, as recorded by `known_at` (so a report
/// for a past `--as-of` ignores history written later), optionally of one currency, streamed.
pub fn mrr_facts(
    conn: &mut PgConnection,
    to: NaiveDate,
    known_at: DateTime<Utc>,
    currency: Option<Currency>,
) -> BoxStream<'_, sqlx::Result<MrrFact>> {
    sqlx::query_as(
        "WITH h AS (
            SELECT DISTINCT ON (h.subscription_id, h.effective_date)
                   h.subscription_id, h.effective_date, h.to_status, h.plan_version_id, h.quantity
              FROM subscription_history h
             WHERE h.effective_date <= $1 AND h.at <= $2
               AND h.event NOT IN ('scheduled_change', 'cancel_scheduled')
             ORDER BY h.subscription_id, h.effective_date, h.id DESC
         ), states AS (
         SELECT h.subscription_id, s.account_id, s.currency, h.effective_date,
                COALESCE(h.to_status = 'active', FALSE) AS paying,
                COALESCE(h.quantity, s.quantity) AS quantity, v.interval_unit, v.interval_count,
                COALESCE(SUM(p.unit_amount) FILTER (WHERE p.kind = 'flat'), 0) AS flat,
                COALESCE(SUM(p.unit_amount) FILTER (WHERE p.kind = 'per_seat'), 0) AS per_seat
           FROM h
           JOIN subscriptions s ON s.id = h.subscription_id
           JOIN plan_versions v ON v.id = COALESCE(h.plan_version_id, s.plan_version_id)
           LEFT JOIN plan_prices p ON p.plan_version_id = v.id AND p.currency = s.currency
          WHERE $3::text IS NULL OR s.currency = $3
          GROUP BY h.subscription_id, s.account_id, s.currency, h.effective_date, h.to_status, h.quantity,
                   s.quantity, v.interval_unit, v.interval_count
         )
         SELECT dense_rank() OVER (ORDER BY subscription_id) AS sub_no,
                dense_rank() OVER (ORDER BY account_id) AS account_no,
                currency, effective_date, paying, quantity, interval_unit, interval_count, flat, per_seat
           FROM states",
    )
    .bind(to)
    .bind(known_at)
    .bind(currency.map(|c| c.code()))
    .fetch(conn)
}

/// An account's receivable due on one day, in one currency (minor units).
#[derive(Debug, sqlx::FromRow)]
pub struct ReceivableFact {
    pub account_id: String,
    pub account_name: String,
    pub currency: Currency,
    pub due_on: NaiveDate,
    pub amount: i64,
}

/// Receivables open at `as_of` (end of that day): invoices issued by then that are open now
/// (their amount due), or were paid, voided or written off only after it (their total), summed
/// per account, currency and due date (the issue date when there is none).
pub async fn receivables(
    conn: &mut PgConnection,
    as_of: NaiveDate,
    end_of_day: DateTime<Utc>,
    currency: Option<Currency>,
) -> sqlx::Result<Vec<ReceivableFact>> {
    sqlx::query_as(
        "SELECT i.account_id, a.name AS account_name, i.currency, COALESCE(i.due_on, i.issued_on) AS due_on,
                SUM(CASE WHEN i.status = 'open' THEN i.amount_due ELSE i.total END)::BIGINT AS amount
           FROM invoices i
           JOIN accounts a ON a.id = i.account_id
          WHERE i.issued_on <= $1
            AND (i.status = 'open'
                 OR (i.status = 'paid' AND i.paid_at >= $2)
                 OR (i.status IN ('void', 'uncollectible') AND i.voided_at >= $2))
            AND ($3::text IS NULL OR i.currency = $3)
          GROUP BY i.account_id, a.name, i.currency, COALESCE(i.due_on, i.issued_on)
         HAVING SUM(CASE WHEN i.status = 'open' THEN i.amount_due ELSE i.total END) > 0
          ORDER BY i.account_id, 4",
    )
    .bind(as_of)
    .bind(end_of_day)
    .bind(currency.map(|c| c.code()))
    .fetch_all(conn)
    .await
}

/// An invoice line for revenue recognition (see `domain::reports::RevenueLine`).
#[derive(Debug, sqlx::FromRow)]
pub struct RevenueFact {
    pub currency: Currency,
    pub issued_on: NaiveDate,
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
    pub amount: i64,
}

/// The revenue lines (recurring, proration, usage, one-off: not tax or credit) of invoices issued
/// by `to` and not draft or void, except those recognised in full before `from`.
pub async fn revenue_lines(
    conn: &mut PgConnection,
    from: NaiveDate,
    to: NaiveDate,
    currency: Option<Currency>,
) -> sqlx::Result<Vec<RevenueFact>> {
    sqlx::query_as(
        "SELECT l.currency, i.issued_on, l.service_start, l.service_end, l.amount
           FROM invoices i
           JOIN invoice_lines l ON l.invoice_id = i.id
          WHERE i.status IN ('open', 'paid', 'uncollectible') AND i.issued_on <= $2
            AND l.kind IN ('recurring', 'proration', 'usage', 'one_off') AND l.amount <> 0
            AND GREATEST(l.service_end, i.issued_on + 1) > $1
            AND ($3::text IS NULL OR l.currency = $3)
          ORDER BY i.issued_on, l.invoice_id, l.position",
    )
    .bind(from)
    .bind(to)
    .bind(currency.map(|c| c.code()))
    .fetch_all(conn)
    .await
}

/// An account's invoicing in one currency over a range (before tax, issued invoices not voided).
#[derive(Debug, sqlx::FromRow)]
pub struct CustomerRevenueFact {
    pub account_id: String,
    pub account_name: String,
    pub currency: Currency,
    pub revenue: i64,
    pub invoices: i64,
}

/// Per account and currency: the subtotal of its invoices issued from `from` to `to` (open, paid
/// or written off: not drafts or voided ones).
pub async fn customer_revenue(
    conn: &mut PgConnection,
    from: NaiveDate,
    to: NaiveDate,
    currency: Option<Currency>,
) -> sqlx::Result<Vec<CustomerRevenueFact>> {
    sqlx::query_as(
        "SELECT i.account_id, a.name AS account_name, i.currency, SUM(i.subtotal)::BIGINT AS revenue,
                count(*) AS invoices
           FROM invoices i JOIN accounts a ON a.id = i.account_id
          WHERE i.status IN ('open', 'paid', 'uncollectible') AND i.issued_on BETWEEN $1 AND $2
            AND ($3::text IS NULL OR i.currency = $3)
          GROUP BY i.account_id, a.name, i.currency",
    )
    .bind(from)
    .bind(to)
    .bind(currency.map(|c| c.code()))
    .fetch_all(conn)
    .await
}

/// Each subscription's last state on or before `to` (as recorded by `known_at`), with its
/// account and prices, for MRR per account.
#[derive(Debug, sqlx::FromRow)]
pub struct AccountMrrFact {
    pub account_id: String,
    pub account_name: String,
    pub currency: Currency,
    pub paying: bool,
    pub quantity: i32,
    pub interval_unit: String,
    pub interval_count: i32,
    pub flat: Decimal,
    pub per_seat: Decimal,
}

pub async fn account_mrr_facts(
    conn: &mut PgConnection,
    to: NaiveDate,
    known_at: DateTime<Utc>,
    currency: Option<Currency>,
) -> sqlx::Result<Vec<AccountMrrFact>> {
    sqlx::query_as(
        "WITH h AS (
            SELECT DISTINCT ON (h.subscription_id)
                   h.subscription_id, h.to_status, h.plan_version_id, h.quantity
              FROM subscription_history h
             WHERE h.effective_date <= $1 AND h.at <= $2
               AND h.event NOT IN ('scheduled_change', 'cancel_scheduled')
             ORDER BY h.subscription_id, h.effective_date DESC, h.id DESC
         )
         SELECT s.account_id, a.name AS account_name, s.currency, h.to_status = 'active' AS paying,
                COALESCE(h.quantity, s.quantity) AS quantity, v.interval_unit, v.interval_count,
                COALESCE(SUM(p.unit_amount) FILTER (WHERE p.kind = 'flat'), 0) AS flat,
                COALESCE(SUM(p.unit_amount) FILTER (WHERE p.kind = 'per_seat'), 0) AS per_seat
           FROM h
           JOIN subscriptions s ON s.id = h.subscription_id
           JOIN accounts a ON a.id = s.account_id
           JOIN plan_versions v ON v.id = COALESCE(h.plan_version_id, s.plan_version_id)
           LEFT JOIN plan_prices p ON p.plan_version_id = v.id AND p.currency = s.currency
          WHERE h.to_status = 'active' AND ($3::text IS NULL OR s.currency = $3)
          GROUP BY h.subscription_id, s.account_id, a.name, s.currency, h.to_status, h.quantity, s.quantity,
                   v.interval_unit, v.interval_count",
    )
    .bind(to)
    .bind(known_at)
    .bind(currency.map(|c| c.code()))
    .fetch_all(conn)
    .await
}

/// A subscription's status from a day on (the last history event of that day), numbered.
#[derive(Debug, sqlx::FromRow)]
pub struct StatusFact {
    pub sub_no: i64,
    pub currency: Currency,
    pub effective_date: NaiveDate,
    pub status: String,
}

/// Every subscription's status changes up to `to`, as recorded by `known_at`.
pub fn status_facts(
    conn: &mut PgConnection,
    to: NaiveDate,
    known_at: DateTime<Utc>,
    currency: Option<Currency>,
) -> BoxStream<'_, sqlx::Result<StatusFact>> {
    sqlx::query_as(
        "SELECT dense_rank() OVER (ORDER BY h.subscription_id) AS sub_no, s.currency, h.effective_date,
                h.to_status AS status
           FROM (SELECT DISTINCT ON (subscription_id, effective_date) subscription_id, effective_date, to_status
                   FROM subscription_history
                  WHERE effective_date <= $1 AND at <= $2 AND to_status IS NOT NULL
                    AND event NOT IN ('scheduled_change', 'cancel_scheduled')
                  ORDER BY subscription_id, effective_date, id DESC) h
           JOIN subscriptions s ON s.id = h.subscription_id
          WHERE $3::text IS NULL OR s.currency = $3",
    )
    .bind(to)
    .bind(known_at)
    .bind(currency.map(|c| c.code()))
    .fetch(conn)
}
