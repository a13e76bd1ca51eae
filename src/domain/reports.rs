//! Finance reports, pure: MRR and its movements from subscription states, receivables aging.
//!
//! # MRR
//! A subscription state (one per subscription and effective day, the last event of that day) counts
//! only while its status is `active` (past-due subscriptions stay active until dunning cancels them);
//! trialing, paused and canceled states count zero. Its monthly recurring revenue is
//! `(flat + per_seat × quantity) × minor units × N ÷ (D × interval_count)` with N/D = 1/1 for a
//! monthly price, 1/12 for a yearly one, 52/12 for a weekly one and 365/12 for a daily one, rounded
//! once to minor units with [`round_to_minor`]. Metered prices, taxes and one-off charges are not
//! recurring and are excluded (metered usage is usage revenue, not MRR).
//!
//! Movements are computed per account and currency from its MRR at the end of each day (so changes
//! within one day net out): 0 → positive is **new** the first time, **reactivation** after that;
//! positive → 0 is **churn**; up is **expansion**, down is **contraction**. Contraction and churn
//! are negative amounts, so `net_new = new + expansion + contraction + churn + reactivation` and
//! `mrr = mrr_start + net_new`. ARR is 12 × MRR.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use serde::Serialize;

use super::catalog::minor_factor;
use super::money::round_to_minor;
use super::period::IntervalUnit;
use super::{Currency, DomainError};

/// The step of a report's time series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Day,
    Week,
    Month,
    Quarter,
}

/// The most periods one report shows.
pub const MAX_PERIODS: usize = 10_000;

/// The periods `[start, end]` (both inclusive) of `step` that cover `from..=to`: calendar days, ISO
/// weeks (Monday to Sunday), calendar months or quarters, the first and last cut to the range.
pub fn periods(from: NaiveDate, to: NaiveDate, step: Step) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let mut start = from;
    while start <= to && out.len() < MAX_PERIODS {
        let next = match step {
            Step::Day => start + Days::new(1),
            Step::Week => start + Days::new(7 - u64::from(start.weekday().num_days_from_monday())),
            Step::Month => first_of_month(start.year(), start.month() + 1),
            Step::Quarter => first_of_month(start.year(), (start.month0() / 3) * 3 + 4),
        };
        let end = (next - Days::new(1)).min(to);
        out.push((start, end));
        start = next;
    }
    out
}

/// The first day of `month` (1-based, may be 13..=15 meaning next year) of `year`.
fn first_of_month(year: i32, month: u32) -> NaiveDate {
    let (y, m) = if month > 12 { (year + 1, month - 12) } else { (year, month) };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MAX)
}

/// One subscription's state from `effective` on (the last history event of that day). Subscriptions
/// and accounts are numbered (any numbering that tells them apart), which keeps a million states small.
#[derive(Debug, Clone, PartialEq)]
pub struct SubState {
    pub subscription: u64,
    pub account: u64,
    pub currency: Currency,
    pub effective: NaiveDate,
    /// Active (paying) in this state: not trialing, paused or canceled.
    pub paying: bool,
    pub quantity: u32,
    /// Sum of the flat prices per period, major units.
    pub flat: Decimal,
    /// Sum of the per-seat prices per period, major units.
    pub per_seat: Decimal,
    pub unit: IntervalUnit,
    pub interval_count: u32,
}

/// The monthly recurring revenue of a state in minor units (0 unless paying); see the module docs.
pub fn monthly_minor(s: &SubState) -> Result<i64, DomainError> {
    if !s.paying {
        return Ok(0);
    }
    let (num, den) = match s.unit {
        IntervalUnit::Month => (1, 1),
        IntervalUnit::Year => (1, 12),
        IntervalUnit::Week => (52, 12),
        IntervalUnit::Day => (365, 12),
    };
    let per_period = s
        .per_seat
        .checked_mul(Decimal::from(s.quantity))
        .and_then(|seats| seats.checked_add(s.flat))
        .and_then(|p| p.checked_mul(minor_factor(s.currency)))
        .and_then(|p| p.checked_mul(Decimal::from(num)))
        .ok_or(DomainError::Overflow)?;
    let divisor = Decimal::from(den) * Decimal::from(s.interval_count.max(1));
    round_to_minor(per_period / divisor)
}

/// One period of `report mrr`, in one currency (minor units; contraction and churn negative).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MrrPeriod {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub currency: Currency,
    pub mrr_start: i64,
    pub new: i64,
    pub expansion: i64,
    pub contraction: i64,
    pub churn: i64,
    pub reactivation: i64,
    pub net_new: i64,
    /// MRR at the end of `period_end`.
    pub mrr: i64,
    pub arr: i64,
    /// Accounts with MRR above zero at the end of the period.
    pub customers: u64,
    /// Accounts with MRR above zero at the start of the period.
    pub customers_start: u64,
    /// Accounts whose MRR went to zero in the period (each time it did).
    pub churned_customers: u64,
}

#[derive(Default, Clone, Copy)]
struct Moves {
    new: i64,
    expansion: i64,
    contraction: i64,
    churn: i64,
    reactivation: i64,
}

/// One account's MRR in one currency changing at the end of `day` from `before` to `after`.
struct DayChange {
    day: NaiveDate,
    before: i64,
    after: i64,
    first_payment: bool,
}

