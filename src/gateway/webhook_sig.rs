//! Stripe-style webhook signatures: `Stripe-Signature: t=<unix>,v1=<hex hmac>[,v1=…]`, where the HMAC is
//! HMAC-SHA256 with the endpoint secret over `"{t}.{payload}"`. Used to check Stripe's webhooks and to
//! sign our own outgoing ones. Pure: the caller passes "now".

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SigError {
    #[error("signature header is malformed: {0}")]
    Malformed(&'static str),
    #[error("no v1 signature in the header")]
    NoSignature,
    #[error("signature timestamp is {age_secs} s away from now (tolerance {tolerance_secs} s)")]
    OutsideTolerance { age_secs: i64, tolerance_secs: i64 },
    #[error("no signature matches the payload")]
    Mismatch,
}

fn mac(payload: &[u8], secret: &str, t: i64) -> HmacSha256 {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    mac
}

/// The header value signing `payload` at time `t`: `t=…,v1=…`.
pub fn sign(payload: &[u8], secret: &str, t: i64) -> String {
    format!("t={t},v1={}", hex::encode(mac(payload, secret, t).finalize().into_bytes()))
}

/// Checks a signature header. Any one matching `v1` is enough (Stripe sends several while a secret
/// is being rolled); other schemes (`v0`) are ignored. Comparison is constant-time.
pub fn verify(payload: &[u8], header: &str, secret: &str, tolerance_secs: i64, now_unix: i64) -> Result<(), SigError> {
    let mut t = None;
    let mut sigs = Vec::new();
    for part in header.split(',') {
        let (k, v) = part.trim().split_once('=').ok_or(SigError::Malformed("expected key=value pairs"))?;
        match k {
            "t" => t = Some(v.parse::<i64>().map_err(|_| SigError::Malformed("t is not a unix timestamp"))?),
            "v1" => sigs.push(v),
            _ => {}
        }
    }
    let t = t.ok_or(SigError::Malformed("no t= timestamp"))?;
    if sigs.is_empty() {
        return Err(SigError::NoSignature);
    }
    let age_secs = now_unix - t;
    if age_secs.abs() > tolerance_secs {
        return Err(SigError::OutsideTolerance { age_secs, tolerance_secs });
    }
    let expected = mac(payload, secret, t);
    for sig in sigs {
        if let Ok(bytes) = hex::decode(sig)
            && expected.clone().verify_slice(&bytes).is_ok()
        {
            return Ok(());
        }
    }
    Err(SigError::Mismatch)
}
