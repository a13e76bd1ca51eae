//! Webhooks end to end: billctl posting to a real HTTP receiver on 127.0.0.1 (tests/it/http_receiver.rs)
//! that checks every signature itself. Clocks are fixed (`BILLCTL_NOW`) and moved forward to reach
//! retries; nothing is timed.

use std::process::Output;

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;

use crate::fixtures::{account, plan, scalar, subscribe};
use crate::harness::{NOW, TestDb, test_db};
use crate::http_receiver::{Mode, Receiver};

fn t0() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(NOW).unwrap().with_timezone(&Utc)
}

/// NOW plus `secs`, as BILLCTL_NOW text.
fn later(secs: i64) -> String {
    (t0() + TimeDelta::seconds(secs)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// billctl `args --format json` at `now` (a generous timeout: only the hang test wants a short one).
fn run(db: &TestDb, now: &str, args: &[&str]) -> Output {
    db.cmd()
        .env("BILLCTL_NOW", now)
        .env("BILLCTL_WEBHOOK_TIMEOUT", "10")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap()
}

fn ok_json(db: &TestDb, now: &str, args: &[&str]) -> Value {
    let out = run(db, now, args);
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// Adds an endpoint for the receiver (loopback: --allow-private); tells the receiver its secret.
fn add(db: &TestDb, recv: &Receiver, extra: &[&str]) -> (String, String) {
    let mut args = vec!["webhook", "endpoint", "add", recv.url.as_str(), "--allow-private"];
    args.extend_from_slice(extra);
    let v = ok_json(db, NOW, &args);
    let secret = v["secret"].as_str().unwrap().to_string();
    recv.set_secrets(&[&secret]);
    (v["id"].as_str().unwrap().to_string(), secret)
}

/// `notify deliver --channel webhook` at `now`: its exit code and summary.
fn deliver(db: &TestDb, now: &str) -> (i32, Value) {
    let out = run(db, now, &["notify", "deliver", "--channel", "webhook"]);
    let code = out.status.code().unwrap_or(-1);
    assert!(code == 0 || code == 6, "notify deliver: {}", stderr(&out));
    (code, serde_json::from_slice(&out.stdout).unwrap())
}

/// `webhook test ENDPOINT` at `now`: exit code and result (test event id in it).
fn send_test(db: &TestDb, now: &str, ep: &str) -> (i32, Value) {
    let out = run(db, now, &["webhook", "test", ep]);
    let code = out.status.code().unwrap_or(-1);
    assert!(code == 0 || code == 6, "webhook test: {}", stderr(&out));
    (code, serde_json::from_slice(&out.stdout).unwrap())
}

fn endpoint(db: &TestDb, id: &str) -> Value {
    let list = ok_json(db, NOW, &["webhook", "endpoint", "list", "--all"]);
    list.as_array().unwrap().iter().find(|e| e["id"] == id).cloned().expect("the endpoint is listed")
}

fn deliveries(db: &TestDb, event: &str) -> Vec<Value> {
    ok_json(db, NOW, &["webhook", "deliveries", "--event", event]).as_array().unwrap().clone()
}

/// `n` events with a pending delivery each to `ep`, written as emit does (for the bulk tests).
async fn bulk_events(db: &TestDb, ep: &str, n: i32) {
    sqlx::query(
        "INSERT INTO events (id, type, dedupe_key, data, occurred_at)
         SELECT 'evt_bulk' || lpad(g::text, 6, '0'), 'invoice.paid', 'bulk:' || g,
                jsonb_build_object('object', 'invoice', 'amount_paid', g * 100, 'currency', 'USD'), $1
         FROM generate_series(1, $2) g",
    )
    .bind(t0())
    .bind(n)
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO deliveries (event_id, channel, target, endpoint_id, next_attempt_at, created_at)
         SELECT id, 'webhook', $2, $2, $1, $1 FROM events WHERE id LIKE 'evt_bulk%'",
    )
    .bind(t0())
    .bind(ep)
    .execute(&db.pool)
    .await
    .unwrap();
}

#[tokio::test]
async fn an_invoice_run_event_arrives_signed_with_the_event_id_as_webhook_id() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, secret) = add(&db, &recv, &["--events", "invoice.*"]);
    let acct = account(&db, "USD", &[]);
    plan(&db, "basic", &["--price", "USD:20"]);
    subscribe(&db, &acct, "basic", "2026-03-01", &[]);
    ok_json(&db, "2026-03-01", &["invoice", "run"]);
    let (code, s) = deliver(&db, "2026-03-01T12:00:00Z");
    assert_eq!(code, 0, "{s}");
    let got = recv.received();
    let event_id: String =
        sqlx::query_scalar("SELECT id FROM events WHERE type = 'invoice.finalized'").fetch_one(&db.pool).await.unwrap();
    let r = got.iter().find(|r| r.id() == event_id).expect("invoice.finalized arrived");
    assert_eq!(r.verified_by, vec![0], "signed with the endpoint's secret");
    assert_eq!(r.signatures, 1);
    let ts = DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z").unwrap().timestamp();
    assert_eq!(r.timestamp(), ts, "webhook-timestamp is the attempt's time");
    assert_eq!(r.header("content-type"), "application/json");
    assert!(r.header("user-agent").starts_with("billctl/"), "{}", r.header("user-agent"));
    let body = r.json();
    assert_eq!(body["type"], "invoice.finalized");
    assert!(body["timestamp"].as_str().unwrap().starts_with("2026-03-01T"), "{body}");
    assert_eq!(body["data"]["currency"], "USD");
    assert_eq!(body["data"]["account_id"], acct.as_str());
    assert!(body["data"]["total"].is_i64(), "amounts in minor units: {body}");
    let number: String = sqlx::query_scalar("SELECT number FROM invoices").fetch_one(&db.pool).await.unwrap();
    assert_eq!(body["data"]["number"], number.as_str(), "the run's event carries the invoice number when sent");
    // Only invoice.* went there (the subscription.created event did not).
    assert!(got.iter().all(|r| r.json()["type"].as_str().unwrap().starts_with("invoice.")));
    // The secret is not stored in clear.
    let stored: String = sqlx::query_scalar("SELECT secret_sealed FROM webhook_endpoints WHERE id = $1")
        .bind(&ep)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(!stored.contains(&secret[6..]), "sealed at rest");
}

