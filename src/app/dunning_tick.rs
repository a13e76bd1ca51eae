//! `billctl dunning tick` (for cron), `dunning status`, the end of an episode when an invoice
//! closes, and the refusal of new business for a blocked account.
//!
//! # Exactly once per episode, with several ticks at once
//! The tick lists the accounts with an overdue open invoice, then works through them in batches of
//! accounts, one transaction each. A batch first claims its accounts with `FOR UPDATE SKIP LOCKED`
//! (an account another tick holds is left to it) and only then reads their balances, episodes and
//! steps taken, so it sees what a tick that held them before committed. The due steps are decided
//! by [`crate::domain::dunning::due_steps`]; their rows are inserted with `ON CONFLICT DO NOTHING`
//! (UNIQUE (episode, step)) and only the rows written are acted on. Killing a tick rolls back its
//! batch in flight; running it again finishes.
//!
//! # Set-based
//! Per batch: one statement each to claim, read balances, episodes and untold overdue invoices, to
//! open episodes, write step rows, advance episodes, set statuses (with their audit rows) and emit
//! the events. Steps that act on subscriptions or invoices (pause, cancel, downgrade,
//! mark_uncollectible) are applied account by account inside the batch. If anything in a batch
//! fails, the batch is rolled back and redone one account per transaction, so a failing action
//! rolls back that account only; it is reported and the tick exits 6.
//!
//! # Days
//! Dunning days are UTC dates, or the `--as-of` date, as for payment retries. An invoice is overdue
//! the day after its due date while it is open with something due.

use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use futures::StreamExt as _;
use serde::Serialize;
use sqlx::PgConnection;

use super::Context;
use super::dunning_policies::Policies;
use super::subscriptions::DunningChange;
use crate::domain::Currency;
use crate::domain::account::AccountStatus;
use crate::domain::dunning::{self, Action, Facts, Policy, Step, status_rank};
use crate::domain::event::{EventType, NewEvent};
use crate::domain::ids::IdKind;
use crate::error;
use crate::store::accounts::Account;
use crate::store::dunning::{self as repo, Claimed, Episode, NewStep, Overdue, OverdueInvoice};
use crate::store::invoices::{self, Invoice};
use crate::store::{self, audit};

#[derive(Debug, Clone)]
pub struct TickOptions {
    pub dry_run: bool,
    /// Only this account (id or external id).
    pub account: Option<String>,
    /// Accounts per transaction.
    pub batch_size: usize,
    /// Batches in flight at once (database connections).
    pub workers: usize,
}

/// One step taken (or, in a dry run, that would be taken).
#[derive(Debug, Clone, Serialize)]
pub struct Taken {
    pub account_id: String,
    pub episode_id: String,
    pub new_episode: bool,
    pub step: usize,
    pub days_overdue: i64,
    pub actions: Vec<String>,
    /// What the subscription and invoice actions did.
    pub notes: Vec<String>,
}

/// An account whose actions failed (rolled back).
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub account_id: String,
    pub error: String,
}

/// What a tick did.
#[derive(Debug, Clone, Serialize)]
pub struct TickSummary {
    pub as_of: NaiveDate,
    pub dry_run: bool,
    /// Accounts with an overdue open invoice (not excluded).
    pub accounts_overdue: usize,
    /// Claimed and evaluated by this tick.
    pub accounts_evaluated: usize,
    /// Held by another tick at the time (it evaluates them).
    pub accounts_skipped_locked: usize,
    pub episodes_opened: usize,
    pub steps_taken: usize,
    /// Actions taken, per kind (remind, warn, block, …).
    pub actions: BTreeMap<String, u64>,
    /// The accounts evaluated, per stage after the tick: `none` or the last step taken.
    pub stages: BTreeMap<String, u64>,
    pub events: u64,
    pub failures: Vec<Failure>,
    pub taken: Vec<Taken>,
    pub seconds: f64,
    /// Seconds spent per phase, summed over the batches (for benchmarks).
    pub phases: BTreeMap<&'static str, f64>,
}

