//! Late usage: where a usage event that arrives after its period was invoiced goes.
//!
//! # Rules
//! - **Future events are refused.** An event may be dated at most 1 day after the day it was
//!   received (slack for time zones); anything later is rejected.
//! - **Open period.** An event dated on or after `invoiced_through` (the exclusive end of the last
//!   usage period already invoiced), or any event when nothing has been invoiced yet, is billed
//!   normally with its period.
//! - **Supplemental.** An event dated in a period that was already invoiced is still billed — on a
//!   supplemental invoice — if it is received no later than [`LATE_USAGE_GRACE_DAYS`] (7) days
//!   after that period's last day: for a period ending on 30 April (exclusive end 1 May), through
//!   7 May.
//! - **Rejected.** Later than that, the event is refused with a reason naming the period and the
//!   limit.
//!
//! [`place`] only knows `invoiced_through`, so it measures the grace from there: exact for events
//! of the last invoiced period. When the event may belong to an earlier period, use
//! [`place_in_period`] with the end of the event's own period.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// How many days after a period's last day late usage for it is still accepted.
pub const LATE_USAGE_GRACE_DAYS: i64 = 7;

/// How far ahead of the day it is received an event may be dated.
pub const MAX_FUTURE_DAYS: i64 = 1;

/// Where a usage event goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum UsagePlacement {
    /// Its period has not been invoiced yet: billed with that period.
    Open,
    /// Its period was already invoiced, and it arrived within the grace days: billed on a
    /// supplemental invoice.
    Supplemental,
    /// Not billable; `reason` says why.
    Rejected { reason: String },
}

fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_days(Days::new(u64::try_from(days).ok()?))
}

/// The last day on which late usage for a period ending (exclusive) on `period_end` is accepted:
/// [`LATE_USAGE_GRACE_DAYS`] days after the period's last day. `None` beyond the calendar.
pub fn late_usage_deadline(period_end: NaiveDate) -> Option<NaiveDate> {
    add_days(period_end, LATE_USAGE_GRACE_DAYS - 1)
}

/// Places an event dated `event_date` and received on `received_on`, given `invoiced_through`, the
/// exclusive end of the last usage period already invoiced (`None`: nothing invoiced yet). The
/// grace is measured from `invoiced_through`; see the [module documentation](self).
pub fn place(event_date: NaiveDate, received_on: NaiveDate, invoiced_through: Option<NaiveDate>) -> UsagePlacement {
    match invoiced_through {
        Some(through) => place_in_period(event_date, received_on, Some(through), through),
        None => place_in_period(event_date, received_on, None, event_date),
    }
}

