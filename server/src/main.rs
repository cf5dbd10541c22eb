//! The `portineria` binary: reads the command line and the settings, then hands over to
//! [`portineria::cli`].

use clap::Parser;
use portineria::cli::{self, Cli};
use portineria::config::Config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // `--help` and mistakes in the arguments are answered before anything starts.
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tantivy=warn,sqlx=warn".into()),
        )
        .init();
    cli::run(cli, Config::from_env()?).await
}
