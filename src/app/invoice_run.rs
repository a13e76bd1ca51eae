//! `invoice run`: bill every due subscription exactly once per period.
//!
//! How it stays correct:
//! - **Batches of accounts, one transaction each.** A batch locks its accounts (`FOR UPDATE`),
//!   re-reads their subscriptions, computes invoices in memory, allocates invoice numbers from the
//!   gapless counter, writes invoices, lines, credit entries and the new subscription state, and
//!   commits. A batch killed at any point rolls back entirely: no invoice, no number, no state
//!   change survives, and the next run does that work.
//! - **Durable before visible.** A batch commits synchronously (PostgreSQL's default): its commit
//!   returns, and its invoices and numbers become visible to anyone, only once its WAL is on disk.
//!   So a server crash never takes back an invoice number that was seen, counted or printed (the
//!   next run would give it to another invoice); the run record's counters are updated in each
//!   batch's own transaction, so they always match the invoices that survived.
//! - **No lost update.** Every command that changes a subscription (`change`, `cancel`, `pause`,
//!   `resume`, `create`) locks the account row first, as the batch does, so the two serialize: a
//!   change made while a batch bills the account waits for it and applies on top of what it billed;
//!   a batch finding the account locked by a change waits for it and bills the changed state. The
//!   batch writes back only the columns it changed, and only if the row is still the version it read
//!   (`xmin`): a subscription changed without the lock makes the batch roll back and compute again.
//! - **Idempotent.** A billed period moves `next_bill_date` past it in the same transaction, so a
//!   re-run finds nothing due; the unique index on (subscription, period start) backs it up.
//! - **Concurrent runs split the work; other locks are waited for.** A batch claims the accounts no
//!   one has locked (`SKIP LOCKED`) and leaves the rest for the end of the run. Then it tries them
//!   again: those another run's batch still holds (every batch transaction holds a shared advisory
//!   "run" mark, and the row's locker is looked up in `pg_locks`) are skipped, that run bills them;
//!   for any other holder (a payment, a credit grant, a usage event being recorded, a psql session)
//!   the run waits, up to `--lock-timeout` in all, and reports the accounts it still could not bill
//!   (exit 6). An account is never billed by two runs at once.
//! - **Dry run** executes the same reads and computation without locks and writes nothing.
//! - **Draft run** (`--draft`) is the same batch path, writing every invoice as a draft: no number,
//!   not issued, not collectable. `invoice finalize --run` numbers them later in one go, so a
//!   draft voided in between leaves no gap.
//!
//! Fast: the due accounts are read once, batches are computed in Rust and written with COPY and
//! UNNEST, and several workers overlap reading, computing and writing.

use super::Context;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::PgPool;
use tokio::sync::Mutex;

use crate::clock::Clock;
use crate::domain::Currency;
use crate::domain::billing::Step;
use crate::domain::credit::CreditBalance;
use crate::domain::event::{EventType, NewEvent};
use crate::domain::ids::IdKind;
use crate::domain::invoice::{InvoiceStatus, NumberFormat};
use crate::domain::lifecycle::SubscriptionEvent;
use crate::domain::payment::RunStatus;
use crate::store::billing_batch::{self as batch, HistoryEvent, UsageWindow};
use crate::store::invoices::{self as invoices_repo, Invoice, InvoiceLine};
use crate::store::{audit, numbering, plans as plans_repo, runs, tax_rates};

use super::events;
use super::invoice_build::{self as build, Built, Catalog, Terms};
use super::late_usage;

#[derive(Debug, Clone)]
pub struct Options {
    pub dry_run: bool,
    /// Write the invoices as drafts: no number, no issue date (see `invoice finalize`).
    pub draft: bool,
    pub account: Option<String>,
    pub batch_size: usize,
    pub workers: usize,
    /// How long in all the run waits for accounts locked by something other than an invoice run
    /// (a payment, a credit grant, a psql session) before it reports them not billed.
    pub lock_timeout: Duration,
    pub number_format: String,
    pub payment_terms_days: u32,
    pub seller_country: Option<String>,
    /// Dry run: where each batch's invoices go as soon as they are computed (in account order: a
    /// dry run uses one worker). Without a sink they are kept in `Summary::preview`, which is
    /// for one account's preview, not for a run over a million.
    pub preview_sink: Option<PreviewSink>,
}

