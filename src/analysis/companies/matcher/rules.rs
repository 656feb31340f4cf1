//! The rules that judge one mention from the words around it: [`judge`], and the questions it
//! asks (is it a person, a place, a product, an outlet cited as a source, a platform used as a
//! medium?). The matcher's header tables which rule handles which case; the verdicts of one
//! article are weighed together in `companies/mod.rs`.

use super::*;

/// `l'agence de presse ANA`, `l'agence de presse officielle grecque ANA`: the name is a news
/// agency's, not that of the company of another trade bearing it (All Nippon Airways).
pub(super) fn named_as_a_news_agency(words: &[Word], start: usize) -> bool {
    let mut k = start;
    while k > 0
        && start - k < 2
        && (is_in(&words[k - 1], List::Nationalities)
            || matches!(words[k - 1].folded, "officielle" | "publique" | "etatique"))
    {
        k -= 1;
    }
    k >= 3
        && words[k - 1].folded == "presse"
        && words[k - 2].folded == "de"
        && words[k - 3].folded == "agence"
        && words[k - 2..=start].iter().all(|w| !w.sentence_start)
}

/// `le supermarché Super U de Trèbes`, `l'hôtel Marriott à Varsovie`: one of a chain's shops,
/// hotels or restaurants, named with its town (a hotel with or without) as the place where
/// something happened. The chain is the company only if the article says so elsewhere. (`un
/// McDonald's de Munich` is an object already: see [`PRODUCT_DETERMINERS`].)
pub(super) fn a_chain_s_venue(words: &[Word], start: usize, end: usize, retailer: bool) -> bool {
    let first = &words[start];
    let Some(previous) = start.checked_sub(1).map(|k| &words[k]) else {
        return false;
    };
    let one_shop = retailer && a_retailer_after_an_article(words, start);
    // `une agence bancaire CIC de Paris`: the place's noun may come with a word saying what kind.
    let kind_of_place = start >= 2
        && !previous.capitalized
        && previous.plain_space_before
        && !is_in(previous, List::Particles)
        && CHAIN_PLACES.contains(&words[start - 2].folded);
    // `une banque CIC de Paris`: one branch; `la banque CIC` may be the company.
    let a_bank = previous.folded == "banque";
    if !one_shop
        && (first.sentence_start
            || !first.plain_space_before
            || !(CHAIN_PLACES.contains(&previous.folded) || kind_of_place || a_bank))
    {
        return false;
    }
    let town = |w: &Word| w.capitalized && !w.is_a_number() && !w.sentence_start;
    // `De la Fnac à Darty`: from one name to another, not a shop in a town.
    let from = if first.elided {
        Some(previous)
    } else {
        start.checked_sub(2).map(|k| &words[k])
    };
    let a_range = from.is_some_and(|w| w.folded == "de");
    let in_a_town = match (words.get(end), words.get(end + 1)) {
        (Some(next), _) if next.elided && !next.definite && town(next) => next.plain_space_before,
        (Some(next), Some(after)) => {
            (next.folded == "de" || (next.folded == "a" && !a_range))
                && next.plain_space_before
                && town(after)
        }
        _ => false,
    };
    // `un magasin Monoprix du douzième arrondissement`, `ce Monoprix de la rue de Reuilly`: a
    // street or a district of a town is as good as its name.
    let in_a_street = words.get(end).is_some_and(|next| {
        matches!(next.folded, "de" | "du")
            && next.plain_space_before
            && words[end + 1..]
                .iter()
                .take(2)
                .take_while(|w| w.plain_space_before && !w.sentence_start)
                .any(|w| STREETS.contains(&w.folded))
    });
    let in_a_town = in_a_town || in_a_street;
    if a_bank {
        return start >= 2
            && words[start - 2].folded == "une"
            && in_a_town
            && !staff_before(words, start);
    }
    // `l'hôtel Holiday Inn de la gare de l'Est`, `l'hôtel Radisson Blu d'Ajaccio`: one hotel,
    // its town named or not; `les hôtels Accor` are the chain.
    let one_hotel = previous.folded == "hotel";
    // `le café PMU voisin`, `filmés à la Fnac proche de la gare`: one place, near the scene;
    // but `les Galeries Lafayette voisines ont confirmé` speak as the company.
    let at_a_place = !one_shop
        || previous.folded == "au"
        || (start >= 2 && matches!(words[start - 2].folded, "a" | "dans" | "devant"));
    // (`du quartier` places it as a street does: see `in_a_street`.)
    let nearby = at_a_place
        && words
            .get(end)
            .is_some_and(|next| next.plain_space_before && NEARBY.contains(&next.folded));
    // `sur le parking du supermarché Auchan`, `à l'intérieur de l'hôtel Ibis`: the place's noun
    // stands where a retailer's article would (see [`in_a_shop`]). Not after `dans` or
    // `devant` (`devant un magasin Géant Casino vendu au groupe Leclerc`), which the audits
    // judged the company as often as the place.
    let placed = CHAIN_PLACES.contains(&previous.folded) && around_a_place(words, start - 1);
    (in_a_town || one_hotel || nearby || placed) && !staff_before(words, start)
}

/// `les employés d'un magasin Fnac à Paris`, `la caissière du Super U`: the chain is their
/// employer.
pub(super) fn staff_before(words: &[Word], start: usize) -> bool {
    (start.saturating_sub(4)..start.saturating_sub(1))
        .rev()
        .take_while(|&k| !words[k + 1].sentence_start)
        .any(|k| STAFF.contains(&words[k].folded))
}

/// `le Super U de Trèbes`, `l'Intermarché de Loos`, `la sortie de l'Intermarché`, `ce
/// Monoprix de la rue de Reuilly`: a retailer's name after an article or a demonstrative may be
/// one of its shops, its noun left out.
pub(super) fn a_retailer_after_an_article(words: &[Word], start: usize) -> bool {
    let first = &words[start];
    !first.sentence_start
        && (first.definite
            || (first.plain_space_before
                && start.checked_sub(1).is_some_and(|k| {
                    is_in(&words[k], List::DefiniteArticles)
                        || matches!(words[k].folded, "ce" | "cet" | "cette")
                })))
}

/// Whether a retailer after an article is where something happens: `dans le Monoprix`,
/// `devant l'Intermarché`, `à l'intérieur du Super U`, `sur le parking du Leclerc`.
fn in_a_shop(words: &[Word], start: usize) -> bool {
    let first = &words[start];
    // The word before the article: `dans` in `dans le Monoprix`, `dans l'Intermarché`.
    let article_at = if first.definite { start } else { start - 1 };
    let Some(before_article) = article_at.checked_sub(1).map(|k| &words[k]) else {
        return false;
    };
    let article = &words[article_at];
    if article.sentence_start && !first.definite {
        return false;
    }
    around_a_place(words, start) || INSIDE_A_PLACE.contains(&before_article.folded)
}

/// Whether what is around or inside a place comes before the name at `start`, past `du` or
/// `de l'`: `à l'intérieur du Super U`, `à l'intérieur de l'Intermarché`.
fn around_a_place(words: &[Word], start: usize) -> bool {
    let around_at = |k: Option<usize>| k.is_some_and(|k| AROUND_A_PLACE.contains(&words[k].folded));
    let first = &words[start];
    if first.definite {
        return start >= 1 && words[start - 1].folded == "de" && around_at(start.checked_sub(2));
    }
    start >= 1 && words[start - 1].folded == "du" && around_at(start.checked_sub(2))
}

/// Prepositions before an article that place someone in a shop: `dans le Monoprix`.
const INSIDE_A_PLACE: &[&str] = &["dans", "devant", "derriere"];

/// Nouns before `du` that place someone in or near a shop: `à l'intérieur du Super U`, `à
/// l'extérieur du Super U`.
const AROUND_A_PLACE: &[&str] = &[
    "interieur",
    "exterieur",
    "entree",
    "alentours",
    "parking",
    "parkings",
    "abords",
    "pres",
    "face",
    "rayons",
    "caisses",
    "toilettes",
    "reserve",
];

/// Who works in a shop or a hotel: see [`a_chain_s_venue`].
pub(super) const STAFF: &[&str] = &[
    "employes",
    "employees",
    "salaries",
    "salariees",
    "personnel",
    "caissiere",
    "caissieres",
    "caissier",
    "conseillere",
    "conseiller",
    "vendeuse",
    "vendeuses",
    "vendeur",
    "vendeurs",
    "agents",
    "directeur",
    "directrice",
    "gerant",
    "gerante",
    "responsable",
    "patron",
    "patronne",
    "comptable",
    "boucher",
    "bouchere",
    // `la femme de ménage du Sofitel`.
    "menage",
];

/// Places of a chain that news names where something happened: see [`a_chain_s_venue`].
pub(super) const CHAIN_PLACES: &[&str] = &[
    "hotel",
    "supermarche",
    "hypermarche",
    "magasin",
    "restaurant",
    "boutique",
    "agence",
    "bar",
    "cafe",
    "cinema",
    "station",
];

/// Whether the only cue before a name is the `chez` right before it, which says at a person's
/// as well as at a company's.
fn at_someone_s(before: &[Word], is_cue: &dyn Fn(&Word) -> bool) -> bool {
    before.last().is_some_and(|w| w.folded == "chez")
        && before
            .iter()
            .filter(|w| is_cue(w))
            .all(|w| w.folded == "chez")
}

/// Whether the word governing a name (see [`governing_word`]) is a rider, maybe a pro.
fn riders_of_a_team(words: &[Word], governing_at: Option<usize>) -> bool {
    const RIDERS: &[&str] = &["coureur", "coureurs", "coureuse", "coureuses"];
    let Some(mut k) = governing_at else {
        return false;
    };
    if k > 0
        && matches!(
            words[k].folded,
            "pro" | "pros" | "professionnel" | "professionnels"
        )
    {
        k -= 1;
    }
    RIDERS.contains(&words[k].folded)
}

/// Titles written right before a person's family name, without `de`: `le président Wilson`.
const TITLED_PEOPLE: &[&str] = &[
    "president",
    "presidente",
    "ministre",
    "senateur",
    "senatrice",
    "depute",
    "deputee",
    "general",
    "generale",
    "pape",
    "roi",
    "reine",
    "prince",
    "princesse",
    "juge",
    "inspecteur",
    "commissaire",
    "capitaine",
    "colonel",
    "professeur",
];

/// Streets and districts: where one shop of a chain stands.
const STREETS: &[&str] = &[
    "rue",
    "avenue",
    "boulevard",
    "place",
    "quartier",
    "arrondissement",
    "centre-ville",
    "gare",
    "aeroport",
];

/// Words before a noun, not a name: `tout Occidental`.
const QUANTIFIERS: &[&str] = &[
    "tout", "toute", "tous", "toutes", "chaque", "aucun", "aucune",
];

/// Where a place lies, in brackets after its name: see [`judge`].
const COMPASS_POINTS: &[&str] = &["nord", "sud", "est", "ouest", "centre"];

/// Words that place one shop near the scene: see [`a_chain_s_venue`].
const NEARBY: &[&str] = &[
    "voisin", "voisine", "voisins", "voisines", "proche", "local", "situe", "situee",
];

