//! E-mail end to end: billctl sends over real SMTP to the sink on 127.0.0.1 (tests/it/smtp_sink.rs),
//! which records what arrived; the tests read the messages.

use std::process::Output;

use serde_json::Value;

use crate::fixtures::{account, plan, scalar, subscribe};
use crate::harness::{TestDb, test_db};
use crate::smtp_sink::{Mode, Received, Sink};

const FROM: &str = "Acme Billing <billing@acme.test>";
const SMTP_USER: &str = "mailer";
const SMTP_PASSWORD: &str = "smtp-pw-8472";

/// billctl at `now` with e-mail configured to the sink (authenticating as the test credential).
fn mail(db: &TestDb, sink: &Sink, now: &str) -> assert_cmd::Command {
    let mut c = db.cmd();
    c.env("BILLCTL_SMTP_URL", sink.url(Some((SMTP_USER, SMTP_PASSWORD))))
        .env("BILLCTL_EMAIL_FROM", FROM)
        .env("BILLCTL_COMPANY_NAME", "Acme Ltd")
        .env("BILLCTL_NOW", now)
        // What is sent, and when, is up to each test's `notify deliver` (the command's own attempt
        // right after its commit is tested on its own below).
        .env("BILLCTL_DELIVER_AFTER_COMMIT", "false");
    c
}

fn run(mut c: assert_cmd::Command, args: &[&str]) -> Output {
    c.args(args).output().unwrap()
}

fn ok(out: &Output, what: &str) -> String {
    assert!(out.status.success(), "{what} failed ({}):\n{}", out.status, String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).to_string()
}

/// `notify deliver --channel email` as JSON (the summary) and its exit code.
fn deliver(db: &TestDb, sink: &Sink, now: &str) -> (Value, Option<i32>) {
    let out = run(mail(db, sink, now), &["notify", "deliver", "--channel", "email", "--format", "json"]);
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("deliver printed no JSON ({e}):\n{}", stderr(&out)));
    (v, out.status.code())
}

fn deliveries(db: &TestDb, sink: &Sink, status: &str) -> Vec<Value> {
    let out = run(
        mail(db, sink, "2026-03-01"),
        &["notify", "list", "--channel", "email", "--status", status, "--format", "json"],
    );
    serde_json::from_str::<Value>(&ok(&out, "notify list")).unwrap().as_array().unwrap().clone()
}

/// A plan priced in JPY (no decimals) and KWD (three), and one account per currency on it,
/// invoiced on 2026-03-01 with e-mail configured (the invoice e-mails are queued, not yet sent
/// unless billctl sends right after the run).
fn two_accounts_invoiced(db: &TestDb, sink: &Sink) -> (String, String) {
    plan(db, "basic", &["--price", "JPY:1500", "--price", "KWD:12.345"]);
    let jpy = account(db, "JPY", &["--name", "Ada Tanaka", "--email", "ada@example.com"]);
    let kwd = account(db, "KWD", &["--name", "Karim", "--email", "karim@example.com"]);
    subscribe(db, &jpy, "basic", "2026-03-01", &[]);
    subscribe(db, &kwd, "basic", "2026-03-01", &[]);
    ok(&run(mail(db, sink, "2026-03-01T12:00:00Z"), &["invoice", "run", "--format", "json"]), "invoice run");
    (jpy, kwd)
}

fn to(messages: &[Received], addr: &str) -> Received {
    messages
        .iter()
        .find(|m| m.rcpt_to.first().map(String::as_str) == Some(addr))
        .unwrap_or_else(|| panic!("no message to {addr}: {messages:#?}"))
        .clone()
}

