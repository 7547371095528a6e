//! Publication times: an RFC 3339 date-time, or a bare date when the source
//! gives no time of day (the dantri corpus dates its articles by day only).
//!
//! RFC 3339 is read and written here rather than by `time`'s `parsing` and
//! `formatting` features: they cost the wasm module 12 KB (5.7 KB gzipped)
//! for a grammar of fixed-width fields. The tests check this reader and
//! writer against `time`'s on generated date-times.

use std::fmt;

use serde::{Serialize, Serializer};
use time::{Date, Month, OffsetDateTime, Time, UtcOffset};

/// When something happened, as precisely as the source says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timestamp {
    /// A moment with its UTC offset, e.g. `2019-11-07T16:07:00+07:00`.
    At(OffsetDateTime),
    /// A calendar day, e.g. `2020-10-01`.
    Day(Date),
}

impl Timestamp {
    /// Reads an RFC 3339 date-time (`2019-11-07T16:07:00+07:00`) or full-date
    /// (`2019-11-07`); `None` for anything else, including impossible dates.
    pub fn parse(text: &str) -> Option<Timestamp> {
        if text.len() == 10 {
            parse_full_date(text.as_bytes()).map(Timestamp::Day)
        } else {
            parse_date_time(text.as_bytes()).map(Timestamp::At)
        }
    }

    /// The same moment at `offset` (`16:07+07:00` is `09:07Z`); a calendar
    /// day, which names no moment, stays as it is, and so does a moment
    /// the calendar cannot write at `offset` (past the year 9999).
    pub fn at_offset(self, offset: UtcOffset) -> Timestamp {
        match self {
            Timestamp::At(at) => Timestamp::At(at.checked_to_offset(offset).unwrap_or(at)),
            Timestamp::Day(_) => self,
        }
    }

    /// The moment a CMS may give as a count from 1970 (the Unix epoch),
    /// in Vietnam's time (UTC+7), and the count's unit: seconds
    /// (`1701763200`) or milliseconds (`1701763200000`, as JavaScript's
    /// `Date.now()` counts), told apart by size. `None` for a number that
    /// is neither (a count of seconds before 1973 or after 5138).
    pub(crate) fn from_unix_count(count: u64) -> Option<(Timestamp, &'static str)> {
        const SECONDS: std::ops::Range<u64> = 100_000_000..100_000_000_000;
        const MILLISECONDS: std::ops::Range<u64> = 100_000_000_000..100_000_000_000_000;
        let (nanoseconds, unit) = if SECONDS.contains(&count) {
            (i128::from(count) * 1_000_000_000, "seconds")
        } else if MILLISECONDS.contains(&count) {
            (i128::from(count) * 1_000_000, "milliseconds")
        } else {
            return None;
        };
        let vietnam = UtcOffset::from_hms(7, 0, 0).ok()?;
        let at = OffsetDateTime::from_unix_timestamp_nanos(nanoseconds).ok()?;
        Some((Timestamp::At(at.checked_to_offset(vietnam)?), unit))
    }

    /// The moment a Vietnamese page or CMS writes day first, with its time
    /// before or after the date or none (`07/11/2019 16:07`, `16:07
    /// 7-11-2019`, `07.11.2019`), in Vietnam's time (UTC+7); `None` for
    /// anything else, a date written year first too.
    pub(crate) fn from_day_first(text: &str) -> Option<Timestamp> {
        let mut date = None;
        let mut clock = None;
        for word in text.split_whitespace() {
            let day_first = !word.bytes().take(4).all(|b| b.is_ascii_digit());
            match parse_date(word) {
                Some(day) if day_first && date.is_none() => date = Some(day),
                Some(_) => return None,
                None if clock.is_none() => clock = Some(parse_clock(word)?),
                None => return None,
            }
        }
        Some(match clock {
            Some(clock) => {
                let vietnam = UtcOffset::from_hms(7, 0, 0).ok()?;
                Timestamp::At(date?.with_time(clock).assume_offset(vietnam))
            }
            None => Timestamp::Day(date?),
        })
    }

    /// The calendar day, in the timestamp's own offset.
    pub fn date(&self) -> Date {
        match self {
            Timestamp::At(at) => at.date(),
            Timestamp::Day(day) => *day,
        }
    }
}

