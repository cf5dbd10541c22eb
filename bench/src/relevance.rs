//! The relevance suite (`tests/relevance/queries.toml`) against both engines on the real
//! seed content: Portineria in-process through `SearchIndex::search`, FTS5 with the same
//! query rule as the speed runs; scored by the suite's own `evaluate`.

use crate::dataset::{import, rebuild_index, sqlite_url};
use crate::report::RelevanceScores;
use crate::{fts5, Paths};
use portineria::search::SearchQuery;
use portineria_tests::relevance::{evaluate, queries};
use sqlx::Connection;
use std::collections::HashMap;

pub async fn run(paths: &Paths) -> anyhow::Result<RelevanceScores> {
    let dir = paths.work.join("relevance");
    std::fs::create_dir_all(&dir)?;
    let content = paths.root.join("content");
    let data_dir = dir.join("data");
    import(paths, &content, (&data_dir, None), &dir.join("import.log")).await?;
    let db_path = data_dir.join("portineria.db");
    let (index, _, _) = rebuild_index(&sqlite_url(&db_path), &content, &dir.join("index-inprocess")).await?;
    let fts_path = dir.join("fts5.db");
    fts5::build(&db_path, &fts_path).await?;

    let suite = queries();
    let mut portineria = Vec::with_capacity(suite.len());
    for q in &suite {
        let found = index.search(&SearchQuery { text: q.q.clone(), limit: 20, ..Default::default() })?;
        portineria.push(found.hits.into_iter().map(|h| h.card.slug).collect::<Vec<_>>());
    }

    let mut conn = fts5::open(&db_path).await?;
    let slugs: HashMap<i64, String> = sqlx::query_as::<_, (i64, String)>("SELECT id, slug FROM services")
        .fetch_all(&mut conn)
        .await?
        .into_iter()
        .collect();
    conn.close().await?;
    let mut conn = fts5::open(&fts_path).await?;
    let mut baseline = Vec::with_capacity(suite.len());
    for q in &suite {
        let (_, ids) = fts5::search(&mut conn, &q.q).await?;
        baseline.push(ids.iter().filter_map(|id| slugs.get(id).cloned()).collect::<Vec<_>>());
    }
    conn.close().await?;
    Ok(RelevanceScores { portineria: evaluate(&suite, &portineria), fts5: evaluate(&suite, &baseline) })
}
