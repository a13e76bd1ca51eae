//! The gateway layer: `StripeGateway` against the fake Stripe server, `SandboxGateway` through the same
//! scenarios, and webhook signatures. No database needed.

use std::time::Duration;

use billctl::domain::Currency;
use billctl::gateway::sandbox::SandboxGateway;
use billctl::gateway::stripe::{StripeConfig, StripeGateway};
use billctl::gateway::test_cards::{self, CardBehavior};
use billctl::gateway::webhook_sig::{self, SigError};
use billctl::gateway::{
    CardInfo, ChargeLookup, ChargeOutcome, ChargeRequest, CustomerInfo, GatewayError, PaymentGateway,
};

use crate::fake_stripe::{FakeStripe, Fault};

fn stripe_at(base_url: &str, timeout: Duration) -> StripeGateway {
    let config = StripeConfig { secret_key: "sk_test_billctl".into(), base_url: base_url.into(), timeout };
    StripeGateway::new(&config).unwrap()
}

async fn fake_and_stripe() -> (FakeStripe, StripeGateway) {
    let fake = FakeStripe::start().await;
    let gw = stripe_at(&fake.base_url, Duration::from_secs(5));
    (fake, gw)
}

fn usd() -> Currency {
    Currency::parse("USD").unwrap()
}

async fn customer(gw: &dyn PaymentGateway, account: &str) -> String {
    let info = CustomerInfo {
        account_id: account.into(),
        name: format!("Customer {account}"),
        email: Some(format!("{account}@example.com")),
        existing_customer_id: None,
    };
    gw.ensure_customer(&info).await.unwrap()
}

async fn customer_with_card(gw: &dyn PaymentGateway, account: &str, token: &str) -> (String, CardInfo) {
    let cus = customer(gw, account).await;
    let card = gw.attach_payment_method(&cus, token).await.unwrap();
    (cus, card)
}

fn charge_req(cus: &str, pm: &str, amount_minor: i64, attempt: &str) -> ChargeRequest {
    ChargeRequest {
        customer_id: cus.into(),
        payment_method_id: pm.into(),
        amount_minor,
        currency: usd(),
        idempotency_key: format!("key-{attempt}"),
        description: Some("Invoice INV-1".into()),
        invoice_id: "inv_1".into(),
        attempt_id: attempt.into(),
    }
}

fn lookup(cus: &str, attempt: &str) -> ChargeLookup {
    ChargeLookup { customer_id: cus.into(), attempt_id: attempt.into(), idempotency_key: format!("key-{attempt}") }
}

// ---------------------------------------------------------------------------------------------
// Scenarios run against both gateways

async fn every_test_card_gives_its_documented_outcome(gw: &dyn PaymentGateway) {
    for (i, card) in test_cards::CARDS.iter().enumerate() {
        let (cus, pm) = customer_with_card(gw, &format!("acct_{i}"), card.token).await;
        assert_eq!((pm.brand.as_str(), pm.last4.as_str()), (card.brand, card.last4), "{}", card.token);
        assert_eq!((pm.exp_month, pm.exp_year), (test_cards::EXP_MONTH, test_cards::EXP_YEAR));
        let outcome = gw.charge(&charge_req(&cus, &pm.id, 1999, &format!("att_{i}"))).await.unwrap();
        match (card.behavior, outcome) {
            (CardBehavior::Succeeds, ChargeOutcome::Succeeded { payment_id }) => assert!(!payment_id.is_empty()),
            (
                CardBehavior::Declines { decline_code, message, .. },
                ChargeOutcome::Declined { decline_code: got, message: m, hard },
            ) => {
                assert_eq!(got, decline_code, "{}", card.token);
                assert_eq!(m, message);
                assert_eq!(hard, billctl::gateway::is_hard_decline(decline_code));
            }
            (expected, got) => panic!("{}: expected {expected:?}, got {got:?}", card.token),
        }
    }
}

