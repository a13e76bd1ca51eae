//! Finance reports: `report mrr` and `report aging`. Read-only: one query for the facts (store),
//! the figures computed by the domain.

use anyhow::Result;
use chrono::{Days, NaiveDate, NaiveTime};
use futures::TryStreamExt;

use super::Context;
use crate::domain::Currency;
use crate::domain::period::IntervalUnit;
use crate::domain::reports::{
    self as rules, AgingAccount, AgingTotals, MrrPeriod, Receivable, RevenueLine, RevenuePeriod, Step, SubState,
};
use crate::error::{self, UserError};
use crate::store::reports as repo;

/// What `report mrr` asks for: the inclusive range, the step and an optional currency.
#[derive(Debug, Clone)]
pub struct MrrQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub step: Step,
    pub currency: Option<Currency>,
}

/// Checks that `--from` is not after `--to`, and that the range has at most
/// [`rules::MAX_PERIODS`] periods.
pub fn check_range(from: NaiveDate, to: NaiveDate, step: Step) -> Result<(), UserError> {
    if from > to {
        return Err(error::usage(format!("--from {from} is after --to {to}"))
            .hint("give --from on or before --to (both dates are included)"));
    }
    if rules::periods(from, to, step).len() >= rules::MAX_PERIODS {
        return Err(error::usage(format!(
            "--from {from} --to {to} has {} or more periods of a {step:?}; ask for a longer --interval",
            rules::MAX_PERIODS
        )));
    }
    Ok(())
}

/// MRR and its movements per period and currency, from the subscription history recorded by the
/// clock's instant.
pub async fn mrr(cx: &Context, q: &MrrQuery) -> Result<Vec<MrrPeriod>> {
    check_range(q.from, q.to, q.step)?;
    let mut conn = cx.pool.acquire().await?;
    let mut facts = repo::mrr_facts(&mut conn, q.to, cx.clock.now(), q.currency);
    let mut states = Vec::new();
    while let Some(f) = facts.try_next().await? {
        let unit: IntervalUnit = f
            .interval_unit
            .parse()
            .map_err(|_| error::internal(format!("a plan version has the interval '{}'", f.interval_unit)))?;
        let quantity = u32::try_from(f.quantity)
            .map_err(|_| error::internal(format!("a subscription has the quantity {} in its history", f.quantity)))?;
        let interval_count = u32::try_from(f.interval_count)
            .map_err(|_| error::internal(format!("a plan version has the interval count {}", f.interval_count)))?;
        states.push(SubState {
            subscription: f.sub_no.unsigned_abs(),
            account: f.account_no.unsigned_abs(),
            currency: f.currency,
            effective: f.effective_date,
            paying: f.paying,
            quantity,
            flat: f.flat,
            per_seat: f.per_seat,
            unit,
            interval_count,
        });
    }
    drop(facts);
    Ok(rules::mrr_report(&states, q.from, q.to, q.step).map_err(UserError::from)?)
}

/// Customer and MRR churn rates per period and currency, from the MRR movements.
pub async fn churn(cx: &Context, q: &MrrQuery) -> Result<Vec<rules::ChurnPeriod>> {
    Ok(rules::churn_report(&mrr(cx, q).await?))
}

/// ARPA and LTV per currency at the end of the clock's day (UTC), with the average customer churn
/// rate of the 6 complete calendar months before it.
pub async fn ltv(cx: &Context, currency: Option<Currency>) -> Result<Vec<rules::LtvRow>> {
    use chrono::{Datelike, Months};
    let today = cx.clock.today();
    let month_start = today.with_day(1).unwrap_or(today);
    let from = month_start.checked_sub_months(Months::new(6)).unwrap_or(month_start);
    let q = MrrQuery { from, to: today, step: Step::Month, currency };
    let periods = mrr(cx, &q).await?;
    let (now, months): (Vec<_>, Vec<_>) = periods.into_iter().partition(|p| p.period_end == today);
    Ok(rules::ltv_report(&months, &now).map_err(UserError::from)?)
}

/// `report aging`: totals per currency and the accounts in each bucket.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Aging {
    pub as_of: NaiveDate,
    pub totals: Vec<AgingTotals>,
    pub accounts: Vec<AgingAccountRow>,
}

/// An account in an aging bucket, with its name.
#[derive(Debug, Clone, serde::Serialize)]
pub struct AgingAccountRow {
    #[serde(flatten)]
    pub inner: AgingAccount,
    pub account_name: String,
}

