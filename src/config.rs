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
//! | credit_note_number_format | BILLCTL_CREDIT_NOTE_NUMBER_FORMAT | e.g. `CN-{year}-{seq:6}` |
//! | seller_country | BILLCTL_SELLER_COUNTRY | seller's country for tax (EU reverse charge) |
//! | payment_terms_days | BILLCTL_PAYMENT_TERMS_DAYS | days from issue to due date |
//! | deliver_after_commit | BILLCTL_DELIVER_AFTER_COMMIT | a command sends the notifications it queued right away (default true) |
//! | smtp_url | BILLCTL_SMTP_URL | SMTP relay for e-mail notifications (see notify::email for the TLS forms) |
//! | email_from | BILLCTL_EMAIL_FROM | sender of e-mail notifications (required with smtp_url) |
//! | company_name | BILLCTL_COMPANY_NAME | the name e-mails sign with |
//! | templates_dir | BILLCTL_TEMPLATES_DIR | e-mail template overrides: `<dir>/email/<locale>/NAME.txt|html` |
//! | secrets_key | BILLCTL_SECRETS_KEY | base64 of 32 bytes sealing webhook secrets (else `<data_dir>/secrets.key`) |
//! | webhook_timeout_secs | BILLCTL_WEBHOOK_TIMEOUT | seconds to wait for one webhook answer (default 15) |
//!
//! `webhook_url` / `webhook_secret` (and their variables) are no longer used: endpoints are added
//! with `billctl webhook endpoint add`; a configuration that still sets them gets a warning.
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
    pub credit_note_number_format: Option<String>,
    pub seller_country: Option<String>,
    pub payment_terms_days: Option<u32>,
    pub proration_invoicing: Option<String>,
    pub max_trial_days: Option<u32>,
    pub deliver_after_commit: Option<bool>,
    pub smtp_url: Option<String>,
    pub email_from: Option<String>,
    pub company_name: Option<String>,
    pub templates_dir: Option<PathBuf>,
    /// No longer used (see `billctl webhook endpoint add`); accepted so old files still parse.
    pub webhook_url: Option<String>,
    /// No longer used (see `billctl webhook endpoint add`); accepted so old files still parse.
    pub webhook_secret: Option<String>,
    pub secrets_key: Option<String>,
    pub webhook_timeout_secs: Option<f64>,
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
    pub credit_note_number_format: (String, Source),
    pub seller_country: Option<(String, Source)>,
    pub payment_terms_days: (u32, Source),
    /// `now` (default): a mid-period change whose net is a charge is invoiced at once; `next`: on
    /// the subscription's next invoice.
    pub proration_invoicing: (String, Source),
    /// The longest trial accepted without confirmation (default 365 days).
    pub max_trial_days: (u32, Source),
    /// Whether a command sends the few notifications it queued right after its commit (else only
    /// `notify deliver` sends).
    pub deliver_after_commit: (bool, Source),
    pub smtp_url: Option<(String, Source)>,
    pub email_from: Option<(String, Source)>,
    /// The master key sealing webhook signing secrets (base64 of 32 bytes); unset: a key file
    /// `secrets.key` in data_dir, created 0600 on first use.
    pub secrets_key: Option<(String, Source)>,
    /// Seconds to wait for one webhook answer (default 15).
    pub webhook_timeout_secs: Option<(f64, Source)>,
    /// The name e-mails sign with (default: the display name of email_from, else its domain).
    pub company_name: Option<(String, Source)>,
    /// A directory of e-mail templates that override the shipped ones.
    pub templates_dir: Option<(PathBuf, Source)>,
    /// Problems worth telling the person (e.g. a config file with secrets readable by others).
    pub warnings: Vec<String>,
}

pub const DEFAULT_INVOICE_NUMBER_FORMAT: &str = "INV-{year}-{seq:6}";
pub const DEFAULT_CREDIT_NOTE_NUMBER_FORMAT: &str = "CN-{year}-{seq:6}";

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

/// An environment variable's value, unless unset or blank. config.rs is the one module that reads
/// the environment; other modules ask here.
pub fn env_nonempty(key: &str) -> Option<String> {
    #[allow(clippy::disallowed_methods)]
    std::env::var(key).ok().filter(|v| !v.trim().is_empty())
}

