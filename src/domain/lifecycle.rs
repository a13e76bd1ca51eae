//! The subscription life cycle: which actions are allowed in which status, and what follows.
//!
//! | from \ action | change   | pause  | resume | cancel now | cancel at period end | end trial |
//! |---------------|----------|--------|--------|------------|----------------------|-----------|
//! | trialing      | trialing | —      | —      | canceled   | trialing             | active    |
//! | active        | active   | paused | —      | canceled   | active               | —         |
//! | paused        | —        | —      | active | canceled   | —                    | —         |
//! | canceled      | —        | —      | —      | —          | —                    | —         |
//!
//! "Cancel at period end" only schedules the cancellation: the status stays as it is until the
//! period ends. A paused subscription is canceled automatically once it has been paused for the
//! maximum pause length ([`auto_cancel_date`]). Canceled is final: start a new subscription.

use std::fmt;
use std::str::FromStr;

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::DomainError;

/// How long a subscription may stay paused before it is canceled automatically, by default.
pub const DEFAULT_MAX_PAUSE_DAYS: u32 = 90;

/// The status of a subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SubStatus {
    Trialing,
    Active,
    Paused,
    Canceled,
}

impl SubStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            SubStatus::Trialing => "trialing",
            SubStatus::Active => "active",
            SubStatus::Paused => "paused",
            SubStatus::Canceled => "canceled",
        }
    }
}

impl fmt::Display for SubStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SubStatus {
    type Err = DomainError;

    /// Accepts `trialing`, `active`, `paused` or `canceled` (case-insensitive).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "trialing" => Ok(SubStatus::Trialing),
            "active" => Ok(SubStatus::Active),
            "paused" => Ok(SubStatus::Paused),
            "canceled" => Ok(SubStatus::Canceled),
            _ => Err(DomainError::invalid(
                "status",
                format!("'{s}' is not a subscription status (use trialing, active, paused or canceled)"),
            )),
        }
    }
}

impl SubStatus {
    /// Every status, in life-cycle order.
    pub const ALL: [SubStatus; 4] = [SubStatus::Trialing, SubStatus::Active, SubStatus::Paused, SubStatus::Canceled];
}

text_enum! {
    /// What a subscription history row records.
    pub enum SubscriptionEvent ("event", "a subscription history event") {
        Created = "created",
        /// A plan or quantity change made now, or a scheduled one applied by the run.
        Changed = "changed",
        /// A change scheduled for the end of the period.
        ScheduledChange = "scheduled_change",
        CancelScheduled = "cancel_scheduled",
        Canceled = "canceled",
        Paused = "paused",
        Resumed = "resumed",
        TrialEnded = "trial_ended",
    }
}

/// Something a user (or the scheduler) asks to do with a subscription.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Change plan, price or quantity.
    Change,
    Pause,
    Resume,
    /// Cancel immediately (with a prorated credit for the unused days).
    CancelNow,
    /// Schedule the cancellation for the end of the current period.
    CancelAtPeriodEnd,
    /// End the trial early and start billing.
    EndTrial,
}