pub(super) fn judge(
    words: &[Word],
    start: usize,
    pattern: &Pattern,
    opens_a_headline: bool,
) -> Verdict {
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
    // `Crédit photo : Porsche`: who took or gave the picture, not what the article is about.
    if credited_for_a_picture(words, start) {
        return Verdict::NeedsEvidence;
    }
    if !pattern.media && !first.sentence_start && named_as_a_news_agency(words, start) {
        return Verdict::NotCompany;
    }
    if a_chain_s_venue(words, start, end, pattern.retailer) {
        return Verdict::Venue;
    }

    // `Louis Dreyfus, président du directoire du Monde`: a name opening with a first name and
    // followed by a title in apposition is the person's, in this mention.
    if end - start > 1 && is_in(first, List::FirstNames) && titled_in_apposition(words, end) {
        return Verdict::NotCompany;
    }
    // A cue inside a longer name counts too: `groupe Lagardère` (but `Action` alone is no cue).
    let inside = if end - start > 1 {
        &words[start..end]
    } else {
        &[]
    };
    // A cue written with a capital inside a sentence is part of another name: `le Conseil
    // supérieur de l'audiovisuel (CSA)`, `la Banque de France` (`PDG` is an abbreviation).
    // `le président du CSA`, `le directeur des CDC`: a public body has heads too, so a head's
    // title does not tell a shared acronym's company from the body; `le PDG` does.
    // So for a common word: `la directrice du Budget`, `le président du palais Bourbon`; but
    // `le directeur général de Lime` heads a company.
    let shared_acronym = risk.generic && end - start == 1 && first.upper;
    let common_word = risk.word && end - start == 1;
    let is_cue = |w: &Word| {
        is_in(w, List::Cues)
            && (!w.capitalized || w.upper || w.sentence_start)
            && !(shared_acronym && heads_a_body(w.folded))
    };
    let general = |k: usize| {
        before
            .get(k + 1)
            .is_some_and(|w| matches!(w.folded, "general" | "generale" | "generaux"))
    };
    // `un siège au conseil municipal de Yokohama`: a local authority's council, not a
    // consultancy (but `la compagnie régionale Hop!` is an airline).
    let local_body = |k: usize| {
        before[k].folded == "conseil"
            && before
                .get(k + 1)
                .is_some_and(|w| LOCAL_AUTHORITIES.contains(&w.folded))
    };
    let relative = |k: usize| before.get(k + 1).is_some_and(opens_a_relative_clause);
    let cue_before = before
        .iter()
        .enumerate()
        .filter(|&(k, _)| !relative(k))
        .any(|(k, w)| {
            is_cue(w) && !(common_word && heads_a_body(w.folded) && !general(k)) && !local_body(k)
        })
        || inside.iter().any(|w| is_in(w, List::Cues))
        || after_a_nationality_noun(before, first)
        || chain_of_a_trade(before, first)
        || a_commissioned_study(before, first, after);
    // A cue after a shared name is mostly about what follows it (`les maladies (CDC) et
    // Stephen Hahn, patron de l'agence`, `l'ex-star des JT, les deux rivaux`), unless it opens
    // the words that follow: `Morgan, le constructeur automobile`.
    let cue_opens_after = after.iter().take(2).position(is_cue).is_some_and(|k| {
        k == 0 || is_in(&after[0], List::DefiniteArticles) || after[0].folded == "un"
    });
    // `visant Tesla, le constructeur`, `YouTube, la plateforme vidéo de Google`: a cue opening
    // words in apposition is about the name.
    let cue_in_apposition =
        cue_opens_after && after.first().is_some_and(|w| w.gap_before != Gap::Space);
    let cue_after = if risk.generic {
        cue_opens_after
    } else {
        after.iter().any(is_cue)
    } || its_own_staff(after);
    let cue = cue_before || cue_after;
    // `la maison-mère de Google`: a company's mother is its group, not a person's.
    let rejects = |k: usize| is_in(&before[k], List::NotACompanyBefore) && !parent_noun(before, k);
    // The word before the name when only spaces or hyphens separate them: what it says of
    // the name does not carry across punctuation (`(15 avions), Gol`, `(pneus), Akrapovic`).
    let adjacent = previous.filter(|_| first.gap_before == Gap::Space);
    // `l'Unsa-RATP`, `le SNPL Air France-Transavia`: a union's section in the company, named
    // after it; the union is no company, in this mention.
    if previous.is_some_and(|p| {
        (p.upper || p.capitalized)
            && UNIONS.contains(&p.folded)
            && (first.gap_before == Gap::Space || first.hyphenated())
    }) {
        return Verdict::NotCompany;
    }
    // `un Intermarché de Senonches`: one of a retailer's shops.
    if pattern.retailer && adjacent.is_some_and(|p| matches!(p.folded, "un" | "une")) {
        return Verdict::Venue;
    }
    // `une voiture Mercedes`, but `le loueur de voitures Hertz` is the company.
    if adjacent.is_some_and(|p| {
        rejects(before.len() - 1)
            || is_in(p, List::ProductDeterminers)
            || (is_in(p, List::ProductNouns) && !a_trade_names_the_products(words, start))
    }) {
        return Verdict::NotCompany;
    }
    if pattern.maker
        && (listed_after_an_object_s_make(words, start, end)
            || a_model_before_its_make(words, start))
    {
        return Verdict::NotCompany;
    }
    // `un véhicule de type Puma`, `un sous-marin de type Rubis`: the kind of an object, a model.
    // A platform so named is an example of its kind, as after `comme` (`de type Waze`).
    if !pattern.platform
        && adjacent.is_some_and(|p| p.folded == "type")
        && start >= 2
        && words[start - 2].folded == "de"
        && words[start - 1].plain_space_before
    {
        return Verdict::NotCompany;
    }
    if adjacent.is_some_and(|p| BODIES_BEFORE.contains(&p.folded)) && !first.elided {
        return Verdict::NotCompany;
    }
    // `chaussée de gommes Pirelli`, `un freinage Brembo`: the parts a car is fitted with, but
    // `le fabricant japonais de pneus Bridgestone` is the company.
    if adjacent.is_some_and(|p| PARTS.contains(&p.folded))
        && !a_trade_names_the_products(words, start)
    {
        return Verdict::NotCompany;
    }
    // `des pneumatiques slicks Pirelli`, `un moteur thermique Renault`: the same, with a word
    // describing the object between it and the make.
    if described_object_before(words, start) && !a_trade_names_the_products(words, start - 1) {
        return Verdict::NotCompany;
    }
    // `un scooter de marque BMW`, `du lait de marque Milumel`: what an object is, where `la
    // marque BMW` is the company.
    if previous.is_some_and(|p| p.folded == "marque")
        && before.len() >= 2
        && before[before.len() - 2].folded == "de"
    {
        return Verdict::NotCompany;
    }
    // `l'affaire du Sofitel`, `l'affaire du Carlton`: a scandal named after the place where it
    // began; `l'affaire Lactalis` is about the company, and so are `les affaires du groupe`.
    if previous.is_some_and(|p| p.folded == "du")
        && before.len() >= 2
        && before[before.len() - 2].folded == "affaire"
    {
        return Verdict::NotCompany;
    }
    // `étoilé au Michelin`, `l'aéroport de Zurich`: the same words past `au`, `du` or `de`.
    if previous.is_some_and(|p| matches!(p.folded, "au" | "du" | "de"))
        && before.len() >= 2
        && rejects(before.len() - 2)
    {
        return Verdict::NotCompany;
    }
    // A company is named without an article, so `l'Audi`, `la Porsche`, `une vieille Fiat` are
    // cars; so are `BMW 507`, `Aston Martin DB4`, `Airbus A320`, with a model number.
    // `Chevrolet Corvette Z06`, `Ford Mustang GT500`: the number may follow the model's name.
    let numbered = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.plain_space_before && !w.sentence_start && w.holds_a_digit())
    };
    let model_number = numbered(end)
        || (words.get(end).is_some_and(|w| {
            w.plain_space_before && w.capitalized && !w.sentence_start && !is_in(w, List::Cues)
        }) && numbered(end + 1));
    // `Volkswagen Group`, `Audi AG`: a name ending with what the company is, is no car.
    let a_company_s_name = end - start > 1 && names_a_company(&words[end - 1]);
    let product = pattern.maker
        && !a_company_s_name
        && (first.definite
            || previous.is_some_and(|p| is_in(p, List::DefiniteArticles))
            // `un unijambiste en Lamborghini`, `arrivé en Tesla`: driving one.
            || previous.is_some_and(|p| p.folded == "en")
            || determined(words, start)
            || model_number
            || a_trim_after_a_model(words, start)
            || listed_after_a_model(words, start, end));
    // The word before the name, past `le`, `de` and nationalities: `révèle le New York Times`,
    // `au journal britannique Daily Telegraph`; and past a date: `s'interroge jeudi 22 février
    // Franceinfo`.
    let governing_at = governing_word(words, sentence_begin, start);
    let governing = governing_at.map(|k| &words[k]);
    // `les coureurs d'Arkéa-Samsic`, `ancien coureur pro de la FDJ`: a cycling team named after
    // its sponsors, as a football club is not the company.
    if riders_of_a_team(words, governing_at) {
        return Verdict::NotCompany;
    }
    // `un baromètre BVA pour Orange`: the client of a study. Not an outlet: the labellers split
    // on whether `un sondage Elabe pour BFMTV` makes the channel an actor or a source.
    if !pattern.media && client_of_a_study(words, start) {
        return Verdict::Company;
    }
    // A cue after the name may be about someone else (`explique à l'AFP le fondateur`), and so
    // may one before the words that address a media: `a dit un porte-parole du groupe à l'AFP`,
    // `lors d'un entretien avec l'AFP`; and so may one before a relative clause: `un message
    // aux salariés que l'AFP s'est procuré`.
    // `La direction de TF1 a annoncé`: what follows is said by the outlet's business, not cited.
    // `selon un sondage du Hollywood Reporter`: a poll or a study a newspaper or a channel
    // publishes is cited, though `sondage` is a pollster's cue (an ad group's study is its own).
    let published = pattern.outlet && governing.is_some_and(|g| PUBLISHED.contains(&g.folded));
    if pattern.media
        && !sold_or_bought(words, governing_at)
        && !governing.is_some_and(|g| is_in(g, List::MediaBusiness))
        && (!cue_before
            || published
            || addressed(before, governing)
            // `a quitté son cabinet selon TMZ`: the cue is another clause's.
            || governing.is_some_and(|g| matches!(g.folded, "que" | "qu" | "selon")))
        && (published
            || is_cited(governing, &words[end.min(words.len())..])
            || addressed(before, governing))
    {
        return Verdict::NotCompany;
    }
    // `un entretien aux journaux du groupe Ebra`: a press group's papers, cited as a paper is.
    if pattern.media && papers_of_a_group_cited(words, start) {
        return Verdict::NotCompany;
    }
    // `un groupe Facebook` is a group on Facebook, `sur Instagram et Twitter` two media: no
    // cue can make that the company.
    if pattern.platform
        && (is_a_medium(before, governing, pattern.media)
            || in_a_compound(words, start)
            || removed_from(words, start))
    {
        return Verdict::NotCompany;
    }
    // `sortie sur Apple et Android`, `les magasins d'applications de Google et d'Apple`, `en
    // salles et sur Apple TV+`: where an app or a film is found, whatever the company's sector.
    if where_apps_or_films_are(words, start, end, governing) {
        return Verdict::NotCompany;
    }
    // `l'International Crisis Group (ICG)`, `les Centres de contrôle des maladies (CDC)`: an
    // acronym in brackets abbreviates the name before it.
    if abbreviates_the_name_before(words, start, end) {
        return Verdict::Abbreviation;
    }
    // `la Fédération nationale du Crédit agricole (FNCA)`: an acronym in brackets that
    // abbreviates more words than the name's own is another body's, the name inside it.
    if words.get(end).is_some_and(|acronym| {
        acronym.folded.len() > end - start && abbreviates_the_name_before(words, end, end + 1)
    }) {
        return Verdict::NotCompany;
    }
    // `le groupe Facebook "fater"`, `le groupe Facebook Marseille Gilet Jaune`: the group's own
    // name follows, so it is a group on the platform.
    if pattern.platform
        && !pattern.media
        && adjacent.is_some_and(|p| is_in(p, List::GroupNouns))
        && a_name_follows(words, end)
    {
        return Verdict::NotCompany;
    }
    // `"Mort, même l'ennemi a droit au respect" (Twitter)`: where a quote was posted.
    if pattern.platform && first.paren_before && words[end - 1].trailing == Some(')') {
        return Verdict::NotCompany;
    }
    // `le patron de Renault Carlos Ghosn`: after a title and `de`, the capitalised word that
    // follows is the person the title belongs to, not the rest of a name.
    let after_a_title = previous.is_some_and(|p| is_in(p, List::Particles))
        && before.len() >= 2
        && is_in(&before[before.len() - 2], List::Titles);
    // `le président Wilson`, `le sénateur Ford`: a title right before a family name makes it
    // the person's, in the whole article; `le président de Ford` heads the company.
    if risk.person && adjacent.is_some_and(|p| TITLED_PEOPLE.contains(&p.folded)) {
        return Verdict::Person;
    }
    if risk.person && looks_like_a_person(words, start) {
        // Only a first name makes it sure enough to change the other mentions' sense:
        // `Classic Recreations Ford` is not a person.
        return if after_a_first_name(words, start) {
            Verdict::Person
        } else {
            Verdict::NotCompany
        };
    }
    // `Marceau Baum-Gartner`, `Philippe Moreau-Chevrolet`: the second half of a double-barrelled
    // family name, whether or not the name is a family name on its own.
    if end - start == 1 && second_half_of_a_family_name(words, start) {
        return Verdict::Person;
    }
    // `Sephora, compagne de Kingsley Coman`: someone's kin is a person.
    if risk.person && (kin_in_apposition(words, end) || someone_in_apposition(words, end)) {
        return Verdict::Person;
    }
    // `M. Abbott`, `Me Lafarge`, `Dr Krug`: a civil title names a person, in this mention only,
    // since the article may name the company too.
    if after_a_civil_title(words, start) {
        return Verdict::NotCompany;
    }
    // `Philippe Moreau Chevrolet`, `M. Moreau Chevrolet`: the last of three words naming a
    // person, in this mention only.
    if end - start == 1 && last_of_a_three_word_name(words, start) {
        return Verdict::NotCompany;
    }
    // `l'autoroute Félix-Leclerc`, `le parc André-Citroën`: a family name hyphenated to a first
    // name is a person's, or a place named after one; in this mention only, since the article
    // may name the company too.
    if end - start == 1 && hyphenated_to_a_first_name(words, start) {
        return Verdict::NotCompany;
    }
    // `David Trimble`, `Paul Ricard`: a first name makes a person of a name the gazetteer does
    // not know as a family name too, in this mention only.
    if !risk.person && looks_like_a_person(words, start) && after_a_first_name(words, start) {
        return Verdict::NotCompany;
    }
    // `Nicolas Hulot`, but also `Porsche Torque Vectoring`: not a person for sure, so other
    // mentions keep their sense. A maker opening a headline before a capitalised word names a
    // model (`Bentley Mulsanne : …`), unless its name is a first name too (`Morgan Freeman`).
    let model_after = pattern.maker && opens_a_headline && !is_in(first, List::FirstNames);
    // `Marianne James`, `Nicolas Dufourcq`: a first name followed by a family name is someone,
    // and makes the bare name that person's in the rest of the article, as `Martin Bouygues`
    // does for `Bouygues`.
    let a_first_name = risk.person && end - start == 1 && is_in(first, List::FirstNames);
    let someone = || a_first_name && before_a_family_name(words, end);
    if risk.person && first_name_of(words, end) && !after_a_title && !model_after {
        return if someone() {
            Verdict::Person
        } else {
            Verdict::NotCompany
        };
    }
    // `Orange (Vaucluse)`, but `Laïta (Groupe Even)`.
    if risk.place
        && words
            .get(end)
            .is_some_and(|w| w.paren_before && w.capitalized && !w.upper && !is_in(w, List::Cues))
    {
        return Verdict::NotCompany;
    }
    // Neither a cue nor an outlet's business makes these the company:
    // `Public Health`, `Action Praticiens Hôpital`: a common word opening another name;
    // `Mitsui OSK Lines`: a name shared by several companies opening one the gazetteer lacks.
    if (risk.word && first_name_of(words, end)) || (risk.generic && opens_a_name(words, end)) {
        return Verdict::NotCompany;
    }
    // `Antofagasta (nord)`, `Orange (sud-est)`: where a place lies, in brackets; no company is
    // placed so.
    if words
        .get(end)
        .is_some_and(|w| w.paren_before && !w.capitalized && COMPASS_POINTS.contains(&w.folded))
    {
        return Verdict::NotCompany;
    }
    // `Macquarie Harbour`, `Orange County`: a place followed by the English word for what it is.
    if risk.place
        && capitalized_after(words, end).is_some_and(|next| GEOGRAPHY_AFTER.contains(&next.folded))
    {
        return Verdict::NotCompany;
    }
    // `la collection Printemps-Été`, `la Croix-Rouge`, `le sens Orange-Nîmes`: a common word or
    // a place hyphenated to a capitalised word is a compound, not the company.
    // So is a rare family name hyphenated to another: `un centre Dana-Farber`.
    if (risk.word || risk.place || (risk.person && risk.generic))
        && words
            .get(end)
            .is_some_and(|w| w.hyphenated() && w.capitalized && !w.sentence_start)
    {
        return Verdict::NotCompany;
    }
    // `la Croix rouge`, `la Poste jaune`: a colour after a common word qualifies the thing.
    if risk.word
        && words
            .get(end)
            .is_some_and(|w| !w.capitalized && !w.sentence_start && COLOURS.contains(&w.folded))
    {
        return Verdict::NotCompany;
    }
    // `la compagnie ALK-Airlines`: a name hyphenated to what a company is, is another
    // company's (the gazetteer's own such names are matched whole).
    if words.get(end).is_some_and(|w| {
        w.hyphenated()
            && w.capitalized
            && !w.sentence_start
            && (COMPANY_KINDS.contains(&w.folded) || names_a_company(w))
    }) {
        return Verdict::NotCompany;
    }
    // `Onet-le-Château`, `Châlons-en-Champagne`: a name hyphenated to a particle and another
    // capitalised word is a town's.
    if in_a_town_name(words, start, end) {
        return Verdict::NotCompany;
    }
    // `DEPUIS SIX MOIS`, `IL MANGE DU MCDO`: a headline in capitals, not an acronym.
    if first.upper && in_capitals(words, start, end) {
        return Verdict::NotCompany;
    }
    // `l'AccorHotels Arena`, `la salle Accor Hotel Arena`, `le VYV Festival`: a sponsor's name
    // on a venue or an event.
    if names_a_venue(words, end) {
        return Verdict::NotCompany;
    }
    // `la Transat AG2R`, `le Tour Auto Optic 2000`: the sponsor's name after a race's.
    if sponsors_a_race(words, start) {
        return Verdict::NotCompany;
    }
    // `Amel Association International`, `la Fondation Bettencourt`'s English twin `Bettencourt
    // Foundation`, `Santos Futebol Clube`: a name opening an organisation's that is no company.
    if words.get(end).is_some_and(|w| {
        w.plain_space_before && !w.sentence_start && ORGANISATIONS.contains(&w.folded)
    }) {
        return Verdict::NotCompany;
    }
    // `la maladie de Kawasaki`, `l'échelle de Richter`: a name given to a disease or a measure.
    if governing.is_some_and(|g| is_in(g, List::Eponyms)) && !cue_before {
        return Verdict::NotCompany;
    }
    // `l'AP-HP`: two capitals glued to another word are an abbreviation of something else;
    // so is a name they are glued to (`le Snam-HP`, a doctors' union).
    let two_capitals = |w: &Word| w.upper && w.folded.len() == 2;
    if pattern.words.len() == 1
        && ((two_capitals(first) && in_a_hyphenation(words, start))
            || words
                .get(end)
                .is_some_and(|w| two_capitals(w) && w.hyphenated() && !w.sentence_start))
    {
        return Verdict::NotCompany;
    }
    // `la Fromagerie Alpine`, `Single Malt`, `BMO Capital Markets`, `Type R Continental`: a
    // common word or a place inside another name; `Fosun Capital Group`: so is a name shared
    // by several companies, right after a capitalised word.
    let inside_another_name = !first.sentence_start
        && (((risk.word || risk.place)
            && (looks_like_a_person(words, start) || after_an_acronym(words, start)))
            || ((risk.word || risk.place || risk.generic)
                && after_a_capitalised_word(words, start)));
    if inside_another_name {
        return Verdict::NotCompany;
    }
    // A stage name among people's, a band: no company, whatever the cues.
    if listed_among_people(words, start, end) || a_band(words, start) {
        return Verdict::NotCompany;
    }
    // An outlet is an actor only in the news of its business (`le rachat du Parisien`, `TF1 a
    // acquis les droits`, `le directeur général de La Voix du Nord`); elsewhere it is cited,
    // quoted or watched.
    if pattern.outlet {
        // A platform is named as the company by a cue (`le réseau social Twitter`, `YouTube,
        // la plateforme vidéo de Google`) or when it acts.
        let platform_acts = !pattern.media
            && (cue_before || cue_in_apposition || acts(words, end) || agent(words, start));
        // `Voici les dix recettes`: a title that is a common word, opening a sentence before an
        // article, is the word, whatever business words follow (recettes, revenues or recipes).
        let word_then_article = words.get(end).is_some_and(|next| {
            next.plain_space_before
                && (is_in(next, List::DefiniteArticles)
                    || matches!(next.folded, "un" | "une" | "des" | "ce" | "cette" | "ces"))
        });
        if risk.word && first.sentence_start && word_then_article && !platform_acts {
            return Verdict::NotCompany;
        }
        if platform_acts || about_its_business(words, start, end, !pattern.media) {
            return Verdict::Company;
        }
        // `Focus sur cinq présentateurs`, `- Public en baudruche -`: a title that is a common
        // word, opening a sentence before a preposition, is the word.
        let word_then_preposition = words.get(end).is_some_and(|next| {
            next.plain_space_before
                && ["sur", "en", "pour", "dans", "de", "du", "des", "au", "aux"]
                    .contains(&next.folded)
        });
        if risk.word && first.sentence_start && word_then_preposition {
            return Verdict::NotCompany;
        }
        return Verdict::Outlet;
    }
    // `Apple CarPlay`, `Google Maps`, `Facebook Live`: a service or a device of the company,
    // named with it.
    let product_line =
        capitalized_after(words, end).is_some_and(|w| PRODUCT_LINES.contains(&w.folded));
    // A cue after the model is about its owner: `l'Airbus A320 de la compagnie PIA`; one in
    // apposition is about the name: `une enquête visant Tesla, le constructeur`. A cue before
    // a service names the service: `le magasin d'applications Google Play`.
    if (product_line || (product && !cue_before)) && !cue_in_apposition {
        // A name shared with a word or another company (`Continental GT` is a Bentley) is
        // left waiting, even opening a headline.
        let makers_news = opens_a_headline
            && !risk.word
            && !risk.generic
            && opens_with_a_model(words, start, end);
        return if makers_news {
            Verdict::Company
        } else {
            Verdict::NeedsEvidence
        };
    }
    // `à Yokohama, le directeur de Nissan`: a cue nearby is about someone else.
    if risk.place && previous.is_some_and(|p| is_in(p, List::PlacePrepositions)) {
        return Verdict::NeedsEvidence;
    }
    // `conduits vers Cavaillon et Orange`: the last of the places after a preposition.
    if risk.place && !cue_before && last_of_places(before) {
        return Verdict::NeedsEvidence;
    }
    // `l'A7 entre Lyon et Orange`: one end of a stretch of road or a journey, unless the
    // company is named elsewhere (`la bataille entre Orange et Free`).
    // `entre Lançon-de-Provence et Orange`: a town of several words may come first.
    let between = words[sentence_begin..start]
        .iter()
        .rev()
        .take(6)
        .any(|w| w.folded == "entre");
    if risk.place && !cue_before && between {
        return Verdict::NeedsEvidence;
    }
    // `En Avril, le président…`: a month, a colour, whatever the cues.
    if risk.word && previous.is_some_and(|p| p.folded == "en") {
        return Verdict::NeedsEvidence;
    }
    // `le président du Puy du Fou, Nicolas de Villiers`: someone, whatever the cue before
    // (`le PDG Nicolas Dufourcq`).
    if someone() {
        return Verdict::Person;
    }
    // `aux côtés de Céline`, `Paul, 34 ans`: a first name alone is someone's, unless a cue or
    // another mention says it is the company.
    if a_first_name && !cue {
        return Verdict::NeedsEvidence;
    }
    // `réfugiées dans le Monoprix`, `à l'intérieur du Super U`: where someone is, one shop.
    if pattern.retailer
        && risk.is_safe()
        && !cue
        && a_retailer_after_an_article(words, start)
        && in_a_shop(words, start)
        && !staff_before(words, start)
    {
        return Verdict::Venue;
    }
    // `à la sortie de l'Intermarché`: the shop the article names elsewhere, if it does.
    if pattern.retailer
        && risk.is_safe()
        && !cue
        && a_retailer_after_an_article(words, start)
        && !staff_before(words, start)
    {
        return Verdict::ShopOrChain;
    }
    // `chez Goldman` where the article names Jean-Jacques Goldman: at his, not at the bank's.
    if risk.person && risk.generic && !cue_after && at_someone_s(before, &is_cue) {
        return Verdict::CompanyUnlessPerson;
    }
    if risk.is_safe() || cue {
        return Verdict::Company;
    }
    // `le Printemps`, `dans le Berkshire`: the common word or the place, unless the company is
    // named elsewhere (a place of several words is named with its article: `le Puy du Fou`).
    // `tout Occidental`, `chaque Orange`: a noun after a quantifier.
    if (risk.word || (risk.place && end - start == 1))
        && (is_in(first, List::DefiniteArticles)
            || first.definite
            || previous.is_some_and(|p| {
                is_in(p, List::DefiniteArticles) || QUANTIFIERS.contains(&p.folded)
            }))
    {
        return Verdict::NeedsEvidence;
    }
    if risk.generic {
        return Verdict::SharedName;
    }
    if (risk.word || risk.place) && first.sentence_start {
        return Verdict::NeedsEvidence;
    }
    if risk.person {
        return Verdict::CompanyUnlessPerson;
    }
    Verdict::Company
}

