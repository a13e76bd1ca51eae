//! `billctl notify deliver|list`: the outbox of e-mails and webhooks.

use std::process::ExitCode;

use anyhow::Result;
use clap::{Args, Subcommand, ValueEnum};

use super::Ctx;
use crate::app::notify_deliver::{self, Channel, DeliverOptions};
use crate::store::events::DeliveryFilter;

#[derive(Debug, Subcommand)]
pub enum NotifyCmd {
    /// Send the e-mails and webhooks that are due (for cron; safe to run from several machines)
    #[command(after_help = "Claims each due delivery with FOR UPDATE SKIP LOCKED, sends it, records the outcome. A
failure is retried on a backoff schedule (webhooks: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h;
e-mail: 1 min, 10 min, 1 h, 6 h, 18 h), later if the receiver sends Retry-After; after the last
step the delivery is `failed` (`billctl webhook replay EVENT` queues it again).
Exit 0 when everything attempted was sent, 6 when some attempt failed.

Examples:
  billctl notify deliver
  */5 * * * *  billctl notify deliver --quiet     (crontab)
  billctl notify deliver --limit 1000 --workers 16")]
    Deliver(DeliverArgs),
    /// List deliveries (e-mails and webhooks) and how they went
    #[command(after_help = "Examples:
  billctl notify list --status failed
  billctl notify list --channel email --account acc_01J… --format csv")]
    List(ListArgs),
    /// Render an e-mail for an account without sending it (subject, text, and HTML with --html)
    #[command(after_help = "Fills the template with the account and its latest event that sends this e-mail (or the
event given with --event); with none, sample values. Uses the account's locale and the
templates_dir overrides exactly as sending does. A template with an error exits 2 naming the
file and line. Templates: reminder, warning, blocked, canceled, invoice_issued, payment_failed,
payment_receipt, trial_ending.

Examples:
  billctl notify preview invoice_issued --account acct_…
  billctl notify preview reminder --account cust-42 --html
  BILLCTL_TEMPLATES_DIR=./my-templates billctl notify preview warning --account cust-42")]
    Preview(PreviewArgs),
    /// Check the e-mail template overrides in templates_dir: every file must compile
    #[command(
        name = "check-templates",
        after_help = "Compiles every NAME.txt and NAME.html under <templates_dir>/email/<locale>/ and lists the
files with errors (file, line, what is wrong); exit 2 when there is one. Run it after editing
templates, before the next `notify deliver`.

Examples:
  billctl notify check-templates
  BILLCTL_TEMPLATES_DIR=./my-templates billctl notify check-templates"
    )]
    CheckTemplates,
}

#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The e-mail template: reminder, warning, blocked, canceled, invoice_issued, payment_failed, payment_receipt, trial_ending
    pub template: String,
    /// Account id (acct_…) or external id
    #[arg(long, value_name = "ACCOUNT")]
    pub account: String,
    /// Fill it with this event's data (evt_…) instead of the account's latest matching event
    #[arg(long, value_name = "EVENT_ID")]
    pub event: Option<String>,
    /// Show the HTML part too
    #[arg(long)]
    pub html: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ChannelArg {
    Email,
    Webhook,
}

impl From<ChannelArg> for Channel {
    fn from(c: ChannelArg) -> Channel {
        match c {
            ChannelArg::Email => Channel::Email,
            ChannelArg::Webhook => Channel::Webhook,
        }
    }
}

/// A delivery's state (`notify list`, `webhook deliveries`).
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Pending,
    Sent,
    Failed,
}

impl StatusArg {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            StatusArg::Pending => "pending",
            StatusArg::Sent => "sent",
            StatusArg::Failed => "failed",
        }
    }
}

#[derive(Debug, Args)]
pub struct DeliverArgs {
    /// Make at most this many attempts, then stop (default: everything that is due)
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Concurrent senders (each holds a database connection)
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=64))]
    pub workers: u32,
    /// Only this channel
    #[arg(long, value_enum)]
    pub channel: Option<ChannelArg>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only deliveries in this state
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Only this channel
    #[arg(long, value_enum)]
    pub channel: Option<ChannelArg>,
    /// Only this account's
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// Only this event's
    #[arg(long, value_name = "EVENT_ID")]
    pub event: Option<String>,
    /// Page size
    #[arg(long, default_value_t = 50, value_parser = clap::value_parser!(i64).range(1..=10000))]
    pub limit: i64,
    /// Start after this delivery id (the last id of the previous page)
    #[arg(long, value_name = "ID")]
    pub after: Option<i64>,
}

