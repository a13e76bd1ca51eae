//! The embedded default: a private PostgreSQL cluster that billctl manages itself.
//!
//! With no database URL configured, billctl finds the PostgreSQL server binaries
//! (`BILLCTL_PG_BINDIR` alone if set, else `PATH`, `pg_config --bindir`,
//! `/usr/lib/postgresql/*/bin`, newest first), runs `initdb` once under its data directory, starts
//! the server on demand listening only on a Unix socket inside the cluster directory (no TCP port,
//! so several clusters never collide), and leaves it running for the next command. `billctl db
//! stop` stops it.
//!
//! The cluster is closed however it is started (billctl, or `pg_ctl start` by hand): its own
//! configuration, rewritten on every start (and reloaded when an older billctl left it running),
//! says `listen_addresses = ''` and puts the only socket in the data directory (mode 0700, so only
//! its owner and root can reach it); `pg_hba.conf` has one `local … peer` line and no host lines,
//! and `pg_ident.conf` lets exactly the server's OS user and root log in, as the `billctl` role.
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

    /// Refuses (exit 5, naming the path) a cluster directory this OS user cannot open: without
    /// this, an unreadable cluster looks uninitialised and fails later, obscurely.
    fn check_access(&self) -> Result<()> {
        for dir in [self.root.clone(), self.data_dir()] {
            match fs::read_dir(&dir) {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
                Err(e) => return Err(io_failure(e, "cannot open the data directory", &dir)),
            }
        }
        Ok(())
    }

    /// The OS user the server runs as (the data directory's owner).
    fn server_user(&self) -> Result<String> {
        match &self.run_as {
            Some(user) => Ok(user.clone()),
            None => current_user(),
        }
    }

    /// The access rules for the cluster's own files (see the module doc) that differ from what
    /// the files say: (path, new content). Written over the existing files, which so keep their
    /// owner (the server's OS user).
    fn config_changes(&self) -> Result<Vec<(PathBuf, String)>> {
        let data = self.data_dir();
        let user = self.server_user()?;
        let hba = "# Written by billctl on every start; edits are replaced.\n\
                   # Only the cluster's own Unix socket, only the OS users in pg_ident.conf (map billctl).\n\
                   # TYPE  DATABASE  USER  METHOD\n\
                   local   all       all   peer map=billctl\n"
            .to_string();
        let ident = format!(
            "# Written by billctl on every start; edits are replaced.\n\
             # MAPNAME  SYSTEM-USERNAME  PG-USERNAME\n\
             billctl    {user}  {SUPERUSER}\n\
             billctl    root  {SUPERUSER}\n"
        );
        let conf_path = data.join("postgresql.conf");
        let conf = fs::read_to_string(&conf_path).map_err(|e| io_failure(e, "cannot read", &conf_path))?;
        let conf = with_managed_block(&conf, &data);
        Ok([("pg_hba.conf", hba), ("pg_ident.conf", ident), ("postgresql.conf", conf)]
            .into_iter()
            .map(|(name, text)| (data.join(name), text))
            .filter(|(path, text)| fs::read_to_string(path).ok().as_deref() != Some(text.as_str()))
            .collect())
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
        self.check_access()?;
        if self.is_running() && self.config_changes()?.is_empty() {
            return Ok(());
        }
        fs::create_dir_all(&self.root).map_err(|e| io_failure(e, "cannot create the data directory", &self.root))?;
        let lock_path = self.root.join("cluster.lock");
        let lock = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| io_failure(e, "cannot open the cluster lock file", &lock_path))?;
        lock.lock().context("cannot lock the cluster")?;
        if !self.is_initialized() {
            self.initdb()?;
        }
        let running = self.is_running();
        let changes = self.config_changes()?;
        for (path, text) in &changes {
            fs::write(path, text).map_err(|e| io_failure(e, "cannot write", path))?;
        }
        if !running {
            self.start()?;
        } else if !changes.is_empty() {
            // Started by an older billctl with a trusting pg_hba.conf: close it now.
            let out = run(self.pg("pg_ctl").arg("-D").arg(self.data_dir()).arg("reload"), "pg_ctl reload")?;
            check(out, "pg_ctl reload")?;
        }
        drop(lock);
        Ok(())
    }

    fn initdb(&self) -> Result<()> {
        let data = self.data_dir();
        if data.exists() {
            // A half-finished initdb from a killed process: start again from scratch.
            fs::remove_dir_all(&data).map_err(|e| io_failure(e, "cannot clean", &data))?;
        }
        if let Some(user) = &self.run_as {
            chown_to(&self.root, user)?;
        }
        let out = run(
            self.pg("initdb").arg("-D").arg(&data).arg("-U").arg(SUPERUSER).args([
                "--auth-local=peer",
                "--auth-host=reject",
                "--encoding=UTF8",
                "--locale=C",
                "--no-instructions",
            ]),
            "initdb",
        )?;
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
        // Socket, port and listen_addresses come from the cluster's own postgresql.conf.
        let opts: Vec<String> = settings.iter().map(|(k, v)| format!("-c {k}={v}")).collect();
        let out = run(
            self.pg("pg_ctl")
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(self.log_file())
                .arg("-o")
                .arg(opts.join(" "))
                .args(["-w", "-t", "60", "start"]),
            "pg_ctl start",
        )?;
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
        let out =
            run(self.pg("pg_ctl").arg("-D").arg(self.data_dir()).args(["-m", "fast", "-w", "stop"]), "pg_ctl stop")?;
        check(out, "pg_ctl stop")?;
        Ok(true)
    }

    /// Stops the server and deletes the whole cluster (all data).
    pub fn destroy(&self) -> Result<()> {
        let _ = self.stop();
        if self.root.exists() {
            fs::remove_dir_all(&self.root).map_err(|e| io_failure(e, "cannot remove", &self.root))?;
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

/// Runs a PostgreSQL program (or `runuser`); one that cannot be started is an environment error
/// naming the program and the package to install.
fn run(cmd: &mut Command, what: &str) -> Result<Output> {
    cmd.output().map_err(|e| {
        let program = cmd.get_program().to_string_lossy().into_owned();
        let package = if program.ends_with("runuser") { "util-linux" } else { "postgresql" };
        UserError::new(error::Kind::Environment, format!("cannot run {what}: {program}: {e}"))
            .hint(format!("install the {package} package (e.g. `apt-get install {package}`)"))
            .into()
    })
}

/// An I/O failure on a cluster path: permission denied and a full disk are environment errors
/// (exit 5) that name the path; others keep their cause.
fn io_failure(e: std::io::Error, what: &str, path: &Path) -> anyhow::Error {
    let hint = if e.kind() == std::io::ErrorKind::PermissionDenied {
        let owner = fs::metadata(path).map(|m| format!(" (owner uid {})", m.uid())).unwrap_or_default();
        format!(
            "run billctl as the OS user that owns {}{owner}, or set BILLCTL_DATA_DIR to a directory of your own",
            path.display()
        )
    } else if e.raw_os_error() == Some(libc::ENOSPC) {
        format!("free space on the disk holding {}, or set BILLCTL_DATA_DIR to another disk", path.display())
    } else {
        return anyhow::Error::new(e).context(format!("{what} {}", path.display()));
    };
    UserError::new(error::Kind::Environment, format!("{what} {}: {e}", path.display())).hint(hint).into()
}

/// `conf` with billctl's block (listen nowhere but the socket in `data`) at its end, replacing
/// an earlier one: later lines win in postgresql.conf.
fn with_managed_block(conf: &str, data: &Path) -> String {
    const BEGIN: &str = "# BEGIN billctl: written on every start; edits inside this block are replaced";
    const END: &str = "# END billctl";
    let mut out = String::new();
    let mut inside = false;
    for line in conf.lines() {
        if line == BEGIN {
            inside = true;
        } else if inside && line == END {
            inside = false;
        } else if !inside {
            out.push_str(line);
            out.push('\n');
        }
    }
    let socket_dir = data.display().to_string().replace('\'', "''");
    out.push_str(&format!(
        "{BEGIN}\nlisten_addresses = ''\nport = {PORT}\nunix_socket_directories = '{socket_dir}'\n\
         unix_socket_permissions = 0700\n{END}\n"
    ));
    out
}

/// The name of the OS user running this process.
fn current_user() -> Result<String> {
    let uid = fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(u32::MAX);
    let from_passwd = fs::read_to_string("/etc/passwd").ok().and_then(|p| {
        p.lines().find_map(|l| {
            let f: Vec<&str> = l.split(':').collect();
            (f.len() > 2 && f[2].parse() == Ok(uid)).then(|| f[0].to_string())
        })
    });
    if let Some(name) = from_passwd {
        return Ok(name);
    }
    let out = run(Command::new("id").arg("-un"), "id -un")?;
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
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

/// The programs the embedded cluster needs, all from one directory.
const PROGRAMS: [&str; 4] = ["initdb", "pg_ctl", "postgres", "pg_isready"];

const INSTALL_HINT: &str = "install the server: `apt-get install postgresql` (Debian/Ubuntu), `dnf install \
     postgresql-server` (Fedora), `brew install postgresql@15` (macOS); or set BILLCTL_PG_BINDIR, or point \
     --database-url at an existing server";

/// Finds a directory containing initdb, pg_ctl, postgres and pg_isready. `BILLCTL_PG_BINDIR`,
/// when set, is the only place looked at (a wrong setting is said, not silently replaced).
pub fn find_bin_dir() -> Result<PathBuf> {
    let missing = |d: &Path| -> Vec<String> {
        PROGRAMS.iter().map(|b| d.join(b)).filter(|p| !p.is_file()).map(|p| p.display().to_string()).collect()
    };
    if let Some(dir) = crate::config::env_os("BILLCTL_PG_BINDIR") {
        let dir = PathBuf::from(dir);
        let absent = missing(&dir);
        if absent.is_empty() {
            return Ok(dir);
        }
        return Err(UserError::new(
            error::Kind::Environment,
            format!("BILLCTL_PG_BINDIR={} lacks the PostgreSQL server binaries", dir.display()),
        )
        .details(absent.into_iter().map(|p| format!("not found: {p}")).collect())
        .hint(INSTALL_HINT)
        .into());
    }
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(path) = crate::config::env_os("PATH") {
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
    if let Some(found) = candidates.iter().find(|d| missing(d).is_empty()) {
        return Ok(found.clone());
    }
    let mut tried: Vec<String> = Vec::new();
    for c in candidates {
        let c = c.display().to_string();
        if !tried.contains(&c) {
            tried.push(c);
        }
    }
    Err(UserError::new(
        error::Kind::Environment,
        format!("PostgreSQL server binaries ({}) were not found", PROGRAMS.join(", ")),
    )
    .details(vec![format!("looked in: {}", tried.join(", "))])
    .hint(INSTALL_HINT)
    .into())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_managed_block_closes_tcp_and_replaces_an_earlier_one() {
        let data = Path::new("/srv/it's/data");
        let once = with_managed_block("#listen_addresses = 'localhost'\nshared_buffers = 128MB\n", data);
        assert!(once.starts_with("#listen_addresses = 'localhost'\nshared_buffers = 128MB\n"), "{once}");
        assert!(once.contains("\nlisten_addresses = ''\n"), "{once}");
        assert!(once.contains("\nunix_socket_directories = '/srv/it''s/data'\n"), "{once}");
        assert_eq!(with_managed_block(&once, data), once, "rewriting changes nothing");
        let moved = with_managed_block(&once, Path::new("/elsewhere"));
        assert_eq!(moved.matches("# BEGIN billctl").count(), 1, "{moved}");
        assert!(moved.contains("unix_socket_directories = '/elsewhere'") && !moved.contains("/srv"), "{moved}");
    }
}