/// Whether words of a media's business (`rachat`, `salariés`, `audiences`), or of a `platform`'s
/// (`modération`, `règles`), are within six words of the name at `start..end`, in the same
/// clause: `le patron du constructeur, Bloomberg annonce` is not about Bloomberg's business.
pub(super) fn about_its_business(words: &[Word], start: usize, end: usize, platform: bool) -> bool {
    let mut first_word = start;
    while first_word > 0
        && start - first_word < 6
        && !words[first_word].sentence_start
        && words[first_word].gap_before == Gap::Space
    {
        first_word -= 1;
    }
    // An apposition that says what the outlet is describes it: `CNews, chaîne détenue par le
    // groupe Canal+`.
    let described = end < words.len()
        && words[end - 1].trailing == Some(',')
        && OUTLET_KINDS.contains(&words[end].folded);
    let mut last_word = if described { end + 1 } else { end };
    while last_word < words.len()
        && last_word - end < 6
        && !words[last_word].sentence_start
        && words[last_word].gap_before == Gap::Space
    {
        last_word += 1;
    }
    // The name's own words count only inside a longer name (`Capital` is no business).
    let inside = if end - start > 1 { start..end } else { 0..0 };
    (first_word..start)
        .filter(|&k| !opens_a_relative_clause(&words[k + 1]))
        .chain(inside)
        .chain(end.min(last_word)..last_word)
        .any(|k| {
            let w = &words[k];
            (is_in(w, List::MediaBusiness)
                && !(platform && USERS_MOVES.contains(&w.folded))
                && !a_figure_not_a_turnover(words, k))
                || held_by(words, k)
                || (platform && PLATFORM_BUSINESS.contains(&w.folded))
        })
        || (first_word..start)
            .any(|k| MEDIA_EVENTS.contains(&words[k].folded) || parent_noun(words, k))
}

