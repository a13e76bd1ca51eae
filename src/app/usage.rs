//! Usage events: record one, or import a CSV file. Idempotent per account and key.
//!
//! Checks, for every event: the subscription exists; the metric is one of its plan version's
//! metered metrics in its currency; the quantity is a non-negative decimal; the time is RFC 3339;
//! the key is not empty; the event is not before the subscription started, nor on or after the day
//! it was canceled, nor during its current pause; and the late-usage rule (`domain::usage`): an
//! event in a period already invoiced is accepted up to 7 days after that period ends (billed on a
//! supplemental invoice), else refused.
//! An event whose key is already recorded is a duplicate: not an error, not written again.

use super::Context;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use anyhow::{Context as _, Result};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::Serialize;
use sqlx::PgConnection;

use crate::clock::Clock;
use crate::domain::catalog::{ChargeKind, PriceDef};
use crate::domain::ids::IdKind;
use crate::domain::lifecycle::SubStatus;
use crate::domain::period::{Interval, local_date};
use crate::domain::schedule::{billing_period, more_than_one_period_ago};
use crate::domain::usage::{UsagePlacement, place_in_period};
use crate::domain::{DomainError, pricing};
use crate::error::{self, UserError};
use crate::store::audit;
use crate::store::subscriptions::Subscription;
use crate::store::usage::{self as repo, UsageEvent};
use crate::store::{accounts, plans, subscriptions};

use super::catalog;

/// Import columns, all required.
pub const COLUMNS: [&str; 5] = ["subscription", "metric", "quantity", "occurred_at", "key"];
const BATCH: usize = 5_000;

/// One event as typed (flags or a CSV row).
#[derive(Debug, Clone, Default)]
pub struct UsageInput {
    pub subscription: String,
    pub metric: String,
    pub quantity: String,
    pub occurred_at: String,
    pub key: String,
}

/// What billing needs to know about a subscription to accept its usage.
struct SubInfo {
    sub: Subscription,
    tz: chrono_tz::Tz,
    metrics: Vec<String>,
    interval: Interval,
    /// The metered prices in the subscription's currency, to check what usage will cost.
    prices: Vec<PriceDef>,
    /// Quantity per metric recorded and not invoiced yet (plus what this command adds).
    unbilled: HashMap<String, Decimal>,
}

impl SubInfo {
    /// Adds an event's quantity to the unbilled usage of its metric, refusing it (field
    /// `quantity`) if that usage would cost more than the amount limit: an invoice must always be
    /// able to bill it.
    fn add_unbilled(&mut self, metric: &str, quantity: Decimal) -> Result<(), DomainError> {
        let total = self.unbilled.get(metric).copied().unwrap_or_default().checked_add(quantity);
        let cur = self.sub.currency;
        let too_much = || {
            DomainError::invalid(
                "quantity",
                format!(
                    "{quantity} more {metric} would make the unbilled usage of {} cost more than the limit of {} at \
                     its plan's price",
                    self.sub.id,
                    crate::domain::money::max_amount(cur)
                ),
            )
        };
        let total = total.ok_or_else(too_much)?;
        for p in self.prices.iter().filter(|p| p.metric.as_deref() == Some(metric)) {
            let mode = p.tier_mode.ok_or_else(|| DomainError::invalid("tier_mode", "missing"))?;
            match pricing::metered_amount_minor(mode, &p.tiers, p.package.as_ref(), total, cur) {
                Ok(a) if a <= crate::domain::money::MAX_AMOUNT_MINOR => {}
                _ => return Err(too_much()),
            }
        }
        self.unbilled.insert(metric.to_string(), total);
        Ok(())
    }
}

