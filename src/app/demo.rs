//! `billctl demo`: the main job on a small scale, on the sandbox gateway. The steps are the real
//! commands (`seed`, `invoice run`, `payment collect --all`, run by `cli/demo.rs`); this file gives
//! the demo's accounts their cards and reads back what they were billed.
//!
//! Cards are deterministic by the account's index `i` in its external id `seed-<S>-<i>`: every
//! 12th account (i % 12 == 5) gets a card that declines (`pm_card_chargeDeclinedInsufficientFunds`),
//! every 25th (i % 25 == 11) none, the rest `pm_card_visa`. Accounts that have a card keep it, so
//! running the demo again attaches nothing new.

use anyhow::Result;

use super::Context;
use super::payment_gateway::Gateway;
use crate::store::demo::{self as repo, Billed};

/// The external-id prefix of the demo's accounts (the seed's).
pub fn prefix(seed: u64) -> String {
    format!("seed-{seed}-")
}

/// The test card the demo gives the account with index `i` (`None`: no card).
pub fn card_for(i: u64) -> Option<&'static str> {
    match (i % 12, i % 25) {
        (_, 11) => None,
        (5, _) => Some("pm_card_chargeDeclinedInsufficientFunds"),
        _ => Some("pm_card_visa"),
    }
}

/// What attaching cards did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Cards {
    pub attached: u64,
    pub declining: u64,
    pub without: u64,
}

/// Attaches the demo's cards to the demo accounts that have none.
pub async fn attach_cards(cx: &Context, gateway: &Gateway, seed: u64) -> Result<Cards> {
    let missing = repo::accounts_without_card(&mut *cx.pool.acquire().await?, &prefix(seed)).await?;
    let mut out = Cards::default();
    for (id, external_id) in missing {
        let i = external_id.rsplit('-').next().and_then(|n| n.parse::<u64>().ok()).unwrap_or(0);
        match card_for(i) {
            None => out.without += 1,
            Some(token) => {
                super::payment_methods::add(cx, gateway, &id, token, true).await?;
                out.attached += 1;
                out.declining += u64::from(token != "pm_card_visa");
            }
        }
    }
    Ok(out)
}

/// What the demo's accounts were billed, per currency.
pub async fn billed(cx: &Context, seed: u64) -> Result<Vec<Billed>> {
    Ok(repo::billed(&mut *cx.pool.acquire().await?, &prefix(seed)).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_demo_accounts_pay_by_visa_some_decline_and_a_few_have_no_card() {
        let cards: Vec<_> = (0..300).map(card_for).collect();
        let visa = cards.iter().filter(|c| **c == Some("pm_card_visa")).count();
        let none = cards.iter().filter(|c| c.is_none()).count();
        assert_eq!(none, 12);
        assert_eq!(300 - visa - none, 24, "one in twelve declines");
        assert_eq!(card_for(5), Some("pm_card_chargeDeclinedInsufficientFunds"));
        assert_eq!(card_for(11), None);
    }
}
