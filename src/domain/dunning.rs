//! Dunning policies and which of their steps are due. Pure: a policy file's text, an episode's
//! facts (days overdue, overdue balance per currency, unpaid invoices, the last step taken) in,
//! a policy or a list of due steps out.
//!
//! # Model
//! A **policy** is an ordered list of **steps** plus the payment retry schedule (days after the
//! first failed charge; the one source of truth for `payment retry`). A step is due when all of its
//! conditions hold:
//! - `after_days`: at least this many days since the earliest unpaid overdue invoice fell due;
//! - `min_overdue` (optional): the overdue balance in the account's currency reaches the threshold
//!   given for that currency (a currency the step does not name has no minimum);
//! - `min_unpaid_invoices` (optional): at least this many overdue invoices.
//!
//! An **episode** starts when an account first has an overdue invoice and ends when none is left.
//! Within it the steps only move forward: each step is taken at most once, a step before the last
//! one taken is never taken any more (so a later step's firing never re-fires an earlier one), and
//! when ticks were missed every due step after the last one taken fires, in order.
//!
//! # File format (TOML; JSON has the same shape with `steps` as an array)
//! ```toml
//! retry_schedule = [3, 5, 7, 10]
//!
//! [[step]]
//! after_days = 3
//! actions = ["remind"]
//!
//! [[step]]
//! after_days = 14
//! min_overdue = { EUR = "50.00", USD = "50.00" }
//! min_unpaid_invoices = 1
//! actions = ["block", "cancel:period_end", "downgrade:free"]
//! ```
//! Actions: `remind`, `warn`, `block`, `pause`, `cancel` (= `cancel:now`), `cancel:period_end`,
//! `downgrade:PLAN`, `mark_uncollectible`. Amounts are strings in major units of their currency.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Currency;
use super::account::AccountStatus;
use super::money::Money;
use super::retry::RetrySchedule;

/// When a dunning cancellation takes effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelAt {
    Now,
    PeriodEnd,
}

/// What a step does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// E-mail a reminder (the `dunning.remind` event).
    Remind,
    /// Account status `warning`.
    Warn,
    /// Account status `blocked`: no new subscriptions, plan changes or one-off charges.
    Block,
    /// Pause the account's active subscriptions.
    Pause,
    /// Cancel the account's live subscriptions, now or at the end of their period.
    Cancel(CancelAt),
    /// Schedule a change of the account's live subscriptions to this plan (at period end).
    Downgrade(String),
    /// Write the overdue invoices off: status `uncollectible`, out of collection and retries.
    MarkUncollectible,
}

impl Action {
    /// The action's kind: the suffix of its `dunning.<kind>` event.
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Remind => "remind",
            Action::Warn => "warn",
            Action::Block => "block",
            Action::Pause => "pause",
            Action::Cancel(_) => "cancel",
            Action::Downgrade(_) => "downgrade",
            Action::MarkUncollectible => "mark_uncollectible",
        }
    }

    /// Whether it changes only the account's status or tells (remind/warn/block): those are written
    /// set-based for a whole batch; the others act on subscriptions or invoices one account at a time.
    pub fn is_simple(&self) -> bool {
        matches!(self, Action::Remind | Action::Warn | Action::Block)
    }

    /// The text form, as written in a policy file.
    pub fn text(&self) -> String {
        match self {
            Action::Cancel(CancelAt::Now) => "cancel:now".into(),
            Action::Cancel(CancelAt::PeriodEnd) => "cancel:period_end".into(),
            Action::Downgrade(plan) => format!("downgrade:{plan}"),
            other => other.kind().into(),
        }
    }

    /// Parses `remind`, `cancel:period_end`, `downgrade:basic`, ….
    pub fn parse(text: &str) -> Result<Action, String> {
        let t = text.trim();
        let (name, arg) = match t.split_once(':') {
            Some((n, a)) => (n.trim(), Some(a.trim())),
            None => (t, None),
        };
        let no_arg = |a: Action| match arg {
            None => Ok(a),
            Some(_) => Err(format!("'{t}': {name} takes no argument")),
        };
        match name.to_ascii_lowercase().as_str() {
            "remind" => no_arg(Action::Remind),
            "warn" => no_arg(Action::Warn),
            "block" => no_arg(Action::Block),
            "pause" => no_arg(Action::Pause),
            "mark_uncollectible" => no_arg(Action::MarkUncollectible),
            "cancel" => match arg {
                None | Some("now") => Ok(Action::Cancel(CancelAt::Now)),
                Some("period_end") => Ok(Action::Cancel(CancelAt::PeriodEnd)),
                Some(other) => Err(format!("'{t}': cancel is cancel:now or cancel:period_end, not '{other}'")),
            },
            "downgrade" => match arg {
                Some(plan) if !plan.is_empty() => Ok(Action::Downgrade(plan.to_string())),
                _ => Err(format!("'{t}': name the plan to downgrade to, e.g. downgrade:basic")),
            },
            _ => Err(format!(
                "unknown action '{t}' (use remind, warn, block, pause, cancel, cancel:period_end, downgrade:PLAN \
                 or mark_uncollectible)"
            )),
        }
    }
}

