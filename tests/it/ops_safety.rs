//! Operations: signals, the database going away, a full disk, an unreadable data directory,
//! missing PostgreSQL binaries, and an embedded cluster closed however it is started.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use billctl::store::local_pg::LocalCluster;
use sqlx::{Connection, PgPool, Postgres, Transaction};

use crate::fixtures::scalar;
use crate::harness::{TestDb, at, test_db};
use crate::invoice_run::{assert_billed_once, bulk, bulk_rows};

const RUN: [&str; 7] = ["invoice", "run", "--batch-size", "10", "--workers", "2", "--quiet"];

fn is_root() -> bool {
    std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m) == 0).unwrap_or(false)
}

/// Holds the invoice-number counter so that a run blocks inside its first batch, after writing
/// the batch's lines and subscription updates and before numbering and committing.
async fn block_numbering(pool: &PgPool) -> Transaction<'static, Postgres> {
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("LOCK TABLE invoice_number_sequences IN EXCLUSIVE MODE").execute(&mut *tx).await.unwrap();
    tx
}

/// Waits until a session of billctl process `pid` waits for a lock (the blocked batch).
async fn wait_until_blocked(pool: &PgPool, child: &mut Child) {
    let name = format!("billctl {}@%", child.id());
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let blocked: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE $1 AND wait_event_type = 'Lock'",
        )
        .bind(&name)
        .fetch_one(pool)
        .await
        .unwrap();
        if blocked > 0 {
            return;
        }
        if let Some(status) = child.try_wait().unwrap() {
            panic!("billctl ended ({status}) before it blocked");
        }
        assert!(Instant::now() < deadline, "billctl never reached the numbering lock");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Spawns `cmd ARGS` at 2026-07-01 with the three signals at their default disposition (`env`
/// execs billctl, same pid), even if this test runs under `nohup` or as a background job.
fn spawn(cmd: Command, args: &[&str]) -> Child {
    let mut c = Command::new("env");
    c.env_clear();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            c.env(k, v);
        }
    }
    c.env("BILLCTL_NOW", "2026-07-01")
        .arg("--default-signal=HUP,INT,TERM")
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn succeeded(out: &Output) {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Asserts that billctl exited 5 (environment) and returns its stderr.
fn exit_5(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(5), "{stderr}");
    stderr
}

fn finish(child: Child) -> (Option<i32>, String) {
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

async fn a_signal_stops_a_run_cleanly(signal: &str, code: i32, message: &str) {
    let db = test_db().await;
    let n = 30;
    bulk(&db, n).await;
    let held = block_numbering(&db.pool).await;
    let mut child = spawn(db.std_cmd(), &RUN);
    wait_until_blocked(&db.pool, &mut child).await;
    let pid = child.id().to_string();
    assert!(Command::new("kill").args(["-s", signal, &pid]).status().unwrap().success());
    let (exit, stderr) = finish(child);
    assert_eq!(exit, Some(code), "{stderr}");
    assert!(stderr.contains(message) && stderr.contains("run the same command again"), "{stderr}");
    // The run is recorded as interrupted by the process itself; the batch in flight is rolled
    // back (its transaction ended with the process, not only abandoned) and left nothing behind
    // (it had written lines and subscription updates before it blocked).
    let (status, details): (String, serde_json::Value) =
        sqlx::query_as("SELECT status, error_details FROM billing_runs").fetch_one(&db.pool).await.unwrap();
    assert_eq!(status, "interrupted");
    assert!(details.to_string().contains(&format!("interrupted by SIG{signal}")), "{details}");
    let open = format!(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'billctl {pid}@%' AND xact_start IS NOT NULL"
    );
    assert_eq!(scalar(&db, &open).await, 0, "no transaction of the stopped billctl is open");
    held.rollback().await.unwrap();
    assert_eq!(scalar(&db, "SELECT count(*) FROM invoices").await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM invoice_lines").await, 0);
    assert_eq!(scalar(&db, "SELECT count(*) FROM subscriptions WHERE next_bill_date <> '2026-07-01'").await, 0);
    at(&db, "2026-07-01", &["invoice", "run"]);
    assert_billed_once(&db, n).await;
}

#[tokio::test]
async fn sigterm_stops_a_run_with_exit_143_and_an_interrupted_record() {
    a_signal_stops_a_run_cleanly("TERM", 143, "stopped by SIGTERM").await;
}

#[tokio::test]
async fn sighup_stops_a_run_with_exit_129_and_an_interrupted_record() {
    a_signal_stops_a_run_cleanly("HUP", 129, "stopped by SIGHUP").await;
}

#[tokio::test]
async fn sigint_stops_a_run_with_exit_130_and_an_interrupted_record() {
    a_signal_stops_a_run_cleanly("INT", 130, "interrupted").await;
}

/// A private embedded cluster (not the harness's), stopped when dropped.
struct Embedded {
    dir: PathBuf,
    cluster: LocalCluster,
}

impl Embedded {
    /// Lets billctl create its cluster under a fresh data directory in `home`.
    fn create(db: &TestDb) -> Embedded {
        let dir = db.home.join("embedded");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        let e = Embedded { cluster: LocalCluster::locate(&dir).unwrap(), dir };
        let out = e.billctl(db).args(["db", "start"]).output().unwrap();
        succeeded(&out);
        e
    }

    /// billctl on this cluster (embedded mode: no database URL).
    fn billctl(&self, db: &TestDb) -> Command {
        let mut c = db.std_cmd();
        c.env_remove("BILLCTL_DATABASE_URL").env("BILLCTL_DATA_DIR", &self.dir);
        c
    }

    /// `pg_ctl ARGS` on this cluster, as the OS user it runs as.
    fn pg_ctl(&self, args: &[&str]) -> Output {
        let pg_ctl = self.cluster.bin_dir.join("pg_ctl");
        let mut c = match &self.cluster.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(pg_ctl);
                c
            }
            None => Command::new(pg_ctl),
        };
        c.arg("-D").arg(self.cluster.data_dir()).args(args).output().unwrap()
    }

    async fn pool(&self) -> PgPool {
        PgPool::connect_with(self.cluster.connect_options(billctl::store::EMBEDDED_DB)).await.unwrap()
    }

    /// A TestDb whose pool is this cluster's billctl database (for the harness's assertions).
    async fn as_test_db(&self, db: &TestDb) -> TestDb {
        TestDb {
            name: db.name.clone(),
            url: self.cluster.url("billctl"),
            pool: self.pool().await,
            home: db.home.clone(),
        }
    }
}

