//! What happens to an invoice after it is issued: account credit settling what is open, and
//! corrections (credit notes) for a void or for time that will not be served.
//!
//! # The amounts of an issued invoice ([`Issued`])
//! `total` is the sum of the invoice's lines and never changes once issued (credit applied when
//! the invoice was assembled is one of its lines, `credit_applied`). What settles the total after
//! issue is kept apart, so that always
//!
//! `amount_due = total − amount_paid − credit_settled − credited`
//!
//! where `credit_settled` is account credit applied after issue ([`settle_open`]) and `credited`
//! the part of credit notes that reduced what was due.
//!
//! # Rules
//! 1. **Credit reaches open invoices, oldest first** ([`settle_open`]): available credit (oldest
//!    grant first, [`credit::apply`]'s order) goes to the open invoices in the order given (the
//!    caller lists them oldest first), each getting at most its `amount_due`. A partly covered
//!    invoice keeps the rest due; nothing is ever applied beyond what is due.
//! 2. **Void** ([`void_split`]): the credit note of a void cancels the whole invoice: its total is
//!    `total + credit_applied` (the charges and their tax); `amount_due` of it cancels what was
//!    due and the rest (`credit_applied + credit_settled`) goes back to the grants it came from.
//!    Only an invoice with nothing paid and no earlier credit note is voided.
//! 3. **Unused time** ([`correct_unused`]) of a period that is stopped early (cancel now, pause)
//!    is credited **only as far as it was paid**: its amount is the unused net plus its tax at the
//!    invoice's rate, capped at what the invoice still holds ([`Issued::creditable`]: `total +
//!    credit_applied + credit_carried − credit_noted`). If nothing of the invoice was paid (no payment, no credit) and that amount
//!    covers the invoice, the invoice is voided. Otherwise a credit note for the amount first
//!    reduces what is still due, and only the rest — which is at most what was paid — becomes
//!    spendable credit. Credit is never created from an unpaid amount.

use rust_decimal::Decimal;
use serde::Serialize;

use super::DomainError;
use super::credit::{self, CreditBalance};
use super::money::round_to_minor;
use super::tax::tax_amount;

/// An open invoice that credit may settle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInvoice {
    pub invoice_id: String,
    pub amount_due_minor: i64,
}

/// Credit from one grant applied to one open invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Settlement {
    pub invoice_id: String,
    pub grant_id: String,
    pub amount_minor: i64,
}

/// Applies the grants to the open invoices, invoices in the order given (oldest first), grants
/// oldest first. See the [module rules](self).
pub fn settle_open(invoices: &[OpenInvoice], grants: &[CreditBalance]) -> Vec<Settlement> {
    let mut left: Vec<CreditBalance> = grants.to_vec();
    let mut out = Vec::new();
    for inv in invoices {
        if inv.amount_due_minor <= 0 {
            continue;
        }
        for (grant_id, amount) in credit::apply(inv.amount_due_minor, &left) {
            if let Some(g) = left.iter_mut().find(|g| g.grant_id == grant_id) {
                g.remaining_minor -= amount;
            }
            out.push(Settlement { invoice_id: inv.invoice_id.clone(), grant_id, amount_minor: amount });
        }
        if left.iter().all(|g| g.remaining_minor <= 0) {
            break;
        }
    }
    out
}

/// The amounts of an issued invoice that corrections look at (minor units).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Issued {
    pub total: i64,
    pub credit_applied: i64,
    pub amount_paid: i64,
    pub credit_settled: i64,
    /// What credit notes took off `amount_due`.
    pub credited: i64,
    /// The totals of the invoice's credit notes so far.
    pub credit_noted: i64,
    pub amount_due: i64,
    /// The `credit_carried` line of an invoice whose charges netted negative (its positive
    /// charges were paid by its credits).
    pub credit_carried: i64,
}

