//! Terminal tables (comfy-table), fitted to the terminal's width.
//!
//! The width is `COLUMNS` when set, else the terminal's (when stdout is one); without either the
//! table is not constrained. A list too wide for it drops its id columns first (`id`, `…_id`:
//! the person reads names and numbers, scripts use `--format csv/json`), then wraps cells.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

/// The width tables must fit in, if known.
pub fn width() -> Option<u16> {
    if let Some(w) = crate::config::env_nonempty("COLUMNS").and_then(|v| v.trim().parse::<u16>().ok()) {
        return Some(w.max(20));
    }
    Table::new().width()
}

fn base() -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(w) = width() {
        t.set_width(w);
    }
    t
}

fn text_width(s: &str) -> usize {
    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// The width of a table with these cells on one line each: "│ a │ b │".
fn natural_width(headers: &[&str], rows: &[Vec<String>]) -> usize {
    let cols = headers.len();
    let mut w: Vec<usize> = headers.iter().map(|h| text_width(h)).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(cols) {
            w[i] = w[i].max(text_width(c));
        }
    }
    w.iter().sum::<usize>() + 3 * cols + 1
}

fn is_id_column(h: &str) -> bool {
    h == "id" || h.ends_with("_id")
}

/// Drops id columns, the last first, until the table fits `width` (or no id column is left).
fn fit(headers: &mut Vec<&str>, rows: &mut [Vec<String>], width: usize) {
    while natural_width(headers, rows) > width && headers.len() > 1 {
        let Some(i) = headers.iter().rposition(|h| is_id_column(h)) else { break };
        headers.remove(i);
        for r in rows.iter_mut() {
            if i < r.len() {
                r.remove(i);
            }
        }
    }
}

/// Drops the last column until the table fits `width` (keeping two): record lists put what matters
/// first, and `--format csv/json` has every field.
fn drop_trailing(headers: &mut Vec<&str>, rows: &mut [Vec<String>], width: usize) {
    while natural_width(headers, rows) > width && headers.len() > 2 {
        let i = headers.len() - 1;
        headers.truncate(i);
        for r in rows.iter_mut() {
            r.truncate(i);
        }
    }
}

/// A list of records (`Output::list`): ids dropped first, then the last columns, so that what is
/// shown fits without wrapping numbers and names.
pub fn records(headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Table {
    let mut headers = headers.to_vec();
    let mut rows: Vec<Vec<String>> = rows.collect();
    if let Some(w) = width() {
        fit(&mut headers, &mut rows, usize::from(w));
        drop_trailing(&mut headers, &mut rows, usize::from(w));
    }
    list(&headers, rows.into_iter())
}

/// A table with a header row.
pub fn list(headers: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Table {
    let mut t = base();
    let mut headers = headers.to_vec();
    let mut rows: Vec<Vec<String>> = rows.collect();
    if let Some(w) = width() {
        fit(&mut headers, &mut rows, usize::from(w));
    }
    t.set_header(headers);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_terminal_drops_id_columns_first_and_keeps_numbers() {
        let mut h = vec!["number", "account", "total", "id", "account_id"];
        let mut rows = vec![vec![
            "INV-2026-000001".to_string(),
            "Acme".into(),
            "5.00".into(),
            "inv_01jf0000000000000000000000".into(),
            "acct_01jf0000000000000000000000".into(),
        ]];
        fit(&mut h, &mut rows, 60);
        assert_eq!(h, vec!["number", "account", "total"]);
        assert_eq!(rows[0], vec!["INV-2026-000001", "Acme", "5.00"]);
        let mut wide = vec!["number", "id"];
        let mut r = vec![vec!["INV-1".to_string(), "inv_1".into()]];
        fit(&mut wide, &mut r, 200);
        assert_eq!(wide, vec!["number", "id"], "what fits is kept");
    }
}
