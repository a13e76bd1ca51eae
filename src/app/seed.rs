//! `seed`: deterministic fixtures for CI and benchmarks, bulk-loaded with COPY.
//!
//! # How a run works
//! - A session advisory lock serializes seed runs. The catalog ([`catalog`]) is created or reused
//!   in a first transaction; the accounts of this seed that already exist are looked up by
//!   external id (`seed-<S>-<i>`), and only the missing indexes are generated.
//! - Rows are generated on a blocking thread in batches of `batch_size` accounts and passed through
//!   a bounded channel to [`WRITERS`] writer connections, each COPYing whole batches (accounts,
//!   subscriptions, history, usage) while the next ones are generated.
//! - **One transaction per batch.** A batch holds complete accounts (with their subscription,
//!   history and usage), so after an error or Ctrl-C every account either exists with all its rows
//!   or not at all, and the **resume rule** is simply: run the same command again; it adds exactly
//!   the missing accounts (a finished run re-run adds nothing). Generated rows do not depend on
//!   which other accounts exist, so a resumed run ends with the same data as an uninterrupted one
//!   (except `subscription_history.id`: the resumed part takes a new block, leaving a gap).
//! - History ids are reserved as one block up front, so on a fresh database they are the same on
//!   every run (two writers would otherwise interleave the sequence).
//! - When the role is a superuser, each batch transaction sets `session_replication_role =
//!   replica`, which skips the foreign-key triggers (as `pg_restore --disable-triggers` does): the
//!   rows satisfy them by construction (an account is copied before its subscription in the same
//!   transaction; plan versions are read under the lock). Otherwise the checks run as usual.
//! - One `seed.run` audit row records the counts (none when the run changed nothing). An
//!   interrupted run writes none; the run that completes it records how many already existed.

mod catalog;
mod fixtures;

use super::Context;
use std::time::Instant;

use anyhow::{Context as _, Result};
use chrono::NaiveDate;
use serde::Serialize;
use sqlx::PgPool;

pub use catalog::CURRENCIES;
pub use fixtures::{MAX_ACCOUNTS, MAX_USAGE_EVENTS, START_SPREAD_DAYS};

use crate::clock::Clock;
use crate::store::audit;
use crate::store::seed::{self as repo, Batch, Written};

/// What to seed.
#[derive(Debug, Clone)]
pub struct Options {
    pub accounts: u64,
    pub seed: u64,
    /// Earliest start date; starts spread over [`START_SPREAD_DAYS`] days from it.
    pub start_date: NaiveDate,
    /// Usage events per metered subscription.
    pub usage_events: u32,
    /// Accounts per COPY batch.
    pub batch_size: u64,
}

/// The default start date: a week before today, so the latest start is yesterday (UTC) and every
/// non-trial subscription is due on today's invoice run in every time zone.
pub fn default_start_date(clock: &Clock) -> NaiveDate {
    clock.today() - chrono::Days::new(START_SPREAD_DAYS)
}

/// What a run did.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub seed: u64,
    pub accounts_requested: u64,
    /// Accounts of this seed that already existed (nothing was generated for them).
    pub accounts_existing: u64,
    pub written: Written,
    pub plans_created: u32,
    pub plans_reused: u32,
    pub start_date: NaiveDate,
    pub usage_events_per_metered_subscription: u32,
    pub batch_size: u64,
    /// Whether the foreign-key triggers ran (false: skipped as a superuser, see the module doc).
    pub foreign_key_checks: bool,
    pub seconds: f64,
    pub rows_per_second: f64,
}

/// Writer connections copying batches in parallel.
pub const WRITERS: usize = 2;

