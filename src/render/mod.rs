//! The only place that formats output. Data goes to stdout; messages and progress to stderr.

pub mod csv;
pub mod json;
pub mod progress;
pub mod report;
pub mod table;

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
                writeln!(out, "{}", table::list(&h, rows.into_iter()))?
            }
            Format::Csv => csv::write(&mut out, &T::headers(), items.iter().map(Record::row))?,
            Format::Json => json::write(&mut out, &items)?,
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
        }
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

    /// Whether stderr is a terminal (progress bars, wizards).
    pub fn stderr_is_terminal(&self) -> bool {
        std::io::stderr().is_terminal()
    }
}

/// Formats an optional value for a cell.
pub fn cell<T: ToString>(v: &Option<T>) -> String {
    v.as_ref().map(ToString::to_string).unwrap_or_default()
}

/// A minor-unit amount in major units with its currency code ("1234", "USD" → "12.34 USD").
pub fn money<C: AsRef<str> + ?Sized>(minor: i64, currency: &C) -> String {
    let currency = currency.as_ref();
    match crate::domain::Currency::parse(currency) {
        Ok(c) => crate::domain::Money::new(minor, c).to_string(),
        Err(_) => format!("{minor} {currency}"),
    }
}