/// Whether the word opens a relative clause (`un groupe que RTL qualifie de fourre-tout`, `les
/// salariés dont l'AFP a eu connaissance`): the noun before it is not what the name after it is,
/// but what the clause is about.
fn opens_a_relative_clause(word: &Word) -> bool {
    matches!(word.folded, "que" | "qui" | "dont")
}

/// What an outlet is, in an apposition after its name: `CNews, chaîne d'information`.
const OUTLET_KINDS: &[&str] = &[
    "chaine",
    "journal",
    "quotidien",
    "hebdomadaire",
    "mensuel",
    "magazine",
    "radio",
    "station",
];

/// Whether a name follows the word at `end`, in quotes or capitalised: `"fater"`, `Marseille
/// Gilet Jaune`; not a legal form or a cue (`Facebook Inc`).
fn a_name_follows(words: &[Word], end: usize) -> bool {
    // `le groupe Facebook appelé "Féminicides"`: the name after a word that gives it.
    let end = match words.get(end) {
        Some(w) if NAMED.contains(&w.folded) && w.plain_space_before => end + 1,
        _ => end,
    };
    words.get(end).is_some_and(|w| {
        // An opening quote starts a sentence for the rules; here it opens the name.
        let quoted = [gap_of("\""), gap_of("«"), gap_of("“")].contains(&w.gap_before);
        let capitalised = w.capitalized
            && w.plain_space_before
            && !w.sentence_start
            && !is_in(w, List::LegalForms)
            && !is_in(w, List::Cues);
        quoted || capitalised
    })
}

/// Words that give a name: `un groupe appelé "Les Amis"`.
const NAMED: &[&str] = &[
    "appele",
    "appelee",
    "baptise",
    "baptisee",
    "nomme",
    "nommee",
    "intitule",
    "intitulee",
];

/// Whether the name follows a race's own, capitalised, as its sponsor: `la Transat AG2R`, `le
/// Trophée Andros`, `le Tour Auto Optic 2000`.
fn sponsors_a_race(words: &[Word], start: usize) -> bool {
    let part_of_the_name = |k: usize| {
        words[k].capitalized && !words[k].sentence_start && words[k + 1].plain_space_before
    };
    // `la transat AG2R`: the race's noun needs no capital.
    let race = start >= 1
        && match words[start - 1].folded {
            "transat" => words[start].plain_space_before,
            "trophee" => part_of_the_name(start - 1),
            _ => false,
        };
    let tour_auto = start >= 2
        && words[start - 1].folded == "auto"
        && words[start - 2].folded == "tour"
        && part_of_the_name(start - 1)
        && words[start - 2].capitalized;
    race || tour_auto
}

/// Adjectives of a local authority's council: `le conseil municipal`, `le conseil régional`.
const LOCAL_AUTHORITIES: &[&str] = &[
    "municipal",
    "municipale",
    "municipaux",
    "regional",
    "regionale",
    "regionaux",
    "departemental",
    "departementale",
    "departementaux",
    "metropolitain",
    "communautaire",
];

/// The works a pollster is paid for: `une étude CSA pour Malakoff Humanis`.
const STUDIES: &[&str] = &["etude", "enquete", "barometre", "sondage"];

/// Whether the name is the client a pollster ran a study for: `une étude Odoxa réalisée pour
/// CGI`, `le baromètre BVA pour Orange`. The client paid for the work: a company, whatever its
/// name's risk.
fn client_of_a_study(words: &[Word], start: usize) -> bool {
    const MADE: &[&str] = &[
        "realise",
        "realisee",
        "realises",
        "realisees",
        "exclusivement",
        "mene",
        "menee",
    ];
    if start < 2 || words[start - 1].folded != "pour" {
        return false;
    }
    let mut k = start - 2;
    while k > 0 && MADE.contains(&words[k].folded) {
        k -= 1;
    }
    let made = k + 2 < start;
    // The pollster's name: up to three capitalised words right after the study. Without it
    // or `réalisé`, `pour` may say who the study favours: `mauvais sondage pour Nicolas Sarkozy`.
    let name_end = k + 1;
    while k > 0 && words[k].capitalized && name_end - k <= 3 {
        k -= 1;
    }
    let named = name_end > k + 1;
    (made || named)
        && STUDIES.contains(&words[k].folded)
        && words[k + 1..=start].iter().all(|w| !w.sentence_start)
}

/// Whether the name is the firm that ran a study for a client: `une étude CSA pour Malakoff
/// Humanis`, `une enquête Harris Interactive pour`. Only a pollster's name stands right between
/// the study and its client; `une étude du CSA` may be the regulator's own.
fn a_commissioned_study(before: &[Word], first: &Word, after: &[Word]) -> bool {
    first.gap_before == Gap::Space
        && before.last().is_some_and(|w| STUDIES.contains(&w.folded))
        && after
            .first()
            .is_some_and(|w| w.folded == "pour" && w.gap_before == Gap::Space)
}

/// Whether the word at `k` says who owns something: `détenue par le groupe Canal+`. Without
/// `par`, `détenu` is mostly a prisoner (`le destin du détenu`).
fn held_by(words: &[Word], k: usize) -> bool {
    matches!(
        words[k].folded,
        "detenu" | "detenue" | "detenus" | "detenues"
    ) && words.get(k + 1).is_some_and(|w| w.folded == "par")
}

/// Whether the word at `k` is `chiffre` but not `chiffre d'affaires`: a turnover is business,
/// but a figure a radio gave is a citation (`un chiffre annoncé par la radio RTL`).
fn a_figure_not_a_turnover(words: &[Word], k: usize) -> bool {
    words[k].folded == "chiffre"
        && words
            .get(k + 1)
            .is_none_or(|next| next.folded != "affaires")
}

/// `quitter Twitter`, `a rejoint Instagram`: staff move between outlets, but users are who
/// come to a platform or leave it.
const USERS_MOVES: &[&str] = &["quitte", "quitter", "rejoint", "rejoindre"];

/// Whether the name at `start` is the agent of a passive verb: `bloquée par Facebook`,
/// `rachetée par Facebook`. What is done by a platform is done by the company, but a message
/// or an interview sent by one went through it (`un message envoyé à l'AFP par WhatsApp`).
pub(super) fn agent(words: &[Word], start: usize) -> bool {
    const SENT: &[&str] = &[
        "message",
        "messages",
        "interview",
        "entretien",
        "appel",
        "appels",
        "envoye",
        "envoyee",
        "envoyes",
        "envoyees",
        "adresse",
        "adressee",
        "adresses",
        "adressees",
        "transmis",
        "transmise",
    ];
    let Some(by) = start.checked_sub(1).map(|k| &words[k]) else {
        return false;
    };
    by.folded == "par"
        && by.plain_space_before
        && !words[..start]
            .iter()
            .rev()
            .skip(1)
            .take(4)
            .take_while(|w| !w.sentence_start)
            .any(|w| SENT.contains(&w.folded))
}

/// Whether the name at `..end` is the subject of the verb right after it: `Twitter a masqué un
/// message`, `YouTube ferme des comptes`. A platform that acts is the company; a newspaper that
/// does (`Le Monde révèle`) is mostly a source, so this is for platforms only.
pub(super) fn acts(words: &[Word], end: usize) -> bool {
    const VERBS: &[&str] = &[
        "a",
        "avait",
        "aurait",
        "va",
        "vient",
        "ont",
        "annonce",
        "estime",
        "explique",
        "affirme",
        "assure",
        "indique",
        "precise",
        "reconnait",
        "justifie",
        "refuse",
        "accepte",
        "veut",
        "souhaite",
        "doit",
        "compte",
        "propose",
        "teste",
        "permet",
        "interdit",
        "supprime",
        "retire",
        "ferme",
        "bloque",
        "suspend",
        "masque",
        "signale",
        "bannit",
        "rejoint",
        "lance",
        "finance",
        "investit",
        "rachete",
        "achete",
        "recrute",
        "licencie",
        "paie",
        "verse",
    ];
    words
        .get(end)
        .is_some_and(|w| w.plain_space_before && !w.sentence_start && VERBS.contains(&w.folded))
}

/// Whether the name at `start` opens a picture's credit line or caption: `Crédit photo :
/// Porsche`, `Crédit images : Ford/Twitter`, `Crédits : RM Sotheby's`, `Photo : Bugatti Veyron`.
pub(super) fn credited_for_a_picture(words: &[Word], start: usize) -> bool {
    if !words[start].sentence_start {
        return false;
    }
    // `Photo : Bugatti Veyron`: a caption names what is pictured.
    if start >= 1
        && matches!(words[start - 1].folded, "photo" | "photos")
        && words[start].gap_before == gap_of(":")
    {
        return true;
    }
    let mut k = start;
    for _ in 0..3 {
        let Some(previous) = k.checked_sub(1).map(|p| &words[p]) else {
            return false;
        };
        match previous.folded {
            "credit" | "credits" => return true,
            "photo" | "photos" | "image" | "images" | "video" | "videos" => k -= 1,
            _ => return false,
        }
    }
    false
}

/// `L'Audi A4 passe au restylage`, `Porsche 911 Speedster : pour 2019`, `Nouvelle Audi RS 6`:
/// a headline opening with a maker's model is the maker's news (a launch, a facelift, a
/// record), where the same words in a story may be any car. `words` open the headline.
pub(super) fn opens_with_a_model(words: &[Word], start: usize, end: usize) -> bool {
    let opening = words[..start].iter().all(|w| {
        is_in(w, List::DefiniteArticles)
            || matches!(
                w.folded,
                "nouvelle" | "nouveau" | "nouvel" | "nouvelles" | "nouveaux"
            )
    });
    opening && followed_by_a_model(words, end)
}

