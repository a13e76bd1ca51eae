//! A real SMTP server on 127.0.0.1 for the e-mail tests (and `examples/smtp_sink.rs`, the
//! benchmark's sink): EHLO/HELO, AUTH PLAIN and LOGIN (checking one credential when asked to),
//! MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT, several messages per connection (billctl pools its
//! connections). It records each message's envelope and raw data, and can answer 451 (try later)
//! or 550 (never) to RCPT TO.
//!
//! It runs on a thread of its own with its own runtime, so a test may block on the billctl process
//! while the sink answers it.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use base64::Engine as _;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// How the sink answers RCPT TO.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// 451 4.3.0: a temporary failure.
    Temporary,
    /// 550 5.1.1: a permanent failure.
    Permanent,
}

/// One message as it arrived.
#[derive(Debug, Clone)]
pub struct Received {
    pub mail_from: String,
    pub rcpt_to: Vec<String>,
    /// The user that authenticated, if any.
    pub auth_user: Option<String>,
    /// The raw message (headers and body, CRLF line ends, dots unstuffed).
    pub data: String,
}

impl Received {
    /// A header's value (unfolded), by case-insensitive name, from the message's top headers.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        header_in(head, name)
    }

    /// The decoded body of the first part with this content type (`text/plain`, `text/html`).
    pub fn part(&self, content_type: &str) -> Option<String> {
        let lower = self.data.to_ascii_lowercase();
        let needle = format!("content-type: {content_type}");
        let start = lower.find(&needle)?;
        // The part's headers start at the line holding its Content-Type; its body after a blank line.
        let head_start = self.data[..start].rfind("\r\n\r\n").map(|i| i + 4).unwrap_or(0);
        let head_start = self.data[head_start..start].rfind("--").map(|i| head_start + i).unwrap_or(head_start);
        let rest = &self.data[head_start..];
        let (head, body) = rest.split_once("\r\n\r\n")?;
        let body = match body.find("\r\n--") {
            Some(end) => &body[..end],
            None => body,
        };
        let encoding = header_in(head, "Content-Transfer-Encoding").unwrap_or_default().to_ascii_lowercase();
        Some(match encoding.as_str() {
            "base64" => {
                let clean: String = body.chars().filter(|c| !c.is_whitespace()).collect();
                String::from_utf8(base64::engine::general_purpose::STANDARD.decode(clean).unwrap()).unwrap()
            }
            "quoted-printable" => quoted_printable(body),
            _ => body.to_string(),
        })
    }
}

fn header_in(head: &str, name: &str) -> Option<String> {
    let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
    let prefix = format!("{}:", name.to_ascii_lowercase());
    unfolded
        .split("\r\n")
        .find(|l| l.to_ascii_lowercase().starts_with(&prefix))
        .map(|l| l[prefix.len()..].trim().to_string())
}

fn quoted_printable(body: &str) -> String {
    let joined = body.replace("=\r\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = ((bytes[i + 1] as char).to_digit(16), (bytes[i + 2] as char).to_digit(16))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Debug)]
struct State {
    mode: Mode,
    /// (user, password) the sink requires; `None`: anyone may send.
    credential: Option<(String, String)>,
    received: Vec<Received>,
    connections: u64,
    /// RCPT TO answered with 4xx/5xx.
    refused: u64,
}

/// A running sink. Dropping it leaves the thread serving until the test process ends.
pub struct Sink {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
}

impl Sink {
    /// Starts a sink on a free loopback port.
    pub fn start() -> Sink {
        Sink::start_on("127.0.0.1:0")
    }

    pub fn start_on(addr: &str) -> Sink {
        let state = Arc::new(Mutex::new(State {
            mode: Mode::Accept,
            credential: None,
            received: Vec::new(),
            connections: 0,
            refused: 0,
        }));
        let (tx, rx) = std::sync::mpsc::channel();
        let s2 = Arc::clone(&state);
        let addr = addr.to_string();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
            rt.block_on(async move {
                let listener = TcpListener::bind(&addr).await.expect("bind the SMTP sink");
                tx.send(listener.local_addr().unwrap()).unwrap();
                loop {
                    let Ok((sock, _)) = listener.accept().await else { continue };
                    s2.lock().unwrap().connections += 1;
                    let st = Arc::clone(&s2);
                    tokio::spawn(async move {
                        let _ = session(sock, st).await;
                    });
                }
            });
        });
        let addr = rx.recv().expect("the SMTP sink started");
        Sink { addr, state }
    }

    /// `smtp://127.0.0.1:PORT?tls=none` (with `user:password@` when given).
    pub fn url(&self, credential: Option<(&str, &str)>) -> String {
        match credential {
            Some((u, p)) => format!("smtp://{u}:{p}@{}?tls=none", self.addr),
            None => format!("smtp://{}?tls=none", self.addr),
        }
    }

    pub fn set_mode(&self, mode: Mode) {
        self.state.lock().unwrap().mode = mode;
    }

    /// From now on, only this user and password may send (AUTH PLAIN or LOGIN).
    pub fn require_auth(&self, user: &str, password: &str) {
        self.state.lock().unwrap().credential = Some((user.into(), password.into()));
    }

    pub fn messages(&self) -> Vec<Received> {
        self.state.lock().unwrap().received.clone()
    }

    pub fn count(&self) -> usize {
        self.state.lock().unwrap().received.len()
    }

    pub fn connections(&self) -> u64 {
        self.state.lock().unwrap().connections
    }

    pub fn refused(&self) -> u64 {
        self.state.lock().unwrap().refused
    }
}

