//! Invoice assembly: from charge lines, a tax decision and credit grants to the totals of an
//! invoice; and invoice numbers.
//!
//! # Rules
//! 1. **Subtotal.** The subtotal is the sum of the charge lines (recurring, proration, usage,
//!    one-off), which may be negative (proration credits). Tax and credit lines are never passed
//!    in: [`assemble`] adds them. All sums are checked; leaving the `i64` range is an error.
//! 2. **Tax** is charged on the whole subtotal at the decided rate, **negative subtotals
//!    included**, rounded **once per invoice** ([`tax_amount`], half away from zero, so a credit
//!    of −45.00 at 19 % carries −8.55 of tax exactly as a charge of 45.00 carries 8.55); it appears
//!    as one `tax` line when it is not zero. Exempt accounts, reverse charge and "no rate" pay no
//!    tax; a reverse charge puts its note in [`InvoiceDraft::tax_note`].
//!    [`InvoiceDraft::tax_rate_id`] records the decided rate, if any.
//! 3. **Charges that net negative** (`subtotal + tax < 0`, e.g. a downgrade credit larger than
//!    the new charges) become account credit: the invoice gets one positive `credit_carried` line
//!    of `−(subtotal + tax)` that carries the amount to the account's credit, so its total is 0;
//!    no credit grant is used, and [`InvoiceDraft::excess_credit`] is that amount, to be granted
//!    to the account to the cent.
//! 4. **Credit** from the account's grants is applied to `subtotal + tax` when it is positive,
//!    oldest grant first, never more than that ([`credit::apply`]); it appears as one negative
//!    `credit` line.
//! 5. **Total** = the sum of all the invoice's lines, always: `subtotal + tax − credit applied +
//!    credit carried`. It is never negative. An invoice whose total is 0 is paid on issue.
//!
//! # Invoice numbers
//! A number format is text with placeholders: `{year}`, `{month}` (two digits), and exactly one
//! sequence placeholder, `{seq}` or `{seq:N}` (zero-padded to at least `N` digits, 1 ≤ N ≤ 20).
//! Other text is copied as is; braces are only allowed around placeholders. The gapless counter
//! is kept per [`number_prefix`] — the number with its sequence removed — so
//! `INV-{year}-{seq:6}` restarts every year and `INV-{year}{month}-{seq}` every month.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::credit::{self, CreditBalance};
use super::tax::{TaxDecision, tax_amount};
use super::{Currency, DomainError, Money};

text_enum! {
    /// The status of an invoice: `draft` (no number yet), `open` (issued, something may be due),
    /// `paid`, `void`, `uncollectible`.
    pub enum InvoiceStatus ("status", "an invoice status") {
        Draft = "draft",
        Open = "open",
        Paid = "paid",
        Void = "void",
        Uncollectible = "uncollectible",
    }
}

text_enum! {
    /// What kind of invoice: `regular` (a billing period), `supplemental` (late usage), `manual`
    /// (issued outside the run: a one-off charge, a change invoiced now), `final` (usage up to a stop).
    pub enum InvoiceKind ("kind", "an invoice kind") {
        Regular = "regular",
        Supplemental = "supplemental",
        Manual = "manual",
        Final = "final",
    }
}

/// What an invoice line is for. [`LineKind::as_str`] gives the value stored in the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    Recurring,
    Proration,
    Usage,
    OneOff,
    Tax,
    /// Account credit applied to the invoice (negative).
    Credit,
    /// What a negative invoice carries to the account's credit (positive).
    CreditCarried,
}

impl LineKind {
    pub const ALL: [LineKind; 7] = [
        LineKind::Recurring,
        LineKind::Proration,
        LineKind::Usage,
        LineKind::OneOff,
        LineKind::Tax,
        LineKind::Credit,
        LineKind::CreditCarried,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            LineKind::Recurring => "recurring",
            LineKind::Proration => "proration",
            LineKind::Usage => "usage",
            LineKind::OneOff => "one_off",
            LineKind::Tax => "tax",
            LineKind::Credit => "credit",
            LineKind::CreditCarried => "credit_carried",
        }
    }

    /// Whether the line is a charge (the input of [`assemble`]) rather than tax or credit.
    pub fn is_charge(self) -> bool {
        !matches!(self, LineKind::Tax | LineKind::Credit | LineKind::CreditCarried)
    }
}

impl fmt::Display for LineKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for LineKind {
    type Err = DomainError;