/// Receives a dry run's invoices batch by batch; an error (e.g. stdout closed) stops the run.
#[derive(Clone)]
pub struct PreviewSink(pub Arc<dyn Fn(Vec<PreviewInvoice>) -> Result<()> + Send + Sync>);

impl std::fmt::Debug for PreviewSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PreviewSink")
    }
}

/// Totals per currency, summed in 128 bits: a run's totals never wrap around, whatever it bills.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CurrencyTotals {
    pub invoices: u64,
    pub subtotal: i128,
    pub tax: i128,
    pub credit_applied: i128,
    pub total: i128,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub run_id: Option<String>,
    pub as_of: String,
    pub dry_run: bool,
    pub draft: bool,
    pub accounts: u64,
    /// Accounts another invoice run was billing (that run bills them).
    pub accounts_skipped_locked: u64,
    /// Accounts locked by something else for longer than the lock timeout: not billed (exit 6).
    pub accounts_not_billed_locked: u64,
    pub subscriptions_billed: u64,
    pub invoices: u64,
    pub invoices_paid_on_issue: u64,
    pub canceled: u64,
    pub by_currency: BTreeMap<Currency, CurrencyTotals>,
    pub errors: Vec<String>,
    pub seconds: f64,
    /// Dry run only: the invoices that would be written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub preview: Vec<PreviewInvoice>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PreviewInvoice {
    #[serde(flatten)]
    pub invoice: Invoice,
    pub lines: Vec<InvoiceLine>,
}

/// Progress reporting: called with the number of subscriptions handled.
pub type Progress = Arc<dyn Fn(u64) + Send + Sync>;

struct Shared {
    /// The command's context (its actor goes into the audit rows the workers write).
    cx: Context,
    pool: PgPool,
    clock: Clock,
    opts: Options,
    catalog: Catalog,
    rates: Vec<crate::domain::tax::TaxRate>,
    run_id: Option<String>,
    summary: Mutex<Summary>,
    progress: Progress,
    done: AtomicU64,
}

/// Bills `chunks` with the run's workers; returns the first failure and the accounts not claimed.
async fn bill_chunks(shared: &Arc<Shared>, chunks: Vec<Vec<String>>) -> (Option<anyhow::Error>, Vec<String>) {
    let queue = Arc::new(Mutex::new(chunks.into_iter()));
    let not_claimed = Arc::new(Mutex::new(Vec::new()));
    let workers = if shared.opts.dry_run { 1 } else { shared.opts.workers.max(1) };
    // After a failure no worker starts another batch (those in flight finish or fail).
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    // A JoinSet: dropping this future (a signal) aborts the workers.
    let mut handles = tokio::task::JoinSet::new();
    for _ in 0..workers {
        let shared = shared.clone();
        let queue = queue.clone();
        let not_claimed = not_claimed.clone();
        let stop = stop.clone();
        handles.spawn(async move {
            loop {
                let next = if stop.load(Ordering::SeqCst) { None } else { queue.lock().await.next() };
                let Some(chunk) = next else { return Ok::<(), anyhow::Error>(()) };
                match bill_batch(&shared, &chunk, Claim::SkipLocked).await {
                    Ok(rest) => not_claimed.lock().await.extend(rest),
                    Err(e) => {
                        stop.store(true, Ordering::SeqCst);
                        return Err(e);
                    }
                }
            }
        });
    }
    let mut failure: Option<anyhow::Error> = None;
    while let Some(h) = handles.join_next().await {
        match h {
            Ok(Ok(())) => {}
            Ok(Err(e)) => failure = failure.or(Some(e)),
            Err(e) => failure = failure.or(Some(crate::error::internal(format!("a worker crashed: {e}")).into())),
        }
    }
    let mut rest = std::mem::take(&mut *not_claimed.lock().await);
    rest.sort();
    (failure, rest)
}

