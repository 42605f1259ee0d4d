//! Calendar dates as the content files write them (`YYYY-MM-DD`), with the little arithmetic
//! the portal needs. Our own type instead of `chrono`/`time`: it keeps the wasm small and the
//! rules in one readable place.

use crate::i18n::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid Gregorian calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Why a string is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// The form is right but the day does not exist (for example `2021-02-29`).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("expected a date written YYYY-MM-DD"),
            DateError::NoSuchDay => f.write_str("no such day in the calendar"),
        }
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if that day exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let num = |range: std::ops::Range<usize>| text[range].parse::<i32>().unwrap_or(0);
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        Date::new(year, month as u8, day as u8).ok_or(DateError::NoSuchDay)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01. Inverse of [`Date::days_since_epoch`].
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (or earlier when `n` is negative).
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + n)
    }

    /// Written out for a reader: "12 November 2020", "12 novembre 2020", "1er mai 2025".
    pub fn format_long(self, lang: Lang) -> String {
        let month = month_name(lang, self.month);
        match lang {
            Lang::En => format!("{} {} {}", self.day, month, self.year),
            Lang::Fr if self.day == 1 => format!("1er {} {}", month, self.year),
            Lang::Fr => format!("{} {} {}", self.day, month, self.year),
        }
    }
}

pub fn month_name(lang: Lang, month: u8) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let table = match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    };
    table[usize::from(month.clamp(1, 12) - 1)]
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(|e| serde::de::Error::custom(format!("\"{text}\": {e}")))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A calendar date written YYYY-MM-DD.",
            "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_iso_dates_and_rejects_everything_else() {
        assert_eq!(d("2020-11-12"), Date::new(2020, 11, 12).unwrap());
        assert_eq!(Date::parse("2020-1-12"), Err(DateError::Format));
        assert_eq!(Date::parse("12/11/2020"), Err(DateError::Format));
        assert_eq!(Date::parse("2020-11-12T00:00"), Err(DateError::Format));
        assert_eq!(Date::parse("２０２０-11-12"), Err(DateError::Format));
        assert_eq!(Date::parse("2021-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2020-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2020-00-10"), Err(DateError::NoSuchDay));
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
        assert_eq!(Date::parse("1900-02-29"), Err(DateError::NoSuchDay));
    }

    #[test]
    fn formats_dates_per_locale() {
        assert_eq!(d("2020-11-12").format_long(Lang::En), "12 November 2020");
        assert_eq!(d("2020-11-12").format_long(Lang::Fr), "12 novembre 2020");
        assert_eq!(d("2020-08-17").format_long(Lang::Fr), "17 août 2020");
        assert_eq!(d("2025-05-01").format_long(Lang::Fr), "1er mai 2025");
        assert_eq!(d("2025-05-01").format_long(Lang::En), "1 May 2025");
    }

    #[test]
    fn day_counts_round_trip_across_leap_years() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        for days in -800_000..800_000i64 {
            if days % 997 == 0 {
                let date = Date::from_days_since_epoch(days);
                assert_eq!(date.days_since_epoch(), days);
            }
        }
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2023-02-28").add_days(1), d("2023-03-01"));
        assert_eq!(d("2025-09-25").add_days(120), d("2026-01-23"));
        assert_eq!(d("2024-04-24").add_days(270), d("2025-01-19"));
    }

    #[test]
    fn dates_order_chronologically_and_serialize_as_written() {
        assert!(d("2020-09-20") < d("2020-09-27"));
        assert!(d("2019-12-31") < d("2020-01-01"));
        assert_eq!(
            serde_json::to_string(&d("2020-09-27")).unwrap(),
            "\"2020-09-27\""
        );
        let err = serde_json::from_str::<Date>("\"2021-02-30\"").unwrap_err();
        assert!(err.to_string().contains("no such day"), "{err}");
    }
}
