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
//! | 5    | environment: database unreachable or gone mid-command, disk full, data directory not accessible, PostgreSQL binaries missing, bad config |
//! | 6    | partial failure: a batch finished but some items failed (cron should alert) |
//! | 129  | stopped by SIGHUP (closed terminal or SSH session); the work in flight was rolled back |
//! | 130  | interrupted (Ctrl-C, SIGINT); the work in flight was rolled back |
//! | 143  | stopped by SIGTERM (`systemctl stop`, `kill`); the work in flight was rolled back |
//!
//! Errors print on stderr as `error: …`, then one `caused by: …` per underlying cause, then the
//! details (indented), then one `hint: …` line per hint saying how to fix it.
//!
//! A refusal because of the current state of something (cancel a canceled subscription, void a
//! paid invoice) is exit 4 like a conflict, never exit 2: exit 2 means the input itself was wrong.
//! Exit 6 is produced one way only, by [`partial`]. Ctrl-C at a prompt is exit 130 with
//! "cancelled" ([`prompt_cancelled`]).

use std::fmt;

use crate::domain::DomainError;
use crate::interrupt::Signal;

pub const EXIT_ERROR: u8 = 1;
pub const EXIT_USAGE: u8 = 2;
pub const EXIT_NOT_FOUND: u8 = 3;
pub const EXIT_CONFLICT: u8 = 4;
pub const EXIT_ENVIRONMENT: u8 = 5;
pub const EXIT_PARTIAL: u8 = 6;
pub const EXIT_HANGUP: u8 = 129;
pub const EXIT_INTERRUPTED: u8 = 130;
pub const EXIT_TERMINATED: u8 = 143;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Not the user's fault: bad stored data or a broken invariant (a bug to report). Exit 1.
    Internal,
    Usage,
    NotFound,
    Conflict,
    Environment,
    Partial,
    /// SIGINT (Ctrl-C).
    Interrupted,
    /// SIGTERM.
    Terminated,
    /// SIGHUP.
    HungUp,
}

impl Kind {
    fn code(self) -> u8 {
        match self {
            Kind::Internal => EXIT_ERROR,
            Kind::Usage => EXIT_USAGE,
            Kind::NotFound => EXIT_NOT_FOUND,
            Kind::Conflict => EXIT_CONFLICT,
            Kind::Environment => EXIT_ENVIRONMENT,
            Kind::Partial => EXIT_PARTIAL,
            Kind::Interrupted => EXIT_INTERRUPTED,
            Kind::Terminated => EXIT_TERMINATED,
            Kind::HungUp => EXIT_HANGUP,
        }
    }
}

/// An error meant for the person at the terminal: what went wrong, details, and how to fix it.
#[derive(Debug)]
pub struct UserError {
    pub kind: Kind,
    pub message: String,
    pub details: Vec<String>,
    /// How to fix it: one `hint:` line each, in this order.
    pub hints: Vec<String>,
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

impl UserError {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        UserError { kind, message: message.into(), details: Vec::new(), hints: Vec::new() }
    }
    /// Adds a hint (printed as its own `hint:` line, after those added before).
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
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
/// Bad stored data or a broken invariant: exit 1, never exit 2 (which says the input was wrong).
pub fn internal(message: impl Into<String>) -> UserError {
    UserError::new(Kind::Internal, message)
        .hint("this is a bug in billctl or data changed outside it; report it with the command and this message")
}
pub fn environment(message: impl Into<String>) -> UserError {
    UserError::new(Kind::Environment, message)
}
/// A batch that finished but left some items undone (exit 6, cron should alert). The only way
/// billctl exits 6: `invoice run`, `payment collect` and `payment retry` all end through here.
/// `message` counts what was left undone ("2 account(s) could not be billed").
pub fn partial(message: impl Into<String>) -> UserError {
    UserError::new(Kind::Partial, message)
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
        (u.kind == Kind::Usage && u.hints.iter().any(|h| h == CONFIRM_HINT))
            .then(|| u.message.trim_end_matches(" — confirmation needed").to_string())
    })
}

pub fn interrupted() -> anyhow::Error {
    interrupted_by(Signal::Int)
}

/// The error for a command stopped by `signal`: exit 130, 143 or 129 (see [`crate::interrupt`]).
pub fn interrupted_by(signal: Signal) -> anyhow::Error {
    let (kind, message) = match signal {
        Signal::Int => (Kind::Interrupted, "interrupted".to_string()),
        Signal::Term => (Kind::Terminated, "stopped by SIGTERM".to_string()),
        Signal::Hup => (Kind::HungUp, "stopped by SIGHUP (the terminal or SSH session closed)".to_string()),
    };
    UserError::new(kind, message).hint("work in flight was rolled back; run the same command again to finish").into()
}