impl Issued {
    /// What the customer has given for the invoice: payments, credit, and credits netted on it.
    pub fn paid_part(&self) -> i64 {
        self.amount_paid + self.credit_applied + self.credit_settled + self.credit_carried
    }

    /// What a credit note can still credit: the invoice's charges and tax not credited yet.
    pub fn creditable(&self) -> i64 {
        self.total + self.credit_applied + self.credit_carried - self.credit_noted
    }
}

/// How a credit note's total is settled: `reduces_due + to_credit = total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CreditNoteSplit {
    pub total: i64,
    /// Taken off the invoice's amount due.
    pub reduces_due: i64,
    /// Goes to the account's credit (back to its grants for a void, a new grant otherwise).
    pub to_credit: i64,
}

/// The credit note of a void (rule 2). The caller checks that nothing was paid and no credit
/// note exists yet.
pub fn void_split(inv: &Issued) -> CreditNoteSplit {
    let to_credit = inv.credit_applied + inv.credit_settled;
    CreditNoteSplit { total: inv.amount_due + to_credit, reduces_due: inv.amount_due, to_credit }
}

/// What to do with the unused time of a stopped period (rule 3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum UnusedCorrection {
    /// No unused time, or nothing left on the invoice to correct.
    Nothing,
    /// Nothing was paid and the unused time covers the invoice: void it.
    Void,
    /// A credit note of `net + tax` for the unused time.
    CreditNote { net: i64, tax: i64, split: CreditNoteSplit },
}

