//! The embedded default: a private PostgreSQL cluster that billctl manages itself.
//!
//! With no database URL configured, billctl finds the PostgreSQL server binaries (`PATH`,
//! `pg_config --bindir`, `/usr/lib/postgresql/*/bin`, newest first), runs `initdb` once under its
//! data directory, starts the server on demand listening only on a Unix socket inside the cluster
//! directory (no TCP port, so several clusters never collide), and leaves it running for the next
//! command. `billctl db stop` stops it.
//!
//! `initdb` refuses to run as root. When billctl runs as root, the cluster is owned by and run as
//! an unprivileged OS user (`postgres` if it exists, else `nobody`) through `runuser`. If that user
//! cannot reach the data directory (a root home directory is usually mode 0700), the cluster lives
//! in `/var/lib/billctl/clusters/<hash of the data dir>` instead; `billctl db status` shows where.

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use sqlx::postgres::PgConnectOptions;

use crate::error::{self, UserError};

/// The superuser name created by `initdb`.
pub const SUPERUSER: &str = "billctl";
/// Server settings of the embedded cluster (overridable through `settings`).
/// `wal_compression=lz4` compresses the full-page images of a large run at a fraction of the CPU
/// of the default `pglz` (measured: pglz was 9% of all CPU in a 1M-invoice run); a server built
/// without lz4 is started again with `on` (pglz).
const EMBEDDED_SETTINGS: [(&str, &str); 4] =
    [("shared_buffers", "512MB"), ("max_wal_size", "8GB"), ("checkpoint_timeout", "30min"), ("wal_compression", "lz4")];

/// The port number names the socket file; nothing listens on TCP.
pub const PORT: u16 = 5432;

#[derive(Debug, Clone)]
pub struct LocalCluster {
    /// Directory holding `data/` (PGDATA, also the socket directory) and `postgres.log`.
    pub root: PathBuf,
    pub bin_dir: PathBuf,
    /// Unprivileged user the server runs as when billctl is root.
    pub run_as: Option<String>,
    /// Extra `-c name=value` server settings (the test harness turns fsync off).
    pub settings: Vec<(String, String)>,
}

impl LocalCluster {
    /// Locates the binaries and decides where the cluster for `data_dir` lives. Does not start it.
    pub fn locate(data_dir: &Path) -> Result<LocalCluster> {
        let bin_dir = find_bin_dir()?;
        let run_as = if is_root() { Some(unprivileged_user()?) } else { None };
        let preferred = data_dir.join("pg");
        let root = match &run_as {
            Some(_) if !others_can_traverse(data_dir) => PathBuf::from("/var/lib/billctl/clusters")
                .join(format!("{:016x}", fnv1a(data_dir.to_string_lossy().as_bytes()))),
            _ => preferred,
        };
        let socket = root.join("data").join(".s.PGSQL.5432");
        if socket.as_os_str().len() > 100 {
            return Err(error::environment(format!(
                "the cluster path {} is too long for a Unix socket",
                root.display()
            ))
            .hint("set BILLCTL_DATA_DIR to a shorter directory")
            .into());
        }
        Ok(LocalCluster { root, bin_dir, run_as, settings: Vec::new() })
    }

    pub fn data_dir(&self) -> PathBuf {
        self.root.join("data")
    }

    pub fn log_file(&self) -> PathBuf {
        self.root.join("postgres.log")
    }

    pub fn is_initialized(&self) -> bool {
        self.data_dir().join("PG_VERSION").exists()
    }

    /// Connection options for `database` over the cluster's socket.
    pub fn connect_options(&self, database: &str) -> PgConnectOptions {
        PgConnectOptions::new().socket(self.data_dir()).port(PORT).username(SUPERUSER).database(database)
    }

