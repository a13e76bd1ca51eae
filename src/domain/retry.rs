//! Payment retries: the schedule, "retry today?", the circuit breaker, the default request rate, and
//! what a payment does to an account's status. Pure: dates and counts in, decisions out.
//!
//! # The schedule
//! A schedule is a list of whole days after the **first failure** of an invoice's charge, strictly
//! increasing (default `3, 5, 7, 10`). After a failed attempt on day `t`, the next retry is the first
//! scheduled day strictly after `t`; there is none after the last one (the invoice is left to
//! dunning). A missed day (cron did not run) is caught up once, on the next run, and the steps
//! already behind are skipped, so an invoice is never charged twice on one day and never more often
//! than the schedule has steps.
//!
//! Hard declines ([`crate::gateway::is_hard_decline`]) get no retry at all.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::DomainError;

/// Days after the first failure on which a failed charge is retried.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RetrySchedule {
    days: Vec<u32>,
}

pub const DEFAULT_SCHEDULE: [u32; 4] = [3, 5, 7, 10];

impl Default for RetrySchedule {
    fn default() -> Self {
        RetrySchedule { days: DEFAULT_SCHEDULE.to_vec() }
    }
}

impl RetrySchedule {
    /// Days must be positive and strictly increasing; at most 30 steps.
    pub fn new(days: Vec<u32>) -> Result<RetrySchedule, DomainError> {
        if days.is_empty() || days.len() > 30 {
            return Err(DomainError::invalid("schedule", "give between 1 and 30 days, e.g. 3,5,7,10"));
        }
        if days[0] == 0 || days.windows(2).any(|w| w[0] >= w[1]) {
            return Err(DomainError::invalid(
                "schedule",
                format!("days must be positive and strictly increasing (got {days:?})"),
            ));
        }
        Ok(RetrySchedule { days })
    }

    /// Parses `"3,5,7,10"`.
    pub fn parse(text: &str) -> Result<RetrySchedule, DomainError> {
        let days = text
            .split(',')
            .map(|p| {
                p.trim().parse::<u32>().map_err(|_| {
                    DomainError::invalid("schedule", format!("'{}' is not a whole number of days", p.trim()))
                })
            })
            .collect::<Result<Vec<u32>, DomainError>>()?;
        RetrySchedule::new(days)
    }

    pub fn days(&self) -> &[u32] {
        &self.days
    }

    /// The dates of every retry for a first failure on `first_failed_on`.
    pub fn dates(&self, first_failed_on: NaiveDate) -> impl Iterator<Item = NaiveDate> + '_ {
        self.days.iter().filter_map(move |d| first_failed_on.checked_add_days(Days::new(u64::from(*d))))
    }

    /// The retry after an attempt that failed on `failed_on`: the first scheduled date after it.
    pub fn next_retry_on(&self, first_failed_on: NaiveDate, failed_on: NaiveDate) -> Option<NaiveDate> {
        self.dates(first_failed_on).find(|d| *d > failed_on)
    }
}

/// The state of an invoice's latest charge attempt, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastAttempt {
    pub failed: bool,
    pub hard_decline: bool,
    pub next_retry_on: Option<NaiveDate>,
}

/// Whether to retry an invoice today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum RetryDecision {
    /// Charge it now.
    Retry,
    /// Its next retry is on a later day.
    NotYet { on: NaiveDate },
    /// The card was declined for good; the customer must act.
    HardDeclined,
    /// The schedule has no step left.
    Exhausted,
    /// Nothing to retry (not failed, or never attempted).
    NotFailed,
}

/// Decides whether an invoice whose latest attempt is `last` is retried on `today`.
pub fn decide(last: Option<LastAttempt>, today: NaiveDate) -> RetryDecision {
    let Some(last) = last else { return RetryDecision::NotFailed };
    if !last.failed {
        return RetryDecision::NotFailed;
    }
    if last.hard_decline {
        return RetryDecision::HardDeclined;
    }
    match last.next_retry_on {
        None => RetryDecision::Exhausted,
        Some(on) if on > today => RetryDecision::NotYet { on },
        Some(_) => RetryDecision::Retry,
    }
}

/// What the next retry date of a just-failed attempt is: none for a hard decline.
pub fn next_retry_after_failure(
    schedule: &RetrySchedule,
    first_failed_on: NaiveDate,
    failed_on: NaiveDate,
    hard_decline: bool,
) -> Option<NaiveDate> {
    if hard_decline { None } else { schedule.next_retry_on(first_failed_on, failed_on) }
}

/// Stops a batch after `threshold` gateway failures in a row (errors, not declines: a decline is
/// the gateway working). Any answer resets the count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breaker {
    pub threshold: u32,
    consecutive: u32,
    tripped: bool,
}

impl Breaker {
    pub fn new(threshold: u32) -> Breaker {
        Breaker { threshold: threshold.max(1), consecutive: 0, tripped: false }
    }

    /// Records an answer from the gateway (success or decline).
    pub fn answered(&mut self) {
        if !self.tripped {
            self.consecutive = 0;
        }
    }

    /// Records a gateway failure; returns true when this trips the breaker.
    pub fn failed(&mut self) -> bool {
        if self.tripped {
            return false;
        }
        self.consecutive += 1;
        if self.consecutive >= self.threshold {
            self.tripped = true;
            return true;
        }
        false
    }

