//! `billctl webhook endpoint add|list|disable|enable|rotate-secret|remove`, `webhook deliveries`,
//! `webhook replay`, `webhook test`, `webhook verify`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::TimeDelta;
use clap::{Args, Subcommand};

use super::Ctx;
use super::notify::StatusArg;
use crate::app::notify_deliver;
use crate::app::webhooks::{self, NewEndpoint};
use crate::notify::webhook::DEFAULT_TOLERANCE_SECS;
use crate::store::events::DeliveryFilter;

#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    /// Endpoints that receive signed events: add, list, disable, enable, rotate-secret, remove
    #[command(subcommand)]
    Endpoint(EndpointCmd),
    /// List webhook deliveries and how they went
    #[command(after_help = "Examples:
  billctl webhook deliveries --status failed
  billctl webhook deliveries --endpoint we_01J… --format json
  billctl webhook deliveries --event evt_01J…")]
    Deliveries(DeliveriesArgs),
    /// Queue an event's webhook deliveries again (and send it to endpoints added after it)
    #[command(after_help = "The deliveries go due now with the retry schedule from its start, with the same
webhook-id (receivers de-duplicate on it); endpoints whose patterns match but that were added after
the event get it too. Sent at once, then by `billctl notify deliver`.

Examples:
  billctl webhook replay evt_01J…
  billctl webhook replay evt_01J… --endpoint we_01J…")]
    Replay(ReplayArgs),
    /// Send a webhook.test event to one endpoint now and show how it went
    #[command(after_help = "Exit 0 when the receiver took it (2xx), 6 when it did not (the delivery is retried
on the schedule like any other).

Example:
  billctl webhook test we_01J…")]
    Test(TestArgs),
    /// Check a delivery's signature as a receiver would (exit 0 valid, 4 not valid)
    #[command(after_help = "Checks webhook-signature (any v1 signature made with one of the secrets) over
`webhook-id.webhook-timestamp.body`, and that the timestamp is within the tolerance of now. The
secret may come from BILLCTL_WEBHOOK_VERIFY_SECRET instead of --secret (keeps it out of the shell
history); it is never printed.

Example:
  billctl webhook verify --secret whsec_… --header 'webhook-id: evt_01J…' \\
      --header 'webhook-timestamp: 1767182400' --header 'webhook-signature: v1,K5o…' --payload body.json")]
    Verify(VerifyArgs),
}

#[derive(Debug, Subcommand)]
pub enum EndpointCmd {
    /// Add an endpoint; prints its signing secret once
    #[command(after_help = "The URL must be http:// or https://. Unless --allow-private, its host must not be or
resolve to a loopback, private, link-local, CGNAT, multicast or unspecified address (checked now and
again on every send). The signing secret (whsec_…) is printed once, on stdout; billctl keeps it
sealed and never shows it again (rotate-secret makes a new one).

Examples:
  billctl webhook endpoint add https://example.com/hooks/billing
  billctl webhook endpoint add https://example.com/hooks --events 'invoice.*,dunning.*' --description ERP
  billctl webhook endpoint add http://10.0.0.5:8080/in --allow-private")]
    Add(AddArgs),
    /// List endpoints, their state and waiting deliveries
    #[command(after_help = "Examples:
  billctl webhook endpoint list
  billctl webhook endpoint list --all --format json")]
    List(ListArgs),
    /// Stop sending to an endpoint (its deliveries wait until it is enabled)
    #[command(after_help = "The global --reason is kept as the endpoint's disabled reason.

Example:
  billctl webhook endpoint disable we_01J… --reason 'receiver maintenance'")]
    Disable(EndpointArg),
    /// Send to an endpoint again (also after 410 Gone or five failing days)
    #[command(after_help = "Example:\n  billctl webhook endpoint enable we_01J…")]
    Enable(EndpointArg),
    /// Make a new signing secret; the old one keeps signing during the overlap
    #[command(
        name = "rotate-secret",
        after_help = "During the overlap every delivery carries two signatures (new and old secret), so the
receiver can switch to the new secret at any time in between. The new secret is printed once.

Examples:
  billctl webhook endpoint rotate-secret we_01J…
  billctl webhook endpoint rotate-secret we_01J… --overlap 2h
  billctl webhook endpoint rotate-secret we_01J… --overlap 0     (the old secret stops at once)"
    )]
    RotateSecret(RotateArgs),
    /// Remove an endpoint (refused while deliveries wait, unless --force)
    #[command(after_help = "Its delivery history stays (`webhook deliveries --endpoint`).

