//! Business events and how they are delivered: the event types, which e-mail an event sends, which
//! webhook patterns it matches, and the retry schedule of a delivery. Pure.
//!
//! # Invariants
//! - An event is identified by its cause (`dedupe_key`): the same cause never makes two events, so
//!   a re-run never notifies twice. The key is built by the use case from the cause's ids (e.g.
//!   `invoice.finalized:inv_…`, `dunning.warn:ep_…:1`).
//! - Event data carry amounts as integer minor units plus the currency code, never decimals.
//! - A delivery is retried on the schedule [`WEBHOOK_BACKOFF`] (or [`EMAIL_BACKOFF`]); after the
//!   last step it is `failed`, and `billctl webhook replay` can queue it again.

use std::time::Duration;

use serde::Serialize;

text_enum! {
    /// Every event billctl tells webhooks and e-mail about.
    pub enum EventType ("type", "an event type") {
        InvoiceFinalized = "invoice.finalized",
        InvoicePaid = "invoice.paid",
        InvoicePaymentFailed = "invoice.payment_failed",
        InvoiceOverdue = "invoice.overdue",
        InvoiceVoided = "invoice.voided",
        InvoiceUncollectible = "invoice.marked_uncollectible",
        CreditNoteIssued = "credit_note.issued",
        PaymentSucceeded = "payment.succeeded",
        PaymentFailed = "payment.failed",
        PaymentRefunded = "payment.refunded",
        SubscriptionCreated = "subscription.created",
        SubscriptionChanged = "subscription.changed",
        SubscriptionPaused = "subscription.paused",
        SubscriptionResumed = "subscription.resumed",
        SubscriptionCanceled = "subscription.canceled",
        SubscriptionTrialWillEnd = "subscription.trial_will_end",
        AccountStatusChanged = "account.status_changed",
        DunningRemind = "dunning.remind",
        DunningWarn = "dunning.warn",
        DunningBlock = "dunning.block",
        DunningPause = "dunning.pause",
        DunningCancel = "dunning.cancel",
        DunningDowngrade = "dunning.downgrade",
        DunningMarkUncollectible = "dunning.mark_uncollectible",
        /// Sent only by `billctl webhook test`, to the one endpoint named.
        WebhookTest = "webhook.test",
    }
}

text_enum! {
    /// The e-mails billctl sends; each is a template pair `NAME.txt` / `NAME.html` per locale.
    pub enum EmailTemplate ("template", "an e-mail template") {
        Reminder = "reminder",
        Warning = "warning",
        Blocked = "blocked",
        Canceled = "canceled",
        InvoiceIssued = "invoice_issued",
        PaymentFailed = "payment_failed",
        PaymentReceipt = "payment_receipt",
        TrialEnding = "trial_ending",
    }
}

impl EmailTemplate {
    /// A reminder is a courtesy the customer may turn off (`account update --no-reminders`); the
    /// others are notices about their contract and money and always go.
    pub fn is_optional(self) -> bool {
        matches!(self, EmailTemplate::Reminder)
    }
}

impl EventType {
    /// The e-mail this event sends to the account, if any.
    pub fn email_template(self) -> Option<EmailTemplate> {
        use EventType::*;
        match self {
            InvoiceFinalized => Some(EmailTemplate::InvoiceIssued),
            InvoicePaymentFailed => Some(EmailTemplate::PaymentFailed),
            PaymentSucceeded => Some(EmailTemplate::PaymentReceipt),
            SubscriptionTrialWillEnd => Some(EmailTemplate::TrialEnding),
            DunningRemind => Some(EmailTemplate::Reminder),
            DunningWarn => Some(EmailTemplate::Warning),
            DunningBlock => Some(EmailTemplate::Blocked),
            DunningCancel => Some(EmailTemplate::Canceled),
            _ => None,
        }
    }

    /// The group before the dot: `invoice` for `invoice.paid`.
    pub fn group(self) -> &'static str {
        self.as_str().split('.').next().unwrap_or("")
    }
}

/// An event as a use case writes it: what happened, to whom, the cause that makes it unique, and
/// its data (amounts in minor units plus currency).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NewEvent {
    pub kind: EventType,
    pub account_id: Option<String>,
    pub dedupe_key: String,
    pub data: serde_json::Value,
}

impl NewEvent {
    /// An event whose cause is `kind` happening to `object_id` (one invoice is finalized once).
    pub fn once(kind: EventType, account_id: Option<&str>, object_id: &str, data: serde_json::Value) -> NewEvent {
        NewEvent { kind, account_id: account_id.map(str::to_string), dedupe_key: format!("{kind}:{object_id}"), data }
    }
}

