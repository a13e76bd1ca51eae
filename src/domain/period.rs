//! Billing periods: intervals, anchors and the calendar arithmetic behind them.
//!
//! # Rules
//! - A subscription is billed in consecutive periods that start at its **anchor** date and repeat
//!   every [`Interval`] (e.g. every 1 month, every 2 weeks).
//! - A [`Period`] is half-open, `[start, end)`: it includes its first day and excludes its last, so
//!   one period ends exactly where the next begins. Dates are **local calendar dates** in the
//!   account's time zone; [`local_date`] and [`local_midnight_utc`] convert between those and
//!   instants.
//! - The n-th period boundary is always computed **from the anchor** ([`period_start`]), never by
//!   stepping from the previous boundary, so month-end anchors stick: an anchor of 31 January bills
//!   on 28 February (29 in leap years), 31 March, 30 April, 31 May, … When a month is too short for
//!   the anchor's day, the boundary falls on that month's last day. Likewise a yearly anchor of
//!   29 February bills on 28 February in common years and 29 February in leap years.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::DomainError;

/// The calendar unit a billing interval counts in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IntervalUnit {
    Day,
    Week,
    Month,
    Year,
}

impl IntervalUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            IntervalUnit::Day => "day",
            IntervalUnit::Week => "week",
            IntervalUnit::Month => "month",
            IntervalUnit::Year => "year",
        }
    }

    /// The largest `count` accepted for this unit: an interval spans at most about ten years.
    pub fn max_count(self) -> u32 {
        match self {
            IntervalUnit::Day => 3653,
            IntervalUnit::Week => 522,
            IntervalUnit::Month => 120,
            IntervalUnit::Year => 10,
        }
    }
}

impl fmt::Display for IntervalUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for IntervalUnit {
    type Err = DomainError;

    /// Accepts `day`, `week`, `month` or `year` (case-insensitive, surrounding spaces ignored).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "day" => Ok(IntervalUnit::Day),
            "week" => Ok(IntervalUnit::Week),
            "month" => Ok(IntervalUnit::Month),
            "year" => Ok(IntervalUnit::Year),
            _ => Err(DomainError::invalid(
                "interval",
                format!("'{s}' is not a billing interval (use day, week, month or year)"),
            )),
        }
    }
}

/// A billing interval: every `count` `unit`s. Built with [`Interval::new`], which checks `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "IntervalRepr", into = "IntervalRepr")]
pub struct Interval {
    unit: IntervalUnit,
    count: u32,
}

#[derive(Serialize, Deserialize)]
struct IntervalRepr {
    unit: IntervalUnit,
    count: u32,
}

impl TryFrom<IntervalRepr> for Interval {
    type Error = DomainError;
    fn try_from(r: IntervalRepr) -> Result<Self, Self::Error> {
        Interval::new(r.unit, r.count)
    }
}

impl From<Interval> for IntervalRepr {
    fn from(i: Interval) -> Self {
        IntervalRepr { unit: i.unit, count: i.count }
    }
}

impl Interval {
    /// `count` must be at least 1 and at most [`IntervalUnit::max_count`] (about ten years).
    pub fn new(unit: IntervalUnit, count: u32) -> Result<Interval, DomainError> {
        if count == 0 {
            return Err(DomainError::invalid(
                "interval_count",
                "must be at least 1 (e.g. 1 for every month, 3 for every quarter)",
            ));
        }
        if count > unit.max_count() {
            return Err(DomainError::invalid(
                "interval_count",
                format!("{count} {unit}s is too long; at most {} {unit}s (about ten years)", unit.max_count()),
            ));
        }
        Ok(Interval { unit, count })
    }

    pub fn unit(&self) -> IntervalUnit {
        self.unit
    }

    pub fn count(&self) -> u32 {
        self.count
    }
}

impl fmt::Display for Interval {
    /// "month", "3 months", "2 weeks".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.count == 1 { write!(f, "{}", self.unit) } else { write!(f, "{} {}s", self.count, self.unit) }
    }
}

