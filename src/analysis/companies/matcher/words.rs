//! The words of a text as the rules read them ([`words_in`]): folded once, with their case, the
//! separator before them, whether they open a sentence or hold an elided article; and the
//! cheaper readings of one word done before the full one (`single_at`, `fold_key`).

use super::*;

#[inline]
pub(super) fn gap_of(separator: &str) -> Gap {
    if separator == " " {
        return Gap::Space;
    }
    // Only equality matters; a hash of the non-space characters keeps `Gap` small and `Copy`.
    let mut hash: u64 = 0xcbf29ce484222325;
    let mut empty = true;
    for c in separator.chars().filter(|&c| !is_space_or_hyphen(c)) {
        empty = false;
        hash = (hash ^ c as u64).wrapping_mul(0x100000001b3);
    }
    if empty {
        Gap::Space
    } else {
        Gap::Other(hash)
    }
}

pub(super) fn ends_sentence(separator: &str) -> bool {
    // A period glued to the next word is part of a name (`JD.com`), not the end of a sentence.
    separator.contains(['!', '?', '…', '«', '“', '"', ':', '\n', '(', '—', '–'])
        || (separator.contains('.') && separator.contains(char::is_whitespace))
}

/// Whether `word` opens a paragraph glued to the one before, as many exports do (`jeudi.Le
/// gouvernement`, `(selon lui).Le`, `etc...Le`, `la Maison Blanche.Assurant`): a word of
/// lower-case letters, maybe capitalised, a period (maybe after a bracket or other periods), a
/// capital. A period inside a name has no lower-case word of two letters or more before it and
/// a capital after it (`JD.com`, `E.Leclerc`).
pub(super) fn glued_paragraphs(previous: Option<&str>, separator: &str, word: &str) -> bool {
    separator.ends_with('.')
        && !separator.contains(char::is_whitespace)
        && word.starts_with(char::is_uppercase)
        && previous.is_some_and(|p| {
            let mut letters = p.chars();
            let first = letters.next();
            // `Blanche.Assurant`: a capitalised word of three letters or more ends a sentence
            // too, where initials (`E.Leclerc`), `Mr.Bricolage` and a domain's short last part
            // (`Gobbee.Bike`, `Booking.Com`) do not.
            let capitalised = first.is_some_and(char::is_uppercase)
                && p.chars().nth(2).is_some()
                && word.chars().nth(4).is_some();
            (first.is_some_and(|c| c.is_lowercase() || capitalised) && p.chars().nth(1).is_some())
                && letters.all(|c| c.is_lowercase() || is_apostrophe(c))
        })
}

/// Where every word of `text` is: the only work done on every word of an article. The rules
/// need much more about a word (its folded form, its case, what separates it from the word
/// before), but only around the few words that may start a name, see [`Matcher::scan`].
pub(super) fn word_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::with_capacity(text.len() / 6);
    let mut cursor = 0;
    while let Some(span) = next_word_shaped(text, cursor) {
        spans.push(span);
        cursor = span.1;
    }
    spans
}

