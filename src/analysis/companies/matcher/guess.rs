//! Names the gazetteer does not know, guessed after a company noun (`la société Lubrizol`) or
//! before a legal form (`Acme SA`), with what is not a name there (the matcher's header lists
//! those cases). Guessed names are less sure and stay out of the company facet.

use super::*;

/// Up to [`MAX_GUESSED_WORDS`] capitalised words from `first` on, in the same sentence: the
/// name after a cue, and where it starts.
pub(super) fn name_from(words: &[Word], first: usize, text: &str) -> Option<(usize, String)> {
    let start = words.get(first)?;
    // `la firme d'Ingolstadt` is a place, `le cabinet d'Emmanuel Macron` a person's staff, `la
    // société Me Emmanuel Daoud` its lawyer.
    let elided = text[..start.span.start].ends_with(is_apostrophe);
    if !starts_with_capital(start)
        || !start.plain_space_before
        || elided
        || is_in(start, List::SentenceStarters)
        || is_in(start, List::FirstNames)
        || is_in(start, List::Nationalities)
        || after_a_civil_title(words, first + 1)
    {
        return None;
    }
    let goes_on = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.capitalized && !w.sentence_start && joins_a_name(w))
    };
    let mut last = first;
    loop {
        if last + 1 < first + MAX_GUESSED_WORDS && goes_on(last + 1) {
            last += 1;
        } else if last + 2 < first + MAX_GUESSED_WORDS
            && words
                .get(last + 1)
                .is_some_and(|w| CONNECTORS.contains(&w.folded) && !w.capitalized)
            && goes_on(last + 2)
        {
            last += 2;
        } else {
            break;
        }
    }
    // `la société Acme Industries SA`: the legal form is no part of the name, as in `Acme
    // Industries SA recrute`.
    while last > first && is_in(&words[last], List::LegalForms) {
        last -= 1;
    }
    // `l'entreprise Pininfarina S.p.A`: a letter before a period opens an abbreviation.
    if last > first && words[last].folded.chars().count() == 1 && words[last].trailing == Some('.')
    {
        last -= 1;
    }
    // `les magasins C et A`, `la compagnie R.M.S. Titanic`: a letter alone is a piece of a name.
    if last == first && (start.folded.chars().count() < 2 || a_code(start)) {
        return None;
    }
    Some((first, name_as_written(text, &words[first..=last])))
}

/// Whether the word joins the capitalised word before it in a name: after a space, a hyphen
/// (`Mercedes-Benz`) or an ampersand (`Israel Newton & Sons`).
fn joins_a_name(word: &Word) -> bool {
    static AMPERSAND: OnceLock<Gap> = OnceLock::new();
    word.gap_before == Gap::Space || word.gap_before == *AMPERSAND.get_or_init(|| gap_of(" & "))
}

/// A capital and digits (`le laboratoire P4`, `l'usine A7`): a class or a code, not a name.
fn a_code(word: &Word) -> bool {
    let mut chars = word.folded.chars();
    chars.next().is_some_and(char::is_alphabetic)
        && chars.all(|c| c.is_ascii_digit())
        && word.folded.len() > 1
}

/// How many words a guessed name may have, its connectors included: `ICB Properties of Miami`.
const MAX_GUESSED_WORDS: usize = 5;

/// Lower-case words that join the capitalised words of a foreign company's name (`Aeroporti di
/// Roma`, `ICB Properties of Miami`). Not the French `de`, which goes on to a place: `la société
/// Lubrizol de Rouen`.
const CONNECTORS: &[&str] = &["of", "and", "di", "del", "della", "da", "von", "van", "der"];