/// A billing period `[start, end)` in local calendar dates: `start` is its first day, `end` the
/// first day of the next period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Period {
    /// A period must contain at least one day (`start < end`).
    pub fn new(start: NaiveDate, end: NaiveDate) -> Result<Period, DomainError> {
        if start >= end {
            return Err(DomainError::invalid(
                "period",
                format!("a period must end after it starts ({start} to {end})"),
            ));
        }
        Ok(Period { start, end })
    }

    /// Number of days in the period (`end` excluded).
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days()
    }

    /// Whether `date` lies in the period (`start <= date < end`).
    /// The last day served: periods are stored half-open (`end` is the next period's start) and
    /// shown to people with their last day, "2026-01-01 – 2026-01-31", everywhere.
    pub fn last_day(&self) -> NaiveDate {
        self.end.pred_opt().unwrap_or(self.end)
    }

    /// The period as people read it: first and last day, both included.
    pub fn shown(start: NaiveDate, end: NaiveDate) -> String {
        format!("{start} – {}", Period { start, end }.last_day())
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date < self.end
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&Period::shown(self.start, self.end))
    }
}

/// The n-th boundary as a checked computation: `None` beyond chrono's calendar (year 262 143).
fn checked_period_start(anchor: NaiveDate, interval: Interval, n: u32) -> Option<NaiveDate> {
    let steps = u64::from(n) * u64::from(interval.count);
    match interval.unit {
        IntervalUnit::Day => anchor.checked_add_days(Days::new(steps)),
        IntervalUnit::Week => anchor.checked_add_days(Days::new(steps.checked_mul(7)?)),
        IntervalUnit::Month => anchor.checked_add_months(Months::new(u32::try_from(steps).ok()?)),
        IntervalUnit::Year => anchor.checked_add_months(Months::new(u32::try_from(steps.checked_mul(12)?).ok()?)),
    }
}

/// The start of period `n` (period 0 starts on the anchor), computed from the anchor so month-end
/// anchors stick (31 Jan → 28/29 Feb → 31 Mar → 30 Apr).
///
/// # Panics
/// If the boundary lies beyond chrono's calendar (after the year 262 143), which no valid
/// interval reaches from a realistic anchor and index.
pub fn period_start(anchor: NaiveDate, interval: Interval, n: u32) -> NaiveDate {
    checked_period_start(anchor, interval, n).expect("billing period boundary lies beyond the supported calendar")
}

fn out_of_calendar() -> DomainError {
    DomainError::invalid("date", "lies beyond the supported calendar")
}

/// The index of the period containing `date`. Computed directly (days and weeks by division,
/// months and years by estimating from the calendar month and correcting by at most a step).
///
/// Errors when `date` is before the anchor: there is no period before the first one.
pub fn period_index(anchor: NaiveDate, interval: Interval, date: NaiveDate) -> Result<u32, DomainError> {
    if date < anchor {
        return Err(DomainError::invalid("date", format!("{date} is before the billing anchor {anchor}")));
    }
    let count = i64::from(interval.count);
    let estimate: i64 = match interval.unit {
        IntervalUnit::Day => (date - anchor).num_days() / count,
        IntervalUnit::Week => (date - anchor).num_days() / (7 * count),
        IntervalUnit::Month | IntervalUnit::Year => {
            let months =
                i64::from(date.year() - anchor.year()) * 12 + i64::from(date.month()) - i64::from(anchor.month());
            let per = if interval.unit == IntervalUnit::Year { 12 * count } else { count };
            months / per
        }
    };
    let mut n = u32::try_from(estimate).map_err(|_| out_of_calendar())?;
    // The estimate is exact for days and weeks; for months and years a clamped or later anchor day
    // can put it one period too far. Correct in either direction (at most a step or two).
    while n > 0 && checked_period_start(anchor, interval, n).is_none_or(|s| s > date) {
        n -= 1;
    }
    while checked_period_start(anchor, interval, n + 1).is_some_and(|s| s <= date) {
        n += 1;
    }
    Ok(n)
}

/// The period that contains `date`. Errors when `date` is before the anchor, or when the period's
/// end lies beyond the supported calendar.
pub fn period_containing(anchor: NaiveDate, interval: Interval, date: NaiveDate) -> Result<Period, DomainError> {
    let n = period_index(anchor, interval, date)?;
    let start = checked_period_start(anchor, interval, n).ok_or_else(out_of_calendar)?;
    let end = n.checked_add(1).and_then(|m| checked_period_start(anchor, interval, m)).ok_or_else(out_of_calendar)?;
    Ok(Period { start, end })
}