/// `07/11/2019`, `7-11-2019`, `07.11.2019`: day, month, four-digit year;
/// or the other way round, year first (`2019-11-07`, `2019/11/07`).
pub(crate) fn parse_date(word: &str) -> Option<Date> {
    let separator = word.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let mut parts = word.split(separator);
    let (first, month, last) = (parts.next()?, parts.next()?, parts.next()?);
    let (day, year) = if first.len() == 4 {
        (last, first)
    } else {
        (first, last)
    };
    if parts.next().is_some() || !(1..=2).contains(&month.len()) || !month.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    calendar_date(year, Month::try_from(month.parse::<u8>().ok()?).ok()?, day)
}

/// `16:07`, `16:07:30`, `16h07`, `16g07`.
pub(crate) fn parse_clock(word: &str) -> Option<Time> {
    let separator = word.chars().find(|c| matches!(c, ':' | 'h' | 'g'))?;
    let mut parts = word.split(separator);
    let hour = parts.next()?;
    let minute = parts.next()?;
    let second = parts.next().unwrap_or("00");
    let digits = |part: &str, range: std::ops::RangeInclusive<usize>| {
        range.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    if parts.next().is_some() || !digits(hour, 1..=2) || !digits(minute, 2..=2) || !digits(second, 2..=2) {
        return None;
    }
    Time::from_hms(hour.parse().ok()?, minute.parse().ok()?, second.parse().ok()?).ok()
}

/// The date of `year`, `month` and `day` as words give them (`2026`,
/// December, `5`): a day of one or two digits, a year of four.
pub(crate) fn calendar_date(year: &str, month: Month, day: &str) -> Option<Date> {
    let digits = |word: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(day, 1..=2) || !digits(year, 4..=4) {
        return None;
    }
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

/// `YYYY-MM-DD`, exactly (RFC 3339 `full-date`).
fn parse_full_date(bytes: &[u8]) -> Option<Date> {
    let [y1, y2, y3, y4, b'-', m1, m2, b'-', d1, d2] = *bytes else {
        return None;
    };
    let year = number(&[y1, y2, y3, y4])?;
    let month = Month::try_from(u8::try_from(number(&[m1, m2])?).ok()?).ok()?;
    Date::from_calendar_date(year.into(), month, u8::try_from(number(&[d1, d2])?).ok()?).ok()
}

/// `full-date` `T` `partial-time` `time-offset`: the date and time separated
/// by `T`, `t` or a space (RFC 3339, section 5.6); fractions of a second to
/// the nanosecond (further digits are read and ignored); a leap second only
/// where one can be, at 23:59:60 UTC on the last day of a month, kept as the
/// last nanosecond before it.
fn parse_date_time(bytes: &[u8]) -> Option<OffsetDateTime> {
    let (date, rest) = bytes.split_at_checked(10)?;
    let date = parse_full_date(date)?;
    let [
        b'T' | b't' | b' ',
        h1,
        h2,
        b':',
        m1,
        m2,
        b':',
        s1,
        s2,
        ref rest @ ..,
    ] = *rest
    else {
        return None;
    };
    let (hour, minute) = (two_digits(h1, h2)?, two_digits(m1, m2)?);
    let mut second = two_digits(s1, s2)?;
    let (mut nanosecond, rest) = match rest {
        [b'.', fraction @ ..] => {
            let digits = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
            if digits == 0 {
                return None;
            }
            let read = digits.min(9);
            let value = fraction[..read]
                .iter()
                .fold(0, |value, digit| value * 10 + u32::from(digit - b'0'));
            (value * 10u32.pow(9 - read as u32), &fraction[digits..])
        }
        _ => (0, rest),
    };
    let offset = parse_offset(rest)?;
    let leap_second = second == 60;
    if leap_second {
        (second, nanosecond) = (59, 999_999_999);
    }
    let time = Time::from_hms_nano(hour, minute, second, nanosecond).ok()?;
    let at = OffsetDateTime::new_in_offset(date, time, offset);
    if leap_second {
        // `None` past 9999-12-31 UTC, where no leap second can be either.
        let utc = at.checked_to_offset(UtcOffset::UTC)?;
        let last_second = (utc.hour(), utc.minute(), utc.second()) == (23, 59, 59);
        if !last_second || utc.day() != utc.month().length(utc.year()) {
            return None;
        }
    }
    Some(at)
}

/// An RFC 3339 `time-offset`: `Z` (or `z`) for UTC, or `+07:00`, `-03:30`.
pub(crate) fn parse_offset(bytes: &[u8]) -> Option<UtcOffset> {
    match *bytes {
        [b'Z' | b'z'] => Some(UtcOffset::UTC),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = i8::try_from(two_digits(h1, h2)?).ok().filter(|h| *h <= 23)?;
            let minutes = i8::try_from(two_digits(m1, m2)?).ok()?;
            let sign = if sign == b'-' { -1 } else { 1 };
            UtcOffset::from_hms(sign * hours, sign * minutes, 0).ok()
        }
        _ => None,
    }
}

/// The value of ASCII digits, or `None` when a byte is not one.
fn number(digits: &[u8]) -> Option<u16> {
    digits.iter().try_fold(0u16, |value, &digit| {
        digit
            .is_ascii_digit()
            .then(|| value * 10 + u16::from(digit - b'0'))
    })
}

fn two_digits(tens: u8, units: u8) -> Option<u8> {
    number(&[tens, units]).and_then(|n| u8::try_from(n).ok())
}

impl fmt::Display for Timestamp {
    /// The RFC 3339 text that `parse` reads back: `Z` for UTC, a fraction of
    /// a second only when there is one, without its trailing zeros.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.date();
        write!(
            f,
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        )?;
        let Timestamp::At(at) = self else {
            return Ok(());
        };
        write!(f, "T{:02}:{:02}:{:02}", at.hour(), at.minute(), at.second())?;
        if at.nanosecond() != 0 {
            let (mut fraction, mut digits) = (at.nanosecond(), 9);
            while fraction % 10 == 0 {
                (fraction, digits) = (fraction / 10, digits - 1);
            }
            write!(f, ".{fraction:0digits$}")?;
        }
        let offset = at.offset();
        if offset.is_utc() {
            return f.write_str("Z");
        }
        let sign = if offset.is_negative() { '-' } else { '+' };
        write!(
            f,
            "{sign}{:02}:{:02}",
            offset.whole_hours().unsigned_abs(),
            offset.minutes_past_hour().unsigned_abs()
        )
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vietnamese_page_s_date_is_read_day_first() {
        let read = |text: &str| Timestamp::from_day_first(text).map(|moment| moment.to_string());
        assert_eq!(
            read("07/11/2019 16:07").as_deref(),
            Some("2019-11-07T16:07:00+07:00")
        );
        assert_eq!(
            read("16h07 7-11-2019").as_deref(),
            Some("2019-11-07T16:07:00+07:00")
        );
        assert_eq!(read(" 8.11.2019 ").as_deref(), Some("2019-11-08"));
        for not_day_first in [
            "",
            "16:07",
            "2019/11/07 16:07",
            "31/02/2019",
            "07/11/2019 16:07 17:00",
            "07/11/2019 08/11/2019",
            "07/11/2019 lúc 16:07",
        ] {
            assert_eq!(read(not_day_first), None, "{not_day_first}");
        }
    }

    #[test]
    fn a_count_from_1970_is_read_in_seconds_or_milliseconds() {
        let moment = |count| Timestamp::from_unix_count(count).map(|(at, unit)| (at.to_string(), unit));
        let seconds = Some(("2023-12-05T15:00:00+07:00".to_owned(), "seconds"));
        assert_eq!(moment(1_701_763_200), seconds);
        let milliseconds = Some(("2023-12-05T15:00:00.123+07:00".to_owned(), "milliseconds"));
        assert_eq!(moment(1_701_763_200_123), milliseconds);
        // A count, a year or a day, not a moment.
        for number in [0, 5, 2019, 20_191_107, u64::MAX] {
            assert_eq!(moment(number), None, "{number}");
        }
    }

    #[test]
    fn reads_and_writes_back_rfc_3339() {
        for text in ["2019-11-07T16:07:00+07:00", "2021-01-05T00:00:00Z", "2020-10-01"] {
            assert_eq!(Timestamp::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn moves_a_moment_to_another_offset() {
        let at = |text| Timestamp::parse(text).unwrap();
        let vietnam = UtcOffset::from_hms(7, 0, 0).unwrap();
        assert_eq!(
            at("2019-11-07T20:30:00.5Z").at_offset(vietnam),
            at("2019-11-08T03:30:00.5+07:00")
        );
        assert_eq!(at("2020-10-01").at_offset(vietnam), at("2020-10-01"));
        let last = at("9999-12-31T23:00:00Z");
        assert_eq!(last.at_offset(vietnam), last);
    }

    #[test]
    fn rejects_impossible_and_partial_dates() {
        for text in ["2019-02-29", "2019-11-07 16:07", "07/11/2019", "2019-1-07", ""] {
            assert_eq!(Timestamp::parse(text), None, "{text:?}");
        }
    }
}