/// An environment variable's raw value (paths, flags whose presence counts), as the OS holds it.
pub fn env_os(key: &str) -> Option<std::ffi::OsString> {
    // config.rs is the one module that reads the environment.
    #[allow(clippy::disallowed_methods)]
    std::env::var_os(key)
}

fn pick<T>(flag: Option<T>, env: Option<T>, file: Option<T>) -> Option<(T, Source)> {
    flag.map(|v| (v, Source::Flag))
        .or_else(|| env.map(|v| (v, Source::Env)))
        .or_else(|| file.map(|v| (v, Source::File)))
}

/// Reads the file (if present) and applies environment variables and the `--database-url` flag.
/// A boolean environment variable: true/false, yes/no, on/off, 1/0; anything else is an error naming it.
fn bool_env(key: &str) -> anyhow::Result<Option<bool>> {
    match env_nonempty(key) {
        None => Ok(None),
        Some(v) => match v.trim().to_ascii_lowercase().as_str() {
            "1" | "true" | "yes" | "on" => Ok(Some(true)),
            "0" | "false" | "no" | "off" => Ok(Some(false)),
            _ => Err(crate::error::usage(format!("{key}='{v}' is not true or false")).into()),
        },
    }
}

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
    let cfg = Config {
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
        credit_note_number_format: pick(
            None,
            env_nonempty("BILLCTL_CREDIT_NOTE_NUMBER_FORMAT"),
            file.credit_note_number_format,
        )
        .unwrap_or((DEFAULT_CREDIT_NOTE_NUMBER_FORMAT.to_string(), Source::Default)),
        seller_country: pick(None, env_nonempty("BILLCTL_SELLER_COUNTRY"), file.seller_country),
        payment_terms_days: pick(None, terms_env, file.payment_terms_days).unwrap_or((14, Source::Default)),
        proration_invoicing: proration,
        max_trial_days: pick(None, days_env("BILLCTL_MAX_TRIAL_DAYS")?, file.max_trial_days)
            .unwrap_or((365, Source::Default)),
        deliver_after_commit: pick(None, bool_env("BILLCTL_DELIVER_AFTER_COMMIT")?, file.deliver_after_commit)
            .unwrap_or((true, Source::Default)),
        smtp_url: pick(None, env_nonempty("BILLCTL_SMTP_URL"), file.smtp_url),
        email_from: pick(None, env_nonempty("BILLCTL_EMAIL_FROM"), file.email_from),
        secrets_key: pick(None, env_nonempty("BILLCTL_SECRETS_KEY"), file.secrets_key),
        webhook_timeout_secs: pick(None, number_env("BILLCTL_WEBHOOK_TIMEOUT")?, file.webhook_timeout_secs),
        company_name: pick(None, env_nonempty("BILLCTL_COMPANY_NAME"), file.company_name),
        templates_dir: pick(None, env_nonempty("BILLCTL_TEMPLATES_DIR").map(PathBuf::from), file.templates_dir),
        config_path: path,
        warnings: Vec::new(),
    };
    let mut cfg = cfg;
    let old_webhook = [
        ("webhook_url", file.webhook_url.is_some() || env_nonempty("BILLCTL_WEBHOOK_URL").is_some()),
        ("webhook_secret", file.webhook_secret.is_some() || env_nonempty("BILLCTL_WEBHOOK_SECRET").is_some()),
    ];
    for (key, set) in old_webhook {
        if set {
            cfg.warnings.push(format!(
                "{key} is no longer used: add the endpoint with `billctl webhook endpoint add URL` (it prints its \
                 signing secret) and remove {key} from config.toml / the environment"
            ));
        }
    }
    let _ = KNOWN_SECRETS.set(cfg.secrets());
    if cfg.file_holds_secret()
        && let Some(mode) = readable_by_others(&cfg.config_path)
    {
        cfg.warnings.push(format!(
            "{} holds secrets and can be read by other users (mode {mode:04o}); run `chmod 600 {}`",
            cfg.config_path.display(),
            cfg.config_path.display()
        ));
    }
    Ok(cfg)
}

/// The file's permission bits when group or others may read it.
fn readable_by_others(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o044 != 0).then_some(mode)
}

/// Writes the config template: the file 0600 (it is where secrets go), its directory 0700 when
/// billctl creates it. Refuses to overwrite an existing file.
pub fn write_template(path: &Path) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    }
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    file.write_all(TEMPLATE.as_bytes())?;
    file.sync_all()
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

