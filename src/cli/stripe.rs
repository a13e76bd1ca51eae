//! `billctl stripe sync|verify-webhook`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;

use super::Ctx;
use crate::app::{payment_gateway, stripe_sync};
use crate::gateway::webhook_sig;

#[derive(Debug, Subcommand)]
pub enum StripeCmd {
    /// Pull gateway events since the last sync and reconcile payments and customers
    #[command(
        after_help = "Reads events after the cursor stored by the previous sync (all, the first time). A charge\n\
        Stripe reports as succeeded that billctl has as uncertain or failed is recorded and its invoice\n\
        paid; attempts still unknown are looked up directly. Idempotent: safe to re-run and to run from\n\
        cron (e.g. every 10 minutes). With no STRIPE_SECRET_KEY the sandbox has no history to pull.\n\n\
        Examples:\n  billctl stripe sync\n  */10 * * * *  billctl stripe sync --quiet   # crontab line"
    )]
    Sync,
    /// Check a webhook payload's Stripe-Signature header; prints valid or invalid (exit 0 / 1)
    #[command(
        after_help = "The signature is HMAC-SHA256 with the endpoint secret over \"{t}.{payload}\", compared in\n\
        constant time; the timestamp t must be within --tolerance seconds of now (--as-of / BILLCTL_NOW).\n\n\
        Example:\n  billctl stripe verify-webhook --secret whsec_… --header 'Stripe-Signature: t=1700000000,v1=5257a8…' --payload event.json"
    )]
    VerifyWebhook {
        /// The endpoint's signing secret (whsec_…)
        #[arg(long)]
        secret: String,
        /// The Stripe-Signature header, with or without its name
        #[arg(long)]
        header: String,
        /// File with the raw request body, byte for byte
        #[arg(long, value_name = "FILE")]
        payload: PathBuf,
        /// Seconds the timestamp may differ from now
        #[arg(long, default_value_t = 300)]
        tolerance: i64,
    },
}

pub async fn run(ctx: &Ctx, cmd: StripeCmd) -> Result<ExitCode> {
    match cmd {
        StripeCmd::Sync => {
            let gateway = payment_gateway::select(&ctx.cfg, None)?;
            super::payment::live_marker(ctx, &gateway);
            // The retry schedule of each account's dunning policy applies.
            super::payment::retry_schedule_deprecation(ctx);
            let s = stripe_sync::sync(&ctx.app().await?, &gateway, None).await?;
            if ctx.out.silent_when_ok() && s.attempts_still_unknown == 0 {
                // --quiet (cron): nothing to say when everything was reconciled.
            } else if ctx.out.format.is_json() {
                ctx.out.value(&s, &[], vec![])?;
            } else {
                let pairs: Vec<(&str, String)> = vec![
                    ("gateway", s.gateway.to_string()),
                    ("events", s.events.to_string()),
                    ("payments reconciled", s.payments_reconciled.to_string()),
                    ("payments already in sync", s.payments_in_sync.to_string()),
                    ("payments unknown to billctl", s.payments_unknown.to_string()),
                    ("customers matched / unknown", format!("{} / {}", s.customers_matched, s.customers_unknown)),
                    ("other events", s.other_events.to_string()),
                    (
                        "attempts resolved / still unknown",
                        format!("{} / {}", s.attempts_resolved, s.attempts_still_unknown),
                    ),
                    ("cursor", s.cursor_after.clone().unwrap_or_default()),
                ];
                let (k, v): (Vec<&str>, Vec<String>) = pairs.into_iter().unzip();
                ctx.out.line(crate::render::table::key_values(&k, &v))?;
                for n in &s.notes {
                    ctx.out.info(n);
                }
            }
            if s.attempts_still_unknown > 0 {
                ctx.out.warn(format!("{} attempt(s) are still unknown at the gateway", s.attempts_still_unknown));
            }
        }
        StripeCmd::VerifyWebhook { secret, header, payload, tolerance } => {
            let body = std::fs::read(&payload).with_context(|| format!("cannot read {}", payload.display()))?;
            let value = match header.split_once(':') {
                Some((name, v)) if name.trim().eq_ignore_ascii_case("stripe-signature") => v.trim(),
                _ => header.trim(),
            };
            let result = webhook_sig::verify(&body, value, &secret, tolerance, ctx.clock.now().timestamp());
            let reason = result.as_ref().err().map(ToString::to_string);
            if ctx.out.format.is_json() {
                ctx.out.value(&serde_json::json!({ "valid": result.is_ok(), "reason": reason }), &[], vec![])?;
            } else {
                match &reason {
                    None => ctx.out.line("valid")?,
                    Some(r) => ctx.out.line(format!("invalid: {r}"))?,
                }
            }
            if result.is_err() {
                return Ok(ExitCode::from(1));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
