//! E-mail over SMTP (lettre): a pooled async transport to the configured relay.
//!
//! `smtp_url` forms (user and password, percent-encoded, go in the URL; they are never shown):
//!
//! | URL | TLS | default port |
//! |-----|-----|--------------|
//! | `smtp://host[:port]` | STARTTLS when the server offers it (opportunistic) | 25 |
//! | `smtp://host[:port]?tls=none` | never (plain; for a relay on localhost) | 25 |
//! | `smtp://host[:port]?tls=required`, `smtp+starttls://host[:port]` | STARTTLS, required | 587 |
//! | `smtps://host[:port]` | implicit TLS from the first byte | 465 |
//!
//! Plain and STARTTLS connections are pooled here, on sockets with TCP_NODELAY (see `Transport`);
//! `smtps://` uses lettre's pooled transport.
//!
//! # Invariants
//! - SMTP 2xx is [`Outcome::Sent`]; 4xx and connection, timeout or TLS problems are
//!   [`Outcome::Retry`]; 5xx (and an address the relay can never take) are [`Outcome::Permanent`].
//! - The relay's password never appears in an error (errors pass through `config::scrub`).
//! - The Message-ID is the caller's (derived from the event id and template), so a message sent
//!   again after a crash carries the same Message-ID.

use std::time::Duration;

use lettre::message::{Mailbox, MultiPart, SinglePart, header::ContentType};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{AsyncSmtpConnection, Tls, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::response::Severity;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use super::Outcome;
use super::templates::Templates;
use crate::config::Config;
use crate::error;

/// How the connection to the relay is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// Plain SMTP (`?tls=none`).
    None,
    /// STARTTLS when the server offers it (`smtp://`, the default).
    Opportunistic,
    /// STARTTLS or fail (`smtp+starttls://`, `?tls=required`).
    Required,
    /// TLS from the start (`smtps://`).
    Implicit,
}

/// A parsed `smtp_url`.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpUrl {
    pub host: String,
    pub port: u16,
    pub tls: TlsMode,
    pub user: Option<String>,
    pub password: Option<String>,
}

impl std::fmt::Debug for SmtpUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpUrl")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "****"))
            .finish()
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = ((bytes[i + 1] as char).to_digit(16), (bytes[i + 2] as char).to_digit(16))
        {
            out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Parses `smtp_url` (see the module documentation). The error says what is wrong, without the
/// password.
pub fn parse_smtp_url(url: &str) -> Result<SmtpUrl, String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://").ok_or("it is not a URL such as smtp://mail.example.com:587")?;
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let authority = rest.split('/').next().unwrap_or("");
    let (userinfo, hostport) = match authority.rfind('@') {
        Some(at) => (Some(&authority[..at]), &authority[at + 1..]),
        None => (None, authority),
    };
    let mut tls_param = None;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        match pair.split_once('=') {
            Some(("tls", v)) => tls_param = Some(v.to_ascii_lowercase()),
            _ => {
                let key = pair.split('=').next().unwrap_or(pair);
                return Err(format!(
                    "unknown parameter '{key}' (the one parameter is tls=none|opportunistic|required)"
                ));
            }
        }
    }
    let (tls, default_port) = match (scheme.to_ascii_lowercase().as_str(), tls_param.as_deref()) {
        ("smtp", None | Some("opportunistic")) => (TlsMode::Opportunistic, 25),
        ("smtp", Some("none")) => (TlsMode::None, 25),
        ("smtp", Some("required")) | ("smtp+starttls", None | Some("required")) => (TlsMode::Required, 587),
        ("smtps", None) => (TlsMode::Implicit, 465),
        ("smtp" | "smtp+starttls" | "smtps", Some(other)) => {
            return Err(format!("tls={other} is not none, opportunistic or required (for {scheme}://)"));
        }
        (other, _) => return Err(format!("scheme '{other}://' is not smtp://, smtp+starttls:// or smtps://")),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) if !h.ends_with(']') || p.is_empty() => {
            let port = p.parse::<u16>().map_err(|_| format!("port '{p}' is not a number"))?;
            (h, port)
        }
        _ => (hostport, default_port),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err("it names no host (e.g. smtp://mail.example.com:587)".into());
    }
    let (user, password) = match userinfo {
        None => (None, None),
        Some(ui) => match ui.split_once(':') {
            Some((u, p)) => (Some(percent_decode(u)), Some(percent_decode(p))),
            None => (Some(percent_decode(ui)), None),
        },
    };
    Ok(SmtpUrl { host: host.to_string(), port, tls, user, password })
}

