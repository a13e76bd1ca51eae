//! A subscription's calendar: trial, anchor, the period to bill next, and how it rolls.
//!
//! Rules:
//! - All dates are local calendar dates in the account's time zone.
//! - The trial is `[start, trial_end)`; `trial_end` is the first paid day.
//! - The billing anchor defaults to the first paid day. An explicit anchor must fall within one
//!   interval after the first paid day; the days before it form a stub period billed pro rata
//!   (days of the stub / days of the full period that ends on the anchor).
//! - Periods after the anchor are computed from the anchor each time, so month-end anchors stick.
//! - Invoices are issued in advance: the period starting at `next_bill_date` is due when
//!   `next_bill_date <= today`; after billing it, `next_bill_date` moves to that period's end.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use super::DomainError;
use super::lifecycle::SubStatus;
use super::period::{Interval, IntervalUnit, Period, period_containing};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Schedule {
    pub status: SubStatus,
    pub trial_end: Option<NaiveDate>,
    pub anchor: NaiveDate,
    pub current_period: Period,
    pub next_bill_date: NaiveDate,
}

/// The first schedule of a new subscription.
pub fn initial(
    start: NaiveDate,
    trial_days: u32,
    anchor: Option<NaiveDate>,
    interval: Interval,
) -> Result<Schedule, DomainError> {
    let trial_end = super::lifecycle::trial_end(start, trial_days);
    let first_paid = trial_end.unwrap_or(start);
    let anchor = anchor.unwrap_or(first_paid);
    if anchor < first_paid {
        return Err(DomainError::invalid("anchor", format!("{anchor} is before the first paid day {first_paid}")));
    }
    let limit = shift(first_paid, interval, 1);
    if anchor >= limit {
        return Err(DomainError::invalid(
            "anchor",
            format!("{anchor} must be before {limit} (one interval after {first_paid})"),
        ));
    }
    let (status, current_period) = match trial_end {
        Some(te) => (SubStatus::Trialing, Period::new(start, te)?),
        None => (SubStatus::Active, billing_period(anchor, interval, first_paid)?.0),
    };
    Ok(Schedule { status, trial_end, anchor, current_period, next_bill_date: first_paid })
}

/// How many periods of a new schedule are already due on `today`: the invoice run bills them all
/// at once (a backfill). 0 when the first paid day is after today. Counting stops at `cap`.
pub fn periods_due(s: &Schedule, interval: Interval, today: NaiveDate, cap: u32) -> Result<u32, DomainError> {
    let (mut next, mut n) = (s.next_bill_date, 0);
    while next <= today && n < cap {
        next = billing_period(s.anchor, interval, next)?.0.end;
        n += 1;
    }
    Ok(n)
}

/// Whether `date` is more than one billing interval before `today` (a start or usage date that
/// deserves a confirmation: it backfills several periods).
pub fn more_than_one_period_ago(date: NaiveDate, interval: Interval, today: NaiveDate) -> bool {
    date < shift(today, interval, -1)
}

/// `date` moved by `n` intervals (month-end clamped; n may be negative).
pub fn shift(date: NaiveDate, interval: Interval, n: i32) -> NaiveDate {
    let k = interval.count() as i64 * n as i64;
    let r = match interval.unit() {
        IntervalUnit::Day => add_days(date, k),
        IntervalUnit::Week => add_days(date, 7 * k),
        IntervalUnit::Month => add_months(date, k),
        IntervalUnit::Year => add_months(date, 12 * k),
    };
    r.unwrap_or(date)
}

fn add_days(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    if k >= 0 { d.checked_add_days(Days::new(k as u64)) } else { d.checked_sub_days(Days::new((-k) as u64)) }
}

fn add_months(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    if k >= 0 { d.checked_add_months(Months::new(k as u32)) } else { d.checked_sub_months(Months::new((-k) as u32)) }
}

/// The period billed when `next_bill_date` is `date`, and the full period it is a part of (equal
/// except for the stub before the anchor).
pub fn billing_period(anchor: NaiveDate, interval: Interval, date: NaiveDate) -> Result<(Period, Period), DomainError> {
    if date < anchor {
        let full = Period::new(shift(anchor, interval, -1), anchor)?;
        return Ok((Period::new(date, anchor)?, full));
    }
    let p = period_containing(anchor, interval, date)?;
    Ok((p, p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_start_in_1900_backfills_every_month_since() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let monthly = Interval::new(IntervalUnit::Month, 1).unwrap();
        let s = initial(d("1900-01-01"), 0, None, monthly).unwrap();
        // January 1900 to December 2026 inclusive: 127 years of 12 months.
        assert_eq!(periods_due(&s, monthly, d("2026-12-01"), 100_000).unwrap(), 127 * 12);
        assert_eq!(periods_due(&s, monthly, d("2026-12-01"), 10).unwrap(), 10);
        let now = initial(d("2026-12-01"), 0, None, monthly).unwrap();
        assert_eq!(periods_due(&now, monthly, d("2026-12-01"), 100_000).unwrap(), 1);
        assert!(more_than_one_period_ago(d("2026-10-31"), monthly, d("2026-12-01")));
        assert!(!more_than_one_period_ago(d("2026-11-01"), monthly, d("2026-12-01")));
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn monthly() -> Interval {
        Interval::new(IntervalUnit::Month, 1).unwrap()
    }

    #[test]
    fn a_plain_subscription_is_active_and_due_on_its_start_date() {
        let s = initial(d(2026, 1, 31), 0, None, monthly()).unwrap();
        assert_eq!(s.status, SubStatus::Active);
        assert_eq!(s.current_period, Period::new(d(2026, 1, 31), d(2026, 2, 28)).unwrap());
        assert_eq!(s.next_bill_date, d(2026, 1, 31));
    }

    #[test]
    fn a_trial_defers_the_first_bill_and_anchors_there() {
        let s = initial(d(2026, 1, 10), 14, None, monthly()).unwrap();
        assert_eq!(s.status, SubStatus::Trialing);
        assert_eq!(s.trial_end, Some(d(2026, 1, 24)));
        assert_eq!(s.anchor, d(2026, 1, 24));
        assert_eq!(s.current_period, Period::new(d(2026, 1, 10), d(2026, 1, 24)).unwrap());
        assert_eq!(s.next_bill_date, d(2026, 1, 24));
    }

    #[test]
    fn an_explicit_anchor_creates_a_stub_period() {
        let s = initial(d(2026, 1, 20), 0, Some(d(2026, 2, 1)), monthly()).unwrap();
        assert_eq!(s.current_period, Period::new(d(2026, 1, 20), d(2026, 2, 1)).unwrap());
        let (stub, full) = billing_period(s.anchor, monthly(), s.next_bill_date).unwrap();
        assert_eq!(stub.days(), 12);
        assert_eq!(full, Period::new(d(2026, 1, 1), d(2026, 2, 1)).unwrap());
        assert!(initial(d(2026, 1, 20), 0, Some(d(2026, 3, 1)), monthly()).is_err());
        assert!(initial(d(2026, 1, 20), 0, Some(d(2026, 1, 19)), monthly()).is_err());
    }

    #[test]
    fn shifting_clamps_month_ends() {
        assert_eq!(shift(d(2026, 3, 31), monthly(), -1), d(2026, 2, 28));
        assert_eq!(shift(d(2024, 2, 29), Interval::new(IntervalUnit::Year, 1).unwrap(), 1), d(2025, 2, 28));
    }
}
