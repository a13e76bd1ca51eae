//! The invoice run against everything else that locks an account: subscription commands made
//! while a batch bills the account (and the reverse), locks held by other transactions, another
//! run, and a server crash in the middle of a run.
//!
//! The interleavings are made deterministic with held locks: the test holds a row lock the run or
//! the command needs, waits until PostgreSQL shows the process waiting for it, starts the other
//! party, and releases.

use std::process::{Child, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use sqlx::{Connection, PgConnection};

use crate::harness::{TestDb, at, test_db};

/// `billctl ARGS --format json` at `now`, in the background.
fn spawn(db: &TestDb, now: &str, args: &[&str]) -> Child {
    db.std_cmd()
        .env("BILLCTL_NOW", now)
        .args(args)
        .args(["--format", "json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start billctl")
}

fn finished(child: Child, what: &str) -> Output {
    let out = child.wait_with_output().expect("wait for billctl");
    assert!(out.status.success(), "{what} failed ({}): {}", out.status, String::from_utf8_lossy(&out.stderr));
    out
}

fn json(out: &Output) -> Value {
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

/// Waits until a statement matching `pattern` (SQL LIKE) is waiting for a lock in this test's
/// database. Fails if `child` exits first: it did not wait for the lock.
async fn blocked(db: &TestDb, child: &mut Child, pattern: &str) {
    let give_up = Instant::now() + Duration::from_secs(120);
    loop {
        let waiting: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE $1",
        )
        .bind(pattern)
        .fetch_one(&db.pool)
        .await
        .unwrap();
        if waiting > 0 {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
            panic!("billctl ended ({status}) without waiting for the lock ({pattern}): {err}");
        }
        assert!(Instant::now() < give_up, "nothing waited for a lock like {pattern}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// A connection of its own, outside the pool (it holds locks in an open transaction).
async fn session(db: &TestDb) -> PgConnection {
    let mut conn = PgConnection::connect(&db.url).await.unwrap();
    sqlx::query("BEGIN").execute(&mut conn).await.unwrap();
    conn
}

async fn lock_row(conn: &mut PgConnection, sql: &str, id: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).bind(id).execute(conn).await.unwrap();
}

async fn release(mut conn: PgConnection) {
    sqlx::query("ROLLBACK").execute(&mut conn).await.unwrap();
    conn.close().await.unwrap();
}

/// The statement of a subscription command waiting for the account lock.
const COMMAND_WAITS_FOR_ACCOUNT: &str = "SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE";
/// The run's batch waiting to attach a pending charge (it read the subscriptions already).
const RUN_WAITS_IN_BATCH: &str = "UPDATE pending_charges%";
/// The run waiting for an account someone else has locked.
const RUN_WAITS_FOR_ACCOUNT: &str = "SELECT id, currency::TEXT AS currency%FOR UPDATE";
/// A subscription command waiting for the subscription row (after the account lock).
const COMMAND_WAITS_FOR_SUBSCRIPTION: &str = "SELECT * FROM subscriptions WHERE id = $1%FOR UPDATE";

struct Fixture {
    /// The subscription the command changes.
    sub: String,
}

/// An account with two monthly subscriptions billed on 2026-01-01 (the one the command changes,
/// `seats` seats, and one that is only billed), a one-off charge waiting for the next invoice,
/// and (`paused`) the first one paused on 2026-01-10 until 2026-03-01. Next due: 2026-02-01.
async fn fixture(db: &TestDb, paused: bool) -> Fixture {
    db.json(&["plan", "create", "--code", "p", "--name", "P", "--price", "USD:10", "--seat-price", "USD:1"]);
    let account = db.json(&["account", "create", "--name", "A", "--email", "a@example.com", "--currency", "USD"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let create = |q: &str| {
        let args =
            ["subscription", "create", "--account", &account, "--plan", "p", "--start", "2026-01-01", "--quantity", q];
        at(db, "2026-01-01T12:00:00Z", &args)["id"].as_str().unwrap().to_string()
    };
    let sub = create("2");
    create("1");
    at(db, "2026-01-01", &["invoice", "run"]);
    if paused {
        at(db, "2026-01-10", &["subscription", "pause", &sub, "--until", "2026-03-01"]);
    }
    sqlx::query(
        "INSERT INTO pending_charges (id, account_id, kind, description, amount, currency, created_at)
         VALUES ('chg_hold', $1, 'one_off', 'Setup', 500, 'USD', now())",
    )
    .bind(&account)
    .execute(&db.pool)
    .await
    .unwrap();
    Fixture { sub }
}

/// The subscription as `subscription show` prints it.
fn show(db: &TestDb, sub: &str) -> Value {
    at(db, "2026-02-01", &["subscription", "show", sub])
}

/// The recurring charges on the subscription's invoice for the period starting `start`, if any.
async fn invoice_for(db: &TestDb, sub: &str, start: &str) -> Option<i64> {
    sqlx::query_scalar(
        "SELECT COALESCE(SUM(l.amount) FILTER (WHERE l.kind = 'recurring'), 0)::bigint
         FROM invoices i JOIN invoice_lines l ON l.invoice_id = i.id
         WHERE i.subscription_id = $1 AND i.period_start = $2::date GROUP BY i.id",
    )
    .bind(sub)
    .bind(start)
    .fetch_optional(&db.pool)
    .await
    .unwrap()
}

const RUN: [&str; 2] = ["invoice", "run"];

/// Starts a run and holds it in the batch billing the fixture's account, after the batch read the
/// subscriptions and before it writes them (it waits for the one-off charge's row, held by the
/// returned session).
async fn run_stopped_in_a_batch(db: &TestDb) -> (PgConnection, Child) {
    let mut hold = session(db).await;
    lock_row(&mut hold, "SELECT 1 FROM pending_charges WHERE id = $1 FOR UPDATE", "chg_hold").await;
    let mut run = spawn(db, "2026-02-01", &RUN);
    blocked(db, &mut run, RUN_WAITS_IN_BATCH).await;
    (hold, run)
}

/// The run is in the middle of a batch billing the account (it has read the subscriptions) when
/// the command starts: the command waits for the batch, then applies; what it printed is what
/// the subscription is.
async fn command_during_a_batch(paused: bool, command: &[&str]) -> (TestDb, Fixture) {
    let db = test_db().await;
    let f = fixture(&db, paused).await;
    let (hold, run) = run_stopped_in_a_batch(&db).await;
    let args: Vec<&str> = command.iter().map(|a| if *a == "SUB" { f.sub.as_str() } else { a }).collect();
    let mut cmd = spawn(&db, "2026-02-01", &args);
    blocked(&db, &mut cmd, COMMAND_WAITS_FOR_ACCOUNT).await;
    release(hold).await;
    finished(run, "the run");
    let printed = json(&finished(cmd, "the command"))["subscription"].clone();
    let now = show(&db, &f.sub);
    for (k, v) in printed.as_object().unwrap() {
        assert_eq!(&now[k], v, "{k}: the command's result stands ({command:?})");
    }
    (db, f)
}

/// The command holds the account lock (it waits for the subscription row, which the test holds)
/// when the run starts: the run waits for the command and bills what it left.
async fn batch_during_a_command(paused: bool, command: &[&str]) -> (TestDb, Fixture) {
    let db = test_db().await;
    let f = fixture(&db, paused).await;
    let mut hold = session(&db).await;
    lock_row(&mut hold, "SELECT 1 FROM subscriptions WHERE id = $1 FOR UPDATE", &f.sub).await;
    let args: Vec<&str> = command.iter().map(|a| if *a == "SUB" { f.sub.as_str() } else { a }).collect();
    let mut cmd = spawn(&db, "2026-02-01", &args);
    blocked(&db, &mut cmd, COMMAND_WAITS_FOR_SUBSCRIPTION).await;
    let mut run = spawn(&db, "2026-02-01", &RUN);
    blocked(&db, &mut run, RUN_WAITS_FOR_ACCOUNT).await;
    release(hold).await;
    finished(cmd, "the command");
    let summary = json(&finished(run, "the run"));
    assert_eq!(summary["accounts_not_billed_locked"], 0);
    (db, f)
}

#[tokio::test]
async fn a_seat_change_during_a_batch_waits_for_it_and_stands() {
    let (db, f) =
        command_during_a_batch(false, &["subscription", "change", "SUB", "--quantity", "5", "--invoice", "next"]).await;
    assert_eq!(show(&db, &f.sub)["quantity"], 5);
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, Some(1200), "billed first, with 2 seats");
    let prorated: i64 = sqlx::query_scalar(
        "SELECT COALESCE(SUM(amount), 0)::bigint FROM pending_charges WHERE subscription_id = $1 AND invoice_id IS NULL",
    )
    .bind(&f.sub)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(prorated, 300, "then 3 seats more for the whole (just billed) period");
}

#[tokio::test]
async fn a_seat_change_holding_the_account_is_billed_by_the_run_that_waited() {
    let (db, f) =
        batch_during_a_command(false, &["subscription", "change", "SUB", "--quantity", "5", "--invoice", "next"]).await;
    assert_eq!(show(&db, &f.sub)["quantity"], 5);
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, Some(1500), "10 + 5 seats");
}

#[tokio::test]
async fn a_cancellation_now_during_a_batch_waits_for_it_and_stands() {
    let (db, f) = command_during_a_batch(false, &["subscription", "cancel", "SUB", "--at", "now", "--yes"]).await;
    let s = show(&db, &f.sub);
    assert_eq!((s["status"].as_str(), s["canceled_at"].as_str()), (Some("canceled"), Some("2026-02-01")));
    assert_eq!(at(&db, "2026-03-01", &RUN)["invoices"], 1, "only the other subscription is billed in March");
    assert_eq!(invoice_for(&db, &f.sub, "2026-03-01").await, None);
}

#[tokio::test]
async fn a_cancellation_now_holding_the_account_is_not_billed_again() {
    let (db, f) = batch_during_a_command(false, &["subscription", "cancel", "SUB", "--at", "now", "--yes"]).await;
    assert_eq!(show(&db, &f.sub)["status"], "canceled");
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, None, "canceled before the run billed it");
}

#[tokio::test]
async fn a_cancellation_at_period_end_during_a_batch_waits_for_it_and_stands() {
    let (db, f) = command_during_a_batch(false, &["subscription", "cancel", "SUB", "--at", "period-end"]).await;
    assert_eq!(show(&db, &f.sub)["cancel_at_period_end"], true);
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, Some(1200), "the run billed February first");
    at(&db, "2026-03-01", &RUN);
    assert_eq!(show(&db, &f.sub)["status"], "canceled");
    assert_eq!(invoice_for(&db, &f.sub, "2026-03-01").await, None);
}

#[tokio::test]
async fn a_cancellation_at_period_end_holding_the_account_is_not_billed_anyway() {
    let (db, f) = batch_during_a_command(false, &["subscription", "cancel", "SUB", "--at", "period-end"]).await;
    assert_eq!(show(&db, &f.sub)["status"], "canceled", "the period ended on 2026-02-01");
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, None);
}

#[tokio::test]
async fn a_pause_during_a_batch_waits_for_it_and_stands() {
    let (db, f) = command_during_a_batch(false, &["subscription", "pause", "SUB", "--until", "2026-04-01"]).await;
    assert_eq!(show(&db, &f.sub)["status"], "paused");
    assert_eq!(at(&db, "2026-03-01", &RUN)["invoices"], 1, "only the other subscription is billed in March");
}

#[tokio::test]
async fn a_pause_holding_the_account_is_not_billed() {
    let (db, f) = batch_during_a_command(false, &["subscription", "pause", "SUB", "--until", "2026-04-01"]).await;
    assert_eq!(show(&db, &f.sub)["status"], "paused");
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, None);
}

