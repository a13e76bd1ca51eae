//! Bulk loading with `COPY … FROM STDIN (FORMAT binary)`.
//!
//! The invoice run writes millions of rows; in text format the server parses every date,
//! timestamp and number from its text form (a tenth of the server's CPU in a 1M-invoice run) and
//! billctl formats them. In binary format both sides copy fixed-size values.
//!
//! Format (PostgreSQL docs, "COPY: Binary Format"): a signature and two 32-bit header fields;
//! per row a 16-bit field count, then per field a 32-bit byte length (−1 for NULL) and the value
//! in the type's binary wire form (big-endian); a 16-bit −1 ends the data. Each method here
//! writes the wire form of one PostgreSQL type, so a writer must call the one that matches the
//! column's type.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use sqlx::PgConnection;

const SIGNATURE: &[u8] = b"PGCOPY\n\xff\r\n\0";

/// Days from 1970-01-01 to PostgreSQL's epoch, 2000-01-01.
const PG_EPOCH_DAYS: i64 = 10_957;
const PG_EPOCH_MICROS: i64 = PG_EPOCH_DAYS * 86_400 * 1_000_000;

/// A buffer of rows in COPY binary format for one table.
#[derive(Debug)]
pub struct BinaryRows {
    buf: Vec<u8>,
    rows: u64,
}

impl BinaryRows {
    pub fn with_capacity(bytes: usize) -> BinaryRows {
        let mut buf = Vec::with_capacity(bytes + 32);
        buf.extend_from_slice(SIGNATURE);
        buf.extend_from_slice(&0i32.to_be_bytes()); // flags: no OIDs
        buf.extend_from_slice(&0i32.to_be_bytes()); // header extension length
        BinaryRows { buf, rows: 0 }
    }

    /// Starts a row of `fields` values.
    pub fn row(&mut self, fields: i16) -> &mut Self {
        self.buf.extend_from_slice(&fields.to_be_bytes());
        self.rows += 1;
        self
    }

    fn field(&mut self, bytes: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(&(bytes.len() as i32).to_be_bytes());
        self.buf.extend_from_slice(bytes);
        self
    }

    pub fn null(&mut self) -> &mut Self {
        self.buf.extend_from_slice(&(-1i32).to_be_bytes());
        self
    }

    /// `text`, `varchar` or `char(n)`.
    pub fn text(&mut self, v: &str) -> &mut Self {
        self.field(v.as_bytes())
    }

    pub fn opt_text(&mut self, v: Option<&str>) -> &mut Self {
        match v {
            Some(v) => self.text(v),
            None => self.null(),
        }
    }

    /// `integer`.
    pub fn int4(&mut self, v: i32) -> &mut Self {
        self.field(&v.to_be_bytes())
    }

    /// `bigint`.
    pub fn int8(&mut self, v: i64) -> &mut Self {
        self.field(&v.to_be_bytes())
    }

    /// `date`: days since 2000-01-01.
    pub fn date(&mut self, v: NaiveDate) -> &mut Self {
        use chrono::Datelike;
        // 2000-01-01 is day 730 120 counted from 0001-01-01 (day 1).
        self.field(&(v.num_days_from_ce() - 730_120).to_be_bytes())
    }

    pub fn opt_date(&mut self, v: Option<NaiveDate>) -> &mut Self {
        match v {
            Some(v) => self.date(v),
            None => self.null(),
        }
    }

    /// `timestamptz`: microseconds since 2000-01-01 00:00 UTC.
    pub fn timestamptz(&mut self, v: DateTime<Utc>) -> &mut Self {
        self.field(&(v.timestamp_micros() - PG_EPOCH_MICROS).to_be_bytes())
    }

    pub fn opt_timestamptz(&mut self, v: Option<DateTime<Utc>>) -> &mut Self {
        match v {
            Some(v) => self.timestamptz(v),
            None => self.null(),
        }
    }

    /// `numeric`: base-10000 digit groups with a weight, a sign and a display scale.
    pub fn numeric(&mut self, v: Decimal) -> &mut Self {
        let bytes = numeric_wire(v);
        self.field(&bytes)
    }

    pub fn opt_numeric(&mut self, v: Option<Decimal>) -> &mut Self {
        match v {
            Some(v) => self.numeric(v),
            None => self.null(),
        }
    }