/// Open receivables at the end of the clock's day (UTC), aged by days past their due date.
pub async fn aging(cx: &Context, currency: Option<Currency>) -> Result<Aging> {
    let as_of = cx.clock.today();
    let next_day = (as_of + Days::new(1)).and_time(NaiveTime::MIN).and_utc();
    let mut conn = cx.pool.acquire().await?;
    let facts = repo::receivables(&mut conn, as_of, next_day, currency).await?;
    let items: Vec<Receivable> = facts
        .iter()
        .map(|f| Receivable {
            account_id: f.account_id.clone(),
            currency: f.currency,
            due_on: f.due_on,
            amount: f.amount,
        })
        .collect();
    let (totals, accounts) = rules::aging(&items, as_of).map_err(UserError::from)?;
    let names: std::collections::HashMap<&str, &str> =
        facts.iter().map(|f| (f.account_id.as_str(), f.account_name.as_str())).collect();
    let accounts = accounts
        .into_iter()
        .map(|a| AgingAccountRow {
            account_name: names.get(a.account_id.as_str()).unwrap_or(&"").to_string(),
            inner: a,
        })
        .collect();
    Ok(Aging { as_of, totals, accounts })
}

/// Invoiced, recognised and deferred revenue per period and currency (same query as `report mrr`).
pub async fn revenue(cx: &Context, q: &MrrQuery) -> Result<Vec<RevenuePeriod>> {
    check_range(q.from, q.to, q.step)?;
    let mut conn = cx.pool.acquire().await?;
    let facts = repo::revenue_lines(&mut conn, q.from, q.to, q.currency).await?;
    let lines: Vec<RevenueLine> = facts
        .into_iter()
        .map(|f| RevenueLine {
            currency: f.currency,
            issued_on: f.issued_on,
            service_start: f.service_start,
            service_end: f.service_end,
            amount: f.amount,
        })
        .collect();
    Ok(rules::revenue_report(&lines, q.from, q.to, q.step).map_err(UserError::from)?)
}

/// What `report customers` asks for.
#[derive(Debug, Clone)]
pub struct CustomersQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub top: usize,
    pub by: rules::CustomerOrder,
    pub currency: Option<Currency>,
}

/// The top accounts of each currency by revenue invoiced in the range or by MRR at its end; each
/// row has both figures.
pub async fn customers(cx: &Context, q: &CustomersQuery) -> Result<Vec<rules::CustomerRow>> {
    check_range(q.from, q.to, Step::Month)?;
    let mut conn = cx.pool.acquire().await?;
    let mut rows: std::collections::HashMap<(String, Currency), rules::CustomerRow> = Default::default();
    for f in repo::customer_revenue(&mut conn, q.from, q.to, q.currency).await? {
        let r = customer_row(&mut rows, &f.account_id, &f.account_name, f.currency);
        r.revenue = f.revenue;
        r.invoices = f.invoices.unsigned_abs();
    }
    let known_at = cx.clock.now();
    for f in repo::account_mrr_facts(&mut conn, q.to, known_at, q.currency).await? {
        let state = SubState {
            subscription: 0,
            account: 0,
            currency: f.currency,
            effective: q.to,
            paying: f.paying,
            quantity: u32::try_from(f.quantity).unwrap_or(0),
            flat: f.flat,
            per_seat: f.per_seat,
            unit: f
                .interval_unit
                .parse()
                .map_err(|_| error::internal(format!("a plan version has the interval '{}'", f.interval_unit)))?,
            interval_count: u32::try_from(f.interval_count).unwrap_or(1),
        };
        let mrr = rules::monthly_minor(&state).map_err(UserError::from)?;
        let r = customer_row(&mut rows, &f.account_id, &f.account_name, f.currency);
        r.mrr += mrr;
    }
    Ok(rules::top_customers(rows.into_values().collect(), q.by, q.top))
}

fn customer_row<'a>(
    rows: &'a mut std::collections::HashMap<(String, Currency), rules::CustomerRow>,
    id: &str,
    name: &str,
    currency: Currency,
) -> &'a mut rules::CustomerRow {
    rows.entry((id.to_string(), currency)).or_insert_with(|| rules::CustomerRow {
        rank: 0,
        currency,
        account_id: id.to_string(),
        account_name: name.to_string(),
        revenue: 0,
        invoices: 0,
        mrr: 0,
    })
}

/// Subscriptions per status at each period end, and new and canceled in each period.
pub async fn subscriptions(cx: &Context, q: &MrrQuery) -> Result<Vec<rules::SubscriptionPeriod>> {
    check_range(q.from, q.to, q.step)?;
    let mut conn = cx.pool.acquire().await?;
    let mut facts = repo::status_facts(&mut conn, q.to, cx.clock.now(), q.currency);
    let mut changes = Vec::new();
    while let Some(f) = facts.try_next().await? {
        changes.push(rules::StatusChange {
            subscription: f.sub_no.unsigned_abs(),
            currency: f.currency,
            effective: f.effective_date,
            status: f.status,
        });
    }
    drop(facts);
    Ok(rules::subscriptions_report(&changes, q.from, q.to, q.step))
}