impl TickSummary {
    fn new(as_of: NaiveDate, dry_run: bool) -> TickSummary {
        TickSummary {
            as_of,
            dry_run,
            accounts_overdue: 0,
            accounts_evaluated: 0,
            accounts_skipped_locked: 0,
            episodes_opened: 0,
            steps_taken: 0,
            actions: BTreeMap::new(),
            stages: BTreeMap::new(),
            events: 0,
            failures: Vec::new(),
            taken: Vec::new(),
            seconds: 0.0,
            phases: BTreeMap::new(),
        }
    }

    fn merge(&mut self, b: Batch) {
        self.accounts_evaluated += b.evaluated;
        self.accounts_skipped_locked += b.skipped;
        self.episodes_opened += b.opened;
        self.steps_taken += b.taken.len();
        for t in &b.taken {
            for a in &t.actions {
                let kind = Action::parse(a).map(|x| x.kind().to_string()).unwrap_or_else(|_| a.clone());
                *self.actions.entry(kind).or_default() += 1;
            }
        }
        for (k, v) in b.stages {
            *self.stages.entry(k).or_default() += v;
        }
        self.events += b.events;
        for (k, v) in b.phases {
            *self.phases.entry(k).or_default() += v;
        }
        self.failures.extend(b.failures);
        self.taken.extend(b.taken);
    }
}

/// What one batch did.
#[derive(Debug, Default)]
struct Batch {
    evaluated: usize,
    skipped: usize,
    opened: usize,
    taken: Vec<Taken>,
    stages: BTreeMap<String, u64>,
    events: u64,
    failures: Vec<Failure>,
    phases: BTreeMap<&'static str, f64>,
}

impl Batch {
    /// Adds the time since `since` to `phase` and restarts the clock.
    fn lap(&mut self, phase: &'static str, since: &mut Instant) {
        *self.phases.entry(phase).or_default() += since.elapsed().as_secs_f64();
        *since = Instant::now();
    }
}

/// The stage label of an episode whose last step is `last` ("none", "2 (warn)").
pub fn stage_label(policy: &Policy, last: Option<usize>) -> String {
    match last {
        None | Some(0) => "none".into(),
        Some(n) => match policy.steps.get(n - 1) {
            Some(s) => format!("{n} ({})", s.actions.iter().map(Action::text).collect::<Vec<_>>().join(", ")),
            None => n.to_string(),
        },
    }
}

/// Runs a tick: every overdue account (or the one named), in batches. `progress(done, total)`.
pub async fn tick(cx: &Context, opts: &TickOptions, progress: &(dyn Fn(u64, u64) + Sync)) -> Result<TickSummary> {
    let started = Instant::now();
    let today = cx.clock.today();
    let mut summary = TickSummary::new(today, opts.dry_run);
    let mut conn = cx.pool.acquire().await?;
    if let Some(a) = &opts.account
        && store::accounts::find(&mut conn, a).await?.is_none()
    {
        return Err(error::not_found(format!("no account '{a}'")).hint("list them with `billctl account list`").into());
    }
    let policies = Policies::load(&mut conn).await?;
    let ids = repo::overdue_accounts(&mut conn, today, opts.account.as_deref()).await?;
    drop(conn);
    summary.accounts_overdue = ids.len();
    let total = ids.len() as u64;
    let mut done = 0u64;
    progress(0, total);
    // Batches run on `workers` connections at once (the server does the work; each batch holds
    // its own accounts, so they never wait for one another).
    let policies = &policies;
    let mut batches = futures::stream::iter(ids.chunks(opts.batch_size.max(1)).map(|chunk| async move {
        let r = run_batch(cx, policies, chunk, today, opts.dry_run).await;
        (chunk, r)
    }))
    .buffer_unordered(opts.workers.max(1));
    while let Some((chunk, r)) = batches.next().await {
        match r {
            Ok(b) => summary.merge(b),
            Err(_) if chunk.len() > 1 => {
                // Redo the batch one account per transaction: only the failing accounts fail.
                for id in chunk {
                    match run_batch(cx, policies, std::slice::from_ref(id), today, opts.dry_run).await {
                        Ok(b) => summary.merge(b),
                        Err(e) => summary.failures.push(Failure { account_id: id.clone(), error: describe(&e) }),
                    }
                }
            }
            Err(e) => summary.failures.push(Failure { account_id: chunk[0].clone(), error: describe(&e) }),
        }
        done += chunk.len() as u64;
        progress(done, total);
    }
    summary.seconds = started.elapsed().as_secs_f64();
    Ok(summary)
}

