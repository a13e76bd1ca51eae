//! Accounts table.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::{PgConnection, Postgres, QueryBuilder};

use super::types::TzName;
use crate::domain::Currency;
use crate::domain::account::AccountStatus;

#[derive(Debug, Clone, PartialEq, Serialize, sqlx::FromRow)]
pub struct Account {
    pub id: String,
    pub external_id: Option<String>,
    pub name: String,
    pub email: String,
    pub currency: Currency,
    /// Billing periods are computed in it; an unknown stored name fails the read (exit 1).
    #[sqlx(try_from = "TzName")]
    #[serde(serialize_with = "crate::domain::validate::serialize_tz")]
    pub timezone: Tz,
    pub country: Option<String>,
    pub tax_id: Option<String>,
    pub tax_exempt: bool,
    /// Named `business` in every output and in `account import`, as the flag is.
    #[serde(rename = "business")]
    pub is_business: bool,
    pub status: AccountStatus,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postal_code: Option<String>,
    /// A second address that gets the account's e-mails (Cc), e.g. the customer's accounts team.
    pub billing_email: Option<String>,
    /// The language of its e-mails (`en`, `de`, `pt-BR`); templates fall back to `en`.
    pub locale: String,
    /// Whether payment reminders are sent (notices about contract and money always are).
    pub email_reminders: bool,
    pub metadata: serde_json::Value,
    pub stripe_customer_id: Option<String>,
    pub archived_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

pub async fn insert(conn: &mut PgConnection, a: &Account) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO accounts (id, external_id, name, email, currency, timezone, country, tax_id, tax_exempt,
            is_business, status, address_line1, address_line2, city, region, postal_code, metadata,
            stripe_customer_id, archived_at, created_at, updated_at, billing_email, locale, email_reminders)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24)",
    )
    .bind(&a.id)
    .bind(&a.external_id)
    .bind(&a.name)
    .bind(&a.email)
    .bind(a.currency)
    .bind(a.timezone.name())
    .bind(&a.country)
    .bind(&a.tax_id)
    .bind(a.tax_exempt)
    .bind(a.is_business)
    .bind(a.status)
    .bind(&a.address_line1)
    .bind(&a.address_line2)
    .bind(&a.city)
    .bind(&a.region)
    .bind(&a.postal_code)
    .bind(&a.metadata)
    .bind(&a.stripe_customer_id)
    .bind(a.archived_at)
    .bind(a.created_at)
    .bind(a.updated_at)
    .bind(&a.billing_email)
    .bind(&a.locale)
    .bind(a.email_reminders)
    .execute(conn)
    .await?;
    Ok(())
}

/// Writes every mutable column of `a` (by id).
pub async fn update(conn: &mut PgConnection, a: &Account) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE accounts SET external_id=$2, name=$3, email=$4, currency=$5, timezone=$6, country=$7, tax_id=$8,
            tax_exempt=$9, is_business=$10, status=$11, address_line1=$12, address_line2=$13, city=$14,
            region=$15, postal_code=$16, metadata=$17, stripe_customer_id=$18, archived_at=$19, updated_at=$20,
            billing_email=$21, locale=$22, email_reminders=$23
         WHERE id=$1",
    )
    .bind(&a.id)
    .bind(&a.external_id)
    .bind(&a.name)
    .bind(&a.email)
    .bind(a.currency)
    .bind(a.timezone.name())
    .bind(&a.country)
    .bind(&a.tax_id)
    .bind(a.tax_exempt)
    .bind(a.is_business)
    .bind(a.status)
    .bind(&a.address_line1)
    .bind(&a.address_line2)
    .bind(&a.city)
    .bind(&a.region)
    .bind(&a.postal_code)
    .bind(&a.metadata)
    .bind(&a.stripe_customer_id)
    .bind(a.archived_at)
    .bind(a.updated_at)
    .bind(&a.billing_email)
    .bind(&a.locale)
    .bind(a.email_reminders)
    .execute(conn)
    .await?;
    Ok(())
}

