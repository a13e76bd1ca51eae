//! Account use cases: create, update, archive, list, show, import.

use super::Context;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::{Context as _, Result};
use sqlx::Acquire;

use crate::clock::Clock;
use crate::domain::account::{AccountInput, AccountStatus, FieldError, ValidAccount, parse_bool, validate_new};
use crate::domain::ids::IdKind;
use crate::domain::{Currency, validate};
use crate::error::{self, UserError};
use crate::store::accounts::{self as repo, Account, Filter};
use crate::store::{self, audit};

fn to_json(a: &Account) -> serde_json::Value {
    serde_json::to_value(a).unwrap_or(serde_json::Value::Null)
}

fn field_errors(message: &str, errs: &[FieldError]) -> UserError {
    error::usage(message.to_string())
        .details(errs.iter().map(|e| format!("{}: {}", e.field, e.reason)).collect())
        .hint("fix the fields above and run the command again; nothing was written")
}

fn build(v: ValidAccount, metadata: BTreeMap<String, String>, clock: &Clock) -> Account {
    let now = clock.now();
    Account {
        id: super::new_id(IdKind::Account, now),
        external_id: v.external_id,
        name: v.name,
        email: v.email,
        currency: v.currency,
        timezone: v.timezone,
        country: v.country,
        tax_id: v.tax_id,
        tax_exempt: v.tax_exempt,
        is_business: v.is_business,
        status: AccountStatus::Active,
        address_line1: v.address_line1,
        address_line2: v.address_line2,
        city: v.city,
        region: v.region,
        postal_code: v.postal_code,
        billing_email: None,
        locale: crate::notify::templates::DEFAULT_LOCALE.to_string(),
        email_reminders: true,
        metadata: serde_json::to_value(metadata).unwrap_or_default(),
        stripe_customer_id: None,
        archived_at: None,
        created_at: now,
        updated_at: now,
    }
}

fn duplicate_external_id(x: &str) -> UserError {
    error::conflict(format!("an account with external id '{x}' already exists"))
        .hint(format!("use `billctl account show {x}` to see it, or choose another --external-id"))
}

/// A new account, and the other accounts that already use its e-mail address (allowed: one
/// customer may have several accounts, but it is often a mistake, so the CLI warns).
#[derive(Debug, Clone)]
pub struct Created {
    pub account: Account,
    pub same_email: Vec<String>,
}

/// Creates one account, with its audit row, in one transaction.
pub async fn create(cx: &Context, input: &AccountInput, metadata: BTreeMap<String, String>) -> Result<Created> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let valid = validate_new(input).map_err(|e| field_errors("the account is not valid", &e))?;
    let account = build(valid, metadata, clock);
    let mut tx = pool.begin().await?;
    let same_email =
        repo::with_emails(&mut tx, std::slice::from_ref(&account.email)).await?.into_iter().map(|(_, id)| id).collect();
    if let Err(e) = repo::insert(&mut tx, &account).await {
        if store::is_unique_violation(&e, "accounts_external_id_key") {
            return Err(duplicate_external_id(account.external_id.as_deref().unwrap_or_default()).into());
        }
        return Err(e.into());
    }
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "account.create",
            entity_type: "account",
            entity_id: &account.id,
            account_id: Some(&account.id),
            before: None,
            after: Some(to_json(&account)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(Created { account, same_email })
}

pub async fn show(cx: &Context, key: &str) -> Result<Account> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    repo::find(&mut conn, key).await?.ok_or_else(|| not_found(key).into())
}

/// "No account KEY" (exit 3), with where to look.
pub(crate) fn not_found(key: &str) -> UserError {
    error::not_found(format!("no account '{key}'")).hint("list accounts with `billctl account list`")
}

/// The id of the account a `--account` filter names (id or external id): every list takes its
/// account filter through here, so an unknown account is exit 3, never an empty list.
pub(crate) async fn id_of(conn: &mut sqlx::PgConnection, key: Option<&str>) -> Result<Option<String>> {
    let Some(key) = key else { return Ok(None) };
    Ok(Some(repo::find(conn, key).await?.ok_or_else(|| not_found(key))?.id))
}

pub async fn list(cx: &Context, filter: &Filter) -> Result<Vec<Account>> {
    let pool = &cx.pool;
    let mut conn = pool.acquire().await?;
    Ok(repo::list(&mut conn, filter).await?)
}

