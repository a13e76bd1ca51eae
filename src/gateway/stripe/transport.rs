//! The HTTP transport under async-stripe's typed requests: an implementation of
//! `stripe_client_core::StripeClient` on hyper + rustls (plain `http://` allowed, for the fake server).
//!
//! async-stripe's own `Client` is not used because it hides what we must know: the `Retry-After`
//! header of a 429, and whether a failed request never left (connect error: safe to retry) or may
//! have been processed (connection lost after sending, timeout). This transport keeps both.
//!
//! Every POST carries an `Idempotency-Key`: the one given per request through
//! `RequestStrategy::Idempotent`, or a fresh one.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{AUTHORIZATION, CONTENT_TYPE, HeaderValue, RETRY_AFTER, USER_AGENT};
use hyper::{Method, Request};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use stripe_client_core::{CustomizedStripeRequest, StripeClient, StripeClientErr, StripeMethod};

/// Why a request did not produce a successful answer.
#[derive(Debug)]
pub enum TransportError {
    /// The server answered with a non-2xx status.
    Status { status: u16, retry_after: Option<Duration>, body: Bytes },
    /// The connection could not be made: the request was never sent.
    NotSent(String),
    /// The request went out (or may have) and no complete answer came back.
    Lost(String),
    /// No complete answer within the timeout.
    Timeout,
    /// A 2xx answer that does not deserialize into the expected object.
    Decode(String),
    /// The request could not be built.
    Build(String),
}

impl StripeClientErr for TransportError {
    fn deserialize_err(msg: impl std::fmt::Display) -> Self {
        TransportError::Decode(msg.to_string())
    }
}

#[derive(Clone)]
pub struct Transport {
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    base: String,
    auth: HeaderValue,
    timeout: Duration,
}

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transport").field("base", &self.base).field("timeout", &self.timeout).finish_non_exhaustive()
    }
}

const USER_AGENT_VALUE: &str = concat!("billctl/", env!("CARGO_PKG_VERSION"), " async-stripe/1.0.0-rc.10");

impl Transport {
    /// `base`: e.g. `https://api.stripe.com` or `http://127.0.0.1:PORT` (no `/v1`).
    pub fn new(base: &str, secret_key: &str, timeout: Duration) -> Result<Transport, String> {
        let mut auth = HeaderValue::try_from(format!("Bearer {secret_key}"))
            .map_err(|_| "the Stripe secret key has characters a header cannot carry".to_string())?;
        auth.set_sensitive(true);
        let https = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
            .map_err(|e| format!("TLS setup: {e}"))?
            .https_or_http()
            .enable_http1()
            .build();
        let client = Client::builder(TokioExecutor::new()).build(https);
        Ok(Transport { client, base: base.trim_end_matches('/').to_string(), auth, timeout })
    }

    async fn send(&self, req: Request<Full<Bytes>>) -> Result<(u16, Option<Duration>, Bytes), TransportError> {
        let resp = self.client.request(req).await.map_err(|e| {
            if e.is_connect() {
                TransportError::NotSent(format!("{e}: {}", source_chain(&e)))
            } else {
                TransportError::Lost(format!("{e}: {}", source_chain(&e)))
            }
        })?;
        let status = resp.status().as_u16();
        let retry_after = resp.headers().get(RETRY_AFTER).and_then(|v| v.to_str().ok()).and_then(parse_retry_after);
        let body = resp.into_body().collect().await.map_err(|e| TransportError::Lost(e.to_string()))?.to_bytes();
        Ok((status, retry_after, body))
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

/// `Retry-After` in seconds (`"2"`, `"0.5"`); HTTP dates are not used by Stripe and are ignored.
fn parse_retry_after(v: &str) -> Option<Duration> {
    v.trim().parse::<f64>().ok().filter(|s| s.is_finite() && *s >= 0.0).map(Duration::from_secs_f64)
}

impl StripeClient for Transport {
    type Err = TransportError;

    async fn execute(&self, req: CustomizedStripeRequest) -> Result<Bytes, TransportError> {
        let (rb, config) = req.into_pieces();
        let mut uri = format!("{}/v1{}", self.base, rb.path);
        if let Some(q) = rb.query.filter(|q| !q.is_empty()) {
            uri.push('?');
            uri.push_str(&q);
        }
        let method = match rb.method {
            StripeMethod::Get => Method::GET,
            StripeMethod::Post => Method::POST,
            StripeMethod::Delete => Method::DELETE,
        };
        let mut builder = Request::builder()
            .method(method.clone())
            .uri(uri)
            .header(AUTHORIZATION, self.auth.clone())
            .header(USER_AGENT, USER_AGENT_VALUE)
            .header("stripe-version", stripe_shared::version::VERSION.as_str());
        if method == Method::POST {
            let key = config.request_strategy.as_ref().and_then(|s| s.get_key()).map(|k| k.into_inner());
            builder = builder.header("idempotency-key", key.unwrap_or_else(crate::idgen::token));
        }
        if rb.body.is_some() {
            builder = builder.header(CONTENT_TYPE, "application/x-www-form-urlencoded");
        }
        let req = builder
            .body(Full::new(Bytes::from(rb.body.unwrap_or_default())))
            .map_err(|e| TransportError::Build(e.to_string()))?;
        let timeout = config.timeout.unwrap_or(self.timeout);
        let (status, retry_after, body) =
            tokio::time::timeout(timeout, self.send(req)).await.map_err(|_| TransportError::Timeout)??;
        if (200..300).contains(&status) { Ok(body) } else { Err(TransportError::Status { status, retry_after, body }) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_read_in_seconds() {
        assert_eq!(parse_retry_after("2"), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after(" 0.5 "), Some(Duration::from_millis(500)));
        assert_eq!(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(parse_retry_after("-1"), None);
    }
}
