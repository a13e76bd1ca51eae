//! `billctl subscription create|list|show|change|cancel|pause|resume`.

use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::subscriptions::{self as subs, ChangeInput, ChangeOutcome, CreateInput, StateOutcome, When};
use crate::domain::catalog::ChargeKind;
use crate::domain::lifecycle::SubStatus;
use crate::error;
use crate::render::{Format, amount, cell, money};
use crate::store::accounts::Filter as AccountFilter;
use crate::store::subscriptions::Filter;

super::page_args!(SubscriptionPage, Subscription, "subscription");

#[derive(Debug, Subcommand)]
pub enum SubscriptionCmd {
    /// Subscribe an account to a plan (at a terminal, pick the account and plan from lists)
    #[command(
        after_help = "Example:\n  billctl subscription create --account acct_… --plan pro --quantity 3 --start 2026-01-31\n\n\
            A --start more than one billing period in the past (the next invoice run bills every period\n\
            since, and says how many), or a trial longer than max_trial_days (default 365), asks for\n\
            confirmation at a terminal and needs --yes in scripts."
    )]
    Create(CreateArgs),
    /// List subscriptions
    #[command(after_help = "Pages: pass the last id shown to --after to get the next page.\n\n\
        Examples:\n  billctl subscription list --account acct_… --status active\n  \
        billctl subscription list --plan pro --format csv")]
    List(ListArgs),
    /// Show a subscription with its history and pending proration charges
    #[command(
        after_help = "Examples:\n  billctl subscription show sub_…\n  billctl subscription show sub_… --format json"
    )]
    Show {
        /// Subscription id (sub_…) or external id
        subscription: String,
    },
    /// Change plan or quantity, now (prorated) or at the end of the period
    #[command(after_help = "Proration: the unused days of the period already invoiced are credited and the same\n\
        days of the new plan charged, by calendar day in the account's time zone. A net charge is\n\
        invoiced at once on a numbered invoice (--invoice now, the default; proration_invoicing in\n\
        config.toml changes it), open for `billctl payment collect`; with --invoice next, and for a net\n\
        credit, the lines go on the subscription's next invoice. --dry-run prints exactly those lines\n\
        and writes nothing.\n\n\
        Example:\n  billctl subscription change sub_… --plan pro-annual --quantity 5 --invoice now")]
    Change(ChangeArgs),
    /// Cancel now (optionally crediting unused time) or at the end of the period
    #[command(after_help = "Metered usage of the last days served (up to the cancellation, which refuses later\n\
        usage) and any proration still pending go on a final invoice at the next invoice run.\n\n\
        Examples:\n  billctl subscription cancel sub_…                      # at the end of the period\n  \
        billctl subscription cancel sub_… --at now --credit    # now, crediting the unused days")]
    Cancel(CancelArgs),
    /// Pause billing (optionally until a date); cancels after --max-days (default 90) unless resumed
    #[command(after_help = "Metered usage before the pause goes on a supplemental invoice at the next invoice run;\n\
        nothing is billed while paused. Resuming starts a new billing cycle.\n\n\
        Examples:\n  billctl subscription pause sub_… --until 2026-03-01\n  \
        billctl subscription pause sub_… --max-days 30 --credit")]
    Pause(PauseArgs),
    /// Resume a paused subscription; a new billing cycle starts today
    #[command(after_help = "Only a paused subscription can be resumed (exit 4 otherwise).\n\nExample:\n  \
        billctl subscription resume sub_…")]
    Resume {
        /// Subscription id (sub_…) or external id
        subscription: String,
    },
}

/// `--quantity`: a whole number within the stored limit (see `domain::validate::quantity`).
pub fn parse_quantity(text: &str) -> Result<u32, String> {
    crate::domain::validate::quantity(text, "quantity").map_err(|e| e.to_string())
}

fn parse_date(text: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date (YYYY-MM-DD)"))
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Account id or external id
    #[arg(long)]
    pub account: Option<String>,
    /// Plan code (its latest version is used)
    #[arg(long)]
    pub plan: Option<String>,
    /// Seats (multiplies per-seat prices), 1 to 2147483647
    #[arg(long, value_parser = parse_quantity)]
    pub quantity: Option<u32>,
    /// First day of service (default: today in the account's time zone)
    #[arg(long, value_parser = parse_date)]
    pub start: Option<NaiveDate>,
    /// Trial days (default: the plan's)
    #[arg(long, conflicts_with = "no_trial")]
    pub trial_days: Option<u32>,
    /// No trial even if the plan has one
    #[arg(long)]
    pub no_trial: bool,
    /// Billing anchor date (default: first paid day); days before it are billed as a prorated stub
    #[arg(long, value_parser = parse_date)]
    pub anchor: Option<NaiveDate>,
    /// Your own unique key for this subscription
    #[arg(long)]
    pub external_id: Option<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this account (id or external id)
    #[arg(long)]
    pub account: Option<String>,
    /// Only this status: trialing, active, paused, canceled
    #[arg(long)]
    pub status: Option<String>,
    /// Only this plan code
    #[arg(long)]
    pub plan: Option<String>,
    #[command(flatten)]
    pub page: SubscriptionPage,
}

