//! What a dry run prints, written batch by batch as the run computes it, so that previewing a run
//! over a million subscriptions holds one batch in memory, not the whole run:
//! - CSV: every line of every invoice, streamed;
//! - JSON: one document, `{"preview": [...], <summary fields>}`, the invoices streamed;
//! - table: the first [`TABLE_SAMPLE`] invoices, then a note on how many more there are.

use std::io::Write;
use std::sync::{Arc, Mutex};

use anyhow::Result;

use crate::app::invoice_run::{PreviewInvoice, PreviewSink, Summary};
use crate::render::stream::{CsvStream, JsonStream};
use crate::render::{Format, amount, money};

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
            amount(l.amount, &l.currency),
            amount(i.subtotal, &i.currency),
            amount(i.tax, &i.currency),
            amount(i.credit_applied, &i.currency),
            amount(i.total, &i.currency),
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
            amount(i.subtotal, &i.currency),
            amount(i.tax, &i.currency),
            amount(i.credit_applied, &i.currency),
            money(i.total, &i.currency),
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
    csv: Arc<Mutex<CsvStream>>,
    json: Arc<Mutex<JsonStream>>,
}

impl Streamed {
    /// The output of a dry run in `format`, and the sink to give the run.
    pub fn start(format: Format) -> Result<(Streamed, PreviewSink)> {
        let sample = Arc::new(Mutex::new(Sample::default()));
        let csv = Arc::new(Mutex::new(CsvStream::new(&CSV_HEADERS)));
        let json = Arc::new(Mutex::new(JsonStream::new("preview")));
        let sink: PreviewSink = match format {
            Format::Csv => {
                let c = csv.clone();
                PreviewSink(Arc::new(move |batch: Vec<PreviewInvoice>| {
                    c.lock()
                        .expect("output state")
                        .write_rows(std::io::stdout().lock(), batch.iter().flat_map(csv_rows))
                }))
            }
            Format::Json | Format::Ndjson => {
                let j = json.clone();
                PreviewSink(Arc::new(move |batch: Vec<PreviewInvoice>| {
                    j.lock().expect("output state").write_items(std::io::stdout().lock(), &batch)
                }))
            }
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
        Ok((Streamed { format, sample, csv, json }, sink))
    }

    /// Ends the output once the run is done: the JSON document gets the summary's fields; the
    /// table shows its sample.
    pub fn finish(self, summary: &Summary) -> Result<()> {
        let mut out = std::io::stdout().lock();
        match self.format {
            Format::Csv => self.csv.lock().expect("output state").finish(&mut out)?,
            Format::Json | Format::Ndjson => self.json.lock().expect("output state").finish(&mut out, summary)?,
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
