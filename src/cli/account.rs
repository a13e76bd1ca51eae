//! `billctl account create|list|show|update|archive|import`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Subcommand};

use super::Ctx;
use crate::app::accounts::{self, Patch};
use crate::domain::account::{AccountInput, AccountStatus, REQUIRED};
use crate::domain::{Currency, DomainError, validate};
use crate::error::{self, UserError};
use crate::store::accounts::Filter;

super::page_args!(AccountPage, Account, "account");

#[derive(Debug, Subcommand)]
pub enum AccountCmd {
    /// Cards of an account at the payment gateway: add, list, default (shown masked)
    #[command(subcommand, name = "payment-method")]
    PaymentMethod(super::payment_method::PaymentMethodCmd),
    /// Create an account. At a terminal, missing required fields are asked for.
    #[command(after_help = "Example:\n  billctl account create --name \"Ada\" --email ada@example.com --currency EUR")]
    Create(CreateArgs),
    /// List accounts, oldest first, a page at a time
    #[command(after_help = "Pages: pass the last id shown to --after to get the next page.\n\n\
        Examples:\n  billctl account list --email example.com --status active\n  \
        billctl account list --limit 100 --after acct_…\n  billctl account list --format csv > accounts.csv")]
    List(ListArgs),
    /// Show one account by id (acct_…) or external id
    #[command(after_help = "Examples:\n  billctl account show acct_…\n  billctl account show cust-42 --format json")]
    Show {
        /// Account id (acct_…) or external id
        account: String,
    },
    /// Change fields of an account (give only what changes; an empty value clears an optional field)
    #[command(after_help = "Examples:\n  billctl account update acct_… --email billing@example.com --country FR\n  \
        billctl account update cust-42 --tax-id \"\" --metadata owner=sales --unset-metadata trial\n  \
        billctl account update acct_… --billing-email ap@example.com --locale de --no-reminders\n  \
        billctl account update acct_… --dunning-policy strict   # or --no-dunning / --dunning")]
    Update(UpdateArgs),
    /// Archive an account: kept for history, hidden from lists, no new subscriptions
    #[command(after_help = "Refused while the account has live subscriptions: cancel them first.\n\n\
        Example:\n  billctl account archive acct_…")]
    Archive {
        /// Account id (acct_…) or external id
        account: String,
    },
    /// Import accounts from a CSV file; every row is checked first and nothing is written unless all are valid
    #[command(after_help = "CSV header (name, email, currency required):\n  \
        name,email,currency,timezone,country,external_id,tax_id,tax_exempt,business,address_line1,address_line2,city,region,postal_code\n\n\
        A row whose external_id exists already is refused; with --skip-existing it is skipped instead (and a row\n\
        without an external_id whose e-mail exists already), so a file can be imported again after new rows were\n\
        added to it. The summary says how many rows were skipped. Lines end in LF or CRLF.\n\n\
        Examples:\n  billctl account import customers.csv --dry-run\n  billctl account import customers.csv --skip-existing")]
    Import {
        /// CSV file with a header row (UTF-8)
        file: PathBuf,
        /// Check the file and show what would be imported, write nothing
        #[arg(long)]
        dry_run: bool,
        /// Skip the rows whose account exists already (same external_id; without one, same e-mail)
        #[arg(long)]
        skip_existing: bool,
    },
}