/// How severe an account status is that an action sets: a step never lowers it (a `warn` after a
/// `block` leaves the account blocked).
pub fn status_rank(status: &str) -> u8 {
    match status {
        "blocked" => 2,
        "warning" => 1,
        _ => 0,
    }
}

/// The account status once no overdue open invoice is left: a `warning` or `blocked` account
/// returns to `active`; otherwise unchanged (`None`).
pub fn status_when_nothing_overdue(status: AccountStatus) -> Option<AccountStatus> {
    match status {
        AccountStatus::Blocked | AccountStatus::Warning => Some(AccountStatus::Active),
        AccountStatus::Active => None,
    }
}

/// One step of a policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub after_days: u32,
    /// Thresholds of the overdue balance, in minor units, per currency.
    pub min_overdue: BTreeMap<Currency, i64>,
    pub min_unpaid_invoices: Option<u32>,
    pub actions: Vec<Action>,
}

/// A checked dunning policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub steps: Vec<Step>,
    pub retry: RetrySchedule,
}

impl Default for Policy {
    /// The policy that ships: remind on day 3, warn on day 7, block on day 14; retries on days
    /// 3, 5, 7 and 10 after the first failed charge.
    fn default() -> Policy {
        let step = |after_days, a| Step {
            after_days,
            min_overdue: BTreeMap::new(),
            min_unpaid_invoices: None,
            actions: vec![a],
        };
        Policy {
            steps: vec![step(3, Action::Remind), step(7, Action::Warn), step(14, Action::Block)],
            retry: RetrySchedule::default(),
        }
    }
}

/// The name accounts without a policy of their own use; a stored policy of that name replaces the
/// built-in one.
pub const DEFAULT_POLICY: &str = "default";

/// An error in a policy file: where (`step 2, actions[1]`), the line when known, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError {
    pub field: String,
    pub line: Option<usize>,
    pub reason: String,
}

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "line {l}, {}: {}", self.field, self.reason),
            None => write!(f, "{}: {}", self.field, self.reason),
        }
    }
}

/// A value with the line it was read from (TOML), or none (JSON, where serde_json gives positions
/// only for syntax errors).
#[derive(Debug, Clone)]
struct At<T> {
    value: T,
    line: Option<usize>,
}

#[derive(Debug, Clone)]
struct RawStep {
    line: Option<usize>,
    after_days: At<i64>,
    min_overdue: Vec<(At<String>, At<String>)>,
    min_unpaid_invoices: Option<At<i64>>,
    actions: Vec<At<String>>,
}

#[derive(Debug, Clone)]
struct RawPolicy {
    retry_schedule: Option<At<Vec<i64>>>,
    steps: Vec<RawStep>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|b| **b == b'\n').count() + 1
}

