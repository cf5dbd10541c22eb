//! The module graph of a crate, read from its source files, to keep the server layered.
//!
//! Every `use` item (groups expanded), every inline `crate::…` path and every `super::…`
//! path becomes an edge from the file's module to the deepest module the path names. The rule
//! checked is the one `docs/ARCHITECTURE.md` states: inside every folder, the modules form a
//! graph without cycles. An edge between two modules is counted between the two children of
//! their closest common parent, so `admin::entries → search::query` is `admin → search`; a
//! module reaching into its own parent or child (`super::AdminError`, a `mod.rs` naming its
//! children to build a router) is containment, not layering, and is not counted.
//!
//! A small reader rather than `cargo-modules`: no heavy tool in CI, and the rules are the few
//! this crate's style keeps (no glob re-exports across folders, tests in a trailing
//! `#[cfg(test)] mod tests`, which is left out).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module's path from the crate root: `["admin", "entries"]`; the root is empty.
pub type ModulePath = Vec<String>;

/// The modules of one crate and the layering edges between siblings.
#[derive(Debug, Default)]
pub struct ModuleGraph {
    modules: BTreeSet<ModulePath>,
    /// Sibling → sibling, each with one source line that made it (for the error message).
    edges: BTreeMap<(ModulePath, ModulePath), String>,
}

impl ModuleGraph {
    /// Reads every `.rs` file under `src` (the library's root `lib.rs`; `main.rs` is another
    /// crate and is skipped).
    pub fn read(src: &Path) -> std::io::Result<ModuleGraph> {
        let mut files = Vec::new();
        collect_files(src, src, &mut files)?;
        let mut graph = ModuleGraph::default();
        for (module, _) in &files {
            graph.modules.insert(module.clone());
        }
        for (module, text) in &files {
            for (path, line) in referenced_paths(module, text) {
                if let Some(target) = graph.resolve(&path) {
                    if let Some((from, to)) = sibling_edge(module, &target) {
                        graph.edges.entry((from, to)).or_insert_with(|| format!("{}: {line}", display(module)));
                    }
                }
            }
        }
        Ok(graph)
    }

    /// How many modules were read.
    pub fn module_count(&self) -> usize {
        self.modules.len()
    }

    /// The deepest known module a path from the crate root names (`db::read::Row` → `db::read`).
    fn resolve(&self, path: &[String]) -> Option<ModulePath> {
        (1..=path.len()).rev().map(|n| path[..n].to_vec()).find(|prefix| self.modules.contains(prefix))
    }

    /// Every cycle between sibling modules, each as its modules in order with the lines that
    /// link them. Empty when the crate is layered.
    pub fn cycles(&self) -> Vec<String> {
        let mut next: BTreeMap<&ModulePath, Vec<&ModulePath>> = BTreeMap::new();
        for (from, to) in self.edges.keys() {
            next.entry(from).or_default().push(to);
        }
        strongly_connected(&next)
            .into_iter()
            .filter(|component| component.len() > 1)
            .map(|component| {
                let members: BTreeSet<&ModulePath> = component.iter().copied().collect();
                let names: Vec<String> = component.iter().map(|m| display(m)).collect();
                let why: Vec<&str> = self
                    .edges
                    .iter()
                    .filter(|((from, to), _)| members.contains(from) && members.contains(to))
                    .map(|(_, line)| line.as_str())
                    .collect();
                format!("{{{}}}\n    {}", names.join(", "), why.join("\n    "))
            })
            .collect()
    }
}

fn display(module: &[String]) -> String {
    if module.is_empty() {
        "crate".into()
    } else {
        module.join("::")
    }
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<(ModulePath, String)>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect_files(root, &path, out)?;
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = path.strip_prefix(root).expect("under root").with_extension("");
        let mut module: ModulePath = relative.iter().map(|s| s.to_string_lossy().into_owned()).collect();
        match module.last().map(String::as_str) {
            Some("main") if module.len() == 1 => continue,
            Some("lib") if module.len() == 1 => module.clear(),
            Some("mod") => {
                module.pop();
            }
            _ => {}
        }
        out.push((module, std::fs::read_to_string(&path)?));
    }
    Ok(())
}

/// The edge between the two children of the modules' closest common parent, or `None` when
/// one contains the other.
fn sibling_edge(from: &[String], to: &[String]) -> Option<(ModulePath, ModulePath)> {
    let common = from.iter().zip(to).take_while(|(a, b)| a == b).count();
    if common == from.len() || common == to.len() {
        return None;
    }
    Some((from[..=common].to_vec(), to[..=common].to_vec()))
}

