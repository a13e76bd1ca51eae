//! Rules for account data: what a valid account is, checked field by field so that a wizard, a
//! flag and a CSV row all get the same answer and every bad field is reported at once.

use serde::{Deserialize, Serialize};

use super::{Currency, DomainError, validate};

/// Raw input for a new account, as typed or read from a CSV row (`None` = not given).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct AccountInput {
    pub name: Option<String>,
    pub email: Option<String>,
    pub currency: Option<String>,
    pub timezone: Option<String>,
    pub country: Option<String>,
    pub external_id: Option<String>,
    pub tax_id: Option<String>,
    pub tax_exempt: Option<String>,
    pub business: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postal_code: Option<String>,
}

/// A checked account, ready to store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ValidAccount {
    pub name: String,
    pub email: String,
    pub currency: Currency,
    #[serde(serialize_with = "validate::serialize_tz")]
    pub timezone: chrono_tz::Tz,
    pub country: Option<String>,
    pub external_id: Option<String>,
    pub tax_id: Option<String>,
    pub tax_exempt: bool,
    pub is_business: bool,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postal_code: Option<String>,
}

/// One reason a field is invalid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: String,
    pub reason: String,
}

impl From<DomainError> for FieldError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Invalid { field, reason } => FieldError { field, reason },
            other => FieldError { field: "-".into(), reason: other.to_string() },
        }
    }
}

/// The required fields of a new account, in wizard order.
pub const REQUIRED: [&str; 3] = ["name", "email", "currency"];

fn opt(v: &Option<String>) -> Option<String> {
    v.as_ref().map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Parses yes/no style booleans (true/false, yes/no, 1/0).
pub fn parse_bool(text: &str, field: &str) -> Result<bool, DomainError> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "y" | "1" => Ok(true),
        "false" | "no" | "n" | "0" | "" => Ok(false),
        _ => Err(DomainError::invalid(field, format!("'{text}' is not true/false"))),
    }
}

/// Checks every field and returns all problems, not only the first.
pub fn validate_new(input: &AccountInput) -> Result<ValidAccount, Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    fn take<T>(errors: &mut Vec<FieldError>, r: Result<T, DomainError>) -> Option<T> {
        r.map_err(|e| errors.push(e.into())).ok()
    }
    fn missing<T>(f: &str) -> Result<T, DomainError> {
        Err(DomainError::invalid(f, "is required"))
    }

    let name = take(&mut errors, opt(&input.name).map_or_else(|| missing("name"), |n| validate::required(&n, "name")));
    let email = take(&mut errors, opt(&input.email).map_or_else(|| missing("email"), |e| validate::email(&e)));
    let currency = take(&mut errors, opt(&input.currency).map_or_else(|| missing("currency"), |c| Currency::parse(&c)));
    let timezone = take(
        &mut errors,
        match opt(&input.timezone) {
            Some(tz) => validate::timezone(&tz),
            None => Ok(chrono_tz::UTC),
        },
    );
    let country = take(&mut errors, opt(&input.country).map(|c| validate::country(&c, "country")).transpose());
    let tax_exempt = take(&mut errors, opt(&input.tax_exempt).map_or(Ok(false), |v| parse_bool(&v, "tax_exempt")));
    let is_business = take(&mut errors, opt(&input.business).map_or(Ok(false), |v| parse_bool(&v, "business")));
    let external_id = opt(&input.external_id);
    if let Some(x) = &external_id
        && (x.len() > 200 || x.chars().any(char::is_control))
    {
        errors.push(FieldError {
            field: "external_id".into(),
            reason: "must be at most 200 printable characters".into(),
        });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ValidAccount {
        name: name.expect("checked"),
        email: email.expect("checked"),
        currency: currency.expect("checked"),
        timezone: timezone.expect("checked"),
        country: country.flatten(),
        external_id,
        tax_id: opt(&input.tax_id),
        tax_exempt: tax_exempt.unwrap_or(false),
        is_business: is_business.unwrap_or(false),
        address_line1: opt(&input.address_line1),
        address_line2: opt(&input.address_line2),
        city: opt(&input.city),
        region: opt(&input.region),
        postal_code: opt(&input.postal_code),
    })
}

text_enum! {
    /// The status of an account, driven by dunning.
    pub enum AccountStatus ("status", "an account status") {
        Active = "active",
        Warning = "warning",
        Blocked = "blocked",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, email: &str, currency: &str) -> AccountInput {
        AccountInput {
            name: Some(name.into()),
            email: Some(email.into()),
            currency: Some(currency.into()),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_account_is_valid_and_defaults_to_utc() {
        let v = validate_new(&input("Ada", "ada@example.com", "eur")).unwrap();
        assert_eq!(v.currency.code(), "EUR");
        assert_eq!(v.timezone, chrono_tz::UTC);
        assert!(!v.tax_exempt);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let mut i = input("", "not-an-email", "EURO");
        i.timezone = Some("Nowhere/City".into());
        let errs = validate_new(&i).unwrap_err();
        let fields: Vec<&str> = errs.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "email", "currency", "timezone"]);
    }

    #[test]
    fn missing_required_fields_say_so() {
        let errs = validate_new(&AccountInput::default()).unwrap_err();
        assert_eq!(errs.len(), 3);
        assert!(errs.iter().all(|e| e.reason == "is required"));
    }

    #[test]
    fn booleans_accept_common_spellings() {
        assert!(parse_bool("Yes", "x").unwrap());
        assert!(!parse_bool("0", "x").unwrap());
        assert!(parse_bool("maybe", "x").is_err());
    }
}
