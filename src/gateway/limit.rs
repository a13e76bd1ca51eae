//! Client-side limits around any [`PaymentGateway`]: a token bucket that paces every request, and
//! 429 handling (wait `Retry-After`, else exponential backoff, then send the same request again —
//! with the same idempotency key, so it is safe). Counts what it did for the batch summary.
//!
//! The bucket holds at most `burst` tokens and refills at `rate` per second; with `burst = 1` (the
//! default) requests leave evenly spaced, `1/rate` apart, which is what keeps a batch under Stripe's
//! limit instead of bouncing off it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_trait::async_trait;
use tokio::sync::Mutex;
use tokio::time::Instant;

use super::{
    CardInfo, ChargeLookup, ChargeOutcome, ChargeRequest, CustomerInfo, GatewayError, GatewayEvent, PaymentGateway,
    RefundInfo,
};

/// Token-bucket arithmetic on seconds (pure; the caller passes the time).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bucket {
    rate: f64,
    burst: f64,
    tokens: f64,
    at: f64,
}

impl Bucket {
    /// `rate` tokens per second, at most `burst` stored; starts full.
    pub fn new(rate: f64, burst: u32, now: f64) -> Bucket {
        let burst = f64::from(burst.max(1));
        Bucket { rate: rate.max(0.001), burst, tokens: burst, at: now }
    }

    /// Takes one token at `now`; returns how long the caller must wait before sending. The token is
    /// reserved either way (tokens may go negative: waiting callers queue up in order).
    pub fn take(&mut self, now: f64) -> f64 {
        if now > self.at {
            self.tokens = (self.tokens + (now - self.at) * self.rate).min(self.burst);
            self.at = now;
        }
        self.tokens -= 1.0;
        if self.tokens >= 0.0 { 0.0 } else { -self.tokens / self.rate }
    }
}

/// What the limiter saw, for the summary.
#[derive(Debug, Default)]
pub struct LimitStats {
    /// 429 answers received.
    pub rate_limited: AtomicU64,
    /// Requests sent (including re-sends after a 429).
    pub requests: AtomicU64,
}

/// A gateway behind a token bucket and 429 backoff.
pub struct Throttled {
    inner: Arc<dyn PaymentGateway>,
    bucket: Option<Mutex<(Bucket, Instant)>>,
    max_429_retries: u32,
    pub stats: Arc<LimitStats>,
}

impl Throttled {
    /// `rate`: requests per second (`None`: unlimited).
    pub fn new(inner: Arc<dyn PaymentGateway>, rate: Option<f64>) -> Throttled {
        let start = Instant::now();
        Throttled {
            inner,
            bucket: rate.map(|r| Mutex::new((Bucket::new(r, 1, 0.0), start))),
            max_429_retries: 5,
            stats: Arc::new(LimitStats::default()),
        }
    }

    async fn pace(&self) {
        if let Some(b) = &self.bucket {
            let wait = {
                let mut g = b.lock().await;
                let now = g.1.elapsed().as_secs_f64();
                g.0.take(now)
            };
            if wait > 0.0 {
                tokio::time::sleep(Duration::from_secs_f64(wait)).await;
            }
        }
    }

    /// Runs `f` under the limit; a 429 waits (Retry-After, else 1 s, 2 s, 4 s…) and tries again.
    async fn call<T, F, Fut>(&self, f: F) -> Result<T, GatewayError>
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = Result<T, GatewayError>>,
    {
        let mut tries = 0u32;
        loop {
            self.pace().await;
            self.stats.requests.fetch_add(1, Ordering::Relaxed);
            match f().await {
                Err(GatewayError::RateLimited { retry_after }) if tries < self.max_429_retries => {
                    self.stats.rate_limited.fetch_add(1, Ordering::Relaxed);
                    let backoff = Duration::from_millis(1000u64 << tries.min(5));
                    tokio::time::sleep(retry_after.unwrap_or(backoff).min(Duration::from_secs(60))).await;
                    tries += 1;
                }
                Err(e @ GatewayError::RateLimited { .. }) => {
                    self.stats.rate_limited.fetch_add(1, Ordering::Relaxed);
                    return Err(e);
                }
                other => return other,
            }
        }
    }
}

#[async_trait]
impl PaymentGateway for Throttled {
    fn name(&self) -> &'static str {
        self.inner.name()
    }
    fn is_sandbox(&self) -> bool {
        self.inner.is_sandbox()
    }
    fn label(&self) -> &'static str {
        self.inner.label()
    }
    async fn ensure_customer(&self, info: &CustomerInfo) -> Result<String, GatewayError> {
        self.call(|| self.inner.ensure_customer(info)).await
    }
    async fn attach_payment_method(&self, customer_id: &str, pm_token: &str) -> Result<CardInfo, GatewayError> {
        self.call(|| self.inner.attach_payment_method(customer_id, pm_token)).await
    }
    async fn list_payment_methods(&self, customer_id: &str) -> Result<Vec<CardInfo>, GatewayError> {
        self.call(|| self.inner.list_payment_methods(customer_id)).await
    }
    async fn set_default_payment_method(&self, customer_id: &str, pm_id: &str) -> Result<(), GatewayError> {
        self.call(|| self.inner.set_default_payment_method(customer_id, pm_id)).await
    }
    async fn charge(&self, req: &ChargeRequest) -> Result<ChargeOutcome, GatewayError> {
        self.call(|| self.inner.charge(req)).await
    }
    async fn find_charge(&self, lookup: &ChargeLookup) -> Result<Option<ChargeOutcome>, GatewayError> {
        self.call(|| self.inner.find_charge(lookup)).await
    }
    async fn refund(
        &self,
        payment_id: &str,
        amount_minor: Option<i64>,
        idempotency_key: &str,
    ) -> Result<RefundInfo, GatewayError> {
        self.call(|| self.inner.refund(payment_id, amount_minor, idempotency_key)).await
    }
    async fn events_since(&self, cursor: Option<String>) -> Result<(Vec<GatewayEvent>, Option<String>), GatewayError> {
        self.call(|| self.inner.events_since(cursor.clone())).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_of_one_spaces_requests_evenly() {
        let mut b = Bucket::new(100.0, 1, 0.0);
        assert_eq!(b.take(0.0), 0.0);
        assert!((b.take(0.0) - 0.01).abs() < 1e-9);
        assert!((b.take(0.0) - 0.02).abs() < 1e-9);
        // Much later: full again, no wait.
        assert_eq!(b.take(10.0), 0.0);
    }

    #[test]
    fn a_burst_is_allowed_then_the_rate_holds() {
        let mut b = Bucket::new(10.0, 5, 0.0);
        for _ in 0..5 {
            assert_eq!(b.take(0.0), 0.0);
        }
        assert!((b.take(0.0) - 0.1).abs() < 1e-9);
    }

    #[test]
    fn n_requests_take_at_least_n_minus_burst_over_rate_seconds() {
        let mut b = Bucket::new(25.0, 1, 0.0);
        let last = (0..101).map(|_| b.take(0.0)).fold(0.0, f64::max);
        assert!((last - 4.0).abs() < 1e-9, "{last}");
    }
}
