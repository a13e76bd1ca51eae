//! The `Record` impls: how each listed thing is shown as a table row, a CSV row or a JSON
//! object. (Moved here from `cli/`: formatting lives in `render/`.)

use super::{Record, Stamp as _, amount, cell};
use crate::app::credits::Settled;
use crate::app::payment_admin::PaymentView;
use crate::app::payment_methods::CardView;
use crate::store::accounts::Account;
use crate::store::audit::{AuditRow, ChainProblem};
use crate::store::charges::Charge;
use crate::store::credit_notes::CreditNote;
use crate::store::credits::GrantRow;
use crate::store::invoices::Invoice;
use crate::store::payments::ListedAttempt;
use crate::store::plans::PlanSummary;
use crate::store::subscriptions::Listed;
use crate::store::tax_rates::TaxRateRow;

// `billctl account …`
impl Record for Account {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "external_id",
            "name",
            "email",
            "currency",
            "timezone",
            "country",
            "tax_id",
            "tax_exempt",
            "business",
            "status",
            "address_line1",
            "address_line2",
            "city",
            "region",
            "postal_code",
            "billing_email",
            "locale",
            "email_reminders",
            "metadata",
            "stripe_customer_id",
            "archived_at",
            "created_at",
            "updated_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            cell(&self.external_id),
            self.name.clone(),
            self.email.clone(),
            self.currency.to_string(),
            self.timezone.name().to_string(),
            cell(&self.country),
            cell(&self.tax_id),
            self.tax_exempt.to_string(),
            self.is_business.to_string(),
            self.status.to_string(),
            cell(&self.address_line1),
            cell(&self.address_line2),
            cell(&self.city),
            cell(&self.region),
            cell(&self.postal_code),
            cell(&self.billing_email),
            self.locale.clone(),
            self.email_reminders.to_string(),
            self.metadata.to_string(),
            cell(&self.stripe_customer_id),
            self.archived_at.map(|t| t.stamp()).unwrap_or_default(),
            self.created_at.stamp(),
            self.updated_at.stamp(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![2, 3, 4, 10, 1, 0])
    }
}

// `billctl audit …`
impl Record for AuditRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "at",
            "as_of",
            "os_user",
            "db_role",
            "action",
            "entity_type",
            "entity_id",
            "account_id",
            "reason",
            "before",
            "after",
        ]
    }
    fn row(&self) -> Vec<String> {
        let json = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string()).unwrap_or_default();
        vec![
            self.id.to_string(),
            self.at.stamp(),
            self.as_of.map(|t| t.stamp()).unwrap_or_default(),
            self.os_user.clone(),
            self.db_role.clone(),
            self.action.clone(),
            self.entity_type.clone(),
            self.entity_id.clone(),
            cell(&self.account_id),
            cell(&self.reason),
            json(&self.before),
            json(&self.after),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 3, 5, 7, 8])
    }
}

impl Record for ChainProblem {
    fn headers() -> Vec<&'static str> {
        vec!["seq", "id", "problem"]
    }
    fn row(&self) -> Vec<String> {
        vec![cell(&self.seq), cell(&self.id), self.problem.clone()]
    }
}

// `billctl charge …`
impl Record for Charge {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "account_id",
            "description",
            "amount",
            "currency",
            "tax_exempt",
            "status",
            "invoice_id",
            "created_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        let c = &self.charge;
        vec![
            c.id.clone(),
            c.account_id.clone(),
            c.description.clone(),
            amount(c.amount, &c.currency),
            c.currency.to_string(),
            c.tax_exempt.to_string(),
            self.status().to_string(),
            cell(&c.invoice_id),
            c.created_at.stamp(),
        ]
    }
}

// `billctl credit …`
impl Record for GrantRow {
    fn headers() -> Vec<&'static str> {
        vec!["id", "account_id", "amount", "remaining", "currency", "status", "reason", "invoice_id", "created_at"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.account_id.clone(),
            amount(self.amount, &self.currency),
            amount(self.remaining, &self.currency),
            self.currency.to_string(),
            status(self).into(),
            cell(&self.reason),
            cell(&self.invoice_id),
            self.created_at.stamp(),
        ]
    }
}

