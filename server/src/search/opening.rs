//! "Open now" as an index filter: the week is cut into 15-minute slots and each service is
//! indexed with the slots its desks are open, so the filter is one term lookup for the
//! current slot in Rome, whatever the server's own time zone.

use chrono::{DateTime, Datelike, Timelike, Utc};
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
}
