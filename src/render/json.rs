//! JSON output (pretty, one document).

use std::io::Write;

use serde::Serialize;

pub fn write<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io_error)?;
    writeln!(out)?;
    Ok(())
}

/// One compact JSON document per line (NDJSON).
pub fn write_lines<T: Serialize>(out: &mut impl Write, items: &[T]) -> anyhow::Result<()> {
    for item in items {
        serde_json::to_writer(&mut *out, item).map_err(io_error)?;
        writeln!(out)?;
    }
    Ok(())
}

/// serde_json's error hides the I/O error it wraps (its `source()` skips it), so a reader that
/// went away (`| head -1`) would not be seen as a broken pipe: unwrap it into the `io::Error`.
pub fn io_error(e: serde_json::Error) -> anyhow::Error {
    if e.is_io() { anyhow::Error::new(std::io::Error::from(e)) } else { anyhow::Error::new(e) }
}
