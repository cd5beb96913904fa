//! Dates: the dateline's date, and dates inside a sentence.
//!
//! A document's date comes from its dateline ("Beijing, November 4, 2025
//! —", "NEW DELHI, March 3 (Reuters) -" with the year taken from the
//! document's own date) or, failing that, from the date given with the
//! document (JSONL `date`, gold `date`). Inside a sentence, an explicit
//! date ("on November 3", "3 November 2025") wins; otherwise a weekday
//! ("on Tuesday") is resolved against the document date: the latest such
//! day on or before it, or for planned relations the first one on or
//! after it (a wire story names its own day by its weekday);
//! "yesterday", "today" and "tomorrow" likewise.

use std::fmt;
use std::sync::OnceLock;

use regex::Regex;

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year.
    pub year: i32,
    /// Month, 1-12.
    pub month: u8,
    /// Day, 1-31.
    pub day: u8,
}

impl Date {
    /// A checked date.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let days = days_in_month(year, month);
        (day <= days).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let s = s.get(..10)?;
        let mut parts = s.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Date::new(year, month, day)
    }

    fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(self) -> u8 {
        (self.to_days() + 3).rem_euclid(7) as u8
    }

    /// This date plus `days`.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

fn month_number(name: &str) -> Option<u8> {
    let lower = name.trim_end_matches('.').to_ascii_lowercase();
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    MONTHS
        .iter()
        .position(|m| {
            *m == lower
                || (lower.len() >= 3
                    && m.starts_with(&lower)
                    && (lower.len() == 3 || lower == "sept"))
        })
        .map(|i| i as u8 + 1)
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn month_day_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"\b(?:(?P<m1>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>\d{4})\b)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,?\s+(?P<y2>\d{4})\b)?|(?P<iso>\d{4}-\d{2}-\d{2}))",
        )
        .expect("valid date regex")
    })
}

fn relative_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(
            r"(?i)\b(?:(?P<pre>on|last|this|next|from|since|until)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?P<rel>yesterday|today|tomorrow))\b",
        )
        .expect("valid relative date regex")
    })
}

/// Whether `text` has "day" or "tomorrow" (ASCII case-insensitively), as
/// every match of [`relative_regex`] has: its `(?i)` folds no non-ASCII
/// letter to any of their letters. Most sentences have neither, and this
/// check costs less than the search.
fn may_hold_relative_date(text: &str) -> bool {
    // Each word is looked for at its last letter, which is rarer than
    // its first: a "y" ending "day", a "w" ending "tomorrow".
    let bytes = text.as_bytes();
    let ends = |last: u8, word: &[u8]| {
        let n = word.len();
        bytes.iter().enumerate().skip(n - 1).any(|(i, &b)| {
            b | 0x20 == last
                && bytes[i + 1 - n..i].eq_ignore_ascii_case(&word[..n - 1])
        })
    };
    ends(b'y', b"day") || ends(b'w', b"tomorrow")
}

/// Whether `text` has a numeric char: an ASCII digit (the only numeric
/// ASCII chars) by a byte search, else one among its other chars.
fn has_numeric(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || (!text.is_ascii() && text.chars().any(char::is_numeric))
}

/// An explicit date in `text`; a missing year comes from `year`.
fn explicit_date(text: &str, year: Option<i32>) -> Option<Date> {
    // Every date the regex reads has a digit (`\d`: a Unicode decimal
    // digit, which `char::is_numeric` includes). Most sentences have none,
    // and this check costs less than the search (whose Unicode `\b` leaves
    // the fast engine at the first non-ASCII byte).
    if !has_numeric(text) {
        return None;
    }
    for caps in month_day_regex().captures_iter(text) {
        if let Some(iso) = caps.name("iso") {
            if let Some(d) = Date::parse_iso(iso.as_str()) {
                return Some(d);
            }
            continue;
        }
        let (m, d, y) = match caps.name("m1") {
            Some(m) => (m, caps.name("d1"), caps.name("y1")),
            None => (
                caps.name("m2").expect("alternative 2"),
                caps.name("d2"),
                caps.name("y2"),
            ),
        };
        // "May" alone is too often the verb; require a day after it.
        let month = month_number(m.as_str())?;
        let day: u8 = d?.as_str().parse().ok()?;
        let year = match y {
            Some(y) => y.as_str().parse().ok()?,
            None => year?,
        };
        if let Some(date) = Date::new(year, month, day) {
            return Some(date);
        }
    }
    None
}

/// The date of a dateline among the first lines of `text`, if any.
/// `fallback` (the document's own date) supplies a missing year.
pub fn dateline_date(text: &str, fallback: Option<Date>) -> Option<Date> {
    let dateline = crate::text::dedupe::dateline_regex();
    for line in text.lines().take(8) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(m) = dateline.find(line) else { continue };
        // The date must sit inside the dateline itself.
        if let Some(date) =
            explicit_date(&line[..m.end()], fallback.map(|d| d.year))
        {
            return Some(date);
        }
    }
    None
}

