//! Payment methods, payments, charge attempts, refunds and gateway cursors.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::{PgConnection, Postgres, QueryBuilder};

use crate::domain::payment::{AttemptStatus, PaymentStatus};
use crate::error::internal;

/// A stored status that is not one of ours is bad data: an internal error (exit 1), never a
/// fallback.
fn stored<T: std::str::FromStr>(
    table: &str,
    value: sqlx::postgres::PgValueRef<'_>,
) -> Result<T, sqlx::error::BoxDynError> {
    let s = <&str as sqlx::Decode<Postgres>>::decode(value)?;
    s.parse().map_err(|_| {
        Box::new(internal(format!("{table}.status holds '{s}', which billctl does not know")))
            as sqlx::error::BoxDynError
    })
}

macro_rules! stored_status {
    ($ty:ty, $table:literal) => {
        impl sqlx::Type<Postgres> for $ty {
            fn type_info() -> sqlx::postgres::PgTypeInfo {
                <String as sqlx::Type<Postgres>>::type_info()
            }
            fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <String as sqlx::Type<Postgres>>::compatible(ty)
            }
        }
        impl<'r> sqlx::Decode<'r, Postgres> for $ty {
            fn decode(value: sqlx::postgres::PgValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                stored($table, value)
            }
        }
    };
}

stored_status!(AttemptStatus, "payment_attempts");
stored_status!(PaymentStatus, "payments");

// ---------------------------------------------------------------------------------------------
// Payment methods

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct PaymentMethod {
    pub id: String,
    pub account_id: String,
    pub gateway: String,
    pub gateway_pm_id: String,
    pub brand: Option<String>,
    pub last4: Option<String>,
    pub exp_month: Option<i16>,
    pub exp_year: Option<i16>,
    pub is_default: bool,
    pub created_at: DateTime<Utc>,
}

const PM_COLUMNS: &str = "id, account_id, gateway, gateway_pm_id, brand, last4::TEXT AS last4, exp_month, exp_year, \
    is_default, created_at";

