//! Weekly opening hours like the real desks': mornings and afternoons on some weekdays,
//! sometimes a Saturday morning or slots by appointment only. "Open now" search and the
//! opening-slot index need hours of this shape to have work to do.

use portineria::content::{Hours, WEEKDAYS};
use portineria_tests::rng::Rng;

/// The slots of one place's week; never empty.
pub fn weekly_hours(rng: &mut Rng) -> Vec<Hours> {
    let mut slots = Vec::new();
    let all_by_appointment = rng.chance(10);
    if rng.chance(85) {
        let days = weekdays(weekday_mask(rng));
        let opens = *rng.pick(&["08:30", "09:00", "09:00", "09:30", "10:00"]);
        let closes = *rng.pick(&["12:00", "12:30", "13:00", "13:00"]);
        slots.push(slot(days, opens, closes, all_by_appointment));
    }
    let mut afternoons = 0;
    if slots.is_empty() || rng.chance(55) {
        afternoons = weekday_mask(rng);
        let opens = *rng.pick(&["14:00", "14:30", "15:00"]);
        let closes = *rng.pick(&["17:00", "17:30", "18:00", "19:00"]);
        slots.push(slot(weekdays(afternoons), opens, closes, all_by_appointment));
    }
    let free = 0b1_1111 & !afternoons;
    if !all_by_appointment && free != 0 && rng.chance(20) {
        let mask = weekday_mask(rng) & free;
        let mask = if mask == 0 { free & free.wrapping_neg() } else { mask };
        slots.push(slot(weekdays(mask), "14:00", "16:00", true));
    }
    if rng.chance(10) {
        slots.push(slot(vec![WEEKDAYS[5].to_string()], "09:00", "12:00", all_by_appointment));
    }
    slots
}

fn slot(days: Vec<String>, opens: &str, closes: &str, appointment_only: bool) -> Hours {
    Hours { days, opens: opens.to_string(), closes: closes.to_string(), appointment_only }
}

/// A non-empty set of weekdays (bits 0..5 = Monday..Friday), most often two or three days.
fn weekday_mask(rng: &mut Rng) -> u8 {
    let k = *rng.pick(&[1, 2, 2, 3, 3, 4, 5]);
    rng.distinct(5, k).into_iter().fold(0, |mask, day| mask | (1 << day))
}

fn weekdays(mask: u8) -> Vec<String> {
    WEEKDAYS[..5].iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, d)| d.to_string()).collect()
}
