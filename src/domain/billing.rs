//! What the invoice run does to one subscription on a given day, decided without I/O.
//!
//! [`advance`] walks a subscription forward to `today` (its account's local date):
//! 1. a pause that reached its maximum cancels the subscription (on `auto_cancel_on`); a pause
//!    that reached `resume_at` resumes it, starting a new billing cycle on that date;
//! 2. a trial whose end has come becomes active;
//! 3. while the next period to bill has started (`next_bill_date <= today`):
//!    - when the previous period is over, a change scheduled for the period end is applied, and a
//!      cancellation at period end takes effect (no further invoice);
//!    - the period starting at `next_bill_date` is billed in advance (one invoice per period, so a
//!      run that catches up after missed days bills each missed period separately), together with
//!      the usage of the period that just closed (in arrears), if that period was a paid one.

use chrono::NaiveDate;
use serde::Serialize;

use super::DomainError;
use super::lifecycle::SubStatus;
use super::period::{Interval, Period};
use super::schedule;

/// The billing-relevant state of a subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubState {
    pub status: SubStatus,
    pub plan_version_id: String,
    pub quantity: u32,
    pub anchor: NaiveDate,
    pub current_period: Period,
    pub next_bill_date: NaiveDate,
    pub trial_end: Option<NaiveDate>,
    pub cancel_at_period_end: bool,
    pub canceled_at: Option<NaiveDate>,
    pub paused_at: Option<NaiveDate>,
    pub resume_at: Option<NaiveDate>,
    pub auto_cancel_on: Option<NaiveDate>,
    pub usage_billed_through: Option<NaiveDate>,
    pub pending_plan_version_id: Option<String>,
    pub pending_quantity: Option<u32>,
}

/// One thing that happened while advancing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Step {
    /// Bill `period` in advance (`full` is the whole period it belongs to; they differ only for a
    /// stub before the anchor) on the given version and quantity, plus usage of `usage_period`
    /// priced on `usage_version_id`.
    Billed {
        period: Period,
        full: Period,
        plan_version_id: String,
        quantity: u32,
        usage_period: Option<Period>,
        usage_version_id: Option<String>,
    },
    TrialEnded {
        on: NaiveDate,
    },
    ChangeApplied {
        on: NaiveDate,
        plan_version_id: String,
        quantity: u32,
    },
    Resumed {
        on: NaiveDate,
    },
    Canceled {
        on: NaiveDate,
        reason: String,
    },
}

/// At most this many periods are billed for one subscription in one run (a guard against a
/// runaway catch-up, e.g. a daily plan not billed for years).
pub const MAX_PERIODS_PER_RUN: usize = 400;