/// Finds an account by id (`acct_…`) or external id.
pub async fn find(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Account>> {
    sqlx::query_as("SELECT * FROM accounts WHERE id = $1 OR external_id = $1 ORDER BY (id = $1) DESC LIMIT 1")
        .bind(key)
        .fetch_optional(conn)
        .await
}

/// Same as [`find`], locking the row for update.
pub async fn find_for_update(conn: &mut PgConnection, key: &str) -> sqlx::Result<Option<Account>> {
    sqlx::query_as(
        "SELECT * FROM accounts WHERE id = $1 OR external_id = $1 ORDER BY (id = $1) DESC LIMIT 1 FOR UPDATE",
    )
    .bind(key)
    .fetch_optional(conn)
    .await
}

/// The accounts (archived or not) whose e-mail is one of `emails`, ignoring case:
/// `(lower-case e-mail, account id)`, by id.
pub async fn with_emails(conn: &mut PgConnection, emails: &[String]) -> sqlx::Result<Vec<(String, String)>> {
    let lower: Vec<String> = emails.iter().map(|e| e.to_lowercase()).collect();
    sqlx::query_as("SELECT lower(email), id FROM accounts WHERE lower(email) = ANY($1) ORDER BY id")
        .bind(lower)
        .fetch_all(conn)
        .await
}

/// Which of `ids` already exist as external ids.
pub async fn existing_external_ids(conn: &mut PgConnection, ids: &[String]) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT external_id FROM accounts WHERE external_id = ANY($1)").bind(ids).fetch_all(conn).await
}

/// Which of `emails` (lower case) already belong to an account, archived or not, in lower case.
pub async fn existing_emails(conn: &mut PgConnection, emails: &[String]) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT DISTINCT lower(email) FROM accounts WHERE lower(email) = ANY($1)")
        .bind(emails)
        .fetch_all(conn)
        .await
}

#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub status: Option<AccountStatus>,
    pub email_contains: Option<String>,
    pub created_from: Option<DateTime<Utc>>,
    pub created_to: Option<DateTime<Utc>>,
    pub include_archived: bool,
    /// Keyset pagination: only ids greater than this.
    pub after: Option<String>,
    pub limit: i64,
}

pub async fn list(conn: &mut PgConnection, f: &Filter) -> sqlx::Result<Vec<Account>> {
    let mut q: QueryBuilder<Postgres> = QueryBuilder::new("SELECT * FROM accounts WHERE TRUE");
    if let Some(s) = f.status {
        q.push(" AND status = ").push_bind(s);
    }
    if let Some(e) = &f.email_contains {
        let pattern = format!("%{}%", e.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        q.push(" AND email ILIKE ").push_bind(pattern);
    }
    if let Some(t) = f.created_from {
        q.push(" AND created_at >= ").push_bind(t);
    }
    if let Some(t) = f.created_to {
        q.push(" AND created_at < ").push_bind(t);
    }
    if !f.include_archived {
        q.push(" AND archived_at IS NULL");
    }
    if let Some(a) = &f.after {
        q.push(" AND id > ").push_bind(a.clone());
    }
    q.push(" ORDER BY id LIMIT ").push_bind(f.limit);
    q.build_query_as().fetch_all(conn).await
}

/// Whether the account has subscriptions or invoices (its currency is then fixed).
pub async fn has_billing_history(conn: &mut PgConnection, id: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM subscriptions WHERE account_id = $1)
             OR EXISTS (SELECT 1 FROM invoices WHERE account_id = $1)",
    )
    .bind(id)
    .fetch_one(conn)
    .await
}

/// Locks an account row: credit, invoice and billing changes of one account serialize on it
/// (the invoice run holds the same lock while it bills the account).
pub async fn lock(conn: &mut PgConnection, id: &str) -> sqlx::Result<()> {
    sqlx::query("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE").bind(id).execute(conn).await?;
    Ok(())
}

/// The Stripe customer ids the sandbox gateway made (`cus_sbx_…`), to restore its state.
pub async fn sandbox_customer_ids(conn: &mut PgConnection) -> sqlx::Result<Vec<String>> {
    sqlx::query_scalar("SELECT stripe_customer_id FROM accounts WHERE stripe_customer_id LIKE 'cus_sbx_%'")
        .fetch_all(&mut *conn)
        .await
}

/// Sets an account's status (a payment unblocking it).
pub async fn set_status(conn: &mut PgConnection, account_id: &str, status: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE accounts SET status = $2, updated_at = now() WHERE id = $1")
        .bind(account_id)
        .bind(status)
        .execute(conn)
        .await?;
    Ok(())
}

/// Records the gateway customer of an account.
pub async fn set_customer_id(conn: &mut PgConnection, account_id: &str, customer_id: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE accounts SET stripe_customer_id = $2, updated_at = now() WHERE id = $1")
        .bind(account_id)
        .bind(customer_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The account with this gateway customer id, if any.
pub async fn account_of_customer(conn: &mut PgConnection, customer_id: &str) -> sqlx::Result<Option<String>> {
    sqlx::query_scalar("SELECT id FROM accounts WHERE stripe_customer_id = $1")
        .bind(customer_id)
        .fetch_optional(conn)
        .await
}
