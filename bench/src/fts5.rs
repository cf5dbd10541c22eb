//! The baseline: SQLite FTS5 (the bundled SQLite that sqlx uses) over the same services,
//! one row per service: `name` = its name in the five languages, `body` = everything else
//! Portineria indexes (summary, description, eligibility, how to access, cost, documents,
//! organisation and programme names, category names and keywords, target group names), in
//! the five languages. Queries are the words ORed, the last one as a prefix, ranked by bm25
//! with the name weighted 3.

use crate::dataset::sqlite_url;
use crate::queries::BenchQuery;
use crate::report::Latency;
use anyhow::{bail, Context};
use axum::extract::{Query, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqliteConnection};
use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::time::Instant;
use unicode_normalization::char::is_combining_mark;

const BATCH: i64 = 1000;
const TOP: &str = "SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.0) LIMIT 20";
const TOP_NAMED: &str = "SELECT rowid, name FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.0) LIMIT 20";
const COUNT: &str = "SELECT count(*) FROM fts WHERE fts MATCH ?";

/// The FTS5 query for what was typed: its words (runs of letters, digits and combining
/// marks) quoted and ORed, the last one a prefix. `None` when there is no word.
pub fn match_expression(text: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || is_combining_mark(c) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let last = words.len().checked_sub(1)?;
    let quoted: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let q = format!("\"{}\"", w.replace('"', "\"\""));
            if i == last {
                q + "*"
            } else {
                q
            }
        })
        .collect();
    Some(quoted.join(" OR "))
}

async fn options(path: &Path) -> anyhow::Result<SqliteConnectOptions> {
    Ok(SqliteConnectOptions::from_str(&sqlite_url(path))?)
}

/// Checks that the bundled SQLite has FTS5.
async fn check_fts5(conn: &mut SqliteConnection) -> anyhow::Result<()> {
    let options: Vec<(String,)> = sqlx::query_as("PRAGMA compile_options").fetch_all(&mut *conn).await?;
    if !options.iter().any(|(o,)| o == "ENABLE_FTS5") {
        bail!("the SQLite that sqlx bundles was built without FTS5");
    }
    Ok(())
}

/// Texts grouped by a key, in row order.
fn grouped(rows: Vec<(i64, String)>) -> HashMap<i64, Vec<String>> {
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    for (key, text) in rows {
        map.entry(key).or_default().push(text);
    }
    map
}

async fn texts(conn: &mut SqliteConnection, sql: &str, lo: i64, hi: i64) -> anyhow::Result<HashMap<i64, Vec<String>>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(sql).bind(lo).bind(hi).fetch_all(&mut *conn).await?;
    Ok(grouped(rows))
}

/// Builds the FTS5 table in `target` (replaced) from the Portineria database at `source`.
/// Returns the number of rows.
pub async fn build(source: &Path, target: &Path) -> anyhow::Result<usize> {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
    }
    let mut src = options(source).await?.read_only(true).connect().await.context("opening the Portineria database")?;
    let mut dst = options(target)
        .await?
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .connect()
        .await?;
    check_fts5(&mut dst).await?;
    sqlx::query("CREATE VIRTUAL TABLE fts USING fts5(name, body, tokenize = 'unicode61 remove_diacritics 2')")
        .execute(&mut dst)
        .await?;

    // Italian first in every list, so the first line of `name` is the Italian name.
    let lang_order = "(t.lang <> 'it'), t.lang";
    let categories: HashMap<i64, Vec<String>> = grouped(
        sqlx::query_as(&format!(
            "SELECT t.entity_id, t.text FROM translations t WHERE t.entity = 'category' AND t.field IN ('name', 'keywords')
             ORDER BY t.entity_id, t.field, {lang_order}"
        ))
        .fetch_all(&mut src)
        .await?,
    );
    let groups: HashMap<i64, Vec<String>> = grouped(
        sqlx::query_as(&format!(
            "SELECT t.entity_id, t.text FROM translations t WHERE t.entity = 'target_group' AND t.field = 'name'
             ORDER BY t.entity_id, {lang_order}"
        ))
        .fetch_all(&mut src)
        .await?,
    );
    let names_sql = format!(
        "SELECT t.entity_id, t.text FROM translations t WHERE t.entity = 'service' AND t.field = 'name'
         AND t.entity_id BETWEEN ? AND ? ORDER BY t.entity_id, {lang_order}"
    );
    let service_sql = format!(
        "SELECT t.entity_id, t.text FROM translations t WHERE t.entity = 'service' AND t.field <> 'name'
         AND t.entity_id BETWEEN ? AND ? ORDER BY t.entity_id, t.field, {lang_order}"
    );
    let organization_sql = format!(
        "SELECT s.id, t.text FROM services s JOIN translations t
         ON t.entity = 'organization' AND t.entity_id = s.organization_id AND t.field = 'name'
         WHERE s.id BETWEEN ? AND ? ORDER BY s.id, {lang_order}"
    );
    let programme_sql = format!(
        "SELECT s.id, t.text FROM services s JOIN translations t
         ON t.entity = 'programme' AND t.entity_id = s.programme_id AND t.field = 'name'
         WHERE s.id BETWEEN ? AND ? ORDER BY s.id, {lang_order}"
    );
    let document_sql = format!(
        "SELECT d.service_id, t.text FROM documents d JOIN translations t ON t.entity = 'document' AND t.entity_id = d.id
         WHERE d.service_id BETWEEN ? AND ? ORDER BY d.service_id, d.position, {lang_order}"
    );

    let mut tx = dst.begin().await?;
    let mut after = 0i64;
    let mut rows = 0usize;
    loop {
        let ids: Vec<(i64,)> = sqlx::query_as("SELECT id FROM services WHERE id > ? ORDER BY id LIMIT ?")
            .bind(after)
            .bind(BATCH)
            .fetch_all(&mut src)
            .await?;
        let (Some(&(lo,)), Some(&(hi,))) = (ids.first(), ids.last()) else {
            break;
        };
        after = hi;
        let names = texts(&mut src, &names_sql, lo, hi).await?;
        let service = texts(&mut src, &service_sql, lo, hi).await?;
        let organization = texts(&mut src, &organization_sql, lo, hi).await?;
        let programme = texts(&mut src, &programme_sql, lo, hi).await?;
        let documents = texts(&mut src, &document_sql, lo, hi).await?;
        let tag_rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT service_id, category_id FROM service_categories WHERE service_id BETWEEN ?1 AND ?2
             UNION ALL SELECT service_id, -target_group_id FROM service_target_groups WHERE service_id BETWEEN ?1 AND ?2",
        )
        .bind(lo)
        .bind(hi)
        .fetch_all(&mut src)
        .await?;
        // Category ids, and target group ids negated.
        let mut tag_ids: HashMap<i64, Vec<i64>> = HashMap::new();
        for (service, tag) in tag_rows {
            tag_ids.entry(service).or_default().push(tag);
        }
        for (id,) in ids {
            let name = names.get(&id).map(|n| n.join("\n")).unwrap_or_default();
            let mut body: Vec<&str> = Vec::new();
            for list in [&service, &organization, &programme, &documents] {
                body.extend(list.get(&id).into_iter().flatten().map(String::as_str));
            }
            for tag in tag_ids.get(&id).into_iter().flatten() {
                let texts = if *tag >= 0 { categories.get(tag) } else { groups.get(&-tag) };
                body.extend(texts.into_iter().flatten().map(String::as_str));
            }
            sqlx::query("INSERT INTO fts (rowid, name, body) VALUES (?, ?, ?)")
                .bind(id)
                .bind(name)
                .bind(body.join("\n"))
                .execute(&mut *tx)
                .await?;
            rows += 1;
        }
    }
    tx.commit().await?;
    sqlx::query("INSERT INTO fts (fts) VALUES ('optimize')").execute(&mut dst).await?;
    dst.close().await?;
    src.close().await?;
    Ok(rows)
}