/// Advances `state` to `today`. `interval_of` gives the billing interval of a plan version.
pub fn advance(
    state: &SubState,
    today: NaiveDate,
    interval_of: &dyn Fn(&str) -> Result<Interval, DomainError>,
) -> Result<(SubState, Vec<Step>), DomainError> {
    let mut s = state.clone();
    let mut steps = Vec::new();
    if s.status == SubStatus::Paused {
        let resume = s.resume_at.filter(|d| *d <= today);
        let expire = s.auto_cancel_on.filter(|d| *d <= today);
        match (resume, expire) {
            (Some(r), Some(e)) if e < r => cancel(&mut s, &mut steps, e, "maximum pause reached"),
            (Some(r), _) => {
                let interval = interval_of(&s.plan_version_id)?;
                let sch = schedule::initial(r, 0, None, interval)?;
                s.status = SubStatus::Active;
                s.anchor = sch.anchor;
                s.current_period = sch.current_period;
                s.next_bill_date = r;
                s.paused_at = None;
                s.resume_at = None;
                s.auto_cancel_on = None;
                // Usage while paused is not billed.
                s.usage_billed_through = Some(r);
                steps.push(Step::Resumed { on: r });
            }
            (None, Some(e)) => cancel(&mut s, &mut steps, e, "maximum pause reached"),
            (None, None) => {}
        }
    }
    if s.status == SubStatus::Trialing && s.trial_end.is_some_and(|t| t <= today) {
        s.status = SubStatus::Active;
        steps.push(Step::TrialEnded { on: s.trial_end.unwrap_or(today) });
    }
    let mut billed = 0;
    while s.status == SubStatus::Active && s.next_bill_date <= today {
        let rolling = s.next_bill_date >= s.current_period.end;
        // The period that just closed, if it was a paid one, has its usage billed now.
        let closed = (rolling && s.trial_end.is_none_or(|t| s.current_period.start >= t)).then_some(s.current_period);
        let closed_version = s.plan_version_id.clone();
        if rolling {
            if s.cancel_at_period_end {
                let on = s.current_period.end;
                cancel(&mut s, &mut steps, on, "canceled at period end");
                break;
            }
            if s.pending_plan_version_id.is_some() || s.pending_quantity.is_some() {
                let version = s.pending_plan_version_id.take().unwrap_or(s.plan_version_id.clone());
                let quantity = s.pending_quantity.take().unwrap_or(s.quantity);
                let old_interval = interval_of(&s.plan_version_id)?;
                let new_interval = interval_of(&version)?;
                if new_interval != old_interval {
                    s.anchor = s.next_bill_date;
                }
                s.plan_version_id = version.clone();
                s.quantity = quantity;
                steps.push(Step::ChangeApplied { on: s.next_bill_date, plan_version_id: version, quantity });
            }
        }
        let interval = interval_of(&s.plan_version_id)?;
        let (period, full) = schedule::billing_period(s.anchor, interval, s.next_bill_date)?;
        let usage_period = closed.filter(|p| s.usage_billed_through.is_none_or(|u| u < p.end));
        steps.push(Step::Billed {
            period,
            full,
            plan_version_id: s.plan_version_id.clone(),
            quantity: s.quantity,
            usage_period,
            usage_version_id: usage_period.map(|_| closed_version),
        });
        if let Some(u) = usage_period {
            s.usage_billed_through = Some(u.end);
        }
        s.current_period = period;
        s.next_bill_date = period.end;
        billed += 1;
        if billed >= MAX_PERIODS_PER_RUN {
            break;
        }
    }
    Ok((s, steps))
}