    /// A URL for the same connection, usable by `psql` and by `--database-url`.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{SUPERUSER}@localhost/{database}?host={}", self.data_dir().display())
    }

    fn pg(&self, program: &str) -> Command {
        let path = self.bin_dir.join(program);
        match &self.run_as {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.arg("-u").arg(user).arg("--").arg(path);
                c
            }
            None => Command::new(path),
        }
    }

    /// Initializes (once) and starts (if needed) the cluster. Safe to call from concurrent
    /// processes: a lock file serializes initdb and start.
    pub fn ensure_running(&self) -> Result<()> {
        if self.is_running() {
            return Ok(());
        }
        fs::create_dir_all(&self.root).with_context(|| format!("cannot create {}", self.root.display()))?;
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.root.join("cluster.lock"))
            .context("cannot open the cluster lock file")?;
        lock.lock().context("cannot lock the cluster")?;
        if !self.is_initialized() {
            self.initdb()?;
        }
        if !self.is_running() {
            self.start()?;
        }
        drop(lock);
        Ok(())
    }

    fn initdb(&self) -> Result<()> {
        let data = self.data_dir();
        if data.exists() {
            // A half-finished initdb from a killed process: start again from scratch.
            fs::remove_dir_all(&data).with_context(|| format!("cannot clean {}", data.display()))?;
        }
        if let Some(user) = &self.run_as {
            chown_to(&self.root, user)?;
        }
        let out = self
            .pg("initdb")
            .arg("-D")
            .arg(&data)
            .arg("-U")
            .arg(SUPERUSER)
            .args(["--auth=trust", "--encoding=UTF8", "--locale=C", "--no-instructions"])
            .output()
            .context("cannot run initdb")?;
        check(out, "initdb")?;
        Ok(())
    }

    fn start(&self) -> Result<()> {
        // Sized for batch billing runs on one machine: room for the hot tables in memory and few
        // checkpoints (each forces full-page images into the WAL) during a large run. Durability
        // settings (fsync, synchronous_commit) stay at PostgreSQL's safe defaults.
        let mut settings: Vec<(String, String)> = EMBEDDED_SETTINGS
            .iter()
            .filter(|(k, _)| !self.settings.iter().any(|(s, _)| s == k))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        settings.extend(self.settings.iter().cloned());
        let mut outcome = self.pg_ctl_start(&settings)?;
        if let Err(log) = &outcome
            && log.iter().any(|l| l.contains("wal_compression"))
        {
            // Built without lz4: fall back to PostgreSQL's own compression.
            for (k, v) in &mut settings {
                if k == "wal_compression" && v == "lz4" {
                    *v = "on".into();
                }
            }
            outcome = self.pg_ctl_start(&settings)?;
        }
        if let Err(tail) = outcome {
            return Err(UserError::new(error::Kind::Environment, "the embedded PostgreSQL server did not start")
                .details(tail)
                .hint(format!("see {}", self.log_file().display()))
                .into());
        }
        // Wait until the socket accepts connections (pg_ctl -w usually covers this).
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.accepts_connections() {
            if Instant::now() > deadline {
                bail!("the embedded PostgreSQL server started but does not accept connections");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(())
    }

    /// Runs `pg_ctl start` with these settings; `Err` carries the last lines of the server log.
    fn pg_ctl_start(&self, settings: &[(String, String)]) -> Result<Result<(), Vec<String>>> {
        let data = self.data_dir();
        let mut opts = format!("-k {} -p {PORT} -c listen_addresses=''", data.display());
        for (k, v) in settings {
            opts.push_str(&format!(" -c {k}={v}"));
        }
        let out = self
            .pg("pg_ctl")
            .arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(self.log_file())
            .arg("-o")
            .arg(opts)
            .args(["-w", "-t", "60", "start"])
            .output()
            .context("cannot run pg_ctl start")?;
        if !out.status.success() && !self.is_running() {
            let log = fs::read_to_string(self.log_file()).unwrap_or_default();
            let tail: Vec<String> = log.lines().rev().take(5).map(String::from).collect();
            return Ok(Err(tail.into_iter().rev().collect()));
        }
        Ok(Ok(()))
    }

    fn accepts_connections(&self) -> bool {
        Command::new(self.bin_dir.join("pg_isready"))
            .arg("-h")
            .arg(self.data_dir())
            .args(["-p", &PORT.to_string(), "-q"])
            .status()
            .map(|s| s.success())
            .unwrap_or(false)
    }

    /// Whether a server is running on this cluster's data directory.
    pub fn is_running(&self) -> bool {
        self.is_initialized()
            && self
                .pg("pg_ctl")
                .arg("-D")
                .arg(self.data_dir())
                .arg("status")
                .output()
                .map(|o| o.status.success())
                .unwrap_or(false)
            && self.accepts_connections()
    }

    pub fn stop(&self) -> Result<bool> {
        if !self.is_initialized() || !self.is_running() {
            return Ok(false);
        }
        let out = self
            .pg("pg_ctl")
            .arg("-D")
            .arg(self.data_dir())
            .args(["-m", "fast", "-w", "stop"])
            .output()
            .context("cannot run pg_ctl stop")?;
        check(out, "pg_ctl stop")?;
        Ok(true)
    }

    /// Stops the server and deletes the whole cluster (all data).
    pub fn destroy(&self) -> Result<()> {
        let _ = self.stop();
        if self.root.exists() {
            fs::remove_dir_all(&self.root).with_context(|| format!("cannot remove {}", self.root.display()))?;
        }
        Ok(())
    }

    /// The PostgreSQL server version of the binaries.
    pub fn server_version(&self) -> String {
        Command::new(self.bin_dir.join("postgres"))
            .arg("--version")
            .output()
            .ok()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap_or_default()
    }
}

fn check(out: Output, what: &str) -> Result<()> {
    if out.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    Err(UserError::new(error::Kind::Environment, format!("{what} failed ({})", out.status))
        .details(stderr.lines().take(10).map(String::from).collect())
        .into())
}

/// Finds a directory containing initdb, pg_ctl and postgres.
pub fn find_bin_dir() -> Result<PathBuf> {
    let has_all = |d: &Path| ["initdb", "pg_ctl", "postgres", "pg_isready"].iter().all(|b| d.join(b).is_file());
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("BILLCTL_PG_BINDIR") {
        candidates.push(PathBuf::from(dir));
    }
    if let Some(path) = std::env::var_os("PATH") {
        for d in std::env::split_paths(&path) {
            // PATH often holds symlinks to the real bin dir (Debian's /usr/local/bin/initdb).
            if let Ok(real) = fs::canonicalize(d.join("initdb"))
                && let Some(parent) = real.parent()
            {
                candidates.push(parent.to_path_buf());
            }
            candidates.push(d);
        }
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        candidates.push(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
    }
    let mut versioned: Vec<(u32, PathBuf)> = fs::read_dir("/usr/lib/postgresql")
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| {
                    let v = e.file_name().to_string_lossy().parse::<u32>().ok()?;
                    Some((v, e.path().join("bin")))
                })
                .collect()
        })
        .unwrap_or_default();
    versioned.sort_by_key(|v| std::cmp::Reverse(v.0));
    candidates.extend(versioned.into_iter().map(|(_, p)| p));
    candidates.extend(["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/pgsql-15/bin"].map(PathBuf::from));
    candidates.into_iter().find(|d| has_all(d)).ok_or_else(|| {
        UserError::new(error::Kind::Environment, "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found")
            .hint(
                "install the server: `apt-get install postgresql` (Debian/Ubuntu), `dnf install postgresql-server` \
             (Fedora), `brew install postgresql@15` (macOS); or set BILLCTL_PG_BINDIR, or point \
             --database-url at an existing server",
            )
            .into()
    })
}