#[tokio::test]
async fn a_500_is_retried_on_the_schedule_with_the_same_webhook_id() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    recv.set_mode(Mode::Status(500));
    let (code, t) = send_test(&db, NOW, &ep);
    assert_eq!(code, 6);
    assert_eq!(t["status"], "pending");
    let evt = t["event_id"].as_str().unwrap().to_string();
    let d = &deliveries(&db, &evt)[0];
    assert_eq!(d["last_http_status"], 500);
    assert_eq!(d["next_attempt_at"], later(5), "first retry after 5 s");
    // Not due yet: nothing is attempted.
    assert_eq!(deliver(&db, &later(4)).1["attempted"], 0);
    assert_eq!(recv.count(), 1);
    let (_, s) = deliver(&db, &later(5));
    assert_eq!((s["attempted"].as_i64(), s["retrying"].as_i64()), (Some(1), Some(1)));
    assert_eq!(deliveries(&db, &evt)[0]["next_attempt_at"], later(5 + 300), "then after 5 min");
    recv.set_mode(Mode::Ok);
    assert_eq!(deliver(&db, &later(304)).1["attempted"], 0);
    let (code, s) = deliver(&db, &later(305));
    assert_eq!((code, s["sent"].as_i64()), (0, Some(1)));
    let got = recv.received();
    assert_eq!(got.len(), 3);
    assert!(got.iter().all(|r| r.id() == evt && r.verified_by == vec![0]), "same webhook-id, signed every time");
    let stamps: Vec<i64> = got.iter().map(|r| r.timestamp() - t0().timestamp()).collect();
    assert_eq!(stamps, vec![0, 5, 305], "each attempt has its own timestamp");
    assert_eq!(deliveries(&db, &evt)[0]["status"], "sent");
}

