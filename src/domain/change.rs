//! What a subscription's recurring charges are, and the proration lines of a change between two
//! arrangements (plan version + quantity) on a date. Builds on [`super::proration`].
//!
//! Rules, in addition to those of `proration`:
//! - A flat charge is billed once per period whatever the quantity; a per-seat charge is
//!   multiplied by the quantity. Metered charges are billed in arrears and never prorated.
//! - A change credits every recurring charge of the old arrangement for the remaining days and
//!   charges every recurring charge of the new one for the same days; a credit and a charge that
//!   are identical (same description, same exact amount) cancel out and are both left out, so a
//!   quantity change on a plan with a flat base fee only prorates the seats.

use rust_decimal::Decimal;
use serde::Serialize;

use super::DomainError;
use super::catalog::{ChargeKind, minor_factor};
use super::period::Period;
use super::proration::{ProrationKind, ProrationLine, prorate};
use super::{Currency, money};

/// One recurring (flat or per-seat) charge of a plan version in one currency.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecurringCharge {
    pub kind: ChargeKind,
    pub description: String,
    /// Major units per period (per seat for per-seat charges).
    pub unit_amount: Decimal,
}

/// What a subscription pays for: the plan's recurring charges in its currency and its quantity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Arrangement {
    pub plan_name: String,
    pub currency: Currency,
    pub quantity: u32,
    pub charges: Vec<RecurringCharge>,
}

/// A recurring line for a (possibly partial) period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecurringLine {
    pub description: String,
    pub quantity: u32,
    /// Major units per unit per full period.
    pub unit_amount: Decimal,
    pub amount_minor: i64,
}

impl Arrangement {
    fn billed_quantity(&self, c: &RecurringCharge) -> u32 {
        match c.kind {
            ChargeKind::PerSeat => self.quantity,
            _ => 1,
        }
    }

    fn label(&self, c: &RecurringCharge) -> String {
        let base = if c.description.is_empty() { self.plan_name.clone() } else { c.description.clone() };
        match c.kind {
            ChargeKind::PerSeat => {
                format!("{base} × {} seat{}", self.quantity, if self.quantity == 1 { "" } else { "s" })
            }
            _ => base,
        }
    }

    /// Exact full-period amount of one charge, in minor units.
    fn exact_minor(&self, c: &RecurringCharge) -> Decimal {
        c.unit_amount * minor_factor(self.currency) * Decimal::from(self.billed_quantity(c))
    }

    /// Checks that a full period of this arrangement can be billed: its total stays within the
    /// amount limit ([`money::MAX_AMOUNT_MINOR`]), so seats × price cannot overflow at billing time.
    pub fn check_limit(&self) -> Result<(), DomainError> {
        let mut total = Decimal::ZERO;
        for c in &self.charges {
            let exact = c
                .unit_amount
                .checked_mul(minor_factor(self.currency))
                .and_then(|d| d.checked_mul(Decimal::from(self.billed_quantity(c))))
                .unwrap_or(Decimal::MAX);
            total = total.checked_add(exact).unwrap_or(Decimal::MAX);
        }
        money::check_limit(total, self.currency, "quantity").map_err(|_| {
            DomainError::invalid(
                "quantity",
                format!(
                    "{} × the plan's prices comes to more than the limit of {} per period",
                    self.quantity,
                    money::max_amount(self.currency)
                ),
            )
        })
    }

    /// The recurring lines for `service` out of the full period `full` (equal for a whole period;
    /// a stub before the anchor is prorated by days). Zero lines are kept out.
    pub fn recurring_lines(&self, full: &Period, service: &Period) -> Result<Vec<RecurringLine>, DomainError> {
        let mut out = Vec::new();
        for c in &self.charges {
            let exact = self.exact_minor(c);
            let amount = if service == full {
                money::round_to_minor(exact)?
            } else {
                let exact_part = exact * Decimal::from(service.days()) / Decimal::from(full.days());
                money::round_to_minor(exact_part)?
            };
            if amount != 0 {
                out.push(RecurringLine {
                    description: self.label(c),
                    quantity: self.billed_quantity(c),
                    unit_amount: c.unit_amount,
                    amount_minor: amount,
                });
            }
        }
        Ok(out)
    }
}

fn dates(period: &Period, from: chrono::NaiveDate) -> String {
    Period::shown(from, period.end)
}

