//! Splits French text into words, keeping elided forms (`d’Alibaba`, `aujourd'hui`) in one piece.
//!
//! A generic tokenizer splits on the apostrophe, which turns `d’Alibaba` into `d` + `Alibaba` and
//! `aujourd’hui` into two meaningless halves. Keeping the apostrophe inside the word lets the
//! elision filter decide what is an article to drop and what is part of the word.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// Characters that join two halves of a word: the straight and the typographic apostrophe, and
/// the modifier letter apostrophe that some word processors produce.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// A word is a run of letters and digits, possibly joined by apostrophes.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

pub struct WordTokenStream<'a> {
    text: &'a str,
    cursor: usize,
    token: &'a mut Token,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            cursor: 0,
            token: &mut self.token,
        }
    }
}

/// Whether the character at byte `i` is part of a word, and its length; `None` at the end.
/// Most of French text is ASCII: bytes are checked directly, characters decoded only when they
/// are not ASCII.
#[inline]
fn word_char_at(text: &str, i: usize) -> Option<(bool, usize)> {
    let bytes = text.as_bytes();
    let b = *bytes.get(i)?;
    if b < 0x80 {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    // Latin-1 letters (`é`, `à`, `ç`…), the bulk of French non-ASCII text: all letters but `×`
    // and `÷`, told without a Unicode table.
    if b == 0xC3 {
        let code = 0xC0 | (bytes.get(i + 1)? & 0x3F);
        return Some((code != 0xD7 && code != 0xF7, 2));
    }
    let c = text[i..].chars().next()?;
    Some((c.is_alphanumeric(), c.len_utf8()))
}

/// The eight bytes of `bytes` from `at` on, as one number (the first in the lowest byte), when
/// there are eight.
#[inline]
pub fn eight_bytes(bytes: &[u8], at: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(at..at.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The high bit of each of eight bytes: none is set in eight ASCII bytes.
pub const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// One in each of eight bytes.
pub const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each of the eight bytes of `low`, all below 0x80, that is from `lo` to `hi`.
/// Below 0x80, adding to a byte carries into no other: the high bit of `b + (0x80 - lo)` is set
/// when `b >= lo`, that of `b + (0x7F - hi)` when `b > hi`.
#[inline(always)]
pub fn bytes_between(low: u64, lo: u8, hi: u8) -> u64 {
    (low + ONES * u64::from(0x80 - lo)) & !(low + ONES * u64::from(0x7F - hi)) & HIGH_BITS
}

/// The high bit of each byte of `chunk` that is an ASCII letter or digit.
#[inline]
pub fn alphanumeric_bytes(chunk: u64) -> u64 {
    let low = chunk & !HIGH_BITS;
    // Setting the 0x20 bit lower-cases the capitals and moves no other byte into `a`-`z`.
    let lower = low | (ONES * 0x20);
    (bytes_between(lower, b'a', b'z') | bytes_between(low, b'0', b'9')) & !chunk
}

/// Finds the next word at or after byte `from`, as a byte range.
pub fn next_word(text: &str, from: usize) -> Option<(usize, usize)> {
    next_word_shaped(text, from).map(|(start, end, _)| (start, end))
}

/// What [`next_word_shaped`] learns of a word on the way, for callers that would otherwise
/// read it again.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordShape {
    /// Only ASCII bytes.
    pub ascii: bool,
    /// An apostrophe joins two halves: `d’Alibaba`, `aujourd'hui`.
    pub apostrophe: bool,
}

/// [`next_word`], with the word's [`WordShape`].
#[inline(always)]
pub fn next_word_shaped(text: &str, from: usize) -> Option<(usize, usize, WordShape)> {
    let bytes = text.as_bytes();
    let mut start = from;
    loop {
        match bytes.get(start) {
            None => return None,
            Some(b) if b.is_ascii_alphanumeric() => break,
            Some(b) if *b < 0x80 => start += 1,
            Some(_) => match word_char_at(text, start) {
                Some((true, _)) => break,
                Some((false, len)) => start += len,
                None => return None,
            },
        }
    }
    let mut shape = WordShape {
        ascii: true,
        apostrophe: false,
    };
    let mut end = start;
    loop {
        // Most words are ASCII letters and digits: eight bytes at a time to the first that is not.
        while let Some(chunk) = eight_bytes(bytes, end) {
            let others = !alphanumeric_bytes(chunk) & HIGH_BITS;
            if others != 0 {
                end += others.trailing_zeros() as usize / 8;
                break;
            }
            end += 8;
        }
        match bytes.get(end) {
            Some(b) if b.is_ascii_alphanumeric() => end += 1,
            Some(b'\'') if word_char_at(text, end + 1).is_some_and(|(w, _)| w) => {
                shape.apostrophe = true;
                end += 1;
            }
            Some(b) if *b < 0x80 => break,
            None => break,
            Some(_) => match word_char_at(text, end) {
                Some((true, len)) => {
                    shape.ascii = false;
                    end += len;
                }
                Some((false, len))
                    if text[end..].starts_with(is_apostrophe)
                        && word_char_at(text, end + len).is_some_and(|(w, _)| w) =>
                {
                    // An apostrophe joins two halves of a word: `d’Alibaba`, `aujourd'hui`.
                    shape.ascii = false;
                    shape.apostrophe = true;
                    end += len;
                }
                _ => break,
            },
        }
    }
    Some((start, end, shape))
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((start, end)) = next_word(self.text, self.cursor) else {
            self.cursor = self.text.len();
            return false;
        };
        self.cursor = end;
        self.token.text.clear();
        self.token.text.push_str(&self.text[start..end]);
        self.token.offset_from = start;
        self.token.offset_to = end;
        self.token.position = self.token.position.wrapping_add(1);
        self.token.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_at_a_time_tell_letters_and_digits_as_one_byte_does() {
        // Every byte value, at every place in a chunk, among neighbours of every kind.
        for neighbour in [b'a', b' ', b'Z', 0xC3, 0x7F, b'0'] {
            for value in 0..=255u8 {
                for place in 0..8 {
                    let mut bytes = [neighbour; 8];
                    bytes[place] = value;
                    let found = alphanumeric_bytes(u64::from_le_bytes(bytes));
                    for (k, byte) in bytes.iter().enumerate() {
                        let bit = found & (0x80 << (8 * k)) != 0;
                        assert_eq!(bit, byte.is_ascii_alphanumeric(), "{bytes:?} at {k}");
                    }
                }
            }
        }
    }

    #[test]
    fn long_words_end_where_their_letters_end() {
        let text = "anticonstitutionnellement,abcdefgh ABCDEFGH12345678'x d’Alibaba1234567 été";
        assert_eq!(
            words(text),
            [
                "anticonstitutionnellement",
                "abcdefgh",
                "ABCDEFGH12345678'x",
                "d’Alibaba1234567",
                "été"
            ]
        );
    }

    fn words(text: &str) -> Vec<String> {
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream(text);
        let mut out = Vec::new();
        while let Some(token) = stream.next() {
            out.push(token.text.clone());
        }
        out
    }

    #[test]
    fn keeps_elided_words_whole() {
        assert_eq!(
            words("L’État et d'Alibaba, aujourd’hui."),
            ["L’État", "et", "d'Alibaba", "aujourd’hui"]
        );
    }

    #[test]
    fn splits_on_hyphens_and_punctuation() {
        assert_eq!(
            words("Charente-Maritime : un sanglier, 28 %"),
            ["Charente", "Maritime", "un", "sanglier", "28"]
        );
    }

    #[test]
    fn trailing_apostrophe_is_not_part_of_the_word() {
        assert_eq!(words("les clients' «  »"), ["les", "clients"]);
    }

    #[test]
    fn positions_are_consecutive() {
        let mut tokenizer = WordTokenizer::default();
        let mut stream = tokenizer.token_stream("a b c");
        let mut positions = Vec::new();
        while let Some(token) = stream.next() {
            positions.push(token.position);
        }
        assert_eq!(positions, [0, 1, 2]);
    }
}