/// The accounts the first pass found locked. Tried again (most were being billed by another run,
/// which is done with them by now); those another run holds still are skipped; for the others
/// (locked by a payment, a credit grant, a psql session...) the run waits, up to the lock timeout
/// in all, and reports those it still could not bill.
async fn bill_locked(shared: &Arc<Shared>, locked: Vec<String>) -> Result<()> {
    let chunks: Vec<Vec<String>> = locked.chunks(shared.opts.batch_size.max(1)).map(|c| c.to_vec()).collect();
    let (failure, rest) = bill_chunks(shared, chunks).await;
    if let Some(e) = failure {
        return Err(e);
    }
    let held = batch::held_by_runs(&mut *shared.pool.acquire().await?, &rest).await?;
    let mut skipped = held.len() as u64;
    let deadline = Instant::now() + shared.opts.lock_timeout;
    let mut unbilled = Vec::new();
    for id in rest.into_iter().filter(|id| !held.contains(id)) {
        let wait = Claim::Wait(deadline.saturating_duration_since(Instant::now()));
        if bill_batch(shared, std::slice::from_ref(&id), wait).await?.is_empty() {
            continue;
        }
        if batch::held_by_runs(&mut *shared.pool.acquire().await?, std::slice::from_ref(&id)).await?.is_empty() {
            unbilled.push(id);
        } else {
            skipped += 1;
        }
    }
    let mut s = shared.summary.lock().await;
    s.accounts_skipped_locked += skipped;
    s.accounts_not_billed_locked += unbilled.len() as u64;
    let secs = shared.opts.lock_timeout.as_secs_f64();
    s.errors.extend(unbilled.into_iter().map(|id| {
        format!("account {id}: not billed, locked by another transaction (not an invoice run) for more than {secs} s")
    }));
    Ok(())
}

/// The latest date any account can be at (a date clock is the same everywhere; an instant can be a
/// day ahead east of UTC).
fn cutoff(clock: &Clock) -> NaiveDate {
    let utc = clock.today();
    if clock.today_in(chrono_tz::Pacific::Kiritimati) == utc { utc } else { utc + Days::new(1) }
}

/// Subscriptions due (for a progress bar); `account` is an account id or external id.
pub async fn count_due(cx: &Context, account: Option<&str>) -> Result<u64> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut conn = pool.acquire().await?;
    let id = match account {
        Some(key) => match crate::store::accounts::find(&mut conn, key).await? {
            Some(a) => Some(a.id),
            None => return Ok(0),
        },
        None => None,
    };
    Ok(batch::count_due(&mut conn, cutoff(clock), id.as_deref()).await?.max(0) as u64)
}