/// The date a sentence speaks of: explicit, then relative to `doc_date`,
/// then `doc_date` itself. `planned` resolves weekdays forwards.
pub fn sentence_date(
    sentence: &str,
    doc_date: Option<Date>,
    planned: bool,
) -> Option<Date> {
    if let Some(d) = explicit_date(sentence, doc_date.map(|d| d.year)) {
        return Some(d);
    }
    let doc = doc_date?;
    if !may_hold_relative_date(sentence) {
        return Some(doc);
    }
    if let Some(caps) = relative_regex().captures(sentence) {
        if let Some(rel) = caps.name("rel") {
            let offset = match rel.as_str().to_ascii_lowercase().as_str() {
                "yesterday" => -1,
                "tomorrow" => 1,
                _ => 0,
            };
            return Some(doc.add_days(offset));
        }
        if let Some(wd) = caps.name("wd") {
            let lower = wd.as_str().to_ascii_lowercase();
            let target =
                WEEKDAYS.iter().position(|w| *w == lower).expect("weekday")
                    as i64;
            let current = i64::from(doc.weekday());
            // A wire story names its own day by its weekday too ("arrived
            // on Wednesday and was to hold talks"): the same day, not a
            // week on, unless "next" (or "last") says so.
            let pre = |w: &str| {
                caps.name("pre")
                    .is_some_and(|p| p.as_str().eq_ignore_ascii_case(w))
            };
            let offset = if planned {
                match (target - current).rem_euclid(7) {
                    0 if pre("next") => 7,
                    ahead => ahead,
                }
            } else {
                match (current - target).rem_euclid(7) {
                    0 if pre("last") => -7,
                    back => -back,
                }
            };
            return Some(doc.add_days(offset));
        }
    }
    Some(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_chars_are_found_in_ascii_and_beyond() {
        for (text, want) in [
            ("", false),
            ("talks on Monday", false),
            ("on May 5", true),
            ("São Paulo, 9 mai", true),
            ("São Paulo", false),
            ("\u{663} \u{623}", true),
            ("½ of it", true),
        ] {
            assert_eq!(has_numeric(text), want, "{text}");
            assert_eq!(has_numeric(text), text.chars().any(char::is_numeric));
        }
    }

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn calendar() {
        assert_eq!(d("2025-11-04").weekday(), 1); // Tuesday
        assert_eq!(d("2000-01-01").weekday(), 5); // Saturday
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2025-12-31").add_days(1), d("2026-01-01"));
        assert_eq!(Date::parse_iso("2025-02-30"), None);
        assert_eq!(Date::parse_iso("garbage"), None);
        assert_eq!(d("2025-11-04T10:00:00Z").to_string(), "2025-11-04");
    }

    #[test]
    fn datelines() {
        let check =
            |text: &str, fallback: Option<&str>, expected: Option<&str>| {
                assert_eq!(
                    dateline_date(text, fallback.map(d)),
                    expected.map(d),
                    "{text:?}"
                );
            };
        check(
            "Headline\n\nBeijing, November 4, 2025 —\nText.",
            None,
            Some("2025-11-04"),
        );
        check(
            "NEW DELHI, March 3 (Reuters) - Modi met",
            Some("2024-06-01"),
            Some("2024-03-03"),
        );
        check("NEW DELHI, March 3 (Reuters) - Modi met", None, None);
        check("LONDON, 5 May 2024 - talks", None, Some("2024-05-05"));
        check("No dateline here. On November 4, 2025 they met.", None, None);
    }

    #[test]
    fn sentence_dates() {
        let doc = Some(d("2025-11-04")); // a Tuesday
        let check = |s: &str, planned: bool, expected: &str| {
            assert_eq!(
                sentence_date(s, doc, planned),
                Some(d(expected)),
                "{s:?}"
            );
        };
        check("They met on Tuesday.", false, "2025-11-04");
        check("They met on Monday.", false, "2025-11-03");
        check("They met on Wednesday.", false, "2025-10-29");
        check("They will meet on Friday.", true, "2025-11-07");
        check("They will meet on Tuesday.", true, "2025-11-04");
        check("They will meet on Monday.", true, "2025-11-10");
        check("They will meet next Tuesday.", true, "2025-11-11");
        check("They met last Tuesday.", false, "2025-10-28");
        check("They met yesterday.", false, "2025-11-03");
        check("They met on November 1.", false, "2025-11-01");
        check("They met on 2 October 2024.", false, "2024-10-02");
        check("They met.", false, "2025-11-04");
        assert_eq!(sentence_date("They met on Monday.", None, false), None);
    }
}
