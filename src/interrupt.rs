//! SIGINT (Ctrl-C), SIGTERM (`systemctl stop`, `kill`) and SIGHUP (a closed SSH session or
//! terminal) all stop a command the same way:
//!
//! 1. [`received`] resolves with the first of the three signals; `main_entry` then drops the
//!    command's future, which drops (and so rolls back) every transaction in flight.
//! 2. The [`Cleanup`]s that use cases registered with [`on_interrupt`] run (bounded in time): the
//!    invoice run ends its own database sessions, so no statement of it lingers on the server, and
//!    records the run as `interrupted`.
//! 3. billctl exits 130 (SIGINT), 143 (SIGTERM) or 129 (SIGHUP): 128 + the signal number, as a
//!    shell reports a process killed by that signal.
//!
//! A second signal during the cleanup is not waited for: the cleanup is bounded and the process
//! exits right after it.

use std::future::Future;
use std::pin::Pin;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// The signals billctl stops on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    Int,
    Term,
    Hup,
}

impl Signal {
    pub fn name(self) -> &'static str {
        match self {
            Signal::Int => "SIGINT",
            Signal::Term => "SIGTERM",
            Signal::Hup => "SIGHUP",
        }
    }
}

type Hook = Box<dyn FnOnce(Signal) -> Pin<Box<dyn Future<Output = ()> + Send>> + Send>;

static HOOKS: Mutex<Vec<(u64, Hook)>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(0);
static STOPPING: AtomicBool = AtomicBool::new(false);

/// Waits for SIGINT, SIGTERM or SIGHUP and says which came first. From then on registered
/// cleanups stay registered when their owner is dropped, so [`run_cleanups`] finds them. A signal
/// this process was started ignoring (`nohup` ignores SIGHUP, a shell's background job SIGINT)
/// stays ignored.
pub async fn received() -> Signal {
    use tokio::signal::unix::{SignalKind, signal};
    let listen = |kind: SignalKind, number: i32| {
        if ignored_at_start(number) { None } else { signal(kind).ok() }
    };
    let mut int = listen(SignalKind::interrupt(), libc::SIGINT);
    let mut term = listen(SignalKind::terminate(), libc::SIGTERM);
    let mut hup = listen(SignalKind::hangup(), libc::SIGHUP);
    async fn next(s: &mut Option<tokio::signal::unix::Signal>) {
        match s {
            Some(s) => {
                s.recv().await;
            }
            None => std::future::pending().await,
        }
    }
    let sig = tokio::select! {
        _ = next(&mut int) => Signal::Int,
        _ = next(&mut term) => Signal::Term,
        _ = next(&mut hup) => Signal::Hup,
    };
    STOPPING.store(true, Ordering::SeqCst);
    sig
}

/// Whether signal `number` was ignored when this process started (Linux: `SigIgn` in
/// /proc/self/status; elsewhere assumed not).
fn ignored_at_start(number: i32) -> bool {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigIgn:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| number > 0 && mask & (1u64 << (number - 1)) != 0)
}

/// A cleanup to run if a signal stops the command while this value lives. Dropping it in the
/// normal course (the work finished or failed on its own) unregisters it.
#[must_use = "the cleanup is unregistered when this is dropped"]
pub struct Cleanup(u64);

/// Registers `hook` to run, with the signal received, after a signal stopped the command.
pub fn on_interrupt<F, Fut>(hook: F) -> Cleanup
where
    F: FnOnce(Signal) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let id = NEXT.fetch_add(1, Ordering::SeqCst);
    let hook: Hook = Box::new(move |s| Box::pin(hook(s)));
    HOOKS.lock().unwrap_or_else(|e| e.into_inner()).push((id, hook));
    Cleanup(id)
}

impl Drop for Cleanup {
    fn drop(&mut self) {
        if !STOPPING.load(Ordering::SeqCst) {
            HOOKS.lock().unwrap_or_else(|e| e.into_inner()).retain(|(id, _)| *id != self.0);
        }
    }
}

/// Runs the registered cleanups, in the order they were registered, for at most `limit`.
pub async fn run_cleanups(signal: Signal, limit: std::time::Duration) {
    let hooks = std::mem::take(&mut *HOOKS.lock().unwrap_or_else(|e| e.into_inner()));
    let all = async {
        for (_, hook) in hooks {
            hook(signal).await;
        }
    };
    let _ = tokio::time::timeout(limit, all).await;
}
