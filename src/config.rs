//! Configuration: `config.toml` in the XDG config directory, overridden by environment variables,
//! overridden by command-line flags. Secrets are redacted whenever the configuration is shown.
//!
//! | key | env | meaning |
//! |-----|-----|---------|
//! | database_url | BILLCTL_DATABASE_URL, DATABASE_URL | PostgreSQL URL; unset = embedded cluster |
//! | data_dir | BILLCTL_DATA_DIR | where the embedded cluster and state live |
//! | stripe_secret_key | STRIPE_SECRET_KEY | Stripe API key; unset = sandbox gateway |
//! | stripe_api_base | STRIPE_API_BASE | Stripe base URL (tests point it at a fake) |
//! | stripe_timeout_secs | BILLCTL_STRIPE_TIMEOUT | seconds to wait for one Stripe answer (default 30) |
//! | retry_schedule | BILLCTL_RETRY_SCHEDULE | days after the first failure to retry a charge (`3,5,7,10`) |
//! | payment_rate | BILLCTL_PAYMENT_RATE | gateway requests per second (default 25 test / 100 live) |
//! | invoice_number_format | BILLCTL_INVOICE_NUMBER_FORMAT | e.g. `INV-{year}-{seq:6}` |
//! | seller_country | BILLCTL_SELLER_COUNTRY | seller's country for tax (EU reverse charge) |
//! | payment_terms_days | BILLCTL_PAYMENT_TERMS_DAYS | days from issue to due date |
//! | smtp_url | BILLCTL_SMTP_URL | SMTP relay for e-mail notifications |
//! | webhook_url / webhook_secret | BILLCTL_WEBHOOK_URL / BILLCTL_WEBHOOK_SECRET | signed webhooks |
//!
//! The config file path is `$XDG_CONFIG_HOME/billctl/config.toml` (usually
//! `~/.config/billctl/config.toml`), or `BILLCTL_CONFIG`.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::{Deserialize, Serialize};

use crate::error::{self, UserError};

/// The file format of `config.toml`. Every key is optional.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub database_url: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub stripe_secret_key: Option<String>,
    pub stripe_api_base: Option<String>,
    pub stripe_timeout_secs: Option<f64>,
    pub retry_schedule: Option<String>,
    pub payment_rate: Option<f64>,
    pub invoice_number_format: Option<String>,
    pub seller_country: Option<String>,
    pub payment_terms_days: Option<u32>,
    pub proration_invoicing: Option<String>,
    pub max_trial_days: Option<u32>,
    pub smtp_url: Option<String>,
    pub email_from: Option<String>,
    pub webhook_url: Option<String>,
    pub webhook_secret: Option<String>,
}

/// Where a setting came from, shown by `config show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    Default,
    File,
    Env,
    Flag,
}

/// The effective configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub config_path: PathBuf,
    pub database_url: Option<(String, Source)>,
    pub data_dir: (PathBuf, Source),
    pub stripe_secret_key: Option<(String, Source)>,
    pub stripe_api_base: Option<(String, Source)>,
    pub stripe_timeout_secs: Option<(f64, Source)>,
    pub retry_schedule: Option<(String, Source)>,
    pub payment_rate: Option<(f64, Source)>,
    pub invoice_number_format: (String, Source),
    pub seller_country: Option<(String, Source)>,
    pub payment_terms_days: (u32, Source),
    /// `now` (default): a mid-period change whose net is a charge is invoiced at once; `next`: on
    /// the subscription's next invoice.
    pub proration_invoicing: (String, Source),
    /// The longest trial accepted without confirmation (default 365 days).
    pub max_trial_days: (u32, Source),
    pub smtp_url: Option<(String, Source)>,
    pub email_from: Option<(String, Source)>,
    pub webhook_url: Option<(String, Source)>,
    pub webhook_secret: Option<(String, Source)>,
}