/// Query parameters and key/value settings whose values are secrets (compared case-insensitively;
/// a name that ends in one of these, such as `sslpassword` or `access_token`, counts too).
const SECRET_NAMES: [&str; 7] = ["password", "passwd", "pwd", "token", "secret", "key", "signature"];

fn is_secret_name(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    SECRET_NAMES.iter().any(|s| name.ends_with(s)) || name == "auth" || name == "sig"
}

/// Redacts the credentials of a connection string or URL, whichever form it has:
/// - a URL's user info password (`postgres://u:secret@h/db` → `postgres://u:****@h/db`),
/// - secret query parameters (`?password=…`, `&token=…`, `sslpassword=…`),
/// - the key/value form (`host=db password=secret` → `host=db password=****`, quoted values too).
pub fn redact_url(url: &str) -> String {
    if !url.contains("://") {
        return redact_key_values(url);
    }
    let scheme_end = url.find("://").map(|i| i + 3).unwrap_or(0);
    let rest = &url[scheme_end..];
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    let mut out = String::with_capacity(url.len());
    out.push_str(&url[..scheme_end]);
    match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.find(':') {
                Some(colon) => {
                    out.push_str(&userinfo[..colon]);
                    out.push_str(":****");
                }
                // A user name alone can itself be a token (`https://ghp_xyz@host`): keep only its start.
                None if userinfo.len() > 16 => out.push_str("****"),
                None => out.push_str(userinfo),
            }
            out.push_str(&authority[at..]);
        }
        None => out.push_str(authority),
    }
    let tail = &rest[authority_end..];
    match tail.find('?') {
        Some(q) => {
            out.push_str(&tail[..=q]);
            let (query, fragment) = match tail[q + 1..].find('#') {
                Some(h) => (&tail[q + 1..q + 1 + h], &tail[q + 1 + h..]),
                None => (&tail[q + 1..], ""),
            };
            let parts: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, _)) if is_secret_name(k) => format!("{k}=****"),
                    _ => pair.to_string(),
                })
                .collect();
            out.push_str(&parts.join("&"));
            out.push_str(fragment);
        }
        None => out.push_str(tail),
    }
    out
}

/// Redacts secret values in the key/value form `host=db user=u password='s e c' dbname=x`, and in
/// `key = "value"` lines such as a TOML file quoted by a parse error.
fn redact_key_values(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(eq) = rest.find('=') {
        let before = rest[..eq].trim_end();
        let key_start = before.rfind(|c: char| c.is_whitespace() || ";,?&\"'(".contains(c)).map(|i| i + 1).unwrap_or(0);
        let key = &before[key_start..];
        out.push_str(&rest[..=eq]);
        let after = &rest[eq + 1..];
        let value = after.trim_start();
        out.push_str(&after[..after.len() - value.len()]);
        let value_len = match value.chars().next() {
            Some(q @ ('\'' | '"')) => {
                // Quoted: up to the closing quote that is not escaped by a backslash.
                let mut end = value.len();
                let mut escaped = false;
                for (i, c) in value.char_indices().skip(1) {
                    match c {
                        // An unterminated quote (a TOML error quoting the line) ends with its line.
                        '\n' => {
                            end = i;
                            break;
                        }
                        '\\' if !escaped => escaped = true,
                        c if c == q && !escaped => {
                            end = i + 1;
                            break;
                        }
                        _ => escaped = false,
                    }
                }
                end
            }
            _ => value.find(|c: char| c.is_whitespace() || ";,&\")".contains(c)).unwrap_or(value.len()),
        };
        if is_secret_name(key) && value_len > 0 {
            out.push_str("****");
        } else {
            out.push_str(&value[..value_len]);
        }
        rest = &value[value_len..];
    }
    out.push_str(rest);
    out
}

/// Redacts every URL and `key=value` secret inside a free text (an error message, a cause from a
/// library), then every secret value this process has loaded from its configuration.
pub fn scrub(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match word.find("://") {
            Some(sep) => {
                // The URL may sit inside quotes or brackets: redact from its scheme on.
                let start = word[..sep]
                    .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.'))
                    .map(|j| j + 1)
                    .unwrap_or(0);
                out.push_str(&word[..start]);
                out.push_str(&redact_url(&word[start..]));
            }
            None => out.push_str(word),
        }
    }
    let mut out = redact_key_values(&out);
    if let Some(secrets) = KNOWN_SECRETS.get() {
        for s in secrets {
            if out.contains(s.as_str()) {
                out = out.replace(s.as_str(), "****");
            }
        }
    }
    out
}

