//! US Eastern time (America/New_York), the clock every deadline is read on.
//!
//! The rule, as the Energy Policy Act of 2005 set it from 2007 on: daylight time (EDT, UTC−4)
//! begins on the second Sunday of March at 02:00 local standard time and ends on the first
//! Sunday of November at 02:00 local daylight time; the rest of the year is standard time (EST,
//! UTC−5). Years before 2007 get the 1987–2006 rule (first Sunday of April to last Sunday of
//! October); no deadline of the portal falls before 2020, so earlier history is not modelled.
//!
//! Both changes happen at 02:00, so midnight, the moment a deadline day ends, is never skipped
//! or repeated: the day that starts daylight time is 23 hours long, the day that ends it 25.

use crate::date::Date;

const HOUR: i64 = 3_600;
const DAY: i64 = 24 * HOUR;
/// Offsets from UTC, in seconds.
const EDT: i64 = -4 * HOUR;
const EST: i64 = -5 * HOUR;

/// The moment a deadline set for `date` has passed: 00:00 of the next day in New York, as Unix
/// seconds. `2025-01-19` ends at `2025-01-20T05:00Z`; `2020-09-20` ends at `2020-09-21T04:00Z`.
pub fn deadline_end_utc(date: Date) -> i64 {
    eastern_day_start_utc(date.add_days(1))
}

/// The moment `date` begins in New York (00:00 local), as Unix seconds.
pub fn eastern_day_start_utc(date: Date) -> i64 {
    let (dst_starts, dst_ends) = dst_sundays(date.year());
    // Midnight comes two hours before either change: on the Sunday daylight time starts it is
    // still standard time, on the Sunday it ends it is still daylight time.
    let offset = if dst_starts < date && date <= dst_ends {
        EDT
    } else {
        EST
    };
    date.days_since_epoch() * DAY - offset
}

/// New York's offset from UTC at the moment `unix`, in seconds: `-14400` (EDT) or `-18000` (EST).
pub fn eastern_offset_secs(unix: i64) -> i64 {
    // The UTC year is New York's year too whenever it matters: the changes are far from 1 January.
    let year = Date::from_days_since_epoch(unix.div_euclid(DAY)).year();
    let (dst_starts, dst_ends) = dst_sundays(year);
    let begins = dst_starts.days_since_epoch() * DAY + 2 * HOUR - EST;
    let ends = dst_ends.days_since_epoch() * DAY + 2 * HOUR - EDT;
    if (begins..ends).contains(&unix) {
        EDT
    } else {
        EST
    }
}

/// The calendar date in New York at the moment `unix`.
pub fn eastern_date(unix: i64) -> Date {
    Date::from_days_since_epoch((unix + eastern_offset_secs(unix)).div_euclid(DAY))
}

/// The Sundays daylight time starts and ends in `year`.
fn dst_sundays(year: i32) -> (Date, Date) {
    if year >= 2007 {
        (nth_sunday(year, 3, 2), nth_sunday(year, 11, 1))
    } else {
        (nth_sunday(year, 4, 1), last_sunday(year, 10))
    }
}

/// The `n`th Sunday of a month.
fn nth_sunday(year: i32, month: u8, n: i64) -> Date {
    let first = Date::new(year, month, 1).expect("the first of a month exists");
    // 1970-01-01 was a Thursday: day 0 is weekday 4 counting from Sunday.
    let weekday = (first.days_since_epoch() + 4).rem_euclid(7);
    first.add_days((7 - weekday) % 7 + 7 * (n - 1))
}