impl Drop for Embedded {
    fn drop(&mut self) {
        self.pg_ctl(&["-m", "immediate", "stop"]);
    }
}

#[tokio::test]
async fn the_server_dying_mid_command_is_exit_5_with_a_hint_and_the_next_command_restarts_it() {
    let db = test_db().await;
    let e = Embedded::create(&db);
    let mut plan = e.billctl(&db);
    let out =
        plan.args(["plan", "create", "--code", "bulk", "--name", "Bulk", "--price", "USD:12.34"]).output().unwrap();
    succeeded(&out);
    let edb = e.as_test_db(&db).await;
    bulk_rows(&edb.pool, 20).await;
    let held = block_numbering(&edb.pool).await;
    let mut child = spawn(e.billctl(&db), &RUN);
    wait_until_blocked(&edb.pool, &mut child).await;
    // The server dies: every backend is ended at once, as in a crash.
    let out = e.pg_ctl(&["-m", "immediate", "stop"]);
    succeeded(&out);
    let died = Instant::now();
    let (exit, stderr) = finish(child);
    eprintln!("billctl exited {:.2} s after the server died", died.elapsed().as_secs_f64());
    drop(held);
    assert_eq!(exit, Some(5), "{stderr}");
    assert!(stderr.contains("the database server went away (embedded cluster at"), "{stderr}");
    assert!(stderr.contains("hint: re-run the command: billctl restarts the embedded cluster"), "{stderr}");
    assert!(!stderr.contains("pool timed out"), "{stderr}");
    // The next command restarts the cluster and finishes the job; the dead run is marked.
    let out = e.billctl(&db).env("BILLCTL_NOW", "2026-07-01").args(["invoice", "run"]).output().unwrap();
    succeeded(&out);
    let edb = e.as_test_db(&db).await;
    assert_billed_once(&edb, 20).await;
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT status FROM billing_runs ORDER BY started_at").fetch_all(&edb.pool).await.unwrap();
    assert_eq!(statuses, ["interrupted", "finished"]);
}

#[test]
fn a_full_disk_under_stdout_is_exit_5_no_space_left_on_device() {
    let home = tempfile::tempdir().unwrap();
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let out = Command::new(assert_cmd::cargo::cargo_bin("billctl"))
        .env_clear()
        .env("HOME", home.path())
        .args(["config", "show"])
        .stdout(full)
        .output()
        .unwrap();
    let stderr = exit_5(&out);
    assert!(stderr.starts_with("error: No space left on device"), "{stderr}");
}

