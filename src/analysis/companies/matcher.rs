//! Finds gazetteer names in running text and decides, from the words around each, whether it
//! really is the company.
//!
//! One pass over the words: at each word, the patterns starting with that (folded) word are tried
//! longest first, so `Airbus Helicopters` wins over `Airbus`. Each hit is then judged:
//!
//! | rule | handles |
//! |---|---|
//! | case: a capitalised name needs a capital in the text, an acronym needs capitals | `au total`, `la couleur orange`, `free` |
//! | a cue word nearby (groupe, opérateur, PDG de, action…) confirms any name | `le groupe Bouygues`, `l’opérateur Orange` |
//! | person names: a capitalised word just before (`Martin Bouygues`), or `X de` (`Léonard de Vinci`) rejects | family names |
//! | a word just before that names people or places (famille, M., ville, maire, guide…) rejects | `la famille Dassault`, `le guide Michelin`, `la ville d’Orange` |
//! | `Orange (Vaucluse)`: a place followed by a capitalised word in brackets rejects | towns |
//! | a risky name at the start of a sentence, a place after `à`, or a shared name (`Dassault`) waits for evidence | `Total, c’est…`, `à Orange` |
//! | waiting names are kept when the same company is confirmed elsewhere in the article | second mentions |
//! | a first name followed by a capitalised word (`Nicolas Hulot`) rejects a person-risky name | given names |
//! | a media or a platform cited as a source or a medium (`selon Le Parisien`, `sur Twitter`, `Le Monde révèle`) is not an actor | citations |
//! | `un`, `une`, a possessive, a demonstrative or an object noun before the name makes it a product (`une Mercedes`, `véhicule Mercedes`) | products |
//! | a common word or a place right after a capitalised word is part of another name | `Single Malt`, `United Arab Emirates` |
//! | a common word after `le`, `la`, `du`… waits for evidence | `le Printemps marseillais`, `le SMIC` |
//! | `La Poste`, `Le Monde`: the capital is looked for on the word after the article | `la Poste` in running text |
//! | a name ending in `+` or `&` needs it in the text (`Canal+`, not the Canal de Suez) | punctuation |
//!
//! Names the gazetteer does not know are guessed after a company noun or before a legal form
//! (`la société Lubrizol`, `Acme SA`): see [`Matcher::scan`].

use rustc_hash::FxHashMap;

use super::gazetteer::{Gazetteer, Risk};
use crate::analysis::elision::elided_prefix_len;
use crate::analysis::fold::fold_into;
use crate::analysis::tokenizer::next_word;

/// Words that, near a name, say it is a company.
const CUES: &[&str] = &[
    "groupe",
    "societe",
    "entreprise",
    "firme",
    "compagnie",
    "operateur",
    "constructeur",
    "petrolier",
    "geant",
    "filiale",
    "maison",
    "enseigne",
    "marque",
    "laboratoire",
    "banque",
    "assureur",
    "distributeur",
    "chez",
    "action",
    "actions",
    "titre",
    "pdg",
    "patron",
    "patronne",
    "president",
    "presidente",
    "directeur",
    "directrice",
    "dirigeant",
    "dirigeants",
    "fondateur",
    "rachat",
    "concurrent",
    "concurrents",
    "rival",
    "client",
    "fournisseur",
    "partenaire",
    "actionnaire",
    "actionnaires",
    "equipementier",
    "energeticien",
    "chimiste",
    "siderurgiste",
    "avionneur",
    "motoriste",
    "fabricant",
    "cabinet",
    "plateforme",
    "holding",
    "conglomerat",
    "salaries",
    "usine",
    "usines",
    "cotation",
    "bourse",
    "ceo",
    "numero",
    "leader",
    "specialiste",
    "editeur",
    "opérateurs",
    "transporteur",
    "armateur",
    "industriel",
    "fonds",
    "conseil",
];

/// Words that, just before a name, say it is a person or a place.
const NOT_A_COMPANY_BEFORE: &[&str] = &[
    "famille",
    "freres",
    "soeurs",
    "fils",
    "fille",
    "epouse",
    "veuve",
    "m",
    "mme",
    "mmes",
    "mm",
    "monsieur",
    "madame",
    "ville",
    "commune",
    "maire",
    "habitants",
    "guide",
    "etoile",
    "etoiles",
    "rue",
    "avenue",
    "boulevard",
    "place",
    "lycee",
    "college",
    "ecole",
    "stade",
    "pont",
    "heritier",
    "heritiere",
    "heritiers",
    "clan",
    "dynastie",
    "saint",
    "sainte",
];

