//! The gazetteer's names as the matcher looks them up, word by word, without folding the words of
//! the text first: the [`Lexicon`] finds the entries a word may start, by the hash the
//! [`KeyFilter`] took of it; the filter and the [`SecondInitials`] of a name's second word turn
//! most words away before the lexicon is read. Almost every word of an article starts no name,
//! so this is where recognition spends its time, and why the tests here compare each shortcut
//! with the full reading.

use super::*;

/// The entries of the lexicon by the hash [`KeyFilter`] takes of their word: a word of the text
/// is looked up with the hash the filter took of it, and compared with the entry's word, without
/// being folded first.
pub(super) struct Lexicon {
    pub(super) by_hash: FxHashMap<u64, LexiconEntry>,
    /// The entries whose word has the hash of another's, by word: hardly ever any.
    pub(super) shared_hash: FxHashMap<String, LexiconEntry>,
}

impl Lexicon {
    /// The entries of the names starting with each word, each list longest first.
    pub(super) fn new(names: FxHashMap<String, Vec<Pattern>>) -> Lexicon {
        let mut lexicon = Lexicon {
            by_hash: FxHashMap::with_capacity_and_hasher(names.len(), Default::default()),
            shared_hash: FxHashMap::default(),
        };
        for (word, list) in names {
            let entry = lexicon.entry(word);
            let word = std::mem::take(&mut entry.word);
            *entry = LexiconEntry {
                word,
                ..LexiconEntry::new(list)
            };
        }
        lexicon
    }

    /// The entry of `word`, made empty if there is none.
    pub(super) fn entry(&mut self, word: String) -> &mut LexiconEntry {
        let hash = KeyFilter::hash_of(&word, word.is_ascii());
        match self.by_hash.entry(hash) {
            std::collections::hash_map::Entry::Occupied(entry) if entry.get().word != word => {
                self.shared_hash.entry(word).or_default()
            }
            entry => entry.or_insert_with(|| LexiconEntry {
                word,
                ..LexiconEntry::default()
            }),
        }
    }

    /// The entry of a folded word.
    pub(super) fn get(&self, folded: &str) -> Option<&LexiconEntry> {
        self.by_hash
            .get(&KeyFilter::hash_of(folded, folded.is_ascii()))
            .filter(|entry| entry.word == folded)
            .or_else(|| self.shared_hash.get(folded))
    }

    /// The entry of the word written `raw`, without an apostrophe, whose hash is `hash`; `key`
    /// is scratch space.
    #[inline(always)]
    pub(super) fn of_written(
        &self,
        raw: &str,
        hash: u64,
        key: &mut String,
    ) -> Option<&LexiconEntry> {
        let entry = self.by_hash.get(&hash)?;
        if folds_to(raw, &entry.word) {
            return Some(entry);
        }
        if self.shared_hash.is_empty() {
            return None;
        }
        fold_key(raw, key);
        self.shared_hash.get(key.as_str())
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (&str, &LexiconEntry)> {
        self.by_hash
            .values()
            .map(|entry| (entry.word.as_str(), entry))
            .chain(
                self.shared_hash
                    .iter()
                    .map(|(word, entry)| (word.as_str(), entry)),
            )
    }
}

/// Whether `raw` folds to `folded`: ASCII words only need their case ignored.
#[inline(always)]
pub(super) fn folds_to(raw: &str, folded: &str) -> bool {
    if raw.is_ascii() {
        return raw.eq_ignore_ascii_case(folded);
    }
    let mut rest = folded.as_bytes();
    let mut same = true;
    fold_each(raw, |piece| {
        same = same && rest.starts_with(piece.as_bytes());
        if same {
            rest = &rest[piece.len()..];
        }
    });
    same && rest.is_empty()
}

#[derive(Default)]
pub(super) struct LexiconEntry {
    /// Its folded word, in [`Lexicon::by_hash`].
    pub(super) word: String,
    /// The names starting with this word, longest first.
    pub(super) patterns: Vec<Pattern>,
    /// Indexes in `patterns` of the names of several words, by the hash [`KeyFilter`] takes of
    /// their second word: read from the text without folding it. Two words of one hash only
    /// make [`Matcher::match_at`] try more names.
    pub(super) by_second: FxHashMap<u64, Vec<usize>>,
    /// Indexes in `patterns` of the names of one word.
    pub(super) single: Vec<usize>,
    /// Some name needs the word before (`du Parisien`): read the words around at once.
    pub(super) contracted: bool,
    /// What the names need of this word and the next: the cheap test that spares the rules
    /// most words (see [`LexiconEntry::may_start`]).
    pub(super) starts: Vec<Start>,
    /// The most words a name of `patterns` has.
    pub(super) longest: usize,
    /// A noun that introduces a name (`société`).
    pub(super) company_noun: bool,
    /// A legal form written after a name (`SA`).
    pub(super) legal_form: bool,
}

/// What a name needs of its first word and of the next one, read from the raw text only.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) struct Start {
    pub(super) case: Case,
    /// For a name of several words: the folded first letter of the second word, and whether
    /// only spaces or hyphens separate the two (`Air France`, not `JD.com`).
    pub(super) second: Option<(u8, bool)>,
}

