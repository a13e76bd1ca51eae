//! A stateful fake of Stripe's HTTP API on 127.0.0.1, for the gateway tests and benchmarks.
//!
//! - Form-encoded requests like Stripe's; answers are Stripe's own example objects from
//!   `tests/fixtures/stripe/examples.json` (copied, then the scenario's fields set), so async-stripe's
//!   strict deserialization is exercised. `BILLCTL_STRIPE_FIXTURES` overrides the path.
//! - Customers, payment methods (Stripe's `pm_card_…` test tokens, see `billctl::gateway::test_cards`),
//!   off-session PaymentIntents (confirm=true), refunds and events, with Stripe-style list pagination.
//! - `Idempotency-Key`: same key and same request → the stored answer is replayed; same key with a
//!   different request → 400 `idempotency_error`.
//! - Faults for the next N requests ([`Fault`]), a fixed latency, and counters.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use billctl::gateway::test_cards::{self, CardBehavior};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What the next requests suffer, whatever they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(dead_code)]
pub enum Fault {
    /// 429 with `Retry-After: secs`.
    RateLimit { retry_after_secs: u64 },
    /// 500 without processing.
    ServerError,
    /// Wait this long, then process (the client has usually given up by then).
    Delay(Duration),
    /// Process the request (a charge happens), then drop the connection without answering.
    DropAfterProcessing,
}

#[derive(Default)]
struct State {
    seq: u64,
    customers: HashMap<String, Value>,
    /// Payment methods in attach order, with the test card each came from.
    methods: Vec<(Value, &'static test_cards::TestCard)>,
    /// Payment method id → index in `methods` (charges look cards up in O(1): benchmarks hold 10k).
    method_index: HashMap<String, usize>,
    /// PaymentIntents, oldest first.
    intents: Vec<Value>,
    refunded: HashMap<String, i64>,
    events: Vec<Value>,
    /// key → (request fingerprint, status, body)
    idempotency: HashMap<String, (String, u16, Bytes)>,
    charges_by_customer: HashMap<String, usize>,
    charges_by_attempt: HashMap<String, usize>,
}

#[derive(Default)]
struct Shared {
    state: Mutex<State>,
    faults: Mutex<VecDeque<Fault>>,
    latency: Mutex<Duration>,
    in_flight: AtomicUsize,
    max_in_flight: AtomicUsize,
    served_429: AtomicUsize,
    posts_without_key: AtomicUsize,
    request_times: Mutex<Vec<Instant>>,
}

/// A running fake; it stops with the test's runtime.
pub struct FakeStripe {
    pub base_url: String,
    shared: Arc<Shared>,
}

#[allow(dead_code)]
impl FakeStripe {
    /// Binds 127.0.0.1:0 and serves on the current tokio runtime.
    pub async fn start() -> FakeStripe {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let shared = Arc::new(Shared::default());
        let s = shared.clone();
        tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let s = s.clone();
                tokio::spawn(async move {
                    let svc = service_fn(move |req| handle(s.clone(), req));
                    let _ =
                        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), svc).await;
                });
            }
        });
        FakeStripe { base_url: format!("http://{addr}"), shared }
    }

    pub fn inject(&self, fault: Fault, times: usize) {
        self.shared.faults.lock().unwrap().extend(std::iter::repeat_n(fault, times));
    }

    pub fn clear_faults(&self) {
        self.shared.faults.lock().unwrap().clear();
    }

    /// Creates a customer with an attached test card directly in the fake's state (no request, no
    /// event): fast fixtures for batch tests and benchmarks. Returns (customer id, payment method id).
    pub fn seed_customer_with_card(&self, token: &str) -> (String, String) {
        let card = test_cards::lookup(token).expect("a known test token");
        let mut st = self.shared.state.lock().unwrap();
        let mut c = example("customer");
        let cus = st.next_id("cus");
        set(
            &mut c,
            json!({"id": cus, "created": st.now(), "metadata": {}, "discount": null, "shipping": null, "address": null}),
        );
        st.customers.insert(cus.clone(), c);
        let mut pm = example("payment_method");
        let id = st.next_id("pm");
        set(
            &mut pm,
            json!({"id": id, "created": st.now(), "customer": cus, "metadata": {}, "allow_redisplay": "unspecified"}),
        );
        pm["card"]["brand"] = json!(card.brand);
        pm["card"]["last4"] = json!(card.last4);
        let at = st.methods.len();
        st.method_index.insert(id.clone(), at);
        st.methods.push((pm, card));
        (cus, id)
    }

    /// Requests per second over the requests after the first `skip` ones.
    pub fn requests_per_second_since(&self, skip: usize) -> f64 {
        let t = self.shared.request_times.lock().unwrap();
        let t = &t[skip.min(t.len())..];
        match (t.first(), t.last()) {
            (Some(a), Some(b)) if t.len() > 1 => (t.len() - 1) as f64 / b.duration_since(*a).as_secs_f64().max(1e-9),
            _ => 0.0,
        }
    }

    pub fn set_latency(&self, latency: Duration) {
        *self.shared.latency.lock().unwrap() = latency;
    }

    pub fn successful_charges_for_customer(&self, customer_id: &str) -> usize {
        self.shared.state.lock().unwrap().charges_by_customer.get(customer_id).copied().unwrap_or(0)
    }

    pub fn successful_charges_for_attempt(&self, attempt_id: &str) -> usize {
        self.shared.state.lock().unwrap().charges_by_attempt.get(attempt_id).copied().unwrap_or(0)
    }

    /// The stored PaymentIntent with this id, as the fake answers it.
    pub fn payment_intent(&self, id: &str) -> Option<Value> {
        self.shared.state.lock().unwrap().intents.iter().find(|pi| pi["id"] == id).cloned()
    }

    pub fn requests(&self) -> usize {
        self.shared.request_times.lock().unwrap().len()
    }

    /// Requests per second between the first and the last request seen.
    pub fn requests_per_second(&self) -> f64 {
        let t = self.shared.request_times.lock().unwrap();
        match (t.first(), t.last()) {
            (Some(a), Some(b)) if t.len() > 1 => (t.len() - 1) as f64 / b.duration_since(*a).as_secs_f64().max(1e-9),
            _ => 0.0,
        }
    }

    pub fn max_concurrent(&self) -> usize {
        self.shared.max_in_flight.load(Ordering::SeqCst)
    }

    /// POSTs that came without an `Idempotency-Key` (billctl should send none).
    pub fn posts_without_idempotency_key(&self) -> usize {
        self.shared.posts_without_key.load(Ordering::SeqCst)
    }

    pub fn served_429(&self) -> usize {
        self.shared.served_429.load(Ordering::SeqCst)
    }
}