/// Decides the correction for `unused_net` (positive, without tax) of a period billed by `inv`,
/// whose tax rate is `rate` (`None`: no tax was charged). See the [module rules](self).
pub fn correct_unused(unused_net: i64, rate: Option<Decimal>, inv: &Issued) -> Result<UnusedCorrection, DomainError> {
    if unused_net <= 0 {
        return Ok(UnusedCorrection::Nothing);
    }
    let rate = rate.unwrap_or_default();
    let tax = tax_amount(unused_net, rate)?;
    let gross = unused_net.checked_add(tax).ok_or(DomainError::Overflow)?;
    let creditable = inv.creditable();
    if creditable <= 0 {
        return Ok(UnusedCorrection::Nothing);
    }
    if inv.paid_part() == 0 && inv.credit_noted == 0 && gross >= inv.total {
        return Ok(UnusedCorrection::Void);
    }
    let (net, tax) = if gross <= creditable {
        (unused_net, tax)
    } else {
        // Only what the invoice still holds can be credited; its tax part at the same rate.
        let exact = Decimal::from(creditable).checked_mul(rate).ok_or(DomainError::Overflow)? / (Decimal::ONE + rate);
        let tax = round_to_minor(exact)?;
        (creditable - tax, tax)
    };
    let total = net + tax;
    let reduces_due = total.min(inv.amount_due.max(0));
    // total ≤ creditable, so what is left over is at most what was paid and not given back yet.
    let to_credit = total - reduces_due;
    Ok(UnusedCorrection::CreditNote { net, tax, split: CreditNoteSplit { total, reduces_due, to_credit } })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn open(id: &str, due: i64) -> OpenInvoice {
        OpenInvoice { invoice_id: id.into(), amount_due_minor: due }
    }

    fn grant(id: &str, remaining: i64, order: usize) -> CreditBalance {
        CreditBalance { grant_id: id.into(), remaining_minor: remaining, granted_at_order: order }
    }

    fn s(inv: &str, g: &str, a: i64) -> Settlement {
        Settlement { invoice_id: inv.into(), grant_id: g.into(), amount_minor: a }
    }

    fn issued(total: i64, paid: i64) -> Issued {
        Issued { total, amount_paid: paid, amount_due: total - paid, ..Issued::default() }
    }

    #[test]
    fn credit_settles_the_oldest_open_invoice_first_and_leaves_the_rest_due() {
        let invoices = [open("jan", 3000), open("feb", 3000)];
        let out = settle_open(&invoices, &[grant("g1", 4000, 0)]);
        assert_eq!(out, vec![s("jan", "g1", 3000), s("feb", "g1", 1000)]);
    }

    #[test]
    fn several_grants_are_used_oldest_first_across_invoices() {
        let invoices = [open("a", 500), open("b", 700)];
        let out = settle_open(&invoices, &[grant("new", 1000, 1), grant("old", 600, 0)]);
        assert_eq!(out, vec![s("a", "old", 500), s("b", "old", 100), s("b", "new", 600)]);
    }

    #[test]
    fn nothing_is_settled_without_credit_or_without_anything_due() {
        assert!(settle_open(&[open("a", 500)], &[]).is_empty());
        assert!(settle_open(&[open("a", 0)], &[grant("g", 100, 0)]).is_empty());
        assert!(settle_open(&[], &[grant("g", 100, 0)]).is_empty());
    }

    #[test]
    fn a_void_credits_the_charges_and_returns_the_credit_it_used() {
        let inv = Issued { total: 900, credit_applied: 300, credit_settled: 200, amount_due: 700, ..Issued::default() };
        assert_eq!(void_split(&inv), CreditNoteSplit { total: 1200, reduces_due: 700, to_credit: 500 });
    }

    #[test]
    fn unused_time_of_an_unpaid_invoice_reduces_it_and_creates_no_credit() {
        // 119.00 due (100 + 19 % VAT), unpaid; cancel with 10 of 30 days left: 33.33 + 6.33 tax.
        let c = correct_unused(3333, Some(dec!(0.19)), &issued(11900, 0)).unwrap();
        let split = CreditNoteSplit { total: 3966, reduces_due: 3966, to_credit: 0 };
        assert_eq!(c, UnusedCorrection::CreditNote { net: 3333, tax: 633, split });
    }

    #[test]
    fn unused_time_covering_an_unpaid_invoice_voids_it() {
        assert_eq!(correct_unused(10000, Some(dec!(0.19)), &issued(11900, 0)).unwrap(), UnusedCorrection::Void);
    }

    #[test]
    fn unused_time_of_a_paid_invoice_becomes_credit_with_its_tax() {
        let c = correct_unused(5000, Some(dec!(0.19)), &issued(11900, 11900)).unwrap();
        let split = CreditNoteSplit { total: 5950, reduces_due: 0, to_credit: 5950 };
        assert_eq!(c, UnusedCorrection::CreditNote { net: 5000, tax: 950, split });
    }

    #[test]
    fn a_partly_paid_invoice_is_reduced_first_and_only_the_paid_rest_is_credit() {
        // 100.00 invoice, 80.00 paid, 20.00 due; 50.00 unused: 20.00 off the due, 30.00 credit.
        let c = correct_unused(5000, None, &issued(10000, 8000)).unwrap();
        let split = CreditNoteSplit { total: 5000, reduces_due: 2000, to_credit: 3000 };
        assert_eq!(c, UnusedCorrection::CreditNote { net: 5000, tax: 0, split });
        // Paid by account credit counts as paid: an invoice fully covered by credit.
        let by_credit = Issued { total: 0, credit_applied: 3000, ..Issued::default() };
        let c = correct_unused(1000, None, &by_credit).unwrap();
        let split = CreditNoteSplit { total: 1000, reduces_due: 0, to_credit: 1000 };
        assert_eq!(c, UnusedCorrection::CreditNote { net: 1000, tax: 0, split });
    }

    #[test]
    fn unused_time_of_a_period_paid_by_netting_credits_is_paid_time() {
        // 10.00 + 1.90 VAT netted against a larger downgrade credit: total 0, 41.65 carried.
        let inv = Issued { credit_carried: 4165, ..Issued::default() };
        let c = correct_unused(500, Some(dec!(0.19)), &inv).unwrap();
        let split = CreditNoteSplit { total: 595, reduces_due: 0, to_credit: 595 };
        assert_eq!(c, UnusedCorrection::CreditNote { net: 500, tax: 95, split });
    }

    #[test]
    fn the_correction_never_exceeds_what_the_invoice_still_holds() {
        // A 60.00 invoice (a proration credit lowered it) with 100.00 + 19 % unused: only 60.00.
        let inv = Issued { credit_noted: 0, ..issued(6000, 6000) };
        let c = correct_unused(10000, Some(dec!(0.19)), &inv).unwrap();
        // 60.00 × 0.19 / 1.19 = 9.579… → 9.58
        let split = CreditNoteSplit { total: 6000, reduces_due: 0, to_credit: 6000 };
        assert_eq!(c, UnusedCorrection::CreditNote { net: 5042, tax: 958, split });
        let done = Issued { credit_noted: 6000, ..inv };
        assert_eq!(correct_unused(100, None, &done).unwrap(), UnusedCorrection::Nothing);
        assert_eq!(correct_unused(0, None, &issued(100, 0)).unwrap(), UnusedCorrection::Nothing);
    }
}

