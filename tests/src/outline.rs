//! The outline of an HTML page, for snapshots that pin a page's structure without its whole
//! markup: the language and direction, the title, the headings (h1–h3), the messages
//! (`role="alert"`, `role="status"`, field errors), every form with its fields (tag, type,
//! name, label, required, invalid), the links, and the controls outside forms.
//!
//! Values that change from run to run are replaced by stable placeholders: the server's
//! address (`{base}`), tokens (`{token}`), dates and times (`{date}`, `{datetime}`), numeric
//! ids in URLs (`{id}`), numbers in field values (`{n}`), `#123` (`#{id}`), and whatever the
//! caller names in [`outline_with`]. Texts leave out tables (their cells hold content, not
//! structure), SVG, scripts and the options of lists.

use regex::Regex;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;
use std::fmt::Write;
use std::sync::LazyLock;

/// The outline of `html`, one item a line, indented by nesting.
pub fn outline(html: &str) -> String {
    outline_with(html, &[])
}

/// Like [`outline`], with values the caller knows to be volatile (a revision's number…)
/// replaced wherever they stand as a whole word: `(value, placeholder)`.
pub fn outline_with(html: &str, known: &[(&str, &str)]) -> String {
    let page = Page { doc: Html::parse_document(html), known: known.to_vec() };
    page.render()
}

struct Page<'k> {
    doc: Html,
    known: Vec<(&'k str, &'k str)>,
}

fn selector(css: &str) -> Selector {
    Selector::parse(css).unwrap_or_else(|e| panic!("selector {css}: {e}"))
}

/// Elements whose text says nothing about a page's structure.
const SKIPPED: [&str; 6] = ["table", "script", "style", "svg", "template", "select"];
/// Elements that do not start a new line of text.
const INLINE: [&str; 21] = [
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "label", "mark", "q", "s",
    "small", "span", "strong", "sub", "sup",
];

/// The text of an element as a reader sees it: whitespace collapsed, blocks (and elements
/// side by side) separated by a space, skipped elements (and those named in
/// `also_skipped`) and those hidden from assistive technology left out.
fn text(element: ElementRef, also_skipped: &[&str]) -> String {
    fn walk(element: ElementRef, also_skipped: &[&str], into: &mut String) {
        // Whether the last text or element child was an element (comments do not count).
        let mut after_element = false;
        for child in element.children() {
            match child.value() {
                Node::Text(t) => {
                    after_element = false;
                    into.push_str(t);
                }
                Node::Element(e)
                    if SKIPPED.contains(&e.name())
                        || also_skipped.contains(&e.name())
                        || e.attr("aria-hidden") == Some("true") =>
                {
                    after_element = true;
                }
                Node::Element(e) => {
                    let follows_element = std::mem::replace(&mut after_element, true);
                    let Some(child) = ElementRef::wrap(child) else { continue };
                    let block = !INLINE.contains(&e.name());
                    if block || follows_element {
                        into.push(' ');
                    }
                    walk(child, also_skipped, into);
                    if block {
                        into.push(' ');
                    }
                }
                _ => {}
            }
        }
    }
    let mut raw = String::new();
    walk(element, also_skipped, &mut raw);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

static BASE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://(?:127\.0\.0\.1|localhost|\[::1\]):\d+").expect("regex"));
static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[0-9a-fA-F]{32,}\b").expect("regex"));
static DATETIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?").expect("regex")
});
static DATE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\d{4}-\d{2}-\d{2}\b").expect("regex"));
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"#\d+\b").expect("regex"));

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