    pub fn rows(&self) -> u64 {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The complete COPY data: header, rows, trailer.
    pub fn finish(mut self) -> Vec<u8> {
        self.buf.extend_from_slice(&(-1i16).to_be_bytes());
        self.buf
    }
}

/// The binary wire form of a `numeric`: ndigits, weight, sign, dscale (16 bits each), then the
/// base-10000 digits, most significant first, without leading or trailing zero groups.
fn numeric_wire(v: Decimal) -> Vec<u8> {
    let scale = v.scale();
    let mut mantissa = v.mantissa().unsigned_abs();
    // Pad the fraction to whole groups of four decimal digits.
    let frac_groups = scale.div_ceil(4);
    mantissa *= 10u128.pow(frac_groups * 4 - scale);
    let mut groups = Vec::new(); // least significant first
    while mantissa > 0 {
        groups.push((mantissa % 10_000) as i16);
        mantissa /= 10_000;
    }
    let weight = groups.len() as i16 - 1 - frac_groups as i16;
    let trailing_zeros = groups.iter().take_while(|g| **g == 0).count();
    let digits: Vec<i16> = groups[trailing_zeros..].iter().rev().copied().collect();
    let sign: u16 = if v.is_sign_negative() && !digits.is_empty() { 0x4000 } else { 0 };
    let mut out = Vec::with_capacity(8 + digits.len() * 2);
    out.extend_from_slice(&(digits.len() as i16).to_be_bytes());
    out.extend_from_slice(&(if digits.is_empty() { 0 } else { weight }).to_be_bytes());
    out.extend_from_slice(&sign.to_be_bytes());
    out.extend_from_slice(&(scale as u16).to_be_bytes());
    for d in digits {
        out.extend_from_slice(&d.to_be_bytes());
    }
    out
}

/// Sends `rows` with `COPY table (columns) FROM STDIN (FORMAT binary)`; returns the number of
/// rows written. `table` and `columns` are fixed identifiers from this module's callers.
pub async fn copy_in_binary(
    conn: &mut PgConnection,
    table: &str,
    columns: &[&str],
    rows: BinaryRows,
) -> sqlx::Result<u64> {
    if rows.is_empty() {
        return Ok(0);
    }
    let statement = format!("COPY {table} ({}) FROM STDIN (FORMAT binary)", columns.join(", "));
    super::copy::send(conn, &statement, &rows.finish()).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn wire(s: &str) -> (i16, i16, u16, u16, Vec<i16>) {
        let b = numeric_wire(Decimal::from_str(s).unwrap());
        let h = |i: usize| i16::from_be_bytes([b[i], b[i + 1]]);
        let n = h(0);
        let digits = (0..n as usize).map(|k| h(8 + 2 * k)).collect();
        (n, h(2), h(4) as u16, h(6) as u16, digits)
    }

    #[test]
    fn numerics_become_base_10000_groups_with_weight_sign_and_scale() {
        assert_eq!(wire("0"), (0, 0, 0, 0, vec![]));
        assert_eq!(wire("0.00"), (0, 0, 0, 2, vec![]));
        assert_eq!(wire("1"), (1, 0, 0, 0, vec![1]));
        assert_eq!(wire("1.5"), (2, 0, 0, 1, vec![1, 5000]));
        assert_eq!(wire("12345.678"), (3, 1, 0, 3, vec![1, 2345, 6780]));
        assert_eq!(wire("0.0001"), (1, -1, 0, 4, vec![1]));
        assert_eq!(wire("0.00001"), (1, -2, 0, 5, vec![1000]));
        assert_eq!(wire("-20000"), (1, 1, 0x4000, 0, vec![2]));
        assert_eq!(wire("-0.5"), (1, -1, 0x4000, 1, vec![5000]));
    }

    #[test]
    fn dates_and_times_count_from_2000() {
        let mut r = BinaryRows::with_capacity(0);
        r.row(2)
            .date(NaiveDate::from_ymd_opt(2000, 1, 2).unwrap())
            .timestamptz(DateTime::parse_from_rfc3339("2000-01-01T00:00:01Z").unwrap().with_timezone(&Utc));
        let b = r.finish();
        let body = &b[SIGNATURE.len() + 8..];
        assert_eq!(&body[..2], &2i16.to_be_bytes());
        assert_eq!(&body[2..6], &4i32.to_be_bytes());
        assert_eq!(&body[6..10], &1i32.to_be_bytes());
        assert_eq!(&body[10..14], &8i32.to_be_bytes());
        assert_eq!(&body[14..22], &1_000_000i64.to_be_bytes());
        assert_eq!(&body[22..], &(-1i16).to_be_bytes());
    }
}