#[derive(Debug, Args, Default)]
pub struct Fields {
    /// Display name of the customer
    #[arg(long)]
    pub name: Option<String>,
    /// Billing e-mail address
    #[arg(long)]
    pub email: Option<String>,
    /// ISO 4217 currency the account is billed in (EUR, USD, JPY, ...)
    #[arg(long)]
    pub currency: Option<String>,
    /// IANA time zone for billing periods (default UTC)
    #[arg(long)]
    pub timezone: Option<String>,
    /// Two-letter country code (tax)
    #[arg(long)]
    pub country: Option<String>,
    /// Your own unique id for this customer
    #[arg(long)]
    pub external_id: Option<String>,
    /// Tax / VAT id
    #[arg(long)]
    pub tax_id: Option<String>,
    /// Tax exempt: true or false
    #[arg(long, value_name = "BOOL")]
    pub tax_exempt: Option<String>,
    /// Business customer: true or false (EU reverse charge)
    #[arg(long, value_name = "BOOL")]
    pub business: Option<String>,
    /// Billing address, first line (street and number)
    #[arg(long)]
    pub address_line1: Option<String>,
    /// Billing address, second line
    #[arg(long)]
    pub address_line2: Option<String>,
    /// City of the billing address
    #[arg(long)]
    pub city: Option<String>,
    /// Region or state of the billing address, e.g. CA (tax rates can depend on it)
    #[arg(long)]
    pub region: Option<String>,
    /// Postal code of the billing address
    #[arg(long)]
    pub postal_code: Option<String>,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    #[command(flatten)]
    pub fields: Fields,
    /// Metadata as key=value (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub metadata: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Account id or external id
    pub account: String,
    #[command(flatten)]
    pub fields: Fields,
    /// Status (active, warning, blocked); normally set by dunning
    #[arg(long)]
    pub status: Option<String>,
    /// Set metadata key=value (repeatable)
    #[arg(long, value_name = "KEY=VALUE")]
    pub metadata: Vec<String>,
    /// Remove a metadata key (repeatable)
    #[arg(long, value_name = "KEY")]
    pub unset_metadata: Vec<String>,
    /// Billing contact that gets a copy (Cc) of every e-mail; "" removes it
    #[arg(long, value_name = "EMAIL")]
    pub billing_email: Option<String>,
    /// Language of the account's e-mails: de, fr, pt-BR … (templates fall back to en)
    #[arg(long)]
    pub locale: Option<String>,
    /// Stop payment reminder e-mails (notices about invoices, payments and the account still go)
    #[arg(long, conflicts_with = "reminders")]
    pub no_reminders: bool,
    /// Send payment reminder e-mails again
    #[arg(long)]
    pub reminders: bool,
    #[command(flatten)]
    pub dunning: super::dunning::AccountDunningArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this status: active, warning, blocked
    #[arg(long)]
    pub status: Option<String>,
    /// Only e-mails containing this text (case-insensitive)
    #[arg(long)]
    pub email: Option<String>,
    /// Created on or after this date (YYYY-MM-DD, UTC)
    #[arg(long, value_name = "DATE")]
    pub created_from: Option<String>,
    /// Created before this date (YYYY-MM-DD, UTC)
    #[arg(long, value_name = "DATE")]
    pub created_to: Option<String>,
    /// Include archived accounts
    #[arg(long)]
    pub archived: bool,
    #[command(flatten)]
    pub page: AccountPage,
}

fn input_from(f: &Fields) -> AccountInput {
    AccountInput {
        name: f.name.clone(),
        email: f.email.clone(),
        currency: f.currency.clone(),
        timezone: f.timezone.clone(),
        country: f.country.clone(),
        external_id: f.external_id.clone(),
        tax_id: f.tax_id.clone(),
        tax_exempt: f.tax_exempt.clone(),
        business: f.business.clone(),
        address_line1: f.address_line1.clone(),
        address_line2: f.address_line2.clone(),
        city: f.city.clone(),
        region: f.region.clone(),
        postal_code: f.postal_code.clone(),
    }
}

fn parse_metadata(pairs: &[String]) -> Result<BTreeMap<String, String>, UserError> {
    pairs
        .iter()
        .map(|p| match p.split_once('=') {
            Some((k, v)) if !k.trim().is_empty() => Ok((k.trim().to_string(), v.to_string())),
            _ => Err(error::usage(format!("--metadata '{p}' is not KEY=VALUE"))
                .hint("write e.g. --metadata plan_owner=sales")),
        })
        .collect()
}

fn missing_required(input: &AccountInput) -> Vec<&'static str> {
    let blank = |v: &Option<String>| v.as_deref().is_none_or(|s| s.trim().is_empty());
    REQUIRED
        .into_iter()
        .filter(|f| match *f {
            "name" => blank(&input.name),
            "email" => blank(&input.email),
            _ => blank(&input.currency),
        })
        .collect()
}