/// Whether a model's name or number follows the maker's name that ends at `end`: `Audi A4`,
/// `Porsche 911`, `Lamborghini Countach`.
pub(super) fn followed_by_a_model(words: &[Word], end: usize) -> bool {
    words.get(end).is_some_and(|w| {
        w.plain_space_before && !w.sentence_start && (w.capitalized || w.holds_a_digit())
    })
}

/// `les Ferrari F40, Lamborghini Countach`: a maker written with a model, listed right after a
/// model with a number (not a year), is one of the cars listed.
pub(super) fn listed_after_a_model(words: &[Word], start: usize, end: usize) -> bool {
    let first = &words[start];
    if first.sentence_start || !followed_by_a_model(words, end) {
        return false;
    }
    // The model before, past `et` or `ou`, or a comma.
    let model_before = match start.checked_sub(1).map(|k| &words[k]) {
        Some(w) if first.gap_before == gap_of(",") => Some(w),
        Some(w) if matches!(w.folded, "et" | "ou") && first.plain_space_before => {
            start.checked_sub(2).map(|k| &words[k])
        }
        _ => None,
    };
    // A year is no model: `En 2019, Toyota Motor Europe`.
    model_before.is_some_and(|w| w.capitalized && w.holds_a_digit() && !w.is_a_year())
}

/// `des modèles Fiat, Abarth ou Lancia`: a make listed after the make an object noun names is
/// an object's make too. The list's items are capitalised words, between commas, `et`, `ou`
/// or `ou encore`; the name at `start..end` must end the list or be followed by more of it:
/// in `sa gamme Panamera, Porsche a introduit`, the comma ends a clause.
pub(super) fn listed_after_an_object_s_make(words: &[Word], start: usize, end: usize) -> bool {
    let listed_on = words.get(end).is_some_and(|next| {
        !next.sentence_start
            && (next.gap_before == gap_of(",") || matches!(next.folded, "et" | "ou"))
    });
    let ends_the_list =
        words[start].gap_before != gap_of(",") && item_before(words, start).is_some();
    if !(listed_on || ends_the_list) {
        return false;
    }
    let mut item = start;
    let mut crossed = 0;
    loop {
        let object_before = item > 0
            && !words[item].sentence_start
            && words[item].plain_space_before
            && is_in(&words[item - 1], List::ProductNouns);
        if object_before {
            return crossed > 0;
        }
        // The item before, of one or more capitalised words: `Alfa Romeo`.
        let Some(last) = item_before(words, item).filter(|&k| words[k].capitalized) else {
            return false;
        };
        item = last;
        while item > 0
            && words[item].plain_space_before
            && !words[item].sentence_start
            && words[item - 1].capitalized
        {
            item -= 1;
        }
        crossed += 1;
    }
}

/// The last word of the list item before the one starting at `item`, when a comma, `et`, `ou`
/// or `ou encore` separates them.
pub(super) fn item_before(words: &[Word], item: usize) -> Option<usize> {
    if item == 0 || words[item].sentence_start {
        return None;
    }
    if words[item].gap_before == gap_of(",") {
        return Some(item - 1);
    }
    if !words[item].plain_space_before {
        return None;
    }
    let conjunction = match words[item - 1].folded {
        "et" | "ou" => item - 1,
        "encore" if item >= 2 && words[item - 2].folded == "ou" => item - 2,
        _ => return None,
    };
    (conjunction > 0 && !words[conjunction].sentence_start).then(|| conjunction - 1)
}

/// Whether a determiner opens the words before the name, past up to two lower-case words that
/// are not cues: `la nouvelle Alpine`, `les plus anciennes Porsche`, `et autre Koenigsegg`, `un
/// scooter électrique BMW` (but `ses rivaux Toyota`: `rivaux` is a cue).
pub(super) fn determined(words: &[Word], start: usize) -> bool {
    let mut k = start;
    for _ in 0..3 {
        if k == 0 || words[k].sentence_start || !words[k].plain_space_before {
            return false;
        }
        k -= 1;
        let word = &words[k];
        // `le géant français du luxe LVMH`: `du` ties a trade to the cue before it, not a
        // determiner to an object.
        let of_a_trade = word.folded == "du"
            && words[k.saturating_sub(3)..k]
                .iter()
                .any(|w| is_in(w, List::Cues));
        if of_a_trade {
            return false;
        }
        if is_in(word, List::DefiniteArticles)
            || is_in(word, List::ProductDeterminers)
            || matches!(word.folded, "autre" | "autres")
            // `deux Porsche`, `12 Rolls-Royce`, `des Tesla`: a count of objects, right before
            // the name.
            || (k + 1 == start
                && (NUMERALS.contains(&word.folded)
                    || is_in(word, List::PluralIndefinite)
                    || word.is_a_number()))
        {
            return true;
        }
        if word.capitalized || is_in(word, List::Particles) || is_in(word, List::Cues) {
            return false;
        }
    }
    false
}

/// Whether a trade comes a few words before the object noun right before the name at `start`:
/// the noun is then the trade's goods (`le fabricant japonais de pneus Bridgestone`, `le loueur
/// de voitures Hertz`), not an object of that make.
pub(super) fn a_trade_names_the_products(words: &[Word], start: usize) -> bool {
    let Some(noun) = start.checked_sub(1) else {
        return false;
    };
    // `de pneus`, `des voitures`, `d'automobiles`: the noun is what the trade deals in.
    let of = if words[noun].elided {
        noun
    } else if noun >= 1 && matches!(words[noun - 1].folded, "de" | "des" | "du") {
        noun - 1
    } else {
        return false;
    };
    // `un petit groupe de modèles Mercedes` is a set of cars.
    words[of.saturating_sub(3)..of]
        .iter()
        .any(|w| is_in(w, List::Cues) && !matches!(w.folded, "groupe" | "groupes"))
}

/// `la chaîne d'ameublement Habitat`, `une chaîne de restaurants Flunch`: a chain named by
/// its trade is a company, where `chaîne` alone may be a channel or a medium.
pub(super) fn chain_of_a_trade(before: &[Word], first: &Word) -> bool {
    let lower = |w: &Word| !w.capitalized && w.plain_space_before && !w.sentence_start;
    let chain = |w: &Word| matches!(w.folded, "chaine" | "chaines");
    // `la chaîne de la TNT`, `la chaîne de télévision NTV`, `la chaîne d'information NTV` are
    // channels.
    const BROADCAST: &[&str] = &[
        "television",
        "information",
        "info",
        "infos",
        "radio",
        "sport",
        "sports",
        "cinema",
        "series",
        "musique",
        "jeunesse",
        "documentaires",
        "tele",
    ];
    let trade = |w: &Word| {
        lower(w)
            && !is_in(w, List::Particles)
            && !w.holds_a_digit()
            && !BROADCAST.contains(&w.folded)
    };
    first.plain_space_before
        && match before {
            [.., noun, what] if what.elided && !what.definite => chain(noun) && trade(what),
            [.., noun, de, what] => chain(noun) && de.folded == "de" && lower(de) && trade(what),
            _ => false,
        }
}

/// Whether the two words before the name at `start` are an object noun or a part and a word
/// describing it, in the same clause: `des pneumatiques slicks Pirelli`.
/// After `de`, only a part: `le fabricant chinois de téléphones portables Xiaomi` names what
/// the trade makes, and the trade is too far back to be seen. Not a complement (`le service
/// d'autopartage Autolib`, `le modèle horrible d'Amazon`), nor a tailor (`le tailleur parisien
/// Arnys`), whose noun is a garment's too.
pub(super) fn described_object_before(words: &[Word], start: usize) -> bool {
    const NOT_DESCRIBING: &[&str] = &[
        "a", "au", "aux", "par", "pour", "avec", "chez", "sans", "sur", "en", "dont", "que", "qui",
        "et", "ou",
    ];
    let [.., of, noun, described] = &words[..start] else {
        return false;
    };
    let attached = |w: &Word| w.plain_space_before && !w.sentence_start;
    let part = PARTS.contains(&noun.folded);
    let goods_of_a_trade = of.folded == "de" || noun.elided;
    attached(&words[start])
        && !words[start].elided
        && attached(described)
        && !described.elided
        && noun.folded != "tailleur"
        && !described.capitalized
        && !described.holds_a_digit()
        && !NOT_DESCRIBING.contains(&described.folded)
        && !is_in(described, List::Particles)
        && !is_in(described, List::Cues)
        && (part || (is_in(noun, List::ProductNouns) && !goods_of_a_trade))
}

/// Whether the words on both sides of the name at `start..end` are written in capitals too,
/// in the same sentence.
pub(super) fn in_capitals(words: &[Word], start: usize, end: usize) -> bool {
    let shouted = |w: &Word| w.upper && w.folded.chars().filter(|c| c.is_alphabetic()).count() > 1;
    start > 0
        && words[start].plain_space_before
        && !words[start].sentence_start
        && shouted(&words[start - 1])
        && words
            .get(end)
            .is_some_and(|next| next.plain_space_before && !next.sentence_start && shouted(next))
}

/// Whether the acronym at `start..end`, in brackets, is made of the initials of the words right
/// before the bracket, small words aside: `International Crisis Group (ICG)`.
pub(super) fn abbreviates_the_name_before(words: &[Word], start: usize, end: usize) -> bool {
    const SMALL: &[&str] = &[
        "de", "des", "du", "d", "et", "la", "le", "les", "l", "of", "for", "and", "the", "a",
    ];
    let first = &words[start];
    if end - start != 1 || !first.upper || !first.paren_before || first.trailing != Some(')') {
        return false;
    }
    let letters: Vec<char> = first.folded.chars().collect();
    if letters.len() < 2 || !letters.iter().all(char::is_ascii_alphabetic) {
        return false;
    }
    // The words before, read backwards, small words skipped.
    let named: Vec<&Word> = words[..start]
        .iter()
        .rev()
        .filter(|w| !SMALL.contains(&w.folded))
        .take(letters.len() + SKIPPED_IN_AN_ACRONYM)
        .collect();
    initials_among(&named, &letters)
}

fn initial(word: &Word) -> char {
    word.folded.chars().next().unwrap_or(' ')
}

/// How many words an acronym may leave out of the name it abbreviates: `l'Office central de
/// répression du trafic des biens culturels (OCBC)` leaves out two.
const SKIPPED_IN_AN_ACRONYM: usize = 3;

/// Whether `letters` are the initials of some of the words `named` (read backwards from the
/// bracket), in one sentence, the last letter that of the word right before it, with at most
/// [`SKIPPED_IN_AN_ACRONYM`] words left out between; once one is, the first letter must be a
/// capitalised word's.
fn initials_among(named: &[&Word], letters: &[char]) -> bool {
    let mut left = letters.len();
    let mut skipped = 0;
    for (k, word) in named.iter().enumerate() {
        // `l'Entente des élus (EE)` is not `élus`; `le Trésorier-payeur général (TPG)` leaves
        // nothing out.
        let opens = left > 1 || skipped == 0 || word.capitalized;
        if initial(word) == letters[left - 1] && opens {
            left -= 1;
            if left == 0 {
                return true;
            }
        } else if k == 0 || skipped == SKIPPED_IN_AN_ACRONYM {
            return false;
        } else {
            skipped += 1;
        }
        if word.sentence_start {
            return false;
        }
    }
    false
}

/// `le coréen Hyundai`, `l'américain Google`, `les japonais Toyota et Suzuki`: a nationality
/// written as a noun, right before a name, names a firm; a person's is written with a capital
/// (`le Coréen`), and `l'entreprise familiale` is no nationality.
pub(super) fn after_a_nationality_noun(before: &[Word], first: &Word) -> bool {
    let [.., article, nationality] = before else {
        return false;
    };
    is_in(nationality, List::Nationalities)
        && !nationality.capitalized
        && !nationality.folded.starts_with("famil")
        && (nationality.definite || is_in(article, List::DefiniteArticles))
        && first.plain_space_before
        && !first.sentence_start
}

