//! Snowball French stemming (rust-stemmers), then accent folding, with a second form for
//! people who type without accents.
//!
//! Snowball needs the accents to find French suffixes (`électricité` → `électr`), so the main
//! form of each word is stemmed first and folded after: `electr`. But a query typed without
//! accents (`electricite`) stems differently (`electricit`), because the suffix `ité` is no
//! longer there to be found. So when the two orders disagree, the word is also indexed under
//! its fold-then-stem form, at the same position. A query looks for both forms of each of its
//! words, and whatever accents it was typed with, it meets the article's words.
//!
//! Stemming is the most expensive step of indexing, and news repeats the same few thousand
//! words: each analyzer (one per indexing thread) remembers the forms of the words it has seen.
//!
//! tantivy 0.27 ships its own `Stemmer`, but it is built on another implementation (frostem);
//! rust-stemmers is the reference Snowball port. Tokens with digits are not stemmed: `2020`
//! and `a320` are not French words.

use std::sync::Arc;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use super::fold::{fold, fold_into};

#[derive(Clone)]
pub struct StemAndFold {
    stemmer: Arc<Stemmer>,
}

impl Default for StemAndFold {
    fn default() -> Self {
        StemAndFold {
            stemmer: Arc::new(Stemmer::create(Algorithm::French)),
        }
    }
}

/// The forms a word is indexed under: stem-then-fold first, and fold-then-stem when different.
pub fn forms(stemmer: &Stemmer, word: &str) -> (String, Option<String>) {
    if word.bytes().any(|b| b.is_ascii_digit()) {
        return (fold(word), None);
    }
    let mut main = String::with_capacity(word.len());
    fold_into(&stemmer.stem(word), &mut main);
    if word.is_ascii() {
        return (main, None);
    }
    let unaccented = stemmer.stem(&fold(word)).into_owned();
    let second = (unaccented != main).then_some(unaccented);
    (main, second)
}

impl TokenFilter for StemAndFold {
    type Tokenizer<T: Tokenizer> = StemAndFoldFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> StemAndFoldFilter<T> {
        StemAndFoldFilter {
            inner: tokenizer,
            stemmer: self.stemmer,
            cache: FxHashMap::default(),
        }
    }
}

/// Beyond this many remembered words the cache starts afresh, to bound its memory (a few MB).
const CACHE_WORDS: usize = 100_000;

type Forms = (String, Option<String>);

#[derive(Clone)]
pub struct StemAndFoldFilter<T> {
    inner: T,
    stemmer: Arc<Stemmer>,
    cache: FxHashMap<String, Forms>,
}

impl<T: Tokenizer> Tokenizer for StemAndFoldFilter<T> {
    type TokenStream<'a> = StemAndFoldStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        if self.cache.len() > CACHE_WORDS {
            self.cache.clear();
        }
        StemAndFoldStream {
            tail: self.inner.token_stream(text),
            stemmer: &self.stemmer,
            cache: &mut self.cache,
            pending: None,
        }
    }
}

pub struct StemAndFoldStream<'a, S> {
    tail: S,
    stemmer: &'a Stemmer,
    cache: &'a mut FxHashMap<String, Forms>,
    /// The second form of the current word, handed out on the next `advance`.
    pending: Option<String>,
}

impl<S: TokenStream> TokenStream for StemAndFoldStream<'_, S> {
    fn advance(&mut self) -> bool {
        if let Some(second) = self.pending.take() {
            self.tail.token_mut().text = second;
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if !self.cache.contains_key(&token.text) {
            let found = forms(self.stemmer, &token.text);
            self.cache.insert(token.text.clone(), found);
        }
        if let Some((main, second)) = self.cache.get(&token.text) {
            self.pending.clone_from(second);
            // Reuses the token's buffer: no allocation for the common case.
            token.text.clear();
            token.text.push_str(main);
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
    fn accented_words_get_both_forms() {
        let stemmer = Stemmer::create(Algorithm::French);
        assert_eq!(
            forms(&stemmer, "électricité"),
            ("electr".to_string(), Some("electricit".to_string()))
        );
        assert_eq!(
            forms(&stemmer, "electricite"),
            ("electricit".to_string(), None)
        );
        assert_eq!(forms(&stemmer, "usines"), ("usin".to_string(), None));
        assert_eq!(forms(&stemmer, "a320"), ("a320".to_string(), None));
    }
}
