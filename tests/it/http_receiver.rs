//! A real HTTP webhook receiver on 127.0.0.1 for the webhook tests and the benchmark: it checks
//! every delivery's Standard Webhooks signature against the secrets it was given (its own HMAC, not
//! billctl's code), records what arrived (headers, body, which secrets verified), and answers as
//! told: 200, any status (500, 410, …), 429 with a `Retry-After`, or not at all (hangs).
//!
//! It runs on its own thread and runtime, so a test may block on a billctl process meanwhile.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use bytes::Bytes;
use hmac::{Hmac, KeyInit, Mac};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use sha2::Sha256;

/// How the receiver answers the next requests.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(dead_code)]
pub enum Mode {
    Ok,
    Status(u16),
    /// 429 with this `Retry-After` value.
    RetryAfter(String),
    /// Never answers (until the client gives up).
    Hang,
    /// Answers 200 while fewer than this many requests arrived in all, then hangs.
    HangAfter(usize),
}

/// One request as it arrived.
#[derive(Debug, Clone)]
#[allow(dead_code)]
pub struct Received {
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Indexes (into the secrets given) of the secrets some signature verified with.
    pub verified_by: Vec<usize>,
    /// How many `v1,` signatures the request carried.
    pub signatures: usize,
    /// What the receiver answered (0: nothing, it hung).
    pub answered: u16,
}

#[allow(dead_code)]
impl Received {
    pub fn header(&self, name: &str) -> &str {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str()).unwrap_or("")
    }
    pub fn id(&self) -> &str {
        self.header("webhook-id")
    }
    pub fn timestamp(&self) -> i64 {
        self.header("webhook-timestamp").parse().unwrap_or(-1)
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the body is JSON")
    }
}

#[derive(Default)]
struct Shared {
    mode: Mutex<Option<Mode>>,
    secrets: Mutex<Vec<String>>,
    received: Mutex<Vec<Received>>,
}

/// A running receiver; it stops when the test process ends.
pub struct Receiver {
    pub url: String,
    shared: Arc<Shared>,
}

#[allow(dead_code)]
impl Receiver {
    /// Binds 127.0.0.1:0 and serves on a thread of its own. Answers 200 until told otherwise.
    pub fn start() -> Receiver {
        let shared = Arc::new(Shared::default());
        let s = shared.clone();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
                tx.send(listener.local_addr().unwrap()).unwrap();
                loop {
                    let Ok((stream, _)) = listener.accept().await else { continue };
                    let _ = stream.set_nodelay(true);
                    let s = s.clone();
                    tokio::spawn(async move {
                        let svc = service_fn(move |req| handle(s.clone(), req));
                        let _ = hyper::server::conn::http1::Builder::new()
                            .serve_connection(TokioIo::new(stream), svc)
                            .await;
                    });
                }
            });
        });
        let addr = rx.recv().unwrap();
        Receiver { url: format!("http://{addr}/hooks"), shared }
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.shared.mode.lock().unwrap() = Some(mode);
    }

    /// The secrets signatures are checked against (an endpoint's, or both during a rotation).
    pub fn set_secrets(&self, secrets: &[&str]) {
        *self.shared.secrets.lock().unwrap() = secrets.iter().map(|s| s.to_string()).collect();
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }

    pub fn count(&self) -> usize {
        self.shared.received.lock().unwrap().len()
    }

    /// Waits until at least `n` requests arrived (polls; panics after a minute).
    pub fn wait_for(&self, n: usize) {
        for _ in 0..6000 {
            if self.count() >= n {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the receiver got {} request(s), expected {n}", self.count());
    }
}

/// The receiver's own check of a Standard Webhooks signature: which of `secrets` signed
/// `id.timestamp.body`, and how many v1 signatures there were.
pub fn check_signatures(secrets: &[String], id: &str, ts: &str, sig_header: &str, body: &[u8]) -> (Vec<usize>, usize) {
    let given: Vec<Vec<u8>> =
        sig_header.split(' ').filter_map(|s| s.strip_prefix("v1,")).filter_map(|b| B64.decode(b).ok()).collect();
    let mut verified = Vec::new();
    for (i, secret) in secrets.iter().enumerate() {
        let Ok(key) = B64.decode(secret.strip_prefix("whsec_").unwrap_or(secret)) else { continue };
        let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
        mac.update(format!("{id}.{ts}.").as_bytes());
        mac.update(body);
        let expected = mac.finalize().into_bytes();
        if given.iter().any(|g| g.as_slice() == expected.as_slice()) {
            verified.push(i);
        }
    }
    (verified, given.len())
}

async fn handle(s: Arc<Shared>, req: Request<Incoming>) -> Result<Response<Full<Bytes>>, std::convert::Infallible> {
    let headers: Vec<(String, String)> =
        req.headers().iter().map(|(k, v)| (k.as_str().to_string(), v.to_str().unwrap_or("").to_string())).collect();
    let body = req.into_body().collect().await.map(|b| b.to_bytes().to_vec()).unwrap_or_default();
    let h = |name: &str| headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
    let secrets = s.secrets.lock().unwrap().clone();
    let (verified_by, signatures) =
        check_signatures(&secrets, &h("webhook-id"), &h("webhook-timestamp"), &h("webhook-signature"), &body);
    let mut mode = s.mode.lock().unwrap().clone().unwrap_or(Mode::Ok);
    if let Mode::HangAfter(n) = mode {
        mode = if s.received.lock().unwrap().len() < n { Mode::Ok } else { Mode::Hang };
    }
    let answered = match &mode {
        Mode::Ok => 200,
        Mode::Status(c) => *c,
        Mode::RetryAfter(_) => 429,
        Mode::Hang | Mode::HangAfter(_) => 0,
    };
    s.received.lock().unwrap().push(Received { headers, body, verified_by, signatures, answered });
    let mut resp = Response::builder();
    match mode {
        Mode::Hang | Mode::HangAfter(_) => {
            tokio::time::sleep(Duration::from_secs(120)).await;
            resp = resp.status(200);
        }
        Mode::RetryAfter(v) => resp = resp.status(429).header("retry-after", v),
        _ => resp = resp.status(answered),
    }
    Ok(resp.body(Full::new(Bytes::from_static(b"ok"))).unwrap())
}