    pub fn is_tripped(&self) -> bool {
        self.tripped
    }

    pub fn consecutive(&self) -> u32 {
        self.consecutive
    }
}

/// Default requests per second for a Stripe key: 100 for live keys, 25 for test keys and the
/// sandbox (Stripe's documented limits for live and test mode).
pub fn default_rate(secret_key: Option<&str>) -> u32 {
    match secret_key {
        Some(k) if k.starts_with("sk_live_") || k.starts_with("rk_live_") => 100,
        _ => 25,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_default_schedule_retries_on_days_3_5_7_and_10() {
        let s = RetrySchedule::default();
        let first = d("2026-01-01");
        let dates: Vec<NaiveDate> = s.dates(first).collect();
        assert_eq!(dates, vec![d("2026-01-04"), d("2026-01-06"), d("2026-01-08"), d("2026-01-11")]);
        assert_eq!(s.next_retry_on(first, first), Some(d("2026-01-04")));
        assert_eq!(s.next_retry_on(first, d("2026-01-04")), Some(d("2026-01-06")));
        assert_eq!(s.next_retry_on(first, d("2026-01-11")), None);
    }

    #[test]
    fn a_missed_retry_day_is_caught_up_once_and_skipped_steps_are_not_repeated() {
        let s = RetrySchedule::default();
        let first = d("2026-01-01");
        // Cron missed days 3 and 5 and ran on day 6: the next retry is day 7.
        assert_eq!(s.next_retry_on(first, d("2026-01-07")), Some(d("2026-01-08")));
    }

    #[test]
    fn schedules_parse_and_reject_nonsense() {
        assert_eq!(RetrySchedule::parse(" 1, 2,4 ").unwrap().days(), &[1, 2, 4]);
        assert!(RetrySchedule::parse("").is_err());
        assert!(RetrySchedule::parse("3,3").is_err());
        assert!(RetrySchedule::parse("5,3").is_err());
        assert!(RetrySchedule::parse("0,3").is_err());
        assert!(RetrySchedule::parse("three").is_err());
    }

    #[test]
    fn hard_declines_are_never_retried() {
        let last = LastAttempt { failed: true, hard_decline: true, next_retry_on: Some(d("2026-01-01")) };
        assert_eq!(decide(Some(last), d("2026-02-01")), RetryDecision::HardDeclined);
        assert_eq!(next_retry_after_failure(&RetrySchedule::default(), d("2026-01-01"), d("2026-01-01"), true), None);
    }

    #[test]
    fn a_retry_is_due_on_and_after_its_day_only() {
        let last = LastAttempt { failed: true, hard_decline: false, next_retry_on: Some(d("2026-01-04")) };
        assert_eq!(decide(Some(last), d("2026-01-03")), RetryDecision::NotYet { on: d("2026-01-04") });
        assert_eq!(decide(Some(last), d("2026-01-04")), RetryDecision::Retry);
        assert_eq!(decide(Some(last), d("2026-01-05")), RetryDecision::Retry);
        let done = LastAttempt { next_retry_on: None, ..last };
        assert_eq!(decide(Some(done), d("2026-01-05")), RetryDecision::Exhausted);
        assert_eq!(decide(None, d("2026-01-05")), RetryDecision::NotFailed);
    }

    #[test]
    fn the_breaker_trips_after_n_failures_in_a_row_and_answers_reset_it() {
        let mut b = Breaker::new(3);
        assert!(!b.failed());
        assert!(!b.failed());
        b.answered();
        assert!(!b.failed());
        assert!(!b.failed());
        assert!(b.failed());
        assert!(b.is_tripped());
        assert!(!b.failed(), "trips once");
    }

    #[test]
    fn live_keys_get_100_requests_per_second_and_everything_else_25() {
        assert_eq!(default_rate(Some("sk_live_abc")), 100);
        assert_eq!(default_rate(Some("rk_live_abc")), 100);
        assert_eq!(default_rate(Some("sk_test_abc")), 25);
        assert_eq!(default_rate(None), 25);
    }

    proptest! {
        /// Following the schedule from the first failure, whatever days cron runs on: retries happen
        /// at most once per day, never before their date, and never more often than the steps.
        #[test]
        fn retries_never_exceed_the_schedule_nor_repeat_a_day(
            steps in proptest::collection::btree_set(1u32..60, 1..8),
            run_days in proptest::collection::btree_set(0u32..90, 0..90),
        ) {
            let s = RetrySchedule::new(steps.iter().copied().collect()).unwrap();
            let first = d("2026-01-01");
            let mut next = s.next_retry_on(first, first);
            let mut retries = 0usize;
            for day in run_days {
                let today = first + Days::new(u64::from(day));
                let last = LastAttempt { failed: true, hard_decline: false, next_retry_on: next };
                if decide(Some(last), today) == RetryDecision::Retry {
                    prop_assert!(next.unwrap() <= today);
                    retries += 1;
                    // The same day again: not due.
                    let after = s.next_retry_on(first, today);
                    prop_assert!(after.is_none_or(|a| a > today));
                    next = after;
                }
            }
            prop_assert!(retries <= s.days().len());
        }
    }
}
