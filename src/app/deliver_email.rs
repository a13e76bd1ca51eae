//! One e-mail delivery attempt: loads the account (address, billing contact, locale), renders the
//! template and sends it (notify::email). Written by the e-mail slice.

use anyhow::Result;
use sqlx::PgConnection;

use super::Context;
use crate::notify::Outcome;
use crate::notify::email::Mailer;
use crate::store::events::Claimed;

pub async fn attempt(_conn: &mut PgConnection, _cx: &Context, _mailer: &Mailer, _claimed: &Claimed) -> Result<Outcome> {
    Ok(Outcome::Retry { error: "e-mail sending is not built yet".into(), http_status: None, retry_after: None })
}
