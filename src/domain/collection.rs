//! The collection decision: given an open invoice with an amount due, its latest charge attempt,
//! the account's card and today's date, whether `payment collect` / `payment retry` charges it now
//! or why not. Pure: facts in, a decision out; `app::payments` gathers the facts and acts.
//!
//! - `collect` (the daily batch) charges only invoices never attempted: failed charges are left to
//!   `retry`, on the schedule.
//! - `collect --invoice` charges one named invoice whatever its history, unless its latest attempt
//!   was a hard decline of the very card it would use again.
//! - `retry` follows [`super::retry::decide`].
//! - Nothing is charged without a default card and a gateway customer.
//! - An attempt whose outcome was unknown and that is being resent is charged again as it was (the
//!   gateway replays it under its key): no rule above applies to it.

use chrono::NaiveDate;

use super::retry::{self, LastAttempt, RetryDecision};

/// What a payment batch does with its invoices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `payment collect`: charge invoices not attempted yet (`explicit`: one named invoice,
    /// charged whatever its history unless its card was hard-declined).
    Collect { explicit: bool },
    /// `payment retry`: failed invoices whose scheduled retry day has come.
    Retry,
    /// `stripe sync`: only resolve attempts whose outcome is unknown; never charge.
    Resolve,
}

/// The latest charge attempt of an invoice, as far as deciding goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Last<'a> {
    pub failed: bool,
    pub hard_decline: bool,
    pub next_retry_on: Option<NaiveDate>,
    /// The gateway card it charged.
    pub payment_method: Option<&'a str>,
    pub decline_code: Option<&'a str>,
}

/// The facts a decision is made on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts<'a> {
    pub mode: Mode,
    /// An attempt whose outcome was unknown is resent unchanged.
    pub resending: bool,
    pub last: Option<Last<'a>>,
    /// The account's default card at this gateway (its gateway id), if any.
    pub card: Option<&'a str>,
    /// Whether the account has a customer at this gateway.
    pub has_customer: bool,
    pub today: NaiveDate,
}

/// Why an invoice is not charged now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skip<'a> {
    /// `collect` without `--invoice` on an invoice charged before.
    AttemptedBefore,
    /// `collect --invoice` would charge the card that was declined for good.
    CardDeclinedForGood { decline_code: Option<&'a str> },
    /// `retry` on a day that is not the invoice's retry day, or with nothing to retry.
    Retry(RetryDecision),
    /// No default card or no gateway customer.
    NoPaymentMethod,
    /// `stripe sync` never charges.
    ResolveOnly,
}

/// Charge now, or skip for a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision<'a> {
    Charge,
    Skip(Skip<'a>),
}

