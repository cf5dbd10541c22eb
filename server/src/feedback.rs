//! The rules of anonymous feedback (ARCHITECTURE.md §1): what a report may hold, how often
//! one address may send them, once per kiosk visit, and how phone numbers and e-mail
//! addresses typed into the free text are masked before anything is stored. No HTTP here.

use crate::accounts::throttle_key;
use crate::db::{Database, DbError, NewFeedback, Recorded, Reservation, ThrottleLimits};
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Rome;
use portineria_app::feedback::{FeedbackKind, FeedbackStatus, NOTE_MAX_CHARS};
use portineria_app::lang::Lang;
use portineria_app::url::Visit;
use std::net::IpAddr;

/// One address may send 20 reports; then each waits a minute, doubling up to an hour, and
/// an hour of quiet starts again. A kiosk's visitors share its address, so the free share
/// is large; each visit can send each thing once anyway.
pub const FEEDBACK_THROTTLE: ThrottleLimits =
    ThrottleLimits { free_attempts: 20, first_delay: 60, max_delay: 3600, forget_after: 3600, max_keys: 50_000 };

/// What stands for a masked phone number or e-mail address.
pub const MASK: &str = "[…]";

/// The fewest digits that make a run of digits look like a phone number.
const PHONE_DIGITS: usize = 6;

/// A report as a page's form sends it.
#[derive(Debug)]
pub struct Report<'a> {
    pub lang: Lang,
    pub service: &'a str,
    pub kind: &'a str,
    pub note: &'a str,
    pub visit: Option<&'a str>,
}

/// Stores `report` from `address` if the rules allow it, and says what became of it.
pub async fn record(db: &Database, address: Option<IpAddr>, report: Report<'_>) -> Result<FeedbackStatus, DbError> {
    let Some(kind) = FeedbackKind::parse(report.kind) else {
        return Ok(FeedbackStatus::Invalid);
    };
    if report.note.chars().count() > NOTE_MAX_CHARS {
        return Ok(FeedbackStatus::Invalid);
    }
    if let Some(address) = address {
        let key = throttle_key("feedback", &address.to_string());
        if let Reservation::Wait(_) = db.reserve_attempt(&[key], &FEEDBACK_THROTTLE, Utc::now().timestamp()).await? {
            return Ok(FeedbackStatus::Wait);
        }
    }
    // A vote carries no words; a report's are masked.
    let note = if kind.is_problem() { mask(report.note) } else { String::new() };
    let visit = report.visit.and_then(Visit::new).map(|visit| visit_key(visit, report.service, kind));
    let new = NewFeedback { service: report.service, kind, lang: report.lang, note: &note, visit: visit.as_deref() };
    Ok(match db.record_feedback(new, day_start(Utc::now())).await? {
        Recorded::Saved => FeedbackStatus::Thanks,
        Recorded::Already => FeedbackStatus::Already,
        Recorded::Full => FeedbackStatus::Full,
        Recorded::UnknownService => FeedbackStatus::Invalid,
    })
}

/// What the database keeps of a visit: a hash of it with the service and whether this is a
/// vote or a problem, so a visit votes once and reports once per service.
fn visit_key(visit: Visit, service: &str, kind: FeedbackKind) -> String {
    let class = if kind.is_problem() { "problem" } else { "vote" };
    throttle_key("visit", &format!("{}:{service}:{class}", visit.as_str()))
}

/// A fresh kiosk visit id: 128 random bits.
pub fn new_visit() -> Visit {
    let mut bytes = [0u8; 16];
    getrandom::getrandom(&mut bytes).expect("the operating system provides randomness");
    Visit::new(&hex::encode(bytes)).expect("32 lowercase hex digits")
}

/// Midnight in Rome of the day `now` falls in: the daily cap counts from there.
fn day_start(now: DateTime<Utc>) -> DateTime<Utc> {
    let local = now.with_timezone(&Rome).date_naive().and_time(chrono::NaiveTime::MIN);
    Rome.from_local_datetime(&local).earliest().map_or(now, |start| start.with_timezone(&Utc))
}

/// Any decimal digit a phone may show: ASCII, Arabic-Indic, Eastern Arabic-Indic, full-width.
fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{660}'..='\u{669}').contains(&c)
        || ('\u{6F0}'..='\u{6F9}').contains(&c)
        || ('０'..='９').contains(&c)
}

/// What may sit between a phone number's digits.
fn is_phone_separator(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '-' | '.' | '/' | '(' | ')' | '+' | '＋' | '－' | '（' | '）' | '　' | '\u{2010}'..='\u{2015}'
    )
}