/// One e-mail to send.
#[derive(Debug, Clone)]
pub struct Email {
    /// `<…@…>`, stable for the same event and template.
    pub message_id: String,
    pub to: Vec<String>,
    pub cc: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    pub date: chrono::DateTime<chrono::Utc>,
}

/// How connections to the relay are made and reused.
#[derive(Clone)]
enum Transport {
    /// `smtps://`: lettre's own pooled transport.
    Lettre(AsyncSmtpTransport<Tokio1Executor>),
    /// Plain and STARTTLS: our pool of connections on sockets with TCP_NODELAY. (lettre's sockets
    /// keep Nagle's algorithm on; it writes the message and its final `.` separately, and the
    /// relay's delayed ACK then holds every message about 40 ms.)
    Pool(std::sync::Arc<Pool>),
}

/// Idle connections to the relay, reused for the next message.
struct Pool {
    url: SmtpUrl,
    idle: std::sync::Mutex<Vec<(AsyncSmtpConnection, std::time::Instant)>>,
}

/// A connection idle longer than this is not reused (relays close idle sessions).
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// At most this many idle connections are kept.
const MAX_IDLE: usize = 64;

impl Pool {
    fn checkout(&self) -> Option<AsyncSmtpConnection> {
        let mut idle = self.idle.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        while let Some((conn, since)) = idle.pop() {
            if since.elapsed() < IDLE_TIMEOUT && !conn.has_broken() {
                return Some(conn);
            }
        }
        None
    }

    fn checkin(&self, conn: AsyncSmtpConnection) {
        let mut idle = self.idle.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if idle.len() < MAX_IDLE && !conn.has_broken() {
            idle.push((conn, std::time::Instant::now()));
        }
    }

    /// A new connection: TCP (no Nagle), EHLO, STARTTLS as the URL says, AUTH.
    async fn connect(&self) -> Result<AsyncSmtpConnection, Outcome> {
        let u = &self.url;
        let retry = |error: String| Outcome::Retry {
            error: crate::config::scrub(&error),
            http_status: None,
            retry_after: None,
        };
        let tcp = tokio::time::timeout(SMTP_TIMEOUT, tokio::net::TcpStream::connect((u.host.as_str(), u.port)))
            .await
            .map_err(|_| retry(format!("SMTP connection to {}:{} timed out", u.host, u.port)))?
            .map_err(|e| retry(format!("SMTP connection to {}:{} failed: {e}", u.host, u.port)))?;
        tcp.set_nodelay(true).map_err(|e| retry(format!("SMTP socket: {e}")))?;
        let hello = ClientId::default();
        let mut conn =
            tokio::time::timeout(SMTP_TIMEOUT, AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &hello))
                .await
                .map_err(|_| retry(format!("SMTP greeting from {}:{} timed out", u.host, u.port)))?
                .map_err(|e| classify(&e))?;
        let starttls = match u.tls {
            TlsMode::Required if !conn.can_starttls() => {
                return Err(retry(format!("{}:{} does not offer STARTTLS, which smtp_url requires", u.host, u.port)));
            }
            TlsMode::Required => true,
            TlsMode::Opportunistic => conn.can_starttls(),
            TlsMode::None | TlsMode::Implicit => false,
        };
        if starttls {
            let params = TlsParameters::new(u.host.clone()).map_err(|e| retry(format!("TLS for {}: {e}", u.host)))?;
            conn.starttls(params, &hello).await.map_err(|e| retry(format!("STARTTLS with {}: {e}", u.host)))?;
        }
        if let Some(user) = &u.user {
            let creds = Credentials::new(user.clone(), u.password.clone().unwrap_or_default());
            conn.auth(lettre::transport::smtp::authentication::DEFAULT_MECHANISMS, &creds)
                .await
                .map_err(|e| classify(&e))?;
        }
        Ok(conn)
    }

    /// Sends on a pooled connection (again on a new one if a reused connection turns out closed).
    async fn send(&self, envelope: &lettre::address::Envelope, raw: &[u8]) -> Outcome {
        let mut reused = self.checkout();
        loop {
            let was_reused = reused.is_some();
            let mut conn = match reused.take() {
                Some(c) => c,
                None => match self.connect().await {
                    Ok(c) => c,
                    Err(outcome) => return outcome,
                },
            };
            match tokio::time::timeout(SMTP_TIMEOUT, conn.send(envelope, raw)).await {
                Ok(Ok(r)) => {
                    self.checkin(conn);
                    return if r.is_positive() {
                        Outcome::Sent { http_status: None }
                    } else {
                        Outcome::Retry {
                            error: format!("SMTP {}: {}", r.code(), r.message().collect::<Vec<_>>().join(" ")),
                            http_status: None,
                            retry_after: None,
                        }
                    };
                }
                // A reused connection the relay closed while idle: once more on a new one.
                Ok(Err(e)) if was_reused && e.status().is_none() && !e.is_client() => continue,
                Ok(Err(e)) => return classify(&e),
                Err(_) => {
                    return Outcome::Retry {
                        error: format!(
                            "SMTP: no answer from {}:{} within {} s",
                            self.url.host,
                            self.url.port,
                            SMTP_TIMEOUT.as_secs()
                        ),
                        http_status: None,
                        retry_after: None,
                    };
                }
            }
        }
    }
}

