//! Publication dates at the precision the source gives.
//!
//! A `2020-04` article happened some time in April 2020: it is not dated April 1st, and a filter
//! `--from 2020-04-15` still finds it. [`PubDate`] keeps the precision, and
//! [`PubDate::first_day`]/[`PubDate::last_day`] give the span it covers.
//!
//! Exports and feeds write dates every way there is: `14 mars 2006`, `mardi 14 mars 2006`,
//! `1er avril 2020`, `14/03/2006`, RFC 822 (`Tue, 14 Mar 2006 10:00:00 +0100`, and the French
//! `mar., 14 mars 2006` some sites produce), `March 14, 2006` in English interfaces.
//! [`PubDate::parse_any`] reads them all; [`PubDate::find`] also says where the date is, so a
//! reader can tell the section before it (`Économie, mardi 14 mars 2006, p. 12`).

use std::fmt;
use std::ops::Range;

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

    /// Parses a date written any common way, in French or English (see the module doc); words
    /// around it (a weekday, a time, an edition) are ignored. `None` when there is no date.
    pub fn parse_any(text: &str) -> Option<PubDate> {
        PubDate::find(text).map(|(date, _)| date)
    }

    /// The first date in `text`, with the byte range it spans (a weekday just before it
    /// included). A bare year counts only when it is the whole text, so that `p. 2006` or
    /// `2006 mots` is not a date.
    pub fn find(text: &str) -> Option<(PubDate, Range<usize>)> {
        let trimmed = text.trim();
        if let Some(date) = PubDate::parse_iso(trimmed).or_else(|| {
            // `2020-04-21 08:30:00`, `2012-01-09T01:35:58Z`: ISO followed by a time.
            let first = trimmed.split_whitespace().next()?;
            PubDate::parse_iso(first).filter(|d| d.day.is_some())
        }) {
            let start = text.len() - text.trim_start().len();
            return Some((date, start..start + trimmed.len()));
        }
        let words = words(text);
        (0..words.len()).find_map(|i| date_at(text, &words, i))
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

/// A run of letters or digits, with the byte range it has in the text.
#[derive(Clone, Copy, Debug)]
struct Word<'a> {
    text: &'a str,
    range: (usize, usize),
}

fn words(text: &str) -> Vec<Word<'_>> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                words.push(Word {
                    text: &text[s..i],
                    range: (s, i),
                });
                start = None;
            }
            _ => {}
        }
    }
    words
}

/// Month names and the abbreviations sites use, French and English, without accents (the word
/// is folded before lookup).
fn month(word: &str) -> Option<u8> {
    let folded: String = word
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'û' | 'ù' => 'u',
            c => c,
        })
        .collect();
    Some(match folded.as_str() {
        "janvier" | "janv" | "jan" | "january" => 1,
        "fevrier" | "fevr" | "fev" | "feb" | "february" => 2,
        "mars" | "mar" | "march" => 3,
        "avril" | "avr" | "apr" | "april" => 4,
        "mai" | "may" => 5,
        "juin" | "jun" | "june" => 6,
        "juillet" | "juil" | "jul" | "july" => 7,
        "aout" | "aou" | "aug" | "august" => 8,
        "septembre" | "sept" | "sep" | "september" => 9,
        "octobre" | "oct" | "october" => 10,
        "novembre" | "nov" | "november" => 11,
        "decembre" | "dec" | "december" => 12,
        _ => return None,
    })
}

fn is_weekday(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "samedi"
            | "dimanche"
            | "lun"
            | "mar"
            | "mer"
            | "jeu"
            | "ven"
            | "sam"
            | "dim"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "fri"
            | "sat"
            | "sun"
    )
}

/// `14`, `1er`, `1st`, `2nd`, `14th`: a day of the month.
fn day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "er" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    let day = parse_number(digits, 2)?;
    (1..=31).contains(&day).then_some(day as u8)
}

fn year(word: &str) -> Option<u16> {
    (word.len() == 4)
        .then(|| parse_number(word, 4))
        .flatten()
        .map(|y| y as u16)
}

