//! Detail views for people: one invoice or credit note with its lines, totals, credit notes and
//! payment attempts (`invoice show`), a plan version with its prices (`plan show`), a subscription
//! with its history (`subscription show`). JSON and CSV give the same data as fields.

use anyhow::Result;

use super::{Format, Output, Stamp as _, cell, money};
use crate::app::invoice_admin::{CreditNoteDetail, Detail};
use crate::app::subscriptions::Detail as SubDetail;
use crate::domain::catalog::PriceDef;
use crate::domain::period::Period;
use crate::store::plans::VersionDetail;
use crate::store::subscriptions::Listed;

/// `invoice show CN-…`.
pub fn credit_note(out: &Output, d: &CreditNoteDetail) -> Result<()> {
    let n = &d.credit_note;
    match out.format {
        Format::Json | Format::Ndjson => return out.value(d, &[], vec![]),
        Format::Csv => return out.one(n),
        Format::Table => {}
    }
    let m = |v: i64| money(v, &n.currency);
    let head = [
        ("credit note", format!("{} ({})", n.number, n.id)),
        ("corrects invoice", format!("{} ({})", d.invoice_number.as_deref().unwrap_or("draft"), n.invoice_id)),
        ("account", n.account_id.clone()),
        ("reason", n.description.clone()),
        ("issued", n.issued_on.to_string()),
    ];
    out.line(key_values(&head))?;
    let lines = d.lines.iter().map(|l| {
        vec![l.position.to_string(), l.kind.clone(), l.description.clone(), l.quantity.to_string(), m(l.amount)]
    });
    out.line(crate::render::table::list(&["#", "kind", "description", "quantity", "credited"], lines))?;
    let totals = [
        ("subtotal", m(n.subtotal)),
        ("tax", m(n.tax)),
        ("total credited", m(n.total)),
        ("off the amount due", m(n.reduces_due)),
        ("to account credit", m(n.to_credit)),
    ];
    out.line(key_values(&totals))?;
    Ok(())
}

fn key_values(pairs: &[(&str, String)]) -> comfy_table::Table {
    let (keys, values): (Vec<&str>, Vec<String>) = pairs.iter().cloned().unzip();
    crate::render::table::key_values(&keys, &values)
}

/// `invoice show INV-…`.
pub fn invoice(out: &Output, d: &Detail) -> Result<()> {
    let i = &d.invoice;
    if out.format != Format::Table {
        return match out.format {
            Format::Json | Format::Ndjson => out.value(d, &[], vec![]),
            _ => out.one(i),
        };
    }
    let m = |v: i64| money(v, &i.currency);
    let period = match (i.period_start, i.period_end) {
        (Some(s), Some(e)) => Period::shown(s, e),
        _ => String::new(),
    };
    let head = [
        ("invoice", format!("{} ({})", i.number.as_deref().unwrap_or("draft, no number yet"), i.id)),
        ("status", i.status.to_string()),
        ("account", i.account_id.clone()),
        ("period", period),
        ("issued", cell(&i.issued_on)),
        ("due", cell(&i.due_on)),
    ];
    out.line(key_values(&head))?;
    let lines = d.lines.iter().map(|l| {
        let service = match (l.service_start, l.service_end) {
            (Some(s), Some(e)) => Period::shown(s, e),
            _ => String::new(),
        };
        vec![
            l.position.to_string(),
            l.kind.to_string(),
            l.description.clone(),
            l.quantity.to_string(),
            service,
            m(l.amount),
        ]
    });
    out.line(crate::render::table::list(&["#", "kind", "description", "quantity", "service", "amount"], lines))?;
    let totals = [
        ("subtotal", m(i.subtotal)),
        ("tax", m(i.tax)),
        ("credit applied", m(-i.credit_applied)),
        ("total", m(i.total)),
        ("paid", m(i.amount_paid)),
        ("credit applied after issue", m(i.credit_settled)),
        ("credit notes", m(i.credited)),
        ("amount due", m(i.amount_due)),
    ];
    out.line(key_values(&totals))?;
    if let Some(note) = &i.tax_note {
        out.line(note)?;
    }
    for n in &d.credit_notes {
        out.line(format!("credit note {} ({}): {} credited", n.number, n.description, m(n.total)))?;
    }
    if !d.payment_attempts.is_empty() {
        let rows = d.payment_attempts.iter().map(|a| {
            let t = &a.attempt;
            vec![
                t.attempt_no.to_string(),
                t.started_at.stamp(),
                crate::render::records::card_of(a),
                m(t.amount),
                t.status.to_string(),
                cell(&t.decline_code),
                cell(&t.next_retry_on),
            ]
        });
        out.line(crate::render::table::list(
            &["attempt", "at", "card", "amount", "outcome", "decline code", "next retry"],
            rows,
        ))?;
    }
    Ok(())
}

