//! A local SMTP server for the tests: it takes every message and keeps it, so a test reads
//! what Portineria sent. It speaks the few commands a client needs (no TLS, no AUTH) on its
//! own thread, whichever runtime the sender runs on.

use base64::Engine;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// One message as received.
#[derive(Clone, Debug)]
pub struct Mail {
    pub to: Vec<String>,
    /// The message as sent (headers, blank line, body), lines ending in CRLF.
    pub data: String,
}

impl Mail {
    /// A header's value, with RFC 2047 encoded words decoded.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = &self.data[..self.data.find("\r\n\r\n").unwrap_or(self.data.len())];
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if line.starts_with([' ', '\t']) {
                // Unfolding drops the line break, not the space after it.
                if let Some(v) = value.as_mut() {
                    v.push_str(line);
                }
                continue;
            }
            if value.is_some() {
                break;
            }
            if let Some((key, rest)) = line.split_once(':') {
                if key.eq_ignore_ascii_case(name) {
                    value = Some(rest.trim().to_string());
                }
            }
        }
        value.map(|v| decode_words(&v))
    }

    /// The body as text, its transfer encoding undone.
    pub fn text(&self) -> String {
        let body = &self.data[self.data.find("\r\n\r\n").map_or(0, |i| i + 4)..];
        match self.header("Content-Transfer-Encoding").map(|e| e.to_ascii_lowercase()).as_deref() {
            Some("base64") => {
                let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
                let bytes = base64::engine::general_purpose::STANDARD.decode(compact).expect("base64 body");
                String::from_utf8(bytes).expect("UTF-8 body")
            }
            Some("quoted-printable") => quoted_printable(body),
            _ => body.to_string(),
        }
    }
}

fn quoted_printable(text: &str) -> String {
    let text = text.replace("=\r\n", "");
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && i + 3 <= bytes.len() {
            if let Ok(byte) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(byte);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).expect("UTF-8 body")
}

/// `=?utf-8?b?…?=` and `=?utf-8?q?…?=` words decoded; the space between two encoded words
/// goes (RFC 2047 §6.2), any other stays.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    let mut previous_encoded = None;
    for part in value.split_whitespace() {
        let inner = part.strip_prefix("=?").and_then(|p| p.strip_suffix("?="));
        let decoded = match inner.map(|p| p.splitn(3, '?').collect::<Vec<_>>()).as_deref() {
            Some([_, encoding, text]) if encoding.eq_ignore_ascii_case("b") => {
                let bytes = base64::engine::general_purpose::STANDARD.decode(text).expect("encoded word");
                Some(String::from_utf8(bytes).expect("UTF-8 word"))
            }
            Some([_, encoding, text]) if encoding.eq_ignore_ascii_case("q") => {
                Some(quoted_printable(&text.replace('_', " ")))
            }
            _ => None,
        };
        let encoded = decoded.is_some();
        if previous_encoded.is_some() && !(encoded && previous_encoded == Some(true)) {
            out.push(' ');
        }
        out.push_str(&decoded.unwrap_or_else(|| part.to_string()));
        previous_encoded = Some(encoded);
    }
    out
}

pub struct SmtpSink {
    pub port: u16,
    mails: Arc<Mutex<Vec<Mail>>>,
}

impl SmtpSink {
    /// Listens on a free local port until the test process ends.
    pub fn start() -> SmtpSink {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = listener.local_addr().expect("address").port();
        listener.set_nonblocking(true).expect("non-blocking");
        let mails = Arc::new(Mutex::new(Vec::new()));
        let kept = mails.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("listener");
                while let Ok((stream, _)) = listener.accept().await {
                    tokio::spawn(session(stream, kept.clone()));
                }
            });
        });
        SmtpSink { port, mails }
    }

    /// The URL to give `PORTINERIA_SMTP_URL`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn mails(&self) -> Vec<Mail> {
        self.mails.lock().expect("mails").clone()
    }

    /// The messages to `address`.
    pub fn to(&self, address: &str) -> Vec<Mail> {
        self.mails().into_iter().filter(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address))).collect()
    }

    /// Waits (up to ten seconds) until `count` messages have arrived.
    pub async fn wait_for(&self, count: usize) -> Vec<Mail> {
        let started = Instant::now();
        while self.mails().len() < count && started.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.mails()
    }
}

async fn session(stream: tokio::net::TcpStream, mails: Arc<Mutex<Vec<Mail>>>) {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let mut to = Vec::new();
    if write.write_all(b"220 sink ESMTP\r\n").await.is_err() {
        return;
    }
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
            return;
        }
        let command = line.trim_end().to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") {
            b"250-sink\r\n250 8BITMIME\r\n"
        } else if command.starts_with("MAIL FROM:") || command == "RSET" {
            to.clear();
            b"250 OK\r\n"
        } else if command.starts_with("RCPT TO:") {
            let address = line.trim_end()[8..].trim().trim_start_matches('<').trim_end_matches('>').to_string();
            to.push(address);
            b"250 OK\r\n"
        } else if command == "DATA" {
            if write.write_all(b"354 go on\r\n").await.is_err() {
                return;
            }
            let mut data = String::new();
            loop {
                line.clear();
                if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                    return;
                }
                if line == ".\r\n" || line == ".\n" {
                    break;
                }
                data.push_str(line.strip_prefix('.').filter(|_| line.starts_with("..")).unwrap_or(&line));
            }
            mails.lock().expect("mails").push(Mail { to: std::mem::take(&mut to), data });
            b"250 queued\r\n"
        } else if command == "QUIT" {
            let _ = write.write_all(b"221 bye\r\n").await;
            return;
        } else {
            b"250 OK\r\n"
        };
        if write.write_all(reply).await.is_err() {
            return;
        }
    }
}
