//! `seed`: deterministic fixtures for CI and benchmarks, bulk-loaded with COPY.
//!
//! # How a run works
//! - **One transaction** for the whole run, under an advisory lock that serializes seed runs: the
//!   catalog ([`catalog`]) is created or reused, the accounts of this seed that already exist are
//!   looked up by external id (`seed-<S>-<i>`), and only the missing indexes are generated. A run
//!   that fails or is interrupted leaves nothing behind, so re-running the same command is always
//!   the resume rule; a finished run re-run adds nothing.
//! - Rows are generated on a blocking thread in batches of `batch_size` accounts and passed through
//!   a bounded channel (two batches in flight) to the writer, which COPYs each batch (accounts,
//!   subscriptions, history, usage) while the next one is generated.
//! - One `seed.run` audit row records the counts (none when the run changed nothing).

mod catalog;
mod fixtures;

use std::time::Instant;

use anyhow::{Context, Result};
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
    pub seconds: f64,
    pub rows_per_second: f64,
}

/// Seeds `opts.accounts` accounts with one subscription each; `progress` is told how many accounts
/// each written batch held.
pub async fn run(pool: &PgPool, clock: &Clock, opts: &Options, progress: impl Fn(u64)) -> Result<Summary> {
    let started = Instant::now();
    let now = clock.now();
    let mut tx = pool.begin().await?;
    repo::lock_runs(&mut tx).await?;
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
    progress(existing);

    let generator = fixtures::Generator::new(opts.seed, now, opts.start_date, catalog.plans.clone(), opts.usage_events);
    let batch_size = opts.batch_size.max(1) as usize;
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Batch>(2);
    let producer = tokio::task::spawn_blocking(move || {
        let mut batch = Batch::with_capacity(batch_size);
        for (i, _) in exists.iter().enumerate().filter(|(_, e)| !**e) {
            generator.push(i as u64, &mut batch);
            if batch.accounts() as usize >= batch_size {
                let full = std::mem::replace(&mut batch, Batch::with_capacity(batch_size));
                if sender.blocking_send(full).is_err() {
                    return; // the writer stopped (error or interrupt)
                }
            }
        }
        if batch.accounts() > 0 {
            let _ = sender.blocking_send(batch);
        }
    });

    let mut written = Written::default();
    while let Some(batch) = receiver.recv().await {
        let w = repo::copy_batch(&mut tx, &batch).await.context("cannot copy a batch of seed rows")?;
        written.add(w);
        progress(w.accounts);
    }
    producer.await.context("the seed row generator failed")?;

    if written.total() > 0 || catalog.created > 0 {
        audit::record(
            &mut tx,
            audit::Entry {
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
    tx.commit().await.context("cannot commit the seed")?;

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
        seconds,
        rows_per_second: if seconds > 0.0 { written.total() as f64 / seconds } else { 0.0 },
    })
}
