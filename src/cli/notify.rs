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

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Pending,
    Sent,
    Failed,
}

impl StatusArg {
    fn as_str(self) -> &'static str {
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
