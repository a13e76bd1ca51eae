//! Where an export's bytes go: stdout, or a file written atomically (a temporary file beside it,
//! flushed to disk, then renamed over the name asked for), so a reader never sees half an export
//! and a failed or interrupted one leaves nothing. Also joins JSON rows into one array and counts
//! the rows written.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::error;
use crate::store::export::Encoding;

enum Dest {
    Stdout(BufWriter<std::io::Stdout>),
    File { file: BufWriter<File>, tmp: PathBuf, path: PathBuf },
}

/// The sink of one export.
pub struct ExportSink {
    dest: Option<Dest>,
    encoding: Encoding,
    /// JSON: the part of a row not yet ended by a newline.
    pending: Vec<u8>,
    /// CSV: inside a quoted field.
    in_quotes: bool,
    records: u64,
    bytes: u64,
}

fn cannot_write(path: &Path, e: &std::io::Error) -> anyhow::Error {
    error::environment(format!("cannot write {}: {e}", path.display()))
        .hint("choose a directory you can write to with -o, or write to stdout")
        .into()
}

impl ExportSink {
    /// To stdout.
    pub fn stdout(encoding: Encoding, bom: bool) -> Result<ExportSink> {
        ExportSink::start(Dest::Stdout(BufWriter::with_capacity(1 << 16, std::io::stdout())), encoding, bom)
    }

    /// To `path`, atomically: nothing appears there until [`ExportSink::finish`].
    pub fn file(path: &Path, encoding: Encoding, bom: bool) -> Result<ExportSink> {
        let tmp = super::temp_beside(path, "export");
        let file = File::create(&tmp).map_err(|e| cannot_write(path, &e))?;
        let dest = Dest::File { file: BufWriter::with_capacity(1 << 16, file), tmp, path: path.to_path_buf() };
        ExportSink::start(dest, encoding, bom)
    }

    fn start(dest: Dest, encoding: Encoding, bom: bool) -> Result<ExportSink> {
        let mut sink =
            ExportSink { dest: Some(dest), encoding, pending: Vec::new(), in_quotes: false, records: 0, bytes: 0 };
        if bom && encoding == Encoding::Csv {
            // Excel reads a CSV as UTF-8 only with a byte-order mark.
            sink.put(b"\xEF\xBB\xBF")?;
        }
        Ok(sink)
    }

    fn put(&mut self, bytes: &[u8]) -> Result<()> {
        self.bytes += bytes.len() as u64;
        match self.dest.as_mut() {
            Some(Dest::Stdout(w)) => w.write_all(bytes)?,
            Some(Dest::File { file, path, .. }) => {
                let path = path.clone();
                file.write_all(bytes).map_err(|e| cannot_write(&path, &e))?
            }
            None => {}
        }
        Ok(())
    }

    /// Takes one chunk as the database sent it.
    pub fn write(&mut self, chunk: &[u8]) -> Result<()> {
        match self.encoding {
            Encoding::Csv => {
                for &b in chunk {
                    match b {
                        b'"' => self.in_quotes = !self.in_quotes,
                        b'\n' if !self.in_quotes => self.records += 1,
                        _ => {}
                    }
                }
                self.put(chunk)
            }
            Encoding::Ndjson => {
                self.records += chunk.iter().filter(|b| **b == b'\n').count() as u64;
                self.put(chunk)
            }
            Encoding::Json => {
                self.pending.extend_from_slice(chunk);
                while let Some(end) = self.pending.iter().position(|b| *b == b'\n') {
                    let row: Vec<u8> = self.pending.drain(..=end).collect();
                    let lead: &[u8] = if self.records == 0 { b"[\n  " } else { b",\n  " };
                    self.put(lead)?;
                    self.put(&row[..row.len() - 1])?;
                    self.records += 1;
                }
                Ok(())
            }
        }
    }

    /// Ends the export: closes the JSON array, flushes, and for a file syncs it and renames it into
    /// place. Returns the number of rows written (without the CSV header).
    pub fn finish(mut self) -> Result<u64> {
        if self.encoding == Encoding::Json {
            let tail: &[u8] = if self.records == 0 { b"[]\n" } else { b"\n]\n" };
            self.put(tail)?;
        }
        match self.dest.take() {
            Some(Dest::Stdout(mut w)) => w.flush()?,
            Some(Dest::File { file, tmp, path }) => {
                let file = file.into_inner().map_err(|e| cannot_write(&path, e.error()))?;
                file.sync_all().map_err(|e| cannot_write(&path, &e))?;
                std::fs::rename(&tmp, &path).map_err(|e| cannot_write(&path, &e))?;
            }
            None => {}
        }
        Ok(match self.encoding {
            Encoding::Csv => self.records.saturating_sub(1),
            _ => self.records,
        })
    }

    /// Bytes written so far.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }
}

impl Drop for ExportSink {
    fn drop(&mut self) {
        // Not finished (an error, Ctrl-C): the temporary file goes, the target is untouched.
        if let Some(Dest::File { tmp, .. }) = self.dest.take() {
            let _ = std::fs::remove_file(tmp);
        }
    }
}

/// `billctl export --list`: every entity, its columns and their kinds, as records.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ColumnRow {
    pub entity: &'static str,
    pub column: &'static str,
    pub kind: &'static str,
    pub filters: String,
    pub about: &'static str,
}

impl super::Record for ColumnRow {
    fn headers() -> Vec<&'static str> {
        vec!["entity", "column", "kind", "filters", "about"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.entity.to_string(),
            self.column.to_string(),
            self.kind.to_string(),
            self.filters.clone(),
            self.about.to_string(),
        ]
    }
}

/// The rows of `export --list`.
pub fn column_rows() -> Vec<ColumnRow> {
    let mut rows = Vec::new();
    for e in crate::store::export::ENTITIES {
        let mut filters = vec!["--from/--to", "--account"];
        if e.status.is_some() {
            filters.push("--status");
        }
        for (i, c) in e.columns.iter().enumerate() {
            rows.push(ColumnRow {
                entity: e.name,
                column: c.name,
                kind: c.kind.as_str(),
                filters: if i == 0 { filters.join(" ") } else { String::new() },
                about: if i == 0 { e.about } else { "" },
            });
        }
    }
    rows
}
