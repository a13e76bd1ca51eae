//! PostgreSQL COPY (text format) for bulk writes.

use sqlx::PgConnection;

/// A COPY text-format row builder: fields are escaped, `None` is `\N`.
#[derive(Default)]
pub struct CopyBuf {
    buf: Vec<u8>,
    first: bool,
}

impl CopyBuf {
    pub fn new() -> Self {
        CopyBuf { buf: Vec::with_capacity(1 << 20), first: true }
    }

    pub fn field(&mut self, value: &str) -> &mut Self {
        self.sep();
        for b in value.bytes() {
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

    pub fn opt<T: ToString>(&mut self, value: Option<T>) -> &mut Self {
        match value {
            Some(v) => self.field(&v.to_string()),
            None => {
                self.sep();
                self.buf.extend_from_slice(b"\\N");
                self
            }
        }
    }

    pub fn num<T: ToString>(&mut self, value: T) -> &mut Self {
        self.field(&value.to_string())
    }

    pub fn end_row(&mut self) {
        self.buf.push(b'\n');
        self.first = true;
    }

    fn sep(&mut self) {
        if !self.first {
            self.buf.push(b'\t');
        }
        self.first = false;
    }

    pub fn len(&self) -> usize {
        self.buf.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// Sends the rows with `COPY table (columns) FROM STDIN`.
    pub async fn send(self, conn: &mut PgConnection, table: &str, columns: &str) -> sqlx::Result<u64> {
        if self.buf.is_empty() {
            return Ok(0);
        }
        let sql = format!("COPY {table} ({columns}) FROM STDIN");
        let mut copy = conn.copy_in_raw(&sql).await?;
        copy.send(self.buf).await?;
        copy.finish().await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_escaped_and_nulls_marked() {
        let mut c = CopyBuf::new();
        c.field("a\tb\\c\nd").opt(None::<i64>).num(5);
        c.end_row();
        assert_eq!(String::from_utf8(c.buf).unwrap(), "a\\tb\\\\c\\nd\t\\N\t5\n");
    }
}