/// `text` with e-mail addresses and anything that looks like a phone number (six digits or
/// more, whatever the script, with spaces, dots, dashes or brackets between them) replaced
/// by [`MASK`], and control characters other than line breaks removed.
pub fn mask(text: &str) -> String {
    let words: Vec<String> = text
        .split_inclusive(char::is_whitespace)
        .map(|word| {
            let trimmed = word.trim_end_matches(char::is_whitespace);
            let trail = &word[trimmed.len()..];
            if looks_like_email(trimmed) {
                format!("{MASK}{trail}")
            } else {
                word.to_string()
            }
        })
        .collect();
    mask_phones(&words.concat()).chars().filter(|c| !c.is_control() || *c == '\n').collect()
}

fn looks_like_email(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    match word.split_once(['@', '＠']) {
        Some((user, domain)) => !user.is_empty() && domain.contains(['.', '．']) && !domain.starts_with('.'),
        None => false,
    }
}

/// Replaces runs of digits and separators holding [`PHONE_DIGITS`] digits or more.
fn mask_phones(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_number = is_digit(chars[i])
            || matches!(chars[i], '+' | '＋' | '(' | '（') && chars.get(i + 1).is_some_and(|c| is_digit(*c));
        if !starts_number {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run: digits and separators, ending on its last digit.
        let (mut end, mut digits, mut j) = (i, 0, i);
        while j < chars.len() && (is_digit(chars[j]) || is_phone_separator(chars[j])) {
            if is_digit(chars[j]) {
                digits += 1;
                end = j + 1;
            }
            j += 1;
        }
        if digits >= PHONE_DIGITS {
            out.push_str(MASK);
        } else {
            out.extend(&chars[i..end.max(i + 1)]);
        }
        i = end.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn phone_numbers_are_masked_in_every_script() {
        assert_eq!(mask("chiamate 011 9876543 grazie"), "chiamate [\u{2026}] grazie");
        assert_eq!(mask("+39 333-123.45.67"), "[…]");
        assert_eq!(mask("(011) 123456, no"), "[…], no");
        // Arabic-Indic and Eastern Arabic-Indic digits.
        assert_eq!(mask("رقمي ٠١١٩٨٧٦٥٤٣"), "رقمي […]");
        assert_eq!(mask("شماره ۰۱۱ ۹۸۷ ۶۵۴۳"), "شماره […]");
        // Full-width digits, as Chinese keyboards type them.
        assert_eq!(mask("电话１３８００１３８０００。"), "电话[…]。");
        // Short numbers stay: times, dates, house numbers, a year.
        assert_eq!(mask("via Roma 12, ore 9:30, 2025"), "via Roma 12, ore 9:30, 2025");
        assert_eq!(mask("aperto il 12/03"), "aperto il 12/03");
    }

    #[test]
    fn email_addresses_are_masked() {
        assert_eq!(mask("scrivete a mario.rossi@example.it per favore"), "scrivete a […] per favore");
        assert_eq!(mask("(ana@example.ro)"), "[…]");
        assert_eq!(mask("邮箱 li＠example．cn"), "邮箱 […]");
        assert_eq!(mask("ci vediamo @ sportello"), "ci vediamo @ sportello");
    }

    #[test]
    fn control_characters_go_and_lines_stay() {
        assert_eq!(mask("uno\u{7}\ndue\u{0}"), "uno\ndue");
    }

    #[test]
    fn a_visit_votes_once_and_reports_once_per_service() {
        let visit = Visit::new("0123456789abcdef0123456789abcdef").unwrap();
        let vote = visit_key(visit, "s", FeedbackKind::Useful);
        assert_eq!(vote, visit_key(visit, "s", FeedbackKind::NotUseful));
        assert_eq!(visit_key(visit, "s", FeedbackKind::Closed), visit_key(visit, "s", FeedbackKind::Wrong));
        assert_ne!(vote, visit_key(visit, "s", FeedbackKind::Closed));
        assert_ne!(vote, visit_key(visit, "t", FeedbackKind::Useful));
        assert_ne!(new_visit(), new_visit());
    }

    #[test]
    fn the_day_starts_at_midnight_in_rome() {
        // 23:30 UTC on 1 December is 00:30 on the 2nd in Rome.
        let now = Utc.with_ymd_and_hms(2026, 12, 1, 23, 30, 0).unwrap();
        assert_eq!(day_start(now), Utc.with_ymd_and_hms(2026, 12, 1, 23, 0, 0).unwrap());
        // Summer time: midnight in Rome is 22:00 UTC.
        let summer = Utc.with_ymd_and_hms(2026, 7, 6, 12, 0, 0).unwrap();
        assert_eq!(day_start(summer), Utc.with_ymd_and_hms(2026, 7, 5, 22, 0, 0).unwrap());
    }
}