fn describe(e: &anyhow::Error) -> String {
    e.chain().map(ToString::to_string).collect::<Vec<_>>().join(": ")
}

/// One account's plan for this tick.
struct Plan<'p> {
    claimed: Claimed,
    policy_name: &'p str,
    policy: &'p Policy,
    episode_id: String,
    new_episode: bool,
    first_due_on: NaiveDate,
    last_step: Option<usize>,
    days_overdue: i64,
    overdue: Vec<(Currency, i64)>,
    due: Vec<usize>,
}

fn overdue_json(o: &[(Currency, i64)]) -> serde_json::Value {
    o.iter().map(|(c, a)| serde_json::json!({"currency": c.code(), "amount": a})).collect::<Vec<_>>().into()
}

fn step_of(policy: &Policy, n: usize) -> &Step {
    &policy.steps[n - 1]
}

fn action_event(kind: &str) -> EventType {
    match kind {
        "remind" => EventType::DunningRemind,
        "warn" => EventType::DunningWarn,
        "block" => EventType::DunningBlock,
        "pause" => EventType::DunningPause,
        "cancel" => EventType::DunningCancel,
        "downgrade" => EventType::DunningDowngrade,
        _ => EventType::DunningMarkUncollectible,
    }
}

/// One batch in one transaction: committed (or, for a dry run, rolled back) when it succeeds,
/// rolled back at once when it fails, so that its accounts are free for the retry one by one.
async fn run_batch(
    cx: &Context,
    policies: &Policies,
    ids: &[String],
    today: NaiveDate,
    dry_run: bool,
) -> Result<Batch> {
    let mut b = Batch::default();
    let mut t = Instant::now();
    let mut tx = cx.pool.begin().await?;
    match batch_body(&mut tx, cx, policies, ids, today, &mut b, &mut t).await {
        Ok(()) => {
            super::commit_unless_dry_run(tx, dry_run).await?;
            b.lap("commit", &mut t);
            Ok(b)
        }
        Err(e) => {
            tx.rollback().await.ok();
            Err(e)
        }
    }
}

