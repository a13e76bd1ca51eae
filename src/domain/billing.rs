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
//!      the usage of the period that just closed (in arrears), if that period was a paid one;
//! 4. when service stops (a pause, or a cancellation: now, at period end or at the end of the
//!    longest pause), the usage of the paid days not billed yet, up to the stop, is billed then,
//!    in arrears, on its own invoice ([`Step::UsageAtStop`], one per period it falls in). Usage is
//!    never lost with a canceled subscription, and never billed twice: `usage_billed_through`
//!    moves to the stop date.

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
    /// The first day of service (usage before it is refused).
    pub start_date: NaiveDate,
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
    /// Usage up to this date (exclusive) not billed yet, left by a cycle restarted outside the run.
    pub usage_owed_until: Option<NaiveDate>,
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
    /// Service stopped (`stop`): bill the usage of `usage_period` (within one billing period, ending
    /// at the stop at the latest) in arrears, priced on `usage_version_id`, with no recurring charge.
    UsageAtStop {
        stop: StopKind,
        usage_period: Period,
        usage_version_id: String,
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

/// Why service stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StopKind {
    Paused,
    Canceled,
    /// The cycle restarted outside the run (a pause resumed by hand): `usage_owed_until`.
    Restarted,
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
    if s.status == SubStatus::Canceled
        && let Some(stop) = stop_date(&s).filter(|d| *d <= today)
    {
        usage_at_stop(&mut s, &mut steps, stop, StopKind::Canceled, interval_of)?;
        return Ok((s, steps));
    }
    if let Some(owed) = s.usage_owed_until.filter(|d| *d <= today) {
        usage_at_stop(&mut s, &mut steps, owed, StopKind::Restarted, interval_of)?;
        s.usage_owed_until = None;
    }
    if s.status == SubStatus::Paused {
        if let Some(p) = s.paused_at.filter(|d| *d <= today) {
            usage_at_stop(&mut s, &mut steps, p, StopKind::Paused, interval_of)?;
        }
        let resume = s.resume_at.filter(|d| *d <= today);
        let expire = s.auto_cancel_on.filter(|d| *d <= today);
        match (resume, expire) {
            (Some(r), Some(e)) if e < r => cancel(&mut s, &mut steps, e, "maximum pause reached", interval_of)?,
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
            (None, Some(e)) => cancel(&mut s, &mut steps, e, "maximum pause reached", interval_of)?,
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
                cancel(&mut s, &mut steps, on, "canceled at period end", interval_of)?;
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

fn cancel(
    s: &mut SubState,
    steps: &mut Vec<Step>,
    on: NaiveDate,
    reason: &str,
    interval_of: &dyn Fn(&str) -> Result<Interval, DomainError>,
) -> Result<(), DomainError> {
    s.status = SubStatus::Canceled;
    s.canceled_at = Some(on);
    s.pending_plan_version_id = None;
    s.pending_quantity = None;
    steps.push(Step::Canceled { on, reason: reason.into() });
    match stop_date(s) {
        Some(stop) => usage_at_stop(s, steps, stop, StopKind::Canceled, interval_of),
        None => Ok(()),
    }
}

/// The day service stopped for a canceled subscription: the pause before it, if any, else the
/// cancellation (exclusive: no usage is accepted on or after it).
fn stop_date(s: &SubState) -> Option<NaiveDate> {
    let canceled = s.canceled_at?;
    Some(s.paused_at.map_or(canceled, |p| p.min(canceled)))
}

/// Bills the usage of the paid days from where usage billing stands (`usage_billed_through`, else
/// the start) up to `stop` (exclusive), one step per billing period the days fall in (tiers apply
/// per period), and moves `usage_billed_through` to `stop`. Days of a trial are free.
fn usage_at_stop(
    s: &mut SubState,
    steps: &mut Vec<Step>,
    stop: NaiveDate,
    kind: StopKind,
    interval_of: &dyn Fn(&str) -> Result<Interval, DomainError>,
) -> Result<(), DomainError> {
    if s.usage_billed_through.is_some_and(|u| u >= stop) {
        return Ok(());
    }
    let unbilled_from = s.usage_billed_through.unwrap_or(s.start_date);
    let mut from = s.trial_end.map_or(unbilled_from, |t| t.max(unbilled_from));
    if from < stop {
        let interval = interval_of(&s.plan_version_id)?;
        while from < stop {
            let (period, _) = schedule::billing_period(s.anchor, interval, from)?;
            let to = period.end.min(stop);
            steps.push(Step::UsageAtStop {
                stop: kind,
                usage_period: Period::new(from, to)?,
                usage_version_id: s.plan_version_id.clone(),
            });
            from = to;
        }
    }
    s.usage_billed_through = Some(stop);
    Ok(())
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
            start_date: start,
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
            usage_owed_until: None,
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
        assert_eq!(
            steps,
            vec![
                Step::Canceled { on: d(2026, 2, 1), reason: "canceled at period end".into() },
                // No recurring charge, but the last period's usage is billed in arrears.
                Step::UsageAtStop {
                    stop: StopKind::Canceled,
                    usage_period: p(d(2026, 1, 1), d(2026, 2, 1)),
                    usage_version_id: "a".into()
                }
            ]
        );
        assert_eq!(s1.status, SubStatus::Canceled);
        assert_eq!(s1.usage_billed_through, Some(d(2026, 2, 1)));
        assert!(!owes_usage_at_stop(&s1));
        assert!(advance(&s1, d(2026, 4, 5), &monthly).unwrap().1.is_empty(), "billed once");
    }

    /// Whether a subscription in this state still owes the usage up to its stop (a pause, a
    /// cancellation, a cycle restarted outside the run): what the invoice run's SQL looks for.
    fn owes_usage_at_stop(s: &SubState) -> bool {
        let stop = match s.status {
            SubStatus::Canceled => stop_date(s),
            SubStatus::Paused => s.paused_at,
            _ => None,
        };
        s.usage_owed_until.is_some() || stop.is_some_and(|stop| s.usage_billed_through.is_none_or(|u| u < stop))
    }

    fn p(a: NaiveDate, b: NaiveDate) -> Period {
        Period::new(a, b).unwrap()
    }

    fn canceled_now(s: &SubState, on: NaiveDate) -> SubState {
        let mut c = s.clone();
        c.status = SubStatus::Canceled;
        c.canceled_at = Some(on);
        c
    }

    #[test]
    fn canceled_now_bills_the_usage_of_the_days_served_once() {
        // Jan billed in advance (usage of nothing before it); canceled on 20 Jan.
        let (s, _) = advance(&new_sub(d(2026, 1, 1), 0), d(2026, 1, 1), &monthly).unwrap();
        let c = canceled_now(&s, d(2026, 1, 20));
        assert!(owes_usage_at_stop(&c));
        let (c1, steps) = advance(&c, d(2026, 1, 20), &monthly).unwrap();
        assert_eq!(
            steps,
            vec![Step::UsageAtStop {
                stop: StopKind::Canceled,
                usage_period: p(d(2026, 1, 1), d(2026, 1, 20)),
                usage_version_id: "a".into()
            }]
        );
        assert_eq!((c1.status, c1.usage_billed_through), (SubStatus::Canceled, Some(d(2026, 1, 20))));
        assert!(!owes_usage_at_stop(&c1));
        assert!(advance(&c1, d(2026, 2, 20), &monthly).unwrap().1.is_empty());
    }

    #[test]
    fn usage_at_a_stop_is_split_by_period_and_starts_where_usage_billing_stands() {
        // Billed through Feb (usage of Jan billed on 1 Feb), then no run until the cancellation on
        // 10 Mar: Feb's usage and 1–9 Mar's are billed as two windows (tiers are per period).
        let (s, _) = advance(&new_sub(d(2026, 1, 1), 0), d(2026, 2, 1), &monthly).unwrap();
        assert_eq!(s.usage_billed_through, Some(d(2026, 2, 1)));
        let (_, steps) = advance(&canceled_now(&s, d(2026, 3, 10)), d(2026, 3, 10), &monthly).unwrap();
        let windows: Vec<Period> = steps
            .iter()
            .map(|st| match st {
                Step::UsageAtStop { usage_period, .. } => *usage_period,
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(windows, vec![p(d(2026, 2, 1), d(2026, 3, 1)), p(d(2026, 3, 1), d(2026, 3, 10))]);
    }

    #[test]
    fn a_stop_during_a_trial_bills_no_usage_but_is_settled() {
        let s = new_sub(d(2026, 1, 1), 14);
        let c = canceled_now(&s, d(2026, 1, 10));
        let (c1, steps) = advance(&c, d(2026, 1, 10), &monthly).unwrap();
        assert!(steps.is_empty(), "{steps:?}");
        assert_eq!(c1.usage_billed_through, Some(d(2026, 1, 10)), "written, so not due again");
        assert!(!owes_usage_at_stop(&c1));
    }

    #[test]
    fn a_pause_bills_the_usage_before_it_then_resuming_starts_afresh() {
        let (mut s, _) = advance(&new_sub(d(2026, 1, 1), 0), d(2026, 1, 1), &monthly).unwrap();
        s.status = SubStatus::Paused;
        s.paused_at = Some(d(2026, 1, 15));
        s.resume_at = Some(d(2026, 3, 1));
        s.auto_cancel_on = Some(d(2026, 4, 15));
        assert!(owes_usage_at_stop(&s));
        let (s1, steps) = advance(&s, d(2026, 1, 16), &monthly).unwrap();
        assert_eq!(
            steps,
            vec![Step::UsageAtStop {
                stop: StopKind::Paused,
                usage_period: p(d(2026, 1, 1), d(2026, 1, 15)),
                usage_version_id: "a".into()
            }]
        );
        assert!(!owes_usage_at_stop(&s1));
        assert!(advance(&s1, d(2026, 2, 1), &monthly).unwrap().1.is_empty(), "nothing while paused");
        let (_, steps) = advance(&s1, d(2026, 3, 1), &monthly).unwrap();
        assert_eq!(steps[0], Step::Resumed { on: d(2026, 3, 1) });
        assert_eq!(billed(&steps), vec![(d(2026, 3, 1), d(2026, 4, 1), None)]);
        // Expiring instead: the cancellation finds the usage before the pause already billed.
        let mut e = s1.clone();
        e.resume_at = None;
        let (c, steps) = advance(&e, d(2026, 4, 15), &monthly).unwrap();
        assert_eq!(steps, vec![Step::Canceled { on: d(2026, 4, 15), reason: "maximum pause reached".into() }]);
        assert!(!owes_usage_at_stop(&c));
    }

    #[test]
    fn pauses_resume_or_expire_on_their_dates() {
        let mut s = new_sub(d(2026, 1, 1), 0);
        s.next_bill_date = d(2026, 2, 1);
        s.status = SubStatus::Paused;
        s.paused_at = Some(d(2026, 2, 1));
        s.usage_billed_through = Some(d(2026, 2, 1)); // the usage before the pause is billed
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
    fn usage_owed_by_a_cycle_restarted_outside_the_run_is_billed_once() {
        // Resumed by hand on 12 Jan after a pause on 10 Jan that no run saw: a new cycle from 12 Jan.
        let (mut s, _) = advance(&new_sub(d(2026, 1, 1), 0), d(2026, 1, 1), &monthly).unwrap();
        s.anchor = d(2026, 1, 12);
        s.current_period = p(d(2026, 1, 12), d(2026, 2, 12));
        s.next_bill_date = d(2026, 1, 12);
        s.usage_owed_until = Some(d(2026, 1, 10));
        assert!(owes_usage_at_stop(&s));
        let (s1, steps) = advance(&s, d(2026, 1, 12), &monthly).unwrap();
        assert_eq!(
            steps[0],
            Step::UsageAtStop {
                stop: StopKind::Restarted,
                usage_period: p(d(2026, 1, 1), d(2026, 1, 10)),
                usage_version_id: "a".into()
            }
        );
        assert_eq!(billed(&steps), vec![(d(2026, 1, 12), d(2026, 2, 12), None)]);
        assert_eq!((s1.usage_owed_until, s1.usage_billed_through), (None, Some(d(2026, 1, 10))));
        // The new cycle's first period has its usage billed when it closes, from its start.
        let (_, steps) = advance(&s1, d(2026, 2, 12), &monthly).unwrap();
        assert_eq!(billed(&steps), vec![(d(2026, 2, 12), d(2026, 3, 12), Some(p(d(2026, 1, 12), d(2026, 2, 12))))]);
    }

    #[test]
    fn canceled_subscriptions_do_nothing() {
        let mut s = new_sub(d(2026, 1, 1), 0);
        s.status = SubStatus::Canceled;
        assert!(advance(&s, d(2027, 1, 1), &monthly).unwrap().1.is_empty());
    }
}