/// Like [`place`], with `period_end`, the exclusive end of the billing period that contains
/// `event_date`, so that an event from a period before the last invoiced one gets that period's
/// own deadline. `period_end` is only used when the event's period was invoiced; it is capped at
/// `invoiced_through`.
pub fn place_in_period(
    event_date: NaiveDate,
    received_on: NaiveDate,
    invoiced_through: Option<NaiveDate>,
    period_end: NaiveDate,
) -> UsagePlacement {
    if add_days(received_on, MAX_FUTURE_DAYS).is_some_and(|latest| event_date > latest) {
        return UsagePlacement::Rejected {
            reason: format!(
                "usage dated {event_date} is in the future: it was received on {received_on}, and an event may be \
                 dated at most {MAX_FUTURE_DAYS} day after the day it is received"
            ),
        };
    }
    let Some(through) = invoiced_through else {
        return UsagePlacement::Open;
    };
    if event_date >= through {
        return UsagePlacement::Open;
    }
    let end = period_end.min(through).max(event_date.succ_opt().unwrap_or(event_date));
    let last_day = end.pred_opt().unwrap_or(end);
    match late_usage_deadline(end) {
        Some(deadline) if received_on > deadline => UsagePlacement::Rejected {
            reason: format!(
                "usage dated {event_date} belongs to a period already invoiced (ending {last_day}); late usage is \
                 accepted up to {LATE_USAGE_GRACE_DAYS} days after the period ends (until {deadline}), but this \
                 was received on {received_on}"
            ),
        },
        _ => UsagePlacement::Supplemental,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn reason(p: UsagePlacement) -> String {
        match p {
            UsagePlacement::Rejected { reason } => reason,
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    #[test]
    fn usage_before_anything_is_invoiced_is_open() {
        assert_eq!(place(d(2025, 4, 10), d(2025, 4, 10), None), UsagePlacement::Open);
        assert_eq!(place(d(2020, 1, 1), d(2025, 4, 10), None), UsagePlacement::Open);
    }

    #[test]
    fn usage_on_or_after_the_invoiced_end_is_open() {
        let through = Some(d(2025, 5, 1));
        assert_eq!(place(d(2025, 5, 1), d(2025, 5, 20), through), UsagePlacement::Open);
        assert_eq!(place(d(2025, 5, 15), d(2025, 5, 15), through), UsagePlacement::Open);
    }

    #[test]
    fn late_usage_within_seven_days_of_the_period_end_is_supplemental() {
        let through = Some(d(2025, 5, 1)); // April invoiced; its last day is 30 April
        assert_eq!(place(d(2025, 4, 30), d(2025, 5, 1), through), UsagePlacement::Supplemental);
        assert_eq!(place(d(2025, 4, 15), d(2025, 5, 7), through), UsagePlacement::Supplemental);
        assert_eq!(late_usage_deadline(d(2025, 5, 1)), Some(d(2025, 5, 7)));
    }

    #[test]
    fn late_usage_after_the_grace_days_is_rejected_naming_the_period_and_limit() {
        let through = Some(d(2025, 5, 1));
        assert_eq!(
            reason(place(d(2025, 4, 30), d(2025, 5, 8), through)),
            "usage dated 2025-04-30 belongs to a period already invoiced (ending 2025-04-30); late usage is \
             accepted up to 7 days after the period ends (until 2025-05-07), but this was received on 2025-05-08"
        );
    }

    #[test]
    fn an_event_from_an_older_period_gets_that_periods_deadline() {
        let through = Some(d(2025, 5, 1));
        // A March event received on 3 May: within 7 days of the last invoiced end, but March ended
        // on 31 March.
        assert_eq!(place(d(2025, 3, 15), d(2025, 5, 3), through), UsagePlacement::Supplemental);
        let p = place_in_period(d(2025, 3, 15), d(2025, 5, 3), through, d(2025, 4, 1));
        assert!(reason(p).contains("(ending 2025-03-31)"));
        assert_eq!(
            place_in_period(d(2025, 3, 15), d(2025, 4, 7), through, d(2025, 4, 1)),
            UsagePlacement::Supplemental
        );
        // A period end past `invoiced_through` is capped there.
        assert_eq!(
            place_in_period(d(2025, 4, 15), d(2025, 5, 7), through, d(2025, 6, 1)),
            UsagePlacement::Supplemental
        );
        assert_eq!(place_in_period(d(2025, 5, 15), d(2025, 5, 20), through, d(2025, 6, 1)), UsagePlacement::Open);
    }

    #[test]
    fn events_dated_more_than_a_day_ahead_are_rejected() {
        assert_eq!(place(d(2025, 4, 11), d(2025, 4, 10), None), UsagePlacement::Open);
        assert_eq!(
            reason(place(d(2025, 4, 12), d(2025, 4, 10), None)),
            "usage dated 2025-04-12 is in the future: it was received on 2025-04-10, and an event may be dated at \
             most 1 day after the day it is received"
        );
        assert!(matches!(place(d(2025, 6, 1), d(2025, 5, 1), Some(d(2025, 5, 1))), UsagePlacement::Rejected { .. }));
    }

    #[test]
    fn dates_at_the_edge_of_the_calendar_do_not_panic() {
        assert_eq!(place(NaiveDate::MAX, NaiveDate::MAX, None), UsagePlacement::Open);
        let last = NaiveDate::MAX.pred_opt().unwrap();
        assert_eq!(place(last, NaiveDate::MAX, Some(NaiveDate::MAX)), UsagePlacement::Supplemental);
        assert_eq!(place(NaiveDate::MIN, NaiveDate::MIN, Some(NaiveDate::MAX)), UsagePlacement::Supplemental);
    }

    proptest! {
        #[test]
        fn placement_follows_the_dates(
            event in 0i64..2_000,
            received in 0i64..2_000,
            through in proptest::option::of(0i64..2_000),
        ) {
            let base = d(2024, 1, 1);
            let day = |n: i64| base + chrono::Duration::days(n);
            let p = place(day(event), day(received), through.map(day));
            let expected = if event > received + 1 {
                "rejected"
            } else {
                match through {
                    None => "open",
                    Some(t) if event >= t => "open",
                    Some(t) if received <= t - 1 + LATE_USAGE_GRACE_DAYS => "supplemental",
                    Some(_) => "rejected",
                }
            };
            let got = match &p {
                UsagePlacement::Open => "open",
                UsagePlacement::Supplemental => "supplemental",
                UsagePlacement::Rejected { reason } => {
                    prop_assert!(!reason.is_empty());
                    "rejected"
                }
            };
            prop_assert_eq!(got, expected);
        }
    }
}