// ---------------------------------------------------------------------------------------------
// Fixtures

/// Stripe's example objects, kept in the repository (see tests/fixtures/stripe/README.md);
/// `BILLCTL_STRIPE_FIXTURES` may name another file of the same shape (e.g. the full fixtures3.json).
fn fixtures() -> &'static Value {
    static F: OnceLock<Value> = OnceLock::new();
    F.get_or_init(|| match std::env::var("BILLCTL_STRIPE_FIXTURES") {
        Ok(path) => {
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("read Stripe fixtures {path} (BILLCTL_STRIPE_FIXTURES): {e}"));
            serde_json::from_str(&text).expect("BILLCTL_STRIPE_FIXTURES names a JSON file")
        }
        Err(_) => serde_json::from_str(IN_REPO_EXAMPLES).expect("examples.json is JSON"),
    })
}

const IN_REPO_EXAMPLES: &str = include_str!("../fixtures/stripe/examples.json");

#[test]
fn the_in_repo_examples_are_stripes_own() {
    let ours: Value = serde_json::from_str(IN_REPO_EXAMPLES).unwrap();
    let ours = ours["resources"].as_object().unwrap();
    assert_eq!(ours.len(), 5, "customer, event, payment_intent, payment_method, refund");
    for (kind, obj) in ours {
        assert_eq!(obj["object"], kind.as_str(), "{kind} is an example {kind}");
    }
    // Beside the repository (as in the workspace this was built in) sits Stripe's full set: the
    // copies must be unchanged. A checkout elsewhere has no such file and relies on the copy.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/stripe/fixtures3.json");
    if let Ok(text) = std::fs::read_to_string(&path) {
        let full: Value = serde_json::from_str(&text).unwrap();
        for (kind, obj) in ours {
            assert_eq!(&full["resources"][kind], obj, "{kind} differs from {}", path.display());
        }
    }
}

/// A copy of Stripe's example object of this kind (`customer`, `payment_intent`, …).
pub fn example(kind: &str) -> Value {
    fixtures()["resources"][kind].clone()
}