/// Capitalised words that start sentences without being first names.
const SENTENCE_STARTERS: &[&str] = &[
    "selon",
    "chez",
    "pour",
    "avec",
    "apres",
    "depuis",
    "mais",
    "et",
    "car",
    "donc",
    "ainsi",
    "comme",
    "contrairement",
    "face",
    "outre",
    "quant",
    "pendant",
    "avant",
    "malgre",
    "sans",
    "sous",
    "sur",
    "dans",
    "par",
    "entre",
    "contre",
    "vers",
    "hier",
    "demain",
    "cette",
    "ce",
    "cet",
    "ces",
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "au",
    "aux",
    "de",
    "en",
    "si",
    "quand",
    "alors",
    "enfin",
    "puis",
    "or",
    "pourtant",
    "cependant",
    "toutefois",
    "lorsque",
    "leur",
    "son",
    "sa",
    "ses",
    "notre",
    "nos",
    "a",
    "o",
    "ni",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "finalement",
    "meme",
    "aussi",
    "encore",
    "egalement",
    "toujours",
    "deja",
    "desormais",
    "ensuite",
    "notamment",
    "voici",
    "voila",
    "ici",
    "oui",
    "non",
    "il",
    "elle",
    "ils",
    "elles",
    "rival",
    "concurrent",
];

/// Particles of family names: `Léonard de Vinci`, `Vincent van Gogh`.
const NAME_PARTICLES: &[&str] = &["de", "da", "di", "del", "van", "von", "der"];

/// Words just before a media or platform name that make it a source or a medium, not an actor.
const CITATION_BEFORE: &[&str] = &[
    "selon",
    "apres",
    "sur",
    "dans",
    "a",
    "au",
    "aux",
    "par",
    "plateau",
    "micro",
    "antenne",
    "colonnes",
    "interview",
    "entretien",
    "rappelle",
    "ecrit",
    "souligne",
    "note",
    "assure",
    "affirme",
    "relate",
    "detaille",
    "consulte",
    "consultee",
    "repere",
    "reperee",
    "releve",
    "pour",
    "dont",
    "site",
    "informations",
    "information",
    "source",
    "sources",
    "quotidien",
    "journal",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "confrere",
    "confreres",
    "redaction",
    "interroge",
    "interrogee",
    "cite",
    "citee",
    "cites",
    "confie",
    "confiait",
    "declare",
    "explique",
    "indique",
    "precise",
    "raconte",
    "rapporte",
    "revele",
    "relaye",
    "publie",
    "publiee",
    "journaliste",
    "editorialiste",
    "chroniqueur",
    "invite",
    "invitee",
    "lecteurs",
];

/// Words just before a platform name that make it a medium (`sur Twitter`, `son compte
/// Instagram`), not an actor.
const MEDIUM_BEFORE: &[&str] = &[
    "sur",
    "via",
    "compte",
    "comptes",
    "page",
    "groupe",
    "profil",
    "publication",
    "message",
    "post",
    "video",
    "tweet",
    "live",
    "application",
    "appli",
    "chaine",
    "anime",
];

/// Nouns of objects just before a brand: `véhicule Mercedes`, `avion Airbus`.
const PRODUCT_NOUNS: &[&str] = &[
    "vehicule",
    "voiture",
    "van",
    "camion",
    "camionnette",
    "berline",
    "citadine",
    "utilitaire",
    "moto",
    "scooter",
    "smartphone",
    "telephone",
    "portable",
    "ordinateur",
    "tablette",
    "montre",
    "sac",
    "baskets",
    "avion",
    "appareil",
    "modele",
];

/// Words skipped when looking for what stands before a name (`révèle le New York Times`).
const PARTICLES: &[&str] = &["le", "la", "les", "de", "du", "des"];