impl Record for Settled {
    fn headers() -> Vec<&'static str> {
        vec!["invoice_id", "invoice_number", "credit_applied", "amount_due", "currency"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.invoice_id.clone(),
            cell(&self.invoice_number),
            amount(self.amount, &self.currency),
            amount(self.amount_due, &self.currency),
            self.currency.to_string(),
        ]
    }
}

// `billctl invoice …`
impl Record for Invoice {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "number",
            "account_id",
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
            "credit_settled",
            "credited",
            "amount_due",
            "issued_on",
            "due_on",
            "created_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        let m = |v: i64| amount(v, &self.currency);
        vec![
            self.id.clone(),
            cell(&self.number),
            self.account_id.clone(),
            self.status.to_string(),
            self.kind.to_string(),
            self.currency.to_string(),
            cell(&self.period_start),
            cell(&self.period_end),
            m(self.subtotal),
            m(self.tax),
            m(self.credit_applied),
            m(self.total),
            m(self.amount_paid),
            m(self.credit_settled),
            m(self.credited),
            m(self.amount_due),
            cell(&self.issued_on),
            cell(&self.due_on),
            self.created_at.stamp(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![1, 2, 4, 3, 5, 11, 15, 6, 7, 17, 0])
    }
}

impl Record for CreditNote {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "number",
            "account_id",
            "invoice_id",
            "reason",
            "currency",
            "subtotal",
            "tax",
            "total",
            "reduces_due",
            "to_credit",
            "issued_on",
            "created_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        let m = |v: i64| amount(v, &self.currency);
        vec![
            self.id.clone(),
            self.number.clone(),
            self.account_id.clone(),
            self.invoice_id.clone(),
            self.reason.clone(),
            self.currency.to_string(),
            m(self.subtotal),
            m(self.tax),
            m(self.total),
            m(self.reduces_due),
            m(self.to_credit),
            self.issued_on.to_string(),
            self.created_at.stamp(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 2, 3, 4, 5, 8, 9, 10, 11])
    }
}

// `billctl payment …`
impl Record for PaymentView {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "invoice_id",
            "account_id",
            "method",
            "gateway",
            "status",
            "amount",
            "refunded",
            "currency",
            "reference",
            "gateway_payment_id",
            "created_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        let p = &self.payment;
        vec![
            p.id.clone(),
            cell(&p.invoice_id),
            p.account_id.clone(),
            p.method.clone(),
            self.gateway_label.to_string(),
            p.status.to_string(),
            amount(p.amount, &p.currency),
            amount(p.amount_refunded, &p.currency),
            p.currency.to_string(),
            cell(&p.reference),
            cell(&p.gateway_payment_id),
            p.created_at.stamp(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 3, 4, 5, 6, 7, 8, 11])
    }
}

impl Record for ListedAttempt {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "invoice",
            "account_id",
            "attempt",
            "kind",
            "status",
            "amount",
            "currency",
            "card",
            "decline_code",
            "hard_decline",
            "next_retry_on",
            "started_at",
            "message",
        ]
    }
    fn row(&self) -> Vec<String> {
        let a = &self.attempt;
        vec![
            a.id.clone(),
            self.invoice_number.clone().unwrap_or_else(|| a.invoice_id.clone()),
            a.account_id.clone(),
            a.attempt_no.to_string(),
            a.kind.clone(),
            a.status.to_string(),
            amount(a.amount, &a.currency),
            a.currency.to_string(),
            card_of(self),
            cell(&a.decline_code),
            a.hard_decline.to_string(),
            cell(&a.next_retry_on),
            a.started_at.stamp(),
            cell(&a.failure_message),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![1, 3, 5, 6, 7, 8, 9, 11, 12])
    }
}

