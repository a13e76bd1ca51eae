//! Signed webhook delivery per Standard Webhooks (<https://www.standardwebhooks.com>).
//!
//! - Headers: `webhook-id` (the event id: the receiver's idempotency key, the same on every retry),
//!   `webhook-timestamp` (unix seconds of this attempt), `webhook-signature` (`v1,<base64>` of
//!   HMAC-SHA256 over `id.timestamp.body` with the secret's bytes, the base64 after `whsec_`;
//!   several, space-separated, during a secret rotation), `content-type: application/json`,
//!   `user-agent: billctl/<version>`.
//! - How an answer is taken ([`classify`]): 2xx sent; 410 gone (the endpoint is disabled); 408, 409,
//!   425, 429, 5xx, a connection error or no answer within the timeout (15 s) are retried (after the
//!   receiver's `Retry-After`, seconds or an HTTP date, when it asks for longer); any other status
//!   (other 4xx, redirects, which are not followed) is permanent.
//! - SSRF: a URL must be http(s) ([`check_url`]), and unless its endpoint allows private addresses
//!   its host must not be or resolve to a loopback, private, link-local, CGNAT, multicast or
//!   unspecified address ([`is_private`]). The check runs when the endpoint is added and again on
//!   every send, inside the connector's own DNS resolution, so a DNS change cannot get around it.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::OnceLock;
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use bytes::Bytes;
use hmac::{Hmac, KeyInit, Mac};
use http_body_util::{BodyExt, Full};
use hyper::header::{CONTENT_TYPE, RETRY_AFTER, USER_AGENT};
use hyper::{Method, Request, Uri};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client as HyperClient;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::connect::dns::Name;
use hyper_util::rt::TokioExecutor;
use sha2::Sha256;

use super::Outcome;
use super::secrets::MasterKey;
use crate::config::Config;

type HmacSha256 = Hmac<Sha256>;
type Http = HyperClient<HttpsConnector<HttpConnector<GuardedResolver>>, Full<Bytes>>;

/// How long one attempt waits for a complete answer, unless `webhook_timeout_secs` says otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(15);
/// How far a `webhook verify` timestamp may be from now (Standard Webhooks suggests 5 minutes).
pub const DEFAULT_TOLERANCE_SECS: i64 = 300;
const USER_AGENT_VALUE: &str = concat!("billctl/", env!("CARGO_PKG_VERSION"));
/// The error text of a send refused because the host resolved to a private address.
const PRIVATE_MARKER: &str = "resolves to the private address";

/// The HTTP client webhooks are posted with: one pooled client that may reach private addresses
/// (endpoints added with `--allow-private`) and one that refuses them in its DNS resolution.
pub struct Client {
    strict: Http,
    open: Http,
    timeout: Duration,
    config: Config,
    key: OnceLock<Result<MasterKey, String>>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("timeout", &self.timeout).finish_non_exhaustive()
    }
}

fn http(allow_private: bool) -> anyhow::Result<Http> {
    let mut conn = HttpConnector::new_with_resolver(GuardedResolver { allow_private });
    conn.enforce_http(false);
    conn.set_nodelay(true);
    conn.set_connect_timeout(Some(Duration::from_secs(10)));
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
        .map_err(|e| anyhow::anyhow!("TLS setup: {e}"))?
        .https_or_http()
        .enable_http1()
        .wrap_connector(conn);
    Ok(HyperClient::builder(TokioExecutor::new()).pool_idle_timeout(Duration::from_secs(30)).build(https))
}

impl Client {
    pub fn new(config: &Config) -> anyhow::Result<Client> {
        let timeout =
            config.webhook_timeout_secs.as_ref().map_or(DEFAULT_TIMEOUT, |(s, _)| Duration::from_secs_f64(*s));
        Ok(Client { strict: http(false)?, open: http(true)?, timeout, config: config.clone(), key: OnceLock::new() })
    }

    /// The master key that opens the endpoints' secrets, loaded (or created) on first use.
    pub fn master_key(&self) -> anyhow::Result<&MasterKey> {
        match self.key.get_or_init(|| MasterKey::load(&self.config).map_err(|e| format!("{e:#}"))) {
            Ok(k) => Ok(k),
            Err(msg) => Err(crate::error::environment(msg.clone())
                .hint("set secrets_key / BILLCTL_SECRETS_KEY to the key the endpoints were added with")
                .into()),
        }
    }

