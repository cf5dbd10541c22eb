//! A person using the admin area over HTTP: their own cookies, the CSRF token of the last
//! form they saw, and forms filled the way a browser would send them.

use portineria::accounts::hash_password;
use portineria::db::Database;
use reqwest::StatusCode;
use std::collections::BTreeMap;
use std::sync::Mutex;

/// A browser without JavaScript: keeps cookies, does not follow redirects.
pub struct Agent {
    pub base: String,
    client: reqwest::Client,
    cookies: Mutex<BTreeMap<String, String>>,
}

/// What a request got back.
pub struct Answer {
    pub status: StatusCode,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Answer {
    pub fn location(&self) -> &str {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
    }
}

impl Agent {
    pub fn new(base: &str) -> Agent {
        Agent { base: base.to_string(), client: crate::http(), cookies: Mutex::default() }
    }

    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies.lock().expect("cookies").get(name).cloned()
    }

    pub fn set_cookie(&self, name: &str, value: &str) {
        self.cookies.lock().expect("cookies").insert(name.into(), value.into());
    }

    fn cookie_header(&self) -> String {
        self.cookies.lock().expect("cookies").iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    async fn answer(&self, response: reqwest::Response) -> Answer {
        let status = response.status();
        let headers = response.headers().clone();
        for value in headers.get_all("set-cookie") {
            let text = value.to_str().unwrap_or("");
            let (pair, attributes) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            let mut cookies = self.cookies.lock().expect("cookies");
            if attributes.contains("Max-Age=0") {
                cookies.remove(name.trim());
            } else {
                cookies.insert(name.trim().to_string(), value.trim().to_string());
            }
        }
        Answer { status, headers, body: response.text().await.unwrap_or_default() }
    }

    /// Sends a request with this agent's cookies; `None` when the server is gone.
    async fn try_send(&self, request: reqwest::RequestBuilder) -> Option<Answer> {
        let response = request.header("cookie", self.cookie_header()).send().await.ok()?;
        Some(self.answer(response).await)
    }

    /// A GET that may fail (the server may be gone).
    pub async fn try_get(&self, path: &str) -> Option<Answer> {
        self.try_send(self.client.get(format!("{}{path}", self.base))).await
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.try_get(path).await.expect("server answers")
    }

    /// Posts a form body as it is (already encoded); `None` when the server is gone.
    async fn try_post_raw(&self, path: &str, body: Vec<u8>) -> Option<Answer> {
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        self.try_send(request).await
    }

    pub async fn post_raw(&self, path: &str, body: Vec<u8>) -> Answer {
        self.try_post_raw(path, body).await.expect("server answers")
    }

    /// Posts a `multipart/form-data` form, as a browser sends a file upload: each part is
    /// `(name, file name, bytes)`.
    pub async fn post_multipart(&self, path: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Answer {
        const BOUNDARY: &str = "----portineria-test-boundary-7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (name, file, bytes) in parts {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"").as_bytes(),
            );
            if let Some(file) = file {
                body.extend_from_slice(
                    format!("; filename=\"{file}\"\r\nContent-Type: application/xliff+xml").as_bytes(),
                );
            }
            body.extend_from_slice(b"\r\n\r\n");
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", format!("multipart/form-data; boundary={BOUNDARY}"))
            .body(body);
        self.try_send(request).await.expect("server answers")
    }

    /// A form POST that may fail (the server may be gone).
    pub async fn try_post(&self, path: &str, form: &[(String, String)]) -> Option<Answer> {
        self.try_post_raw(path, encode(form).into_bytes()).await
    }

    pub async fn post(&self, path: &str, form: &[(String, String)]) -> Answer {
        self.try_post(path, form).await.expect("server answers")
    }

    /// Logs in through the login form; the answer to the form's POST.
    pub async fn login(&self, email: &str, password: &str) -> Answer {
        let page = self.get("/admin/login").await;
        let csrf = hidden(&page.body, "csrf");
        self.post("/admin/login", &pairs(&[("csrf", &csrf), ("email", email), ("password", password)])).await
    }

    /// A fresh agent on `base`, logged in (the login must succeed: a 303 to the dashboard).
    pub async fn logged_in(base: &str, (email, password): (&str, &str)) -> Agent {
        let agent = Agent::new(base);
        let answer = agent.login(email, password).await;
        assert_eq!(answer.status.as_u16(), 303, "{email} logs in: {}", answer.body);
        agent
    }

    /// The CSRF token of the admin area's forms, from any admin page.
    pub async fn csrf(&self) -> String {
        hidden(&self.get("/admin").await.body, "csrf")
    }
}

pub fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// A form as a browser encodes it (`application/x-www-form-urlencoded`).
fn encode(form: &[(String, String)]) -> String {
    url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish()
}

/// The value of the first hidden field `name` in a page.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    html.find(&marker).map(|i| html[i + marker.len()..].chars().take_while(|c| *c != '"').collect()).unwrap_or_default()
}

