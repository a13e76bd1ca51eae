//! `billctl export ENTITY`: every entity as CSV, JSON or NDJSON, streamed.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use chrono::NaiveDate;
use clap::Args;

use super::Ctx;
use crate::app::export::{self, Encoding, ExportInput};
use crate::render::Format;
use crate::render::export::ExportSink;

const AFTER_HELP: &str = "\
Streams straight out of PostgreSQL (COPY … TO STDOUT): memory stays flat for millions of rows.
CSV (the default; `--format csv`) has a header row, amounts as plain decimals in the row's currency
(12.50; JPY 1250; KWD 1.250) beside a `currency` column, dates YYYY-MM-DD and times RFC 3339 in
UTC. `--format json` writes one array, `--format ndjson` one object per line; both keep amounts as
integer minor units plus the currency. `--from/--to` include both days. With -o the file appears
only when complete (written beside it, then renamed); an existing file is replaced.
`billctl export --list` prints every entity and its columns.

Examples:
  billctl export --list
  billctl export invoices --from 2026-11-01 --to 2026-11-30 -o invoices-2026-11.csv
  billctl export invoice-lines --status open --format ndjson | jq .amount
  billctl export payments --account acct_01J… --columns id,amount,currency,created_at
  billctl export accounts --excel -o accounts.csv          (a BOM so Excel reads UTF-8)";

fn parse_date(text: &str) -> std::result::Result<NaiveDate, String> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| format!("'{text}' is not a date (YYYY-MM-DD)"))
}

#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct ExportArgs {
    /// What to export: accounts, subscriptions, subscription-history, invoices, invoice-lines,
    /// credit-notes, payments, payment-attempts, refunds, credit-ledger, usage, audit, events
    #[arg(required_unless_present = "list", value_name = "ENTITY")]
    pub entity: Option<String>,
    /// List the entities and their columns instead
    #[arg(long, conflicts_with = "entity")]
    pub list: bool,
    /// Only rows on or after this day (the entity's date: issue date, creation, …)
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Only rows on or before this day
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Only this account's rows (id or external id)
    #[arg(long, value_name = "ACCOUNT")]
    pub account: Option<String>,
    /// Only rows in this status (entities that have one; `--list` shows which)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Only these columns, in this order (comma-separated)
    #[arg(long, value_delimiter = ',', value_name = "COLUMNS")]
    pub columns: Vec<String>,
    /// Write to this file (atomically) instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Start the CSV with a UTF-8 byte-order mark, for Excel
    #[arg(long)]
    pub excel: bool,
    /// Print the SELECT the export runs instead of running it (to run it elsewhere, e.g. psql)
    #[arg(long)]
    pub sql: bool,
}

pub async fn run(ctx: &Ctx, a: ExportArgs) -> Result<ExitCode> {
    if a.list {
        ctx.out.list(&crate::render::export::column_rows())?;
        return Ok(ExitCode::SUCCESS);
    }
    let encoding = match ctx.out.format {
        Format::Table | Format::Csv => Encoding::Csv,
        Format::Json => Encoding::Json,
        Format::Ndjson => Encoding::Ndjson,
    };
    let input = ExportInput {
        entity: a.entity.clone().unwrap_or_default(),
        columns: a.columns.clone(),
        from: a.from,
        to: a.to,
        account: a.account.clone(),
        status: a.status.clone(),
    };
    // A bad entity is refused before a file is created.
    let entity = export::entity(&input.entity)?;
    let cx = ctx.app().await?;
    if a.sql {
        ctx.out.line(export::select_sql(&cx, &input, encoding).await?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut sink = match &a.output {
        Some(path) => ExportSink::file(path, encoding, a.excel)?,
        None => ExportSink::stdout(encoding, a.excel)?,
    };
    let bar = crate::render::progress::bar(0, "exporting", ctx.out.quiet || a.output.is_none());
    let mut chunks = 0u64;
    let result = export::export(&cx, &input, encoding, &mut |chunk| {
        chunks += 1;
        if chunks.is_multiple_of(4096) {
            bar.set_position(chunks);
        }
        sink.write(chunk)
    })
    .await;
    bar.finish_and_clear();
    result?;
    let bytes = sink.bytes();
    let rows = sink.finish()?;
    if let Some(path) = &a.output {
        ctx.out.success(format!("exported {rows} {} to {} ({bytes} bytes)", entity.name, path.display()));
    }
    Ok(ExitCode::SUCCESS)
}