    /// Posts one signed delivery and says how it went. Never fails: every problem is an [`Outcome`].
    /// `timestamp` is this attempt's unix time (also the base of a `Retry-After` date).
    pub async fn post(
        &self,
        url: &str,
        allow_private: bool,
        event_id: &str,
        timestamp: i64,
        body: Bytes,
        signatures: &[String],
    ) -> Outcome {
        let uri = match check_url(url) {
            Ok(u) => u,
            Err(e) => return Outcome::Permanent { error: e, http_status: None },
        };
        if !allow_private
            && let Some(ip) = literal_ip(&uri)
            && is_private(ip)
        {
            return Outcome::Permanent {
                error: format!("{ip} is a private address and the endpoint was not added with --allow-private"),
                http_status: None,
            };
        }
        let req = Request::builder()
            .method(Method::POST)
            .uri(uri)
            .header(CONTENT_TYPE, "application/json")
            .header(USER_AGENT, USER_AGENT_VALUE)
            .header("webhook-id", event_id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signatures.join(" "))
            .body(Full::new(body));
        let req = match req {
            Ok(r) => r,
            Err(e) => return Outcome::Permanent { error: format!("cannot build the request: {e}"), http_status: None },
        };
        let client = if allow_private { &self.open } else { &self.strict };
        let exchange = async {
            let resp = client.request(req).await?;
            let status = resp.status().as_u16();
            let retry_after = resp.headers().get(RETRY_AFTER).and_then(|v| v.to_str().ok()).map(str::to_string);
            // Read (a bounded part of) the answer so the connection can be reused.
            let mut body = resp.into_body();
            let mut read = 0usize;
            while let Some(frame) = body.frame().await {
                let Ok(frame) = frame else { break };
                if let Some(d) = frame.data_ref() {
                    read += d.len();
                }
                if read > 64 * 1024 {
                    break;
                }
            }
            Ok::<_, hyper_util::client::legacy::Error>((status, retry_after))
        };
        match tokio::time::timeout(self.timeout, exchange).await {
            Err(_) => Outcome::Retry {
                error: format!("no answer within {} s", self.timeout.as_secs_f64()),
                http_status: None,
                retry_after: None,
            },
            Ok(Err(e)) => {
                let text = format!("{e}: {}", source_chain(&e));
                if text.contains(PRIVATE_MARKER) {
                    Outcome::Permanent { error: crate::config::scrub(&source_chain(&e)), http_status: None }
                } else {
                    Outcome::Retry { error: crate::config::scrub(&text), http_status: None, retry_after: None }
                }
            }
            Ok(Ok((status, retry_after))) => {
                let retry_after = retry_after.as_deref().and_then(|v| parse_retry_after(v, timestamp));
                classify(status, retry_after)
            }
        }
    }
}

/// What an HTTP status means for a delivery.
pub fn classify(status: u16, retry_after: Option<Duration>) -> Outcome {
    match status {
        200..=299 => Outcome::Sent { http_status: Some(status) },
        410 => Outcome::Gone { http_status: status },
        408 | 409 | 425 | 429 | 500..=599 => {
            Outcome::Retry { error: format!("HTTP {status}"), http_status: Some(status), retry_after }
        }
        300..=399 => Outcome::Permanent {
            error: format!("HTTP {status}: redirects are not followed"),
            http_status: Some(status),
        },
        _ => Outcome::Permanent { error: format!("HTTP {status}"), http_status: Some(status) },
    }
}

fn source_chain(e: &dyn std::error::Error) -> String {
    let mut out = Vec::new();
    let mut cur = e.source();
    while let Some(c) = cur {
        out.push(c.to_string());
        cur = c.source();
    }
    out.join(": ")
}

/// `Retry-After` as seconds (`120`) or an HTTP date, relative to `now_unix`.
pub fn parse_retry_after(v: &str, now_unix: i64) -> Option<Duration> {
    let v = v.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(v).ok()?.timestamp();
    Some(Duration::from_secs(u64::try_from(at - now_unix).unwrap_or(0)))
}

/// A URL a webhook may be sent to: `http` or `https`, with a host. The error says why not.
pub fn check_url(url: &str) -> Result<Uri, String> {
    let uri: Uri = url.trim().parse().map_err(|_| format!("'{url}' is not a URL"))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        Some(other) => return Err(format!("'{url}' uses {other}: a webhook URL must be http:// or https://")),
        None => return Err(format!("'{url}' has no scheme: a webhook URL must start with http:// or https://")),
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(format!("'{url}' has no host"));
    }
    if uri.authority().is_some_and(|a| a.as_str().contains('@')) {
        return Err(format!("'{url}' has credentials in it: receivers authenticate billctl by the signature"));
    }
    Ok(uri)
}

fn literal_ip(uri: &Uri) -> Option<IpAddr> {
    uri.host()?.trim_start_matches('[').trim_end_matches(']').parse().ok()
}