/// Checks a webhook subscription pattern: `*`, `group.*` or an exact known type.
pub fn check_pattern(pattern: &str) -> Result<(), String> {
    let p = pattern.trim();
    if p == "*" {
        return Ok(());
    }
    if let Some(group) = p.strip_suffix(".*") {
        if EventType::ALL.iter().any(|t| t.group() == group) {
            return Ok(());
        }
        let groups: std::collections::BTreeSet<&str> = EventType::ALL.iter().map(|t| t.group()).collect();
        return Err(format!(
            "'{p}' matches no event: the groups are {}",
            groups.into_iter().map(|g| format!("{g}.*")).collect::<Vec<_>>().join(", ")
        ));
    }
    if p.parse::<EventType>().is_ok() {
        return Ok(());
    }
    Err(format!("'{p}' is not an event type or pattern; use '*', 'invoice.*' or a type such as invoice.paid"))
}

/// Does `pattern` (already checked) match `kind`?
pub fn pattern_matches(pattern: &str, kind: EventType) -> bool {
    let p = pattern.trim();
    p == "*" || p == kind.as_str() || p.strip_suffix(".*").is_some_and(|g| g == kind.group())
}

/// The delay before attempt `n + 1` of a webhook delivery after `n` failed attempts (Standard
/// Webhooks' suggested schedule); `None` after the last: the delivery has failed.
pub const WEBHOOK_BACKOFF: [Duration; 7] = [
    Duration::from_secs(5),
    Duration::from_secs(5 * 60),
    Duration::from_secs(30 * 60),
    Duration::from_secs(2 * 3600),
    Duration::from_secs(5 * 3600),
    Duration::from_secs(10 * 3600),
    Duration::from_secs(10 * 3600),
];

/// The same for e-mail: a relay that refuses is retried for about a day.
pub const EMAIL_BACKOFF: [Duration; 5] = [
    Duration::from_secs(60),
    Duration::from_secs(10 * 60),
    Duration::from_secs(3600),
    Duration::from_secs(6 * 3600),
    Duration::from_secs(18 * 3600),
];

/// When to try again after `failed_attempts` failures (counting the one that just failed), given
/// the receiver's `Retry-After` if it sent one: the later of the two, so a receiver that asks for
/// more time gets it. `None` when the schedule is used up.
pub fn next_retry(schedule: &[Duration], failed_attempts: u32, retry_after: Option<Duration>) -> Option<Duration> {
    let step = usize::try_from(failed_attempts).ok()?.checked_sub(1)?;
    let planned = *schedule.get(step)?;
    Some(retry_after.map_or(planned, |r| r.max(planned)))
}

/// An endpoint that has failed every delivery for this long is disabled.
pub const ENDPOINT_FAILING_LIMIT: chrono::TimeDelta = chrono::TimeDelta::days(5);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_event_type_round_trips_through_its_text() {
        for t in EventType::ALL {
            assert_eq!(t.as_str().parse::<EventType>().unwrap(), *t);
        }
    }

    #[test]
    fn only_the_reminder_e_mail_can_be_turned_off() {
        let optional: Vec<_> = EmailTemplate::ALL.iter().filter(|t| t.is_optional()).collect();
        assert_eq!(optional, vec![&EmailTemplate::Reminder]);
    }

    #[test]
    fn patterns_match_a_group_an_exact_type_or_everything() {
        assert!(pattern_matches("invoice.*", EventType::InvoicePaid));
        assert!(!pattern_matches("invoice.*", EventType::PaymentFailed));
        assert!(pattern_matches("payment.failed", EventType::PaymentFailed));
        assert!(!pattern_matches("payment.failed", EventType::InvoicePaymentFailed));
        assert!(pattern_matches("*", EventType::DunningWarn));
    }

    #[test]
    fn unknown_patterns_are_refused_with_the_groups_named() {
        assert!(check_pattern("dunning.*").is_ok());
        assert!(check_pattern("invoice.paid").is_ok());
        let err = check_pattern("invoices.*").unwrap_err();
        assert!(err.contains("invoice.*") && err.contains("dunning.*"), "{err}");
        assert!(check_pattern("invoice.payed").is_err());
    }

    #[test]
    fn retries_follow_the_schedule_and_stop_after_the_last_step() {
        assert_eq!(next_retry(&WEBHOOK_BACKOFF, 1, None), Some(Duration::from_secs(5)));
        assert_eq!(next_retry(&WEBHOOK_BACKOFF, 2, None), Some(Duration::from_secs(300)));
        assert_eq!(next_retry(&WEBHOOK_BACKOFF, 7, None), Some(Duration::from_secs(36_000)));
        assert_eq!(next_retry(&WEBHOOK_BACKOFF, 8, None), None);
        assert_eq!(next_retry(&WEBHOOK_BACKOFF, 0, None), None);
    }

    #[test]
    fn a_longer_retry_after_is_honoured_and_a_shorter_one_does_not_hurry_us() {
        assert_eq!(next_retry(&WEBHOOK_BACKOFF, 1, Some(Duration::from_secs(120))), Some(Duration::from_secs(120)));
        assert_eq!(next_retry(&WEBHOOK_BACKOFF, 2, Some(Duration::from_secs(1))), Some(Duration::from_secs(300)));
    }
}
