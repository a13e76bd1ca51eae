//! Test harness: a throwaway PostgreSQL cluster per test run (or the server in DATABASE_URL), a
//! migrated template database, and one database per test cloned from it. Nothing to start by hand.
//!
//! The cluster lives in a temp directory and is removed by a watchdog process when the test
//! process exits (even on kill -9).

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use billctl::store::local_pg::LocalCluster;
use sqlx::postgres::PgConnectOptions;
use sqlx::{Connection, PgConnection, PgPool};

/// The fixed clock CLI tests run with unless they say otherwise.
pub const NOW: &str = "2026-01-15T12:00:00Z";

struct Server {
    /// Connection options to the maintenance database (`postgres`).
    admin: PgConnectOptions,
    /// URL prefix to which a database name is appended for the CLI.
    url_for: Box<dyn Fn(&str) -> String + Send + Sync>,
    template: String,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static COUNTER: AtomicU32 = AtomicU32::new(0);

fn server() -> &'static Server {
    SERVER.get_or_init(|| {
        // Set up on a separate thread with its own runtime: each #[tokio::test] has its own runtime,
        // and connections must not outlive the runtime that made them.
        std::thread::spawn(setup).join().expect("test database setup panicked")
    })
}

fn setup() -> Server {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let pid = std::process::id();
    let template = format!("billctl_tpl_{pid}");
    let dir = base_dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let server = match std::env::var("DATABASE_URL").ok().filter(|s| !s.is_empty()) {
        Some(url) => {
            let admin: PgConnectOptions = url.parse().expect("DATABASE_URL is not a PostgreSQL URL");
            let base = url.clone();
            spawn_watchdog(None, &dir);
            Server { admin, url_for: Box::new(move |db| replace_db(&base, db)), template: template.clone() }
        }
        None => {
            let mut cluster = LocalCluster::locate(&dir).expect("PostgreSQL binaries");
            for (k, v) in [
                ("fsync", "off"),
                ("synchronous_commit", "off"),
                ("full_page_writes", "off"),
                ("max_connections", "300"),
            ] {
                cluster.settings.push((k.into(), v.into()));
            }
            cluster.ensure_running().expect("start the test cluster");
            spawn_watchdog(Some(&cluster), &dir);
            let c2 = cluster.clone();
            Server {
                admin: cluster.connect_options("postgres"),
                url_for: Box::new(move |db| c2.url(db)),
                template: template.clone(),
            }
        }
    };
    rt.block_on(async {
        let mut conn = PgConnection::connect_with(&server.admin).await.expect("connect to the test server");
        exec(&mut conn, &format!("DROP DATABASE IF EXISTS \"{template}\"")).await;
        exec(&mut conn, &format!("CREATE DATABASE \"{template}\"")).await;
        let pool = PgPool::connect_with(server.admin.clone().database(&template)).await.unwrap();
        billctl::store::migrate(&pool).await.expect("migrate the template");
        pool.close().await;
    });
    server
}

async fn exec(conn: &mut PgConnection, sql: &str) {
    sqlx::query(sqlx::AssertSqlSafe(sql.to_string())).execute(conn).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

fn replace_db(url: &str, db: &str) -> String {
    let (head, query) = match url.split_once('?') {
        Some((h, q)) => (h, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = head.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match head[scheme_end..].find('/') {
        Some(i) => &head[..scheme_end + i],
        None => head,
    };
    format!("{base}/{db}{query}")
}

/// Everything this test process creates on disk lives here.
fn base_dir() -> PathBuf {
    std::env::temp_dir().join(format!("billctl-test-{}", std::process::id()))
}

/// Stops the cluster (if any) and deletes the base dir once this test process is gone.
#[allow(clippy::zombie_processes)]
fn spawn_watchdog(cluster: Option<&LocalCluster>, dir: &std::path::Path) {
    let stop = match cluster {
        None => "true".to_string(),
        Some(c) => {
            let (pg_ctl, data) = (c.bin_dir.join("pg_ctl"), c.data_dir());
            match &c.run_as {
                Some(u) => format!("runuser -u {u} -- {} -D {} -m immediate stop", pg_ctl.display(), data.display()),
                None => format!("{} -D {} -m immediate stop", pg_ctl.display(), data.display()),
            }
        }
    };
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {stop} >/dev/null 2>&1; rm -rf '{dir}'",
        pid = std::process::id(),
        dir = dir.display()
    );
    // Deliberately not waited for: it must outlive this process.
    let _watchdog = std::process::Command::new("sh")
        .arg("-c")
        .arg(script)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn the cluster watchdog");
}

/// A fresh database for one test, cloned from the migrated template.
pub struct TestDb {
    #[allow(dead_code)]
    pub name: String,
    pub url: String,
    pub pool: PgPool,
    /// A private HOME / config dir for CLI runs.
    pub home: PathBuf,
}

pub async fn test_db() -> TestDb {
    let s = server();
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let name = format!("billctl_t_{}_{n}", std::process::id());
    let mut conn = PgConnection::connect_with(&s.admin).await.expect("connect to the test server");
    // CREATE DATABASE … TEMPLATE needs the template to be idle; retry briefly on contention.
    for attempt in 0.. {
        let r = sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\" TEMPLATE \"{}\"", s.template)))
            .execute(&mut conn)
            .await;
        match r {
            Ok(_) => break,
            Err(e) if attempt < 50 && e.to_string().contains("being accessed by other users") => {
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            Err(e) => panic!("create test database: {e}"),
        }
    }
    conn.close().await.ok();
    let pool = PgPool::connect_with(s.admin.clone().database(&name)).await.expect("connect to the test database");
    let home = base_dir().join(format!("home-{n}"));
    std::fs::create_dir_all(&home).unwrap();
    TestDb { url: (s.url_for)(&name), name, pool, home }
}

impl TestDb {
    /// The billctl binary, pointed at this database with a fixed clock and a private HOME.
    pub fn cmd(&self) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.std_cmd())
    }

    /// [`TestDb::cmd`] as a `std::process::Command`, for a billctl to spawn and signal or kill.
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("billctl"));
        c.env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join("config"))
            .env("XDG_DATA_HOME", self.home.join("data"))
            .env("BILLCTL_DATABASE_URL", &self.url)
            .env("BILLCTL_NOW", NOW)
            .env("NO_COLOR", "1")
            .env("USER", "tester");
        c
    }

    /// Runs billctl with `args`, asserts success and parses stdout as JSON (adds `--format json`, and
    /// `--yes` as a script confirming a destructive verb does).
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.cmd().args(args).args(with_yes(args)).output().expect("run billctl");
        assert!(
            out.status.success(),
            "billctl {args:?} failed ({}):\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!("billctl {args:?}: stdout is not JSON ({e}):\n{}", String::from_utf8_lossy(&out.stdout))
        })
    }
}

/// `billctl ARGS --format json --yes` at the instant or date `now` (`BILLCTL_NOW`); the command must
/// succeed (its stderr is shown if not).
pub fn at(db: &TestDb, now: &str, args: &[&str]) -> serde_json::Value {
    let out = db.cmd().env("BILLCTL_NOW", now).args(args).args(with_yes(args)).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `--format json`, and `--yes` unless `args` have it already.
fn with_yes(args: &[&str]) -> &'static [&'static str] {
    if args.iter().any(|a| *a == "--yes" || *a == "-y") {
        &["--format", "json"]
    } else {
        &["--format", "json", "--yes"]
    }
}