/// The pooled SMTP transport to the configured relay, the sender, and the templates.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    tls: TlsMode,
    pub templates: std::sync::Arc<Templates>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").field("from", &self.from.to_string()).field("tls", &self.tls).finish()
    }
}

/// How long one SMTP exchange may take.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(15);

impl Mailer {
    /// `None` when no relay is configured. A bad `smtp_url`, or `smtp_url` without `email_from`,
    /// is an error naming the key (exit 5).
    pub fn from_config(config: &Config) -> anyhow::Result<Option<Mailer>> {
        let Some((url, _)) = &config.smtp_url else { return Ok(None) };
        let parsed = parse_smtp_url(url).map_err(|why| {
            error::environment(format!("smtp_url is not valid: {why}"))
                .hint("write e.g. smtp://user:password@mail.example.com:587 or smtps://mail.example.com (config.toml or BILLCTL_SMTP_URL)")
        })?;
        let Some((from, _)) = &config.email_from else {
            return Err(error::environment("smtp_url is set but email_from is not: e-mail needs a sender address")
                .hint("set email_from = \"Billing <billing@example.com>\" in config.toml, or BILLCTL_EMAIL_FROM")
                .into());
        };
        let from: Mailbox = from.parse().map_err(|e| {
            error::environment(format!("email_from '{from}' is not an e-mail address: {e}"))
                .hint("write e.g. email_from = \"Billing <billing@example.com>\"")
        })?;
        let templates = Templates::from_config(config);
        Ok(Some(Mailer::new(&parsed, from, templates)?))
    }

    /// A mailer for `url` sending as `from`.
    pub fn new(url: &SmtpUrl, from: Mailbox, templates: Templates) -> anyhow::Result<Mailer> {
        let transport = if url.tls == TlsMode::Implicit {
            let params = TlsParameters::new(url.host.clone())
                .map_err(|e| error::environment(format!("smtp_url: cannot set up TLS for {}: {e}", url.host)))?;
            let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(url.host.clone())
                .port(url.port)
                .tls(Tls::Wrapper(params))
                .timeout(Some(SMTP_TIMEOUT))
                .pool_config(PoolConfig::new().max_size(64).idle_timeout(IDLE_TIMEOUT));
            if let Some(user) = &url.user {
                builder = builder.credentials(Credentials::new(user.clone(), url.password.clone().unwrap_or_default()));
            }
            Transport::Lettre(builder.build())
        } else {
            Transport::Pool(std::sync::Arc::new(Pool { url: url.clone(), idle: std::sync::Mutex::new(Vec::new()) }))
        };
        Ok(Mailer { transport, from, tls: url.tls, templates: std::sync::Arc::new(templates) })
    }

    /// The domain of the sender address (Message-IDs are made in it).
    pub fn domain(&self) -> &str {
        self.from.email.domain()
    }

