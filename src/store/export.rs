//! `billctl export`: every entity streamed out of PostgreSQL with `COPY (SELECT …) TO STDOUT`, so
//! memory stays flat whatever the row count and the server does the formatting.
//!
//! # Invariants
//! - Each entity has a fixed, documented list of columns ([`ENTITIES`]; `billctl export --list`
//!   prints it). New columns are added at the end; none is renamed or dropped silently.
//! - CSV: a header row, amounts as plain decimals in the row's currency (`12.50`, JPY `1250`, KWD
//!   `1.250`) beside a `currency` column, dates `YYYY-MM-DD`, times RFC 3339 in UTC
//!   (`2026-01-15T12:00:00Z`), exact quantities without trailing zeros. JSON: integer minor units
//!   plus the currency, the same dates, times and quantities (quantities as strings: exact).
//! - COPY takes no bind parameters: every value put into the statement is a date formatted here, a
//!   status checked against the entity's list, or an id checked to be `prefix_[a-z0-9]+`, and it is
//!   quoted as a literal besides.

use chrono::NaiveDate;
use futures::TryStreamExt;
use sqlx::PgConnection;

/// How a column is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Int,
    Bool,
    Date,
    Time,
    /// Integer minor units of the currency in the entity's `currency` column.
    Amount,
    /// An exact decimal (quantities, unit prices).
    Decimal,
    Json,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Int => "integer",
            Kind::Bool => "boolean",
            Kind::Date => "date",
            Kind::Time => "time (UTC)",
            Kind::Amount => "amount",
            Kind::Decimal => "decimal",
            Kind::Json => "json",
        }
    }
}

/// One exported column: its name, the SQL that computes it (table alias `t`), its kind.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub name: &'static str,
    pub sql: &'static str,
    pub kind: Kind,
}