/// The error for Ctrl-C at a prompt (a wizard's question or a confirmation): exit 130,
/// "cancelled". At a prompt the terminal is in raw mode, so Ctrl-C reaches dialoguer as a key and
/// comes back as an I/O error of kind `Interrupted`; every other error is given back unchanged.
/// `cli::run` passes every command's error through here, so no prompt needs to map it itself.
pub fn prompt_cancelled(err: anyhow::Error) -> anyhow::Error {
    let at_prompt = err.chain().any(|c| {
        matches!(c.downcast_ref::<dialoguer::Error>(), Some(dialoguer::Error::IO(io))
            if io.kind() == std::io::ErrorKind::Interrupted)
    });
    if at_prompt { UserError::new(Kind::Interrupted, "cancelled").hint("nothing was written").into() } else { err }
}

impl From<DomainError> for UserError {
    fn from(e: DomainError) -> Self {
        let (kind, hints) = match &e {
            DomainError::Invalid { field, .. } => {
                (Kind::Usage, vec![format!("fix the value of {field} and try again")])
            }
            DomainError::Refused { hint, .. } => (Kind::Conflict, vec![hint.clone()]),
            DomainError::CurrencyMismatch { .. } | DomainError::Overflow => (Kind::Usage, vec![]),
        };
        UserError { kind, message: e.to_string(), details: Vec::new(), hints }
    }
}

/// The exit code for an error: the first `UserError` in the chain decides, else 1.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    for cause in err.chain() {
        if let Some(u) = cause.downcast_ref::<UserError>() {
            return u.kind.code();
        }
        if let Some(d) = cause.downcast_ref::<DomainError>() {
            return UserError::from(d.clone()).kind.code();
        }
    }
    EXIT_ERROR
}

/// `text` as an error may repeat it: control characters escaped (`\u{1b}`, `\r`), at most `max`
/// characters, then `…`. For anything read from a file or typed by someone: a binary file or an
/// escape sequence must not flood or drive the terminal.
pub fn printable(text: &str, max: usize) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == max {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// The problems of a file as an error lists them: the first [`MAX_LISTED`], each through
/// [`printable`] (at most 160 characters), then "… and N more".
pub fn listed(problems: impl ExactSizeIterator<Item = String>) -> Vec<String> {
    let n = problems.len();
    let mut out: Vec<String> = problems.take(MAX_LISTED).map(|p| printable(&p, 160)).collect();
    if n > MAX_LISTED {
        out.push(format!("… and {} more", n - MAX_LISTED));
    }
    out
}

/// The most problems of a file an error lists (the rest are counted).
pub const MAX_LISTED: usize = 50;

/// What a failure that is nobody's input's fault says about the environment (see
/// [`env_failure`]); `store::explain_failure` turns it into an exit-5 error with a hint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvFailure {
    /// The connection broke, the server shut down or crashed, or no connection could be had in time.
    ServerGone,
    /// The database server's disk is full (SQLSTATE 53100 `disk_full`).
    DatabaseDiskFull,
    /// A file billctl writes hit a full disk (ENOSPC).
    DiskFull,
}

/// The first cause in the chain that says the database server went away or a disk is full.
pub fn env_failure(err: &anyhow::Error) -> Option<EnvFailure> {
    err.chain().find_map(|cause| {
        if let Some(e) = cause.downcast_ref::<sqlx::Error>() {
            return sqlx_failure(e);
        }
        let io = cause.downcast_ref::<std::io::Error>()?;
        (io.raw_os_error() == Some(libc::ENOSPC)).then_some(EnvFailure::DiskFull)
    })
}

/// How a database error maps: connection loss (I/O, pool timeout, SQLSTATE class 08, 57P01
/// admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now) or a full disk (53100).
pub fn sqlx_failure(e: &sqlx::Error) -> Option<EnvFailure> {
    match e {
        sqlx::Error::Io(io) if io.raw_os_error() == Some(libc::ENOSPC) => Some(EnvFailure::DatabaseDiskFull),
        sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::WorkerCrashed => {
            Some(EnvFailure::ServerGone)
        }
        sqlx::Error::Database(db) => match db.code().as_deref()? {
            "53100" => Some(EnvFailure::DatabaseDiskFull),
            "57P01" | "57P02" | "57P03" => Some(EnvFailure::ServerGone),
            c if c.starts_with("08") => Some(EnvFailure::ServerGone),
            _ => None,
        },
        _ => None,
    }
}