    /// Accepts the database values (`recurring`, `proration`, `usage`, `one_off`, `tax`, `credit`,
    /// `credit_carried`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().to_ascii_lowercase();
        LineKind::ALL.into_iter().find(|k| k.as_str() == t).ok_or_else(|| {
            DomainError::invalid(
                "line_kind",
                format!(
                    "'{s}' is not a line kind (use recurring, proration, usage, one_off, tax, credit or credit_carried)"
                ),
            )
        })
    }
}

/// One invoice line before it is stored. Service dates are half-open: `service_end` is the first
/// day not covered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineDraft {
    pub kind: LineKind,
    pub description: String,
    pub quantity: Decimal,
    /// Price per unit in major units, for display only; `amount_minor` is what counts.
    pub unit_amount: Option<Decimal>,
    /// Positive for charges, negative for credits.
    pub amount_minor: i64,
    pub service_start: Option<NaiveDate>,
    pub service_end: Option<NaiveDate>,
}

/// An invoice ready to be numbered and stored. See the [module documentation](self) for the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InvoiceDraft {
    pub currency: Currency,
    /// The charge lines, then one `tax` line if the tax is not zero, then one `credit` line
    /// (negative) if credit was applied or one `credit_carried` line (positive) if the charges
    /// and their tax net negative.
    pub lines: Vec<LineDraft>,
    /// Sum of the charge lines.
    pub subtotal: i64,
    pub tax: i64,
    /// Credit applied from the account's grants (positive).
    pub credit_applied: i64,
    /// The sum of the lines: `subtotal + tax − credit_applied + excess_credit`, never negative.
    pub total: i64,
    /// When the charges and their tax net negative, the amount of the `credit_carried` line
    /// (positive), to be granted to the account as credit; the total is then 0. Otherwise 0.
    pub excess_credit: i64,
    /// `(grant id, amount)` for each credit grant used, oldest first.
    pub credit_allocations: Vec<(String, i64)>,
    /// A note required on the invoice (the reverse-charge statement).
    pub tax_note: Option<String>,
    /// The id of the decided tax rate, if a rate applies.
    pub tax_rate_id: Option<String>,
    /// The total is 0: nothing to collect.
    pub paid_on_issue: bool,
}

fn check_line(index: usize, line: &LineDraft) -> Result<(), DomainError> {
    if !line.kind.is_charge() {
        return Err(DomainError::invalid(
            "lines",
            format!("line {}: {} lines are added by invoice assembly, not passed in", index + 1, line.kind),
        ));
    }
    if let (Some(start), Some(end)) = (line.service_start, line.service_end)
        && end <= start
    {
        return Err(DomainError::invalid(
            "service_end",
            format!("line {}: the service end {end} must be after its start {start}", index + 1),
        ));
    }
    Ok(())
}

/// A one-unit line worth `amount_minor` (tax or credit).
fn summary_line(kind: LineKind, description: String, amount_minor: i64, currency: Currency) -> LineDraft {
    LineDraft {
        kind,
        description,
        quantity: Decimal::ONE,
        unit_amount: Some(Money::new(amount_minor, currency).to_major()),
        amount_minor,
        service_start: None,
        service_end: None,
    }
}

/// Assembles an invoice from its charge lines: subtotal, tax, credit and total, following the
/// [module rules](self). `credits` are the account's grants (see [`credit::apply`]).
///
/// Errors on a tax or credit line among `lines`, a line whose service end is not after its start,
/// a negative tax rate, or amounts beyond the `i64` range.
pub fn assemble(
    currency: Currency,
    lines: Vec<LineDraft>,
    tax: &TaxDecision,
    credits: &[CreditBalance],
) -> Result<InvoiceDraft, DomainError> {
    let mut subtotal: i64 = 0;
    for (index, line) in lines.iter().enumerate() {
        check_line(index, line)?;
        subtotal = subtotal.checked_add(line.amount_minor).ok_or(DomainError::Overflow)?;
    }
    let tax_note = tax.note().map(str::to_string);
    let tax_rate_id = tax.rate().map(|r| r.id.clone());
    let mut draft = InvoiceDraft {
        currency,
        lines,
        subtotal,
        tax: 0,
        credit_applied: 0,
        total: 0,
        excess_credit: 0,
        credit_allocations: Vec::new(),
        tax_note,
        tax_rate_id,
        paid_on_issue: true,
    };
    if let Some(rate) = tax.rate() {
        draft.tax = tax_amount(subtotal, rate.rate)?;
        if draft.tax != 0 {
            let description = format!("{} {}%", rate.name, rate.percent());
            draft.lines.push(summary_line(LineKind::Tax, description, draft.tax, currency));
        }
    }
    let gross = subtotal.checked_add(draft.tax).ok_or(DomainError::Overflow)?;
    if gross < 0 {
        draft.excess_credit = gross.checked_neg().ok_or(DomainError::Overflow)?;
        let description = "Carried to account credit".to_string();
        draft.lines.push(summary_line(LineKind::CreditCarried, description, draft.excess_credit, currency));
        return Ok(draft);
    }
    draft.credit_allocations = credit::apply(gross, credits);
    draft.credit_applied = credit::total_applied(&draft.credit_allocations);
    if draft.credit_applied > 0 {
        draft.lines.push(summary_line(LineKind::Credit, "Account credit".into(), -draft.credit_applied, currency));
    }
    draft.total = gross - draft.credit_applied; // credit::apply never gives more than `gross`
    draft.paid_on_issue = draft.total == 0;
    Ok(draft)
}