async fn sub_info(conn: &mut PgConnection, key: &str) -> Result<Option<SubInfo>> {
    let Some(sub) = subscriptions::find(conn, key).await? else { return Ok(None) };
    let account = accounts::find(conn, &sub.account_id).await?.context("subscription without account")?;
    let detail = plans::load_version(conn, &sub.plan_version_id).await?.context("subscription without plan")?;
    let metrics = detail
        .prices
        .iter()
        .filter(|p| p.row.kind == "metered" && p.row.currency == sub.currency)
        .filter_map(|p| p.row.metric.clone())
        .collect();
    let interval = catalog::interval(&detail)?;
    let prices = catalog::price_defs(&detail)?
        .into_iter()
        .filter(|p| p.kind == ChargeKind::Metered && p.currency == sub.currency)
        .collect();
    let unbilled = repo::unbilled_totals(conn, &sub.id).await?.into_iter().collect();
    Ok(Some(SubInfo { tz: account.timezone, sub, metrics, interval, prices, unbilled }))
}

fn parse_quantity(text: &str) -> Result<Decimal, DomainError> {
    let q = crate::domain::money::parse_decimal(text, "quantity")?.normalize();
    if q.is_sign_negative() && !q.is_zero() {
        return Err(DomainError::invalid("quantity", format!("must not be negative (got {text})")));
    }
    if q.scale() > 12 || q >= Decimal::from(1_000_000_000_000_000_000i64) {
        return Err(DomainError::invalid(
            "quantity",
            format!("'{text}' is too large: at most 12 decimals and less than 10^18 (1000000000000000000)"),
        ));
    }
    Ok(q.abs())
}

fn parse_time(text: &str) -> Result<DateTime<Utc>, DomainError> {
    DateTime::parse_from_rfc3339(text.trim()).map(|t| t.with_timezone(&Utc)).map_err(|_| {
        DomainError::invalid("occurred_at", format!("'{text}' is not an RFC 3339 time (e.g. 2026-01-15T10:00:00Z)"))
    })
}

/// A checked event, ready to insert unless it is a duplicate.
#[derive(Debug, Clone)]
struct Checked {
    event: UsageEvent,
    event_date: NaiveDate,
}

/// Checks the fields that do not depend on the database.
fn check_fields(input: &UsageInput, info: &SubInfo, clock: &Clock) -> Result<Checked, Vec<DomainError>> {
    let mut errs = Vec::new();
    for (field, text) in [("metric", &input.metric), ("quantity", &input.quantity), ("key", &input.key)] {
        if let Err(e) = crate::domain::validate::no_nul(text, field) {
            errs.push(e);
        }
    }
    if !errs.is_empty() {
        return Err(errs);
    }
    let metric = input.metric.trim();
    if !info.metrics.iter().any(|m| m == metric) {
        let known = if info.metrics.is_empty() { "none".to_string() } else { info.metrics.join(", ") };
        errs.push(DomainError::invalid(
            "metric",
            format!(
                "'{metric}' is not a metered metric of {}'s plan in {} (metrics: {known})",
                info.sub.id, info.sub.currency
            ),
        ));
    }
    let quantity = parse_quantity(&input.quantity).map_err(|e| errs.push(e)).ok();
    let occurred = parse_time(&input.occurred_at).map_err(|e| errs.push(e)).ok();
    let key = input.key.trim();
    if key.is_empty() {
        errs.push(DomainError::invalid("key", "an idempotency key is required"));
    }
    let (Some(quantity), Some(occurred_at), true) = (quantity, occurred, errs.is_empty()) else { return Err(errs) };
    Ok(Checked {
        event: UsageEvent {
            id: super::new_id(IdKind::Usage, clock.now()),
            account_id: info.sub.account_id.clone(),
            subscription_id: info.sub.id.clone(),
            metric: metric.to_string(),
            quantity,
            occurred_at,
            idempotency_key: key.to_string(),
            invoice_id: None,
            created_at: clock.now(),
        },
        event_date: local_date(occurred_at, info.tz),
    })
}