/// The property of issue 10: any sequence of subscribe / change / cancel / pause / credit / void /
/// pay / run on one account, decided by the domain functions the application uses
/// ([`invoice::assemble`](super::invoice::assemble), [`settle_open`], [`correct_unused`],
/// [`void_split`], [`change_lines`](super::change::change_lines)), keeps the money rules.
#[cfg(test)]
mod simulation {
    use chrono::{Days, NaiveDate};
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::*;
    use crate::domain::Currency;
    use crate::domain::catalog::ChargeKind;
    use crate::domain::change::{Arrangement, RecurringCharge, change_lines, unused_credit};
    use crate::domain::invoice::{LineDraft, LineKind, assemble};
    use crate::domain::period::Period;
    use crate::domain::tax::{TaxDecision, TaxRate};

    #[derive(Debug, Clone)]
    enum Op {
        Subscribe { price: i64 },
        Change { price: i64 },
        Cancel { credit: bool },
        Pause { credit: bool },
        Resume,
        Credit { amount: i64 },
        Void { pick: usize },
        Pay { pick: usize, part: u8 },
        Advance { days: u64 },
        Run,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (1i64..20_000).prop_map(|p| Op::Subscribe { price: p * 5 }),
            (1i64..20_000).prop_map(|p| Op::Change { price: p * 5 }),
            any::<bool>().prop_map(|credit| Op::Cancel { credit }),
            any::<bool>().prop_map(|credit| Op::Pause { credit }),
            Just(Op::Resume),
            (1i64..50_000).prop_map(|amount| Op::Credit { amount }),
            (0usize..8).prop_map(|pick| Op::Void { pick }),
            ((0usize..8), (1u8..=4)).prop_map(|(pick, part)| Op::Pay { pick, part }),
            (1u64..40).prop_map(|days| Op::Advance { days }),
            Just(Op::Run),
            Just(Op::Run),
        ]
    }

    #[derive(Debug, Clone, PartialEq)]
    enum Status {
        Open,
        Paid,
        Void,
    }

    #[derive(Debug, Clone)]
    struct Inv {
        lines_sum: i64,
        total: i64,
        credit_applied: i64,
        paid: i64,
        settled: i64,
        credited: i64,
        noted: i64,
        due: i64,
        carried: i64,
        status: Status,
    }

    impl Inv {
        fn issued(&self) -> Issued {
            Issued {
                total: self.total,
                credit_applied: self.credit_applied,
                amount_paid: self.paid,
                credit_settled: self.settled,
                credited: self.credited,
                credit_noted: self.noted,
                amount_due: self.due,
                credit_carried: self.carried,
            }
        }
    }

    #[derive(Debug, Clone, PartialEq)]
    enum SubStatus {
        Active,
        Paused,
        Canceled,
    }

    #[derive(Debug, Clone)]
    struct Sub {
        price: i64,
        period: Period,
        today: NaiveDate,
        billed: Option<usize>,
        status: SubStatus,
    }

    struct Account {
        tax: TaxDecision,
        rate: Option<Decimal>,
        invoices: Vec<Inv>,
        grants: Vec<CreditBalance>,
        pending: Vec<i64>,
        sub: Option<Sub>,
        /// Everything granted (manual, carried, credit notes, returned by voids).
        credit_in: i64,
        /// Credit applied to invoices (on issue and after).
        credit_out: i64,
    }

    fn eur() -> Currency {
        Currency::parse("EUR").unwrap()
    }

    fn arrangement(price: i64) -> Arrangement {
        Arrangement {
            plan_name: "Plan".into(),
            currency: eur(),
            quantity: 1,
            charges: vec![RecurringCharge {
                kind: ChargeKind::Flat,
                description: String::new(),
                unit_amount: Decimal::new(price, 2),
            }],
        }
    }

    fn line(kind: LineKind, amount: i64) -> LineDraft {
        LineDraft {
            kind,
            description: kind.to_string(),
            quantity: Decimal::ONE,
            unit_amount: None,
            amount_minor: amount,
            service_start: None,
            service_end: None,
        }
    }

    fn month(start: NaiveDate) -> Period {
        Period::new(start, start.checked_add_months(chrono::Months::new(1)).unwrap()).unwrap()
    }

    impl Account {
        fn grant(&mut self, amount: i64) {
            if amount > 0 {
                let order = self.grants.len();
                self.grants.push(CreditBalance {
                    grant_id: format!("g{order}"),
                    remaining_minor: amount,
                    granted_at_order: order,
                });
                self.credit_in += amount;
            }
        }

        /// Credit reaches the open invoices, oldest first.
        fn settle(&mut self) {
            let open: Vec<OpenInvoice> = self
                .invoices
                .iter()
                .enumerate()
                .filter(|(_, i)| i.status == Status::Open)
                .map(|(n, i)| OpenInvoice { invoice_id: n.to_string(), amount_due_minor: i.due })
                .collect();
            for s in settle_open(&open, &self.grants) {
                let inv = &mut self.invoices[s.invoice_id.parse::<usize>().unwrap()];
                inv.settled += s.amount_minor;
                inv.due -= s.amount_minor;
                if inv.due == 0 {
                    inv.status = Status::Paid;
                }
                self.grants.iter_mut().find(|g| g.grant_id == s.grant_id).unwrap().remaining_minor -= s.amount_minor;
                self.credit_out += s.amount_minor;
            }
        }

        fn issue(&mut self, lines: Vec<LineDraft>) {
            let draft = assemble(eur(), lines, &self.tax, &self.grants).unwrap();
            for (gid, amount) in &draft.credit_allocations {
                self.grants.iter_mut().find(|g| &g.grant_id == gid).unwrap().remaining_minor -= amount;
            }
            self.credit_out += draft.credit_applied;
            self.invoices.push(Inv {
                lines_sum: draft.lines.iter().map(|l| l.amount_minor).sum(),
                total: draft.total,
                credit_applied: draft.credit_applied,
                paid: 0,
                settled: 0,
                credited: 0,
                noted: 0,
                due: draft.total,
                carried: draft.excess_credit,
                status: if draft.paid_on_issue { Status::Paid } else { Status::Open },
            });
            if draft.excess_credit > 0 {
                self.grant(draft.excess_credit);
                self.settle();
            }
        }

        fn void(&mut self, n: usize) -> bool {
            let inv = &self.invoices[n];
            if inv.status != Status::Open || inv.paid > 0 || inv.credited > 0 {
                return false;
            }
            let split = void_split(&inv.issued());
            assert_eq!(split.total, inv.total + inv.credit_applied);
            let inv = &mut self.invoices[n];
            inv.credited += split.reduces_due;
            inv.noted += split.total;
            inv.due -= split.reduces_due;
            inv.status = Status::Void;
            // Credit it used goes back to the ledger.
            self.grant(split.to_credit);
            self.settle();
            true
        }

        /// Cancel or pause with `--credit`: correct the unused time on the period invoice.
        fn correct(&mut self, sub: &Sub) {
            let Some(n) = sub.billed else { return };
            let unused: i64 = -unused_credit(&arrangement(sub.price), &sub.period, sub.today)
                .unwrap()
                .iter()
                .map(|l| l.amount_minor)
                .sum::<i64>();
            let before = self.invoices[n].clone();
            match correct_unused(unused, self.rate, &before.issued()).unwrap() {
                UnusedCorrection::Nothing => {}
                UnusedCorrection::Void => {
                    assert_eq!(before.issued().paid_part(), 0);
                    assert!(self.void(n), "a void decision is always possible");
                }
                UnusedCorrection::CreditNote { net, tax, split } => {
                    assert_eq!(split.total, net + tax);
                    assert_eq!(split.total, split.reduces_due + split.to_credit);
                    // Never spendable credit from an unpaid amount.
                    let paid_back_before = before.noted - before.credited;
                    assert!(split.to_credit <= before.issued().paid_part() - paid_back_before, "{split:?} {before:?}");
                    let inv = &mut self.invoices[n];
                    inv.credited += split.reduces_due;
                    inv.noted += split.total;
                    inv.due -= split.reduces_due;
                    if inv.due == 0 && inv.status == Status::Open {
                        inv.status = Status::Paid;
                    }
                    assert!(inv.noted <= inv.total + inv.credit_applied + inv.carried);
                    self.grant(split.to_credit);
                    self.settle();
                }
            }
        }

        fn apply(&mut self, op: &Op) {
            match *op {
                Op::Subscribe { price } => {
                    if self.sub.as_ref().is_none_or(|s| s.status == SubStatus::Canceled) {
                        let start = self.sub.as_ref().map_or(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), |s| s.today);
                        self.sub = Some(Sub {
                            price,
                            period: month(start),
                            today: start,
                            billed: None,
                            status: SubStatus::Active,
                        });
                    }
                }
                Op::Change { price } => {
                    let Some(sub) = self.sub.as_mut().filter(|s| s.status == SubStatus::Active) else { return };
                    if sub.billed.is_some() {
                        let lines =
                            change_lines(&arrangement(sub.price), &arrangement(price), &sub.period, sub.today).unwrap();
                        self.pending.extend(lines.iter().map(|l| l.amount_minor));
                    }
                    sub.price = price;
                }
                Op::Cancel { credit } | Op::Pause { credit } => {
                    let Some(sub) = self.sub.clone().filter(|s| s.status == SubStatus::Active) else { return };
                    if credit {
                        self.correct(&sub);
                    }
                    let s = self.sub.as_mut().unwrap();
                    s.status = if matches!(op, Op::Cancel { .. }) { SubStatus::Canceled } else { SubStatus::Paused };
                }
                Op::Resume => {
                    if let Some(s) = self.sub.as_mut().filter(|s| s.status == SubStatus::Paused) {
                        s.status = SubStatus::Active;
                        s.period = month(s.today);
                        s.billed = None;
                    }
                }
                Op::Credit { amount } => {
                    self.grant(amount);
                    self.settle();
                }
                Op::Void { pick } => {
                    if !self.invoices.is_empty() {
                        let n = pick % self.invoices.len();
                        self.void(n);
                    }
                }
                Op::Pay { pick, part } => {
                    let open: Vec<usize> =
                        (0..self.invoices.len()).filter(|&n| self.invoices[n].status == Status::Open).collect();
                    if open.is_empty() {
                        return;
                    }
                    let inv = &mut self.invoices[open[pick % open.len()]];
                    let amount = (inv.due * i64::from(part) / 4).max(1).min(inv.due);
                    inv.paid += amount;
                    inv.due -= amount;
                    if inv.due == 0 {
                        inv.status = Status::Paid;
                    }
                }
                Op::Advance { days } => {
                    if let Some(s) = self.sub.as_mut() {
                        s.today = s.today + Days::new(days);
                        while s.status == SubStatus::Active && s.today >= s.period.end {
                            s.period = month(s.period.end);
                            s.billed = None;
                        }
                    }
                }
                Op::Run => {
                    let Some(sub) = self.sub.clone() else { return };
                    let mut lines: Vec<LineDraft> = Vec::new();
                    if sub.status == SubStatus::Active && sub.billed.is_none() {
                        lines.push(line(LineKind::Recurring, sub.price));
                    }
                    if sub.status != SubStatus::Paused {
                        lines.extend(self.pending.drain(..).map(|a| line(LineKind::Proration, a)));
                    }
                    if lines.is_empty() {
                        return;
                    }
                    let recurring = sub.status == SubStatus::Active && sub.billed.is_none();
                    self.issue(lines);
                    if recurring {
                        self.sub.as_mut().unwrap().billed = Some(self.invoices.len() - 1);
                    }
                }
            }
        }

        fn check(&self) -> Result<(), TestCaseError> {
            let mut charges = 0;
            let mut out = 0;
            for (n, i) in self.invoices.iter().enumerate() {
                prop_assert_eq!(i.total, i.lines_sum, "invoice {} total = sum of its lines", n);
                prop_assert!(i.total >= 0, "invoice {} total {} is negative", n, i.total);
                prop_assert!(i.due >= 0 && i.paid >= 0 && i.settled >= 0 && i.credited >= 0);
                prop_assert_eq!(i.total, i.paid + i.settled + i.credited + i.due, "invoice {} settles exactly", n);
                prop_assert_eq!(i.status == Status::Open, i.due > 0);
                charges += i.total + i.credit_applied;
                out += i.paid + i.credited + i.credit_applied + i.settled + i.due;
            }
            // Money in (charges) = money out (payments + credit notes + applied credit + open balance).
            prop_assert_eq!(charges, out);
            let balance: i64 = self.grants.iter().map(|g| g.remaining_minor).sum();
            prop_assert!(self.grants.iter().all(|g| g.remaining_minor >= 0), "a grant went below zero");
            prop_assert_eq!(balance, self.credit_in - self.credit_out, "the ledger is its entries");
            // Credit reaches the open invoices: never credit left while something is open.
            let open_due: i64 = self.invoices.iter().filter(|i| i.status == Status::Open).map(|i| i.due).sum();
            prop_assert!(balance == 0 || open_due == 0, "balance {} while {} is open", balance, open_due);
            Ok(())
        }
    }

    fn decision() -> impl Strategy<Value = (TaxDecision, Option<Decimal>)> {
        prop_oneof![
            Just((TaxDecision::NoRate, None)),
            prop::sample::select(vec![Decimal::new(19, 2), Decimal::new(20, 2), Decimal::new(8875, 5)]).prop_map(|r| {
                let rate = TaxRate {
                    id: "t".into(),
                    country: "DE".into(),
                    region: String::new(),
                    name: "VAT".into(),
                    rate: r,
                };
                (TaxDecision::Rate(rate), Some(r))
            }),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
        #[test]
        fn any_sequence_on_one_account_keeps_the_money_rules(
            (tax, rate) in decision(),
            ops in prop::collection::vec(op(), 1..60),
        ) {
            let mut account = Account {
                tax,
                rate,
                invoices: Vec::new(),
                grants: Vec::new(),
                pending: Vec::new(),
                sub: None,
                credit_in: 0,
                credit_out: 0,
            };
            for op in &ops {
                account.apply(op);
                account.check()?;
            }
        }
    }
}
