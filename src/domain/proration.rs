//! Proration: what a customer pays or gets back when a subscription changes mid-period.
//!
//! # Rules
//! 1. **Whole days in the account's time zone.** Proration counts calendar days in the account's
//!    local time zone. A day is either fully used or fully unused; the time of day of a change does
//!    not matter.
//! 2. **The fraction.** A change made on a given date affects the days *from that date (included)
//!    to the end of the period (excluded)*. The prorated share is
//!    `days remaining / days in the period`. A change on the first day of the period therefore
//!    affects the whole period; a change on the last day affects one day.
//! 3. **The amount of a line.** `amount = price for a full period × days / days in the period`,
//!    where the full-period price is `unit amount × quantity` kept exact (unit amounts may be
//!    fractions of a cent). Each line is rounded **once**, to the currency's minor unit, half away
//!    from zero (see [`crate::domain::money`]). No intermediate result is rounded.
//! 4. **A change is a credit plus a charge.** An upgrade, a downgrade or a change of quantity all
//!    produce the same two lines: a *credit* (negative amount) for the unused days of what the
//!    customer had, and a *charge* (positive amount) for the same days of what they have now. The
//!    net is what the customer owes (positive) or is owed (negative) for the rest of the period.
//!    Because the credit and the charge are rounded separately, each line is within half a minor
//!    unit of the exact value.
//! 5. **Nothing changes, nothing is billed.** If the old and new full-period prices are equal
//!    (even if the plan name or quantity differs) no lines are produced. A line whose amount rounds
//!    to zero is left out.
//! 6. **Several changes in one period** are handled one after the other: each change credits the
//!    remaining days of the arrangement in force just before it and charges the remaining days of
//!    the new one. Undoing a change on the same day nets to exactly zero.
//! 7. **Cancelling now** credits the unused days of the current arrangement, from the cancellation
//!    date (included) to the end of the period.
//! 8. The change date must fall within the period being prorated.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::DomainError;
use super::money::round_to_minor;
use super::period::Period;

/// What a subscription item costs for one full period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChargeSpec {
    /// Shown on the invoice line, e.g. "Pro plan".
    pub description: String,
    /// Price per unit per full period, in **minor units** of the currency; may be fractional
    /// (e.g. 33.3333 cents). Must not be negative.
    pub unit_amount_minor: Decimal,
    pub quantity: u32,
}

impl ChargeSpec {
    /// `unit_amount_minor × quantity`, exact (not rounded).
    pub fn exact_amount_minor(&self) -> Result<Decimal, DomainError> {
        if self.unit_amount_minor.is_sign_negative() && !self.unit_amount_minor.is_zero() {
            return Err(DomainError::invalid(
                "unit_amount",
                format!("must not be negative (got {} minor units)", self.unit_amount_minor),
            ));
        }
        self.unit_amount_minor.checked_mul(Decimal::from(self.quantity)).ok_or(DomainError::Overflow)
    }

    /// The price of a full period: `round(unit_amount_minor × quantity)`.
    pub fn full_amount_minor(&self) -> Result<i64, DomainError> {
        round_to_minor(self.exact_amount_minor()?)
    }
}

/// Whether a proration line bills the customer or gives money back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ProrationKind {
    Charge,
    Credit,
}

impl ProrationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ProrationKind::Charge => "charge",
            ProrationKind::Credit => "credit",
        }
    }
}

/// One invoice line produced by proration. Service dates are half-open: `service_end` is the first
/// day not covered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProrationLine {
    pub kind: ProrationKind,
    pub description: String,
    pub quantity: u32,
    pub service_start: NaiveDate,
    pub service_end: NaiveDate,
    /// Positive for charges, negative for credits.
    pub amount_minor: i64,
}

fn check_period(period: &Period) -> Result<i64, DomainError> {
    let days = period.days();
    if days <= 0 {
        return Err(DomainError::invalid("period", format!("a period must end after it starts ({period})")));
    }
    Ok(days)
}