/// The first scheduled period that starts on or after `period.end`. For a period returned by
/// [`period_containing`] or [`next_period`] that is simply the following period. If `period` ends
/// on or before the anchor, the first period (starting on the anchor) is returned.
///
/// # Panics
/// Like [`period_start`], only if the result lies beyond the supported calendar.
pub fn next_period(anchor: NaiveDate, interval: Interval, period: &Period) -> Period {
    let n = if period.end <= anchor {
        0
    } else {
        let last = period.end.pred_opt().expect("a date after the anchor has a predecessor");
        // `last` is the final day of `period`; the wanted period is the first one starting after it.
        period_index(anchor, interval, last).expect("last day is not before the anchor") + 1
    };
    Period { start: period_start(anchor, interval, n), end: period_start(anchor, interval, n + 1) }
}

/// The local calendar date of `instant` in time zone `tz`.
pub fn local_date(instant: DateTime<Utc>, tz: Tz) -> NaiveDate {
    instant.with_timezone(&tz).date_naive()
}

/// The instant at which local date `date` begins in `tz`: local midnight, or — when DST makes
/// midnight ambiguous — its earlier occurrence, or — when midnight falls in a DST gap — the first
/// instant after the gap (the earliest instant at or after midnight).
pub fn local_midnight_utc(date: NaiveDate, tz: Tz) -> DateTime<Utc> {
    let midnight = date.and_time(NaiveTime::MIN);
    if let Some(earliest) = tz.from_local_datetime(&midnight).earliest() {
        return earliest.with_timezone(&Utc);
    }
    // Midnight does not exist locally: clocks jumped over it. Find the jump by bisection over whole
    // UTC seconds (time-zone transitions happen on whole seconds): the first instant whose local
    // time is at or after midnight. UTC offsets lie within ±16 hours, so `lo` is before local
    // midnight and `hi` after it.
    let instant = |secs: i64| DateTime::from_timestamp(secs, 0).expect("within chrono's range");
    let at_or_after = |secs: i64| instant(secs).with_timezone(&tz).naive_local() >= midnight;
    let as_utc = midnight.and_utc().timestamp();
    let (mut lo, mut hi) = (as_utc - 16 * 3600, as_utc + 16 * 3600);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if at_or_after(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    instant(hi)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeDelta;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn every(count: u32, unit: IntervalUnit) -> Interval {
        Interval::new(unit, count).unwrap()
    }

    fn starts(anchor: NaiveDate, interval: Interval, n: u32) -> Vec<NaiveDate> {
        (0..n).map(|i| period_start(anchor, interval, i)).collect()
    }

    #[test]
    fn interval_units_parse_and_print_in_lowercase() {
        for unit in [IntervalUnit::Day, IntervalUnit::Week, IntervalUnit::Month, IntervalUnit::Year] {
            assert_eq!(unit.as_str().parse::<IntervalUnit>().unwrap(), unit);
            assert_eq!(unit.to_string(), unit.as_str());
        }
        assert_eq!(" Month ".parse::<IntervalUnit>().unwrap(), IntervalUnit::Month);
        let err = "fortnight".parse::<IntervalUnit>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid interval: 'fortnight' is not a billing interval (use day, week, month or year)"
        );
    }

    #[test]
    fn interval_units_serialize_in_lowercase() {
        assert_eq!(serde_json::to_string(&IntervalUnit::Week).unwrap(), "\"week\"");
        let i: Interval = serde_json::from_str(r#"{"unit":"month","count":3}"#).unwrap();
        assert_eq!(i, every(3, IntervalUnit::Month));
        assert_eq!(serde_json::to_string(&i).unwrap(), r#"{"unit":"month","count":3}"#);
    }

    #[test]
    fn an_interval_needs_a_count_of_at_least_one() {
        let err = Interval::new(IntervalUnit::Month, 0).unwrap_err();
        assert!(err.to_string().starts_with("invalid interval_count: must be at least 1"), "{err}");
        assert!(serde_json::from_str::<Interval>(r#"{"unit":"day","count":0}"#).is_err());
    }

    #[test]
    fn an_interval_spans_at_most_about_ten_years() {
        assert!(Interval::new(IntervalUnit::Year, 10).is_ok());
        assert!(Interval::new(IntervalUnit::Year, 11).is_err());
        assert!(Interval::new(IntervalUnit::Month, 120).is_ok());
        assert!(Interval::new(IntervalUnit::Day, 4000).is_err());
    }

    #[test]
    fn intervals_display_like_a_person_would_say_them() {
        assert_eq!(every(1, IntervalUnit::Month).to_string(), "month");
        assert_eq!(every(3, IntervalUnit::Month).to_string(), "3 months");
    }

    #[test]
    fn a_month_end_anchor_sticks_to_the_month_end() {
        let monthly = every(1, IntervalUnit::Month);
        assert_eq!(
            starts(d(2025, 1, 31), monthly, 6),
            vec![d(2025, 1, 31), d(2025, 2, 28), d(2025, 3, 31), d(2025, 4, 30), d(2025, 5, 31), d(2025, 6, 30)]
        );
    }

    #[test]
    fn a_month_end_anchor_uses_february_29_in_leap_years() {
        let monthly = every(1, IntervalUnit::Month);
        assert_eq!(
            starts(d(2024, 1, 31), monthly, 4),
            vec![d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 31), d(2024, 4, 30)]
        );
    }

    #[test]
    fn an_anchor_on_the_30th_bills_on_the_30th_except_in_february() {
        let monthly = every(1, IntervalUnit::Month);
        assert_eq!(starts(d(2025, 1, 30), monthly, 3), vec![d(2025, 1, 30), d(2025, 2, 28), d(2025, 3, 30)]);
    }

    #[test]
    fn quarterly_billing_counts_three_months_from_the_anchor() {
        let quarterly = every(3, IntervalUnit::Month);
        assert_eq!(
            starts(d(2024, 11, 30), quarterly, 4),
            vec![d(2024, 11, 30), d(2025, 2, 28), d(2025, 5, 30), d(2025, 8, 30)]
        );
    }

    #[test]
    fn a_february_29_anchor_bills_on_february_28_in_common_years() {
        let yearly = every(1, IntervalUnit::Year);
        assert_eq!(
            starts(d(2024, 2, 29), yearly, 6),
            vec![d(2024, 2, 29), d(2025, 2, 28), d(2026, 2, 28), d(2027, 2, 28), d(2028, 2, 29), d(2029, 2, 28)]
        );
    }

    #[test]
    fn a_two_yearly_interval_from_february_29_returns_to_the_29th_in_leap_years() {
        let biennial = every(2, IntervalUnit::Year);
        assert_eq!(starts(d(2024, 2, 29), biennial, 3), vec![d(2024, 2, 29), d(2026, 2, 28), d(2028, 2, 29)]);
    }

    #[test]
    fn weekly_and_daily_intervals_honour_their_counts() {
        assert_eq!(
            starts(d(2025, 12, 22), every(2, IntervalUnit::Week), 3),
            vec![d(2025, 12, 22), d(2026, 1, 5), d(2026, 1, 19)]
        );
        assert_eq!(
            starts(d(2024, 2, 27), every(10, IntervalUnit::Day), 3),
            vec![d(2024, 2, 27), d(2024, 3, 8), d(2024, 3, 18)]
        );
    }

    #[test]
    fn the_period_containing_a_date_includes_its_start_and_excludes_its_end() {
        let monthly = every(1, IntervalUnit::Month);
        let anchor = d(2025, 1, 31);
        let feb = Period::new(d(2025, 2, 28), d(2025, 3, 31)).unwrap();
        assert_eq!(period_containing(anchor, monthly, d(2025, 2, 28)).unwrap(), feb);
        assert_eq!(period_containing(anchor, monthly, d(2025, 3, 30)).unwrap(), feb);
        assert_eq!(period_containing(anchor, monthly, d(2025, 3, 31)).unwrap().start, d(2025, 3, 31));
        assert_eq!(period_containing(anchor, monthly, anchor).unwrap().start, anchor);
        assert_eq!(feb.days(), 31);
        assert!(feb.contains(d(2025, 2, 28)));
        assert!(!feb.contains(d(2025, 3, 31)));
    }

    #[test]
    fn period_indexes_count_from_zero_at_the_anchor() {
        let monthly = every(1, IntervalUnit::Month);
        let anchor = d(2025, 1, 31);
        assert_eq!(period_index(anchor, monthly, d(2025, 1, 31)).unwrap(), 0);
        assert_eq!(period_index(anchor, monthly, d(2025, 2, 27)).unwrap(), 0);
        assert_eq!(period_index(anchor, monthly, d(2025, 2, 28)).unwrap(), 1);
        assert_eq!(period_index(anchor, monthly, d(2026, 1, 30)).unwrap(), 11);
        assert_eq!(period_index(anchor, monthly, d(2026, 1, 31)).unwrap(), 12);
    }

    #[test]
    fn a_date_before_the_anchor_has_no_period() {
        let err = period_containing(d(2025, 1, 31), every(1, IntervalUnit::Month), d(2025, 1, 30)).unwrap_err();
        assert_eq!(err.to_string(), "invalid date: 2025-01-30 is before the billing anchor 2025-01-31");
    }

    #[test]
    fn daily_periods_far_from_the_anchor_are_found_directly() {
        let daily = every(1, IntervalUnit::Day);
        let anchor = d(2000, 1, 1);
        let p = period_containing(anchor, daily, d(9999, 12, 31)).unwrap();
        assert_eq!(p, Period::new(d(9999, 12, 31), d(10000, 1, 1)).unwrap());
        assert_eq!(period_index(anchor, daily, d(2000, 12, 31)).unwrap(), 365);
    }

    #[test]
    fn the_next_period_follows_without_a_gap() {
        let monthly = every(1, IntervalUnit::Month);
        let anchor = d(2024, 1, 31);
        let jan = period_containing(anchor, monthly, anchor).unwrap();
        let feb = next_period(anchor, monthly, &jan);
        let mar = next_period(anchor, monthly, &feb);
        assert_eq!(feb, Period::new(d(2024, 2, 29), d(2024, 3, 31)).unwrap());
        assert_eq!(mar, Period::new(d(2024, 3, 31), d(2024, 4, 30)).unwrap());
    }

    #[test]
    fn the_next_period_of_an_unaligned_range_is_the_first_scheduled_one_after_it() {
        let monthly = every(1, IntervalUnit::Month);
        let anchor = d(2025, 1, 1);
        let odd = Period::new(d(2025, 1, 10), d(2025, 1, 20)).unwrap();
        assert_eq!(next_period(anchor, monthly, &odd), Period::new(d(2025, 2, 1), d(2025, 3, 1)).unwrap());
        let before = Period::new(d(2024, 12, 1), d(2024, 12, 5)).unwrap();
        assert_eq!(next_period(anchor, monthly, &before).start, anchor);
    }

    #[test]
    fn a_period_must_end_after_it_starts() {
        assert!(Period::new(d(2025, 1, 1), d(2025, 1, 1)).is_err());
        assert!(Period::new(d(2025, 1, 2), d(2025, 1, 1)).is_err());
    }

    #[test]
    fn local_dates_follow_the_account_time_zone() {
        let instant = Utc.with_ymd_and_hms(2025, 3, 1, 3, 30, 0).unwrap();
        assert_eq!(local_date(instant, chrono_tz::America::New_York), d(2025, 2, 28));
        assert_eq!(local_date(instant, chrono_tz::Asia::Tokyo), d(2025, 3, 1));
        assert_eq!(local_date(instant, chrono_tz::UTC), d(2025, 3, 1));
    }

    #[test]
    fn local_midnight_is_converted_with_the_offset_in_force_that_day() {
        let berlin = chrono_tz::Europe::Berlin;
        assert_eq!(local_midnight_utc(d(2025, 1, 15), berlin), Utc.with_ymd_and_hms(2025, 1, 14, 23, 0, 0).unwrap());
        assert_eq!(local_midnight_utc(d(2025, 7, 15), berlin), Utc.with_ymd_and_hms(2025, 7, 14, 22, 0, 0).unwrap());
        // The day DST starts in New York (at 02:00) still begins at an ordinary midnight.
        let ny = chrono_tz::America::New_York;
        assert_eq!(local_midnight_utc(d(2025, 3, 9), ny), Utc.with_ymd_and_hms(2025, 3, 9, 5, 0, 0).unwrap());
    }

    #[test]
    fn a_midnight_skipped_by_dst_begins_the_day_at_the_end_of_the_gap() {
        // São Paulo moved clocks from 00:00 to 01:00 on 4 November 2018: the day began at 01:00 -02.
        let sp = chrono_tz::America::Sao_Paulo;
        let start = local_midnight_utc(d(2018, 11, 4), sp);
        assert_eq!(start, Utc.with_ymd_and_hms(2018, 11, 4, 3, 0, 0).unwrap());
        assert_eq!(local_date(start, sp), d(2018, 11, 4));
        assert_eq!(local_date(start - TimeDelta::seconds(1), sp), d(2018, 11, 3));
    }

    #[test]
    fn an_ambiguous_midnight_uses_its_first_occurrence() {
        // Havana set clocks back from 01:00 to 00:00 on 5 November 2023: midnight happened twice.
        let havana = chrono_tz::America::Havana;
        let start = local_midnight_utc(d(2023, 11, 5), havana);
        assert_eq!(start, Utc.with_ymd_and_hms(2023, 11, 5, 4, 0, 0).unwrap());
        assert_eq!(local_date(start - TimeDelta::seconds(1), havana), d(2023, 11, 4));
    }

    #[test]
    fn a_day_skipped_entirely_begins_when_the_next_day_does() {
        // Samoa skipped 30 December 2011 when it crossed the date line.
        let apia = chrono_tz::Pacific::Apia;
        let start = local_midnight_utc(d(2011, 12, 30), apia);
        assert_eq!(start, local_midnight_utc(d(2011, 12, 31), apia));
        assert_eq!(start, Utc.with_ymd_and_hms(2011, 12, 30, 10, 0, 0).unwrap());
    }

    #[test]
    fn every_local_day_in_zones_with_midnight_transitions_starts_at_its_first_instant() {
        // These zones have moved clocks at midnight (gaps and, in Havana, repeated midnights).
        let zones = [
            chrono_tz::America::Havana,
            chrono_tz::America::Sao_Paulo,
            chrono_tz::America::Santiago,
            chrono_tz::Asia::Beirut,
        ];
        for tz in zones {
            let mut date = d(1970, 1, 1);
            while date < d(2040, 1, 1) {
                let start = local_midnight_utc(date, tz);
                assert_eq!(local_date(start, tz), date, "{tz} {date}");
                assert!(local_date(start - TimeDelta::seconds(1), tz) < date, "{tz} {date}");
                date = date.succ_opt().unwrap();
            }
        }
    }

    fn any_interval() -> impl Strategy<Value = Interval> {
        prop_oneof![
            (1u32..=30).prop_map(|c| every(c, IntervalUnit::Day)),
            (1u32..=8).prop_map(|c| every(c, IntervalUnit::Week)),
            (1u32..=18).prop_map(|c| every(c, IntervalUnit::Month)),
            (1u32..=3).prop_map(|c| every(c, IntervalUnit::Year)),
        ]
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (0i64..80_000).prop_map(|n| d(1970, 1, 1) + TimeDelta::days(n))
    }

    proptest! {
        #[test]
        fn the_period_containing_a_date_always_contains_it(
            anchor in any_date(), interval in any_interval(), offset in 0i64..40_000,
        ) {
            let date = anchor + TimeDelta::days(offset);
            let p = period_containing(anchor, interval, date).unwrap();
            prop_assert!(p.contains(date), "{p} does not contain {date}");
            let n = period_index(anchor, interval, date).unwrap();
            prop_assert_eq!(p.start, period_start(anchor, interval, n));
        }

        #[test]
        fn consecutive_periods_tile_without_gaps(
            anchor in any_date(), interval in any_interval(), offset in 0i64..40_000,
        ) {
            let date = anchor + TimeDelta::days(offset);
            let p = period_containing(anchor, interval, date).unwrap();
            let next = next_period(anchor, interval, &p);
            prop_assert_eq!(next.start, p.end);
            prop_assert!(next.start < next.end);
            prop_assert_eq!(period_containing(anchor, interval, p.end).unwrap(), next);
            let last_day = p.end.pred_opt().unwrap();
            prop_assert_eq!(period_containing(anchor, interval, last_day).unwrap(), p);
        }

        #[test]
        fn monthly_boundaries_keep_the_anchor_day_or_the_last_day_of_the_month(
            anchor in any_date(), n in 0u32..600,
        ) {
            let s = period_start(anchor, every(1, IntervalUnit::Month), n);
            let last_of_month = s.succ_opt().unwrap().month() != s.month();
            prop_assert!(s.day() == anchor.day() || (s.day() < anchor.day() && last_of_month));
        }

        #[test]
        fn local_midnight_is_the_first_instant_of_its_local_date(
            date in any_date(),
            tz in prop::sample::select(vec![
                chrono_tz::Europe::Berlin, chrono_tz::America::New_York, chrono_tz::America::Sao_Paulo,
                chrono_tz::America::Havana, chrono_tz::Asia::Beirut, chrono_tz::Australia::Lord_Howe,
                chrono_tz::Pacific::Chatham, chrono_tz::America::Santiago,
            ]),
        ) {
            let start = local_midnight_utc(date, tz);
            prop_assert_eq!(local_date(start, tz), date);
            prop_assert!(local_date(start - TimeDelta::seconds(1), tz) < date);
        }
    }
}