    /// Sends one e-mail and says how it went.
    pub async fn send(&self, email: &Email) -> Outcome {
        let message = match self.build(email) {
            Ok(m) => m,
            Err(e) => return Outcome::Permanent { error: e, http_status: None },
        };
        match &self.transport {
            Transport::Pool(pool) => pool.send(message.envelope(), &message.formatted()).await,
            Transport::Lettre(t) => match t.send(message).await {
                Ok(r) if r.is_positive() => Outcome::Sent { http_status: None },
                Ok(r) => Outcome::Retry {
                    error: format!("SMTP {}: {}", r.code(), r.message().collect::<Vec<_>>().join(" ")),
                    http_status: None,
                    retry_after: None,
                },
                Err(e) => classify(&e),
            },
        }
    }

    fn build(&self, email: &Email) -> Result<Message, String> {
        let mut b = Message::builder()
            .message_id(Some(email.message_id.clone()))
            .from(self.from.clone())
            .subject(email.subject.clone())
            .date(std::time::SystemTime::from(email.date));
        let parse = |a: &str| a.parse::<Mailbox>().map_err(|e| format!("'{a}' is not an e-mail address: {e}"));
        if email.to.is_empty() {
            return Err("no recipient: the account has no e-mail address".into());
        }
        for a in &email.to {
            b = b.to(parse(a)?);
        }
        for a in &email.cc {
            b = b.cc(parse(a)?);
        }
        let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(email.text.clone());
        let built = match &email.html {
            Some(html) => b.multipart(
                MultiPart::alternative()
                    .singlepart(text)
                    .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(html.clone())),
            ),
            None => b.singlepart(text),
        };
        built.map_err(|e| format!("the message cannot be built: {e}"))
    }
}

/// A failed send as an outcome: 4xx and connection trouble retry, 5xx and client errors are final.
fn classify(e: &lettre::transport::smtp::Error) -> Outcome {
    let text = crate::config::scrub(&format!("SMTP {e}"));
    match e.status().map(|c| c.severity) {
        Some(Severity::PermanentNegativeCompletion) => Outcome::Permanent { error: text, http_status: None },
        Some(_) => Outcome::Retry { error: text, http_status: None, retry_after: None },
        None if e.is_client() => Outcome::Permanent { error: text, http_status: None },
        None => Outcome::Retry { error: text, http_status: None, retry_after: None },
    }
}

/// The Message-ID of the e-mail `template` sends for `event_id`: the same on every attempt.
pub fn message_id(event_id: &str, template: &str, domain: &str) -> String {
    format!("<{event_id}.{template}@{domain}>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scheme_and_tls_parameter_choose_the_tls_mode_and_default_port() {
        let u = parse_smtp_url("smtp://mail.example.com").unwrap();
        assert_eq!((u.tls, u.port), (TlsMode::Opportunistic, 25));
        let u = parse_smtp_url("smtp://127.0.0.1:2525?tls=none").unwrap();
        assert_eq!((u.host.as_str(), u.tls, u.port), ("127.0.0.1", TlsMode::None, 2525));
        assert_eq!(parse_smtp_url("smtp+starttls://m.example.com").unwrap().tls, TlsMode::Required);
        assert_eq!(parse_smtp_url("smtp://m.example.com?tls=required").unwrap().port, 587);
        let u = parse_smtp_url("smtps://m.example.com").unwrap();
        assert_eq!((u.tls, u.port), (TlsMode::Implicit, 465));
    }

    #[test]
    fn credentials_come_from_the_url_percent_decoded() {
        let u = parse_smtp_url("smtp://bob%40example.com:p%3Ass@m.example.com:587").unwrap();
        assert_eq!(u.user.as_deref(), Some("bob@example.com"));
        assert_eq!(u.password.as_deref(), Some("p:ss"));
        assert!(!format!("{u:?}").contains("p:ss"));
    }

    #[test]
    fn bad_urls_say_why() {
        assert!(parse_smtp_url("http://m.example.com").unwrap_err().contains("scheme"));
        assert!(parse_smtp_url("smtp://m.example.com?tls=maybe").unwrap_err().contains("tls=maybe"));
        assert!(parse_smtp_url("smtps://m.example.com?tls=none").is_err());
        assert!(parse_smtp_url("smtp://:25").unwrap_err().contains("host"));
        assert!(parse_smtp_url("smtp://m.example.com:x").unwrap_err().contains("port"));
        assert!(parse_smtp_url("smtp://m.example.com?timeout=3").unwrap_err().contains("timeout"));
    }

    #[test]
    fn the_message_id_is_made_of_the_event_and_template() {
        assert_eq!(message_id("evt_1", "reminder", "example.com"), "<evt_1.reminder@example.com>");
    }
}