/// The last Sunday of a month: its fifth when it has five, else its fourth.
fn last_sunday(year: i32, month: u8) -> Date {
    let fifth = nth_sunday(year, month, 5);
    if fifth.month() == month {
        fifth
    } else {
        nth_sunday(year, month, 4)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }
    /// Unix seconds of a UTC wall-clock time.
    fn utc(date: &str, hour: i64, minute: i64) -> i64 {
        d(date).days_since_epoch() * DAY + hour * HOUR + minute * 60
    }

    #[test]
    fn a_winter_deadline_ends_at_five_in_the_morning_utc() {
        assert_eq!(deadline_end_utc(d("2025-01-19")), 1_737_349_200);
        assert_eq!(deadline_end_utc(d("2025-01-19")), utc("2025-01-20", 5, 0));
    }

    #[test]
    fn a_summer_deadline_ends_at_four_in_the_morning_utc() {
        assert_eq!(deadline_end_utc(d("2020-09-20")), 1_600_660_800);
        assert_eq!(deadline_end_utc(d("2020-09-20")), utc("2020-09-21", 4, 0));
    }

    #[test]
    fn daylight_time_starts_on_the_second_sunday_of_march() {
        // 9 March 2025: the night before is standard time, the day itself lasts 23 hours.
        assert_eq!(deadline_end_utc(d("2025-03-08")), utc("2025-03-09", 5, 0));
        assert_eq!(deadline_end_utc(d("2025-03-09")), utc("2025-03-10", 4, 0));
        assert_eq!(
            deadline_end_utc(d("2025-03-09")) - deadline_end_utc(d("2025-03-08")),
            23 * HOUR
        );
        // 02:00 EST is 07:00 UTC: one second before, still standard time.
        assert_eq!(eastern_offset_secs(1_741_503_600 - 1), EST);
        assert_eq!(eastern_offset_secs(1_741_503_600), EDT);
        assert_eq!(utc("2025-03-09", 7, 0), 1_741_503_600);
        // 2020: 8 March.
        assert_eq!(deadline_end_utc(d("2020-03-08")), utc("2020-03-09", 4, 0));
        assert_eq!(deadline_end_utc(d("2020-03-07")), utc("2020-03-08", 5, 0));
    }

    #[test]
    fn daylight_time_ends_on_the_first_sunday_of_november() {
        // 2 November 2025: the day itself lasts 25 hours.
        assert_eq!(deadline_end_utc(d("2025-11-01")), utc("2025-11-02", 4, 0));
        assert_eq!(deadline_end_utc(d("2025-11-02")), utc("2025-11-03", 5, 0));
        assert_eq!(
            deadline_end_utc(d("2025-11-02")) - deadline_end_utc(d("2025-11-01")),
            25 * HOUR
        );
        // 02:00 EDT is 06:00 UTC.
        assert_eq!(utc("2025-11-02", 6, 0), 1_762_063_200);
        assert_eq!(eastern_offset_secs(1_762_063_200 - 1), EDT);
        assert_eq!(eastern_offset_secs(1_762_063_200), EST);
        // The repeated hour 01:00–02:00 is still 2 November.
        assert_eq!(eastern_date(utc("2025-11-02", 5, 30)), d("2025-11-02"));
        assert_eq!(eastern_date(utc("2025-11-02", 6, 30)), d("2025-11-02"));
        // 2020: 1 November.
        assert_eq!(deadline_end_utc(d("2020-11-01")), utc("2020-11-02", 5, 0));
        assert_eq!(deadline_end_utc(d("2020-10-31")), utc("2020-11-01", 4, 0));
    }

    #[test]
    fn a_leap_day_is_a_whole_winter_day() {
        assert_eq!(deadline_end_utc(d("2024-02-29")), 1_709_269_200);
        assert_eq!(deadline_end_utc(d("2024-02-29")), utc("2024-03-01", 5, 0));
        assert_eq!(
            deadline_end_utc(d("2024-02-29")) - deadline_end_utc(d("2024-02-28")),
            DAY
        );
    }

    #[test]
    fn years_before_2007_follow_the_older_rule() {
        // 2006: first Sunday of April (2 April) to last Sunday of October (29 October).
        assert_eq!(deadline_end_utc(d("2006-04-01")), utc("2006-04-02", 5, 0));
        assert_eq!(deadline_end_utc(d("2006-04-02")), utc("2006-04-03", 4, 0));
        assert_eq!(deadline_end_utc(d("2006-10-29")), utc("2006-10-30", 5, 0));
        assert_eq!(deadline_end_utc(d("2006-10-28")), utc("2006-10-29", 4, 0));
        // 2004 had five Sundays in October; the last was the 31st.
        assert_eq!(deadline_end_utc(d("2004-10-30")), utc("2004-10-31", 4, 0));
        assert_eq!(deadline_end_utc(d("2004-10-31")), utc("2004-11-01", 5, 0));
    }

    #[test]
    fn the_eastern_date_changes_exactly_when_a_deadline_day_ends() {
        let mut day = d("2019-12-25");
        while day < d("2027-01-05") {
            let end = deadline_end_utc(day);
            assert_eq!(eastern_date(end - 1), day, "last second of {day}");
            assert_eq!(
                eastern_date(end),
                day.add_days(1),
                "first second after {day}"
            );
            assert_eq!(eastern_day_start_utc(day.add_days(1)), end);
            let length = end - eastern_day_start_utc(day);
            assert!([23 * HOUR, DAY, 25 * HOUR].contains(&length), "{day}");
            day = day.add_days(1);
        }
    }

    #[test]
    fn the_eastern_date_lags_utc_in_the_evening() {
        // 2020-09-15 at 02:00 UTC is still the evening of 14 September in New York.
        assert_eq!(eastern_date(utc("2020-09-15", 2, 0)), d("2020-09-14"));
        assert_eq!(eastern_date(utc("2020-09-15", 4, 0)), d("2020-09-15"));
        assert_eq!(eastern_date(utc("2025-01-20", 4, 59)), d("2025-01-19"));
        assert_eq!(eastern_date(utc("2025-01-20", 5, 0)), d("2025-01-20"));
    }
}
