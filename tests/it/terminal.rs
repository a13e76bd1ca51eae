//! billctl at a real terminal: a pseudo-terminal from `script` (util-linux), answered as a person
//! types, for the wizard and Ctrl-C tests.

use std::ffi::OsStr;
use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::Receiver;
use std::time::Duration;

/// A billctl running at a pseudo-terminal, and what it has shown so far.
pub struct Terminal {
    child: Child,
    rx: Receiver<Vec<u8>>,
    seen: Vec<u8>,
}

impl Terminal {
    /// `billctl ARGS` under `script` with a clean environment (PATH, TERM, NO_COLOR) plus `env`.
    pub fn start(args: &str, env: &[(&str, &OsStr)]) -> Terminal {
        let billctl = assert_cmd::cargo::cargo_bin("billctl");
        let mut cmd = Command::new("script");
        // The pause after billctl exits lets `script` pass on all it printed before it closes.
        cmd.args(["-qfec", &format!("{} {args}; rc=$?; sleep 1; exit $rc", billctl.display()), "/dev/null"])
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TERM", "xterm")
            .env("NO_COLOR", "1");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd
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
        Terminal { child, rx, seen: Vec::new() }
    }

    /// Waits for `prompt` (after what was shown so far), then for the prompt to read keys (raw
    /// mode: ISIG off; typed before, a Ctrl-C would become SIGINT and a line would be cooked), then
    /// types `answer`.
    pub fn answer(&mut self, prompt: &str, answer: &str) {
        let from = self.seen.len();
        while !String::from_utf8_lossy(&self.seen[from..]).contains(prompt) {
            let chunk = self.rx.recv_timeout(Duration::from_secs(60)).unwrap_or_else(|_| {
                panic!("billctl never asked {prompt:?}; it showed:\n{}", String::from_utf8_lossy(&self.seen))
            });
            self.seen.extend(chunk);
        }
        for _ in 0..3000 {
            if self.reading_keys() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(self.reading_keys(), "the prompt {prompt:?} never put the terminal in raw mode");
        let stdin = self.child.stdin.as_mut().unwrap();
        stdin.write_all(answer.as_bytes()).unwrap();
        stdin.flush().unwrap();
    }

    /// Waits for billctl to end: its exit code and all it showed.
    pub fn finish(mut self) -> (Option<i32>, String) {
        let status = self.child.wait().unwrap();
        while let Ok(chunk) = self.rx.recv_timeout(Duration::from_secs(5)) {
            self.seen.extend(chunk);
        }
        (status.code(), String::from_utf8_lossy(&self.seen).into_owned())
    }

    /// Whether billctl (script → sh → billctl) has its terminal in raw mode.
    fn reading_keys(&self) -> bool {
        let children =
            |pid: &str| std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        let sh = children(&self.child.id().to_string());
        let Some(sh) = sh.split_whitespace().next() else { return false };
        let billctl = children(sh);
        let Some(pid) = billctl.split_whitespace().next() else { return false };
        let Ok(tty) = std::fs::read_link(format!("/proc/{pid}/fd/0")) else { return false };
        let stty = Command::new("stty").arg("-F").arg(&tty).arg("-a").output();
        stty.is_ok_and(|o| String::from_utf8_lossy(&o.stdout).contains("-isig"))
    }
}
