//! Finds the words of a text where a company name may start, without reading every word.
//!
//! Recognition runs on every article, and almost every word starts no name. A name is written
//! with a capital or a digit somewhere (`Total`, `d’Alibaba`, `3M`, `eBay`, `la Poste`,
//! `groupe Allianz`), so the words holding one are found by looking at bytes, and the matcher
//! also tries the words just before them (`la`, `groupe`, `société américaine`). Only around
//! those words does it read words in full (see [`Words`]). A name written all in lower case
//! (`bpost`) is missed: the price of not reading every word.

use crate::analysis::tokenizer::{
    bytes_between, eight_bytes, is_apostrophe, next_word_shaped, WordShape, HIGH_BITS, ONES,
};

/// A word of the text: its byte range and what the tokenizer saw of it.
pub type Span = (usize, usize, WordShape);

/// The words of `text` holding a capital or a digit, in text order.
pub fn candidate_words(text: &str, out: &mut Vec<Span>) {
    out.clear();
    out.extend(capitalized_words(text));
}

/// The words holding a capital or a digit.
fn capitalized_words(text: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            // Most of a text is lower-case ASCII: sixteen bytes at a time, or eight, go to the
            // next byte that may be a capital (`A`-`Z`, a digit, or the first byte of a
            // non-ASCII letter).
            match skip_lower_case(bytes, at) {
                Skip::Chunk(length) => {
                    at += length;
                    continue;
                }
                Skip::To(offset) => at += offset,
                Skip::Unknown => {}
            }
            let b = bytes[at];
            let capital = match b {
                b'A'..=b'Z' | b'0'..=b'9' => true,
                // Latin-1 letters (`É`, `é`), told without a Unicode table: the capitals are
                // U+00C0 to U+00DE but `×`.
                0xC3 => bytes
                    .get(at + 1)
                    .is_some_and(|&next| (0x80..=0x9E).contains(&next) && next != 0x97),
                0xC0.. => text[at..].chars().next().is_some_and(char::is_uppercase),
                _ => false,
            };
            if !capital {
                at += 1;
                continue;
            }
            // Most capitals open their word: after a space or punctuation, no need to look back.
            let opens_word = at == 0
                || matches!(bytes[at - 1], b if b < 0x80 && !b.is_ascii_alphanumeric() && b != b'\'');
            let start = if opens_word {
                at
            } else {
                word_start(text, at).0
            };
            let Some(span) = next_word_shaped(text, start) else {
                at = bytes.len();
                break;
            };
            at = span.1.max(at + 1);
            // A capital inside a word counts too: `eBay`, `easyJet` are names.
            if span.0 == start {
                return Some(span);
            }
        }
        None
    })
}

/// What [`skip_lower_case`] found in the bytes from where it looked.
enum Skip {
    /// None of these many bytes may be a capital.
    Chunk(usize),
    /// The first that may be one is this many bytes on.
    To(usize),
    /// Too few bytes are left to read at once: they are read one by one.
    Unknown,
}

/// The bytes from `at` that may not be a capital, read sixteen (with SSE2) or eight at a time.
#[inline(always)]
fn skip_lower_case(bytes: &[u8], at: usize) -> Skip {
    #[cfg(target_arch = "x86_64")]
    if let Some(found) = sixteen_maybe_capitals(bytes, at) {
        return match found {
            0 => Skip::Chunk(16),
            found => Skip::To(found.trailing_zeros() as usize),
        };
    }
    let Some(chunk) = eight_bytes(bytes, at) else {
        return Skip::Unknown;
    };
    let found = if chunk & HIGH_BITS == 0 {
        // Most chunks are ASCII: a capital or a digit is a byte from `0` to `Z`.
        bytes_between(chunk, b'0', b'Z')
    } else {
        // The byte after each, when there is one after the last: enough to pass over `é` and
        // `’`, which are no capitals.
        maybe_capitals(chunk, eight_bytes(bytes, at + 1))
    };
    match found {
        0 => Skip::Chunk(8),
        found => Skip::To(found.trailing_zeros() as usize / 8),
    }
}

