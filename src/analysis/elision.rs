//! Drops French elided articles and pronouns: `l’`, `d’`, `qu’`, `jusqu’`…
//!
//! It runs after lower-casing (so `L’État` and `l’état` agree) and before the stop-word filter, so
//! that `qu’il` leaves `il`, which the stop list then removes.

use std::mem;

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use super::tokenizer::is_apostrophe;

/// The words French elides before a vowel, longest first so that `jusqu’` wins over `j’`.
const ELIDED: &[&str] = &[
    "lorsqu", "puisqu", "quoiqu", "jusqu", "qu", "l", "d", "c", "j", "m", "n", "s", "t",
];

/// Returns the byte length of the elided prefix of `word` (apostrophe included), if any.
/// `word` must already be lower case.
pub fn elided_prefix_len(word: &str) -> Option<usize> {
    // Elided prefixes are at most 6 letters then an apostrophe; most words have none.
    let head = word.get(..word.len().min(10)).unwrap_or(word);
    if !head.contains(['\'', '’', 'ʼ']) {
        return None;
    }
    ELIDED.iter().find_map(|prefix| {
        let rest = word.strip_prefix(prefix)?;
        let apostrophe = rest.chars().next().filter(|c| is_apostrophe(*c))?;
        let remainder = &rest[apostrophe.len_utf8()..];
        (!remainder.is_empty()).then_some(prefix.len() + apostrophe.len_utf8())
    })
}

#[derive(Clone)]
pub struct Elision;

impl TokenFilter for Elision {
    type Tokenizer<T: Tokenizer> = ElisionFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> ElisionFilter<T> {
        ElisionFilter {
            inner: tokenizer,
            buffer: String::new(),
        }
    }
}

#[derive(Clone)]
pub struct ElisionFilter<T> {
    inner: T,
    buffer: String,
}

impl<T: Tokenizer> Tokenizer for ElisionFilter<T> {
    type TokenStream<'a> = ElisionStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        ElisionStream {
            tail: self.inner.token_stream(text),
            buffer: &mut self.buffer,
        }
    }
}

pub struct ElisionStream<'a, S> {
    tail: S,
    buffer: &'a mut String,
}

impl<S: TokenStream> TokenStream for ElisionStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        // `qu’aujourd’hui`: strip as many elisions as there are.
        while let Some(len) = elided_prefix_len(&token.text) {
            token.text.drain(..len);
            // Offsets point into the original text, where the prefix has the same byte length,
            // so highlighting starts on the word itself: d’<mark>Alibaba</mark>.
            token.offset_from += len;
        }
        if token.text.contains(['’', 'ʼ']) {
            self.buffer.clear();
            self.buffer.extend(
                token
                    .text
                    .chars()
                    .map(|c| if is_apostrophe(c) { '\'' } else { c }),
            );
            mem::swap(&mut token.text, self.buffer);
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_elided_form() {
        for (word, expected) in [
            ("l'état", Some(2)),
            ("d’alibaba", Some(4)),
            ("jusqu’ici", Some(8)),
            ("lorsqu'il", Some(7)),
            ("qu'il", Some(3)),
            ("aujourd'hui", None),
            ("l'", None),
            ("lundi", None),
        ] {
            assert_eq!(elided_prefix_len(word), expected, "{word}");
        }
    }
}