async fn event_id(db: &TestDb, kind: &str, account: &str) -> String {
    sqlx::query_scalar("SELECT id FROM events WHERE type = $1 AND account_id = $2")
        .bind(kind)
        .bind(account)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_invoice_run_mails_each_invoice_to_the_account_and_its_billing_contact() {
    let db = test_db().await;
    let sink = Sink::start();
    sink.require_auth(SMTP_USER, SMTP_PASSWORD);
    plan(&db, "basic", &["--price", "JPY:1500", "--price", "KWD:12.345"]);
    let jpy = account(&db, "JPY", &["--name", "Ada Tanaka", "--email", "ada@example.com"]);
    db.json(&["account", "update", &jpy, "--billing-email", "ap@tanaka.example"]);
    let kwd = account(&db, "KWD", &["--name", "Karim", "--email", "karim@example.com"]);
    subscribe(&db, &jpy, "basic", "2026-03-01", &[]);
    subscribe(&db, &kwd, "basic", "2026-03-01", &[]);
    ok(&run(mail(&db, &sink, "2026-03-01T12:00:00Z"), &["invoice", "run", "--format", "json"]), "invoice run");
    deliver(&db, &sink, "2026-03-01T12:00:00Z");

    let messages = sink.messages();
    assert_eq!(messages.len(), 2, "one e-mail per invoice: {messages:#?}");
    let m = to(&messages, "ada@example.com");
    assert_eq!(m.rcpt_to, vec!["ada@example.com", "ap@tanaka.example"], "the billing contact gets it too");
    assert_eq!(m.mail_from, "billing@acme.test");
    assert_eq!(m.auth_user.as_deref(), Some(SMTP_USER), "billctl authenticated with the URL's credential");
    assert!(m.header("To").unwrap().contains("ada@example.com"));
    assert!(m.header("Cc").unwrap().contains("ap@tanaka.example"));
    assert!(m.header("From").unwrap().contains("billing@acme.test"));
    let number: String = sqlx::query_scalar("SELECT number FROM invoices WHERE account_id = $1")
        .bind(&jpy)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let subject = m.header("Subject").unwrap();
    assert_eq!(subject, format!("Invoice {number} from Acme Ltd: 1500 JPY due 2026-03-15"));
    assert!(m.header("Content-Type").unwrap().starts_with("multipart/alternative"), "{}", m.data);
    let text = m.part("text/plain").expect("a text part");
    assert!(text.contains("Hello Ada Tanaka,") && text.contains("Amount due: 1500 JPY"), "{text}");
    let html = m.part("text/html").expect("an HTML part");
    assert!(html.contains("<strong>1500 JPY</strong>") && html.contains(&number), "{html}");
    let evt = event_id(&db, "invoice.finalized", &jpy).await;
    assert_eq!(m.header("Message-ID").unwrap(), format!("<{evt}.invoice_issued@acme.test>"));

    let k = to(&messages, "karim@example.com");
    assert_eq!(k.rcpt_to, vec!["karim@example.com"], "no billing contact, no Cc");
    assert!(k.part("text/plain").unwrap().contains("Amount due: 12.345 KWD"), "{}", k.data);
    assert!(k.header("Subject").unwrap().contains("12.345 KWD"));

    assert_eq!(deliveries(&db, &sink, "sent").len(), 2);
    // Re-running the run and the delivery sends nothing twice.
    ok(&run(mail(&db, &sink, "2026-03-01T12:00:00Z"), &["invoice", "run", "--format", "json"]), "invoice run again");
    let (summary, code) = deliver(&db, &sink, "2026-03-02T12:00:00Z");
    assert_eq!((summary["attempted"].as_u64(), code), (Some(0), Some(0)), "{summary}");
    assert_eq!(sink.count(), 2);
    let _ = kwd;
}

#[tokio::test]
async fn a_temporary_refusal_is_retried_later_and_sent_once() {
    let db = test_db().await;
    let sink = Sink::start();
    sink.set_mode(Mode::Temporary);
    let (jpy, kwd) = two_accounts_invoiced(&db, &sink);
    let (summary, code) = deliver(&db, &sink, "2026-03-01T12:00:00Z");
    // (A command that sends right after its commit may have made this first attempt already.)
    if summary["attempted"] != 0 {
        assert_eq!(code, Some(6), "some attempts failed: {summary}");
    }
    assert_eq!(sink.count(), 0);
    assert!(sink.refused() >= 2);
    let pending = deliveries(&db, &sink, "pending");
    assert_eq!(pending.len(), 2, "{pending:#?}");
    for d in &pending {
        assert_eq!(d["attempts"], 1);
        assert!(d["last_error"].as_str().unwrap().contains("451"), "{d}");
    }
    // Not due again yet: nothing is attempted.
    let (summary, _) = deliver(&db, &sink, "2026-03-01T12:00:30Z");
    assert_eq!(summary["attempted"], 0, "{summary}");
    // The relay recovers; after the first backoff step (1 min) both go, once.
    sink.set_mode(Mode::Accept);
    let (summary, code) = deliver(&db, &sink, "2026-03-01T12:02:00Z");
    assert_eq!((summary["sent"].as_u64(), code), (Some(2), Some(0)), "{summary}");
    deliver(&db, &sink, "2026-03-02T12:00:00Z");
    let messages = sink.messages();
    assert_eq!(messages.len(), 2);
    to(&messages, "ada@example.com");
    to(&messages, "karim@example.com");
    let sent = deliveries(&db, &sink, "sent");
    assert!(sent.iter().all(|d| d["attempts"] == 2), "{sent:#?}");
    let _ = (jpy, kwd);
}

#[tokio::test]
async fn a_permanent_refusal_fails_at_once_and_notify_list_says_why() {
    let db = test_db().await;
    let sink = Sink::start();
    sink.set_mode(Mode::Permanent);
    two_accounts_invoiced(&db, &sink);
    let (summary, code) = deliver(&db, &sink, "2026-03-01T12:00:00Z");
    if summary["attempted"] != 0 {
        assert_eq!((summary["failed"].as_u64(), code), (Some(2), Some(6)), "{summary}");
    }
    let failed = deliveries(&db, &sink, "failed");
    assert_eq!(failed.len(), 2);
    for d in &failed {
        let why = d["last_error"].as_str().unwrap();
        assert!(why.contains("550") && why.contains("mailbox unavailable"), "{d}");
    }
    // Failed is final: a later pass with the relay accepting sends nothing.
    sink.set_mode(Mode::Accept);
    let (summary, _) = deliver(&db, &sink, "2026-03-05T12:00:00Z");
    assert_eq!(summary["attempted"], 0);
    assert_eq!(sink.count(), 0);
    // The table form shows the reason too.
    let out = run(mail(&db, &sink, "2026-03-05"), &["notify", "list", "--status", "failed"]);
    assert!(ok(&out, "notify list").contains("550"));
}

/// Queues a `dunning.remind` event and its reminder e-mail for `account` as the dunning tick does.
async fn queue_reminder(db: &TestDb, account: &str, n: u32) -> String {
    let id = format!("evt_remind_{n}");
    sqlx::query(
        "INSERT INTO events (id, type, account_id, dedupe_key, data, occurred_at)
         VALUES ($1, 'dunning.remind', $2, $1, '{\"step\": 1}', '2026-03-18T08:00:00Z')",
    )
    .bind(&id)
    .bind(account)
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO deliveries (event_id, account_id, channel, target, next_attempt_at, created_at)
         VALUES ($1, $2, 'email', 'reminder', '2026-03-18T08:00:00Z', '2026-03-18T08:00:00Z')",
    )
    .bind(&id)
    .bind(account)
    .execute(&db.pool)
    .await
    .unwrap();
    id
}

