//! Credit notes and their lines (see `app::credit_notes`).

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::PgConnection;

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct CreditNote {
    pub id: String,
    pub account_id: String,
    /// The invoice it corrects.
    pub invoice_id: String,
    pub number: String,
    /// `void` or `unused_time`.
    pub reason: String,
    pub description: String,
    pub currency: crate::domain::Currency,
    pub subtotal: i64,
    pub tax: i64,
    /// What is credited (positive): `reduces_due + to_credit`, the sum of the lines.
    pub total: i64,
    pub reduces_due: i64,
    pub to_credit: i64,
    /// The grant made for `to_credit` (none for a void: credit goes back to its grants).
    pub credit_grant_id: Option<String>,
    pub issued_on: NaiveDate,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct CreditNoteLine {
    pub position: i32,
    pub kind: String,
    pub description: String,
    pub quantity: Decimal,
    pub unit_amount: Option<Decimal>,
    pub amount: i64,
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
    pub tax_rate_id: Option<String>,
}

const COLUMNS: &str = "id, account_id, invoice_id, number, reason, description, currency::TEXT AS currency, subtotal,
    tax, total, reduces_due, to_credit, credit_grant_id, issued_on, created_at";

pub async fn insert(conn: &mut PgConnection, n: &CreditNote, lines: &[CreditNoteLine]) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO credit_notes (id, account_id, invoice_id, number, reason, description, currency, subtotal, tax,
            total, reduces_due, to_credit, credit_grant_id, issued_on, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)",
    )
    .bind(&n.id)
    .bind(&n.account_id)
    .bind(&n.invoice_id)
    .bind(&n.number)
    .bind(&n.reason)
    .bind(&n.description)
    .bind(n.currency)
    .bind(n.subtotal)
    .bind(n.tax)
    .bind(n.total)
    .bind(n.reduces_due)
    .bind(n.to_credit)
    .bind(&n.credit_grant_id)
    .bind(n.issued_on)
    .bind(n.created_at)
    .execute(&mut *conn)
    .await?;
    for l in lines {
        sqlx::query(
            "INSERT INTO credit_note_lines (credit_note_id, account_id, position, kind, description, quantity,
                unit_amount, amount, currency, service_start, service_end, tax_rate_id)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)",
        )
        .bind(&n.id)
        .bind(&n.account_id)
        .bind(l.position)
        .bind(&l.kind)
        .bind(&l.description)
        .bind(l.quantity)
        .bind(l.unit_amount)
        .bind(l.amount)
        .bind(n.currency)
        .bind(l.service_start)
        .bind(l.service_end)
        .bind(&l.tax_rate_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// A credit note by id (`cn_…`) or number.
pub async fn find(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<CreditNote>> {
    let sql = format!("SELECT {COLUMNS} FROM credit_notes WHERE id = $1 OR number = $1 LIMIT 1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(key).fetch_optional(conn).await
}

pub async fn lines(conn: &mut PgConnection, credit_note_id: &str) -> sqlx::Result<Vec<CreditNoteLine>> {
    let mut rows: Vec<CreditNoteLine> = sqlx::query_as(
        "SELECT position, kind, description, quantity, unit_amount, amount, service_start, service_end, tax_rate_id
         FROM credit_note_lines WHERE credit_note_id = $1 ORDER BY position",
    )
    .bind(credit_note_id)
    .fetch_all(conn)
    .await?;
    for l in &mut rows {
        l.quantity = l.quantity.normalize();
        l.unit_amount = l.unit_amount.map(|d| d.normalize());
    }
    Ok(rows)
}

/// The credit notes of one invoice, oldest first.
pub async fn of_invoice(conn: &mut PgConnection, invoice_id: &str) -> sqlx::Result<Vec<CreditNote>> {
    let sql = format!("SELECT {COLUMNS} FROM credit_notes WHERE invoice_id = $1 ORDER BY created_at, id");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(invoice_id).fetch_all(conn).await
}

/// Credit notes, oldest first (keyset by id), optionally of one account.
pub async fn list(
    conn: &mut PgConnection,
    account_id: Option<&str>,
    after: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<CreditNote>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM credit_notes WHERE ($1::TEXT IS NULL OR account_id = $1)
           AND ($2::TEXT IS NULL OR id > $2) ORDER BY id LIMIT $3"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).bind(after).bind(limit).fetch_all(conn).await
}