/// One search: the total and the top 20 rowids (`None` for text with no word).
pub async fn search(conn: &mut SqliteConnection, text: &str) -> anyhow::Result<(u64, Vec<i64>)> {
    let Some(expr) = match_expression(text) else {
        return Ok((0, Vec::new()));
    };
    let ids: Vec<(i64,)> = sqlx::query_as(TOP).bind(&expr).fetch_all(&mut *conn).await?;
    let (total,): (i64,) = sqlx::query_as(COUNT).bind(&expr).fetch_one(&mut *conn).await?;
    Ok((total as u64, ids.into_iter().map(|(id,)| id).collect()))
}

pub async fn open(path: &Path) -> anyhow::Result<SqliteConnection> {
    Ok(options(path).await?.read_only(true).connect().await?)
}

/// Each query `reps` times after one warm-up pass, on one connection. Also the latency of
/// `SELECT 1` on that connection: what sqlx (a worker thread per connection) adds.
pub async fn inprocess_latency(path: &Path, set: &[BenchQuery], reps: usize) -> anyhow::Result<(Latency, Latency)> {
    let mut conn = open(path).await?;
    let mut latency = Latency::default();
    for q in set {
        let (total, _) = search(&mut conn, &q.text).await.with_context(|| format!("FTS5 query {:?}", q.text))?;
        latency.note_hits(total);
    }
    for _ in 0..reps {
        for q in set {
            let started = Instant::now();
            let found = search(&mut conn, &q.text).await?;
            latency.samples.push(started.elapsed());
            std::hint::black_box(found);
        }
    }
    let mut floor = Latency::default();
    for _ in 0..1000 {
        let started = Instant::now();
        let one: (i64,) = sqlx::query_as("SELECT 1").fetch_one(&mut conn).await?;
        floor.samples.push(started.elapsed());
        std::hint::black_box(one);
    }
    conn.close().await?;
    Ok((latency, floor))
}

#[derive(Serialize)]
struct Hit {
    id: i64,
    name: String,
}

#[derive(Serialize)]
struct Found {
    total: u64,
    hits: Vec<Hit>,
}

async fn search_handler(
    State(pool): State<SqlitePool>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Json<Found>, (axum::http::StatusCode, String)> {
    let fail = |e: sqlx::Error| (axum::http::StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    let Some(expr) = params.get("q").and_then(|q| match_expression(q)) else {
        return Ok(Json(Found { total: 0, hits: Vec::new() }));
    };
    let mut conn = pool.acquire().await.map_err(fail)?;
    let rows: Vec<(i64, String)> = sqlx::query_as(TOP_NAMED).bind(&expr).fetch_all(&mut *conn).await.map_err(fail)?;
    let (total,): (i64,) = sqlx::query_as(COUNT).bind(&expr).fetch_one(&mut *conn).await.map_err(fail)?;
    let hits = rows
        .into_iter()
        .map(|(id, names)| Hit { id, name: names.lines().next().unwrap_or_default().to_string() })
        .collect();
    Ok(Json(Found { total: total as u64, hits }))
}

/// `portineria-bench fts5-serve --db FILE --port P`: the baseline behind HTTP.
pub async fn serve(db: &Path, port: u16) -> anyhow::Result<()> {
    // As many connections as Portineria's pool.
    let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options(db).await?.read_only(true)).await?;
    let app =
        Router::new().route("/search", get(search_handler)).route("/healthz", get(|| async { "ok" })).with_state(pool);
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