/// Seeds `opts.accounts` accounts with one subscription each; `progress` is told how many accounts
/// each written batch held.
pub async fn run(cx: &Context, opts: &Options, progress: impl Fn(u64)) -> Result<Summary> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let started = Instant::now();
    let now = clock.now();
    // The lock lives on a connection of its own, closed (releasing the lock) however the run ends.
    let mut lock = pool.acquire().await?.detach();
    repo::lock_runs(&mut lock).await?;
    let mut tx = pool.begin().await?;
    let catalog = catalog::ensure(&mut tx, now).await?;
    let prefix = format!("seed-{}-", opts.seed);
    let mut exists = vec![false; opts.accounts as usize];
    let mut existing = 0u64;
    for i in repo::existing_seed_indexes(&mut tx, &prefix).await? {
        if let Some(slot) = usize::try_from(i).ok().and_then(|i| exists.get_mut(i)) {
            *slot = true;
            existing += 1;
        }
    }
    let missing = opts.accounts - existing;
    let first_history_id = if missing > 0 { repo::reserve_history_ids(&mut tx, missing as i64).await? } else { 0 };
    let skip_fk = repo::can_skip_triggers(&mut tx).await?;
    tx.commit().await?;
    progress(existing);

    let generator = fixtures::Generator::new(opts.seed, now, opts.start_date, catalog.plans.clone(), opts.usage_events);
    let batch_size = opts.batch_size.max(1) as usize;
    let (sender, receiver) = tokio::sync::mpsc::channel::<Batch>(WRITERS);
    let producer = tokio::task::spawn_blocking(move || {
        let mut batch = Batch::with_capacity(batch_size);
        let todo = exists.iter().enumerate().filter(|(_, e)| !**e).map(|(i, _)| i as u64);
        for (history_id, i) in (first_history_id..).zip(todo) {
            generator.push(i, history_id, &mut batch);
            if batch.accounts() as usize >= batch_size {
                let full = std::mem::replace(&mut batch, Batch::with_capacity(batch_size));
                if sender.blocking_send(full).is_err() {
                    return; // the writers stopped (error or interrupt)
                }
            }
        }
        if batch.accounts() > 0 {
            let _ = sender.blocking_send(batch);
        }
    });

    let receiver = tokio::sync::Mutex::new(receiver);
    let write = |_writer: usize| async {
        let mut written = Written::default();
        loop {
            let Some(batch) = receiver.lock().await.recv().await else { break };
            match write_batch(pool, &batch, skip_fk).await {
                Ok(w) => {
                    written.add(w);
                    progress(w.accounts);
                }
                Err(e) => {
                    receiver.lock().await.close(); // stop the generator and the other writers
                    return Err(e);
                }
            }
        }
        anyhow::Ok(written)
    };
    let results = futures::future::join_all((0..WRITERS).map(write)).await;
    drop(receiver); // a failed writer leaves the producer nothing to send to
    let mut written = Written::default();
    let mut first_error = None;
    for r in results {
        match r {
            Ok(w) => written.add(w),
            Err(e) => first_error = first_error.or(Some(e)),
        }
    }
    producer.await.context("the seed row generator failed")?;
    if let Some(e) = first_error {
        return Err(e.context(format!(
            "the seed stopped after {} new accounts; run the same command again to add the rest",
            written.accounts
        )));
    }

    let mut tx = pool.begin().await?;
    if written.total() > 0 || catalog.created > 0 {
        audit::record(
            &mut tx,
            audit::Entry {
                by: &cx.actor,
                at: now,
                action: "seed.run",
                entity_type: "seed",
                entity_id: &format!("seed-{}", opts.seed),
                account_id: None,
                before: None,
                after: Some(serde_json::json!({
                    "accounts_requested": opts.accounts,
                    "accounts_existing": existing,
                    "written": written,
                    "plans_created": catalog.created,
                    "start_date": opts.start_date,
                    "usage_events_per_metered_subscription": opts.usage_events,
                })),
            },
        )
        .await?;
    }
    tx.commit().await.context("cannot commit the seed audit row")?;
    if written.total() > 0 {
        // Fresh statistics, so the next queries (an invoice run, typically) are planned for the
        // table sizes the seed just created rather than for empty tables; vacuumed, so they find
        // the tables as autovacuum would have left them in a database in use.
        repo::vacuum_analyze(&mut lock).await.context("cannot vacuum and analyze the seeded tables")?;
    }
    repo::unlock_runs(&mut lock).await.ok();

    let seconds = started.elapsed().as_secs_f64();
    Ok(Summary {
        seed: opts.seed,
        accounts_requested: opts.accounts,
        accounts_existing: existing,
        written,
        plans_created: catalog.created,
        plans_reused: catalog.reused,
        start_date: opts.start_date,
        usage_events_per_metered_subscription: opts.usage_events,
        batch_size: opts.batch_size,
        foreign_key_checks: !skip_fk,
        seconds,
        rows_per_second: if seconds > 0.0 { written.total() as f64 / seconds } else { 0.0 },
    })
}

/// Copies one batch in a transaction of its own.
async fn write_batch(pool: &PgPool, batch: &Batch, skip_fk: bool) -> Result<Written> {
    let mut tx = pool.begin().await?;
    if skip_fk {
        repo::skip_triggers_in_transaction(&mut tx).await?;
    }
    let w = repo::copy_batch(&mut tx, batch).await.context("cannot copy a batch of seed rows")?;
    tx.commit().await.context("cannot commit a batch of seed rows")?;
    Ok(w)
}
