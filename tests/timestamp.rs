//! The RFC 3339 reader and writer of `Timestamp` against `time`'s, on
//! generated date-times near every edge: impossible months and days, leap
//! years, hours and minutes out of range, leap seconds, fractions longer
//! than nanoseconds, offsets out of range, lower-case `t` and `z`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;
use vn_article::Timestamp;

/// Date-times whose every field is valid or just out of range.
const NEAR_VALID: &str = "(19|20|00|99)[0-9]{2}-(0[0-9]|1[0-3])-([0-2][0-9]|3[0-2])\
                          [Tt ]([01][0-9]|2[0-5]):[0-6][0-9]:([0-5][0-9]|60|61)\
                          (\\.[0-9]{0,12})?([Zz]|[+-]([01][0-9]|2[3-5]):[0-6][0-9])";

/// Leap seconds where one can be and where one cannot, up to the last
/// day there is (`9999-12-31T23:59:60-07:00` is in the year 10000 in UTC).
const LEAP_SECONDS: &str = "(2016|2017|2020|9999)-(02|06|12)-(28|29|30|31)T(23|00|16):(59|00):60(\\.5)?\
                            (Z|[+-](00|07):(00|30))";

fn agrees_with_time(text: &str) -> Result<(), TestCaseError> {
    let ours = Timestamp::parse(text);
    match OffsetDateTime::parse(text, &Rfc3339) {
        Ok(at) => {
            prop_assert_eq!(ours, Some(Timestamp::At(at)), "{:?}", text);
            prop_assert_eq!(Timestamp::At(at).to_string(), at.format(&Rfc3339).unwrap());
        }
        Err(_) => prop_assert_eq!(ours, None, "{:?}", text),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn reads_date_times_as_time_does(text in NEAR_VALID) {
        agrees_with_time(&text)?;
    }

    #[test]
    fn reads_leap_seconds_as_time_does(text in LEAP_SECONDS) {
        agrees_with_time(&text)?;
    }

    #[test]
    fn writes_what_it_reads(text in NEAR_VALID) {
        if let Some(at) = Timestamp::parse(&text) {
            prop_assert_eq!(Timestamp::parse(&at.to_string()), Some(at));
        }
    }

    /// Anything else is refused, or read as `time` reads it; `time` also
    /// takes any byte between the date and the time, where RFC 3339 names
    /// `T` and, for readability, a space.
    #[test]
    fn takes_nothing_time_refuses(text in "[0-9T:+.Zz -]{0,30}|.{0,30}") {
        if let Some(Timestamp::At(at)) = Timestamp::parse(&text) {
            prop_assert_eq!(OffsetDateTime::parse(&text, &Rfc3339).ok(), Some(at));
        }
    }
}

#[test]
fn refuses_a_separator_rfc_3339_does_not_name() {
    for text in [
        "2019-11-07_16:07:00Z",
        "2019-11-07é16:07:00Z",
        "2019-11-0716:07:00Z",
    ] {
        assert_eq!(Timestamp::parse(text), None, "{text:?}");
    }
}