pub const DEFAULT_INVOICE_NUMBER_FORMAT: &str = "INV-{year}-{seq:6}";

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "billctl")
}

/// The default config file path.
pub fn default_config_path() -> PathBuf {
    if let Some(p) = env_nonempty("BILLCTL_CONFIG") {
        return PathBuf::from(p);
    }
    project_dirs().map(|d| d.config_dir().join("config.toml")).unwrap_or_else(|| PathBuf::from("billctl.toml"))
}

fn default_data_dir() -> PathBuf {
    project_dirs().map(|d| d.data_dir().to_path_buf()).unwrap_or_else(|| PathBuf::from(".billctl"))
}

fn env_nonempty(key: &str) -> Option<String> {
    std::env::var(key).ok().filter(|v| !v.trim().is_empty())
}

fn pick<T>(flag: Option<T>, env: Option<T>, file: Option<T>) -> Option<(T, Source)> {
    flag.map(|v| (v, Source::Flag))
        .or_else(|| env.map(|v| (v, Source::Env)))
        .or_else(|| file.map(|v| (v, Source::File)))
}

/// Reads the file (if present) and applies environment variables and the `--database-url` flag.
pub fn load(flag_database_url: Option<String>) -> anyhow::Result<Config> {
    let path = default_config_path();
    let file = read_file(&path)?;
    let data_dir = pick(None, env_nonempty("BILLCTL_DATA_DIR").map(PathBuf::from), file.data_dir)
        .unwrap_or((default_data_dir(), Source::Default));
    let terms_env = match env_nonempty("BILLCTL_PAYMENT_TERMS_DAYS") {
        Some(v) => Some(v.parse::<u32>().map_err(|_| {
            error::environment(format!("BILLCTL_PAYMENT_TERMS_DAYS='{v}' is not a whole number of days"))
        })?),
        None => None,
    };
    let days_env = |key: &str| -> anyhow::Result<Option<u32>> {
        match env_nonempty(key) {
            Some(v) => Ok(Some(
                v.trim()
                    .parse::<u32>()
                    .map_err(|_| error::environment(format!("{key}='{v}' is not a whole number of days")))?,
            )),
            None => Ok(None),
        }
    };
    let proration = pick(None, env_nonempty("BILLCTL_PRORATION_INVOICING"), file.proration_invoicing)
        .unwrap_or(("now".to_string(), Source::Default));
    if !matches!(proration.0.as_str(), "now" | "next") {
        return Err(error::environment(format!("proration_invoicing = '{}' is not now or next", proration.0))
            .hint("set proration_invoicing to \"now\" or \"next\" in config.toml or BILLCTL_PRORATION_INVOICING")
            .into());
    }
    let number_env = |key: &str| -> anyhow::Result<Option<f64>> {
        match env_nonempty(key) {
            Some(v) => match v.trim().parse::<f64>() {
                Ok(n) if n.is_finite() && n > 0.0 => Ok(Some(n)),
                _ => Err(error::environment(format!("{key}='{v}' is not a positive number")).into()),
            },
            None => Ok(None),
        }
    };
    Ok(Config {
        stripe_timeout_secs: pick(None, number_env("BILLCTL_STRIPE_TIMEOUT")?, file.stripe_timeout_secs),
        retry_schedule: pick(None, env_nonempty("BILLCTL_RETRY_SCHEDULE"), file.retry_schedule),
        payment_rate: pick(None, number_env("BILLCTL_PAYMENT_RATE")?, file.payment_rate),
        database_url: pick(
            flag_database_url,
            env_nonempty("BILLCTL_DATABASE_URL").or_else(|| env_nonempty("DATABASE_URL")),
            file.database_url,
        ),
        data_dir,
        stripe_secret_key: pick(None, env_nonempty("STRIPE_SECRET_KEY"), file.stripe_secret_key),
        stripe_api_base: pick(None, env_nonempty("STRIPE_API_BASE"), file.stripe_api_base),
        invoice_number_format: pick(None, env_nonempty("BILLCTL_INVOICE_NUMBER_FORMAT"), file.invoice_number_format)
            .unwrap_or((DEFAULT_INVOICE_NUMBER_FORMAT.to_string(), Source::Default)),
        seller_country: pick(None, env_nonempty("BILLCTL_SELLER_COUNTRY"), file.seller_country),
        payment_terms_days: pick(None, terms_env, file.payment_terms_days).unwrap_or((14, Source::Default)),
        proration_invoicing: proration,
        max_trial_days: pick(None, days_env("BILLCTL_MAX_TRIAL_DAYS")?, file.max_trial_days)
            .unwrap_or((365, Source::Default)),
        smtp_url: pick(None, env_nonempty("BILLCTL_SMTP_URL"), file.smtp_url),
        email_from: pick(None, env_nonempty("BILLCTL_EMAIL_FROM"), file.email_from),
        webhook_url: pick(None, env_nonempty("BILLCTL_WEBHOOK_URL"), file.webhook_url),
        webhook_secret: pick(None, env_nonempty("BILLCTL_WEBHOOK_SECRET"), file.webhook_secret),
        config_path: path,
    })
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| {
            UserError::new(error::Kind::Environment, format!("cannot parse {}", path.display()))
                .details(vec![e.to_string()])
                .hint("fix the file, or see `billctl config init --print` for the accepted keys")
                .into()
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(FileConfig::default()),
        Err(e) => Err(e).with_context(|| format!("cannot read {}", path.display())),
    }
}

