//! What a family or a mediator can tell a service's organisation from its page: whether the
//! page was useful, or what went wrong there. Shared by the form (the app) and the server
//! that stores it; the words are the stored ones.

/// One tap's worth of feedback.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeedbackKind {
    Useful,
    NotUseful,
    /// The office is closed or has moved.
    Closed,
    /// Nobody answers the phone.
    NoAnswer,
    /// They did not help.
    NoHelp,
    /// Nobody spoke the family's language.
    Language,
    /// Something on the page is wrong.
    Wrong,
}

impl FeedbackKind {
    /// The problems a family can report, in the order the page shows them.
    pub const PROBLEMS: [Self; 5] = [Self::Closed, Self::NoAnswer, Self::NoHelp, Self::Language, Self::Wrong];
    pub const ALL: [Self; 7] =
        [Self::Useful, Self::NotUseful, Self::Closed, Self::NoAnswer, Self::NoHelp, Self::Language, Self::Wrong];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Useful => "useful",
            Self::NotUseful => "not-useful",
            Self::Closed => "closed",
            Self::NoAnswer => "no-answer",
            Self::NoHelp => "no-help",
            Self::Language => "language",
            Self::Wrong => "wrong",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == word)
    }

    /// A problem report (which waits for an editor), not a vote.
    pub fn is_problem(self) -> bool {
        !matches!(self, Self::Useful | Self::NotUseful)
    }

    /// Its name on buttons and in the admin area's queue: `feedback-kind-<word>`.
    pub fn message(self) -> String {
        format!("feedback-kind-{}", self.as_str())
    }
}

/// A stored word that names no kind of feedback.
#[derive(Debug, thiserror::Error)]
#[error("unknown feedback kind {0:?}")]
pub struct UnknownKind(String);

/// How rows decode the stored word.
impl TryFrom<String> for FeedbackKind {
    type Error = UnknownKind;

    fn try_from(word: String) -> Result<Self, UnknownKind> {
        Self::parse(&word).ok_or(UnknownKind(word))
    }
}

/// The most characters the free text of a report keeps (the form says so and stops there).
pub const NOTE_MAX_CHARS: usize = 500;

/// What became of a report, carried back to the page (`?feedback=`) after the form is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FeedbackStatus {
    /// Stored.
    Thanks,
    /// This kiosk visit already said this about this service.
    Already,
    /// Too many reports from here lately: try later.
    Wait,
    /// The day's reports are full: tell the desk instead.
    Full,
    /// The form was not one this page sends.
    Invalid,
    /// The server could not store it now.
    Unavailable,
}

impl FeedbackStatus {
    const ALL: [Self; 6] = [Self::Thanks, Self::Already, Self::Wait, Self::Full, Self::Invalid, Self::Unavailable];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Thanks => "thanks",
            Self::Already => "already",
            Self::Wait => "wait",
            Self::Full => "full",
            Self::Invalid => "invalid",
            Self::Unavailable => "unavailable",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == word)
    }

    /// Whether it is good news (a status) or a problem (an alert).
    pub fn is_success(self) -> bool {
        matches!(self, Self::Thanks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_read_back() {
        for kind in FeedbackKind::ALL {
            assert_eq!(FeedbackKind::parse(kind.as_str()), Some(kind));
        }
        for status in FeedbackStatus::ALL {
            assert_eq!(FeedbackStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(FeedbackKind::PROBLEMS.iter().filter(|k| k.is_problem()).count(), 5);
        assert!(FeedbackKind::parse("other").is_none());
    }
}
