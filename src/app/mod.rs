//! Use cases: transaction boundaries, batching and locking, calling the domain for decisions.

pub mod accounts;
pub mod audit;
pub mod batch_runner;
pub mod catalog;
pub mod charges;
pub mod credit_notes;
pub mod credits;
pub mod deliver_email;
pub mod deliver_webhook;
pub mod demo;
pub mod dunning_policies;
pub mod dunning_tick;
pub mod events;
pub mod export;
pub mod fixtures;
pub mod invoice_admin;
pub mod invoice_build;
pub mod invoice_now;
pub mod invoice_run;
pub mod late_usage;
pub mod notify_deliver;
pub mod payment_admin;
pub mod payment_gateway;
pub mod payment_methods;
pub mod payment_settlement;
pub mod payments;
pub mod plans;
pub mod reports;
pub mod seed;
pub mod stripe_sync;
pub mod subscriptions;
pub mod tax_rates;
pub mod usage;
pub mod webhooks;

use std::sync::Arc;

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use crate::clock::Clock;
use crate::config::Config;
use crate::domain::ids::IdKind;
pub use crate::store::audit::Actor;

/// What every use case gets: the database pool, the billing clock (`--as-of`), the configuration,
/// and the actor (the OS user of the process's real uid, and the command's `--reason`) that every
/// audit row records. The database role is stamped by the database itself (`current_user`), so it
/// cannot be claimed by the client. Built once per command by `cli::Ctx::app`.
#[derive(Debug, Clone)]
pub struct Context {
    pub pool: PgPool,
    pub clock: Clock,
    pub config: Arc<Config>,
    pub actor: Actor,
}

/// Ends a use case's transaction: commits it, or for a dry run rolls it back. A dry run so computes
/// exactly what the command would write (numbers, credit notes, audit rows) and leaves nothing.
pub(crate) async fn commit_unless_dry_run(
    tx: sqlx::Transaction<'_, sqlx::Postgres>,
    dry_run: bool,
) -> sqlx::Result<()> {
    if dry_run { tx.rollback().await } else { tx.commit().await }
}

/// A new prefixed id. Ids sort by the wall-clock time they were made (not the billing clock, which
/// `--as-of` may fix), so b-tree inserts stay at the right edge and keyset pages follow creation.
pub fn new_id(kind: IdKind, _now: DateTime<Utc>) -> String {
    crate::idgen::new_id(kind)
}
