//! One e-mail delivery attempt, and `notify preview`: loads the account (address, billing contact,
//! locale, reminder opt-out), builds the template context from the event and the invoice it is
//! about, renders text and HTML and sends them (notify::email).
//!
//! # Invariants
//! - A reminder to an account that turned reminders off after the event was queued is not sent:
//!   the delivery fails with "reminders turned off". Other notices always go.
//! - The e-mail goes to the account's address, with the billing contact (if set and different) in
//!   Cc. Its Message-ID is `<event id.template@sender domain>`: a re-send after a crash has the same.
//! - A template that does not render is a permanent failure naming the file and line; the relay is
//!   not contacted.
//! - Amounts are shown with `render::money` (minor units per the currency's exponent: JPY none,
//!   KWD three decimals), dates as YYYY-MM-DD.

use anyhow::Result;
use serde::Serialize;
use serde_json::{Value, json};
use sqlx::PgConnection;

use super::Context;
use crate::domain::event::{EmailTemplate, EventType};
use crate::error;
use crate::notify::Outcome;
use crate::notify::email::{Email, Mailer, message_id};
use crate::notify::templates::{Rendered, Templates};
use crate::render::money;
use crate::store::accounts::Account;
use crate::store::events::{Claimed, EventRow};
use crate::store::{self, invoices::Invoice};

pub async fn attempt(conn: &mut PgConnection, cx: &Context, mailer: &Mailer, claimed: &Claimed) -> Result<Outcome> {
    let permanent = |error: String| Ok(Outcome::Permanent { error, http_status: None });
    let Ok(template) = claimed.target.parse::<EmailTemplate>() else {
        return permanent(format!("'{}' is not an e-mail template", claimed.target));
    };
    let Some(account_id) = claimed.event.account_id.as_deref() else {
        return permanent("the event has no account to write to".into());
    };
    let Some(account) = store::accounts::find(conn, account_id).await? else {
        return permanent(format!("account {account_id} no longer exists"));
    };
    if template.is_optional() && !account.email_reminders {
        return permanent("reminders turned off".into());
    }
    let context = context(conn, cx, &account, Some(&claimed.event), template).await?;
    let rendered = match mailer.templates.render(template, &account.locale, &context) {
        Ok(r) => r,
        Err(e) => return permanent(e.to_string()),
    };
    let email = compose(&account, &claimed.event.id, template, mailer.domain(), rendered, cx);
    Ok(mailer.send(&email).await)
}

/// The e-mail for a rendered template: To the account, Cc the billing contact.
fn compose(
    account: &Account,
    event_id: &str,
    template: EmailTemplate,
    domain: &str,
    r: Rendered,
    cx: &Context,
) -> Email {
    let cc: Vec<String> =
        account.billing_email.iter().filter(|b| !b.eq_ignore_ascii_case(&account.email)).cloned().collect();
    Email {
        message_id: message_id(event_id, template.as_str(), domain),
        to: std::iter::once(account.email.clone()).filter(|e| !e.is_empty()).collect(),
        cc,
        subject: r.subject,
        text: r.text,
        html: r.html,
        date: cx.clock.now(),
    }
}

/// The name e-mails sign with: `company_name`, else the display name of `email_from`, else its
/// domain.
pub fn company_name(cx: &Context) -> String {
    if let Some((name, _)) = &cx.config.company_name {
        return name.clone();
    }
    let from = cx.config.email_from.as_ref().map(|(f, _)| f.trim()).unwrap_or("");
    match from.split_once('<') {
        Some((name, _)) if !name.trim().is_empty() => name.trim().trim_matches('"').to_string(),
        _ => from.trim_matches(['<', '>']).rsplit('@').next().unwrap_or("").to_string(),
    }
}

/// Where an event says which invoice it is about.
fn invoice_id_of(event: &EventRow) -> Option<String> {
    let d = &event.data;
    if d.get("object").and_then(Value::as_str) == Some("invoice") {
        return d.get("id").and_then(Value::as_str).map(str::to_string);
    }
    d.get("invoice_id").and_then(Value::as_str).map(str::to_string)
}

