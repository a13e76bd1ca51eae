//! COPY in binary format, as the invoice run writes invoices and lines: every value read back by
//! PostgreSQL must equal what was sent, for each column type the run uses.

use std::str::FromStr;

use billctl::store::copy_binary::{BinaryRows, copy_in_binary};
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;

use crate::harness::test_db;

#[tokio::test]
async fn binary_copy_round_trips_text_numbers_dates_times_and_nulls() {
    let db = test_db().await;
    let mut conn = db.pool.acquire().await.unwrap();
    sqlx::query(
        "CREATE TABLE wire (k INTEGER, t TEXT, c CHAR(3), b BIGINT, d DATE, ts TIMESTAMPTZ, n NUMERIC(30, 12))",
    )
    .execute(&mut *conn)
    .await
    .unwrap();
    let numerics = [
        "0",
        "1",
        "-1",
        "1.5",
        "0.0001",
        "0.00001",
        "0.000000000001",
        "12345.678",
        "-20000",
        "99999999999999999.999999999999",
        "10000",
        "0.1",
        "3.14159265",
        "-0.5",
        "1000000.000001",
    ];
    let texts = ["plain", "tab\there", "new\nline", "back\\slash", "ünïcødé €", "", "quote'\""];
    let dates = ["2000-01-01", "1999-12-31", "2026-11-23", "2099-02-28", "1970-01-01"];
    let times = ["2000-01-01T00:00:00Z", "2026-11-23T18:42:07.123456Z", "1969-07-20T20:17:40Z"];
    let mut rows = BinaryRows::with_capacity(0);
    for (k, n) in numerics.iter().enumerate() {
        let t = texts[k % texts.len()];
        let d = NaiveDate::from_str(dates[k % dates.len()]).unwrap();
        let ts: DateTime<Utc> = DateTime::parse_from_rfc3339(times[k % times.len()]).unwrap().into();
        rows.row(7)
            .int4(k as i32)
            .text(t)
            .text("JPY")
            .int8(-(k as i64) * 1_000_000_007)
            .date(d)
            .timestamptz(ts)
            .numeric(Decimal::from_str(n).unwrap());
    }
    rows.row(7).int4(999).opt_text(None).null().null().opt_date(None).opt_timestamptz(None).opt_numeric(None);
    let written = copy_in_binary(&mut conn, "wire", &["k", "t", "c", "b", "d", "ts", "n"], rows).await.unwrap();
    assert_eq!(written, numerics.len() as u64 + 1);

    type Row =
        (i32, Option<String>, Option<String>, Option<i64>, Option<NaiveDate>, Option<DateTime<Utc>>, Option<Decimal>);
    let back: Vec<Row> =
        sqlx::query_as("SELECT k, t, c::TEXT, b, d, ts, n FROM wire ORDER BY k").fetch_all(&mut *conn).await.unwrap();
    for (k, n) in numerics.iter().enumerate() {
        let (key, t, c, b, d, ts, num) = &back[k];
        assert_eq!(*key, k as i32);
        assert_eq!(t.as_deref(), Some(texts[k % texts.len()]));
        assert_eq!(c.as_deref(), Some("JPY"));
        assert_eq!(*b, Some(-(k as i64) * 1_000_000_007));
        assert_eq!(d.unwrap().to_string(), dates[k % dates.len()]);
        let expected: DateTime<Utc> = DateTime::parse_from_rfc3339(times[k % times.len()]).unwrap().into();
        assert_eq!(ts.unwrap(), expected);
        assert_eq!(num.unwrap(), Decimal::from_str(n).unwrap(), "numeric {n}");
    }
    // Exact text form too (the scale PostgreSQL stores, padded to the column's 12 places).
    let texts_back: Vec<String> =
        sqlx::query_scalar("SELECT n::TEXT FROM wire WHERE k < 999 ORDER BY k").fetch_all(&mut *conn).await.unwrap();
    for (n, back) in numerics.iter().zip(&texts_back) {
        assert_eq!(Decimal::from_str(back).unwrap(), Decimal::from_str(n).unwrap());
        assert_eq!(back.split('.').nth(1).map(str::len), Some(12), "{back}");
    }
    let last = back.last().unwrap();
    assert_eq!(last, &(999, None, None, None, None, None, None));
}
