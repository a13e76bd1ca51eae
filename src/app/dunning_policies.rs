//! Dunning policies: `dunning policy set|show|list`, an account's policy and exclusion
//! (`account update --dunning-policy P | --no-dunning | --dunning`), and the policy in force for an
//! account (the tick, and the payment retry schedule, which belongs to the policy).
//!
//! A policy file is checked completely before anything is saved: syntax (with the line), every step
//! and field (unknown action, steps going backwards, negative thresholds, unknown currencies) and
//! every plan a `downgrade:` names. Accounts without a policy use the one named `default`: the
//! stored one if `dunning policy set default` saved one, else the built-in default.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;

use super::Context;
use crate::domain::dunning::{self, DEFAULT_POLICY, Format, Policy, PolicyError};
use crate::domain::retry::RetrySchedule;
use crate::error::{self, UserError};
use crate::store::dunning::{self as repo, AccountSetting};
use crate::store::{audit, plans};

fn invalid(what: &str, errors: &[PolicyError]) -> UserError {
    error::usage(format!("{what} is not a valid dunning policy"))
        .details(errors.iter().map(ToString::to_string).collect())
        .hint("fix the lines above and run the command again; nothing was saved")
}

fn check_name(name: &str) -> Result<(), UserError> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    if ok {
        Ok(())
    } else {
        Err(error::usage(format!("invalid policy name '{}'", error::printable(name, 80)))
            .hint("use letters, digits, '_', '.' and '-' (at most 63), e.g. strict or b2b-2027"))
    }
}

/// What `policy set` saved.
#[derive(Debug, Clone, Serialize)]
pub struct Saved {
    pub name: String,
    pub created: bool,
    pub steps: usize,
    pub policy: serde_json::Value,
}

/// Checks the downgrade targets exist (not archived).
async fn check_plans(conn: &mut PgConnection, policy: &Policy) -> Result<Vec<PolicyError>> {
    let mut errors = Vec::new();
    for (step, code) in policy.downgrade_plans() {
        match plans::find_plan(conn, code).await? {
            Some(p) if p.archived_at.is_none() => {}
            Some(_) => errors.push(PolicyError {
                field: format!("step {step}, actions"),
                line: None,
                reason: format!("downgrade:{code}: plan '{code}' is archived and takes no subscriptions"),
            }),
            None => errors.push(PolicyError {
                field: format!("step {step}, actions"),
                line: None,
                reason: format!("downgrade:{code}: there is no plan '{code}' (see `billctl plan list`)"),
            }),
        }
    }
    Ok(errors)
}

/// `dunning policy set NAME --file FILE`: validates fully, then saves (creates or replaces).
pub async fn set(cx: &Context, name: &str, file: &Path) -> Result<Saved> {
    check_name(name)?;
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| {
        error::usage(format!("cannot read {shown}: {e}")).hint("give a readable policy.toml or policy.json")
    })?;
    let policy = dunning::parse(&text, Format::of_path(&shown)).map_err(|e| invalid(&shown, &e))?;
    let mut tx = cx.pool.begin().await?;
    let missing = check_plans(&mut tx, &policy).await?;
    if !missing.is_empty() {
        return Err(invalid(&shown, &missing).into());
    }
    let body = policy.to_json();
    let now = cx.clock.now();
    let created = repo::upsert_policy(&mut tx, name, &body, now).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: now,
            action: if created { "dunning_policy.create" } else { "dunning_policy.update" },
            entity_type: "dunning_policy",
            entity_id: name,
            account_id: None,
            before: None,
            after: Some(body.clone()),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Saved { name: name.to_string(), created, steps: policy.steps.len(), policy: body })
}

/// A policy as `policy show` and `policy list` give it.
#[derive(Debug, Clone, Serialize)]
pub struct Shown {
    pub name: String,
    /// The built-in default (no stored policy of that name).
    pub builtin: bool,
    pub accounts: i64,
    pub updated_at: Option<DateTime<Utc>>,
    pub policy: serde_json::Value,
    #[serde(skip)]
    pub parsed: Policy,
}

fn parsed(name: &str, body: &serde_json::Value) -> Result<Policy> {
    dunning::from_json(body).map_err(|e| {
        error::internal(format!("the stored dunning policy '{name}' is not valid"))
            .details(e.iter().map(ToString::to_string).collect())
            .hint(format!("save it again with `billctl dunning policy set {name} --file …`"))
            .into()
    })
}

pub async fn show(cx: &Context, name: &str) -> Result<Shown> {
    let mut conn = cx.pool.acquire().await?;
    match repo::find_policy(&mut conn, name).await? {
        Some(row) => {
            let p = parsed(&row.name, &row.body)?;
            Ok(Shown {
                name: row.name,
                builtin: false,
                accounts: row.accounts,
                updated_at: Some(row.updated_at),
                policy: row.body,
                parsed: p,
            })
        }
        None if name == DEFAULT_POLICY => {
            let p = Policy::default();
            Ok(Shown {
                name: name.into(),
                builtin: true,
                accounts: 0,
                updated_at: None,
                policy: p.to_json(),
                parsed: p,
            })
        }
        None => Err(error::not_found(format!("no dunning policy '{name}'"))
            .hint("list them with `billctl dunning policy list`")
            .into()),
    }
}

