//! Rows of `billctl report …`: amounts in major units as plain decimals next to a currency column
//! (table and CSV); JSON keeps the minor units and the currency code. Never summed across currencies.

use crate::app::reports::AgingAccountRow;
use crate::domain::reports::{AgingTotals, ChurnPeriod, LtvRow, MrrPeriod, RevenuePeriod};
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

/// Chart lines under the `report mrr` table: one sparkline of MRR per currency, first → last.
pub fn mrr_chart(rows: &[MrrPeriod]) -> Vec<String> {
    let mut currencies: Vec<_> = rows.iter().map(|r| r.currency).collect();
    currencies.dedup();
    currencies.sort();
    currencies.dedup();
    currencies
        .into_iter()
        .filter_map(|c| {
            let values: Vec<i64> = rows.iter().filter(|r| r.currency == c).map(|r| r.mrr).collect();
            let (first, last) = (values.first()?, values.last()?);
            (values.len() > 1)
                .then(|| format!("MRR {c} {} {} → {}", sparkline(&values), amount(*first, &c), amount(*last, &c)))
        })
        .collect()
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

impl Record for crate::domain::reports::CustomerRow {
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

impl Record for crate::domain::reports::SubscriptionPeriod {
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
