//! Terminal tables (comfy-table).

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

fn base() -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    t
}

/// A table with a header row.
pub fn list(headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Table {
    let mut t = base();
    t.set_header(headers.to_vec());
    for r in rows {
        t.add_row(r);
    }
    t
}

/// A two-column field/value table for one record.
pub fn key_values(headers: &[&str], values: &[String]) -> Table {
    let mut t = base();
    for (h, v) in headers.iter().zip(values) {
        t.add_row(vec![h.to_string(), v.clone()]);
    }
    t
}