/// `le Conseil supérieur de l'audiovisuel (CSA) … le président du CSA`: once the article spells
/// an acronym out as another body's, every mention written the same way is that body, whatever
/// the cues around it.
pub(super) fn spelt_out_elsewhere(texts: &[&str], mentions: &mut [Mention]) {
    let written = |m: &Mention| texts[m.2].get(m.3.clone()).unwrap_or("");
    // `Australian Associated Press (AAP)` spells out the company's own name.
    let after_its_own_name = |m: &Mention| {
        mentions.iter().any(|other| {
            other.0 == m.0
                && other.2 == m.2
                && texts[m.2]
                    .get(other.3.end..m.3.start)
                    .is_some_and(|between| between.trim() == "(")
        })
    };
    let spelt: Vec<(usize, String)> = mentions
        .iter()
        .filter(|m| m.1 == Verdict::Abbreviation && !after_its_own_name(m))
        .map(|m| (m.0, written(m).to_string()))
        .collect();
    if spelt.is_empty() {
        return;
    }
    for mention in mentions.iter_mut() {
        let same = spelt
            .iter()
            .any(|(company, acronym)| *company == mention.0 && acronym == written(mention));
        if same && mention.1 != Verdict::Abbreviation {
            mention.1 = Verdict::NotCompany;
        }
    }
}

/// Whether mentions `earlier` and `later` are next to each other in a list, maybe past a mention
/// inside a note in brackets: `Ben & Jerry's (glacier appartenant à Unilever), Patagonia`.
pub(super) fn listed_next(
    texts: &[&str],
    mentions: &[Mention],
    earlier: usize,
    later: usize,
) -> bool {
    let (first, second) = (&mentions[earlier], &mentions[later]);
    let past_a_note = || {
        texts[second.2]
            .get(first.3.end..second.3.start)
            .is_some_and(|between| between.trim_start().starts_with('('))
    };
    listed_together(texts, first, second) && (later == earlier + 1 || past_a_note())
}

/// Whether `earlier` and `later` are named one after the other in a list of the same text:
/// only a list separator between them, no overlap (a title's name is not beside a body's).
pub(super) fn listed_together(texts: &[&str], earlier: &Mention, later: &Mention) -> bool {
    earlier.2 == later.2
        && texts[later.2]
            .get(earlier.3.end..later.3.start)
            .is_some_and(is_a_list_separator)
}

/// `, `, ` et `, ` ou `, or a note in brackets before them (`Verizon (télécoms), Honda`), or
/// names the gazetteer lacks listed between them (`Patagonia, North Face et REI`).
pub(super) fn is_a_list_separator(between: &str) -> bool {
    let between = between.trim_start();
    // `Iliad (Free)`: the second name in brackets right after the first.
    if between.trim_end() == "(" {
        return true;
    }
    let between = match between.strip_prefix('(') {
        Some(rest) => match rest.split_once(')') {
            Some((note, after)) if note.len() <= 40 => after,
            _ => return false,
        },
        None => between,
    };
    let between = between.trim();
    is_a_separator(between) || lists_other_names(between)
}

/// `,`, `et`, `ou` or `&` between two names of a list.
pub(super) fn is_a_separator(between: &str) -> bool {
    matches!(between, "," | "et" | "ou" | ", et" | ", ou" | "&")
}

/// Whether `between` is separators around one to three names of one to three capitalised
/// words each: `, North Face et`, `, Bonobo, Cache Cache,`.
pub(super) fn lists_other_names(between: &str) -> bool {
    if between.len() > 80 || !between.starts_with(',') {
        return false;
    }
    let spaced = between.replace(',', " , ");
    let (mut names, mut words_of_name) = (0, 0);
    for token in spaced.split_whitespace() {
        if is_a_separator(token) {
            names += usize::from(words_of_name > 0);
            words_of_name = 0;
        } else if token.starts_with(char::is_uppercase) && words_of_name < 3 {
            words_of_name += 1;
        } else {
            return false;
        }
    }
    words_of_name == 0 && (1..=3).contains(&names)
}

/// Whether a hyphen glues the word at `start` to the word before or after it (`AP-HP`).
pub(super) fn in_a_hyphenation(words: &[Word], start: usize) -> bool {
    let glued = |w: &Word| !w.sentence_start && w.hyphenated();
    glued(&words[start]) && start > 0 || words.get(start + 1).is_some_and(glued)
}

/// `sur Twitter`, `un groupe Facebook`, `sur Instagram et Twitter`: a platform used as a medium.
/// `governing` is the last word of `before` that is not a particle; `broadcaster` says the
/// platform is a channel or a station.
pub(super) fn is_a_medium(before: &[Word], governing: Option<&Word>, broadcaster: bool) -> bool {
    let Some(governing) = governing else {
        return false;
    };
    let at = |k: usize| before.len().checked_sub(k).map(|i| &before[i]);
    // `la star de YouTube`: someone famous on a platform, not in its news; a channel's star
    // works for it.
    if !broadcaster
        && matches!(governing.folded, "star" | "stars" | "vedette" | "vedettes")
        && at(1).is_some_and(|w| matches!(w.folded, "de" | "du"))
    {
        return true;
    }
    // `le dernier jeu vidéo de Nintendo` is a game the studio makes, not a video on it.
    let preceding = word_before_governing(before, governing);
    if matches!(governing.folded, "video" | "videos")
        && preceding.is_some_and(|w| matches!(w.folded, "jeu" | "jeux"))
    {
        return false;
    }
    // `un entretien accordé à Yahoo`: a platform given an interview publishes it, as an outlet.
    if governing.folded == "a"
        && preceding.is_some_and(|w| {
            matches!(
                w.folded,
                "accorde" | "accordee" | "entretien" | "interview" | "entretiens" | "interviews"
            )
        })
    {
        return true;
    }
    let after_sur = || {
        [2, 3]
            .iter()
            .filter_map(|&k| at(k))
            .any(|w| matches!(w.folded, "sur" | "via"))
    };
    // `la chaîne C8 a été condamnée` names a channel by what it is, where `la chaîne YouTube
    // de` and `diffusé sur la chaîne TF1` are where something was shown.
    if broadcaster && governing.folded == "chaine" {
        return after_sur();
    }
    if is_in(governing, List::GroupNouns) {
        // `un groupe Facebook`, `ce groupe Facebook`, not `le groupe Facebook`.
        // `d'autres groupes Facebook`, `plusieurs groupes Facebook` too.
        // `sur le groupe Facebook`, `les membres du groupe Facebook`: one group, used; but
        // `une arrivée dans le groupe France Télévisions` joins a media group.
        let used =
            || at(3).is_some_and(|w| matches!(w.folded, "sur" | "dans" | "membres" | "membre"));
        return at(2).is_some_and(|w| {
            is_in(w, List::ProductDeterminers)
                || is_in(w, List::PluralIndefinite)
                || matches!(w.folded, "ce" | "ces" | "autres" | "plusieurs" | "nombreux")
        }) || (!broadcaster && used());
    }
    if is_in(governing, List::Conjunctions) {
        return at(2).is_some_and(|w| w.capitalized)
            && at(3).is_some_and(|w| is_in(w, List::MediumBefore));
    }
    // `la messagerie privée WhatsApp`: one adjective between the noun and the name; not a
    // comparison, which names the kind (`les plateformes comme Netflix` are regulated).
    let adjective =
        |w: &Word| !w.capitalized && w.plain_space_before && !COMPARISONS.contains(&w.folded);
    // `sur le site Leetchi`, `via l'application Zoom`: the noun of a medium after `sur`.
    let on_a_medium = std::ptr::eq(governing, at(1).unwrap_or(governing))
        && (is_in(governing, List::MediumNouns) || governing.folded == "site")
        && after_sur();
    // `l'événement Facebook` is held on it, `la série événement de Netflix` is its own.
    let event_on_it =
        governing.folded == "evenement" && std::ptr::eq(governing, at(1).unwrap_or(governing));
    // `les gens qui regardent Netflix`: what is watched is shown on a streamer; a channel
    // watched tonight may be the story's subject (`regardant M6 ce soir` in a piece on its
    // ratings), judged by the words of its business.
    let watched = !broadcaster && WATCHING.contains(&governing.folded);
    is_in(governing, List::MediumBefore)
        || watched
        || on_a_medium
        || event_on_it
        || (std::ptr::eq(governing, at(1).unwrap_or(governing))
            && adjective(governing)
            && at(2).is_some_and(|w| is_in(w, List::MediumNouns) || is_in(w, List::MediumBefore)))
}

/// Verbs of watching: see [`is_a_medium`].
const WATCHING: &[&str] = &[
    "regarder",
    "regarde",
    "regardent",
    "regardait",
    "regardaient",
    "regardant",
    "regardez",
    "visionner",
];

/// `retirée de Facebook`, `Retiré entre-temps d'Instagram`: what was taken off a platform was
/// posted on it; who took it off is not said.
pub(super) fn removed_from(words: &[Word], start: usize) -> bool {
    const REMOVED: &[&str] = &[
        "retire",
        "retiree",
        "retires",
        "retirees",
        "supprime",
        "supprimee",
        "supprimes",
        "supprimees",
        "efface",
        "effacee",
        "effaces",
        "effacees",
    ];
    let first = &words[start];
    let (from, linked) = if first.elided {
        (start, !first.definite)
    } else {
        let de = start.checked_sub(1).map(|k| &words[k]);
        (
            start.saturating_sub(1),
            de.is_some_and(|w| matches!(w.folded, "de" | "du") && !first.sentence_start),
        )
    };
    linked
        && (from.saturating_sub(3)..from)
            .rev()
            .take_while(|&k| !words[k + 1].sentence_start)
            .any(|k| REMOVED.contains(&words[k].folded))
}

/// Whether the name from `start` to `end` stands for where apps or films are found: a phone's
/// system, listed with the other (`sur Apple et Android`, `sur système Apple ou Android`), the
/// app stores (`les magasins d'applications de Google et d'Apple`), or a streaming service
/// after `sur` (`sur Apple TV+`). `governing` is the word the name depends on.
pub(super) fn where_apps_or_films_are(
    words: &[Word],
    start: usize,
    end: usize,
    governing: Option<&Word>,
) -> bool {
    const SYSTEMS: &[&str] = &["android", "ios"];
    const STREAMS: &[&str] = &["tv", "music", "arcade", "prime"];
    const STORES: &[&str] = &["magasin", "magasins", "boutique", "boutiques"];
    const APPS: &[&str] = &["application", "applications", "appli", "applis"];
    let system_listed = |conjunction: usize, system: usize| {
        words
            .get(conjunction)
            .is_some_and(|w| is_in(w, List::Conjunctions))
            && words
                .get(system)
                .is_some_and(|w| SYSTEMS.contains(&w.folded))
    };
    let beside_a_system =
        system_listed(end, end + 1) || (start >= 2 && system_listed(start - 1, start - 2));
    let streamed = governing.is_some_and(|g| matches!(g.folded, "sur" | "via"))
        && words
            .get(end)
            .is_some_and(|w| w.capitalized && STREAMS.contains(&w.folded));
    // Up to six words back, in the same sentence.
    let from = (start.saturating_sub(6)..start)
        .rev()
        .take_while(|&k| !words[k + 1].sentence_start || k + 1 == start)
        .last()
        .unwrap_or(start);
    // `magasins d'applications`; `d'applications de` alone when the words read stop before
    // the store (`… d'applications de Google et d'Apple`): a store's, where `les éditeurs
    // d'applications, comme Spotify` are the apps' makers.
    let in_a_store = (from..start).any(|k| {
        let of_someone = words[k].elided
            && !words[k].definite
            && words.get(k + 1).is_some_and(|w| w.folded == "de");
        APPS.contains(&words[k].folded)
            && (of_someone || k > from && STORES.contains(&words[k - 1].folded))
    });
    beside_a_system || streamed || in_a_store
}

/// `apéros-Skype`, `live-Facebook`: a platform glued to a lower-case word is part of a compound
/// noun.
pub(super) fn in_a_compound(words: &[Word], start: usize) -> bool {
    let first = &words[start];
    start > 0 && !first.sentence_start && first.hyphenated() && !words[start - 1].capitalized
}

