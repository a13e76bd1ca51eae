//! The wizards, answered at a real terminal (a pseudo-terminal from `script`, as a person at a
//! terminal would type): the account wizard asks for the country and confirms a summary.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use crate::harness::{NOW, TestDb, test_db};

/// billctl `args` under `script`, with this test's database and clock.
fn at_a_terminal(db: &TestDb, args: &str) -> (Child, Receiver<Vec<u8>>) {
    let billctl = assert_cmd::cargo::cargo_bin("billctl");
    let mut child = Command::new("script")
        .args(["-qfec", &format!("{} {args}; rc=$?; sleep 1; exit $rc", billctl.display()), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", &db.home)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("BILLCTL_DATABASE_URL", &db.url)
        .env("BILLCTL_NOW", NOW)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script (util-linux) runs billctl at a pseudo-terminal");
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<Vec<u8>>();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = out.read(&mut buf) {
            if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

/// Whether billctl (script → sh → billctl) has its terminal in raw mode: a prompt reading keys.
fn reading_keys(script: u32) -> bool {
    let children = |pid: &str| std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
    let sh = children(&script.to_string());
    let Some(sh) = sh.split_whitespace().next() else { return false };
    let billctl = children(sh);
    let Some(pid) = billctl.split_whitespace().next() else { return false };
    let Ok(tty) = std::fs::read_link(format!("/proc/{pid}/fd/0")) else { return false };
    let stty = Command::new("stty").arg("-F").arg(&tty).arg("-a").output();
    stty.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("-icanon"))
}

/// Waits for `prompt` on the terminal (after what was `seen` so far) and types `answer`.
fn answer(child: &mut Child, rx: &Receiver<Vec<u8>>, seen: &mut Vec<u8>, prompt: &str, answer: &str) {
    let from = seen.len();
    while !String::from_utf8_lossy(&seen[from..]).contains(prompt) {
        let chunk = rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| {
            panic!("the wizard never asked {prompt:?}; it showed:\n{}", String::from_utf8_lossy(seen))
        });
        seen.extend(chunk);
    }
    for _ in 0..3000 {
        if reading_keys(child.id()) {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(answer.as_bytes()).unwrap();
    stdin.flush().unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_wizard_asks_the_country_and_creates_after_the_summary_is_confirmed() {
    let db = test_db().await;
    let (mut child, rx) = at_a_terminal(&db, "account create");
    let mut seen = Vec::new();
    tokio::task::block_in_place(|| {
        answer(&mut child, &rx, &mut seen, "Name", "Ada Ltd\r");
        answer(&mut child, &rx, &mut seen, "Billing e-mail", "ada@example.com\r");
        answer(&mut child, &rx, &mut seen, "Currency", "EUR\r");
        answer(&mut child, &rx, &mut seen, "Time zone", "Europe/Berlin\r");
        answer(&mut child, &rx, &mut seen, "Country", "de\r");
        answer(&mut child, &rx, &mut seen, "Create this account?", "y");
    });
    let status = tokio::task::block_in_place(|| child.wait().unwrap());
    while let Ok(chunk) = rx.recv_timeout(Duration::from_secs(5)) {
        seen.extend(chunk);
    }
    let shown = String::from_utf8_lossy(&seen);
    assert_eq!(status.code(), Some(0), "{shown}");
    assert!(shown.contains("DE") && shown.contains("Europe/Berlin"), "the summary shows what will be saved: {shown}");
    let (name, country): (String, Option<String>) =
        sqlx::query_as("SELECT name, country FROM accounts").fetch_one(&db.pool).await.unwrap();
    assert_eq!((name.as_str(), country.as_deref()), ("Ada Ltd", Some("DE")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answering_no_to_the_account_summary_writes_nothing() {
    let db = test_db().await;
    let (mut child, rx) = at_a_terminal(&db, "account create --name Bo --email bo@example.com");
    let mut seen = Vec::new();
    tokio::task::block_in_place(|| {
        answer(&mut child, &rx, &mut seen, "Currency", "USD\r");
        answer(&mut child, &rx, &mut seen, "Time zone", "\r");
        answer(&mut child, &rx, &mut seen, "Country", "\r");
        answer(&mut child, &rx, &mut seen, "Create this account?", "n");
    });
    let status = tokio::task::block_in_place(|| child.wait().unwrap());
    assert_eq!(status.code(), Some(2), "{}", String::from_utf8_lossy(&seen));
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM accounts").fetch_one(&db.pool).await.unwrap();
    assert_eq!(n, 0);
}

/// Plans basic (flat) and team (per seat) in USD and one account; returns its id.
fn catalog(db: &TestDb) -> String {
    db.json(&["plan", "create", "--code", "basic", "--name", "Basic", "--price", "USD:30"]);
    db.json(&["plan", "create", "--code", "team", "--name", "Team", "--price", "USD:20", "--seat-price", "USD:10"]);
    let a = db.json(&["account", "create", "--name", "Cy", "--email", "cy@example.com", "--currency", "USD"]);
    a["id"].as_str().unwrap().to_string()
}

/// Runs the subscription wizard choosing `plan`, answering `seats` if asked; returns what the
/// terminal showed and the exit code.
fn subscribe_at_a_terminal(db: &TestDb, account: &str, plan: &str, seats: Option<&str>) -> (String, Option<i32>) {
    let (mut child, rx) = at_a_terminal(db, &format!("subscription create --account {account}"));
    let mut seen = Vec::new();
    answer(&mut child, &rx, &mut seen, "Plan", &format!("{plan}\r"));
    if let Some(n) = seats {
        answer(&mut child, &rx, &mut seen, "Seats", &format!("{n}\r"));
    }
    let status = child.wait().unwrap();
    while let Ok(chunk) = rx.recv_timeout(Duration::from_secs(5)) {
        seen.extend(chunk);
    }
    (String::from_utf8_lossy(&seen).into_owned(), status.code())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_subscription_wizard_asks_for_seats_only_on_a_per_seat_plan() {
    let db = test_db().await;
    let account = catalog(&db);
    let (shown, code) = tokio::task::block_in_place(|| subscribe_at_a_terminal(&db, &account, "team", Some("3")));
    assert_eq!(code, Some(0), "{shown}");
    let (shown_flat, code) = tokio::task::block_in_place(|| subscribe_at_a_terminal(&db, &account, "basic", None));
    assert_eq!(code, Some(0), "{shown_flat}");
    assert!(!shown_flat.contains("Seats"), "a flat plan has no seats to ask for: {shown_flat}");
    let subs: Vec<(String, i32)> = sqlx::query_as(
        "SELECT p.code, s.quantity FROM subscriptions s JOIN plan_versions v ON v.id = s.plan_version_id
           JOIN plans p ON p.id = v.plan_id ORDER BY p.code",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(subs, vec![("basic".to_string(), 1), ("team".to_string(), 3)]);
}
