//! Datelines of Vietnamese news sites: `Cập nhật lúc 16:07, Thứ Năm,
//! 07/11/2019 (GMT+7)`, `Thứ Năm, ngày 07/11/2019 - 16:07`, `07/11/2019
//! 16:07 GMT+7`, `Ngày đăng: 07/11/2019 16:07`, `Ngày 07 tháng 11 năm 2019`,
//! `T5, 2019-11-07 16:07`, `2019-11-07T16:07:00+07:00`; and of their
//! English editions, months and days named in English: `Thursday,
//! November 7, 2019 4:07 PM`, `Nov. 7, 2019`, `7 November 2019`.
//!
//! A line is a dateline only when every word of it is part of one: an
//! optional label, a date, and optionally a time, a weekday and a zone, in
//! any order, separated by spaces, commas, dashes, bars or brackets (and
//! `lúc`, `ngày`); a clock may say its half of the day (`4:07 PM`, `4:07
//! CH`), be told in words (`16 giờ 07 phút`) or have its zone a space
//! apart (`16:07:35 +07:00`). The page's count of readers may follow (`| Lượt xem: 1.234`):
//! it is the page's, not the article's, and is read apart to be left out
//! with a warning. A sentence that
//! merely mentions a date is never taken for one.

use std::iter::Peekable;

use time::{Date, Month, OffsetDateTime, Time, UtcOffset, Weekday};

use crate::article::{Timestamp, calendar_date, parse_clock, parse_date};
use crate::normalize::nfc;
use crate::number_words::TWO_TO_NINE;

/// Which field of the article a dateline fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Field {
    Published,
    Updated,
}

/// A dateline read from one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Dateline {
    pub(super) field: Field,
    pub(super) at: Timestamp,
    /// The weekday the line names, when it names one.
    pub(super) weekday: Option<Weekday>,
    /// The weekday is named in English (`Sat`, `Saturday`).
    pub(super) weekday_in_english: bool,
    /// The page's counts of readers beside the date (`Lượt xem: 1.234`),
    /// as written.
    pub(super) readers: Vec<String>,
}

/// Labels before the date, lower-cased, longest first where one begins
/// another.
const LABELS: [(&str, Field); 18] = [
    ("ngày cập nhật", Field::Updated),
    ("cập nhật lúc", Field::Updated),
    ("cập nhật", Field::Updated),
    ("last updated", Field::Updated),
    ("updated on", Field::Updated),
    ("updated", Field::Updated),
    ("first published", Field::Published),
    ("published on", Field::Published),
    ("posted on", Field::Published),
    ("posted", Field::Published),
    ("ngày xuất bản", Field::Published),
    ("thời gian đăng", Field::Published),
    ("ngày đăng", Field::Published),
    ("đăng lúc", Field::Published),
    ("đăng ngày", Field::Published),
    ("xuất bản", Field::Published),
    ("published", Field::Published),
    ("ngày", Field::Published),
];

/// Vietnam's offset, which datelines without a zone are in.
const VIETNAM_HOURS: i8 = 7;

/// The datelines of one line: the line read as one, or else each part
/// between bars read as one with its own label, when they are the date
/// published and the date updated (`Ngày đăng: 07/11/2019 | Cập nhật:
/// 08/11/2019`).
pub(super) fn parse_line(line: &str) -> Option<Vec<Dateline>> {
    if let Some(dateline) = parse(line) {
        return Some(vec![dateline]);
    }
    let parts: Vec<Dateline> = line.split('|').map(parse).collect::<Option<_>>()?;
    let fields = parts.iter().map(|dateline| dateline.field);
    let published = fields.filter(|&field| field == Field::Published).count();
    (parts.len() == 2 && published == 1).then_some(parts)
}

