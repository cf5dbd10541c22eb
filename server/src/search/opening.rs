//! "Open now" as an index filter: the week is cut into 15-minute slots and each service is
//! indexed with the slots its desks are open, so the filter is one term lookup for the
//! current slot in Rome, whatever the server's own time zone.

use crate::content::holidays::{Holidays, Place};
use crate::db::IndexedLocation;
use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use chrono_tz::Europe::Rome;

const SLOT_MINUTES: u32 = 15;
const SLOTS_PER_DAY: u32 = 24 * 60 / SLOT_MINUTES;

fn minutes(hhmm: &str) -> Option<u32> {
    let (h, m) = hhmm.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// The slots fully inside `opens`–`closes` on `weekday` (1 = Monday): a desk is never
/// shown as open before it opens or after it closes.
pub fn slots(weekday: u8, opens: &str, closes: &str) -> Vec<u64> {
    let (Some(opens), Some(closes)) = (minutes(opens), minutes(closes)) else {
        return Vec::new();
    };
    if !(1..=7).contains(&weekday) {
        return Vec::new();
    }
    let day = u32::from(weekday - 1) * SLOTS_PER_DAY;
    let first = opens.div_ceil(SLOT_MINUTES);
    let end = (closes / SLOT_MINUTES).min(SLOTS_PER_DAY);
    (first..end).map(|s| u64::from(day + s)).collect()
}

/// The public holidays as of one day (Rome's today when the index is built).
#[derive(Clone, Copy)]
pub struct Calendar<'a> {
    pub holidays: &'a Holidays,
    pub today: NaiveDate,
}

/// A location's open slots of the week, without today's when it is closed today (a
/// holiday, the patron saint, a partner's closure).
pub fn weekly_slots(location: &IndexedLocation, calendar: Calendar) -> Vec<u64> {
    let weekdays: Vec<u8> = location.hours.iter().map(|(day, ..)| *day).collect();
    let place = Place {
        municipality: &location.municipality,
        weekdays: &weekdays,
        open_on_holidays: location.open_on_holidays,
        closures: &location.closures,
    };
    let closed_today = calendar.holidays.closed_on(calendar.today, &place).is_some();
    let today = calendar.today.weekday().number_from_monday() as u8;
    location
        .hours
        .iter()
        .filter(|(day, ..)| !(closed_today && *day == today))
        .flat_map(|(day, opens, closes)| slots(*day, opens, closes))
        .collect()
}

/// The slot `now` falls in, in Rome's local time.
pub fn current_slot(now: DateTime<Utc>) -> u64 {
    let local = now.with_timezone(&Rome);
    let day = local.weekday().num_days_from_monday() * SLOTS_PER_DAY;
    u64::from(day + (local.hour() * 60 + local.minute()) / SLOT_MINUTES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn slots_stay_inside_the_opening_hours() {
        // Monday 09:10–12:20 → 09:15 … 12:15 (slots 37 … 48).
        assert_eq!(slots(1, "09:10", "12:20"), (37..49).collect::<Vec<u64>>());
        assert_eq!(slots(2, "09:00", "09:15"), vec![96 + 36]);
        assert!(slots(1, "12:00", "09:00").is_empty());
        assert!(slots(8, "09:00", "10:00").is_empty());
    }

    #[test]
    fn the_current_slot_is_in_rome_time() {
        // Monday 23 November 2026, 08:30 UTC = 09:30 in Rome (winter time).
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 8, 30, 0).unwrap();
        assert_eq!(current_slot(now), 38);
        assert!(slots(1, "09:00", "12:00").contains(&current_slot(now)));
        // Summer time: 08:30 UTC on Monday 6 July 2026 is 10:30 in Rome.
        let summer = Utc.with_ymd_and_hms(2026, 7, 6, 8, 30, 0).unwrap();
        assert_eq!(current_slot(summer), 42);
    }

    #[test]
    fn today_has_no_open_slots_where_the_place_is_closed_today() {
        let holidays = Holidays::default();
        let office = IndexedLocation {
            municipality: "Roma".into(),
            coordinates: None,
            open_on_holidays: false,
            closures: vec![],
            hours: vec![(1, "09:00".into(), "12:00".into()), (2, "09:00".into(), "12:00".into())],
        };
        let monday_nine = 36;
        let tuesday_nine = 96 + 36;
        // Monday 29 March 2027 is Easter Monday; Monday 5 April 2027 is an ordinary day.
        let easter_monday = Calendar { holidays: &holidays, today: NaiveDate::from_ymd_opt(2027, 3, 29).unwrap() };
        let ordinary = Calendar { holidays: &holidays, today: NaiveDate::from_ymd_opt(2027, 4, 5).unwrap() };
        let slots = weekly_slots(&office, easter_monday);
        assert!(!slots.contains(&monday_nine) && slots.contains(&tuesday_nine));
        assert!(weekly_slots(&office, ordinary).contains(&monday_nine));
        let always = IndexedLocation { open_on_holidays: true, ..office.clone() };
        assert!(weekly_slots(&always, easter_monday).contains(&monday_nine));
        let closure = crate::content::holidays::Closure::try_from("2027-04-01/2027-04-09".to_string()).unwrap();
        let summer = IndexedLocation { closures: vec![closure], ..office };
        let slots = weekly_slots(&summer, ordinary);
        assert!(!slots.contains(&monday_nine) && slots.contains(&tuesday_nine), "only today's slots go");
    }
}