/// The paths from the crate root that a file's code names, each with its source line.
fn referenced_paths(module: &[String], text: &str) -> Vec<(Vec<String>, String)> {
    let code = without_tests(&without_comments(text));
    let mut found = Vec::new();
    for line in code.lines() {
        for (start, _) in line.match_indices("crate::").chain(line.match_indices("super::")) {
            let before = line[..start].chars().next_back();
            // `super::super::x` is read once, from its first `super`; `$crate` is a macro's.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':' || c == '$') {
                continue;
            }
            for path in expand(&line[start..]) {
                if let Some(absolute) = absolute(module, &path) {
                    found.push((absolute, line.trim().to_string()));
                }
            }
        }
    }
    // `use` items spanning lines: `use crate::{\n a,\n b::c,\n};`
    for item in code.split(';') {
        let item = item.trim_start();
        let Some(tree) = item.strip_prefix("use ").or_else(|| item.split_once(" use ").map(|(_, t)| t)) else {
            continue;
        };
        if !tree.contains('\n') {
            continue;
        }
        let flat: String = tree.split_whitespace().collect();
        for path in expand(&flat) {
            if let Some(absolute) = absolute(module, &path) {
                found.push((absolute, format!("use {}", flat)));
            }
        }
    }
    found
}

/// A path from the crate root for one starting with `crate` or `super`.
fn absolute(module: &[String], path: &[String]) -> Option<Vec<String>> {
    let mut base: Vec<String> = module.to_vec();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("super") => {
            while rest.first().is_some_and(|s| s == "super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    base.extend(rest.iter().filter(|s| *s != "self").cloned());
    Some(base)
}

/// The paths a use tree (or an inline path) starting at the beginning of `text` names:
/// `crate::a::{b, c::{d, e}}` is `crate::a::b`, `crate::a::c::d`, `crate::a::c::e`.
fn expand(text: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    expand_into(text.as_bytes(), &mut 0, Vec::new(), &mut paths);
    paths
}

fn expand_into(text: &[u8], at: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let mut path = prefix;
    loop {
        while *at < text.len() && text[*at] == b' ' {
            *at += 1;
        }
        if *at < text.len() && text[*at] == b'{' {
            *at += 1;
            loop {
                expand_into(text, at, path.clone(), out);
                while *at < text.len() && (text[*at] == b' ' || text[*at] == b',') {
                    *at += 1;
                }
                if *at >= text.len() || text[*at] == b'}' {
                    *at += 1;
                    return;
                }
            }
        }
        let start = *at;
        while *at < text.len() && (text[*at].is_ascii_alphanumeric() || text[*at] == b'_') {
            *at += 1;
        }
        if *at == start {
            break;
        }
        path.push(String::from_utf8_lossy(&text[start..*at]).into_owned());
        if text[*at..].starts_with(b"::") {
            *at += 2;
        } else {
            break;
        }
    }
    // `as name` and anything else after the path is not part of it.
    while *at < text.len() && !matches!(text[*at], b',' | b'}') {
        *at += 1;
    }
    out.push(path);
}

/// The text with `//` comments (doc comments and their intra-doc links included) removed.
fn without_comments(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text before a trailing `#[cfg(test)] mod tests`.
fn without_tests(text: &str) -> String {
    let mut kept = Vec::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]" && lines.peek().is_some_and(|l| l.trim_start().starts_with("mod tests")) {
            break;
        }
        kept.push(line);
    }
    kept.join("\n")
}

/// Tarjan's strongly connected components.
fn strongly_connected<'a>(next: &BTreeMap<&'a ModulePath, Vec<&'a ModulePath>>) -> Vec<Vec<&'a ModulePath>> {
    struct Walk<'a, 'g> {
        next: &'g BTreeMap<&'a ModulePath, Vec<&'a ModulePath>>,
        index: BTreeMap<&'a ModulePath, (usize, usize)>,
        stack: Vec<&'a ModulePath>,
        on_stack: BTreeSet<&'a ModulePath>,
        components: Vec<Vec<&'a ModulePath>>,
    }
    impl<'a> Walk<'a, '_> {
        fn visit(&mut self, node: &'a ModulePath) {
            let order = self.index.len();
            self.index.insert(node, (order, order));
            self.stack.push(node);
            self.on_stack.insert(node);
            for &to in self.next.get(node).into_iter().flatten() {
                if !self.index.contains_key(to) {
                    self.visit(to);
                    let low = self.index[to].1.min(self.index[node].1);
                    self.index.get_mut(node).expect("visited").1 = low;
                } else if self.on_stack.contains(to) {
                    let low = self.index[to].0.min(self.index[node].1);
                    self.index.get_mut(node).expect("visited").1 = low;
                }
            }
            let (order, low) = self.index[node];
            if order == low {
                let mut component = Vec::new();
                while let Some(member) = self.stack.pop() {
                    self.on_stack.remove(member);
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                component.reverse();
                self.components.push(component);
            }
        }
    }
    let mut walk =
        Walk { next, index: BTreeMap::new(), stack: Vec::new(), on_stack: BTreeSet::new(), components: Vec::new() };
    for &node in next.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.components
}
