//! The id generator: the one place that makes new identifiers and random tokens.
//!
//! Ids sort by the wall-clock time they were made (not the billing clock, which `--as-of` may fix),
//! so b-tree inserts stay at the right edge and keyset pages follow creation.

use crate::domain::ids::{IdKind, make_id};

/// A new prefixed id (`acct_01jf…`).
pub fn new_id(kind: IdKind) -> String {
    make_id(kind, crate::clock::id_millis(), rand::random::<u128>())
}

/// A new unique token (a ULID in upper-case Crockford base32): idempotency keys, namespaces.
pub fn token() -> String {
    // The id generator is the module meant to call Ulid::new.
    #[allow(clippy::disallowed_methods)]
    ulid::Ulid::new().to_string()
}

/// `N` bytes from the operating system's cryptographically secure generator (through `rand`'s
/// thread generator, reseeded from the OS): webhook signing secrets and sealing nonces.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    rand::fill(&mut out[..]);
    out
}