/// `a indiqué à l'AFP`, `a réagi auprès de l'AFP`, `lors d'un entretien avec l'AFP`: a media
/// someone speaks to; `un message aux salariés consulté par l'AFP`: one a document was shown to,
/// whatever cue came before. `governing` is the last word of `before` that is not a particle.
pub(super) fn addressed(before: &[Word], governing: Option<&Word>) -> bool {
    const SHOWN: &[&str] = &[
        "consulte",
        "consultee",
        "consultes",
        "consultees",
        "obtenu",
        "obtenue",
        "obtenus",
        "obtenues",
        "vu",
        "vue",
        "vus",
        "vues",
    ];
    let Some(governing) = governing else {
        return false;
    };
    let preceding = word_before_governing(before, governing);
    match governing.folded {
        "a" | "aupres" => true,
        "avec" => preceding.is_some_and(|w| matches!(w.folded, "entretien" | "interview")),
        "par" => preceding.is_some_and(|w| SHOWN.contains(&w.folded)),
        _ => false,
    }
}

/// Whether `words[k]` is the `mère` of `maison mère` or `société mère`.
pub(super) fn parent_noun(words: &[Word], k: usize) -> bool {
    words[k].folded == "mere" && k > 0 && matches!(words[k - 1].folded, "maison" | "societe")
}

/// `racheté à TF1`, `vendu au Figaro`, `racheté le journal à Hersant Média`, `acheté en 2012 à
/// Hersant Médias`: the other side of a deal, where `à` would otherwise cite or address the
/// outlet. The verb may be a few words before `à`, in the same clause. `governing_at` is
/// where the word governing the name is.
pub(super) fn sold_or_bought(words: &[Word], governing_at: Option<usize>) -> bool {
    const DEALT: &[&str] = &[
        "rachete", "rachetee", "racheter", "achete", "achetee", "acheter", "vendu", "vendue",
        "vendre", "cede", "cedee", "ceder",
    ];
    let Some(to) = governing_at
        .filter(|&k| matches!(words[k].folded, "a" | "au" | "aux") && !words[k].sentence_start)
    else {
        return false;
    };
    let mut k = to;
    for _ in 0..4 {
        if k == 0 || words[k].gap_before != Gap::Space {
            return false;
        }
        k -= 1;
        if DEALT.contains(&words[k].folded) {
            return true;
        }
        if words[k].sentence_start {
            return false;
        }
    }
    false
}

/// The word right before `governing` among `before`: `entretien` in `un entretien avec`,
/// `racheté` in `racheté à`.
pub(super) fn word_before_governing<'w, 'a>(
    before: &'w [Word<'a>],
    governing: &Word,
) -> Option<&'w Word<'a>> {
    before
        .iter()
        .rposition(|w| std::ptr::eq(w, governing))
        .and_then(|k| k.checked_sub(1))
        .map(|k| &before[k])
}

/// Whether the name at `start` is a press group's, named for its papers after a word that
/// cites them: `aux journaux du groupe Ebra`, `par les quotidiens régionaux du groupe Ebra`,
/// `accordé au groupe de presse Ebra`, `d'après le groupe de médias ABC`.
pub(super) fn papers_of_a_group_cited(words: &[Word], start: usize) -> bool {
    const PAPERS: &[&str] = &["journaux", "quotidiens", "titres", "journal", "quotidien"];
    let folded = |k: usize| words[k].folded;
    // `au groupe de presse Ebra`, `au groupe de presse régionale Funke`, `le groupe de médias
    // ABC`.
    let press_group = |at: usize| {
        at >= 2
            && matches!(folded(at), "presse" | "medias" | "media")
            && folded(at - 1) == "de"
            && folded(at - 2) == "groupe"
    };
    let named_right_after = start >= 1 && press_group(start - 1);
    let described = start >= 2 && !words[start - 1].capitalized && press_group(start - 2);
    let papers = if named_right_after {
        start - 3
    } else if described {
        start - 4
    } else if start >= 3
        && folded(start - 1) == "groupe"
        && matches!(folded(start - 2), "du" | "de")
    {
        // `les quotidiens régionaux du groupe`: past an adjective or two.
        match (start.saturating_sub(5)..start - 2)
            .rev()
            .find(|&k| PAPERS.contains(&folded(k)))
        {
            Some(k) => k,
            None => return false,
        }
    } else {
        return false;
    };
    let mut k = papers;
    while k > 0 && matches!(folded(k - 1), "les" | "des" | "le" | "ses") {
        k -= 1;
    }
    // Past a longer group's name, `au` must follow something said: `a-t-elle dit au groupe de
    // presse régionale Funke`, not `le litige qui l'oppose au groupe de médias Québecor`.
    let longer = described || (named_right_after && folded(start - 1) != "presse");
    let said_to = |k: usize| {
        !matches!(folded(k), "au" | "aux" | "a")
            || (k > 0 && matches!(folded(k - 1), "dit" | "declare" | "confie" | "explique"))
    };
    k > 0
        && !words[k..=papers].iter().any(|w| w.sentence_start)
        && is_in(&words[k - 1], List::CitationBefore)
        && (!longer || said_to(k - 1))
}

/// `selon Le Parisien`, `sur Twitter`, `Le Monde révèle`: a media cited, not an actor.
/// `previous` is the word governing the name, `next` the words after it.
pub(super) fn is_cited(previous: Option<&Word>, next: &[Word]) -> bool {
    // `que Le Parisien et Europe 1 ont pu consulter`: cited with another media, the verb after
    // both.
    if let [and, listed @ ..] = next {
        let names = listed
            .iter()
            .take(3)
            .take_while(|w| (w.capitalized || w.is_a_number()) && !w.sentence_start)
            .count();
        if matches!(and.folded, "et" | "ou")
            && and.gap_before == Gap::Space
            && !and.sentence_start
            && names > 0
            && is_cited(None, &listed[names..])
        {
            return true;
        }
    }
    let verb = match next {
        // `L'Obs a révélé`, `BFMTV s'est également procuré`: the participle after the
        // auxiliary and an adverb.
        [auxiliary, rest @ ..] if is_in(auxiliary, List::Auxiliaries) && !rest.is_empty() => {
            let adverbs = rest
                .iter()
                .take(2)
                .take_while(|w| {
                    !w.sentence_start && ADVERBS_BEFORE_A_PARTICIPLE.contains(&w.folded)
                })
                .count();
            rest.get(adverbs).unwrap_or(&rest[0])
        }
        [verb, ..] => verb,
        [] => return previous.is_some_and(|p| is_in(p, List::CitationBefore)),
    };
    // `la rédaction de BFM Business, ont exprimé`: a verb past a comma is the sentence's
    // subject's, not the name's.
    let right_after = next[0].gap_before == Gap::Space;
    previous.is_some_and(|p| is_in(p, List::CitationBefore))
        || (right_after && !verb.sentence_start && is_in(verb, List::CitationAfter))
}

/// `une 2CV Citroën de 1967`, `la R5 Renault`: a model's code of letters and digits, after an
/// article, and its make after it name one car; so do the code and its make in brackets
/// (`une voiture de type C3 (Citroën)`).
pub(super) fn a_model_before_its_make(words: &[Word], start: usize) -> bool {
    if start < 2 {
        return false;
    }
    let (model, article) = (&words[start - 1], &words[start - 2]);
    let code =
        model.capitalized && model.holds_a_digit() && !model.is_a_number() && !model.sentence_start;
    let after_an_article = !words[start].sentence_start
        && words[start].plain_space_before
        && model.plain_space_before
        && (is_in(article, List::ProductDeterminers) || is_in(article, List::NameArticles));
    // An opening bracket starts a sentence of its own, so a make in brackets is read without
    // the article: `de type C3 (Citroën)`.
    code && (after_an_article || words[start].paren_before)
}

/// What a company is, as the last word of its name: `ALK-Airlines`, `Tata-Motors`; with the
/// words of [`names_a_company`] (`Group`, `AG`).
const COMPANY_KINDS: &[&str] = &[
    "airlines",
    "airways",
    "motors",
    "bank",
    "banque",
    "telecom",
    "energy",
    "pharma",
    "systems",
    "technologies",
];

/// `La Halle demande à ses employés`, `Monoprix et ses salariés`: the name's own staff, shops or
/// factories, right after it, say it is the company.
fn its_own_staff(after: &[Word]) -> bool {
    after.windows(2).any(|pair| {
        matches!(pair[0].folded, "ses" | "leurs") && OWN_PEOPLE_OR_SITES.contains(&pair[1].folded)
    })
}

/// What only a company has: see [`its_own_staff`].
const OWN_PEOPLE_OR_SITES: &[&str] = &[
    "salaries",
    "employes",
    "magasins",
    "usines",
    "actionnaires",
    "filiales",
    "boutiques",
    "agences",
    "clients",
    "abonnes",
];

/// French unions, whose sections are named after the company: `la CGT-RATP`.
const UNIONS: &[&str] = &[
    "cgt", "cfdt", "fo", "unsa", "sud", "cftc", "cgc", "snpl", "snpnc", "spaf", "alter",
];

/// `la Mercedes GLC 63 AMG`, `une 560 SEL AMG`: a make right after a model's number, or after
/// its letters and number, is the model's trim. A year is no model: `en 2019 Renault`.
fn a_trim_after_a_model(words: &[Word], start: usize) -> bool {
    let glued = |k: usize| !words[k].sentence_start && words[k].plain_space_before;
    let number = |w: &Word| w.holds_a_digit() && !w.is_a_year();
    let letters = |w: &Word| w.upper && !w.holds_a_digit();
    start >= 2
        && glued(start)
        && (number(&words[start - 1])
            || (letters(&words[start - 1]) && glued(start - 1) && number(&words[start - 2])))
}

/// `Nicolas Hulot`: a person-risky name right before a capitalised word is a first name; not
/// before an elided one, which says where (`l'usine Whirlpool d'Amiens`).
pub(super) fn first_name_of(words: &[Word], end: usize) -> bool {
    capitalized_after(words, end).is_some_and(|next| !next.upper && !next.elided)
}

/// The word at `end` if it goes on a name: capitalised, in the same sentence, after a plain
/// space, and not a number.
pub(super) fn capitalized_after<'w, 'a>(words: &'w [Word<'a>], end: usize) -> Option<&'w Word<'a>> {
    words.get(end).filter(|next| {
        next.capitalized && !next.sentence_start && next.plain_space_before && !next.holds_a_digit()
    })
}

/// `AccorHotels Arena`, `Accor Hotel Arena`: a venue's word right after the name, or after one
/// more capitalised word ending the venue's name (`Gras Savoye Willis Tower Watson` goes on: a
/// firm).
fn names_a_venue(words: &[Word], end: usize) -> bool {
    let venue_at = |at| capitalized_after(words, at).is_some_and(|w| is_in(w, List::Venues));
    venue_at(end)
        || (capitalized_after(words, end).is_some()
            && venue_at(end + 1)
            && capitalized_after(words, end + 2).is_none())
}

/// `Mitsui OSK Lines`, `Nicolas Sarkozy`: a capitalised word or an acronym right after the
/// name, in the same sentence, continues it (a legal form, `Mitsui SA`, does not).
pub(super) fn opens_a_name(words: &[Word], end: usize) -> bool {
    // `l'usine MCA Olivier Silva`: a first name opens the next person's name instead.
    capitalized_after(words, end)
        .is_some_and(|next| !is_in(next, List::LegalForms) && !is_in(next, List::FirstNames))
}

/// `TPG Capital`, `T-Head`: a common word right after an acronym, or glued to a capitalised
/// word by a hyphen, ends another name.
pub(super) fn after_an_acronym(words: &[Word], start: usize) -> bool {
    if start == 0 || words[start].sentence_start || words[start - 1].sentence_start {
        return false;
    }
    let (word, before) = (&words[start], &words[start - 1]);
    (word.plain_space_before && before.upper && before.folded.len() > 1)
        || (word.hyphenated() && before.capitalized)
}

/// Whether a capitalised word that is no cue (`Groupe`) nor a number (`en 2019 Total`) stands
/// right before the word at `start`, in the same sentence, one space between them.
pub(super) fn after_a_capitalised_word(words: &[Word], start: usize) -> bool {
    let capitalised = |k: usize| {
        words[k].capitalized
            && !words[k].sentence_start
            && !words[k].holds_a_digit()
            && !is_in(&words[k], List::Cues)
    };
    if start == 0 || !words[start].plain_space_before || words[start].elided {
        return false;
    }
    // `le Mandalay Bay Resort and Casino`: an English name goes on past `and`.
    let past_and = start > 1
        && words[start - 1].folded == "and"
        && words[start - 1].plain_space_before
        && !words[start - 1].sentence_start
        && capitalised(start - 2);
    capitalised(start - 1) || past_and
}