#[tokio::test]
async fn a_reminder_queued_before_the_account_opted_out_is_not_sent() {
    let db = test_db().await;
    let sink = Sink::start();
    let (jpy, kwd) = two_accounts_invoiced(&db, &sink);
    deliver(&db, &sink, "2026-03-01T12:00:00Z");
    assert_eq!(sink.count(), 2);
    queue_reminder(&db, &jpy, 1).await;
    queue_reminder(&db, &kwd, 2).await;
    let shown = db.json(&["account", "update", &jpy, "--no-reminders"]);
    assert_eq!(shown["email_reminders"], false);

    let (summary, code) = deliver(&db, &sink, "2026-03-18T09:00:00Z");
    assert_eq!((summary["sent"].as_u64(), summary["failed"].as_u64(), code), (Some(1), Some(1), Some(6)));
    let messages = sink.messages();
    assert_eq!(messages.len(), 3);
    assert!(messages.iter().all(|m| m.rcpt_to[0] != "ada@example.com" || !m.data.contains("reminder")));
    let r = &messages[2];
    assert_eq!(r.rcpt_to, vec!["karim@example.com"], "only the account that wants reminders gets one");
    let text = r.part("text/plain").unwrap();
    assert!(r.header("Subject").unwrap().starts_with("Reminder: invoice INV-"), "{}", r.data);
    assert!(text.contains("was due on 2026-03-15 and 12.345 KWD is still open"), "{text}");
    assert!(text.contains("Your overdue balance: 12.345 KWD."), "{text}");
    let failed = deliveries(&db, &sink, "failed");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["account_id"], jpy.as_str());
    assert_eq!(failed[0]["last_error"], "reminders turned off");

    // Turning them back on sends the next one.
    db.json(&["account", "update", &jpy, "--reminders"]);
    queue_reminder(&db, &jpy, 3).await;
    deliver(&db, &sink, "2026-03-18T09:05:00Z");
    assert_eq!(sink.count(), 4);
    assert_eq!(sink.messages()[3].rcpt_to, vec!["ada@example.com"]);
}

