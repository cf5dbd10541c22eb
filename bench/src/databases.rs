//! Import and index rebuild on each database backend: the same synthetic content imported by
//! `portineria import` into a SQLite file and into a PostgreSQL database, then the search
//! index rebuilt in-process from each. Search over HTTP reads only the index, so the
//! backend does not change it; the main benchmark measures it once.

use crate::dataset::{import, rebuild_index, sqlite_url, synthesize};
use crate::{log, Paths};
use anyhow::Context;
use sqlx::Connection;
use std::process::Command;
use std::time::Duration;

/// One backend at one size.
struct Row {
    backend: &'static str,
    services: i64,
    import: Duration,
    rebuild: Duration,
}

/// Measures every size on both backends and prints a Markdown table. `postgres` is a
/// server's URL (`postgres://user@host:port`); without one, a throwaway server is started
/// with `scripts/postgres.sh` in `target/bench/postgres` and stopped at the end.
pub async fn run(paths: &Paths, sizes: &[usize], seed: u64, postgres: Option<String>) -> anyhow::Result<()> {
    let throwaway = paths.work.join("postgres");
    let server = match postgres {
        Some(url) => url,
        None => {
            let _ = std::fs::remove_dir_all(&throwaway);
            let out = Command::new(paths.root.join("scripts/postgres.sh")).arg("start").arg(&throwaway).output()?;
            anyhow::ensure!(out.status.success(), "scripts/postgres.sh: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8(out.stdout)?.trim().to_string()
        }
    };
    let result = measure(paths, sizes, seed, &server).await;
    if throwaway.exists() {
        let _ = Command::new(paths.root.join("scripts/postgres.sh")).arg("stop").arg(&throwaway).status();
    }
    let rows = result?;
    println!("| backend | services | import s | index rebuild s |\n|---|---:|---:|---:|");
    for row in rows {
        println!(
            "| {} | {} | {:.1} | {:.1} |",
            row.backend,
            row.services,
            row.import.as_secs_f64(),
            row.rebuild.as_secs_f64()
        );
    }
    Ok(())
}

async fn measure(paths: &Paths, sizes: &[usize], seed: u64, server: &str) -> anyhow::Result<Vec<Row>> {
    let mut rows = Vec::new();
    for &n in sizes {
        let dir = paths.work.join(n.to_string());
        synthesize(&dir, n, seed).await?;
        let content = dir.join("content");
        let name = format!("bench_{n}");
        let mut admin = sqlx::PgConnection::connect(&format!("{server}/postgres")).await.context("PostgreSQL")?;
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name}")).execute(&mut admin).await?;
        sqlx::query(&format!("CREATE DATABASE {name}")).execute(&mut admin).await?;
        let postgres = format!("{server}/{name}");
        for backend in ["SQLite", "PostgreSQL"] {
            let data_dir = dir.join(format!("data-{}", backend.to_lowercase()));
            let url = match backend {
                "SQLite" => sqlite_url(&data_dir.join("portineria.db")),
                _ => postgres.clone(),
            };
            log(format!("N={n}: importing into {backend}"));
            let log_path = dir.join(format!("import-{}.log", backend.to_lowercase()));
            let import = import(paths, &content, (&data_dir, Some(url.as_str())), &log_path).await?;
            log(format!("N={n}: {backend} import {:.1} s; rebuilding the index from it", import.as_secs_f64()));
            let (_, services, rebuild) = rebuild_index(&url, &content, &dir.join("index-databases")).await?;
            rows.push(Row { backend, services, import, rebuild });
        }
    }
    Ok(rows)
}