/// The high bit of each of eight bytes of text, not all ASCII, that may start a capital: an
/// ASCII capital, digit or sign between them, or the first byte of a non-ASCII character but
/// those that start no capital. `next` holds the byte after each, when known.
fn maybe_capitals(chunk: u64, next: Option<u64>) -> u64 {
    const HIGH: u64 = HIGH_BITS;
    const LOW: u64 = !HIGH;
    // Digits and capitals in one range, `0` to `Z`: the seven signs between them (`:`, `?`,
    // `@`…) are rare, and told apart byte by byte after.
    let ascii = bytes_between(chunk & LOW, b'0', b'Z');
    // Bytes 0xC0 and up start a character of two bytes or more: their top two bits are set.
    let mut leading = chunk & (chunk << 1);
    if let Some(next) = next {
        // The high bit of every byte equal to `value`, exactly: no borrow crosses bytes.
        let equal = |bytes: u64, value: u8| {
            let x = bytes ^ (ONES * u64::from(value));
            !(((x & LOW) + LOW) | x) & HIGH
        };
        // `é`, `à`: 0xC3 starts a capital only before 0x80 to 0x9E (`À` to `Þ`).
        let latin1 = equal(chunk, 0xC3);
        let capital_next = next & bytes_between(next & LOW, 0x00, 0x1E);
        // Nothing from U+0080 to U+00BF (`«`, a no-break space) nor from U+2000 to U+203F
        // (`’`, `…`, dashes) is a letter.
        let punctuation = equal(chunk, 0xC2) | (equal(chunk, 0xE2) & equal(next, 0x80));
        leading = (leading & !latin1 & !punctuation) | (latin1 & capital_next);
    }
    ((ascii & !chunk) | leading) & HIGH
}

/// [`maybe_capitals`] for the sixteen bytes from `at`, one bit per byte, with SSE2 (which every
/// x86-64 processor has); `None` when fewer than seventeen bytes are left (the byte after each
/// is read too).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn sixteen_maybe_capitals(bytes: &[u8], at: usize) -> Option<u32> {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_andnot_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8,
        _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128,
    };
    let window = bytes.get(at..at.checked_add(17)?)?;
    // SAFETY: SSE2 is part of the x86-64 baseline, and both unaligned loads read inside
    // `window`, whose seventeen bytes were just checked.
    unsafe {
        let chunk = _mm_loadu_si128(window.as_ptr().cast::<__m128i>());
        let next = _mm_loadu_si128(window.as_ptr().add(1).cast::<__m128i>());
        let byte = |value: u8| _mm_set1_epi8(value as i8);
        // Compared as signed bytes, every non-ASCII byte is negative: `0` to `Z` is ASCII only.
        let ascii = _mm_and_si128(
            _mm_cmpgt_epi8(chunk, byte(b'0' - 1)),
            _mm_cmplt_epi8(chunk, byte(b'Z' + 1)),
        );
        // 0xC0 and up (-64 to -1) start a character of two bytes or more.
        let leading = _mm_and_si128(
            _mm_cmpgt_epi8(chunk, byte(0xBF)),
            _mm_cmplt_epi8(chunk, _mm_setzero_si128()),
        );
        // As in `maybe_capitals`: 0xC3 starts a capital only before 0x80 to 0x9E (-128 to -98);
        // 0xC2, and 0xE2 before 0x80, start no letter.
        let latin1 = _mm_cmpeq_epi8(chunk, byte(0xC3));
        let capital_next = _mm_cmplt_epi8(next, byte(0x9F));
        let small_latin1 = _mm_andnot_si128(capital_next, latin1);
        let punctuation = _mm_or_si128(
            _mm_cmpeq_epi8(chunk, byte(0xC2)),
            _mm_and_si128(
                _mm_cmpeq_epi8(chunk, byte(0xE2)),
                _mm_cmpeq_epi8(next, byte(0x80)),
            ),
        );
        let found = _mm_or_si128(
            ascii,
            _mm_andnot_si128(_mm_or_si128(small_latin1, punctuation), leading),
        );
        Some(_mm_movemask_epi8(found) as u32)
    }
}

/// Where the word holding byte `at` starts: back over letters, digits and the apostrophes that
/// join two halves of a word; and whether all it holds before `at` is ASCII letters and digits.
#[inline(always)]
fn word_start(text: &str, at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut start = at;
    while start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    // Past an ASCII byte that is neither a letter, a digit nor an apostrophe, the word starts.
    if start == 0 || (bytes[start - 1] < 0x80 && bytes[start - 1] != b'\'') {
        return (start, true);
    }
    let mut start = at;
    let mut chars = text[..at].char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        let joins = is_apostrophe(c) && chars.peek().is_some_and(|(_, b)| b.is_alphanumeric());
        if !(c.is_alphanumeric() || joins) {
            break;
        }
        start = i;
    }
    (start, false)
}

/// What separates the words of one name: `Saint-Gobain` is `Saint Gobain`.
pub fn is_space_or_hyphen(c: char) -> bool {
    c.is_whitespace() || c == '-' || c == '‑'
}