fn address(arg: &str) -> String {
    let a = arg.split_once(':').map(|(_, r)| r).unwrap_or(arg).trim();
    a.trim_start_matches('<').split('>').next().unwrap_or("").to_string()
}

async fn session(sock: TcpStream, state: Arc<Mutex<State>>) -> std::io::Result<()> {
    let (r, mut w) = sock.into_split();
    let mut r = BufReader::new(r);
    w.write_all(b"220 sink.test ESMTP billctl test sink\r\n").await?;
    let mut auth_user: Option<String> = None;
    let mut from: Option<String> = None;
    let mut rcpt: Vec<String> = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let cmd = line.trim_end().to_string();
        let upper = cmd.to_ascii_uppercase();
        let verb = upper.split(' ').next().unwrap_or("").to_string();
        let reply: String = match verb.as_str() {
            "EHLO" => {
                "250-sink.test\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 20000000\r\n".into()
            }
            "HELO" => "250 sink.test\r\n".into(),
            "NOOP" => "250 OK\r\n".into(),
            "RSET" => {
                from = None;
                rcpt.clear();
                "250 OK\r\n".into()
            }
            "QUIT" => {
                w.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            "AUTH" => {
                let parts: Vec<&str> = cmd.split(' ').collect();
                let mech = parts.get(1).map(|m| m.to_ascii_uppercase()).unwrap_or_default();
                let (user, pass) = match mech.as_str() {
                    "PLAIN" => {
                        let b64 = match parts.get(2) {
                            Some(b) => b.to_string(),
                            None => {
                                w.write_all(b"334 \r\n").await?;
                                read_line(&mut r).await?
                            }
                        };
                        let raw = base64::engine::general_purpose::STANDARD.decode(b64.trim()).unwrap_or_default();
                        let text = String::from_utf8_lossy(&raw).to_string();
                        let mut f = text.split('\0');
                        let _authz = f.next();
                        (f.next().unwrap_or("").to_string(), f.next().unwrap_or("").to_string())
                    }
                    "LOGIN" => {
                        w.write_all(b"334 VXNlcm5hbWU6\r\n").await?;
                        let u = decode(&read_line(&mut r).await?);
                        w.write_all(b"334 UGFzc3dvcmQ6\r\n").await?;
                        let p = decode(&read_line(&mut r).await?);
                        (u, p)
                    }
                    _ => {
                        w.write_all(b"504 unrecognized authentication type\r\n").await?;
                        continue;
                    }
                };
                let ok = match &state.lock().unwrap().credential {
                    Some((cu, cp)) => *cu == user && *cp == pass,
                    None => true,
                };
                if ok {
                    auth_user = Some(user);
                    "235 2.7.0 authenticated\r\n".into()
                } else {
                    "535 5.7.8 authentication credentials invalid\r\n".into()
                }
            }
            "MAIL" => {
                let needs_auth = state.lock().unwrap().credential.is_some();
                if needs_auth && auth_user.is_none() {
                    "530 5.7.0 authentication required\r\n".into()
                } else {
                    from = Some(address(&cmd));
                    rcpt.clear();
                    "250 OK\r\n".into()
                }
            }
            "RCPT" => {
                let mode = state.lock().unwrap().mode;
                match mode {
                    Mode::Accept => {
                        rcpt.push(address(&cmd));
                        "250 OK\r\n".into()
                    }
                    Mode::Temporary => {
                        state.lock().unwrap().refused += 1;
                        "451 4.3.0 mailbox busy, try again later\r\n".into()
                    }
                    Mode::Permanent => {
                        state.lock().unwrap().refused += 1;
                        "550 5.1.1 mailbox unavailable\r\n".into()
                    }
                }
            }
            "DATA" => {
                if from.is_none() || rcpt.is_empty() {
                    "503 5.5.1 need MAIL and RCPT first\r\n".into()
                } else {
                    w.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await?;
                    let mut data = String::new();
                    loop {
                        let mut l = String::new();
                        if r.read_line(&mut l).await? == 0 {
                            return Ok(());
                        }
                        if l == ".\r\n" || l == ".\n" {
                            break;
                        }
                        let l = l.strip_prefix('.').map(str::to_string).unwrap_or(l);
                        data.push_str(&l);
                    }
                    state.lock().unwrap().received.push(Received {
                        mail_from: from.take().unwrap_or_default(),
                        rcpt_to: std::mem::take(&mut rcpt),
                        auth_user: auth_user.clone(),
                        data,
                    });
                    "250 2.0.0 OK queued\r\n".into()
                }
            }
            _ => "502 5.5.2 command not recognized\r\n".into(),
        };
        w.write_all(reply.as_bytes()).await?;
    }
}

async fn read_line<R: tokio::io::AsyncBufRead + Unpin>(r: &mut R) -> std::io::Result<String> {
    let mut l = String::new();
    r.read_line(&mut l).await?;
    Ok(l.trim_end().to_string())
}

fn decode(b64: &str) -> String {
    String::from_utf8_lossy(&base64::engine::general_purpose::STANDARD.decode(b64.trim()).unwrap_or_default())
        .to_string()
}
