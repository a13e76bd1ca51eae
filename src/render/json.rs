//! JSON output (pretty, one document).

use std::io::Write;

use serde::Serialize;

pub fn write<T: Serialize + ?Sized>(out: &mut impl Write, value: &T) -> anyhow::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(())
}
