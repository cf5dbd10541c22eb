//! `portineria user add --email … --role coordinator|editor [--organization slug]…`: creates
//! an account with the password read from standard input (never from the command line,
//! where other users and the shell history would see it). The first coordinator is made
//! this way; the others are invited from the admin area.

use crate::accounts::{check_password, hash_password};
use crate::config::Config;
use crate::db::Database;
use std::io::BufRead;

pub const USAGE: &str = "usage: portineria user add --email EMAIL --role coordinator|editor [--organization SLUG]...
  reads the password from standard input (first line); at least 12 characters";

/// The command's arguments.
#[derive(Debug, PartialEq, Eq)]
pub struct AddUser {
    pub email: String,
    pub role: String,
    pub organizations: Vec<String>,
}

impl AddUser {
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut args = args.into_iter();
        if args.next().as_deref() != Some("add") {
            return Err("expected `user add`".into());
        }
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
        let role =
            role.filter(|r| r == "coordinator" || r == "editor").ok_or("--role coordinator|editor is required")?;
        Ok(AddUser { email, role, organizations })
    }
}

/// Creates the account; the message says what was done.
pub async fn add(config: &Config, command: &AddUser, input: impl BufRead) -> anyhow::Result<String> {
    let password = input.lines().next().transpose()?.unwrap_or_default();
    if let Err(problem) = check_password(&password, &command.email) {
        anyhow::bail!(
            "password refused: {}",
            portineria_app::i18n::t(portineria_app::lang::Lang::It, problem.message_key())
        );
    }
    std::fs::create_dir_all(&config.data_dir)?;
    let db = Database::open(&config.database_url).await?;
    if db.user_by_email(&command.email).await?.is_some() {
        anyhow::bail!("an account for {} exists already", command.email);
    }
    let mut organizations = Vec::new();
    for slug in &command.organizations {
        let (id, _, _) = db.document(slug).await?.ok_or_else(|| anyhow::anyhow!("no organisation {slug:?}"))?;
        organizations.push(id);
    }
    let hash = hash_password(&password)?;
    let id = db.create_user(&command.email, &command.role, Some(&hash)).await?;
    for org in organizations {
        db.set_membership(id, org, true).await?;
    }
    db.audit((None, "command line"), "create-account", &command.email, &command.role).await?;
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
            AddUser::from_args(args("add --email A@B.it --role editor --organization x")),
            Ok(AddUser { email: "a@b.it".into(), role: "editor".into(), organizations: vec!["x".into()] })
        );
        assert!(AddUser::from_args(args("add --email a@b.it --role admin")).is_err());
        assert!(AddUser::from_args(args("add --role editor")).is_err());
        assert!(AddUser::from_args(args("remove --email a@b.it --role editor")).is_err());
        assert!(AddUser::from_args(args("add --email")).is_err());
    }
}
