//! `billctl plan create|edit|list|show|archive`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::plans::{self, Edit};
use crate::domain::catalog::{ChargeKind, PlanDef, PriceDef, parse_amount_flag, parse_metered_flag};
use crate::domain::period::IntervalUnit;
use crate::error::{self, UserError};

const PRICE_HELP: &str = "Prices (repeat a flag for each currency):
  --price EUR:29.00                    flat amount per period
  --seat-price EUR:10.00               per seat per period (times the subscription quantity)
  --metered api_calls:graduated:USD:10000@0,100000@0.002,inf@0.001
                                       usage in arrears; tiers are UPTO@UNIT_PRICE[+FLAT_FEE];
                                       modes: graduated (each unit at its tier), volume (all units
                                       at the tier the total reaches), package (SIZE@PRICE per
                                       started package, e.g. gb:package:EUR:1000@5)
Or describe the whole plan in JSON with --file (see `billctl plan show CODE --format json`).";

const CREATE_HELP: &str = "Examples:
  billctl plan create --code pro --name Pro --price EUR:29 --price USD:32 --seat-price EUR:10
  billctl plan create --code api --name API --price USD:20 --metered calls:graduated:USD:1000@0,inf@0.002
  billctl plan show pro --format json > pro.json && billctl plan create --file pro.json";

const EDIT_HELP: &str = "Examples:
  billctl plan edit pro --name \"Pro (2027)\"
  billctl plan edit pro --price EUR:35 --seat-price EUR:12   # a new version with these prices only";

#[derive(Debug, Subcommand)]
pub enum PlanCmd {
    /// Create a plan (version 1) with its prices per currency
    #[command(after_help = format!("{PRICE_HELP}\n\n{CREATE_HELP}"))]
    Create(CreateArgs),
    /// Change a plan: name in place; interval, trial or prices as a new version (subscriptions stay on theirs)
    #[command(after_help = format!("{PRICE_HELP}\n\n{EDIT_HELP}"))]
    Edit(EditArgs),
    /// List plans with their latest version
    #[command(after_help = "Examples:\n  billctl plan list\n  billctl plan list --archived --format csv")]
    List {
        /// Include archived plans
        #[arg(long)]
        archived: bool,
    },
    /// Show a plan version with its prices and tiers
    #[command(after_help = "The JSON form can be fed back to `billctl plan create --file`.\n\n\
        Examples:\n  billctl plan show pro\n  billctl plan show pro --version 1 --format json")]
    Show {
        /// Plan code or id
        plan: String,
        /// Version number (default: latest)
        #[arg(long)]
        version: Option<i32>,
    },
    /// Archive a plan: existing subscriptions continue, no new ones
    #[command(after_help = "Example:\n  billctl plan archive pro-2025")]
    Archive {
        /// Plan code or id
        plan: String,
    },
}

#[derive(Debug, Args, Default)]
pub struct PriceFlags {
    /// Flat price per period, CURRENCY:AMOUNT (repeatable)
    #[arg(long = "price", value_name = "CUR:AMOUNT")]
    pub flat: Vec<String>,
    /// Per-seat price per period, CURRENCY:AMOUNT (repeatable)
    #[arg(long = "seat-price", value_name = "CUR:AMOUNT")]
    pub seat: Vec<String>,
    /// Metered price, METRIC:MODE:CURRENCY:TIERS (repeatable)
    #[arg(long, value_name = "SPEC")]
    pub metered: Vec<String>,
}

