//! E-mail templates (minijinja): `NAME.txt` (first line `Subject: …`) and `NAME.html` per locale.
//!
//! # Invariants
//! - The shipped English templates (`templates/email/en/`) are compiled into the binary, so e-mail
//!   works without any file on disk.
//! - An override directory (`templates_dir` / `BILLCTL_TEMPLATES_DIR`, layout
//!   `<dir>/email/<locale>/NAME.txt|html`) is read at run time: editing it changes the next e-mail
//!   without a rebuild.
//! - A locale falls back along `de-AT` → `de` → `en`; at each step the override directory is looked
//!   at first, the shipped templates (en only) second. The HTML part comes from the same place as
//!   the text part (a text-only override sends a text-only e-mail).
//! - A template that does not compile or render is a [`TemplateError`] naming the file and line;
//!   nothing is sent.
//! - HTML templates escape what they interpolate (minijinja's auto-escape for `.html`); text
//!   templates do not.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::domain::event::EmailTemplate;

/// The shipped templates: (file name, source), all `en`.
const BUILTIN: [(&str, &str); 16] = [
    ("reminder.txt", include_str!("../../templates/email/en/reminder.txt")),
    ("reminder.html", include_str!("../../templates/email/en/reminder.html")),
    ("warning.txt", include_str!("../../templates/email/en/warning.txt")),
    ("warning.html", include_str!("../../templates/email/en/warning.html")),
    ("blocked.txt", include_str!("../../templates/email/en/blocked.txt")),
    ("blocked.html", include_str!("../../templates/email/en/blocked.html")),
    ("canceled.txt", include_str!("../../templates/email/en/canceled.txt")),
    ("canceled.html", include_str!("../../templates/email/en/canceled.html")),
    ("invoice_issued.txt", include_str!("../../templates/email/en/invoice_issued.txt")),
    ("invoice_issued.html", include_str!("../../templates/email/en/invoice_issued.html")),
    ("payment_failed.txt", include_str!("../../templates/email/en/payment_failed.txt")),
    ("payment_failed.html", include_str!("../../templates/email/en/payment_failed.html")),
    ("payment_receipt.txt", include_str!("../../templates/email/en/payment_receipt.txt")),
    ("payment_receipt.html", include_str!("../../templates/email/en/payment_receipt.html")),
    ("trial_ending.txt", include_str!("../../templates/email/en/trial_ending.txt")),
    ("trial_ending.html", include_str!("../../templates/email/en/trial_ending.html")),
];

/// How shipped templates are named (in errors, and to the template engine).
const BUILTIN_PREFIX: &str = "templates/email/en/";

/// The locale the shipped templates are in, and every locale's last fallback.
pub const DEFAULT_LOCALE: &str = "en";

fn builtin(name: &str) -> Option<&'static str> {
    let file = name.strip_prefix(BUILTIN_PREFIX)?;
    BUILTIN.iter().find(|(f, _)| *f == file).map(|(_, src)| *src)
}

/// A template that does not compile or render: the file, the line, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TemplateError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "template {} line {line}: {}", self.file, self.message),
            None => write!(f, "template {}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for TemplateError {}

/// A rendered e-mail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    /// `None` when the text template came from an override without an HTML twin.
    pub html: Option<String>,
    /// The text template's file (shipped ones are `templates/email/en/NAME.txt`).
    pub source: String,
    /// The locale whose template was used (after fallback).
    pub locale: String,
}

/// The template set: the shipped templates and an optional override directory.
pub struct Templates {
    dir: Option<PathBuf>,
    env: minijinja::Environment<'static>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").field("dir", &self.dir).finish()
    }
}