fn write(path: &std::path::Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[tokio::test]
async fn an_override_directory_changes_the_text_without_a_rebuild() {
    let db = test_db().await;
    let sink = Sink::start();
    let (jpy, _) = two_accounts_invoiced(&db, &sink);
    let dir = tempfile::tempdir().unwrap();
    let preview = |db: &TestDb| {
        let mut c = mail(db, &sink, "2026-03-01T12:00:00Z");
        c.env("BILLCTL_TEMPLATES_DIR", dir.path());
        ok(&run(c, &["notify", "preview", "invoice_issued", "--account", &jpy]), "preview")
    };
    assert!(preview(&db).contains("has been issued"), "the shipped text first");
    write(
        &dir.path().join("email/en/invoice_issued.txt"),
        "Subject: Your Acme bill {{ invoice_number }}\nPlease pay {{ amount_due }} by {{ due_date }}.\n",
    );
    let shown = preview(&db);
    assert!(
        shown.contains("Subject: Your Acme bill INV-") && shown.contains("Please pay 1500 JPY by 2026-03-15."),
        "{shown}"
    );
    let mut c = mail(&db, &sink, "2026-03-01T12:00:00Z");
    c.env("BILLCTL_TEMPLATES_DIR", dir.path());
    ok(&run(c, &["notify", "deliver"]), "deliver");
    let m = to(&sink.messages(), "ada@example.com");
    assert!(m.header("Subject").unwrap().starts_with("Your Acme bill INV-"));
    assert!(m.part("text/plain").unwrap().contains("Please pay 1500 JPY by 2026-03-15."), "{}", m.data);
    assert!(m.part("text/html").is_none(), "an override without an HTML twin sends text only:\n{}", m.data);
}

#[tokio::test]
async fn an_account_in_german_gets_the_german_template_and_the_others_english() {
    let db = test_db().await;
    let sink = Sink::start();
    plan(&db, "basic", &["--price", "EUR:19.99"]);
    let de = account(&db, "EUR", &["--name", "Greta", "--email", "greta@example.com"]);
    let at = account(&db, "EUR", &["--name", "Sepp", "--email", "sepp@example.com"]);
    let en = account(&db, "EUR", &["--name", "Ann", "--email", "ann@example.com"]);
    assert_eq!(db.json(&["account", "update", &de, "--locale", "de"])["locale"], "de");
    assert_eq!(db.json(&["account", "update", &at, "--locale", "de_at"])["locale"], "de-AT");
    for a in [&de, &at, &en] {
        subscribe(&db, a, "basic", "2026-03-01", &[]);
    }
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("email/de/invoice_issued.txt"),
        "Subject: Rechnung {{ invoice_number }}: {{ amount_due }}\nHallo {{ account.name }}, bitte zahlen Sie {{ amount_due }} bis {{ due_date }}.\n",
    );
    write(
        &dir.path().join("email/de/invoice_issued.html"),
        "<p>Hallo {{ account.name }}, Betrag: <b>{{ amount_due }}</b></p>\n",
    );
    for (now, args) in
        [("2026-03-01T12:00:00Z", &["invoice", "run"][..]), ("2026-03-01T12:00:00Z", &["notify", "deliver"][..])]
    {
        let mut c = mail(&db, &sink, now);
        c.env("BILLCTL_TEMPLATES_DIR", dir.path());
        ok(&run(c, args), args[0]);
    }
    let messages = sink.messages();
    assert_eq!(messages.len(), 3);
    for addr in ["greta@example.com", "sepp@example.com"] {
        let m = to(&messages, addr);
        assert!(m.header("Subject").unwrap().starts_with("Rechnung INV-"), "{addr}: {}", m.data);
        assert!(m.part("text/plain").unwrap().contains("bitte zahlen Sie 19.99 EUR bis 2026-03-15."));
        assert!(m.part("text/html").unwrap().contains("Betrag: <b>19.99 EUR</b>"));
    }
    let m = to(&messages, "ann@example.com");
    assert!(m.header("Subject").unwrap().starts_with("Invoice INV-"), "{}", m.data);
    assert!(m.part("text/plain").unwrap().contains("Amount due: 19.99 EUR"));
}