/// One exportable entity.
#[derive(Debug)]
pub struct Entity {
    pub name: &'static str,
    pub about: &'static str,
    /// `FROM …` with the main table aliased `t` (and `i` for the invoice of a line).
    pub from: &'static str,
    /// The date `--from/--to` filter on, and whether it is a timestamp.
    pub date: (&'static str, bool),
    pub account: &'static str,
    /// The status column and its values, when the entity has one.
    pub status: Option<(&'static str, &'static [&'static str])>,
    pub order: &'static str,
    /// The SQL of the row's currency, for amounts.
    pub currency: Option<&'static str>,
    pub columns: &'static [Column],
}

const fn c(name: &'static str, sql: &'static str, kind: Kind) -> Column {
    Column { name, sql, kind }
}

use Kind::{Amount, Bool, Date, Decimal, Int, Json, Text, Time};

/// Every entity `billctl export` knows, in the order `--list` shows them.
pub static ENTITIES: &[Entity] = &[
    Entity {
        name: "accounts",
        about: "customers",
        from: "accounts t",
        date: ("t.created_at", true),
        account: "t.id",
        status: Some(("t.status", &["active", "warning", "blocked"])),
        order: "t.id",
        currency: None,
        columns: &[
            c("id", "t.id", Text),
            c("external_id", "t.external_id", Text),
            c("name", "t.name", Text),
            c("email", "t.email", Text),
            c("currency", "t.currency", Text),
            c("timezone", "t.timezone", Text),
            c("country", "t.country", Text),
            c("tax_id", "t.tax_id", Text),
            c("tax_exempt", "t.tax_exempt", Bool),
            c("business", "t.is_business", Bool),
            c("status", "t.status", Text),
            c("address_line1", "t.address_line1", Text),
            c("address_line2", "t.address_line2", Text),
            c("city", "t.city", Text),
            c("region", "t.region", Text),
            c("postal_code", "t.postal_code", Text),
            c("metadata", "t.metadata", Json),
            c("archived_at", "t.archived_at", Time),
            c("created_at", "t.created_at", Time),
            c("updated_at", "t.updated_at", Time),
        ],
    },
    Entity {
        name: "subscriptions",
        about: "subscriptions as they are now",
        from: "subscriptions t JOIN plan_versions v ON v.id = t.plan_version_id JOIN plans p ON p.id = v.plan_id",
        date: ("t.created_at", true),
        account: "t.account_id",
        status: Some(("t.status", &["trialing", "active", "paused", "canceled"])),
        order: "t.id",
        currency: None,
        columns: &[
            c("id", "t.id", Text),
            c("external_id", "t.external_id", Text),
            c("account_id", "t.account_id", Text),
            c("plan", "p.code", Text),
            c("plan_version", "v.version", Int),
            c("status", "t.status", Text),
            c("quantity", "t.quantity", Int),
            c("currency", "t.currency", Text),
            c("start_date", "t.start_date", Date),
            c("trial_end", "t.trial_end", Date),
            c("current_period_start", "t.current_period_start", Date),
            c("current_period_end", "t.current_period_end", Date),
            c("next_bill_date", "t.next_bill_date", Date),
            c("cancel_at_period_end", "t.cancel_at_period_end", Bool),
            c("canceled_at", "t.canceled_at", Date),
            c("paused_at", "t.paused_at", Date),
            c("resume_at", "t.resume_at", Date),
            c("created_at", "t.created_at", Time),
            c("updated_at", "t.updated_at", Time),
        ],
    },
    Entity {
        name: "subscription-history",
        about: "every state change of every subscription",
        from: "subscription_history t",
        date: ("t.effective_date", false),
        account: "t.account_id",
        status: None,
        order: "t.id",
        currency: None,
        columns: &[
            c("id", "t.id", Int),
            c("subscription_id", "t.subscription_id", Text),
            c("account_id", "t.account_id", Text),
            c("at", "t.at", Time),
            c("effective_date", "t.effective_date", Date),
            c("event", "t.event", Text),
            c("from_status", "t.from_status", Text),
            c("to_status", "t.to_status", Text),
            c("plan_version_id", "t.plan_version_id", Text),
            c("quantity", "t.quantity", Int),
            c("details", "t.details", Json),
        ],
    },
    Entity {
        name: "invoices",
        about: "invoices (dates filter on the issue date; drafts have none)",
        from: "invoices t",
        date: ("t.issued_on", false),
        account: "t.account_id",
        status: Some(("t.status", &["draft", "open", "paid", "void", "uncollectible"])),
        order: "t.id",
        currency: Some("t.currency"),
        columns: &[
            c("id", "t.id", Text),
            c("number", "t.number", Text),
            c("account_id", "t.account_id", Text),
            c("subscription_id", "t.subscription_id", Text),
            c("status", "t.status", Text),
            c("kind", "t.kind", Text),
            c("currency", "t.currency", Text),
            c("period_start", "t.period_start", Date),
            c("period_end", "t.period_end", Date),
            c("subtotal", "t.subtotal", Amount),
            c("tax", "t.tax", Amount),
            c("credit_applied", "t.credit_applied", Amount),
            c("total", "t.total", Amount),
            c("amount_paid", "t.amount_paid", Amount),
            c("credit_settled", "t.credit_settled", Amount),
            c("credited", "t.credited", Amount),
            c("amount_due", "t.amount_due", Amount),
            c("tax_note", "t.tax_note", Text),
            c("issued_on", "t.issued_on", Date),
            c("due_on", "t.due_on", Date),
            c("paid_at", "t.paid_at", Time),
            c("voided_at", "t.voided_at", Time),
            c("run_id", "t.run_id", Text),
            c("created_at", "t.created_at", Time),
        ],
    },
    Entity {
        name: "invoice-lines",
        about: "every line of every invoice (dates and status filter on the invoice)",
        from: "invoice_lines t JOIN invoices i ON i.id = t.invoice_id",
        date: ("i.issued_on", false),
        account: "t.account_id",
        status: Some(("i.status", &["draft", "open", "paid", "void", "uncollectible"])),
        order: "t.invoice_id, t.position",
        currency: Some("t.currency"),
        columns: &[
            c("invoice_id", "t.invoice_id", Text),
            c("invoice_number", "i.number", Text),
            c("position", "t.position", Int),
            c("id", "t.id", Text),
            c("account_id", "t.account_id", Text),
            c("kind", "t.kind", Text),
            c("description", "t.description", Text),
            c("quantity", "t.quantity", Decimal),
            c("unit_amount", "t.unit_amount", Decimal),
            c("amount", "t.amount", Amount),
            c("currency", "t.currency", Text),
            c("service_start", "t.service_start", Date),
            c("service_end", "t.service_end", Date),
            c("tax_rate_id", "t.tax_rate_id", Text),
        ],
    },
    Entity {
        name: "credit-notes",
        about: "credit notes (dates filter on the issue date)",
        from: "credit_notes t JOIN invoices i ON i.id = t.invoice_id",
        date: ("t.issued_on", false),
        account: "t.account_id",
        status: None,
        order: "t.id",
        currency: Some("t.currency"),
        columns: &[
            c("id", "t.id", Text),
            c("number", "t.number", Text),
            c("account_id", "t.account_id", Text),
            c("invoice_id", "t.invoice_id", Text),
            c("invoice_number", "i.number", Text),
            c("reason", "t.reason", Text),
            c("description", "t.description", Text),
            c("currency", "t.currency", Text),
            c("subtotal", "t.subtotal", Amount),
            c("tax", "t.tax", Amount),
            c("total", "t.total", Amount),
            c("reduces_due", "t.reduces_due", Amount),
            c("to_credit", "t.to_credit", Amount),
            c("issued_on", "t.issued_on", Date),
            c("created_at", "t.created_at", Time),
        ],
    },
    Entity {
        name: "payments",
        about: "payments received (card, wire, …)",
        from: "payments t",
        date: ("t.created_at", true),
        account: "t.account_id",
        status: Some(("t.status", &["pending", "succeeded", "failed", "refunded", "partially_refunded"])),
        order: "t.id",
        currency: Some("t.currency"),
        columns: &[
            c("id", "t.id", Text),
            c("account_id", "t.account_id", Text),
            c("invoice_id", "t.invoice_id", Text),
            c("method", "t.method", Text),
            c("gateway", "t.gateway", Text),
            c("status", "t.status", Text),
            c("amount", "t.amount", Amount),
            c("amount_refunded", "t.amount_refunded", Amount),
            c("currency", "t.currency", Text),
            c("reference", "t.reference", Text),
            c("gateway_payment_id", "t.gateway_payment_id", Text),
            c("attempt_id", "t.attempt_id", Text),
            c("created_at", "t.created_at", Time),
        ],
    },
    Entity {
        name: "payment-attempts",
        about: "every charge attempt, with decline codes",
        from: "payment_attempts t",
        date: ("t.started_at", true),
        account: "t.account_id",
        status: Some(("t.status", &["started", "succeeded", "failed", "uncertain"])),
        order: "t.id",
        currency: Some("t.currency"),
        columns: &[
            c("id", "t.id", Text),
            c("account_id", "t.account_id", Text),
            c("invoice_id", "t.invoice_id", Text),
            c("attempt_no", "t.attempt_no", Int),
            c("status", "t.status", Text),
            c("amount", "t.amount", Amount),
            c("currency", "t.currency", Text),
            c("gateway", "t.gateway", Text),
            c("gateway_payment_id", "t.gateway_payment_id", Text),
            c("decline_code", "t.decline_code", Text),
            c("failure_message", "t.failure_message", Text),
            c("hard_decline", "t.hard_decline", Bool),
            c("started_at", "t.started_at", Time),
            c("finished_at", "t.finished_at", Time),
            c("next_retry_on", "t.next_retry_on", Date),
        ],
    },
    Entity {
        name: "refunds",
        about: "refunds of payments",
        from: "refunds t",
        date: ("t.created_at", true),
        account: "t.account_id",
        status: None,
        order: "t.id",
        currency: Some("t.currency"),
        columns: &[
            c("id", "t.id", Text),
            c("account_id", "t.account_id", Text),
            c("payment_id", "t.payment_id", Text),
            c("amount", "t.amount", Amount),
            c("currency", "t.currency", Text),
            c("reason", "t.reason", Text),
            c("gateway_refund_id", "t.gateway_refund_id", Text),
            c("created_at", "t.created_at", Time),
        ],
    },
    Entity {
        name: "credit-ledger",
        about: "the credit ledger: grants (+), applications and voids (−); a balance is the sum",
        from: "credit_entries t",
        date: ("t.created_at", true),
        account: "t.account_id",
        status: Some(("t.kind", &["grant", "applied", "returned", "void"])),
        order: "t.id",
        currency: Some("t.currency"),
        columns: &[
            c("id", "t.id", Text),
            c("account_id", "t.account_id", Text),
            c("kind", "t.kind", Text),
            c("amount", "t.amount", Amount),
            c("currency", "t.currency", Text),
            c("reason", "t.reason", Text),
            c("grant_id", "t.grant_id", Text),
            c("invoice_id", "t.invoice_id", Text),
            c("created_at", "t.created_at", Time),
        ],
    },
    Entity {
        name: "usage",
        about: "metered usage events (dates filter on when the usage happened)",
        from: "usage_events t",
        date: ("t.occurred_at", true),
        account: "t.account_id",
        status: None,
        order: "t.id",
        currency: None,
        columns: &[
            c("id", "t.id", Text),
            c("account_id", "t.account_id", Text),
            c("subscription_id", "t.subscription_id", Text),
            c("metric", "t.metric", Text),
            c("quantity", "t.quantity", Decimal),
            c("occurred_at", "t.occurred_at", Time),
            c("idempotency_key", "t.idempotency_key", Text),
            c("invoice_id", "t.invoice_id", Text),
            c("created_at", "t.created_at", Time),
        ],
    },
    Entity {
        name: "audit",
        about: "the audit log: who changed what, before and after",
        from: "audit_log t",
        date: ("t.at", true),
        account: "t.account_id",
        status: None,
        order: "t.id",
        currency: None,
        columns: &[
            c("id", "t.id", Int),
            c("at", "t.at", Time),
            c("as_of", "t.as_of", Time),
            c("db_role", "t.db_role", Text),
            c("os_user", "t.os_user", Text),
            c("reason", "t.reason", Text),
            c("action", "t.action", Text),
            c("entity_type", "t.entity_type", Text),
            c("entity_id", "t.entity_id", Text),
            c("account_id", "t.account_id", Text),
            c("before", "t.before", Json),
            c("after", "t.after", Json),
        ],
    },
    Entity {
        name: "events",
        about: "business events told to webhooks and e-mail",
        from: "events t",
        date: ("t.occurred_at", true),
        account: "t.account_id",
        status: None,
        order: "t.id",
        currency: None,
        columns: &[
            c("id", "t.id", Text),
            c("type", "t.type", Text),
            c("account_id", "t.account_id", Text),
            c("occurred_at", "t.occurred_at", Time),
            c("data", "t.data", Json),
        ],
    },
];

/// The entity named `name`.
pub fn entity(name: &str) -> Option<&'static Entity> {
    ENTITIES.iter().find(|e| e.name == name)
}

/// Output encodings of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Csv,
    /// One JSON array.
    Json,
    /// One JSON object per line.
    Ndjson,
}

/// What to export: already checked (see [`check_value`]).
#[derive(Debug, Clone)]
pub struct Query<'a> {
    pub entity: &'static Entity,
    pub columns: Vec<&'static Column>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    pub account: Option<&'a str>,
    pub status: Option<&'a str>,
}