async fn batch_body(
    tx: &mut PgConnection,
    cx: &Context,
    policies: &Policies,
    ids: &[String],
    today: NaiveDate,
    b: &mut Batch,
    t: &mut Instant,
) -> Result<()> {
    let now = cx.clock.now();
    let claimed = repo::claim(tx, ids).await?;
    b.lap("claim", t);
    b.skipped = ids.len() - claimed.len();
    if claimed.is_empty() {
        return Ok(());
    }
    let cids: Vec<String> = claimed.iter().map(|c| c.id.clone()).collect();
    let mut balances: HashMap<String, Vec<Overdue>> = HashMap::new();
    for o in repo::overdue_balances(&mut *tx, &cids, today).await? {
        balances.entry(o.account_id.clone()).or_default().push(o);
    }
    let mut episodes: HashMap<String, Episode> =
        repo::open_episodes(&mut *tx, &cids).await?.into_iter().map(|e| (e.account_id.clone(), e)).collect();
    let untold = repo::untold_overdue_invoices(&mut *tx, &cids, today).await?;
    b.lap("read", t);

    let mut plans: Vec<Plan<'_>> = Vec::new();
    for c in claimed {
        let Some(bal) = balances.remove(&c.id) else { continue };
        b.evaluated += 1;
        let (policy_name, policy) = match policies.of(c.dunning_policy.as_deref()) {
            Ok(p) => p,
            Err(why) => {
                b.failures.push(Failure { account_id: c.id.clone(), error: why });
                continue;
            }
        };
        let first_due_on = bal.iter().map(|o| o.first_due_on).min().unwrap_or(today);
        let overdue: Vec<(Currency, i64)> = bal.iter().map(|o| (o.currency, o.amount)).collect();
        let unpaid: i64 = bal.iter().map(|o| o.invoices).sum();
        let (episode_id, new_episode, last_step) = match episodes.remove(&c.id) {
            Some(e) => (e.id, false, e.last_step.and_then(|s| usize::try_from(s).ok())),
            None => (super::new_id(IdKind::DunningEpisode, now), true, None),
        };
        let days_overdue = (today - first_due_on).num_days();
        let facts = Facts {
            days_overdue,
            overdue: &overdue,
            unpaid_invoices: u32::try_from(unpaid).unwrap_or(u32::MAX),
            last_step,
        };
        let due = dunning::due_steps(policy, &facts);
        plans.push(Plan {
            claimed: c,
            policy_name,
            policy,
            episode_id,
            new_episode,
            first_due_on,
            last_step,
            days_overdue,
            overdue,
            due,
        });
    }

    b.lap("decide", t);
    // Episodes.
    let new: Vec<&Plan<'_>> = plans.iter().filter(|p| p.new_episode).collect();
    if !new.is_empty() {
        let ids: Vec<String> = new.iter().map(|p| p.episode_id.clone()).collect();
        let accounts: Vec<String> = new.iter().map(|p| p.claimed.id.clone()).collect();
        let first: Vec<NaiveDate> = new.iter().map(|p| p.first_due_on).collect();
        let last: Vec<Option<i32>> = new.iter().map(|p| p.due.last().map(|n| *n as i32)).collect();
        repo::insert_episodes(&mut *tx, &ids, &accounts, &first, &last, now, today).await?;
        b.opened = new.len();
    }
    let mut events: Vec<NewEvent> = untold.iter().map(|i| overdue_event(i, today)).collect();
    b.lap("episodes", t);

    // Step rows: only those written are acted on.
    let rows: Vec<NewStep> = plans
        .iter()
        .flat_map(|p| {
            p.due.iter().map(move |n| NewStep {
                episode_id: p.episode_id.clone(),
                account_id: p.claimed.id.clone(),
                step: *n as i32,
                actions: step_of(p.policy, *n).actions.iter().map(Action::text).collect::<Vec<_>>().join(","),
                policy: p.policy_name.to_string(),
            })
        })
        .collect();
    let written: std::collections::HashSet<(String, i32)> =
        repo::insert_steps(&mut *tx, &rows, now, today).await?.into_iter().collect();
    for p in &mut plans {
        p.due.retain(|n| written.contains(&(p.episode_id.clone(), *n as i32)));
    }
    let advanced: Vec<&Plan<'_>> = plans.iter().filter(|p| !p.new_episode && !p.due.is_empty()).collect();
    if !advanced.is_empty() {
        let ids: Vec<String> = advanced.iter().map(|p| p.episode_id.clone()).collect();
        let steps: Vec<i32> = advanced.iter().map(|p| *p.due.last().unwrap_or(&0) as i32).collect();
        repo::advance_episodes(&mut *tx, &ids, &steps, today).await?;
    }

    b.lap("steps", t);
    // Statuses (never lowered) and the events of every action.
    let (mut s_ids, mut s_from, mut s_to, mut s_why) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for p in &plans {
        let mut status = p.claimed.status;
        let mut why = String::new();
        let mut status_step = 0;
        for n in &p.due {
            let step = step_of(p.policy, *n);
            let data = serde_json::json!({
                "object": "dunning_step", "account_id": p.claimed.id, "episode_id": p.episode_id, "step": n,
                "policy": p.policy_name, "days_overdue": p.days_overdue, "overdue": overdue_json(&p.overdue),
                "actions": step.actions.iter().map(Action::text).collect::<Vec<_>>(),
            });
            for a in &step.actions {
                let kind = a.kind();
                events.push(NewEvent {
                    kind: action_event(kind),
                    account_id: Some(p.claimed.id.clone()),
                    dedupe_key: format!("dunning.{kind}:{}:{n}", p.episode_id),
                    data: data.clone(),
                });
                let target = match a {
                    Action::Warn => Some(AccountStatus::Warning),
                    Action::Block => Some(AccountStatus::Blocked),
                    _ => None,
                };
                if let Some(t) = target
                    && status_rank(t.as_str()) > status_rank(status.as_str())
                {
                    why = format!("dunning step {n} ({})", p.episode_id);
                    status_step = *n;
                    status = t;
                }
            }
        }
        if status != p.claimed.status {
            // One change per account and tick, from what it was to what it is now (a catch-up
            // from active straight to blocked is one change).
            events.push(NewEvent::once(
                EventType::AccountStatusChanged,
                Some(&p.claimed.id),
                &format!("{}:{}:{status_step}", p.claimed.id, p.episode_id),
                serde_json::json!({
                    "object": "account", "id": p.claimed.id, "from": p.claimed.status, "to": status,
                    "reason": why, "episode_id": p.episode_id,
                }),
            ));
            s_ids.push(p.claimed.id.clone());
            s_from.push(p.claimed.status);
            s_to.push(status);
            s_why.push(why);
        }
    }
    repo::set_statuses(&mut *tx, &s_ids, &s_from, &s_to, &s_why, &cx.actor, now).await?;
    b.lap("statuses", t);
    b.events += super::events::emit_many(&mut *tx, cx, &events).await?.events;
    b.lap("events", t);

    // Subscription and invoice actions, account by account.
    let mut notes: HashMap<(String, usize), Vec<String>> = HashMap::new();
    for p in &plans {
        for n in &p.due {
            for a in &step_of(p.policy, *n).actions {
                if a.is_simple() {
                    continue;
                }
                let done = complex_action(&mut *tx, cx, &p.claimed.id, a, today)
                    .await
                    .map_err(|e| e.context(format!("account {}: step {n} action {}", p.claimed.id, a.text())))?;
                notes.entry((p.claimed.id.clone(), *n)).or_default().extend(done);
            }
        }
    }

    for p in plans {
        let last = p.due.last().copied().or(p.last_step);
        *b.stages.entry(stage_label(p.policy, last)).or_default() += 1;
        for n in &p.due {
            b.taken.push(Taken {
                account_id: p.claimed.id.clone(),
                episode_id: p.episode_id.clone(),
                new_episode: p.new_episode,
                step: *n,
                days_overdue: p.days_overdue,
                actions: step_of(p.policy, *n).actions.iter().map(Action::text).collect(),
                notes: notes.remove(&(p.claimed.id.clone(), *n)).unwrap_or_default(),
            });
        }
    }
    b.lap("actions", t);
    Ok(())
}

