//! The one place time is read. `--as-of` or `BILLCTL_NOW` fix the clock for a whole command, so
//! runs are reproducible and tests deterministic.
//!
//! Accepted forms: an RFC 3339 instant (`2026-11-23T10:00:00Z`) or a date (`2026-11-23`). A date
//! means "that calendar day in every account's own time zone": billing decisions that ask for
//! "today" in an account's zone get exactly that date.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use crate::domain::DomainError;

/// PostgreSQL keeps microseconds; truncating here makes what we print equal what we store.
fn micros(t: DateTime<Utc>) -> DateTime<Utc> {
    chrono::DurationRound::duration_trunc(t, chrono::TimeDelta::microseconds(1)).unwrap_or(t)
}

#[derive(Debug, Clone, Copy)]
pub struct Clock {
    now: DateTime<Utc>,
    date_override: Option<NaiveDate>,
    fixed: bool,
}

impl Clock {
    /// Reads the system clock, unless `as_of` (flag) or `BILLCTL_NOW` fixes it.
    pub fn resolve(as_of: Option<&str>) -> Result<Clock, DomainError> {
        let env = crate::config::env_nonempty("BILLCTL_NOW");
        match as_of.map(str::to_string).or(env) {
            Some(text) => Clock::parse(&text),
            // clock.rs is the one module that reads the system clock.
            #[allow(clippy::disallowed_methods)]
            None => Ok(Clock { now: micros(Utc::now()), date_override: None, fixed: false }),
        }
    }

    /// A fixed clock from text (see module doc).
    pub fn parse(text: &str) -> Result<Clock, DomainError> {
        let t = text.trim();
        if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
            return Ok(Clock { now: micros(dt.with_timezone(&Utc)), date_override: None, fixed: true });
        }
        if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
            let noon = d.and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("valid")).and_utc();
            return Ok(Clock { now: noon, date_override: Some(d), fixed: true });
        }
        Err(DomainError::invalid(
            "as-of",
            format!("'{text}' is neither a date (2026-11-23) nor an RFC 3339 time (2026-11-23T10:00:00Z)"),
        ))
    }

    pub fn fixed_at(now: DateTime<Utc>) -> Clock {
        Clock { now, date_override: None, fixed: true }
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.now
    }

    pub fn is_fixed(&self) -> bool {
        self.fixed
    }

    /// "Today" in the given time zone.
    pub fn today_in(&self, tz: Tz) -> NaiveDate {
        self.date_override.unwrap_or_else(|| self.now.with_timezone(&tz).date_naive())
    }

    /// "Today" in UTC (or the fixed date).
    pub fn today(&self) -> NaiveDate {
        self.today_in(Tz::UTC)
    }
}

/// The system clock's time, for records of when work really happened (a run's finish time)
/// even when `--as-of` fixes the billing clock. Never used for billing decisions.
pub fn wall_now() -> DateTime<Utc> {
    // clock.rs is the one module that reads the system clock.
    #[allow(clippy::disallowed_methods)]
    Utc::now()
}

/// Milliseconds since the epoch from the system clock, used only to make ids sort in creation
/// order (even when `--as-of` fixes the billing clock). Never used for billing decisions.
pub fn id_millis() -> u64 {
    wall_now().timestamp_millis().max(0) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_means_that_day_in_every_zone() {
        let c = Clock::parse("2026-03-01").unwrap();
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(c.today_in(chrono_tz::America::Los_Angeles), d);
        assert_eq!(c.today_in(chrono_tz::Pacific::Kiritimati), d);
    }

    #[test]
    fn an_instant_is_read_in_the_zone() {
        let c = Clock::parse("2026-03-01T03:00:00Z").unwrap();
        assert_eq!(c.today_in(chrono_tz::America::New_York), NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
        assert!(c.is_fixed());
    }

    #[test]
    fn garbage_names_the_flag() {
        assert!(Clock::parse("yesterday").unwrap_err().to_string().contains("as-of"));
    }
}
