//! Rows of `billctl report …`: amounts in major units as plain decimals next to a currency column
//! (table and CSV); JSON keeps the minor units and the currency code. Never summed across currencies.

use crate::app::reports::AgingAccountRow;
use crate::domain::reports::{
    AgingTotals, ChurnPeriod, CustomerRow, LtvRow, MrrPeriod, RevenuePeriod, SubscriptionPeriod,
};
use crate::render::html::{Chart, Point};
use crate::render::{Record, amount};

impl Record for MrrPeriod {
    fn headers() -> Vec<&'static str> {
        vec![
            "period_start",
            "period_end",
            "currency",
            "mrr_start",
            "new",
            "expansion",
            "contraction",
            "churn",
            "reactivation",
            "net_new",
            "mrr",
            "arr",
            "customers",
            "customers_start",
            "churned_customers",
        ]
    }
    fn row(&self) -> Vec<String> {
        let m = |v: i64| amount(v, &self.currency);
        vec![
            self.period_start.to_string(),
            self.period_end.to_string(),
            self.currency.to_string(),
            m(self.mrr_start),
            m(self.new),
            m(self.expansion),
            m(self.contraction),
            m(self.churn),
            m(self.reactivation),
            m(self.net_new),
            m(self.mrr),
            m(self.arr),
            self.customers.to_string(),
            self.customers_start.to_string(),
            self.churned_customers.to_string(),
        ]
    }
}

impl Record for AgingTotals {
    fn headers() -> Vec<&'static str> {
        vec!["currency", "current", "1-30", "31-60", "61-90", "over-90", "total"]
    }
    fn row(&self) -> Vec<String> {
        let m = |v: i64| amount(v, &self.currency);
        vec![
            self.currency.to_string(),
            m(self.current),
            m(self.days_1_30),
            m(self.days_31_60),
            m(self.days_61_90),
            m(self.over_90),
            m(self.total),
        ]
    }
}

impl Record for AgingAccountRow {
    fn headers() -> Vec<&'static str> {
        vec!["bucket", "currency", "account_id", "account_name", "amount"]
    }
    fn row(&self) -> Vec<String> {
        let a = &self.inner;
        vec![
            a.bucket.as_str().to_string(),
            a.currency.to_string(),
            a.account_id.clone(),
            self.account_name.clone(),
            amount(a.amount, &a.currency),
        ]
    }
}

impl Record for RevenuePeriod {
    fn headers() -> Vec<&'static str> {
        vec!["period_start", "period_end", "currency", "invoiced", "recognised", "deferred"]
    }
    fn row(&self) -> Vec<String> {
        let m = |v: i64| amount(v, &self.currency);
        vec![
            self.period_start.to_string(),
            self.period_end.to_string(),
            self.currency.to_string(),
            m(self.invoiced),
            m(self.recognised),
            m(self.deferred),
        ]
    }
}

impl Record for ChurnPeriod {
    fn headers() -> Vec<&'static str> {
        vec![
            "period_start",
            "period_end",
            "currency",
            "customers_start",
            "churned_customers",
            "customer_churn_rate",
            "mrr_start",
            "gross_mrr_churn_rate",
            "net_mrr_churn_rate",
        ]
    }
    fn row(&self) -> Vec<String> {
        let rate = |r: &Option<rust_decimal::Decimal>| r.map_or_else(|| "n/a".to_string(), |v| v.to_string());
        vec![
            self.period_start.to_string(),
            self.period_end.to_string(),
            self.currency.to_string(),
            self.customers_start.to_string(),
            self.churned_customers.to_string(),
            rate(&self.customer_churn_rate),
            amount(self.mrr_start, &self.currency),
            rate(&self.gross_mrr_churn_rate),
            rate(&self.net_mrr_churn_rate),
        ]
    }
}

impl Record for LtvRow {
    fn headers() -> Vec<&'static str> {
        vec!["currency", "mrr", "customers", "arpa", "avg_customer_churn_rate", "ltv"]
    }
    fn row(&self) -> Vec<String> {
        let m = |v: &Option<i64>| v.map_or_else(|| "n/a".to_string(), |v| amount(v, &self.currency));
        vec![
            self.currency.to_string(),
            amount(self.mrr, &self.currency),
            self.customers.to_string(),
            m(&self.arpa),
            self.avg_customer_churn_rate.map_or_else(|| "n/a".to_string(), |r| r.to_string()),
            m(&self.ltv),
        ]
    }
}