/// MRR and movements for each period, for each currency with a subscription state up to `to`. `states`
/// may come in any order; those after `to` are ignored.
pub fn mrr_report(
    states: &[SubState],
    from: NaiveDate,
    to: NaiveDate,
    step: Step,
) -> Result<Vec<MrrPeriod>, DomainError> {
    let mut sorted: Vec<&SubState> = states.iter().filter(|s| s.effective <= to).collect();
    sorted.sort_by(|a, b| a.effective.cmp(&b.effective).then_with(|| a.subscription.cmp(&b.subscription)));
    // Replay day by day: per-subscription MRR, per-account totals, and the day-end changes.
    let mut sub_mrr: HashMap<u64, i64> = HashMap::new();
    let mut account_mrr: HashMap<(u64, Currency), i64> = HashMap::new();
    let mut ever_paid: HashSet<(u64, Currency)> = HashSet::new();
    let mut changes: BTreeMap<Currency, Vec<DayChange>> = BTreeMap::new();
    let mut i = 0;
    while i < sorted.len() {
        let day = sorted[i].effective;
        let mut before_today: HashMap<(u64, Currency), i64> = HashMap::new();
        while i < sorted.len() && sorted[i].effective == day {
            let s = sorted[i];
            let key = (s.account, s.currency);
            let total = account_mrr.entry(key).or_insert(0);
            before_today.entry(key).or_insert(*total);
            let new = monthly_minor(s)?;
            let old = sub_mrr.insert(s.subscription, new).unwrap_or(0);
            *total = total.checked_add(new - old).ok_or(DomainError::Overflow)?;
            i += 1;
        }
        for (key, before) in before_today {
            let after = account_mrr[&key];
            let list = changes.entry(key.1).or_default();
            if after == before {
                continue;
            }
            let first_payment = after > 0 && !ever_paid.contains(&key);
            if after > 0 {
                ever_paid.insert(key);
            }
            list.push(DayChange { day, before, after, first_payment });
        }
    }
    let mut out = Vec::new();
    for (currency, mut list) in changes {
        list.sort_by_key(|c| c.day);
        let mut mrr: i64 = 0;
        let mut customers: i64 = 0;
        let mut idx = 0;
        let apply = |c: &DayChange, mrr: &mut i64, customers: &mut i64| {
            *mrr += c.after - c.before;
            *customers += i64::from(c.after > 0) - i64::from(c.before > 0);
        };
        while idx < list.len() && list[idx].day < from {
            apply(&list[idx], &mut mrr, &mut customers);
            idx += 1;
        }
        for (start, end) in periods(from, to, step) {
            let mrr_start = mrr;
            let customers_start = customers;
            let mut churned: u64 = 0;
            let mut m = Moves::default();
            while idx < list.len() && list[idx].day <= end {
                let c = &list[idx];
                let delta = c.after - c.before;
                if c.before == 0 {
                    if c.first_payment { m.new += delta } else { m.reactivation += delta }
                } else if c.after == 0 {
                    m.churn += delta;
                    churned += 1;
                } else if delta > 0 {
                    m.expansion += delta;
                } else {
                    m.contraction += delta;
                }
                apply(c, &mut mrr, &mut customers);
                idx += 1;
            }
            out.push(MrrPeriod {
                period_start: start,
                period_end: end,
                currency,
                mrr_start,
                new: m.new,
                expansion: m.expansion,
                contraction: m.contraction,
                churn: m.churn,
                reactivation: m.reactivation,
                net_new: m.new + m.expansion + m.contraction + m.churn + m.reactivation,
                mrr,
                arr: mrr.checked_mul(12).ok_or(DomainError::Overflow)?,
                customers: customers.max(0) as u64,
                customers_start: customers_start.max(0) as u64,
                churned_customers: churned,
            });
        }
    }
    out.sort_by(|a, b| a.period_start.cmp(&b.period_start).then_with(|| a.currency.cmp(&b.currency)));
    Ok(out)
}

/// One period of `report churn`, in one currency: rates as fractions (0.05 = 5 %), none when the
/// period starts with no paying customer (or no MRR).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChurnPeriod {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub currency: Currency,
    pub customers_start: u64,
    pub churned_customers: u64,
    /// Churned customers ÷ paying customers at the start.
    pub customer_churn_rate: Option<Decimal>,
    pub mrr_start: i64,
    /// (churn + contraction) ÷ MRR at the start (as a positive fraction).
    pub gross_mrr_churn_rate: Option<Decimal>,
    /// (churn + contraction − expansion − reactivation) ÷ MRR at the start; negative when expansion
    /// outgrows the losses.
    pub net_mrr_churn_rate: Option<Decimal>,
}

/// Rates are rounded to 6 decimal places (half away from zero); they are ratios, not money.
fn ratio(num: i64, den: i64) -> Option<Decimal> {
    (den != 0).then(|| {
        (Decimal::from(num) / Decimal::from(den))
            .round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
            .normalize()
    })
}

/// Customer churn rate and gross and net MRR churn per period, from the MRR periods.
pub fn churn_report(periods: &[MrrPeriod]) -> Vec<ChurnPeriod> {
    periods
        .iter()
        .map(|p| {
            let lost = -(p.churn + p.contraction);
            ChurnPeriod {
                period_start: p.period_start,
                period_end: p.period_end,
                currency: p.currency,
                customers_start: p.customers_start,
                churned_customers: p.churned_customers,
                customer_churn_rate: ratio(
                    i64::try_from(p.churned_customers).unwrap_or(i64::MAX),
                    i64::try_from(p.customers_start).unwrap_or(i64::MAX),
                ),
                mrr_start: p.mrr_start,
                gross_mrr_churn_rate: ratio(lost, p.mrr_start),
                net_mrr_churn_rate: ratio(lost - p.expansion - p.reactivation, p.mrr_start),
            }
        })
        .collect()
}