mod toml_form {
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use toml::Spanned;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Policy {
        pub retry_schedule: Option<Spanned<Vec<i64>>>,
        #[serde(default, rename = "step", alias = "steps")]
        pub steps: Vec<Spanned<Step>>,
        #[allow(dead_code)]
        pub description: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Step {
        pub after_days: Spanned<i64>,
        pub min_overdue: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
        pub min_unpaid_invoices: Option<Spanned<i64>>,
        pub actions: Vec<Spanned<String>>,
    }
}

mod json_form {
    use std::collections::BTreeMap;

    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Policy {
        pub retry_schedule: Option<Vec<i64>>,
        #[serde(default, alias = "step")]
        pub steps: Vec<Step>,
        #[allow(dead_code)]
        pub description: Option<String>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct Step {
        pub after_days: i64,
        pub min_overdue: Option<BTreeMap<String, String>>,
        pub min_unpaid_invoices: Option<i64>,
        pub actions: Vec<String>,
    }
}

fn raw_from_toml(text: &str) -> Result<RawPolicy, PolicyError> {
    let p: toml_form::Policy = toml::from_str(text).map_err(|e| PolicyError {
        field: "file".into(),
        line: e.span().map(|s| line_of(text, s.start)),
        reason: e.message().trim().to_string(),
    })?;
    let at = |span: std::ops::Range<usize>| Some(line_of(text, span.start));
    Ok(RawPolicy {
        retry_schedule: p.retry_schedule.map(|s| At { line: at(s.span()), value: s.into_inner() }),
        steps: p
            .steps
            .into_iter()
            .map(|s| {
                let line = at(s.span());
                let s = s.into_inner();
                RawStep {
                    line,
                    after_days: At { line: at(s.after_days.span()), value: s.after_days.into_inner() },
                    min_overdue: s
                        .min_overdue
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(k, v)| {
                            (
                                At { line: at(k.span()), value: k.into_inner() },
                                At { line: at(v.span()), value: v.into_inner() },
                            )
                        })
                        .collect(),
                    min_unpaid_invoices: s
                        .min_unpaid_invoices
                        .map(|m| At { line: at(m.span()), value: m.into_inner() }),
                    actions: s.actions.into_iter().map(|a| At { line: at(a.span()), value: a.into_inner() }).collect(),
                }
            })
            .collect(),
    })
}

fn raw_from_json(text: &str) -> Result<RawPolicy, PolicyError> {
    let p: json_form::Policy = serde_json::from_str(text).map_err(|e| PolicyError {
        field: "file".into(),
        line: Some(e.line()).filter(|l| *l > 0),
        reason: e.to_string(),
    })?;
    let bare = |v| At { value: v, line: None };
    Ok(RawPolicy {
        retry_schedule: p.retry_schedule.map(bare),
        steps: p
            .steps
            .into_iter()
            .map(|s| RawStep {
                line: None,
                after_days: At { value: s.after_days, line: None },
                min_overdue: s
                    .min_overdue
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(k, v)| (At { value: k, line: None }, At { value: v, line: None }))
                    .collect(),
                min_unpaid_invoices: s.min_unpaid_invoices.map(|v| At { value: v, line: None }),
                actions: s.actions.into_iter().map(|v| At { value: v, line: None }).collect(),
            })
            .collect(),
    })
}

/// The format of a policy file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    /// From a file name: `.json` is JSON, anything else TOML.
    pub fn of_path(path: &str) -> Format {
        if path.to_ascii_lowercase().ends_with(".json") { Format::Json } else { Format::Toml }
    }
}

/// Parses and checks a policy file. Every problem is reported (not only the first), each naming the
/// step and field and, for TOML, the line.
pub fn parse(text: &str, format: Format) -> Result<Policy, Vec<PolicyError>> {
    let raw = match format {
        Format::Toml => raw_from_toml(text),
        Format::Json => raw_from_json(text),
    }
    .map_err(|e| vec![e])?;
    check(raw)
}

/// Parses the stored (canonical JSON) form of a policy.
pub fn from_json(value: &serde_json::Value) -> Result<Policy, Vec<PolicyError>> {
    parse(&value.to_string(), Format::Json)
}

