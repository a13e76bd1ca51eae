//! What a dry run prints, written batch by batch as the run computes it, so that previewing a run
//! over a million subscriptions holds one batch in memory, not the whole run:
//! - CSV: every line of every invoice, streamed;
//! - JSON: one document, `{"preview": [...], <summary fields>}`, the invoices streamed;
//! - table: the first [`TABLE_SAMPLE`] invoices, then a note on how many more there are.

use std::io::Write;
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::app::invoice_run::{PreviewInvoice, PreviewSink, Summary};
use crate::domain::Currency;
use crate::domain::money::format_minor;
use crate::render::Format;

/// Invoices a dry run shows in table format (CSV and JSON have all of them).
pub const TABLE_SAMPLE: usize = 50;

pub const CSV_HEADERS: [&str; 14] = [
    "account_id",
    "subscription_id",
    "period_start",
    "period_end",
    "currency",
    "position",
    "kind",
    "description",
    "quantity",
    "amount",
    "invoice_subtotal",
    "invoice_tax",
    "invoice_credit",
    "invoice_total",
];

pub fn money(minor: i64, currency: &Currency) -> String {
    format_minor(minor, *currency)
}

/// One CSV row per line of the invoice.
pub fn csv_rows(p: &PreviewInvoice) -> impl Iterator<Item = Vec<String>> + '_ {
    let i = &p.invoice;
    p.lines.iter().map(move |l| {
        vec![
            i.account_id.clone(),
            i.subscription_id.clone().unwrap_or_default(),
            i.period_start.map(|d| d.to_string()).unwrap_or_default(),
            i.period_end.map(|d| d.to_string()).unwrap_or_default(),
            i.currency.to_string(),
            l.position.to_string(),
            l.kind.to_string(),
            l.description.clone(),
            l.quantity.normalize().to_string(),
            money(l.amount, &l.currency),
            money(i.subtotal, &i.currency),
            money(i.tax, &i.currency),
            money(i.credit_applied, &i.currency),
            money(i.total, &i.currency),
        ]
    })
}

/// The invoices as a table (one row per invoice).
pub fn table(previews: &[PreviewInvoice]) -> String {
    let rows = previews.iter().map(|p| {
        let i = &p.invoice;
        vec![
            i.account_id.clone(),
            i.subscription_id.clone().unwrap_or_default(),
            i.kind.to_string(),
            format!(
                "{} – {}",
                i.period_start.map(|d| d.to_string()).unwrap_or_default(),
                i.period_end.map(|d| d.to_string()).unwrap_or_default()
            ),
            money(i.subtotal, &i.currency),
            money(i.tax, &i.currency),
            money(i.credit_applied, &i.currency),
            format!("{} {}", money(i.total, &i.currency), i.currency),
        ]
    });
    crate::render::table::list(
        &["account", "subscription", "kind", "period", "subtotal", "tax", "credit", "total"],
        rows,
    )
    .to_string()
}

#[derive(Default)]
struct Sample {
    first: Vec<PreviewInvoice>,
    total: u64,
}

/// A dry run's output in the chosen format.
pub struct Streamed {
    format: Format,
    sample: Arc<Mutex<Sample>>,
    /// Whether the output has begun (CSV header, JSON opening): it begins with the first
    /// invoice, so that a run failing before any batch prints an error and no half document.
    opened: Arc<Mutex<bool>>,
}

impl Streamed {
    /// The output of a dry run in `format`, and the sink to give the run.
    pub fn start(format: Format) -> Result<(Streamed, PreviewSink)> {
        let sample = Arc::new(Mutex::new(Sample::default()));
        let opened = Arc::new(Mutex::new(false));
        let o = opened.clone();
        let sink: PreviewSink = match format {
            Format::Csv => PreviewSink(Arc::new(move |batch: Vec<PreviewInvoice>| {
                let mut opened = o.lock().expect("output state");
                let mut w = ::csv::WriterBuilder::new().has_headers(false).from_writer(std::io::stdout().lock());
                if !*opened {
                    w.write_record(CSV_HEADERS)?;
                    *opened = true;
                }
                for p in &batch {
                    for r in csv_rows(p) {
                        w.write_record(&r)?;
                    }
                }
                w.flush()?;
                Ok(())
            })),
            Format::Json => PreviewSink(Arc::new(move |batch: Vec<PreviewInvoice>| {
                let mut opened = o.lock().expect("output state");
                let mut out = std::io::BufWriter::new(std::io::stdout().lock());
                for p in &batch {
                    out.write_all(if *opened { b",\n    " } else { b"{\n  \"preview\": [\n    " })?;
                    *opened = true;
                    serde_json::to_writer(&mut out, p)?;
                }
                out.flush()?;
                Ok(())
            })),
            Format::Table => {
                let s = sample.clone();
                PreviewSink(Arc::new(move |batch: Vec<PreviewInvoice>| {
                    let mut s = s.lock().expect("sample");
                    s.total += batch.len() as u64;
                    let room = TABLE_SAMPLE.saturating_sub(s.first.len());
                    s.first.extend(batch.into_iter().take(room));
                    Ok(())
                }))
            }
        };
        Ok((Streamed { format, sample, opened }, sink))
    }

    /// Ends the output once the run is done: the JSON document gets the summary's fields; the
    /// table shows its sample.
    pub fn finish(self, summary: &Summary) -> Result<()> {
        let opened = *self.opened.lock().expect("output state");
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Csv => {
                if !opened {
                    crate::render::csv::write(&mut out, &CSV_HEADERS, std::iter::empty())?;
                }
            }
            Format::Json => {
                write!(out, "{}", if opened { "\n  ]" } else { "{\n  \"preview\": []" })?;
                if let serde_json::Value::Object(fields) = serde_json::to_value(summary)? {
                    for (k, v) in fields.iter().filter(|(k, _)| k.as_str() != "preview") {
                        write!(out, ",\n  {}: {}", serde_json::to_string(k)?, serde_json::to_string(v)?)?;
                    }
                }
                writeln!(out, "\n}}")?;
            }
            Format::Table => {
                let s = self.sample.lock().expect("sample");
                writeln!(out, "{}", table(&s.first))?;
                if s.total > s.first.len() as u64 {
                    writeln!(
                        out,
                        "… and {} more invoices (the first {} are shown; --format csv lists every line)",
                        s.total - s.first.len() as u64,
                        s.first.len()
                    )?;
                }
            }
        }
        Ok(())
    }
}
