//! Which gateway payments go through, and how it is shown.
//!
//! `stripe_secret_key` set (config or `STRIPE_SECRET_KEY`) → Stripe, at `stripe_api_base`
//! (`STRIPE_API_BASE`, default Stripe's API). Unset → the in-process sandbox, shown everywhere as
//! "sandbox (simulated)". Either way requests go through a client-side rate limit ([`Throttled`]).
//!
//! The sandbox keeps its state in memory, so each process restores what the database knows
//! (customers, cards, succeeded charges) before using it, and gives its new ids a per-process
//! namespace so they never collide with ids of earlier runs.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use sqlx::PgConnection;

use crate::config::Config;
use crate::domain::retry::default_rate;
use crate::error;
use crate::gateway::limit::Throttled;
use crate::gateway::sandbox::SandboxGateway;
use crate::gateway::stripe::{DEFAULT_BASE_URL, DEFAULT_TIMEOUT, StripeConfig, StripeGateway};
use crate::gateway::{CardInfo, PaymentGateway};
use crate::store::payments as repo;

/// The selected gateway behind its rate limit.
pub struct Gateway {
    pub gw: Arc<Throttled>,
    sandbox: Option<Arc<SandboxGateway>>,
    /// Requests per second the limit allows (`None`: unlimited).
    pub rate: Option<f64>,
    /// A live Stripe key (`sk_live_…`, `rk_live_…`): real money moves.
    pub live: bool,
}

impl Gateway {
    /// `"stripe"` or `"sandbox"`, as stored in the database.
    pub fn name(&self) -> &'static str {
        self.gw.name()
    }

    /// `"stripe"` or `"sandbox (simulated)"`, as shown to people.
    pub fn label(&self) -> &'static str {
        self.gw.label()
    }

    pub fn is_sandbox(&self) -> bool {
        self.sandbox.is_some()
    }

    /// Whether a stored customer id belongs to this gateway (sandbox ids carry `_sbx_`).
    pub fn owns_customer(&self, customer_id: &str) -> bool {
        customer_id.contains("_sbx_") == self.is_sandbox()
    }

    /// Restores the sandbox's memory from the database (no-op for Stripe).
    pub async fn prepare(&self, conn: &mut PgConnection) -> Result<()> {
        let Some(sbx) = &self.sandbox else { return Ok(()) };
        for (customer, m) in repo::methods_of_gateway(conn, "sandbox").await? {
            sbx.restore_card(
                &customer,
                CardInfo {
                    id: m.gateway_pm_id.clone(),
                    brand: m.brand.clone().unwrap_or_default(),
                    last4: m.last4.clone().unwrap_or_default(),
                    exp_month: m.exp_month.unwrap_or_default(),
                    exp_year: m.exp_year.unwrap_or_default(),
                },
            );
            if m.is_default {
                sbx.restore_customer(&customer, Some(&m.gateway_pm_id));
            }
        }
        let customers = crate::store::accounts::sandbox_customer_ids(conn).await?;
        for c in customers {
            sbx.restore_customer(&c, None);
        }
        for (pi, customer, amount, refunded) in repo::charges_of_gateway(conn, "sandbox").await? {
            sbx.restore_charge(&pi, &customer, amount, refunded);
        }
        Ok(())
    }
}

/// Whether a Stripe secret or restricted key is a live one (moves real money).
pub fn is_live_key(key: &str) -> bool {
    key.starts_with("sk_live_") || key.starts_with("rk_live_")
}

/// Selects the gateway from the configuration; `rate` overrides the configured requests/second
/// (`Some(0.0)`: unlimited).
pub fn select(cfg: &Config, rate: Option<f64>) -> Result<Gateway> {
    let key = cfg.stripe_secret_key.as_ref().map(|(k, _)| k.as_str());
    let rate = rate.or(cfg.payment_rate.as_ref().map(|(r, _)| *r)).unwrap_or_else(|| f64::from(default_rate(key)));
    let rate = (rate > 0.0).then_some(rate);
    match key {
        Some(key) => {
            let config = StripeConfig {
                secret_key: key.to_string(),
                base_url: cfg
                    .stripe_api_base
                    .as_ref()
                    .map(|(b, _)| b.clone())
                    .unwrap_or_else(|| DEFAULT_BASE_URL.into()),
                timeout: cfg
                    .stripe_timeout_secs
                    .as_ref()
                    .map(|(s, _)| Duration::from_secs_f64(*s))
                    .unwrap_or(DEFAULT_TIMEOUT),
            };
            let stripe = StripeGateway::new(&config).map_err(|e| {
                error::environment(format!("cannot set up the Stripe client: {e}"))
                    .hint("check stripe_secret_key / STRIPE_SECRET_KEY and stripe_api_base / STRIPE_API_BASE")
            })?;
            let live = is_live_key(key);
            Ok(Gateway { gw: Arc::new(Throttled::new(Arc::new(stripe), rate)), sandbox: None, rate, live })
        }
        None => {
            let ns = crate::idgen::token().to_ascii_lowercase();
            let sbx = Arc::new(SandboxGateway::with_namespace(&ns[ns.len() - 8..]));
            let inner: Arc<dyn PaymentGateway> = sbx.clone();
            Ok(Gateway { gw: Arc::new(Throttled::new(inner, rate)), sandbox: Some(sbx), rate, live: false })
        }
    }
}