/// Where a new (not duplicate) event goes, or why it is refused (field `occurred_at`).
fn placement(c: &Checked, info: &SubInfo, clock: &Clock) -> Result<UsagePlacement, DomainError> {
    let s = &info.sub;
    let day = c.event_date;
    if day < s.start_date {
        return Err(DomainError::invalid(
            "occurred_at",
            format!("usage dated {day} is before {} started on {}", s.id, s.start_date),
        ));
    }
    if let Some(canceled) = s.canceled_at.filter(|c| day >= *c) {
        return Err(DomainError::invalid(
            "occurred_at",
            format!(
                "usage dated {day} is on or after the day {} was canceled ({canceled}): it takes no usage from then on",
                s.id
            ),
        ));
    }
    if let Some(paused) = s.paused_at.filter(|p| day >= *p && s.status == SubStatus::Paused) {
        return Err(DomainError::invalid(
            "occurred_at",
            format!("usage dated {day} is while {} is paused (since {paused}); nothing is billed while paused", s.id),
        ));
    }
    let period_end = billing_period(s.anchor_date, info.interval, day).map(|(p, _)| p.end).unwrap_or(day);
    let received = clock.today_in(info.tz);
    match place_in_period(day, received, s.usage_billed_through, period_end) {
        UsagePlacement::Rejected { reason } => Err(DomainError::invalid("occurred_at", reason)),
        p => Ok(p),
    }
}

fn placement_name(p: &UsagePlacement) -> &'static str {
    match p {
        UsagePlacement::Open => "open",
        UsagePlacement::Supplemental => "supplemental",
        UsagePlacement::Rejected { .. } => "rejected",
    }
}

/// The result of `usage record`.
#[derive(Debug, Clone, Serialize)]
pub struct Recorded {
    /// `recorded` or `duplicate` (the key was already used; the stored event is shown).
    pub outcome: String,
    /// `open` (billed with its period) or `supplemental` (late: on a supplemental invoice at the
    /// next run); empty for a duplicate.
    pub placement: String,
    pub event: UsageEvent,
}

fn invalid(message: String, errs: &[DomainError]) -> UserError {
    error::usage(message)
        .details(errs.iter().map(ToString::to_string).collect())
        .hint("fix the values above and record the event again; nothing was written")
}

/// Whether an event's date is more than one billing period before today (needs confirmation).
fn long_ago(c: &Checked, info: &SubInfo, clock: &Clock) -> bool {
    more_than_one_period_ago(c.event_date, info.interval, clock.today_in(info.tz))
}

/// `confirmed`: the user confirmed events dated more than one billing period ago.
pub async fn record(cx: &Context, input: &UsageInput, confirmed: bool) -> Result<Recorded> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    crate::domain::validate::no_nul(&input.subscription, "subscription")
        .map_err(|e| invalid("the usage event is not valid".into(), &[e]))?;
    let mut tx = pool.begin().await?;
    let mut info = sub_info(&mut tx, input.subscription.trim()).await?.ok_or_else(|| {
        error::not_found(format!("no subscription '{}'", input.subscription))
            .hint("list them with `billctl subscription list`")
    })?;
    let checked = check_fields(input, &info, clock).map_err(|e| invalid("the usage event is not valid".into(), &e))?;
    let e = &checked.event;
    if let Some(existing) = repo::find_by_key(&mut tx, &e.account_id, &e.idempotency_key).await? {
        return Ok(Recorded { outcome: "duplicate".into(), placement: String::new(), event: existing });
    }
    let place = placement(&checked, &info, clock).map_err(|err| {
        let msg = err.to_string();
        invalid(msg, &[]).hint("late usage is accepted up to 7 days after its period ends; correct the bill with `billctl credit grant` instead")
    })?;
    if !confirmed && long_ago(&checked, &info, clock) {
        return Err(error::needs_confirmation(format!(
            "usage dated {} is more than one billing period before today ({}); it is billed on {}'s next invoice",
            checked.event_date,
            clock.today_in(info.tz),
            info.sub.id
        ))
        .into());
    }
    info.add_unbilled(&e.metric, e.quantity).map_err(|err| invalid("the usage event is not valid".into(), &[err]))?;
    let inserted = repo::insert_new(&mut tx, std::slice::from_ref(e)).await?;
    if inserted.is_empty() {
        // Recorded by someone else in the meantime.
        let existing = repo::find_by_key(&mut tx, &e.account_id, &e.idempotency_key).await?.context("vanished")?;
        return Ok(Recorded { outcome: "duplicate".into(), placement: String::new(), event: existing });
    }
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "usage.record",
            entity_type: "usage_event",
            entity_id: &e.id,
            account_id: Some(&e.account_id),
            before: None,
            after: Some(serde_json::to_value(e).unwrap_or_default()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Recorded { outcome: "recorded".into(), placement: placement_name(&place).into(), event: checked.event })
}