#[tokio::test]
async fn a_resume_during_a_batch_waits_for_it_and_stands() {
    // The batch bills the usage before the pause (nothing) and moves the subscription's usage date.
    let (db, f) = command_during_a_batch(true, &["subscription", "resume", "SUB"]).await;
    let s = show(&db, &f.sub);
    assert_eq!((s["status"].as_str(), s["next_bill_date"].as_str()), (Some("active"), Some("2026-02-01")));
    at(&db, "2026-02-01", &RUN);
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, Some(1200), "the new cycle, at the next run");
}

#[tokio::test]
async fn a_resume_holding_the_account_is_billed_by_the_run_that_waited() {
    let (db, f) = batch_during_a_command(true, &["subscription", "resume", "SUB"]).await;
    assert_eq!(show(&db, &f.sub)["status"], "active");
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, Some(1200));
}

#[tokio::test]
async fn a_subscription_changed_without_the_account_lock_is_never_overwritten() {
    let db = test_db().await;
    let f = fixture(&db, false).await;
    let (hold, run) = run_stopped_in_a_batch(&db).await;
    // A write that forgets the account lock, between the batch's read and its write.
    sqlx::query("UPDATE subscriptions SET quantity = 7 WHERE id = $1").bind(&f.sub).execute(&db.pool).await.unwrap();
    release(hold).await;
    let summary = json(&finished(run, "the run"));
    assert_eq!(summary["invoices"], 2);
    assert_eq!(show(&db, &f.sub)["quantity"], 7, "the batch did not write its stale copy");
    assert_eq!(invoice_for(&db, &f.sub, "2026-02-01").await, Some(1700), "billed again from what is there");
}