pub async fn insert_method(conn: &mut PgConnection, m: &PaymentMethod) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO payment_methods (id, account_id, gateway, gateway_pm_id, brand, last4, exp_month, exp_year,
            is_default, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)",
    )
    .bind(&m.id)
    .bind(&m.account_id)
    .bind(&m.gateway)
    .bind(&m.gateway_pm_id)
    .bind(&m.brand)
    .bind(&m.last4)
    .bind(m.exp_month)
    .bind(m.exp_year)
    .bind(m.is_default)
    .bind(m.created_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// An account's attached payment methods, newest first.
pub async fn methods(conn: &mut PgConnection, account_id: &str) -> sqlx::Result<Vec<PaymentMethod>> {
    let sql = format!(
        "SELECT {PM_COLUMNS} FROM payment_methods WHERE account_id = $1 AND detached_at IS NULL ORDER BY created_at DESC, id DESC"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).fetch_all(conn).await
}

/// A payment method of an account by our id or the gateway's.
pub async fn find_method(conn: &mut PgConnection, account_id: &str, key: &str) -> sqlx::Result<Option<PaymentMethod>> {
    let sql = format!(
        "SELECT {PM_COLUMNS} FROM payment_methods WHERE account_id = $1 AND (id = $2 OR gateway_pm_id = $2)
         AND detached_at IS NULL LIMIT 1"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).bind(key).fetch_optional(conn).await
}

/// The account's default payment method at this gateway.
pub async fn default_method(
    conn: &mut PgConnection,
    account_id: &str,
    gateway: &str,
) -> sqlx::Result<Option<PaymentMethod>> {
    let sql = format!(
        "SELECT {PM_COLUMNS} FROM payment_methods WHERE account_id = $1 AND gateway = $2 AND is_default
         AND detached_at IS NULL LIMIT 1"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).bind(gateway).fetch_optional(conn).await
}

/// Makes `pm_id` the account's only default.
pub async fn set_default(conn: &mut PgConnection, account_id: &str, pm_id: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE payment_methods SET is_default = FALSE WHERE account_id = $1 AND is_default AND id <> $2")
        .bind(account_id)
        .bind(pm_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE payment_methods SET is_default = TRUE WHERE id = $1").bind(pm_id).execute(conn).await?;
    Ok(())
}

/// Every live method of a gateway with its account's customer id (to restore the sandbox).
pub async fn methods_of_gateway(conn: &mut PgConnection, gateway: &str) -> sqlx::Result<Vec<(String, PaymentMethod)>> {
    let sql = format!(
        "SELECT a.stripe_customer_id AS customer_id, m.* FROM (SELECT {PM_COLUMNS} FROM payment_methods
           WHERE gateway = $1 AND detached_at IS NULL) m JOIN accounts a ON a.id = m.account_id
         WHERE a.stripe_customer_id IS NOT NULL"
    );
    #[derive(sqlx::FromRow)]
    struct Row {
        customer_id: String,
        #[sqlx(flatten)]
        m: PaymentMethod,
    }
    let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(gateway).fetch_all(conn).await?;
    Ok(rows.into_iter().map(|r| (r.customer_id, r.m)).collect())
}

// ---------------------------------------------------------------------------------------------
// Attempts

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Attempt {
    pub id: String,
    pub account_id: String,
    pub invoice_id: String,
    pub attempt_no: i32,
    pub idempotency_key: String,
    pub status: AttemptStatus,
    pub amount: i64,
    pub currency: String,
    pub gateway: String,
    pub gateway_payment_id: Option<String>,
    pub decline_code: Option<String>,
    pub failure_message: Option<String>,
    pub hard_decline: bool,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub next_retry_on: Option<NaiveDate>,
    pub customer_id: Option<String>,
    pub payment_method_id: Option<String>,
    pub kind: String,
}

const ATTEMPT_COLUMNS: &str = "id, account_id, invoice_id, attempt_no, idempotency_key, status, amount, \
    currency::TEXT AS currency, gateway, gateway_payment_id, decline_code, failure_message, hard_decline, started_at, \
    finished_at, next_retry_on, customer_id, payment_method_id, kind";

/// Records an attempt before the gateway is called (status `started`). Committed by the caller.
pub async fn insert_attempt(conn: &mut PgConnection, a: &Attempt) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO payment_attempts (id, account_id, invoice_id, attempt_no, idempotency_key, status, amount,
            currency, gateway, started_at, customer_id, payment_method_id, kind)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)",
    )
    .bind(&a.id)
    .bind(&a.account_id)
    .bind(&a.invoice_id)
    .bind(a.attempt_no)
    .bind(&a.idempotency_key)
    .bind(a.status.as_str())
    .bind(a.amount)
    .bind(&a.currency)
    .bind(&a.gateway)
    .bind(a.started_at)
    .bind(&a.customer_id)
    .bind(&a.payment_method_id)
    .bind(&a.kind)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes the outcome fields of an attempt.
pub async fn update_attempt(conn: &mut PgConnection, a: &Attempt) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE payment_attempts SET status = $2, gateway_payment_id = $3, decline_code = $4, failure_message = $5,
            hard_decline = $6, finished_at = $7, next_retry_on = $8
         WHERE id = $1",
    )
    .bind(&a.id)
    .bind(a.status.as_str())
    .bind(&a.gateway_payment_id)
    .bind(&a.decline_code)
    .bind(&a.failure_message)
    .bind(a.hard_decline)
    .bind(a.finished_at)
    .bind(a.next_retry_on)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn attempts_of_invoice(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<Vec<Attempt>> {
    let sql = format!("SELECT {ATTEMPT_COLUMNS} FROM payment_attempts WHERE invoice_id = $1 ORDER BY attempt_no");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(invoice_id).fetch_all(conn).await
}

pub async fn find_attempt(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<Attempt>> {
    let sql = format!("SELECT {ATTEMPT_COLUMNS} FROM payment_attempts WHERE id = $1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(conn).await
}

/// A charge attempt as listed: with the card it charged and its invoice's number.
#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct ListedAttempt {
    #[sqlx(flatten)]
    #[serde(flatten)]
    pub attempt: Attempt,
    pub invoice_number: Option<String>,
    pub card_brand: Option<String>,
    pub card_last4: Option<String>,
}

#[derive(Debug, Clone, Default)]
pub struct AttemptFilter {
    pub account_id: Option<String>,
    pub invoice_id: Option<String>,
    pub status: Option<AttemptStatus>,
    pub after: Option<String>,
    pub limit: i64,
}

/// Charge attempts in id order (oldest first), a page at a time.
pub async fn list_attempts(conn: &mut PgConnection, f: &AttemptFilter) -> sqlx::Result<Vec<ListedAttempt>> {
    let cols = ATTEMPT_COLUMNS.split(", ").map(|c| format!("a.{}", c.trim())).collect::<Vec<_>>().join(", ");
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!(
        "SELECT {cols}, i.number AS invoice_number, m.brand AS card_brand, m.last4::TEXT AS card_last4
         FROM payment_attempts a
         LEFT JOIN invoices i ON i.id = a.invoice_id
         LEFT JOIN payment_methods m ON m.account_id = a.account_id AND m.gateway = a.gateway
                                    AND m.gateway_pm_id = a.payment_method_id
         WHERE TRUE"
    ));
    if let Some(a) = &f.account_id {
        q.push(" AND a.account_id = ").push_bind(a.clone());
    }
    if let Some(i) = &f.invoice_id {
        q.push(" AND a.invoice_id = ").push_bind(i.clone());
    }
    if let Some(s) = f.status {
        q.push(" AND a.status = ").push_bind(s.as_str());
    }
    if let Some(a) = &f.after {
        q.push(" AND a.id > ").push_bind(a.clone());
    }
    q.push(" ORDER BY a.id LIMIT ").push_bind(f.limit);
    q.build_query_as().fetch_all(conn).await
}

/// How many charge attempts of an invoice did not succeed.
pub async fn unsuccessful_attempt_count(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM payment_attempts WHERE invoice_id = $1 AND status <> 'succeeded'")
        .bind(invoice_id)
        .fetch_one(conn)
        .await
}

/// Invoices with an attempt whose outcome is not known yet (`started` or `uncertain`).
pub async fn unresolved_invoice_ids(conn: &mut PgConnection, invoice: Option<&str>) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT DISTINCT invoice_id FROM payment_attempts WHERE status IN ('started', 'uncertain')
           AND ($1::TEXT IS NULL OR invoice_id = $1) ORDER BY invoice_id",
    )
    .bind(invoice)
    .fetch_all(conn)
    .await
}

