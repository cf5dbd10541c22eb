//! Import and index rebuild on each database backend: the same synthetic content imported by
//! `portineria import` into a SQLite file and into a PostgreSQL database, then the search
//! index rebuilt in-process from each. Search over HTTP reads only the index, so the
//! backend does not change it; the main benchmark measures it once.
//!
//! Then the shared change log at that size: two server processes over the PostgreSQL
//! database, five publications through the first, each timed until the second finds it, and
//! the second's counts of incremental updates and rebuilds (`/healthz?deep=1`): it must
//! apply every publication one by one and rebuild only once, at start.

use crate::dataset::{import, rebuild_index, sqlite_url, synthesize};
use crate::http::{client, free_port, wait_ready, ChildGuard};
use crate::{log, Paths};
use anyhow::{bail, Context};
use portineria_bench::synth::Corpus;
use portineria_tests::admin::{account, entry_form_of, set, Agent};
use sqlx::Connection;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// One backend at one size.
struct Row {
    backend: &'static str,
    services: i64,
    import: Duration,
    rebuild: Duration,
}

/// Two instances over one PostgreSQL database at one size.
struct Followers {
    services: i64,
    /// From each publication's answer on A to B finding it.
    visible_after: Vec<Duration>,
    incremental_updates: u64,
    full_rebuilds: u64,
}

/// Measures every size on both backends and prints a Markdown table. `postgres` is a
/// server's URL (`postgres://user@host:port`); without one, a throwaway server is started
/// with `scripts/postgres.sh` in `target/bench/postgres` and stopped at the end.
pub async fn run(
    paths: &Paths,
    sizes: &[usize],
    seed: u64,
    corpus: Corpus,
    postgres: Option<String>,
) -> anyhow::Result<()> {
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
    let result = measure(paths, sizes, (seed, corpus), &server).await;
    if throwaway.exists() {
        let _ = Command::new(paths.root.join("scripts/postgres.sh")).arg("stop").arg(&throwaway).status();
    }
    let (rows, followers) = result?;
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
    println!("\n| services | publications on A found on B after (ms) | B's incremental updates | B's full rebuilds |\n|---:|---|---:|---:|");
    for f in followers {
        let times: Vec<String> = f.visible_after.iter().map(|d| format!("{:.0}", d.as_secs_f64() * 1000.0)).collect();
        println!("| {} | {} | {} | {} |", f.services, times.join(", "), f.incremental_updates, f.full_rebuilds);
    }
    Ok(())
}

async fn measure(
    paths: &Paths,
    sizes: &[usize],
    (seed, corpus): (u64, Corpus),
    server: &str,
) -> anyhow::Result<(Vec<Row>, Vec<Followers>)> {
    let (mut rows, mut followers) = (Vec::new(), Vec::new());
    for &n in sizes {
        let dir = paths.size_dir(corpus, n);
        synthesize(&dir, n, seed, corpus).await?;
        let content = dir.join("content");
        let name = format!("bench_{corpus}_{n}");
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
            let import = import(paths, &content, (&data_dir, Some(url.as_str())), &log_path).await?.took;
            log(format!("N={n}: {backend} import {:.1} s; rebuilding the index from it", import.as_secs_f64()));
            let (_, services, rebuild) = rebuild_index(&url, &content, &dir.join("index-databases")).await?;
            rows.push(Row { backend, services, import, rebuild });
        }
        followers.push(follow(paths, &dir, &postgres).await?);
    }
    Ok((rows, followers))
}

/// Five publications through instance A, each timed until instance B's search finds it.
async fn follow(paths: &Paths, dir: &Path, database: &str) -> anyhow::Result<Followers> {
    const COORDINATOR: (&str, &str) = ("banco@prova.example", "due istanze sulla stessa base");
    let content = dir.join("content");
    let first = portineria::content::load_dir(&content)?
        .organizations
        .into_iter()
        .map(|(_, _, file)| file)
        .find(|file| !file.services.is_empty())
        .context("an organisation with a service")?;
    let service = format!("/admin/orgs/{}/services/{}", first.organization.slug, first.services[0].slug);
    account(database, COORDINATOR.0, "coordinator", COORDINATOR.1, &[]).await;
    let mut instances = Vec::new();
    for name in ["a", "b"] {
        let port = free_port()?;
        let data_dir = dir.join(format!("instance-{name}"));
        let _ = std::fs::remove_dir_all(&data_dir);
        let mut command = Command::new(&paths.server);
        command
            .arg("serve")
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("PORTINERIA_DATA_DIR", &data_dir)
            .env("PORTINERIA_CONTENT_DIR", &content)
            .env("LEPTOS_SITE_ROOT", paths.root.join("target/site"))
            .env("PORTINERIA_REQUIRE_MFA", "none")
            .env("DATABASE_URL", database)
            .current_dir(&paths.root);
        let mut child = ChildGuard::spawn(&mut command, "portineria", dir.join(format!("instance-{name}.log")))?;
        let base = format!("http://127.0.0.1:{port}");
        wait_ready(&mut child, &client()?, &reqwest::Url::parse(&format!("{base}/healthz"))?).await?;
        instances.push((child, base));
    }
    let (a, b) = (&instances[0].1, &instances[1].1);
    let agent = Agent::logged_in(a, COORDINATOR).await;
    let mut visible_after = Vec::new();
    for n in 0..5 {
        let word = format!("segnaposto{n}quarzo");
        let mut fields = entry_form_of(&agent, &service).await;
        set(&mut fields, "summary.it", &format!("Servizio {word}"));
        set(&mut fields, "action", "publish");
        let answer = agent.post(&service, &fields).await;
        if answer.status.as_u16() != 303 {
            bail!("publication {n} on A answered {}", answer.status);
        }
        let published = Instant::now();
        loop {
            let found: serde_json::Value =
                client()?.get(format!("{b}/api/v1/search?lang=it&q={word}")).send().await?.json().await?;
            if found["total"].as_u64().unwrap_or(0) > 0 {
                break;
            }
            if published.elapsed() > Duration::from_secs(30) {
                bail!("B did not find publication {n} within 30 s");
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        visible_after.push(published.elapsed());
    }
    // The index counts an update just after the update shows in searches: give it a moment.
    let began = Instant::now();
    let health = loop {
        let health: serde_json::Value = client()?.get(format!("{b}/healthz?deep=1")).send().await?.json().await?;
        if health["index"]["incremental_updates"].as_u64() >= Some(5) || began.elapsed() > Duration::from_secs(2) {
            break health;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    let followers = Followers {
        services: health["services"].as_i64().unwrap_or(0),
        visible_after,
        incremental_updates: health["index"]["incremental_updates"].as_u64().unwrap_or(0),
        full_rebuilds: health["index"]["full_rebuilds"].as_u64().unwrap_or(0),
    };
    if followers.incremental_updates < 5 || followers.full_rebuilds > 1 {
        bail!(
            "B rebuilt instead of following the change log: {} updates, {} rebuilds",
            followers.incremental_updates,
            followers.full_rebuilds
        );
    }
    Ok(followers)
}
