//! The wizards, answered at a real terminal (a pseudo-terminal from `script`, as a person at a
//! terminal would type): the account wizard asks for the country and confirms a summary.

use crate::harness::{NOW, TestDb, test_db};
use crate::terminal::Terminal;

/// billctl `args` at a terminal, with this test's database and clock.
fn at_a_terminal(db: &TestDb, args: &str) -> Terminal {
    Terminal::start(
        args,
        &[("HOME", db.home.as_os_str()), ("BILLCTL_DATABASE_URL", db.url.as_ref()), ("BILLCTL_NOW", NOW.as_ref())],
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_account_wizard_asks_the_country_and_creates_after_the_summary_is_confirmed() {
    let db = test_db().await;
    let mut t = at_a_terminal(&db, "account create");
    let (code, shown) = tokio::task::block_in_place(|| {
        t.answer("Name", "Ada Ltd\r");
        t.answer("Billing e-mail", "ada@example.com\r");
        t.answer("Currency", "EUR\r");
        t.answer("Time zone", "Europe/Berlin\r");
        t.answer("Country", "de\r");
        t.answer("Create this account?", "y");
        t.finish()
    });
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("DE") && shown.contains("Europe/Berlin"), "the summary shows what will be saved: {shown}");
    let (name, country): (String, Option<String>) =
        sqlx::query_as("SELECT name, country FROM accounts").fetch_one(&db.pool).await.unwrap();
    assert_eq!((name.as_str(), country.as_deref()), ("Ada Ltd", Some("DE")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answering_no_to_the_account_summary_writes_nothing() {
    let db = test_db().await;
    let mut t = at_a_terminal(&db, "account create --name Bo --email bo@example.com");
    let (code, shown) = tokio::task::block_in_place(|| {
        t.answer("Currency", "USD\r");
        t.answer("Time zone", "\r");
        t.answer("Country", "\r");
        t.answer("Create this account?", "n");
        t.finish()
    });
    assert_eq!(code, Some(2), "{shown}");
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
    let mut t = at_a_terminal(db, &format!("subscription create --account {account}"));
    t.answer("Plan", &format!("{plan}\r"));
    if let Some(n) = seats {
        t.answer("Seats", &format!("{n}\r"));
    }
    let (code, shown) = t.finish();
    (shown, code)
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
