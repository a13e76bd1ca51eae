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

/// An ISO 3166-1 alpha-2 country code, upper-cased ("de" → "DE").
pub fn country(text: &str, field: &str) -> Result<String, DomainError> {
    let t = text.trim().to_ascii_uppercase();
    if t.len() == 2 && t.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(t)
    } else {
        Err(DomainError::invalid(field, format!("'{text}' is not a two-letter country code (e.g. DE, US)")))
    }
}

/// An IANA time zone name ("Europe/Berlin").
pub fn timezone(text: &str) -> Result<chrono_tz::Tz, DomainError> {
    text.trim().parse::<chrono_tz::Tz>().map_err(|_| {
        DomainError::invalid("timezone", format!("'{text}' is not an IANA time zone (e.g. Europe/Berlin, UTC)"))
    })
}

/// A non-empty trimmed string.
pub fn required(text: &str, field: &str) -> Result<String, DomainError> {
    let t = text.trim();
    if t.is_empty() { Err(DomainError::invalid(field, "must not be empty")) } else { Ok(t.to_string()) }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(timezone("Europe/Berlin").is_ok());
        assert!(timezone("Mars/Olympus").is_err());
    }
}