/// The capitalised words right before a legal form (`Acme Industries SA`), and where they
/// start.
pub(super) fn name_before(words: &[Word], form: usize, text: &str) -> Option<(usize, String)> {
    let last = form - 1;
    if !words[last].capitalized || words[form].sentence_start || !words[form].plain_space_before {
        return None;
    }
    // Whether the word at `k` goes on the name of the word before it; not after a hyphen and
    // an acronym of two letters or more, as a union's is (`le délégué CGT-Bodyguard SAS`).
    let joined = |k: usize| {
        let acronym = |before: &Word| before.upper && before.folded.len() > 1;
        k > 0
            && !words[k].sentence_start
            && joins_a_name(&words[k])
            && !(words[k].hyphenated() && acronym(&words[k - 1]))
    };
    let mut first = last;
    loop {
        let length = last + 1 - first;
        if first > 0 && length < MAX_GUESSED_WORDS && joined(first) && words[first - 1].capitalized
        {
            first -= 1;
        } else if first > 1
            && length + 1 < MAX_GUESSED_WORDS
            && joined(first)
            && CONNECTORS.contains(&words[first - 1].folded)
            && !words[first - 1].capitalized
            && joined(first - 1)
            && words[first - 2].capitalized
        {
            first -= 2;
        } else {
            break;
        }
    }
    // `Aston Martin Lagonda Global Holdings plc`: a name longer than read opens with words of
    // its own (here a known company's), not with the last ones read; nor can the words read
    // before the first (the rules' window) tell where it starts.
    let cut_short = match first.checked_sub(1) {
        Some(before) => joined(first) && words[before].capitalized,
        None => !words[first].sentence_start,
    };
    let name = &words[first..=last];
    // `SORTIR LA DROITE DE SA "ZONE`: articles and prepositions in capitals are a headline's.
    let shouted = name.len() > 1
        && name
            .iter()
            .any(|w| w.upper && is_in(w, List::SentenceStarters));
    if cut_short
        || shouted
        || name.iter().all(|w| is_in(w, List::SentenceStarters))
        || (first == last && words[first].folded.chars().count() < 2)
    {
        return None;
    }
    Some((first, name_as_written(text, &words[first..=last])))
}