fn is_root() -> bool {
    fs::metadata("/proc/self").map(|m| m.uid() == 0).unwrap_or(false)
}

fn unprivileged_user() -> Result<String> {
    for user in ["postgres", "nobody"] {
        if Command::new("id").arg("-u").arg(user).output().map(|o| o.status.success()).unwrap_or(false) {
            return Ok(user.to_string());
        }
    }
    Err(error::environment("running as root, but no unprivileged user (postgres, nobody) exists to run PostgreSQL")
        .hint("create one (`useradd --system postgres`) or run billctl as a normal user")
        .into())
}

/// Whether every existing ancestor of `dir` is traversable by other users (mode o+x).
fn others_can_traverse(dir: &Path) -> bool {
    let mut cur = Some(dir);
    while let Some(d) = cur {
        if let Ok(m) = fs::metadata(d)
            && m.permissions().mode() & 0o001 == 0
        {
            return false;
        }
        cur = d.parent();
    }
    true
}

fn chown_to(dir: &Path, user: &str) -> Result<()> {
    let status =
        Command::new("chown").arg("-R").arg(format!("{user}:")).arg(dir).status().context("cannot run chown")?;
    if !status.success() {
        bail!("chown {} to {user} failed", dir.display());
    }
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    Ok(())
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100000001b3))
}