#[tokio::test]
async fn a_template_with_a_syntax_error_names_the_file_and_line() {
    let db = test_db().await;
    let sink = Sink::start();
    let (jpy, _) = two_accounts_invoiced(&db, &sink);
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("email/en/invoice_issued.txt");
    write(&broken, "Subject: Invoice {{ invoice_number }}\nHello,\n\nplease pay {{ amount_due }\n");
    let with_dir = |now: &str| {
        let mut c = mail(&db, &sink, now);
        c.env("BILLCTL_TEMPLATES_DIR", dir.path());
        c
    };
    let out = run(with_dir("2026-03-01T12:00:00Z"), &["notify", "preview", "invoice_issued", "--account", &jpy]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("email/en/invoice_issued.txt line 4") && err.contains("syntax error"), "{err}");
    // Delivering with it fails those e-mails for good, with the same message; nothing is sent.
    let out = run(with_dir("2026-03-01T12:00:00Z"), &["notify", "deliver", "--format", "json"]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert_eq!(sink.count(), 0);
    let failed = deliveries(&db, &sink, "failed");
    assert_eq!(failed.len(), 2);
    assert!(failed[0]["last_error"].as_str().unwrap().contains("invoice_issued.txt line 4"), "{failed:#?}");
}

#[tokio::test]
async fn preview_prints_the_e_mail_and_sends_nothing() {
    let db = test_db().await;
    let sink = Sink::start();
    let (jpy, _) = two_accounts_invoiced(&db, &sink);
    // If the run sent right after its commit, start from what is still pending.
    let before = sink.count();
    let out = run(
        mail(&db, &sink, "2026-03-01T12:00:00Z"),
        &["notify", "preview", "invoice_issued", "--account", &jpy, "--html"],
    );
    let shown = ok(&out, "preview");
    assert!(shown.contains("To: ada@example.com"), "{shown}");
    assert!(shown.contains("Subject: Invoice INV-") && shown.contains("1500 JPY due 2026-03-15"), "{shown}");
    assert!(
        shown.contains("Amount due: 1500 JPY")
            && shown.contains("--- HTML ---")
            && shown.contains("<strong>1500 JPY</strong>")
    );
    assert!(stderr(&out).contains("nothing was sent"));
    let json = run(
        mail(&db, &sink, "2026-03-01T12:00:00Z"),
        &["notify", "preview", "payment_receipt", "--account", &jpy, "--format", "json"],
    );
    let v: Value = serde_json::from_str(&ok(&json, "preview json")).unwrap();
    assert!(v["html"].is_null(), "HTML only with --html");
    assert!(v["subject"].as_str().unwrap().starts_with("Receipt:"), "{v}");
    // An account without any event or invoice gets sample values.
    let fresh = account(&db, "EUR", &["--email", "new@example.com"]);
    let sample = run(mail(&db, &sink, "2026-03-01T12:00:00Z"), &["notify", "preview", "reminder", "--account", &fresh]);
    assert!(ok(&sample, "sample preview").contains("INV-SAMPLE-000001"));
    assert!(stderr(&sample).contains("sample values"));
    let bad = run(mail(&db, &sink, "2026-03-01T12:00:00Z"), &["notify", "preview", "invoice", "--account", &jpy]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("invoice_issued"), "the choices are listed: {}", stderr(&bad));
    assert_eq!(sink.count(), before, "preview sends nothing");
    assert_eq!(sink.connections(), 0, "preview does not even connect");
    let pending = scalar(&db, "SELECT count(*) FROM deliveries WHERE channel = 'email' AND attempts = 0").await;
    assert_eq!(pending as usize, 2 - before);
}

#[tokio::test]
async fn account_update_checks_the_billing_email_and_locale_and_audits_the_change() {
    let db = test_db().await;
    let a = account(&db, "EUR", &[]);
    let out = db.cmd().args(["account", "update", &a, "--billing-email", "not-an-address"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--billing-email"), "{}", stderr(&out));
    let out = db.cmd().args(["account", "update", &a, "--locale", "german"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--locale") && stderr(&out).contains("pt-BR"), "{}", stderr(&out));
    let out = db.cmd().args(["account", "update", &a, "--reminders", "--no-reminders"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "the two switches exclude each other");

    let v =
        db.json(&["account", "update", &a, "--billing-email", "ap@example.com", "--locale", "fr", "--no-reminders"]);
    assert_eq!(
        (v["billing_email"].as_str(), v["locale"].as_str(), v["email_reminders"].as_bool()),
        (Some("ap@example.com"), Some("fr"), Some(false))
    );
    let shown = String::from_utf8(db.cmd().args(["account", "show", &a]).output().unwrap().stdout).unwrap();
    assert!(
        shown.contains("billing_email") && shown.contains("ap@example.com") && shown.contains("email_reminders"),
        "{shown}"
    );
    let after: Value = sqlx::query_scalar(
        "SELECT after FROM audit_log WHERE action = 'account.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(&a)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!((after["locale"].as_str(), after["email_reminders"].as_bool()), (Some("fr"), Some(false)));
    let cleared = db.json(&["account", "update", &a, "--billing-email", ""]);
    assert!(cleared["billing_email"].is_null());
}

#[tokio::test]
async fn smtp_without_a_sender_is_an_error_naming_email_from() {
    let db = test_db().await;
    let sink = Sink::start();
    let out = db.cmd().env("BILLCTL_SMTP_URL", sink.url(None)).args(["notify", "deliver"]).output().unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("email_from"), "{}", stderr(&out));
    let out = db
        .cmd()
        .env("BILLCTL_SMTP_URL", "smtps://mail.example.com?tls=none")
        .env("BILLCTL_EMAIL_FROM", FROM)
        .args(["notify", "deliver"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr(&out).contains("smtp_url"), "{}", stderr(&out));
}

#[tokio::test]
async fn check_templates_lists_the_override_files_that_do_not_compile() {
    let db = test_db().await;
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("email/de/warning.txt"), "Subject: Warnung\nHallo {{ account.name }}\n");
    let check =
        || db.cmd().env("BILLCTL_TEMPLATES_DIR", dir.path()).args(["notify", "check-templates"]).output().unwrap();
    let out = check();
    assert!(out.status.success(), "{}", stderr(&out));
    write(&dir.path().join("email/de/blocked.html"), "<p>\n{% for x in y %}\n</p>\n");
    let out = check();
    assert_eq!(out.status.code(), Some(2));
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("email/de/blocked.html") && !shown.contains("warning.txt"), "{shown}");
    assert!(stderr(&out).contains("1 template file(s)"), "{}", stderr(&out));
}

#[tokio::test]
async fn a_command_sends_the_few_e_mails_it_queued_right_after_its_commit() {
    let db = test_db().await;
    let sink = Sink::start();
    sink.require_auth(SMTP_USER, SMTP_PASSWORD);
    plan(&db, "basic", &["--price", "JPY:1500"]);
    let jpy = account(&db, "JPY", &["--name", "Ada Tanaka", "--email", "ada@example.com"]);
    subscribe(&db, &jpy, "basic", "2026-03-01", &[]);
    let mut c = mail(&db, &sink, "2026-03-01T12:00:00Z");
    c.env("BILLCTL_DELIVER_AFTER_COMMIT", "true");
    ok(&run(c, &["invoice", "run", "--format", "json"]), "invoice run");
    assert_eq!(sink.messages().len(), 1, "sent by the run itself, no `notify deliver`");
    let (s, code) = deliver(&db, &sink, "2026-03-01T12:00:00Z");
    assert_eq!((s["attempted"].as_i64(), code), (Some(0), Some(0)), "nothing left, nothing twice: {s}");
    // A relay that refuses for now: the command still succeeds, says so, and leaves it queued.
    sink.set_mode(crate::smtp_sink::Mode::Temporary);
    let kwd = account(&db, "JPY", &["--name", "Karim", "--email", "karim@example.com"]);
    subscribe(&db, &kwd, "basic", "2026-04-01", &[]);
    let mut c = mail(&db, &sink, "2026-04-01T12:00:00Z");
    c.env("BILLCTL_DELIVER_AFTER_COMMIT", "true");
    let out = run(c, &["invoice", "run", "--format", "json"]);
    ok(&out, "invoice run with the relay refusing");
    assert!(stderr(&out).contains("notify deliver"), "{}", stderr(&out));
    assert_eq!(deliveries(&db, &sink, "pending").len(), 2, "both invoices of April wait for a retry");
}