/// Where a checked URL's host points, for the add-time SSRF check: its addresses, or why it cannot
/// be resolved.
pub async fn resolve(uri: &Uri) -> Result<Vec<IpAddr>, String> {
    if let Some(ip) = literal_ip(uri) {
        return Ok(vec![ip]);
    }
    let host = uri.host().unwrap_or_default();
    let port = uri.port_u16().unwrap_or(if uri.scheme_str() == Some("https") { 443 } else { 80 });
    match tokio::net::lookup_host((host, port)).await {
        Ok(addrs) => Ok(addrs.map(|a| a.ip()).collect()),
        Err(e) => Err(format!("cannot resolve {host}: {e}")),
    }
}

/// Loopback, private (RFC 1918, IPv6 unique local), link-local, CGNAT (100.64/10), multicast,
/// unspecified, broadcast and the "this network" block; IPv4-mapped IPv6 is judged as IPv4.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let o = v4.octets();
            v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_multicast()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || o[0] == 0
                || (o[0] == 100 && (o[1] & 0xC0) == 64)
                || o[0] >= 240
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_private(IpAddr::V4(v4));
            }
            let s = v6.segments();
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
        }
    }
}

/// The DNS resolution of the webhook connector: the system resolver, refusing private addresses
/// unless allowed (checked on the very addresses the connection will use).
#[derive(Clone, Debug)]
struct GuardedResolver {
    allow_private: bool,
}

impl tower_service::Service<Name> for GuardedResolver {
    type Response = std::vec::IntoIter<SocketAddr>;
    type Error = std::io::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut TaskContext<'_>) -> Poll<Result<(), Self::Error>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, name: Name) -> Self::Future {
        let allow = self.allow_private;
        Box::pin(async move {
            let host = name.as_str().to_string();
            let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if !allow && let Some(bad) = addrs.iter().find(|a| is_private(a.ip())) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    format!("{host} {PRIVATE_MARKER} {} and the endpoint was not added with --allow-private", bad.ip()),
                ));
            }
            Ok(addrs.into_iter())
        })
    }
}

/// The secret's key bytes: the base64 after `whsec_`.
fn secret_bytes(secret: &str) -> Result<Vec<u8>, String> {
    let b64 = secret.trim().strip_prefix("whsec_").unwrap_or(secret.trim());
    B64.decode(b64).map_err(|_| "the secret is not whsec_ followed by base64".to_string())
}

fn mac(key: &[u8], msg_id: &str, timestamp: i64, body: &[u8]) -> HmacSha256 {
    let mut m = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    m.update(msg_id.as_bytes());
    m.update(b".");
    m.update(timestamp.to_string().as_bytes());
    m.update(b".");
    m.update(body);
    m
}

/// The `webhook-signature` entry for one secret: `v1,<base64 HMAC-SHA256 of id.timestamp.body>`.
pub fn sign(secret: &str, msg_id: &str, timestamp: i64, body: &[u8]) -> Result<String, String> {
    let key = secret_bytes(secret)?;
    Ok(format!("v1,{}", B64.encode(mac(&key, msg_id, timestamp, body).finalize().into_bytes())))
}

/// Why a delivery does not verify.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the {0} header is missing")]
    Missing(&'static str),
    #[error("webhook-timestamp '{0}' is not unix seconds")]
    BadTimestamp(String),
    #[error("the timestamp is {age_secs} s away from now (tolerance {tolerance_secs} s): a replay or a wrong clock")]
    OutsideTolerance { age_secs: i64, tolerance_secs: i64 },
    #[error("webhook-signature has no v1 signature")]
    NoSignature,
    #[error("no signature matches the payload with the secret given")]
    Mismatch,
    #[error("{0}")]
    BadSecret(String),
}

