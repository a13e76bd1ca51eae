//! The pure domain core: decisions about money, periods, prices, tax, credits and dunning.
//!
//! Nothing in here performs I/O, spawns tasks or reads the clock: "now" is always an input.

/// Defines a closed set of text values (a status, a kind, an event): the enum, `ALL`, `as_str`
/// (the value stored in the database and shown everywhere), `Display`, `FromStr` (case-insensitive,
/// an error naming `field`) and serde as that same text. `store::types` decodes them from text
/// columns, so an unknown stored value is an internal error rather than a silent default.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($field:literal, $what:literal) {
            $($(#[$vmeta:meta])* $variant:ident = $text:literal),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored and shown text.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }

            /// The accepted values, for messages: "a, b or c".
            pub fn choices() -> String {
                let names: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                    _ => names.join(""),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::domain::DomainError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let t = s.trim().to_ascii_lowercase();
                $name::ALL.iter().copied().find(|v| v.as_str() == t).ok_or_else(|| {
                    $crate::domain::DomainError::invalid(
                        $field,
                        format!("'{s}' is not {} (use {})", $what, $name::choices()),
                    )
                })
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

pub mod account;
pub mod billing;
pub mod catalog;
pub mod change;
pub mod collection;
pub mod country;
pub mod credit;
pub mod currency;
pub mod dunning;
pub mod error;
pub mod event;
pub mod ids;
pub mod invoice;
pub mod lifecycle;
pub mod money;
pub mod payment;
pub mod period;
pub mod pricing;
pub mod proration;
pub mod reports;
pub mod retry;
pub mod schedule;
pub mod settlement;
pub mod tax;
pub mod usage;
pub mod validate;

pub use currency::Currency;
pub use error::DomainError;
pub use money::Money;

#[cfg(test)]
mod text_enum_tests {
    use std::fmt::Debug;
    use std::str::FromStr;

    use super::account::AccountStatus;
    use super::invoice::{InvoiceKind, InvoiceStatus, LineKind};
    use super::lifecycle::{SubStatus, SubscriptionEvent};
    use super::{Currency, DomainError};

    /// Every value survives text and JSON, and an unknown text is an error naming `field`.
    fn round_trips<T>(all: &[T], as_str: fn(&T) -> &'static str, field: &str)
    where
        T: FromStr<Err = DomainError> + PartialEq + Debug + serde::Serialize + serde::de::DeserializeOwned,
    {
        assert!(!all.is_empty());
        for v in all {
            let text = as_str(v);
            assert_eq!(&text.parse::<T>().unwrap(), v, "{text}");
            assert_eq!(&text.to_ascii_uppercase().parse::<T>().unwrap(), v, "{text} in capitals");
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(json, format!("\"{text}\""), "serialized as its stored text");
            assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), v);
        }
        let e = "no-such-value".parse::<T>().unwrap_err().to_string();
        assert!(e.starts_with(&format!("invalid {field}:")) && e.contains("'no-such-value'"), "{e}");
        assert!(serde_json::from_str::<T>("\"no-such-value\"").is_err());
    }

    #[test]
    fn every_status_kind_and_event_round_trips_and_unknown_text_is_refused() {
        round_trips(AccountStatus::ALL, |v| v.as_str(), "status");
        round_trips(InvoiceStatus::ALL, |v| v.as_str(), "status");
        round_trips(InvoiceKind::ALL, |v| v.as_str(), "kind");
        round_trips(&LineKind::ALL, |v| v.as_str(), "line_kind");
        round_trips(&SubStatus::ALL, |v| v.as_str(), "status");
        round_trips(SubscriptionEvent::ALL, |v| v.as_str(), "event");
        let currencies = ["EUR", "USD", "JPY", "KWD"].map(|c| Currency::parse(c).unwrap());
        round_trips(&currencies, |c| c.code(), "currency");
    }

    #[test]
    fn the_stored_texts_are_the_ones_the_schema_allows() {
        let texts = |all: &[&str]| all.join(",");
        let s: Vec<&str> = InvoiceStatus::ALL.iter().map(|v| v.as_str()).collect();
        assert_eq!(texts(&s), "draft,open,paid,void,uncollectible");
        let k: Vec<&str> = InvoiceKind::ALL.iter().map(|v| v.as_str()).collect();
        assert_eq!(texts(&k), "regular,supplemental,manual,final");
        let a: Vec<&str> = AccountStatus::ALL.iter().map(|v| v.as_str()).collect();
        assert_eq!(texts(&a), "active,warning,blocked");
        assert_eq!(AccountStatus::choices(), "active, warning or blocked");
    }
}