/// Verbs just after a media name that make it the source of what follows (`Le Monde révèle`).
const CITATION_AFTER: &[&str] = &[
    "rapporte",
    "revele",
    "indique",
    "precise",
    "affirme",
    "assure",
    "explique",
    "ecrit",
    "raconte",
    "relate",
    "relaie",
    "cite",
    "note",
    "souligne",
    "detaille",
    "evoque",
    "rappelle",
    "rapportent",
    "revelent",
    "indiquent",
    "precisent",
    "affirment",
    "assurent",
    "expliquent",
    "ecrivent",
    "racontent",
    "relatent",
    "relaient",
    "citent",
    "notent",
    "soulignent",
    "detaillent",
    "evoquent",
    "rappellent",
];

/// Definite articles: `le Printemps marseillais`, `sur le SMIC` are common words written with a
/// capital, not the companies of the same name.
const DEFINITE_ARTICLES: &[&str] = &["le", "la", "les", "du", "au", "aux"];

/// Determiners that make a brand an object: `une Mercedes`, `son iPhone`, `cette Peugeot`.
const PRODUCT_DETERMINERS: &[&str] = &[
    "un", "une", "sa", "son", "ses", "leur", "leurs", "ma", "mon", "mes", "ta", "ton", "tes",
    "notre", "nos", "votre", "vos", "cette", "cet",
];

/// French articles at the start of a name: the capital that matters is on the next word.
const NAME_ARTICLES: &[&str] = &["le", "la", "les"];

/// Nouns that introduce a company by name (`la société Lubrizol`, `le laboratoire Servier`).
/// `groupe` is left out: it also introduces parliamentary groups, bands and militias.
const COMPANY_NOUNS: &[&str] = &[
    "societe",
    "entreprise",
    "startup",
    "firme",
    "pme",
    "enseigne",
    "laboratoire",
    "constructeur",
    "fabricant",
    "equipementier",
    "distributeur",
    "assureur",
    "transporteur",
    "armateur",
    "editeur",
    "industriel",
    "chimiste",
    "brasseur",
    "volailler",
    "promoteur",
    "cabinet",
    // `start-up` is cut in two words.
    "up",
];

/// Adjectives of nationality that may stand between the noun and the name (`la société
/// américaine Lubrizol`).
const NATIONALITIES: &[&str] = &[
    "francais",
    "francaise",
    "americain",
    "americaine",
    "chinois",
    "chinoise",
    "britannique",
    "allemand",
    "allemande",
    "japonais",
    "japonaise",
    "suisse",
    "italien",
    "italienne",
    "espagnol",
    "espagnole",
    "neerlandais",
    "neerlandaise",
    "suedois",
    "suedoise",
    "coreen",
    "coreenne",
    "indien",
    "indienne",
    "canadien",
    "canadienne",
    "belge",
    "russe",
    "israelien",
    "israelienne",
    "danois",
    "danoise",
    "norvegien",
    "norvegienne",
    "australien",
    "australienne",
    "bresilien",
    "bresilienne",
    "europeen",
    "europeenne",
    "familiale",
    "familial",
];

/// Legal forms written after a company's name (`Acme SA`, `Globex Inc.`).
const LEGAL_FORMS: &[&str] = &[
    "sa", "sas", "sarl", "sasu", "inc", "ltd", "gmbh", "ag", "nv", "spa", "plc", "llc", "corp",
];

/// Words before a place name that make it a place rather than a company (`à Orange`).
const PLACE_PREPOSITIONS: &[&str] = &["a", "pres", "vers", "depuis"];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Any,
    /// This word of the name must start with a capital (`Total`, not `total`; `la Poste`).
    Capitalized(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// Spaces or hyphens: `Saint-Gobain` = `Saint Gobain`.
    Space,
    /// Anything else must be the same: `JD.com`, `AT&T`.
    Other(u64),
}

#[derive(Debug)]
struct Pattern {
    words: Vec<String>,
    gaps: Vec<Gap>,
    /// Per word: must it be written in capitals (`EDF`, `BNP`)?
    acronym: Vec<bool>,
    case: Case,
    /// Punctuation the name ends with and the text must have too (`Canal+`).
    trailing: Option<char>,
    company: usize,
    risk: Risk,
    /// A newspaper or broadcaster: it may be cited as a source rather than be an actor.
    media: bool,
    /// An online platform or app: it may be where something was said rather than an actor
    /// (`sur Twitter`, `sur Zoom`).
    platform: bool,
}