fn parse(line: &str) -> Option<Dateline> {
    // Composed first: a scrape in decomposed letters (`Thứ` as `u`, horn,
    // acute) names its weekday in the same words.
    let lower = nfc(line.trim()).to_lowercase();
    let (field, rest) = LABELS
        .iter()
        .find_map(|(label, field)| lower.strip_prefix(label).map(|rest| (*field, rest)))
        .unwrap_or((Field::Published, lower.as_str()));
    let rest = rest.trim_start().trim_start_matches(':');

    let mut date = None;
    let mut clock = None;
    let mut weekday = None;
    let mut weekday_in_english = false;
    let mut offset = None;
    let mut readers = Vec::new();
    let mut words = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '(' | ')' | '[' | ']'))
        // A label's colon after its last word (`Cập nhật ngày: …`).
        .map(|word| word.strip_suffix(':').unwrap_or(word))
        // `lúc` and `at` say only that the clock follows.
        .filter(|word| !word.is_empty() && !matches!(*word, "-" | "–" | "—" | "lúc" | "ngày" | "at"))
        .peekable();
    while let Some(word) = words.next() {
        if let Some(count) = view_count(word, &mut words) {
            readers.push(count.to_owned());
            continue;
        }
        if let Some(found) = parse_date(word) {
            date = once(date, found)?;
        } else if word.bytes().all(|b| b.is_ascii_digit()) {
            if words.peek() == Some(&"giờ") {
                clock = once(clock, clock_in_words(word, &mut words)?)?;
            } else if let Some(month) = words.peek().and_then(|next| english_month(next)) {
                // `5 December 2026`, as an English edition writes it.
                words.next();
                date = once(date, calendar_date(words.next()?, month, word)?)?;
            } else {
                date = once(date, long_date(word, &mut words)?)?;
            }
        } else if let Some(month) = english_month(word) {
            // `December 5, 2026`.
            let day = words.next()?;
            date = once(date, calendar_date(words.next()?, month, day)?)?;
        } else if let Some(day) = english_weekday(word) {
            weekday = once(weekday, day)?;
            weekday_in_english = true;
        } else if let Some((day, time)) = word
            .split_once('t')
            .and_then(|(day, time)| Some((parse_date(day)?, time)))
        {
            // `2019-11-07T16:07:00+07:00`: a page's metadata, copied with its text.
            date = once(date, day)?;
            let (found, zone) = clock_and_zone(time)?;
            clock = once(clock, found)?;
            if let Some(zone) = zone {
                offset = once(offset, zone)?;
            }
        } else if let Some(found) = parse_clock_and_half(word, &mut words) {
            clock = once(clock, found)?;
        } else if let Some((found, Some(zone))) = clock_and_zone(word) {
            clock = once(clock, found)?;
            offset = once(offset, zone)?;
        } else if word.starts_with('+') || (word.starts_with('-') && word.contains(':')) {
            // A zone a space sets apart from its clock (`16:07:35 +07:00`).
            offset = once(offset, parse_offset(word)?)?;
        } else if let Some(zone) = word.strip_prefix("gmt").or_else(|| word.strip_prefix("utc")) {
            // "GMT+7", or "GMT" then "+7" as the next word, or "GMT" alone.
            let zone = match zone {
                "" => words.next_if(|next| next.starts_with(['+', '-'])).unwrap_or("+0"),
                zone => zone,
            };
            offset = once(offset, parse_offset(zone)?)?;
        } else if word == "thứ" {
            weekday = once(weekday, numbered_weekday(words.next()?)?)?;
        } else if word == "chủ" {
            words.next_if_eq(&"nhật")?;
            weekday = once(weekday, Weekday::Sunday)?;
        } else if word == "cn" {
            weekday = once(weekday, Weekday::Sunday)?;
        } else if let Some(number) = word.strip_prefix('t').filter(|number| number.len() == 1) {
            // `T5`, as sites short of room write "Thứ 5".
            weekday = once(weekday, numbered_weekday(number)?)?;
        } else {
            return None;
        }
    }

    let date = date?;
    let at = match clock {
        Some(clock) => {
            let offset = offset.unwrap_or(UtcOffset::from_hms(VIETNAM_HOURS, 0, 0).ok()?);
            Timestamp::At(OffsetDateTime::new_in_offset(date, clock, offset))
        }
        None => Timestamp::Day(date),
    };
    Some(Dateline {
        field,
        at,
        weekday,
        weekday_in_english,
        readers,
    })
}

