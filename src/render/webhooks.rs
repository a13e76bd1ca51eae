//! How webhook endpoints are shown (`billctl webhook endpoint …`).

use super::{Record, Stamp as _, cell};
use crate::app::webhooks::{TestResult, WithSecret};
use crate::store::webhooks::EndpointRow;

/// An endpoint's state in one word, with the reason when disabled.
pub fn state(e: &EndpointRow) -> String {
    match (e.removed_at, e.enabled, &e.disabled_reason) {
        (Some(_), _, _) => "removed".into(),
        (None, true, _) if e.failing_since.is_some() => "enabled (failing)".into(),
        (None, true, _) => "enabled".into(),
        (None, false, Some(r)) => format!("disabled: {r}"),
        (None, false, None) => "disabled".into(),
    }
}

impl Record for EndpointRow {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "url",
            "events",
            "state",
            "pending",
            "failed",
            "failing_since",
            "previous_secret_until",
            "allow_private",
            "description",
            "created_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.url.clone(),
            self.event_patterns.join(","),
            state(self),
            self.pending.to_string(),
            self.failed.to_string(),
            self.failing_since.map(|t| t.stamp()).unwrap_or_default(),
            self.previous_expires_at.map(|t| t.stamp()).unwrap_or_default(),
            self.allow_private.to_string(),
            cell(&self.description),
            self.created_at.stamp(),
        ]
    }
    fn brief() -> Option<Vec<usize>> {
        Some(vec![0, 1, 2, 3, 4, 5])
    }
}

impl Record for WithSecret {
    fn headers() -> Vec<&'static str> {
        let mut h = EndpointRow::headers();
        h.push("secret");
        h
    }
    fn row(&self) -> Vec<String> {
        let mut r = self.endpoint.row();
        r.push(self.secret.clone());
        r
    }
}

impl Record for TestResult {
    fn headers() -> Vec<&'static str> {
        vec!["endpoint_id", "event_id", "status", "http_status", "error", "millis"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.endpoint_id.clone(),
            self.event_id.clone(),
            self.status.clone(),
            cell(&self.http_status),
            cell(&self.error),
            self.millis.to_string(),
        ]
    }
}
