//! `portineria user …`, the accounts' commands for the server's operator (see `--help`):
//! - `add --email … --role coordinator|editor [--organization slug]…` creates an account
//!   (the first coordinator is made this way; the others are invited from the admin area);
//! - `reset-password --email …` sets a new password and ends the account's sessions;
//! - `reset-mfa --email …` removes the account's second factor (the last coordinator who lost
//!   both password and phone recovers with these two).
//!
//! Passwords are read from standard input, never from the command line, where other users
//! and the shell history would see them. Every command writes an audit line.

use crate::accounts::{check_password, hash_password};
use crate::config::Config;
use crate::db::{AuditAction, AuditLine, Database, Role};
use std::io::BufRead;

/// Who the command line's audit lines name.
const OPERATOR: (Option<i64>, &str) = (None, "command line");

/// A `portineria user` command.
#[derive(Debug, PartialEq, Eq, clap::Subcommand)]
pub enum UserCommand {
    /// Create an admin account (the first coordinator is made this way; the others are
    /// invited from the admin area). The password is the first line of standard input.
    Add(AddUser),
    /// Set a new password (first line of standard input); the account's sessions end.
    ResetPassword {
        #[arg(long, value_parser = email)]
        email: String,
    },
    /// Remove the account's second factor; it enrols again at its next login.
    ResetMfa {
        #[arg(long, value_parser = email)]
        email: String,
    },
}

/// `user add`'s arguments.
#[derive(Debug, PartialEq, Eq, clap::Args)]
pub struct AddUser {
    #[arg(long, value_parser = email)]
    pub email: String,
    #[arg(long, value_parser = ["coordinator", "editor"])]
    pub role: String,
    /// An organisation (slug) the account edits; repeat for several.
    #[arg(long = "organization", value_name = "SLUG")]
    pub organizations: Vec<String>,
}

/// An e-mail address as accounts store it: trimmed and lowercased.
fn email(value: &str) -> Result<String, String> {
    let email = value.trim().to_lowercase();
    crate::content::editor::form::is_email(&email)
        .then_some(email)
        .ok_or_else(|| format!("{value:?} is not an e-mail address"))
}

/// Runs the command; the message says what was done.
pub async fn run(config: &Config, command: &UserCommand, input: impl BufRead) -> anyhow::Result<String> {
    match command {
        UserCommand::Add(add_user) => add(config, add_user, input).await,
        UserCommand::ResetPassword { email } => reset_password(config, email, input).await,
        UserCommand::ResetMfa { email } => reset_mfa(config, email).await,
    }
}

/// The first line of `input`, if it is a password the rules accept for `email`.
fn read_password(email: &str, input: impl BufRead) -> anyhow::Result<String> {
    let password = input.lines().next().transpose()?.unwrap_or_default();
    if let Err(problem) = check_password(&password, email) {
        anyhow::bail!(
            "password refused: {}",
            portineria_app::i18n::t(portineria_app::lang::Lang::It, problem.message_key())
        );
    }
    Ok(password)
}

/// The database and the account named `email`.
async fn account(config: &Config, email: &str) -> anyhow::Result<(Database, crate::db::User)> {
    let db = Database::open(&config.database_url).await?;
    let (user, _) = db.user_by_email(email).await?.ok_or_else(|| anyhow::anyhow!("no account {email}"))?;
    Ok((db, user))
}

async fn reset_password(config: &Config, email: &str, input: impl BufRead) -> anyhow::Result<String> {
    let password = read_password(email, input)?;
    let (db, user) = account(config, email).await?;
    let line = AuditLine { action: AuditAction::PasswordResetCli, target: email, detail: "" };
    db.set_password(user.id, &hash_password(&password)?, None, (OPERATOR, line)).await?;
    Ok(format!("new password set for {email}; its sessions ended"))
}

async fn reset_mfa(config: &Config, email: &str) -> anyhow::Result<String> {
    let (db, user) = account(config, email).await?;
    db.reset_mfa(user.id, (OPERATOR, AuditLine { action: AuditAction::MfaResetCli, target: email, detail: "" }))
        .await?;
    Ok(format!("second factor removed for {email}; it enrols again at its next login where one is required"))
}

/// Creates the account.
async fn add(config: &Config, command: &AddUser, input: impl BufRead) -> anyhow::Result<String> {
    let password = read_password(&command.email, input)?;
    std::fs::create_dir_all(&config.data_dir)?;
    let db = Database::open(&config.database_url).await?;
    if db.user_by_email(&command.email).await?.is_some() {
        anyhow::bail!("an account for {} exists already", command.email);
    }
    let mut organizations = Vec::new();
    for slug in &command.organizations {
        let row = db.document(slug).await?.ok_or_else(|| anyhow::anyhow!("no organisation {slug:?}"))?;
        organizations.push(row.id);
    }
    let hash = hash_password(&password)?;
    let role: Role = command.role.parse()?;
    let id = db.create_user(&command.email, role, Some(&hash)).await?;
    for org in organizations {
        db.set_membership(id, org, true).await?;
    }
    db.audit(OPERATOR, AuditAction::CreateAccount, &command.email, role.as_str()).await?;
    Ok(format!("account {} created ({})", command.email, command.role))
}

#[cfg(test)]
mod tests {
    use crate::cli::{Cli, Command};
    use clap::Parser;

    use super::*;

    fn user(s: &str) -> Result<UserCommand, clap::Error> {
        let cli = Cli::try_parse_from(format!("portineria user {s}").split_whitespace())?;
        match cli.command {
            Some(Command::User { command }) => Ok(command),
            other => panic!("not a user command: {other:?}"),
        }
    }

    #[test]
    fn arguments() {
        assert_eq!(
            user("add --email A@B.it --role editor --organization x").unwrap(),
            UserCommand::Add(AddUser {
                email: "a@b.it".into(),
                role: "editor".into(),
                organizations: vec!["x".into()]
            })
        );
        assert!(user("add --email a@b.it --role admin").is_err());
        assert!(user("add --role editor").is_err());
        assert!(user("add --email nobody --role editor").is_err());
        assert!(user("remove --email a@b.it --role editor").is_err());
        assert!(user("add --email").is_err());
        assert_eq!(
            user("reset-password --email A@B.it").unwrap(),
            UserCommand::ResetPassword { email: "a@b.it".into() }
        );
        assert_eq!(user("reset-mfa --email a@b.it").unwrap(), UserCommand::ResetMfa { email: "a@b.it".into() });
        assert!(user("reset-mfa --email a@b.it --role editor").is_err());
    }
}
