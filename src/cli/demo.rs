//! `billctl demo`: the main job on a small scale, end to end, on the sandbox gateway.

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use clap::Args;
use tokio::sync::OnceCell;

use super::Ctx;
use crate::app::{demo, payment_gateway, payments::Mode};

const AFTER_HELP: &str = "\
What it does, with the real commands:
  1. billctl seed --accounts N --seed S --usage-events 5   (a catalog in EUR, USD, GBP, JPY, KWD;
     accounts with subscriptions that started last week, and metered usage)
  2. a card for each demo account on the sandbox gateway: most pay by Visa, one in twelve declines
     (insufficient funds), one in twenty-five has no card
  3. billctl invoice run
  4. billctl payment collect --all
and then what was billed, paid and is still due, per currency.

Nothing leaves the machine: payments go to the sandbox gateway even when a Stripe key is set. Run it
again and nothing is billed or charged twice. With the embedded database (no database configured)
it needs no confirmation; on a configured database it asks (scripts pass --yes). Then try:
  billctl invoice list
  billctl payment list --status failed
  billctl invoice show INV-…

Examples:
  billctl demo
  billctl demo --accounts 1000 --seed 7";

#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct DemoArgs {
    /// Demo accounts (each gets one subscription)
    #[arg(long, value_name = "N", default_value_t = 300, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    pub accounts: u64,
    /// Seed of the demo data: accounts get external ids seed-<S>-<i>
    #[arg(long, value_name = "S", default_value_t = 42)]
    pub seed: u64,
}

pub async fn run(ctx: &Ctx, a: DemoArgs) -> Result<ExitCode> {
    if let Some((url, _)) = &ctx.cfg.database_url {
        let place = crate::config::redact_url(url);
        if !ctx.confirm(&format!("write {} demo accounts and their invoices into {place}?", a.accounts))? {
            return Err(crate::error::usage("not confirmed; nothing was written").into());
        }
    }
    // The steps are the commands' own use cases, on the sandbox gateway; each says what it did on
    // stderr, and what was billed goes to stdout (table, JSON or CSV).
    let mut cfg = (*ctx.cfg).clone();
    cfg.stripe_secret_key = None;
    let step = Ctx {
        cfg: Arc::new(cfg),
        clock: ctx.clock,
        out: ctx.out,
        yes: true,
        reason: ctx.reason.clone().or_else(|| Some("billctl demo".into())),
        pool: OnceCell::new(),
    };
    let cx = step.app().await?;
    let seeded = crate::app::seed::run(
        &cx,
        &crate::app::seed::Options {
            accounts: a.accounts,
            seed: a.seed,
            start_date: crate::app::seed::default_start_date(&ctx.clock),
            usage_events: 5,
            batch_size: 50_000,
        },
        |_| {},
    )
    .await?;
    ctx.out.info(format!(
        "1/4 seed {}: {} accounts added ({} already there), catalog: {} plans created, {} reused",
        a.seed, seeded.written.accounts, seeded.accounts_existing, seeded.plans_created, seeded.plans_reused
    ));

    let gateway = payment_gateway::select(&step.cfg, Some(0.0))?;
    let cards = demo::attach_cards(&cx, &gateway, a.seed).await?;
    ctx.out.info(format!(
        "2/4 cards (sandbox): {} attached ({} of them decline); {} accounts have no card",
        cards.attached, cards.declining, cards.without
    ));

    let run_args = super::invoice_run::RunArgs {
        dry_run: false,
        draft: false,
        account: None,
        batch_size: 2000,
        workers: 2,
        lock_timeout: 10,
    };
    let run =
        crate::app::invoice_run::run(&cx, super::invoice_run::options(&step, &run_args), Arc::new(|_| {})).await?;
    ctx.out.info(format!(
        "3/4 invoice run {}: {} invoices for {} accounts{}",
        run.run_id.as_deref().unwrap_or("-"),
        run.invoices,
        run.accounts,
        if run.errors.is_empty() { String::new() } else { format!(", {} accounts not billed", run.errors.len()) }
    ));

    let opts = crate::app::payments::Options {
        mode: Mode::Collect { explicit: false },
        invoice: None,
        dry_run: false,
        concurrency: 8,
        breaker: 5,
        schedule: None,
    };
    let paid = crate::app::payments::run(&cx, &gateway, opts, Arc::new(|_, _| {})).await?;
    ctx.out.info(format!(
        "4/4 payment collect --all (sandbox): {} charged, {} succeeded, {} declined, {} skipped (no card)",
        paid.attempted,
        paid.succeeded,
        paid.declined + paid.hard_declined,
        paid.skipped
    ));

    let billed = demo::billed(&cx, a.seed).await?;
    // Plain amounts: the currency is the first column (a spreadsheet can sum them).
    let money = crate::render::amount::<str>;
    let rows = billed
        .iter()
        .map(|b| {
            vec![
                b.currency.clone(),
                b.accounts.to_string(),
                b.invoices.to_string(),
                money(b.billed_minor, &b.currency),
                b.paid_invoices.to_string(),
                money(b.paid_minor, &b.currency),
                b.open_invoices.to_string(),
                money(b.due_minor, &b.currency),
            ]
        })
        .collect();
    ctx.out.value(
        &billed,
        &["currency", "accounts", "invoices", "billed", "paid", "paid amount", "unpaid", "due"],
        rows,
    )?;
    ctx.out.info("next: billctl invoice list · billctl payment list --status failed · billctl invoice show INV-…");
    Ok(ExitCode::SUCCESS)
}