impl Action {
    /// The action as a verb phrase for messages: "pause", "cancel at period end".
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Change => "change",
            Action::Pause => "pause",
            Action::Resume => "resume",
            Action::CancelNow => "cancel now",
            Action::CancelAtPeriodEnd => "cancel at period end",
            Action::EndTrial => "end the trial of",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The status a subscription in status `from` moves to when `action` is applied, or why the
/// action is not allowed: a [`DomainError::Refused`] (the state forbids it, exit 4) whose hint says
/// what to do instead.
pub fn check_transition(from: SubStatus, action: &Action) -> Result<SubStatus, DomainError> {
    use Action::*;
    use SubStatus::*;
    let refuse = |why: &str, hint: &str| {
        let what = match action {
            CancelNow => "cancel".to_string(),
            CancelAtPeriodEnd => "schedule the cancellation of".to_string(),
            other => other.as_str().to_string(),
        };
        let article = if from == Active { "an" } else { "a" };
        Err(DomainError::refused(format!("cannot {what} {article} {from} subscription: {why}"), hint))
    };
    match (from, action) {
        (Canceled, _) => refuse(
            "it is canceled for good",
            "nothing is left to do with it; start a new subscription with `billctl subscription create`",
        ),
        (Trialing | Active, Change) => Ok(from),
        (Paused, Change) => refuse("it is paused", "resume it first with `billctl subscription resume`"),
        (Active, Pause) => Ok(Paused),
        (Trialing, Pause) => refuse("a trial cannot be paused", "end the trial or cancel the subscription instead"),
        (Paused, Pause) => refuse("it is already paused", "nothing to do; `billctl subscription resume` resumes it"),
        (Paused, Resume) => Ok(Active),
        (Trialing | Active, Resume) => {
            refuse("only a paused subscription can be resumed", "nothing to do: it is not paused")
        }
        (Trialing | Active | Paused, CancelNow) => Ok(Canceled),
        (Trialing | Active, CancelAtPeriodEnd) => Ok(from),
        (Paused, CancelAtPeriodEnd) => {
            refuse("a paused subscription has no running period", "cancel it now with `--at now`, or resume it first")
        }
        (Trialing, EndTrial) => Ok(Active),
        (Active | Paused, EndTrial) => {
            refuse("only a trialing subscription has a trial to end", "nothing to do: it is not in a trial")
        }
    }
}

/// The date on which a subscription paused on `paused_on` is canceled if still paused:
/// `paused_on + max_pause_days` (use [`DEFAULT_MAX_PAUSE_DAYS`] unless configured otherwise).
/// A limit reaching beyond the supported calendar yields the last supported date (never).
pub fn auto_cancel_date(paused_on: NaiveDate, max_pause_days: u32) -> NaiveDate {
    paused_on.checked_add_days(Days::new(u64::from(max_pause_days))).unwrap_or(NaiveDate::MAX)
}

/// The first day after a trial of `trial_days` days starting on `start` (the day billing starts);
/// `None` when there is no trial (`trial_days == 0`). A trial reaching beyond the supported
/// calendar ends on the last supported date.
pub fn trial_end(start: NaiveDate, trial_days: u32) -> Option<NaiveDate> {
    if trial_days == 0 {
        return None;
    }
    Some(start.checked_add_days(Days::new(u64::from(trial_days))).unwrap_or(NaiveDate::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;
    use SubStatus::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const ALL_STATUSES: [SubStatus; 4] = [Trialing, Active, Paused, Canceled];
    const ALL_ACTIONS: [Action; 6] = [Change, Pause, Resume, CancelNow, CancelAtPeriodEnd, EndTrial];

    #[test]
    fn statuses_parse_print_and_serialize_in_lowercase() {
        for s in ALL_STATUSES {
            assert_eq!(s.as_str().parse::<SubStatus>().unwrap(), s);
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
            assert_eq!(serde_json::from_str::<SubStatus>(&format!("\"{s}\"")).unwrap(), s);
        }
        assert_eq!("ACTIVE".parse::<SubStatus>().unwrap(), Active);
        let err = "cancelled".parse::<SubStatus>().unwrap_err();
        assert!(err.to_string().starts_with("invalid status: 'cancelled' is not a subscription status"));
        assert_eq!(serde_json::to_string(&CancelAtPeriodEnd).unwrap(), "\"cancel_at_period_end\"");
    }

    #[test]
    fn an_active_subscription_can_change_pause_and_cancel() {
        assert_eq!(check_transition(Active, &Change).unwrap(), Active);
        assert_eq!(check_transition(Active, &Pause).unwrap(), Paused);
        assert_eq!(check_transition(Active, &CancelNow).unwrap(), Canceled);
        assert_eq!(check_transition(Active, &CancelAtPeriodEnd).unwrap(), Active);
    }

    #[test]
    fn a_trial_can_change_end_or_be_canceled() {
        assert_eq!(check_transition(Trialing, &Change).unwrap(), Trialing);
        assert_eq!(check_transition(Trialing, &EndTrial).unwrap(), Active);
        assert_eq!(check_transition(Trialing, &CancelNow).unwrap(), Canceled);
        assert_eq!(check_transition(Trialing, &CancelAtPeriodEnd).unwrap(), Trialing);
    }

    #[test]
    fn resume_only_works_from_paused() {
        assert_eq!(check_transition(Paused, &Resume).unwrap(), Active);
        assert_eq!(
            check_transition(Active, &Resume).unwrap_err().to_string(),
            "cannot resume an active subscription: only a paused subscription can be resumed"
        );
        assert!(check_transition(Trialing, &Resume).is_err());
    }

    #[test]
    fn a_paused_subscription_must_be_resumed_before_it_changes() {
        assert_eq!(
            check_transition(Paused, &Change).unwrap_err().to_string(),
            "cannot change a paused subscription: it is paused"
        );
        assert!(check_transition(Paused, &Pause).is_err());
        assert!(check_transition(Paused, &CancelAtPeriodEnd).is_err());
        assert_eq!(check_transition(Paused, &CancelNow).unwrap(), Canceled);
    }

    #[test]
    fn a_canceled_subscription_accepts_no_action() {
        for action in ALL_ACTIONS {
            assert!(check_transition(Canceled, &action).is_err(), "{action}");
        }
        assert_eq!(
            check_transition(Canceled, &Pause).unwrap_err().to_string(),
            "cannot pause a canceled subscription: it is canceled for good"
        );
    }

    #[test]
    fn only_trials_can_be_ended_and_trials_cannot_be_paused() {
        assert_eq!(
            check_transition(Active, &EndTrial).unwrap_err().to_string(),
            "cannot end the trial of an active subscription: only a trialing subscription has a trial to end"
        );
        assert!(check_transition(Trialing, &Pause).is_err());
    }

    #[test]
    fn every_refusal_is_because_of_the_state_and_says_what_to_do() {
        for from in ALL_STATUSES {
            for action in ALL_ACTIONS {
                if let Err(e) = check_transition(from, &action) {
                    assert!(matches!(&e, DomainError::Refused { hint, .. } if !hint.is_empty()), "{e}");
                }
            }
        }
    }

    #[test]
    fn a_pause_is_canceled_after_ninety_days_by_default() {
        assert_eq!(auto_cancel_date(d(2025, 1, 1), DEFAULT_MAX_PAUSE_DAYS), d(2025, 4, 1));
        assert_eq!(auto_cancel_date(d(2024, 1, 1), DEFAULT_MAX_PAUSE_DAYS), d(2024, 3, 31));
        assert_eq!(auto_cancel_date(d(2025, 1, 1), 0), d(2025, 1, 1));
        assert_eq!(auto_cancel_date(d(2025, 1, 1), u32::MAX), NaiveDate::MAX);
    }

    #[test]
    fn a_trial_ends_on_the_first_billable_day() {
        assert_eq!(trial_end(d(2025, 2, 15), 14), Some(d(2025, 3, 1)));
        assert_eq!(trial_end(d(2024, 2, 15), 14), Some(d(2024, 2, 29)));
        assert_eq!(trial_end(d(2025, 2, 15), 0), None);
    }
}