/// Asks for the missing required fields and the country (tax depends on it), validating each
/// answer as it is typed, then shows a summary to confirm.
fn wizard(input: &mut AccountInput) -> Result<()> {
    use dialoguer::{Confirm, Input};
    crate::stderr_line!("New account — required fields are asked for; Ctrl-C cancels without writing anything.");
    if input.name.as_deref().is_none_or(|s| s.trim().is_empty()) {
        let v: String = Input::new()
            .with_prompt("Name")
            .validate_with(|s: &String| validate::required(s, "name").map(|_| ()).map_err(|e| e.to_string()))
            .interact_text()?;
        input.name = Some(v);
    }
    if input.email.as_deref().is_none_or(|s| s.trim().is_empty()) {
        let v: String = Input::new()
            .with_prompt("Billing e-mail")
            .validate_with(|s: &String| validate::email(s).map(|_| ()).map_err(|e: DomainError| e.to_string()))
            .interact_text()?;
        input.email = Some(v);
    }
    if input.currency.as_deref().is_none_or(|s| s.trim().is_empty()) {
        let v: String = Input::new()
            .with_prompt("Currency (ISO 4217)")
            .default("EUR".into())
            .validate_with(|s: &String| Currency::parse(s).map(|_| ()).map_err(|e| e.to_string()))
            .interact_text()?;
        input.currency = Some(v);
    }
    if input.timezone.is_none() {
        let v: String = Input::new()
            .with_prompt("Time zone (IANA)")
            .default("UTC".into())
            .validate_with(|s: &String| validate::timezone(s).map(|_| ()).map_err(|e| e.to_string()))
            .interact_text()?;
        input.timezone = Some(v);
    }
    if input.country.is_none() {
        let v: String = Input::new()
            .with_prompt("Country (ISO 3166-1, e.g. DE; tax depends on it; empty: none)")
            .allow_empty(true)
            .validate_with(|s: &String| match s.trim() {
                "" => Ok(()),
                c => validate::country(c, "country").map(|_| ()).map_err(|e| e.to_string()),
            })
            .interact_text()?;
        input.country = Some(v).filter(|c| !c.trim().is_empty());
    }
    let shown = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).unwrap_or("-").to_string();
    let summary = crate::render::table::key_values(
        &["name", "e-mail", "currency", "time zone", "country"],
        &[
            shown(&input.name),
            shown(&input.email),
            shown(&input.currency).to_ascii_uppercase(),
            shown(&input.timezone),
            shown(&input.country).to_ascii_uppercase(),
        ],
    );
    crate::stderr_line!("{summary}");
    if !Confirm::new().with_prompt("Create this account?").default(true).interact()? {
        return Err(error::usage("not confirmed; nothing was written").into());
    }
    Ok(())
}

fn parse_day(text: &Option<String>, field: &str) -> Result<Option<DateTime<Utc>>, UserError> {
    text.as_deref()
        .map(|t| {
            NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d")
                .map(|d| d.and_hms_opt(0, 0, 0).expect("midnight").and_utc())
                .map_err(|_| {
                    error::usage(format!("--{field} '{t}' is not a date")).hint("write YYYY-MM-DD, e.g. 2026-01-31")
                })
        })
        .transpose()
}

