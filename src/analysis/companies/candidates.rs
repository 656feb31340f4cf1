//! Finds the words of a text where a company name may start, without reading every word.
//!
//! Recognition runs on every article, and almost every word starts no name. A name is written
//! with a capital or a digit somewhere (`Total`, `d’Alibaba`, `3M`, `eBay`, `la Poste`,
//! `groupe Allianz`), so the words holding one are found by looking at bytes, and the matcher
//! also tries the words just before them (`la`, `groupe`, `société américaine`). Only around
//! those words does it read words in full (see [`Words`]). A name written all in lower case
//! (`bpost`) is missed: the price of not reading every word.

use crate::analysis::tokenizer::{is_apostrophe, next_word_shaped, WordShape};

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
            let b = bytes[at];
            let capital = match b {
                b'A'..=b'Z' | b'0'..=b'9' => true,
                0xC0.. => text[at..].chars().next().is_some_and(char::is_uppercase),
                _ => false,
            };
            if !capital {
                at += 1;
                continue;
            }
            let start = word_start(text, at);
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

/// Where the word holding byte `at` starts: back over letters, digits and the apostrophes that
/// join two halves of a word.
fn word_start(text: &str, at: usize) -> usize {
    let mut start = at;
    let mut chars = text[..at].char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        let joins = is_apostrophe(c) && chars.peek().is_some_and(|(_, b)| b.is_alphanumeric());
        if !(c.is_alphanumeric() || joins) {
            break;
        }
        start = i;
    }
    start
}

/// The word right before the word starting at `start`, when only spaces or hyphens separate
/// them (`la Poste`, `Saint-Gobain`): the only case where it may start a name because the next
/// word is capitalised.
pub fn word_before(text: &str, start: usize) -> Option<Span> {
    let separator_start = text[..start]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_whitespace() || c == '-' || c == '‑'))
        .map(|(i, c)| i + c.len_utf8())?;
    if separator_start == start || !text[..separator_start].ends_with(char::is_alphanumeric) {
        return None;
    }
    let word_start = word_start(text, separator_start);
    next_word_shaped(text, word_start).filter(|span| span.1 == separator_start)
}

/// The words of a stretch of text around a candidate, read in full: enough before it for the
/// rules (`CONTEXT_BEFORE` words, plus one whose end gives the separator of the next) and after.
pub struct Words {
    pub spans: Vec<Span>,
    /// Index of the candidate in `spans`.
    pub at: usize,
    /// Whether `spans[0]` is the first word of the text.
    pub from_text_start: bool,
}

impl Words {
    pub fn around(text: &str, candidate: usize, before: usize, after: usize) -> Words {
        let mut from = candidate;
        let mut runs = before + 2;
        loop {
            from = back_over_spaces(text, from, runs);
            let mut spans = Vec::with_capacity(before + after + 4);
            let mut cursor = from;
            while let Some(span) = next_word_shaped(text, cursor) {
                if span.0 >= candidate {
                    break;
                }
                spans.push(span);
                cursor = span.1;
            }
            if spans.len() > before || from == 0 {
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
                    spans,
                    at,
                    from_text_start,
                };
            }
            runs *= 2;
        }
    }
}

/// The position after the `runs`-th run of whitespace before `at`, or 0: a word never holds
/// whitespace, so reading words from there finds the same words as reading from the start.
fn back_over_spaces(text: &str, at: usize, runs: usize) -> usize {
    let bytes = text.as_bytes();
    let mut seen = 0;
    let mut k = at;
    while k > 0 {
        if bytes[k - 1].is_ascii_whitespace() {
            seen += 1;
            if seen == runs {
                return k;
            }
            while k > 0 && bytes[k - 1].is_ascii_whitespace() {
                k -= 1;
            }
        } else {
            k -= 1;
        }
    }
    0
}
