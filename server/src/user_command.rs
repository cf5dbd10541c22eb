//! `portineria user …`, the accounts' commands for the server's operator:
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
use crate::db::{AuditLine, Database};
use std::io::BufRead;

pub const USAGE: &str = "usage: portineria user add --email EMAIL --role coordinator|editor [--organization SLUG]...
       portineria user reset-password --email EMAIL
       portineria user reset-mfa --email EMAIL
  add and reset-password read the password from standard input (first line); at least 12 characters";

/// Who the command line's audit lines name.
const OPERATOR: (Option<i64>, &str) = (None, "command line");

/// A `portineria user` command.
#[derive(Debug, PartialEq, Eq)]
pub enum UserCommand {
    Add(AddUser),
    ResetPassword { email: String },
    ResetMfa { email: String },
}

/// `user add`'s arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct AddUser {
    pub email: String,
    pub role: String,
    pub organizations: Vec<String>,
}

impl UserCommand {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut args = args.into_iter();
        let verb = args.next().unwrap_or_default();
        let (mut email, mut role, mut organizations) = (None, None, Vec::new());
        while let Some(flag) = args.next() {
            let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
            match flag.as_str() {
                "--email" => email = Some(value.trim().to_lowercase()),
                "--role" => role = Some(value),
                "--organization" => organizations.push(value),
                other => return Err(format!("unknown option {other:?}")),
            }
        }
        let email = email.filter(|e| crate::editorial::is_email(e)).ok_or("--email with an address is required")?;
        match verb.as_str() {
            "add" => {
                let role = role
                    .filter(|r| r == "coordinator" || r == "editor")
                    .ok_or("--role coordinator|editor is required")?;
                Ok(UserCommand::Add(AddUser { email, role, organizations }))
            }
            "reset-password" | "reset-mfa" if role.is_some() || !organizations.is_empty() => {
                Err(format!("`user {verb}` takes only --email"))
            }
            "reset-password" => Ok(UserCommand::ResetPassword { email }),
            "reset-mfa" => Ok(UserCommand::ResetMfa { email }),
            _ => Err("expected `user add`, `user reset-password` or `user reset-mfa`".into()),
        }
    }
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
    let line = AuditLine { action: "password-reset-cli", target: email, detail: "" };
    db.set_password(user.id, &hash_password(&password)?, None, (OPERATOR, line)).await?;
    Ok(format!("new password set for {email}; its sessions ended"))
}

async fn reset_mfa(config: &Config, email: &str) -> anyhow::Result<String> {
    let (db, user) = account(config, email).await?;
    db.reset_mfa(user.id, (OPERATOR, AuditLine { action: "mfa-reset-cli", target: email, detail: "" })).await?;
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
    let id = db.create_user(&command.email, &command.role, Some(&hash)).await?;
    for org in organizations {
        db.set_membership(id, org, true).await?;
    }
    db.audit(OPERATOR, "create-account", &command.email, &command.role).await?;
    Ok(format!("account {} created ({})", command.email, command.role))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn arguments() {
        assert_eq!(
            UserCommand::from_args(args("add --email A@B.it --role editor --organization x")),
            Ok(UserCommand::Add(AddUser {
                email: "a@b.it".into(),
                role: "editor".into(),
                organizations: vec!["x".into()]
            }))
        );
        assert!(UserCommand::from_args(args("add --email a@b.it --role admin")).is_err());
        assert!(UserCommand::from_args(args("add --role editor")).is_err());
        assert!(UserCommand::from_args(args("remove --email a@b.it --role editor")).is_err());
        assert!(UserCommand::from_args(args("add --email")).is_err());
        assert_eq!(
            UserCommand::from_args(args("reset-password --email A@B.it")),
            Ok(UserCommand::ResetPassword { email: "a@b.it".into() })
        );
        assert_eq!(
            UserCommand::from_args(args("reset-mfa --email a@b.it")),
            Ok(UserCommand::ResetMfa { email: "a@b.it".into() })
        );
        assert!(UserCommand::from_args(args("reset-mfa --email a@b.it --role editor")).is_err());
    }
}