/// One word of the text, with what the rules need to know about it.
#[derive(Debug)]
struct Word<'a> {
    folded: &'a str,
    /// Where the word is in the text, without its elided article.
    span: std::ops::Range<usize>,
    capitalized: bool,
    upper: bool,
    sentence_start: bool,
    gap_before: Gap,
    paren_before: bool,
    /// The character right after the word, if it is not a space.
    trailing: Option<char>,
    /// Only spaces separate it from the word before (not `-`: `Renault-Nissan`).
    plain_space_before: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Company,
    NeedsEvidence,
    NotCompany,
}

/// What [`Matcher::scan`] found in an article.
pub struct Scan {
    /// Gazetteer indexes, in order of first mention, with the words the text used.
    pub found: Vec<(usize, String)>,
    /// Names of companies the gazetteer does not know, introduced by a strong cue: `la société
    /// Lubrizol`, `l'entreprise familiale Bigard`, `Acme SA`. Less sure than gazetteer names.
    pub guessed: Vec<String>,
}

pub struct Matcher {
    /// Every folded word that starts a name or introduces a guessed one: one lookup per word.
    lexicon: FxHashMap<String, LexiconEntry>,
}

#[derive(Default)]
struct LexiconEntry {
    /// The names starting with this word, longest first.
    patterns: Vec<Pattern>,
    /// A noun or a legal form that introduces a name (`société`, `SA`).
    guess_cue: bool,
}

fn gap_of(separator: &str) -> Gap {
    if separator == " " {
        return Gap::Space;
    }
    // Only equality matters; a hash of the non-space characters keeps `Gap` small and `Copy`.
    let mut hash: u64 = 0xcbf29ce484222325;
    let mut empty = true;
    for c in separator
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '‑')
    {
        empty = false;
        hash = (hash ^ c as u64).wrapping_mul(0x100000001b3);
    }
    if empty {
        Gap::Space
    } else {
        Gap::Other(hash)
    }
}

fn ends_sentence(separator: &str) -> bool {
    // A period glued to the next word is part of a name (`JD.com`), not the end of a sentence.
    separator.contains(['!', '?', '…', '«', '“', '"', ':', '\n', '(', '—', '–'])
        || (separator.contains('.') && separator.contains(char::is_whitespace))
}