impl Templates {
    /// The shipped templates, overridden by `dir` (`<dir>/email/<locale>/NAME.txt|html`) if given.
    pub fn new(dir: Option<&Path>) -> Templates {
        let dir = dir.map(|d| std::fs::canonicalize(d).unwrap_or_else(|_| d.to_path_buf()));
        let mut env = minijinja::Environment::new();
        // `{{ invoice.number }}` with no invoice renders empty instead of failing the e-mail.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        env.set_loader(|name| {
            if let Some(src) = builtin(name) {
                return Ok(Some(src.to_string()));
            }
            match std::fs::read_to_string(name) {
                Ok(s) => Ok(Some(s)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("cannot read {name}: {e}"),
                )),
            }
        });
        env.add_filter("money", |minor: i64, currency: String| crate::render::money(minor, &currency));
        Templates { dir, env }
    }

    /// The templates the configuration names (`templates_dir`).
    pub fn from_config(config: &crate::config::Config) -> Templates {
        Templates::new(config.templates_dir.as_ref().map(|(d, _)| d.as_path()))
    }

    /// The override directory, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The file a template part comes from, for `locale`, after fallback: `(name, locale)`.
    fn resolve(&self, template: EmailTemplate, ext: &str, locale: &str) -> Option<(String, String)> {
        let file = format!("{template}.{ext}");
        for l in locale_chain(locale) {
            if let Some(dir) = &self.dir {
                let p = dir.join("email").join(&l).join(&file);
                if p.is_file() {
                    return Some((p.display().to_string(), l));
                }
            }
            if l == DEFAULT_LOCALE {
                return Some((format!("{BUILTIN_PREFIX}{file}"), l));
            }
        }
        None
    }

    /// Renders `template` in `locale` (falling back to en) with `context`.
    pub fn render<S: Serialize>(
        &self,
        template: EmailTemplate,
        locale: &str,
        context: &S,
    ) -> Result<Rendered, TemplateError> {
        let (txt_name, used) = self.resolve(template, "txt", locale).ok_or_else(|| TemplateError {
            file: format!("{template}.txt"),
            line: None,
            message: "no such template".into(),
        })?;
        let html_name = if txt_name.starts_with(BUILTIN_PREFIX) {
            Some(format!("{BUILTIN_PREFIX}{template}.html"))
        } else {
            let p = PathBuf::from(&txt_name).with_extension("html");
            p.is_file().then(|| p.display().to_string())
        };
        let ctx = minijinja::Value::from_serialize(context);
        let text = self.render_one(&txt_name, &ctx)?;
        let (subject, body) = split_subject(&text).ok_or_else(|| TemplateError {
            file: txt_name.clone(),
            line: Some(1),
            message: "the first line must be `Subject: …`".into(),
        })?;
        let html = html_name.map(|n| self.render_one(&n, &ctx)).transpose()?;
        Ok(Rendered { subject, text: body, html, source: txt_name, locale: used })
    }

    fn render_one(&self, name: &str, ctx: &minijinja::Value) -> Result<String, TemplateError> {
        self.env.get_template(name).and_then(|t| t.render(ctx)).map_err(|e| template_error(name, &e))
    }

    /// Compiles every template file in the override directory; the problems found (none is good).
    pub fn check_dir(&self) -> Vec<TemplateError> {
        let Some(dir) = &self.dir else { return Vec::new() };
        let mut problems = Vec::new();
        let email = dir.join("email");
        let Ok(locales) = std::fs::read_dir(&email) else {
            return vec![TemplateError {
                file: email.display().to_string(),
                line: None,
                message: "no such directory (the layout is <dir>/email/<locale>/NAME.txt)".into(),
            }];
        };
        let mut files: Vec<PathBuf> = locales
            .flatten()
            .filter(|l| l.path().is_dir())
            .flat_map(|l| std::fs::read_dir(l.path()).into_iter().flatten().flatten().map(|f| f.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
            .collect();
        files.sort();
        for p in files {
            let name = p.display().to_string();
            let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            if stem.parse::<EmailTemplate>().is_err() {
                problems.push(TemplateError {
                    file: name,
                    line: None,
                    message: format!("not a template name; the templates are {}", EmailTemplate::choices()),
                });
                continue;
            }
            if let Err(e) = self.env.get_template(&name) {
                problems.push(template_error(&name, &e));
            }
        }
        problems
    }
}

fn template_error(name: &str, e: &minijinja::Error) -> TemplateError {
    let message = match e.detail() {
        Some(d) => format!("{}: {d}", e.kind()),
        None => e.kind().to_string(),
    };
    TemplateError { file: e.name().unwrap_or(name).to_string(), line: e.line(), message }
}

/// `de-AT` → `de-AT`, `de`, `en`; `en` → `en`. Language lower case, region upper case.
pub fn locale_chain(locale: &str) -> Vec<String> {
    let mut chain = Vec::new();
    let locale = locale.trim().replace('_', "-");
    let mut parts = locale.splitn(2, '-');
    let lang = parts.next().unwrap_or("").to_ascii_lowercase();
    if !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphabetic()) {
        if let Some(region) = parts.next().filter(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_alphanumeric())) {
            chain.push(format!("{lang}-{}", region.to_ascii_uppercase()));
        }
        chain.push(lang);
    }
    if !chain.iter().any(|l| l == DEFAULT_LOCALE) {
        chain.push(DEFAULT_LOCALE.to_string());
    }
    chain
}

