//! Validation of the plain values users type: e-mail addresses, country codes, time zones.

use super::DomainError;

/// A pragmatic e-mail check: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn email(text: &str) -> Result<String, DomainError> {
    let t = text.trim();
    let bad = || DomainError::invalid("email", format!("'{text}' is not an e-mail address (e.g. ada@example.com)"));
    let (local, domain) = t.split_once('@').ok_or_else(bad)?;
    let ok = !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !t.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok { Ok(t.to_string()) } else { Err(bad()) }
}

/// An ISO 3166-1 alpha-2 country code, upper-cased ("de" → "DE"); unassigned codes are refused.
pub fn country(text: &str, field: &str) -> Result<String, DomainError> {
    let t = text.trim().to_ascii_uppercase();
    if !(t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase())) {
        return Err(DomainError::invalid(field, format!("'{text}' is not a two-letter country code (e.g. DE, US)")));
    }
    if super::country::is_known(&t) {
        return Ok(t);
    }
    let instead = match t.as_str() {
        "UK" => "; the United Kingdom is GB",
        _ => " (e.g. DE, US)",
    };
    Err(DomainError::invalid(field, format!("'{text}' is not an ISO 3166-1 country code{instead}")))
}

/// An IANA time zone name ("Europe/Berlin").
pub fn timezone(text: &str) -> Result<chrono_tz::Tz, DomainError> {
    text.trim().parse::<chrono_tz::Tz>().map_err(|_| {
        DomainError::invalid("timezone", format!("'{text}' is not an IANA time zone (e.g. Europe/Berlin, UTC)"))
    })
}

/// Serializes a time zone as its IANA name ("Europe/Berlin"), the text billctl stores and shows.
pub fn serialize_tz<S: serde::Serializer>(tz: &chrono_tz::Tz, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(tz.name())
}

/// A non-empty trimmed string.
pub fn required(text: &str, field: &str) -> Result<String, DomainError> {
    let t = text.trim();
    if t.is_empty() { Err(DomainError::invalid(field, "must not be empty")) } else { Ok(t.to_string()) }
}

/// The largest quantity billctl stores for seats and charges (a 32-bit database column).
pub const MAX_QUANTITY: u32 = i32::MAX as u32;

/// A quantity as typed: a whole number from 1 to [`MAX_QUANTITY`]; no sign, no decimals, no
/// scientific notation.
pub fn quantity(text: &str, field: &str) -> Result<u32, DomainError> {
    let t = text.trim();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) {
        let why = if t.contains(['e', 'E']) && t.chars().any(|c| c.is_ascii_digit()) {
            format!("'{text}' is scientific notation; write the whole number in digits")
        } else {
            format!("'{text}' is not a whole number (e.g. 3)")
        };
        return Err(DomainError::invalid(field, why));
    }
    match t.parse::<u64>() {
        Ok(0) => Err(DomainError::invalid(field, "must be at least 1")),
        Ok(q) if q <= u64::from(MAX_QUANTITY) => Ok(q as u32),
        _ => Err(DomainError::invalid(field, format!("{t} is more than the limit of {MAX_QUANTITY}"))),
    }
}

/// Checks a quantity given as a number (from a wizard or a file): 1 to [`MAX_QUANTITY`].
pub fn quantity_value(q: u64, field: &str) -> Result<i32, DomainError> {
    quantity(&q.to_string(), field).map(|q| q as i32)
}

/// Checks a text field from a file: PostgreSQL text cannot hold a NUL byte.
pub fn no_nul(text: &str, field: &str) -> Result<(), DomainError> {
    match text.find('\0') {
        Some(at) => Err(DomainError::invalid(
            field,
            format!("contains a NUL byte (\\0) at character {}; remove it", text[..at].chars().count() + 1),
        )),
        None => Ok(()),
    }
}

/// A locale for e-mail templates, BCP 47-ish: a language (`de`) or a language and region (`pt-BR`),
/// normalised (`pt_br` → `pt-BR`). `field` names the flag or column in the error.
pub fn locale(text: &str, field: &str) -> Result<String, DomainError> {
    let t = text.trim().replace('_', "-");
    let bad = || {
        DomainError::invalid(
            field,
            format!("'{text}' is not a locale: write a language code (de) or language-REGION (pt-BR)"),
        )
    };
    let (lang, region) = match t.split_once('-') {
        Some((l, r)) => (l, Some(r)),
        None => (t.as_str(), None),
    };
    if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(bad());
    }
    let lang = lang.to_ascii_lowercase();
    match region {
        None => Ok(lang),
        Some(r) if r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()) => {
            Ok(format!("{lang}-{}", r.to_ascii_uppercase()))
        }
        Some(r) if r.len() == 3 && r.chars().all(|c| c.is_ascii_digit()) => Ok(format!("{lang}-{r}")),
        Some(_) => Err(bad()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_are_whole_numbers_up_to_the_32_bit_limit() {
        assert_eq!(quantity("3", "quantity").unwrap(), 3);
        assert_eq!(quantity("2147483647", "quantity").unwrap(), MAX_QUANTITY);
        for (t, why) in [
            ("2147483648", "more than the limit of 2147483647"),
            ("3000000000", "more than the limit of 2147483647"),
            ("9223372036854775808", "more than the limit of 2147483647"),
            ("1e3", "scientific notation"),
            ("0", "at least 1"),
            ("-1", "not a whole number"),
            ("1.5", "not a whole number"),
        ] {
            let e = quantity(t, "quantity").unwrap_err().to_string();
            assert!(e.starts_with("invalid quantity:") && e.contains(why), "{t}: {e}");
        }
        assert!(quantity_value(1 << 32, "quantity").is_err());
    }

    #[test]
    fn a_nul_byte_in_a_field_is_named_with_its_position() {
        assert!(no_nul("Ada", "name").is_ok());
        assert_eq!(
            no_nul("Ad\0a", "name").unwrap_err().to_string(),
            "invalid name: contains a NUL byte (\\0) at character 3; remove it"
        );
    }

    #[test]
    fn emails_need_a_local_part_and_a_dotted_domain() {
        assert_eq!(email(" ada@example.com ").unwrap(), "ada@example.com");
        for bad in ["ada", "ada@", "@example.com", "ada@example", "a b@example.com", "a@@b.com", "a@b..com"] {
            assert!(email(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn countries_and_zones_are_checked() {
        assert_eq!(country("de", "country").unwrap(), "DE");
        assert!(country("DEU", "country").is_err());
        let e = country("XX", "country").unwrap_err().to_string();
        assert!(e.starts_with("invalid country:") && e.contains("ISO 3166-1"), "{e}");
        assert!(country("uk", "country").unwrap_err().to_string().contains("GB"));
        assert!(timezone("Europe/Berlin").is_ok());
        assert!(timezone("Mars/Olympus").is_err());
    }

    #[test]
    fn locales_are_a_language_or_a_language_and_region() {
        assert_eq!(locale("de", "--locale").unwrap(), "de");
        assert_eq!(locale("pt_br", "--locale").unwrap(), "pt-BR");
        assert_eq!(locale("es-419", "--locale").unwrap(), "es-419");
        for bad in ["", "d", "german", "de-", "de-DEU", "../en", "de DE"] {
            let e = locale(bad, "--locale").unwrap_err().to_string();
            assert!(e.contains("--locale"), "{bad}: {e}");
        }
    }
}
