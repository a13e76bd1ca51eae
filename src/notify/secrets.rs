//! Webhook signing secrets at rest: sealed with a master key, never stored in clear.
//!
//! # The master key
//! `secrets_key` in config.toml or `BILLCTL_SECRETS_KEY` (base64 of 32 bytes); unset, the key file
//! `secrets.key` in the data directory, created with mode 0600 on first use. Losing the key loses
//! the endpoints' secrets (rotate them after restoring another key); a wrong key is refused (exit 5,
//! naming where the key came from), never taken for garbage.
//!
//! # Sealing
//! Encrypt-then-MAC with HMAC-SHA256 only (no extra cipher crate): two subkeys are derived from the
//! master key (`HMAC(master, "billctl seal enc v1")`, `… "mac v1"`); the keystream is
//! `HMAC(enc, nonce ‖ counter)` blocks XORed with the secret; the tag is
//! `HMAC(mac, "v1" ‖ nonce ‖ ciphertext)`. A fresh 16-byte nonce per seal. Stored as
//! `v1.<base64(nonce ‖ ciphertext ‖ tag)>`.

use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use crate::config::{Config, Source};
use crate::error;

type HmacSha256 = Hmac<Sha256>;

const NONCE: usize = 16;
const TAG: usize = 32;
const PREFIX: &str = "v1.";
/// The file name of the key file in the data directory.
pub const KEY_FILE: &str = "secrets.key";

/// The key that seals webhook secrets, and where it came from (for error messages).
pub struct MasterKey {
    enc: [u8; 32],
    mac: [u8; 32],
    /// `BILLCTL_SECRETS_KEY`, `secrets_key in /path/config.toml`, `the key file /path/secrets.key`.
    pub source: String,
}

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MasterKey").field("source", &self.source).finish_non_exhaustive()
    }
}

fn hmac(key: &[u8], parts: &[&[u8]]) -> [u8; 32] {
    let mut m = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    for p in parts {
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

impl MasterKey {
    /// A key from its 32 raw bytes.
    pub fn from_bytes(raw: &[u8; 32], source: impl Into<String>) -> MasterKey {
        MasterKey {
            enc: hmac(raw, &[b"billctl seal enc v1"]),
            mac: hmac(raw, &[b"billctl seal mac v1"]),
            source: source.into(),
        }
    }

    /// The configured key (`secrets_key` / `BILLCTL_SECRETS_KEY`), else the key file in the data
    /// directory, created on first use.
    pub fn load(config: &Config) -> anyhow::Result<MasterKey> {
        match &config.secrets_key {
            Some((text, src)) => {
                let source = match src {
                    Source::Env => "BILLCTL_SECRETS_KEY".to_string(),
                    _ => format!("secrets_key in {}", config.config_path.display()),
                };
                let raw = decode_key(text).map_err(|why| {
                    error::environment(format!("{source} is not a usable key: {why}"))
                        .hint("set it to the base64 of 32 random bytes, e.g. `head -c 32 /dev/urandom | base64`")
                })?;
                Ok(MasterKey::from_bytes(&raw, source))
            }
            None => load_key_file(&config.data_dir.0.join(KEY_FILE)),
        }
    }

    /// Seals `plain` (a `whsec_…` secret) for storage.
    pub fn seal(&self, plain: &str) -> String {
        let nonce: [u8; NONCE] = crate::idgen::random_bytes();
        let mut out = Vec::with_capacity(NONCE + plain.len() + TAG);
        out.extend_from_slice(&nonce);
        let start = out.len();
        out.extend_from_slice(plain.as_bytes());
        self.xor_keystream(&nonce, &mut out[start..]);
        let tag = hmac(&self.mac, &[b"v1", &out[..]]);
        out.extend_from_slice(&tag);
        format!("{PREFIX}{}", B64.encode(out))
    }

    /// Opens a sealed secret. A value sealed with another key is an environment error (exit 5)
    /// naming this key's source.
    pub fn unseal(&self, sealed: &str) -> anyhow::Result<String> {
        let wrong = || {
            error::environment(format!(
                "a webhook signing secret cannot be opened with the key from {}: it was sealed with another key",
                self.source
            ))
            .hint("restore the key that was in use when the endpoint was added (secrets_key, BILLCTL_SECRETS_KEY or the key file in data_dir)")
            .hint("or, if that key is lost, run `billctl webhook endpoint rotate-secret ENDPOINT --overlap 0` and give the receiver the new secret")
        };
        let bytes = sealed.strip_prefix(PREFIX).and_then(|b| B64.decode(b).ok()).ok_or_else(wrong)?;
        if bytes.len() < NONCE + TAG {
            return Err(wrong().into());
        }
        let (body, tag) = bytes.split_at(bytes.len() - TAG);
        let mut m = HmacSha256::new_from_slice(&self.mac).expect("HMAC takes keys of any length");
        m.update(b"v1");
        m.update(body);
        m.verify_slice(tag).map_err(|_| wrong())?;
        let (nonce, ct) = body.split_at(NONCE);
        let mut plain = ct.to_vec();
        self.xor_keystream(nonce, &mut plain);
        String::from_utf8(plain).map_err(|_| wrong().into())
    }

    fn xor_keystream(&self, nonce: &[u8], data: &mut [u8]) {
        for (i, chunk) in data.chunks_mut(32).enumerate() {
            let counter = u32::try_from(i).unwrap_or(u32::MAX).to_be_bytes();
            let block = hmac(&self.enc, &[nonce, &counter]);
            for (b, k) in chunk.iter_mut().zip(block) {
                *b ^= k;
            }
        }
    }
}

fn decode_key(text: &str) -> Result<[u8; 32], String> {
    let raw = B64.decode(text.trim()).map_err(|_| "not base64".to_string())?;
    <[u8; 32]>::try_from(raw.as_slice()).map_err(|_| format!("{} bytes, not 32", raw.len()))
}

fn load_key_file(path: &Path) -> anyhow::Result<MasterKey> {
    use std::io::Write;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    let source = format!("the key file {}", path.display());
    let read = |path: &PathBuf| -> anyhow::Result<MasterKey> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            error::environment(format!("cannot read {source}: {e}")).hint("check the file's owner and mode (0600)")
        })?;
        let raw = decode_key(&text).map_err(|why| {
            error::environment(format!("{source} does not hold a usable key: {why}"))
                .hint("restore the file from a backup, or set secrets_key / BILLCTL_SECRETS_KEY")
        })?;
        Ok(MasterKey::from_bytes(&raw, source.clone()))
    };
    let path = path.to_path_buf();
    if path.exists() {
        return read(&path);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| {
            error::environment(format!("cannot create {}: {e}", dir.display()))
                .hint("set data_dir (BILLCTL_DATA_DIR) to a writable directory, or set BILLCTL_SECRETS_KEY")
        })?;
    }
    let raw: [u8; 32] = crate::idgen::random_bytes();
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&path) {
        Ok(mut f) => {
            f.write_all(format!("{}\n", B64.encode(raw)).as_bytes())
                .and_then(|()| f.sync_all())
                .map_err(|e| error::environment(format!("cannot write {source}: {e}")))?;
            Ok(MasterKey::from_bytes(&raw, source))
        }
        // Another process made it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read(&path),
        Err(e) => Err(error::environment(format!("cannot create {source}: {e}"))
            .hint("set data_dir (BILLCTL_DATA_DIR) to a writable directory, or set BILLCTL_SECRETS_KEY")
            .into()),
    }
}