fn set(obj: &mut Value, fields: Value) {
    let (Value::Object(o), Value::Object(f)) = (obj, fields) else { panic!("objects expected") };
    for (k, v) in f {
        o.insert(k, v);
    }
}

// ---------------------------------------------------------------------------------------------
// Requests

struct Params(Vec<(String, String)>);

impl Params {
    fn parse(s: &str) -> Params {
        Params(form_urlencoded::parse(s.as_bytes()).into_owned().collect())
    }
    fn get(&self, k: &str) -> Option<&str> {
        self.0.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str())
    }
    /// `prefix[sub]=v` pairs as a JSON object (`metadata[...]`).
    fn map(&self, prefix: &str) -> serde_json::Map<String, Value> {
        let p = format!("{prefix}[");
        self.0
            .iter()
            .filter_map(|(k, v)| {
                k.strip_prefix(&p).and_then(|r| r.strip_suffix(']')).map(|sub| (sub.to_string(), json!(v)))
            })
            .collect()
    }
}

struct Answer {
    status: u16,
    body: Value,
}

fn ok(body: Value) -> Answer {
    Answer { status: 200, body }
}

fn error(status: u16, kind: &str, code: Option<&str>, message: &str) -> Answer {
    Answer { status, body: json!({"error": {"type": kind, "code": code, "message": message}}) }
}

fn missing(what: &str, id: &str) -> Answer {
    error(404, "invalid_request_error", Some("resource_missing"), &format!("No such {what}: '{id}'"))
}

struct InFlight<'a>(&'a Shared);
impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

async fn handle(shared: Arc<Shared>, req: Request<Incoming>) -> Result<Response<Full<Bytes>>, BoxError> {
    let now = shared.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    shared.max_in_flight.fetch_max(now, Ordering::SeqCst);
    let _guard = InFlight(&shared);
    shared.request_times.lock().unwrap().push(Instant::now());

    let (parts, body) = req.into_parts();
    let body = String::from_utf8(body.collect().await?.to_bytes().to_vec())?;
    let latency = *shared.latency.lock().unwrap();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let auth = parts.headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let key = parts.headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(str::to_string);
    let method = parts.method.as_str().to_string();
    if method == "POST" && key.is_none() {
        shared.posts_without_key.fetch_add(1, Ordering::SeqCst);
    }
    let path = parts.uri.path().to_string();
    let query = parts.uri.query().unwrap_or("").to_string();

    let fault = shared.faults.lock().unwrap().pop_front();
    match fault {
        Some(Fault::RateLimit { retry_after_secs }) => {
            shared.served_429.fetch_add(1, Ordering::SeqCst);
            let a =
                error(429, "invalid_request_error", Some("rate_limit"), "Too many requests hit the API too quickly.");
            let mut resp = respond(&a.status, a_bytes(&a), false);
            resp.headers_mut().insert("retry-after", retry_after_secs.into());
            return Ok(resp);
        }
        Some(Fault::ServerError) => {
            let a = error(500, "api_error", None, "Something went wrong on Stripe's end.");
            return Ok(respond(&a.status, a_bytes(&a), false));
        }
        _ => {}
    }
    // Processing runs in its own task so that a client giving up does not cancel it.
    let s = shared.clone();
    let (status, bytes, replayed) = tokio::spawn(async move {
        if let Some(Fault::Delay(d)) = fault {
            tokio::time::sleep(d).await;
        }
        process(&s, &auth, key, &method, &path, &query, &body)
    })
    .await?;
    if fault == Some(Fault::DropAfterProcessing) {
        return Err("dropping the connection after processing (injected fault)".into());
    }
    Ok(respond(&status, bytes, replayed))
}

fn a_bytes(a: &Answer) -> Bytes {
    Bytes::from(serde_json::to_vec(&a.body).unwrap())
}

fn respond(status: &u16, body: Bytes, replayed: bool) -> Response<Full<Bytes>> {
    let mut b = Response::builder()
        .status(*status)
        .header("content-type", "application/json")
        .header("request-id", format!("req_fake{}", body.len()));
    if replayed {
        b = b.header("idempotent-replayed", "true");
    }
    b.body(Full::new(body)).unwrap()
}

