//! A programme's status from its period: a programme past its end date shows as ended,
//! whatever its source said at the time.

use chrono::NaiveDate;
use portineria_app::model::ProgrammeStatus;

/// The first day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) can mean.
pub fn first_day(value: &str) -> Option<NaiveDate> {
    let mut parts = value.split('-').map(|p| p.parse::<u32>().ok());
    let year = parts.next()??;
    let month = parts.next().unwrap_or(Some(1))?;
    let day = parts.next().unwrap_or(Some(1))?;
    NaiveDate::from_ymd_opt(year as i32, month, day)
}

/// The last day a partial date can mean: "2025-10" runs to 31 October 2025.
pub fn last_day(value: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = value.split('-').collect();
    let year: i32 = parts.first()?.parse().ok()?;
    match parts.len() {
        1 => NaiveDate::from_ymd_opt(year, 12, 31),
        2 => {
            let month: u32 = parts[1].parse().ok()?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)
            };
            next?.pred_opt()
        }
        _ => first_day(value),
    }
}

pub fn programme_status(start: Option<&str>, end: Option<&str>, today: NaiveDate) -> ProgrammeStatus {
    let start = start.and_then(first_day);
    let end = end.and_then(last_day);
    match (start, end) {
        (_, Some(end)) if end < today => ProgrammeStatus::Ended,
        (Some(start), _) if start > today => ProgrammeStatus::Upcoming,
        (None, None) => ProgrammeStatus::Unknown,
        _ => ProgrammeStatus::Active,
    }
}

/// Where an event stands relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventTime {
    Past,
    /// On today (a dated event today, or a dated span running today).
    Today,
    /// Later, or sometime this month when the source gives only the month.
    Upcoming,
}

/// `date` and `end_date` are `YYYY-MM` or `YYYY-MM-DD`; an event known only by its month
/// is never "today", only "this month" (upcoming) until the month is over.
pub fn event_time(date: &str, end_date: Option<&str>, today: NaiveDate) -> EventTime {
    let last = end_date.unwrap_or(date);
    match (first_day(date), last_day(last)) {
        (_, Some(end)) if end < today => EventTime::Past,
        (Some(start), _) if start <= today && date.len() == 10 && last.len() == 10 => EventTime::Today,
        _ => EventTime::Upcoming,
    }
}

/// Today in Italy, where every service is.
pub fn today() -> NaiveDate {
    rome_now().date_naive()
}

/// The time in Rome, where every desk of the directory is: days, holidays and "open now"
/// follow it whatever the server's own time zone.
pub fn rome_now() -> chrono::DateTime<chrono_tz::Tz> {
    chrono::Utc::now().with_timezone(&chrono_tz::Europe::Rome)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_month_end_runs_to_the_last_day() {
        let s = |today| programme_status(Some("2023-11"), Some("2025-10"), day(today));
        assert_eq!(s("2025-10-31"), ProgrammeStatus::Active);
        assert_eq!(s("2025-11-01"), ProgrammeStatus::Ended);
        assert_eq!(s("2023-10-31"), ProgrammeStatus::Upcoming);
    }

    #[test]
    fn open_and_unknown_periods() {
        assert_eq!(programme_status(Some("2025-05"), None, day("2026-11-23")), ProgrammeStatus::Active);
        assert_eq!(programme_status(None, None, day("2026-11-23")), ProgrammeStatus::Unknown);
        assert_eq!(programme_status(None, Some("2009-11-06"), day("2009-11-07")), ProgrammeStatus::Ended);
        assert_eq!(programme_status(Some("garbage"), Some("2025-12"), day("2025-12-31")), ProgrammeStatus::Active);
    }

    #[test]
    fn events_by_day_and_by_month() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let today = day("2019-06-20");
        assert_eq!(event_time("2019-06-20", None, today), EventTime::Today);
        assert_eq!(event_time("2019-06-18", Some("2019-06-21"), today), EventTime::Today);
        assert_eq!(event_time("2019-06-19", None, today), EventTime::Past);
        assert_eq!(event_time("2019-06", None, today), EventTime::Upcoming);
        assert_eq!(event_time("2019-05", None, today), EventTime::Past);
        assert_eq!(event_time("2019-02", Some("2019-06"), today), EventTime::Upcoming);
        assert_eq!(event_time("2019-09-24", None, today), EventTime::Upcoming);
    }
}
