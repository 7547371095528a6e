//! Publication times: an RFC 3339 date-time, or a bare date when the source
//! gives no time of day (the dantri corpus dates its articles by day only).

use std::fmt;

use serde::{Serialize, Serializer};
use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime};

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
        if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
            return Some(Timestamp::At(at));
        }
        parse_full_date(text).map(Timestamp::Day)
    }

    /// The calendar day, in the timestamp's own offset.
    pub fn date(&self) -> Date {
        match self {
            Timestamp::At(at) => at.date(),
            Timestamp::Day(day) => *day,
        }
    }
}

/// `YYYY-MM-DD`, exactly (RFC 3339 `full-date`).
fn parse_full_date(text: &str) -> Option<Date> {
    let bytes = text.as_bytes();
    let well_formed = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !well_formed {
        return None;
    }
    let year = text[0..4].parse().ok()?;
    let month = Month::try_from(text[5..7].parse::<u8>().ok()?).ok()?;
    let day = text[8..10].parse().ok()?;
    Date::from_calendar_date(year, month, day).ok()
}

impl fmt::Display for Timestamp {
    /// The RFC 3339 text that `parse` reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Timestamp::At(at) => {
                // Formatting a parsed or constructed date-time as RFC 3339 fails
                // only for years outside 0..=9999, which `parse` never yields.
                let text = at.format(&Rfc3339).map_err(|_| fmt::Error)?;
                f.write_str(&text)
            }
            Timestamp::Day(day) => write!(
                f,
                "{:04}-{:02}-{:02}",
                day.year(),
                u8::from(day.month()),
                day.day()
            ),
        }
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
    fn reads_and_writes_back_rfc_3339() {
        for text in ["2019-11-07T16:07:00+07:00", "2021-01-05T00:00:00Z", "2020-10-01"] {
            assert_eq!(Timestamp::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn rejects_impossible_and_partial_dates() {
        for text in ["2019-02-29", "2019-11-07 16:07", "07/11/2019", "2019-1-07", ""] {
            assert_eq!(Timestamp::parse(text), None, "{text:?}");
        }
    }
}