/// Authenticates, applies idempotency and routes. Synchronous under the state lock.
fn process(
    shared: &Shared,
    auth: &str,
    key: Option<String>,
    method: &str,
    path: &str,
    query: &str,
    body: &str,
) -> (u16, Bytes, bool) {
    // `sk_live_fake` stands for a live key in the tests of the LIVE marker.
    let known = auth.starts_with("Bearer sk_test_") || auth == "Bearer sk_live_fake";
    if !known || auth == "Bearer sk_test_revoked" {
        let a = error(401, "invalid_request_error", None, "Invalid API Key provided.");
        return (a.status, a_bytes(&a), false);
    }
    let mut st = shared.state.lock().unwrap();
    // Stripe compares the parameters, not their order (async-stripe sends metadata from a HashMap).
    let mut pairs = Params::parse(body).0;
    pairs.sort();
    let fingerprint = format!("{method} {path} {pairs:?}");
    if method == "POST"
        && let Some(k) = &key
        && let Some((fp, status, bytes)) = st.idempotency.get(k)
    {
        if *fp == fingerprint {
            return (*status, bytes.clone(), true);
        }
        let a = error(
            400,
            "idempotency_error",
            None,
            &format!(
                "Keys for idempotent requests can only be used with the same parameters they were first used with. \
                 Try using a key other than '{k}' if you meant to execute a different request."
            ),
        );
        return (a.status, a_bytes(&a), false);
    }
    let params = Params::parse(if method == "POST" { body } else { query });
    let segs: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let a = route(&mut st, method, &segs, &params, key.as_deref());
    let bytes = a_bytes(&a);
    if method == "POST"
        && let Some(k) = key
        && a.status < 500
    {
        st.idempotency.insert(k, (fingerprint, a.status, bytes.clone()));
    }
    (a.status, bytes, false)
}

fn route(st: &mut State, method: &str, segs: &[&str], p: &Params, key: Option<&str>) -> Answer {
    match (method, segs) {
        ("POST", ["v1", "customers"]) => create_customer(st, p, key),
        ("POST", ["v1", "customers", id]) => update_customer(st, id, p, key),
        ("GET", ["v1", "customers", id]) => {
            st.customers.get(*id).cloned().map(ok).unwrap_or_else(|| missing("customer", id))
        }
        ("POST", ["v1", "payment_methods", token, "attach"]) => attach(st, token, p, key),
        ("GET", ["v1", "payment_methods"]) => {
            let customer = p.get("customer").unwrap_or("");
            let items = st.methods.iter().rev().filter(|(m, _)| m["customer"] == customer).map(|(m, _)| m.clone());
            list(items.collect(), p, "/v1/payment_methods")
        }
        ("POST", ["v1", "payment_intents"]) => create_intent(st, p, key),
        ("GET", ["v1", "payment_intents"]) => {
            let items = st.intents.iter().rev().filter(|pi| p.get("customer").is_none_or(|c| pi["customer"] == c));
            list(items.cloned().collect(), p, "/v1/payment_intents")
        }
        ("GET", ["v1", "payment_intents", id]) => st
            .intents
            .iter()
            .find(|pi| pi["id"] == *id)
            .cloned()
            .map(ok)
            .unwrap_or_else(|| missing("payment_intent", id)),
        ("POST", ["v1", "refunds"]) => create_refund(st, p, key),
        ("GET", ["v1", "events"]) => list(st.events.iter().rev().cloned().collect(), p, "/v1/events"),
        _ => error(
            404,
            "invalid_request_error",
            None,
            &format!("Unrecognized request URL ({method}: /{}).", segs.join("/")),
        ),
    }
}

/// Stripe's list pagination over items given newest first.
fn list(items: Vec<Value>, p: &Params, url: &str) -> Answer {
    let limit = p.get("limit").and_then(|l| l.parse::<usize>().ok()).unwrap_or(10).clamp(1, 100);
    let pos = |id: &str| items.iter().position(|v| v["id"] == id);
    let (page, has_more): (Vec<Value>, bool) = if let Some(after) = p.get("starting_after") {
        let Some(i) = pos(after) else { return missing("object", after) };
        let rest = &items[i + 1..];
        (rest.iter().take(limit).cloned().collect(), rest.len() > limit)
    } else if let Some(before) = p.get("ending_before") {
        let Some(i) = pos(before) else { return missing("object", before) };
        let newer = &items[..i];
        (newer[newer.len().saturating_sub(limit)..].to_vec(), newer.len() > limit)
    } else {
        (items.iter().take(limit).cloned().collect(), items.len() > limit)
    };
    ok(json!({"object": "list", "data": page, "has_more": has_more, "url": url}))
}