impl Page<'_> {
    /// A text with its volatile parts replaced.
    fn redact(&self, text: &str) -> String {
        let mut text = text.to_string();
        for (value, placeholder) in &self.known {
            let word = Regex::new(&format!(r"\b{}\b", regex::escape(value))).expect("regex");
            text = word.replace_all(&text, regex::NoExpand(placeholder)).into_owned();
        }
        let text = BASE.replace_all(&text, "{base}");
        let text = TOKEN.replace_all(&text, "{token}");
        let text = DATETIME.replace_all(&text, "{datetime}");
        let text = DATE.replace_all(&text, "{date}");
        NUMBERED.replace_all(&text, "#{id}").into_owned()
    }

    /// A URL with numeric path segments and query values replaced, then redacted as text.
    fn redact_url(&self, url: &str) -> String {
        let (url, fragment) = url.split_once('#').map_or((url, None), |(u, f)| (u, Some(f)));
        let (path, query) = url.split_once('?').map_or((url, None), |(p, q)| (p, Some(q)));
        let mut out: String =
            path.split('/').map(|s| if is_number(s) { "{id}" } else { s }).collect::<Vec<_>>().join("/");
        if let Some(query) = query {
            let pairs: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, v)) if is_number(v) => format!("{k}={{n}}"),
                    _ => pair.to_string(),
                })
                .collect();
            let _ = write!(out, "?{}", pairs.join("&"));
        }
        if let Some(fragment) = fragment {
            let _ = write!(out, "#{fragment}");
        }
        self.redact(&out)
    }

    /// A field's value: numbers (versions, ids) replaced, then redacted as text.
    fn redact_value(&self, value: &str) -> String {
        if is_number(value) {
            "{n}".into()
        } else {
            self.redact(value)
        }
    }

    fn text(&self, element: ElementRef) -> String {
        self.redact(&text(element, &[]))
    }

    /// The text of a message without its lists (shown item by item).
    fn text_without_lists(&self, element: ElementRef) -> String {
        self.redact(&text(element, &["ul", "ol"]))
    }

    fn render(&self) -> String {
        let mut out = String::new();
        let root = self.doc.root_element();
        let attribute = |name| root.attr(name).unwrap_or("-");
        let _ = writeln!(out, "html lang={} dir={}", attribute("lang"), attribute("dir"));
        if let Some(title) = self.doc.select(&selector("title")).next() {
            let _ = writeln!(out, "title: {}", self.text(title));
        }
        self.section(&mut out, "headings", self.headings());
        self.section(&mut out, "messages", self.messages());
        self.section(&mut out, "forms", self.forms());
        self.section(&mut out, "links", self.links());
        self.section(&mut out, "controls outside forms", self.loose_controls());
        out
    }

    fn section(&self, out: &mut String, name: &str, lines: Vec<String>) {
        if lines.is_empty() {
            return;
        }
        let _ = writeln!(out, "{name}:");
        for line in lines {
            let _ = writeln!(out, "  {line}");
        }
    }

    /// `h1`–`h3`, indented by level.
    fn headings(&self) -> Vec<String> {
        self.doc
            .select(&selector("h1, h2, h3"))
            .map(|h| {
                let name = h.value().name();
                let level: usize = name[1..].parse().unwrap_or(1);
                format!("{}{name} {}", "  ".repeat(level - 1), self.text(h))
            })
            .collect()
    }

    /// Alerts, statuses and field errors, outermost only; the items of a list in an alert,
    /// or right after it (the problems it announces), each on a line of its own.
    fn messages(&self) -> Vec<String> {
        let messages = selector("[role=alert], [role=status], .field-error");
        let lists = selector("ul, ol");
        let items = selector("li");
        let mut lines = Vec::new();
        for message in self.doc.select(&messages) {
            if message.ancestors().filter_map(ElementRef::wrap).any(|a| messages.matches(&a)) {
                continue;
            }
            let kind = match message.attr("role") {
                Some(role) => role.to_string(),
                None => match message.attr("id").and_then(|id| id.strip_prefix("error-")) {
                    Some(field) => format!("error[{field}]"),
                    None => "error".into(),
                },
            };
            lines.push(format!("{kind}: {}", self.text_without_lists(message)));
            let following = message.next_siblings().filter_map(ElementRef::wrap).next().filter(|n| lists.matches(n));
            let listed = message.select(&lists).chain(following.filter(|_| kind == "alert"));
            for item in listed.flat_map(|list| list.select(&items)) {
                lines.push(format!("  - {}", self.text(item)));
            }
        }
        lines
    }

    /// The text of each `<label for=…>`, by the id it names.
    fn labels(&self) -> HashMap<String, String> {
        self.doc
            .select(&selector("label[for]"))
            .filter_map(|l| Some((l.attr("for")?.to_string(), self.text(l))))
            .collect()
    }

    fn forms(&self) -> Vec<String> {
        let labels = self.labels();
        let mut lines = Vec::new();
        for form in self.doc.select(&selector("form")) {
            let method = form.attr("method").unwrap_or("get").to_uppercase();
            let action = form.attr("action").map(|a| self.redact_url(a)).unwrap_or_else(|| "(this page)".into());
            lines.push(format!("{method} {action}"));
            self.controls(form, &labels, 1, &mut lines);
        }
        lines
    }

    /// The controls under `parent`, fieldsets as nested groups headed by their legend.
    fn controls(&self, parent: ElementRef, labels: &HashMap<String, String>, depth: usize, lines: &mut Vec<String>) {
        for child in parent.child_elements() {
            match child.value().name() {
                "fieldset" => {
                    let legend = child.child_elements().find(|c| c.value().name() == "legend");
                    let legend = legend.map(|l| format!(" {:?}", self.text(l))).unwrap_or_default();
                    lines.push(format!("{}fieldset{legend}", "  ".repeat(depth)));
                    self.controls(child, labels, depth + 1, lines);
                }
                "input" | "select" | "textarea" | "button" => {
                    lines.push(format!("{}{}", "  ".repeat(depth), self.control(child, labels)));
                }
                _ => self.controls(child, labels, depth, lines),
            }
        }
    }

    /// One control: `tag[type] name=value "label" (options) flags`.
    fn control(&self, control: ElementRef, labels: &HashMap<String, String>) -> String {
        let tag = control.value().name();
        let kind = match tag {
            "input" => Some(control.attr("type").unwrap_or("text")),
            "button" => Some(control.attr("type").unwrap_or("submit")),
            _ => None,
        };
        let mut line = match kind {
            Some(kind) => format!("{tag}[{kind}]"),
            None => tag.to_string(),
        };
        if let Some(name) = control.attr("name") {
            let _ = write!(line, " {name}");
        }
        let shows_value = matches!(kind, Some("hidden" | "checkbox" | "radio" | "submit" | "button"));
        if let Some(value) = control.attr("value").filter(|_| shows_value) {
            let _ = write!(line, "={}", self.redact_value(value));
        }
        let label = if tag == "button" {
            Some(self.text(control))
        } else {
            control
                .attr("id")
                .and_then(|id| labels.get(id).cloned())
                .or_else(|| {
                    control
                        .ancestors()
                        .filter_map(ElementRef::wrap)
                        .find(|a| a.value().name() == "label")
                        .map(|l| self.text(l))
                })
                .or_else(|| control.attr("aria-label").map(|l| self.redact(l)))
        };
        if let Some(label) = label.filter(|l| !l.is_empty()) {
            let _ = write!(line, " {label:?}");
        }
        if tag == "select" {
            let options: Vec<ElementRef> = control.select(&selector("option")).collect();
            let names: Vec<String> = options.iter().map(|o| self.text(*o)).collect();
            let _ = write!(line, " ({})", names.join(" | "));
            if let Some(chosen) = options.iter().find(|o| o.attr("selected").is_some()) {
                let _ = write!(line, " selected={:?}", self.text(*chosen));
            }
        }
        for flag in ["required", "checked", "multiple", "disabled", "readonly"] {
            if control.attr(flag).is_some() {
                let _ = write!(line, " {flag}");
            }
        }
        if control.attr("aria-invalid") == Some("true") {
            line.push_str(" invalid");
        }
        for attribute in ["autocomplete", "inputmode", "lang", "dir"] {
            if let Some(value) = control.attr(attribute) {
                let _ = write!(line, " {attribute}={value}");
            }
        }
        line
    }

    /// Every link: its text (or accessible name) and where it goes.
    fn links(&self) -> Vec<String> {
        self.doc
            .select(&selector("a[href]"))
            .map(|a| {
                let mut name = self.text(a);
                if name.is_empty() {
                    name = a.attr("aria-label").map(|l| self.redact(l)).unwrap_or_default();
                }
                let lang = a.attr("lang").map(|l| format!(" lang={l}")).unwrap_or_default();
                format!("{name:?} -> {}{lang}", self.redact_url(a.attr("href").unwrap_or("")))
            })
            .collect()
    }

    /// Buttons and fields that belong to no form.
    fn loose_controls(&self) -> Vec<String> {
        let labels = self.labels();
        self.doc
            .select(&selector("button, input, select, textarea"))
            .filter(|c| !c.ancestors().filter_map(ElementRef::wrap).any(|a| a.value().name() == "form"))
            .map(|c| self.control(c, &labels))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r##"<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>Entra · Portineria</title></head>
        <body><a class="skip-link" href="#main">Salta</a>
        <a href="/it/"><span aria-hidden="true">P</span><span>Portineria</span><span>Servizi</span></a>
        <main id="main"><h1>Entra</h1>
        <p class="field-error" role="alert">Indirizzo o password <strong>sbagliati</strong>.</p>
        <p role="alert">Il documento ha problemi:</p><ul><li>servizio <code>x</code>: luogo sconosciuto</li></ul>
        <form method="post" action="/admin/orgs/roma/revisions/17/restore">
            <input type="hidden" name="csrf" value="0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"/>
            <input type="hidden" name="version" value="42"/>
            <p><label for="email">E-mail</label><input id="email" name="email" type="email" required value="a@b.it" autocomplete="username"/></p>
            <fieldset><legend>Nome <span class="required">obbligatorio</span></legend>
                <label for="n-ar">arabo</label><input id="n-ar" name="name.ar" lang="ar" dir="rtl" aria-invalid="true"/>
                <p class="field-error" id="error-name.ar">Troppo lungo</p>
                <label class="check"><input type="checkbox" name="organizations" value="7" checked/>Renken</label>
            </fieldset>
            <select id="role" name="role"><option value="editor">Redazione</option><option selected>Coordinamento</option></select>
            <label for="role">Ruolo</label>
            <button type="submit" name="action" value="draft">Salva</button>
        </form>
        <table><tr><td><a href="/x">in a table</a></td></tr></table>
        <p role="status">Link: http://127.0.0.1:43117/admin/invitation/ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
            valido fino al 2026-12-02 10:30, versione #12</p>
        <a href="/admin/audit?page=3&amp;q=a">Più vecchi</a><button type="button">Sciolto</button>
        </main></body></html>"##;

    const EXPECTED: &str = r#"html lang=ar dir=rtl
title: Entra · Portineria
headings:
  h1 Entra
messages:
  alert: Indirizzo o password sbagliati.
  alert: Il documento ha problemi:
    - servizio x: luogo sconosciuto
  error[name.ar]: Troppo lungo
  status: Link: {base}/admin/invitation/{token} valido fino al {datetime}, versione #{id}
forms:
  POST /admin/orgs/roma/revisions/{id}/restore
    input[hidden] csrf={token}
    input[hidden] version={n}
    input[email] email "E-mail" required autocomplete=username
    fieldset "Nome obbligatorio"
      input[text] name.ar "arabo" invalid lang=ar dir=rtl
      input[checkbox] organizations={n} "Renken" checked
    select role "Ruolo" (Redazione | Coordinamento) selected="Coordinamento"
    button[submit] action=draft "Salva"
links:
  "Salta" -> #main
  "Portineria Servizi" -> /it/
  "in a table" -> /x
  "Più vecchi" -> /admin/audit?page={n}&q=a
controls outside forms:
  button[button] "Sciolto"
"#;

    #[test]
    fn a_page_becomes_its_outline_with_volatile_values_redacted() {
        assert_eq!(outline(PAGE), EXPECTED);
    }

    #[test]
    fn a_changed_label_changes_the_outline() {
        let renamed = PAGE.replace(r#"<label for="email">E-mail</label>"#, r#"<label for="email">Posta</label>"#);
        let (before, after) = (outline(PAGE), outline(&renamed));
        assert_ne!(before, after);
        assert!(after.contains(r#"input[email] email "Posta" required"#), "{after}");
    }

    #[test]
    fn what_is_typed_and_what_differs_between_runs_leave_the_outline_alone() {
        let other_run = PAGE
            .replace("0123456789abcdef", "fedcba9876543210")
            .replace("43117", "51234")
            .replace("2026-12-02 10:30", "2027-01-15 08:05")
            .replace("revisions/17/", "revisions/18/")
            .replace(r#"value="a@b.it""#, r#"value="altro@b.it""#);
        assert_eq!(outline(&other_run), outline(PAGE));
    }

    #[test]
    fn known_values_are_replaced_as_whole_words_only() {
        let html = "<html><head><title>Versione n. 17 del 2017</title></head><body></body></html>";
        assert_eq!(
            outline_with(html, &[("17", "{revision}")]),
            "html lang=- dir=-\ntitle: Versione n. {revision} del 2017\n"
        );
    }
}
