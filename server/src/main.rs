//! The `portineria` binary: with no arguments it serves; subcommands do the rest.

use portineria::config::Config;
use portineria::serve;

const USAGE: &str = "usage: portineria [serve | import | reindex | user add …]
  serve     (default) import content/, build the index if needed, serve the site
  import    import content/ into the database (unchanged files are skipped)
  reindex   rebuild the search index from the database
  user add  --email EMAIL --role coordinator|editor [--organization SLUG]...: create an admin
            account, the password read from standard input
  user reset-password --email EMAIL: a new password (from standard input); the account's sessions end
  user reset-mfa --email EMAIL: remove the account's second factor
settings: LEPTOS_SITE_ADDR, PORTINERIA_DATA_DIR, DATABASE_URL, PORTINERIA_CONTENT_DIR, LEPTOS_SITE_ROOT,
  PORTINERIA_PUBLIC_URL, PORTINERIA_SEARCH_LOG_DAYS, PORTINERIA_AUDIT_LOG_DAYS, PORTINERIA_KIOSK_IDLE_SECONDS,
  PORTINERIA_KIOSK_RESET_SECONDS, PORTINERIA_TRUSTED_PROXIES, PORTINERIA_REQUIRE_MFA";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tantivy=warn,sqlx=warn".into()),
        )
        .init();
    let config = Config::from_env()?;
    let command = std::env::args().nth(1);
    match command.as_deref() {
        None | Some("serve") => serve::serve(config).await,
        Some("import") => {
            let state = serve::prepare(&config).await?;
            println!(
                "imported; {} services, {} indexed",
                state.db.count_services().await?,
                state.index.document_count()
            );
            Ok(())
        }
        Some("reindex") => {
            let state = serve::prepare(&config).await?;
            portineria::indexer::rebuild(&state.db, &state.index).await?;
            println!("index rebuilt: {} services", state.index.document_count());
            Ok(())
        }
        Some("user") => match portineria::user_command::UserCommand::from_args(std::env::args().skip(2)) {
            Ok(command) => {
                let stdin = std::io::stdin();
                println!("{}", portineria::user_command::run(&config, &command, stdin.lock()).await?);
                Ok(())
            }
            Err(message) => {
                eprintln!("{message}\n{}", portineria::user_command::USAGE);
                std::process::exit(2);
            }
        },
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => {
            eprintln!("unknown command {other:?}\n{USAGE}");
            std::process::exit(2);
        }
    }
}
