//! The days a place is closed although its week says open: Italy's public holidays,
//! computed for any year (Easter by the Gregorian computus), each comune's patron-saint day
//! from `content/holidays.toml`, and the closures a partner enters. Offices close on
//! holidays unless their entry says they open.

use crate::content::{self, ContentError};
use chrono::{Datelike, Duration, NaiveDate};
use portineria_app::closed::{ClosedDays, ClosedFor, Exceptions, Holiday};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Easter Sunday of `year` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a real date")
}

/// The national public holiday on `date`, if it is one.
pub fn national(date: NaiveDate) -> Option<Holiday> {
    let easter = easter(date.year());
    if date == easter {
        return Some(Holiday::Easter);
    }
    if Some(date) == easter.succ_opt() {
        return Some(Holiday::EasterMonday);
    }
    match (date.month(), date.day()) {
        (1, 1) => Some(Holiday::NewYear),
        (1, 6) => Some(Holiday::Epiphany),
        (4, 25) => Some(Holiday::Liberation),
        (5, 1) => Some(Holiday::Labour),
        (6, 2) => Some(Holiday::Republic),
        (8, 15) => Some(Holiday::Assumption),
        (10, 4) if date.year() >= 2026 => Some(Holiday::SaintFrancis),
        (11, 1) => Some(Holiday::AllSaints),
        (12, 8) => Some(Holiday::ImmaculateConception),
        (12, 25) => Some(Holiday::Christmas),
        (12, 26) => Some(Holiday::SaintStephen),
        _ => None,
    }
}

/// A day of the year without the year (`MM-DD`), as patron-saint days repeat.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct MonthDay {
    month: u32,
    day: u32,
}

impl TryFrom<String> for MonthDay {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let parsed = text.split_once('-').and_then(|(m, d)| Some((m.parse().ok()?, d.parse().ok()?)));
        match parsed {
            // 2024 is a leap year: 29 February is a valid patron day.
            Some((month, day)) if NaiveDate::from_ymd_opt(2024, month, day).is_some() => Ok(Self { month, day }),
            _ => Err(format!("{text:?} is not a day of the year written MM-DD")),
        }
    }
}

/// `content/holidays.toml`: the comuni's patron-saint days.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Holidays {
    /// Comune (as the entries write it) → its patron-saint day.
    #[serde(default)]
    pub patron_saints: BTreeMap<String, MonthDay>,
}

pub const HOLIDAYS_FILE: &str = "holidays.toml";

/// How far ahead a page lists the closures to come.
pub const LOOK_AHEAD_DAYS: i64 = 42;

/// The longest closure one entry may state: longer, the service is suspended, not closed.
pub const MAX_CLOSURE_DAYS: i64 = 366;

/// Days in a row a place is closed, both ends included, as content files and the admin form
/// write it: `2026-08-10/2026-08-21` (ISO 8601's interval) or one day, `2026-12-24`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Closure {
    pub fn contains(&self, date: NaiveDate) -> bool {
        (self.from..=self.to).contains(&date)
    }
}

/// Why a written closure was refused.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ClosureError {
    #[error("{0:?} is not a date YYYY-MM-DD or a span YYYY-MM-DD/YYYY-MM-DD")]
    Unreadable(String),
    #[error("{0:?} ends before it starts")]
    Backwards(String),
    #[error("{0:?} is longer than {MAX_CLOSURE_DAYS} days")]
    TooLong(String),
}

impl TryFrom<String> for Closure {
    type Error = ClosureError;

    fn try_from(text: String) -> Result<Self, ClosureError> {
        let date = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok().filter(|_| s.trim().len() == 10);
        let (from, to) = match text.split_once('/') {
            Some((from, to)) => (date(from), date(to)),
            None => (date(&text), date(&text)),
        };
        let (Some(from), Some(to)) = (from, to) else {
            return Err(ClosureError::Unreadable(text));
        };
        if to < from {
            return Err(ClosureError::Backwards(text));
        }
        if (to - from).num_days() >= MAX_CLOSURE_DAYS {
            return Err(ClosureError::TooLong(text));
        }
        Ok(Self { from, to })
    }
}

impl fmt::Display for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.from == self.to {
            write!(f, "{}", self.from.format("%Y-%m-%d"))
        } else {
            write!(f, "{}/{}", self.from.format("%Y-%m-%d"), self.to.format("%Y-%m-%d"))
        }
    }
}

impl From<Closure> for String {
    fn from(closure: Closure) -> Self {
        closure.to_string()
    }
}