#[tokio::test]
async fn retry_after_is_honoured_when_it_asks_for_longer() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    recv.set_mode(Mode::RetryAfter("120".into()));
    let (_, t) = send_test(&db, NOW, &ep);
    let evt = t["event_id"].as_str().unwrap().to_string();
    let d = &deliveries(&db, &evt)[0];
    assert_eq!(d["last_http_status"], 429);
    assert_eq!(d["next_attempt_at"], later(120), "Retry-After: 120, not the 5 s step");
    recv.set_mode(Mode::Ok);
    assert_eq!(deliver(&db, &later(60)).1["attempted"], 0);
    assert_eq!(deliver(&db, &later(120)).1["sent"], 1);
    // An HTTP date works too.
    recv.set_mode(Mode::RetryAfter("Thu, 15 Jan 2026 13:00:00 GMT".into()));
    let (_, t) = send_test(&db, NOW, &ep);
    let d = &deliveries(&db, t["event_id"].as_str().unwrap())[0];
    assert_eq!(d["next_attempt_at"], later(3600));
}

#[tokio::test]
async fn a_410_disables_the_endpoint_and_the_list_says_so() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    recv.set_mode(Mode::Status(410));
    let (code, t) = send_test(&db, NOW, &ep);
    assert_eq!(code, 6);
    assert_eq!(t["status"], "failed");
    let e = endpoint(&db, &ep);
    assert_eq!(e["enabled"], false);
    assert!(e["disabled_reason"].as_str().unwrap().contains("410 Gone"), "{e}");
    let table = db.cmd().args(["webhook", "endpoint", "list"]).output().unwrap();
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("disabled: the receiver answered 410 Gone"), "{text}");
    // Nothing more goes to it; enabling it again is possible.
    let refused = run(&db, NOW, &["webhook", "test", &ep]);
    assert_eq!(refused.status.code(), Some(4), "{}", stderr(&refused));
    recv.set_mode(Mode::Ok);
    ok_json(&db, NOW, &["webhook", "endpoint", "enable", &ep]);
    assert_eq!(send_test(&db, NOW, &ep).0, 0);
}

#[tokio::test]
async fn an_endpoint_failing_for_five_days_is_disabled_and_a_success_ends_the_streak() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    recv.set_mode(Mode::Status(503));
    send_test(&db, NOW, &ep);
    assert_eq!(endpoint(&db, &ep)["failing_since"], NOW);
    // A success in between ends the streak.
    recv.set_mode(Mode::Ok);
    send_test(&db, &later(3600), &ep);
    assert!(endpoint(&db, &ep)["failing_since"].is_null());
    recv.set_mode(Mode::Status(503));
    let day = 86_400;
    send_test(&db, &later(day), &ep);
    send_test(&db, &later(5 * day), &ep);
    assert_eq!(endpoint(&db, &ep)["enabled"], true, "4 days of failing is not yet 5");
    send_test(&db, &later(6 * day), &ep);
    let e = endpoint(&db, &ep);
    assert_eq!(e["enabled"], false, "{e}");
    let reason = e["disabled_reason"].as_str().unwrap();
    assert!(reason.starts_with(&format!("failing since {} for 5 days", later(day))), "{reason}");
}

#[tokio::test]
async fn a_receiver_down_for_a_day_gets_everything_after_it_recovers() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    bulk_events(&db, &ep, 30).await;
    recv.set_mode(Mode::Status(502));
    // Down: every attempt on the schedule fails (5 s, 5 min, 30 min, 2 h, 5 h, 10 h after each).
    for secs in [0, 60, 600, 3600, 3 * 3600, 9 * 3600] {
        let (code, s) = deliver(&db, &later(secs));
        assert_eq!((code, s["retrying"].as_i64()), (6, Some(30)), "at +{secs} s: {s}");
    }
    recv.set_mode(Mode::Ok);
    let (code, s) = deliver(&db, &later(24 * 3600));
    assert_eq!((code, s["sent"].as_i64()), (0, Some(30)), "{s}");
    let sent: std::collections::BTreeSet<String> =
        recv.received().iter().filter(|r| r.answered == 200).map(|r| r.id().to_string()).collect();
    assert_eq!(sent.len(), 30);
    assert_eq!(scalar(&db, "SELECT count(*) FROM deliveries WHERE status = 'sent'").await, 30);
    assert_eq!(endpoint(&db, &ep)["enabled"], true);
}

