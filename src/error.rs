//! Error kinds, exit codes and how errors are printed.
//!
//! Exit codes (documented in README and `billctl --help`):
//!
//! | code | meaning |
//! |------|---------|
//! | 0    | success |
//! | 1    | error (unexpected failure, database error) |
//! | 2    | usage: bad flags or invalid input (nothing was written) |
//! | 3    | not found |
//! | 4    | conflict: duplicate or an operation the current state forbids |
//! | 5    | environment: database unreachable, PostgreSQL binaries missing, bad config |
//! | 6    | partial failure: a batch finished but some items failed (cron should alert) |
//! | 130  | interrupted (Ctrl-C); the work in flight was rolled back |
//!
//! Errors print on stderr as `error: …`, then one `caused by: …` per underlying cause, then an
//! optional `hint: …` saying how to fix it.

use std::fmt;

use crate::domain::DomainError;

pub const EXIT_ERROR: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_NOT_FOUND: u8 = 3;
pub const EXIT_CONFLICT: u8 = 4;
pub const EXIT_ENVIRONMENT: u8 = 5;
pub const EXIT_PARTIAL: u8 = 6;
pub const EXIT_INTERRUPTED: u8 = 130;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Usage,
    NotFound,
    Conflict,
    Environment,
    Partial,
    Interrupted,
}

impl Kind {
    fn code(self) -> u8 {
        match self {
            Kind::Usage => EXIT_USAGE,
            Kind::NotFound => EXIT_NOT_FOUND,
            Kind::Conflict => EXIT_CONFLICT,
            Kind::Environment => EXIT_ENVIRONMENT,
            Kind::Partial => EXIT_PARTIAL,
            Kind::Interrupted => EXIT_INTERRUPTED,
        }
    }
}

/// An error meant for the person at the terminal: what went wrong, details, and how to fix it.
#[derive(Debug)]
pub struct UserError {
    pub kind: Kind,
    pub message: String,
    pub details: Vec<String>,
    pub hint: Option<String>,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

impl UserError {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        UserError { kind, message: message.into(), details: Vec::new(), hint: None }
    }
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn details(mut self, details: Vec<String>) -> Self {
        self.details = details;
        self
    }
}

pub fn usage(message: impl Into<String>) -> UserError {
    UserError::new(Kind::Usage, message)
}
pub fn not_found(message: impl Into<String>) -> UserError {
    UserError::new(Kind::NotFound, message)
}
pub fn conflict(message: impl Into<String>) -> UserError {
    UserError::new(Kind::Conflict, message)
}
pub fn environment(message: impl Into<String>) -> UserError {
    UserError::new(Kind::Environment, message)
}
/// The hint of a refused confirmation: how to give it without a terminal.
pub const CONFIRM_HINT: &str = "pass --yes to confirm when running without a terminal";

/// A command that needs confirmation: at a terminal it asks, in scripts it needs `--yes` (exit 2).
pub fn needs_confirmation(question: impl Into<String>) -> UserError {
    usage(format!("{} — confirmation needed", question.into())).hint(CONFIRM_HINT)
}

/// The question of a [`needs_confirmation`] error, if `err` is one (so the CLI can ask it).
pub fn confirmation_question(err: &anyhow::Error) -> Option<String> {
    err.chain().filter_map(|c| c.downcast_ref::<UserError>()).find_map(|u| {
        (u.kind == Kind::Usage && u.hint.as_deref() == Some(CONFIRM_HINT))
            .then(|| u.message.trim_end_matches(" — confirmation needed").to_string())
    })
}

pub fn interrupted() -> anyhow::Error {
    UserError::new(Kind::Interrupted, "interrupted")
        .hint("work in flight was rolled back; run the same command again to finish")
        .into()
}

impl From<DomainError> for UserError {
    fn from(e: DomainError) -> Self {
        let hint = match &e {
            DomainError::Invalid { field, .. } => Some(format!("fix the value of {field} and try again")),
            _ => None,
        };
        UserError { kind: Kind::Usage, message: e.to_string(), details: Vec::new(), hint }
    }
}

/// The exit code for an error: the first `UserError` in the chain decides, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if let Some(u) = cause.downcast_ref::<UserError>() {
            return u.kind.code();
        }
        if cause.downcast_ref::<DomainError>().is_some() {
            return EXIT_USAGE;
        }
    }
    EXIT_ERROR
}

/// Whether the failure is stdout closed by its reader (`billctl … | head`): the reader chose to stop,
/// so billctl stops quietly with success, as `rg` and `git` do. Writes to the database never
/// depend on stdout: a command's output is printed after its work is committed.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Prints `error: … / caused by: … / hint: …` to stderr. Every line goes through
/// [`crate::config::scrub`] first: no URL password, token or configured secret is ever printed,
/// whichever library wrote the message.
pub fn print(err: &anyhow::Error, color: bool) {
    use crate::config::scrub;
    let (red, yellow, reset) = if color { ("\x1b[31;1m", "\x1b[33m", "\x1b[0m") } else { ("", "", "") };
    crate::stderr_line!("{red}error:{reset} {}", scrub(&err.to_string()));
    let mut hint = None;
    let mut details = Vec::new();
    for (i, cause) in err.chain().enumerate() {
        if let Some(u) = cause.downcast_ref::<UserError>() {
            hint = hint.or(u.hint.clone());
            details.extend(u.details.iter().cloned());
        }
        if i > 0 {
            crate::stderr_line!("caused by: {}", scrub(&cause.to_string()));
        }
    }
    for d in details {
        crate::stderr_line!("  {}", scrub(&d));
    }
    if let Some(h) = hint {
        crate::stderr_line!("{yellow}hint:{reset} {}", scrub(&h));
    }
}
