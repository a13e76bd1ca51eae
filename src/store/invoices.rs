//! Invoices and their lines: bulk writes of the invoice run (COPY), reads, and the status changes
//! of `invoice void|finalize`.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::{PgConnection, Postgres, QueryBuilder};

use super::copy_binary::{BinaryRows, copy_in_binary};
use super::types::TzName;
use crate::domain::Currency;
use crate::domain::invoice::{InvoiceKind, InvoiceStatus, LineKind};

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Invoice {
    pub id: String,
    pub account_id: String,
    pub subscription_id: Option<String>,
    pub number: Option<String>,
    pub status: InvoiceStatus,
    pub kind: InvoiceKind,
    pub currency: Currency,
    pub period_start: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub subtotal: i64,
    pub tax: i64,
    pub credit_applied: i64,
    pub total: i64,
    pub amount_paid: i64,
    /// Account credit applied after issue (see `domain::settlement`).
    pub credit_settled: i64,
    /// What credit notes took off the amount due.
    pub credited: i64,
    /// `total − amount_paid − credit_settled − credited`.
    pub amount_due: i64,
    pub tax_note: Option<String>,
    pub issued_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub paid_at: Option<DateTime<Utc>>,
    pub voided_at: Option<DateTime<Utc>>,
    pub run_id: Option<String>,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct InvoiceLine {
    pub id: String,
    pub invoice_id: String,
    pub account_id: String,
    pub position: i32,
    pub kind: LineKind,
    pub description: String,
    pub quantity: Decimal,
    pub unit_amount: Option<Decimal>,
    pub amount: i64,
    pub currency: Currency,
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
    pub tax_rate_id: Option<String>,
}

const COLUMNS: &str = "id, account_id, subscription_id, number, status, kind, currency::TEXT AS currency, period_start,
    period_end, subtotal, tax, credit_applied, total, amount_paid, credit_settled, credited, amount_due, tax_note, issued_on, due_on, paid_at,
    voided_at, run_id, created_at";

/// An invoice by id (`inv_…`) or number.
pub async fn find(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Invoice>> {
    let sql = format!("SELECT {COLUMNS} FROM invoices WHERE id = $1 OR number = $1 ORDER BY (id = $1) DESC LIMIT 1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(key).fetch_optional(conn).await
}

/// Same as [`find`], locking the row for update.
pub async fn find_for_update(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Invoice>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoices WHERE id = $1 OR number = $1 ORDER BY (id = $1) DESC LIMIT 1 FOR UPDATE"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(key).fetch_optional(conn).await
}

pub async fn lines(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<Vec<InvoiceLine>> {
    let mut rows: Vec<InvoiceLine> = sqlx::query_as(
        "SELECT id, invoice_id, account_id, position, kind, description, quantity, unit_amount, amount,
            currency::TEXT AS currency, service_start, service_end, tax_rate_id
         FROM invoice_lines WHERE invoice_id = $1 ORDER BY position",
    )
    .bind(invoice_id)
    .fetch_all(conn)
    .await?;
    for l in &mut rows {
        l.quantity = l.quantity.normalize();
        l.unit_amount = l.unit_amount.map(|d| d.normalize());
    }
    Ok(rows)
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub account_id: Option<String>,
    pub status: Option<InvoiceStatus>,
    pub kind: Option<InvoiceKind>,
    /// Keyset pagination: only ids greater than this.
    pub after: Option<String>,
    pub limit: i64,
}

pub async fn list(conn: &mut PgConnection, f: &Filter) -> sqlx::Result<Vec<Invoice>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new(format!("SELECT {COLUMNS} FROM invoices WHERE TRUE"));
    if let Some(a) = &f.account_id {
        q.push(" AND account_id = ").push_bind(a.clone());
    }
    if let Some(s) = f.status {
        q.push(" AND status = ").push_bind(s);
    }
    if let Some(k) = f.kind {
        q.push(" AND kind = ").push_bind(k);
    }
    if let Some(a) = &f.after {
        q.push(" AND id > ").push_bind(a.clone());
    }
    q.push(" ORDER BY id LIMIT ").push_bind(f.limit);
    q.build_query_as().fetch_all(conn).await
}

/// Writes the fields a status change touches: number, status, amounts due, dates.
pub async fn update_status(conn: &mut PgConnection, i: &Invoice) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE invoices SET number = $2, status = $3, amount_due = $4, issued_on = $5, due_on = $6, paid_at = $7,
            voided_at = $8
         WHERE id = $1",
    )
    .bind(&i.id)
    .bind(&i.number)
    .bind(i.status)
    .bind(i.amount_due)
    .bind(i.issued_on)
    .bind(i.due_on)
    .bind(i.paid_at)
    .bind(i.voided_at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The regular invoice (open or paid) that billed a subscription's period starting on `start`,
/// locked for update.
pub async fn period_invoice_for_update(
    conn: &mut PgConnection,
    subscription_id: &str,
    start: NaiveDate,
) -> sqlx::Result<Option<Invoice>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoices WHERE subscription_id = $1 AND period_start = $2 AND kind = 'regular'
           AND status IN ('open', 'paid') ORDER BY created_at DESC LIMIT 1 FOR UPDATE"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(subscription_id).bind(start).fetch_optional(conn).await
}

/// The account's open invoices with something due in `currency`, oldest first (issue date,
/// then creation), leaving out those with a charge whose outcome is unknown (`started` or
/// `uncertain` attempt): their amount must not change under a charger.
pub async fn open_for_credit(
    conn: &mut PgConnection,
    account_id: &str,
    currency: Currency,
) -> sqlx::Result<Vec<Invoice>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invoices i WHERE account_id = $1 AND status = 'open' AND amount_due > 0
           AND currency = $2
           AND NOT EXISTS (SELECT 1 FROM payment_attempts a WHERE a.invoice_id = i.id
                             AND a.status IN ('started', 'uncertain'))
         ORDER BY issued_on NULLS LAST, created_at, id"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).bind(currency).fetch_all(conn).await
}

/// The (account, currency) of the given invoices whose account holds credit.
pub async fn accounts_with_credit(
    conn: &mut PgConnection,
    invoice_ids: &[String],
) -> sqlx::Result<Vec<(String, Currency)>> {
    sqlx::query_as(
        "SELECT DISTINCT i.account_id, i.currency::TEXT FROM invoices i WHERE i.id = ANY($1)
           AND (SELECT COALESCE(SUM(e.amount), 0) FROM credit_entries e WHERE e.account_id = i.account_id) > 0
         ORDER BY 1",
    )
    .bind(invoice_ids)
    .fetch_all(conn)
    .await
}

/// Settles `amount` of an open invoice with account credit (`credit_settled`); the invoice is
/// paid when nothing is left due.
pub async fn settle_with_credit(
    conn: &mut PgConnection,
    invoice_id: &str,
    amount: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE invoices SET credit_settled = credit_settled + $2, amount_due = amount_due - $2,
            status = CASE WHEN amount_due - $2 = 0 THEN 'paid' ELSE status END,
            paid_at = CASE WHEN amount_due - $2 = 0 THEN $3 ELSE paid_at END
         WHERE id = $1 AND status = 'open' AND amount_due >= $2",
    )
    .bind(invoice_id)
    .bind(amount)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Takes `amount` off an invoice's amount due for a credit note (`credited`); an open invoice with
/// nothing left due is paid (settled by the credit note).
pub async fn reduce_by_credit_note(
    conn: &mut PgConnection,
    invoice_id: &str,
    amount: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE invoices SET credited = credited + $2, amount_due = amount_due - $2,
            status = CASE WHEN status = 'open' AND amount_due - $2 = 0 THEN 'paid' ELSE status END,
            paid_at = CASE WHEN status = 'open' AND amount_due - $2 = 0 THEN $3 ELSE paid_at END
         WHERE id = $1 AND amount_due >= $2",
    )
    .bind(invoice_id)
    .bind(amount)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

// Bulk writes of the invoice run.

const INVOICE_COLUMNS: [&str; 22] = [
    "id",
    "account_id",
    "subscription_id",
    "number",
    "status",
    "kind",
    "currency",
    "period_start",
    "period_end",
    "subtotal",
    "tax",
    "credit_applied",
    "total",
    "amount_paid",
    "amount_due",
    "tax_note",
    "issued_on",
    "due_on",
    "paid_at",
    "voided_at",
    "run_id",
    "created_at",
];
const LINE_COLUMNS: [&str; 13] = [
    "id",
    "invoice_id",
    "account_id",
    "position",
    "kind",
    "description",
    "quantity",
    "unit_amount",
    "amount",
    "currency",
    "service_start",
    "service_end",
    "tax_rate_id",
];

/// Writes invoices with COPY (binary format).
pub async fn copy_invoices<'a>(
    conn: &mut PgConnection,
    rows: impl ExactSizeIterator<Item = &'a Invoice>,
) -> sqlx::Result<u64> {
    let mut c = BinaryRows::with_capacity(rows.len() * 300);
    for r in rows {
        c.row(INVOICE_COLUMNS.len() as i16)
            .text(&r.id)
            .text(&r.account_id)
            .opt_text(r.subscription_id.as_deref())
            .opt_text(r.number.as_deref())
            .text(r.status.as_str())
            .text(r.kind.as_str())
            .text(r.currency.code())
            .opt_date(r.period_start)
            .opt_date(r.period_end)
            .int8(r.subtotal)
            .int8(r.tax)
            .int8(r.credit_applied)
            .int8(r.total)
            .int8(r.amount_paid)
            .int8(r.amount_due)
            .opt_text(r.tax_note.as_deref())
            .opt_date(r.issued_on)
            .opt_date(r.due_on)
            .opt_timestamptz(r.paid_at)
            .opt_timestamptz(r.voided_at)
            .opt_text(r.run_id.as_deref())
            .timestamptz(r.created_at);
    }
    copy_in_binary(conn, "invoices", &INVOICE_COLUMNS, c).await
}