/// Whether the failure is stdout closed by its reader (`billctl … | head`): the reader chose to stop,
/// so billctl stops quietly with success, as `rg` and `git` do. Writes to the database never
/// depend on stdout: a command's output is printed after its work is committed.
/// A broken pipe to the database server is not that: it is the server going away.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    !err.chain().any(|c| c.is::<sqlx::Error>())
        && err
            .chain()
            .any(|c| c.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Prints `error: … / caused by: … / hint: …` to stderr. Every line goes through
/// [`crate::config::scrub`] first: no URL password, token or configured secret is ever printed,
/// whichever library wrote the message. A stderr that cannot be written (a terminal gone with
/// SIGHUP, `2>/dev/full`) does not change the exit code.
pub fn print(err: &anyhow::Error, color: bool) {
    // No control character of a message reaches the terminal (an escape sequence read from a file
    // would drive it); new lines and tabs stay.
    let scrub = |text: &str| -> String {
        crate::config::scrub(text)
            .chars()
            .flat_map(|c| match c {
                '\n' | '\t' => vec![c],
                c if c.is_control() => c.escape_default().collect(),
                c => vec![c],
            })
            .collect()
    };
    let (red, yellow, reset) = if color { ("\x1b[31;1m", "\x1b[33m", "\x1b[0m") } else { ("", "", "") };
    crate::stderr_line!("{red}error:{reset} {}", scrub(&err.to_string()));
    let mut hints: Vec<String> = Vec::new();
    let mut details = Vec::new();
    for (i, cause) in err.chain().enumerate() {
        if let Some(u) = cause.downcast_ref::<UserError>() {
            for h in &u.hints {
                if !hints.contains(h) {
                    hints.push(h.clone());
                }
            }
            details.extend(u.details.iter().cloned());
        }
        if i > 0 {
            crate::stderr_line!("caused by: {}", scrub(&cause.to_string()));
        }
    }
    for d in details {
        crate::stderr_line!("  {}", scrub(&d));
    }
    for h in hints {
        crate::stderr_line!("{yellow}hint:{reset} {}", scrub(&h));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database error with just a SQLSTATE, as the server sends it.
    #[derive(Debug)]
    struct Sqlstate(&'static str);

    impl fmt::Display for Sqlstate {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "SQLSTATE {}", self.0)
        }
    }

    impl std::error::Error for Sqlstate {}

    impl sqlx::error::DatabaseError for Sqlstate {
        fn message(&self) -> &str {
            self.0
        }
        fn code(&self) -> Option<std::borrow::Cow<'_, str>> {
            Some(self.0.into())
        }
        fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
            self
        }
        fn kind(&self) -> sqlx::error::ErrorKind {
            sqlx::error::ErrorKind::Other
        }
    }

    fn db(code: &'static str) -> anyhow::Error {
        anyhow::Error::new(sqlx::Error::Database(Box::new(Sqlstate(code)))).context("writing invoices")
    }

    #[test]
    fn a_full_disk_on_the_server_is_sqlstate_53100() {
        assert_eq!(env_failure(&db("53100")), Some(EnvFailure::DatabaseDiskFull));
        let enospc = sqlx::Error::Io(std::io::Error::from_raw_os_error(libc::ENOSPC));
        assert_eq!(sqlx_failure(&enospc), Some(EnvFailure::DatabaseDiskFull));
    }

    #[test]
    fn a_server_shut_down_crashed_or_unreachable_has_gone_away() {
        for code in ["57P01", "57P02", "57P03", "08006", "08001"] {
            assert_eq!(env_failure(&db(code)), Some(EnvFailure::ServerGone), "{code}");
        }
        for e in [
            sqlx::Error::PoolTimedOut,
            sqlx::Error::PoolClosed,
            sqlx::Error::Io(std::io::ErrorKind::UnexpectedEof.into()),
            sqlx::Error::Io(std::io::ErrorKind::ConnectionReset.into()),
        ] {
            assert_eq!(sqlx_failure(&e), Some(EnvFailure::ServerGone), "{e}");
        }
    }

    #[test]
    fn other_database_errors_say_nothing_about_the_environment() {
        assert_eq!(env_failure(&db("23505")), None);
        assert_eq!(env_failure(&anyhow::anyhow!("a bug")), None);
    }

    #[test]
    fn a_full_disk_under_a_file_billctl_writes_is_enospc() {
        let e = anyhow::Error::new(std::io::Error::from_raw_os_error(libc::ENOSPC)).context("writing out.csv");
        assert_eq!(env_failure(&e), Some(EnvFailure::DiskFull));
    }

    #[test]
    fn a_broken_pipe_to_the_database_is_not_a_closed_stdout() {
        let to_db = anyhow::Error::new(sqlx::Error::Io(std::io::ErrorKind::BrokenPipe.into()));
        assert!(!is_broken_pipe(&to_db));
        assert_eq!(env_failure(&to_db), Some(EnvFailure::ServerGone));
        assert!(is_broken_pipe(&anyhow::Error::new(std::io::Error::from(std::io::ErrorKind::BrokenPipe))));
    }

    #[test]
    fn ctrl_c_at_a_prompt_is_cancelled_with_exit_130() {
        let ctrl_c = dialoguer::Error::IO(std::io::Error::new(std::io::ErrorKind::Interrupted, "read interrupted"));
        let e = prompt_cancelled(anyhow::Error::from(ctrl_c));
        assert_eq!(exit_code(&e), EXIT_INTERRUPTED);
        assert_eq!(e.to_string(), "cancelled");
        // Wrapped in context by a wizard, still the same.
        let ctrl_c = dialoguer::Error::IO(std::io::ErrorKind::Interrupted.into());
        let e = prompt_cancelled(anyhow::Error::from(ctrl_c).context("asking for the plan"));
        assert_eq!((exit_code(&e), e.to_string().as_str()), (EXIT_INTERRUPTED, "cancelled"));
        // Other prompt failures (no terminal, end of input) and other errors are left alone.
        let eof = dialoguer::Error::IO(std::io::ErrorKind::UnexpectedEof.into());
        assert_eq!(exit_code(&prompt_cancelled(anyhow::Error::from(eof))), EXIT_ERROR);
        let other = prompt_cancelled(usage("bad").into());
        assert_eq!((exit_code(&other), other.to_string().as_str()), (EXIT_USAGE, "bad"));
    }

    #[test]
    fn a_refusal_because_of_state_is_a_conflict_with_its_hint() {
        let e =
            DomainError::refused("cannot resume an active subscription", "only a paused subscription can be resumed");
        let u = UserError::from(e.clone());
        assert_eq!(
            (u.kind, u.hints.as_slice()),
            (Kind::Conflict, &["only a paused subscription can be resumed".to_string()][..])
        );
        assert_eq!(exit_code(&anyhow::Error::from(e)), EXIT_CONFLICT);
        let bad = DomainError::invalid("quantity", "must be at least 1");
        assert_eq!(exit_code(&anyhow::Error::from(bad.clone())), EXIT_USAGE);
        assert_eq!(UserError::from(bad).hints, ["fix the value of quantity and try again"]);
    }

    #[test]
    fn hints_add_up_in_order_and_a_confirmation_is_found_among_them() {
        let u = needs_confirmation("Void invoice X?").hint("or leave it open");
        assert_eq!(u.hints, [CONFIRM_HINT, "or leave it open"]);
        assert_eq!(confirmation_question(&u.into()).as_deref(), Some("Void invoice X?"));
    }

    #[test]
    fn what_an_error_echoes_is_escaped_and_capped() {
        assert_eq!(printable("ab\x1b[2Jc\r\n", 100), "ab\\u{1b}[2Jc\\r\\n");
        assert_eq!(printable("abcdef", 3), "abc…");
        assert_eq!(printable("abc", 3), "abc");
        assert_eq!(printable("Zürich", 10), "Zürich");
    }

    #[test]
    fn a_long_list_of_problems_is_cut_and_counted() {
        let l = listed((0..120).map(|i| format!("line {i}: \x1b[31m")));
        assert_eq!(l.len(), MAX_LISTED + 1);
        assert_eq!(l[0], "line 0: \\u{1b}[31m");
        assert_eq!(l[MAX_LISTED], "… and 70 more");
        assert_eq!(listed(["a".to_string()].into_iter()), ["a"]);
    }

    #[test]
    fn a_partial_failure_is_exit_6() {
        assert_eq!(exit_code(&partial("2 of 5 invoice(s) could not be charged").into()), EXIT_PARTIAL);
    }

    #[test]
    fn each_signal_has_its_exit_code() {
        assert_eq!(exit_code(&interrupted_by(Signal::Int)), 130);
        assert_eq!(exit_code(&interrupted_by(Signal::Term)), 143);
        assert_eq!(exit_code(&interrupted_by(Signal::Hup)), 129);
    }
}