/// Changes to an existing account; `None` leaves a field as it is, `Some("")` clears an optional one.
#[derive(Debug, Default, Clone)]
pub struct Patch {
    pub name: Option<String>,
    pub email: Option<String>,
    pub currency: Option<String>,
    pub timezone: Option<String>,
    pub country: Option<String>,
    pub external_id: Option<String>,
    pub tax_id: Option<String>,
    pub tax_exempt: Option<String>,
    pub business: Option<String>,
    pub status: Option<String>,
    pub address_line1: Option<String>,
    pub address_line2: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postal_code: Option<String>,
    pub set_metadata: BTreeMap<String, String>,
    pub unset_metadata: Vec<String>,
    /// The billing contact (Cc of every e-mail); `Some("")` removes it.
    pub billing_email: Option<String>,
    /// The e-mail language (`de`, `pt-BR`).
    pub locale: Option<String>,
    /// Whether payment reminders are sent.
    pub email_reminders: Option<bool>,
}

fn clearable(v: &str) -> Option<String> {
    let t = v.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// Applies a patch to a copy of `a`, collecting every invalid field.
fn apply_patch(a: &Account, p: &Patch) -> Result<Account, Vec<FieldError>> {
    let mut n = a.clone();
    let mut errs: Vec<FieldError> = Vec::new();
    let mut check = |r: Result<(), crate::domain::DomainError>| {
        if let Err(e) = r {
            errs.push(e.into())
        }
    };
    if let Some(v) = &p.name {
        check(validate::required(v, "name").map(|v| n.name = v));
    }
    if let Some(v) = &p.email {
        check(validate::email(v).map(|v| n.email = v));
    }
    if let Some(v) = &p.currency {
        check(Currency::parse(v).map(|c| n.currency = c));
    }
    if let Some(v) = &p.timezone {
        check(validate::timezone(v).map(|tz| n.timezone = tz));
    }
    if let Some(v) = &p.country {
        match clearable(v) {
            Some(c) => check(validate::country(&c, "country").map(|c| n.country = Some(c))),
            None => n.country = None,
        }
    }
    if let Some(v) = &p.external_id {
        n.external_id = clearable(v);
    }
    if let Some(v) = &p.tax_id {
        n.tax_id = clearable(v);
    }
    if let Some(v) = &p.tax_exempt {
        check(parse_bool(v, "tax_exempt").map(|b| n.tax_exempt = b));
    }
    if let Some(v) = &p.business {
        check(parse_bool(v, "business").map(|b| n.is_business = b));
    }
    if let Some(v) = &p.status {
        check(v.parse::<AccountStatus>().map(|s| n.status = s));
    }
    for (field, target) in [
        (&p.address_line1, &mut n.address_line1),
        (&p.address_line2, &mut n.address_line2),
        (&p.city, &mut n.city),
        (&p.region, &mut n.region),
        (&p.postal_code, &mut n.postal_code),
    ] {
        if let Some(v) = field {
            *target = clearable(v);
        }
    }
    if let Some(v) = &p.billing_email {
        match clearable(v) {
            Some(e) => check(
                validate::email(&e)
                    .map_err(|_| {
                        crate::domain::DomainError::invalid(
                            "--billing-email",
                            format!("'{e}' is not an e-mail address (e.g. accounts@example.com)"),
                        )
                    })
                    .map(|e| n.billing_email = Some(e)),
            ),
            None => n.billing_email = None,
        }
    }
    if let Some(v) = &p.locale {
        check(validate::locale(v, "--locale").map(|l| n.locale = l));
    }
    if let Some(b) = p.email_reminders {
        n.email_reminders = b;
    }
    if !p.set_metadata.is_empty() || !p.unset_metadata.is_empty() {
        let mut map = n.metadata.as_object().cloned().unwrap_or_default();
        for (k, v) in &p.set_metadata {
            map.insert(k.clone(), serde_json::Value::String(v.clone()));
        }
        for k in &p.unset_metadata {
            map.remove(k);
        }
        n.metadata = serde_json::Value::Object(map);
    }
    if errs.is_empty() { Ok(n) } else { Err(errs) }
}

/// Updates an account in one transaction; writes the audit row with before and after.
pub async fn update(cx: &Context, key: &str, patch: &Patch) -> Result<(Account, bool)> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let before = repo::find_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    let mut after = apply_patch(&before, patch).map_err(|e| field_errors("the update is not valid", &e))?;
    if after == before {
        return Ok((before, false));
    }
    if after.currency != before.currency && repo::has_billing_history(&mut tx, &before.id).await? {
        return Err(error::conflict(format!(
            "account {} already has subscriptions or invoices in {}; its currency cannot change",
            before.id, before.currency
        ))
        .hint("create a new account for the other currency")
        .into());
    }
    after.updated_at = clock.now();
    if let Err(e) = repo::update(&mut tx, &after).await {
        if store::is_unique_violation(&e, "accounts_external_id_key") {
            return Err(duplicate_external_id(after.external_id.as_deref().unwrap_or_default()).into());
        }
        return Err(e.into());
    }
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "account.update",
            entity_type: "account",
            entity_id: &after.id,
            account_id: Some(&after.id),
            before: Some(to_json(&before)),
            after: Some(to_json(&after)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok((after, true))
}

/// Archives an account: it stays for history but takes no new subscriptions and leaves lists.
pub async fn archive(cx: &Context, key: &str) -> Result<(Account, bool)> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let mut tx = pool.begin().await?;
    let before = repo::find_for_update(&mut tx, key).await?.ok_or_else(|| not_found(key))?;
    if before.archived_at.is_some() {
        return Ok((before, false));
    }
    let active = store::subscriptions::count_live(&mut tx, &before.id).await?;
    if active > 0 {
        return Err(error::conflict(format!("account {} has {active} live subscription(s)", before.id))
            .hint("cancel them first with `billctl subscription cancel`")
            .into());
    }
    let mut after = before.clone();
    after.archived_at = Some(clock.now());
    after.updated_at = clock.now();
    repo::update(&mut tx, &after).await?;
    audit::record(
        &mut tx,
        audit::Entry {
            by: &cx.actor,
            at: clock.now(),
            action: "account.archive",
            entity_type: "account",
            entity_id: &after.id,
            account_id: Some(&after.id),
            before: Some(to_json(&before)),
            after: Some(to_json(&after)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok((after, true))
}

/// The columns `account import` accepts.
pub const IMPORT_COLUMNS: [&str; 14] = [
    "name",
    "email",
    "currency",
    "timezone",
    "country",
    "external_id",
    "tax_id",
    "tax_exempt",
    "business",
    "address_line1",
    "address_line2",
    "city",
    "region",
    "postal_code",
];

/// One problem found in an import file.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RowError {
    pub line: u64,
    pub field: String,
    pub reason: String,
}

/// An imported row whose e-mail address another account (or an earlier row) already uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SameEmail {
    pub line: u64,
    pub email: String,
    /// Accounts already in the database with that address.
    pub accounts: Vec<String>,
    /// The first earlier line of the file with that address.
    pub earlier_line: Option<u64>,
}

/// What `account import` wrote (or would write, with `dry_run`), and the rows to warn about.
#[derive(Debug, Clone)]
pub struct Imported {
    pub accounts: Vec<Account>,
    pub same_email: Vec<SameEmail>,
    /// With `skip_existing`: the rows left out because their account exists already, as (line,
    /// external id or e-mail).
    pub skipped: Vec<(u64, String)>,
}

/// Rows whose e-mail is used by an account in the database (`existing`: lower-case e-mail,
/// account id) or by an earlier row of the file.
fn same_emails(rows: &[(u64, ValidAccount)], existing: &[(String, String)]) -> Vec<SameEmail> {
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut out = Vec::new();
    for (line, v) in rows {
        let key = v.email.to_lowercase();
        let accounts: Vec<String> = existing.iter().filter(|(e, _)| *e == key).map(|(_, id)| id.clone()).collect();
        let earlier_line = first_line.get(&key).copied();
        first_line.entry(key).or_insert(*line);
        if !accounts.is_empty() || earlier_line.is_some() {
            out.push(SameEmail { line: *line, email: v.email.clone(), accounts, earlier_line });
        }
    }
    out
}

/// Reads and validates every row; writes all of them in one transaction only if all are valid.
/// With `skip_existing`, a row whose account exists already is left out instead of refused: its
/// external id is taken, or (a row without an external id) its e-mail is (case-insensitive).
pub async fn import(cx: &Context, path: &Path, dry_run: bool, skip_existing: bool) -> Result<Imported> {
    let (pool, clock) = (&cx.pool, &cx.clock);
    let bytes = std::fs::read(path).map_err(|e| {
        error::usage(format!("cannot open {}: {e}", path.display()))
            .hint("give the path of a CSV file with a header row")
    })?;
    // A binary file (an image, a spreadsheet) is refused before its bytes are read as rows; a NUL
    // byte or invalid UTF-8 further down is reported per line.
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    if header.contains(&0) || std::str::from_utf8(header).is_err() {
        return Err(error::usage(format!(
            "{} is not a CSV text file: its first line is not UTF-8 text",
            path.display()
        ))
        .hint("export the accounts as CSV (UTF-8 text with a header row) and import that file")
        .into());
    }
    let (rows, mut errors, external_ids) = read_rows(&crlf_to_lf(&bytes)[..])?;
    // Duplicate external ids inside the file (valid or not, every row counts).
    let mut seen: HashMap<String, u64> = HashMap::new();
    for (line, x) in &external_ids {
        if let Some(&first) = seen.get(x) {
            errors.push(RowError {
                line: *line,
                field: "external_id".into(),
                reason: format!("'{x}' also appears on line {first}"),
            });
        } else {
            seen.insert(x.clone(), *line);
        }
    }
    let mut tx = pool.begin().await?;
    let ids: Vec<String> = seen.keys().cloned().collect();
    let existing = repo::existing_external_ids(&mut tx, &ids).await?;
    let mut skip: BTreeMap<u64, String> = BTreeMap::new();
    for x in existing {
        if skip_existing {
            skip.insert(seen[&x], x);
        } else {
            errors.push(RowError {
                line: seen[&x],
                field: "external_id".into(),
                reason: format!("'{x}' already exists in the database"),
            });
        }
    }
    if skip_existing {
        let by_email: Vec<String> =
            rows.iter().filter(|(_, v)| v.external_id.is_none()).map(|(_, v)| v.email.to_lowercase()).collect();
        let taken = repo::existing_emails(&mut tx, &by_email).await?;
        for (line, v) in rows.iter().filter(|(_, v)| v.external_id.is_none()) {
            if taken.contains(&v.email.to_lowercase()) {
                skip.insert(*line, v.email.clone());
            }
        }
    }
    if !errors.is_empty() {
        errors.sort_by(|a, b| (a.line, &a.field).cmp(&(b.line, &b.field)));
        let n = errors.len();
        // A binary or garbled file must not flood the terminal: the list is cut, the text escaped.
        let details = error::listed(errors.iter().map(|e| format!("line {}: {}: {}", e.line, e.field, e.reason)));
        let mut e = error::usage(format!("{} has {n} problem(s); nothing was imported", path.display()))
            .details(details)
            .hint("fix the rows listed above and import the whole file again");
        if errors.iter().any(|e| e.reason.ends_with("already exists in the database")) {
            e = e.hint("to import only the rows that are not there yet, add --skip-existing");
        }
        return Err(e.into());
    }
    let rows: Vec<(u64, ValidAccount)> = rows.into_iter().filter(|(line, _)| !skip.contains_key(line)).collect();
    let emails: Vec<String> = rows.iter().map(|(_, v)| v.email.clone()).collect();
    let same_email = same_emails(&rows, &repo::with_emails(&mut tx, &emails).await?);
    let accounts: Vec<Account> = rows.into_iter().map(|(_, v)| build(v, BTreeMap::new(), clock)).collect();
    let skipped: Vec<(u64, String)> = skip.into_iter().collect();
    if dry_run {
        return Ok(Imported { accounts, same_email, skipped });
    }
    let conn = tx.acquire().await?;
    for a in &accounts {
        repo::insert(conn, a).await?;
        audit::record(
            conn,
            audit::Entry {
                by: &cx.actor,
                at: clock.now(),
                action: "account.import",
                entity_type: "account",
                entity_id: &a.id,
                account_id: Some(&a.id),
                before: None,
                after: Some(to_json(a)),
            },
        )
        .await?;
    }
    tx.commit().await.context("cannot commit the import")?;
    Ok(Imported { accounts, same_email, skipped })
}

/// `\r\n` line ends as `\n`: the CSV reader counts a CRLF row's line before it has read the `\n`,
/// which put every row after the first one line early in error messages.
fn crlf_to_lf(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for (i, &b) in bytes.iter().enumerate() {
        if !(b == b'\r' && bytes.get(i + 1) == Some(&b'\n')) {
            out.push(b);
        }
    }
    out
}

/// Valid rows, problems, and the external id of every row that has one (by line).
type Rows = (Vec<(u64, ValidAccount)>, Vec<RowError>, Vec<(u64, String)>);

fn read_rows(reader: impl std::io::Read) -> Result<Rows> {
    let mut rdr = csv::ReaderBuilder::new().trim(csv::Trim::All).flexible(false).from_reader(reader);
    let headers = rdr.headers().map_err(|e| error::usage(format!("cannot read the CSV header: {e}")))?.clone();
    let unknown: Vec<String> =
        headers.iter().filter(|h| !IMPORT_COLUMNS.contains(h)).take(10).map(|h| error::printable(h, 40)).collect();
    if !unknown.is_empty() {
        let more = headers.iter().filter(|h| !IMPORT_COLUMNS.contains(h)).count() - unknown.len();
        let more = if more > 0 { format!(" and {more} more") } else { String::new() };
        return Err(error::usage(format!("unknown column(s) in the header: {}{more}", unknown.join(", ")))
            .hint(format!("accepted columns: {}", IMPORT_COLUMNS.join(", ")))
            .into());
    }
    let missing: Vec<&str> =
        ["name", "email", "currency"].into_iter().filter(|c| !headers.iter().any(|h| h == *c)).collect();
    if !missing.is_empty() {
        return Err(error::usage(format!("the header lacks required column(s): {}", missing.join(", ")))
            .hint(format!("accepted columns: {}", IMPORT_COLUMNS.join(", ")))
            .into());
    }
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let mut external_ids = Vec::new();
    for record in rdr.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                errors.push(RowError { line, field: "-".into(), reason: csv_reason(&e) });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let nul: Vec<RowError> = headers
            .iter()
            .zip(record.iter())
            .filter_map(|(h, v)| crate::domain::validate::no_nul(v, h).err())
            .map(|e| match e {
                crate::domain::DomainError::Invalid { field, reason } => RowError { line, field, reason },
                other => RowError { line, field: "-".into(), reason: other.to_string() },
            })
            .collect();
        if !nul.is_empty() {
            errors.extend(nul);
            continue;
        }
        let get = |name: &str| headers.iter().position(|h| h == name).map(|i| record[i].to_string());
        let input = AccountInput {
            name: get("name"),
            email: get("email"),
            currency: get("currency"),
            timezone: get("timezone"),
            country: get("country"),
            external_id: get("external_id"),
            tax_id: get("tax_id"),
            tax_exempt: get("tax_exempt"),
            business: get("business"),
            address_line1: get("address_line1"),
            address_line2: get("address_line2"),
            city: get("city"),
            region: get("region"),
            postal_code: get("postal_code"),
        };
        if let Some(x) = input.external_id.as_deref().map(str::trim).filter(|x| !x.is_empty()) {
            external_ids.push((line, x.to_string()));
        }
        match validate_new(&input) {
            Ok(v) => rows.push((line, v)),
            Err(errs) => errors.extend(errs.into_iter().map(|e| RowError { line, field: e.field, reason: e.reason })),
        }
    }
    if rows.is_empty() && errors.is_empty() {
        return Err(error::usage("the file has a header but no rows").into());
    }
    Ok((rows, errors, external_ids))
}

