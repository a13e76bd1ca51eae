//! Writing business events: the one way a use case tells webhooks and e-mail that something
//! happened. Call [`emit`] (or [`emit_many`]) inside the cause's transaction, before its commit:
//! the event and its deliveries then commit or roll back with the cause, and a re-run that repeats
//! the cause writes nothing (the dedupe key is unique). After the commit, a command may call
//! [`super::notify_deliver::deliver_after_commit`] to send at once.

use sqlx::PgConnection;

use super::{Context, new_id};
use crate::domain::event::{EventType, NewEvent};
use crate::domain::ids::IdKind;
use crate::domain::lifecycle::SubscriptionEvent;
use crate::store;
pub use crate::store::events::Emitted;
use crate::store::invoices::Invoice;

/// Writes one event (once per dedupe key) and its deliveries in the caller's transaction.
pub async fn emit(conn: &mut PgConnection, cx: &Context, event: NewEvent) -> sqlx::Result<Emitted> {
    emit_many(conn, cx, &[event]).await
}

/// Writes many events set-based (one statement), for batch use cases such as the invoice run.
pub async fn emit_many(conn: &mut PgConnection, cx: &Context, events: &[NewEvent]) -> sqlx::Result<Emitted> {
    write(conn, cx, events, false).await
}

/// [`emit_many`] for causes that are new by construction (the invoice run's fresh invoices and
/// history rows): written with binary COPY, which an invoice run of a million invoices needs.
pub async fn emit_new(conn: &mut PgConnection, cx: &Context, events: &[NewEvent]) -> sqlx::Result<Emitted> {
    write(conn, cx, events, true).await
}

/// Writes events with fresh ids (`copy`: with binary COPY, for causes new by construction) and
/// remembers those with deliveries for sending after the command.
async fn write(conn: &mut PgConnection, cx: &Context, events: &[NewEvent], copy: bool) -> sqlx::Result<Emitted> {
    if events.is_empty() {
        return Ok(Emitted::default());
    }
    let now = cx.clock.now();
    let ids: Vec<String> = events.iter().map(|_| new_id(IdKind::Event, now)).collect();
    let email = email_configured(cx);
    let emitted = if copy {
        store::events::copy_new(conn, events, &ids, now, email).await?
    } else {
        store::events::emit_many(conn, events, &ids, now, email).await?
    };
    if emitted.webhooks + emitted.emails > 0 {
        remember(ids, emitted.webhooks + emitted.emails);
    }
    Ok(emitted)
}

/// What this process emitted that has deliveries: the event ids (at most [`DELIVER_NOW_MAX`]) and
/// the number of deliveries, for sending right after the command ([`take_recent`]).
static RECENT: std::sync::Mutex<(Vec<String>, u64)> = std::sync::Mutex::new((Vec::new(), 0));

/// A command that queued more deliveries than this leaves them all to `billctl notify deliver`.
pub const DELIVER_NOW_MAX: u64 = 100;

fn remember(ids: Vec<String>, deliveries: u64) {
    let mut recent = RECENT.lock().unwrap_or_else(|e| e.into_inner());
    recent.1 += deliveries;
    if recent.1 <= DELIVER_NOW_MAX {
        recent.0.extend(ids);
    } else {
        recent.0.clear();
    }
}

/// The events this process emitted (ids, when few enough to deliver at once) and how many
/// deliveries they queued; clears the record. Events of a transaction that rolled back are among
/// them, but have no deliveries to find.
pub fn take_recent() -> (Vec<String>, u64) {
    std::mem::take(&mut *RECENT.lock().unwrap_or_else(|e| e.into_inner()))
}

/// E-mail deliveries are only queued when an SMTP relay is configured.
pub fn email_configured(cx: &Context) -> bool {
    cx.config.smtp_url.is_some()
}

/// The data of an object's event: the object as the API shows it (amounts in minor units plus
/// currency), with `object` naming its kind.
pub fn object_data<T: serde::Serialize>(object: &str, value: &T) -> serde_json::Value {
    let mut v = serde_json::to_value(value).unwrap_or(serde_json::Value::Null);
    if let Some(map) = v.as_object_mut() {
        map.insert("object".into(), serde_json::Value::String(object.into()));
    }
    v
}

/// An invoice's event (finalized, paid, voided, …), once per invoice and kind.
pub fn invoice_event(kind: EventType, inv: &Invoice) -> NewEvent {
    // The fields a receiver acts on, not the whole row: the invoice run writes one per invoice.
    let data = serde_json::json!({
        "object": "invoice",
        "id": inv.id,
        "number": inv.number,
        "account_id": inv.account_id,
        "subscription_id": inv.subscription_id,
        "status": inv.status,
        "currency": inv.currency,
        "total": inv.total,
        "tax": inv.tax,
        "amount_paid": inv.amount_paid,
        "amount_due": inv.amount_due,
        "issued_on": inv.issued_on,
        "due_on": inv.due_on,
        "period_start": inv.period_start,
        "period_end": inv.period_end,
    });
    NewEvent::once(kind, Some(&inv.account_id), &inv.id, data)
}