/// The word right before the word starting at `start`, when only spaces or hyphens separate
/// them (`la Poste`, `Saint-Gobain`): the only case where it may start a name because the next
/// word is capitalised.
#[inline(always)]
pub fn word_before(text: &str, start: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    // Most separators are one ASCII space: bytes first, characters only past a non-ASCII one.
    let mut separator_start = start;
    while separator_start > 0 && matches!(bytes[separator_start - 1], b' ' | b'-' | b'\n') {
        separator_start -= 1;
    }
    if separator_start > 0 && !bytes[separator_start - 1].is_ascii_alphanumeric() {
        separator_start = text[..separator_start]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_space_or_hyphen(c))
            .map(|(i, c)| i + c.len_utf8())?;
    }
    if separator_start == 0 || separator_start == start {
        return None;
    }
    let last = bytes[separator_start - 1];
    if !last.is_ascii_alphanumeric() && !text[..separator_start].ends_with(char::is_alphanumeric) {
        return None;
    }
    // Read backwards, the word is the one the tokenizer reads forwards: only its shape is left
    // to tell, from the bytes already read. Most words before a capitalised one are ASCII
    // letters after a space, which reading them back has told.
    let (start, plain) = word_start(text, separator_start);
    if plain {
        let shape = WordShape {
            ascii: true,
            apostrophe: false,
        };
        return Some((start, separator_start, shape));
    }
    let word = &text[start..separator_start];
    let ascii = word.is_ascii();
    let apostrophe = if ascii {
        word.as_bytes().contains(&b'\'')
    } else {
        word.contains(is_apostrophe)
    };
    Some((start, separator_start, WordShape { ascii, apostrophe }))
}

/// The words of a stretch of text around a candidate, read in full: enough before it for the
/// rules (`before` words, plus one whose end gives the separator of the next) and after.
pub struct Words {
    /// Index of the candidate in the spans.
    pub at: usize,
    /// Whether the first span is the first word of the text.
    pub from_text_start: bool,
}

impl Words {
    /// Writes the words around `candidate` into `spans`, a buffer reused from window to window
    /// (an article has dozens).
    pub fn around(
        text: &str,
        candidate: usize,
        before: usize,
        after: usize,
        spans: &mut Vec<Span>,
    ) -> Words {
        let mut reach = 32 * (before + 2);
        let mut runs = before + 2;
        loop {
            let (from, cut) = safe_start(text, candidate, runs, reach);
            spans.clear();
            let mut cursor = from;
            while let Some(span) = next_word_shaped(text, cursor) {
                if span.0 >= candidate {
                    break;
                }
                spans.push(span);
                cursor = span.1;
            }
            if cut && !spans.is_empty() {
                // Reading from inside a word finds only its end.
                spans.remove(0);
            }
            if spans.len() > before || from == 0 || cut || reach >= MAX_REACH {
                let keep = spans.len().min(before + 1);
                let from_text_start = from == 0 && keep == spans.len();
                spans.drain(..spans.len() - keep);
                let at = spans.len();
                let mut cursor = candidate;
                while spans.len() <= at + after {
                    let Some(span) = next_word_shaped(text, cursor) else {
                        break;
                    };
                    spans.push(span);
                    cursor = span.1;
                }
                return Words {
                    at,
                    from_text_start,
                };
            }
            reach *= 4;
            runs *= 2;
        }
    }
}

/// How far back [`Words::around`] may look: a text without spaces (a hostile line of
/// `Total,Total,…`) must not make every window read from its start.
const MAX_REACH: usize = 4096;