Examples:
  billctl webhook endpoint remove we_01J…
  billctl webhook endpoint remove we_01J… --force")]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Where to POST events: an http:// or https:// URL
    pub url: String,
    /// Which events, comma-separated: '*' (default), groups such as 'invoice.*', or exact types
    #[arg(long, value_name = "PATTERNS")]
    pub events: Option<String>,
    /// A note shown in the list (what receives it)
    #[arg(long)]
    pub description: Option<String>,
    /// Allow a host on a private, loopback or link-local network (a receiver on your own network)
    #[arg(long)]
    pub allow_private: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Include removed endpoints
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct EndpointArg {
    /// The endpoint's id (we_…)
    pub endpoint: String,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    /// The endpoint's id (we_…)
    pub endpoint: String,
    /// How long the old secret keeps signing: 24h (default), 90m, 2d, 3600s, or 0
    #[arg(long, value_parser = parse_overlap, value_name = "DURATION")]
    pub overlap: Option<TimeDelta>,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The endpoint's id (we_…)
    pub endpoint: String,
    /// Remove even with deliveries waiting (they are given up, marked failed)
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct DeliveriesArgs {
    /// Only this endpoint's
    #[arg(long, value_name = "ENDPOINT")]
    pub endpoint: Option<String>,
    /// Only deliveries in this state
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
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

#[derive(Debug, Args)]
pub struct ReplayArgs {
    /// The event's id (evt_…), as in `webhook deliveries`
    pub event_id: String,
    /// Only to this endpoint
    #[arg(long, value_name = "ENDPOINT")]
    pub endpoint: Option<String>,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// The endpoint's id (we_…)
    pub endpoint: String,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The endpoint's signing secret (whsec_…); repeat for both secrets during a rotation
    #[arg(
        long,
        env = "BILLCTL_WEBHOOK_VERIFY_SECRET",
        hide_env_values = true,
        value_name = "SECRET",
        required = true,
        num_args = 1
    )]
    pub secret: Vec<String>,
    /// A received header, 'name: value' (webhook-id, webhook-timestamp, webhook-signature)
    #[arg(long = "header", value_name = "HEADER", value_parser = parse_header)]
    pub headers: Vec<(String, String)>,
    /// The file holding the exact body received ('-' for stdin)
    #[arg(long, value_name = "FILE")]
    pub payload: PathBuf,
    /// Seconds the timestamp may be from now
    #[arg(long, default_value_t = DEFAULT_TOLERANCE_SECS, value_name = "SECS")]
    pub tolerance: i64,
}

fn parse_header(text: &str) -> Result<(String, String), String> {
    match text.split_once(':') {
        Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.trim().to_string())),
        _ => Err(format!("'{text}' is not 'name: value'")),
    }
}

/// `24h`, `90m`, `2d`, `3600s`, `3600` (seconds) or `0`.
fn parse_overlap(text: &str) -> Result<TimeDelta, String> {
    let t = text.trim();
    let bad = || format!("'{text}' is not a duration such as 24h, 90m, 2d or 0");
    let (num, unit) = match t.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => (&t[..i], &t[i..]),
        None => (t, "s"),
    };
    let n: i64 = num.parse().map_err(|_| bad())?;
    let secs = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(bad()),
    };
    if n > 90 * 86_400 / secs {
        return Err(format!("'{text}' is longer than 90 days"));
    }
    Ok(TimeDelta::seconds(n * secs))
}

pub async fn run(ctx: &Ctx, cmd: WebhookCmd) -> Result<ExitCode> {
    match cmd {
        WebhookCmd::Endpoint(c) => endpoint(ctx, c).await,
        WebhookCmd::Deliveries(a) => {
            let cx = ctx.app().await?;
            let filter = DeliveryFilter {
                channel: Some("webhook"),
                status: a.status.map(StatusArg::as_str),
                endpoint: a.endpoint.as_deref().map(str::trim),
                account: None,
                event: a.event.as_deref().map(str::trim),
                after: a.after,
                limit: a.limit,
            };
            let rows = notify_deliver::list(&cx, &filter).await?;
            ctx.out.list(&rows)?;
            Ok(ExitCode::SUCCESS)
        }
        WebhookCmd::Replay(a) => {
            let cx = ctx.app().await?;
            let r = webhooks::replay(&cx, &a.event_id, a.endpoint.as_deref()).await?;
            ctx.out.value(&r, &["requeued", "created"], vec![vec![r.requeued.to_string(), r.created.to_string()]])?;
            let queued = r.requeued + r.created;
            if queued == 0 {
                ctx.out.warn("nothing to replay: no enabled endpoint matches this event");
                return Ok(ExitCode::SUCCESS);
            }
            match notify_deliver::deliver_after_commit(&cx, vec![a.event_id.trim().to_string()]).await {
                Some(problem) => ctx.out.warn(problem),
                None => ctx.out.success(format!("{queued} delivery(ies) queued and sent")),
            }
            Ok(ExitCode::SUCCESS)
        }
        WebhookCmd::Test(a) => {
            let cx = ctx.app().await?;
            let r = webhooks::test(&cx, &a.endpoint).await?;
            ctx.out.one(&r)?;
            if r.status == "sent" {
                ctx.out.success(format!(
                    "{} took the test event {} (HTTP {}) in {} ms",
                    r.endpoint_id,
                    r.event_id,
                    r.http_status.map(|s| s.to_string()).unwrap_or_default(),
                    r.millis
                ));
                Ok(ExitCode::SUCCESS)
            } else {
                Err(crate::error::partial(format!(
                    "{} did not take the test event: {}",
                    r.endpoint_id,
                    r.error.as_deref().unwrap_or("no answer")
                ))
                .hint("`billctl webhook deliveries --endpoint ENDPOINT` shows the attempts; it is retried like any delivery")
                .into())
            }
        }
        WebhookCmd::Verify(a) => {
            let body = if a.payload.as_os_str() == "-" {
                let mut buf = Vec::new();
                std::io::Read::read_to_end(&mut std::io::stdin(), &mut buf)?;
                buf
            } else {
                std::fs::read(&a.payload)
                    .map_err(|e| crate::error::usage(format!("--payload: cannot read {}: {e}", a.payload.display())))?
            };
            let id = webhooks::verify(&a.secret, &a.headers, &body, ctx.clock.now(), a.tolerance)?;
            ctx.out.success(format!("valid: {id} is signed with the secret given"));
            Ok(ExitCode::SUCCESS)
        }
    }
}