async fn the_same_idempotency_key_replays_the_first_result(gw: &dyn PaymentGateway) -> String {
    let (cus, pm) = customer_with_card(gw, "acct_idem", "pm_card_visa").await;
    let req = charge_req(&cus, &pm.id, 5000, "att_idem");
    let first = gw.charge(&req).await.unwrap();
    let second = gw.charge(&req).await.unwrap();
    assert!(matches!(first, ChargeOutcome::Succeeded { .. }));
    assert_eq!(first, second);
    let mut other = req.clone();
    other.amount_minor = 6000;
    assert!(matches!(gw.charge(&other).await, Err(GatewayError::Invalid(_))), "same key, other amount");
    "att_idem".into()
}

async fn refunds_can_be_full_or_partial(gw: &dyn PaymentGateway) {
    let (cus, pm) = customer_with_card(gw, "acct_refund", "pm_card_mastercard").await;
    let ChargeOutcome::Succeeded { payment_id } = gw.charge(&charge_req(&cus, &pm.id, 10_000, "att_r")).await.unwrap()
    else {
        panic!("charge should succeed")
    };
    let part = gw.refund(&payment_id, Some(2_500), "refund-1").await.unwrap();
    assert_eq!((part.amount_minor, part.status.as_str()), (2_500, "succeeded"));
    assert_eq!(gw.refund(&payment_id, Some(2_500), "refund-1").await.unwrap(), part, "replayed by key");
    assert!(matches!(gw.refund(&payment_id, Some(9_000), "refund-2").await, Err(GatewayError::Invalid(_))));
    let rest = gw.refund(&payment_id, None, "refund-3").await.unwrap();
    assert_eq!(rest.amount_minor, 7_500);
    assert_ne!(rest.id, part.id);
    assert!(matches!(gw.refund(&payment_id, None, "refund-4").await, Err(GatewayError::Invalid(_))));
}

async fn events_since_a_cursor_returns_only_newer_events(gw: &dyn PaymentGateway) {
    let (all, cursor) = gw.events_since(None).await.unwrap();
    assert!(all.is_empty() && cursor.is_none());
    let (cus, pm) = customer_with_card(gw, "acct_ev", "pm_card_visa").await;
    let (first, cursor) = gw.events_since(None).await.unwrap();
    let kinds: Vec<&str> = first.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["customer.created", "payment_method.attached"]);
    assert_eq!(first[0].object_id.as_deref(), Some(cus.as_str()));
    assert_eq!(cursor.as_deref(), Some(first[1].id.as_str()));

    let outcome = gw.charge(&charge_req(&cus, &pm.id, 700, "att_ev")).await.unwrap();
    let ChargeOutcome::Succeeded { payment_id } = outcome else { panic!("{outcome:?}") };
    let (newer, cursor2) = gw.events_since(cursor.clone()).await.unwrap();
    assert_eq!(newer.len(), 1, "{newer:?}");
    assert_eq!(newer[0].kind, "payment_intent.succeeded");
    assert_eq!(newer[0].object_id.as_deref(), Some(payment_id.as_str()));
    assert_eq!(newer[0].status.as_deref(), Some("succeeded"));
    assert!(newer[0].created >= first[1].created);

    let (none, cursor3) = gw.events_since(cursor2.clone()).await.unwrap();
    assert!(none.is_empty());
    assert_eq!(cursor3, cursor2, "the cursor stays when nothing is new");
}

async fn many_events_are_paged_in_order(gw: &dyn PaymentGateway) {
    let (_, cursor) = gw.events_since(None).await.unwrap();
    for i in 0..130 {
        customer(gw, &format!("acct_page_{i}")).await;
    }
    let (events, _) = gw.events_since(cursor).await.unwrap();
    assert_eq!(events.len(), 130);
    assert!(events.windows(2).all(|w| w[0].created <= w[1].created), "oldest first");
    let (all, _) = gw.events_since(None).await.unwrap();
    assert_eq!(all.len(), 130);
    assert_eq!(all, events);
}