/// What a template can use (see README "E-mail"): `company_name`, `account`, `event`, `data` (the
/// event's data), `invoice`, and the ready-formatted `invoice_number`, `total`, `amount_due`,
/// `due_date`, `amount`, `balance_due`, `trial_end`, `failure_message`, `next_retry_on`.
pub async fn context(
    conn: &mut PgConnection,
    cx: &Context,
    account: &Account,
    event: Option<&EventRow>,
    template: EmailTemplate,
) -> Result<Value> {
    let today = cx.clock.today_in(account.timezone);
    let dunning = matches!(
        template,
        EmailTemplate::Reminder | EmailTemplate::Warning | EmailTemplate::Blocked | EmailTemplate::Canceled
    );
    let mut invoice_id = event.and_then(invoice_id_of);
    if invoice_id.is_none() && (dunning || event.is_none()) {
        invoice_id = store::email::oldest_unpaid_invoice(conn, &account.id, today).await?;
    }
    let invoice = match &invoice_id {
        Some(id) => store::invoices::find(conn, id).await?,
        None => None,
    };
    let balance = store::email::overdue_balance(conn, &account.id, today).await?;
    let data = event.map(|e| e.data.clone()).unwrap_or_else(|| json!({}));
    Ok(build_context(cx, account, event, &data, invoice.as_ref(), &balance))
}

fn build_context(
    cx: &Context,
    account: &Account,
    event: Option<&EventRow>,
    data: &Value,
    invoice: Option<&Invoice>,
    balance: &[(String, i64)],
) -> Value {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string());
    let inv = invoice.map(|i| {
        json!({
            "id": i.id,
            "number": i.number,
            "currency": i.currency.to_string(),
            "total": money(i.total, &i.currency.to_string()),
            "amount_due": money(i.amount_due, &i.currency.to_string()),
            "total_minor": i.total,
            "amount_due_minor": i.amount_due,
            "due_date": date(i.due_on),
            "issued_on": date(i.issued_on),
            "period_start": date(i.period_start),
            "period_end": date(i.period_end),
            "status": i.status.to_string(),
        })
    });
    let currency = data
        .get("currency")
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| invoice.map(|i| i.currency.to_string()))
        .unwrap_or_else(|| account.currency.to_string());
    // A payment's or attempt's own amount; for an invoice event, its total.
    let amount = data.get("amount").and_then(Value::as_i64).map(|a| money(a, &currency));
    let balance_due =
        (!balance.is_empty()).then(|| balance.iter().map(|(c, a)| money(*a, c)).collect::<Vec<_>>().join(", "));
    let s = |k: &str| data.get(k).and_then(Value::as_str).map(str::to_string);
    json!({
        "company_name": company_name(cx),
        "account": {
            "id": account.id,
            "name": account.name,
            "email": account.email,
            "billing_email": account.billing_email,
            "locale": account.locale,
            "currency": account.currency.to_string(),
        },
        "event": event.map(|e| json!({
            "id": e.id,
            "type": e.kind,
            "occurred_at": e.occurred_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        })),
        "data": data,
        "invoice": inv,
        "invoice_number": invoice.and_then(|i| i.number.clone()),
        "total": invoice.map(|i| money(i.total, &i.currency.to_string())),
        "amount_due": invoice.map(|i| money(i.amount_due, &i.currency.to_string())),
        "due_date": invoice.and_then(|i| date(i.due_on)),
        "currency": currency,
        "amount": amount.or_else(|| invoice.map(|i| money(i.total, &i.currency.to_string()))),
        "balance_due": balance_due,
        "trial_end": s("trial_end"),
        "failure_message": s("failure_message"),
        "next_retry_on": s("next_retry_on"),
    })
}

/// The events whose e-mail is `template`.
fn event_types_of(template: EmailTemplate) -> Vec<&'static str> {
    EventType::ALL.iter().filter(|t| t.email_template() == Some(template)).map(|t| t.as_str()).collect()
}