impl State {
    fn next_id(&mut self, prefix: &str) -> String {
        self.seq += 1;
        format!("{prefix}_fake{:010}", self.seq)
    }

    /// A strictly increasing creation time (2026-01-01 plus one second per object).
    fn now(&self) -> i64 {
        1_767_225_600 + self.seq as i64
    }

    fn event(&mut self, kind: &str, object: &Value, key: Option<&str>) {
        let mut e = example("event");
        let id = self.next_id("evt");
        let request_id = format!("req_fake{}", self.seq);
        set(
            &mut e,
            json!({
                "id": id,
                "type": kind,
                "created": self.now(),
                "api_version": "2025-01-27.acacia",
                "data": {"object": object},
                "request": {"id": request_id, "idempotency_key": key},
            }),
        );
        self.events.push(e);
    }
}

fn create_customer(st: &mut State, p: &Params, key: Option<&str>) -> Answer {
    let mut c = example("customer");
    let id = st.next_id("cus");
    set(
        &mut c,
        json!({
            "id": id, "created": st.now(), "name": p.get("name"), "email": p.get("email"),
            "metadata": p.map("metadata"), "discount": null, "shipping": null, "address": null,
            "invoice_prefix": format!("FAKE{:04}", st.seq % 10_000),
        }),
    );
    st.customers.insert(id, c.clone());
    st.event("customer.created", &c, key);
    ok(c)
}

fn update_customer(st: &mut State, id: &str, p: &Params, key: Option<&str>) -> Answer {
    let Some(mut c) = st.customers.get(id).cloned() else { return missing("customer", id) };
    if let Some(pm) = p.get("invoice_settings[default_payment_method]") {
        if !st.methods.iter().any(|(m, _)| m["id"] == pm && m["customer"] == id) {
            return error(
                400,
                "invalid_request_error",
                Some("resource_missing"),
                &format!("No such PaymentMethod: '{pm}'; it must be attached to the customer first."),
            );
        }
        c["invoice_settings"]["default_payment_method"] = json!(pm);
    }
    for f in ["name", "email"] {
        if let Some(v) = p.get(f) {
            c[f] = json!(v);
        }
    }
    let meta = p.map("metadata");
    if !meta.is_empty() {
        c["metadata"] = Value::Object(meta);
    }
    st.customers.insert(id.to_string(), c.clone());
    st.event("customer.updated", &c, key);
    ok(c)
}

fn attach(st: &mut State, token: &str, p: &Params, key: Option<&str>) -> Answer {
    let customer = p.get("customer").unwrap_or("");
    if !st.customers.contains_key(customer) {
        return missing("customer", customer);
    }
    let Some(card) = test_cards::lookup(token) else { return missing("PaymentMethod", token) };
    let mut pm = example("payment_method");
    let id = st.next_id("pm");
    set(
        &mut pm,
        json!({"id": id, "created": st.now(), "customer": customer, "metadata": {}, "allow_redisplay": "unspecified"}),
    );
    let c = &mut pm["card"];
    c["brand"] = json!(card.brand);
    c["display_brand"] = json!(card.brand);
    c["last4"] = json!(card.last4);
    c["funding"] = json!(card.funding);
    c["exp_month"] = json!(test_cards::EXP_MONTH);
    c["exp_year"] = json!(test_cards::EXP_YEAR);
    c["fingerprint"] = json!(format!("fp{}", card.last4));
    c["networks"]["available"] = json!([card.brand]);
    c["wallet"] = Value::Null;
    c["generated_from"] = Value::Null;
    let at = st.methods.len();
    st.method_index.insert(id.clone(), at);
    st.methods.push((pm.clone(), card));
    st.event("payment_method.attached", &pm, key);
    ok(pm)
}