fn check(raw: RawPolicy) -> Result<Policy, Vec<PolicyError>> {
    let mut errors = Vec::new();
    let mut err = |field: String, line: Option<usize>, reason: String| errors.push(PolicyError { field, line, reason });
    let retry = match &raw.retry_schedule {
        None => RetrySchedule::default(),
        Some(r) => {
            let days: Result<Vec<u32>, _> = r.value.iter().map(|d| u32::try_from(*d)).collect();
            match days.map_err(|_| "days must be positive".to_string()).and_then(|d| {
                RetrySchedule::new(d).map_err(|e| match e {
                    super::DomainError::Invalid { reason, .. } => reason,
                    other => other.to_string(),
                })
            }) {
                Ok(s) => s,
                Err(reason) => {
                    err("retry_schedule".into(), r.line, reason);
                    RetrySchedule::default()
                }
            }
        }
    };
    if raw.steps.is_empty() {
        err(
            "steps".into(),
            None,
            "the policy has no step; add at least one [[step]] with after_days and actions".into(),
        );
    }
    let mut steps = Vec::new();
    let mut previous: Option<(usize, u32)> = None;
    for (i, s) in raw.steps.iter().enumerate() {
        let n = i + 1;
        let after_days = match u32::try_from(s.after_days.value) {
            Ok(d) if d <= 3650 => d,
            _ => {
                err(
                    format!("step {n}, after_days"),
                    s.after_days.line,
                    format!("{} is not a number of days between 0 and 3650", s.after_days.value),
                );
                0
            }
        };
        if let Some((pn, pd)) = previous
            && after_days < pd
        {
            err(
                format!("step {n}, after_days"),
                s.after_days.line,
                format!(
                    "{after_days} goes backwards: step {pn} is on day {pd}; list the steps in the order they happen"
                ),
            );
        }
        previous = Some((n, after_days.max(previous.map_or(0, |p| p.1))));
        let mut min_overdue = BTreeMap::new();
        for (k, v) in &s.min_overdue {
            let field = format!("step {n}, min_overdue.{}", k.value);
            let currency = match Currency::parse(&k.value) {
                Ok(c) => c,
                Err(_) => {
                    err(field, k.line, format!("'{}' is not a known ISO 4217 currency code", k.value));
                    continue;
                }
            };
            match Money::parse_major(&v.value, currency, &field) {
                Ok(m) if m.minor < 0 => {
                    err(field, v.line, format!("{} is negative; a threshold is 0 or more", v.value))
                }
                Ok(m) => {
                    min_overdue.insert(currency, m.minor);
                }
                Err(e) => err(
                    field,
                    v.line,
                    match e {
                        super::DomainError::Invalid { reason, .. } => reason,
                        other => other.to_string(),
                    },
                ),
            }
        }
        let min_unpaid_invoices = match &s.min_unpaid_invoices {
            None => None,
            Some(m) => match u32::try_from(m.value) {
                Ok(v) => Some(v),
                Err(_) => {
                    err(format!("step {n}, min_unpaid_invoices"), m.line, format!("{} is negative", m.value));
                    None
                }
            },
        };
        if s.actions.is_empty() {
            err(format!("step {n}, actions"), s.line, "a step needs at least one action".into());
        }
        let mut actions = Vec::new();
        for (j, a) in s.actions.iter().enumerate() {
            match Action::parse(&a.value) {
                Ok(act) => {
                    if actions.iter().any(|x: &Action| x.kind() == act.kind()) {
                        err(format!("step {n}, actions[{j}]"), a.line, format!("'{}' is listed twice", act.kind()));
                    } else {
                        actions.push(act);
                    }
                }
                Err(reason) => err(format!("step {n}, actions[{j}]"), a.line, reason),
            }
        }
        steps.push(Step { after_days, min_overdue, min_unpaid_invoices, actions });
    }
    if errors.is_empty() { Ok(Policy { steps, retry }) } else { Err(errors) }
}