pub async fn run(ctx: &Ctx, cmd: NotifyCmd) -> Result<ExitCode> {
    match cmd {
        NotifyCmd::Deliver(a) => deliver(ctx, a).await,
        NotifyCmd::Preview(a) => preview(ctx, a).await,
        NotifyCmd::CheckTemplates => check_templates(ctx),
        NotifyCmd::List(a) => {
            let cx = ctx.app().await?;
            let filter = DeliveryFilter {
                channel: a.channel.map(|c| Channel::from(c).as_str()),
                status: a.status.map(StatusArg::as_str),
                endpoint: None,
                account: a.account.as_deref(),
                event: a.event.as_deref(),
                after: a.after,
                limit: a.limit,
            };
            let rows = crate::app::notify_deliver::list(&cx, &filter).await?;
            ctx.out.list(&rows)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn deliver(ctx: &Ctx, a: DeliverArgs) -> Result<ExitCode> {
    let cx = ctx.app_for_workers(a.workers).await?;
    let opts = DeliverOptions {
        limit: a.limit,
        workers: a.workers as usize,
        channel: a.channel.map(Channel::from),
        events: None,
    };
    let bar = crate::render::progress::bar(0, "delivering", ctx.out.quiet);
    let b2 = bar.clone();
    let summary = notify_deliver::deliver(&cx, &opts, &move || b2.inc(1)).await;
    bar.finish_and_clear();
    let s = summary?;
    let problems = s.retrying + s.failed;
    if !(ctx.out.silent_when_ok() && problems == 0) {
        ctx.out.value(
            &s,
            &["attempted", "sent", "retrying", "failed"],
            vec![vec![s.attempted.to_string(), s.sent.to_string(), s.retrying.to_string(), s.failed.to_string()]],
        )?;
    }
    if problems > 0 {
        ctx.out.warn(format!(
            "{problems} of {} attempts failed; `billctl notify list --status failed` shows why",
            s.attempted
        ));
        return Ok(ExitCode::from(6));
    }
    ctx.out.success(format!("{} sent", s.sent));
    Ok(ExitCode::SUCCESS)
}

async fn preview(ctx: &Ctx, a: PreviewArgs) -> Result<ExitCode> {
    let template = a.template.parse::<crate::domain::event::EmailTemplate>().map_err(|_| {
        crate::error::usage(format!("'{}' is not an e-mail template", a.template))
            .hint(format!("choose one of {}", crate::domain::event::EmailTemplate::choices()))
    })?;
    let cx = ctx.app().await?;
    let mut p = crate::app::deliver_email::preview(&cx, template, &a.account, a.event.as_deref()).await?;
    if !a.html {
        p.html = None;
    }
    crate::render::email::preview(&ctx.out, &p)?;
    if p.event_id.is_none() {
        ctx.out.info("no event of this kind for the account yet: sample values filled in; nothing was sent");
    } else {
        ctx.out.info("preview only: nothing was sent");
    }
    Ok(ExitCode::SUCCESS)
}

fn check_templates(ctx: &Ctx) -> Result<ExitCode> {
    let Some((dir, problems)) = crate::app::deliver_email::check_templates(&ctx.cfg) else {
        ctx.out.info("templates_dir is not set: the shipped templates are used (they are checked by the build)");
        return Ok(ExitCode::SUCCESS);
    };
    if problems.is_empty() {
        ctx.out.success(format!("the templates in {} compile", dir.display()));
        return Ok(ExitCode::SUCCESS);
    }
    let rows = problems
        .iter()
        .map(|p| vec![p.file.clone(), p.line.map(|l| l.to_string()).unwrap_or_default(), p.message.clone()])
        .collect();
    ctx.out.value(&problems, &["file", "line", "problem"], rows)?;
    Err(crate::error::usage(format!("{} template file(s) in {} have errors", problems.len(), dir.display()))
        .hint("fix them; `billctl notify preview TEMPLATE --account A` shows a template rendered")
        .into())
}