/// The words of `text`; their folded forms are written once into `arena`, which they borrow.
///
/// This runs on every word of every article, so the common case is kept cheap: a single space
/// before the word, a lower-case ASCII word (folding is then a copy, and it cannot be an
/// acronym).
fn words_of<'a>(text: &'a str, arena: &'a mut String) -> Vec<Word<'a>> {
    arena.clear();
    let mut shapes: Vec<(FoldedAt, Word<'a>)> = Vec::with_capacity(text.len() / 6);
    let mut cursor = 0;
    while let Some((start, end)) = next_word(text, cursor) {
        let separator = &text[cursor..start];
        let raw = &text[start..end];
        let simple_word = raw
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        let (folded, elided) = if simple_word {
            (FoldedAt::Text(start, end), 0)
        } else {
            let folded_start = arena.len();
            fold_into(raw, arena);
            let elided = drop_elision(raw, arena, folded_start);
            (FoldedAt::Arena(folded_start, arena.len()), elided)
        };
        let core = &raw[elided..];
        let capitalized = core
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        // Only a word that starts with a capital can be written in capitals.
        let upper = capitalized && {
            let mut letters = core.chars().filter(|c| c.is_alphabetic()).peekable();
            letters.peek().is_some() && letters.all(|c| c.is_uppercase())
        };
        let simple_gap = separator == " ";
        shapes.push((
            folded,
            Word {
                folded: "",
                span: start + elided..end,
                capitalized,
                upper,
                sentence_start: shapes.is_empty() || (!simple_gap && ends_sentence(separator)),
                gap_before: if simple_gap {
                    Gap::Space
                } else {
                    gap_of(separator)
                },
                paren_before: !simple_gap && separator.contains('('),
                trailing: text[end..].chars().next().filter(|c| !c.is_whitespace()),
                plain_space_before: simple_gap
                    || (!separator.is_empty() && separator.chars().all(char::is_whitespace)),
            },
        ));
        cursor = end;
    }
    let arena: &'a str = arena;
    shapes
        .into_iter()
        .map(|(at, word)| Word {
            folded: match at {
                FoldedAt::Text(start, end) => &text[start..end],
                FoldedAt::Arena(start, end) => &arena[start..end],
            },
            ..word
        })
        .collect()
}

/// Where a word's folded form is: most words are already lower-case ASCII and are used in
/// place, the others are folded into an arena.
enum FoldedAt {
    Text(usize, usize),
    Arena(usize, usize),
}

/// Removes the elided article from the folded word that ends `arena` at `from`
/// (`d’Alibaba` → `alibaba`); returns its length in the raw word.
fn drop_elision(raw: &str, arena: &mut String, from: usize) -> usize {
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
    raw.char_indices()
        .find(|(_, c)| super::super::tokenizer::is_apostrophe(*c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

impl Matcher {
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        let mut patterns: FxHashMap<String, Vec<Pattern>> = FxHashMap::default();
        let mut arena = String::new();
        for (company, entry) in gazetteer.companies().iter().enumerate() {
            for name in &entry.names {
                let words = words_of(&name.text, &mut arena);
                let Some(first) = words.first() else { continue };
                let raw_first = name.text.trim_start();
                let leading_article = usize::from(words.len() > 1 && is_in(first, NAME_ARTICLES));
                let case = if raw_first.chars().next().is_some_and(char::is_uppercase) {
                    Case::Capitalized(leading_article)
                } else {
                    Case::Any
                };
                let trailing = name
                    .text
                    .trim_end()
                    .chars()
                    .last()
                    .filter(|c| matches!(c, '+' | '&' | '!'));
                let sector = &entry.sector;
                let pattern = Pattern {
                    acronym: words
                        .iter()
                        .map(|w| {
                            w.upper && w.folded.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        })
                        .collect(),
                    gaps: words.iter().skip(1).map(|w| w.gap_before).collect(),
                    words: words.iter().map(|w| w.folded.to_string()).collect(),
                    case,
                    trailing,
                    company,
                    risk: name.risk,
                    media: sector == "media",
                    platform: matches!(sector.as_str(), "internet" | "media" | "software-services"),
                };
                patterns
                    .entry(first.folded.to_string())
                    .or_default()
                    .push(pattern);
            }
        }
        let mut lexicon: FxHashMap<String, LexiconEntry> = FxHashMap::default();
        for (word, mut list) in patterns {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
            lexicon.entry(word).or_default().patterns = list;
        }
        for cue in COMPANY_NOUNS.iter().chain(LEGAL_FORMS) {
            lexicon.entry(cue.to_string()).or_default().guess_cue = true;
        }
        Matcher { lexicon }
    }

    /// Reads `texts` once and returns what it found: gazetteer companies (indexes, in order of
    /// first mention, each with the words the text used for it) and guessed names. Evidence
    /// found in one text (a title) confirms names in another (the body).
    pub fn scan(&self, texts: &[&str]) -> Scan {
        let mut verdicts: Vec<(usize, Verdict, String)> = Vec::new();
        let mut guessed: Vec<String> = Vec::new();
        let mut arena = String::new();
        for text in texts {
            let words = words_of(text, &mut arena);
            let mut i = 0;
            while i < words.len() {
                let entry = self.lexicon.get(words[i].folded);
                let guess = entry.is_some_and(|e| e.guess_cue);
                if let Some(name) = guess
                    .then(|| guess_at(&words, i, text))
                    .flatten()
                    .filter(|n| !guessed.contains(n))
                {
                    guessed.push(name);
                }
                match entry.and_then(|e| self.match_at(&e.patterns, &words, i)) {
                    Some(pattern) => {
                        let verdict = judge(&words, i, pattern);
                        let last = i + pattern.words.len() - 1;
                        let written = &text[words[i].span.start..words[last].span.end];
                        verdicts.push((pattern.company, verdict, written.to_string()));
                        i += pattern.words.len();
                    }
                    None => i += 1,
                }
            }
        }
        let confirmed = |company: usize| {
            verdicts
                .iter()
                .any(|(c, v, _)| *c == company && *v == Verdict::Company)
        };
        let mut found: Vec<(usize, String)> = Vec::new();
        for (company, verdict, written) in verdicts.iter() {
            let keep = match verdict {
                Verdict::Company => true,
                Verdict::NeedsEvidence => confirmed(*company),
                Verdict::NotCompany => false,
            };
            if keep && !found.iter().any(|(c, _)| c == company) {
                found.push((*company, written.clone()));
            }
        }
        Scan { found, guessed }
    }

    fn match_at<'p>(
        &self,
        candidates: &'p [Pattern],
        words: &[Word],
        i: usize,
    ) -> Option<&'p Pattern> {
        candidates.iter().find(|pattern| {
            let Some(window) = words.get(i..i + pattern.words.len()) else {
                return false;
            };
            if let Case::Capitalized(k) = pattern.case {
                if !window[k].capitalized {
                    return false;
                }
            }
            if pattern.trailing.is_some() && window[window.len() - 1].trailing != pattern.trailing {
                return false;
            }
            window.iter().enumerate().all(|(k, word)| {
                word.folded == pattern.words[k]
                    && (!pattern.acronym[k] || word.upper)
                    && (k == 0 || (word.gap_before == pattern.gaps[k - 1] && !word.sentence_start))
            })
        })
    }
}

impl Word<'_> {
    fn upper_or_capitalized(&self) -> bool {
        self.upper || self.capitalized
    }
}

