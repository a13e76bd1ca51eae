//! `billctl notify preview`: an e-mail as it would be sent.

use std::io::Write;

use super::{Format, Output, csv, json};
use crate::app::deliver_email::Preview;

/// Prints a preview: headers, the text part and (when present) the HTML part; JSON and CSV give
/// the same fields.
pub fn preview(out: &Output, p: &Preview) -> anyhow::Result<()> {
    let mut w = std::io::stdout().lock();
    match out.format {
        Format::Json | Format::Ndjson => json::write(&mut w, p)?,
        Format::Csv => csv::write(
            &mut w,
            &["template", "account_id", "to", "cc", "event_id", "locale", "source", "subject", "text", "html"],
            std::iter::once(vec![
                p.template.clone(),
                p.account_id.clone(),
                p.to.join(", "),
                p.cc.join(", "),
                p.event_id.clone().unwrap_or_default(),
                p.locale.clone(),
                p.source.clone(),
                p.subject.clone(),
                p.text.clone(),
                p.html.clone().unwrap_or_default(),
            ]),
        )?,
        Format::Table => {
            writeln!(w, "To: {}", p.to.join(", "))?;
            if !p.cc.is_empty() {
                writeln!(w, "Cc: {}", p.cc.join(", "))?;
            }
            writeln!(w, "Subject: {}", p.subject)?;
            writeln!(w, "Template: {} ({}, {})", p.template, p.locale, p.source)?;
            writeln!(w)?;
            write!(w, "{}", p.text)?;
            if !p.text.ends_with('\n') {
                writeln!(w)?;
            }
            if let Some(html) = &p.html {
                writeln!(w, "\n--- HTML ---")?;
                write!(w, "{html}")?;
                if !html.ends_with('\n') {
                    writeln!(w)?;
                }
            }
        }
    }
    Ok(())
}
