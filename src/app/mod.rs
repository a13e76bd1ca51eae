//! Use cases: transaction boundaries, batching and locking, calling the domain for decisions.

pub mod accounts;
pub mod catalog;
pub mod credits;
pub mod invoice_admin;
pub mod plans;
pub mod subscriptions;
pub mod tax_rates;
pub mod usage;

use chrono::{DateTime, Utc};

use crate::domain::ids::{IdKind, make_id};

/// A new prefixed id, time-ordered by `now`.
pub fn new_id(kind: IdKind, now: DateTime<Utc>) -> String {
    make_id(kind, now.timestamp_millis().max(0) as u64, rand::random::<u128>())
}