/// `sh -c SCRIPT` in a private mount namespace (`unshare -m`: its mounts vanish with it), with
/// billctl's path in `$BIN`.
fn in_private_mounts(db: &TestDb, script: &str) -> Command {
    let mut c = Command::new("unshare");
    c.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", &db.home)
        .env("NO_COLOR", "1")
        .env("BIN", assert_cmd::cargo::cargo_bin("billctl"))
        .args(["-m", "sh", "-c", script]);
    c
}

/// A real full disk under the embedded cluster: a small tmpfs in a private mount namespace
/// (`unshare -m`, so nothing outlives the test), filled up after the cluster is made.
#[tokio::test]
async fn a_full_disk_under_the_embedded_cluster_is_exit_5_no_space_left_on_device() {
    let db = test_db().await;
    let dir = db.home.join("small-disk");
    std::fs::create_dir_all(&dir).unwrap();
    let script = r#"
        set -u
        mount -t tmpfs -o size=96m,mode=0755 tmpfs "$DIR" || { echo "cannot mount a tmpfs" >&2; exit 99; }
        export BILLCTL_DATA_DIR="$DIR"
        "$BIN" plan create --code p --name P --price USD:1 >/dev/null || exit 98
        dd if=/dev/zero of="$DIR/filler" bs=1M >/dev/null 2>&1
        "$BIN" account create --name Filled --email f@example.com --currency USD
        code=$?
        rm -f "$DIR/filler"
        "$BIN" db stop >/dev/null 2>&1
        exit $code
    "#;
    let out = in_private_mounts(&db, script).env("DIR", &dir).output().unwrap();
    let stderr = exit_5(&out);
    assert!(stderr.contains("error: No space left on device: the disk holding the embedded cluster"), "{stderr}");
    assert!(stderr.contains(&dir.display().to_string()), "names the data directory: {stderr}");
}

