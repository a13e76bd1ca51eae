//! Signed webhook delivery (Standard Webhooks). Written by the webhooks slice.

use crate::config::Config;

/// The HTTP client webhooks are posted with.
#[derive(Debug, Clone)]
pub struct Client {}

impl Client {
    pub fn new(_config: &Config) -> anyhow::Result<Client> {
        Ok(Client {})
    }
}