/// Writes invoice lines with COPY (binary format).
pub async fn copy_lines<'a>(conn: &mut PgConnection, rows: impl Iterator<Item = &'a InvoiceLine>) -> sqlx::Result<u64> {
    let mut c = BinaryRows::with_capacity(256 * 1024);
    for r in rows {
        c.row(LINE_COLUMNS.len() as i16)
            .text(&r.id)
            .text(&r.invoice_id)
            .text(&r.account_id)
            .int4(r.position)
            .text(r.kind.as_str())
            .text(&r.description)
            .numeric(r.quantity)
            .opt_numeric(r.unit_amount)
            .int8(r.amount)
            .text(r.currency.code())
            .opt_date(r.service_start)
            .opt_date(r.service_end)
            .opt_text(r.tax_rate_id.as_deref());
    }
    copy_in_binary(conn, "invoice_lines", &LINE_COLUMNS, c).await
}

/// The tax rate (a fraction) of an invoice's tax line, if it has one.
pub async fn tax_rate_of(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<Option<Decimal>> {
    sqlx::query_scalar(
        "SELECT t.rate FROM invoice_lines l JOIN tax_rates t ON t.id = l.tax_rate_id
         WHERE l.invoice_id = $1 AND l.kind = 'tax' ORDER BY l.position LIMIT 1",
    )
    .bind(invoice_id)
    .fetch_optional(conn)
    .await
}

/// Which drafts `invoice finalize` numbers.
#[derive(Debug, Clone)]
pub enum DraftSelection {
    /// The drafts a (draft) invoice run wrote.
    Run(String),
    /// Every draft.
    All,
    /// These invoices (ids); each must be a draft.
    Ids(Vec<String>),
}

/// The selected drafts with their account's time zone, locked, in the order they get their
/// numbers (oldest first).
pub async fn drafts_for_update(conn: &mut PgConnection, sel: &DraftSelection) -> sqlx::Result<Vec<(Invoice, Tz)>> {
    let cols = COLUMNS.split(',').map(|c| format!("i.{}", c.trim())).collect::<Vec<_>>().join(", ");
    let filter = match sel {
        DraftSelection::Run(_) => "i.run_id = $1",
        DraftSelection::All => "TRUE",
        DraftSelection::Ids(_) => "i.id = ANY($1)",
    };
    let sql = format!(
        "SELECT {cols}, a.timezone FROM invoices i JOIN accounts a ON a.id = i.account_id
         WHERE i.status = 'draft' AND {filter} ORDER BY i.created_at, i.id FOR UPDATE OF i"
    );
    let q = sqlx::query(sqlx::AssertSqlSafe(sql));
    let q = match sel {
        DraftSelection::Run(r) => q.bind(r.clone()),
        DraftSelection::All => q,
        DraftSelection::Ids(ids) => q.bind(ids.clone()),
    };
    let rows = q.fetch_all(&mut *conn).await?;
    use sqlx::{FromRow, Row};
    rows.iter()
        .map(|r| {
            let tz: Tz = r.try_get::<TzName, _>("timezone")?.into();
            Ok((Invoice::from_row(r)?, tz))
        })
        .collect()
}

/// Writes the status fields of many invoices at once (finalize of a draft run), in chunks.
pub async fn update_statuses(conn: &mut PgConnection, rows: &[Invoice]) -> sqlx::Result<()> {
    for chunk in rows.chunks(10_000) {
        let col = |f: fn(&Invoice) -> Option<String>| chunk.iter().map(f).collect::<Vec<_>>();
        sqlx::query(
            "UPDATE invoices i SET number = u.number, status = u.status, amount_due = u.amount_due,
                issued_on = u.issued_on, due_on = u.due_on, paid_at = u.paid_at
             FROM UNNEST($1::text[], $2::text[], $3::text[], $4::bigint[], $5::date[], $6::date[], $7::timestamptz[])
                AS u(id, number, status, amount_due, issued_on, due_on, paid_at)
             WHERE i.id = u.id",
        )
        .bind(col(|i| Some(i.id.clone())))
        .bind(col(|i| i.number.clone()))
        .bind(col(|i| Some(i.status.as_str().to_string())))
        .bind(chunk.iter().map(|i| i.amount_due).collect::<Vec<_>>())
        .bind(chunk.iter().map(|i| i.issued_on).collect::<Vec<_>>())
        .bind(chunk.iter().map(|i| i.due_on).collect::<Vec<_>>())
        .bind(chunk.iter().map(|i| i.paid_at).collect::<Vec<_>>())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A draft run's snapshots (see `draft_snapshots`), optionally of one account:
/// (subscription id, account id, row before the run, row after it).
pub async fn draft_snapshots(
    conn: &mut PgConnection,
    run_id: &str,
    account_id: Option<&str>,
) -> sqlx::Result<Vec<(String, String, serde_json::Value, serde_json::Value)>> {
    sqlx::query_as(
        "SELECT subscription_id, account_id, before, after FROM draft_snapshots
         WHERE run_id = $1 AND ($2::text IS NULL OR account_id = $2) ORDER BY account_id, subscription_id",
    )
    .bind(run_id)
    .bind(account_id)
    .fetch_all(conn)
    .await
}

/// The snapshots of drafts that are no longer drafts (finalized or regenerated) go.
pub async fn forget_draft_snapshots(
    conn: &mut PgConnection,
    run_id: Option<&str>,
    subscription_ids: &[String],
) -> sqlx::Result<()> {
    match run_id {
        Some(r) => {
            sqlx::query("DELETE FROM draft_snapshots WHERE run_id = $1 AND subscription_id = ANY($2)")
                .bind(r)
                .bind(subscription_ids)
                .execute(conn)
                .await?
        }
        None => {
            sqlx::query(
                "DELETE FROM draft_snapshots d WHERE NOT EXISTS (SELECT 1 FROM invoices i
                    WHERE i.run_id = d.run_id AND i.account_id = d.account_id AND i.status = 'draft')",
            )
            .execute(conn)
            .await?
        }
    };
    Ok(())
}

/// (id, number, status) of a run's invoices of some accounts.
pub async fn run_invoices(
    conn: &mut PgConnection,
    run_id: &str,
    account_ids: &[String],
) -> sqlx::Result<Vec<(String, Option<String>, InvoiceStatus)>> {
    sqlx::query_as(
        "SELECT id, number, status FROM invoices WHERE run_id = $1 AND account_id = ANY($2) ORDER BY created_at, id",
    )
    .bind(run_id)
    .bind(account_ids)
    .fetch_all(conn)
    .await
}

/// Undoes what drafts consumed, and voids them: their pending charges and usage events wait again,
/// their provisional ledger entries (credit applied or returned, excess credit granted) go.
pub async fn release_drafts(conn: &mut PgConnection, ids: &[String], at: DateTime<Utc>) -> sqlx::Result<()> {
    sqlx::query("UPDATE pending_charges SET invoice_id = NULL WHERE invoice_id = ANY($1)")
        .bind(ids)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE usage_events SET invoice_id = NULL WHERE invoice_id = ANY($1)")
        .bind(ids)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM credit_entries WHERE invoice_id = ANY($1) AND kind IN ('applied', 'returned', 'grant')")
        .bind(ids)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE invoices SET status = 'void', voided_at = $2 WHERE id = ANY($1) AND status = 'draft'")
        .bind(ids)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Adds a payment to an open invoice: amount paid up, amount due down, paid when nothing is due.
pub async fn apply_payment(
    conn: &mut PgConnection,
    invoice_id: &str,
    amount: i64,
    now: DateTime<Utc>,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE invoices SET amount_paid = amount_paid + $2, amount_due = GREATEST(amount_due - $2, 0),
            status = CASE WHEN amount_due - $2 <= 0 THEN 'paid' ELSE status END,
            paid_at = CASE WHEN amount_due - $2 <= 0 THEN $3 ELSE paid_at END
         WHERE id = $1 AND status = 'open'",
    )
    .bind(invoice_id)
    .bind(amount)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// Open invoices of an account past their due date.
pub async fn overdue_open_count(conn: &mut PgConnection, account_id: &str, today: NaiveDate) -> sqlx::Result<i64> {
    sqlx::query_scalar("SELECT count(*) FROM invoices WHERE account_id = $1 AND status = 'open' AND due_on < $2")
        .bind(account_id)
        .bind(today)
        .fetch_one(conn)
        .await
}

/// An invoice's number, if it has one.
pub async fn number_of(conn: &mut PgConnection, id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT number FROM invoices WHERE id = $1")
        .bind(id)
        .fetch_optional(conn)
        .await
        .map(Option::flatten)
}