/// The share of a full-period amount for the days `[from, to)` of `period`:
/// `round(full_period_exact_minor × days(from, to) / period.days())`, rounded once.
///
/// `from` and `to` must satisfy `period.start <= from <= to <= period.end`; `from == to` is zero.
pub fn prorate(
    full_period_exact_minor: Decimal,
    period: &Period,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<i64, DomainError> {
    let period_days = check_period(period)?;
    if from < period.start || from > period.end {
        return Err(DomainError::invalid("from", format!("{from} is outside the period {period}")));
    }
    if to < from || to > period.end {
        return Err(DomainError::invalid(
            "to",
            format!("{to} must be between {from} and the period end {}", period.end),
        ));
    }
    let days = (to - from).num_days();
    let share = full_period_exact_minor
        .checked_mul(Decimal::from(days))
        .and_then(|x| x.checked_div(Decimal::from(period_days)))
        .ok_or(DomainError::Overflow)?;
    round_to_minor(share)
}

fn check_change_date(period: &Period, date: NaiveDate, field: &str) -> Result<(), DomainError> {
    check_period(period)?;
    if !period.contains(date) {
        return Err(DomainError::invalid(
            field,
            format!(
                "{date} is outside the current period ({} to {}, last day {})",
                period.start,
                period.end,
                period.last_day()
            ),
        ));
    }
    Ok(())
}

fn line(
    kind: ProrationKind,
    spec: &ChargeSpec,
    period: &Period,
    from: NaiveDate,
) -> Result<Option<ProrationLine>, DomainError> {
    let amount = prorate(spec.exact_amount_minor()?, period, from, period.end)?;
    if amount == 0 {
        return Ok(None);
    }
    Ok(Some(ProrationLine {
        kind,
        description: spec.description.clone(),
        quantity: spec.quantity,
        service_start: from,
        service_end: period.end,
        amount_minor: match kind {
            ProrationKind::Charge => amount,
            ProrationKind::Credit => -amount,
        },
    }))
}

/// The lines for changing from `old` to `new` on `change_date` (an upgrade, a downgrade or a
/// quantity change): a credit for the unused days of `old` and a charge for the remaining days of
/// `new`, both from `change_date` to the end of `period`. Returns no lines when both cost the same.
pub fn change_lines(
    old: &ChargeSpec,
    new: &ChargeSpec,
    period: &Period,
    change_date: NaiveDate,
) -> Result<Vec<ProrationLine>, DomainError> {
    check_change_date(period, change_date, "change_date")?;
    if old.exact_amount_minor()? == new.exact_amount_minor()? {
        return Ok(Vec::new());
    }
    let credit = line(ProrationKind::Credit, old, period, change_date)?;
    let charge = line(ProrationKind::Charge, new, period, change_date)?;
    Ok(credit.into_iter().chain(charge).collect())
}

/// The credit for cancelling `old` immediately on `cancel_date`: its unused days from
/// `cancel_date` to the end of `period`. `None` when that rounds to nothing (e.g. a free plan).
pub fn cancel_credit(
    old: &ChargeSpec,
    period: &Period,
    cancel_date: NaiveDate,
) -> Result<Option<ProrationLine>, DomainError> {
    check_change_date(period, cancel_date, "cancel_date")?;
    line(ProrationKind::Credit, old, period, cancel_date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn spec(description: &str, unit_amount_minor: Decimal, quantity: u32) -> ChargeSpec {
        ChargeSpec { description: description.into(), unit_amount_minor, quantity }
    }

    /// April 2025: 30 days.
    fn april() -> Period {
        Period::new(d(2025, 4, 1), d(2025, 5, 1)).unwrap()
    }

    fn net(lines: &[ProrationLine]) -> i64 {
        lines.iter().map(|l| l.amount_minor).sum()
    }

    #[test]
    fn the_full_amount_is_unit_amount_times_quantity_rounded_once() {
        assert_eq!(spec("Seats", dec!(3333.335), 3).full_amount_minor().unwrap(), 10000);
        assert_eq!(spec("Seats", dec!(0.5), 1).full_amount_minor().unwrap(), 1);
        assert_eq!(spec("Seats", dec!(999), 0).full_amount_minor().unwrap(), 0);
    }

    #[test]
    fn a_negative_unit_amount_is_refused() {
        let err = spec("Oops", dec!(-1), 1).full_amount_minor().unwrap_err();
        assert!(err.to_string().starts_with("invalid unit_amount"), "{err}");
    }

    #[test]
    fn prorating_ten_of_thirty_days_gives_a_third() {
        assert_eq!(prorate(dec!(3000), &april(), d(2025, 4, 21), d(2025, 5, 1)).unwrap(), 1000);
        // 1000 × 10 / 30 = 333.33… → 333
        assert_eq!(prorate(dec!(1000), &april(), d(2025, 4, 21), d(2025, 5, 1)).unwrap(), 333);
        // 2000 × 10 / 30 = 666.66… → 667
        assert_eq!(prorate(dec!(2000), &april(), d(2025, 4, 21), d(2025, 5, 1)).unwrap(), 667);
    }

    #[test]
    fn prorating_rounds_half_away_from_zero_only_at_the_end() {
        // 15 × 1 / 30 = 0.5 → 1, and the fractional unit price is not rounded first.
        assert_eq!(prorate(dec!(15), &april(), d(2025, 4, 30), d(2025, 5, 1)).unwrap(), 1);
        assert_eq!(prorate(dec!(-15), &april(), d(2025, 4, 30), d(2025, 5, 1)).unwrap(), -1);
        assert_eq!(prorate(dec!(29.7), &april(), d(2025, 4, 1), d(2025, 4, 16)).unwrap(), 15);
    }

    #[test]
    fn prorating_outside_the_period_is_refused() {
        let err = prorate(dec!(100), &april(), d(2025, 3, 31), d(2025, 4, 10)).unwrap_err();
        assert_eq!(err.to_string(), "invalid from: 2025-03-31 is outside the period 2025-04-01 – 2025-04-30");
        assert!(prorate(dec!(100), &april(), d(2025, 4, 10), d(2025, 5, 2)).is_err());
        assert!(prorate(dec!(100), &april(), d(2025, 4, 10), d(2025, 4, 9)).is_err());
        assert_eq!(prorate(dec!(100), &april(), d(2025, 4, 10), d(2025, 4, 10)).unwrap(), 0);
    }

    #[test]
    fn an_upgrade_mid_period_credits_the_old_plan_and_charges_the_new_one() {
        let basic = spec("Basic", dec!(1000), 1);
        let pro = spec("Pro", dec!(3000), 1);
        let lines = change_lines(&basic, &pro, &april(), d(2025, 4, 16)).unwrap();
        assert_eq!(
            lines,
            vec![
                ProrationLine {
                    kind: ProrationKind::Credit,
                    description: "Basic".into(),
                    quantity: 1,
                    service_start: d(2025, 4, 16),
                    service_end: d(2025, 5, 1),
                    amount_minor: -500,
                },
                ProrationLine {
                    kind: ProrationKind::Charge,
                    description: "Pro".into(),
                    quantity: 1,
                    service_start: d(2025, 4, 16),
                    service_end: d(2025, 5, 1),
                    amount_minor: 1500,
                },
            ]
        );
        assert_eq!(net(&lines), 1000);
    }

    #[test]
    fn a_downgrade_mid_period_nets_to_a_credit() {
        let pro = spec("Pro", dec!(3000), 1);
        let basic = spec("Basic", dec!(1000), 1);
        let lines = change_lines(&pro, &basic, &april(), d(2025, 4, 21)).unwrap();
        assert_eq!(lines[0].kind, ProrationKind::Credit);
        assert_eq!(lines[0].amount_minor, -1000);
        assert_eq!(lines[1].amount_minor, 333);
        assert_eq!(net(&lines), -667);
    }

    #[test]
    fn adding_seats_charges_the_extra_seats_for_the_remaining_days() {
        let five = spec("Seats", dec!(1200), 5);
        let eight = spec("Seats", dec!(1200), 8);
        let lines = change_lines(&five, &eight, &april(), d(2025, 4, 11)).unwrap();
        assert_eq!((lines[0].quantity, lines[0].amount_minor), (5, -4000));
        assert_eq!((lines[1].quantity, lines[1].amount_minor), (8, 6400));
        assert_eq!(net(&lines), 2400);
    }

    #[test]
    fn removing_seats_credits_the_removed_seats() {
        let eight = spec("Seats", dec!(1200), 8);
        let two = spec("Seats", dec!(1200), 2);
        let lines = change_lines(&eight, &two, &april(), d(2025, 4, 11)).unwrap();
        assert_eq!(net(&lines), -4800);
    }

    #[test]
    fn a_change_on_the_first_day_credits_and_charges_full_periods() {
        let basic = spec("Basic", dec!(999.5), 1);
        let pro = spec("Pro", dec!(2999.5), 1);
        let lines = change_lines(&basic, &pro, &april(), d(2025, 4, 1)).unwrap();
        assert_eq!(lines[0].amount_minor, -basic.full_amount_minor().unwrap());
        assert_eq!(lines[1].amount_minor, pro.full_amount_minor().unwrap());
        assert_eq!((lines[0].amount_minor, lines[1].amount_minor), (-1000, 3000));
    }

    #[test]
    fn a_change_on_the_last_day_is_worth_one_day() {
        let basic = spec("Basic", dec!(3000), 1);
        let pro = spec("Pro", dec!(6000), 1);
        let lines = change_lines(&basic, &pro, &april(), d(2025, 4, 30)).unwrap();
        assert_eq!((lines[0].amount_minor, lines[1].amount_minor), (-100, 200));
        assert_eq!(lines[0].service_start, d(2025, 4, 30));
        assert_eq!(lines[0].service_end, d(2025, 5, 1));
    }

    #[test]
    fn a_change_to_the_same_price_produces_no_lines() {
        let a = spec("Seats", dec!(500), 2);
        let b = spec("Team", dec!(1000), 1);
        assert!(change_lines(&a, &a, &april(), d(2025, 4, 10)).unwrap().is_empty());
        assert!(change_lines(&a, &b, &april(), d(2025, 4, 10)).unwrap().is_empty());
    }

    #[test]
    fn upgrading_from_a_free_plan_has_no_zero_credit_line() {
        let free = spec("Free", dec!(0), 1);
        let pro = spec("Pro", dec!(3000), 1);
        let lines = change_lines(&free, &pro, &april(), d(2025, 4, 16)).unwrap();
        assert_eq!(lines.len(), 1);
        assert_eq!((lines[0].kind, lines[0].amount_minor), (ProrationKind::Charge, 1500));
    }

    #[test]
    fn a_change_outside_the_period_is_refused() {
        let a = spec("A", dec!(100), 1);
        let b = spec("B", dec!(200), 1);
        let err = change_lines(&a, &b, &april(), d(2025, 5, 1)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid change_date: 2025-05-01 is outside the current period (2025-04-01 to 2025-05-01, last day 2025-04-30)"
        );
        assert!(change_lines(&a, &b, &april(), d(2025, 3, 31)).is_err());
    }

    #[test]
    fn several_changes_in_one_period_bill_each_plan_for_the_days_it_was_in_force() {
        // 1–10 April Basic, 11–20 Pro, 21–30 Team (10 days each).
        let basic = spec("Basic", dec!(1000), 1);
        let pro = spec("Pro", dec!(3000), 1);
        let team = spec("Seats", dec!(2000), 3);
        let mut lines = change_lines(&basic, &pro, &april(), d(2025, 4, 11)).unwrap();
        lines.extend(change_lines(&pro, &team, &april(), d(2025, 4, 21)).unwrap());
        assert_eq!(lines.len(), 4);
        let already_invoiced = basic.full_amount_minor().unwrap();
        // Basic 333.33 + Pro 1000 + Team 2000 = 3333.33; each of the 4 lines rounds on its own.
        let total = already_invoiced + net(&lines);
        assert!((total - 3333).abs() <= 2, "{total}");
        assert_eq!(total, 1000 - 667 + 2000 - 1000 + 2000);
    }

    #[test]
    fn an_upgrade_undone_on_the_same_day_nets_to_zero() {
        let basic = spec("Basic", dec!(999.99), 1);
        let pro = spec("Pro", dec!(2999.99), 1);
        let mut lines = change_lines(&basic, &pro, &april(), d(2025, 4, 7)).unwrap();
        lines.extend(change_lines(&pro, &basic, &april(), d(2025, 4, 7)).unwrap());
        assert_eq!(net(&lines), 0);
    }

    #[test]
    fn cancelling_now_credits_the_unused_days() {
        let pro = spec("Pro", dec!(3000), 1);
        let credit = cancel_credit(&pro, &april(), d(2025, 4, 21)).unwrap().unwrap();
        assert_eq!(credit.kind, ProrationKind::Credit);
        assert_eq!(credit.amount_minor, -1000);
        assert_eq!((credit.service_start, credit.service_end), (d(2025, 4, 21), d(2025, 5, 1)));
        let first_day = cancel_credit(&pro, &april(), d(2025, 4, 1)).unwrap().unwrap();
        assert_eq!(first_day.amount_minor, -3000);
    }

    #[test]
    fn cancelling_a_free_plan_has_no_credit() {
        assert_eq!(cancel_credit(&spec("Free", dec!(0), 1), &april(), d(2025, 4, 21)).unwrap(), None);
        assert!(cancel_credit(&spec("Pro", dec!(1), 1), &april(), d(2025, 5, 1)).is_err());
    }

    #[test]
    fn february_days_are_worth_more_than_march_days() {
        let feb = Period::new(d(2025, 2, 1), d(2025, 3, 1)).unwrap();
        let mar = Period::new(d(2025, 3, 1), d(2025, 4, 1)).unwrap();
        let one_day_feb = prorate(dec!(2800), &feb, d(2025, 2, 28), d(2025, 3, 1)).unwrap();
        let one_day_mar = prorate(dec!(2800), &mar, d(2025, 3, 31), d(2025, 4, 1)).unwrap();
        assert_eq!((one_day_feb, one_day_mar), (100, 90));
    }

    #[test]
    fn proration_kinds_serialize_in_lowercase() {
        assert_eq!(serde_json::to_string(&ProrationKind::Credit).unwrap(), "\"credit\"");
        assert_eq!(ProrationKind::Charge.as_str(), "charge");
    }

    /// A period of 1 to 400 days, a price with up to four decimals of a minor unit.
    fn period_and_price() -> impl Strategy<Value = (Period, Decimal)> {
        (0i64..20_000, 1i64..400, 0i64..1_000_000_000_000).prop_map(|(s, len, price)| {
            let start = d(2000, 1, 1) + chrono::TimeDelta::days(s);
            let period = Period::new(start, start + chrono::TimeDelta::days(len)).unwrap();
            (period, Decimal::new(price, 4))
        })
    }

    proptest! {
        #[test]
        fn any_split_of_a_period_sums_to_the_full_price_within_one_unit_per_piece(
            (period, price) in period_and_price(),
            cuts in prop::collection::vec(0i64..400, 0..12),
        ) {
            let mut bounds: Vec<NaiveDate> = cuts
                .iter()
                .map(|c| period.start + chrono::TimeDelta::days(c % period.days()))
                .chain([period.start, period.end])
                .collect();
            bounds.sort();
            bounds.dedup();
            let k = i64::try_from(bounds.len() - 1).unwrap();
            let mut sum = 0i64;
            for w in bounds.windows(2) {
                sum += prorate(price, &period, w[0], w[1]).unwrap();
            }
            let full = round_to_minor(price).unwrap();
            prop_assert!((sum - full).abs() <= k, "sum {sum} full {full} pieces {k}");
        }

        #[test]
        fn an_upgrade_and_an_immediate_downgrade_net_to_exactly_zero(
            (period, a) in period_and_price(),
            b in 0i64..1_000_000_000_000,
            qa in 0u32..50, qb in 0u32..50, offset in 0i64..400,
        ) {
            let old = spec("Old", a, qa);
            let new = spec("New", Decimal::new(b, 4), qb);
            let date = period.start + chrono::TimeDelta::days(offset % period.days());
            let mut lines = change_lines(&old, &new, &period, date).unwrap();
            lines.extend(change_lines(&new, &old, &period, date).unwrap());
            prop_assert_eq!(net(&lines), 0);
        }

        #[test]
        fn each_change_line_is_within_half_a_unit_of_the_exact_share(
            (period, a) in period_and_price(),
            b in 0i64..1_000_000_000_000,
            offset in 0i64..400,
        ) {
            let old = spec("Old", a, 1);
            let new = spec("New", Decimal::new(b, 4), 1);
            let date = period.start + chrono::TimeDelta::days(offset % period.days());
            let remaining = Decimal::from((period.end - date).num_days());
            let days = Decimal::from(period.days());
            for l in change_lines(&old, &new, &period, date).unwrap() {
                let exact = match l.kind {
                    ProrationKind::Credit => -(a * remaining / days),
                    ProrationKind::Charge => new.unit_amount_minor * remaining / days,
                };
                prop_assert!((Decimal::from(l.amount_minor) - exact).abs() <= dec!(0.5));
                prop_assert_eq!(l.amount_minor > 0, l.kind == ProrationKind::Charge);
            }
        }
    }
}