/// Up to three capitalised words from `first` on, in the same sentence: the name after a cue.
fn name_from(words: &[Word], first: usize, text: &str) -> Option<String> {
    let start = words.get(first)?;
    if !starts_with_capital(start) || !start.plain_space_before || is_in(start, SENTENCE_STARTERS) {
        return None;
    }
    let mut last = first;
    while last + 1 < first + 3
        && words
            .get(last + 1)
            .is_some_and(|w| w.capitalized && !w.sentence_start && w.gap_before == Gap::Space)
    {
        last += 1;
    }
    Some(text[words[first].span.start..words[last].span.end].to_string())
}

/// The capitalised words right before a legal form (`Acme Industries SA`).
fn name_before(words: &[Word], form: usize, text: &str) -> Option<String> {
    let last = form - 1;
    if !words[last].capitalized || words[form].sentence_start || !words[form].plain_space_before {
        return None;
    }
    let mut first = last;
    while first > 0
        && first + 3 > last + 1
        && !words[first].sentence_start
        && words[first - 1].capitalized
        && words[first].plain_space_before
    {
        first -= 1;
    }
    let name = &words[first..=last];
    if name.iter().all(|w| is_in(w, SENTENCE_STARTERS)) {
        return None;
    }
    Some(text[words[first].span.start..words[last].span.end].to_string())
}

/// A name introduced by the word at `i`, if it is a cue (`société`, a legal form).
fn guess_at(words: &[Word], i: usize, text: &str) -> Option<String> {
    let word = &words[i];
    // `Société Générale`: a capitalised cue is part of a name, not a cue.
    if is_in(word, COMPANY_NOUNS) && (!word.capitalized || word.sentence_start) {
        let mut first = i + 1;
        while words
            .get(first)
            .is_some_and(|w| is_in(w, NATIONALITIES) && !w.capitalized)
        {
            first += 1;
        }
        return name_from(words, first, text);
    }
    if is_in(word, LEGAL_FORMS) && word.upper_or_capitalized() && i > 0 {
        return name_before(words, i, text);
    }
    None
}

/// A capital letter, not a digit: `5` after `société` is not a name.
fn starts_with_capital(word: &Word) -> bool {
    word.capitalized && !word.sentence_start && word.folded.starts_with(|c: char| c.is_alphabetic())
}

fn is_in(word: &Word, list: &[&str]) -> bool {
    list.contains(&word.folded)
}