/// The text of a guessed name's words, each separated by one space however the text spaced
/// them (`Fusion\u{a0}Capital`, a tab): the name is shown and counted as one.
fn name_as_written(text: &str, name: &[Word]) -> String {
    let (first, last) = (&name[0], &name[name.len() - 1]);
    text[first.span.start..last.span.end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A name introduced by the word at `i`, if it is a cue (`société`, a legal form), and where
/// it starts.
pub(super) fn guess_at(words: &[Word], i: usize, text: &str) -> Option<(usize, String)> {
    let word = &words[i];
    // `Société Générale`: a capitalised cue is part of a name, not a cue. Nor is a noun after a
    // bare `de`, which says what kind of thing (`le jeu de société Monopoly`, `sa directrice de
    // cabinet Violette Spillebout`), nor the `up` of `pick-up` (`start-up` reads `startup`).
    let what_kind = if word.elided {
        !word.definite
    } else {
        i > 0 && words[i - 1].folded == "de"
    };
    if is_in(word, List::CompanyNouns)
        && (!word.capitalized || word.sentence_start)
        && !what_kind
        && word.folded != "up"
    {
        if (word.folded == "laboratoire" && among_researchers(words, i))
            || !determined(words, i)
            || a_person_s_role_before(words, i)
        {
            return None;
        }
        let first = past_nationalities(words, i + 1);
        let first = past_nationalities(words, past_what_it_does(words, first, text));
        return name_from(words, first, text);
    }
    // `S.p.A.` or `SpA` is the Italian form; `les refuges et Maisons SPA` are the animal
    // shelters', `Leamington Spa` a town.
    let shelter_or_town = matches!(&text[word.span.clone()], "SPA" | "Spa");
    // The French forms are written in capitals: `Eva Sas` is a person, `Philippe.Sa
    // proposition` two glued paragraphs.
    let french_in_lower_case = matches!(word.folded, "sa" | "sas" | "sarl" | "sasu") && !word.upper;
    if is_in(word, List::LegalForms)
        && word.upper_or_capitalized()
        && !shelter_or_town
        && !french_in_lower_case
        && i > 0
        && !inside_a_name_or_capitals(words, i)
    {
        return name_before(words, i, text);
    }
    None
}

/// The first word from `k` on that is no adjective of nationality: `la société américaine
/// Lubrizol`.
fn past_nationalities(words: &[Word], mut k: usize) -> usize {
    while words
        .get(k)
        .is_some_and(|w| is_in(w, List::Nationalities) && !w.sentence_start)
    {
        k += 1;
    }
    k
}

/// The first word past what a company does, when `de` and a lower-case word say it between the
/// company noun and the name (`la société de biotechnologie Moderna`, `l'entreprise anglaise
/// d'investissements Agenda Invest`); else `k`. Not past an article or a possessive, which name
/// whose the company is (`l'entreprise de son fils`), nor past `recherche`: a research
/// laboratory is a university's or a public body's.
fn past_what_it_does(words: &[Word], k: usize, text: &str) -> usize {
    let Some(word) = words.get(k) else {
        return k;
    };
    // `de biotechnologie`, or `d'investissements` read as one word after its elided `d'`.
    let elided_de = word.elided
        && !word.definite
        && text[..word.span.start]
            .trim_end_matches(is_apostrophe)
            .ends_with(['d', 'D']);
    let trade = if word.folded == "de" && !word.capitalized && word.plain_space_before {
        k + 1
    } else if elided_de {
        k
    } else {
        return k;
    };
    let a_trade = words.get(trade).is_some_and(|w| {
        !w.capitalized
            && !w.sentence_start
            && (!w.elided || trade == k)
            && (trade == k || w.plain_space_before)
            && w.folded.chars().all(char::is_alphabetic)
            && !NO_TRADE.contains(&w.folded)
            && !is_in(w, List::DefiniteArticles)
            && !is_in(w, List::ProductDeterminers)
    });
    if a_trade {
        trade + 1
    } else {
        k
    }
}

/// Words after `de` and a company noun that say whose it is or where it is rather than what it
/// does (`le cabinet de monsieur Giscard`, `une entreprise de l'agroalimentaire en Vendée`), or
/// that make it no company (`le cabinet de réflexion Council on Foreign Relations`, `le
/// laboratoire de recherche Stella Mare`, `l'éditeur d'origine chinoise Gui Minhai`), or that
/// name what the company runs (`la société d'exploitation Tour Eiffel`, a monument).
const NO_TRADE: &[&str] = &[
    "de",
    "des",
    "du",
    "d",
    "en",
    "a",
    "au",
    "aux",
    "dans",
    "sur",
    "sous",
    "pour",
    "par",
    "avec",
    "chez",
    "et",
    "ou",
    "qui",
    "que",
    "dont",
    "vers",
    "entre",
    "selon",
    "comme",
    "depuis",
    "pres",
    "monsieur",
    "madame",
    "mademoiselle",
    "maitre",
    "reflexion",
    "recherche",
    "recherches",
    "origine",
    "exploitation",
];

/// Whether the company noun at `i` follows an article or a determiner (`la société`, `une
/// entreprise`, `sa société`, `l'entreprise`): a noun, not an adjective describing another
/// (`le designer industriel Konstantin Grcic`, `l'ingénieure chimiste Crista Chavez`, `un site
/// industriel Seveso`), nor a word of a name (`« Startup Autobahn »`).
pub(super) fn determined(words: &[Word], i: usize) -> bool {
    // `l'entreprise`; `(laboratoire Etypharm)` is a note in brackets, where `(Laboratoire
    // Atmosphères, Milieux…` opens a name.
    if words[i].elided || (words[i].paren_before && !words[i].capitalized) {
        return true;
    }
    // `la start-up X` is read `la start startup X`.
    let mut before = if words[i].folded == "startup" && i >= 1 && words[i - 1].folded == "start" {
        i.checked_sub(2)
    } else {
        i.checked_sub(1)
    };
    // `son autre société Deb Jam`, `le célèbre éditeur Opus`.
    if let Some(k) = before.filter(|&k| ADJECTIVES_BEFORE_A_NOUN.contains(&words[k].folded)) {
        if words[k].elided {
            return true;
        }
        before = k.checked_sub(1);
    }
    before.is_some_and(|k| {
        let w = &words[k];
        (!w.capitalized || w.sentence_start)
            && (is_in(w, List::DefiniteArticles)
                || is_in(w, List::ProductDeterminers)
                || matches!(w.folded, "des" | "ce"))
    })
}

/// Adjectives written before a noun: `son autre société`, `le célèbre éditeur`.
const ADJECTIVES_BEFORE_A_NOUN: &[&str] = &[
    "autre",
    "celebre",
    "nouvelle",
    "nouveau",
    "nouvel",
    "jeune",
    "petite",
    "petit",
    "grande",
    "grand",
    "propre",
    "ancienne",
    "ancien",
    "meme",
    "seule",
    "seul",
    "puissant",
    "puissante",
    "modeste",
    "discrete",
    "discret",
    "premiere",
    "premier",
    "derniere",
    "dernier",
];

/// Whether someone's role comes before the company noun at `i` and its article (`le patron de
/// la société Tad Dowker a expliqué`, `la gérante de l'entreprise Cherise Bonanno`): the two
/// capitalised words after it are that person's name more often than the company's.
pub(super) fn a_person_s_role_before(words: &[Word], i: usize) -> bool {
    // The role, past `de la` or `de l'`.
    let role_at = if words[i].elided {
        i.checked_sub(2)
    } else {
        i.checked_sub(3)
            .filter(|_| matches!(words[i - 1].folded, "la" | "le"))
    };
    let Some(role_at) = role_at.filter(|&k| words[k + 1].folded == "de") else {
        return false;
    };
    let role = &words[role_at];
    // One person: `quatre salariés de l'entreprise Viva Multimedia` are its staff.
    let a_role =
        (is_in(role, List::Titles) || STAFF.contains(&role.folded) || role.folded == "parole")
            && !role.folded.ends_with('s');
    // Two words, each a capital then lower-case letters: `Tad Dowker`, not `Fusion Capital
    // Partners` nor `AB InBev`.
    let person_shaped = |k: usize| {
        words.get(k).is_some_and(|w| {
            w.capitalized && !w.upper && !w.sentence_start && w.gap_before == Gap::Space
        })
    };
    a_role
        && person_shaped(i + 1)
        && person_shaped(i + 2)
        && !words
            .get(i + 3)
            .is_some_and(|w| w.capitalized && !w.sentence_start)
        && !names_a_company(&words[i + 2])
}

/// Whether researchers or a research body are named in the words read around the cue at `i`
/// (`chercheur au laboratoire Kastler Brossel`, `le laboratoire Micalis (INRA)`): the
/// laboratory is a research unit, not a company.
pub(super) fn among_researchers(words: &[Word], i: usize) -> bool {
    const RESEARCH: &[&str] = &[
        "chercheur",
        "chercheuse",
        "chercheurs",
        "chercheuses",
        "cnrs",
        "inserm",
        "inra",
        "inrae",
        "universite",
        "universitaire",
    ];
    // Before the cue, in its sentence; after it, in the few words read (`Micalis (INRA/...`).
    let same_sentence = |k: usize| !words[k + 1..=i].iter().any(|w| w.sentence_start);
    words
        .iter()
        .enumerate()
        .any(|(k, w)| RESEARCH.contains(&w.folded) && (k > i || same_sentence(k)))
}

/// Whether the legal form at `i` is rather a word of a longer name (`Iyad Ag Ghaly`) or of a
/// headline in capitals (`LE MONDE EXPRIME SA SOLIDARITÉ`): a capitalised word follows it in
/// the same sentence, after a space, or after any gap when all three words are in capitals.
pub(super) fn inside_a_name_or_capitals(words: &[Word], i: usize) -> bool {
    let Some(next) = words
        .get(i + 1)
        .filter(|w| w.capitalized && !w.sentence_start)
    else {
        return false;
    };
    let shouted = words[i].upper && words[i - 1].upper && next.upper;
    next.plain_space_before || shouted
}

/// A capital letter, not a digit: `5` after `société` is not a name.
pub(super) fn starts_with_capital(word: &Word) -> bool {
    word.capitalized && !word.sentence_start && word.folded.starts_with(|c: char| c.is_alphabetic())
}
