//! The days a place is closed although its weekly hours say it is open: Italy's public
//! holidays, the comune's patron-saint day, and the closures a partner enters (summer,
//! single days). The server works them out from the calendar; pages only show them.

use crate::i18n::{t, t_args};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A public holiday: offices close unless their entry says they open on holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Holiday {
    NewYear,
    Epiphany,
    Easter,
    EasterMonday,
    Liberation,
    Labour,
    Republic,
    Assumption,
    /// Saint Francis of Assisi, patron of Italy: a national holiday again from 2026.
    SaintFrancis,
    AllSaints,
    ImmaculateConception,
    Christmas,
    SaintStephen,
    /// The comune's patron saint.
    PatronSaint,
}

impl Holiday {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NewYear => "new-year",
            Self::Epiphany => "epiphany",
            Self::Easter => "easter",
            Self::EasterMonday => "easter-monday",
            Self::Liberation => "liberation",
            Self::Labour => "labour",
            Self::Republic => "republic",
            Self::Assumption => "assumption",
            Self::SaintFrancis => "saint-francis",
            Self::AllSaints => "all-saints",
            Self::ImmaculateConception => "immaculate-conception",
            Self::Christmas => "christmas",
            Self::SaintStephen => "saint-stephen",
            Self::PatronSaint => "patron-saint",
        }
    }

    /// Its name on the pages: `holiday-<word>`.
    pub fn message(self) -> String {
        format!("holiday-{}", self.as_str())
    }
}

/// Why a place is closed on a day its week says open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosedFor {
    Holiday(Holiday),
    /// A closure the partner entered (holidays of the staff, works, a strike).
    Closure,
}

impl ClosedFor {
    /// Why, in words: the holiday's name, or the partner's closure.
    pub fn words(self, lang: Lang) -> String {
        match self {
            Self::Holiday(holiday) => t(lang, &holiday.message()),
            Self::Closure => t(lang, "hours-closure"),
        }
    }

    /// "Oggi è chiuso: Immacolata." (pages and the read-aloud text).
    pub fn closed_today(self, lang: Lang) -> String {
        t_args(lang, "hours-closed-today", &[("reason", self.words(lang).into())])
    }
}

/// Days in a row a place is closed: `from` and `to` are `YYYY-MM-DD`, `to` included.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosedDays {
    pub from: String,
    pub to: String,
    pub reason: ClosedFor,
}

/// A place's exceptions to its weekly hours, as of today.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exceptions {
    /// The entry says it opens on public holidays too.
    pub open_on_holidays: bool,
    /// Closed today, and why.
    pub today: Option<ClosedFor>,
    /// The closures of the coming weeks, soonest first (today's included).
    pub upcoming: Vec<ClosedDays>,
}