/// One piece of a parsed invoice number format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token<'a> {
    Text(&'a str),
    Year,
    Month,
    /// Zero-padded to at least `width` digits (0: no padding).
    Seq {
        width: usize,
    },
}

/// The widest `{seq:N}`: an `u64` has at most 20 digits.
const MAX_SEQ_WIDTH: usize = 20;

fn format_error(reason: impl Into<String>) -> DomainError {
    DomainError::invalid("invoice_number_format", reason)
}

fn parse_format(format: &str) -> Result<Vec<Token<'_>>, DomainError> {
    let mut tokens = Vec::new();
    let mut rest = format;
    while !rest.is_empty() {
        let Some(open) = rest.find(['{', '}']) else {
            tokens.push(Token::Text(rest));
            break;
        };
        if rest[open..].starts_with('}') {
            return Err(format_error(format!("'{format}' has a '}}' without a matching '{{'")));
        }
        if open > 0 {
            tokens.push(Token::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let close =
            after.find('}').ok_or_else(|| format_error(format!("'{format}' has a '{{' without a matching '}}'")))?;
        let name = &after[..close];
        let token = match name {
            "year" => Token::Year,
            "month" => Token::Month,
            "seq" => Token::Seq { width: 0 },
            _ => match name.strip_prefix("seq:").map(str::parse::<usize>) {
                Some(Ok(width)) if (1..=MAX_SEQ_WIDTH).contains(&width) => Token::Seq { width },
                Some(_) => {
                    return Err(format_error(format!(
                        "'{{{name}}}': the sequence width must be a number from 1 to {MAX_SEQ_WIDTH}"
                    )));
                }
                None => {
                    return Err(format_error(format!(
                        "unknown placeholder '{{{name}}}' (use {{year}}, {{month}}, {{seq}} or {{seq:N}})"
                    )));
                }
            },
        };
        tokens.push(token);
        rest = &after[close + 1..];
    }
    match tokens.iter().filter(|t| matches!(t, Token::Seq { .. })).count() {
        0 => Err(format_error(format!("'{format}' needs a sequence placeholder, {{seq}} or {{seq:N}}"))),
        1 => Ok(tokens),
        _ => Err(format_error(format!("'{format}' may contain only one sequence placeholder"))),
    }
}

fn render(tokens: &[Token<'_>], year: i32, month: u32, seq: Option<u64>) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(24);
    for token in tokens {
        // Writing to a String cannot fail.
        let _ = match *token {
            Token::Text(text) => out.write_str(text),
            Token::Year => write!(out, "{year}"),
            Token::Month => write!(out, "{month:02}"),
            Token::Seq { width } => match seq {
                Some(seq) => write!(out, "{seq:0width$}"),
                None => Ok(()),
            },
        };
    }
    out
}

/// A number format parsed once, for numbering many invoices.
pub struct NumberFormat<'a>(Vec<Token<'a>>);

impl<'a> NumberFormat<'a> {
    pub fn parse(format: &'a str) -> Result<NumberFormat<'a>, DomainError> {
        parse_format(format).map(NumberFormat)
    }

    /// Same as [`number_prefix`].
    pub fn prefix(&self, year: i32, month: u32) -> String {
        render(&self.0, year, month, None)
    }

    /// Same as [`format_number`].
    pub fn number(&self, year: i32, month: u32, seq: u64) -> Result<String, DomainError> {
        if !(1..=12).contains(&month) {
            return Err(DomainError::invalid("month", format!("{month} is not a month (1 to 12)")));
        }
        Ok(render(&self.0, year, month, Some(seq)))
    }
}

/// Checks an invoice number format without formatting a number (for configuration checks).
pub fn validate_number_format(format: &str) -> Result<(), DomainError> {
    parse_format(format).map(|_| ())
}

/// The invoice number for sequence value `seq` issued in `year`/`month`
/// (e.g. `INV-{year}-{seq:6}`, 2025, 4, 42 → `INV-2025-000042`). A sequence longer than the padding
/// is written in full. See the [module documentation](self) for the placeholders.
pub fn format_number(format: &str, year: i32, month: u32, seq: u64) -> Result<String, DomainError> {
    NumberFormat::parse(format)?.number(year, month, seq)
}

/// The key of the gapless counter: the number for `year`/`month` with its sequence part removed
/// (`INV-{year}-{seq:6}` → `INV-2025-`), so the sequence restarts whenever the prefix changes.
///
/// Meant for a format accepted by [`format_number`]; for an invalid format the format text itself
/// is returned.
pub fn number_prefix(format: &str, year: i32, month: u32) -> String {
    match parse_format(format) {
        Ok(tokens) => render(&tokens, year, month, None),
        Err(_) => format.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::tax::TaxRate;
    use proptest::prelude::*;
    use rust_decimal_macros::dec;

    fn cur(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn line(kind: LineKind, description: &str, amount_minor: i64) -> LineDraft {
        LineDraft {
            kind,
            description: description.into(),
            quantity: Decimal::ONE,
            unit_amount: None,
            amount_minor,
            service_start: None,
            service_end: None,
        }
    }

    fn rate(id: &str, name: &str, r: Decimal) -> TaxDecision {
        TaxDecision::Rate(TaxRate {
            id: id.into(),
            country: "XX".into(),
            region: String::new(),
            name: name.into(),
            rate: r,
        })
    }

    fn grant(id: &str, remaining_minor: i64, order: usize) -> CreditBalance {
        CreditBalance { grant_id: id.into(), remaining_minor, granted_at_order: order }
    }

    fn lines_sum(draft: &InvoiceDraft) -> i64 {
        draft.lines.iter().map(|l| l.amount_minor).sum()
    }

    fn kinds(draft: &InvoiceDraft) -> Vec<LineKind> {
        draft.lines.iter().map(|l| l.kind).collect()
    }

    #[test]
    fn line_kinds_use_the_database_strings() {
        let strings: Vec<&str> = LineKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(strings, ["recurring", "proration", "usage", "one_off", "tax", "credit", "credit_carried"]);
        for kind in LineKind::ALL {
            assert_eq!(kind.as_str().parse::<LineKind>().unwrap(), kind);
            assert_eq!(serde_json::to_string(&kind).unwrap(), format!("\"{kind}\""));
        }
        assert_eq!(
            "oneoff".parse::<LineKind>().unwrap_err().to_string(),
            "invalid line_kind: 'oneoff' is not a line kind (use recurring, proration, usage, one_off, tax, credit or credit_carried)"
        );
    }

    #[test]
    fn a_usd_invoice_adds_sales_tax_then_applies_credit() {
        let lines = vec![line(LineKind::Recurring, "Pro plan", 2000), line(LineKind::Usage, "API calls", 185)];
        let credits = [grant("cg_1", 500, 0)];
        let draft = assemble(cur("USD"), lines, &rate("txr_ny", "Sales tax", dec!(0.08875)), &credits).unwrap();
        // 2185 × 0.08875 = 193.91875 → 194
        assert_eq!((draft.subtotal, draft.tax, draft.credit_applied, draft.total), (2185, 194, 500, 1879));
        assert_eq!(kinds(&draft), [LineKind::Recurring, LineKind::Usage, LineKind::Tax, LineKind::Credit]);
        assert_eq!(draft.lines[2].description, "Sales tax 8.875%");
        assert_eq!(draft.lines[2].unit_amount, Some(dec!(1.94)));
        assert_eq!(draft.lines[3].amount_minor, -500);
        assert_eq!(draft.lines[3].unit_amount, Some(dec!(-5.00)));
        assert_eq!(lines_sum(&draft), draft.total);
        assert_eq!(draft.credit_allocations, vec![("cg_1".to_string(), 500)]);
        assert_eq!(draft.tax_rate_id.as_deref(), Some("txr_ny"));
        assert_eq!((draft.excess_credit, draft.paid_on_issue, draft.tax_note.is_none()), (0, false, true));
    }

    #[test]
    fn a_jpy_invoice_is_in_whole_yen() {
        let lines = vec![line(LineKind::Recurring, "Team plan", 9800), line(LineKind::Usage, "Storage", 5)];
        let draft = assemble(cur("JPY"), lines, &rate("txr_jp", "Consumption tax", dec!(0.10)), &[]).unwrap();
        // 9805 × 0.10 = 980.5 → 981
        assert_eq!((draft.subtotal, draft.tax, draft.total), (9805, 981, 10786));
        assert_eq!(draft.lines[2].unit_amount, Some(dec!(981)));
        assert_eq!(draft.lines[2].description, "Consumption tax 10%");
        assert_eq!(lines_sum(&draft), draft.total);
    }

    #[test]
    fn a_kwd_invoice_keeps_three_decimals() {
        let lines = vec![line(LineKind::Recurring, "Basic", 1234)];
        let credits = [grant("cg_new", 5000, 1), grant("cg_old", 96, 0)];
        let draft = assemble(cur("KWD"), lines, &rate("txr_kw", "VAT", dec!(0.05)), &credits).unwrap();
        // 1.234 KWD × 5 % = 61.7 fils → 62; 1296 due, 96 from the oldest grant, 1200 from the next.
        assert_eq!((draft.subtotal, draft.tax, draft.credit_applied, draft.total), (1234, 62, 1296, 0));
        assert_eq!(draft.lines[1].unit_amount, Some(dec!(0.062)));
        assert_eq!(draft.credit_allocations, vec![("cg_old".to_string(), 96), ("cg_new".to_string(), 1200)]);
        assert!(draft.paid_on_issue);
        assert_eq!(lines_sum(&draft), 0);
    }

    #[test]
    fn tax_is_rounded_once_per_invoice_not_per_line() {
        let lines = vec![line(LineKind::Usage, "a", 5), line(LineKind::Usage, "b", 5), line(LineKind::Usage, "c", 5)];
        // Per line: 0.5 → 1 each, 3 in all. Per invoice: 1.5 → 2.
        let draft = assemble(cur("USD"), lines, &rate("t", "VAT", dec!(0.10)), &[]).unwrap();
        assert_eq!(draft.tax, 2);
    }

    #[test]
    fn charges_that_net_negative_keep_their_tax_and_carry_the_rest_to_credit() {
        let lines = vec![
            line(LineKind::Proration, "Unused time on Pro", -1000),
            line(LineKind::Proration, "Remaining time on Basic", 333),
        ];
        let credits = [grant("cg_1", 500, 0)];
        let draft = assemble(cur("USD"), lines, &rate("txr_de", "VAT", dec!(0.19)), &credits).unwrap();
        // −667 × 0.19 = −126.73 → −127; −667 − 127 = −794 carried to credit.
        assert_eq!((draft.subtotal, draft.tax, draft.credit_applied, draft.total), (-667, -127, 0, 0));
        assert_eq!(draft.excess_credit, 794);
        assert_eq!(kinds(&draft), [LineKind::Proration, LineKind::Proration, LineKind::Tax, LineKind::CreditCarried]);
        assert_eq!(draft.lines[3].amount_minor, 794);
        assert_eq!(draft.lines[3].description, "Carried to account credit");
        assert_eq!(lines_sum(&draft), draft.total);
        assert!(draft.credit_allocations.is_empty());
        assert!(draft.paid_on_issue);
    }

    #[test]
    fn a_de_consumer_downgrading_from_100_to_10_mid_period_is_credited_41_65_with_vat() {
        // Next month's 10.00 plus the half month: −50.00 unused on the 100 plan, +5.00 on the 10 plan.
        let vat = rate("txr_de", "VAT", dec!(0.19));
        let lines = vec![
            line(LineKind::Recurring, "Small (2026-05-01 – 2026-05-31)", 1000),
            line(LineKind::Proration, "Unused time on Big", -5000),
            line(LineKind::Proration, "Remaining time on Small", 500),
        ];
        let draft = assemble(cur("EUR"), lines, &vat, &[]).unwrap();
        assert_eq!((draft.subtotal, draft.tax, draft.excess_credit, draft.total), (-3500, -665, 4165, 0));
        assert_eq!(lines_sum(&draft), 0);
        // The month after is paid by that credit and carries its VAT once.
        let next = vec![line(LineKind::Recurring, "Small (2026-06-01 – 2026-06-30)", 1000)];
        let draft = assemble(cur("EUR"), next, &vat, &[grant("carried", 4165, 0)]).unwrap();
        assert_eq!((draft.subtotal, draft.tax, draft.credit_applied, draft.total), (1000, 190, 1190, 0));
        assert_eq!(kinds(&draft), [LineKind::Recurring, LineKind::Tax, LineKind::Credit]);
    }

    #[test]
    fn a_negative_subtotal_without_tax_carries_exactly_the_subtotal() {
        let lines = vec![line(LineKind::Proration, "Unused", -1000), line(LineKind::Recurring, "New", 300)];
        for decision in [TaxDecision::Exempt, TaxDecision::NoRate, TaxDecision::ReverseCharge { note: "rc".into() }] {
            let draft = assemble(cur("EUR"), lines.clone(), &decision, &[grant("g", 100, 0)]).unwrap();
            assert_eq!((draft.tax, draft.excess_credit, draft.total, draft.credit_applied), (0, 700, 0, 0));
            assert_eq!(kinds(&draft), [LineKind::Proration, LineKind::Recurring, LineKind::CreditCarried]);
        }
    }

    #[test]
    fn a_reverse_charged_invoice_has_no_tax_and_carries_the_note() {
        let note = crate::domain::tax::reverse_charge_note("FR12345678901");
        let decision = TaxDecision::ReverseCharge { note: note.clone() };
        let draft = assemble(cur("EUR"), vec![line(LineKind::Recurring, "Pro", 5000)], &decision, &[]).unwrap();
        assert_eq!((draft.tax, draft.total), (0, 5000));
        assert_eq!(draft.tax_note, Some(note));
        assert_eq!(draft.tax_rate_id, None);
        assert_eq!(kinds(&draft), [LineKind::Recurring]);
    }

    #[test]
    fn exempt_and_unrated_invoices_have_no_tax_line() {
        for decision in [TaxDecision::Exempt, TaxDecision::NoRate] {
            let draft = assemble(cur("USD"), vec![line(LineKind::OneOff, "Setup", 9900)], &decision, &[]).unwrap();
            assert_eq!((draft.tax, draft.total, draft.lines.len()), (0, 9900, 1));
            assert_eq!((draft.tax_note.as_deref(), draft.tax_rate_id.as_deref()), (None, None));
        }
    }

    #[test]
    fn a_zero_rate_is_recorded_without_a_tax_line() {
        let draft =
            assemble(cur("USD"), vec![line(LineKind::OneOff, "Setup", 9900)], &rate("zero", "VAT", dec!(0)), &[])
                .unwrap();
        assert_eq!((draft.tax, draft.lines.len(), draft.tax_rate_id.as_deref()), (0, 1, Some("zero")));
    }

    #[test]
    fn credit_covering_everything_makes_the_invoice_paid_on_issue() {
        let credits = [grant("cg_1", 100_000, 0)];
        let draft =
            assemble(cur("USD"), vec![line(LineKind::Recurring, "Pro", 1000)], &rate("t", "VAT", dec!(0.2)), &credits)
                .unwrap();
        assert_eq!((draft.tax, draft.credit_applied, draft.total), (200, 1200, 0));
        assert_eq!(draft.lines.last().unwrap().amount_minor, -1200);
        assert_eq!(draft.lines.last().unwrap().description, "Account credit");
        assert!(draft.paid_on_issue);
    }

    #[test]
    fn even_one_minor_unit_of_credit_gets_a_credit_line() {
        let draft =
            assemble(cur("JPY"), vec![line(LineKind::Usage, "Calls", 10)], &TaxDecision::NoRate, &[grant("g", 1, 0)])
                .unwrap();
        assert_eq!(kinds(&draft), [LineKind::Usage, LineKind::Credit]);
        assert_eq!((draft.lines[1].amount_minor, draft.total), (-1, 9));
        assert_eq!(lines_sum(&draft), draft.total);
    }

    #[test]
    fn an_invoice_without_lines_is_zero_and_uses_no_credit() {
        let draft = assemble(cur("USD"), vec![], &TaxDecision::NoRate, &[grant("g", 100, 0)]).unwrap();
        assert_eq!((draft.subtotal, draft.total, draft.credit_applied, draft.excess_credit), (0, 0, 0, 0));
        assert!(draft.lines.is_empty() && draft.paid_on_issue);
    }

    #[test]
    fn tax_and_credit_lines_are_not_accepted_as_input() {
        for kind in [LineKind::Tax, LineKind::Credit] {
            let err = assemble(
                cur("USD"),
                vec![line(LineKind::Recurring, "Pro", 1), line(kind, "x", 1)],
                &TaxDecision::NoRate,
                &[],
            )
            .unwrap_err();
            assert_eq!(
                err.to_string(),
                format!("invalid lines: line 2: {kind} lines are added by invoice assembly, not passed in")
            );
        }
    }

    #[test]
    fn a_service_period_must_end_after_it_starts() {
        let mut l = line(LineKind::Recurring, "Pro", 1000);
        l.service_start = Some(d(2025, 4, 1));
        l.service_end = Some(d(2025, 5, 1));
        assert!(assemble(cur("USD"), vec![l.clone()], &TaxDecision::NoRate, &[]).is_ok());
        l.service_end = Some(d(2025, 4, 1));
        let err = assemble(cur("USD"), vec![l], &TaxDecision::NoRate, &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid service_end: line 1: the service end 2025-04-01 must be after its start 2025-04-01"
        );
    }

    #[test]
    fn amounts_beyond_i64_are_an_overflow_not_a_wrap() {
        let big = vec![line(LineKind::Usage, "a", i64::MAX), line(LineKind::Usage, "b", 1)];
        assert_eq!(assemble(cur("USD"), big, &TaxDecision::NoRate, &[]).unwrap_err(), DomainError::Overflow);
        let taxed = vec![line(LineKind::Usage, "a", i64::MAX - 10)];
        assert_eq!(assemble(cur("USD"), taxed, &rate("t", "VAT", dec!(0.5)), &[]).unwrap_err(), DomainError::Overflow);
        let most_negative = vec![line(LineKind::Proration, "a", i64::MIN)];
        assert_eq!(assemble(cur("USD"), most_negative, &TaxDecision::NoRate, &[]).unwrap_err(), DomainError::Overflow);
    }

    #[test]
    fn a_negative_tax_rate_is_refused() {
        let err = assemble(cur("USD"), vec![line(LineKind::Usage, "a", 100)], &rate("t", "VAT", dec!(-0.1)), &[])
            .unwrap_err();
        assert!(err.to_string().starts_with("invalid rate"), "{err}");
    }

    #[test]
    fn numbers_fill_in_year_month_and_padded_sequence() {
        assert_eq!(format_number("INV-{year}-{seq:6}", 2025, 4, 42).unwrap(), "INV-2025-000042");
        assert_eq!(format_number("INV-{year}{month}-{seq}", 2025, 4, 42).unwrap(), "INV-202504-42");
        assert_eq!(format_number("{seq:3}", 2025, 12, 12345).unwrap(), "12345");
        assert_eq!(format_number("{month}/{seq:1}/{year}", 2025, 11, 0).unwrap(), "11/0/2025");
        assert_eq!(format_number("{seq:20}", 2025, 1, u64::MAX).unwrap(), u64::MAX.to_string());
    }

    #[test]
    fn a_format_without_a_sequence_is_refused() {
        assert_eq!(
            format_number("INV-{year}", 2025, 4, 1).unwrap_err().to_string(),
            "invalid invoice_number_format: 'INV-{year}' needs a sequence placeholder, {seq} or {seq:N}"
        );
        assert!(format_number("", 2025, 4, 1).is_err());
        assert!(format_number("{seq}-{seq:4}", 2025, 4, 1).unwrap_err().to_string().contains("only one"));
    }

    #[test]
    fn unknown_placeholders_and_stray_braces_name_the_setting() {
        assert_eq!(
            format_number("INV-{yyyy}-{seq}", 2025, 4, 1).unwrap_err().to_string(),
            "invalid invoice_number_format: unknown placeholder '{yyyy}' (use {year}, {month}, {seq} or {seq:N})"
        );
        for bad in
            ["INV-{seq", "INV}-{seq}", "{seq:0}", "{seq:21}", "{seq:x}", "{seq:}", "{}{seq}", "{{seq}}", "{Year}{seq}"]
        {
            let err = format_number(bad, 2025, 4, 1).unwrap_err();
            assert!(err.to_string().starts_with("invalid invoice_number_format: "), "{bad}: {err}");
            assert!(validate_number_format(bad).is_err());
        }
        assert!(validate_number_format("INV-{year}-{seq:6}").is_ok());
    }

    #[test]
    fn a_month_outside_one_to_twelve_is_refused() {
        assert_eq!(
            format_number("{seq}", 2025, 13, 1).unwrap_err().to_string(),
            "invalid month: 13 is not a month (1 to 12)"
        );
        assert!(format_number("{seq}", 2025, 0, 1).is_err());
    }

    #[test]
    fn the_counter_prefix_drops_the_sequence_so_it_restarts_per_period() {
        let yearly = "INV-{year}-{seq:6}";
        assert_eq!(number_prefix(yearly, 2025, 4), "INV-2025-");
        assert_eq!(number_prefix(yearly, 2025, 4), number_prefix(yearly, 2025, 11));
        assert_ne!(number_prefix(yearly, 2025, 12), number_prefix(yearly, 2026, 1));
        let monthly = "INV-{year}{month}-{seq}";
        assert_eq!(number_prefix(monthly, 2025, 4), "INV-202504-");
        assert_ne!(number_prefix(monthly, 2025, 4), number_prefix(monthly, 2025, 5));
        assert_eq!(number_prefix("{seq:5}/{year}", 2025, 4), "/2025");
        assert_eq!(number_prefix("INV-{seq}", 2025, 4), "INV-");
        assert_eq!(number_prefix("INV-{oops}", 2025, 4), "INV-{oops}");
    }

    fn currency_strategy() -> impl Strategy<Value = Currency> {
        prop::sample::select(vec!["JPY", "USD", "KWD"]).prop_map(cur)
    }

    fn lines_strategy() -> impl Strategy<Value = Vec<LineDraft>> {
        let kind =
            prop::sample::select(vec![LineKind::Recurring, LineKind::Proration, LineKind::Usage, LineKind::OneOff]);
        prop::collection::vec((kind, -1_000_000_000i64..1_000_000_000), 0..8)
            .prop_map(|v| v.into_iter().map(|(k, a)| line(k, "x", a)).collect())
    }

    fn decision_strategy() -> impl Strategy<Value = TaxDecision> {
        prop_oneof![
            Just(TaxDecision::Exempt),
            Just(TaxDecision::NoRate),
            Just(TaxDecision::ReverseCharge { note: "rc".into() }),
            (0i64..30_000).prop_map(|bp| rate("t", "Tax", Decimal::new(bp, 5))),
        ]
    }

    fn credits_strategy() -> impl Strategy<Value = Vec<CreditBalance>> {
        prop::collection::vec((prop_oneof![0i64..3, 0i64..2_000_000_000], 0usize..5), 0..5)
            .prop_map(|v| v.into_iter().enumerate().map(|(i, (r, o))| grant(&format!("g{i}"), r, o)).collect())
    }

    proptest! {
        #[test]
        fn assembled_invoices_keep_their_invariants(
            currency in currency_strategy(),
            lines in lines_strategy(),
            decision in decision_strategy(),
            credits in credits_strategy(),
        ) {
            let charges = lines.len();
            let subtotal: i64 = lines.iter().map(|l| l.amount_minor).sum();
            let draft = assemble(currency, lines, &decision, &credits).unwrap();
            let available: i64 = credits.iter().map(|g| g.remaining_minor).sum();
            prop_assert_eq!(draft.subtotal, subtotal);
            prop_assert!(draft.total >= 0);
            prop_assert!(draft.credit_applied >= 0 && draft.credit_applied <= available);
            prop_assert_eq!(credit::total_applied(&draft.credit_allocations), draft.credit_applied);
            prop_assert_eq!(draft.paid_on_issue, draft.total == 0);
            prop_assert!(draft.lines[charges..].iter().all(|l| !l.kind.is_charge()));
            prop_assert_eq!(lines_sum(&draft), draft.total);
            let expected_tax = decision.rate().map_or(0, |r| tax_amount(subtotal, r.rate).unwrap());
            prop_assert_eq!(draft.tax, expected_tax);
            let gross = subtotal + draft.tax;
            let tail: Vec<LineKind> = draft.lines[charges..].iter().map(|l| l.kind).collect();
            let mut expected_tail = Vec::new();
            if draft.tax != 0 { expected_tail.push(LineKind::Tax); }
            if gross >= 0 {
                prop_assert_eq!(draft.total, gross - draft.credit_applied);
                prop_assert_eq!(draft.excess_credit, 0);
                prop_assert_eq!(draft.credit_applied, gross.min(available));
                if draft.credit_applied != 0 { expected_tail.push(LineKind::Credit); }
            } else {
                prop_assert_eq!((draft.total, draft.credit_applied), (0, 0));
                prop_assert_eq!(draft.excess_credit, -gross);
                expected_tail.push(LineKind::CreditCarried);
            }
            prop_assert_eq!(tail, expected_tail);
        }

        #[test]
        fn a_number_is_its_prefix_with_the_padded_sequence_put_back(
            head in "[A-Z0-9/_.-]{0,6}",
            tail in "[A-Z0-9/_.-]{0,6}",
            year in 1970i32..2200,
            month in 1u32..=12,
            width in 1usize..=12,
            seq in 0u64..10_000_000_000,
        ) {
            let format = format!("{head}{{year}}{{month}}-{{seq:{width}}}{tail}");
            let number = format_number(&format, year, month, seq).unwrap();
            let prefix = number_prefix(&format, year, month);
            let padded = format!("{seq:0width$}");
            prop_assert_eq!(&number, &format!("{head}{year}{month:02}-{padded}{tail}"));
            prop_assert_eq!(&prefix, &format!("{head}{year}{month:02}-{tail}"));
            prop_assert!(padded.len() >= width && padded.parse::<u64>().unwrap() == seq);
        }
    }
}