/// The secret values of the loaded configuration, so that [`scrub`] removes them from any text
/// even where no pattern would recognise them.
static KNOWN_SECRETS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

/// The secrets held by a configuration value: a URL's password and secret parameters, a whole key.
fn secrets_in_url(url: &str) -> Vec<String> {
    let mut found = Vec::new();
    let redacted = redact_url(url);
    if redacted != url {
        // The secrets are the pieces of the original that the redaction replaced.
        let (mut a, b) = (url, redacted.as_str());
        for piece in b.split("****") {
            if let Some(pos) = a.find(piece) {
                let skipped = &a[..pos];
                if !skipped.is_empty() {
                    found.push(skipped.to_string());
                }
                a = &a[pos + piece.len()..];
            }
        }
        if !a.is_empty() {
            found.push(a.to_string());
        }
    }
    found.retain(|s| s.len() >= 3);
    found
}

impl Config {
    /// Every secret this configuration holds, in clear (for scrubbing only; never shown).
    fn secrets(&self) -> Vec<String> {
        let mut out = Vec::new();
        for url in [&self.database_url, &self.smtp_url].into_iter().flatten() {
            out.extend(secrets_in_url(&url.0));
        }
        for key in [&self.stripe_secret_key, &self.secrets_key].into_iter().flatten() {
            if key.0.len() >= 3 {
                out.push(key.0.clone());
            }
        }
        out
    }

