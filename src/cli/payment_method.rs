//! `billctl account payment-method add|list|default`.

use std::process::ExitCode;

use anyhow::Result;
use clap::Subcommand;

use super::Ctx;
use crate::app::payment_gateway;
use crate::app::payment_methods::{self};

#[derive(Debug, Subcommand)]
pub enum PaymentMethodCmd {
    /// Attach a card to the account at the gateway (creating the gateway customer if needed)
    #[command(
        after_help = "The token comes from Stripe (Stripe.js / Elements, or a test token such as pm_card_visa,\n\
        pm_card_mastercard, pm_card_chargeDeclined, pm_card_chargeDeclinedInsufficientFunds). billctl stores\n\
        only the brand, last 4 digits and expiry. The account's first card becomes its default.\n\
        Without STRIPE_SECRET_KEY the card is attached in the offline sandbox (simulated).\n\n\
        Example:\n  billctl account payment-method add acct_01… --token pm_card_visa --default"
    )]
    Add {
        /// Account id or external id
        account: String,
        /// Payment method token (pm_…)
        #[arg(long)]
        token: String,
        /// Make it the card charged by `payment collect` and `payment retry`
        #[arg(long)]
        default: bool,
    },
    /// List the account's cards (brand, last 4, expiry; never more)
    #[command(after_help = "Example:\n  billctl account payment-method list acct_…")]
    List {
        /// Account id or external id
        account: String,
    },
    /// Make one of the account's cards the default (our id card_… or the gateway's pm_…)
    #[command(after_help = "The default card is the one `payment collect` and `payment retry` charge.\n\n\
        Example:\n  billctl account payment-method default acct_… card_…")]
    Default {
        /// Account id or external id
        account: String,
        /// Payment method id (card_… or pm_…)
        payment_method: String,
    },
}

pub async fn run(ctx: &Ctx, cmd: PaymentMethodCmd) -> Result<ExitCode> {
    match cmd {
        PaymentMethodCmd::Add { account, token, default } => {
            let gateway = payment_gateway::select(&ctx.cfg, None)?;
            super::payment::live_marker(ctx, &gateway);
            let card = payment_methods::add(&ctx.app().await?, &gateway, &account, &token, default).await?;
            ctx.out.one(&card)?;
            ctx.out.success(format!(
                "attached {} •••• {} (expires {}) to {} at {}{}",
                card.brand,
                card.last4,
                card.expiry,
                card.account_id,
                card.gateway,
                if card.is_default { ", default" } else { "" }
            ));
        }
        PaymentMethodCmd::List { account } => {
            let cards = payment_methods::list(&ctx.app().await?, &account).await?;
            ctx.out.list(&cards)?;
        }
        PaymentMethodCmd::Default { account, payment_method } => {
            let gateway = payment_gateway::select(&ctx.cfg, None)?;
            super::payment::live_marker(ctx, &gateway);
            let card = payment_methods::set_default(&ctx.app().await?, &gateway, &account, &payment_method).await?;
            ctx.out.one(&card)?;
            ctx.out
                .success(format!("{} •••• {} is now the default card of {}", card.brand, card.last4, card.account_id));
        }
    }
    Ok(ExitCode::SUCCESS)
}