/// What the calendar needs to know of a place to say when it is closed.
#[derive(Clone, Copy, Debug)]
pub struct Place<'a> {
    pub municipality: &'a str,
    /// The weekdays it opens (1 = Monday); a place without hours gets no holiday notices,
    /// as nobody knows it opens at all.
    pub weekdays: &'a [u8],
    pub open_on_holidays: bool,
    pub closures: &'a [Closure],
}

impl Holidays {
    /// Reads `holidays.toml` from the content directory (no file: national holidays only).
    pub fn load(dir: &Path) -> Result<Self, ContentError> {
        let path = dir.join(HOLIDAYS_FILE);
        if !path.exists() {
            return Ok(Self::default());
        }
        content::read_toml(&path)
    }

    /// The holiday on `date` in `comune`: a national one, or its patron saint's day.
    pub fn on(&self, date: NaiveDate, comune: &str) -> Option<Holiday> {
        national(date).or_else(|| {
            let patron = self.patron_saints.get(comune)?;
            (patron.month == date.month() && patron.day == date.day()).then_some(Holiday::PatronSaint)
        })
    }

    /// Why `place` is closed on `date`, if it is: a partner's closure first, then a holiday
    /// (on a weekday it would open).
    pub fn closed_on(&self, date: NaiveDate, place: &Place) -> Option<ClosedFor> {
        if place.closures.iter().any(|c| c.contains(date)) {
            return Some(ClosedFor::Closure);
        }
        let opens_that_day = place.weekdays.contains(&(date.weekday().number_from_monday() as u8));
        if place.open_on_holidays || !opens_that_day {
            return None;
        }
        self.on(date, place.municipality).map(ClosedFor::Holiday)
    }

