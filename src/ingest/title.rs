//! Titles for articles that have none: the first sentence, cut cleanly.
//!
//! Our first users' files have no title line, and some JSON feeds have an empty one. A result
//! list of file names would be unreadable; the first sentence of a news article is written to
//! say what happened, so it makes a good headline.

/// The longest title made from a first sentence, in characters.
pub const MAX_TITLE_CHARS: usize = 120;

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "M", "MM", "Mme", "Mmes", "Mlle", "Dr", "Pr", "St", "Ste", "av", "env", "etc", "cf", "p", "no",
    "art", "vol", "Cie", "Inc", "Corp", "Co", "Ltd", "J.-C", "jr", "Jr", "Sr", "Me", "Mgr",
];

pub fn first_sentence(body: &str) -> String {
    let text: String = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let end = sentence_end(&text).unwrap_or(text.len());
    let sentence = text[..end].trim_end_matches(['.', ' ']).trim();
    shorten(sentence, MAX_TITLE_CHARS)
}

/// Byte index just past the first sentence's final punctuation.
fn sentence_end(text: &str) -> Option<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(offset, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let ends = match next {
            None => true,
            Some(n) if n.is_whitespace() => true,
            // Glued paragraphs: "jeudi.Le gouvernement".
            Some(n) => n.is_uppercase() && c == '.' && !is_initial(text, offset),
        };
        if ends && !(c == '.' && is_abbreviation(text, offset)) {
            return Some(offset + c.len_utf8());
        }
    }
    None
}

fn word_before(text: &str, offset: usize) -> &str {
    let before = &text[..offset];
    let start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '«')
        .map_or(0, |i| i + 1);
    &before[start..]
}

fn is_abbreviation(text: &str, offset: usize) -> bool {
    let word = word_before(text, offset);
    ABBREVIATIONS.contains(&word)
        || is_initial(text, offset)
        || word.ends_with(char::is_numeric) && text[offset + 1..].starts_with(char::is_numeric)
}

/// `J. Smith`, `U.S.`: a single capital before the period.
fn is_initial(text: &str, offset: usize) -> bool {
    let word = word_before(text, offset);
    let last = word.rsplit('.').next().unwrap_or(word);
    let mut chars = last.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Cuts `text` to at most `max` characters on a word boundary, adding `…` when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let limit = text
        .char_indices()
        .nth(max - 1)
        .map_or(text.len(), |(i, _)| i);
    let cut = text[..limit]
        .rfind(char::is_whitespace)
        .filter(|&i| i > limit / 2)
        .unwrap_or(limit);
    let kept = text[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—(".contains(c));
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_the_first_sentence() {
        assert_eq!(
            first_sentence("Le groupe Renault a dévoilé un plan. Il prévoit 2 milliards."),
            "Le groupe Renault a dévoilé un plan"
        );
    }

    #[test]
    fn abbreviations_and_decimals_do_not_end_it() {
        assert_eq!(
            first_sentence("M. Dupont annonce 1.5 milliard pour J. Smith. Suite."),
            "M. Dupont annonce 1.5 milliard pour J. Smith"
        );
    }

    #[test]
    fn glued_paragraphs_end_it() {
        assert_eq!(
            first_sentence("Annonce faite jeudi.Le gouvernement"),
            "Annonce faite jeudi"
        );
    }

    #[test]
    fn long_sentences_are_cut_on_a_word() {
        let long = "mot ".repeat(60);
        let title = first_sentence(&long);
        assert!(title.chars().count() <= MAX_TITLE_CHARS);
        assert!(title.ends_with("mot…"), "{title}");
    }
}