/// Open invoices with something to pay and no attempt yet (the work of `payment collect --all`).
pub async fn collectable_invoice_ids(conn: &mut PgConnection) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT i.id FROM invoices i WHERE i.status = 'open' AND i.amount_due > 0
           AND NOT EXISTS (SELECT 1 FROM payment_attempts a WHERE a.invoice_id = i.id)
         ORDER BY i.id",
    )
    .fetch_all(conn)
    .await
}

/// Open invoices whose latest attempt failed softly and is due for a retry on or before `today`.
pub async fn retry_due_invoice_ids(conn: &mut PgConnection, today: NaiveDate) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar(
        "SELECT a.invoice_id FROM payment_attempts a JOIN invoices i ON i.id = a.invoice_id
         WHERE a.status = 'failed' AND NOT a.hard_decline AND a.next_retry_on <= $1
           AND i.status = 'open' AND i.amount_due > 0
           AND a.attempt_no = (SELECT max(b.attempt_no) FROM payment_attempts b WHERE b.invoice_id = a.invoice_id)
         ORDER BY a.invoice_id",
    )
    .bind(today)
    .fetch_all(conn)
    .await
}

/// Open invoices whose latest attempt was a hard decline (reported by `payment retry`).
pub async fn hard_declined_open_count(conn: &mut PgConnection) -> sqlx::Result<i64> {
    sqlx::query_scalar(
        "SELECT count(*) FROM payment_attempts a JOIN invoices i ON i.id = a.invoice_id
         WHERE a.status = 'failed' AND a.hard_decline AND i.status = 'open'
           AND a.attempt_no = (SELECT max(b.attempt_no) FROM payment_attempts b WHERE b.invoice_id = a.invoice_id)",
    )
    .fetch_one(conn)
    .await
}

