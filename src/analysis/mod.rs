//! Analysis: turns article text into the terms the index stores, and finds the companies an
//! article is about.
//!
//! The French analyzer is one chain, applied the same way to articles and to queries:
//!
//! 1. [`WordTokenizer`](tokenizer::WordTokenizer) cuts words, keeping `d’Alibaba` whole;
//! 2. lower-casing, so that the next steps see one form;
//! 3. [`Elision`](elision::Elision) drops `l’`, `d’`, `qu’`… (`d’Alibaba` → `alibaba`);
//! 4. stop words go, matched with their accents (`à`, `été`);
//! 5. Snowball French stemming, which needs the accents to find the right suffixes
//!    (`sociétés` → `sociét`), then accent folding, so that a query typed without accents
//!    (`teletravail`, `societe`) meets the indexed `télétravail`, `Sociétés`
//!    ([`StemAndFold`](stemmer::StemAndFold); it also indexes a second form for words whose
//!    suffix changes without its accents, `électricité`/`electricite`).
//!
//! [`companies`] recognises company names for the company facet; it works on the original text,
//! because capitals and the words around a name are what tell `Total` the company from `au
//! total`.

pub mod companies;
pub mod elision;
pub mod fold;
pub mod stemmer;
pub mod stopwords;
pub mod tokenizer;

use tantivy::tokenizer::{LowerCaser, RemoveLongFilter, StopWordFilter, TextAnalyzer, TokenStream};

/// The name under which the French analyzer is registered in the index.
pub const FRENCH: &str = "veille_fr";

/// Words longer than this (in bytes) are noise: base64, URLs glued together, chemical names.
const LONGEST_WORD: usize = 60;

pub fn french_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(tokenizer::WordTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser)
        .filter(elision::Elision)
        .filter(StopWordFilter::remove(
            stopwords::FRENCH_STOP_WORDS.iter().map(|w| w.to_string()),
        ))
        .filter(stemmer::StemAndFold::default())
        .build()
}

/// Lower case, no accents, words separated by one space: the form used to compare names
/// (companies, sources) whatever the user typed (`societe generale` = `Société Générale`).
pub fn fold_name(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    let mut cursor = 0;
    while let Some((start, end)) = tokenizer::next_word(name, cursor) {
        if !folded.is_empty() {
            folded.push(' ');
        }
        fold::fold_into(&name[start..end], &mut folded);
        cursor = end;
    }
    folded
}

/// The terms the analyzer makes of `text`, with their positions, as used for queries.
pub fn analyze(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, String)> {
    let mut stream = analyzer.token_stream(text);
    let mut terms = Vec::new();
    while let Some(token) = stream.next() {
        terms.push((token.position, token.text.clone()));
    }
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        analyze(&mut french_analyzer(), text)
            .into_iter()
            .map(|(_, term)| term)
            .collect()
    }

    /// A query for `query` finds `text` when, at each position, they share a form.
    fn same_terms(query: &str, text: &str) {
        let forms = |s: &str| {
            let mut by_position: Vec<(usize, Vec<String>)> = Vec::new();
            for (position, term) in analyze(&mut french_analyzer(), s) {
                match by_position.last_mut() {
                    Some((p, terms)) if *p == position => terms.push(term),
                    _ => by_position.push((position, vec![term])),
                }
            }
            by_position
        };
        let (q, t) = (forms(query), forms(text));
        assert_eq!(q.len(), t.len(), "{query:?} vs {text:?}: {q:?} {t:?}");
        for ((_, a), (_, b)) in q.iter().zip(&t) {
            assert!(
                a.iter().any(|x| b.contains(x)),
                "{query:?} should find {text:?}: {q:?} {t:?}"
            );
        }
    }

    #[test]
    fn plural_and_singular_meet() {
        same_terms("investissements", "investissement");
        same_terms("sociétés", "société");
        same_terms("licenciements", "licenciement");
        same_terms("usines", "usine");
    }

    #[test]
    fn queries_without_accents_find_accented_words() {
        same_terms("teletravail", "télétravail");
        same_terms("societe", "Sociétés");
        same_terms("economie", "économie");
        same_terms("electricite", "électricité");
    }

    #[test]
    fn elisions_are_removed_with_both_apostrophes() {
        same_terms("d’Alibaba", "Alibaba");
        same_terms("d'Alibaba", "Alibaba");
        same_terms("l’État", "état");
        same_terms("jusqu’aujourd’hui", "aujourd'hui");
        same_terms("aujourd'hui", "aujourd’hui");
        assert_eq!(terms("qu’il"), Vec::<String>::new());
    }

    #[test]
    fn stop_words_go_before_folding() {
        assert_eq!(terms("à la même"), Vec::<String>::new());
        // `a` (the verb) is not in the list; folding `à` first would have made it look like one.
        assert_eq!(terms("été").len(), 0);
        assert_eq!(terms("Renault a"), ["renault", "a"]);
    }

    #[test]
    fn numbers_are_kept_as_is() {
        assert_eq!(terms("28 milliards en 2020"), ["28", "milliard", "2020"]);
    }

    #[test]
    fn folded_names_compare_alike() {
        assert_eq!(fold_name("Société  Générale"), "societe generale");
        assert_eq!(fold_name("L’Oréal"), "l'oreal");
        assert_eq!(fold_name("JD.com"), "jd com");
    }
}
