//! Bulk loading with `COPY … FROM STDIN` in PostgreSQL's text format.
//!
//! Rows are encoded in Rust into a byte buffer ([`TextRows`]) and sent in one `COPY` statement per
//! buffer ([`copy_in`]). Text format: columns separated by a tab, rows ended by a newline, `\N` for
//! NULL, and backslash, tab, newline and carriage return escaped inside values.

use sqlx::PgConnection;

/// A buffer of rows in COPY text format for one table.
#[derive(Debug, Default)]
pub struct TextRows {
    buf: Vec<u8>,
    rows: u64,
    at_row_start: bool,
}

impl TextRows {
    pub fn with_capacity(bytes: usize) -> TextRows {
        TextRows { buf: Vec::with_capacity(bytes), rows: 0, at_row_start: true }
    }

    fn sep(&mut self) {
        if !self.at_row_start {
            self.buf.push(b'\t');
        }
        self.at_row_start = false;
    }

    /// A text value, escaped.
    pub fn text(&mut self, value: &str) -> &mut Self {
        self.sep();
        for &b in value.as_bytes() {
            match b {
                b'\\' => self.buf.extend_from_slice(b"\\\\"),
                b'\t' => self.buf.extend_from_slice(b"\\t"),
                b'\n' => self.buf.extend_from_slice(b"\\n"),
                b'\r' => self.buf.extend_from_slice(b"\\r"),
                _ => self.buf.push(b),
            }
        }
        self
    }

    /// An optional text value (`None` → NULL).
    pub fn opt_text(&mut self, value: Option<&str>) -> &mut Self {
        match value {
            Some(v) => self.text(v),
            None => self.null(),
        }
    }

    /// A value whose `Display` form needs no escaping (numbers, dates, booleans, timestamps).
    pub fn raw(&mut self, value: impl std::fmt::Display) -> &mut Self {
        use std::io::Write;
        self.sep();
        write!(self.buf, "{value}").expect("writing to a Vec cannot fail");
        self
    }

    /// An optional plain value (`None` → NULL).
    pub fn opt_raw(&mut self, value: Option<impl std::fmt::Display>) -> &mut Self {
        match value {
            Some(v) => self.raw(v),
            None => self.null(),
        }
    }

    pub fn null(&mut self) -> &mut Self {
        self.sep();
        self.buf.extend_from_slice(b"\\N");
        self
    }

    /// Ends the current row.
    pub fn end_row(&mut self) {
        self.buf.push(b'\n');
        self.rows += 1;
        self.at_row_start = true;
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    pub fn bytes(&self) -> &[u8] {
        &self.buf
    }
}

/// Sends `rows` with `COPY table (columns) FROM STDIN`; returns the number of rows written.
/// `table` and `columns` are fixed identifiers from this module's callers, never user input.
pub async fn copy_in(conn: &mut PgConnection, table: &str, columns: &[&str], rows: &TextRows) -> sqlx::Result<u64> {
    if rows.is_empty() {
        return Ok(0);
    }
    send(conn, &format!("COPY {table} ({}) FROM STDIN", columns.join(", ")), rows.bytes()).await
}

/// Runs a `COPY … FROM STDIN` statement with `data` as its whole input; returns the rows written.
pub(super) async fn send(conn: &mut PgConnection, statement: &str, data: &[u8]) -> sqlx::Result<u64> {
    let mut copy = conn.copy_in_raw(statement).await?;
    copy.send(data).await?;
    copy.finish().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_tab_separated_escaped_and_null_is_backslash_n() {
        let mut r = TextRows::with_capacity(64);
        r.text("a\tb\\c\nd").raw(42).opt_text(None).opt_raw(Some("2026-01-01"));
        r.end_row();
        r.text("x");
        r.end_row();
        assert_eq!(r.bytes(), b"a\\tb\\\\c\\nd\t42\t\\N\t2026-01-01\nx\n");
        assert_eq!(r.rows(), 2);
    }
}