impl Policy {
    /// The plans the policy's downgrades name (the caller checks they exist).
    pub fn downgrade_plans(&self) -> Vec<(usize, &str)> {
        self.steps
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                s.actions.iter().filter_map(move |a| match a {
                    Action::Downgrade(p) => Some((i + 1, p.as_str())),
                    _ => None,
                })
            })
            .collect()
    }

    /// The canonical JSON form (what is stored and shown).
    pub fn to_json(&self) -> serde_json::Value {
        let steps: Vec<serde_json::Value> = self
            .steps
            .iter()
            .map(|s| {
                let mut o = serde_json::Map::new();
                o.insert("after_days".into(), s.after_days.into());
                if !s.min_overdue.is_empty() {
                    let m: serde_json::Map<String, serde_json::Value> = s
                        .min_overdue
                        .iter()
                        .map(|(c, v)| (c.code().to_string(), Money::new(*v, *c).to_major().to_string().into()))
                        .collect();
                    o.insert("min_overdue".into(), m.into());
                }
                if let Some(m) = s.min_unpaid_invoices {
                    o.insert("min_unpaid_invoices".into(), m.into());
                }
                o.insert("actions".into(), s.actions.iter().map(Action::text).collect::<Vec<_>>().into());
                serde_json::Value::Object(o)
            })
            .collect();
        serde_json::json!({ "retry_schedule": self.retry.days(), "steps": steps })
    }

    /// The TOML form, for `policy show` (round-trips through [`parse`]).
    pub fn to_toml(&self) -> String {
        let days: Vec<String> = self.retry.days().iter().map(u32::to_string).collect();
        let mut out = format!("retry_schedule = [{}]\n", days.join(", "));
        for s in &self.steps {
            out.push_str(&format!("\n[[step]]\nafter_days = {}\n", s.after_days));
            if !s.min_overdue.is_empty() {
                let m: Vec<String> = s
                    .min_overdue
                    .iter()
                    .map(|(c, v)| format!("{} = \"{}\"", c.code(), Money::new(*v, *c).to_major()))
                    .collect();
                out.push_str(&format!("min_overdue = {{ {} }}\n", m.join(", ")));
            }
            if let Some(m) = s.min_unpaid_invoices {
                out.push_str(&format!("min_unpaid_invoices = {m}\n"));
            }
            let a: Vec<String> = s.actions.iter().map(|a| format!("\"{}\"", a.text())).collect();
            out.push_str(&format!("actions = [{}]\n", a.join(", ")));
        }
        out
    }
}

/// What an episode looks like on the day a tick evaluates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts<'a> {
    /// Days since the earliest unpaid overdue invoice fell due (today − due date).
    pub days_overdue: i64,
    /// Overdue balance per currency, minor units.
    pub overdue: &'a [(Currency, i64)],
    /// Overdue unpaid invoices.
    pub unpaid_invoices: u32,
    /// The last step taken in this episode (1-based), if any.
    pub last_step: Option<usize>,
}

impl Step {
    /// Whether the step's conditions hold.
    pub fn holds(&self, f: &Facts<'_>) -> bool {
        let days = f.days_overdue >= i64::from(self.after_days);
        let amount = self.min_overdue.is_empty()
            || f.overdue.iter().any(|(c, amt)| self.min_overdue.get(c).is_none_or(|min| amt >= min));
        let count = self.min_unpaid_invoices.is_none_or(|m| f.unpaid_invoices >= m);
        days && amount && count
    }
}

/// The steps (1-based numbers) due now, in order: those after the last step taken whose conditions
/// hold. Each is returned once per episode, since the caller records it as taken.
pub fn due_steps(policy: &Policy, f: &Facts<'_>) -> Vec<usize> {
    let after = f.last_step.unwrap_or(0);
    policy
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| (i + 1, s))
        .filter(|(n, s)| *n > after && s.holds(f))
        .map(|(n, _)| n)
        .collect()
}