#[tokio::test]
async fn a_data_directory_this_user_cannot_open_is_exit_5_naming_it() {
    let db = test_db().await;
    let dir = db.home.join("private");
    std::fs::create_dir_all(dir.join("pg")).unwrap();
    let mut cmd = db.std_cmd();
    cmd.env_remove("BILLCTL_DATABASE_URL").env("BILLCTL_DATA_DIR", &dir).args(["account", "list"]);
    if is_root() {
        // Another OS user's directory: root's, mode 0700, opened by `nobody`.
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        std::fs::set_permissions(&db.home, std::fs::Permissions::from_mode(0o755)).unwrap();
        cmd.uid(65534).gid(65534).env("HOME", "/nonexistent");
    } else {
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    let out = cmd.output().unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let stderr = exit_5(&out);
    let path = dir.join("pg").display().to_string();
    assert!(stderr.contains(&format!("cannot open the data directory {path}: Permission denied")), "{stderr}");
    assert!(stderr.contains("hint: run billctl as the OS user that owns"), "{stderr}");
}

#[tokio::test]
async fn missing_postgresql_binaries_are_exit_5_naming_the_path_and_the_package() {
    let db = test_db().await;
    let out = db
        .std_cmd()
        .env_remove("BILLCTL_DATABASE_URL")
        .env("BILLCTL_DATA_DIR", db.home.join("nopg"))
        .env("BILLCTL_PG_BINDIR", "/nonexistent/pg/bin")
        .args(["db", "start"])
        .output()
        .unwrap();
    let stderr = exit_5(&out);
    assert!(stderr.contains("not found: /nonexistent/pg/bin/initdb"), "{stderr}");
    assert!(stderr.contains("apt-get install postgresql"), "{stderr}");
}

#[tokio::test]
async fn postgresql_binaries_that_cannot_run_are_exit_5_naming_the_program() {
    let db = test_db().await;
    let bin = db.home.join("broken-pg-bin");
    std::fs::create_dir_all(&bin).unwrap();
    for program in ["initdb", "pg_ctl", "postgres", "pg_isready"] {
        std::fs::write(bin.join(program), "").unwrap(); // present, not executable
    }
    std::fs::set_permissions(&db.home, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = db
        .std_cmd()
        .env_remove("BILLCTL_DATABASE_URL")
        .env("BILLCTL_DATA_DIR", db.home.join("broken-pg"))
        .env("BILLCTL_PG_BINDIR", &bin)
        .args(["db", "start"])
        .output()
        .unwrap();
    let stderr = exit_5(&out);
    assert!(stderr.contains(&format!("{}/initdb", bin.display())), "{stderr}");
}

/// No server binaries anywhere: `/usr/lib/postgresql` hidden under an empty tmpfs in a private
/// mount namespace, and a PATH without them.
#[tokio::test]
async fn no_postgresql_binaries_anywhere_is_exit_5_saying_where_it_looked() {
    let db = test_db().await;
    let script = r#"
        if [ -d /usr/lib/postgresql ]; then
            mount -t tmpfs tmpfs /usr/lib/postgresql || { echo "cannot mount a tmpfs" >&2; exit 99; }
        fi
        exec "$BIN" db start
    "#;
    let out = in_private_mounts(&db, script)
        .env("PATH", "/usr/bin:/bin")
        .env("BILLCTL_DATA_DIR", db.home.join("nopg"))
        .output()
        .unwrap();
    let stderr = exit_5(&out);
    assert!(stderr.contains("PostgreSQL server binaries (initdb, pg_ctl, postgres, pg_isready) were not found"));
    assert!(stderr.contains("looked in: /usr/bin, /bin"), "{stderr}");
    assert!(stderr.contains("apt-get install postgresql"), "{stderr}");
}

fn config_lines(path: &Path) -> Vec<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| l.split('#').next().unwrap().trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

/// (type, auth method) of every rule in pg_hba.conf, as the server parses the file.
async fn hba_rules(pool: &PgPool) -> Vec<(String, String)> {
    sqlx::query_as("SELECT type, auth_method FROM pg_hba_file_rules").fetch_all(pool).await.unwrap()
}

/// Whether OS user root may log in as database role `other`: only trust allows it (the ident
/// map lets root be `billctl` alone).
async fn root_may_be_other(e: &Embedded) -> bool {
    sqlx::PgConnection::connect_with(&e.cluster.connect_options("postgres").username("other")).await.is_ok()
}

/// Waits (a reload is asynchronous) until [`root_may_be_other`] says `expected`; false if never.
async fn rules_say(e: &Embedded, expected: bool) -> bool {
    for _ in 0..200 {
        if root_may_be_other(e).await == expected {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

#[tokio::test]
async fn the_embedded_cluster_is_closed_however_it_is_started() {
    let db = test_db().await;
    let e = Embedded::create(&db);
    let data = e.cluster.data_dir();
    // The cluster's own files: the socket only, peer authentication only, nothing trusted.
    let hba = config_lines(&data.join("pg_hba.conf"));
    assert_eq!(hba, ["local   all       all   peer map=billctl"]);
    let conf = config_lines(&data.join("postgresql.conf"));
    assert!(conf.contains(&"listen_addresses = ''".to_string()), "{conf:?}");
    assert!(conf.contains(&format!("unix_socket_directories = '{}'", data.display())), "{conf:?}");
    // Started by hand, with no options: still no TCP listener, the socket only in the data dir.
    let out = e.billctl(&db).args(["db", "stop"]).output().unwrap();
    succeeded(&out);
    let log = e.cluster.root.join("by-hand.log");
    let out = e.pg_ctl(&["-l", &log.display().to_string(), "-w", "start"]);
    succeeded(&out);
    let pid_file = std::fs::read_to_string(data.join("postmaster.pid")).unwrap();
    let lines: Vec<&str> = pid_file.lines().collect();
    assert_eq!(lines[4], data.display().to_string(), "socket directory");
    assert_eq!(lines[5], "", "listen address: none");
    let pool = e.pool().await;
    let listen: String = sqlx::query_scalar("SHOW listen_addresses").fetch_one(&pool).await.unwrap();
    assert_eq!(listen, "");
    assert_eq!(hba_rules(&pool).await, [("local".to_string(), "peer".to_string())]);
    // Another OS user cannot connect through the socket.
    if is_root() {
        let out = e
            .billctl(&db)
            .env("BILLCTL_DATABASE_URL", e.cluster.url("billctl"))
            .env("HOME", "/nonexistent")
            .uid(65534)
            .gid(65534)
            .args(["account", "list"])
            .output()
            .unwrap();
        let stderr = exit_5(&out);
        assert!(stderr.contains("cannot connect to PostgreSQL"), "{stderr}");
    }
    // A cluster left running by an older billctl, trusting everyone, is closed by the next command.
    sqlx::query("CREATE ROLE other LOGIN").execute(&pool).await.unwrap();
    assert!(!root_may_be_other(&e).await);
    std::fs::write(data.join("pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n").unwrap();
    assert!(e.pg_ctl(&["reload"]).status.success());
    assert!(rules_say(&e, true).await, "the old rules are in force");
    let out = e.billctl(&db).args(["db", "status"]).output().unwrap();
    succeeded(&out);
    assert_eq!(config_lines(&data.join("pg_hba.conf")), ["local   all       all   peer map=billctl"]);
    assert_eq!(hba_rules(&pool).await, [("local".to_string(), "peer".to_string())]);
    assert!(rules_say(&e, false).await, "the new rules are in force");
}