/// The date that starts at word `i`, if one does: `14 mars 2006`, `March 14, 2006`,
/// `mars 2006`, `14/03/2006`, `2006/03/14`.
fn date_at(text: &str, words: &[Word<'_>], i: usize) -> Option<(PubDate, Range<usize>)> {
    let word = |k: usize| words.get(k).map(|w| w.text);
    let start = |k: usize| {
        // A weekday just before the date belongs to it (`mardi 14 mars 2006`).
        let k = if k > 0 && is_weekday(words[k - 1].text) {
            k - 1
        } else {
            k
        };
        words[k].range.0
    };
    let found = |date: Option<PubDate>, first: usize, last: usize| {
        date.map(|d| (d, start(first)..words[last].range.1))
    };
    // Numbers joined by one separator: `14/03/2006`, `14.03.2006`, `2006-03-14`.
    let joined = |k: usize| {
        let between = &text[words[k].range.1..words[k + 1].range.0];
        matches!(between, "/" | "." | "-").then_some(between)
    };
    if i + 2 < words.len() && joined(i).is_some() && joined(i) == joined(i + 1) {
        let [a, b, c] = [words[i].text, words[i + 1].text, words[i + 2].text];
        let numbers = (parse_number(a, 4), parse_number(b, 2), parse_number(c, 4));
        if let (Some(a), Some(b), Some(c)) = numbers {
            let date = if a >= 1000 && (1..=31).contains(&c) && c < 100 {
                PubDate::new(a as u16, Some(b as u8), Some(c as u8))
            } else if c >= 1000 && a <= 31 {
                // French order: day first.
                PubDate::new(c as u16, Some(b as u8), Some(a as u8))
            } else {
                None
            };
            if date.is_some() {
                return found(date, i, i + 2);
            }
        }
    }
    if let Some(d) = day(words[i].text) {
        // `14 mars 2006`
        let m = word(i + 1).and_then(month)?;
        let y = word(i + 2).and_then(year)?;
        return found(PubDate::new(y, Some(m), Some(d)), i, i + 2);
    }
    let m = month(words[i].text)?;
    // `March 14, 2006`
    if let (Some(d), Some(y)) = (word(i + 1).and_then(day), word(i + 2).and_then(year)) {
        return found(PubDate::new(y, Some(m), Some(d)), i, i + 2);
    }
    // `mars 2006`, unless a number that cannot be a day stands before it (`32 mars 2006`).
    if i > 0 && parse_number(words[i - 1].text, 2).is_some() {
        return None;
    }
    let y = word(i + 1).and_then(year)?;
    found(PubDate::new(y, Some(m), None), i, i + 1)
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

    fn any(text: &str) -> String {
        PubDate::parse_any(text).map_or("none".into(), |d| d.to_string())
    }

    #[test]
    fn reads_french_dates() {
        assert_eq!(any("14 mars 2006"), "2006-03-14");
        assert_eq!(any("mardi 14 mars 2006"), "2006-03-14");
        assert_eq!(any("1er avril 2020"), "2020-04-01");
        assert_eq!(any("29 décembre 2011"), "2011-12-29");
        assert_eq!(any("3 AOÛT 2019"), "2019-08-03");
        assert_eq!(any("14 févr. 2006"), "2006-02-14");
        assert_eq!(any("14/03/2006"), "2006-03-14");
        assert_eq!(any("14.03.2006"), "2006-03-14");
        assert_eq!(any("mars 2006"), "2006-03");
    }

    #[test]
    fn reads_english_and_feed_dates() {
        assert_eq!(any("14 March 2006"), "2006-03-14");
        assert_eq!(any("March 14, 2006"), "2006-03-14");
        assert_eq!(any("December 19, 1991, Sunday, An Edition"), "1991-12-19");
        assert_eq!(any("12 April 2013 Tuesday"), "2013-04-12");
        assert_eq!(any("Tue, 14 Mar 2006 10:00:00 +0100"), "2006-03-14");
        // French-locale RFC 822: `mar.` is Tuesday here, not March.
        assert_eq!(any("mar., 14 mars 2006 10:00:00 +0100"), "2006-03-14");
        assert_eq!(any("2012-01-09T01:35:58Z"), "2012-01-09");
        assert_eq!(any("2006-03-14 10:00:00"), "2006-03-14");
        assert_eq!(any("2006/03/14"), "2006-03-14");
        assert_eq!(any(" 2020-04 "), "2020-04");
    }

    #[test]
    fn finds_the_date_inside_a_header() {
        let header = "Communication, mardi 14 mars 2006, p. 16";
        let (date, range) = PubDate::find(header).unwrap();
        assert_eq!(date.to_string(), "2006-03-14");
        assert_eq!(&header[range.clone()], "mardi 14 mars 2006");
        assert_eq!(&header[..range.start], "Communication, ");
    }

    #[test]
    fn numbers_and_words_are_not_dates() {
        for text in [
            "hier",
            "p. 2006",
            "295 mots",
            "Section 5; Part 2; Page 16",
            "32 mars 2006",
            "14/13/2006",
            "mardi",
            "",
        ] {
            assert_eq!(PubDate::parse_any(text), None, "{text}");
        }
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