#[tokio::test]
async fn a_rotated_secret_verifies_with_either_key_during_the_overlap_and_only_the_new_after() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, old) = add(&db, &recv, &[]);
    let rotated = ok_json(&db, NOW, &["webhook", "endpoint", "rotate-secret", &ep, "--overlap", "2h"]);
    let new = rotated["secret"].as_str().unwrap().to_string();
    assert_ne!(new, old);
    assert_eq!(rotated["previous_expires_at"], later(7200));
    recv.set_secrets(&[&old, &new]);
    send_test(&db, &later(3600), &ep);
    let r = recv.received().pop().unwrap();
    assert_eq!(r.signatures, 2, "both signatures during the overlap");
    assert_eq!(r.verified_by, vec![0, 1], "a receiver with either key verifies it");
    send_test(&db, &later(7201), &ep);
    let r = recv.received().pop().unwrap();
    assert_eq!((r.signatures, r.verified_by.clone()), (1, vec![1]), "after the overlap only the new key signs");
    // --overlap 0 retires the old secret at once.
    let again = ok_json(&db, NOW, &["webhook", "endpoint", "rotate-secret", &ep, "--overlap", "0"]);
    let newest = again["secret"].as_str().unwrap().to_string();
    recv.set_secrets(&[&new, &newest]);
    send_test(&db, &later(7300), &ep);
    assert_eq!(recv.received().pop().unwrap().verified_by, vec![1]);
}