/// `report ltv` in one currency: ARPA and LTV in minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LtvRow {
    pub currency: Currency,
    /// MRR and paying accounts at the end of the as-of day.
    pub mrr: i64,
    pub customers: u64,
    /// Average revenue per account: MRR ÷ paying accounts (none without any).
    pub arpa: Option<i64>,
    /// Mean of the monthly customer churn rates of the trailing complete months that started with
    /// a paying account (6 decimal places for display; LTV uses the exact mean).
    pub avg_customer_churn_rate: Option<Decimal>,
    /// ARPA ÷ the average churn rate; none (undefined) when that rate is zero or unknown.
    pub ltv: Option<i64>,
}

/// LTV per currency from the trailing complete months (`months`, any currency, monthly periods)
/// and the periods ending on the as-of day (`now`: one per currency).
pub fn ltv_report(months: &[MrrPeriod], now: &[MrrPeriod]) -> Result<Vec<LtvRow>, DomainError> {
    let mut out = Vec::new();
    for p in now {
        let rates: Vec<Decimal> = months
            .iter()
            .filter(|m| m.currency == p.currency && m.customers_start > 0)
            .map(|m| Decimal::from(m.churned_customers) / Decimal::from(m.customers_start))
            .collect();
        let avg = (!rates.is_empty()).then(|| rates.iter().sum::<Decimal>() / Decimal::from(rates.len()));
        let arpa_exact = (p.customers > 0).then(|| Decimal::from(p.mrr) / Decimal::from(p.customers));
        let arpa = arpa_exact.map(round_to_minor).transpose()?;
        let ltv = match (arpa_exact, avg) {
            (Some(a), Some(r)) if !r.is_zero() => Some(round_to_minor(a.checked_div(r).ok_or(DomainError::Overflow)?)?),
            _ => None,
        };
        out.push(LtvRow {
            currency: p.currency,
            mrr: p.mrr,
            customers: p.customers,
            arpa,
            avg_customer_churn_rate: avg
                .map(|r| r.round_dp_with_strategy(6, rust_decimal::RoundingStrategy::MidpointAwayFromZero).normalize()),
            ltv,
        });
    }
    Ok(out)
}

/// The age buckets of `report aging`, by days past the due date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum AgeBucket {
    #[serde(rename = "current")]
    Current,
    #[serde(rename = "1-30")]
    Days1To30,
    #[serde(rename = "31-60")]
    Days31To60,
    #[serde(rename = "61-90")]
    Days61To90,
    #[serde(rename = "over-90")]
    Over90,
}

impl AgeBucket {
    pub const ALL: [AgeBucket; 5] =
        [AgeBucket::Current, AgeBucket::Days1To30, AgeBucket::Days31To60, AgeBucket::Days61To90, AgeBucket::Over90];

    /// Not yet due (or due today) is current; then 1–30, 31–60, 61–90 and over 90 days past due.
    pub fn of(days_past_due: i64) -> AgeBucket {
        match days_past_due {
            d if d <= 0 => AgeBucket::Current,
            1..=30 => AgeBucket::Days1To30,
            31..=60 => AgeBucket::Days31To60,
            61..=90 => AgeBucket::Days61To90,
            _ => AgeBucket::Over90,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AgeBucket::Current => "current",
            AgeBucket::Days1To30 => "1-30",
            AgeBucket::Days31To60 => "31-60",
            AgeBucket::Days61To90 => "61-90",
            AgeBucket::Over90 => "over-90",
        }
    }
}

/// One open receivable: an account's amount due on `due_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receivable {
    pub account_id: String,
    pub currency: Currency,
    pub due_on: NaiveDate,
    pub amount: i64,
}

/// Open receivables of one currency by age bucket (minor units).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgingTotals {
    pub currency: Currency,
    pub current: i64,
    pub days_1_30: i64,
    pub days_31_60: i64,
    pub days_61_90: i64,
    pub over_90: i64,
    pub total: i64,
}

/// One account's open receivables in one bucket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgingAccount {
    pub bucket: AgeBucket,
    pub currency: Currency,
    pub account_id: String,
    pub amount: i64,
}

/// Totals per currency, and per bucket, currency and account, as of `as_of`.
pub fn aging(items: &[Receivable], as_of: NaiveDate) -> Result<(Vec<AgingTotals>, Vec<AgingAccount>), DomainError> {
    let mut totals: BTreeMap<Currency, [i64; 5]> = BTreeMap::new();
    let mut accounts: BTreeMap<(AgeBucket, Currency, &str), i64> = BTreeMap::new();
    for r in items {
        let bucket = AgeBucket::of((as_of - r.due_on).num_days());
        let t = &mut totals.entry(r.currency).or_insert([0; 5])[bucket as usize];
        *t = t.checked_add(r.amount).ok_or(DomainError::Overflow)?;
        let a = accounts.entry((bucket, r.currency, r.account_id.as_str())).or_insert(0);
        *a = a.checked_add(r.amount).ok_or(DomainError::Overflow)?;
    }
    let totals = totals
        .into_iter()
        .map(|(currency, b)| {
            let total = b.iter().try_fold(0i64, |acc, v| acc.checked_add(*v)).ok_or(DomainError::Overflow)?;
            Ok(AgingTotals {
                currency,
                current: b[0],
                days_1_30: b[1],
                days_31_60: b[2],
                days_61_90: b[3],
                over_90: b[4],
                total,
            })
        })
        .collect::<Result<Vec<_>, DomainError>>()?;
    let accounts = accounts
        .into_iter()
        .map(|((bucket, currency, account), amount)| AgingAccount {
            bucket,
            currency,
            account_id: account.to_string(),
            amount,
        })
        .collect();
    Ok((totals, accounts))
}

