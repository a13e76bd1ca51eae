//! Streaming writers for outputs too big to hold: rows (CSV) or items (JSON) are written as they
//! are produced, batch by batch. The output begins with the first batch, so a command failing
//! before any prints its error and no half document. `invoice run --dry-run` uses them; exports
//! are meant to.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

/// CSV with a header row, written as rows come.
pub struct CsvStream {
    headers: &'static [&'static str],
    opened: bool,
}

impl CsvStream {
    pub fn new(headers: &'static [&'static str]) -> CsvStream {
        CsvStream { headers, opened: false }
    }

    /// Writes rows to `out` (the header first, once).
    pub fn write_rows(&mut self, out: impl Write, rows: impl IntoIterator<Item = Vec<String>>) -> Result<()> {
        let mut w = ::csv::WriterBuilder::new().has_headers(false).from_writer(out);
        if !self.opened {
            w.write_record(self.headers)?;
            self.opened = true;
        }
        for r in rows {
            w.write_record(&r)?;
        }
        w.flush()?;
        Ok(())
    }

    /// Ends the output: a header alone when no row came.
    pub fn finish(&mut self, out: impl Write) -> Result<()> {
        if !self.opened {
            self.write_rows(out, std::iter::empty())?;
        }
        Ok(())
    }
}

/// One JSON document `{"KEY": [items…], <more fields>}`, the items written as they come.
pub struct JsonStream {
    key: &'static str,
    opened: bool,
}

impl JsonStream {
    pub fn new(key: &'static str) -> JsonStream {
        JsonStream { key, opened: false }
    }

    /// Writes items to `out` (the document's opening first, once).
    pub fn write_items<'a, T: Serialize + 'a>(
        &mut self,
        out: impl Write,
        items: impl IntoIterator<Item = &'a T>,
    ) -> Result<()> {
        let mut out = std::io::BufWriter::new(out);
        for item in items {
            if self.opened {
                out.write_all(b",\n    ")?;
            } else {
                write!(out, "{{\n  {}: [\n    ", serde_json::to_string(self.key)?)?;
                self.opened = true;
            }
            serde_json::to_writer(&mut out, item).map_err(super::json::io_error)?;
        }
        out.flush()?;
        Ok(())
    }

    /// Ends the document with the fields of `tail` (an object; its own `KEY` field is skipped).
    pub fn finish(&mut self, mut out: impl Write, tail: &impl Serialize) -> Result<()> {
        if self.opened {
            write!(out, "\n  ]")?;
        } else {
            write!(out, "{{\n  {}: []", serde_json::to_string(self.key)?)?;
            self.opened = true;
        }
        if let serde_json::Value::Object(fields) = serde_json::to_value(tail)? {
            for (k, v) in fields.iter().filter(|(k, _)| k.as_str() != self.key) {
                write!(out, ",\n  {}: {}", serde_json::to_string(k)?, serde_json::to_string(v)?)?;
            }
        }
        writeln!(out, "\n}}")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_stream_is_one_document_with_the_tail_fields() {
        let mut buf = Vec::new();
        let mut s = JsonStream::new("preview");
        s.write_items(&mut buf, &[1, 2]).unwrap();
        s.write_items(&mut buf, &[3]).unwrap();
        s.finish(&mut buf, &serde_json::json!({"preview": [], "invoices": 3})).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v, serde_json::json!({"preview": [1, 2, 3], "invoices": 3}));
    }

    #[test]
    fn a_csv_stream_writes_one_header_even_without_rows() {
        let mut buf = Vec::new();
        let mut s = CsvStream::new(&["a", "b"]);
        s.finish(&mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a,b\n");
        let mut buf = Vec::new();
        let mut s = CsvStream::new(&["a", "b"]);
        s.write_rows(&mut buf, vec![vec!["1".into(), "2".into()]]).unwrap();
        s.write_rows(&mut buf, vec![vec!["3".into(), "4".into()]]).unwrap();
        s.finish(&mut buf).unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a,b\n1,2\n3,4\n");
    }
}
