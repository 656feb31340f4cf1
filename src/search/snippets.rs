//! Snippets: the passage of the body that best shows why an article matched, with the matched
//! words marked.
//!
//! tantivy has a snippet generator, but it clones its analyzer for every document and picks
//! fixed windows that start mid-sentence. Here the engine's own analyzer, warm across queries,
//! reads each body once; the window is the one holding the most distinct query words (rare ones
//! weighing more), opened a little before its first match, on a sentence start when one is
//! close, and cut on word boundaries. Only the hits shown get a snippet.

use std::collections::HashMap;
use std::ops::Range;

use tantivy::tokenizer::{TextAnalyzer, TokenStream};
use tantivy::{Searcher, Term};

use crate::ingest::title::shorten;

/// About how long a snippet is, in characters.
pub const SNIPPET_CHARS: usize = 200;

/// How much text to show before the first match, at most, in characters.
const LEAD_CHARS: usize = 60;

/// Text with the ranges (byte offsets into `text`) of the matched words. `text` starts and ends
/// with `…` where the body was cut.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

/// The query's terms and their weights, made once per query.
pub struct Snippets {
    weights: HashMap<String, f32>,
}

/// A matched word in the body: where, which term, how much it counts.
struct Match {
    range: Range<usize>,
    term: usize,
    weight: f32,
}

impl Snippets {
    pub fn new(
        searcher: &Searcher,
        body: tantivy::schema::Field,
        terms: &[String],
    ) -> tantivy::Result<Snippets> {
        let mut weights = HashMap::new();
        for term in terms {
            let doc_freq = searcher.doc_freq(&Term::from_field_text(body, term))?;
            if doc_freq > 0 {
                // Rarer words say more about why this article matched.
                weights.insert(term.clone(), 1.0 / (1.0 + doc_freq as f32).ln_1p());
            }
        }
        Ok(Snippets { weights })
    }

    pub fn make(&self, analyzer: &mut TextAnalyzer, body: &str) -> Snippet {
        let matches = self.matches(analyzer, body);
        if matches.is_empty() {
            return beginning(body);
        }
        let first = best_window(&matches, body);
        let start = window_start(body, matches[first].range.start);
        let end = window_end(body, start);
        let mut text = String::with_capacity(end - start + 8);
        if start > 0 {
            text.push('…');
        }
        let shift = text.len();
        text.push_str(&one_line(&body[start..end]));
        if end < body.trim_end().len() {
            text.push('…');
        }
        let highlights = matches
            .iter()
            .filter(|m| m.range.start >= start && m.range.end <= end)
            .map(|m| m.range.start - start + shift..m.range.end - start + shift)
            .collect();
        Snippet { text, highlights }
    }

    fn matches(&self, analyzer: &mut TextAnalyzer, body: &str) -> Vec<Match> {
        let mut ids: HashMap<&str, usize> = HashMap::new();
        let mut matches: Vec<Match> = Vec::new();
        let mut stream = analyzer.token_stream(body);
        while let Some(token) = stream.next() {
            let Some((term, &weight)) = self.weights.get_key_value(token.text.as_str()) else {
                continue;
            };
            let next_id = ids.len();
            let term = *ids.entry(term.as_str()).or_insert(next_id);
            // A word indexed under two forms matches twice at the same place.
            if matches
                .last()
                .is_some_and(|m| m.range.start == token.offset_from)
            {
                continue;
            }
            matches.push(Match {
                range: token.offset_from..token.offset_to,
                term,
                weight,
            });
        }
        matches
    }
}

/// The index of the match that opens the best window: the one whose following
/// [`SNIPPET_CHARS`] hold the most weight of distinct terms, then the most matches.
fn best_window(matches: &[Match], body: &str) -> usize {
    let mut best = (0usize, f32::MIN, 0usize);
    for first in 0..matches.len() {
        let limit = byte_after_chars(
            body,
            matches[first].range.start,
            SNIPPET_CHARS - LEAD_CHARS / 2,
        );
        let mut seen: Vec<usize> = Vec::new();
        let mut score = 0.0;
        let mut count = 0;
        for m in matches[first..].iter().take_while(|m| m.range.end <= limit) {
            count += 1;
            if !seen.contains(&m.term) {
                seen.push(m.term);
                score += m.weight;
            }
        }
        if score > best.1 || (score == best.1 && count > best.2) {
            best = (first, score, count);
        }
    }
    best.0
}