/// The count, when `word` and those after it are the page's count of
/// readers, label then number or number then label (`lượt xem: 1.234`,
/// `1234 lượt đọc`, `views: 56`), which it then passes over. Only a whole
/// count is passed over: a label without its number leaves the line no
/// dateline.
pub(super) fn view_count<'a, I: Iterator<Item = &'a str> + Clone>(
    word: &'a str,
    words: &mut Peekable<I>,
) -> Option<&'a str> {
    let is_count = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let label_len = |words: &mut Peekable<I>, first: &str| match first {
        "views" => Some(0),
        "lượt" => match words.next()? {
            "xem" | "đọc" => Some(1),
            "truy" => (words.next()? == "cập").then_some(2),
            _ => None,
        },
        _ => None,
    };
    let mut ahead = words.clone();
    let (count, len) = if is_count(word) {
        let first = ahead.next()?;
        (word, label_len(&mut ahead, first)? + 1)
    } else {
        let len = label_len(&mut ahead, word)?;
        (ahead.next().filter(|next| is_count(next))?, len + 1)
    };
    for _ in 0..len {
        words.next();
    }
    Some(count)
}

/// `Some(Some(value))` the first time a part is seen; `None` (not a
/// dateline) when a line names two dates, two times…
fn once<T>(slot: Option<T>, value: T) -> Option<Option<T>> {
    match slot {
        Some(_) => None,
        None => Some(Some(value)),
    }
}

/// `07 tháng 11 năm 2019`, `7 tháng 11, 2019` (the comma is read as a
/// separator) or `6 tháng Mười Một 2019`, from its day on (a line's only
/// bare number).
fn long_date<'a, I: Iterator<Item = &'a str>>(day: &str, words: &mut Peekable<I>) -> Option<Date> {
    words.next_if_eq(&"tháng")?;
    let month = words.next()?;
    let month = match month_in_words(month, words) {
        Some(number) => number.to_string(),
        None => month.to_owned(),
    };
    words.next_if_eq(&"năm");
    let year = words.next()?;
    parse_date(&format!("{day}/{month}/{year}"))
}

/// `16 giờ 07 phút`, `16 giờ 07`, `16 giờ`, from its hour on (a bare
/// number before `giờ`).
fn clock_in_words<'a, I: Iterator<Item = &'a str>>(hour: &str, words: &mut Peekable<I>) -> Option<Time> {
    words.next_if_eq(&"giờ")?;
    let minute = match words
        .next_if(|word| !word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
    {
        Some(minute) => {
            words.next_if_eq(&"phút");
            minute.parse().ok()?
        }
        None => 0,
    };
    Time::from_hms(hour.parse().ok()?, minute, 0).ok()
}

/// The number of a month named in words after `tháng`, in small letters
/// (`Một`, `Tư`, `Mười Một`), reading its second word when it has one.
/// Not `Giêng` or `Chạp`: news names the lunar calendar's months so.
fn month_in_words<'a, I: Iterator<Item = &'a str>>(first: &str, words: &mut Peekable<I>) -> Option<u8> {
    if first == "mười" {
        return Some(match words.next_if(|word| matches!(*word, "một" | "hai")) {
            Some("một") => 11,
            Some(_) => 12,
            None => 10,
        });
    }
    [("một", 1)]
        .iter()
        .chain(&TWO_TO_NINE)
        .find(|&&(name, _)| name == first)
        .map(|&(_, number)| number)
}

/// A clock as ISO 8601 writes it, with a fraction of a second (ignored) and
/// a zone glued on, each when there is one: `16:07`, `16:07:00.000`,
/// `16:07:00+07:00`, `09:07:00Z`, `16:07+0700`.
fn clock_and_zone(word: &str) -> Option<(Time, Option<UtcOffset>)> {
    let (clock, zone) = word.split_at(word.find(['+', '-', 'z']).unwrap_or(word.len()));
    let clock = match clock.split_once('.') {
        Some((whole, fraction)) if !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()) => {
            whole
        }
        Some(_) => return None,
        None => clock,
    };
    let zone = match zone {
        "" => None,
        "z" => Some(UtcOffset::UTC),
        zone => Some(parse_offset(zone)?),
    };
    Some((parse_clock(clock)?, zone))
}

