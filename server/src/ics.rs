//! Events as iCalendar files (RFC 5545), for the phone's calendar: one file per event and one
//! with every event still to come. Times are Rome's, with the `VTIMEZONE` that says so; an
//! event known only by its month goes on the month's first day, all day, marked "date to be
//! confirmed" in the title so nobody mistakes it for a date.

use crate::period::{first_day, last_day};
use chrono::{DateTime, Days, NaiveDate, Utc};
use portineria_app::i18n::t;
use portineria_app::lang::Lang;
use portineria_app::model::Event;

/// Europe/Rome since 1996: CET, with summer time from the last Sunday of March to the last
/// Sunday of October.
const ROME: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/Rome\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nDTSTART:19700329T020000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\n\
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";

/// A calendar of `events` in `lang`; `host` makes the events' UIDs unique to this site.
pub fn calendar(lang: Lang, events: &[Event], host: &str, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN", "VCALENDAR");
    line(&mut out, "VERSION", "2.0");
    line(&mut out, "PRODID", "-//Portineria//Eventi//IT");
    line(&mut out, "CALSCALE", "GREGORIAN");
    line(&mut out, "METHOD", "PUBLISH");
    line(&mut out, "X-WR-CALNAME", &text(&t(lang, "calendar-name")));
    line(&mut out, "X-WR-TIMEZONE", "Europe/Rome");
    out.push_str(ROME);
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for event in events {
        vevent(&mut out, lang, event, host, &stamp);
    }
    line(&mut out, "END", "VCALENDAR");
    out
}

fn vevent(out: &mut String, lang: Lang, e: &Event, host: &str, stamp: &str) {
    // Events are dated to the day or the month; anything vaguer has no place in a calendar.
    let month_only = e.date.len() == 7;
    let Some(start) = (e.date.len() >= 7).then(|| first_day(&e.date)).flatten() else { return };
    let mut summary = e.name.text.clone();
    if month_only {
        summary = format!("{summary} ({})", t(lang, "calendar-date-to-confirm"));
    }
    line(out, "BEGIN", "VEVENT");
    line(out, "UID", &format!("{}@{host}", e.slug));
    line(out, "DTSTAMP", stamp);
    line(out, "SUMMARY", &text(&summary));
    let at = |day: NaiveDate, time: &str| Some(format!("{}T{}", day.format("%Y%m%d"), clock(time)?));
    let end_day = e.end_date.as_deref().and_then(last_day).unwrap_or(start);
    let timed = (!month_only).then(|| e.time.as_deref().and_then(|t| at(start, t))).flatten();
    let until = e.end_time.as_deref().and_then(|t| at(end_day, t));
    match (timed, until) {
        // A span over several days without an end time is shown as whole days.
        (Some(from), until) if until.is_some() || end_day == start => {
            line(out, "DTSTART;TZID=Europe/Rome", &from);
            if let Some(until) = until {
                line(out, "DTEND;TZID=Europe/Rome", &until);
            }
        }
        _ => {
            let last = if month_only { start } else { end_day };
            line(out, "DTSTART;VALUE=DATE", &start.format("%Y%m%d").to_string());
            line(out, "DTEND;VALUE=DATE", &day_after(last).format("%Y%m%d").to_string());
            line(out, "TRANSP", "TRANSPARENT");
        }
    }
    let place: Vec<&str> = [e.place.as_ref().map(|p| p.text.as_str()), e.address.as_deref(), e.municipality.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !place.is_empty() {
        line(out, "LOCATION", &text(&place.join(" — ")));
    }
    line(out, "DESCRIPTION", &text(&format!("{}\n{}", e.description.text, e.organization.name)));
    line(out, "END", "VEVENT");
}

/// `HH:MM` as `HHMMSS`, or `None` for anything else.
fn clock(time: &str) -> Option<String> {
    chrono::NaiveTime::parse_from_str(time, "%H:%M").ok().map(|t| t.format("%H%M%S").to_string())
}

/// `NAME:value` folded at 75 octets (never inside a character), with CRLF.
fn line(out: &mut String, name: &str, value: &str) {
    let whole = format!("{name}:{value}");
    let mut width = 0;
    for c in whole.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A TEXT value: backslashes, semicolons, commas and line breaks escaped.
fn text(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            _ => escaped.push(c),
        }
    }
    escaped
}

fn day_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_days(Days::new(1)).unwrap_or(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use portineria_app::model::{Audience, OrganizationRef, Text, TranslationStatus};

    fn event(date: &str, time: Option<&str>, end_time: Option<&str>) -> Event {
        let text = |s: &str| Text::new(s, TranslationStatus::Source);
        Event {
            slug: "corso".into(),
            name: text("Corso di italiano, livello A1; gratis"),
            description: text("Una riga\nun'altra"),
            place: None,
            address: Some("Via Roma 1".into()),
            municipality: Some("Orbassano".into()),
            date: date.into(),
            end_date: None,
            time: time.map(Into::into),
            end_time: end_time.map(Into::into),
            languages: vec![],
            audience: Audience::Public,
            organization: OrganizationRef { slug: "org".into(), name: "Ente".into() },
            calendar_qr: None,
        }
    }

    fn unfolded(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn timed_all_day_and_month_only_events() {
        let now = DateTime::parse_from_rfc3339("2026-12-02T10:00:00Z").unwrap().with_timezone(&Utc);
        let events = [
            event("2026-12-14", Some("09:30"), Some("11:00")),
            event("2026-12-15", None, None),
            event("2027-01", None, None),
        ];
        let ics = unfolded(&calendar(Lang::It, &events, "example.org", now));
        assert!(ics.contains("DTSTART;TZID=Europe/Rome:20261214T093000\r\nDTEND;TZID=Europe/Rome:20261214T110000"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261215\r\nDTEND;VALUE=DATE:20261216"));
        assert!(ics.contains("SUMMARY:Corso di italiano\\, livello A1\\; gratis (data da confermare)\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102"));
        assert!(ics.contains("DESCRIPTION:Una riga\\nun'altra\\nEnte"));
        assert!(ics.contains("UID:corso@example.org") && ics.contains("DTSTAMP:20261202T100000Z"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        line(&mut out, "SUMMARY", &"دورة اللغة الإيطالية ".repeat(10));
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        assert_eq!(out.replace("\r\n ", ""), format!("SUMMARY:{}\r\n", "دورة اللغة الإيطالية ".repeat(10)));
    }
}