fn create_intent(st: &mut State, p: &Params, key: Option<&str>) -> Answer {
    let Some(amount) = p.get("amount").and_then(|a| a.parse::<i64>().ok()).filter(|a| *a > 0) else {
        return error(400, "invalid_request_error", Some("parameter_missing"), "amount must be a positive integer");
    };
    let Some(currency) = p.get("currency") else {
        return error(400, "invalid_request_error", Some("parameter_missing"), "Missing required param: currency.");
    };
    let customer = p.get("customer").unwrap_or("").to_string();
    let pm_id = p.get("payment_method").unwrap_or("").to_string();
    let Some((pm, card)) = st.method_index.get(&pm_id).map(|i| st.methods[*i].clone()) else {
        return missing("payment_method", &pm_id);
    };
    if pm["customer"] != customer.as_str() {
        return error(
            400,
            "invalid_request_error",
            None,
            "The provided PaymentMethod does not belong to the customer on this PaymentIntent.",
        );
    }
    let confirm = p.get("confirm") == Some("true");
    let mut pi = example("payment_intent");
    let id = st.next_id("pi");
    let charge_id = st.next_id("ch");
    let metadata = p.map("metadata");
    set(
        &mut pi,
        json!({
            "id": id, "created": st.now(), "amount": amount, "currency": currency, "customer": customer,
            "payment_method": pm_id, "metadata": metadata, "description": p.get("description"),
            "client_secret": format!("{id}_secret_fake"), "canceled_at": null, "last_payment_error": null,
            "latest_charge": null, "next_action": null, "processing": null, "shipping": null,
            "transfer_data": null, "amount_details": null, "payment_method_configuration_details": null,
            "automatic_payment_methods": {"enabled": true, "allow_redirects": "never"},
            "status": "requires_confirmation", "amount_received": 0,
        }),
    );
    if !confirm {
        st.intents.push(pi.clone());
        return ok(pi);
    }
    pi["latest_charge"] = json!(charge_id);
    match card.behavior {
        CardBehavior::Succeeds => {
            pi["status"] = json!("succeeded");
            pi["amount_received"] = json!(amount);
            *st.charges_by_customer.entry(customer).or_default() += 1;
            if let Some(a) = metadata.get("attempt_id").and_then(Value::as_str) {
                *st.charges_by_attempt.entry(a.to_string()).or_default() += 1;
            }
            st.intents.push(pi.clone());
            st.event("payment_intent.succeeded", &pi, key);
            ok(pi)
        }
        CardBehavior::Declines { code, decline_code, message } => {
            let err = json!({
                "type": "card_error", "code": code, "decline_code": decline_code, "message": message,
                "charge": charge_id, "doc_url": format!("https://stripe.com/docs/error-codes/{code}"),
                "payment_method": pm,
            });
            pi["status"] = json!("requires_payment_method");
            pi["last_payment_error"] = err.clone();
            st.intents.push(pi.clone());
            st.event("payment_intent.payment_failed", &pi, key);
            let mut body = err;
            body["payment_intent"] = pi;
            Answer { status: 402, body: json!({ "error": body }) }
        }
    }
}

fn create_refund(st: &mut State, p: &Params, key: Option<&str>) -> Answer {
    let pi_id = p.get("payment_intent").unwrap_or("");
    let Some(pi) = st.intents.iter().find(|pi| pi["id"] == pi_id).cloned() else {
        return missing("payment_intent", pi_id);
    };
    if pi["status"] != "succeeded" {
        return error(
            400,
            "invalid_request_error",
            Some("charge_not_refundable"),
            "This PaymentIntent has no charge to refund.",
        );
    }
    let total = pi["amount_received"].as_i64().unwrap_or(0);
    let done = st.refunded.get(pi_id).copied().unwrap_or(0);
    let amount = match p.get("amount") {
        Some(a) => match a.parse::<i64>() {
            Ok(a) if a > 0 => a,
            _ => return error(400, "invalid_request_error", Some("parameter_invalid_integer"), "Invalid amount."),
        },
        None => total - done,
    };
    if amount > total - done || amount == 0 {
        return error(
            400,
            "invalid_request_error",
            Some("charge_already_refunded"),
            &format!("Refund amount ({amount}) is greater than unrefunded amount on charge ({}).", total - done),
        );
    }
    st.refunded.insert(pi_id.to_string(), done + amount);
    let mut r = example("refund");
    let id = st.next_id("re");
    set(
        &mut r,
        json!({
            "id": id, "created": st.now(), "amount": amount, "currency": pi["currency"], "charge": pi["latest_charge"],
            "payment_intent": pi_id, "status": "succeeded", "customer": pi["customer"],
            "metadata": p.map("metadata"), "reason": p.get("reason"),
        }),
    );
    st.event("refund.created", &r, key);
    ok(r)
}