// `billctl payment-method …`
impl Record for CardView {
    fn headers() -> Vec<&'static str> {
        vec!["id", "account_id", "brand", "card", "expiry", "default", "gateway", "gateway_pm_id"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.account_id.clone(),
            self.brand.clone(),
            format!("•••• {}", self.last4),
            self.expiry.clone(),
            if self.is_default { "yes".into() } else { String::new() },
            self.gateway.to_string(),
            self.gateway_pm_id.clone(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 2, 3, 4, 5, 6])
    }
}

// `billctl plan …`
impl Record for PlanSummary {
    fn headers() -> Vec<&'static str> {
        vec!["code", "name", "version", "interval", "trial_days", "currencies", "subscriptions", "archived_at", "id"]
    }
    fn row(&self) -> Vec<String> {
        let interval = if self.interval_count == 1 {
            self.interval_unit.clone()
        } else {
            format!("{} {}s", self.interval_count, self.interval_unit)
        };
        vec![
            self.code.clone(),
            self.name.clone(),
            self.version.to_string(),
            interval,
            self.trial_days.to_string(),
            self.currencies.clone(),
            self.subscriptions.to_string(),
            self.archived_at.map(|t| t.stamp()).unwrap_or_default(),
            self.id.clone(),
        ]
    }
}

// `billctl subscription …`
impl Record for Listed {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "account_id",
            "plan",
            "status",
            "quantity",
            "currency",
            "start_date",
            "trial_end",
            "current_period_start",
            "current_period_end",
            "next_bill_date",
            "cancel_at_period_end",
            "external_id",
        ]
    }
    fn row(&self) -> Vec<String> {
        let s = &self.sub;
        vec![
            s.id.clone(),
            s.account_id.clone(),
            format!("{} v{}", self.plan_code, self.plan_version),
            s.status.to_string(),
            s.quantity.to_string(),
            s.currency.to_string(),
            s.start_date.to_string(),
            cell(&s.trial_end),
            s.current_period_start.to_string(),
            s.current_period_end.to_string(),
            s.next_bill_date.to_string(),
            s.cancel_at_period_end.to_string(),
            cell(&s.external_id),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 2, 3, 4, 8, 9, 10])
    }
}

// `billctl tax …`
impl Record for TaxRateRow {
    fn headers() -> Vec<&'static str> {
        vec!["id", "country", "region", "name", "rate_percent", "valid_from", "archived_at", "created_at"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.country.clone(),
            self.region.clone(),
            self.name.clone(),
            self.to_domain().percent().to_string(),
            self.valid_from.to_string(),
            self.archived_at.map(|t| t.stamp()).unwrap_or_default(),
            self.created_at.stamp(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 2, 3, 4, 5])
    }
}

/// A grant's state as the credit list shows it.
pub(crate) fn status(g: &GrantRow) -> &'static str {
    match (g.voided, g.remaining > 0) {
        (true, false) => "void",
        (_, true) => "available",
        (false, false) => "used",
    }
}

/// The card an attempt charged, as shown: `visa •••• 4242`, or the gateway's card id.
pub fn card_of(a: &ListedAttempt) -> String {
    match (&a.card_brand, &a.card_last4) {
        (brand, Some(last4)) => format!("{} •••• {last4}", brand.as_deref().unwrap_or("card")),
        _ => a.attempt.payment_method_id.clone().unwrap_or_default(),
    }
}

// `billctl notify list`, `billctl webhook deliveries`
impl Record for crate::store::events::DeliveryRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "event_id",
            "type",
            "account_id",
            "channel",
            "target",
            "status",
            "attempts",
            "next_attempt_at",
            "last_http_status",
            "last_error",
            "sent_at",
            "created_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.event_id.clone(),
            self.kind.clone(),
            cell(&self.account_id),
            self.channel.clone(),
            self.target.clone(),
            self.status.clone(),
            self.attempts.to_string(),
            self.next_attempt_at.map(|t| t.stamp()).unwrap_or_default(),
            cell(&self.last_http_status),
            cell(&self.last_error),
            self.sent_at.map(|t| t.stamp()).unwrap_or_default(),
            self.created_at.stamp(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 10])
    }
}