/// A one-line bar chart of `values` (lowest ▁ to highest █; all equal: a flat ▄ line).
pub fn sparkline(values: &[i64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let (Some(min), Some(max)) = (values.iter().min(), values.iter().max()) else { return String::new() };
    if min == max {
        return BARS[3].to_string().repeat(values.len());
    }
    let span = i128::from(*max) - i128::from(*min);
    values
        .iter()
        .map(|v| {
            let step = (i128::from(*v) - i128::from(*min)) * 7 / span;
            BARS[usize::try_from(step).unwrap_or(0).min(7)]
        })
        .collect()
}

/// Charts of a report: one per currency (never summed across currencies).
fn per_currency<T>(
    rows: &[T],
    title: &str,
    currency: impl Fn(&T) -> crate::domain::Currency,
    point: impl Fn(&T) -> Point,
) -> Vec<Chart> {
    let mut currencies: Vec<_> = rows.iter().map(&currency).collect();
    currencies.sort();
    currencies.dedup();
    currencies
        .into_iter()
        .map(|c| Chart {
            title: format!("{title} {c}"),
            points: rows.iter().filter(|r| currency(r) == c).map(&point).collect(),
        })
        .collect()
}

fn money_point(x: String, value: i64, currency: &crate::domain::Currency) -> Point {
    Point { x, value, shown: amount(value, currency) }
}

/// The label of a period on a chart's axis: its first day.
fn period_label(start: chrono::NaiveDate) -> String {
    start.to_string()
}

/// A rate as millionths (for bar heights) and as a percentage to show.
fn rate_point(x: String, rate: Option<rust_decimal::Decimal>) -> Point {
    use rust_decimal::prelude::ToPrimitive;
    match rate {
        Some(r) => Point {
            x,
            value: (r * rust_decimal::Decimal::from(1_000_000)).round().to_i64().unwrap_or(0),
            shown: format!("{} %", (r * rust_decimal::Decimal::from(100)).round_dp(2)),
        },
        None => Point { x, value: 0, shown: "n/a".into() },
    }
}

pub fn mrr_charts(rows: &[MrrPeriod]) -> Vec<Chart> {
    per_currency(rows, "MRR", |r| r.currency, |r| money_point(period_label(r.period_start), r.mrr, &r.currency))
}

pub fn churn_charts(rows: &[ChurnPeriod]) -> Vec<Chart> {
    per_currency(
        rows,
        "Customer churn rate",
        |r| r.currency,
        |r| rate_point(period_label(r.period_start), r.customer_churn_rate),
    )
}

pub fn revenue_charts(rows: &[RevenuePeriod]) -> Vec<Chart> {
    per_currency(
        rows,
        "Recognised revenue",
        |r| r.currency,
        |r| money_point(period_label(r.period_start), r.recognised, &r.currency),
    )
}

pub fn subscription_charts(rows: &[SubscriptionPeriod]) -> Vec<Chart> {
    per_currency(
        rows,
        "Active subscriptions",
        |r| r.currency,
        |r| Point {
            x: period_label(r.period_start),
            value: i64::try_from(r.active).unwrap_or(i64::MAX),
            shown: r.active.to_string(),
        },
    )
}

pub fn aging_charts(rows: &[AgingTotals]) -> Vec<Chart> {
    rows.iter()
        .map(|t| Chart {
            title: format!("Open receivables by age {}", t.currency),
            points: [
                ("current", t.current),
                ("1-30", t.days_1_30),
                ("31-60", t.days_31_60),
                ("61-90", t.days_61_90),
                ("over-90", t.over_90),
            ]
            .into_iter()
            .map(|(x, v)| money_point(x.to_string(), v, &t.currency))
            .collect(),
        })
        .collect()
}

pub fn customer_charts(rows: &[CustomerRow], by_mrr: bool) -> Vec<Chart> {
    let title = if by_mrr { "MRR by account" } else { "Revenue by account" };
    per_currency(
        rows,
        title,
        |r| r.currency,
        |r| money_point(format!("#{}", r.rank), if by_mrr { r.mrr } else { r.revenue }, &r.currency),
    )
}

/// Chart lines under a report's table: one sparkline per chart, with its first and last values.
pub fn chart_lines(charts: &[Chart]) -> Vec<String> {
    charts
        .iter()
        .filter(|c| c.points.len() > 1)
        .filter_map(|c| {
            let values: Vec<i64> = c.points.iter().map(|p| p.value).collect();
            let (first, last) = (c.points.first()?, c.points.last()?);
            Some(format!("{} {} {} → {}", c.title, sparkline(&values), first.shown, last.shown))
        })
        .collect()
}

impl Record for CustomerRow {
    fn headers() -> Vec<&'static str> {
        vec!["rank", "currency", "account_id", "account_name", "revenue", "invoices", "mrr"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.rank.to_string(),
            self.currency.to_string(),
            self.account_id.clone(),
            self.account_name.clone(),
            amount(self.revenue, &self.currency),
            self.invoices.to_string(),
            amount(self.mrr, &self.currency),
        ]
    }
}

impl Record for SubscriptionPeriod {
    fn headers() -> Vec<&'static str> {
        vec!["period_start", "period_end", "currency", "active", "trialing", "paused", "new", "canceled", "net_new"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.period_start.to_string(),
            self.period_end.to_string(),
            self.currency.to_string(),
            self.active.to_string(),
            self.trialing.to_string(),
            self.paused.to_string(),
            self.new.to_string(),
            self.canceled.to_string(),
            self.net_new.to_string(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sparkline_scales_from_the_lowest_to_the_highest_value() {
        assert_eq!(sparkline(&[0, 50, 100]), "▁▄█");
        assert_eq!(sparkline(&[5, 5]), "▄▄");
        assert_eq!(sparkline(&[]), "");
        assert_eq!(sparkline(&[i64::MIN, i64::MAX]), "▁█");
    }
}
