//! `billctl report … --out FILE.html`: one self-contained page (inline CSS and SVG, no script, no
//! external resource) with the report's tables and a bar chart per currency, for people who would
//! rather look than read. Written atomically (a temporary file beside it, then renamed).
//!
//! Chart geometry is integer arithmetic on the minor units (no floating point touches an amount);
//! every bar has a `<title>` with its exact value as the table shows it.

use std::fmt::Write as _;
use std::path::Path;

use anyhow::Result;

use super::Record;
use crate::error;

/// One bar of a chart: its label on the x axis, its value (minor units, counts or millionths of a
/// rate) and the text shown for it.
#[derive(Debug, Clone)]
pub struct Point {
    pub x: String,
    pub value: i64,
    pub shown: String,
}

/// One chart: a series of bars (one per period, bucket or account), usually of one currency.
#[derive(Debug, Clone)]
pub struct Chart {
    pub title: String,
    pub points: Vec<Point>,
}

/// An HTML page being built.
pub struct Page {
    title: String,
    subtitle: String,
    body: String,
}

/// Escapes text for HTML element content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;color:#1f2937}
h1{font-size:1.4rem;margin:0 0 .2rem}p.sub{color:#6b7280;margin:0 0 1.5rem}
h2{font-size:1.05rem;margin:1.8rem 0 .6rem}
table{border-collapse:collapse;font-size:.85rem;margin-bottom:1rem}
th,td{padding:.3rem .6rem;border-bottom:1px solid #e5e7eb;text-align:right;white-space:nowrap}
th{background:#f3f4f6;font-weight:600}td.t,th.t{text-align:left}
svg{background:#fafafa;border:1px solid #e5e7eb;margin-bottom:.5rem}
svg text{font-size:11px;fill:#4b5563}rect.bar{fill:#2563eb}rect.neg{fill:#dc2626}";

impl Page {
    pub fn new(title: &str, subtitle: &str) -> Page {
        Page { title: title.to_string(), subtitle: subtitle.to_string(), body: String::new() }
    }

    /// A table of records, with a caption; numeric-looking cells right-aligned.
    pub fn table<T: Record>(&mut self, caption: &str, items: &[T]) {
        let _ = write!(self.body, "<h2>{}</h2>\n<table>\n<tr>", esc(caption));
        let headers = T::headers();
        for h in &headers {
            let _ = write!(self.body, "<th>{}</th>", esc(h));
        }
        self.body.push_str("</tr>\n");
        for item in items {
            self.body.push_str("<tr>");
            for cell in item.row() {
                let numeric = !cell.is_empty()
                    && cell.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | ',' | '%' | ' '));
                let class = if numeric { "" } else { " class=\"t\"" };
                let _ = write!(self.body, "<td{class}>{}</td>", esc(&cell));
            }
            self.body.push_str("</tr>\n");
        }
        if items.is_empty() {
            let _ = writeln!(self.body, "<tr><td class=\"t\" colspan=\"{}\">(no rows)</td></tr>", headers.len());
        }
        self.body.push_str("</table>\n");
    }

    /// A bar chart (SVG), bars from a zero line; negative values below it in red.
    pub fn chart(&mut self, chart: &Chart) {
        let _ = write!(self.body, "<h2>{}</h2>\n{}\n", esc(&chart.title), svg(chart));
    }

    /// The whole document.
    pub fn html(&self) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{STYLE}\n</style>\n</head>\n<body>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n{}</body>\n</html>\n",
            esc(&self.title),
            esc(&self.title),
            esc(&self.subtitle),
            self.body
        )
    }

    /// Writes the page to `path` atomically; an unwritable path is exit 5 naming it.
    pub fn write(&self, path: &Path) -> Result<()> {
        let cannot = |e: std::io::Error| -> anyhow::Error {
            error::environment(format!("cannot write {}: {e}", path.display()))
                .hint("choose a directory you can write to with --out")
                .into()
        };
        let tmp = super::temp_beside(path, "report.html");
        let written = std::fs::write(&tmp, self.html()).and_then(|_| std::fs::rename(&tmp, path));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(cannot(e));
        }
        Ok(())
    }
}

const WIDTH: i64 = 760;
const HEIGHT: i64 = 240;
const LEFT: i64 = 8;
const TOP: i64 = 16;
const BOTTOM: i64 = 40;

/// The SVG of a chart. Heights are `value × plot height ÷ span` in integers.
pub fn svg(chart: &Chart) -> String {
    let n = chart.points.len().max(1) as i64;
    let max = chart.points.iter().map(|p| p.value).max().unwrap_or(0).max(0);
    let min = chart.points.iter().map(|p| p.value).min().unwrap_or(0).min(0);
    let span = (i128::from(max) - i128::from(min)).max(1);
    let plot = HEIGHT - TOP - BOTTOM;
    let y_of = |v: i64| -> i64 {
        TOP + i64::try_from((i128::from(max) - i128::from(v)) * i128::from(plot) / span).unwrap_or(0)
    };
    let zero = y_of(0);
    let slot = (WIDTH - 2 * LEFT) / n;
    let bar = (slot * 7 / 10).max(1);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{HEIGHT}\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\">",
        esc(&chart.title)
    );
    let _ = write!(s, "<line x1=\"{LEFT}\" y1=\"{zero}\" x2=\"{}\" y2=\"{zero}\" stroke=\"#9ca3af\"/>", WIDTH - LEFT);
    // Label at most about 12 bars on the axis, always the first and the last.
    let every = (n / 12).max(1);
    for (i, p) in chart.points.iter().enumerate() {
        let i = i as i64;
        let x = LEFT + i * slot + (slot - bar) / 2;
        let (y, h) = if p.value >= 0 { (y_of(p.value), zero - y_of(p.value)) } else { (zero, y_of(p.value) - zero) };
        let class = if p.value >= 0 { "bar" } else { "neg" };
        let _ = write!(
            s,
            "<rect class=\"{class}\" x=\"{x}\" y=\"{y}\" width=\"{bar}\" height=\"{}\"><title>{}: {}</title></rect>",
            h.max(if p.value == 0 { 0 } else { 1 }),
            esc(&p.x),
            esc(&p.shown)
        );
        if i % every == 0 || i == n - 1 {
            let _ = write!(
                s,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                x + bar / 2,
                HEIGHT - BOTTOM + 16,
                esc(&p.x)
            );
        }
    }
    if let Some(top) = chart.points.iter().max_by_key(|p| p.value) {
        let _ = write!(s, "<text x=\"{LEFT}\" y=\"12\">max {}</text>", esc(&top.shown));
    }
    s.push_str("</svg>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(values: &[i64]) -> Chart {
        Chart {
            title: "t".into(),
            points: values
                .iter()
                .enumerate()
                .map(|(i, v)| Point { x: format!("p{i}"), value: *v, shown: v.to_string() })
                .collect(),
        }
    }

    #[test]
    fn the_tallest_bar_fills_the_plot_and_a_negative_one_hangs_below_the_zero_line() {
        let svg = svg(&chart(&[0, 50, 100]));
        assert!(svg.contains(&format!("height=\"{}\"", HEIGHT - TOP - BOTTOM)), "{svg}");
        let neg = super::svg(&chart(&[100, -100]));
        assert!(neg.contains("class=\"neg\""), "{neg}");
    }

    #[test]
    fn text_is_escaped_in_tables_charts_and_titles() {
        assert_eq!(esc("<b>&\"'"), "&lt;b&gt;&amp;&quot;&#39;");
        let mut c = chart(&[1]);
        c.points[0].x = "<script>".into();
        assert!(!svg(&c).contains("<script>"));
    }
}