impl LexiconEntry {
    pub(super) fn new(patterns: Vec<Pattern>) -> LexiconEntry {
        let mut starts: Vec<Start> = Vec::new();
        for pattern in &patterns {
            let start = Start {
                case: pattern.case,
                second: pattern
                    .words
                    .get(1)
                    .map(|second| (second.as_bytes()[0], pattern.gaps[0] == Gap::Space)),
            };
            if !starts.contains(&start) {
                starts.push(start);
            }
        }
        let mut by_second: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        let mut single = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            match pattern.words.get(1) {
                Some(second) => by_second
                    .entry(KeyFilter::hash_of(second, second.is_ascii()))
                    .or_default()
                    .push(index),
                None => single.push(index),
            }
        }
        LexiconEntry {
            contracted: patterns.iter().any(|p| p.contracted.is_some()),
            longest: patterns.iter().map(|p| p.words.len()).max().unwrap_or(1),
            patterns,
            by_second,
            single,
            starts,
            ..LexiconEntry::default()
        }
    }

    /// The names that may start here, longest first, given the next word: `la` has hundreds of
    /// names, and only those whose second word is the next one can match.
    #[inline]
    pub(super) fn candidates<'e>(
        &'e self,
        next: Option<&str>,
    ) -> impl Iterator<Item = &'e Pattern> + 'e {
        next.and_then(|next| {
            self.by_second
                .get(&KeyFilter::hash_of(next, next.is_ascii()))
        })
        .into_iter()
        .flatten()
        .chain(&self.single)
        .map(|&index| &self.patterns[index])
    }

    /// The names of several words whose second word is `raw`, as written in the text; `key` is
    /// scratch space.
    pub(super) fn by_second_word(
        &self,
        raw: &str,
        shape: WordShape,
        key: &mut String,
    ) -> Option<&[usize]> {
        // The hash of a word is that of its folded form, but for an elided article, which
        // only folding drops.
        let hash = if shape.apostrophe {
            fold_key(raw, key);
            KeyFilter::hash_of(key, key.is_ascii())
        } else {
            KeyFilter::hash_of(raw, shape.ascii)
        };
        self.by_second.get(&hash).map(Vec::as_slice)
    }

    /// Whether a name may start at `word`, followed by `next` after its separator. Never false
    /// where [`Matcher::match_at`] or [`guess_at`] could succeed.
    #[inline]
    pub(super) fn may_start(&self, word: &Written, next: Option<(&str, &Written)>) -> bool {
        if self.company_noun || (self.legal_form && word.capitalized) {
            return true;
        }
        // `la` starts hundreds of names: what the next word offers is read once.
        let next = next.map(|(separator, n)| {
            let initial = folded_initial(n.raw);
            let unknown_initial = n.raw.as_bytes()[0] >= 0x80 && initial.is_none();
            (
                is_space_gap(separator),
                initial,
                folded_initial(n.core),
                unknown_initial,
                n,
            )
        });
        self.starts.iter().any(|start| {
            let case = match start.case {
                Case::Any => true,
                Case::Capitalized(0) => word.capitalized,
                Case::Capitalized(_) => next.is_some_and(|(.., n)| n.capitalized),
            };
            let Some((initial, space)) = start.second else {
                return case;
            };
            case && next.is_some_and(|(space_gap, raw_initial, core_initial, unknown, _)| {
                space_gap == space
                    && (raw_initial == Some(initial) || core_initial == Some(initial) || unknown)
            })
        })
    }

    /// The initials of the second words its names may go on with, as [`SecondInitials`] keeps
    /// them: any, when a name of one word or a guessed one may start here.
    pub(super) fn second_initials(&self) -> u32 {
        if self.company_noun || self.legal_form {
            return SecondInitials::ANY;
        }
        self.starts.iter().fold(0, |bits, start| {
            bits | match (start.second, start.case) {
                (Some((initial, _)), _) => SecondInitials::bit(initial),
                (None, Case::Capitalized(_)) => SecondInitials::ONE_WORD_CAPITALIZED,
                (None, Case::Any) => SecondInitials::ANY,
            }
        })
    }

    /// How many words the rules read before and after a name starting here.
    pub(super) fn context(&self) -> (usize, usize) {
        // A press group is cited through its papers, words back: `dans les quotidiens régionaux
        // du groupe Ebra`.
        let outlet = self.patterns.iter().any(|p| p.outlet || p.media);
        let before = if outlet { OUTLET_CONTEXT } else { CONTEXT };
        let after = if self.company_noun {
            GUESS_AFTER
        } else {
            before
        };
        (before, after)
    }

    /// What the names starting with this word need of the text.
    pub(super) fn needs(&self) -> impl Iterator<Item = Need> + '_ {
        let nouns = self.company_noun.then_some(Need::Nothing);
        let forms = self.legal_form.then_some(Need::Capital);
        let names = self.starts.iter().map(|start| match start.case {
            Case::Any => Need::Nothing,
            Case::Capitalized(0) => Need::Capital,
            Case::Capitalized(_) => Need::CapitalNext,
        });
        nouns.into_iter().chain(forms).chain(names)
    }
}