fn unescape(text: &str) -> String {
    text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

/// The fields of the first form whose action is `action`, as the browser would send them
/// (ticked boxes, selected options, text as shown).
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let start = html.find(&format!("action=\"{action}\"")).unwrap_or_else(|| panic!("form {action} on the page"));
    let form = &html[start..];
    let form = &form[..form.find("</form>").expect("form ends")];
    let mut fields = Vec::new();
    let mut rest = form;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        let tag: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let end = rest.find('>').unwrap_or(rest.len());
        let attributes = &rest[..end];
        let attr = |name: &str| {
            let marker = format!(" {name}=\"");
            attributes.find(&marker).map(|i| {
                unescape(&attributes[i + marker.len()..].chars().take_while(|c| *c != '"').collect::<String>())
            })
        };
        let Some(name) = attr("name") else { continue };
        match tag.as_str() {
            "input" if attr("type").as_deref() == Some("checkbox") && attributes.contains(" checked") => {
                fields.push((name, attr("value").unwrap_or_default()));
            }
            "input" if attr("type").as_deref() == Some("checkbox") => {}
            "input" => fields.push((name, attr("value").unwrap_or_default())),
            "textarea" => {
                let text = &rest[end + 1..];
                fields.push((name, unescape(&text[..text.find("</textarea>").unwrap_or(0)])));
            }
            "select" => {
                let options = &rest[end..rest.find("</select>").unwrap_or(rest.len())];
                let chosen: String = options
                    .find(" selected")
                    .and_then(|i| {
                        let before = &options[..i];
                        before.rfind("value=\"").map(|j| before[j + 7..].chars().take_while(|c| *c != '"').collect())
                    })
                    .unwrap_or_default();
                fields.push((name, unescape(&chosen)));
            }
            _ => {}
        }
    }
    fields
}

/// Sets (replaces) one field of a filled form.
pub fn set(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_string(), value.to_string()));
}

pub fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("")
}

/// Creates an account straight in the database (as `portineria user add` does), member of
/// the organisations named.
pub async fn account(database_url: &str, email: &str, role: &str, password: &str, organizations: &[&str]) {
    let db = Database::open(database_url).await.expect("database");
    let role = role.parse().expect("role");
    let id = db.create_user(email, role, Some(&hash_password(password).expect("hash"))).await.expect("account");
    for slug in organizations {
        let row = db.document(slug).await.expect("read").expect("organisation exists");
        db.set_membership(id, row.id, true).await.expect("membership");
    }
    db.close().await;
}

/// The edit form of an entry, filled as it is.
pub async fn entry_form_of(agent: &Agent, path: &str) -> Vec<(String, String)> {
    let page = agent.get(path).await;
    assert_eq!(page.status.as_u16(), 200, "{path}");
    form_fields(&page.body, path)
}

/// Elements in a page that came from stored markup: a `<script>` whose code calls
/// `alert(`, or an `<img>` with `onerror`. Reads the HTML as a browser's tokenizer would,
/// so the same characters inside an attribute value or a JSON string are not counted.
pub fn injected_elements(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            i += 1;
            continue;
        }
        // A tag: up to its closing `>`, skipping quoted attribute values.
        let start = i;
        let mut quote = None;
        i += 1;
        while i < bytes.len() {
            match (quote, bytes[i]) {
                (None, b'"' | b'\'') => quote = Some(bytes[i]),
                (Some(q), c) if c == q => quote = None,
                (None, b'>') => break,
                _ => {}
            }
            i += 1;
        }
        let tag = &html[start..i.min(html.len())];
        let name: String =
            tag[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_lowercase();
        if name == "img" && tag.to_lowercase().contains("onerror") {
            found.push(tag.to_string());
        }
        if name == "script" {
            let body_end = html[i..].find("</script>").map_or(html.len(), |e| i + e);
            if html[i..body_end].contains("alert(") && !html[i..body_end].contains("\\u003cscript") {
                found.push(format!("{tag}>{}", &html[i + 1..body_end.min(i + 80)]));
            }
        }
    }
    found
}

/// The edition number of the entry at `path`, whose Italian summary a test publishes as
/// "Edizione N …", with the summary itself.
pub async fn summary_edition(agent: &Agent, path: &str) -> (usize, String) {
    let summary = field(&entry_form_of(agent, path).await, "summary.it").to_string();
    let edition = summary.split_whitespace().nth(1).and_then(|n| n.parse().ok());
    (edition.unwrap_or_else(|| panic!("an edition number in {summary:?}")), summary)
}

/// Publishes `org`'s draft as `agent`, then returns the Italian public page of a service
/// that is received at the organisation's location `key`.
pub async fn publish_then_page_at(server: &crate::TestServer, agent: &Agent, org: &str, key: &str) -> String {
    let org_path = format!("/admin/orgs/{org}");
    let publish = form_fields(&agent.get(&org_path).await.body, &format!("{org_path}/publish"));
    assert_eq!(agent.post(&format!("{org_path}/publish"), &publish).await.status.as_u16(), 303, "published");
    let services = server.state.db.document(org).await.expect("read").expect("organisation").published.services;
    let service = services.iter().find(|s| s.locations.iter().any(|l| l == key)).expect("a service there");
    crate::page_at(&server.base, &format!("/it/services/{}", service.slug)).await.1
}
