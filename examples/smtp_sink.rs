//! A loopback SMTP sink for `scripts/bench_email.sh`: the test suite's sink (tests/it/smtp_sink.rs)
//! as a program. Accepts every message, counts them, and prints the count when stopped.
//!
//!   cargo run --release --example smtp_sink -- 127.0.0.1:2525

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../tests/it/smtp_sink.rs"]
mod smtp_sink;

fn main() {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:2525".into());
    let sink = smtp_sink::Sink::start_on(&addr);
    println!("listening on {}", sink.addr);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    rt.block_on(async {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("SIGTERM");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    });
    println!("received {} messages over {} connections", sink.count(), sink.connections());
}