/// A word as written, with what the cheap tests of [`Matcher::scan`] need: computed once for
/// every word, so kept to a glance at its first bytes.
#[derive(Clone, Copy)]
pub(super) struct Written<'a> {
    pub(super) raw: &'a str,
    /// The word after an apostrophe (`Alibaba` in `d’Alibaba`), else the word.
    pub(super) core: &'a str,
    /// Whether the rules may find the word capitalised: `d’Alibaba` is.
    pub(super) capitalized: bool,
    /// Only ASCII bytes.
    pub(super) ascii: bool,
}

impl<'a> Written<'a> {
    #[inline(always)]
    pub(super) fn new(raw: &'a str, shape: WordShape) -> Written<'a> {
        let core = if shape.apostrophe {
            &raw[after_apostrophe(raw)..]
        } else {
            raw
        };
        let capital = |word: &str| match word.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase() || b.is_ascii_digit(),
            Some(_) => starts_with_capital_or_digit(word),
            None => false,
        };
        Written {
            raw,
            core,
            ascii: shape.ascii,
            capitalized: capital(raw) || (core.len() != raw.len() && capital(core)),
        }
    }
}

/// What [`gap_of`] calls [`Gap::Space`].
pub(super) fn is_space_gap(separator: &str) -> bool {
    separator.chars().all(is_space_or_hyphen)
}

/// What the names starting with a word need of the text, for [`KeyFilter`].
#[derive(Clone, Copy)]
pub(super) enum Need {
    /// Nothing: `société`, `eBay`.
    Nothing = 0,
    /// A capital on this word: `Total`, `SA`.
    Capital = 1,
    /// A capital on the next word: `la Poste`.
    CapitalNext = 2,
    /// Not a name: an adjective of nationality between a company noun and a name (`la
    /// société américaine Lubrizol`).
    Nationality = 3,
}