/// The next step after `last_step` and the day count it waits for (for `dunning status`).
pub fn next_step(policy: &Policy, last_step: Option<usize>) -> Option<(usize, &Step)> {
    let n = last_step.unwrap_or(0) + 1;
    policy.steps.get(n - 1).map(|s| (n, s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn eur() -> Currency {
        Currency::parse("EUR").unwrap()
    }

    fn facts(days: i64, overdue: &[(Currency, i64)], unpaid: u32, last: Option<usize>) -> Vec<usize> {
        let f = Facts { days_overdue: days, overdue, unpaid_invoices: unpaid, last_step: last };
        due_steps(&Policy::default(), &f)
    }

    #[test]
    fn the_default_policy_reminds_on_day_3_warns_on_day_7_and_blocks_on_day_14() {
        let o = [(eur(), 1000)];
        assert_eq!(facts(2, &o, 1, None), Vec::<usize>::new());
        assert_eq!(facts(3, &o, 1, None), vec![1]);
        assert_eq!(facts(3, &o, 1, Some(1)), Vec::<usize>::new());
        assert_eq!(facts(7, &o, 1, Some(1)), vec![2]);
        assert_eq!(facts(14, &o, 1, Some(2)), vec![3]);
        assert_eq!(facts(40, &o, 1, Some(3)), Vec::<usize>::new());
        assert_eq!(Policy::default().retry.days(), &[3, 5, 7, 10]);
    }

    #[test]
    fn a_missed_tick_fires_every_due_step_not_yet_taken_in_order() {
        let o = [(eur(), 1000)];
        assert_eq!(facts(15, &o, 1, None), vec![1, 2, 3]);
        assert_eq!(facts(15, &o, 1, Some(1)), vec![2, 3]);
    }

    #[test]
    fn thresholds_and_invoice_counts_hold_back_a_step_until_they_are_reached() {
        let text = r#"
            [[step]]
            after_days = 0
            min_overdue = { EUR = "50.00" }
            min_unpaid_invoices = 2
            actions = ["warn"]
        "#;
        let p = parse(text, Format::Toml).unwrap();
        let f = |amt, n| {
            due_steps(&p, &Facts { days_overdue: 1, overdue: &[(eur(), amt)], unpaid_invoices: n, last_step: None })
        };
        assert!(f(4999, 2).is_empty());
        assert!(f(5000, 1).is_empty());
        assert_eq!(f(5000, 2), vec![1]);
        let usd = Currency::parse("USD").unwrap();
        let other =
            due_steps(&p, &Facts { days_overdue: 1, overdue: &[(usd, 1)], unpaid_invoices: 2, last_step: None });
        assert_eq!(other, vec![1], "a currency without a threshold has no minimum");
    }

    #[test]
    fn a_step_passed_over_is_not_taken_after_a_later_one() {
        let text = "[[step]]\nafter_days = 1\nmin_unpaid_invoices = 3\nactions = [\"remind\"]\n\
                    [[step]]\nafter_days = 2\nactions = [\"warn\"]\n";
        let p = parse(text, Format::Toml).unwrap();
        let o = [(eur(), 100)];
        let f = |n, last| due_steps(&p, &Facts { days_overdue: 5, overdue: &o, unpaid_invoices: n, last_step: last });
        assert_eq!(f(1, None), vec![2]);
        assert!(f(5, Some(2)).is_empty());
    }

    #[test]
    fn policies_parse_from_toml_and_json_to_the_same_value() {
        let toml_text = r#"
            retry_schedule = [2, 4]
            [[step]]
            after_days = 3
            actions = ["remind"]
            [[step]]
            after_days = 30
            min_overdue = { EUR = "10.50", JPY = "1000" }
            actions = ["cancel:period_end", "downgrade:free", "mark_uncollectible", "pause"]
        "#;
        let t = parse(toml_text, Format::Toml).unwrap();
        let j = parse(&t.to_json().to_string(), Format::Json).unwrap();
        assert_eq!(t, j);
        assert_eq!(t.steps[1].min_overdue[&eur()], 1050);
        assert_eq!(t.steps[1].min_overdue[&Currency::parse("JPY").unwrap()], 1000);
        assert_eq!(t.retry.days(), &[2, 4]);
        assert_eq!(parse(&t.to_toml(), Format::Toml).unwrap(), t);
        assert_eq!(t.downgrade_plans(), vec![(2, "free")]);
        assert_eq!(from_json(&Policy::default().to_json()).unwrap(), Policy::default());
    }

    fn errors(text: &str, f: Format) -> Vec<String> {
        parse(text, f).unwrap_err().iter().map(ToString::to_string).collect()
    }

    #[test]
    fn an_unknown_action_is_named_with_its_step_and_line() {
        let e = errors("[[step]]\nafter_days = 3\nactions = [\"remind\", \"shout\"]\n", Format::Toml);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].starts_with("line 3, step 1, actions[1]: unknown action 'shout'"), "{e:?}");
        let e = errors(r#"{"steps":[{"after_days":3,"actions":["shout"]}]}"#, Format::Json);
        assert!(e[0].starts_with("step 1, actions[0]: unknown action 'shout'"), "{e:?}");
    }

    #[test]
    fn steps_going_backwards_an_empty_policy_negative_thresholds_and_unknown_currencies_are_refused() {
        let e = errors(
            "[[step]]\nafter_days = 7\nactions = [\"warn\"]\n[[step]]\nafter_days = 3\nactions = [\"remind\"]\n",
            Format::Toml,
        );
        assert!(e[0].starts_with("line 5, step 2, after_days: 3 goes backwards"), "{e:?}");
        let e = errors("retry_schedule = [3]\n", Format::Toml);
        assert!(e[0].contains("no step"), "{e:?}");
        let e =
            errors("[[step]]\nafter_days = 1\nmin_overdue = { EUR = \"-5\" }\nactions = [\"warn\"]\n", Format::Toml);
        assert!(e[0].starts_with("line 3, step 1, min_overdue.EUR: -5 is negative"), "{e:?}");
        let e = errors("[[step]]\nafter_days = 1\nmin_overdue = { EUX = \"5\" }\nactions = [\"warn\"]\n", Format::Toml);
        assert!(e[0].contains("'EUX' is not a known"), "{e:?}");
        let e = errors("[[step]]\nafter_days = -1\nactions = [\"warn\"]\n", Format::Toml);
        assert!(e[0].starts_with("line 2, step 1, after_days"), "{e:?}");
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let e = errors("[[step]]\nafter_days = 3\nactions = [\"remind\"\n", Format::Toml);
        assert!(e[0].starts_with("line 3") || e[0].starts_with("line 4"), "{e:?}");
        let e = errors("[[step]]\nafter_day = 3\nactions = [\"remind\"]\n", Format::Toml);
        assert!(e[0].starts_with("line 2, file: unknown field `after_day`"), "{e:?}");
        let e = errors("{\n\"steps\": [\n{\"after_days\": 3,, }]}", Format::Json);
        assert!(e[0].starts_with("line 3"), "{e:?}");
    }

    #[test]
    fn actions_parse_with_their_arguments() {
        assert_eq!(Action::parse("cancel").unwrap(), Action::Cancel(CancelAt::Now));
        assert_eq!(Action::parse("cancel:period_end").unwrap(), Action::Cancel(CancelAt::PeriodEnd));
        assert_eq!(Action::parse("downgrade:basic").unwrap(), Action::Downgrade("basic".into()));
        assert!(Action::parse("downgrade").is_err());
        assert!(Action::parse("remind:loud").is_err());
        assert!(Action::parse("cancel:later").is_err());
    }

    #[test]
    fn warned_and_blocked_accounts_return_to_active_when_nothing_overdue_is_left() {
        use AccountStatus::*;
        assert_eq!(status_when_nothing_overdue(Blocked), Some(Active));
        assert_eq!(status_when_nothing_overdue(Warning), Some(Active));
        assert_eq!(status_when_nothing_overdue(Active), None);
    }

    #[test]
    fn a_step_never_lowers_the_account_status() {
        assert!(status_rank("blocked") > status_rank("warning"));
        assert!(status_rank("warning") > status_rank("active"));
    }

    proptest! {
        /// Whatever days ticks run on, each step is taken at most once, in order, never before its
        /// day; and with a tick every day each step is taken exactly on its day.
        #[test]
        fn steps_fire_once_in_order_and_never_early(
            days in proptest::collection::btree_set(0u32..40, 1..6),
            ticks in proptest::collection::btree_set(0i64..60, 0..60),
        ) {
            let steps: Vec<Step> = days.iter().map(|d| Step {
                after_days: *d, min_overdue: BTreeMap::new(), min_unpaid_invoices: None, actions: vec![Action::Remind],
            }).collect();
            let p = Policy { steps, retry: RetrySchedule::default() };
            let o = [(eur(), 1)];
            let mut last = None;
            let mut taken = Vec::new();
            for t in &ticks {
                let due = due_steps(&p, &Facts { days_overdue: *t, overdue: &o, unpaid_invoices: 1, last_step: last });
                for n in due {
                    prop_assert!(i64::from(p.steps[n - 1].after_days) <= *t);
                    prop_assert!(last.is_none_or(|l| n > l));
                    taken.push(n);
                    last = Some(n);
                }
            }
            let mut sorted = taken.clone();
            sorted.dedup();
            prop_assert_eq!(&sorted, &taken);
            // Every day: each step exactly on its day.
            let mut last = None;
            for t in 0..60i64 {
                for n in due_steps(&p, &Facts { days_overdue: t, overdue: &o, unpaid_invoices: 1, last_step: last }) {
                    prop_assert_eq!(i64::from(p.steps[n - 1].after_days), t);
                    last = Some(n);
                }
            }
            prop_assert_eq!(last, Some(p.steps.len()));
        }
    }
}