/// Where to start reading words to find the `runs` or so before `at`, looking at most `reach`
/// bytes back: after a run of spaces (a word never holds a space, so reading from there finds
/// the same words as reading from the start of the text), or the start of the text; else, in
/// a stretch without spaces, a character boundary that may cut a word, and `true`.
fn safe_start(text: &str, at: usize, runs: usize, reach: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let floor = at.saturating_sub(reach);
    let mut seen = 0;
    let mut after_space = None;
    let mut k = at;
    while k > floor {
        if bytes[k - 1].is_ascii_whitespace() {
            after_space = Some(k);
            seen += 1;
            if seen == runs {
                break;
            }
            while k > floor && bytes[k - 1].is_ascii_whitespace() {
                k -= 1;
            }
        } else {
            k -= 1;
        }
    }
    match after_space {
        _ if floor == 0 && seen < runs => (0, false),
        Some(start) => (start, false),
        None => {
            let boundary = (floor..at)
                .find(|&k| text.is_char_boundary(k))
                .unwrap_or(at);
            (boundary, true)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words<'a>(text: &'a str, spans: &[Span]) -> Vec<&'a str> {
        spans.iter().map(|s| &text[s.0..s.1]).collect()
    }

    #[test]
    fn candidates_are_the_words_holding_a_capital() {
        let text = "la Poste, d’Alibaba et eBay ont 3 clients; iPhone";
        let mut found = Vec::new();
        candidate_words(text, &mut found);
        let found: Vec<&str> = found.iter().map(|s| &text[s.0..s.1]).collect();
        assert_eq!(found, ["Poste", "d’Alibaba", "eBay", "3", "iPhone"]);
    }

    #[test]
    fn reading_bytes_sixteen_or_eight_at_a_time_misses_no_capital() {
        let samples = [
            "le",
            // The signs read as maybe capitals, then passed over.
            "a:Total",
            "?;Orange",
            "@x",
            "<=>Z9",
            "Été",
            "été",
            "ÉTÉ",
            "Œuvre",
            "œuvre",
            "x×y",
            "2020",
            "d’Alibaba",
            "çà",
            "Ça",
            "naïve",
            "eBay",
            "Ärger",
            "l'Élysée",
            "中国",
            "Ωmega",
            "ß",
            "À",
            "déjà",
            "«Été»",
            "l’Été",
            "…Ärger",
            "—Ça",
            "\u{a0}Œuvre",
            "Þór",
            "×Total",
            "é",
            "Zara",
            "aZb",
            "09",
            "0",
            "a0",
        ];
        // Every word at every offset from the start of a sixteen-byte chunk.
        for shift in 0..16 {
            for (k, sample) in samples.iter().enumerate() {
                let next = samples[(k + 3) % samples.len()];
                // Long enough to be read sixteen bytes at a time, then eight, then one by one.
                let text = format!(
                    "{}{sample} {next} fin {}",
                    "a".repeat(shift),
                    "z".repeat(24)
                );
                let mut found = Vec::new();
                candidate_words(&text, &mut found);
                // The words read one by one, as the tokenizer does.
                let mut expected = Vec::new();
                let mut cursor = 0;
                while let Some((start, end, _)) = next_word_shaped(&text, cursor) {
                    let word = &text[start..end];
                    if word.chars().any(|c| c.is_uppercase() || c.is_ascii_digit()) {
                        expected.push(word);
                    }
                    cursor = end;
                }
                assert_eq!(words(&text, &found), expected, "{text}");
            }
        }
    }

    #[test]
    fn the_word_before_counts_only_across_spaces_or_hyphens() {
        let text = "la Poste, groupe-Allianz. (Total";
        let before = |word: &str| {
            let start = text.find(word).unwrap();
            word_before(text, start).map(|s| &text[s.0..s.1])
        };
        assert_eq!(before("Poste"), Some("la"));
        assert_eq!(before("Allianz"), Some("groupe"));
        assert_eq!(before("Total"), None);
    }

    #[test]
    fn the_word_before_is_the_one_the_tokenizer_reads_with_its_shape() {
        let texts = [
            "la société Total et groupe-Allianz",
            "d’Alibaba Group, aujourd'hui Nestlé SA",
            "l'usine de Saint-Étienne Métropole 3M",
            "Société Générale et Crédit Agricole ont signé",
            "chez Œuvre Ärger jusqu’à Lyon x×y Total",
            "ab'Cd Ef 12 Gh",
        ];
        for text in texts {
            let mut words = Vec::new();
            let mut cursor = 0;
            while let Some(span) = next_word_shaped(text, cursor) {
                words.push(span);
                cursor = span.1;
            }
            for pair in words.windows(2) {
                let separator = &text[pair[0].1..pair[1].0];
                let expected = separator.chars().all(is_space_or_hyphen).then_some(pair[0]);
                assert_eq!(
                    word_before(text, pair[1].0),
                    expected,
                    "{text}: {separator:?}"
                );
            }
        }
    }

    #[test]
    fn words_around_are_those_of_the_whole_text() {
        let text = "Un deux trois quatre cinq six sept huit neuf dix Total onze douze treize";
        let mut spans = Vec::new();
        let found = Words::around(text, text.find("Total").unwrap(), 3, 2, &mut spans);
        // One more word before than asked: its end is where the next one's separator starts.
        assert_eq!(
            words(text, &spans),
            ["sept", "huit", "neuf", "dix", "Total", "onze", "douze"]
        );
        assert_eq!(found.at, 4);
    }

    #[test]
    fn a_text_without_spaces_is_read_a_little_way_back_only() {
        // Reading every window from the start of such a text took minutes on 300,000 words.
        let text = "Total,".repeat(200_000);
        let last = text.len() - "Total,".len();
        let mut spans = Vec::new();
        let found = Words::around(&text, last, 4, 1, &mut spans);
        assert_eq!(words(&text, &spans), ["Total"; 6]);
        assert!(!found.from_text_start);
    }
}
