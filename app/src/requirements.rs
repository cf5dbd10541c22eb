//! What a service asks of the person who goes there: the documents to bring, picked from
//! a list every family recognises (each with a pictogram), and who can go by legal
//! situation. Both are typed here once; content files, the database, the index and the
//! forms store their words (`as_str`).

use serde::{Deserialize, Serialize};

/// A document to bring, from the list the editor picks from (free text covers the rest).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentKind {
    PassportOrId,
    ResidencePermit,
    PermitReceipt,
    TaxCode,
    HealthCard,
    Isee,
    ProofOfAddress,
    Payslip,
    SchoolCertificate,
    Photos,
    /// Nothing to bring: a choice of its own, which goes with no other.
    NothingNeeded,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 11] = [
        Self::PassportOrId,
        Self::ResidencePermit,
        Self::PermitReceipt,
        Self::TaxCode,
        Self::HealthCard,
        Self::Isee,
        Self::ProofOfAddress,
        Self::Payslip,
        Self::SchoolCertificate,
        Self::Photos,
        Self::NothingNeeded,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::PassportOrId => "passport-or-id",
            Self::ResidencePermit => "residence-permit",
            Self::PermitReceipt => "permit-receipt",
            Self::TaxCode => "tax-code",
            Self::HealthCard => "health-card",
            Self::Isee => "isee",
            Self::ProofOfAddress => "proof-of-address",
            Self::Payslip => "payslip",
            Self::SchoolCertificate => "school-certificate",
            Self::Photos => "photos",
            Self::NothingNeeded => "nothing-needed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// The Fluent message naming it.
    pub fn message(self) -> String {
        format!("document-{}", self.as_str())
    }
}

/// A legal situation, for "who can go".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Situation {
    /// Everyone, whatever their papers: goes with no other choice.
    Anyone,
    EuCitizens,
    PermitHolders,
    AsylumSeekers,
    /// People without documents (no permit, or an expired one).
    Undocumented,
    /// Minors in Italy without their parents.
    UnaccompaniedMinors,
}

impl Situation {
    pub const ALL: [Situation; 6] = [
        Self::Anyone,
        Self::EuCitizens,
        Self::PermitHolders,
        Self::AsylumSeekers,
        Self::Undocumented,
        Self::UnaccompaniedMinors,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Anyone => "anyone",
            Self::EuCitizens => "eu-citizens",
            Self::PermitHolders => "permit-holders",
            Self::AsylumSeekers => "asylum-seekers",
            Self::Undocumented => "undocumented",
            Self::UnaccompaniedMinors => "unaccompanied-minors",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }

    /// The Fluent message naming it.
    pub fn message(self) -> String {
        format!("situation-{}", self.as_str())
    }
}

/// The word the index files a service under when it does not say who can go.
pub const NOT_STATED: &str = "not-stated";

/// What a service says about one situation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Yes,
    No,
    /// It says nothing about who can go.
    NotStated,
}

/// Who can go, as a service states it: empty when the source does not say (nothing is
/// guessed).
pub fn answer(stated: &[Situation], asked: Situation) -> Answer {
    if stated.is_empty() {
        Answer::NotStated
    } else if stated.contains(&Situation::Anyone) || stated.contains(&asked) {
        Answer::Yes
    } else {
        Answer::No
    }
}

/// The words a service is filed under in the index's "who can go" facet: every situation it
/// says yes to ("anyone" says yes to all), or [`NOT_STATED`].
pub fn facet_words(stated: &[Situation]) -> Vec<&'static str> {
    if stated.is_empty() {
        return vec![NOT_STATED];
    }
    Situation::ALL.into_iter().filter(|s| answer(stated, *s) == Answer::Yes).map(Situation::as_str).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(kind.as_str()), Some(kind));
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
        for situation in Situation::ALL {
            assert_eq!(Situation::parse(situation.as_str()), Some(situation));
            assert_eq!(serde_json::to_value(situation).unwrap(), situation.as_str());
        }
        assert_eq!(Situation::parse(NOT_STATED), None);
    }

    #[test]
    fn anyone_says_yes_to_every_situation_and_silence_says_nothing() {
        use Situation::*;
        assert_eq!(answer(&[Anyone], Undocumented), Answer::Yes);
        assert_eq!(answer(&[PermitHolders], Undocumented), Answer::No);
        assert_eq!(answer(&[PermitHolders, Undocumented], Undocumented), Answer::Yes);
        assert_eq!(answer(&[], Undocumented), Answer::NotStated);
        assert_eq!(facet_words(&[]), [NOT_STATED]);
        assert_eq!(facet_words(&[Anyone]).len(), Situation::ALL.len());
        assert_eq!(facet_words(&[AsylumSeekers]), ["asylum-seekers"]);
    }
}