/// The words `range` of `text`, whose words are at `spans`; their folded forms are written
/// once into `arena`, which they borrow. The first word of the text starts a sentence.
pub(super) fn words_in<'a>(
    text: &'a str,
    spans: &[Span],
    range: std::ops::Range<usize>,
    first_of_text: bool,
    arena: &'a mut String,
    folded_at: &mut Vec<FoldedAt>,
) -> Vec<Word<'a>> {
    arena.clear();
    folded_at.clear();
    // The words borrow their folded forms from `arena` once it is written: until then they hold
    // none, and `folded_at` says where each will be.
    let mut words: Vec<Word<'a>> = Vec::with_capacity(range.len());
    // The separator of the first word: from the word before, or from the start of the text,
    // or, when neither is known, none.
    let mut cursor = match range.start.checked_sub(1) {
        Some(k) => spans[k].1,
        None if first_of_text => 0,
        None => spans.get(range.start).map_or(0, |span| span.0),
    };
    let mut previous = range
        .start
        .checked_sub(1)
        .map(|k| &text[spans[k].0..spans[k].1]);
    let bytes = text.as_bytes();
    for (index, &(start, end, shape)) in spans[range.clone()].iter().enumerate() {
        // Most words follow one space: the separator is only read as text past another.
        let simple_gap = &bytes[cursor..start] == b" ";
        let separator = if simple_gap {
            " "
        } else {
            &text[cursor..start]
        };
        let raw = &text[start..end];
        let simple_word = is_simple_word(raw, shape);
        let (folded, elided) = if simple_word && !second_half_of_start_up(previous, separator, raw)
        {
            (FoldedAt::Text(start, end), 0)
        } else if simple_word {
            let folded_start = arena.len();
            arena.push_str("startup");
            (FoldedAt::Arena(folded_start, arena.len()), 0)
        } else if shape.ascii && !shape.apostrophe {
            // Most capitalised words: folding is lower-casing, with no article to drop.
            let folded_start = arena.len();
            arena.push_str(raw);
            arena[folded_start..].make_ascii_lowercase();
            (FoldedAt::Arena(folded_start, arena.len()), 0)
        } else {
            let folded_start = arena.len();
            fold_into(raw, arena);
            let elided = drop_elision(raw, arena, folded_start);
            (FoldedAt::Arena(folded_start, arena.len()), elided)
        };
        let (capitalized, upper) = case_of(&raw[elided..], simple_word);
        let first_of_text = first_of_text && index == 0;
        folded_at.push(folded);
        words.push(Word {
            folded: "",
            span: start + elided..end,
            capitalized,
            upper,
            sentence_start: first_of_text
                || (!simple_gap
                    && (ends_sentence(separator) || glued_paragraphs(previous, separator, raw))),
            gap_before: if simple_gap {
                Gap::Space
            } else {
                gap_of(separator)
            },
            paren_before: !simple_gap && separator.contains('('),
            lists: std::cell::Cell::new(0),
            definite: elided > 0
                && (raw[..elided].eq_ignore_ascii_case("l'")
                    || raw[..elided].eq_ignore_ascii_case("l’")),
            elided: elided > 0,
            trailing: char_after(text, end),
            plain_space_before: simple_gap
                || (!separator.is_empty() && separator.chars().all(char::is_whitespace)),
        });
        cursor = end;
        previous = Some(raw);
    }
    let arena: &'a str = arena;
    for (word, at) in words.iter_mut().zip(folded_at.iter()) {
        word.folded = match *at {
            FoldedAt::Text(start, end) => &text[start..end],
            FoldedAt::Arena(start, end) => &arena[start..end],
        };
    }
    words
}

/// [`is_simple`] for a word the tokenizer read, told from its shape: of ASCII letters and
/// digits, only capitals lack the `0x20` bit.
#[inline(always)]
pub(super) fn is_simple_word(raw: &str, shape: WordShape) -> bool {
    shape.ascii && !shape.apostrophe && raw.bytes().all(|b| b & 0x20 != 0)
}

/// Whether `raw` is only lower-case ASCII letters and digits: most words are, and are their own
/// folded form.
#[inline(always)]
pub(super) fn is_simple(raw: &str) -> bool {
    raw.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Whether a word starts with a capital or a digit, and whether it is written in capitals, read
/// past its elided article (`core`). A [simple](is_simple) word may start with a digit, and is
/// no word in capitals: only a word that starts with a capital can be one.
#[inline(always)]
pub(super) fn case_of(core: &str, simple: bool) -> (bool, bool) {
    let capitalized = if simple {
        core.as_bytes().first().is_some_and(u8::is_ascii_digit)
    } else {
        starts_with_capital_or_digit(core)
    };
    (capitalized, capitalized && !simple && all_capitals(core))
}

/// The character right after the word ending at `end`, if it is not a space.
#[inline(always)]
pub(super) fn char_after(text: &str, end: usize) -> Option<char> {
    match text.as_bytes().get(end) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text[end..].chars().next(),
    }
    .filter(|c| !c.is_whitespace())
}

/// How many bytes of `raw` an elided article takes (`d’` in `d’Alibaba`), as [`words_in`] drops
/// it; `scratch` is scratch space.
pub(super) fn elided_len(raw: &str, shape: WordShape, scratch: &mut String) -> usize {
    // Only an apostrophe folds to one, and the tokenizer marks the words holding one.
    if !shape.apostrophe {
        return 0;
    }
    scratch.clear();
    fold_into(raw, scratch);
    drop_elision(raw, scratch, 0)
}