fn csv_reason(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("has {len} fields but the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "is not valid UTF-8".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(line: u64, email: &str) -> (u64, ValidAccount) {
        let input = AccountInput {
            name: Some("A".into()),
            email: Some(email.into()),
            currency: Some("EUR".into()),
            ..Default::default()
        };
        (line, validate_new(&input).unwrap())
    }

    #[test]
    fn rows_sharing_an_e_mail_with_an_account_or_an_earlier_row_are_reported_ignoring_case() {
        let rows = [row(2, "a@example.com"), row(3, "b@example.com"), row(4, "B@example.com"), row(5, "c@x.io")];
        let existing = [("a@example.com".to_string(), "acct_1".to_string())];
        let found = same_emails(&rows, &existing);
        assert_eq!(
            found,
            [
                SameEmail {
                    line: 2,
                    email: "a@example.com".into(),
                    accounts: vec!["acct_1".into()],
                    earlier_line: None
                },
                SameEmail { line: 4, email: "B@example.com".into(), accounts: vec![], earlier_line: Some(3) },
            ]
        );
    }

    fn lines_of_problems(data: &[u8]) -> Vec<u64> {
        let (_, errors, _) = read_rows(&crlf_to_lf(data)[..]).unwrap();
        errors.iter().map(|e| e.line).collect()
    }

    #[test]
    fn a_crlf_file_reports_the_same_lines_as_an_lf_file() {
        let lf = "name,email,currency\nAda,ada@example.com,EUR\nBob,bob-at-example,EUR\nCy,cy@example.com,XXX\n";
        let crlf = lf.replace('\n', "\r\n");
        assert_eq!(lines_of_problems(lf.as_bytes()), [3, 4]);
        assert_eq!(lines_of_problems(crlf.as_bytes()), [3, 4]);
        // A quoted value that spans lines counts its lines too.
        let quoted = "name,email,currency,address_line1\r\nAda,ada@example.com,EUR,\"a\r\nb\"\r\nBob,bad,EUR,x\r\n";
        assert_eq!(lines_of_problems(quoted.as_bytes()), [4]);
    }

    #[test]
    fn only_crlf_pairs_are_changed() {
        assert_eq!(crlf_to_lf(b"a\r\nb\rc\n\r\n"), b"a\nb\rc\n\n");
    }
}