/// Splits a rendered text template into its subject (the first line, `Subject: …`) and body (the
/// rest, without the blank lines that start it).
fn split_subject(text: &str) -> Option<(String, String)> {
    let text = text.trim_start_matches(['\n', '\r']);
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let subject = first.trim_end_matches('\r').strip_prefix("Subject:")?.trim().to_string();
    let body = rest.trim_start_matches(['\n', '\r']).to_string();
    Some((subject, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_fall_back_to_the_language_then_english() {
        assert_eq!(locale_chain("de-at"), vec!["de-AT", "de", "en"]);
        assert_eq!(locale_chain("de"), vec!["de", "en"]);
        assert_eq!(locale_chain("en"), vec!["en"]);
        assert_eq!(locale_chain(""), vec!["en"]);
        assert_eq!(locale_chain("../x"), vec!["en"]);
    }

    #[test]
    fn the_subject_is_the_first_line() {
        assert_eq!(split_subject("Subject: Hi there\nHello\n"), Some(("Hi there".into(), "Hello\n".into())));
        assert_eq!(split_subject("Subject: Hi\n\n\nBody"), Some(("Hi".into(), "Body".into())));
        assert_eq!(split_subject("Hello"), None);
    }

    #[test]
    fn every_shipped_template_renders_with_an_empty_context() {
        let t = Templates::new(None);
        for name in EmailTemplate::ALL {
            let r = t.render(*name, "en", &serde_json::json!({})).unwrap();
            assert!(!r.subject.is_empty(), "{name}");
            assert!(r.html.as_deref().is_some_and(|h| h.contains("<html")), "{name}");
        }
    }

    #[test]
    fn html_parts_escape_what_they_interpolate_and_text_parts_do_not() {
        let t = Templates::new(None);
        let ctx = serde_json::json!({"account": {"name": "<b>Ada & Co</b>"}});
        let r = t.render(EmailTemplate::TrialEnding, "fr", &ctx).unwrap();
        assert!(r.text.contains("<b>Ada & Co</b>"), "{}", r.text);
        let html = r.html.unwrap();
        assert!(html.contains("&lt;b&gt;Ada &amp; Co&lt;") && !html.contains("<b>"), "{html}");
        assert_eq!(r.locale, "en");
    }

    #[test]
    fn a_syntax_error_names_the_file_and_line() {
        let dir = std::env::temp_dir().join(format!("billctl-tpl-unit-{}", std::process::id()));
        let de = dir.join("email").join("de");
        std::fs::create_dir_all(&de).unwrap();
        std::fs::write(de.join("reminder.txt"), "Subject: Erinnerung\nHallo\n{% if x %}\nkein Ende\n").unwrap();
        let t = Templates::new(Some(&dir));
        let err = t.render(EmailTemplate::Reminder, "de", &serde_json::json!({})).unwrap_err();
        assert!(err.file.ends_with("email/de/reminder.txt"), "{err}");
        assert!(err.line.is_some(), "{err}");
        assert!(err.to_string().contains("syntax error"), "{err}");
        assert_eq!(t.check_dir().len(), 1);
        std::fs::remove_dir_all(&dir).ok();
    }
}