/// Checks a delivery as a receiver would: the headers (`name`, `value` pairs; names in any case),
/// the raw body, any one of `secrets` (a receiver that rotates holds two), `now` in unix seconds
/// and a tolerance. Comparison is constant-time.
pub fn verify(
    secrets: &[String],
    headers: &[(String, String)],
    body: &[u8],
    now: i64,
    tolerance_secs: i64,
) -> Result<(), VerifyError> {
    let header = |name: &'static str| {
        headers
            .iter()
            .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_string())
            .ok_or(VerifyError::Missing(name))
    };
    let id = header("webhook-id")?;
    let ts_text = header("webhook-timestamp")?;
    let sigs = header("webhook-signature")?;
    let ts: i64 = ts_text.parse().map_err(|_| VerifyError::BadTimestamp(ts_text.clone()))?;
    let age_secs = now - ts;
    if age_secs.abs() > tolerance_secs {
        return Err(VerifyError::OutsideTolerance { age_secs, tolerance_secs });
    }
    let given: Vec<Vec<u8>> =
        sigs.split_whitespace().filter_map(|s| s.strip_prefix("v1,")).filter_map(|b| B64.decode(b).ok()).collect();
    if given.is_empty() {
        return Err(VerifyError::NoSignature);
    }
    for secret in secrets {
        let key = secret_bytes(secret).map_err(VerifyError::BadSecret)?;
        let expected = mac(&key, &id, ts, body);
        if given.iter().any(|g| expected.clone().verify_slice(g).is_ok()) {
            return Ok(());
        }
    }
    Err(VerifyError::Mismatch)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The example of the Standard Webhooks specification's reference libraries.
    const SPEC_SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const SPEC_ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const SPEC_TS: i64 = 1614265330;
    const SPEC_BODY: &str = r#"{"test": 2432232314}"#;
    const SPEC_SIG: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    #[test]
    fn signatures_match_the_standard_webhooks_reference() {
        assert_eq!(sign(SPEC_SECRET, SPEC_ID, SPEC_TS, SPEC_BODY.as_bytes()).unwrap(), SPEC_SIG);
    }

    #[test]
    fn verify_accepts_a_good_signature_and_rejects_a_tampered_body_or_an_old_timestamp() {
        let h = |sig: &str| {
            vec![
                ("webhook-id".to_string(), SPEC_ID.to_string()),
                ("Webhook-Timestamp".to_string(), SPEC_TS.to_string()),
                ("webhook-signature".to_string(), sig.to_string()),
            ]
        };
        let secrets = vec![SPEC_SECRET.to_string()];
        assert_eq!(verify(&secrets, &h(SPEC_SIG), SPEC_BODY.as_bytes(), SPEC_TS + 10, 300), Ok(()));
        assert_eq!(
            verify(&secrets, &h(&format!("v1,AAAA {SPEC_SIG}")), SPEC_BODY.as_bytes(), SPEC_TS, 300),
            Ok(()),
            "any one signature is enough"
        );
        assert_eq!(verify(&secrets, &h(SPEC_SIG), b"{\"test\": 1}", SPEC_TS, 300), Err(VerifyError::Mismatch));
        assert!(matches!(
            verify(&secrets, &h(SPEC_SIG), SPEC_BODY.as_bytes(), SPEC_TS + 301, 300),
            Err(VerifyError::OutsideTolerance { .. })
        ));
        assert_eq!(
            verify(&secrets, &h(SPEC_SIG)[..2], SPEC_BODY.as_bytes(), SPEC_TS, 300),
            Err(VerifyError::Missing("webhook-signature"))
        );
    }

    #[test]
    fn statuses_are_sent_gone_retried_or_permanent() {
        assert_eq!(classify(204, None), Outcome::Sent { http_status: Some(204) });
        assert_eq!(classify(410, None), Outcome::Gone { http_status: 410 });
        for s in [408, 409, 425, 429, 500, 503] {
            assert!(matches!(classify(s, None), Outcome::Retry { .. }), "{s}");
        }
        for s in [301, 400, 401, 404, 413] {
            assert!(matches!(classify(s, None), Outcome::Permanent { .. }), "{s}");
        }
    }

    #[test]
    fn retry_after_is_read_in_seconds_or_as_an_http_date() {
        assert_eq!(parse_retry_after("120", 0), Some(Duration::from_secs(120)));
        let now = chrono::DateTime::parse_from_rfc3339("2015-10-21T07:27:00Z").unwrap().timestamp();
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now), Some(Duration::from_secs(60)));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    #[test]
    fn only_http_urls_with_a_host_are_webhook_urls() {
        assert!(check_url("https://hooks.example.com/in").is_ok());
        assert!(check_url("http://127.0.0.1:8080/x").is_ok());
        assert!(check_url("ftp://example.com/x").unwrap_err().contains("http"));
        assert!(check_url("example.com/x").is_err());
        assert!(check_url("https://user:pw@example.com/").is_err());
    }

    #[test]
    fn private_loopback_link_local_cgnat_and_multicast_addresses_are_private() {
        for ip in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "224.0.0.1",
            "0.0.0.0",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "ff02::1",
            "::ffff:127.0.0.1",
        ] {
            assert!(is_private(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["93.184.216.34", "100.128.0.1", "2606:4700::1111", "172.32.0.1"] {
            assert!(!is_private(ip.parse().unwrap()), "{ip}");
        }
    }
}