fn judge(words: &[Word], start: usize, pattern: &Pattern) -> Verdict {
    let end = start + pattern.words.len();
    let first = &words[start];
    // The words of the same sentence around the name.
    let sentence_begin = (0..=start)
        .rev()
        .find(|&k| words[k].sentence_start)
        .unwrap_or(0);
    let before = &words[sentence_begin.max(start.saturating_sub(3))..start];
    let after_end = (end..words.len().min(end + 4))
        .find(|&k| words[k].sentence_start)
        .unwrap_or(words.len().min(end + 4));
    let after = &words[end..after_end];
    let previous = if first.sentence_start {
        None
    } else {
        before.last()
    };
    let risk = pattern.risk;

    let cue_before = before.iter().any(|w| is_in(w, CUES));
    let cue = cue_before || after.iter().any(|w| is_in(w, CUES));
    if previous.is_some_and(|p| {
        is_in(p, NOT_A_COMPANY_BEFORE) || is_in(p, PRODUCT_DETERMINERS) || is_in(p, PRODUCT_NOUNS)
    }) {
        return Verdict::NotCompany;
    }
    // The word before the name, past `le`, `de`…: `révèle le New York Times`.
    let governing = before.iter().rev().find(|w| !is_in(w, PARTICLES));
    // A cue after the name may be about someone else (`explique à l'AFP le fondateur`).
    if pattern.media && !cue_before && is_cited(governing, words.get(end)) {
        return Verdict::NotCompany;
    }
    // `un groupe Facebook` is a group on Facebook: no cue can make that the company.
    if pattern.platform && governing.is_some_and(|p| is_in(p, MEDIUM_BEFORE)) {
        return Verdict::NotCompany;
    }
    if risk.person && (looks_like_a_person(words, start) || first_name_of(words, end)) {
        return Verdict::NotCompany;
    }
    if risk.place
        && words
            .get(end)
            .is_some_and(|w| w.paren_before && w.capitalized && !w.upper)
    {
        return Verdict::NotCompany;
    }
    if risk.is_safe() || cue {
        return Verdict::Company;
    }
    // `la Fromagerie Alpine`, `Single Malt`, `United Arab Emirates`: a common word or a place
    // inside another name.
    if (risk.word || risk.place) && !first.sentence_start && looks_like_a_person(words, start) {
        return Verdict::NotCompany;
    }
    if risk.word
        && (is_in(first, DEFINITE_ARTICLES)
            || previous.is_some_and(|p| is_in(p, DEFINITE_ARTICLES)))
    {
        return Verdict::NeedsEvidence;
    }
    if risk.place && previous.is_some_and(|p| is_in(p, PLACE_PREPOSITIONS)) {
        return Verdict::NeedsEvidence;
    }
    if risk.generic || ((risk.word || risk.place) && first.sentence_start) {
        return Verdict::NeedsEvidence;
    }
    Verdict::Company
}

/// `selon Le Parisien`, `sur Twitter`, `Le Monde révèle`: a media cited, not an actor.
fn is_cited(previous: Option<&Word>, next: Option<&Word>) -> bool {
    previous.is_some_and(|p| is_in(p, CITATION_BEFORE))
        || next.is_some_and(|n| !n.sentence_start && is_in(n, CITATION_AFTER))
}

/// `Nicolas Hulot`: a person-risky name right before a capitalised word is a first name.
fn first_name_of(words: &[Word], end: usize) -> bool {
    words.get(end).is_some_and(|next| {
        next.capitalized
            && !next.upper
            && !next.sentence_start
            && next.plain_space_before
            && !next.folded.chars().any(|c| c.is_ascii_digit())
    })
}

/// `Martin Bouygues`, `Louis Renault`, `Léonard de Vinci`: a capitalised word right before the
/// name that is not a sentence starter, possibly with a particle in between.
fn looks_like_a_person(words: &[Word], start: usize) -> bool {
    if words[start].sentence_start || start == 0 {
        return false;
    }
    let mut k = start - 1;
    if is_in(&words[k], NAME_PARTICLES) && !words[k].sentence_start && k > 0 {
        k -= 1;
    }
    let candidate = &words[k];
    let adjacent = words[k + 1..=start]
        .iter()
        .all(|w| w.plain_space_before && !w.sentence_start);
    adjacent
        && candidate.capitalized
        && !candidate.upper
        && !is_in(candidate, SENTENCE_STARTERS)
        && !is_in(candidate, CUES)
        && !candidate.folded.chars().any(|c| c.is_ascii_digit())
}
