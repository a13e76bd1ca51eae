//! Late usage in the invoice run: events that arrived after their period was invoiced (and were
//! accepted, within 7 days), grouped into supplemental invoices, one per subscription and period.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use sqlx::PgConnection;

use crate::domain::period::Period;
use crate::store::billing_batch::{self as batch, UsageWindow};
use crate::store::subscriptions::Subscription;

use super::invoice_build::{self as build, Catalog};

/// The batch's late usage: its groups (with the account's zone), and for each group what was
/// already invoiced in its period (metric → quantity), so late units are priced at their tier.
pub struct LateUsage {
    pub groups: Vec<(chrono_tz::Tz, build::LateGroup)>,
    pub invoiced: HashMap<usize, HashMap<String, Decimal>>,
}

/// Reads and groups the late usage of the batch's accounts.
pub async fn read(
    conn: &mut PgConnection,
    catalog: &Catalog,
    accounts: &[batch::BillingAccount],
    subs: &[Subscription],
    account_ids: &[String],
) -> sqlx::Result<LateUsage> {
    let late = batch::late_events(conn, account_ids).await?;
    if late.is_empty() {
        return Ok(LateUsage { groups: Vec::new(), invoiced: HashMap::new() });
    }
    let mut late_subs: Vec<String> = late.iter().map(|e| e.subscription_id.clone()).collect();
    late_subs.dedup();
    let mut windows: HashMap<String, Vec<Period>> = HashMap::new();
    for (sub, start, end) in batch::invoiced_usage_windows(conn, &late_subs).await? {
        if let Ok(p) = Period::new(start, end) {
            windows.entry(sub).or_default().push(p);
        }
    }
    // Where windows overlap (late stubs inside a period), the widest, earliest one wins.
    for ws in windows.values_mut() {
        ws.sort_by_key(|w| (w.start, std::cmp::Reverse(w.end)));
    }
    let groups = groups(catalog, accounts, subs, late, &windows);
    let usage_windows: Vec<UsageWindow> = groups
        .iter()
        .map(|(tz, g)| {
            let (sub, from, to) = build::usage_window_of(&g.subscription_id, &g.period, *tz);
            UsageWindow { subscription_id: sub, from, to }
        })
        .collect();
    let mut invoiced: HashMap<usize, HashMap<String, Decimal>> = HashMap::new();
    for (idx, metric, qty) in batch::usage_totals(conn, &usage_windows, true).await? {
        invoiced.entry(idx as usize).or_default().insert(metric, qty);
    }
    Ok(LateUsage { groups, invoiced })
}

/// Groups late events by subscription and the (already invoiced) usage period they fall in: the
/// service window of the usage already invoiced for that day (`invoiced`: subscription → windows),
/// else the billing period of the day. Days before the anchor with no invoiced window belong to a
/// cycle that restarted (a resume, a new interval): they are one period up to the anchor, not one
/// stub per day.
fn groups(
    catalog: &Catalog,
    accounts: &[batch::BillingAccount],
    subs: &[Subscription],
    events: Vec<batch::LateEvent>,
    invoiced: &HashMap<String, Vec<Period>>,
) -> Vec<(chrono_tz::Tz, build::LateGroup)> {
    let mut groups: BTreeMap<(String, NaiveDate), (chrono_tz::Tz, build::LateGroup)> = BTreeMap::new();
    let subs: HashMap<&str, _> = subs.iter().map(|s| (s.id.as_str(), s)).collect();
    let accounts: HashMap<&str, _> = accounts.iter().map(|a| (a.id.as_str(), a)).collect();
    for e in events {
        let Some(sub) = subs.get(e.subscription_id.as_str()) else { continue };
        let Some(through) = sub.usage_billed_through else { continue };
        let Some(acct) = accounts.get(sub.account_id.as_str()) else { continue };
        let tz = acct.timezone;
        let day = crate::domain::period::local_date(e.occurred_at, tz);
        if day >= through {
            continue;
        }
        let window = invoiced.get(&sub.id).and_then(|ws| ws.iter().find(|w| w.start <= day && day < w.end)).copied();
        let (period, key, before_anchor) = match window {
            Some(w) => (w, w.start, false),
            None => {
                let Ok(interval) = catalog.interval(&sub.plan_version_id) else { continue };
                let Ok((p, _)) = crate::domain::schedule::billing_period(sub.anchor_date, interval, day) else {
                    continue;
                };
                let before_anchor = day < sub.anchor_date;
                (p, if before_anchor { NaiveDate::MIN } else { p.start }, before_anchor)
            }
        };
        let entry = groups.entry((sub.id.clone(), key)).or_insert_with(|| {
            (
                tz,
                build::LateGroup {
                    subscription_id: sub.id.clone(),
                    period,
                    plan_version_id: sub.plan_version_id.clone(),
                    late: HashMap::new(),
                    event_ids: Vec::new(),
                },
            )
        });
        if before_anchor && period.start < entry.1.period.start {
            entry.1.period = period;
        }
        *entry.1.late.entry(e.metric.clone()).or_default() += e.quantity;
        entry.1.event_ids.push(e.id);
    }
    groups.into_values().collect()
}