/// `plan show` (and what `plan create`/`edit` print): the version line, then its prices; the
/// prices are the domain's view of the stored rows (`app::catalog::price_defs`).
pub fn plan(out: &Output, d: &VersionDetail, prices: &[PriceDef]) -> Result<()> {
    let rows: Vec<Vec<String>> = prices
        .iter()
        .map(|p| {
            vec![
                p.currency.to_string(),
                p.kind.as_str().to_string(),
                p.description.clone(),
                p.unit_amount.map(|a| a.to_string()).unwrap_or_default(),
                cell(&p.metric),
                p.tier_mode.map(|m| m.as_str().to_string()).unwrap_or_default(),
                describe_tiers(p),
            ]
        })
        .collect();
    if out.format == Format::Table {
        let v = &d.version;
        out.line(format!(
            "{} — {} (v{}, every {} {}{}, trial {} days{})",
            d.plan.code,
            d.plan.name,
            v.version,
            v.interval_count,
            v.interval_unit,
            if v.interval_count == 1 { "" } else { "s" },
            v.trial_days,
            if d.plan.archived_at.is_some() { ", ARCHIVED" } else { "" }
        ))?;
    }
    out.value(d, &["currency", "kind", "description", "amount", "metric", "tier_mode", "tiers"], rows)
}

/// A price's tiers or package in one cell.
fn describe_tiers(p: &PriceDef) -> String {
    if let Some(k) = &p.package {
        return format!("{} per started {}", k.price, k.size);
    }
    p.tiers
        .iter()
        .map(|t| {
            let up = t.up_to.map(|u| u.to_string()).unwrap_or_else(|| "inf".into());
            if t.flat_fee.is_zero() {
                format!("≤{up} @ {}", t.unit_price)
            } else {
                format!("≤{up} @ {} + {}", t.unit_price, t.flat_fee)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `subscription show`: the subscription, its history and the charges waiting for its next invoice.
pub fn subscription(out: &Output, d: &SubDetail) -> Result<()> {
    if out.format != Format::Table {
        let listed =
            Listed { sub: d.subscription.clone(), plan_code: d.plan_code.clone(), plan_version: d.plan_version };
        return match out.format {
            Format::Json | Format::Ndjson => out.value(d, &[], vec![]),
            _ => out.one(&listed),
        };
    }
    let listed = Listed { sub: d.subscription.clone(), plan_code: d.plan_code.clone(), plan_version: d.plan_version };
    out.one(&listed)?;
    if !d.history.is_empty() {
        let rows: Vec<Vec<String>> = d
            .history
            .iter()
            .map(|h| {
                vec![
                    h.at.stamp(),
                    h.effective_date.to_string(),
                    h.event.to_string(),
                    cell(&h.from_status),
                    cell(&h.to_status),
                ]
            })
            .collect();
        out.line("history")?;
        out.line(crate::render::table::list(&["at", "effective", "event", "from", "to"], rows.into_iter()))?;
    }
    if !d.pending_charges.is_empty() {
        let rows: Vec<Vec<String>> =
            d.pending_charges.iter().map(|c| vec![c.description.clone(), money(c.amount, &c.currency)]).collect();
        out.line("pending charges (on the next invoice)")?;
        out.line(crate::render::table::list(&["description", "amount"], rows.into_iter()))?;
    }
    Ok(())
}