/// The proration lines of changing from `old` to `new` on `date` within the billed `period`.
pub fn change_lines(
    old: &Arrangement,
    new: &Arrangement,
    period: &Period,
    date: chrono::NaiveDate,
) -> Result<Vec<ProrationLine>, DomainError> {
    if old.currency != new.currency {
        return Err(DomainError::invalid(
            "plan",
            format!("the new plan is priced in {}, not {}", new.currency, old.currency),
        ));
    }
    let mut credits: Vec<ProrationLine> = Vec::new();
    for c in &old.charges {
        let amount = prorate(old.exact_minor(c), period, date, period.end)?;
        credits.push(ProrationLine {
            kind: ProrationKind::Credit,
            description: format!("Unused time on {} ({})", old.label(c), dates(period, date)),
            quantity: old.billed_quantity(c),
            service_start: date,
            service_end: period.end,
            amount_minor: -amount,
        });
    }
    let mut charges: Vec<ProrationLine> = Vec::new();
    for c in &new.charges {
        let amount = prorate(new.exact_minor(c), period, date, period.end)?;
        charges.push(ProrationLine {
            kind: ProrationKind::Charge,
            description: format!("Remaining time on {} ({})", new.label(c), dates(period, date)),
            quantity: new.billed_quantity(c),
            service_start: date,
            service_end: period.end,
            amount_minor: amount,
        });
    }
    // Identical credit/charge pairs cancel out.
    let strip = |d: &str| d.replacen("Unused time on ", "", 1).replacen("Remaining time on ", "", 1);
    let mut kept_charges: Vec<bool> = vec![true; charges.len()];
    let mut lines = Vec::new();
    for cr in credits {
        let twin = charges.iter().enumerate().position(|(i, ch)| {
            kept_charges[i] && ch.amount_minor == -cr.amount_minor && strip(&ch.description) == strip(&cr.description)
        });
        match twin {
            Some(i) => kept_charges[i] = false,
            None => lines.push(cr),
        }
    }
    lines.extend(charges.into_iter().zip(kept_charges).filter(|(_, k)| *k).map(|(c, _)| c));
    lines.retain(|l| l.amount_minor != 0);
    Ok(lines)
}

/// The credit for the unused rest of `period` when cancelling (or pausing) on `date`.
pub fn unused_credit(
    old: &Arrangement,
    period: &Period,
    date: chrono::NaiveDate,
) -> Result<Vec<ProrationLine>, DomainError> {
    let empty = Arrangement { charges: Vec::new(), ..old.clone() };
    change_lines(old, &empty, period, date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn arr(name: &str, base: Decimal, seat: Decimal, qty: u32) -> Arrangement {
        let mut charges =
            vec![RecurringCharge { kind: ChargeKind::Flat, description: format!("{name} base"), unit_amount: base }];
        if seat > Decimal::ZERO {
            charges.push(RecurringCharge {
                kind: ChargeKind::PerSeat,
                description: format!("{name} seat"),
                unit_amount: seat,
            });
        }
        Arrangement { plan_name: name.into(), currency: Currency::parse("USD").unwrap(), quantity: qty, charges }
    }

    fn april() -> Period {
        Period::new(d(2026, 4, 1), d(2026, 5, 1)).unwrap()
    }

    #[test]
    fn an_upgrade_mid_month_credits_the_old_plan_and_charges_the_new_one() {
        let lines = change_lines(
            &arr("Basic", dec!(30), dec!(0), 1),
            &arr("Pro", dec!(90), dec!(0), 1),
            &april(),
            d(2026, 4, 16),
        )
        .unwrap();
        let amounts: Vec<i64> = lines.iter().map(|l| l.amount_minor).collect();
        assert_eq!(amounts, vec![-1500, 4500]);
        assert!(lines[0].description.starts_with("Unused time on Basic base (2026-04-16 – 2026-04-30)"));
    }

    #[test]
    fn a_seat_change_prorates_only_the_seats() {
        let lines = change_lines(
            &arr("Team", dec!(20), dec!(10), 3),
            &arr("Team", dec!(20), dec!(10), 5),
            &april(),
            d(2026, 4, 21),
        )
        .unwrap();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines.iter().map(|l| l.amount_minor).sum::<i64>(), 667); // 2 seats × 10 × 10/30
        assert!(lines[1].description.contains("× 5 seats"));
    }

    #[test]
    fn cancelling_on_the_first_day_credits_the_whole_period() {
        let lines = unused_credit(&arr("Pro", dec!(90), dec!(0), 1), &april(), d(2026, 4, 1)).unwrap();
        assert_eq!(lines[0].amount_minor, -9000);
    }

    #[test]
    fn a_stub_period_before_the_anchor_is_prorated_by_days() {
        let full = Period::new(d(2026, 3, 1), d(2026, 4, 1)).unwrap();
        let stub = Period::new(d(2026, 3, 21), d(2026, 4, 1)).unwrap();
        let lines = arr("Pro", dec!(31), dec!(0), 1).recurring_lines(&full, &stub).unwrap();
        assert_eq!(lines[0].amount_minor, 1100);
        assert_eq!(arr("Pro", dec!(31), dec!(0), 1).recurring_lines(&full, &full).unwrap()[0].amount_minor, 3100);
    }

    #[test]
    fn currencies_cannot_change() {
        let mut eur = arr("Pro", dec!(90), dec!(0), 1);
        eur.currency = Currency::parse("EUR").unwrap();
        assert!(change_lines(&arr("Basic", dec!(30), dec!(0), 1), &eur, &april(), d(2026, 4, 2)).is_err());
    }

    proptest! {
        #[test]
        fn an_upgrade_and_immediate_downgrade_net_to_zero(
            a in 0i64..100_000, b in 0i64..100_000, qa in 1u32..50, qb in 1u32..50, day in 0u64..30
        ) {
            let old = arr("A", Decimal::new(a, 2), Decimal::new(b, 3), qa);
            let new = arr("B", Decimal::new(b, 2), Decimal::new(a, 3), qb);
            let date = d(2026, 4, 1) + chrono::Days::new(day);
            let up: i64 = change_lines(&old, &new, &april(), date).unwrap().iter().map(|l| l.amount_minor).sum();
            let down: i64 = change_lines(&new, &old, &april(), date).unwrap().iter().map(|l| l.amount_minor).sum();
            prop_assert_eq!(up + down, 0);
        }
    }
}
