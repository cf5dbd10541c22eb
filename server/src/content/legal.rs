//! Who answers for this deployment (`content/legal.toml`): the data controller the privacy
//! notice names and the accessibility statement's facts. The sources name no controller, so
//! each deployment fills it in; until then the pages say so and tell people to ask at the desk.

use crate::content::{self, ContentError};
use chrono::NaiveDate;
use portineria_app::model::{AccessibilityStatement, Conformance, Controller};
use serde::Deserialize;
use std::path::Path;

pub const LEGAL_FILE: &str = "legal.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LegalFile {
    controller: Option<ControllerEntry>,
    privacy_updated: NaiveDate,
    accessibility: AccessibilityEntry,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ControllerEntry {
    name: String,
    address: String,
    email: String,
    dpo_email: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccessibilityEntry {
    conformance: Conformance,
    assessed: NaiveDate,
    feedback_email: Option<String>,
}

/// The deployment's legal facts, read once at start-up.
#[derive(Clone, Debug)]
pub struct Legal {
    pub controller: Option<Controller>,
    pub privacy_updated: NaiveDate,
    pub accessibility: AccessibilityStatement,
}

impl Legal {
    /// Reads `legal.toml`; a missing file or a malformed address stops the start-up, since
    /// a public site must not run without its privacy notice.
    pub fn load(dir: &Path) -> Result<Self, ContentError> {
        let path = dir.join(LEGAL_FILE);
        let file: LegalFile = content::read_toml(&path)?;
        let controller = file.controller.as_ref();
        let addresses = [
            ("controller.email", controller.map(|c| &c.email)),
            ("controller.dpo_email", controller.and_then(|c| c.dpo_email.as_ref())),
            ("accessibility.feedback_email", file.accessibility.feedback_email.as_ref()),
        ];
        let mut problems: Vec<String> = addresses
            .into_iter()
            .filter_map(|(what, value)| Some((what, value?)))
            .filter(|(_, value)| !looks_like_email(value))
            .map(|(what, value)| format!("{LEGAL_FILE}: {what} «{value}» is not an e-mail address"))
            .collect();
        if controller.is_some_and(|c| c.name.trim().is_empty() || c.address.trim().is_empty()) {
            problems.push(format!("{LEGAL_FILE}: the controller needs a name and an address"));
        }
        if !problems.is_empty() {
            return Err(ContentError::Invalid(problems));
        }
        Ok(Self {
            controller: file.controller.map(|c| Controller {
                name: c.name,
                address: c.address,
                email: c.email,
                dpo_email: c.dpo_email,
            }),
            privacy_updated: file.privacy_updated,
            accessibility: AccessibilityStatement {
                conformance: file.accessibility.conformance,
                assessed: file.accessibility.assessed.to_string(),
                feedback_email: file.accessibility.feedback_email,
            },
        })
    }
}

/// One `@` between a non-empty local part and a dotted domain, no spaces: enough to catch a
/// phone number or a name typed in the wrong field.
fn looks_like_email(value: &str) -> bool {
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(char::is_whitespace)
                && !domain.contains('@')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_shipped_file_and_refuses_bad_addresses() {
        let shipped =
            Legal::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content/legal.toml");
        assert!(shipped.privacy_updated.to_string().starts_with("20"));
        let dir = std::env::temp_dir().join(format!("portineria-legal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let write = |text: &str| std::fs::write(dir.join(LEGAL_FILE), text).unwrap();
        write(
            "privacy_updated = \"2026-12-02\"\n[controller]\nname = \"Comune\"\naddress = \"Via Roma 1\"\nemail = \"011 123\"\n\
             [accessibility]\nconformance = \"partial\"\nassessed = \"2026-12-02\"\n",
        );
        let Err(ContentError::Invalid(problems)) = Legal::load(&dir) else { panic!("a phone is not an e-mail") };
        assert!(problems[0].contains("controller.email"), "{problems:?}");
        write(
            "privacy_updated = \"2026-12-02\"\n[controller]\nname = \"Comune\"\naddress = \"Via Roma 1\"\nemail = \"privacy@comune.example.it\"\n\
             [accessibility]\nconformance = \"full\"\nassessed = \"2026-11-30\"\n",
        );
        let legal = Legal::load(&dir).expect("valid");
        assert_eq!(legal.controller.unwrap().email, "privacy@comune.example.it");
        assert_eq!(
            (legal.accessibility.conformance, legal.accessibility.assessed.as_str()),
            (Conformance::Full, "2026-11-30")
        );
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(!looks_like_email("a@b") && !looks_like_email("@b.it") && looks_like_email("a@b.it"));
    }
}