/// Replaces the password of a URL (`postgres://u:secret@h/db` → `postgres://u:****@h/db`).
pub fn redact_url(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else { return url.to_string() };
    let rest = &url[scheme_end + 3..];
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match (authority.rfind('@'), authority.find(':')) {
        (Some(at), Some(colon)) if colon < at => {
            format!("{}{}:****{}", &url[..scheme_end + 3], &authority[..colon], &rest[at..])
        }
        _ => url.to_string(),
    }
}

/// Shows only the first characters of a secret key (`sk_test_****`).
pub fn redact_secret(secret: &str) -> String {
    let keep: String = secret.chars().take_while(|c| *c != '_').collect();
    if secret.starts_with("sk_") || secret.starts_with("rk_") {
        let mode = secret.split('_').nth(1).unwrap_or("");
        format!("{keep}_{mode}_****")
    } else {
        "****".to_string()
    }
}

/// One line of `config show`.
#[derive(Debug, Serialize)]
pub struct ShownSetting {
    pub key: &'static str,
    pub value: String,
    pub source: String,
}

impl Config {
    /// The effective settings with secrets redacted, for `config show`.
    pub fn shown(&self) -> Vec<ShownSetting> {
        fn s<T: ToString>(key: &'static str, v: &Option<(T, Source)>, redact: fn(&str) -> String) -> ShownSetting {
            match v {
                Some((v, src)) => {
                    ShownSetting { key, value: redact(&v.to_string()), source: format!("{src:?}").to_lowercase() }
                }
                None => ShownSetting { key, value: String::new(), source: "unset".into() },
            }
        }
        let plain = |t: &str| t.to_string();
        let mut rows = vec![ShownSetting {
            key: "config_path",
            value: self.config_path.display().to_string(),
            source: if self.config_path.exists() { "file" } else { "default (missing)" }.into(),
        }];
        let mut db = s("database_url", &self.database_url, redact_url);
        if self.database_url.is_none() {
            db.value = "(embedded PostgreSQL cluster under data_dir)".into();
            db.source = "default".into();
        }
        rows.push(db);
        rows.push(s("data_dir", &Some((self.data_dir.0.display(), self.data_dir.1)), plain));
        let mut key = s("stripe_secret_key", &self.stripe_secret_key, redact_secret);
        if self.stripe_secret_key.is_none() {
            key.value = "(unset: sandbox gateway, simulated payments)".into();
        }
        rows.push(key);
        rows.push(s("stripe_api_base", &self.stripe_api_base, plain));
        rows.push(s("stripe_timeout_secs", &self.stripe_timeout_secs, plain));
        rows.push(s("retry_schedule", &self.retry_schedule, plain));
        rows.push(s("payment_rate", &self.payment_rate, plain));
        rows.push(s("invoice_number_format", &Some(self.invoice_number_format.clone()), plain));
        rows.push(s("seller_country", &self.seller_country, plain));
        rows.push(s("payment_terms_days", &Some(self.payment_terms_days), plain));
        rows.push(s("proration_invoicing", &Some(self.proration_invoicing.clone()), plain));
        rows.push(s("max_trial_days", &Some(self.max_trial_days), plain));
        rows.push(s("smtp_url", &self.smtp_url, redact_url));
        rows.push(s("email_from", &self.email_from, plain));
        rows.push(s("webhook_url", &self.webhook_url, plain));
        rows.push(s("webhook_secret", &self.webhook_secret, |_| "****".into()));
        rows
    }
}