#[derive(Debug, Args)]
pub struct ChangeArgs {
    /// Subscription id (sub_…) or external id
    pub subscription: String,
    /// New plan code (its latest version); the same code moves to the latest version
    #[arg(long)]
    pub plan: Option<String>,
    /// New quantity, 1 to 2147483647
    #[arg(long, value_parser = parse_quantity)]
    pub quantity: Option<u32>,
    /// When the change takes effect
    #[arg(long, value_enum, default_value = "now")]
    pub at: When,
    /// When a net charge is invoiced: now (a numbered invoice issued at once) or with the next
    /// invoice of the subscription [default: proration_invoicing in config.toml, else now]
    #[arg(long, value_enum)]
    pub invoice: Option<subs::InvoiceTiming>,
    /// Show the proration lines the invoice run will produce; write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct CancelArgs {
    /// Subscription id (sub_…) or external id
    pub subscription: String,
    /// When the cancellation takes effect: at the end of the current period, or now
    #[arg(long, value_enum, default_value = "period-end")]
    pub at: When,
    /// With --at now: correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)
    #[arg(long)]
    pub credit: bool,
    /// Show exactly what it would do (the same checks and amounts) and write nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, Args)]
pub struct PauseArgs {
    /// Subscription id (sub_…) or external id
    pub subscription: String,
    /// Resume automatically on this date
    #[arg(long, value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// Cancel automatically after this many days paused
    #[arg(long)]
    pub max_days: Option<u32>,
    /// Correct the unused, already invoiced days on their invoice (credit only what was paid; an unpaid invoice is reduced or voided)
    #[arg(long)]
    pub credit: bool,
}

fn print_change(ctx: &Ctx, o: &ChangeOutcome) -> Result<()> {
    let rows: Vec<Vec<String>> = o
        .lines
        .iter()
        .map(|l| {
            vec![
                l.kind.as_str().to_string(),
                l.description.clone(),
                l.quantity.to_string(),
                l.service_start.to_string(),
                l.service_end.to_string(),
                amount(l.amount_minor, &o.currency),
                o.currency.to_string(),
            ]
        })
        .collect();
    if ctx.out.format == Format::Table {
        ctx.out.line(format!(
            "{}: {} ×{} → {} ×{} ({}, effective {})",
            o.subscription.id, o.from_plan, o.from_quantity, o.to_plan, o.to_quantity, o.note, o.effective_date
        ))?;
        if rows.is_empty() {
            ctx.out.line("no proration lines")?;
            return Ok(());
        }
    }
    ctx.out.value(
        o,
        &["kind", "description", "quantity", "service_start", "service_end", "amount", "currency"],
        rows,
    )?;
    if ctx.out.format == Format::Table {
        match &o.invoice {
            Some(i) => ctx.out.line(format!(
                "invoiced now: {} total {} due {} (collect with `billctl payment collect`)",
                i.invoice.number.as_deref().unwrap_or_default(),
                money(i.invoice.total, &o.currency),
                cell(&i.invoice.due_on)
            ))?,
            None if o.invoiced_now => ctx
                .out
                .line(format!("net {} invoiced at once, on a numbered invoice", money(o.net_minor, &o.currency)))?,
            None => ctx.out.line(format!("net on the next invoice: {}", money(o.net_minor, &o.currency)))?,
        }
    }
    Ok(())
}

fn print_state(ctx: &Ctx, o: &StateOutcome) -> Result<()> {
    let s = &o.subscription;
    let rows = vec![
        vec!["id".into(), s.id.clone()],
        vec!["status".into(), s.status.to_string()],
        vec!["effective".into(), o.effective_date.to_string()],
        vec!["credit granted".into(), money(o.credit_minor, &s.currency)],
        vec!["note".into(), o.note.clone()],
    ];
    let mut rows = rows;
    if let Some(c) = &o.correction {
        rows.insert(4, vec!["unused time".into(), c.message.clone()]);
    }
    ctx.out.value(o, &["field", "value"], rows)
}

/// Picks an account and a plan from lists (wizard for `create`).
async fn pick(ctx: &Ctx, args: &mut CreateArgs) -> Result<()> {
    use dialoguer::{FuzzySelect, Input};
    let cx = ctx.app().await?;
    if args.account.is_none() {
        let filter = AccountFilter { limit: 500, ..Default::default() };
        let accounts = crate::app::accounts::list(&cx, &filter).await?;
        if accounts.is_empty() {
            return Err(error::usage("there are no accounts yet")
                .hint("create one with `billctl account create`")
                .into());
        }
        let items: Vec<String> =
            accounts.iter().map(|a| format!("{} <{}> {} ({})", a.name, a.email, a.currency, a.id)).collect();
        let i = FuzzySelect::new().with_prompt("Account").items(&items).default(0).interact()?;
        args.account = Some(accounts[i].id.clone());
    }
    if args.plan.is_none() {
        let plans = crate::app::plans::list(&cx, false).await?;
        if plans.is_empty() {
            return Err(error::usage("there are no plans yet").hint("create one with `billctl plan create`").into());
        }
        let items: Vec<String> =
            plans.iter().map(|p| format!("{} — {} ({}, {})", p.code, p.name, p.interval_unit, p.currencies)).collect();
        let i = FuzzySelect::new().with_prompt("Plan").items(&items).default(0).interact()?;
        args.plan = Some(plans[i].code.clone());
    }
    // Seats only matter on a plan with a per-seat price (in the account's currency).
    if args.quantity.is_none() && per_seat(&cx, args).await? {
        let seats: String = Input::new()
            .with_prompt("Seats")
            .default("1".into())
            .validate_with(|s: &String| {
                crate::domain::validate::quantity(s, "seats").map(|_| ()).map_err(|e| e.to_string())
            })
            .interact_text()?;
        args.quantity = Some(crate::domain::validate::quantity(&seats, "seats")?);
    }
    Ok(())
}

/// Whether the chosen plan (its latest version) charges per seat in the chosen account's currency.
async fn per_seat(cx: &crate::app::Context, args: &CreateArgs) -> Result<bool> {
    let (Some(account), Some(plan)) = (&args.account, &args.plan) else { return Ok(false) };
    let currency = crate::app::accounts::show(cx, account).await?.currency;
    let detail = crate::app::plans::show(cx, plan, None).await?;
    let prices = crate::app::catalog::price_defs(&detail)?;
    Ok(prices.iter().any(|p| p.kind == ChargeKind::PerSeat && p.currency == currency))
}

pub async fn run(ctx: &Ctx, cmd: SubscriptionCmd) -> Result<ExitCode> {
    match cmd {
        SubscriptionCmd::Create(mut a) => {
            if a.account.is_none() || a.plan.is_none() {
                if ctx.interactive() {
                    pick(ctx, &mut a).await?;
                } else {
                    let missing: Vec<&str> = [("--account", a.account.is_none()), ("--plan", a.plan.is_none())]
                        .into_iter()
                        .filter_map(|(f, m)| m.then_some(f))
                        .collect();
                    return Err(error::usage(format!("missing required flag(s): {}", missing.join(", ")))
                        .hint("example: billctl subscription create --account acct_… --plan pro")
                        .into());
                }
            }
            let mut input = CreateInput {
                account: a.account.clone().unwrap_or_default(),
                plan: a.plan.clone().unwrap_or_default(),
                quantity: a.quantity,
                start: a.start,
                trial_days: if a.no_trial { Some(0) } else { a.trial_days },
                anchor: a.anchor,
                external_id: a.external_id.clone(),
                confirmed: ctx.yes,
                max_trial_days: Some(ctx.cfg.max_trial_days.0),
            };
            let s = match subs::create(&ctx.app().await?, &input).await {
                Ok(s) => s,
                Err(e) => {
                    ctx.confirm_after(e)?;
                    input.confirmed = true;
                    subs::create(&ctx.app().await?, &input).await?
                }
            };
            let d = subs::show(&ctx.app().await?, &s.id).await?;
            crate::render::detail::subscription(&ctx.out, &d)?;
            ctx.out.success(format!("created {} ({}), first bill on {}", s.id, s.status, s.next_bill_date));
        }
        SubscriptionCmd::List(a) => {
            let cx = ctx.app().await?;
            let account_id = match &a.account {
                Some(k) => Some(crate::app::accounts::show(&cx, k).await?.id),
                None => None,
            };
            let plan_id = match &a.plan {
                Some(k) => Some(crate::app::plans::show(&cx, k, None).await?.plan.id),
                None => None,
            };
            let status = a
                .status
                .as_deref()
                .map(|s| {
                    s.parse::<SubStatus>().map_err(|_| {
                        error::usage(format!("--status '{s}' is not trialing, active, paused or canceled"))
                    })
                })
                .transpose()?;
            let f = Filter { account_id, status, plan_id, after: a.page.after.clone(), limit: a.page.limit };
            let rows = subs::list(&cx, &f).await?;
            ctx.out.list(&rows)?;
            if rows.len() as i64 == a.page.limit
                && let Some(last) = rows.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.sub.id));
            }
        }
        SubscriptionCmd::Show { subscription } => {
            let d = subs::show(&ctx.app().await?, &subscription).await?;
            crate::render::detail::subscription(&ctx.out, &d)?;
        }
        SubscriptionCmd::Change(a) => change(ctx, a).await?,
        SubscriptionCmd::Cancel(a) => {
            let cx = ctx.app().await?;
            // Canceling now ends the service today (and may correct an invoice): confirm it; a
            // cancel at period end can be undone with `resume` until then.
            let destructive = matches!(a.at, When::Now);
            if destructive || a.dry_run {
                let preview = subs::cancel(&cx, &a.subscription, a.at, a.credit, true);
                if let Some(p) = ctx.preview_destructive(a.dry_run, preview).await? {
                    print_state(ctx, &p)?;
                    if ctx.ask_destructive(a.dry_run, &format!("Cancel subscription {} now?", p.subscription.id))? {
                        return Ok(ExitCode::SUCCESS);
                    }
                }
            }
            let o = subs::cancel(&cx, &a.subscription, a.at, a.credit, false).await?;
            print_state(ctx, &o)?;
        }
        SubscriptionCmd::Pause(a) => {
            let o = subs::pause(&ctx.app().await?, &a.subscription, a.until, a.max_days, a.credit).await?;
            print_state(ctx, &o)?;
        }
        SubscriptionCmd::Resume { subscription } => {
            let o = subs::resume(&ctx.app().await?, &subscription).await?;
            print_state(ctx, &o)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn change(ctx: &Ctx, mut a: ChangeArgs) -> Result<()> {
    let cx = ctx.app().await?;
    let wizard = a.plan.is_none() && a.quantity.is_none() && ctx.interactive();
    if a.plan.is_none() && a.quantity.is_none() && !wizard {
        return Err(error::usage("nothing to change: give --plan and/or --quantity")
            .hint("preview first with --dry-run, e.g. billctl subscription change sub_… --plan pro --dry-run")
            .into());
    }
    if wizard {
        use dialoguer::{FuzzySelect, Input};
        let current = subs::show(&cx, &a.subscription).await?;
        let plans = crate::app::plans::list(&cx, false).await?;
        let items: Vec<String> = plans.iter().map(|p| format!("{} — {} ({})", p.code, p.name, p.currencies)).collect();
        let default = plans.iter().position(|p| p.code == current.plan_code).unwrap_or(0);
        let i = FuzzySelect::new().with_prompt("New plan").items(&items).default(default).interact()?;
        a.plan = Some(plans[i].code.clone());
        a.quantity = Some(
            Input::new()
                .with_prompt("Quantity")
                .default(current.subscription.quantity.max(1) as u32)
                .interact_text()?,
        );
    }
    let input = ChangeInput {
        subscription: a.subscription.clone(),
        plan: a.plan.clone(),
        quantity: a.quantity,
        when: a.at,
        invoice: a.invoice.unwrap_or_else(|| subs::InvoiceTiming::from_setting(&ctx.cfg.proration_invoicing.0)),
    };
    // No preview transaction unless someone looks at it: it would take and drop the locks, and an
    // invoice run could slip in between the preview and the change.
    if a.dry_run || wizard {
        let preview = subs::change(&cx, &input, true).await?;
        print_change(ctx, &preview)?;
        if a.dry_run {
            ctx.out.info("dry run: nothing was written");
            return Ok(());
        }
        if !ctx.confirm("Apply this change?")? {
            ctx.out.info("nothing changed");
            return Ok(());
        }
    }
    let done = subs::change(&cx, &input, false).await?;
    if !wizard {
        print_change(ctx, &done)?;
    }
    ctx.out.success(format!("changed {}", done.subscription.id));
    Ok(())
}
