//! `billctl seed --file fixtures.json`: a declared set of plans, accounts and subscriptions, loaded
//! through the same use cases as the commands (validation, history, audit). Idempotent: plans are
//! keyed by code, accounts and subscriptions by external id; what exists is left as it is, so
//! loading the same file twice changes nothing.

use super::Context;
use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Result;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::account::AccountInput;
use crate::domain::catalog::PlanDef;
use crate::error;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureFile {
    #[serde(default)]
    pub plans: Vec<PlanDef>,
    #[serde(default)]
    pub accounts: Vec<FixtureAccount>,
    #[serde(default)]
    pub subscriptions: Vec<FixtureSubscription>,
}

#[derive(Debug, Deserialize)]
pub struct FixtureAccount {
    pub external_id: String,
    #[serde(flatten)]
    pub fields: AccountInput,
    #[serde(default)]
    pub metadata: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FixtureSubscription {
    pub external_id: String,
    /// The account's external id.
    pub account: String,
    /// The plan code.
    pub plan: String,
    #[serde(default)]
    pub quantity: Option<u32>,
    #[serde(default)]
    pub start: Option<NaiveDate>,
    #[serde(default)]
    pub trial_days: Option<u32>,
    #[serde(default)]
    pub anchor: Option<NaiveDate>,
}

#[derive(Debug, Default, Serialize)]
pub struct Loaded {
    pub plans_created: u64,
    pub plans_existing: u64,
    pub accounts_created: u64,
    pub accounts_existing: u64,
    pub subscriptions_created: u64,
    pub subscriptions_existing: u64,
}

pub fn read(path: &Path) -> Result<FixtureFile> {
    let text =
        std::fs::read_to_string(path).map_err(|e| error::usage(format!("cannot read {}: {e}", path.display())))?;
    Ok(serde_json::from_str(&text).map_err(|e| {
        error::usage(format!("{} is not a valid fixture file: {e}", path.display()))
            .hint("top-level keys: plans (as `plan show --format json` definitions), accounts, subscriptions")
    })?)
}

/// Loads the file; each object in its own transaction (through the normal use cases).
pub async fn load(cx: &Context, file: &FixtureFile) -> Result<Loaded> {
    let mut out = Loaded::default();
    for p in &file.plans {
        if super::plans::show(cx, &p.code, None).await.is_ok() {
            out.plans_existing += 1;
        } else {
            super::plans::create(cx, p).await?;
            out.plans_created += 1;
        }
    }
    for a in &file.accounts {
        if super::accounts::show(cx, &a.external_id).await.is_ok() {
            out.accounts_existing += 1;
            continue;
        }
        let mut input = a.fields.clone();
        input.external_id = Some(a.external_id.clone());
        super::accounts::create(cx, &input, a.metadata.clone()).await?;
        out.accounts_created += 1;
    }
    for s in &file.subscriptions {
        if super::subscriptions::show(cx, &s.external_id).await.is_ok() {
            out.subscriptions_existing += 1;
            continue;
        }
        let input = super::subscriptions::CreateInput {
            account: s.account.clone(),
            plan: s.plan.clone(),
            quantity: s.quantity,
            start: s.start,
            trial_days: s.trial_days,
            anchor: s.anchor,
            external_id: Some(s.external_id.clone()),
            // A fixture file states its dates on purpose: no confirmation for a backfill.
            confirmed: true,
            max_trial_days: None,
        };
        super::subscriptions::create(cx, &input).await?;
        out.subscriptions_created += 1;
    }
    Ok(out)
}