impl Need {
    /// Its bit among a word's needs: four needs fit in half a byte (see [`KeyFilter`]).
    pub(super) fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// Which words may be in the lexicon, answered from the raw word without allocating: most words
/// of a text start no name. Keyed by a hash of the word's folded form, computed from the raw
/// bytes as they are read (`Macron` and `Maison` share their length and three letters, which an
/// earlier key of a few bytes could not tell apart). Two slots, taken from each end of the
/// hash, hold one bit per [`Need`] of the keys there, the first slot's in the low half of its
/// byte and the second's in the high half: a word is asked about with two reads, whatever it may
/// need, in one table that stays in cache.
pub(super) struct KeyFilter {
    pub(super) slots: Vec<u8>,
}

impl KeyFilter {
    /// Slots, as a power of two: enough that few words pass that no key has.
    const BITS: u32 = 16;

    pub(super) fn new() -> KeyFilter {
        KeyFilter {
            slots: vec![0; 1 << Self::BITS],
        }
    }

    /// The hash of a word's folded form: the same for `Société` and `societe`.
    #[inline(always)]
    pub(super) fn hash_of(raw: &str, ascii: bool) -> u64 {
        let mut hash = FoldedHash::default();
        if ascii {
            let bytes = raw.as_bytes();
            let mut at = 0;
            while let Some(chunk) = eight_bytes(bytes, at) {
                hash.write_eight(chunk);
                at += 8;
            }
            hash.write_last(&bytes[at..]);
        } else {
            fold_each(raw, |folded| folded.bytes().for_each(|b| hash.write(b)));
        }
        hash.finish()
    }

    /// The two slots of a hash, from its two ends.
    pub(super) fn slots_of(hash: u64) -> [usize; 2] {
        let mask = (1u64 << Self::BITS) - 1;
        [
            (hash >> (64 - Self::BITS)) as usize,
            ((hash >> 16) & mask) as usize,
        ]
    }

    /// What the keys that may be written like the word of this hash need, one bit per [`Need`].
    pub(super) fn needs(&self, hash: u64) -> u8 {
        let [first, second] = Self::slots_of(hash);
        self.slots[first] & (self.slots[second] >> 4)
    }

    /// Adds a key, folded as the lexicon has it.
    pub(super) fn insert(&mut self, key: &str, need: Need) {
        let [first, second] = Self::slots_of(Self::hash_of(key, key.is_ascii()));
        self.slots[first] |= need.bit();
        self.slots[second] |= need.bit() << 4;
    }

    /// False when no lexicon word with this need could be written `raw`.
    #[inline(always)]
    pub(super) fn may_hold(&self, raw: &str, ascii: bool, need: Need) -> bool {
        self.needs(Self::hash_of(raw, ascii)) & need.bit() != 0
    }
}

/// The initials of the second words that the names starting with a word may have, one bit per
/// letter, by the word's hash as [`KeyFilter`] computes it: `Il` goes on only with `Sole`,
/// `Messaggero` or `Giornale`, so `Il a` is no name, told without looking `il` up. Words that
/// share a slot share their bits, which only lets more words through.
pub(super) struct SecondInitials(pub(super) u32);

impl SecondInitials {
    /// A name of one word written in any case may start here, or a guessed one: any word, or
    /// none, may follow.
    const ANY: u32 = u32::MAX;
    /// A name of one word may start here if the word is capitalised (`Total`, not `à` for `A`).
    const ONE_WORD_CAPITALIZED: u32 = 1 << 28;
    /// The bit of digits, then of any other initial.
    const DIGIT: u32 = 26;
    const OTHER: u32 = 27;

    pub(super) fn bit(initial: u8) -> u32 {
        1 << match initial {
            b'a'..=b'z' => u32::from(initial - b'a'),
            b'0'..=b'9' => Self::DIGIT,
            _ => Self::OTHER,
        }
    }