async fn customers_cards_and_defaults(gw: &dyn PaymentGateway) {
    let cus = customer(gw, "acct_cards").await;
    let info = CustomerInfo {
        account_id: "acct_cards".into(),
        name: "Renamed".into(),
        email: None,
        existing_customer_id: Some(cus.clone()),
    };
    assert_eq!(gw.ensure_customer(&info).await.unwrap(), cus, "update keeps the id");
    let visa = gw.attach_payment_method(&cus, "pm_card_visa").await.unwrap();
    let amex = gw.attach_payment_method(&cus, "pm_card_amex").await.unwrap();
    let listed = gw.list_payment_methods(&cus).await.unwrap();
    assert_eq!(listed, vec![amex.clone(), visa.clone()], "newest first");
    gw.set_default_payment_method(&cus, &visa.id).await.unwrap();
    assert!(matches!(gw.set_default_payment_method(&cus, "pm_unknown").await, Err(GatewayError::Invalid(_))));
    assert!(matches!(gw.attach_payment_method(&cus, "pm_card_bogus").await, Err(GatewayError::Invalid(_))));
    assert!(gw.list_payment_methods("cus_other").await.unwrap().is_empty());
}

async fn an_unknown_attempt_is_not_found(gw: &dyn PaymentGateway) {
    let (cus, pm) = customer_with_card(gw, "acct_find", "pm_card_chargeDeclinedInsufficientFunds").await;
    assert_eq!(gw.find_charge(&lookup(&cus, "att_never")).await.unwrap(), None);
    gw.charge(&charge_req(&cus, &pm.id, 100, "att_declined")).await.unwrap();
    let found = gw.find_charge(&lookup(&cus, "att_declined")).await.unwrap();
    assert!(
        matches!(found, Some(ChargeOutcome::Declined { ref decline_code, hard: false, .. }) if decline_code == "insufficient_funds"),
        "{found:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Stripe against the fake

#[tokio::test]
async fn stripe_every_test_card_gives_its_documented_outcome() {
    let (fake, gw) = fake_and_stripe().await;
    every_test_card_gives_its_documented_outcome(&gw).await;
    assert_eq!(fake.successful_charges_for_attempt("att_0"), 1);
    assert_eq!(fake.successful_charges_for_attempt("att_3"), 0, "declined");
}

#[tokio::test]
async fn stripe_idempotent_replay_charges_once() {
    let (fake, gw) = fake_and_stripe().await;
    let attempt = the_same_idempotency_key_replays_the_first_result(&gw).await;
    assert_eq!(fake.successful_charges_for_attempt(&attempt), 1);
}

#[tokio::test]
async fn stripe_refunds_full_and_partial() {
    let (_fake, gw) = fake_and_stripe().await;
    refunds_can_be_full_or_partial(&gw).await;
}

#[tokio::test]
async fn stripe_events_since_cursor() {
    let (_fake, gw) = fake_and_stripe().await;
    events_since_a_cursor_returns_only_newer_events(&gw).await;
}

#[tokio::test]
async fn stripe_events_are_paged() {
    let (_fake, gw) = fake_and_stripe().await;
    many_events_are_paged_in_order(&gw).await;
}

#[tokio::test]
async fn stripe_customers_cards_and_defaults() {
    let (fake, gw) = fake_and_stripe().await;
    customers_cards_and_defaults(&gw).await;
    assert_eq!(fake.posts_without_idempotency_key(), 0, "every POST carries an Idempotency-Key");
    assert_eq!((gw.name(), gw.is_sandbox(), gw.label()), ("stripe", false, "stripe"));
}

#[tokio::test]
async fn stripe_find_charge_of_unknown_and_declined_attempts() {
    let (_fake, gw) = fake_and_stripe().await;
    an_unknown_attempt_is_not_found(&gw).await;
}

#[tokio::test]
async fn stripe_429_is_rate_limited_with_retry_after() {
    let (fake, gw) = fake_and_stripe().await;
    let (cus, pm) = customer_with_card(&gw, "acct_429", "pm_card_visa").await;
    fake.inject(Fault::RateLimit { retry_after_secs: 2 }, 1);
    let req = charge_req(&cus, &pm.id, 1200, "att_429");
    let err = gw.charge(&req).await.unwrap_err();
    assert_eq!(err, GatewayError::RateLimited { retry_after: Some(Duration::from_secs(2)) });
    assert!(err.is_retryable());
    assert_eq!((fake.served_429(), fake.successful_charges_for_attempt("att_429")), (1, 0));
    assert!(matches!(gw.charge(&req).await.unwrap(), ChargeOutcome::Succeeded { .. }), "retry goes through");
}

#[tokio::test]
async fn stripe_500_is_transient() {
    let (fake, gw) = fake_and_stripe().await;
    let (cus, pm) = customer_with_card(&gw, "acct_500", "pm_card_visa").await;
    fake.inject(Fault::ServerError, 1);
    let err = gw.charge(&charge_req(&cus, &pm.id, 1200, "att_500")).await.unwrap_err();
    assert!(matches!(err, GatewayError::Transient(ref m) if m.contains("500")), "{err:?}");
    fake.inject(Fault::ServerError, 1);
    assert!(matches!(gw.list_payment_methods(&cus).await, Err(GatewayError::Transient(_))));
}

#[tokio::test]
async fn stripe_timeout_is_uncertain_and_find_charge_resolves_it() {
    let fake = FakeStripe::start().await;
    let gw = stripe_at(&fake.base_url, Duration::from_millis(300));
    let (cus, pm) = customer_with_card(&gw, "acct_slow", "pm_card_visa").await;
    fake.inject(Fault::Delay(Duration::from_millis(800)), 1);
    let err = gw.charge(&charge_req(&cus, &pm.id, 1200, "att_slow")).await.unwrap_err();
    assert!(matches!(err, GatewayError::Uncertain(_)), "{err:?}");
    // A GET that times out was not processed: transient, not uncertain.
    fake.inject(Fault::Delay(Duration::from_millis(800)), 1);
    assert!(matches!(gw.list_payment_methods(&cus).await, Err(GatewayError::Transient(_))));
    tokio::time::sleep(Duration::from_millis(700)).await;
    let found = gw.find_charge(&lookup(&cus, "att_slow")).await.unwrap();
    assert!(matches!(found, Some(ChargeOutcome::Succeeded { .. })), "{found:?}");
    assert_eq!(fake.successful_charges_for_attempt("att_slow"), 1);
}

#[tokio::test]
async fn stripe_response_lost_after_success_is_found_without_a_second_charge() {
    let (fake, gw) = fake_and_stripe().await;
    let (cus, pm) = customer_with_card(&gw, "acct_lost", "pm_card_visa").await;
    fake.inject(Fault::DropAfterProcessing, 1);
    let req = charge_req(&cus, &pm.id, 4200, "att_lost");
    let err = gw.charge(&req).await.unwrap_err();
    assert!(matches!(err, GatewayError::Uncertain(_)), "{err:?}");
    let found = gw.find_charge(&lookup(&cus, "att_lost")).await.unwrap();
    let Some(ChargeOutcome::Succeeded { payment_id }) = found else { panic!("{found:?}") };
    assert_eq!(fake.successful_charges_for_attempt("att_lost"), 1);
    // Even a blind retry with the same key replays the charge instead of making another.
    assert_eq!(gw.charge(&req).await.unwrap(), ChargeOutcome::Succeeded { payment_id });
    assert_eq!(fake.successful_charges_for_customer(&cus), 1);
}

#[tokio::test]
async fn stripe_connection_refused_is_transient() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let gw = stripe_at(&format!("http://127.0.0.1:{port}"), Duration::from_secs(2));
    let err = gw.charge(&charge_req("cus_x", "pm_x", 100, "att_refused")).await.unwrap_err();
    assert!(matches!(err, GatewayError::Transient(ref m) if m.contains("not sent")), "{err:?}");
}

#[tokio::test]
async fn stripe_a_revoked_key_is_an_auth_error() {
    let fake = FakeStripe::start().await;
    let config = StripeConfig {
        secret_key: "sk_test_revoked".into(),
        base_url: fake.base_url.clone(),
        timeout: Duration::from_secs(2),
    };
    let gw = StripeGateway::new(&config).unwrap();
    let err = gw.list_payment_methods("cus_x").await.unwrap_err();
    assert!(matches!(err, GatewayError::Auth(_)), "{err:?}");
    assert!(!err.is_retryable());
}

#[tokio::test]
async fn stripe_zero_decimal_currencies_are_sent_as_is() {
    let (fake, gw) = fake_and_stripe().await;
    let (cus, pm) = customer_with_card(&gw, "acct_jpy", "pm_card_visa").await;
    let mut req = charge_req(&cus, &pm.id, 500, "att_jpy");
    req.currency = Currency::parse("JPY").unwrap();
    let ChargeOutcome::Succeeded { payment_id } = gw.charge(&req).await.unwrap() else { panic!("should succeed") };
    let pi = fake.payment_intent(&payment_id).unwrap();
    assert_eq!((pi["amount"].as_i64(), pi["currency"].as_str()), (Some(500), Some("jpy")));
    assert_eq!(pi["metadata"]["attempt_id"], "att_jpy");
}

#[tokio::test]
async fn stripe_concurrent_charges_are_counted_by_the_fake() {
    let (fake, gw) = fake_and_stripe().await;
    let (cus, pm) = customer_with_card(&gw, "acct_conc", "pm_card_visa").await;
    fake.set_latency(Duration::from_millis(20));
    let reqs: Vec<ChargeRequest> = (0..8).map(|i| charge_req(&cus, &pm.id, 100 + i, &format!("att_c{i}"))).collect();
    let outcomes = futures::future::join_all(reqs.iter().map(|r| gw.charge(r))).await;
    assert!(outcomes.iter().all(|o| matches!(o, Ok(ChargeOutcome::Succeeded { .. }))));
    assert_eq!(fake.successful_charges_for_customer(&cus), 8);
    assert!(fake.max_concurrent() > 1, "requests overlapped: {}", fake.max_concurrent());
    assert!(fake.requests() >= 10 && fake.requests_per_second() > 0.0);
}

#[test]
fn stripe_unmodified_example_objects_deserialize_with_async_stripe() {
    fn check<T: miniserde::Deserialize>(kind: &str) {
        let json = crate::fake_stripe::example(kind).to_string();
        if let Err(e) = miniserde::json::from_str::<T>(&json) {
            panic!("Stripe's example {kind} does not deserialize: {e:?}");
        }
    }
    check::<stripe_shared::Customer>("customer");
    check::<stripe_shared::PaymentIntent>("payment_intent");
    check::<stripe_shared::PaymentMethod>("payment_method");
    check::<stripe_shared::Refund>("refund");
    check::<stripe_shared::Event>("event");
}

// ---------------------------------------------------------------------------------------------
// Sandbox

#[tokio::test]
async fn sandbox_every_test_card_gives_its_documented_outcome() {
    every_test_card_gives_its_documented_outcome(&SandboxGateway::new()).await;
}

#[tokio::test]
async fn sandbox_idempotent_replay_charges_once() {
    let gw = SandboxGateway::new();
    let attempt = the_same_idempotency_key_replays_the_first_result(&gw).await;
    assert_eq!(gw.successful_charges_for_attempt(&attempt), 1);
}

#[tokio::test]
async fn sandbox_refunds_full_and_partial() {
    refunds_can_be_full_or_partial(&SandboxGateway::new()).await;
}

#[tokio::test]
async fn sandbox_events_since_cursor() {
    events_since_a_cursor_returns_only_newer_events(&SandboxGateway::new()).await;
}

#[tokio::test]
async fn sandbox_events_are_paged() {
    many_events_are_paged_in_order(&SandboxGateway::new()).await;
}

#[tokio::test]
async fn sandbox_customers_cards_and_defaults() {
    let gw = SandboxGateway::new();
    customers_cards_and_defaults(&gw).await;
    assert_eq!((gw.name(), gw.is_sandbox(), gw.label()), ("sandbox", true, "sandbox (simulated)"));
}

#[tokio::test]
async fn sandbox_find_charge_of_unknown_and_declined_attempts() {
    an_unknown_attempt_is_not_found(&SandboxGateway::new()).await;
}

#[tokio::test]
async fn sandbox_ids_are_deterministic() {
    let (a, b) = (SandboxGateway::new(), SandboxGateway::new());
    for gw in [&a, &b] {
        customer_with_card(gw, "acct_det", "pm_card_visa").await;
    }
    assert_eq!(
        a.list_payment_methods("cus_sbx_000001").await.unwrap(),
        b.list_payment_methods("cus_sbx_000001").await.unwrap()
    );
    assert_eq!(a.list_payment_methods("cus_sbx_000001").await.unwrap()[0].id, "pm_sbx_000003");
}

// ---------------------------------------------------------------------------------------------
// Webhook signatures

const SECRET: &str = "whsec_test_secret";
const PAYLOAD: &[u8] = br#"{"id":"evt_1","type":"invoice.paid"}"#;
const T: i64 = 1_767_225_600;

#[test]
fn gateway_webhook_signature_round_trips() {
    let header = webhook_sig::sign(PAYLOAD, SECRET, T);
    assert!(header.starts_with(&format!("t={T},v1=")));
    assert_eq!(webhook_sig::verify(PAYLOAD, &header, SECRET, 300, T + 10), Ok(()));
}

#[test]
fn gateway_webhook_signature_matches_a_known_vector() {
    // HMAC-SHA256("whsec_test_secret", "1767225600.{payload}") computed independently (python hmac).
    let header = webhook_sig::sign(PAYLOAD, SECRET, T);
    assert_eq!(header, format!("t={T},v1={}", KNOWN_V1));
}

const KNOWN_V1: &str = "4bdb5c9d159e353341cd503699ef7836d66ab07344a66bb2fa07de092c7a7d5d";

#[test]
fn gateway_webhook_tampered_payload_is_rejected() {
    let header = webhook_sig::sign(PAYLOAD, SECRET, T);
    let tampered = br#"{"id":"evt_1","type":"invoice.void"}"#;
    assert_eq!(webhook_sig::verify(tampered, &header, SECRET, 300, T), Err(SigError::Mismatch));
}

#[test]
fn gateway_webhook_wrong_secret_is_rejected() {
    let header = webhook_sig::sign(PAYLOAD, "whsec_other", T);
    assert_eq!(webhook_sig::verify(PAYLOAD, &header, SECRET, 300, T), Err(SigError::Mismatch));
}

#[test]
fn gateway_webhook_outside_tolerance_is_rejected_both_ways() {
    let header = webhook_sig::sign(PAYLOAD, SECRET, T);
    assert_eq!(
        webhook_sig::verify(PAYLOAD, &header, SECRET, 300, T + 301),
        Err(SigError::OutsideTolerance { age_secs: 301, tolerance_secs: 300 })
    );
    assert!(matches!(
        webhook_sig::verify(PAYLOAD, &header, SECRET, 300, T - 301),
        Err(SigError::OutsideTolerance { .. })
    ));
    assert_eq!(webhook_sig::verify(PAYLOAD, &header, SECRET, 300, T + 300), Ok(()));
}

#[test]
fn gateway_webhook_any_of_several_v1_signatures_may_match() {
    let good = webhook_sig::sign(PAYLOAD, SECRET, T);
    let good_v1 = good.split_once(",v1=").unwrap().1;
    let bad_v1 = "00".repeat(32);
    let header = format!("t={T},v1={bad_v1},v0=ignored,v1={good_v1}");
    assert_eq!(webhook_sig::verify(PAYLOAD, &header, SECRET, 300, T), Ok(()));
    let only_bad = format!("t={T},v1={bad_v1},v1=nothex");
    assert_eq!(webhook_sig::verify(PAYLOAD, &only_bad, SECRET, 300, T), Err(SigError::Mismatch));
}

#[test]
fn gateway_webhook_malformed_headers_are_rejected() {
    assert!(matches!(webhook_sig::verify(PAYLOAD, "garbage", SECRET, 300, T), Err(SigError::Malformed(_))));
    assert!(matches!(webhook_sig::verify(PAYLOAD, "v1=abcd", SECRET, 300, T), Err(SigError::Malformed(_))));
    assert!(matches!(webhook_sig::verify(PAYLOAD, "t=abc,v1=abcd", SECRET, 300, T), Err(SigError::Malformed(_))));
    assert_eq!(webhook_sig::verify(PAYLOAD, &format!("t={T},v0=abcd"), SECRET, 300, T), Err(SigError::NoSignature));
}
