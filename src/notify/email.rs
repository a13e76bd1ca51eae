//! E-mail over SMTP (lettre). Written by the e-mail slice.

use crate::config::Config;

/// The pooled SMTP transport to the configured relay.
#[derive(Debug, Clone)]
pub struct Mailer {}

impl Mailer {
    /// `None` when no relay is configured.
    pub fn from_config(_config: &Config) -> anyhow::Result<Option<Mailer>> {
        Ok(None)
    }
}
