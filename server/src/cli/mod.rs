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
PORTINERIA_TRUSTED_PROXIES, PORTINERIA_REQUIRE_MFA (see README.md).";

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
    /// Manage admin accounts.
    User {
        #[command(subcommand)]
        command: user::UserCommand,
    },
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