fn cancel(s: &mut SubState, steps: &mut Vec<Step>, on: NaiveDate, reason: &str) {
    s.status = SubStatus::Canceled;
    s.canceled_at = Some(on);
    s.pending_plan_version_id = None;
    s.pending_quantity = None;
    steps.push(Step::Canceled { on, reason: reason.into() });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::period::IntervalUnit;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn monthly(_: &str) -> Result<Interval, DomainError> {
        Interval::new(IntervalUnit::Month, 1)
    }

    fn yearly_b(v: &str) -> Result<Interval, DomainError> {
        Interval::new(if v == "b" { IntervalUnit::Year } else { IntervalUnit::Month }, 1)
    }

    fn new_sub(start: NaiveDate, trial_days: u32) -> SubState {
        let sch = schedule::initial(start, trial_days, None, monthly("a").unwrap()).unwrap();
        SubState {
            status: sch.status,
            plan_version_id: "a".into(),
            quantity: 1,
            anchor: sch.anchor,
            current_period: sch.current_period,
            next_bill_date: sch.next_bill_date,
            trial_end: sch.trial_end,
            cancel_at_period_end: false,
            canceled_at: None,
            paused_at: None,
            resume_at: None,
            auto_cancel_on: None,
            usage_billed_through: None,
            pending_plan_version_id: None,
            pending_quantity: None,
        }
    }

    fn billed(steps: &[Step]) -> Vec<(NaiveDate, NaiveDate, Option<Period>)> {
        steps
            .iter()
            .filter_map(|s| match s {
                Step::Billed { period, usage_period, .. } => Some((period.start, period.end, *usage_period)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_first_period_is_billed_on_the_start_date_and_not_again() {
        let s = new_sub(d(2026, 1, 31), 0);
        let (s1, steps) = advance(&s, d(2026, 1, 31), &monthly).unwrap();
        assert_eq!(billed(&steps), vec![(d(2026, 1, 31), d(2026, 2, 28), None)]);
        let (s2, again) = advance(&s1, d(2026, 2, 27), &monthly).unwrap();
        assert!(again.is_empty());
        assert_eq!(s2, s1);
    }

    #[test]
    fn missed_periods_are_each_billed_with_the_usage_of_the_closed_one() {
        let s = new_sub(d(2026, 1, 31), 0);
        let (_, steps) = advance(&s, d(2026, 3, 31), &monthly).unwrap();
        let b = billed(&steps);
        assert_eq!(b.len(), 3);
        assert_eq!((b[1].0, b[1].1), (d(2026, 2, 28), d(2026, 3, 31)), "month-end anchor sticks");
        assert_eq!(b[1].2, Some(Period::new(d(2026, 1, 31), d(2026, 2, 28)).unwrap()));
        assert_eq!(b[2].0, d(2026, 3, 31));
    }

    #[test]
    fn a_trial_is_free_and_its_usage_not_billed() {
        let s = new_sub(d(2026, 1, 1), 14);
        let (s1, steps) = advance(&s, d(2026, 1, 10), &monthly).unwrap();
        assert!(steps.is_empty());
        let (s2, steps) = advance(&s1, d(2026, 1, 15), &monthly).unwrap();
        assert_eq!(steps[0], Step::TrialEnded { on: d(2026, 1, 15) });
        assert_eq!(billed(&steps), vec![(d(2026, 1, 15), d(2026, 2, 15), None)]);
        assert_eq!(s2.status, SubStatus::Active);
    }

    #[test]
    fn a_scheduled_change_applies_when_the_period_rolls() {
        let mut s = new_sub(d(2026, 1, 1), 0);
        s.next_bill_date = d(2026, 2, 1);
        s.pending_plan_version_id = Some("b".into());
        s.pending_quantity = Some(4);
        let (s1, steps) = advance(&s, d(2026, 2, 1), &yearly_b).unwrap();
        assert!(
            matches!(&steps[0], Step::ChangeApplied { plan_version_id, quantity: 4, .. } if plan_version_id == "b")
        );
        match &steps[1] {
            Step::Billed { period, usage_version_id, .. } => {
                assert_eq!(*period, Period::new(d(2026, 2, 1), d(2027, 2, 1)).unwrap());
                assert_eq!(usage_version_id.as_deref(), Some("a"), "the closed period's usage uses the old version");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(s1.pending_plan_version_id, None);
    }

    #[test]
    fn cancel_at_period_end_stops_billing() {
        let mut s = new_sub(d(2026, 1, 1), 0);
        s.next_bill_date = d(2026, 2, 1);
        s.cancel_at_period_end = true;
        let (s1, steps) = advance(&s, d(2026, 3, 5), &monthly).unwrap();
        assert_eq!(steps, vec![Step::Canceled { on: d(2026, 2, 1), reason: "canceled at period end".into() }]);
        assert_eq!(s1.status, SubStatus::Canceled);
    }

    #[test]
    fn pauses_resume_or_expire_on_their_dates() {
        let mut s = new_sub(d(2026, 1, 1), 0);
        s.next_bill_date = d(2026, 2, 1);
        s.status = SubStatus::Paused;
        s.resume_at = Some(d(2026, 3, 10));
        s.auto_cancel_on = Some(d(2026, 4, 1));
        let (still, steps) = advance(&s, d(2026, 3, 9), &monthly).unwrap();
        assert!(steps.is_empty() && still.status == SubStatus::Paused);
        let (r, steps) = advance(&s, d(2026, 3, 10), &monthly).unwrap();
        assert_eq!(steps[0], Step::Resumed { on: d(2026, 3, 10) });
        assert_eq!(billed(&steps), vec![(d(2026, 3, 10), d(2026, 4, 10), None)]);
        assert_eq!(r.anchor, d(2026, 3, 10));
        s.resume_at = None;
        let (c, steps) = advance(&s, d(2026, 4, 2), &monthly).unwrap();
        assert_eq!(steps, vec![Step::Canceled { on: d(2026, 4, 1), reason: "maximum pause reached".into() }]);
        assert_eq!(c.canceled_at, Some(d(2026, 4, 1)));
    }

    #[test]
    fn canceled_subscriptions_do_nothing() {
        let mut s = new_sub(d(2026, 1, 1), 0);
        s.status = SubStatus::Canceled;
        assert!(advance(&s, d(2027, 1, 1), &monthly).unwrap().1.is_empty());
    }
}