fn overdue_event(i: &OverdueInvoice, today: NaiveDate) -> NewEvent {
    NewEvent::once(
        EventType::InvoiceOverdue,
        Some(&i.account_id),
        &i.id,
        serde_json::json!({
            "object": "invoice", "id": i.id, "number": i.number, "account_id": i.account_id,
            "currency": i.currency.code(), "total": i.total, "amount_due": i.amount_due, "due_on": i.due_on,
            "days_overdue": (today - i.due_on).num_days(),
        }),
    )
}

/// Pause, cancel, downgrade or mark_uncollectible for one account (its row lock held).
async fn complex_action(
    conn: &mut PgConnection,
    cx: &Context,
    account_id: &str,
    action: &Action,
    today: NaiveDate,
) -> Result<Vec<String>> {
    let mut notes = Vec::new();
    let change = match action {
        Action::Pause => Some(DunningChange::Pause),
        Action::Cancel(at) => Some(DunningChange::Cancel(*at)),
        Action::Downgrade(plan) => Some(DunningChange::Downgrade(plan)),
        _ => None,
    };
    if let Some(change) = change {
        for sub in repo::live_subscriptions(conn, account_id).await? {
            if let Some(note) = super::subscriptions::apply_dunning(conn, cx, &sub, change).await? {
                notes.push(note);
            }
        }
        return Ok(notes);
    }
    if *action == Action::MarkUncollectible {
        let now = cx.clock.now();
        for id in repo::mark_uncollectible(conn, account_id, today).await? {
            let Some(inv) = invoices::find(conn, &id).await? else { continue };
            audit::record(
                conn,
                audit::Entry {
                    by: &cx.actor,
                    at: now,
                    action: "invoice.uncollectible",
                    entity_type: "invoice",
                    entity_id: &inv.id,
                    account_id: Some(&inv.account_id),
                    before: Some(serde_json::json!({"status": "open"})),
                    after: Some(
                        serde_json::json!({"status": "uncollectible", "amount_due": inv.amount_due, "by": "dunning"}),
                    ),
                },
            )
            .await?;
            super::events::invoice_closed(conn, cx, &inv, EventType::InvoiceUncollectible).await?;
            notes.push(format!("{} written off", inv.number.as_deref().unwrap_or(&inv.id)));
        }
    }
    Ok(notes)
}