impl PriceFlags {
    fn is_empty(&self) -> bool {
        self.flat.is_empty() && self.seat.is_empty() && self.metered.is_empty()
    }
    fn parse(&self) -> Result<Vec<PriceDef>, UserError> {
        let mut out = Vec::new();
        for f in &self.flat {
            out.push(parse_amount_flag(f, ChargeKind::Flat, "price")?);
        }
        for f in &self.seat {
            let mut p = parse_amount_flag(f, ChargeKind::PerSeat, "seat-price")?;
            p.description = "Seats".into();
            out.push(p);
        }
        for f in &self.metered {
            let mut p = parse_metered_flag(f)?;
            p.description = p.metric.clone().unwrap_or_default();
            out.push(p);
        }
        Ok(out)
    }
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Unique code (letters, digits, - and _), e.g. pro-monthly
    #[arg(long, required_unless_present = "file")]
    pub code: Option<String>,
    /// Display name on invoices
    #[arg(long, required_unless_present = "file")]
    pub name: Option<String>,
    /// Longer description of the plan
    #[arg(long)]
    pub description: Option<String>,
    /// Billing interval
    #[arg(long, value_enum, default_value = "month")]
    pub interval: IntervalArg,
    /// Number of intervals per period (e.g. 3 with month = quarterly)
    #[arg(long, default_value_t = 1)]
    pub interval_count: u32,
    /// Free trial days for new subscriptions
    #[arg(long, default_value_t = 0)]
    pub trial_days: u32,
    #[command(flatten)]
    pub prices: PriceFlags,
    /// The whole plan as JSON (code, name, interval, interval_count, trial_days, prices)
    #[arg(long, conflicts_with_all = ["code", "name", "flat", "seat", "metered"])]
    pub file: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// Plan code or id
    pub plan: String,
    /// New display name (changed in place, no new version)
    #[arg(long)]
    pub name: Option<String>,
    /// New description (changed in place, no new version)
    #[arg(long)]
    pub description: Option<String>,
    /// New billing interval (a new version)
    #[arg(long, value_enum)]
    pub interval: Option<IntervalArg>,
    /// New number of intervals per period (a new version)
    #[arg(long)]
    pub interval_count: Option<u32>,
    /// New free trial days for new subscriptions (a new version)
    #[arg(long)]
    pub trial_days: Option<u32>,
    /// Price flags replace ALL prices of the new version when any is given
    #[command(flatten)]
    pub prices: PriceFlags,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum IntervalArg {
    Day,
    Week,
    Month,
    Year,
}

impl From<IntervalArg> for IntervalUnit {
    fn from(a: IntervalArg) -> Self {
        match a {
            IntervalArg::Day => IntervalUnit::Day,
            IntervalArg::Week => IntervalUnit::Week,
            IntervalArg::Month => IntervalUnit::Month,
            IntervalArg::Year => IntervalUnit::Year,
        }
    }
}

/// A plan definition from JSON: either the definition itself or what `plan show --format json`
/// prints (`{"plan": …, "version": …, "prices": […]}`), so that a shown plan can be created again.
fn plan_def_from_json(text: &str) -> serde_json::Result<PlanDef> {
    use serde_json::{Value, json};
    let v: Value = serde_json::from_str(text)?;
    let (Some(plan), Some(version)) = (v.get("plan"), v.get("version")) else {
        return serde_json::from_value(v);
    };
    let prices: Vec<Value> = v
        .get("prices")
        .and_then(Value::as_array)
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    let mut p = p.clone();
                    if let Some(o) = p.as_object_mut() {
                        let size = o.remove("package_size").filter(|x| !x.is_null());
                        let price = o.remove("package_price").filter(|x| !x.is_null());
                        if let (Some(size), Some(price)) = (size, price) {
                            o.insert("package".into(), json!({ "size": size, "price": price }));
                        }
                    }
                    p
                })
                .collect()
        })
        .unwrap_or_default();
    serde_json::from_value(json!({
        "code": plan.get("code"),
        "name": plan.get("name"),
        "description": plan.get("description"),
        "interval": version.get("interval_unit"),
        "interval_count": version.get("interval_count"),
        "trial_days": version.get("trial_days"),
        "prices": prices,
    }))
}

pub async fn run(ctx: &Ctx, cmd: PlanCmd) -> Result<ExitCode> {
    match cmd {
        PlanCmd::Create(a) => {
            let def = match &a.file {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .with_context(|| format!("cannot read {}", path.display()))
                        .map_err(|e| error::usage(format!("{e:#}")))?;
                    plan_def_from_json(&text).map_err(|e| {
                        error::usage(format!("{} is not a valid plan definition: {e}", path.display()))
                            .hint("see `billctl plan show CODE --format json` for the shape")
                    })?
                }
                None => {
                    if a.prices.is_empty() {
                        return Err(error::usage("a plan needs at least one price")
                            .hint("add e.g. --price EUR:29.00 (see `billctl plan create --help`)")
                            .into());
                    }
                    PlanDef {
                        code: a.code.clone().unwrap_or_default(),
                        name: a.name.clone().unwrap_or_default(),
                        description: a.description.clone(),
                        interval: a.interval.into(),
                        interval_count: a.interval_count,
                        trial_days: a.trial_days,
                        prices: a.prices.parse()?,
                    }
                }
            };
            let d = plans::create(&ctx.app().await?, &def).await?;
            crate::render::detail::plan(&ctx.out, &d, &crate::app::catalog::price_defs(&d).map_err(UserError::from)?)?;
            ctx.out.success(format!("created plan {} (version 1)", d.plan.code));
        }
        PlanCmd::Edit(a) => {
            let edit = Edit {
                name: a.name.clone(),
                description: a.description.clone(),
                interval: a.interval.map(Into::into),
                interval_count: a.interval_count,
                trial_days: a.trial_days,
                prices: if a.prices.is_empty() { None } else { Some(a.prices.parse()?) },
            };
            let (d, versioned) = plans::edit(&ctx.app().await?, &a.plan, &edit).await?;
            crate::render::detail::plan(&ctx.out, &d, &crate::app::catalog::price_defs(&d).map_err(UserError::from)?)?;
            if versioned {
                ctx.out.success(format!(
                    "created version {} of {}; existing subscriptions stay on their version until changed",
                    d.version.version, d.plan.code
                ));
            } else {
                ctx.out.success(format!("updated {} (no price change, same version)", d.plan.code));
            }
        }
        PlanCmd::List { archived } => {
            let rows = plans::list(&ctx.app().await?, archived).await?;
            ctx.out.list(&rows)?;
        }
        PlanCmd::Show { plan, version } => {
            let d = plans::show(&ctx.app().await?, &plan, version).await?;
            crate::render::detail::plan(&ctx.out, &d, &crate::app::catalog::price_defs(&d).map_err(UserError::from)?)?;
        }
        PlanCmd::Archive { plan } => {
            let (p, changed) = plans::archive(&ctx.app().await?, &plan).await?;
            ctx.out.success(if changed {
                format!("archived {}", p.code)
            } else {
                format!("{} was already archived", p.code)
            });
        }
    }
    Ok(ExitCode::SUCCESS)
}