/// The commented template written by `config init`.
pub const TEMPLATE: &str = r#"# billctl configuration. Every key is optional; environment variables override it.

# PostgreSQL URL (env BILLCTL_DATABASE_URL or DATABASE_URL). Leave unset to let billctl run its own
# private PostgreSQL cluster under data_dir.
# database_url = "postgres://billing@db.internal/billing"

# data_dir = "/var/lib/billctl"            # env BILLCTL_DATA_DIR

# Stripe secret key (env STRIPE_SECRET_KEY). Unset: the offline sandbox gateway simulates payments.
# stripe_secret_key = "sk_test_..."
# stripe_timeout_secs = 30                 # env BILLCTL_STRIPE_TIMEOUT

# Payments: retry failed charges on these days after the first failure (env BILLCTL_RETRY_SCHEDULE),
# and send at most this many gateway requests per second (env BILLCTL_PAYMENT_RATE; default 25 for
# test keys and the sandbox, 100 for live keys).
# retry_schedule = "3,5,7,10"
# payment_rate = 25

# Invoice numbers: {year}, {month}, {seq:N} (zero-padded to N digits). Gapless per prefix.
# invoice_number_format = "INV-{year}-{seq:6}"

# seller_country = "DE"                    # for EU VAT reverse charge
# payment_terms_days = 14

# A mid-period change whose net is a charge: "now" issues its proration invoice at once, "next"
# leaves it for the subscription's next invoice (env BILLCTL_PRORATION_INVOICING).
# proration_invoicing = "now"
# A trial longer than this needs confirmation (--yes in scripts); env BILLCTL_MAX_TRIAL_DAYS.
# max_trial_days = 365

# smtp_url = "smtp://user:password@mail.example.com:587"
# email_from = "billing@example.com"
# webhook_url = "https://example.com/hooks/billing"
# webhook_secret = "whsec_..."
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_passwords_are_redacted() {
        assert_eq!(
            redact_url("postgres://bob:hunter2@db:5432/x?sslmode=require"),
            "postgres://bob:****@db:5432/x?sslmode=require"
        );
        assert_eq!(redact_url("postgres://bob@db/x"), "postgres://bob@db/x");
        assert_eq!(redact_url("postgres:///x?host=/tmp"), "postgres:///x?host=/tmp");
    }

    #[test]
    fn stripe_keys_keep_only_their_mode() {
        assert_eq!(redact_secret("sk_test_abc123"), "sk_test_****");
        assert_eq!(redact_secret("whatever"), "****");
    }

    #[test]
    fn the_template_parses() {
        let parsed: FileConfig = toml::from_str(TEMPLATE).unwrap();
        assert!(parsed.database_url.is_none());
    }
}