/// A status change the closing of an invoice made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusChange {
    pub from: AccountStatus,
    pub to: AccountStatus,
}

/// Called by [`super::events::invoice_closed`] in the transaction that paid, credited, voided or
/// wrote off `inv` (its account locked): when no overdue open invoice is left, the account's open
/// episode ends, and a `warning` or `blocked` account returns to `active` (not when dunning itself
/// wrote the invoice off: a written-off customer stays as dunning left them).
pub async fn after_invoice_closed(
    conn: &mut PgConnection,
    cx: &Context,
    inv: &Invoice,
    kind: EventType,
) -> Result<Option<StatusChange>> {
    let today = cx.clock.today();
    if repo::overdue_left(conn, &inv.account_id, today).await? > 0 {
        return Ok(None);
    }
    let now: DateTime<Utc> = cx.clock.now();
    let reason = match kind {
        EventType::InvoiceUncollectible => "written_off",
        EventType::InvoiceVoided => "voided",
        _ => "paid",
    };
    let ended = repo::end_episode(conn, &inv.account_id, reason, now, today).await?;
    if reason == "written_off" {
        return Ok(None);
    }
    let Some(setting) = repo::account_setting(conn, &inv.account_id).await? else { return Ok(None) };
    let from = setting.status;
    let Some(to) = dunning::status_when_nothing_overdue(from) else { return Ok(None) };
    store::accounts::set_status(conn, &inv.account_id, to.as_str()).await?;
    let why = format!(
        "invoice {} {}",
        inv.number.as_deref().unwrap_or(&inv.id),
        if reason == "voided" { "voided" } else { "paid" }
    );
    audit::record(
        conn,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: "account.unblock",
            entity_type: "account",
            entity_id: &inv.account_id,
            account_id: Some(&inv.account_id),
            before: Some(serde_json::json!({ "status": from })),
            after: Some(serde_json::json!({ "status": to, "reason": why })),
        },
    )
    .await?;
    let cause = ended.clone().unwrap_or_else(|| inv.id.clone());
    super::events::emit(
        conn,
        cx,
        NewEvent::once(
            EventType::AccountStatusChanged,
            Some(&inv.account_id),
            &format!("{}:{cause}:end", inv.account_id),
            serde_json::json!({
                "object": "account", "id": inv.account_id, "from": from, "to": to, "reason": why,
                "episode_id": ended,
            }),
        ),
    )
    .await?;
    Ok(Some(StatusChange { from, to }))
}

/// Refuses new business for a blocked account (exit 4, with the reason and the way out).
pub async fn refuse_if_blocked(conn: &mut PgConnection, account: &Account, what: &str) -> Result<()> {
    if account.status != AccountStatus::Blocked {
        return Ok(());
    }
    let since = repo::blocked_since(conn, &account.id).await?;
    let by = match since {
        Some(d) => format!("is blocked by dunning since {d}"),
        None => "is blocked".to_string(),
    };
    Err(error::conflict(format!("account {} {by}: {what} is refused", account.id))
        .hint(format!(
            "pay the overdue invoices (`billctl invoice list --account {} --status open`) or `billctl account update {} --status active`",
            account.id, account.id
        ))
        .into())
}

