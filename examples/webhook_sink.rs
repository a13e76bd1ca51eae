//! A loopback webhook receiver for `scripts/bench_webhooks.sh`: answers every POST with 200 after
//! checking its Standard Webhooks signature with the secret in `WEBHOOK_SECRET` (when set), and on
//! SIGTERM or Ctrl-C prints how many requests arrived and how many signatures did not verify.
//!
//!   cargo run --release --example webhook_sink -- 127.0.0.1:8099
#![allow(clippy::print_stdout, clippy::print_stderr, clippy::disallowed_methods)]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use bytes::Bytes;
use hmac::{Hmac, KeyInit, Mac};
use http_body_util::{BodyExt, Full};
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use sha2::Sha256;

#[derive(Default)]
struct Counts {
    received: AtomicU64,
    bad: AtomicU64,
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:0".into());
    let key: Option<Arc<Vec<u8>>> = std::env::var("WEBHOOK_SECRET").ok().map(|s| {
        Arc::new(B64.decode(s.trim().trim_start_matches("whsec_")).expect("WEBHOOK_SECRET is whsec_ + base64"))
    });
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("bind");
    println!("listening on {}", listener.local_addr().unwrap());
    let counts = Arc::new(Counts::default());
    let c2 = counts.clone();
    let serve = async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            let _ = stream.set_nodelay(true);
            let (counts, key) = (c2.clone(), key.clone());
            tokio::spawn(async move {
                let svc = service_fn(move |req: Request<hyper::body::Incoming>| {
                    let (counts, key) = (counts.clone(), key.clone());
                    async move {
                        let h = |n: &str| req.headers().get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
                        let (id, ts, sig) = (h("webhook-id"), h("webhook-timestamp"), h("webhook-signature"));
                        let body = req.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
                        counts.received.fetch_add(1, Ordering::Relaxed);
                        if let Some(key) = key {
                            let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
                            mac.update(format!("{id}.{ts}.").as_bytes());
                            mac.update(&body);
                            let expected = format!("v1,{}", B64.encode(mac.finalize().into_bytes()));
                            if !sig.split(' ').any(|s| s == expected) {
                                counts.bad.fetch_add(1, Ordering::Relaxed);
                            }
                        }
                        Ok::<_, std::convert::Infallible>(Response::new(Full::new(Bytes::from_static(b"ok"))))
                    }
                });
                let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
            });
        }
    };
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).unwrap();
    tokio::select! {
        _ = serve => {}
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    println!(
        "received {} requests, {} with a bad signature",
        counts.received.load(Ordering::Relaxed),
        counts.bad.load(Ordering::Relaxed)
    );
}