#[tokio::test]
async fn four_deliver_processes_at_once_send_each_delivery_exactly_once() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    bulk_events(&db, &ep, 400).await;
    let children: Vec<_> = (0..4)
        .map(|_| {
            db.std_cmd()
                .env("BILLCTL_WEBHOOK_TIMEOUT", "10")
                .args(["notify", "deliver", "--channel", "webhook", "--workers", "4", "--format", "json"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut attempted = 0;
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let s: Value = serde_json::from_slice(&out.stdout).unwrap();
        attempted += s["attempted"].as_i64().unwrap();
    }
    assert_eq!(attempted, 400);
    let got = recv.received();
    assert_eq!(got.len(), 400, "each delivery once");
    let ids: std::collections::BTreeSet<&str> = got.iter().map(|r| r.id()).collect();
    assert_eq!(ids.len(), 400, "no event twice");
    assert!(got.iter().all(|r| r.verified_by == vec![0]));
}

#[tokio::test]
async fn kill_9_of_notify_deliver_loses_nothing_and_repeats_only_the_one_in_flight_per_worker() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    bulk_events(&db, &ep, 60).await;
    // Five deliveries are answered (and recorded), then the receiver stops answering: three
    // workers each hang on the one delivery they claimed.
    recv.set_mode(Mode::HangAfter(5));
    let mut child = db
        .std_cmd()
        .env("BILLCTL_WEBHOOK_TIMEOUT", "100")
        .args(["notify", "deliver", "--channel", "webhook", "--workers", "3"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    recv.wait_for(5 + 3);
    // The five answered ones are committed before their workers claim the next.
    for _ in 0..100 {
        if scalar(&db, "SELECT count(*) FROM deliveries WHERE status = 'sent'").await == 5 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let before: Vec<String> = recv.received().iter().map(|r| r.id().to_string()).collect();
    assert_eq!(before.len(), 8, "five answered, three hanging");
    assert_eq!(scalar(&db, "SELECT count(*) FROM deliveries WHERE status = 'sent'").await, 5);
    recv.set_mode(Mode::Ok);
    let (code, s) = deliver(&db, NOW);
    assert_eq!((code, s["sent"].as_i64()), (0, Some(55)), "nothing was lost: {s}");
    let got = recv.received();
    let mut per_id: std::collections::BTreeMap<&str, usize> = Default::default();
    for r in &got {
        *per_id.entry(r.id()).or_default() += 1;
    }
    assert_eq!(per_id.len(), 60);
    let repeated: Vec<&str> = per_id.iter().filter(|(_, n)| **n > 1).map(|(id, _)| *id).collect();
    assert_eq!(repeated.len(), 3, "only the deliveries in flight (one per worker) are sent again");
    assert!(repeated.iter().all(|id| before.iter().any(|f| f == id)));
    assert!(per_id.values().all(|n| *n <= 2));
    assert_eq!(billctl::app::notify_deliver::CLAIM_BATCH, 1);
    assert!(got.iter().all(|r| r.verified_by == vec![0]), "the same webhook-id, signed each time");
    assert_eq!(scalar(&db, "SELECT count(*) FROM deliveries WHERE status = 'sent'").await, 60);
}

#[tokio::test]
async fn no_answer_within_the_timeout_is_retried() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    recv.set_mode(Mode::Hang);
    let out = db
        .cmd()
        .env("BILLCTL_WEBHOOK_TIMEOUT", "0.5")
        .args(["webhook", "test", &ep, "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    let t: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t["status"], "pending");
    assert!(t["error"].as_str().unwrap().contains("no answer within 0.5 s"), "{t}");
}

#[tokio::test]
async fn private_and_non_http_urls_are_refused_and_checked_again_at_send_time() {
    let db = test_db().await;
    let recv = Receiver::start();
    for url in [recv.url.as_str(), "http://localhost:9/x", "http://169.254.169.254/latest", "http://[::1]:9/"] {
        let out = run(&db, NOW, &["webhook", "endpoint", "add", url]);
        assert_eq!(out.status.code(), Some(2), "{url}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("URL:") && err.contains("private address") && err.contains("--allow-private"), "{err}");
    }
    for url in ["ftp://example.com/x", "file:///etc/passwd", "example.com/hooks"] {
        let out = run(&db, NOW, &["webhook", "endpoint", "add", url, "--allow-private"]);
        assert_eq!(out.status.code(), Some(2), "{url}: {}", stderr(&out));
        assert!(stderr(&out).contains("URL:"), "{}", stderr(&out));
    }
    assert_eq!(scalar(&db, "SELECT count(*) FROM webhook_endpoints").await, 0, "nothing saved");
    // An endpoint whose allowance is gone is refused when sending, not only when added.
    let (ep, _) = add(&db, &recv, &[]);
    sqlx::query("UPDATE webhook_endpoints SET allow_private = FALSE").execute(&db.pool).await.unwrap();
    let (code, t) = send_test(&db, NOW, &ep);
    assert_eq!((code, t["status"].as_str()), (6, Some("failed")));
    assert!(t["error"].as_str().unwrap().contains("private address"), "{t}");
    assert_eq!(recv.count(), 0, "nothing was sent");
}

#[tokio::test]
async fn bad_event_patterns_are_refused_naming_events_and_the_groups() {
    let db = test_db().await;
    let out = run(
        &db,
        NOW,
        &["webhook", "endpoint", "add", "http://127.0.0.1:9/", "--allow-private", "--events", "invoices.*"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("--events") && err.contains("invoice.*") && err.contains("dunning.*"), "{err}");
    assert_eq!(scalar(&db, "SELECT count(*) FROM webhook_endpoints").await, 0);
}

#[tokio::test]
async fn webhook_verify_accepts_a_good_signature_and_rejects_a_tampered_body() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, secret) = add(&db, &recv, &[]);
    send_test(&db, NOW, &ep);
    let r = recv.received().pop().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("body.json");
    std::fs::write(&body, &r.body).unwrap();
    let headers: Vec<String> = ["webhook-id", "webhook-timestamp", "webhook-signature"]
        .iter()
        .map(|h| format!("{h}: {}", r.header(h)))
        .collect();
    let verify = |secret_flag: bool, file: &std::path::Path| {
        let mut c = db.cmd();
        c.args(["webhook", "verify", "--payload", file.to_str().unwrap()]);
        for h in &headers {
            c.args(["--header", h]);
        }
        if secret_flag {
            c.args(["--secret", &secret]);
        } else {
            c.env("BILLCTL_WEBHOOK_VERIFY_SECRET", &secret);
        }
        c.output().unwrap()
    };
    let good = verify(true, &body);
    assert_eq!(good.status.code(), Some(0), "{}", stderr(&good));
    assert!(stderr(&good).contains("valid"));
    assert_eq!(verify(false, &body).status.code(), Some(0), "the secret from the environment");
    let mut tampered = r.body.clone();
    let pos = tampered.iter().position(|b| *b == b'a').unwrap();
    tampered[pos] = b'b';
    std::fs::write(&body, &tampered).unwrap();
    let bad = verify(true, &body);
    assert_eq!(bad.status.code(), Some(4));
    let err = stderr(&bad);
    assert!(err.contains("not valid") && err.contains("no signature matches"), "{err}");
    for out in [&good, &bad] {
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(out));
        assert!(!all.contains(&secret[6..]), "the secret is never echoed");
    }
}

#[tokio::test]
async fn replay_sends_again_with_the_same_id_and_reaches_endpoints_added_later() {
    let db = test_db().await;
    let first = Receiver::start();
    let (ep1, _) = add(&db, &first, &[]);
    bulk_events(&db, &ep1, 1).await;
    deliver(&db, NOW);
    assert_eq!(first.count(), 1);
    let second = Receiver::start();
    let (ep2, _) = add(&db, &second, &["--events", "invoice.paid"]);
    let third = Receiver::start();
    add(&db, &third, &["--events", "payment.*"]);
    let r = ok_json(&db, &later(60), &["webhook", "replay", "evt_bulk000001"]);
    assert_eq!((r["requeued"].as_i64(), r["created"].as_i64()), (Some(1), Some(1)), "{r}");
    assert_eq!(first.count(), 2);
    assert_eq!(second.count(), 1, "the endpoint added after the event gets it");
    assert_eq!(third.count(), 0, "an endpoint that does not match does not");
    assert!(first.received().iter().chain(second.received().iter()).all(|r| r.id() == "evt_bulk000001"));
    // One endpoint only.
    let r = ok_json(&db, &later(120), &["webhook", "replay", "evt_bulk000001", "--endpoint", &ep2]);
    assert_eq!((r["requeued"].as_i64(), r["created"].as_i64()), (Some(1), Some(0)));
    assert_eq!((first.count(), second.count()), (2, 2));
    let missing = run(&db, NOW, &["webhook", "replay", "evt_nope"]);
    assert_eq!(missing.status.code(), Some(3));
}

#[tokio::test]
async fn removing_an_endpoint_with_waiting_deliveries_needs_force_and_keeps_the_history() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    bulk_events(&db, &ep, 2).await;
    let refused = run(&db, NOW, &["webhook", "endpoint", "remove", &ep]);
    assert_eq!(refused.status.code(), Some(4));
    assert!(stderr(&refused).contains("--force"));
    let r = ok_json(&db, NOW, &["webhook", "endpoint", "remove", &ep, "--force"]);
    assert_eq!(r["given_up"], 2);
    assert_eq!(ok_json(&db, NOW, &["webhook", "endpoint", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(
        ok_json(&db, NOW, &["webhook", "deliveries", "--endpoint", &ep, "--status", "failed"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(deliver(&db, NOW).1["attempted"], 0);
    assert_eq!(recv.count(), 0);
}

#[tokio::test]
async fn secrets_opened_with_another_key_are_an_environment_error_naming_the_key() {
    let db = test_db().await;
    let recv = Receiver::start();
    let (ep, _) = add(&db, &recv, &[]);
    let key_file = db.home.join("data/billctl/secrets.key");
    let mode = std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&key_file).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600, "the key file is private");
    let out = db
        .cmd()
        .env("BILLCTL_SECRETS_KEY", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
        .args(["webhook", "test", &ep])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("BILLCTL_SECRETS_KEY"), "{}", stderr(&out));
    assert_eq!(recv.count(), 0);
}

#[tokio::test]
async fn the_secret_is_printed_once_and_never_again() {
    let db = test_db().await;
    let recv = Receiver::start();
    let out = db.cmd().args(["webhook", "endpoint", "add", &recv.url, "--allow-private"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let shown = String::from_utf8_lossy(&out.stdout).to_string();
    let secret = shown.split_whitespace().find(|w| w.starts_with("whsec_")).expect("the secret on stdout").to_string();
    assert!(stderr(&out).contains("shown only this once"), "{}", stderr(&out));
    assert!(!stderr(&out).contains(&secret), "not on stderr");
    for args in [
        vec!["webhook", "endpoint", "list", "--format", "json"],
        vec!["webhook", "endpoint", "list", "--all", "--format", "csv"],
        vec!["audit", "list", "--format", "json"],
    ] {
        let out = db.cmd().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(!all.contains(&secret[6..]) && !all.contains("secret_sealed"), "{args:?} shows the secret:\n{all}");
    }
    let key = "S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2V5S2U=";
    let out = db.cmd().env("BILLCTL_SECRETS_KEY", key).args(["config", "show", "--format", "json"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains(key) && text.contains("secrets_key"), "{text}");
}