/// Decides what to do with an invoice that is open with an amount due.
pub fn decide<'a>(f: &Facts<'a>) -> Decision<'a> {
    if !f.resending {
        match f.mode {
            Mode::Resolve => return Decision::Skip(Skip::ResolveOnly),
            Mode::Collect { explicit: false } if f.last.is_some() => return Decision::Skip(Skip::AttemptedBefore),
            Mode::Collect { .. } => {
                if let (Some(l), Some(card)) = (f.last, f.card)
                    && l.failed
                    && l.hard_decline
                    && l.payment_method == Some(card)
                {
                    return Decision::Skip(Skip::CardDeclinedForGood { decline_code: l.decline_code });
                }
            }
            Mode::Retry => {
                let state = f.last.map(|l| LastAttempt {
                    failed: l.failed,
                    hard_decline: l.hard_decline,
                    next_retry_on: l.next_retry_on,
                });
                match retry::decide(state, f.today) {
                    RetryDecision::Retry => {}
                    other => return Decision::Skip(Skip::Retry(other)),
                }
            }
        }
    }
    if f.card.is_none() || !f.has_customer {
        return Decision::Skip(Skip::NoPaymentMethod);
    }
    Decision::Charge
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    fn facts(mode: Mode) -> Facts<'static> {
        Facts { mode, resending: false, last: None, card: Some("pm_1"), has_customer: true, today: day(10) }
    }

    fn failed(hard: bool, next: Option<NaiveDate>, card: &'static str) -> Last<'static> {
        Last {
            failed: true,
            hard_decline: hard,
            next_retry_on: next,
            payment_method: Some(card),
            decline_code: Some(if hard { "stolen_card" } else { "insufficient_funds" }),
        }
    }

    #[test]
    fn collect_charges_an_invoice_never_attempted() {
        assert_eq!(decide(&facts(Mode::Collect { explicit: false })), Decision::Charge);
    }

    #[test]
    fn the_daily_collect_leaves_an_invoice_attempted_before_to_retry() {
        let f = Facts { last: Some(failed(false, Some(day(13)), "pm_1")), ..facts(Mode::Collect { explicit: false }) };
        assert_eq!(decide(&f), Decision::Skip(Skip::AttemptedBefore));
    }

    #[test]
    fn collect_of_a_named_invoice_charges_whatever_its_soft_declines() {
        let f = Facts { last: Some(failed(false, Some(day(13)), "pm_1")), ..facts(Mode::Collect { explicit: true }) };
        assert_eq!(decide(&f), Decision::Charge);
    }

    #[test]
    fn collect_of_a_named_invoice_refuses_the_card_declined_for_good() {
        let f = Facts { last: Some(failed(true, None, "pm_1")), ..facts(Mode::Collect { explicit: true }) };
        assert_eq!(decide(&f), Decision::Skip(Skip::CardDeclinedForGood { decline_code: Some("stolen_card") }));
    }

    #[test]
    fn collect_of_a_named_invoice_charges_a_new_card_after_a_hard_decline() {
        let f = Facts { last: Some(failed(true, None, "pm_old")), ..facts(Mode::Collect { explicit: true }) };
        assert_eq!(decide(&f), Decision::Charge);
    }

    #[test]
    fn retry_charges_on_the_scheduled_day_and_after_a_missed_one() {
        for next in [day(10), day(8)] {
            let f = Facts { last: Some(failed(false, Some(next), "pm_1")), ..facts(Mode::Retry) };
            assert_eq!(decide(&f), Decision::Charge);
        }
    }

    #[test]
    fn retry_waits_for_the_scheduled_day() {
        let f = Facts { last: Some(failed(false, Some(day(12)), "pm_1")), ..facts(Mode::Retry) };
        assert_eq!(decide(&f), Decision::Skip(Skip::Retry(RetryDecision::NotYet { on: day(12) })));
    }

    #[test]
    fn retry_never_charges_a_hard_decline_an_exhausted_schedule_or_an_invoice_not_failed() {
        let hard = Facts { last: Some(failed(true, None, "pm_1")), ..facts(Mode::Retry) };
        assert_eq!(decide(&hard), Decision::Skip(Skip::Retry(RetryDecision::HardDeclined)));
        let done = Facts { last: Some(failed(false, None, "pm_1")), ..facts(Mode::Retry) };
        assert_eq!(decide(&done), Decision::Skip(Skip::Retry(RetryDecision::Exhausted)));
        assert_eq!(decide(&facts(Mode::Retry)), Decision::Skip(Skip::Retry(RetryDecision::NotFailed)));
    }

    #[test]
    fn nothing_is_charged_without_a_card_or_a_customer() {
        let no_card = Facts { card: None, ..facts(Mode::Collect { explicit: false }) };
        assert_eq!(decide(&no_card), Decision::Skip(Skip::NoPaymentMethod));
        let no_customer = Facts { has_customer: false, ..facts(Mode::Collect { explicit: true }) };
        assert_eq!(decide(&no_customer), Decision::Skip(Skip::NoPaymentMethod));
    }

    #[test]
    fn an_attempt_being_resent_is_charged_again_whatever_the_schedule_says() {
        let f = Facts { resending: true, last: Some(failed(false, Some(day(20)), "pm_1")), ..facts(Mode::Retry) };
        assert_eq!(decide(&f), Decision::Charge);
    }

    #[test]
    fn stripe_sync_never_charges() {
        assert_eq!(decide(&facts(Mode::Resolve)), Decision::Skip(Skip::ResolveOnly));
    }
}