    /// Whether the config file itself holds a secret (not only the environment).
    fn file_holds_secret(&self) -> bool {
        let from_file = |v: &Option<(String, Source)>| v.as_ref().is_some_and(|(_, s)| *s == Source::File);
        let url_secret =
            |v: &Option<(String, Source)>| from_file(v) && v.as_ref().is_some_and(|(u, _)| redact_url(u) != *u);
        url_secret(&self.database_url)
            || url_secret(&self.smtp_url)
            || from_file(&self.stripe_secret_key)
            || from_file(&self.secrets_key)
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
        // A setting left unset shows the value billctl uses, marked `default`.
        let or_default = |mut row: ShownSetting, value: String| {
            if row.source == "unset" {
                row.value = value;
                row.source = "default".into();
            }
            row
        };
        rows.push(or_default(
            s("stripe_api_base", &self.stripe_api_base, plain),
            crate::gateway::stripe::DEFAULT_BASE_URL.into(),
        ));
        rows.push(or_default(
            s("stripe_timeout_secs", &self.stripe_timeout_secs, plain),
            crate::gateway::stripe::DEFAULT_TIMEOUT.as_secs().to_string(),
        ));
        let schedule = crate::domain::retry::RetrySchedule::default();
        let days: Vec<String> = schedule.days().iter().map(ToString::to_string).collect();
        rows.push(or_default(s("retry_schedule", &self.retry_schedule, plain), days.join(",")));
        let key = self.stripe_secret_key.as_ref().map(|(k, _)| k.as_str());
        rows.push(or_default(
            s("payment_rate", &self.payment_rate, plain),
            crate::domain::retry::default_rate(key).to_string(),
        ));
        rows.push(s("invoice_number_format", &Some(self.invoice_number_format.clone()), plain));
        rows.push(s("credit_note_number_format", &Some(self.credit_note_number_format.clone()), plain));
        rows.push(s("seller_country", &self.seller_country, plain));
        rows.push(s("payment_terms_days", &Some(self.payment_terms_days), plain));
        rows.push(s("proration_invoicing", &Some(self.proration_invoicing.clone()), plain));
        rows.push(s("max_trial_days", &Some(self.max_trial_days), plain));
        rows.push(s("deliver_after_commit", &Some(self.deliver_after_commit), plain));
        rows.push(s("smtp_url", &self.smtp_url, redact_url));
        rows.push(s("email_from", &self.email_from, plain));
        rows.push(s("company_name", &self.company_name, plain));
        rows.push(s(
            "templates_dir",
            &self.templates_dir.as_ref().map(|(d, src)| (d.display().to_string(), *src)),
            plain,
        ));
        let mut key = s("secrets_key", &self.secrets_key, |_| "****".into());
        if self.secrets_key.is_none() {
            key.value = format!("(key file {})", self.data_dir.0.join("secrets.key").display());
            key.source = "default".into();
        }
        rows.push(key);
        rows.push(or_default(
            s("webhook_timeout_secs", &self.webhook_timeout_secs, plain),
            crate::notify::webhook::DEFAULT_TIMEOUT.as_secs().to_string(),
        ));
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
# Credit notes (voids, unused time credited) have their own gapless series:
# credit_note_number_format = "CN-{year}-{seq:6}"

# seller_country = "DE"                    # for EU VAT reverse charge
# payment_terms_days = 14

# A mid-period change whose net is a charge: "now" issues its proration invoice at once, "next"
# leaves it for the subscription's next invoice (env BILLCTL_PRORATION_INVOICING).
# proration_invoicing = "now"
# A trial longer than this needs confirmation (--yes in scripts); env BILLCTL_MAX_TRIAL_DAYS.
# max_trial_days = 365

# Send the few notifications a command queued right after it commits (env
# BILLCTL_DELIVER_AFTER_COMMIT); false leaves everything to `billctl notify deliver` (cron).
# deliver_after_commit = true

# E-mail (env BILLCTL_SMTP_URL, BILLCTL_EMAIL_FROM, BILLCTL_COMPANY_NAME, BILLCTL_TEMPLATES_DIR).
# smtp:// uses STARTTLS when offered (?tls=none: never, ?tls=required: must); smtp+starttls://
# requires STARTTLS (port 587); smtps:// is TLS from the start (port 465).
# smtp_url = "smtp+starttls://user:password@mail.example.com:587"
# email_from = "Example Billing <billing@example.com>"
# company_name = "Example Ltd"
# Overrides of the shipped e-mail templates: <dir>/email/<locale>/NAME.txt and NAME.html
# templates_dir = "/etc/billctl/templates"

# Webhooks: add endpoints with `billctl webhook endpoint add URL`. Their signing secrets are stored
# sealed with this key (base64 of 32 bytes; env BILLCTL_SECRETS_KEY); unset, billctl creates the key
# file secrets.key (mode 0600) in data_dir. Keep it: secrets sealed with a lost key are lost.
# secrets_key = "…"
# webhook_timeout_secs = 15               # env BILLCTL_WEBHOOK_TIMEOUT
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
    fn secret_query_parameters_are_redacted() {
        assert_eq!(
            redact_url("postgres://bob@db/x?password=hunter2&sslmode=require"),
            "postgres://bob@db/x?password=****&sslmode=require"
        );
        assert_eq!(
            redact_url("https://user:pass@hooks.example.com/in?token=abc&x=1#frag"),
            "https://user:****@hooks.example.com/in?token=****&x=1#frag"
        );
        assert_eq!(redact_url("postgres://h/x?sslpassword=s3"), "postgres://h/x?sslpassword=****");
    }

    #[test]
    fn key_value_connection_strings_are_redacted() {
        assert_eq!(redact_url("host=db user=bob password=hunter2 dbname=x"), "host=db user=bob password=**** dbname=x");
        assert_eq!(redact_url("host=db password='a b\\' c' dbname=x"), "host=db password=**** dbname=x");
        assert_eq!(redact_url("host=/tmp dbname=x"), "host=/tmp dbname=x");
    }

    #[test]
    fn free_text_is_scrubbed_of_urls_and_key_values() {
        let text = "cannot connect to \"postgres://u:pw1@db/x?password=pw2\": refused; dsn host=db password=pw3";
        let scrubbed = scrub(text);
        for secret in ["pw1", "pw2", "pw3"] {
            assert!(!scrubbed.contains(secret), "{secret} leaked in {scrubbed}");
        }
        assert!(scrubbed.contains("postgres://u:****@db/x"), "{scrubbed}");
        assert_eq!(scrub("stripe_secret_key = \"sk_live_123\""), "stripe_secret_key = ****");
        assert_eq!(scrub("nothing to hide = here"), "nothing to hide = here");
    }

    #[test]
    fn the_secrets_of_a_url_are_the_redacted_pieces() {
        assert_eq!(secrets_in_url("postgres://u:pw1@db/x?password=pw2&a=b"), vec!["pw1", "pw2"]);
        assert!(secrets_in_url("postgres://u@db/x").is_empty());
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