/// A new signing secret, Standard Webhooks style: `whsec_` + base64 of 32 random bytes.
pub fn new_secret() -> String {
    let raw: [u8; 32] = crate::idgen::random_bytes();
    format!("whsec_{}", B64.encode(raw))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sealed_secret_opens_with_its_key_and_holds_no_clear_text() {
        let key = MasterKey::from_bytes(&[7; 32], "test");
        let secret = new_secret();
        let sealed = key.seal(&secret);
        assert!(sealed.starts_with("v1."));
        assert!(!sealed.contains(&secret[6..16]));
        assert_eq!(key.unseal(&sealed).unwrap(), secret);
        assert_ne!(key.seal(&secret), sealed, "a fresh nonce each time");
    }

    #[test]
    fn another_key_or_a_tampered_value_is_refused_naming_the_key_source() {
        let key = MasterKey::from_bytes(&[7; 32], "BILLCTL_SECRETS_KEY");
        let other = MasterKey::from_bytes(&[8; 32], "the key file /x/secrets.key");
        let sealed = key.seal("whsec_abc");
        let err = other.unseal(&sealed).unwrap_err().to_string();
        assert!(err.contains("the key file /x/secrets.key"), "{err}");
        let mut bytes = B64.decode(&sealed[3..]).unwrap();
        bytes[NONCE] ^= 1;
        assert!(key.unseal(&format!("v1.{}", B64.encode(bytes))).is_err());
        assert!(key.unseal("whsec_clear").is_err());
    }

    #[test]
    fn secrets_look_like_standard_webhooks_secrets() {
        let s = new_secret();
        let raw = B64.decode(s.strip_prefix("whsec_").unwrap()).unwrap();
        assert_eq!(raw.len(), 32);
    }

    #[test]
    fn a_key_must_be_32_bytes_of_base64() {
        assert!(decode_key(&B64.encode([1u8; 32])).is_ok());
        assert!(decode_key(&B64.encode([1u8; 16])).unwrap_err().contains("16 bytes"));
        assert!(decode_key("not base64!").is_err());
    }
}
