//! The only place that formats output. Data goes to stdout; messages and progress to stderr.

pub mod csv;
pub mod detail;
pub mod email;
pub mod export;
pub mod html;
pub mod json;
pub mod progress;
pub mod records;
pub mod report;
pub mod run_preview;
pub mod stream;
pub mod table;
pub mod webhooks;

use std::io::{IsTerminal, Write};

use serde::Serialize;

/// `eprintln!` that never panics: a failed write to stderr is dropped (see [`Output::info`]).
#[macro_export]
macro_rules! stderr_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

/// Output format chosen with `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum Format {
    #[default]
    Table,
    Json,
    Csv,
    /// JSON, one compact document per line (a list: one line per record), for streaming tools
    Ndjson,
}

/// The temporary file a file written atomically goes to first: beside `path` (so the rename is
/// atomic), hidden, named by this process; `fallback` names it when `path` has no file name.
pub(crate) fn temp_beside(path: &std::path::Path, fallback: &str) -> std::path::PathBuf {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| fallback.into());
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

impl Format {
    /// JSON or NDJSON: machine-readable documents.
    pub fn is_json(self) -> bool {
        matches!(self, Format::Json | Format::Ndjson)
    }
}

/// A record that can be shown as a table row, a CSV row or a JSON object.
pub trait Record: Serialize {
    /// Column names, in order.
    fn headers() -> Vec<&'static str>;
    /// Cell texts, in the same order as [`Record::headers`].
    fn row(&self) -> Vec<String>;
    /// Indexes of the columns a terminal list shows (all by default); CSV and JSON get all.
    fn brief() -> Option<Vec<usize>> {
        None
    }
}

fn pick_columns<T: Record>(
    headers: Vec<&'static str>,
    rows: Vec<Vec<String>>,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    match T::brief() {
        None => (headers, rows),
        Some(idx) => (
            idx.iter().map(|i| headers[*i]).collect(),
            rows.into_iter().map(|r| idx.iter().map(|i| r[*i].clone()).collect()).collect(),
        ),
    }
}

/// Where and how to print.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub format: Format,
    pub quiet: bool,
    pub color: bool,
}

impl Output {
    /// Prints a list of records to stdout.
    pub fn list<T: Record>(&self, items: &[T]) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => {
                if items.is_empty() {
                    self.info("(no rows)");
                    return Ok(());
                }
                let (h, rows) = pick_columns::<T>(T::headers(), items.iter().map(Record::row).collect());
                writeln!(out, "{}", table::records(&h, rows.into_iter()))?
            }
            Format::Csv => csv::write(&mut out, &T::headers(), items.iter().map(Record::row))?,
            Format::Json => json::write(&mut out, &items)?,
            Format::Ndjson => json::write_lines(&mut out, items)?,
        }
        Ok(())
    }

    /// Prints one record: a two-column table, one CSV row, or a JSON object.
    pub fn one<T: Record>(&self, item: &T) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => writeln!(out, "{}", table::key_values(&T::headers(), &item.row()))?,
            Format::Csv => csv::write(&mut out, &T::headers(), std::iter::once(item.row()))?,
            Format::Json => json::write(&mut out, item)?,
            Format::Ndjson => json::write_lines(&mut out, std::slice::from_ref(item))?,
        }
        Ok(())
    }

    /// Prints any serializable value as JSON, or the given table/CSV form.
    pub fn value<T: Serialize>(&self, value: &T, headers: &[&str], rows: Vec<Vec<String>>) -> anyhow::Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Table => writeln!(out, "{}", table::list(headers, rows.into_iter()))?,
            Format::Csv => csv::write(&mut out, headers, rows.into_iter())?,
            Format::Json => json::write(&mut out, value)?,
            Format::Ndjson => json::write_lines(&mut out, std::slice::from_ref(value))?,
        }
        Ok(())
    }

    /// A line of output (stdout): the text forms cli/ composes from render/'s tables and sentences.
    pub fn line(&self, text: impl std::fmt::Display) -> anyhow::Result<()> {
        writeln!(std::io::stdout().lock(), "{text}")?;
        Ok(())
    }

    /// Text as it is (stdout), without adding a newline.
    pub fn text(&self, text: impl std::fmt::Display) -> anyhow::Result<()> {
        write!(std::io::stdout().lock(), "{text}")?;
        Ok(())
    }

    /// A message for the person (stderr), unless `--quiet`.
    /// Messages never fail a command: a closed or full stderr (`2>/dev/full`, a reader that went
    /// away) loses the message, not the exit code of work already committed.
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            stderr_line!("{}", msg.as_ref());
        }
    }

    /// A success message on stderr (green on a colour terminal), unless `--quiet`.
    pub fn success(&self, msg: impl AsRef<str>) {
        if !self.quiet {
            if self.color {
                stderr_line!("\x1b[32m✔\x1b[0m {}", msg.as_ref());
            } else {
                stderr_line!("{}", msg.as_ref());
            }
        }
    }

    /// A warning on stderr (always shown).
    pub fn warn(&self, msg: impl AsRef<str>) {
        if self.color {
            stderr_line!("\x1b[33mwarning:\x1b[0m {}", msg.as_ref());
        } else {
            stderr_line!("warning: {}", msg.as_ref());
        }
    }

    /// `--quiet` with the default table format: a daily cron command prints nothing when all went
    /// well (its summary is shown only when something failed). JSON and CSV are still written: they
    /// were asked for.
    pub fn silent_when_ok(&self) -> bool {
        self.quiet && self.format == Format::Table
    }

    /// Whether stderr is a terminal (progress bars, wizards).
    pub fn stderr_is_terminal(&self) -> bool {
        std::io::stderr().is_terminal()
    }
}

/// The one timestamp format of every output: RFC 3339 in UTC with `Z`, fractions only when there
/// are any (`2026-11-23T10:00:00Z`), as JSON writes it.
pub trait Stamp {
    fn stamp(&self) -> String;
}

impl Stamp for chrono::DateTime<chrono::Utc> {
    fn stamp(&self) -> String {
        self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

/// Formats an optional value for a cell.
pub fn cell<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// The one money formatter. A minor-unit amount as a plain decimal in major units, with as many
/// decimals as the currency has (1234 USD → "12.34", 5 JPY → "5", 1250 KWD → "1.250"): the
/// amount cells of tables and CSV, which carry the currency in a column of its own, so that a
/// spreadsheet can sum them. JSON keeps integer minor units.
pub fn amount<C: AsRef<str> + ?Sized>(minor: i64, currency: &C) -> String {
    amount_wide(i128::from(minor), currency)
}

/// [`amount`] for a 128-bit sum of minor units (run totals).
pub fn amount_wide<C: AsRef<str> + ?Sized>(minor: i128, currency: &C) -> String {
    match crate::domain::Currency::parse(currency.as_ref()) {
        Ok(c) => rust_decimal::Decimal::try_from_i128_with_scale(minor, c.exponent())
            .map_or_else(|_| minor.to_string(), |d| d.to_string()),
        Err(_) => minor.to_string(),
    }
}

/// An amount with its currency code, for sentences and detail views ("1234", "USD" → "12.34 USD").
pub fn money<C: AsRef<str> + ?Sized>(minor: i64, currency: &C) -> String {
    format!("{} {}", amount(minor, currency), currency.as_ref())
}
