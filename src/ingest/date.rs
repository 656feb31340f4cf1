//! Publication dates at the precision the source gives.
//!
//! A `2020-04` article happened some time in April 2020: it is not dated April 1st, and a filter
//! `--from 2020-04-15` still finds it. [`PubDate`] keeps the precision, and
//! [`PubDate::first_day`]/[`PubDate::last_day`] give the span it covers.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PubDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A day as the number `YYYYMMDD`: sortable, readable, and easy to turn back into a date.
pub type DayNumber = i64;

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PubDate {
    pub fn new(year: u16, month: Option<u8>, day: Option<u8>) -> Option<PubDate> {
        if !(1000..=2999).contains(&year) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        } else if day.is_some() {
            return None;
        }
        Some(PubDate { year, month, day })
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and ISO 8601 date-times (`2020-04-21T08:30:00+02:00`,
    /// whose time is ignored). `/` and `.` are accepted as separators.
    pub fn parse_iso(text: &str) -> Option<PubDate> {
        let text = text.trim();
        let date_part = text.split(['T', ' ']).next()?;
        let mut parts = date_part.split(['-', '/', '.']);
        let year = parse_number(parts.next()?, 4)?;
        let month = match parts.next() {
            Some(m) => Some(parse_number(m, 2)?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => Some(parse_number(d, 2)?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        PubDate::new(
            u16::try_from(year).ok()?,
            month.map(|m| m as u8),
            day.map(|d| d as u8),
        )
    }

    pub fn first_day(&self) -> DayNumber {
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        self.year as i64 * 10_000 + month as i64 * 100 + day as i64
    }

    pub fn last_day(&self) -> DayNumber {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        self.year as i64 * 10_000 + month as i64 * 100 + day as i64
    }
}

fn parse_number(text: &str, max_digits: usize) -> Option<u32> {
    if text.is_empty() || text.len() > max_digits || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_precision_given() {
        assert_eq!(
            PubDate::parse_iso("2020-04").unwrap().to_string(),
            "2020-04"
        );
        assert_eq!(PubDate::parse_iso("2020").unwrap().to_string(), "2020");
        assert_eq!(
            PubDate::parse_iso("2020-04-21T08:30:00+02:00")
                .unwrap()
                .to_string(),
            "2020-04-21"
        );
    }

    #[test]
    fn spans_cover_the_whole_period() {
        let april = PubDate::parse_iso("2020-04").unwrap();
        assert_eq!((april.first_day(), april.last_day()), (20200401, 20200430));
        let year = PubDate::parse_iso("2020").unwrap();
        assert_eq!((year.first_day(), year.last_day()), (20200101, 20201231));
        let leap = PubDate::parse_iso("2024-02").unwrap();
        assert_eq!(leap.last_day(), 20240229);
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2021-13",
            "2021-02-30",
            "20-04",
            "2020-4-1x",
            "hier",
            "",
            "2020-01-01-01",
        ] {
            assert_eq!(PubDate::parse_iso(bad), None, "{bad}");
        }
    }
}