async fn endpoint(ctx: &Ctx, cmd: EndpointCmd) -> Result<ExitCode> {
    let cx = ctx.app().await?;
    match cmd {
        EndpointCmd::Add(a) => {
            let input = NewEndpoint {
                url: a.url,
                events: a.events,
                description: a.description,
                allow_private: a.allow_private,
            };
            let added = webhooks::add(&cx, &input).await?;
            show_with_secret(ctx, &added)?;
            ctx.out.warn(format!(
                "the signing secret of {} is shown only this once: give it to the receiver now (rotate-secret makes a new one)",
                added.endpoint.id
            ));
        }
        EndpointCmd::List(a) => {
            let rows = webhooks::list(&cx, a.all).await?;
            ctx.out.list(&rows)?;
        }
        EndpointCmd::Disable(a) => {
            let e = webhooks::disable(&cx, &a.endpoint).await?;
            ctx.out.one(&e)?;
            ctx.out.success(format!("disabled {}; its deliveries wait until it is enabled", e.id));
        }
        EndpointCmd::Enable(a) => {
            let e = webhooks::enable(&cx, &a.endpoint).await?;
            ctx.out.one(&e)?;
            ctx.out.success(format!("enabled {}; `billctl notify deliver` sends what waited", e.id));
        }
        EndpointCmd::RotateSecret(a) => {
            let overlap = a.overlap.unwrap_or(webhooks::DEFAULT_OVERLAP);
            let r = webhooks::rotate(&cx, &a.endpoint, overlap).await?;
            show_with_secret(ctx, &r)?;
            let until = match r.endpoint.previous_expires_at {
                Some(t) => format!("the old secret signs too until {}", crate::render::Stamp::stamp(&t)),
                None => "the old secret no longer signs".to_string(),
            };
            ctx.out.warn(format!("the new signing secret of {} is shown only this once; {until}", r.endpoint.id));
        }
        EndpointCmd::Remove(a) => {
            let r = webhooks::remove(&cx, &a.endpoint, a.force).await?;
            ctx.out.value(&r, &["id", "given_up"], vec![vec![r.id.clone(), r.given_up.to_string()]])?;
            ctx.out.success(format!("removed {}", r.id));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An endpoint and its new secret: JSON and CSV as one record; a table shows the endpoint, then
/// the secret alone on the last line (never wrapped by the table, easy to copy).
fn show_with_secret(ctx: &Ctx, e: &webhooks::WithSecret) -> Result<()> {
    if ctx.out.format == crate::render::Format::Table {
        ctx.out.one(&e.endpoint)?;
        ctx.out.line(&e.secret)
    } else {
        ctx.out.one(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_are_read_with_their_unit() {
        assert_eq!(parse_overlap("24h"), Ok(TimeDelta::hours(24)));
        assert_eq!(parse_overlap("90m"), Ok(TimeDelta::minutes(90)));
        assert_eq!(parse_overlap("0"), Ok(TimeDelta::zero()));
        assert_eq!(parse_overlap("2d"), Ok(TimeDelta::days(2)));
        assert!(parse_overlap("1w").is_err());
        assert!(parse_overlap("-1h").is_err());
    }

    #[test]
    fn headers_are_name_colon_value() {
        assert_eq!(parse_header("webhook-id: evt_1"), Ok(("webhook-id".into(), "evt_1".into())));
        assert_eq!(
            parse_header("webhook-signature: v1,abc= v1,def="),
            Ok(("webhook-signature".into(), "v1,abc= v1,def=".into()))
        );
        assert!(parse_header("nothing").is_err());
    }
}