    /// Whether a name may start at `word` and go on with `next` (`None` at the end of the
    /// text), as far as initials tell: never false where [`LexiconEntry::may_start`] is true.
    #[inline(always)]
    pub(super) fn may_go_on_with(&self, word: &Written, next: Option<&Written>) -> bool {
        if self.0 == Self::ANY || (word.capitalized && self.0 & Self::ONE_WORD_CAPITALIZED != 0) {
            return true;
        }
        let Some(next) = next else { return false };
        let initial = folded_initial(next.raw);
        // An initial without a folded form is compared as a whole character by the lexicon.
        if initial.is_none() && next.raw.as_bytes()[0] >= 0x80 {
            return true;
        }
        let bits = initial.map_or(0, Self::bit) | folded_initial(next.core).map_or(0, Self::bit);
        self.0 & bits != 0
    }
}

/// [`SecondInitials`] of every key, by slot: as many slots as [`KeyFilter`] has.
pub(super) struct SecondInitialsTable {
    pub(super) slots: Vec<u32>,
}

impl SecondInitialsTable {
    pub(super) fn new() -> SecondInitialsTable {
        SecondInitialsTable {
            slots: vec![0; 1 << KeyFilter::BITS],
        }
    }

    pub(super) fn insert(&mut self, key: &str, initials: u32) {
        self.slots[Self::slot_of(KeyFilter::hash_of(key, key.is_ascii()))] |= initials;
    }

    #[inline(always)]
    pub(super) fn of(&self, hash: u64) -> SecondInitials {
        SecondInitials(self.slots[Self::slot_of(hash)])
    }

    /// A slot from the hash's middle bits: [`KeyFilter`] takes its slots from its two ends.
    pub(super) fn slot_of(hash: u64) -> usize {
        ((hash >> 24) & ((1 << KeyFilter::BITS) - 1)) as usize
    }
}

/// A hash of bytes read eight at a time, the same whether they come in one by one (folded
/// letters) or as a whole chunk (a word that is already ASCII). Each byte is taken with its
/// `0x20` bit set, which lower-cases ASCII letters and leaves digits and apostrophes alone:
/// other bytes may then collide, which only lets a word through to the lexicon.
#[derive(Default)]
pub(super) struct FoldedHash {
    pub(super) hash: u64,
    pub(super) chunk: u64,
    pub(super) filled: u32,
}

impl FoldedHash {
    const LOWER: u64 = 0x2020_2020_2020_2020;

    #[inline]
    pub(super) fn write(&mut self, byte: u8) {
        self.chunk |= u64::from(byte | 0x20) << (8 * self.filled);
        self.filled += 1;
        if self.filled == 8 {
            self.mix(self.chunk);
            self.chunk = 0;
            self.filled = 0;
        }
    }

    /// Eight bytes at once; only when no byte is waiting.
    #[inline]
    pub(super) fn write_eight(&mut self, bytes: u64) {
        debug_assert_eq!(self.filled, 0);
        self.mix(bytes | Self::LOWER);
    }

    /// Fewer than eight bytes at once, the last ones; only when no byte is waiting.
    #[inline]
    pub(super) fn write_last(&mut self, bytes: &[u8]) {
        debug_assert!(self.filled == 0 && bytes.len() < 8);
        // Two reads that may overlap, of the first and the last bytes: no loop, no copy.
        let n = bytes.len();
        let read = |at: usize, width: usize| {
            bytes[at..at + width]
                .iter()
                .rev()
                .fold(0u64, |chunk, &b| (chunk << 8) | u64::from(b))
        };
        let chunk = match n {
            4.. => read(0, 4) | (read(n - 4, 4) << (8 * (n - 4))),
            2.. => read(0, 2) | (read(n - 2, 2) << (8 * (n - 2))),
            1 => read(0, 1),
            _ => 0,
        };
        let mask = (1u64 << (8 * n)) - 1;
        self.chunk = (chunk | Self::LOWER) & mask;
        self.filled = bytes.len() as u32;
    }

    #[inline]
    pub(super) fn mix(&mut self, chunk: u64) {
        self.hash = (self.hash ^ chunk)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(26);
    }

    pub(super) fn finish(mut self) -> u64 {
        // The bytes of a chunk are never zero, so a short last chunk differs from a longer one.
        self.mix(self.chunk ^ u64::from(self.filled));
        let hash = (self.hash ^ (self.hash >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        hash ^ (hash >> 32)
    }
}
