//! The `portineria` command line (clap): with no subcommand it serves; the others import,
//! reindex, back up and restore, and manage accounts. Every subcommand has `--help`; settings come from the
//! environment (see [`crate::config::Config`]).

pub mod user;

use crate::config::Config;
use crate::serve;
use clap::{Parser, Subcommand};

/// The settings, read from the environment, that every subcommand shares.
const SETTINGS: &str = "Settings (environment): LEPTOS_SITE_ADDR, PORTINERIA_DATA_DIR, DATABASE_URL, \
PORTINERIA_CONTENT_DIR, LEPTOS_SITE_ROOT, PORTINERIA_PUBLIC_URL, PORTINERIA_SEARCH_LOG_DAYS, \
PORTINERIA_AUDIT_LOG_DAYS, PORTINERIA_KIOSK_IDLE_SECONDS, PORTINERIA_KIOSK_RESET_SECONDS, \
PORTINERIA_TRUSTED_PROXIES, PORTINERIA_REQUIRE_MFA, PORTINERIA_SEARCH_EXACT_COUNT, PORTINERIA_METRICS_ADDR, \
PORTINERIA_SMTP_URL, PORTINERIA_MAIL_FROM, PORTINERIA_DIGEST_HOUR, PORTINERIA_SPEECH_CACHE_MB, \
PORTINERIA_DATA_LICENSE (see README.md).";

