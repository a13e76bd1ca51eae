//! The audit log: who (database role, OS user), what, before and after, for every mutation.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::PgConnection;

/// The OS user running billctl (`$USER`, `$LOGNAME`, else the numeric uid).
pub fn os_user() -> String {
    std::env::var("USER").or_else(|_| std::env::var("LOGNAME")).unwrap_or_else(|_| {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata("/proc/self").map(|m| format!("uid:{}", m.uid())).unwrap_or_else(|_| "unknown".into())
    })
}

pub struct Entry<'a> {
    pub at: DateTime<Utc>,
    pub action: &'a str,
    pub entity_type: &'a str,
    pub entity_id: &'a str,
    pub account_id: Option<&'a str>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn record(conn: &mut PgConnection, e: Entry<'_>) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, os_user, action, entity_type, entity_id, account_id, before, after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(e.at)
    .bind(os_user())
    .bind(e.action)
    .bind(e.entity_type)
    .bind(e.entity_id)
    .bind(e.account_id)
    .bind(e.before)
    .bind(e.after)
    .execute(conn)
    .await?;
    Ok(())
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct AuditRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub db_role: String,
    pub os_user: String,
    pub action: String,
    pub entity_type: String,
    pub entity_id: String,
    pub account_id: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

pub async fn for_entity(conn: &mut PgConnection, entity_id: &str) -> sqlx::Result<Vec<AuditRow>> {
    sqlx::query_as("SELECT * FROM audit_log WHERE entity_id = $1 ORDER BY id").bind(entity_id).fetch_all(conn).await
}