/// A value put into a COPY statement: ids and statuses hold only `[a-z0-9_]` (checked by the
/// caller, and again here), and are quoted.
fn literal(value: &str) -> String {
    debug_assert!(value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'));
    format!("'{}'", value.replace('\'', "''"))
}

/// Whether `value` may go into a COPY statement as a literal.
pub fn check_value(value: &str) -> bool {
    !value.is_empty() && value.len() <= 100 && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The SQL of a currency's minor-unit exponent.
fn exponent_sql(currency: &str) -> String {
    let mut sql = format!("CASE {currency}");
    for (code, e) in crate::domain::currency::exponents_other_than_two() {
        sql.push_str(&format!(" WHEN '{code}' THEN {e}"));
    }
    sql.push_str(" ELSE 2 END");
    sql
}

const TIME_FORMAT: &str = r#"'YYYY-MM-DD"T"HH24:MI:SS"Z"'"#;

fn time_sql(sql: &str) -> String {
    format!("to_char({sql} AT TIME ZONE 'UTC', {TIME_FORMAT})")
}

/// The `SELECT` of an export (also what the benchmark runs through psql to compare).
pub fn select_sql(q: &Query<'_>, encoding: Encoding) -> String {
    let e = q.entity;
    let exponent = e.currency.map(exponent_sql);
    let expr = |c: &Column| -> String {
        match (c.kind, encoding) {
            (Kind::Time, _) => time_sql(c.sql),
            (Kind::Decimal, Encoding::Csv) => format!("trim_scale({})", c.sql),
            (Kind::Decimal, _) => format!("trim_scale({})::text", c.sql),
            (Kind::Amount, Encoding::Csv) => {
                let ex = exponent.as_deref().unwrap_or("2");
                format!("round({}::numeric / power(10::numeric, {ex}), {ex})", c.sql)
            }
            (Kind::Json, Encoding::Csv) => format!("{}::text", c.sql),
            _ => c.sql.to_string(),
        }
    };
    let select = match encoding {
        Encoding::Csv => {
            q.columns.iter().map(|c| format!("{} AS \"{}\"", expr(c), c.name)).collect::<Vec<_>>().join(", ")
        }
        Encoding::Json | Encoding::Ndjson => {
            // json_build_object takes at most 100 arguments: 50 columns per object, merged.
            let parts: Vec<String> = q
                .columns
                .chunks(50)
                .map(|chunk| {
                    let pairs: Vec<String> = chunk.iter().map(|c| format!("'{}', {}", c.name, expr(c))).collect();
                    format!("jsonb_build_object({})", pairs.join(", "))
                })
                .collect();
            // jsonb reorders keys; json keeps them in the documented order.
            if parts.len() == 1 {
                parts[0].replacen("jsonb_build_object", "json_build_object", 1) + "::text"
            } else {
                format!("({})::text", parts.join(" || "))
            }
        }
    };
    let mut filters: Vec<String> = Vec::new();
    let (date, is_time) = e.date;
    if let Some(d) = q.from {
        filters.push(if is_time {
            format!("{date} >= '{d}'::date AT TIME ZONE 'UTC'")
        } else {
            format!("{date} >= '{d}'::date")
        });
    }
    if let Some(d) = q.to {
        filters.push(if is_time {
            format!("{date} < ('{d}'::date + 1) AT TIME ZONE 'UTC'")
        } else {
            format!("{date} <= '{d}'::date")
        });
    }
    if let Some(a) = q.account {
        filters.push(format!("{} = {}", e.account, literal(a)));
    }
    if let (Some(s), Some((col, _))) = (q.status, e.status) {
        filters.push(format!("{col} = {}", literal(s)));
    }
    let filter = if filters.is_empty() { String::new() } else { format!(" WHERE {}", filters.join(" AND ")) };
    format!("SELECT {select} FROM {}{filter} ORDER BY {}", e.from, e.order)
}

/// The `COPY … TO STDOUT` of an export.
pub fn copy_sql(q: &Query<'_>, encoding: Encoding) -> String {
    let select = select_sql(q, encoding);
    match encoding {
        Encoding::Csv => format!("COPY ({select}) TO STDOUT WITH (FORMAT csv, HEADER true)"),
        // One JSON document per line, as it is: CSV with a quote and a delimiter that JSON text
        // never holds raw (it escapes every control character), so nothing is quoted or escaped.
        Encoding::Json | Encoding::Ndjson => {
            format!("COPY ({select}) TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')")
        }
    }
}

/// Streams an export: each chunk the server sends goes to `sink` as it comes (for CSV and NDJSON,
/// the bytes to write; for JSON, rows to join).
pub async fn copy_out(
    conn: &mut PgConnection,
    q: &Query<'_>,
    encoding: Encoding,
    sink: &mut (dyn FnMut(&[u8]) -> anyhow::Result<()> + Send),
) -> anyhow::Result<()> {
    sqlx::query("SET TIME ZONE 'UTC'").execute(&mut *conn).await?;
    sqlx::query("SET DateStyle = 'ISO, YMD'").execute(&mut *conn).await?;
    let sql = copy_sql(q, encoding);
    let mut stream = conn.copy_out_raw(&sql).await?;
    while let Some(chunk) = stream.try_next().await? {
        sink(&chunk)?;
    }
    Ok(())
}