/// Every stored policy, and the built-in default unless a stored one replaces it.
pub async fn list(cx: &Context) -> Result<Vec<Shown>> {
    let mut conn = cx.pool.acquire().await?;
    let rows = repo::list_policies(&mut conn).await?;
    let mut out = Vec::new();
    if !rows.iter().any(|r| r.name == DEFAULT_POLICY) {
        let p = Policy::default();
        out.push(Shown {
            name: DEFAULT_POLICY.into(),
            builtin: true,
            accounts: 0,
            updated_at: None,
            policy: p.to_json(),
            parsed: p,
        });
    }
    for r in rows {
        let p = parsed(&r.name, &r.body)?;
        out.push(Shown {
            name: r.name,
            builtin: false,
            accounts: r.accounts,
            updated_at: Some(r.updated_at),
            policy: r.body,
            parsed: p,
        });
    }
    Ok(out)
}

/// Every policy in force, parsed once (the tick).
#[derive(Debug, Clone)]
pub struct Policies {
    named: HashMap<String, Policy>,
    bad: HashMap<String, String>,
    default: Policy,
}

impl Policies {
    pub async fn load(conn: &mut PgConnection) -> Result<Policies> {
        let mut named = HashMap::new();
        let mut bad = HashMap::new();
        for (name, body) in repo::policy_bodies(conn).await? {
            match dunning::from_json(&body) {
                Ok(p) => {
                    named.insert(name, p);
                }
                Err(e) => {
                    bad.insert(name, e.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "));
                }
            }
        }
        let default = named.get(DEFAULT_POLICY).cloned().unwrap_or_default();
        Ok(Policies { named, bad, default })
    }

    /// The policy of an account (`None`: the default) and its name.
    pub fn of(&self, name: Option<&str>) -> Result<(&str, &Policy), String> {
        match name {
            None => Ok((DEFAULT_POLICY, &self.default)),
            Some(n) => match self.named.get(n) {
                Some(p) => Ok((self.named.get_key_value(n).map_or(DEFAULT_POLICY, |(k, _)| k.as_str()), p)),
                None => Err(match self.bad.get(n) {
                    Some(why) => format!("the stored dunning policy '{n}' is not valid: {why}"),
                    None => format!("the dunning policy '{n}' does not exist"),
                }),
            },
        }
    }
}

/// The payment retry schedule of an account: its dunning policy's (one source of truth).
pub async fn retry_schedule(conn: &mut PgConnection, account_id: &str) -> Result<RetrySchedule> {
    let name = repo::account_setting(conn, account_id).await?.and_then(|s| s.dunning_policy);
    let name = name.as_deref().unwrap_or(DEFAULT_POLICY);
    match repo::find_policy(conn, name).await? {
        Some(row) => Ok(parsed(name, &row.body)?.retry),
        None => Ok(Policy::default().retry),
    }
}

/// A change to an account's dunning settings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountChange {
    /// `Some(name)`: use this policy (`default` = the default).
    pub policy: Option<String>,
    /// `Some(true)`: exclude the account from dunning; `Some(false)`: include it again.
    pub excluded: Option<bool>,
}

impl AccountChange {
    pub fn is_empty(&self) -> bool {
        self.policy.is_none() && self.excluded.is_none()
    }
}

/// Applies an account's dunning change (in its own transaction, audited); the settings after and
/// whether anything changed.
pub async fn set_account(cx: &Context, key: &str, change: &AccountChange) -> Result<(AccountSetting, bool)> {
    let mut tx = cx.pool.begin().await?;
    let before = repo::account_setting_for_update(&mut tx, key)
        .await?
        .ok_or_else(|| error::not_found(format!("no account '{key}'")).hint("list them with `billctl account list`"))?;
    let mut after = before.clone();
    if let Some(p) = &change.policy {
        if p == DEFAULT_POLICY {
            after.dunning_policy = None;
        } else {
            check_name(p)?;
            if repo::find_policy(&mut tx, p).await?.is_none() {
                return Err(error::not_found(format!("no dunning policy '{p}'"))
                    .hint(format!("save it first with `billctl dunning policy set {p} --file policy.toml`"))
                    .into());
            }
            after.dunning_policy = Some(p.clone());
        }
    }
    if let Some(x) = change.excluded {
        after.dunning_excluded = x;
    }
    if after == before {
        return Ok((after, false));
    }
    repo::set_account_setting(&mut tx, &after.id, after.dunning_policy.as_deref(), after.dunning_excluded).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: cx.clock.now(),
            action: "account.dunning",
            entity_type: "account",
            entity_id: &after.id,
            account_id: Some(&after.id),
            before: Some(serde_json::json!({"dunning_policy": before.dunning_policy, "dunning_excluded": before.dunning_excluded})),
            after: Some(serde_json::json!({"dunning_policy": after.dunning_policy, "dunning_excluded": after.dunning_excluded})),
        },
    )
    .await?;
    tx.commit().await?;
    Ok((after, true))
}
