//! billctl: subscription billing administration on PostgreSQL and Stripe.
//!
//! Layers (arrows point one way): `cli` → `app` → `domain`, with `app` also using `store`,
//! `gateway`, `notify` and `render`. See ARCHITECTURE.md.

pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod error;
pub mod gateway;
pub mod idgen;
pub mod interrupt;
pub mod notify;
pub mod render;
pub mod store;

use std::process::ExitCode;

/// Parses the command line, runs the command and turns the outcome into an exit code.
pub fn main_entry() -> ExitCode {
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(code) => return code,
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            crate::stderr_line!("error: cannot start the async runtime: {e}");
            return ExitCode::from(error::EXIT_ERROR);
        }
    };
    let color = cli.global.color_enabled();
    let result = runtime.block_on(async {
        // SIGINT, SIGTERM and SIGHUP stop the command the same way (see `interrupt`): its future is
        // dropped (open transactions roll back), then the cleanups it registered run.
        // `biased`: the signal branch is polled first, so the handlers are in place before the
        // command runs; a Ctrl-C at its first prompt would otherwise kill billctl without a word.
        let signal = tokio::select! {
            biased;
            s = interrupt::received() => s,
            r = cli::run(cli) => return r,
        };
        interrupt::run_cleanups(signal, std::time::Duration::from_secs(5)).await;
        Err(error::interrupted_by(signal))
    });
    // Dropping the runtime cancels in-flight work; open transactions are rolled back by PostgreSQL.
    runtime.shutdown_timeout(std::time::Duration::from_secs(2));
    match result {
        Ok(code) => code,
        Err(err) if error::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            error::print(&err, color);
            ExitCode::from(error::exit_code(&err))
        }
    }
}