/// One invoice line for revenue recognition: its amount (minor units, may be negative), the day its
/// invoice was issued and its half-open service period (none: recognised on the issue date).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevenueLine {
    pub currency: Currency,
    pub issued_on: NaiveDate,
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
    pub amount: i64,
}

impl RevenueLine {
    /// The service days `[start, end)`: the issue day alone when there is no (or an empty) period.
    fn span(&self) -> (NaiveDate, NaiveDate) {
        match (self.service_start, self.service_end) {
            (Some(s), Some(e)) if e > s => (s, e),
            _ => (self.issued_on, self.issued_on + Days::new(1)),
        }
    }

    /// Recognised through the end of `day`: each service day gets `amount ÷ days` (truncated), the
    /// last day the rest, so the parts sum to the amount exactly; nothing is recognised before the
    /// invoice is issued (the days before it are recognised on the issue date).
    pub fn recognised_through(&self, day: NaiveDate) -> i64 {
        if day < self.issued_on {
            return 0;
        }
        let (start, end) = self.span();
        if day < start {
            return 0;
        }
        let days = (end - start).num_days();
        if day >= end - Days::new(1) {
            return self.amount;
        }
        let share = self.amount / days;
        share * ((day - start).num_days() + 1)
    }

    fn invoiced_through(&self, day: NaiveDate) -> i64 {
        if day >= self.issued_on { self.amount } else { 0 }
    }
}

/// One period of `report revenue`, in one currency (minor units).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RevenuePeriod {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub currency: Currency,
    /// Line amounts (before tax) of invoices issued in the period.
    pub invoiced: i64,
    /// Recognised in the period: the lines' parts for its days.
    pub recognised: i64,
    /// Invoiced but not yet recognised at the end of the period.
    pub deferred: i64,
}

/// Invoiced, recognised and deferred revenue per period and currency.
pub fn revenue_report(
    lines: &[RevenueLine],
    from: NaiveDate,
    to: NaiveDate,
    step: Step,
) -> Result<Vec<RevenuePeriod>, DomainError> {
    let mut by_currency: BTreeMap<Currency, Vec<&RevenueLine>> = BTreeMap::new();
    for l in lines.iter().filter(|l| l.issued_on <= to) {
        by_currency.entry(l.currency).or_default().push(l);
    }
    let periods = periods(from, to, step);
    let mut out = Vec::new();
    for (start, end) in &periods {
        let before = *start - Days::new(1);
        for (currency, lines) in &by_currency {
            let (mut invoiced, mut recognised, mut deferred) = (0i64, 0i64, 0i64);
            for l in lines {
                let add = |acc: &mut i64, v: i64| acc.checked_add(v).map(|s| *acc = s).ok_or(DomainError::Overflow);
                let cum_end = l.recognised_through(*end);
                add(&mut invoiced, l.invoiced_through(*end) - l.invoiced_through(before))?;
                add(&mut recognised, cum_end - l.recognised_through(before))?;
                add(&mut deferred, l.invoiced_through(*end) - cum_end)?;
            }
            out.push(RevenuePeriod {
                period_start: *start,
                period_end: *end,
                currency: *currency,
                invoiced,
                recognised,
                deferred,
            });
        }
    }
    Ok(out)
}

/// What `report customers` ranks by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomerOrder {
    /// Invoiced before tax in the range.
    Revenue,
    /// MRR at the end of the range.
    Mrr,
}

/// One account in one currency for `report customers` (minor units).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CustomerRow {
    /// 1 for the top account of its currency.
    pub rank: u32,
    pub currency: Currency,
    pub account_id: String,
    pub account_name: String,
    pub revenue: i64,
    pub invoices: u64,
    pub mrr: i64,
}

/// The `top` accounts of each currency by `by` (ties by account id), ranked from 1; accounts with
/// nothing by that measure are left out.
pub fn top_customers(mut rows: Vec<CustomerRow>, by: CustomerOrder, top: usize) -> Vec<CustomerRow> {
    let key = |r: &CustomerRow| match by {
        CustomerOrder::Revenue => r.revenue,
        CustomerOrder::Mrr => r.mrr,
    };
    rows.retain(|r| key(r) != 0);
    rows.sort_by(|a, b| {
        a.currency.cmp(&b.currency).then_with(|| key(b).cmp(&key(a))).then_with(|| a.account_id.cmp(&b.account_id))
    });
    let mut out: Vec<CustomerRow> = Vec::new();
    for mut r in rows {
        let n = out.iter().filter(|o| o.currency == r.currency).count();
        if n < top {
            r.rank = n as u32 + 1;
            out.push(r);
        }
    }
    out
}

/// A subscription's status from `effective` on (the last history event of that day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusChange {
    pub subscription: u64,
    pub currency: Currency,
    pub effective: NaiveDate,
    /// trialing, active, paused or canceled.
    pub status: String,
}