pub async fn run(cx: &Context, opts: Options, progress: Progress) -> Result<Summary> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let started = Instant::now();
    let mut conn = pool.acquire().await?;
    crate::domain::invoice::validate_number_format(&opts.number_format).map_err(crate::error::UserError::from)?;
    let account_id = match &opts.account {
        Some(k) => Some(
            crate::store::accounts::find(&mut conn, k)
                .await?
                .ok_or_else(|| crate::error::not_found(format!("no account '{k}'")))?
                .id,
        ),
        None => None,
    };
    let version_ids = plans_repo::version_ids(&mut conn).await?;
    let mut versions = HashMap::new();
    for id in version_ids {
        if let Some(v) = plans_repo::load_version(&mut conn, &id).await? {
            versions.insert(id, v);
        }
    }
    let rates = tax_rates::active_rates(&mut conn, clock.today()).await?;
    // The run record, and a session lock that tells other runs this one is alive.
    let mut lock_conn = None;
    let run_id = if opts.dry_run {
        None
    } else {
        runs::mark_interrupted_runs(&mut conn, clock.now()).await?;
        let id = super::new_id(IdKind::Run, clock.now());
        let host = std::fs::read_to_string("/etc/hostname").unwrap_or_default().trim().to_string();
        runs::start_run(&mut conn, &id, clock.today(), clock.now(), &cx.actor.os_user, &host).await?;
        let mut lc = pool.acquire().await?.detach();
        runs::hold_run_lock(&mut lc, &id).await?;
        lock_conn = Some(lc);
        Some(id)
    };
    // Stopped by a signal (see `crate::interrupt`): this future is dropped, which aborts the
    // workers (their transactions roll back), then this ends the run's remaining sessions and
    // records the run as interrupted.
    let _on_interrupt = run_id.clone().map(|id| {
        let (pool, clock) = (pool.clone(), *clock);
        crate::interrupt::on_interrupt(move |signal| async move {
            let Ok(mut conn) = pool.acquire().await else { return };
            let _ = crate::store::end_other_sessions(&mut conn).await;
            let reason = format!("interrupted by {}: run the same command again to finish", signal.name());
            let now = crate::clock::wall_now().max(clock.now());
            let _ = runs::mark_run_interrupted(&mut conn, &id, now, Some(&reason)).await;
        })
    });
    if !opts.dry_run {
        events::tell_trials_ending(cx, account_id.as_deref()).await.context("telling trials that end soon")?;
    }
    let ids = batch::due_account_ids(&mut conn, cutoff(clock), account_id.as_deref()).await?;
    drop(conn);
    let shared = Arc::new(Shared {
        cx: cx.clone(),
        pool: pool.clone(),
        clock: *clock,
        catalog: Catalog { versions },
        rates,
        run_id: run_id.clone(),
        summary: Mutex::new(Summary {
            run_id: run_id.clone(),
            as_of: clock.today().to_string(),
            dry_run: opts.dry_run,
            draft: opts.draft,
            ..Default::default()
        }),
        opts: opts.clone(),
        progress,
        done: AtomicU64::new(0),
    });
    let chunks: Vec<Vec<String>> = ids.chunks(opts.batch_size.max(1)).map(|c| c.to_vec()).collect();
    let (mut failure, locked) = bill_chunks(&shared, chunks).await;
    if failure.is_none() && !locked.is_empty() {
        failure = bill_locked(&shared, locked).await.err();
    }
    let mut summary = shared.summary.lock().await.clone();
    summary.seconds = started.elapsed().as_secs_f64();
    // With the server gone the run record cannot be written; the next run marks it interrupted.
    let server_gone =
        failure.as_ref().and_then(crate::error::env_failure) == Some(crate::error::EnvFailure::ServerGone);
    if let Some(id) = run_id.as_ref().filter(|_| !server_gone) {
        let mut conn = pool.acquire().await?;
        let mut details: Vec<String> = summary.errors.clone();
        if let Some(e) = &failure {
            details.push(format!("{e:#}"));
        }
        let totals = runs::RunTotals {
            status: if failure.is_some() { RunStatus::Failed } else { RunStatus::Finished },
            invoices: summary.invoices as i32,
            subscriptions: summary.subscriptions_billed as i32,
            errors: details.len() as i32,
            error_details: serde_json::json!(details),
            finished_at: crate::clock::wall_now().max(clock.now()),
        };
        // Counters were added per batch; set the final numbers once more to be exact.
        runs::finish_run(&mut conn, id, &totals).await?;
        audit::record(
            &mut conn,
            audit::Entry {
                by: &cx.actor,
                at: clock.now(),
                action: "invoice.run",
                entity_type: "billing_run",
                entity_id: id,
                account_id: None,
                before: None,
                after: Some(serde_json::to_value(&summary).unwrap_or_default()),
            },
        )
        .await?;
    }
    drop(lock_conn);
    if let Some(e) = failure {
        return Err(e.context("the invoice run stopped; committed batches stand, re-run to finish"));
    }
    Ok(summary)
}