/// What `notify preview` shows.
#[derive(Debug, Clone, Serialize)]
pub struct Preview {
    pub template: String,
    pub account_id: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    /// The event whose data filled it; `None`: sample data.
    pub event_id: Option<String>,
    pub locale: String,
    pub source: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// Renders `template` for an account with its latest matching event (or `event_id`), or sample
/// data when it has none. Sends nothing. A template error is exit 2 naming the file and line.
pub async fn preview(cx: &Context, template: EmailTemplate, account: &str, event_id: Option<&str>) -> Result<Preview> {
    let mut conn = cx.pool.acquire().await?;
    let acct = store::accounts::find(&mut conn, account).await?.ok_or_else(|| super::accounts::not_found(account))?;
    let types = event_types_of(template);
    let event = match event_id {
        Some(id) => {
            let e = store::events::get(&mut conn, id).await?.ok_or_else(|| {
                error::not_found(format!("no event '{id}'"))
                    .hint("see the events of deliveries with `billctl notify list`")
            })?;
            if e.account_id.as_deref() != Some(acct.id.as_str()) {
                return Err(error::usage(format!("event {id} is not about account {}", acct.id))
                    .hint("pick an event of that account from `billctl notify list --account …`")
                    .into());
            }
            if !types.contains(&e.kind.as_str()) {
                return Err(error::usage(format!("event {id} is a {} event; it does not send {template}", e.kind))
                    .hint(format!("{template} is sent for: {}", types.join(", ")))
                    .into());
            }
            Some(e)
        }
        None => match store::email::latest_event_of(&mut conn, &acct.id, &types).await? {
            Some(id) => store::events::get(&mut conn, &id).await?,
            None => None,
        },
    };
    let mut context = context(&mut conn, cx, &acct, event.as_ref(), template).await?;
    if event.is_none() && context["invoice"].is_null() {
        fill_sample(&mut context, &acct, cx);
    }
    let templates = Templates::from_config(&cx.config);
    let r = templates.render(template, &acct.locale, &context).map_err(|e| {
        error::usage(e.to_string()).hint("fix the template; `billctl notify preview` shows the result without sending")
    })?;
    let domain = cx.config.email_from.as_ref().and_then(|(f, _)| f.rsplit('@').next()).unwrap_or("localhost");
    let domain = domain.trim_end_matches('>').to_string();
    let event_id = event.as_ref().map(|e| e.id.clone());
    let email = compose(&acct, event_id.as_deref().unwrap_or("sample"), template, &domain, r.clone(), cx);
    Ok(Preview {
        template: template.to_string(),
        account_id: acct.id,
        to: email.to,
        cc: email.cc,
        event_id,
        locale: r.locale,
        source: r.source,
        subject: r.subject,
        text: r.text,
        html: r.html,
    })
}

/// Sample values for a preview of an account that has no event nor invoice yet.
fn fill_sample(context: &mut Value, account: &Account, cx: &Context) {
    let cur = account.currency.to_string();
    let exp = account.currency.exponent();
    let minor = 1234 * 10_i64.pow(exp);
    let due = (cx.clock.today_in(account.timezone) + chrono::Days::new(14)).to_string();
    let set = |c: &mut Value, k: &str, v: Value| {
        if c[k].is_null() {
            c[k] = v;
        }
    };
    set(context, "invoice_number", json!("INV-SAMPLE-000001"));
    set(context, "total", json!(money(minor, &cur)));
    set(context, "amount_due", json!(money(minor, &cur)));
    set(context, "amount", json!(money(minor, &cur)));
    set(context, "due_date", json!(due));
    set(context, "trial_end", json!(due));
    context["sample"] = json!(true);
}

/// The override directory and the problems of its templates; `None` when no `templates_dir` is set.
pub fn check_templates(
    config: &crate::config::Config,
) -> Option<(std::path::PathBuf, Vec<crate::notify::templates::TemplateError>)> {
    let t = Templates::from_config(config);
    let dir = t.dir()?.to_path_buf();
    Some((dir, t.check_dir()))
}