/// The counts of `usage import`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ImportReport {
    pub rows: usize,
    pub inserted: usize,
    pub duplicates: usize,
    pub rejected: usize,
    /// Of the inserted (or, with a dry run, insertable) events: how many are late and go on a
    /// supplemental invoice.
    pub supplemental: usize,
    pub dry_run: bool,
}

struct RowError {
    line: u64,
    field: String,
    reason: String,
}

impl RowError {
    fn of(line: u64, e: DomainError) -> RowError {
        match e {
            DomainError::Invalid { field, reason } => RowError { line, field, reason },
            other => RowError { line, field: "-".into(), reason: other.to_string() },
        }
    }
}

fn read_rows(path: &Path) -> Result<Vec<(u64, UsageInput)>> {
    let file = std::fs::File::open(path)
        .map_err(|e| error::usage(format!("cannot read {}: {e}", path.display())).hint("check the file path"))?;
    let mut rdr = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(file);
    let headers = rdr.headers().map_err(|e| error::usage(format!("cannot read the CSV header: {e}")))?.clone();
    let missing: Vec<&str> = COLUMNS.into_iter().filter(|c| !headers.iter().any(|h| h == *c)).collect();
    let unknown: Vec<&str> = headers.iter().filter(|h| !COLUMNS.contains(h)).collect();
    if !missing.is_empty() || !unknown.is_empty() {
        let mut what = Vec::new();
        if !missing.is_empty() {
            what.push(format!("missing column(s): {}", missing.join(", ")));
        }
        if !unknown.is_empty() {
            what.push(format!("unknown column(s): {}", unknown.join(", ")));
        }
        return Err(error::usage(format!("the CSV header is wrong: {}", what.join("; ")))
            .hint(format!("the header must be: {}", COLUMNS.join(",")))
            .into());
    }
    let idx = |name: &str| headers.iter().position(|h| h == name).expect("checked");
    let mut rows = Vec::new();
    for record in rdr.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            error::usage(format!("line {line}: the CSV cannot be read: {e}")).hint("fix the file and import it again")
        })?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        rows.push((
            line,
            UsageInput {
                subscription: record[idx("subscription")].to_string(),
                metric: record[idx("metric")].to_string(),
                quantity: record[idx("quantity")].to_string(),
                occurred_at: record[idx("occurred_at")].to_string(),
                key: record[idx("key")].to_string(),
            },
        ));
    }
    if rows.is_empty() {
        return Err(error::usage("the file has a header but no rows").into());
    }
    Ok(rows)
}