static PHASES: [AtomicU64; 8] = [const { AtomicU64::new(0) }; 8];
const PHASE_NAMES: [&str; 8] = ["claim", "read", "compute", "number", "copy", "update", "commit", "total"];

fn lap(i: usize, t: &mut Instant) {
    PHASES[i].fetch_add(t.elapsed().as_micros() as u64, Ordering::Relaxed);
    *t = Instant::now();
}

/// Per-phase time spent in batches (set BILLCTL_PROFILE=1 to print it after a run).
pub fn phase_report() -> String {
    PHASE_NAMES
        .iter()
        .zip(PHASES.iter())
        .map(|(n, v)| format!("{n} {:.2}s", v.load(Ordering::Relaxed) as f64 / 1e6))
        .collect::<Vec<_>>()
        .join(", ")
}

/// How a batch claims its accounts.
#[derive(Debug, Clone, Copy)]
enum Claim {
    /// Those nobody holds a lock on (the others are returned, to be tried again).
    SkipLocked,
    /// The one account of the batch, waiting at most this long for a lock someone holds on it.
    Wait(Duration),
}

/// A subscription of the batch changed after the batch read it: the batch was rolled back.
#[derive(Debug)]
struct ChangedWhileBilling;

impl std::fmt::Display for ChangedWhileBilling {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a subscription changed while its account was being billed")
    }
}

impl std::error::Error for ChangedWhileBilling {}

/// How many times a batch is computed again when a subscription changed under it.
const STALE_RETRIES: usize = 5;

/// Bills a batch, computing it again if a subscription changed while it was computed. Returns the
/// accounts it did not claim.
async fn bill_batch(sh: &Shared, ids: &[String], claim: Claim) -> Result<Vec<String>> {
    let mut attempt = 0;
    loop {
        match process_batch(sh, ids, claim).await {
            Err(e) if e.is::<ChangedWhileBilling>() && attempt < STALE_RETRIES => attempt += 1,
            other => return other,
        }
    }
}

