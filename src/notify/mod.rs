//! Sending to merchants and their customers: signed webhooks over HTTP ([`webhook`]) and e-mail
//! over SMTP ([`email`]). The only place that talks to receivers. It sends what
//! `app::notify_deliver` claimed from the outbox and says how it went ([`Outcome`]); it reads no
//! database and decides no retry schedule (the domain does: `domain::event`).

pub mod email;
pub mod secrets;
pub mod templates;
pub mod webhook;

use std::time::Duration;

/// How one attempt at a delivery went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The receiver took it (HTTP 2xx, SMTP 250).
    Sent { http_status: Option<u16> },
    /// It may work later (connection refused, timeout, HTTP 5xx or 429, SMTP 4xx): retried on the
    /// backoff schedule, not before `retry_after` when the receiver said so.
    Retry { error: String, http_status: Option<u16>, retry_after: Option<Duration> },
    /// It will never work as it stands (HTTP 4xx other than 408/409/425/429, SMTP 5xx, no address, a
    /// template that does not render): failed at once, `webhook replay` can queue it again.
    Permanent { error: String, http_status: Option<u16> },
    /// HTTP 410 Gone: the receiver asked for no more; the endpoint is disabled.
    Gone { http_status: u16 },
}