/// Two accounts with one subscription each, due 2026-02-01.
async fn two_accounts(db: &TestDb) -> (String, String) {
    db.json(&["plan", "create", "--code", "m", "--name", "M", "--price", "EUR:9"]);
    let mut ids = Vec::new();
    for _ in 0..2 {
        let a = db.json(&["account", "create", "--name", "A", "--email", "a@example.com", "--currency", "EUR"])["id"]
            .as_str()
            .unwrap()
            .to_string();
        at(db, "2026-02-01T08:00:00Z", &["subscription", "create", "--account", &a, "--plan", "m"]);
        ids.push(a);
    }
    ids.sort();
    (ids.remove(0), ids.remove(0))
}

async fn invoices_of(db: &TestDb, account: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM invoices WHERE account_id = $1")
        .bind(account)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn an_account_locked_by_another_transaction_is_waited_for_and_billed() {
    let db = test_db().await;
    let (a, b) = two_accounts(&db).await;
    let mut psql = session(&db).await;
    lock_row(&mut psql, "SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE", &a).await;
    let mut run = spawn(&db, "2026-02-01", &RUN);
    blocked(&db, &mut run, RUN_WAITS_FOR_ACCOUNT).await;
    assert_eq!(invoices_of(&db, &b).await, 1, "the other account is billed meanwhile");
    release(psql).await;
    let summary = json(&finished(run, "the run"));
    assert_eq!((summary["invoices"].as_i64(), summary["accounts_skipped_locked"].as_i64()), (Some(2), Some(0)));
    assert_eq!(invoices_of(&db, &a).await, 1);
}

#[tokio::test]
async fn an_account_locked_past_the_lock_timeout_is_reported_and_the_run_exits_6() {
    let db = test_db().await;
    let (a, b) = two_accounts(&db).await;
    // A transaction writing a row that belongs to the account (as a payment or a usage event
    // does) holds a key-share lock on it until it ends.
    let mut payment = session(&db).await;
    sqlx::query(
        "INSERT INTO pending_charges (id, account_id, kind, description, amount, currency, created_at)
         VALUES ('chg_x', $1, 'one_off', 'X', 100, 'EUR', now())",
    )
    .bind(&a)
    .execute(&mut payment)
    .await
    .unwrap();
    let out = db
        .std_cmd()
        .env("BILLCTL_NOW", "2026-02-01")
        .args(["invoice", "run", "--lock-timeout", "1", "--format", "json"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains(&a) && stderr.contains("locked by another transaction"), "{stderr}");
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((summary["invoices"].as_i64(), summary["accounts_not_billed_locked"].as_i64()), (Some(1), Some(1)));
    assert_eq!((invoices_of(&db, &a).await, invoices_of(&db, &b).await), (0, 1));
    let (status, errors): (String, i32) =
        sqlx::query_as("SELECT status, errors FROM billing_runs").fetch_one(&db.pool).await.unwrap();
    assert_eq!((status.as_str(), errors), ("finished", 1), "the run record says one account was left");
    release(payment).await;
    assert_eq!(at(&db, "2026-02-01", &RUN)["invoices"], 1, "the next run bills it");
}

#[tokio::test]
async fn an_account_another_run_is_billing_is_left_to_that_run() {
    let db = test_db().await;
    let (a, b) = two_accounts(&db).await;
    // Another run's batch, claiming the account the way every batch does.
    let mut other_run = session(&db).await;
    let claimed =
        billctl::store::billing_batch::claim_accounts(&mut other_run, std::slice::from_ref(&a), true).await.unwrap();
    assert_eq!(claimed.len(), 1);
    // Finishes while that batch still holds the account: it did not wait (it would have timed out
    // and exited 6).
    let out = db
        .std_cmd()
        .env("BILLCTL_NOW", "2026-02-01")
        .args(["invoice", "run", "--lock-timeout", "30", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((summary["invoices"].as_i64(), summary["accounts_skipped_locked"].as_i64()), (Some(1), Some(1)));
    assert_eq!((invoices_of(&db, &a).await, invoices_of(&db, &b).await), (0, 1));
    release(other_run).await;
    assert_eq!(at(&db, "2026-02-01", &RUN)["invoices"], 1);
}

/// Processes whose parent is `pid`.
fn children_of(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for e in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(p) = e.file_name().to_string_lossy().parse::<u32>() else { continue };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) else { continue };
        // "pid (comm) state ppid …": the command name may hold spaces, so split after its ')'.
        let ppid = stat.rsplit_once(')').and_then(|(_, rest)| rest.split_whitespace().nth(1)?.parse::<u32>().ok());
        if ppid == Some(pid) {
            out.push(p);
        }
    }
    out
}

/// Gone, or a zombie nobody reaps (it holds nothing any more).
fn is_dead(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| s.rsplit_once(')').is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')))
        .unwrap_or(true)
}

fn signal(sig: &str, pids: &[u32]) {
    let status =
        std::process::Command::new("kill").arg(sig).args(pids.iter().map(u32::to_string)).status().expect("run kill");
    assert!(status.success(), "kill {sig} {pids:?}");
}

/// A PostgreSQL cluster of this test's own, with the embedded cluster's settings (durability at
/// PostgreSQL's defaults, unlike the shared test cluster): it gets killed. Removed when dropped.
struct OwnCluster {
    cluster: billctl::store::local_pg::LocalCluster,
    _dir: tempfile::TempDir,
}

impl OwnCluster {
    fn start() -> OwnCluster {
        let dir = tempfile::Builder::new().prefix("billctl-crash-").tempdir().unwrap();
        // Reachable by the server's OS user when the tests run as root.
        std::fs::set_permissions(dir.path(), std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let mut cluster = billctl::store::local_pg::LocalCluster::locate(dir.path()).unwrap();
        cluster.settings.push(("shared_buffers".into(), "128MB".into()));
        cluster.ensure_running().unwrap_or_else(|e| panic!("{e:?}"));
        OwnCluster { cluster, _dir: dir }
    }

    /// Freezes the WAL writer. A kill -9 loses only the WAL not yet handed to the kernel, which
    /// the WAL writer does within milliseconds; a machine crash also loses what the kernel had not
    /// written yet. With the WAL writer frozen, what a commit does not flush itself stays in the
    /// server's memory, so the crash below loses what a machine crash would.
    fn freeze_wal_writer(&self) {
        let pid_file = self.cluster.data_dir().join("postmaster.pid");
        let postmaster: u32 = std::fs::read_to_string(&pid_file).unwrap().lines().next().unwrap().parse().unwrap();
        let writer: Vec<u32> = children_of(postmaster)
            .into_iter()
            .filter(|p| std::fs::read_to_string(format!("/proc/{p}/cmdline")).is_ok_and(|c| c.contains("walwriter")))
            .collect();
        assert_eq!(writer.len(), 1, "one WAL writer");
        signal("-STOP", &writer);
    }

    /// kill -9 of the postmaster and every server process at once: they are stopped first, so
    /// none writes anything after the moment of the crash (what was in shared memory is lost).
    fn crash(&self) {
        let pid_file = self.cluster.data_dir().join("postmaster.pid");
        let postmaster: u32 = std::fs::read_to_string(&pid_file).unwrap().lines().next().unwrap().parse().unwrap();
        let mut all = vec![postmaster];
        all.extend(children_of(postmaster));
        signal("-STOP", &all);
        all.extend(children_of(postmaster));
        signal("-KILL", &all);
        let give_up = Instant::now() + Duration::from_secs(60);
        while !all.iter().all(|p| is_dead(*p)) {
            assert!(Instant::now() < give_up, "the server processes did not die");
            std::thread::sleep(Duration::from_millis(20));
        }
        // A zombie postmaster nobody reaps still "exists" for the lock files' check.
        let data = self.cluster.data_dir();
        for stale in [pid_file, data.join(".s.PGSQL.5432.lock"), data.join(".s.PGSQL.5432")] {
            let _ = std::fs::remove_file(stale);
        }
    }

    async fn db(&self, home: &std::path::Path) -> TestDb {
        let pool = sqlx::PgPool::connect_with(self.cluster.connect_options("crash")).await.unwrap();
        TestDb { name: "crash".into(), url: self.cluster.url("crash"), pool, home: home.to_path_buf() }
    }
}

impl Drop for OwnCluster {
    fn drop(&mut self) {
        let _ = self.cluster.destroy();
    }
}

#[tokio::test]
async fn a_server_killed_mid_run_loses_no_invoice_number_anyone_saw() {
    use crate::invoice_run::{assert_billed_once, bulk};
    let own = OwnCluster::start();
    let mut admin = PgConnection::connect_with(&own.cluster.connect_options("postgres")).await.unwrap();
    sqlx::query("CREATE DATABASE crash").execute(&mut admin).await.unwrap();
    admin.close().await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let db = own.db(home.path()).await;
    billctl::store::migrate(&db.pool).await.unwrap();
    let n = 5000;
    bulk(&db, n).await;
    let mut run = db
        .std_cmd()
        .env("BILLCTL_NOW", "2026-07-01")
        // Small batches: the run must still be going when the server is crashed below.
        .args(["invoice", "run", "--batch-size", "5", "--workers", "2", "--quiet"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Once some batches have committed, freeze the WAL writer; once more have, look at every
    // invoice (as a customer, a PDF or a payment would) and crash the server.
    let give_up = Instant::now() + Duration::from_secs(120);
    let mut frozen = false;
    let seen: Vec<(String, String)> = loop {
        let seen: Vec<(String, String)> =
            sqlx::query_as("SELECT id, number FROM invoices").fetch_all(&db.pool).await.unwrap();
        if !frozen && seen.len() >= 100 {
            own.freeze_wal_writer();
            frozen = true;
        }
        if seen.len() >= 1000 {
            break seen;
        }
        assert!(Instant::now() < give_up && run.try_wait().unwrap().is_none(), "the run ended or never billed");
        tokio::time::sleep(Duration::from_millis(5)).await;
    };
    own.crash();
    run.kill().unwrap();
    run.wait().unwrap();
    db.pool.close().await;
    assert!((seen.len() as i64) < n, "crashed mid-run ({} of {n} invoices seen)", seen.len());

    own.cluster.ensure_running().unwrap_or_else(|e| {
        let log = std::fs::read_to_string(own.cluster.log_file()).unwrap_or_default();
        panic!("restart after the crash: {e:?}\n{log}")
    });
    let db = own.db(home.path()).await;
    let kept: std::collections::HashMap<String, String> =
        sqlx::query_as("SELECT id, number FROM invoices").fetch_all(&db.pool).await.unwrap().into_iter().collect();
    let lost: Vec<&(String, String)> = seen.iter().filter(|(id, number)| kept.get(id) != Some(number)).collect();
    assert!(lost.is_empty(), "{} invoices seen before the crash are gone, e.g. {:?}", lost.len(), lost.first());
    // The crashed run's record counts exactly what survived.
    let (recorded, survived): (i32, i64) = sqlx::query_as(
        "SELECT r.invoices_created, (SELECT count(*) FROM invoices i WHERE i.run_id = r.id) FROM billing_runs r",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(i64::from(recorded), survived);

    at(&db, "2026-07-01", &RUN);
    // n invoices numbered 1..=n, each seen number still on the invoice it was seen on: no number
    // was ever given to two invoices.
    assert_billed_once(&db, n).await;
    let runs: Vec<(String, i32, i64)> = sqlx::query_as(
        "SELECT r.status, r.invoices_created, (SELECT count(*) FROM invoices i WHERE i.run_id = r.id)
         FROM billing_runs r ORDER BY r.started_at",
    )
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0].0, "interrupted");
    for (status, recorded, actual) in runs {
        assert_eq!(i64::from(recorded), actual, "the {status} run's record");
    }
}