/// `Martin Bouygues`, `Jean-Marie Bigard`, `Léonard de Vinci`: a first name before the name,
/// one the list knows: `Classic Recreations Ford`, `l'Alliance Renault` and
/// `Edsel Ford II` (a founder's heir, in an article about the company) are better left alone.
pub(super) fn after_a_first_name(words: &[Word], start: usize) -> bool {
    let mut k = start;
    if k >= 2 && is_in(&words[k - 1], List::NameParticles) {
        k -= 1;
    }
    k > 0 && is_in(&words[k - 1], List::FirstNames)
}

/// `l'ancien batteur du groupe Genesis`, `le groupe de rock Genesis`: a band, whatever the cue
/// `groupe` says elsewhere.
pub(super) fn a_band(words: &[Word], start: usize) -> bool {
    const MUSICIANS: &[&str] = &[
        "batteur",
        "chanteur",
        "chanteuse",
        "guitariste",
        "bassiste",
        "clavieriste",
        "musiciens",
        "musicien",
    ];
    const GENRES: &[&str] = &[
        "rock", "pop", "metal", "punk", "rap", "electro", "jazz", "folk",
    ];
    let at = |back: usize| start.checked_sub(back).map(|k| &words[k]);
    let plain = |back: usize| (0..back).all(|k| words[start - k].plain_space_before);
    let of = |w: &Word| matches!(w.folded, "du" | "de");
    let musician_s = at(3).is_some_and(|w| MUSICIANS.contains(&w.folded))
        && at(2).is_some_and(of)
        && at(1).is_some_and(|w| w.folded == "groupe")
        && plain(3);
    let of_a_genre = at(3).is_some_and(|w| w.folded == "groupe")
        && at(2).is_some_and(of)
        && at(1).is_some_and(|w| GENRES.contains(&w.folded))
        && plain(3);
    musician_s || of_a_genre
}

/// `Frédéric Longbois, Ecco, Betty Patural`: a name listed between two people is a person's
/// name too, a stage name or a nickname.
pub(super) fn listed_among_people(words: &[Word], start: usize, end: usize) -> bool {
    let comma = gap_of(",");
    let a_first_name = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.capitalized && is_in(w, List::FirstNames))
    };
    // The person before, right before the comma: `Betty` or `Betty Patural`.
    let person_before = start >= 1
        && words[start].gap_before == comma
        && !words[start].sentence_start
        && (a_first_name(start - 1)
            || (start >= 2
                && a_first_name(start - 2)
                && words[start - 1].capitalized
                && words[start - 1].plain_space_before));
    // The person after, past a comma or `et`.
    let person_after = match words.get(end) {
        Some(next) if next.gap_before == comma && !next.sentence_start => a_first_name(end),
        Some(next) if next.folded == "et" && next.plain_space_before => a_first_name(end + 1),
        _ => false,
    };
    person_before && person_after
}

/// Whether the words from `at` on are a title set off by a comma, maybe after an article: `,
/// le président de`, `, fondatrice du groupe`.
pub(super) fn titled_in_apposition(words: &[Word], at: usize) -> bool {
    apposed(words, at, |w| is_in(w, List::DefiniteArticles))
        .is_some_and(|k| is_in(&words[k], List::Titles) && !words[k].capitalized)
}

/// Where the noun of words set off by a comma from `at` on is: right after the comma, or past
/// a `determiner` (`, le président`, `, sa compagne`).
pub(super) fn apposed(
    words: &[Word],
    at: usize,
    determiner: impl Fn(&Word) -> bool,
) -> Option<usize> {
    let next = words.get(at)?;
    if next.sentence_start || next.gap_before != gap_of(",") {
        return None;
    }
    if determiner(next) && !next.elided {
        words
            .get(at + 1)
            .filter(|w| w.plain_space_before)
            .map(|_| at + 1)
    } else {
        Some(at)
    }
}

/// Where the word a name starting at `start` depends on is: the nearest before it in its
/// sentence that is no particle nor nationality, within three words; a date in between is
/// passed over and not counted (`explique dimanche 19 février le JDD`).
pub(super) fn governing_word(words: &[Word], sentence_begin: usize, start: usize) -> Option<usize> {
    let mut counted = 0;
    for k in (sentence_begin..start).rev() {
        if tells_a_date(words, k) {
            continue;
        }
        let word = &words[k];
        counted += 1;
        if counted > 3 {
            return None;
        }
        if !is_in(word, List::Particles) && !is_in(word, List::Nationalities) {
            return Some(k);
        }
    }
    None
}

/// Whether the word at `at` tells a date: a day, a month, or a day's number before a month
/// (`jeudi`, `22 février`, `1er mai`, `matin`); not the numbers of a list of figures.
pub(super) fn tells_a_date(words: &[Word], at: usize) -> bool {
    const DAYS: &[&str] = &[
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir",
        "dernier",
    ];
    const MONTHS: &[&str] = &[
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ];
    let month = |w: &Word| !w.capitalized && MONTHS.contains(&w.folded);
    let word = &words[at];
    let day_number = (word.is_a_number() && word.folded.len() <= 2) || word.folded == "1er";
    (!word.capitalized && DAYS.contains(&word.folded))
        || month(word)
        || (day_number && words.get(at + 1).is_some_and(month))
}

/// `Group`, `AG`, `Holding`: a word that ends only a company's name.
pub(super) fn names_a_company(word: &Word) -> bool {
    is_in(word, List::LegalForms)
        || matches!(
            word.folded,
            "group" | "groupe" | "holding" | "holdings" | "corporation" | "company"
        )
}

/// Whether the words from `at` are a comma and a noun of kinship tied to someone (`, compagne
/// de`, `, la fille d'`): the name before them is a person's.
pub(super) fn kin_in_apposition(words: &[Word], at: usize) -> bool {
    let determiner =
        |w: &Word| is_in(w, List::DefiniteArticles) || is_in(w, List::ProductDeterminers);
    let Some(noun_at) = apposed(words, at, determiner) else {
        return false;
    };
    let noun = &words[noun_at];
    !noun.sentence_start
        && !noun.capitalized
        && KIN.contains(&noun.folded)
        && words.get(noun_at + 1).is_some_and(|w| {
            !w.sentence_start && (matches!(w.folded, "de" | "du" | "des") || w.elided)
        })
}

/// Whether the words from `at` are a comma and, maybe after `un` or `une`, a noun of who
/// someone is (`, une étudiante`, `, un retraité de`, `, étudiante de 21 ans`): the name before
/// them is a person's.
pub(super) fn someone_in_apposition(words: &[Word], at: usize) -> bool {
    let Some(noun_at) = apposed(words, at, |w| matches!(w.folded, "un" | "une")) else {
        return false;
    };
    let noun = &words[noun_at];
    !noun.sentence_start && !noun.capitalized && SOMEONE.contains(&noun.folded)
}

/// Whether the words from `at` on are a family name: a capitalised word in the same sentence,
/// maybe after a particle (`de Villiers`, `Dufourcq`).
pub(super) fn before_a_family_name(words: &[Word], at: usize) -> bool {
    let attached = |w: &Word| w.plain_space_before && !w.sentence_start;
    let mut k = at;
    if words
        .get(k)
        .is_some_and(|w| attached(w) && is_in(w, List::NameParticles))
    {
        k += 1;
    }
    words.get(k).is_some_and(|w| {
        attached(w)
            && w.capitalized
            && !w.holds_a_digit()
            && !is_in(w, List::SentenceStarters)
            && !is_in(w, List::Cues)
    })
}

/// Whether the word at `start` is hyphenated to a capitalised word right after a listed first
/// name: `Marceau Baum-Gartner`, where `Renault-Nissan` has no first name before.
pub(super) fn second_half_of_a_family_name(words: &[Word], start: usize) -> bool {
    start >= 2
        && words[start].hyphenated()
        && !words[start].sentence_start
        && family_name_after_a_first_name(words, start - 1)
}

/// Whether the word at `start` ends a person's name of three words set apart by spaces, after a
/// listed first name or a civil title: `Philippe Moreau Chevrolet`, `M. Moreau Chevrolet`; not
/// `Jean-Pierre Farandou SNCF`, an acronym.
pub(super) fn last_of_a_three_word_name(words: &[Word], start: usize) -> bool {
    if start < 2 {
        return false;
    }
    let capitalized = |w: &Word| w.capitalized && !w.upper;
    let (name, middle) = (&words[start], &words[start - 1]);
    // The period of `M.` reads as the end of a sentence, so the word after it opens one.
    capitalized(name)
        && name.plain_space_before
        && !name.sentence_start
        && capitalized(middle)
        && (family_name_after_a_first_name(words, start - 1)
            || after_a_civil_title(words, start - 1))
}

/// Whether the word at `k` is capitalised and follows a listed first name after a plain space,
/// in the same sentence: `Moreau` in `Philippe Moreau`.
pub(super) fn family_name_after_a_first_name(words: &[Word], k: usize) -> bool {
    k >= 1
        && words[k].capitalized
        && words[k].plain_space_before
        && !words[k].sentence_start
        && is_in(&words[k - 1], List::FirstNames)
}

/// Whether the words before a name end a list of places after a preposition: `vers Cavaillon
/// et`.
pub(super) fn last_of_places(before: &[Word]) -> bool {
    let [.., preposition, place, conjunction] = before else {
        return false;
    };
    is_in(conjunction, List::Conjunctions)
        && place.capitalized
        && is_in(preposition, List::PlacePrepositions)
}

/// Whether a civil title stands right before the word at `start`: `M.`, `Mme`, `Me` (a
/// lawyer), `Dr`.
pub(super) fn after_a_civil_title(words: &[Word], start: usize) -> bool {
    start >= 1
        && words[start - 1].capitalized
        && matches!(
            words[start - 1].folded,
            "m" | "mm" | "mme" | "mmes" | "mlle" | "me" | "dr" | "pr" | "mgr"
        )
}

/// Whether the word at `start` is glued by a hyphen to a listed first name right before it:
/// `Félix-Leclerc`, where `Renault-Nissan` has no first name.
pub(super) fn hyphenated_to_a_first_name(words: &[Word], start: usize) -> bool {
    start >= 1
        && words[start].hyphenated()
        && !words[start].sentence_start
        && words[start - 1].capitalized
        && is_in(&words[start - 1], List::FirstNames)
}

/// Whether the name `start..end` is hyphenated to a particle of a town's name and, past it, to
/// a capitalised word: `Onet-le-Château`, `Boulogne-sur-Mer`, `Châlons-en-Champagne`.
pub(super) fn in_a_town_name(words: &[Word], start: usize, end: usize) -> bool {
    let link = |w: &Word| w.hyphenated() && !w.capitalized && TOWN_LINKS.contains(&w.folded);
    let glued_capital = |w: &Word| w.hyphenated() && w.capitalized && !w.sentence_start;
    let before = start >= 2 && glued_capital(&words[start]) && link(&words[start - 1]);
    let after = words.get(end).is_some_and(link) && words.get(end + 1).is_some_and(glued_capital);
    before || after
}

/// The particles that join the parts of a French town's name.
pub(super) const TOWN_LINKS: &[&str] = &[
    "le", "la", "les", "sur", "sous", "en", "lez", "aux", "du", "des", "de",
];

/// `Martin Bouygues`, `Louis Renault`, `Léonard de Vinci`: a capitalised word right before the
/// name that is not a sentence starter, possibly with a particle in between.
pub(super) fn looks_like_a_person(words: &[Word], start: usize) -> bool {
    if words[start].sentence_start || start == 0 {
        return false;
    }
    let mut k = start - 1;
    if is_in(&words[k], List::NameParticles) && !words[k].sentence_start && k > 0 {
        k -= 1;
    }
    let candidate = &words[k];
    let adjacent = words[k + 1..=start]
        .iter()
        .all(|w| w.plain_space_before && !w.sentence_start);
    adjacent
        && candidate.capitalized
        && !candidate.upper
        && !is_in(candidate, List::SentenceStarters)
        && !is_in(candidate, List::Cues)
        && !candidate.holds_a_digit()
}