/// Byte offset `chars` characters after `from` (or the end of `text`).
fn byte_after_chars(text: &str, from: usize, chars: usize) -> usize {
    text[from..]
        .char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| from + i)
}

/// Where to open a window whose first match starts at `first`: at a sentence start within
/// [`LEAD_CHARS`] before it if there is one, else on a word boundary about that far back.
fn window_start(body: &str, first: usize) -> usize {
    let earliest = body[..first]
        .char_indices()
        .rev()
        .nth(LEAD_CHARS - 1)
        .map_or(0, |(i, _)| i);
    if earliest == 0 {
        return 0;
    }
    let lead = &body[earliest..first];
    if let Some(end) = lead.rfind(". ").or_else(|| lead.rfind('\n')) {
        let start = earliest + end + 1;
        return start + body[start..].len() - body[start..].trim_start().len();
    }
    // Past the whole space: a no-break space takes two bytes.
    match lead.char_indices().find(|(_, c)| c.is_whitespace()) {
        Some((space, c)) => earliest + space + c.len_utf8(),
        None => first,
    }
}

/// Where to close a window opened at `start`: about [`SNIPPET_CHARS`] later, after a whole word.
fn window_end(body: &str, start: usize) -> usize {
    let limit = byte_after_chars(body, start, SNIPPET_CHARS);
    if limit >= body.len() {
        return body.trim_end().len();
    }
    let cut = body[start..limit]
        .rfind(char::is_whitespace)
        .map_or(limit, |i| start + i);
    body[start..cut]
        .trim_end_matches([',', ';', ':', ' ', '(', '«'])
        .len()
        + start
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
    use crate::analysis::french_analyzer;

    fn snippets(terms: &[&str]) -> Snippets {
        Snippets {
            weights: terms.iter().map(|t| (t.to_string(), 1.0)).collect(),
        }
    }

    fn marked(snippet: &Snippet) -> String {
        let mut out = String::new();
        let mut cursor = 0;
        for r in &snippet.highlights {
            out.push_str(&snippet.text[cursor..r.start]);
            out.push('[');
            out.push_str(&snippet.text[r.clone()]);
            out.push(']');
            cursor = r.end;
        }
        out.push_str(&snippet.text[cursor..]);
        out
    }

    #[test]
    fn opens_on_the_sentence_of_the_match() {
        let body = format!(
            "{} Le groupe a annoncé un rachat. {}",
            "Préambule sans intérêt. ".repeat(10),
            "Suite. ".repeat(40)
        );
        let snippet = snippets(&["rachat"]).make(&mut french_analyzer(), &body);
        let text = marked(&snippet);
        assert!(
            text.starts_with("…Le groupe a annoncé un [rachat]."),
            "{text}"
        );
        assert!(text.ends_with('…'), "{text}");
    }

    #[test]
    fn prefers_the_window_with_more_distinct_words() {
        let body = format!(
            "Usine seule ici. {} Usine et salariés réunis là. {}",
            "Remplissage neutre. ".repeat(15),
            "Fin. ".repeat(50)
        );
        let snippet = snippets(&["usin", "salari"]).make(&mut french_analyzer(), &body);
        assert!(
            marked(&snippet).contains("[Usine] et [salariés] réunis"),
            "{}",
            marked(&snippet)
        );
    }

    #[test]
    fn words_with_two_forms_are_marked_once() {
        let snippet = snippets(&["electr", "electricit"])
            .make(&mut french_analyzer(), "L’électricité coûte cher.");
        assert_eq!(marked(&snippet), "L’[électricité] coûte cher.");
    }

    #[test]
    fn a_window_opening_on_a_wide_space_keeps_whole_characters() {
        // French typesetting puts no-break spaces (two bytes in UTF-8) before `:`, `;` and
        // inside numbers: the first space of the lead may be one.
        let body = format!(
            "{}\u{a0}{} Le rachat suit.",
            "z".repeat(100),
            "y".repeat(30)
        );
        let snippet = snippets(&["rachat"]).make(&mut french_analyzer(), &body);
        assert_eq!(
            marked(&snippet),
            format!("…{} Le [rachat] suit.", "y".repeat(30))
        );
    }

    #[test]
    fn no_match_gives_the_beginning() {
        let snippet = snippets(&["absent"]).make(&mut french_analyzer(), "Un texte court.");
        assert_eq!(snippet.text, "Un texte court.");
        assert!(snippet.highlights.is_empty());
    }
}