/// An invoice just left collection: paid (by a payment, credit or a credit note), voided or
/// written off. Tells it (`kind`), in the caller's transaction, which holds the account lock.
/// Dunning ends the account's overdue episode here when nothing overdue is left, and returns a
/// warning or blocked account to active ([`super::dunning_tick::after_invoice_closed`]); the
/// status change, if any, is returned.
pub async fn invoice_closed(
    conn: &mut PgConnection,
    cx: &Context,
    inv: &Invoice,
    kind: EventType,
) -> anyhow::Result<Option<super::dunning_tick::StatusChange>> {
    emit(conn, cx, invoice_event(kind, inv)).await?;
    super::dunning_tick::after_invoice_closed(conn, cx, inv, kind).await
}

/// A subscription's change as an event, once per history row (`history_id`); `None` for the
/// history entries nobody is told about (a change or cancellation only scheduled, a trial's end:
/// its invoice is).
pub fn subscription_event(
    history_id: i64,
    event: SubscriptionEvent,
    account_id: &str,
    data: serde_json::Value,
) -> Option<NewEvent> {
    let kind = match event {
        SubscriptionEvent::Created => EventType::SubscriptionCreated,
        SubscriptionEvent::Changed => EventType::SubscriptionChanged,
        SubscriptionEvent::Paused => EventType::SubscriptionPaused,
        SubscriptionEvent::Resumed => EventType::SubscriptionResumed,
        SubscriptionEvent::Canceled => EventType::SubscriptionCanceled,
        _ => return None,
    };
    Some(NewEvent::once(kind, Some(account_id), &format!("h{history_id}"), data))
}

/// Days before a trial's end that `subscription.trial_will_end` is told (and its e-mail sent).
pub const TRIAL_NOTICE_DAYS: u64 = 3;

/// Tells every trial that ends within [`TRIAL_NOTICE_DAYS`] (once per subscription and trial end),
/// in one transaction. The invoice run calls it: it is the job cron runs every day.
pub async fn tell_trials_ending(cx: &Context, account: Option<&str>) -> anyhow::Result<u64> {
    let today = cx.clock.today();
    let until = today + chrono::Days::new(TRIAL_NOTICE_DAYS);
    let mut tx = cx.pool.begin().await?;
    let ending = store::events::trials_ending(&mut tx, today, until, account).await?;
    let told: Vec<NewEvent> = ending
        .into_iter()
        .map(|t| {
            let cause = format!("{}:{}", t.subscription_id, t.trial_end);
            NewEvent::once(
                EventType::SubscriptionTrialWillEnd,
                Some(&t.account_id),
                &cause,
                object_data("subscription", &t),
            )
        })
        .collect();
    let emitted = emit_many(&mut tx, cx, &told).await?;
    tx.commit().await?;
    Ok(emitted.events)
}

/// An invoice event of the invoice run, brief: what changes later (status, amounts paid and due)
/// as it is now, and what never changes once the invoice is issued (its number, period, tax,
/// dates) left for a delivery to fill in ([`completed`]). A million of them are written per run.
pub fn invoice_event_brief(kind: EventType, inv: &Invoice) -> NewEvent {
    let data = serde_json::json!({
        "object": "invoice",
        "id": inv.id,
        "account_id": inv.account_id,
        "status": inv.status,
        "currency": inv.currency,
        "total": inv.total,
        "amount_paid": inv.amount_paid,
        "amount_due": inv.amount_due,
    });
    NewEvent::once(kind, Some(&inv.account_id), &inv.id, data)
}

/// An event as it is sent: a brief invoice event ([`invoice_event_brief`]) gets the fields that
/// never change once the invoice is issued filled in from the invoice.
pub async fn completed(
    conn: &mut PgConnection,
    mut event: store::events::EventRow,
) -> sqlx::Result<store::events::EventRow> {
    const FIXED: [&str; 7] = ["number", "subscription_id", "tax", "issued_on", "due_on", "period_start", "period_end"];
    let invoice = event.data.get("object").and_then(|o| o.as_str()) == Some("invoice");
    let brief = FIXED.iter().any(|k| event.data.get(k).is_none_or(|v| v.is_null()));
    if !(invoice && brief) {
        return Ok(event);
    }
    let Some(id) = event.data.get("id").and_then(|i| i.as_str()).map(str::to_string) else { return Ok(event) };
    let Some(inv) = store::invoices::find(conn, &id).await? else { return Ok(event) };
    let full = serde_json::to_value(&inv).unwrap_or_default();
    if let Some(map) = event.data.as_object_mut() {
        for k in FIXED {
            if map.get(k).is_none_or(|v| v.is_null()) {
                map.insert(k.to_string(), full.get(k).cloned().unwrap_or(serde_json::Value::Null));
            }
        }
    }
    Ok(event)
}