/// The name of one word of `entry` that `word` is, and where it starts, past its elided article:
/// what [`Matcher::match_at`] finds on the words from `word` on when no name of several words
/// has the next one second. `scratch` is scratch space.
pub(super) fn single_at<'e>(
    entry: &'e LexiconEntry,
    text: &str,
    word: Span,
    scratch: &mut String,
) -> Option<(&'e Pattern, std::ops::Range<usize>)> {
    let (start, end, shape) = word;
    let raw = &text[start..end];
    let simple = is_simple_word(raw, shape);
    let elided = if simple {
        0
    } else {
        elided_len(raw, shape, scratch)
    };
    let (capitalized, upper) = case_of(&raw[elided..], simple);
    let trailing = char_after(text, end);
    // The word's folded form is the entry's key, which every name of the entry starts with.
    let pattern = entry.single.iter().map(|&k| &entry.patterns[k]).find(|p| {
        let case = match p.case {
            Case::Any => true,
            Case::Capitalized(0) => capitalized,
            Case::Capitalized(_) => false,
        };
        case && (p.trailing.is_none() || p.trailing == trailing)
            && p.contracted.is_none()
            && (!p.acronym[0] || upper)
    })?;
    Some((pattern, start + elided..end))
}

/// `start-up`, four times as frequent in the news as `startup`, is read as two words: the second
/// reads as the company noun, so that `la start-up française Mistral` has its cue.
pub(super) fn second_half_of_start_up(previous: Option<&str>, separator: &str, raw: &str) -> bool {
    raw == "up"
        && matches!(separator, "-" | "‑")
        && previous.is_some_and(|p| p.eq_ignore_ascii_case("start"))
}

/// Writes into `key` the folded form of `raw` without its elided article: `l’Entreprise` →
/// `entreprise`, as the lexicon has it.
#[inline(always)]
pub(super) fn fold_key(raw: &str, key: &mut String) {
    key.clear();
    fold_into(raw, key);
    if key.contains('\'') {
        if let Some(elided) = elided_prefix_len(key) {
            key.drain(..elided);
        }
    }
}

/// `count` words from `word` on, and one more, into `spans`.
pub(super) fn words_ahead(text: &str, word: Span, count: usize, spans: &mut Vec<Span>) {
    spans.clear();
    spans.push(word);
    while spans.len() <= count {
        let Some(span) = next_word_shaped(text, spans[spans.len() - 1].1) else {
            break;
        };
        spans.push(span);
    }
}

/// All the words of `text` (names of the gazetteer are read this way).
pub(super) fn words_of<'a>(text: &'a str, arena: &'a mut String) -> Vec<Word<'a>> {
    let spans = word_spans(text);
    words_in(text, &spans, 0..spans.len(), true, arena, &mut Vec::new())
}

#[inline(always)]
pub(super) fn starts_with_capital_or_digit(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase() || byte.is_ascii_digit(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `word` has letters, all capitals: `SNCF`, `LVMH`, `3M`.
pub(super) fn all_capitals(word: &str) -> bool {
    if word.is_ascii() {
        let mut letters = word.bytes().filter(u8::is_ascii_alphabetic).peekable();
        return letters.peek().is_some() && letters.all(|b| b.is_ascii_uppercase());
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| c.is_uppercase())
}

/// Where a word's folded form is: most words are already lower-case ASCII and are used in
/// place, the others are folded into an arena.
pub(super) enum FoldedAt {
    Text(usize, usize),
    Arena(usize, usize),
}

/// Removes the elided article from the folded word that ends `arena` at `from`
/// (`d’Alibaba` → `alibaba`); returns its length in the raw word.
pub(super) fn drop_elision(raw: &str, arena: &mut String, from: usize) -> usize {
    let folded = &arena[from..];
    if !folded.contains('\'') {
        return 0;
    }
    let Some(elided) = elided_prefix_len(folded) else {
        return 0;
    };
    arena.replace_range(from..from + elided, "");
    // Byte offsets in the raw and folded words agree for the ASCII prefixes `l'`, `qu'`…, but
    // the typographic apostrophe is 3 bytes in the raw word and 1 once folded.
    after_apostrophe(raw)
}

/// Where the part of `raw` after its first apostrophe starts (`Alibaba` in `d’Alibaba`), or 0.
pub(super) fn after_apostrophe(raw: &str) -> usize {
    raw.char_indices()
        .find(|(_, c)| is_apostrophe(*c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}
