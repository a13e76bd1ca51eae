//! How domain values travel through text columns: status, kind and event enums, `Currency`, and
//! the account's time zone (`chrono_tz::Tz`).
//!
//! Rows decode straight into these types. A stored value billctl does not know (a status written
//! by hand, a time zone that is no IANA name) fails the read with an internal error (exit 1,
//! [`crate::error::internal`]) that names the column and the value: it is never replaced by a
//! default, and never reported as bad input (exit 2).

use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::postgres::{PgArgumentBuffer, PgHasArrayType, PgTypeInfo, PgValueRef};
use sqlx::{Decode, Encode, Postgres, Type};

use crate::domain::Currency;
use crate::domain::account::AccountStatus;
use crate::domain::invoice::{InvoiceKind, InvoiceStatus, LineKind};
use crate::domain::lifecycle::{SubStatus, SubscriptionEvent};
use crate::error::{self, UserError};

/// The error for a stored value billctl does not know: bad stored data, not bad input.
pub fn bad_stored(what: &str, value: &str) -> UserError {
    error::internal(format!("the database holds {what} '{value}', which billctl does not know"))
}

/// Implements sqlx's `Type`, `Encode` and `Decode` for a type stored as text: encoded with
/// `$to_text`, decoded with `FromStr` (an unknown value is [`bad_stored`]).
macro_rules! text_column {
    ($t:ty, $to_text:ident, $what:literal) => {
        impl Type<Postgres> for $t {
            fn type_info() -> PgTypeInfo {
                <str as Type<Postgres>>::type_info()
            }
            fn compatible(ty: &PgTypeInfo) -> bool {
                <str as Type<Postgres>>::compatible(ty)
            }
        }

        impl PgHasArrayType for $t {
            fn array_type_info() -> PgTypeInfo {
                <&str as PgHasArrayType>::array_type_info()
            }
            fn array_compatible(ty: &PgTypeInfo) -> bool {
                <&str as PgHasArrayType>::array_compatible(ty)
            }
        }

        impl<'q> Encode<'q, Postgres> for $t {
            fn encode_by_ref(&self, buf: &mut PgArgumentBuffer) -> Result<IsNull, BoxDynError> {
                <&str as Encode<'q, Postgres>>::encode(self.$to_text(), buf)
            }
        }

        impl<'r> Decode<'r, Postgres> for $t {
            fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
                let text = <&str as Decode<'r, Postgres>>::decode(value)?;
                text.trim_end().parse::<$t>().map_err(|_| Box::new(bad_stored($what, text)) as BoxDynError)
            }
        }
    };
}

text_column!(Currency, code, "the currency");
text_column!(AccountStatus, as_str, "the account status");
text_column!(InvoiceStatus, as_str, "the invoice status");
text_column!(InvoiceKind, as_str, "the invoice kind");
text_column!(LineKind, as_str, "the invoice line kind");
text_column!(SubStatus, as_str, "the subscription status");
text_column!(SubscriptionEvent, as_str, "the subscription history event");

/// A time zone read from a text column, checked as it is decoded: rows declare their time zone
/// field `#[sqlx(try_from = "TzName")] timezone: chrono_tz::Tz` (the conversion is a plain `From`;
/// the check happens in `decode`, so the error keeps its message and kind).
#[derive(Debug, Clone, Copy)]
pub struct TzName(pub chrono_tz::Tz);

impl Type<Postgres> for TzName {
    fn type_info() -> PgTypeInfo {
        <String as Type<Postgres>>::type_info()
    }
    fn compatible(ty: &PgTypeInfo) -> bool {
        <String as Type<Postgres>>::compatible(ty)
    }
}

impl<'r> Decode<'r, Postgres> for TzName {
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        let name = <&str as Decode<'r, Postgres>>::decode(value)?;
        Ok(TzName(tz_from_stored(name)?))
    }
}

impl From<TzName> for chrono_tz::Tz {
    fn from(tz: TzName) -> Self {
        tz.0
    }
}

/// A stored time zone name as a `Tz`; an unknown name is bad stored data (exit 1).
pub fn tz_from_stored(name: &str) -> Result<chrono_tz::Tz, UserError> {
    name.parse::<chrono_tz::Tz>().map_err(|_| {
        bad_stored("the time zone", name).hint(
            "the row was changed outside billctl: set an IANA time zone in the database, e.g. \
             UPDATE accounts SET timezone = 'Europe/Berlin' WHERE id = '…' (billctl does not guess one)",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unknown_stored_time_zone_is_an_internal_error_naming_it() {
        assert_eq!(tz_from_stored("Europe/Berlin").unwrap(), chrono_tz::Europe::Berlin);
        let e = tz_from_stored("Mars/Base").unwrap_err();
        assert_eq!(e.kind, error::Kind::Internal);
        assert!(e.message.contains("time zone 'Mars/Base'"), "{}", e.message);
        assert_eq!(tz_from_stored("").unwrap_err().kind, error::Kind::Internal);
    }

    #[test]
    fn an_unknown_stored_value_is_exit_1_not_exit_2() {
        let e: anyhow::Error = sqlx::Error::ColumnDecode {
            index: "status".into(),
            source: Box::new(bad_stored("the invoice status", "lost")),
        }
        .into();
        assert_eq!(error::exit_code(&e), error::EXIT_ERROR);
        assert!(format!("{e:#}").contains("invoice status 'lost'"), "{e:#}");
    }
}