/// One period of `report subscriptions`, in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubscriptionPeriod {
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub currency: Currency,
    /// Subscriptions in each status at the end of `period_end`.
    pub active: u64,
    pub trialing: u64,
    pub paused: u64,
    /// Subscriptions that started in the period (their first state; a trial counts when it starts).
    pub new: u64,
    /// Subscriptions canceled in the period.
    pub canceled: u64,
    /// new − canceled.
    pub net_new: i64,
}

/// Counts per period and currency from every subscription's status changes (any order; those after
/// `to` are ignored). A currency appears once it has a subscription.
pub fn subscriptions_report(
    changes: &[StatusChange],
    from: NaiveDate,
    to: NaiveDate,
    step: Step,
) -> Vec<SubscriptionPeriod> {
    let mut sorted: Vec<&StatusChange> = changes.iter().filter(|c| c.effective <= to).collect();
    sorted.sort_by(|a, b| a.subscription.cmp(&b.subscription).then_with(|| a.effective.cmp(&b.effective)));
    let spans = periods(from, to, step);
    let mut out: std::collections::BTreeMap<(Currency, usize), SubscriptionPeriod> = Default::default();
    let period_of = |day: NaiveDate| spans.iter().position(|(s, e)| *s <= day && day <= *e);
    let mut i = 0;
    while i < sorted.len() {
        let sub = sorted[i].subscription;
        let mut j = i;
        while j < sorted.len() && sorted[j].subscription == sub {
            j += 1;
        }
        let mine = &sorted[i..j];
        let currency = mine[0].currency;
        for (k, (_, end)) in spans.iter().enumerate() {
            let row = out.entry((currency, k)).or_insert_with(|| SubscriptionPeriod {
                period_start: spans[k].0,
                period_end: *end,
                currency,
                active: 0,
                trialing: 0,
                paused: 0,
                new: 0,
                canceled: 0,
                net_new: 0,
            });
            if let Some(now) = mine.iter().rev().find(|c| c.effective <= *end) {
                match now.status.as_str() {
                    "active" => row.active += 1,
                    "trialing" => row.trialing += 1,
                    "paused" => row.paused += 1,
                    _ => {}
                }
            }
        }
        if let Some(row) = period_of(mine[0].effective).and_then(|k| out.get_mut(&(currency, k))) {
            row.new += 1;
        }
        for w in mine.windows(2) {
            if w[1].status == "canceled"
                && w[0].status != "canceled"
                && let Some(row) = period_of(w[1].effective).and_then(|k| out.get_mut(&(currency, k)))
            {
                row.canceled += 1;
            }
        }
        if mine.len() == 1
            && mine[0].status == "canceled"
            && let Some(row) = period_of(mine[0].effective).and_then(|k| out.get_mut(&(currency, k)))
        {
            row.canceled += 1;
        }
        i = j;
    }
    let mut rows: Vec<SubscriptionPeriod> = out.into_values().collect();
    for r in &mut rows {
        r.net_new = r.new as i64 - r.canceled as i64;
    }
    rows.sort_by(|a, b| a.period_start.cmp(&b.period_start).then_with(|| a.currency.cmp(&b.currency)));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn cur(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    /// A paying state of subscription `sub` (account `acct`) in USD from `on`: `flat` per `unit`.
    fn st(sub: u64, acct: u64, on: &str, flat: Decimal, unit: IntervalUnit) -> SubState {
        SubState {
            subscription: sub,
            account: acct,
            currency: cur("USD"),
            effective: d(on),
            paying: true,
            quantity: 1,
            flat,
            per_seat: Decimal::ZERO,
            unit,
            interval_count: 1,
        }
    }

    fn ended(mut s: SubState) -> SubState {
        s.paying = false;
        s
    }

    fn month(states: &[SubState], from: &str, to: &str) -> Vec<MrrPeriod> {
        mrr_report(states, d(from), d(to), Step::Month).unwrap()
    }

    #[test]
    fn a_yearly_price_counts_a_twelfth_and_a_weekly_one_fifty_two_twelfths() {
        let y = st(1, 1, "2026-01-01", dec!(1200), IntervalUnit::Year);
        assert_eq!(monthly_minor(&y).unwrap(), 10_000);
        let w = st(2, 2, "2026-01-01", dec!(10), IntervalUnit::Week);
        assert_eq!(monthly_minor(&w).unwrap(), 4_333, "1000 × 52 / 12 = 4333.33 → 4333");
        let mut q = st(3, 3, "2026-01-01", dec!(100), IntervalUnit::Month);
        q.interval_count = 3;
        assert_eq!(monthly_minor(&q).unwrap(), 3_333, "a quarterly price counts a third");
        let mut seats = st(4, 4, "2026-01-01", dec!(20), IntervalUnit::Month);
        seats.per_seat = dec!(10);
        seats.quantity = 5;
        assert_eq!(monthly_minor(&seats).unwrap(), 7_000, "20 + 10 × 5 seats");
    }

    #[test]
    fn rounding_to_the_minor_unit_happens_once_half_away_from_zero() {
        // 1000.06 / 12 = 83.338333… → 8333.83 cents → 8334.
        let y = st(1, 1, "2026-01-01", dec!(1000.06), IntervalUnit::Year);
        assert_eq!(monthly_minor(&y).unwrap(), 8_334);
    }

    #[test]
    fn an_annual_and_a_monthly_customer_are_both_new_mrr() {
        let states = [
            st(1, 1, "2026-01-10", dec!(1200), IntervalUnit::Year),
            st(2, 2, "2026-01-20", dec!(30), IntervalUnit::Month),
        ];
        let r = month(&states, "2026-01-01", "2026-02-28");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].mrr_start, r[0].new, r[0].net_new, r[0].mrr, r[0].arr), (0, 13_000, 13_000, 13_000, 156_000));
        assert_eq!(r[0].customers, 2);
        assert_eq!((r[1].mrr_start, r[1].new, r[1].mrr), (13_000, 0, 13_000));
    }

    #[test]
    fn an_upgrade_and_a_downgrade_in_one_month_are_expansion_and_contraction() {
        let states = [
            st(1, 1, "2026-01-01", dec!(30), IntervalUnit::Month),
            st(1, 1, "2026-03-05", dec!(90), IntervalUnit::Month),
            st(1, 1, "2026-03-20", dec!(50), IntervalUnit::Month),
        ];
        let r = month(&states, "2026-03-01", "2026-03-31");
        assert_eq!(r.len(), 1);
        let p = &r[0];
        assert_eq!((p.mrr_start, p.expansion, p.contraction, p.net_new, p.mrr), (3_000, 6_000, -4_000, 2_000, 5_000));
        assert_eq!((p.new, p.churn, p.reactivation), (0, 0, 0));
    }

    #[test]
    fn canceling_one_of_two_subscriptions_is_contraction_and_the_last_is_churn() {
        let a = st(1, 1, "2026-01-01", dec!(30), IntervalUnit::Month);
        let b = st(2, 1, "2026-01-01", dec!(20), IntervalUnit::Month);
        let mut a_end = ended(a.clone());
        a_end.effective = d("2026-02-10");
        let mut b_end = ended(b.clone());
        b_end.effective = d("2026-03-15");
        let r = month(&[a, b, a_end, b_end], "2026-01-01", "2026-03-31");
        assert_eq!((r[0].new, r[0].mrr, r[0].customers), (5_000, 5_000, 1), "one customer, two subscriptions");
        assert_eq!((r[1].contraction, r[1].churn, r[1].mrr), (-3_000, 0, 2_000));
        assert_eq!((r[2].contraction, r[2].churn, r[2].mrr, r[2].customers), (0, -2_000, 0, 0));
    }

    #[test]
    fn a_customer_who_churns_and_returns_is_a_reactivation_not_new() {
        let a = st(1, 1, "2026-01-01", dec!(30), IntervalUnit::Month);
        let mut gone = ended(a.clone());
        gone.effective = d("2026-02-10");
        let back = st(2, 1, "2026-03-03", dec!(90), IntervalUnit::Month);
        let r = month(&[a, gone, back], "2026-02-01", "2026-03-31");
        assert_eq!((r[0].churn, r[0].mrr), (-3_000, 0));
        assert_eq!((r[1].new, r[1].reactivation, r[1].mrr), (0, 9_000, 9_000));
    }

    #[test]
    fn a_trial_counts_nothing_and_is_new_mrr_when_it_converts() {
        let trial = ended(st(1, 1, "2026-01-20", dec!(10), IntervalUnit::Month));
        let paid = st(1, 1, "2026-02-03", dec!(10), IntervalUnit::Month);
        let r = month(&[trial, paid], "2026-01-01", "2026-02-28");
        assert_eq!((r[0].new, r[0].mrr, r[0].customers), (0, 0, 0));
        assert_eq!((r[1].new, r[1].mrr, r[1].customers), (1_000, 1_000, 1));
    }

    #[test]
    fn changes_on_the_same_day_net_out() {
        let a = st(1, 1, "2026-01-05", dec!(30), IntervalUnit::Month);
        let mut gone = ended(a.clone());
        gone.effective = d("2026-02-10");
        let again = st(2, 1, "2026-02-10", dec!(40), IntervalUnit::Month);
        let r = month(&[a, gone, again], "2026-02-01", "2026-02-28");
        assert_eq!((r[0].churn, r[0].reactivation, r[0].expansion, r[0].mrr), (0, 0, 1_000, 4_000));
    }

    #[test]
    fn eur_and_jpy_are_reported_side_by_side_never_summed() {
        let mut e = st(1, 1, "2026-01-01", dec!(12.50), IntervalUnit::Month);
        e.currency = cur("EUR");
        let mut j = st(2, 2, "2026-01-01", dec!(12000), IntervalUnit::Year);
        j.currency = cur("JPY");
        let r = month(&[e, j], "2026-01-01", "2026-01-31");
        assert_eq!(r.len(), 2);
        assert_eq!((r[0].currency, r[0].mrr), (cur("EUR"), 1_250));
        assert_eq!((r[1].currency, r[1].mrr), (cur("JPY"), 1_000), "yen have no minor unit");
    }

    #[test]
    fn a_range_before_any_data_is_empty_and_one_after_it_keeps_the_last_mrr() {
        let a = st(1, 1, "2026-05-01", dec!(30), IntervalUnit::Month);
        assert!(month(std::slice::from_ref(&a), "2025-01-01", "2025-03-31").is_empty());
        let r = month(&[a], "2027-01-01", "2027-01-31");
        assert_eq!((r[0].mrr_start, r[0].net_new, r[0].mrr), (3_000, 0, 3_000));
    }

    #[test]
    fn weeks_run_monday_to_sunday_and_quarters_follow_the_calendar_cut_to_the_range() {
        let w = periods(d("2026-12-02"), d("2026-12-15"), Step::Week);
        assert_eq!(
            w,
            vec![
                (d("2026-12-02"), d("2026-12-06")),
                (d("2026-12-07"), d("2026-12-13")),
                (d("2026-12-14"), d("2026-12-15"))
            ]
        );
        let q = periods(d("2026-02-10"), d("2027-01-05"), Step::Quarter);
        assert_eq!(q.first(), Some(&(d("2026-02-10"), d("2026-03-31"))));
        assert_eq!(q[3], (d("2026-10-01"), d("2026-12-31")));
        assert_eq!(q.last(), Some(&(d("2027-01-01"), d("2027-01-05"))));
        let m = periods(d("2026-12-01"), d("2027-01-31"), Step::Month);
        assert_eq!(m, vec![(d("2026-12-01"), d("2026-12-31")), (d("2027-01-01"), d("2027-01-31"))]);
    }

    fn annual(amount: i64) -> RevenueLine {
        RevenueLine {
            currency: cur("USD"),
            issued_on: d("2026-01-01"),
            service_start: Some(d("2026-01-01")),
            service_end: Some(d("2027-01-01")),
            amount,
        }
    }

    #[test]
    fn an_annual_invoice_is_recognised_day_by_day_with_the_remainder_on_the_last_day() {
        // 1000.00 over 365 days: 273 cents a day (99645), the last day 273 + 355.
        let r = revenue_report(&[annual(100_000)], d("2026-01-01"), d("2026-12-31"), Step::Month).unwrap();
        assert_eq!(r.len(), 12);
        assert_eq!((r[0].invoiced, r[0].recognised, r[0].deferred), (100_000, 31 * 273, 100_000 - 31 * 273));
        assert_eq!((r[1].invoiced, r[1].recognised), (0, 28 * 273));
        assert_eq!((r[11].recognised, r[11].deferred), (30 * 273 + 628, 0));
        assert_eq!(r.iter().map(|p| p.recognised).sum::<i64>(), 100_000, "the parts sum to the line exactly");
    }

    #[test]
    fn days_of_service_before_the_invoice_are_recognised_on_its_issue_date() {
        let mut usage = annual(3_100);
        usage.service_start = Some(d("2026-01-01"));
        usage.service_end = Some(d("2026-02-01"));
        usage.issued_on = d("2026-02-01");
        let r = revenue_report(&[usage], d("2026-01-01"), d("2026-02-28"), Step::Month).unwrap();
        assert_eq!((r[0].invoiced, r[0].recognised, r[0].deferred), (0, 0, 0), "January closed without it");
        assert_eq!((r[1].invoiced, r[1].recognised, r[1].deferred), (3_100, 3_100, 0));
    }

    #[test]
    fn a_negative_proration_line_is_spread_like_any_other_and_a_line_without_a_period_lands_on_its_issue_day() {
        let mut credit = annual(-1_000);
        credit.service_start = Some(d("2026-01-01"));
        credit.service_end = Some(d("2026-01-04"));
        assert_eq!(credit.recognised_through(d("2026-01-01")), -333);
        assert_eq!(credit.recognised_through(d("2026-01-02")), -666);
        assert_eq!(credit.recognised_through(d("2026-01-03")), -1_000);
        let mut one_off = annual(500);
        one_off.service_start = None;
        one_off.service_end = None;
        one_off.issued_on = d("2026-01-10");
        assert_eq!(one_off.recognised_through(d("2026-01-09")), 0);
        assert_eq!(one_off.recognised_through(d("2026-01-10")), 500);
    }

    #[test]
    fn churn_rates_divide_the_losses_by_the_start_of_the_period() {
        // Start of March: three customers, 200.00 MRR. One churns (−50), one contracts (−30), one
        // expands (+20).
        let a = st(1, 1, "2026-01-01", dec!(50), IntervalUnit::Month);
        let b = st(2, 2, "2026-01-01", dec!(80), IntervalUnit::Month);
        let c = st(3, 3, "2026-01-01", dec!(70), IntervalUnit::Month);
        let mut a_end = ended(a.clone());
        a_end.effective = d("2026-03-10");
        let b_down = st(2, 2, "2026-03-11", dec!(50), IntervalUnit::Month);
        let c_up = st(3, 3, "2026-03-12", dec!(90), IntervalUnit::Month);
        let r = month(&[a, b, c, a_end, b_down, c_up], "2026-02-01", "2026-03-31");
        let ch = churn_report(&r);
        assert_eq!(ch[0].customer_churn_rate, Some(Decimal::ZERO));
        let m = &ch[1];
        assert_eq!((m.customers_start, m.churned_customers, m.mrr_start), (3, 1, 20_000));
        assert_eq!(m.customer_churn_rate, Some(dec!(0.333333)));
        assert_eq!(m.gross_mrr_churn_rate, Some(dec!(0.4)), "(50 + 30) / 200");
        assert_eq!(m.net_mrr_churn_rate, Some(dec!(0.3)), "(50 + 30 − 20) / 200");
        let empty =
            churn_report(&month(&[st(1, 1, "2026-05-05", dec!(1), IntervalUnit::Month)], "2026-05-01", "2026-05-31"));
        assert_eq!(
            (empty[0].customer_churn_rate, empty[0].gross_mrr_churn_rate),
            (None, None),
            "no customer at the start"
        );
    }

    #[test]
    fn ltv_is_arpa_divided_by_the_average_monthly_customer_churn_and_undefined_without_churn() {
        // Four customers at 30.00 from January; one churns in March: rates Feb 0, Mar 1/4, Apr 0 (of
        // three); average (0 + 1/4 + 0) / 3 = 1/12. ARPA 30.00 → LTV 360.00.
        let mut states: Vec<SubState> =
            (1..=4).map(|i| st(i, i, "2026-01-01", dec!(30), IntervalUnit::Month)).collect();
        let mut gone = ended(states[0].clone());
        gone.effective = d("2026-03-15");
        states.push(gone);
        let months = month(&states, "2026-02-01", "2026-04-30");
        let now = month(&states, "2026-05-10", "2026-05-10");
        let r = ltv_report(&months, &now).unwrap();
        assert_eq!(r.len(), 1);
        assert_eq!((r[0].mrr, r[0].customers, r[0].arpa), (9_000, 3, Some(3_000)));
        assert_eq!(r[0].avg_customer_churn_rate, Some(dec!(0.083333)));
        assert_eq!(r[0].ltv, Some(36_000));
        let calm = month(&states[1..4], "2026-02-01", "2026-04-30");
        let r = ltv_report(&calm, &month(&states[1..4], "2026-05-10", "2026-05-10")).unwrap();
        assert_eq!((r[0].avg_customer_churn_rate, r[0].ltv), (Some(Decimal::ZERO), None), "no churn: undefined");
    }

    #[test]
    fn receivables_age_by_days_past_the_due_date() {
        assert_eq!(AgeBucket::of(0), AgeBucket::Current);
        assert_eq!(AgeBucket::of(-3), AgeBucket::Current);
        assert_eq!(AgeBucket::of(1), AgeBucket::Days1To30);
        assert_eq!(AgeBucket::of(30), AgeBucket::Days1To30);
        assert_eq!(AgeBucket::of(31), AgeBucket::Days31To60);
        assert_eq!(AgeBucket::of(90), AgeBucket::Days61To90);
        assert_eq!(AgeBucket::of(91), AgeBucket::Over90);
        let items = [
            Receivable { account_id: "a1".into(), currency: cur("USD"), due_on: d("2026-03-01"), amount: 100 },
            Receivable { account_id: "a1".into(), currency: cur("USD"), due_on: d("2026-03-20"), amount: 50 },
            Receivable { account_id: "a2".into(), currency: cur("USD"), due_on: d("2025-12-31"), amount: 7 },
            Receivable { account_id: "a3".into(), currency: cur("JPY"), due_on: d("2026-04-10"), amount: 900 },
        ];
        let (totals, accounts) = aging(&items, d("2026-04-01")).unwrap();
        assert_eq!(totals.len(), 2);
        let jpy = &totals[0];
        assert_eq!((jpy.currency, jpy.current, jpy.total), (cur("JPY"), 900, 900));
        let usd = &totals[1];
        assert_eq!((usd.days_1_30, usd.days_31_60, usd.over_90, usd.total), (50, 100, 7, 157));
        assert_eq!(accounts.len(), 4);
        assert_eq!(accounts[0].bucket, AgeBucket::Current);
    }

    fn change(sub: u64, day: &str, status: &str) -> StatusChange {
        StatusChange {
            subscription: sub,
            currency: Currency::parse("EUR").unwrap(),
            effective: d(day),
            status: status.into(),
        }
    }

    #[test]
    fn subscriptions_are_counted_by_their_status_at_each_period_end_and_new_and_canceled_in_their_period() {
        let changes = vec![
            change(1, "2026-01-05", "trialing"),
            change(1, "2026-01-19", "active"),
            change(2, "2026-01-10", "active"),
            change(2, "2026-02-03", "paused"),
            change(2, "2026-02-20", "active"),
            change(2, "2026-03-15", "canceled"),
            change(3, "2026-03-01", "active"),
        ];
        let rows = subscriptions_report(&changes, d("2026-01-01"), d("2026-03-31"), Step::Month);
        let got: Vec<(u64, u64, u64, u64, u64, i64)> =
            rows.iter().map(|r| (r.active, r.trialing, r.paused, r.new, r.canceled, r.net_new)).collect();
        assert_eq!(got, vec![(2, 0, 0, 2, 0, 2), (2, 0, 0, 0, 0, 0), (2, 0, 0, 1, 1, 0)]);
    }

    #[test]
    fn top_customers_rank_within_each_currency_and_leave_out_accounts_with_nothing() {
        let row = |id: &str, cur: &str, revenue: i64| CustomerRow {
            rank: 0,
            currency: Currency::parse(cur).unwrap(),
            account_id: id.into(),
            account_name: id.into(),
            revenue,
            invoices: 1,
            mrr: 0,
        };
        let rows = vec![
            row("a", "EUR", 100),
            row("b", "EUR", 300),
            row("c", "EUR", 200),
            row("d", "USD", 50),
            row("e", "USD", 0),
        ];
        let top = top_customers(rows, CustomerOrder::Revenue, 2);
        let got: Vec<(u32, &str)> = top.iter().map(|r| (r.rank, r.account_id.as_str())).collect();
        assert_eq!(got, vec![(1, "b"), (2, "c"), (1, "d")]);
    }
}