pub async fn run(ctx: &Ctx, cmd: AccountCmd) -> Result<ExitCode> {
    match cmd {
        AccountCmd::PaymentMethod(c) => return super::payment_method::run(ctx, c).await,
        AccountCmd::Create(args) => {
            let mut input = input_from(&args.fields);
            let metadata = parse_metadata(&args.metadata)?;
            let missing = missing_required(&input);
            if !missing.is_empty() {
                if ctx.interactive() {
                    wizard(&mut input)?;
                } else {
                    let flags: Vec<String> = missing.iter().map(|f| format!("--{f}")).collect();
                    return Err(error::usage(format!("missing required flag(s): {}", flags.join(", ")))
                        .hint("example: billctl account create --name \"Ada\" --email ada@example.com --currency EUR")
                        .into());
                }
            }
            let created = accounts::create(&ctx.app().await?, &input, metadata).await?;
            let account = created.account;
            if !created.same_email.is_empty() {
                ctx.out.warn(format!(
                    "{} is also the e-mail of {}; created anyway (use `billctl account show ID` to compare)",
                    account.email,
                    created.same_email.join(", ")
                ));
            }
            ctx.out.one(&account)?;
            ctx.out.success(format!("created account {}", account.id));
        }
        AccountCmd::List(a) => {
            let status = a
                .status
                .as_deref()
                .map(|s| {
                    s.parse::<AccountStatus>()
                        .map_err(|_| error::usage(format!("--status '{s}' is not one of {}", AccountStatus::choices())))
                })
                .transpose()?;
            let filter = Filter {
                status,
                email_contains: a.email.clone(),
                created_from: parse_day(&a.created_from, "created-from")?,
                created_to: parse_day(&a.created_to, "created-to")?,
                include_archived: a.archived,
                after: a.page.after.clone(),
                limit: a.page.limit,
            };
            let rows = accounts::list(&ctx.app().await?, &filter).await?;
            ctx.out.list(&rows)?;
            if rows.len() as i64 == a.page.limit
                && let Some(last) = rows.last()
            {
                ctx.out.info(format!("more may follow: add --after {}", last.id));
            }
        }
        AccountCmd::Show { account } => {
            let a = accounts::show(&ctx.app().await?, &account).await?;
            ctx.out.one(&a)?;
        }
        AccountCmd::Update(u) => {
            let f = &u.fields;
            let patch = Patch {
                name: f.name.clone(),
                email: f.email.clone(),
                currency: f.currency.clone(),
                timezone: f.timezone.clone(),
                country: f.country.clone(),
                external_id: f.external_id.clone(),
                tax_id: f.tax_id.clone(),
                tax_exempt: f.tax_exempt.clone(),
                business: f.business.clone(),
                status: u.status.clone(),
                address_line1: f.address_line1.clone(),
                address_line2: f.address_line2.clone(),
                city: f.city.clone(),
                region: f.region.clone(),
                postal_code: f.postal_code.clone(),
                set_metadata: parse_metadata(&u.metadata)?,
                unset_metadata: u.unset_metadata.clone(),
                billing_email: u.billing_email.clone(),
                locale: u.locale.clone(),
                email_reminders: match (u.reminders, u.no_reminders) {
                    (true, _) => Some(true),
                    (_, true) => Some(false),
                    _ => None,
                },
            };
            let dunning_changed = super::dunning::update_account(ctx, &u.account, &u.dunning).await?;
            let (a, changed) = accounts::update(&ctx.app().await?, &u.account, &patch).await?;
            let changed = changed || dunning_changed;
            ctx.out.one(&a)?;
            ctx.out.success(if changed { format!("updated {}", a.id) } else { format!("{} unchanged", a.id) });
        }
        AccountCmd::Archive { account } => {
            let (a, changed) = accounts::archive(&ctx.app().await?, &account).await?;
            ctx.out.one(&a)?;
            ctx.out.success(if changed {
                format!("archived {}", a.id)
            } else {
                format!("{} was already archived", a.id)
            });
        }
        AccountCmd::Import { file, dry_run, skip_existing } => {
            let r = accounts::import(&ctx.app().await?, &file, dry_run, skip_existing).await?;
            for d in &r.same_email {
                let mut users = d.accounts.clone();
                users.extend(d.earlier_line.map(|l| format!("line {l}")));
                ctx.out.warn(format!("line {}: {} is also the e-mail of {}", d.line, d.email, users.join(", ")));
            }
            ctx.out.list(&r.accounts)?;
            let skipped = match r.skipped.len() {
                0 => String::new(),
                n => format!(", skipped {n} row(s) whose account exists already"),
            };
            if dry_run {
                ctx.out.success(format!("{} row(s) valid{skipped}; dry run, nothing written", r.accounts.len()));
            } else {
                ctx.out.success(format!("imported {} account(s){skipped}", r.accounts.len()));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
