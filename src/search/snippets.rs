//! Snippets: the part of the body that best shows why an article matched, with the matched
//! words marked.
//!
//! Only the hits shown get a snippet, from the body already read for display, with one
//! generator (and so one analyser) per query: tantivy re-analyses the text to find the matches,
//! and that is the expensive part.

use std::collections::BTreeMap;
use std::ops::Range;

use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Searcher, Term};

use crate::ingest::title::shorten;

/// About how long a snippet is, in characters.
pub const SNIPPET_CHARS: usize = 200;

/// Text with the ranges (byte offsets into `text`) of the matched words. `text` starts and ends
/// with `…` where the body was cut.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

pub struct Snippets {
    generator: SnippetGenerator,
}

impl Snippets {
    pub fn new(
        searcher: &Searcher,
        analyzer: TextAnalyzer,
        body: tantivy::schema::Field,
        terms: &[String],
    ) -> tantivy::Result<Snippets> {
        let mut weights = BTreeMap::new();
        for term in terms {
            let doc_freq = searcher.doc_freq(&Term::from_field_text(body, term))?;
            if doc_freq > 0 {
                // Rarer words make better snippets, as in tantivy's own generator.
                weights.insert(term.clone(), 1.0 / (1.0 + doc_freq as f32));
            }
        }
        Ok(Snippets {
            generator: SnippetGenerator::new(weights, analyzer, body, SNIPPET_CHARS),
        })
    }

    pub fn make(&self, body: &str) -> Snippet {
        let found = self.generator.snippet(body);
        if found.is_empty() {
            return beginning(body);
        }
        let range = found.fragment_range();
        let mut text = String::with_capacity(range.len() + 8);
        if range.start > 0 {
            text.push('…');
        }
        let shift = text.len();
        text.push_str(&one_line(found.fragment()));
        if range.end < body.trim_end().len() {
            text.push('…');
        }
        let highlights = merge(found.highlighted())
            .into_iter()
            .map(|r| r.start + shift..r.end + shift)
            .collect();
        Snippet { text, highlights }
    }
}

/// Sorted, non-overlapping ranges. A word indexed under two forms (see `analysis::stemmer`) is
/// highlighted twice at the same place.
fn merge(ranges: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut sorted = ranges.to_vec();
    sorted.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
    for range in sorted {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// Line breaks inside a snippet would break a result list; each becomes a space (same byte
/// length, so highlight offsets stay right).
fn one_line(text: &str) -> String {
    text.replace(['\n', '\r', '\t'], " ")
}

/// The start of the body, for hits that matched on the title or on a filter only.
pub fn beginning(body: &str) -> Snippet {
    let flat: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    Snippet {
        text: shorten(&flat, SNIPPET_CHARS),
        highlights: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_highlights_merge() {
        assert_eq!(merge(&[5..9, 0..3, 5..9, 8..12]), [0..3, 5..12]);
    }
}