/// Portineria: a territorial services directory and community-kiosk site.
#[derive(Debug, Parser)]
#[command(name = "portineria", version, after_help = SETTINGS)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import content/, bring the search index up to date, serve the site (the default).
    Serve,
    /// Import content/ into the database (unchanged files are skipped).
    Import,
    /// Rebuild the search index from the database.
    Reindex,
    /// Write a consistent copy of the database to a file, while the site keeps serving.
    Backup {
        /// The backup file to write (it must not exist yet).
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Replace the database with a backup (stop every instance first): sessions, login
    /// challenges, one-time links and throttle counts are forgotten, the index is rebuilt.
    Restore {
        /// A file written by `portineria backup` on the same kind of database.
        file: std::path::PathBuf,
    },
    /// Open Referral HSDS 3.0: export everything public, or import another directory's data.
    Hsds {
        #[command(subcommand)]
        command: HsdsCommand,
    },
    /// Manage admin accounts.
    User {
        #[command(subcommand)]
        command: user::UserCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum HsdsCommand {
    /// Write everything public as an HSDS tabular data package (CSV files, datapackage.json,
    /// the profile's translations.csv) or, with `--format json`, one compiled service per line.
    Export {
        /// The folder to write into (created if missing; files of the same names are replaced).
        #[arg(long)]
        out: std::path::PathBuf,
        #[arg(long, value_enum, default_value = "tabular")]
        format: crate::hsds::export::Format,
        /// The language of HSDS's own text fields (every language is in translations.csv).
        #[arg(long, default_value = "it")]
        lang: String,
    },
    /// Read a tabular data package (a folder), a JSON array of compiled services or one per
    /// line; check all of it, report every problem with its file, row and field, and write
    /// nothing unless all is well. Organisations become drafts to review, or are published.
    Import {
        path: std::path::PathBuf,
        /// The language HSDS's text fields are in (translations.csv may add the others).
        #[arg(long, default_value = "it")]
        lang: String,
        /// Publish at once (an organisation edited in the admin area since its last import
        /// still only gets a draft).
        #[arg(long)]
        publish: bool,
        /// A TOML file mapping HSDS taxonomy terms (id, code or name) onto Portineria's
        /// `[categories]` and `[target_groups]`.
        #[arg(long)]
        mapping: Option<std::path::PathBuf>,
    },
}

/// A language code of the command line.
fn language(code: &str) -> anyhow::Result<portineria_app::lang::Lang> {
    portineria_app::lang::Lang::from_code(code)
        .ok_or_else(|| anyhow::anyhow!("unknown language {code:?}: use it, ro, ar, sq or zh"))
}

/// `portineria hsds import`: prepares everything, and writes only when nothing is wrong.
async fn hsds_import(
    config: &Config,
    path: &std::path::Path,
    (lang, publish, mapping): (&str, bool, Option<&std::path::Path>),
) -> anyhow::Result<()> {
    use crate::hsds::import;
    let lang = language(lang)?;
    let mapping: import::Mapping = match mapping {
        Some(file) => toml::from_str(&std::fs::read_to_string(file)?)?,
        None => import::Mapping::default(),
    };
    let state = serve::prepare(config).await?;
    let mut current = Vec::new();
    for entry in state.db.organization_entries().await? {
        if let Some(row) = state.db.document(&entry.slug).await? {
            current.push(row.published);
        }
    }
    let (documents, report) = import::prepare(path, (lang, &state.taxonomy, &mapping), &current);
    for note in &report.notes {
        println!("note: {note}");
    }
    if !report.errors.is_empty() {
        for error in &report.errors {
            println!("error: {error}");
        }
        anyhow::bail!("{} problems: nothing was imported", report.errors.len());
    }
    let outcome = import::write(&state.publisher(), &documents, publish).await?;
    println!(
        "HSDS import: {} organisations published, {} as drafts to review, {} unchanged",
        outcome.published, outcome.drafts, outcome.unchanged
    );
    for slug in &outcome.waiting {
        println!("waiting: {slug} has an unpublished draft; publish or discard it, then import again");
    }
    Ok(())
}

/// Runs the command line's command; what it prints goes to standard output.
pub async fn run(cli: Cli, config: Config) -> anyhow::Result<()> {
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve::serve(config).await,
        Command::Import => {
            let state = serve::prepare(&config).await?;
            println!(
                "imported; {} services, {} indexed",
                state.db.count_services().await?,
                state.index.document_count()
            );
            Ok(())
        }
        Command::Reindex => {
            let state = serve::prepare(&config).await?;
            crate::search::indexer::rebuild(&state.db, &state.index).await?;
            println!("index rebuilt: {} services", state.index.document_count());
            Ok(())
        }
        Command::Backup { out } => {
            anyhow::ensure!(!out.exists(), "{} already exists: choose a new file", out.display());
            let db = crate::db::Database::open(&config.database_url).await?;
            db.backup(&out).await?;
            println!("backup written to {}", out.display());
            Ok(())
        }
        Command::Restore { file } => {
            crate::db::restore(&config.database_url, &file).await?;
            let db = crate::db::Database::open(&config.database_url).await?;
            let forgotten = db.forget_sign_ins().await?;
            db.close().await;
            match std::fs::remove_dir_all(config.index_dir()) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
                _ => {}
            }
            let state = serve::prepare(&config).await?;
            println!(
                "restored from {}: {} services, {} indexed; {forgotten} sign-ins forgotten",
                file.display(),
                state.db.count_services().await?,
                state.index.document_count()
            );
            Ok(())
        }
        Command::Hsds { command: HsdsCommand::Import { path, lang, publish, mapping } } => {
            hsds_import(&config, &path, (&lang, publish, mapping.as_deref())).await
        }
        Command::Hsds { command: HsdsCommand::Export { out, format, lang } } => {
            let lang = language(&lang)?;
            let db = crate::db::Database::open(&config.database_url).await?;
            let (taxonomy, _) = crate::content::read_taxonomy(&config.content_dir)?;
            let services = crate::hsds::export::export(&db, &taxonomy, &out, format, lang).await?;
            println!("exported {services} services to {}", out.display());
            Ok(())
        }
        Command::User { command } => {
            let stdin = std::io::stdin();
            println!("{}", user::run(&config, &command, stdin.lock()).await?);
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    /// `--help` names every setting the server reads.
    #[test]
    fn help_lists_every_setting() {
        let sources = [include_str!("../config.rs"), include_str!("../hsds/export.rs")];
        for source in sources {
            for (at, _) in source.match_indices("\"PORTINERIA_") {
                let name: String =
                    source[at + 1..].chars().take_while(|c| c.is_ascii_uppercase() || *c == '_').collect();
                assert!(SETTINGS.contains(&name), "{name} is missing from the settings in --help");
            }
        }
    }

    #[test]
    fn no_subcommand_serves_and_unknown_ones_fail() {
        assert!(Cli::try_parse_from(["portineria"]).expect("parses").command.is_none());
        assert!(matches!(
            Cli::try_parse_from(["portineria", "import"]).expect("parses").command,
            Some(Command::Import)
        ));
        assert!(Cli::try_parse_from(["portineria", "synth"]).is_err());
    }
}