/// A clock, and the half of the day glued to it or in the next word
/// (`4:07PM`, `4:07 PM`) when one follows.
fn parse_clock_and_half<'a, I: Iterator<Item = &'a str>>(
    word: &str,
    words: &mut Peekable<I>,
) -> Option<Time> {
    let glued = HALVES.iter().find_map(|&(half, afternoon)| {
        word.strip_suffix(half)
            .filter(|clock| clock.ends_with(|c: char| c.is_ascii_digit()))
            .map(|clock| (clock, afternoon))
    });
    let clock = parse_clock(glued.map_or(word, |(clock, _)| clock))?;
    let afternoon = match glued {
        Some((_, afternoon)) => Some(afternoon),
        None => {
            let afternoon = words.peek().and_then(|next| half_of_day(next));
            if afternoon.is_some() {
                words.next();
            }
            afternoon
        }
    };
    match afternoon {
        Some(afternoon) => twelve_hour(clock, afternoon),
        None => Some(clock),
    }
}

/// The words after a clock that say which half of the day it is in,
/// lower-cased, and whether that half is the afternoon: `SA` (sáng) and
/// `CH` (chiều) as Vietnamese Windows writes them, or the words in full
/// (`8:30 sáng`, `3:15 chiều`, `8:30 tối`, the evening).
const HALVES: [(&str, bool); 7] = [
    ("am", false),
    ("sa", false),
    ("pm", true),
    ("ch", true),
    ("sáng", false),
    ("chiều", true),
    ("tối", true),
];

/// Whether `word` names the afternoon (`pm`, `ch`) or the morning.
fn half_of_day(word: &str) -> Option<bool> {
    HALVES
        .iter()
        .find(|(half, _)| *half == word)
        .map(|&(_, afternoon)| afternoon)
}

/// `4:07 CH` is 16:07 and `12:30 SA` is 00:30. A clock already past noon
/// may say so again (`16:07 PM`, as some sites write it), but not that it
/// is morning.
fn twelve_hour(clock: Time, afternoon: bool) -> Option<Time> {
    let hour = match (clock.hour(), afternoon) {
        (12, false) => 0,
        (hour @ 1..=11, true) => hour + 12,
        (13..=23, false) => return None,
        (hour, _) => hour,
    };
    clock.replace_hour(hour).ok()
}

/// `+7`, `+07`, `+07:00`, `+0700`, `-3:30`, `+0`.
fn parse_offset(zone: &str) -> Option<UtcOffset> {
    let sign: i8 = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let zone = &zone[1..];
    let (hours, minutes) = match zone.split_once(':') {
        Some(split) => split,
        // (Checked: a zone of four bytes may be letters of two.)
        None if zone.len() == 4 => zone.split_at_checked(2)?,
        None => (zone, "0"),
    };
    let hours: i8 = hours.parse().ok()?;
    let minutes: i8 = minutes.parse().ok()?;
    UtcOffset::from_hms(sign * hours, sign * minutes, 0).ok()
}

/// The word after "Thứ": a name (`Hai` … `Bảy`, with or without marks) or a
/// number (`2` … `7`).
/// The month an English edition names (`december`, `dec`, `dec.`, in
/// small letters).
fn english_month(word: &str) -> Option<Month> {
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
    let word = word.strip_suffix('.').unwrap_or(word);
    let number = MONTHS.iter().position(|month| {
        *month == word
            || (word.len() == 3 && month.starts_with(word))
            || (word == "sept" && *month == "september")
    })?;
    Month::try_from(u8::try_from(number).ok()? + 1).ok()
}

/// The day of the week an English edition names (`friday`, `fri`, in
/// small letters).
fn english_weekday(word: &str) -> Option<Weekday> {
    const DAYS: [(&str, Weekday); 7] = [
        ("monday", Weekday::Monday),
        ("tuesday", Weekday::Tuesday),
        ("wednesday", Weekday::Wednesday),
        ("thursday", Weekday::Thursday),
        ("friday", Weekday::Friday),
        ("saturday", Weekday::Saturday),
        ("sunday", Weekday::Sunday),
    ];
    let word = word.strip_suffix('.').unwrap_or(word);
    DAYS.iter()
        .find(|(name, _)| *name == word || (word.len() == 3 && name.starts_with(word)))
        .map(|&(_, day)| day)
}