    /// `place`'s exceptions as of `today`: closed today or not, and the closures of the next
    /// [`LOOK_AHEAD_DAYS`] (a partner's closure whole, holidays on the days it would open).
    pub fn exceptions(&self, today: NaiveDate, place: &Place) -> Exceptions {
        let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        let horizon = today + Duration::days(LOOK_AHEAD_DAYS);
        let mut upcoming: Vec<(NaiveDate, ClosedDays)> = place
            .closures
            .iter()
            .filter(|c| c.to >= today && c.from <= horizon)
            .map(|c| (c.from, ClosedDays { from: day(c.from), to: day(c.to), reason: ClosedFor::Closure }))
            .collect();
        for date in today.iter_days().take_while(|d| *d <= horizon) {
            if let Some(ClosedFor::Holiday(holiday)) = self.closed_on(date, place) {
                upcoming
                    .push((date, ClosedDays { from: day(date), to: day(date), reason: ClosedFor::Holiday(holiday) }));
            }
        }
        upcoming.sort_by_key(|(from, _)| *from);
        Exceptions {
            open_on_holidays: place.open_on_holidays,
            today: self.closed_on(today, place),
            upcoming: upcoming.into_iter().map(|(_, c)| c).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_falls_on_the_published_dates() {
        for (year, month, date) in
            [(2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2038, 4, 25), (2285, 3, 22)]
        {
            assert_eq!(easter(year), day(year, month, date), "{year}");
        }
    }

    #[test]
    fn national_holidays_include_easter_monday_and_saint_francis_from_2026() {
        assert_eq!(national(day(2026, 4, 6)), Some(Holiday::EasterMonday));
        assert_eq!(national(day(2027, 3, 29)), Some(Holiday::EasterMonday));
        assert_eq!(national(day(2026, 6, 2)), Some(Holiday::Republic));
        assert_eq!(national(day(2026, 10, 4)), Some(Holiday::SaintFrancis));
        assert_eq!(national(day(2025, 10, 4)), None);
        assert_eq!(national(day(2026, 12, 2)), None);
        let count = (0..365).filter(|n| national(day(2027, 1, 1) + chrono::Duration::days(*n)).is_some()).count();
        assert_eq!(count, 13, "eleven dated holidays, Easter and Easter Monday");
    }

    #[test]
    fn patron_saints_are_per_comune() {
        let holidays: Holidays = toml::from_str("[patron_saints]\nRoma = \"06-29\"").unwrap();
        assert_eq!(holidays.on(day(2027, 6, 29), "Roma"), Some(Holiday::PatronSaint));
        assert_eq!(holidays.on(day(2027, 6, 29), "Orbassano"), None);
        assert!(toml::from_str::<Holidays>("[patron_saints]\nRoma = \"13-01\"").is_err());
        assert!(toml::from_str::<Holidays>("[patron_saints]\nRoma = \"02-29\"").is_ok());
    }

    #[test]
    fn closures_read_a_day_or_a_span_and_refuse_the_rest() {
        let read = |s: &str| Closure::try_from(s.to_string());
        assert_eq!(read("2026-12-24"), Ok(Closure { from: day(2026, 12, 24), to: day(2026, 12, 24) }));
        let summer = read("2026-08-10/2026-08-21").unwrap();
        assert_eq!((summer.from, summer.to), (day(2026, 8, 10), day(2026, 8, 21)));
        assert_eq!(summer.to_string(), "2026-08-10/2026-08-21");
        assert!(summer.contains(day(2026, 8, 21)) && !summer.contains(day(2026, 8, 22)));
        assert!(matches!(read("2026-08-21/2026-08-10"), Err(ClosureError::Backwards(_))));
        assert!(matches!(read("2026-01-01/2027-06-01"), Err(ClosureError::TooLong(_))));
        for bad in [
            "",
            "agosto",
            "2026-13-01",
            "2026-02-30",
            "2026-8-1",
            "2026-08-10/",
            "/2026-08-10",
            "2026-08-10/2026-08-21/2026-09-01",
        ] {
            assert!(matches!(read(bad), Err(ClosureError::Unreadable(_))), "{bad:?}");
        }
    }

    #[test]
    fn a_place_closes_on_holidays_it_would_open_unless_it_says_otherwise() {
        let holidays: Holidays = toml::from_str("[patron_saints]\nRoma = \"06-29\"").unwrap();
        let summer = [Closure { from: day(2027, 8, 9), to: day(2027, 8, 20) }];
        let weekdays = [1, 2, 3, 4, 5];
        let office = Place { municipality: "Roma", weekdays: &weekdays, open_on_holidays: false, closures: &summer };
        // Tuesday 29 June 2027: Saints Peter and Paul in Rome, not in Orbassano.
        assert_eq!(holidays.closed_on(day(2027, 6, 29), &office), Some(ClosedFor::Holiday(Holiday::PatronSaint)));
        assert_eq!(holidays.closed_on(day(2027, 6, 29), &Place { municipality: "Orbassano", ..office }), None);
        // Sunday 25 April 2027: closed anyway, so no holiday to announce.
        assert_eq!(holidays.closed_on(day(2027, 4, 25), &office), None);
        assert_eq!(holidays.closed_on(day(2027, 8, 10), &office), Some(ClosedFor::Closure));
        let always = Place { open_on_holidays: true, ..office };
        assert_eq!(holidays.closed_on(day(2027, 3, 29), &always), None, "Easter Monday, open on holidays");
        assert_eq!(holidays.closed_on(day(2027, 8, 10), &always), Some(ClosedFor::Closure), "closures still count");
        let unknown = Place { weekdays: &[], closures: &[], ..office };
        assert_eq!(holidays.closed_on(day(2027, 3, 29), &unknown), None, "no hours, no holiday notice");
    }

    #[test]
    fn exceptions_list_the_coming_closures_soonest_first() {
        let holidays = Holidays::default();
        let closures = [
            Closure { from: day(2026, 12, 24), to: day(2027, 1, 2) },
            Closure { from: day(2027, 3, 1), to: day(2027, 3, 1) },
            Closure { from: day(2026, 11, 1), to: day(2026, 11, 30) },
        ];
        let weekdays = [1, 2, 3, 4, 5];
        let place = Place { municipality: "Roma", weekdays: &weekdays, open_on_holidays: false, closures: &closures };
        // Wednesday 2 December 2026: 8 December (Tuesday) is a holiday; Christmas falls in the
        // closure, Saint Stephen is a Saturday; 6 January 2027 is a Wednesday.
        let exceptions = holidays.exceptions(day(2026, 12, 2), &place);
        assert_eq!(exceptions.today, None);
        let listed: Vec<(&str, &str, ClosedFor)> =
            exceptions.upcoming.iter().map(|c| (c.from.as_str(), c.to.as_str(), c.reason)).collect();
        assert_eq!(
            listed,
            [
                ("2026-12-08", "2026-12-08", ClosedFor::Holiday(Holiday::ImmaculateConception)),
                ("2026-12-24", "2027-01-02", ClosedFor::Closure),
                ("2027-01-06", "2027-01-06", ClosedFor::Holiday(Holiday::Epiphany)),
            ]
        );
        assert_eq!(
            holidays.exceptions(day(2026, 12, 8), &place).today,
            Some(ClosedFor::Holiday(Holiday::ImmaculateConception))
        );
        assert_eq!(holidays.exceptions(day(2026, 12, 28), &place).today, Some(ClosedFor::Closure));
    }
}