/// Bills one batch of accounts in one transaction; returns the accounts it did not claim.
async fn process_batch(sh: &Shared, ids: &[String], claim: Claim) -> Result<Vec<String>> {
    let t0 = Instant::now();
    let mut t = Instant::now();
    let mut tx = sh.pool.begin().await?;
    batch::prefer_index_joins(&mut tx).await?;
    let accounts = match claim {
        Claim::SkipLocked => batch::claim_accounts(&mut tx, ids, !sh.opts.dry_run).await?,
        Claim::Wait(timeout) => match batch::claim_account_waiting(&mut tx, &ids[0], timeout).await? {
            Some(a) => vec![a],
            None => {
                tx.rollback().await?;
                return Ok(ids.to_vec());
            }
        },
    };
    let account_ids: Vec<String> = accounts.iter().map(|a| a.id.clone()).collect();
    let not_claimed: Vec<String> = {
        let claimed: std::collections::HashSet<&str> = account_ids.iter().map(String::as_str).collect();
        ids.iter().filter(|id| !claimed.contains(id.as_str())).cloned().collect()
    };
    lap(0, &mut t);
    let (subs, row_versions) = batch::live_subscriptions(&mut tx, &account_ids).await?;
    let version_of: HashMap<&str, &str> =
        subs.iter().zip(&row_versions).map(|(s, v)| (s.id.as_str(), v.as_str())).collect();
    let pending = batch::open_pending(&mut tx, &account_ids).await?;
    let grant_rows = batch::grant_balances(&mut tx, &account_ids).await?;
    let now = sh.clock.now();
    lap(1, &mut t);

    // Phase 1: advance every subscription; collect usage windows.
    let mut subs_by_account: HashMap<&str, Vec<&_>> = HashMap::new();
    for s in &subs {
        subs_by_account.entry(s.account_id.as_str()).or_default().push(s);
    }
    let mut errors = Vec::new();
    let mut advanced_by_account = Vec::new();
    let mut windows: Vec<UsageWindow> = Vec::new();
    let mut window_of: HashMap<(String, usize), usize> = HashMap::new();
    for a in &accounts {
        let tz = a.timezone;
        let today = sh.clock.today_in(tz);
        let subs = subs_by_account.remove(a.id.as_str()).unwrap_or_default();
        match build::advance_all(&sh.catalog, &subs, today, now) {
            Ok(adv) => {
                for ad in &adv {
                    for (i, step) in ad.steps.iter().enumerate() {
                        if let Step::Billed { usage_period: Some(p), .. } | Step::UsageAtStop { usage_period: p, .. } =
                            step
                        {
                            let (sub, from, to) = build::usage_window(ad.before, p, tz);
                            window_of.insert((sub.clone(), i), windows.len());
                            windows.push(UsageWindow { subscription_id: sub, from, to });
                        }
                    }
                }
                advanced_by_account.push((a, today, adv));
            }
            Err(e) => errors.push(format!("account {}: {e}", a.id)),
        }
    }
    // Late usage: events dated before a subscription's usage-billed-through date (local day).
    let late = late_usage::read(&mut tx, &sh.catalog, &accounts, &subs, &account_ids).await?;
    let late_groups = late.groups;
    let invoiced_late = late.invoiced;
    let mut usage: HashMap<usize, HashMap<String, Decimal>> = HashMap::new();
    for (idx, metric, qty) in batch::usage_totals(&mut tx, &windows, false).await? {
        usage.entry(idx as usize).or_default().insert(metric, qty);
    }
    let mut grants_by_account: HashMap<String, Vec<CreditBalance>> = HashMap::new();
    for (i, (acct, grant, remaining)) in grant_rows.into_iter().enumerate() {
        grants_by_account.entry(acct).or_default().push(CreditBalance {
            grant_id: grant,
            remaining_minor: remaining,
            granted_at_order: i,
        });
    }

    // Phase 2: invoices per account.
    let terms = Terms {
        number_format: sh.opts.number_format.clone(),
        payment_terms_days: sh.opts.payment_terms_days,
        seller_country: sh.opts.seller_country.clone(),
        rates: sh.rates.clone(),
        run_id: sh.run_id.clone(),
        now,
    };
    let mut built: Vec<Built> = Vec::new();
    let mut sub_updates = Vec::new();
    let mut snapshots = Vec::new();
    let mut history = Vec::new();
    let mut canceled = 0u64;
    let mut billed_subs = 0u64;
    for (a, today, adv) in &advanced_by_account {
        let account_pending: Vec<_> = pending.iter().filter(|p| p.account_id == a.id).cloned().collect();
        let mut grants = grants_by_account.remove(&a.id).unwrap_or_default();
        match build::build_invoices(
            &sh.catalog,
            &terms,
            a,
            *today,
            adv,
            &account_pending,
            &mut grants,
            &window_of,
            &usage,
        ) {
            Ok(invs) => {
                built.extend(invs);
                for ad in adv {
                    billed_subs += u64::from(ad.steps.iter().any(|s| matches!(s, Step::Billed { .. })));
                    sub_updates.push(batch::SubscriptionWrite {
                        before: ad.before,
                        version: version_of.get(ad.before.id.as_str()).copied().unwrap_or_default(),
                        after: &ad.after,
                    });
                    snapshots.push((ad.before, &ad.after));
                    for step in &ad.steps {
                        let (event, on) = match step {
                            Step::Billed { .. } | Step::UsageAtStop { .. } => continue,
                            Step::TrialEnded { on } => (SubscriptionEvent::TrialEnded, *on),
                            Step::ChangeApplied { on, .. } => (SubscriptionEvent::Changed, *on),
                            Step::Resumed { on } => (SubscriptionEvent::Resumed, *on),
                            Step::Canceled { on, .. } => {
                                canceled += 1;
                                (SubscriptionEvent::Canceled, *on)
                            }
                        };
                        history.push(HistoryEvent {
                            subscription_id: ad.before.id.clone(),
                            account_id: a.id.clone(),
                            at: now,
                            effective_date: on,
                            event: event.as_str().into(),
                            from_status: ad.before.status.as_str().into(),
                            to_status: ad.after.status.as_str().into(),
                            plan_version_id: ad.after.plan_version_id.clone(),
                            quantity: ad.after.quantity,
                            details: serde_json::to_value(step).unwrap_or_default(),
                        });
                    }
                }
            }
            Err(e) => errors.push(format!("account {}: {e}", a.id)),
        }
    }
    let account_of: HashMap<&str, &str> = subs.iter().map(|s| (s.id.as_str(), s.account_id.as_str())).collect();
    for (i, (_, g)) in late_groups.iter().enumerate() {
        let owner = account_of.get(g.subscription_id.as_str()).copied().unwrap_or_default();
        let Some((a, today, _)) = advanced_by_account.iter().find(|(a, _, _)| a.id == owner) else {
            continue;
        };
        let mut grants = grants_by_account.remove(&a.id).unwrap_or_default();
        match build::build_supplemental(&sh.catalog, &terms, a, *today, g, invoiced_late.get(&i), &mut grants) {
            Ok(Some(b)) => built.push(b),
            Ok(None) => {}
            Err(e) => errors.push(format!("account {} (late usage): {e}", a.id)),
        }
        grants_by_account.insert(a.id.clone(), grants);
    }

    lap(2, &mut t);
    if !sh.opts.dry_run {
        // Everything but the invoices first: the numbering below holds the counter row until commit,
        // so concurrent batches queue only for the last step.
        invoices_repo::copy_lines(&mut tx, built.iter().flat_map(|b| &b.lines))
            .await
            .context("writing invoice lines")?;
        let mut charge_ids = Vec::new();
        let mut charge_invoices = Vec::new();
        let mut used_windows = Vec::new();
        let mut window_invoices = Vec::new();
        let mut entries = Vec::new();
        for b in &built {
            for c in &b.pending_ids {
                charge_ids.push(c.clone());
                charge_invoices.push(b.invoice.id.clone());
            }
            if let Some(w) = b.usage_window {
                let uw = &windows[w];
                used_windows.push(UsageWindow {
                    subscription_id: uw.subscription_id.clone(),
                    from: uw.from,
                    to: uw.to,
                });
                window_invoices.push(b.invoice.id.clone());
            }
            entries.extend(b.credit_entries.iter().cloned());
        }
        lap(4, &mut t);
        batch::mark_pending(&mut tx, &charge_ids, &charge_invoices).await?;
        batch::mark_usage(&mut tx, &used_windows, &window_invoices).await?;
        let (late_ids, late_invoices): (Vec<String>, Vec<String>) =
            built.iter().flat_map(|b| b.late_event_ids.iter().map(|e| (e.clone(), b.invoice.id.clone()))).unzip();
        batch::mark_events(&mut tx, &late_ids, &late_invoices).await?;
        batch::insert_credit_entries(&mut tx, &entries).await?;
        let written = batch::update_subscriptions(&mut tx, &sub_updates).await?;
        if written != sub_updates.len() as u64 {
            // A subscription changed after this batch read it (something changed it without the
            // account lock): nothing of the batch is written; the caller computes it again.
            tx.rollback().await?;
            return Err(ChangedWhileBilling.into());
        }
        if let (true, Some(id)) = (sh.opts.draft, &sh.run_id) {
            batch::insert_draft_snapshots(&mut tx, id, &snapshots).await?;
        }
        let written_history = batch::insert_history(&mut tx, &history).await?;
        let told: Vec<NewEvent> = written_history
            .iter()
            .filter_map(|(id, h)| {
                let event = h.event.parse::<SubscriptionEvent>().ok()?;
                events::subscription_event(*id, event, &h.account_id, events::object_data("subscription_history", h))
            })
            .collect();
        let mut told = told;
        if !sh.opts.draft {
            // Told once per invoice, in the batch's transaction (see app::events), and before the
            // numbering below so that this write does not hold the counter: the number is not in
            // the data yet; a delivery adds it and the invoice's other fixed fields (app::events::completed).
            told.extend(built.iter().flat_map(|b| {
                let paid = b.invoice.status == InvoiceStatus::Paid;
                std::iter::once(events::invoice_event_brief(EventType::InvoiceFinalized, &b.invoice))
                    .chain(paid.then(|| events::invoice_event_brief(EventType::InvoicePaid, &b.invoice)))
            }));
        }
        events::emit_new(&mut tx, &sh.cx, &told).await.context("writing events")?;
        lap(5, &mut t);
        if sh.opts.draft {
            for b in &mut built {
                build::make_draft(&mut b.invoice);
            }
        } else {
            // Gapless numbers: one block per prefix, allocated in this transaction.
            let format = NumberFormat::parse(&terms.number_format)?;
            let mut by_prefix: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            for (i, b) in built.iter().enumerate() {
                let (y, m) = b.number_period;
                by_prefix.entry(format.prefix(y, m)).or_default().push(i);
            }
            for (prefix, idx) in by_prefix {
                let first = numbering::allocate(&mut tx, &prefix, idx.len() as i64).await?;
                for (k, i) in idx.into_iter().enumerate() {
                    let (y, m) = built[i].number_period;
                    built[i].invoice.number = Some(format.number(y, m, (first + k as i64) as u64)?);
                }
            }
        }
        // The run's counters are one row every batch updates: also only inside the numbering lock.
        if let Some(id) = &sh.run_id {
            runs::add_to_run(&mut tx, id, built.len() as i32, billed_subs as i32).await?;
        }
        lap(3, &mut t);
        invoices_repo::copy_invoices(&mut tx, built.iter().map(|b| &b.invoice)).await.context("writing invoices")?;
        // Credit carried by a negative invoice reaches the account's older open invoices (rare:
        // only accounts with such an invoice in this batch).
        let carried: std::collections::BTreeSet<(&str, &Currency)> = built
            .iter()
            .filter(|b| b.credit_entries.iter().any(|e| e.kind == "grant"))
            .map(|b| (b.invoice.account_id.as_str(), &b.invoice.currency))
            .collect();
        for (account_id, currency) in carried {
            super::credits::settle_open_invoices(&mut tx, &sh.cx, account_id, currency, true).await?;
        }
        lap(4, &mut t);
        tx.commit().await.context("committing a batch")?;
        lap(6, &mut t);
    } else {
        tx.rollback().await?;
    }

    PHASES[7].fetch_add(t0.elapsed().as_micros() as u64, Ordering::Relaxed);
    let handled = sub_updates.len() as u64;
    let mut s = sh.summary.lock().await;
    s.accounts += accounts.len() as u64;
    s.subscriptions_billed += billed_subs;
    s.canceled += canceled;
    s.invoices += built.len() as u64;
    s.errors.extend(errors);
    for b in &built {
        let t = s.by_currency.entry(b.invoice.currency).or_default();
        t.invoices += 1;
        t.subtotal += i128::from(b.invoice.subtotal);
        t.tax += i128::from(b.invoice.tax);
        t.credit_applied += i128::from(b.invoice.credit_applied);
        t.total += i128::from(b.invoice.total);
        if b.invoice.status == InvoiceStatus::Paid {
            s.invoices_paid_on_issue += 1;
        }
    }
    let previews = sh
        .opts
        .dry_run
        .then(|| built.into_iter().map(|b| PreviewInvoice { invoice: b.invoice, lines: b.lines }).collect::<Vec<_>>());
    match (previews, &sh.opts.preview_sink) {
        (Some(p), Some(sink)) => {
            drop(s);
            (sink.0)(p)?;
        }
        (Some(p), None) => {
            s.preview.extend(p);
            drop(s);
        }
        (None, _) => drop(s),
    }
    let done = sh.done.fetch_add(handled, Ordering::Relaxed) + handled;
    (sh.progress)(done);
    Ok(not_claimed)
}