fn numbered_weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "hai" | "2" => Weekday::Monday,
        "ba" | "3" => Weekday::Tuesday,
        "tư" | "tu" | "4" => Weekday::Wednesday,
        "năm" | "nam" | "5" => Weekday::Thursday,
        "sáu" | "sau" | "6" => Weekday::Friday,
        "bảy" | "bay" | "7" => Weekday::Saturday,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Option<(Field, String, Option<Weekday>)> {
        parse(line).map(|dateline| (dateline.field, dateline.at.to_string(), dateline.weekday))
    }

    #[test]
    fn reads_the_common_shapes() {
        let thursday = Some(Weekday::Thursday);
        let cases = [
            (
                "Cập nhật lúc 16:07, Thứ Năm, 07/11/2019 (GMT+7)",
                Field::Updated,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "Thứ Năm, 07/11/2019 - 16:07",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "07/11/2019 16:07 GMT+7",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "Ngày đăng: 07/11/2019 16:07",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "Thứ 5, 7/11/2019, 16h07 (GMT+07:00)",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "Chủ nhật, 10/11/2019",
                Field::Published,
                "2019-11-10",
                Some(Weekday::Sunday),
            ),
            (
                "Cập nhật: 10/11/2019 08:30 GMT +9",
                Field::Updated,
                "2019-11-10T08:30:00+09:00",
                None,
            ),
            ("Cập nhật ngày: 07/11/2019", Field::Updated, "2019-11-07", None),
            (
                "Thứ Năm, ngày 07/11/2019 - 16:07",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "16:07 ngày 7-11-2019",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            ("Ngày 07 tháng 11 năm 2019", Field::Published, "2019-11-07", None),
            (
                "16 giờ 07 phút, ngày 07/11/2019",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "Cập nhật lúc 8 giờ, ngày 07/11/2019",
                Field::Updated,
                "2019-11-07T08:00:00+07:00",
                None,
            ),
            (
                "07/11/2019 16:07:35 +07:00",
                Field::Published,
                "2019-11-07T16:07:35+07:00",
                None,
            ),
            (
                "Thứ Tư, 6 Tháng Mười Một 2019 10:30",
                Field::Published,
                "2019-11-06T10:30:00+07:00",
                Some(Weekday::Wednesday),
            ),
            ("Ngày 1 tháng Một năm 2020", Field::Published, "2020-01-01", None),
            ("10 tháng Mười, 2021", Field::Published, "2021-10-10", None),
            (
                "Thứ Ba, 24 tháng Mười Hai 2019",
                Field::Published,
                "2019-12-24",
                Some(Weekday::Tuesday),
            ),
            (
                "Cập nhật: 5 tháng Năm năm 2022",
                Field::Updated,
                "2022-05-05",
                None,
            ),
            (
                "Đăng lúc: 15/01/2020 - 10:20 | Lượt xem: 1.234",
                Field::Published,
                "2020-01-15T10:20:00+07:00",
                None,
            ),
            ("07/11/2019 | 1234 lượt đọc", Field::Published, "2019-11-07", None),
            (
                "Cập nhật: 07/11/2019 - Views: 56",
                Field::Updated,
                "2019-11-07",
                None,
            ),
            (
                "Thứ Năm, 07/11/2019, 16:07 [GMT+7]",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "Thứ Năm, 7 tháng 11, 2019",
                Field::Published,
                "2019-11-07",
                thursday,
            ),
            (
                "T5, 07/11/2019 - 16:07",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "2019-11-07 16:07",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "07/11/2019 4:07 PM",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "7/11/2019 12:30:00 SA",
                Field::Published,
                "2019-11-07T00:30:00+07:00",
                None,
            ),
            (
                "Thứ Năm, ngày 07/11/2019 16:07 PM (GMT+7)",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "07/11/2019 4:07PM",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "07/11/2019 4:07 CH",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "2019-11-07T16:07:00+07:00",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                None,
            ),
            (
                "Cập nhật: 2019-11-07T09:07:00.000Z",
                Field::Updated,
                "2019-11-07T09:07:00Z",
                None,
            ),
            (
                "Thứ Năm, 2019-11-07 16:07+0700",
                Field::Published,
                "2019-11-07T16:07:00+07:00",
                thursday,
            ),
            (
                "Thu\u{31b}\u{301} Na\u{306}m, 07/11/2019",
                Field::Published,
                "2019-11-07",
                thursday,
            ),
        ];
        for (line, field, at, weekday) in cases {
            assert_eq!(read(line), Some((field, at.to_owned(), weekday)), "{line}");
        }
    }

    #[test]
    fn an_english_edition_names_its_months() {
        for (line, at, weekday) in [
            (
                "December 5, 2026 | 09:30 am GMT+7",
                "2026-12-05T09:30:00+07:00",
                None,
            ),
            (
                "Saturday, December 5, 2026 9:30 PM",
                "2026-12-05T21:30:00+07:00",
                Some(Weekday::Saturday),
            ),
            ("Dec. 5, 2026", "2026-12-05", None),
            ("Sat, Sept 5, 2026", "2026-09-05", Some(Weekday::Saturday)),
            ("5 December 2026 09:30", "2026-12-05T09:30:00+07:00", None),
        ] {
            assert_eq!(
                read(line),
                Some((Field::Published, at.to_owned(), weekday)),
                "{line}"
            );
        }
        for line in ["May 2026", "December 32, 2026", "December 5", "5 December"] {
            assert_eq!(read(line), None, "{line}");
        }
    }

    #[test]
    fn a_count_of_readers_is_read_apart() {
        let readers = |line: &str| parse(line).map(|dateline| dateline.readers);
        let counts = |counts: &[&str]| Some(counts.iter().map(|count| count.to_string()).collect());
        assert_eq!(
            readers("Đăng lúc: 15/01/2020 - 10:20 | Lượt xem: 1.234"),
            counts(&["1.234"])
        );
        assert_eq!(readers("07/11/2019 | 1234 lượt đọc"), counts(&["1234"]));
        assert_eq!(readers("Cập nhật: 07/11/2019 - Views: 56"), counts(&["56"]));
        assert_eq!(
            readers("07/11/2019 | Lượt xem: 12 | Lượt đọc: 34"),
            counts(&["12", "34"])
        );
        assert_eq!(readers("07/11/2019 16:07"), counts(&[]));
    }

    #[test]
    fn a_line_may_give_the_dates_published_and_updated() {
        let read_line = |line: &str| {
            parse_line(line).map(|datelines| {
                datelines
                    .iter()
                    .map(|dateline| (dateline.field, dateline.at.to_string()))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            read_line("Ngày đăng: 07-11-2019 | Cập nhật: 08-11-2019 09:30"),
            Some(vec![
                (Field::Published, "2019-11-07".to_owned()),
                (Field::Updated, "2019-11-08T09:30:00+07:00".to_owned()),
            ])
        );
        assert_eq!(read_line("07/11/2019 | 16:07").map(|found| found.len()), Some(1));
        for line in ["07/11/2019 | 08/11/2019", "Ngày đăng: 07/11/2019 | Hội nghị"] {
            assert_eq!(read_line(line), None, "{line}");
        }
    }

    #[test]
    fn sentences_with_dates_are_not_datelines() {
        for line in [
            "Sáng 7-11, Ban Thường vụ Tỉnh ủy đã tổ chức hội nghị",
            "Ngày 07/11/2019, hội nghị diễn ra",
            "16:07",
            "07/11/2019 07/11/2019",
            "Thứ Năm, 31/11/2019",
            "Ngày 07 tháng 11, hội nghị diễn ra",
            "Thứ Năm, 07 tháng 11",
            "Nghị định 100/2019/NĐ-CP",
            "07/11/2019 16:07 SA",
            "07/11/2019 PM",
            "T8, 07/11/2019",
            "2019-13-07",
            "Ngày 7 tháng 11 năm",
            "Ngày 7 tháng Mười, hội nghị diễn ra",
            "Ngày 7 tháng Giêng năm 2020",
            "Hà Nội, 07/11/2019",
            "2019-11-07T25:07",
            "2019-11-07T16:07+07:00 GMT+7",
            "2019-11-07T16:07:00.+07:00",
            "Hội nghị lúc 16:07+07:00",
            "07/11/2019 | Lượt xem",
            "07/11/2019, 1.234 lượt người tham dự",
            "16 giờ 07 phút",
            "Ngày 07/11/2019, 25 giờ",
            "Ngày 07/11/2019, 16 giờ 07 phút 30",
            "07/11/2019 +7 độ",
            "07/11/2019 16:07 +07:00 GMT+7",
        ] {
            assert_eq!(read(line), None, "{line}");
        }
    }
}