/// The day of an invoice's first failed charge, set once (kept in `invoice_dunning`).
pub async fn first_failed_on(
    conn: &mut PgConnection,
    invoice_id: &str,
    account_id: &str,
    today: NaiveDate,
) -> sqlx::Result<NaiveDate> {
    sqlx::query(
        "INSERT INTO invoice_dunning (invoice_id, account_id, first_failed_on) VALUES ($1, $2, $3)
         ON CONFLICT (invoice_id) DO UPDATE SET first_failed_on = COALESCE(invoice_dunning.first_failed_on, EXCLUDED.first_failed_on)",
    )
    .bind(invoice_id)
    .bind(account_id)
    .bind(today)
    .execute(&mut *conn)
    .await?;
    sqlx::query_scalar("SELECT first_failed_on FROM invoice_dunning WHERE invoice_id = $1")
        .bind(invoice_id)
        .fetch_one(conn)
        .await
}

/// Session-level advisory lock on an invoice's charging (one charger per invoice across processes).
pub async fn try_lock_invoice(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT pg_try_advisory_lock(5315, hashtext($1))").bind(invoice_id).fetch_one(conn).await
}

pub async fn unlock_invoice(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<()> {
    sqlx::query_scalar::<_, bool>("SELECT pg_advisory_unlock(5315, hashtext($1))")
        .bind(invoice_id)
        .fetch_one(conn)
        .await?;
    Ok(())
}

/// The same lock for one transaction (external payments wait for no charger; they refuse).
pub async fn try_lock_invoice_xact(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar("SELECT pg_try_advisory_xact_lock(5315, hashtext($1))").bind(invoice_id).fetch_one(conn).await
}

// ---------------------------------------------------------------------------------------------
// Payments

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Payment {
    pub id: String,
    pub account_id: String,
    pub invoice_id: Option<String>,
    pub method: String,
    /// `stripe`, `sandbox`, or none for a payment recorded by hand.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    pub status: PaymentStatus,
    pub amount: i64,
    pub amount_refunded: i64,
    pub currency: String,
    pub reference: Option<String>,
    pub gateway_payment_id: Option<String>,
    pub attempt_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

const PAYMENT_COLUMNS: &str = "id, account_id, invoice_id, method, gateway, status, amount, amount_refunded, \
    currency::TEXT AS currency, reference, gateway_payment_id, attempt_id, created_at";

/// Inserts a payment; false when this gateway charge is already recorded.
pub async fn insert_payment(conn: &mut PgConnection, p: &Payment) -> sqlx::Result<bool> {
    let r = sqlx::query(
        "INSERT INTO payments (id, account_id, invoice_id, method, gateway, status, amount, amount_refunded, currency,
            reference, gateway_payment_id, attempt_id, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
         ON CONFLICT (gateway, gateway_payment_id) WHERE gateway_payment_id IS NOT NULL DO NOTHING",
    )
    .bind(&p.id)
    .bind(&p.account_id)
    .bind(&p.invoice_id)
    .bind(&p.method)
    .bind(&p.gateway)
    .bind(p.status.as_str())
    .bind(p.amount)
    .bind(p.amount_refunded)
    .bind(&p.currency)
    .bind(&p.reference)
    .bind(&p.gateway_payment_id)
    .bind(&p.attempt_id)
    .bind(p.created_at)
    .execute(conn)
    .await?;
    Ok(r.rows_affected() == 1)
}

/// A payment by our id or the gateway's payment id.
pub async fn find_payment(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Payment>> {
    let sql = format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE id = $1 OR gateway_payment_id = $1 LIMIT 1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(key).fetch_optional(conn).await
}

pub async fn find_payment_for_update(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<Payment>> {
    let sql = format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE id = $1 FOR UPDATE");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(conn).await
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub account_id: Option<String>,
    pub invoice_id: Option<String>,
    pub status: Option<String>,
    pub after: Option<String>,
    pub limit: i64,
}

pub async fn list_payments(conn: &mut PgConnection, f: &Filter) -> sqlx::Result<Vec<Payment>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!("SELECT {PAYMENT_COLUMNS} FROM payments WHERE TRUE"));
    if let Some(a) = &f.account_id {
        q.push(" AND account_id = ").push_bind(a.clone());
    }
    if let Some(i) = &f.invoice_id {
        q.push(" AND invoice_id = ").push_bind(i.clone());
    }
    if let Some(s) = &f.status {
        q.push(" AND status = ").push_bind(s.clone());
    }
    if let Some(a) = &f.after {
        q.push(" AND id > ").push_bind(a.clone());
    }
    q.push(" ORDER BY id LIMIT ").push_bind(f.limit);
    q.build_query_as().fetch_all(conn).await
}

pub async fn update_refunded(
    conn: &mut PgConnection,
    id: &str,
    amount_refunded: i64,
    status: PaymentStatus,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE payments SET amount_refunded = $2, status = $3 WHERE id = $1")
        .bind(id)
        .bind(amount_refunded)
        .bind(status.as_str())
        .execute(conn)
        .await?;
    Ok(())
}

/// Every succeeded card payment of a gateway with its customer (to restore the sandbox for refunds).
pub async fn charges_of_gateway(
    conn: &mut PgConnection,
    gateway: &str,
) -> sqlx::Result<Vec<(String, String, i64, i64)>> {
    sqlx::query_as(
        "SELECT p.gateway_payment_id, a.stripe_customer_id, p.amount, p.amount_refunded FROM payments p
         JOIN accounts a ON a.id = p.account_id
         WHERE p.gateway = $1 AND p.gateway_payment_id IS NOT NULL AND a.stripe_customer_id IS NOT NULL",
    )
    .bind(gateway)
    .fetch_all(conn)
    .await
}

// ---------------------------------------------------------------------------------------------
// Refunds

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Refund {
    pub id: String,
    pub account_id: String,
    pub payment_id: String,
    pub amount: i64,
    pub currency: String,
    pub reason: Option<String>,
    pub gateway_refund_id: Option<String>,
    pub idempotency_key: String,
    pub created_at: DateTime<Utc>,
}

/// Inserts a refund; false when one with this idempotency key is already recorded.
pub async fn insert_refund(conn: &mut PgConnection, r: &Refund) -> sqlx::Result<bool> {
    let res = sqlx::query(
        "INSERT INTO refunds (id, account_id, payment_id, amount, currency, reason, gateway_refund_id, idempotency_key,
            created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9) ON CONFLICT (idempotency_key) DO NOTHING",
    )
    .bind(&r.id)
    .bind(&r.account_id)
    .bind(&r.payment_id)
    .bind(r.amount)
    .bind(&r.currency)
    .bind(&r.reason)
    .bind(&r.gateway_refund_id)
    .bind(&r.idempotency_key)
    .bind(r.created_at)
    .execute(conn)
    .await?;
    Ok(res.rows_affected() == 1)
}

pub async fn refunds_of_payment(conn: &mut PgConnection, payment_id: &str) -> sqlx::Result<Vec<Refund>> {
    sqlx::query_as(
        "SELECT id, account_id, payment_id, amount, currency::TEXT AS currency, reason, gateway_refund_id,
            idempotency_key, created_at FROM refunds WHERE payment_id = $1 ORDER BY created_at, id",
    )
    .bind(payment_id)
    .fetch_all(conn)
    .await
}

// ---------------------------------------------------------------------------------------------
// Gateway event cursors

pub async fn cursor(conn: &mut PgConnection, gateway: &str) -> sqlx::Result<Option<String>> {
    Ok(sqlx::query_scalar::<_, Option<String>>("SELECT cursor FROM gateway_cursors WHERE gateway = $1")
        .bind(gateway)
        .fetch_optional(conn)
        .await?
        .flatten())
}

pub async fn set_cursor(
    conn: &mut PgConnection,
    gateway: &str,
    cursor: Option<&str>,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO gateway_cursors (gateway, cursor, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (gateway) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = EXCLUDED.updated_at",
    )
    .bind(gateway)
    .bind(cursor)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}