/// Imports a CSV file: every row is checked first; nothing is written unless all are valid.
/// `confirmed`: the user confirmed events dated more than one billing period ago.
pub async fn import(cx: &Context, path: &Path, dry_run: bool, confirmed: bool) -> Result<ImportReport> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let rows = read_rows(path)?;
    let mut tx = pool.begin().await?;
    let mut infos: HashMap<String, Option<SubInfo>> = HashMap::new();
    let mut errors: Vec<RowError> = Vec::new();
    let mut checked: Vec<(u64, String, Checked)> = Vec::new();
    for (line, input) in &rows {
        let key = input.subscription.trim().to_string();
        if key.is_empty() {
            errors.push(RowError::of(*line, DomainError::invalid("subscription", "is required")));
            continue;
        }
        if let Err(e) = crate::domain::validate::no_nul(&key, "subscription") {
            errors.push(RowError::of(*line, e));
            continue;
        }
        if !infos.contains_key(&key) {
            let info = sub_info(&mut tx, &key).await?;
            infos.insert(key.clone(), info);
        }
        let Some(info) = infos[&key].as_ref() else {
            errors.push(RowError::of(*line, DomainError::invalid("subscription", format!("no subscription '{key}'"))));
            continue;
        };
        match check_fields(input, info, clock) {
            Ok(c) => checked.push((*line, key, c)),
            Err(errs) => errors.extend(errs.into_iter().map(|e| RowError::of(*line, e))),
        }
    }
    // Duplicates: keys already recorded, or seen earlier in the file.
    let (accts, keys): (Vec<String>, Vec<String>) =
        checked.iter().map(|(_, _, c)| (c.event.account_id.clone(), c.event.idempotency_key.clone())).unzip();
    let mut seen: HashSet<(String, String)> = repo::existing_keys(&mut tx, &accts, &keys).await?.into_iter().collect();
    let mut report = ImportReport { rows: rows.len(), dry_run, ..Default::default() };
    let mut new_events = Vec::new();
    let mut old_events: Vec<NaiveDate> = Vec::new();
    for (line, sub_key, c) in checked {
        if !seen.insert((c.event.account_id.clone(), c.event.idempotency_key.clone())) {
            report.duplicates += 1;
            continue;
        }
        let info = infos.get_mut(&sub_key).and_then(Option::as_mut).expect("loaded");
        match placement(&c, info, clock).and_then(|p| info.add_unbilled(&c.event.metric, c.event.quantity).map(|_| p)) {
            Ok(p) => {
                report.supplemental += usize::from(p == UsagePlacement::Supplemental);
                if long_ago(&c, info, clock) {
                    old_events.push(c.event_date);
                }
                new_events.push(c.event);
            }
            Err(e) => errors.push(RowError::of(line, e)),
        }
    }
    if !errors.is_empty() {
        errors.sort_by(|a, b| (a.line, &a.field).cmp(&(b.line, &b.field)));
        let mut lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
        lines.dedup();
        return Err(error::usage(format!(
            "{} has {} rejected row(s) of {}; nothing was imported",
            path.display(),
            lines.len(),
            rows.len()
        ))
        .details(error::listed(errors.iter().map(|e| format!("line {}: {}: {}", e.line, e.field, e.reason))))
        .hint("fix the rows listed above and import the whole file again (rows already recorded are skipped)")
        .into());
    }
    if dry_run {
        report.inserted = new_events.len();
        return Ok(report);
    }
    if let (Some(oldest), false) = (old_events.iter().min(), confirmed) {
        return Err(error::needs_confirmation(format!(
            "{} event(s) of {} are dated more than one billing period before today (the oldest {oldest}); they \
             are billed on their subscriptions' next invoices",
            old_events.len(),
            path.display()
        ))
        .into());
    }
    let mut inserted = 0;
    for chunk in new_events.chunks(BATCH) {
        inserted += repo::insert_new(&mut tx, chunk).await?.len();
    }
    report.inserted = inserted;
    report.duplicates = rows.len() - inserted;
    let file = path.display().to_string();
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "usage.import",
            entity_type: "usage_import",
            entity_id: &file,
            account_id: None,
            before: None,
            after: Some(serde_json::to_value(&report).unwrap_or_default()),
        },
    )
    .await?;
    tx.commit().await.context("cannot commit the usage import")?;
    Ok(report)
}