/// One account in `dunning status`.
#[derive(Debug, Clone, Serialize)]
pub struct StatusItem {
    pub account_id: String,
    pub name: String,
    pub status: AccountStatus,
    pub policy: String,
    pub episode_id: String,
    pub started_on: NaiveDate,
    pub stage: String,
    pub days_overdue: i64,
    pub unpaid_invoices: i64,
    /// Overdue amounts, minor units per currency.
    pub overdue: Vec<OverdueAmount>,
    pub last_step: Option<usize>,
    pub last_step_on: Option<NaiveDate>,
    pub next_step: Option<usize>,
    pub next_actions: Vec<String>,
    /// The day the next step's day count is reached (its other conditions may hold it back).
    pub next_step_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OverdueAmount {
    pub currency: Currency,
    pub amount: i64,
}

/// `dunning status`: accounts in an open episode, optionally one account or one stage (a step
/// number, `none`, or an action name such as `block`).
pub async fn status(cx: &Context, account: Option<&str>, stage: Option<&str>, limit: i64) -> Result<Vec<StatusItem>> {
    let today = cx.clock.today();
    let mut conn = cx.pool.acquire().await?;
    let policies = Policies::load(&mut conn).await?;
    let rows = repo::status_rows(&mut conn, today, account, limit).await?;
    let mut items: Vec<StatusItem> = Vec::new();
    for r in rows {
        let item = match items.last_mut() {
            Some(last) if last.episode_id == r.episode_id => last,
            _ => {
                let last_step = r.last_step.and_then(|s| usize::try_from(s).ok());
                let (name, policy) = match policies.of(r.dunning_policy.as_deref()) {
                    Ok((n, p)) => (n.to_string(), Some(p)),
                    Err(_) => (r.dunning_policy.clone().unwrap_or_default(), None),
                };
                let next = policy.and_then(|p| dunning::next_step(p, last_step));
                items.push(StatusItem {
                    account_id: r.account_id.clone(),
                    name: r.name.clone(),
                    status: r.status,
                    policy: name,
                    episode_id: r.episode_id.clone(),
                    started_on: r.started_on,
                    stage: policy.map_or_else(|| "?".into(), |p| stage_label(p, last_step)),
                    days_overdue: 0,
                    unpaid_invoices: 0,
                    overdue: Vec::new(),
                    last_step,
                    last_step_on: r.last_step_on,
                    next_step: next.map(|(n, _)| n),
                    next_actions: next.map(|(_, s)| s.actions.iter().map(Action::text).collect()).unwrap_or_default(),
                    next_step_on: None,
                });
                items.last_mut().expect("pushed")
            }
        };
        if let (Some(c), Some(a), Some(first)) = (r.currency, r.amount, r.first_due_on) {
            item.overdue.push(OverdueAmount { currency: c, amount: a });
            item.unpaid_invoices += r.invoices.unwrap_or(0);
            item.days_overdue = item.days_overdue.max((today - first).num_days());
        }
    }
    // The next step's date counts from the earliest overdue due date.
    for it in &mut items {
        if let Ok((_, p)) =
            policies.of(if it.policy == dunning::DEFAULT_POLICY { None } else { Some(it.policy.as_str()) })
            && let Some((_, s)) = dunning::next_step(p, it.last_step)
        {
            let first = today - chrono::Days::new(it.days_overdue.max(0) as u64);
            it.next_step_on = first.checked_add_days(chrono::Days::new(u64::from(s.after_days)));
        }
    }
    if let Some(st) = stage {
        let st = st.trim().to_ascii_lowercase();
        items.retain(|it| match st.as_str() {
            "none" => it.last_step.is_none(),
            s if s.parse::<usize>().is_ok() => it.last_step == s.parse::<usize>().ok(),
            s => it.stage.contains(s),
        });
    }
    Ok(items)
}
