//! Finds gazetteer names in running text and decides, from the words around each, whether it
//! really is the company.
//!
//! Names start only where the text has a capital (see `candidates.rs`): at those words and
//! the one before each, the patterns starting with that (folded) word are tried longest first,
//! so `Airbus Helicopters` wins over `Airbus`; cheap tests on the raw words (`KeyFilter`,
//! `LexiconEntry::may_start`) spare the rest. Each hit is then judged:
//!
//! | rule | handles |
//! |---|---|
//! | case: a capitalised name needs a capital in the text, an acronym needs capitals, but inside a name of several words a capital is enough | `au total`, `la couleur orange`, `free`; `Eva Air` for `EVA Air` |
//! | a cue word nearby (groupe, opérateur, bancaire, PDG de, sondage, action…, a chain named by its trade: `la chaîne d'ameublement Habitat`, not `la chaîne de télévision NTV`) confirms any name, but a head's title (président, directeur, patron) not a shared acronym (`le président du CSA`, `le directeur des CDC`) nor a common word of one word, unless general manager (`la directrice du Budget`; not `le directeur général de Lime`); after a shared name, only a cue opening the words that follow does | `le groupe Bouygues`, `l’opérateur Orange`, `une agence bancaire CIC`, `Morgan, le constructeur`; not `les maladies (CDC) et Stephen Hahn, patron de l’agence` |
//! | `start-up` reads as the cue `startup`, as it is written four times in five | `la start-up néerlandaise Lightyear` |
//! | a nationality written as a lower-case noun right before a name is a cue | `le coréen Hyundai`, `les japonais Toyota et Suzuki`; not `le Coréen` (a person) |
//! | a name between two words in capitals is part of a headline | `DEPUIS SIX MOIS` |
//! | person names: a capitalised word just before (`Martin Bouygues`), or `X de` (`Léonard de Vinci`) rejects | family names |
//! | a first name before a person-risky name makes it a person's in the whole article: its bare mentions need a cue | `Jean-Marie Bigard … Bigard a expliqué` |
//! | a word just before that names people or places (famille, femme, M., ville, comté, université, cimetière, maire, guide…) rejects, but not the `mère` of `maison mère` | `la famille Dassault`, `le guide Michelin`, `la ville d’Orange`, `le comté d’Orange`, `l’université Macquarie`; not `la maison mère de Google` |
//! | `Orange (Vaucluse)`: a place followed by a capitalised word in brackets rejects, unless that word is a cue (`Laïta (Groupe Even)`) | towns |
//! | a risky name at the start of a sentence (a paragraph glued to the one before starts one too: `pétillants.Bain de jouvence`, `la Maison Blanche.Assurant que`, not `Gobbee.Bike`), a place after `à` or `entre` or last in a list after `vers` (`vers Cavaillon et Orange`), or a shared name (`Dassault`) waits for evidence | `Total, c’est…`, `à Orange`, `l’A7 entre Lyon et Orange`, `entre Lançon-de-Provence et Orange` |
//! | waiting names are kept when the same company is confirmed elsewhere in the article | second mentions |
//! | a waiting name listed right next to a confirmed company (`,`, `et`, `ou`, an opening bracket before it: `Iliad (Free)`, past a note in brackets, even one naming a company, or names the gazetteer lacks: `Honda, North Face et REI`) is one, and confirms the one listed beside it in turn, unless the sector must pick among companies sharing it; a company named again counts as confirmed there without being read again | `VW et Karmann` after `Volkswagen`, `Lime, Bird, Dott`, `Verizon (télécoms), Honda, Patagonia`, `Ben & Jerry's (glacier appartenant à Unilever), Patagonia` |
//! | a shared name left waiting stands for the one company of that name in the sector of the companies the article names, the name's own company included | `Renault-Nissan-Mitsubishi` → Mitsubishi Motors, `Hyundai` among carmakers → Hyundai Motor |
//! | a first name followed by a capitalised word (`Nicolas Hulot`) rejects a person-risky name | given names |
//! | a listed first name before any name makes that mention a person's | `David Trimble`, `François Ozon` |
//! | a name hyphenated to a capitalised word right after a listed first name is the second half of a family name, whether or not the gazetteer calls it person-risky | `Henri Poupart-Lafarge`, `Florence Denier-Pasquier`, `Philippe Moreau-Chevrolet`; not `Renault-Nissan` |
//! | a place-risky name followed by the English noun of a place is the place | `Macquarie Harbour`, `Orange County` |
//! | a person-risky name followed by a comma and a noun of kinship tied to someone (`, compagne de`, `, la fille d'`), or by `un` or `une` and a noun of who someone is (`, une étudiante`, `, un retraité`), is a person's in the whole article | `Sephora, compagne de Kingsley Coman`, `a dit Dior, une étudiante`; not `Sephora, filiale de LVMH` |
//! | a civil title right before a name makes that mention a person's | `M. Abbott`, `Me Lafarge`, `Dr Krug`; not `Dr Pepper` |
//! | the last of three capitalised words after a listed first name or a civil title is a person's, in this mention | `Philippe Moreau Chevrolet`, `M. Moreau Chevrolet`; not `Jean-Pierre Farandou SNCF` |
//! | a person-risky name hyphenated to a listed first name right before it is a person's, or a place named after one, in this mention | `l'autoroute Félix-Leclerc`, `le parc André-Citroën`; not `Renault-Nissan` |
//! | a person-risky name that is itself a listed first name, alone and without a cue, waits for evidence; followed by a family name (`de Villiers`, `Dufourcq`) it is a person's whatever the cues | `aux côtés de Céline`, `Céline a choisi` (Céline Dion), `son président, Nicolas de Villiers` |
//! | a media or a platform cited as a source or a medium, past a date, or a newspaper or channel whose poll or inquiry is quoted (`selon Le Parisien`, `souligne jeudi 22 février Franceinfo`, `un sondage du Hollywood Reporter`, `sur Twitter`, `Le Monde révèle`, `Mediapart confirme`, `BFMTV s'est également procuré`, `que s'est procuré Mediapart`, `Le Parisien a pu consulter`, `un message aux salariés que l'AFP s'est procuré`, `un groupe Facebook`, `ce groupe Facebook`, `l'événement Facebook`, `les usagers de Twitter`, `sa fiche LinkedIn`, `du forum Reddit`, `via les plateformes Facebook et Zoom`, `retiré entre-temps d'Instagram`) is not an actor, but an example of a kind of platform is (`une plateforme comme Amazon`); a media spoken to is cited whatever the cues before (`a dit un porte-parole du groupe à l'AFP`, `auprès du Parisien`, `un entretien avec l'AFP`), but not one a deal was made with (`racheté à TF1`, `racheté le journal à TF1`), nor one whose business speaks (`la direction de TF1 a annoncé`) | citations |
//! | `un`, `une`, a possessive, a demonstrative or an object noun before the name makes it a product (`une Mercedes`, `véhicule Mercedes`, `un film Marvel`, `un cocktail Molotov`, `la carte Total`); so do `de marque` and the parts a car is fitted with, unless a trade names them its goods | products, `un scooter de marque BMW`, `des gommes Pirelli`, `un groupe de modèles Mercedes`; not `le fabricant de pneus Bridgestone`, `le loueur de voitures Hertz` |
//! | an object noun or a part, then a word describing it, before the name makes it a product too; not after `de` (a trade's goods) unless a part, nor a complement or a preposition in between | `des pneumatiques slicks Pirelli`, `des baskets blanches Adidas`; not `le fabricant chinois de téléphones portables Xiaomi`, `le service d'autopartage Autolib` |
//! | a make listed after the make an object noun names (commas, `et`, `ou`, `ou encore`) is an object's make too, if the list goes on after it or it ends the list | `des modèles Fiat, Abarth ou Lancia`, `des modèles Porsche et Ferrari`; not `sa gamme Panamera, Porsche a introduit` |
//! | a common word or a place right after a capitalised word or an acronym, or right before a capitalised word, is part of another name, whatever the cues | `Single Malt`, `BMO Capital Markets`, `Action Praticiens Hôpital` |
//! | a shared name right before a capitalised word or an acronym opens another name, unless that word is a listed first name | `Mitsui OSK Lines`; not `le directeur de l'usine MCA Olivier Silva` |
//! | a name after `maladie de`, `échelle de`… names a disease or a measure | `la maladie de Kawasaki` |
//! | two capitals glued by a hyphen to another word abbreviate something else | `l’AP-HP` |
//! | a common word or a place glued by a hyphen to a capitalised word is a compound | `la collection Printemps-Été`, `la Croix-Rouge`, `le sens Orange-Nîmes`, `Bel-Air` |
//! | a name opening with a first name, followed by a comma and a title (`, le président de`, `, fondateur du`), is the person, in this mention | `Louis Dreyfus, le président de la coopérative`, `Jean-Paul Gaultier, président du jury`; not `Chez Boeing, le directeur général` |
//! | any name hyphenated to a particle of a town's name (`le`, `sur`, `en`, `de`…) and past it to a capitalised word is part of the town's name, whatever the cues | `Onet-le-Château`, `Saint-Laurent-de-Neste`, `Roche-la-Molière`; not `Moët-et-Chandon` |
//! | an acronym in brackets spelt by the initials of the words before it abbreviates them, and every mention of it written the same way in the article, whatever the cues, unless those words are the company's own name | `l’International Crisis Group (ICG) … la chercheuse d’ICG`, `le Trésorier-payeur général (TPG)`; not `Australian Associated Press (AAP)` |
//! | a tech company's name before one of its services or devices names the product, unless a cue in apposition says otherwise; a cue before it names the service | `Apple CarPlay`, `Apple App Store`, `Google Maps`, `Microsoft Windows`, `le magasin d'applications Google Play`; not `Apple TV+` (streaming competes) |
//! | a sponsor's name before Arena, Stadium, Ring, Festival, Cup… names a venue or an event | `l’AccorHotels Arena`, `le Red Bull Ring`, `le VYV Festival` |
//! | a name before association, fondation, club, university… names another organisation | `Amel Association International` |
//! | a name right after `syndicat` or `association` names that body, but not past an elided `d’` | `le syndicat Synergie`, `l’association HOP`; not `les syndicats d’Air France` |
//! | a name opening a picture's credit line or caption waits for evidence | `Crédit photo : Porsche`, `Photo : Bugatti Veyron` |
//! | a chain's shop, hotel, restaurant, bar or branch (past a word of its kind: `agence bancaire`) named with its town waits for evidence, unless its staff are named before it (its employer) | `dans un supermarché Super U de Trèbes`, `l'hôtel Marriott à Varsovie`, `une agence bancaire CIC de Paris`; not `les employés d'un magasin Fnac à Paris` |
//! | a name after `agence de presse` is a news agency's, not that of a company of another trade | `l'agence de presse ANA` (not All Nippon Airways) |
//! | a press group named for its papers after a word that cites them, up to six words back, is cited too | `un entretien aux journaux du groupe Ebra`, `accordé au groupe de presse Ebra`, `dans les quotidiens régionaux du groupe Ebra`; not `le groupe Ebra supprime des postes` |
//! | a platform in brackets after a quote is where it was posted | `"…" (Twitter)` |
//! | a platform the news mostly writes in (flagged `outlet`: Twitter, Facebook, Instagram, YouTube, WhatsApp) is the company only when it acts (`Twitter a masqué`) or is the agent of what is done (`bloquée par Facebook`, not `un message envoyé par WhatsApp`), a cue names it, words of what it does to posts are near (`règles`, `modération`, `suspendre`), or it is listed with companies | `Twitter a masqué un message`, `les règles de YouTube`, `Facebook, Twitter ou YouTube`; not `la théorie qui agite Twitter` |
//! | an online platform listed right after one used as a medium is one too | `sur Facebook, Twitter, Instagram ou WhatsApp` |
//! | `chaîne` before a channel names it, unless `sur` or `via` comes first; before a platform it is a medium | `la chaîne C8 a été condamnée` vs `diffusé sur la chaîne TF1`, `la chaîne YouTube de` |
//! | a newspaper, channel or station (a `media` company the gazetteer does not call a group, or a group's name flagged `outlet`: `TF1`; studios, publishers, labels, game makers and streamers are `entertainment`, never cited as sources) is an actor only with words of its business within six words of the same clause (rachat, direction, salariés, audiences, concurrents, a décidé, a déprogrammé, plainte, assigné, attentat…), or of what happens to it said before its name (`l'arrêt de`, `la fermeture de`, `la suppression de`, `la maison mère de`), or when the article names three such outlets or this one three times, or opens a clause of its headline with this one (`Le Parisien : nouvelle stratégie`, `Depuis 2015, Charlie Hebdo a changé`), and is about the media business (three words of the trade, its journalists among them, and three of deals, money, jobs, closures and budgets, printing and distribution, or ratings) | `selon Bloomberg`, `L'Obs a révélé` vs `le rachat du Parisien`, `l'arrêt de France 4`, `les éditions du Figaro, des Echos et de 20 Minutes` in a story on printing plants, a channel whose anchors a plan of savings would let go |
//! | a maker after a determiner or `en` (past up to two lower-case words that are not cues; not the `du` of a cue's trade: `le géant français du luxe LVMH`) or a count (`deux Porsche`, `des Tesla`), or before a model number (`BMW 507`), is a product, unless a cue before it or in apposition after it (`visant Tesla, le constructeur`) or another mention says otherwise, or the name ends with what the company is (`de son côté Volkswagen Group`, `BMW M GmbH`) or describes it with lower-case words (`les Fonderies de Bretagne`) | `la Porsche`, `la nouvelle Alpine A110`, `l’Airbus A320 de la compagnie PIA`, `un scooter électrique BMW`, `flashée en Porsche`; not `ses rivaux Toyota` |
//! | a maker written with a model, listed right after a model with a number (not a year), is a product | `les Ferrari F40, Lamborghini Countach`, `les Audi Q5, BMW X3, Mercedes GLC et Porsche Macan`; not `En 2019, Koenigsegg Automotive` |
//! | a headline opening with a maker's model (past a definite article or `nouvelle`) is the maker's news, even when the maker's name is a family name too (`Bentley Bentayga`), unless the name is shared with a word or another company or the headline is about an auction (`enchères`, `adjugée`) | `L’Audi A4 passe au restylage`, `Nouvelle Audi RS 6`, `Porsche 911 Speedster : pour 2019`; not `La Mercedes 300 SL … aux enchères`, `Continental GT` |
//! | the words that reject a name also do past `au`, `du` or `de` | `étoilé au Michelin`, `l’aéroport de Zurich` |
//! | `du`, `au`, `des`, `aux` stand for the article of a name | `le rachat du Parisien`, `des Echos` |
//! | an elided `l’` is a definite article | `le ministre de l’Action et des Comptes publics` |
//! | a common word after `le`, `la`, `du`… waits for evidence, and after `en` whatever the cues; so does a one-word place | `le Printemps marseillais`, `le SMIC`, `En Avril, le président`, `dans le Berkshire`; not `le Puy du Fou` |
//! | `La Poste`, `Le Monde`: the capital is looked for on the word after the article | `la Poste` in running text |
//! | a name ending in `+` or `&` needs it in the text (`Canal+`, not the Canal de Suez) | punctuation |
//!
//! Names the gazetteer does not know are guessed after a company noun or before a legal form
//! (`la société Lubrizol`, `Acme SA`), but not before letters of a legal form followed by a
//! capitalised word, which go on another name or a headline in capitals (`Iyad Ag Ghaly`,
//! `LE MONDE EXPRIME SA SOLIDARITÉ`): see [`Matcher::scan`]. Nor is a name opening with a
//! gazetteer company's (`la société Ikea France`, `Porsche Leipzig GmbH`): it is that company's
//! subsidiary or site, found as the company; unless the name it opens with is a common word or
//! shared by several companies (`l'armateur japonais Mitsui OSK Lines`). Nor a person after a
//! civil title (`la société Me Emmanuel Daoud`), nor after society (`le jeu de société
//! Monopoly`), nor before `SPA` or `Spa` (`les Maisons SPA` of the animal shelters, `Leamington
//! Spa`), where the Italian legal form is written `SpA`. Nor after a noun that only looks like
//! a cue: after a bare `de` it says what kind of thing (`sa directrice de cabinet Violette
//! Spillebout`), and `pick-up`, `stand-up` hold no `start-up`; nor before a French legal form
//! in lower case (`Eva Sas`); nor is a letter alone (`les magasins C et A`); nor a laboratory
//! near researchers or a research body (`chercheur au laboratoire Kastler Brossel`).

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::candidates::{candidate_words, is_space_or_hyphen, word_before, Span, Words};
use super::gazetteer::{Gazetteer, Risk};
use crate::analysis::elision::elided_prefix_len;
use crate::analysis::fold::{fold_each, fold_into, folded_initial};
use crate::analysis::fold_name;
use crate::analysis::tokenizer::{eight_bytes, is_apostrophe, next_word_shaped, WordShape};

/// Words that, near a name, say it is a company.
const CUES: &[&str] = &[
    "groupe",
    "groupes",
    "societes",
    "entreprises",
    "constructeurs",
    "laboratoires",
    "magasin",
    "magasins",
    "boutiques",
    "enseignes",
    "marques",
    "chausseur",
    "fabriquant",
    "franchise",
    "societe",
    "entreprise",
    "firme",
    "startup",
    "startups",
    "compagnie",
    "operateur",
    "constructeur",
    "petrolier",
    "geant",
    "filiale",
    "filiales",
    "maison",
    "enseigne",
    "marque",
    "laboratoire",
    "banque",
    "bancaire",
    "bancaires",
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
    "sondage",
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
    "laiterie",
    "distillerie",
    "sucrerie",
    "cimenterie",
    "papeterie",
    "verrerie",
    "fonderie",
    "raffinerie",
    "cooperative",
    "cotation",
    "bourse",
    "ceo",
    "numero",
    "leader",
    "specialiste",
    "editeur",
    "editrice",
    "editions",
    "operateurs",
    "transporteur",
    "armateur",
    "industriel",
    "fonds",
    "joaillier",
    "bijoutier",
    "horloger",
    "parfumeur",
    "maroquinier",
    "malletier",
    "lunetier",
    "brasseur",
    "cimentier",
    "voyagiste",
    "hotelier",
    "reassureur",
    "pneumaticien",
    "semencier",
    "loueur",
    "conseil",
    "rivaux",
    "rivale",
    "rivales",
    "concurrente",
    "concurrentes",
    "clients",
    "fournisseurs",
    "partenaires",
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
    "femme",
    "mari",
    "compagne",
    "compagnon",
    "epoux",
    "frere",
    "soeur",
    "pere",
    "mere",
    "aeroport",
    "circuit",
    "gare",
    "quartier",
    // `le canton de Zurich`, `l'hippodrome de Longchamp`, `le comté d'Orange`: places named
    // after a town.
    "canton",
    "comte",
    "hippodrome",
    "region",
    "departement",
    "province",
    "lac",
    "vallee",
    "baie",
    "arrondissement",
    "agglomeration",
    "banlieue",
    // `l'université Macquarie de Sydney`: a university named after a person or a place.
    "universite",
    "cimetiere",
];

/// Bodies named right after their noun that the labels never count as companies: `le syndicat
/// Synergie`, `l'association HOP`; but `les syndicats d'Air France` are the company's.
const BODIES_BEFORE: &[&str] = &["syndicat", "syndicats", "association", "associations"];

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

/// Titles of the people who run a company: `le patron de Renault`.
const TITLES: &[&str] = &[
    "pdg",
    "ceo",
    "patron",
    "patronne",
    "president",
    "presidente",
    "directeur",
    "directrice",
    "dirigeant",
    "dirigeante",
    "fondateur",
    "fondatrice",
    "numero",
];

/// Whether `word` titles whoever heads a company or a public body, in the singular or the
/// plural (`président`, `dirigeants`): any title but `PDG` and `CEO`, which only a company has.
fn heads_a_body(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    TITLES.contains(&singular) && !matches!(singular, "pdg" | "ceo")
}

/// Nouns of kinship: `Sephora, compagne de Kingsley Coman`. Not `mère`, which a company has
/// (`maison mère`).
const KIN: &[&str] = &[
    "compagne",
    "compagnon",
    "epouse",
    "epoux",
    "femme",
    "mari",
    "fils",
    "fille",
    "veuve",
    "frere",
    "soeur",
    "niece",
    "neveu",
    "cousin",
    "cousine",
];

/// Nouns that say who someone is, after `un` or `une` in apposition: `Dior, une étudiante`.
const SOMEONE: &[&str] = &[
    "etudiant",
    "etudiante",
    "lyceen",
    "lyceenne",
    "retraite",
    "retraitee",
    "habitant",
    "habitante",
    "militant",
    "militante",
    "manifestant",
    "manifestante",
    "infirmier",
    "infirmiere",
    "enseignant",
    "enseignante",
    "agriculteur",
    "agricultrice",
    "ouvrier",
    "ouvriere",
    "chomeur",
    "chomeuse",
    "adolescent",
    "adolescente",
    "jeune",
    "mere",
    "pere",
];

/// Particles of family names: `Léonard de Vinci`, `Vincent van Gogh`.
const NAME_PARTICLES: &[&str] = &["de", "da", "di", "del", "van", "von", "der"];

/// What an outlet publishes, before its name: `un sondage du Parisien`, `une enquête de Mediapart`.
const PUBLISHED: &[&str] = &[
    "sondage", "sondages", "enquete", "enquetes", "etude", "etudes",
];

/// Words just before a media or platform name that make it a source or a medium, not an actor.
const CITATION_BEFORE: &[&str] = &[
    "selon",
    "confirme",
    "procure",
    "procuree",
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
    "jt",
    "13h",
    "20h",
    "emission",
    "programme",
    "diffusion",
    "diffuse",
    "telespectateurs",
    "animateur",
    "animatrice",
    "presentateur",
    "presentatrice",
    "chroniqueur",
    "invite",
    "invitee",
    "lecteurs",
    "revelations",
    "tribune",
];

/// Words just before a platform name that make it a medium (`sur Twitter`, `son compte
/// Instagram`), not an actor.
const MEDIUM_BEFORE: &[&str] = &[
    "sur",
    "via",
    "cagnotte",
    "compte",
    "comptes",
    "page",
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
    "messagerie",
    "utilisateur",
    "utilisateurs",
    "utilisatrice",
    "utilisatrices",
    "internautes",
    "profils",
    "lives",
    "story",
    "stories",
    "publications",
    "messages",
    "posts",
    "videos",
    "tweets",
    "pages",
    "fiche",
    "fiches",
    "forum",
    "forums",
    "billet",
    "sociaux",
    "web",
    "usager",
    "usagers",
];

/// Words that make a media an actor of the news rather than its source: its owners, deals,
/// money, staff and managers (`le rachat du Parisien`, `la direction de France Télévisions`).
const MEDIA_BUSINESS: &[&str] = &[
    "groupe",
    "societe",
    "entreprise",
    "rachat",
    "racheter",
    "rachete",
    "rachetee",
    "cession",
    "ceder",
    "cede",
    "vente",
    "vendre",
    "vendu",
    "vendue",
    "actionnaire",
    "actionnaires",
    "proprietaire",
    "capital",
    "filiale",
    "holding",
    "licenciement",
    "licenciements",
    "salaries",
    "emplois",
    "direction",
    "pdg",
    "patron",
    "patronne",
    "directeur",
    "directrice",
    "dirigeant",
    "dirigeants",
    "fondateur",
    "fusion",
    "chiffre",
    "benefice",
    "pertes",
    "publicitaires",
    "annonceurs",
    "redressement",
    "liquidation",
    "recapitalisation",
    "acquis",
    "acquiert",
    "investit",
    "contrat",
    "partenariat",
    "droits",
    "greve",
    "condamne",
    "condamnee",
    "rejoindre",
    "rejoint",
    "quitte",
    "quitter",
    "recrute",
    "recrutement",
    "debauche",
    "depart",
    "editions",
    "imprime",
    "impression",
    "revenus",
    "recettes",
    "abonnes",
    "audiences",
    "reprise",
    "repreneur",
    "racheteur",
    "appartient",
    "appartiennent",
    "appartenant",
    "concurrent",
    "concurrente",
    "concurrents",
    "concurrentes",
    "decide",
    "decidee",
    "decider",
    "annule",
    "annulee",
    "deprogramme",
    "deprogrammer",
    "suspendu",
    "suspendue",
    "limoge",
    "limogee",
    "nomme",
    "nommee",
    "remplace",
    "supprime",
    "supprimer",
    "sanctionne",
    "sanctionnee",
    "amende",
    "plainte",
    "assigne",
    "assignee",
    "assigner",
    "poursuivi",
    "poursuivie",
    "abonnement",
    "abonnements",
    "audience",
    "auditeurs",
    "attentat",
    "attaque",
    "agresse",
    "agressee",
    "agression",
    "censure",
    "censuree",
    "interdit",
    "interdite",
    "catalogue",
    "licencie",
    "licenciee",
    "vend",
];

/// What happens to a channel or a title, said before its name: `l'arrêt de France 4`, `la
/// fermeture de France Ô`. Not after it, nor inside it (`Arrêt sur images`).
const MEDIA_EVENTS: &[&str] = &[
    "arret",
    "fermeture",
    "suppression",
    "disparition",
    "privatisation",
];

/// What a platform does to what is posted on it: `Twitter a masqué un tweet`, `les règles de
/// YouTube`. Business words for a platform only: `signale Euronews` cites a channel.
const PLATFORM_BUSINESS: &[&str] = &[
    "masque",
    "masquer",
    "signale",
    "signaler",
    "ferme",
    "fermer",
    "fermeture",
    "bannir",
    "banni",
    "bannit",
    "bloque",
    "bloquer",
    "moderation",
    "moderer",
    "moderateurs",
    "regles",
    "retire",
    "retirer",
    "desactive",
    "algorithme",
    "algorithmes",
    "suspendre",
    "suspend",
    "suspension",
];

/// Words after a sponsor's name that make it a venue's or an event's: `AccorHotels Arena`, `VYV
/// Festival`.
const VENUES: &[&str] = &[
    "arena",
    "stadium",
    "velodrome",
    "dome",
    "riviera",
    "atlantique",
    "park",
    "hall",
    "palace",
    "ring",
    "field",
    "garden",
    "tower",
    "festival",
    "cup",
    "trophy",
    "trophee",
    "masters",
    "open",
    "challenge",
];

/// Words of the press and broadcasting trade: with [`MEDIA_DEALS`], they make an article one
/// about the media business, where the outlets it names are actors (see
/// [`about_the_media_business`]).
const MEDIA_INDUSTRY: &[&str] = &[
    "presse",
    "journal",
    "journaux",
    "quotidien",
    "quotidiens",
    "hebdomadaire",
    "hebdomadaires",
    "magazine",
    "magazines",
    "titres",
    "chaine",
    "chaines",
    "radio",
    "radios",
    "television",
    "redaction",
    "redactions",
    "editeur",
    "editeurs",
    "kiosque",
    "kiosques",
    "audiences",
    "audience",
    "lecteurs",
    "exemplaires",
    "abonnes",
    "antenne",
    "grille",
    "diffuseur",
    "diffuseurs",
    "audiovisuel",
    "journalisme",
    "journaliste",
    "journalistes",
    "redacteur",
    "redacteurs",
    "redactrice",
];

/// Words of ratings: a story on audiences is about the channels' business too (see
/// [`MEDIA_INDUSTRY`]).
const MEDIA_RATINGS: &[&str] = &[
    "audience",
    "audiences",
    "telespectateurs",
    "telespectatrices",
    "auditeurs",
    "mediametrie",
    "audimat",
];

/// Words of deals, money, jobs, closures and budgets: see [`MEDIA_INDUSTRY`].
const MEDIA_DEALS: &[&str] = &[
    "rachat",
    "racheter",
    "rachete",
    "rachetee",
    "cession",
    "ceder",
    "cede",
    "repreneur",
    "repreneurs",
    "actionnaire",
    "actionnaires",
    "proprietaire",
    "filiale",
    "licenciements",
    "salaries",
    "redressement",
    "liquidation",
    "fusion",
    "imprimerie",
    "imprimeries",
    "distribution",
    "chiffre",
    "pertes",
    "benefice",
    "annonceurs",
    "publicitaire",
    "publicitaires",
    "recettes",
    "investissement",
    "contrat",
    "partenariat",
    "droits",
    "plan",
    "greve",
    "fermeture",
    "arret",
    "suppression",
    "lancement",
    "budget",
    "economies",
];

/// Nouns after a name that make it an organisation's other than a company: `Amel Association`.
const ORGANISATIONS: &[&str] = &[
    "association",
    "foundation",
    "fondation",
    "club",
    "clube",
    "institute",
    "university",
    "universite",
    "hospital",
    "school",
    "academy",
];

/// First names common in the news: before a name that is also a company's, they make the name
/// a person's for the whole article (`Martin Bouygues`). A few are companies' names too
/// (`Céline`, `Tiffany`, `Lilly`): alone, they are someone's unless a cue says otherwise.
const FIRST_NAMES: &[&str] = &[
    "jean",
    "pierre",
    "michel",
    "philippe",
    "alain",
    "patrick",
    "nicolas",
    "christophe",
    "francois",
    "daniel",
    "bernard",
    "eric",
    "frederic",
    "laurent",
    "stephane",
    "olivier",
    "david",
    "thierry",
    "pascal",
    "sebastien",
    "julien",
    "dominique",
    "gerard",
    "christian",
    "andre",
    "felix",
    "rene",
    "jacques",
    "claude",
    "louis",
    "marc",
    "vincent",
    "arnaud",
    "serge",
    "bruno",
    "antoine",
    "thomas",
    "alexandre",
    "maxime",
    "guillaume",
    "romain",
    "hugo",
    "lucas",
    "paul",
    "henri",
    "georges",
    "charles",
    "emmanuel",
    "edouard",
    "didier",
    "yves",
    "luc",
    "denis",
    "herve",
    "gilles",
    "xavier",
    "benoit",
    "fabien",
    "mathieu",
    "matthieu",
    "damien",
    "cedric",
    "remi",
    "franck",
    "francis",
    "raymond",
    "roger",
    "marcel",
    "robert",
    "emile",
    "gaston",
    "lucien",
    "albert",
    "martin",
    "bertrand",
    "etienne",
    "jerome",
    "ludovic",
    "mickael",
    "michael",
    "anthony",
    "kevin",
    "jeremy",
    "marie",
    "anne",
    "catherine",
    "isabelle",
    "sylvie",
    "nathalie",
    "christine",
    "francoise",
    "monique",
    "martine",
    "valerie",
    "sandrine",
    "sophie",
    "celine",
    "veronique",
    "laurence",
    "brigitte",
    "chantal",
    "nicole",
    "helene",
    "florence",
    "caroline",
    "claire",
    "julie",
    "aurelie",
    "emilie",
    "camille",
    "lea",
    "manon",
    "chloe",
    "tiffany",
    "lilly",
    "emma",
    "sarah",
    "laura",
    "pauline",
    "juliette",
    "agnes",
    "delphine",
    "elisabeth",
    "elizabeth",
    "virginie",
    "stephanie",
    "corinne",
    "segolene",
    "rachida",
    "christiane",
    "simone",
    "jacqueline",
    "josiane",
    "ingrid",
    "marine",
    "enzo",
    "ferdinand",
    "henry",
    "harrison",
    "john",
    "james",
    "william",
    "richard",
    "joseph",
    "peter",
    "mark",
    "steve",
    "steven",
    "elon",
    "jeff",
    "bill",
    "larry",
    "sergey",
    "tim",
    "satya",
    "sundar",
    "mary",
    "susan",
    "barbara",
    "carlos",
    "luca",
    "giovanni",
    "giorgio",
    "gianni",
    "carlo",
    "donatella",
    "miuccia",
    "ferruccio",
    "domenico",
    "sergio",
    "silvio",
    "matteo",
    "mario",
    "lorenzo",
    "alberto",
    "hans",
    "karl",
    "wolfgang",
    "klaus",
    "dieter",
    "angela",
    "gerhard",
    "helmut",
    "ratan",
    "mukesh",
    "akio",
    "kiichiro",
    "soichiro",
    "benjamin",
    "hugues",
    "lisa",
    "julia",
    "anna",
    "eva",
    "alice",
    "louise",
    "jeanne",
    "rose",
    "lucie",
    "margaux",
    "oceane",
    "ines",
    "nadia",
    "leila",
    "fatima",
    "karim",
    "mohamed",
    "ahmed",
    "rachid",
    "samir",
    "yasmine",
    "sonia",
    "myriam",
    "karine",
    "sabine",
    "muriel",
    "odile",
    "genevieve",
    "colette",
    "denise",
    "josette",
    "yvette",
    "huguette",
    "paulette",
    "georgette",
    "fabrice",
    "gregory",
    "jeremie",
    "quentin",
    "adrien",
    "florian",
    "nathan",
    "theo",
    "raphael",
    "gabriel",
    "arthur",
    "jules",
    "leo",
    "clement",
    "valentin",
    "victor",
    "alexis",
    "alexandra",
    "audrey",
    "elodie",
    "melanie",
    "marion",
    "charlotte",
    "amandine",
    "justine",
    "mathilde",
    "clemence",
    "agathe",
    "cecile",
    "constance",
    "donald",
    "joe",
    "barack",
    "hillary",
    "kamala",
    "vladimir",
    "xi",
    "recep",
    "boris",
    "theresa",
    "justin",
    "jair",
    "narendra",
    "andrew",
    "brian",
    "chris",
    "christopher",
    "edward",
    "george",
    "jack",
    "jacob",
    "jennifer",
    "jessica",
    "jonathan",
    "lucy",
    "matthew",
    "michelle",
    "nancy",
    "nick",
    "oliver",
    "rebecca",
    "ryan",
    "sam",
    "sean",
    "tom",
    "tony",
    "victoria",
    "warren",
    "mike",
    "niki",
    "jim",
    "bob",
    "maurice",
    "kim",
    "tarek",
    "mohammed",
    "ali",
    "omar",
    "farid",
    "mehdi",
    "youssef",
    "hassan",
    "hussein",
    "ibrahim",
    "moussa",
    "mamadou",
    "abdoulaye",
    "aminata",
    "fatou",
    "samira",
    "amina",
    "yasmina",
    "paulo",
    "jose",
    "maria",
    "luis",
    "juan",
    "pedro",
    "miguel",
    "manuel",
    "antonio",
    "francisco",
    "javier",
    "diego",
    "pablo",
    "alejandro",
    "fernando",
    "ricardo",
    "roberto",
    "jorge",
    "andres",
    "lula",
    "giuseppe",
    "marco",
    "andrea",
    "alessandro",
    "stefano",
    "francesco",
    "paolo",
    "luigi",
    "jurgen",
    "horst",
    "uwe",
    "stefan",
    "markus",
    "matthias",
    "andreas",
    "frank",
    "ursula",
    "annegret",
    "olaf",
    "armin",
    "dmitri",
    "dmitry",
    "sergei",
    "alexei",
    "alexey",
    "ivan",
    "mikhail",
    "nikolai",
    "yuri",
    "igor",
    "oleg",
    "viktor",
    "volodymyr",
    "petro",
    "yulia",
    "svetlana",
    "natalia",
    "olga",
    "tatiana",
    "li",
    "wang",
    "zhang",
    "liu",
    "chen",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "shinzo",
    "yoshihide",
    "fumio",
    "naoki",
    "hiroshi",
    "takeshi",
    "akira",
    "kenji",
    "yuki",
    "rahul",
    "indira",
    "gautam",
    "anil",
    "joshua",
    "kenneth",
    "timothy",
    "ronald",
    "jason",
    "jeffrey",
    "gary",
    "stephen",
    "scott",
    "brandon",
    "samuel",
    "alexander",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "adam",
    "zachary",
    "kyle",
    "noah",
    "ethan",
    "walter",
    "keith",
    "terry",
    "austin",
    "gerald",
    "carl",
    "harold",
    "dylan",
    "lawrence",
    "jordan",
    "jesse",
    "bryan",
    "billy",
    "logan",
    "willie",
    "elijah",
    "wayne",
    "randy",
    "russell",
    "bobby",
    "philip",
    "johnny",
    "sheryl",
    "patricia",
    "linda",
    "margaret",
    "karen",
    "betty",
    "dorothy",
    "sandra",
    "ashley",
    "kimberly",
    "donna",
    "emily",
    "carol",
    "amanda",
    "melissa",
    "deborah",
    "sharon",
    "cynthia",
    "kathleen",
    "amy",
    "shirley",
    "ruth",
    "brenda",
    "pamela",
    "katherine",
    "samantha",
    "debra",
    "rachel",
    "carolyn",
    "janet",
    "virginia",
    "heather",
    "diane",
    "joyce",
    "kelly",
    "lauren",
    "christina",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "cheryl",
    "hannah",
    "martha",
    "gloria",
    "teresa",
    "ann",
    "madison",
    "frances",
    "kathryn",
    "janice",
    "abigail",
    "judy",
    "sophia",
    "grace",
    "amber",
    "doris",
    "marilyn",
    "danielle",
    "beverly",
    "isabella",
    "diana",
    "natalie",
    "brittany",
    "kayla",
    "lori",
    "gilbert",
    "guy",
    "hubert",
    "joel",
    "lionel",
    "loic",
    "noel",
    "patrice",
    "regis",
    "roland",
    "sylvain",
    "tristan",
    "yann",
    "yannick",
    "amaury",
    "anatole",
    "augustin",
    "aurelien",
    "baptiste",
    "basile",
    "corentin",
    "cyril",
    "cyrille",
    "emeric",
    "florent",
    "gael",
    "gaetan",
    "gregoire",
    "gustave",
    "hadrien",
    "josselin",
    "kilian",
    "loris",
    "mael",
    "malik",
    "marius",
    "mathis",
    "mathias",
    "noe",
    "octave",
    "oscar",
    "simon",
    "stanislas",
    "theophile",
    "timothee",
    "valery",
    "yanis",
    "adele",
    "apolline",
    "aurore",
    "beatrice",
    "berenice",
    "capucine",
    "carole",
    "charlene",
    "clara",
    "coralie",
    "cyrielle",
    "dorothee",
    "elise",
    "eloise",
    "eve",
    "fanny",
    "gabrielle",
    "gisele",
    "heloise",
    "irene",
    "jocelyne",
    "josephine",
    "ludivine",
    "madeleine",
    "maelle",
    "margot",
    "marlene",
    "maud",
    "mireille",
    "nadine",
    "noemie",
    "perrine",
    "roxane",
    "sabrina",
    "severine",
    "solene",
    "suzanne",
    "sylviane",
    "therese",
    "vanessa",
    "yvonne",
    "abdel",
    "andrzej",
    "andy",
    "bernie",
    "chuck",
    "dwight",
    "greg",
    "greta",
    "ivanka",
    "jacinda",
    "jared",
    "jeb",
    "kayleigh",
    "lindsey",
    "mateusz",
    "melania",
    "mitch",
    "mitt",
    "rick",
    "rudy",
    "rudolph",
    "sara",
    "wyatt",
    "annick",
    "annie",
    "claudine",
    "evelyne",
    "francine",
    "ghislaine",
    "liliane",
    "lucienne",
    "marguerite",
    "micheline",
    "pierrette",
    "solange",
    "estelle",
    "laetitia",
    "morgane",
    "lena",
    "louna",
    "romane",
    "timeo",
    "ronan",
    "erwan",
    "gwenael",
    "tanguy",
    "yohann",
    "kylian",
    "killian",
    "oskar",
    "yacine",
    "nabil",
    "sofiane",
    "bilal",
    "hamid",
    "aicha",
    "malika",
];

/// Nouns that take a name for what someone found or described: `la maladie de Kawasaki`.
const EPONYMS: &[&str] = &[
    "maladie", "maladies", "syndrome", "echelle", "theoreme", "loi", "principe", "complexe",
];

/// Nouns of the media a platform is (`la messagerie privée WhatsApp`).
const MEDIUM_NOUNS: &[&str] = &[
    "messagerie",
    "messageries",
    "application",
    "applications",
    "appli",
    "applis",
    "plateforme",
    "plateformes",
    "reseau",
    "reseaux",
    "teleconference",
    "visioconference",
];

/// Words that give an example of a kind: `les plateformes comme Netflix`, `type Uber`.
const COMPARISONS: &[&str] = &["comme", "type", "types", "tel", "tels", "telle", "telles"];

/// English nouns of places that follow a place's name: `Macquarie Harbour`, `Orange County`.
const GEOGRAPHY_AFTER: &[&str] = &[
    "harbour",
    "harbor",
    "county",
    "bay",
    "river",
    "island",
    "islands",
    "beach",
    "valley",
    "lake",
    "creek",
    "springs",
    "falls",
    "heights",
    "hills",
    "mountains",
    "peninsula",
    "strait",
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
    "modeles",
    "voitures",
    "vehicules",
    "version",
    "versions",
    "gamme",
    "finition",
    "pack",
    "service",
    "robe",
    "robes",
    "manteau",
    "veste",
    "chaussures",
    "escarpins",
    "lunettes",
    "parfum",
    "bijoux",
    "sieges",
    "baquet",
    "jantes",
    "valise",
    "moteur",
    "helicoptere",
    "badges",
    "film",
    "films",
    "saga",
    "heros",
    "personnage",
    "personnages",
    "jeu",
    "jeux",
    "franchise",
    "console",
    "consoles",
    "serie",
    "album",
    "cocktail",
    "cocktails",
    "carte",
    "cartes",
    "monture",
    "montures",
    "montres",
    "sacs",
    "foulard",
    "tailleur",
    "costume",
    "sneakers",
    "parfums",
    "bouteille",
    "bouteilles",
    "flacon",
    "canette",
    "smartphones",
    "telephones",
    "ordinateurs",
    "tablettes",
    "camions",
    "motos",
    "scooters",
    "velo",
    "velos",
    "trottinette",
    "trottinettes",
];

/// The services and devices a tech company's name opens: `Apple CarPlay`, `Google Maps`. Not
/// its streaming services, which compete as businesses do (`Apple TV+`, `Amazon Music`), nor
/// words a retailer's service shares (`Auchan Drive`, `Carrefour Home`).
const PRODUCT_LINES: &[&str] = &[
    "app",
    "store",
    "carplay",
    "play",
    "maps",
    "live",
    "hangouts",
    "watch",
    "search",
    "assistant",
    "news",
    "alexa",
    "messenger",
    "pay",
    "photos",
    "meet",
    "chrome",
    "earth",
    "translate",
    "teams",
    "office",
    "outlook",
    "xbox",
    "windows",
    "bing",
];

/// Parts a car is fitted with, named by their maker: `des pneus Michelin`.
const PARTS: &[&str] = &["pneus", "pneumatiques", "gommes", "freins", "freinage"];

/// Counts before a maker's name make its products: `deux Porsche`, `plusieurs Ferrari`.
const NUMERALS: &[&str] = &[
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "douze",
    "quinze",
    "vingt",
    "trente",
    "cent",
    "mille",
    "plusieurs",
    "quelques",
];

/// Words skipped when looking for what stands before a name (`révèle le New York Times`).
const PARTICLES: &[&str] = &["le", "la", "les", "de", "du", "des"];

/// Verbs just after a media name that make it the source of what follows (`Le Monde révèle`).
const CITATION_AFTER: &[&str] = &[
    "confirme",
    "confirment",
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
    "annonce",
    "annoncent",
    "revele",
    "rapporte",
    "publie",
    "consulte",
    "procure",
    "procuree",
    "obtenu",
    "interroge",
    "sonde",
    "consulter",
];

/// Auxiliaries between a media and the participle that makes it a source (`L'Obs a révélé`).
const AUXILIARIES: &[&str] = &["a", "avait", "ont", "avaient", "est"];

/// Adverbs between an auxiliary and its participle: `BFMTV s'est également procuré`, `Le
/// Monde avait par ailleurs révélé`.
const ADVERBS_BEFORE_A_PARTICIPLE: &[&str] = &[
    "egalement",
    "aussi",
    "deja",
    "notamment",
    "meme",
    "encore",
    "ainsi",
    "enfin",
    "finalement",
    "pourtant",
    "recemment",
    "par",
    "ailleurs",
    // `Le Parisien a pu consulter`: the verb after `pu` says what the media did.
    "pu",
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

/// What `le` becomes after `de` and `à`: `le rachat du Parisien`, `au Figaro`.
const CONTRACTIONS_OF_LE: &[&str] = &["du", "au"];

/// What `les` becomes after `de` and `à`: `les comptes des Echos`.
const CONTRACTIONS_OF_LES: &[&str] = &["des", "aux"];

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
    "americains",
    "allemands",
    "italiens",
    "espagnols",
    "europeens",
    "coreens",
    "indiens",
    "canadiens",
    "britanniques",
    "autrichien",
    "finlandais",
    "irlandais",
    "polonais",
    "luxembourgeois",
    "mexicain",
    "saoudien",
    "singapourien",
    "taiwanais",
    "turc",
];

/// Legal forms written after a company's name (`Acme SA`, `Globex Inc.`).
const LEGAL_FORMS: &[&str] = &[
    "sa", "sas", "sarl", "sasu", "inc", "ltd", "gmbh", "ag", "nv", "spa", "plc", "llc", "corp",
];

/// `un groupe Facebook`: a group on a platform.
const GROUP_NOUNS: &[&str] = &["groupe", "groupes"];

/// `des groupes Facebook`.
const PLURAL_INDEFINITE: &[&str] = &["des"];

/// `sur Instagram et Twitter`.
const CONJUNCTIONS: &[&str] = &["et", "ou"];

/// Words before a place name that make it a place rather than a company (`à Orange`).
const PLACE_PREPOSITIONS: &[&str] = &["a", "pres", "vers", "depuis"];

/// The word lists above, each a bit of [`Word::lists`]: the rules ask one bit of a word
/// instead of scanning a list each time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum List {
    Cues,
    NotACompanyBefore,
    SentenceStarters,
    NameParticles,
    CitationBefore,
    MediumBefore,
    MediaBusiness,
    ProductNouns,
    Particles,
    CitationAfter,
    Auxiliaries,
    DefiniteArticles,
    ProductDeterminers,
    NameArticles,
    CompanyNouns,
    Nationalities,
    LegalForms,
    GroupNouns,
    PluralIndefinite,
    Conjunctions,
    PlacePrepositions,
    ContractionsOfLe,
    ContractionsOfLes,
    Titles,
    MediumNouns,
    Eponyms,
    FirstNames,
    Venues,
    MediaIndustry,
    MediaDeals,
    MediaRatings,
}

impl List {
    const ALL: [List; 31] = [
        List::Cues,
        List::NotACompanyBefore,
        List::SentenceStarters,
        List::NameParticles,
        List::CitationBefore,
        List::MediumBefore,
        List::MediaBusiness,
        List::ProductNouns,
        List::Particles,
        List::CitationAfter,
        List::Auxiliaries,
        List::DefiniteArticles,
        List::ProductDeterminers,
        List::NameArticles,
        List::CompanyNouns,
        List::Nationalities,
        List::LegalForms,
        List::GroupNouns,
        List::PluralIndefinite,
        List::Conjunctions,
        List::PlacePrepositions,
        List::ContractionsOfLe,
        List::ContractionsOfLes,
        List::Titles,
        List::MediumNouns,
        List::Eponyms,
        List::FirstNames,
        List::Venues,
        List::MediaIndustry,
        List::MediaDeals,
        List::MediaRatings,
    ];

    fn words(self) -> &'static [&'static str] {
        match self {
            List::Cues => CUES,
            List::NotACompanyBefore => NOT_A_COMPANY_BEFORE,
            List::SentenceStarters => SENTENCE_STARTERS,
            List::NameParticles => NAME_PARTICLES,
            List::CitationBefore => CITATION_BEFORE,
            List::MediumBefore => MEDIUM_BEFORE,
            List::MediaBusiness => MEDIA_BUSINESS,
            List::ProductNouns => PRODUCT_NOUNS,
            List::Particles => PARTICLES,
            List::CitationAfter => CITATION_AFTER,
            List::Auxiliaries => AUXILIARIES,
            List::DefiniteArticles => DEFINITE_ARTICLES,
            List::ProductDeterminers => PRODUCT_DETERMINERS,
            List::NameArticles => NAME_ARTICLES,
            List::CompanyNouns => COMPANY_NOUNS,
            List::Nationalities => NATIONALITIES,
            List::LegalForms => LEGAL_FORMS,
            List::GroupNouns => GROUP_NOUNS,
            List::PluralIndefinite => PLURAL_INDEFINITE,
            List::Conjunctions => CONJUNCTIONS,
            List::PlacePrepositions => PLACE_PREPOSITIONS,
            List::ContractionsOfLe => CONTRACTIONS_OF_LE,
            List::ContractionsOfLes => CONTRACTIONS_OF_LES,
            List::Titles => TITLES,
            List::MediumNouns => MEDIUM_NOUNS,
            List::Eponyms => EPONYMS,
            List::FirstNames => FIRST_NAMES,
            List::Venues => VENUES,
            List::MediaIndustry => MEDIA_INDUSTRY,
            List::MediaDeals => MEDIA_DEALS,
            List::MediaRatings => MEDIA_RATINGS,
        }
    }

    fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// The lists a folded word is in, as bits of [`List`].
fn lists_of(folded: &str) -> u32 {
    static VOCABULARY: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    let vocabulary = VOCABULARY.get_or_init(|| {
        let mut vocabulary: FxHashMap<&'static str, u32> = FxHashMap::default();
        for list in List::ALL {
            for word in list.words() {
                *vocabulary.entry(word).or_default() |= list.bit();
            }
        }
        vocabulary
    });
    vocabulary.get(folded).copied().unwrap_or(0)
}

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
    /// Per word: is it an acronym, written in capitals (`EDF`, `BNP`)? Alone it must be; inside a
    /// name of several words a capital is enough (`Eva Air` for `EVA Air`).
    acronym: Vec<bool>,
    case: Case,
    /// Punctuation the name ends with and the text must have too (`Canal+`).
    trailing: Option<char>,
    company: usize,
    risk: Risk,
    /// A newspaper or broadcaster: it may be cited as a source rather than be an actor.
    media: bool,
    /// A newspaper, channel or station of its own, not a group owning others: an actor only
    /// when the news is about its business.
    outlet: bool,
    /// A maker whose name is also its products' (`la Bugatti Chiron`, `le Samsung Galaxy`).
    maker: bool,
    /// A name whose article merged into the word before (`du Parisien` for `Le Parisien`):
    /// the words that word may be.
    contracted: Option<List>,
    /// An online platform or app: it may be where something was said rather than an actor
    /// (`sur Twitter`, `sur Zoom`).
    platform: bool,
}

impl Pattern {
    /// `Parisien` after `du` or `au`, for `Le Parisien`.
    fn contracted_form(&self) -> Option<Pattern> {
        let list = match self.words[0].as_str() {
            "le" => List::ContractionsOfLe,
            "les" => List::ContractionsOfLes,
            _ => return None,
        };
        if self.case != Case::Capitalized(1) {
            return None;
        }
        Some(Pattern {
            words: self.words[1..].to_vec(),
            gaps: self.gaps[1..].to_vec(),
            acronym: self.acronym[1..].to_vec(),
            case: Case::Capitalized(0),
            contracted: Some(list),
            ..*self
        })
    }
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
    /// Written with an elided definite article: `l’Action`.
    definite: bool,
    /// Written with any elided word before it: `l’Action`, `d’Air France`.
    elided: bool,
    /// The word lists it is in (see [`List`]), looked up when a rule first asks: most words
    /// of a window are never asked about. [`LISTS_KNOWN`] is set once they are known.
    lists: std::cell::Cell<u32>,
    /// The character right after the word, if it is not a space.
    trailing: Option<char>,
    /// Only spaces separate it from the word before (not `-`: `Renault-Nissan`).
    plain_space_before: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Company,
    /// A company, unless the article names a person of that name (`Bigard a expliqué` after
    /// `l'humoriste Jean-Marie Bigard`): one name keeps one sense through an article.
    CompanyUnlessPerson,
    NeedsEvidence,
    /// A newspaper, channel or station neither cited nor in the news of its business around
    /// this mention: an actor if the article is about the media business, or if it is
    /// confirmed elsewhere.
    Outlet,
    /// Needs evidence because several companies bear the name: the article's sector may pick
    /// one (see [`Matcher::by_sector`]).
    SharedName,
    /// A person bearing the name: `Martin Bouygues`.
    Person,
    NotCompany,
    /// An acronym the article spells out as the name of something else (`le Conseil supérieur
    /// de l'audiovisuel (CSA)`): its other mentions written the same way are that too.
    Abbreviation,
}

/// A judged mention: the company, the verdict, and where it is named (which text, which bytes).
type Mention = (usize, Verdict, usize, std::ops::Range<usize>);

/// What [`Matcher::try_at`] found at a word.
struct Tried {
    /// The company, the verdict and where the text names it.
    verdict: Option<(usize, Verdict, std::ops::Range<usize>)>,
    guessed: Option<String>,
    /// Where the words it used end: the next word to try is after.
    end: usize,
}

impl Tried {
    /// No name starts at the word ending at `end`.
    fn nothing(end: usize) -> Tried {
        Tried {
            verdict: None,
            guessed: None,
            end,
        }
    }
}

/// For each company with a shared name (`Mitsubishi=generic`), the companies whose canonical
/// names start with that name and go on (`Mitsubishi Motors`, `Mitsubishi Electric`).
fn siblings(gazetteer: &Gazetteer) -> FxHashMap<usize, Vec<usize>> {
    let companies = gazetteer.companies();
    let mut shared: FxHashMap<String, usize> = FxHashMap::default();
    for (company, entry) in companies.iter().enumerate() {
        // Only names shared by companies and nothing else: `Paul` is also a first name.
        let only_shared = |r: &Risk| r.generic && !(r.word || r.person || r.place);
        for name in entry.names.iter().filter(|n| only_shared(&n.risk)) {
            shared.insert(fold_name(&name.text), company);
        }
    }
    let mut siblings: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (company, entry) in companies.iter().enumerate() {
        // Canonical names only: `Mitsubishi Fuso` is Fuso, a truck maker, to the press.
        if let Some(name) = entry.names.first() {
            let key = fold_name(&name.text);
            // Every shorter name this one starts with: `rolls royce` in `rolls royce motor cars`.
            let prefixes = key.match_indices(' ').map(|(at, _)| &key[..at]);
            for owner in prefixes.filter_map(|prefix| shared.get(prefix)) {
                let list = siblings.entry(*owner).or_default();
                if *owner != company && !list.contains(&company) {
                    list.push(company);
                }
            }
        }
    }
    siblings
}

/// Buffers [`Matcher::scan`] reuses from word to word.
#[derive(Default)]
struct Scratch {
    /// The folded words of a window.
    arena: String,
    /// A folded word to look up.
    key: String,
    /// The words ahead of a candidate.
    ahead: Vec<Span>,
    /// The words around a candidate.
    window: Vec<Span>,
    /// Where the folded forms of a window's words are.
    folded_at: Vec<FoldedAt>,
}

thread_local! {
    /// The buffers of [`Matcher::scan`], kept from article to article: allocating them for each
    /// one cost a tenth of recognition, on the thread that also feeds the index.
    static SCAN_BUFFERS: std::cell::RefCell<(Scratch, Vec<Span>)> = Default::default();
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
    /// Every folded word that starts a name or introduces a guessed one.
    lexicon: Lexicon,
    /// Which words may be in the lexicon: most words of a text start no name, and this
    /// answers for them without folding or hashing.
    filter: KeyFilter,
    /// Which second words the names starting with a word of the lexicon may have, by their
    /// initial: asked of the words `filter` lets through, before the lexicon is.
    seconds: SecondInitialsTable,
    /// Which words may be words of the media trade or of deals (see
    /// [`Matcher::about_the_media_business`]), answered as `filter` answers.
    media_words: KeyFilter,
    /// Each company's sector.
    sectors: Vec<String>,
    /// The companies whose names start with a shared name of another: `Mitsubishi Motors` for
    /// `Mitsubishi`.
    siblings: FxHashMap<usize, Vec<usize>>,
}

/// The entries of the lexicon by the hash [`KeyFilter`] takes of their word: a word of the text
/// is looked up with the hash the filter took of it, and compared with the entry's word, without
/// being folded first.
struct Lexicon {
    by_hash: FxHashMap<u64, LexiconEntry>,
    /// The entries whose word has the hash of another's, by word: hardly ever any.
    shared_hash: FxHashMap<String, LexiconEntry>,
}

impl Lexicon {
    /// The entries of the names starting with each word, each list longest first.
    fn new(names: FxHashMap<String, Vec<Pattern>>) -> Lexicon {
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
    fn entry(&mut self, word: String) -> &mut LexiconEntry {
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
    fn get(&self, folded: &str) -> Option<&LexiconEntry> {
        self.by_hash
            .get(&KeyFilter::hash_of(folded, folded.is_ascii()))
            .filter(|entry| entry.word == folded)
            .or_else(|| self.shared_hash.get(folded))
    }

    /// The entry of the word written `raw`, without an apostrophe, whose hash is `hash`; `key`
    /// is scratch space.
    #[inline(always)]
    fn of_written(&self, raw: &str, hash: u64, key: &mut String) -> Option<&LexiconEntry> {
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

    fn iter(&self) -> impl Iterator<Item = (&str, &LexiconEntry)> {
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
fn folds_to(raw: &str, folded: &str) -> bool {
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
struct LexiconEntry {
    /// Its folded word, in [`Lexicon::by_hash`].
    word: String,
    /// The names starting with this word, longest first.
    patterns: Vec<Pattern>,
    /// Indexes in `patterns` of the names of several words, by the hash [`KeyFilter`] takes of
    /// their second word: read from the text without folding it. Two words of one hash only
    /// make [`Matcher::match_at`] try more names.
    by_second: FxHashMap<u64, Vec<usize>>,
    /// Indexes in `patterns` of the names of one word.
    single: Vec<usize>,
    /// Some name needs the word before (`du Parisien`): read the words around at once.
    contracted: bool,
    /// What the names need of this word and the next: the cheap test that spares the rules
    /// most words (see [`LexiconEntry::may_start`]).
    starts: Vec<Start>,
    /// The most words a name of `patterns` has.
    longest: usize,
    /// A noun that introduces a name (`société`).
    company_noun: bool,
    /// A legal form written after a name (`SA`).
    legal_form: bool,
}

/// What a name needs of its first word and of the next one, read from the raw text only.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Start {
    case: Case,
    /// For a name of several words: the folded first letter of the second word, and whether
    /// only spaces or hyphens separate the two (`Air France`, not `JD.com`).
    second: Option<(u8, bool)>,
}

impl LexiconEntry {
    fn new(patterns: Vec<Pattern>) -> LexiconEntry {
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
    fn candidates<'e>(&'e self, next: Option<&str>) -> impl Iterator<Item = &'e Pattern> + 'e {
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
    fn by_second_word(&self, raw: &str, shape: WordShape, key: &mut String) -> Option<&[usize]> {
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
    fn may_start(&self, word: &Written, next: Option<(&str, &Written)>) -> bool {
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
    fn second_initials(&self) -> u32 {
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
    fn context(&self) -> (usize, usize) {
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
    fn needs(&self) -> impl Iterator<Item = Need> + '_ {
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
struct Written<'a> {
    raw: &'a str,
    /// The word after an apostrophe (`Alibaba` in `d’Alibaba`), else the word.
    core: &'a str,
    /// Whether the rules may find the word capitalised: `d’Alibaba` is.
    capitalized: bool,
    /// Only ASCII bytes.
    ascii: bool,
}

impl<'a> Written<'a> {
    #[inline(always)]
    fn new(raw: &'a str, shape: WordShape) -> Written<'a> {
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
fn is_space_gap(separator: &str) -> bool {
    separator.chars().all(is_space_or_hyphen)
}

/// What the names starting with a word need of the text, for [`KeyFilter`].
#[derive(Clone, Copy)]
enum Need {
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
    fn bit(self) -> u8 {
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
struct KeyFilter {
    slots: Vec<u8>,
}

impl KeyFilter {
    /// Slots, as a power of two: enough that few words pass that no key has.
    const BITS: u32 = 16;

    fn new() -> KeyFilter {
        KeyFilter {
            slots: vec![0; 1 << Self::BITS],
        }
    }

    /// The hash of a word's folded form: the same for `Société` and `societe`.
    #[inline(always)]
    fn hash_of(raw: &str, ascii: bool) -> u64 {
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
    fn slots_of(hash: u64) -> [usize; 2] {
        let mask = (1u64 << Self::BITS) - 1;
        [
            (hash >> (64 - Self::BITS)) as usize,
            ((hash >> 16) & mask) as usize,
        ]
    }

    /// What the keys that may be written like the word of this hash need, one bit per [`Need`].
    fn needs(&self, hash: u64) -> u8 {
        let [first, second] = Self::slots_of(hash);
        self.slots[first] & (self.slots[second] >> 4)
    }

    /// Adds a key, folded as the lexicon has it.
    fn insert(&mut self, key: &str, need: Need) {
        let [first, second] = Self::slots_of(Self::hash_of(key, key.is_ascii()));
        self.slots[first] |= need.bit();
        self.slots[second] |= need.bit() << 4;
    }

    /// False when no lexicon word with this need could be written `raw`.
    #[inline(always)]
    fn may_hold(&self, raw: &str, ascii: bool, need: Need) -> bool {
        self.needs(Self::hash_of(raw, ascii)) & need.bit() != 0
    }
}

/// The initials of the second words that the names starting with a word may have, one bit per
/// letter, by the word's hash as [`KeyFilter`] computes it: `Il` goes on only with `Sole`,
/// `Messaggero` or `Giornale`, so `Il a` is no name, told without looking `il` up. Words that
/// share a slot share their bits, which only lets more words through.
struct SecondInitials(u32);

impl SecondInitials {
    /// A name of one word written in any case may start here, or a guessed one: any word, or
    /// none, may follow.
    const ANY: u32 = u32::MAX;
    /// A name of one word may start here if the word is capitalised (`Total`, not `à` for `A`).
    const ONE_WORD_CAPITALIZED: u32 = 1 << 28;
    /// The bit of digits, then of any other initial.
    const DIGIT: u32 = 26;
    const OTHER: u32 = 27;

    fn bit(initial: u8) -> u32 {
        1 << match initial {
            b'a'..=b'z' => u32::from(initial - b'a'),
            b'0'..=b'9' => Self::DIGIT,
            _ => Self::OTHER,
        }
    }

    /// Whether a name may start at `word` and go on with `next` (`None` at the end of the
    /// text), as far as initials tell: never false where [`LexiconEntry::may_start`] is true.
    #[inline(always)]
    fn may_go_on_with(&self, word: &Written, next: Option<&Written>) -> bool {
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
struct SecondInitialsTable {
    slots: Vec<u32>,
}

impl SecondInitialsTable {
    fn new() -> SecondInitialsTable {
        SecondInitialsTable {
            slots: vec![0; 1 << KeyFilter::BITS],
        }
    }

    fn insert(&mut self, key: &str, initials: u32) {
        self.slots[Self::slot_of(KeyFilter::hash_of(key, key.is_ascii()))] |= initials;
    }

    #[inline(always)]
    fn of(&self, hash: u64) -> SecondInitials {
        SecondInitials(self.slots[Self::slot_of(hash)])
    }

    /// A slot from the hash's middle bits: [`KeyFilter`] takes its slots from its two ends.
    fn slot_of(hash: u64) -> usize {
        ((hash >> 24) & ((1 << KeyFilter::BITS) - 1)) as usize
    }
}

/// A hash of bytes read eight at a time, the same whether they come in one by one (folded
/// letters) or as a whole chunk (a word that is already ASCII). Each byte is taken with its
/// `0x20` bit set, which lower-cases ASCII letters and leaves digits and apostrophes alone:
/// other bytes may then collide, which only lets a word through to the lexicon.
#[derive(Default)]
struct FoldedHash {
    hash: u64,
    chunk: u64,
    filled: u32,
}

impl FoldedHash {
    const LOWER: u64 = 0x2020_2020_2020_2020;

    #[inline]
    fn write(&mut self, byte: u8) {
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
    fn write_eight(&mut self, bytes: u64) {
        debug_assert_eq!(self.filled, 0);
        self.mix(bytes | Self::LOWER);
    }

    /// Fewer than eight bytes at once, the last ones; only when no byte is waiting.
    #[inline]
    fn write_last(&mut self, bytes: &[u8]) {
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
    fn mix(&mut self, chunk: u64) {
        self.hash = (self.hash ^ chunk)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(26);
    }

    fn finish(mut self) -> u64 {
        // The bytes of a chunk are never zero, so a short last chunk differs from a longer one.
        self.mix(self.chunk ^ u64::from(self.filled));
        let hash = (self.hash ^ (self.hash >> 29)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        hash ^ (hash >> 32)
    }
}

/// Words the rules read before and after a name: the cue three words back, the person before
/// `Bouygues`, the verb after `Le Monde` (`CONTEXT`); six each side for an outlet's business
/// (`le directeur général délégué de La Voix du Nord`, `OUTLET_CONTEXT`); after a company noun,
/// adjectives of nationality and a name of up to three words (`GUESS_AFTER`).
const CONTEXT: usize = 4;
const OUTLET_CONTEXT: usize = 6;
const GUESS_AFTER: usize = 7;

/// Whether the gazetteer calls a company a group (`groupe Lagardère`, `Prisma Media`): a media
/// group is an actor, where a newspaper or a channel is mostly a source.
fn is_a_group(company: &super::Company) -> bool {
    const GROUP_WORDS: &[&str] = &[
        "groupe", "group", "groep", "gruppe", "grupo", "gruppo", "media", "medias", "holding",
    ];
    company.names.iter().any(|name| {
        let mut arena = String::new();
        words_of(&name.text, &mut arena)
            .iter()
            .any(|w| GROUP_WORDS.contains(&w.folded))
    })
}

/// Whether a headline is about an auction: `aux enchères`, `Enchères : Ferrari California T`,
/// `adjugée 3 740 000 dollars`.
fn about_an_auction(headline: &str) -> bool {
    ["enchères", "Enchères", "ENCHÈRES", "adjugé"]
        .iter()
        .any(|word| headline.contains(word))
}

/// Whether a name holds a lower-case word past its first (`Fonderies de Bretagne`, `Rolls-Royce
/// plc`): it describes a company, and no product bears it, so `les Fonderies de Bretagne` is
/// the company where `les Renault` are cars.
fn a_descriptive_name(name: &str) -> bool {
    name.split_whitespace()
        .skip(1)
        .any(|word| word.chars().next().is_some_and(char::is_lowercase))
}

fn gap_of(separator: &str) -> Gap {
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

fn ends_sentence(separator: &str) -> bool {
    // A period glued to the next word is part of a name (`JD.com`), not the end of a sentence.
    separator.contains(['!', '?', '…', '«', '“', '"', ':', '\n', '(', '—', '–'])
        || (separator.contains('.') && separator.contains(char::is_whitespace))
}

/// Whether `word` opens a paragraph glued to the one before, as many exports do (`jeudi.Le
/// gouvernement`, `(selon lui).Le`, `etc...Le`, `la Maison Blanche.Assurant`): a word of
/// lower-case letters, maybe capitalised, a period (maybe after a bracket or other periods), a
/// capital. A period inside a name has no lower-case word of two letters or more before it and
/// a capital after it (`JD.com`, `E.Leclerc`).
fn glued_paragraphs(previous: Option<&str>, separator: &str, word: &str) -> bool {
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
fn word_spans(text: &str) -> Vec<Span> {
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
fn words_in<'a>(
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
fn is_simple_word(raw: &str, shape: WordShape) -> bool {
    shape.ascii && !shape.apostrophe && raw.bytes().all(|b| b & 0x20 != 0)
}

/// Whether `raw` is only lower-case ASCII letters and digits: most words are, and are their own
/// folded form.
#[inline(always)]
fn is_simple(raw: &str) -> bool {
    raw.bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Whether a word starts with a capital or a digit, and whether it is written in capitals, read
/// past its elided article (`core`). A [simple](is_simple) word may start with a digit, and is
/// no word in capitals: only a word that starts with a capital can be one.
#[inline(always)]
fn case_of(core: &str, simple: bool) -> (bool, bool) {
    let capitalized = if simple {
        core.as_bytes().first().is_some_and(u8::is_ascii_digit)
    } else {
        starts_with_capital_or_digit(core)
    };
    (capitalized, capitalized && !simple && all_capitals(core))
}

/// The character right after the word ending at `end`, if it is not a space.
#[inline(always)]
fn char_after(text: &str, end: usize) -> Option<char> {
    match text.as_bytes().get(end) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        _ => text[end..].chars().next(),
    }
    .filter(|c| !c.is_whitespace())
}

/// How many bytes of `raw` an elided article takes (`d’` in `d’Alibaba`), as [`words_in`] drops
/// it; `scratch` is scratch space.
fn elided_len(raw: &str, shape: WordShape, scratch: &mut String) -> usize {
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
fn single_at<'e>(
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
fn second_half_of_start_up(previous: Option<&str>, separator: &str, raw: &str) -> bool {
    raw == "up"
        && matches!(separator, "-" | "‑")
        && previous.is_some_and(|p| p.eq_ignore_ascii_case("start"))
}

/// Writes into `key` the folded form of `raw` without its elided article: `l’Entreprise` →
/// `entreprise`, as the lexicon has it.
#[inline(always)]
fn fold_key(raw: &str, key: &mut String) {
    key.clear();
    fold_into(raw, key);
    if key.contains('\'') {
        if let Some(elided) = elided_prefix_len(key) {
            key.drain(..elided);
        }
    }
}

/// `count` words from `word` on, and one more, into `spans`.
fn words_ahead(text: &str, word: Span, count: usize, spans: &mut Vec<Span>) {
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
fn words_of<'a>(text: &'a str, arena: &'a mut String) -> Vec<Word<'a>> {
    let spans = word_spans(text);
    words_in(text, &spans, 0..spans.len(), true, arena, &mut Vec::new())
}

#[inline(always)]
fn starts_with_capital_or_digit(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase() || byte.is_ascii_digit(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `word` has letters, all capitals: `SNCF`, `LVMH`, `3M`.
fn all_capitals(word: &str) -> bool {
    if word.is_ascii() {
        let mut letters = word.bytes().filter(u8::is_ascii_alphabetic).peekable();
        return letters.peek().is_some() && letters.all(|b| b.is_ascii_uppercase());
    }
    let mut letters = word.chars().filter(|c| c.is_alphabetic()).peekable();
    letters.peek().is_some() && letters.all(|c| c.is_uppercase())
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
    after_apostrophe(raw)
}

/// Where the part of `raw` after its first apostrophe starts (`Alibaba` in `d’Alibaba`), or 0.
fn after_apostrophe(raw: &str) -> usize {
    raw.char_indices()
        .find(|(_, c)| is_apostrophe(*c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

impl Matcher {
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        let mut patterns: FxHashMap<String, Vec<Pattern>> = FxHashMap::default();
        let mut arena = String::new();
        for (company, entry) in gazetteer.companies().iter().enumerate() {
            let group = entry.sector == "media" && is_a_group(entry);
            for name in &entry.names {
                let words = words_of(&name.text, &mut arena);
                let Some(first) = words.first() else { continue };
                let raw_first = name.text.trim_start();
                let leading_article =
                    usize::from(words.len() > 1 && is_in(first, List::NameArticles));
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
                    // `Le Figaro` is the newspaper even when the gazetteer files it under its
                    // group.
                    // `Twitter`, `YouTube`: a platform the news mostly writes in, flagged
                    // `outlet`, is judged like a newspaper.
                    outlet: name.risk.outlet
                        || (sector == "media"
                            && (!group || leading_article == 1 || first.definite)),
                    // A streamer or a studio is where a film is shown (`sur Netflix`).
                    platform: matches!(
                        sector.as_str(),
                        "internet" | "media" | "entertainment" | "software-services"
                    ),
                    maker: matches!(
                        sector.as_str(),
                        "automotive" | "luxury" | "hardware" | "aerospace-defence"
                    ) && !a_descriptive_name(&name.text),
                    contracted: None,
                };
                if let Some(contracted) = pattern.contracted_form() {
                    patterns
                        .entry(contracted.words[0].clone())
                        .or_default()
                        .push(contracted);
                }
                patterns
                    .entry(first.folded.to_string())
                    .or_default()
                    .push(pattern);
            }
        }
        for list in patterns.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let mut lexicon = Lexicon::new(patterns);
        for noun in COMPANY_NOUNS {
            lexicon.entry(noun.to_string()).company_noun = true;
        }
        for form in LEGAL_FORMS {
            lexicon.entry(form.to_string()).legal_form = true;
        }
        let mut filter = KeyFilter::new();
        for (key, entry) in lexicon.iter() {
            for need in entry.needs() {
                filter.insert(key, need);
            }
        }
        for nationality in NATIONALITIES {
            filter.insert(nationality, Need::Nationality);
        }
        let mut seconds = SecondInitialsTable::new();
        for (key, entry) in lexicon.iter() {
            seconds.insert(key, entry.second_initials());
        }
        let mut media_words = KeyFilter::new();
        for word in MEDIA_INDUSTRY
            .iter()
            .chain(MEDIA_DEALS)
            .chain(MEDIA_RATINGS)
        {
            media_words.insert(word, Need::Nothing);
        }
        Matcher {
            lexicon,
            filter,
            seconds,
            media_words,
            sectors: gazetteer
                .companies()
                .iter()
                .map(|c| c.sector.clone())
                .collect(),
            siblings: siblings(gazetteer),
        }
    }

    /// `Renault-Nissan-Mitsubishi`: a shared name the article does not settle stands for the
    /// company of that name in the sector of the companies it does name (`Mitsubishi Motors`
    /// among carmakers, `Hyundai` among carmakers for Hyundai Motor itself), when exactly one
    /// is.
    fn by_sector(&self, company: usize, found: &[(usize, String)]) -> Option<usize> {
        let siblings = self.siblings.get(&company)?;
        let fits = |candidate: usize| {
            found
                .iter()
                .any(|&(other, _)| self.sectors[other] == self.sectors[candidate])
        };
        let mut fitting = std::iter::once(&company)
            .chain(siblings)
            .filter(|&&candidate| fits(candidate));
        let first = *fitting.next()?;
        fitting.next().is_none().then_some(first)
    }

    /// When `word`, followed by `next`, may be in the lexicon with what its names need (not for
    /// most words, told cheaply): the initials its names' second words may have, and the hash
    /// of the word as written, for [`Lexicon::of_written`].
    fn may_be_a_key(
        &self,
        word: &Written,
        next_capitalized: impl Fn() -> bool,
    ) -> Option<(SecondInitials, u64)> {
        let passes = |hash: u64| {
            let needs = self.filter.needs(hash);
            needs & Need::Nothing.bit() != 0
                || (word.capitalized && needs & Need::Capital.bit() != 0)
                || (needs & Need::CapitalNext.bit() != 0 && next_capitalized())
        };
        let raw = KeyFilter::hash_of(word.raw, word.ascii);
        // The key of an elided word is its folded core (`d’Alibaba`), or the whole word when
        // the apostrophe elides nothing (`aujourd'hui`): either may be the key, so the second
        // words of both count.
        let core = (word.core.len() != word.raw.len() && !word.core.is_empty())
            .then(|| KeyFilter::hash_of(word.core, word.core.is_ascii()));
        (passes(raw) || core.is_some_and(passes)).then(|| {
            let seconds = self.seconds.of(raw).0 | core.map_or(0, |core| self.seconds.of(core).0);
            (SecondInitials(seconds), raw)
        })
    }

    /// The lexicon entry of the word written `raw`, if any; `key` is scratch space.
    fn entry_of(&self, raw: &str, key: &mut String) -> Option<&LexiconEntry> {
        if is_simple(raw) {
            return self.lexicon.get(raw);
        }
        fold_key(raw, key);
        self.lexicon.get(key.as_str())
    }

    /// Reads `texts` once and returns what it found: gazetteer companies (indexes, in order of
    /// first mention, each with the words the text used for it) and guessed names. Evidence
    /// found in one text (a title) confirms names in another (the body).
    pub fn scan(&self, texts: &[&str]) -> Scan {
        // Company, verdict, and where it is named: which text, which bytes.
        let mut verdicts: Vec<Mention> = Vec::new();
        // Companies already judged companies here: another mention cannot change the answer,
        // so its context is not read (most mentions of a company in an article are repeats).
        let mut settled: Vec<usize> = Vec::new();
        let mut guessed: Vec<String> = Vec::new();
        let mut guessed_once: FxHashSet<String> = FxHashSet::default();
        let (mut scratch, mut candidates) = SCAN_BUFFERS.with_borrow_mut(std::mem::take);
        for (text_index, text) in texts.iter().enumerate() {
            // The first of several texts is the title.
            let headline = text_index == 0 && texts.len() > 1;
            candidate_words(text, &mut candidates);
            // Words before this byte are read: part of a name, or tried.
            let mut read = 0;
            let mut record = |found: Tried, read: &mut usize, settled: &mut Vec<usize>| {
                *read = (*read).max(found.end);
                if let Some(name) = found.guessed.filter(|n| !guessed_once.contains(n)) {
                    guessed_once.insert(name.clone());
                    guessed.push(name);
                }
                if let Some((company, Verdict::Company, _)) = &found.verdict {
                    if !settled.contains(company) {
                        settled.push(*company);
                    }
                }
                verdicts.extend(
                    found
                        .verdict
                        .map(|(company, verdict, name)| (company, verdict, text_index, name)),
                );
            };
            for &candidate in &candidates {
                if candidate.0 < read {
                    continue;
                }
                // `la Poste`, `la société américaine Lubrizol`: a word before a capitalised
                // one may start a name; not before a number (`en 2020`, `les 35 heures`).
                let number = text.as_bytes()[candidate.0..candidate.1]
                    .iter()
                    .all(u8::is_ascii_digit);
                // Nor when only spaces follow the words already read (`Emmanuel Macron`): the
                // word before was read, and so was any before it.
                let after_read = text.as_bytes()[read..candidate.0]
                    .iter()
                    .all(|b| matches!(b, b' ' | b'-' | b'\n'));
                if let Some(before) = (!number && !after_read)
                    .then(|| self.start_before(text, candidate.0, &mut scratch.key))
                    .flatten()
                    .filter(|w| w.0 >= read)
                {
                    read = before.1;
                    let next = Some(Some(candidate));
                    let tried = self.try_at(text, before, next, headline, &settled, &mut scratch);
                    if let Some(found) = tried {
                        record(found, &mut read, &mut settled);
                        if read > candidate.0 {
                            continue;
                        }
                    }
                }
                read = candidate.1;
                let tried = self.try_at(text, candidate, None, headline, &settled, &mut scratch);
                if let Some(found) = tried {
                    record(found, &mut read, &mut settled);
                }
            }
        }
        // A huge text must not keep its candidates' memory for the rest of the run.
        candidates.shrink_to(1 << 12);
        SCAN_BUFFERS.set((scratch, candidates));
        spelt_out_elsewhere(texts, &mut verdicts);
        self.confirm_in_lists(texts, &mut verdicts);
        self.media_in_lists(texts, &mut verdicts);
        // What the mentions said of each company, one bit per kind of verdict: a long text
        // may hold many mentions, so each is looked up, not searched for.
        let mut said: FxHashMap<usize, u16> = FxHashMap::default();
        for (company, verdict, _, _) in &verdicts {
            *said.entry(*company).or_default() |= 1 << *verdict as u16;
        }
        let verdict_of = |company: usize, verdict: Verdict| {
            said.get(&company)
                .is_some_and(|bits| bits & (1 << verdict as u16) != 0)
        };
        let confirmed = |company: usize| {
            verdict_of(company, Verdict::Company)
                || (verdict_of(company, Verdict::CompanyUnlessPerson)
                    && !verdict_of(company, Verdict::Person))
        };
        // `les éditions du Figaro, des Echos et de 20 Minutes` in a story on the printing of
        // newspapers: the article's words say what the outlets are, where a clause cannot.
        // Studios and streamers named as companies count among the trade's players (`Téléfoot
        // et Netflix … sur le terrain de Canal+`).
        let outlets: FxHashSet<usize> = verdicts
            .iter()
            .filter(|v| {
                v.1 == Verdict::Outlet
                    || (v.1 == Verdict::Company && self.sectors[v.0] == "entertainment")
            })
            .map(|v| v.0)
            .collect();
        // `Le Parisien : nouvelle stratégie`, `Depuis 2015, Charlie Hebdo a changé de
        // dimension`: an outlet opening the headline's clause, in an article about the media
        // business, is the company whose business it is; not `Un sondage du Parisien`.
        let headlined: FxHashSet<usize> = verdicts
            .iter()
            .filter(|v| {
                texts.len() > 1 && v.1 == Verdict::Outlet && v.2 == 0 && {
                    let before = texts[0][..v.3.start].trim_end();
                    before.is_empty() || before.ends_with(',')
                }
            })
            .map(|v| v.0)
            .collect();
        // `AAP a lancé un financement … cessaient de soutenir AAP … AAP a été relancée`: an
        // outlet named again and again, in an article about the media business, is its subject.
        let mut outlet_mentions: FxHashMap<usize, usize> = FxHashMap::default();
        for v in verdicts.iter().filter(|v| v.1 == Verdict::Outlet) {
            *outlet_mentions.entry(v.0).or_default() += 1;
        }
        let subject = |company: &usize| outlet_mentions.get(company).is_some_and(|&n| n >= 3);
        let media_business =
            (outlets.len() >= 3 || !headlined.is_empty() || outlet_mentions.keys().any(subject))
                && self.about_the_media_business(texts);
        let mut found: Vec<(usize, String)> = Vec::new();
        let mut kept: FxHashSet<usize> = FxHashSet::default();
        for (company, verdict, text_index, name) in verdicts.iter() {
            let keep = match verdict {
                Verdict::Company => true,
                Verdict::Outlet => {
                    (media_business
                        && (outlets.len() >= 3 || headlined.contains(company) || subject(company)))
                        || confirmed(*company)
                }
                Verdict::CompanyUnlessPerson | Verdict::NeedsEvidence | Verdict::SharedName => {
                    confirmed(*company)
                }
                Verdict::Person | Verdict::NotCompany | Verdict::Abbreviation => false,
            };
            if keep && kept.insert(*company) {
                found.push((*company, texts[*text_index][name.clone()].to_string()));
            }
        }
        let mut shared_seen: FxHashSet<usize> = FxHashSet::default();
        for (company, verdict, text_index, name) in verdicts.iter() {
            if *verdict != Verdict::SharedName
                || confirmed(*company)
                || !shared_seen.insert(*company)
            {
                continue;
            }
            if let Some(sibling) = self.by_sector(*company, &found) {
                if kept.insert(sibling) {
                    found.push((sibling, texts[*text_index][name.clone()].to_string()));
                }
            }
        }
        Scan { found, guessed }
    }

    /// `VW et Karmann`, `Honda, Ben & Jerry's, Patagonia`: a name waiting for evidence, listed
    /// right next to a company, is one too. A shared name the sector can settle is left to
    /// [`Matcher::by_sector`].
    fn confirm_in_lists(&self, texts: &[&str], verdicts: &mut [Mention]) {
        let confirmed =
            |v: &Mention| matches!(v.1, Verdict::Company | Verdict::CompanyUnlessPerson);
        // `Lime, Bird, Bolt`: a name confirmed here confirms the one listed before it in turn,
        // so the list is read again until nothing changes.
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..verdicts.len() {
                let (company, verdict) = (verdicts[i].0, verdicts[i].1);
                // `Facebook, Twitter ou YouTube (Google)`: a platform the news mostly writes in,
                // listed with companies, is one of them.
                let platform = verdict == Verdict::Outlet && self.sectors[company] != "media";
                if !(matches!(verdict, Verdict::SharedName | Verdict::NeedsEvidence) || platform)
                    || self.siblings.contains_key(&company)
                {
                    continue;
                }
                let beside_a_company = |earlier: usize, later: usize| {
                    let other = if earlier == i { later } else { earlier };
                    confirmed(&verdicts[other]) && listed_next(texts, verdicts, earlier, later)
                };
                let after_a_company =
                    (1..=2).any(|back| i.checked_sub(back).is_some_and(|k| beside_a_company(k, i)));
                let before_a_company = (1..=2)
                    .any(|ahead| i + ahead < verdicts.len() && beside_a_company(i, i + ahead));
                if after_a_company || before_a_company {
                    verdicts[i].1 = Verdict::Company;
                    changed = true;
                }
            }
        }
    }

    /// `sur Facebook, Twitter, Instagram ou WhatsApp`, `via les applications Teams, WhatsApp ou
    /// Facebook`: an online platform listed after one used as a medium is used so too. Not an
    /// outlet: `les abonnés à BeIn et Canal+` lists the first as a medium and the second as a
    /// seller.
    fn media_in_lists(&self, texts: &[&str], verdicts: &mut [Mention]) {
        let platform = |company: usize| {
            matches!(
                self.sectors[company].as_str(),
                "internet" | "software-services"
            )
        };
        for i in 1..verdicts.len() {
            let (previous, current) = (&verdicts[i - 1], &verdicts[i]);
            if previous.1 == Verdict::NotCompany
                && current.1 != Verdict::NotCompany
                && platform(previous.0)
                && platform(current.0)
                && listed_together(texts, previous, current)
            {
                verdicts[i].1 = Verdict::NotCompany;
            }
        }
    }

    /// The word before the one starting at `start` that may start a name because of it: the
    /// word right before (`la Poste`), or a company noun before adjectives of nationality (`la
    /// société américaine Lubrizol`).
    fn start_before(&self, text: &str, start: usize, key: &mut String) -> Option<Span> {
        let before = word_before(text, start)?;
        let needs_of = |(start, end, shape): Span| {
            self.filter
                .needs(KeyFilter::hash_of(&text[start..end], shape.ascii))
        };
        let before_needs = needs_of(before);
        let (mut word, mut needs) = (before, before_needs);
        for _ in 0..2 {
            if needs & Need::Nationality.bit() == 0 {
                break;
            }
            fold_key(&text[word.0..word.1], key);
            if lists_of(key) & List::Nationalities.bit() == 0 {
                break;
            }
            match word_before(text, word.0) {
                Some(earlier) => (word, needs) = (earlier, needs_of(earlier)),
                None => break,
            }
        }
        if word == before {
            // `de`, `et`, `à`: most words before a capital start no name, as the filter tells
            // from the hash just taken. The core of an elided word (`d’Air`) has a hash of its
            // own: [`Matcher::try_at`] looks at it.
            let names = Need::Nothing.bit() | Need::Capital.bit() | Need::CapitalNext.bit();
            return (before.2.apostrophe || before_needs & names != 0).then_some(before);
        }
        fold_key(&text[word.0..word.1], key);
        let noun = lists_of(key) & List::CompanyNouns.bit() != 0;
        Some(if noun { word } else { before })
    }

    /// Reads the words around `word`, if a name or a guessed one may start there: what the
    /// rules found, and where the words they used end. A name of a `settled` company is
    /// skipped without reading its context. `next` is the next word when the caller knows it.
    fn try_at(
        &self,
        text: &str,
        word: Span,
        next: Option<Option<Span>>,
        headline: bool,
        settled: &[usize],
        scratch: &mut Scratch,
    ) -> Option<Tried> {
        let Scratch {
            arena,
            key,
            ahead,
            window: around_spans,
            folded_at,
        } = scratch;
        let (start, end, shape) = word;
        let written = Written::new(&text[start..end], shape);
        // Most words are no key: the next word is read only for those that may be one (and for
        // the few keys that need a capital after them, once more after the filter).
        let read_next = || next.unwrap_or_else(|| next_word_shaped(text, end));
        let capital_next = || {
            read_next().is_some_and(|(s, e, shape)| Written::new(&text[s..e], shape).capitalized)
        };
        let (seconds, hash) = self.may_be_a_key(&written, capital_next)?;
        let next_span = read_next();
        let next = next_span.map(|(s, e, shape)| Written::new(&text[s..e], shape));
        // `à Paris`, `Il a`, `En 2019`: most words that start names go on with few second
        // words, told by their initial without looking the word up.
        if !seconds.may_go_on_with(&written, next.as_ref()) {
            return None;
        }
        // Most words have no apostrophe: their folded form is their key, found by their hash.
        let entry = if written.core.len() == written.raw.len() {
            self.lexicon.of_written(written.raw, hash, key)
        } else {
            self.entry_of(written.raw, key)
        }?;
        let separator = next_span.map_or("", |(s, _, _)| &text[end..s]);
        if !entry.may_start(&written, next.as_ref().map(|n| (separator, n))) {
            return None;
        }
        let guess_cue = entry.company_noun || entry.legal_form;
        // How many words the name may have: the rules read `after` words past it.
        let mut name_length = entry.longest;
        if !guess_cue && !entry.contracted {
            // Most candidates start no name: read the name's words first, the rest only if one
            // matches.
            // The names of several words that may start here are those whose second word is
            // the next one.
            let reach = match next_span {
                Some((s, e, shape)) => entry
                    .by_second_word(&text[s..e], shape, key)
                    .map(|list| entry.patterns[list[0]].words.len()),
                None => None,
            };
            // `Start-up` is read as `start startup` (see `second_half_of_start_up`).
            let start_up = next_span.is_some_and(|(s, e, _)| {
                second_half_of_start_up(Some(written.raw), &text[end..s], &text[s..e])
            });
            let found = match reach.or(start_up.then_some(1)) {
                Some(reach) => {
                    words_ahead(text, word, reach, ahead);
                    let words = words_in(text, ahead, 0..ahead.len(), false, arena, folded_at);
                    self.match_at(entry, &words, 0)
                        .map(|p| (p, words[0].span.start..words[p.words.len() - 1].span.end))
                }
                None if entry.single.is_empty() => return Some(Tried::nothing(end)),
                // Only a name of one word may start here, most often: the word tells alone.
                None => single_at(entry, text, word, arena),
            };
            match found {
                None => return Some(Tried::nothing(end)),
                // The same name as the full reading below would find (the words and their
                // separators are the same), unless a longer one follows its article.
                // A settled company is named again: what it is here is already known, and kept,
                // so that a name listed beside it finds a confirmed neighbour (`VW et Karmann`).
                Some((pattern, name))
                    if settled.contains(&pattern.company)
                        && pattern.case != Case::Capitalized(1) =>
                {
                    let end = name.end;
                    return Some(Tried {
                        verdict: Some((pattern.company, Verdict::Company, name)),
                        guessed: None,
                        end,
                    });
                }
                // The full reading finds this name again; `la Compagnie` may yet lose to a
                // longer name starting on its second word, read as far as before.
                Some((pattern, _)) if pattern.case != Case::Capitalized(1) => {
                    name_length = pattern.words.len()
                }
                Some(_) => {}
            }
        }
        let (before, after) = entry.context();
        let around = Words::around(text, start, before, name_length + after, around_spans);
        let window = around.at.saturating_sub(before)..around_spans.len();
        let at = around.at - window.start;
        let first_of_text = around.from_text_start && window.start == 0;
        let words = words_in(text, around_spans, window, first_of_text, arena, folded_at);
        let matched = self.match_at(entry, &words, at);
        // `Société Générale`: a cue that opens a gazetteer name introduces nothing.
        // `la société Ikea France`, `Porsche Leipzig GmbH`: a name opening with a gazetteer
        // company's is its subsidiary, found as that company, not guessed.
        let guessed = (guess_cue && matched.is_none_or(|p| p.words.len() == 1))
            .then(|| guess_at(&words, at, text))
            .flatten()
            .filter(|(first, _)| !self.opens_with_a_known_name(&words, *first, text, key))
            .map(|(_, name)| name);
        let (verdict, end) = match matched {
            // `la Compagnie du Mont-Blanc`: a longer name after the article wins.
            Some(pattern) if self.longer_after_article(pattern, &words, at) => (None, end),
            Some(pattern) => {
                let last = at + pattern.words.len() - 1;
                // A car sold at auction is a lot, even in a headline.
                let opens_a_headline = headline && first_of_text && !about_an_auction(text);
                let verdict = judge(&words, at, pattern, opens_a_headline);
                (
                    Some((
                        pattern.company,
                        verdict,
                        words[at].span.start..words[last].span.end,
                    )),
                    words[last].span.end,
                )
            }
            None => (None, end),
        };
        Some(Tried {
            verdict,
            guessed,
            end,
        })
    }

    /// Whether the words from `first` on start with a name of the gazetteer that is no common
    /// word and no name shared by several companies (`Mitsui OSK Lines` is not Mitsui's);
    /// `key` is scratch space.
    fn opens_with_a_known_name(
        &self,
        words: &[Word],
        first: usize,
        text: &str,
        key: &mut String,
    ) -> bool {
        let raw = &text[words[first].span.clone()];
        self.entry_of(raw, key)
            .and_then(|entry| self.match_at(entry, words, first))
            .is_some_and(|pattern| !pattern.risk.word && !pattern.risk.generic)
    }

    /// Whether an article is about the media business: at least three distinct words of the
    /// trade (`quotidien`, `rédaction`, `journalistes`, `audiences`) and three of deals, money or
    /// jobs (`rachat`, `actionnaire`, `salariés`) or of ratings (`téléspectateurs`,
    /// `Médiamétrie`). Read only for articles naming an outlet that is neither cited nor near
    /// such words: most articles are not read whole.
    fn about_the_media_business(&self, texts: &[&str]) -> bool {
        let mut key = String::new();
        let mut industry: Vec<&'static str> = Vec::new();
        let mut deals: Vec<&'static str> = Vec::new();
        let mut ratings: Vec<&'static str> = Vec::new();
        for text in texts {
            let mut cursor = 0;
            while let Some((start, end, shape)) = next_word_shaped(text, cursor) {
                cursor = end;
                // The listed words are 4 to 16 letters long (20 bytes with accents); most words
                // are none of them, which the bit sets say without folding or hashing.
                let raw = &text[start..end];
                // `l'audience`, `d'actionnaires`: the word after the elided article.
                let core = match shape.apostrophe {
                    true => &raw[after_apostrophe(raw)..],
                    false => raw,
                };
                if !(4..=20).contains(&core.len())
                    || !self
                        .media_words
                        .may_hold(core, core.is_ascii(), Need::Nothing)
                {
                    continue;
                }
                fold_key(raw, &mut key);
                let lists = lists_of(&key);
                for (list, seen) in [
                    (List::MediaIndustry, &mut industry),
                    (List::MediaDeals, &mut deals),
                    (List::MediaRatings, &mut ratings),
                ] {
                    if lists & list.bit() != 0 {
                        if let Some(word) = list.words().iter().find(|w| **w == key.as_str()) {
                            if !seen.contains(word) {
                                seen.push(word);
                            }
                        }
                    }
                }
                if industry.len() >= 3 && (deals.len() >= 3 || ratings.len() >= 3) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether `pattern`, matched at `at` with a leading article (`La Compagnie`), is beaten by a
    /// longer name starting on the next word (`Compagnie du Mont-Blanc`).
    fn longer_after_article(&self, pattern: &Pattern, words: &[Word], at: usize) -> bool {
        if pattern.case != Case::Capitalized(1) {
            return false;
        }
        let end = at + pattern.words.len();
        words
            .get(at + 1)
            .and_then(|next| self.lexicon.get(next.folded))
            .and_then(|entry| self.match_at(entry, words, at + 1))
            .is_some_and(|longer| at + 1 + longer.words.len() > end)
    }

    fn match_at<'e>(
        &self,
        entry: &'e LexiconEntry,
        words: &[Word],
        i: usize,
    ) -> Option<&'e Pattern> {
        let next = words.get(i + 1).map(|w| w.folded);
        entry.candidates(next).find(|pattern| {
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
            if let Some(contractions) = pattern.contracted {
                let article = i.checked_sub(1).map(|k| &words[k]);
                if !article.is_some_and(|a| is_in(a, contractions))
                    || !window[0].plain_space_before
                    || window[0].sentence_start
                {
                    return false;
                }
            }
            window.iter().enumerate().all(|(k, word)| {
                word.folded == pattern.words[k]
                    && (!pattern.acronym[k]
                        || word.upper
                        || (pattern.words.len() > 1 && word.capitalized))
                    && (k == 0 || (word.gap_before == pattern.gaps[k - 1] && !word.sentence_start))
            })
        })
    }
}

impl Word<'_> {
    fn upper_or_capitalized(&self) -> bool {
        self.upper || self.capitalized
    }

    /// Holds a digit, as model names do (`A4`, `911`, `XJ220`).
    fn holds_a_digit(&self) -> bool {
        self.folded.bytes().any(|b| b.is_ascii_digit())
    }

    /// Digits only: a count (`12 Rolls-Royce`) or a year (`En 2019`).
    fn is_a_number(&self) -> bool {
        !self.folded.is_empty() && self.folded.bytes().all(|b| b.is_ascii_digit())
    }

    /// Glued to the word before by a hyphen: `Renault-Nissan`, `AP-HP`.
    fn hyphenated(&self) -> bool {
        self.gap_before == Gap::Space && !self.plain_space_before
    }
}

/// Up to three capitalised words from `first` on, in the same sentence: the name after a cue,
/// and where it starts.
fn name_from(words: &[Word], first: usize, text: &str) -> Option<(usize, String)> {
    let start = words.get(first)?;
    // `la firme d'Ingolstadt` is a place, `le cabinet d'Emmanuel Macron` a person's staff, `la
    // société Me Emmanuel Daoud` its lawyer.
    let elided = text[..start.span.start].ends_with(is_apostrophe);
    if !starts_with_capital(start)
        || !start.plain_space_before
        || elided
        || is_in(start, List::SentenceStarters)
        || is_in(start, List::FirstNames)
        || after_a_civil_title(words, first + 1)
    {
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
    // `les magasins C et A`, `la compagnie R.M.S. Titanic`: a letter alone is a piece of a name.
    if last == first && start.folded.chars().count() < 2 {
        return None;
    }
    Some((
        first,
        text[words[first].span.start..words[last].span.end].to_string(),
    ))
}

/// The capitalised words right before a legal form (`Acme Industries SA`), and where they
/// start.
fn name_before(words: &[Word], form: usize, text: &str) -> Option<(usize, String)> {
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
    if name.iter().all(|w| is_in(w, List::SentenceStarters)) {
        return None;
    }
    Some((
        first,
        text[words[first].span.start..words[last].span.end].to_string(),
    ))
}

/// A name introduced by the word at `i`, if it is a cue (`société`, a legal form), and where
/// it starts.
fn guess_at(words: &[Word], i: usize, text: &str) -> Option<(usize, String)> {
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
        if word.folded == "laboratoire" && among_researchers(words, i) {
            return None;
        }
        let mut first = i + 1;
        while words
            .get(first)
            .is_some_and(|w| is_in(w, List::Nationalities) && !w.capitalized)
        {
            first += 1;
        }
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

/// Whether researchers or a research body are named in the words read around the cue at `i`
/// (`chercheur au laboratoire Kastler Brossel`, `le laboratoire Micalis (INRA)`): the
/// laboratory is a research unit, not a company.
fn among_researchers(words: &[Word], i: usize) -> bool {
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
fn inside_a_name_or_capitals(words: &[Word], i: usize) -> bool {
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
fn starts_with_capital(word: &Word) -> bool {
    word.capitalized && !word.sentence_start && word.folded.starts_with(|c: char| c.is_alphabetic())
}

fn is_in(word: &Word, list: List) -> bool {
    let mut lists = word.lists.get();
    if lists & LISTS_KNOWN == 0 {
        lists = lists_of(word.folded) | LISTS_KNOWN;
        word.lists.set(lists);
    }
    lists & list.bit() != 0
}

/// The bit of [`Word::lists`] saying the lists are looked up: [`List`] has fewer than 32.
const LISTS_KNOWN: u32 = 1 << 31;

/// `l'agence de presse ANA`, `l'agence de presse officielle grecque ANA`: the name is a news
/// agency's, not that of the company of another trade bearing it (All Nippon Airways).
fn named_as_a_news_agency(words: &[Word], start: usize) -> bool {
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
/// hotels or restaurants, named with its town as the place where something happened. The
/// chain is the company only if the article says so elsewhere. (`un McDonald's de Munich` is
/// an object already: see [`PRODUCT_DETERMINERS`].)
fn a_venue_in_a_town(words: &[Word], start: usize, end: usize) -> bool {
    let first = &words[start];
    let Some(previous) = start.checked_sub(1).map(|k| &words[k]) else {
        return false;
    };
    // `une agence bancaire CIC de Paris`: the place's noun may come with a word saying what kind.
    let kind_of_place = start >= 2
        && !previous.capitalized
        && previous.plain_space_before
        && !is_in(previous, List::Particles)
        && CHAIN_PLACES.contains(&words[start - 2].folded);
    if first.sentence_start
        || !first.plain_space_before
        || !(CHAIN_PLACES.contains(&previous.folded) || kind_of_place)
    {
        return false;
    }
    let town = |w: &Word| w.capitalized && !w.is_a_number() && !w.sentence_start;
    let in_a_town = match (words.get(end), words.get(end + 1)) {
        (Some(next), _) if next.elided && !next.definite && town(next) => next.plain_space_before,
        (Some(next), Some(after)) => {
            matches!(next.folded, "de" | "a") && next.plain_space_before && town(after)
        }
        _ => false,
    };
    // `les employés d'un magasin Fnac à Paris`: the chain is their employer.
    let staff_before = || {
        (start.saturating_sub(4)..start - 1)
            .rev()
            .take_while(|&k| !words[k + 1].sentence_start)
            .any(|k| STAFF.contains(&words[k].folded))
    };
    in_a_town && !staff_before()
}

/// Who works in a shop or a hotel: see [`a_venue_in_a_town`].
const STAFF: &[&str] = &[
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
];

/// Places of a chain that news names where something happened: see [`a_venue_in_a_town`].
const CHAIN_PLACES: &[&str] = &[
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

fn judge(words: &[Word], start: usize, pattern: &Pattern, opens_a_headline: bool) -> Verdict {
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
    if a_venue_in_a_town(words, start, end) {
        return Verdict::NeedsEvidence;
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
    let cue_before = before
        .iter()
        .enumerate()
        .any(|(k, w)| is_cue(w) && !(common_word && heads_a_body(w.folded) && !general(k)))
        || inside.iter().any(|w| is_in(w, List::Cues))
        || after_a_nationality_noun(before, first)
        || chain_of_a_trade(before, first);
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
    };
    let cue = cue_before || cue_after;
    // `la maison-mère de Google`: a company's mother is its group, not a person's.
    let rejects = |k: usize| is_in(&before[k], List::NotACompanyBefore) && !parent_noun(before, k);
    // `une voiture Mercedes`, but `le loueur de voitures Hertz` is the company.
    if previous.is_some_and(|p| {
        rejects(before.len() - 1)
            || is_in(p, List::ProductDeterminers)
            || (is_in(p, List::ProductNouns) && !a_trade_names_the_products(words, start))
    }) {
        return Verdict::NotCompany;
    }
    if pattern.maker && listed_after_an_object_s_make(words, start, end) {
        return Verdict::NotCompany;
    }
    if previous.is_some_and(|p| BODIES_BEFORE.contains(&p.folded)) && !first.elided {
        return Verdict::NotCompany;
    }
    // `chaussée de gommes Pirelli`, `un freinage Brembo`: the parts a car is fitted with, but
    // `le fabricant japonais de pneus Bridgestone` is the company.
    if previous.is_some_and(|p| PARTS.contains(&p.folded))
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
    // `étoilé au Michelin`, `l'aéroport de Zurich`: the same words past `au`, `du` or `de`.
    if previous.is_some_and(|p| matches!(p.folded, "au" | "du" | "de"))
        && before.len() >= 2
        && rejects(before.len() - 2)
    {
        return Verdict::NotCompany;
    }
    // A company is named without an article, so `l'Audi`, `la Porsche`, `une vieille Fiat` are
    // cars; so are `BMW 507`, `Aston Martin DB4`, `Airbus A320`, with a model number.
    let model_number = words
        .get(end)
        .is_some_and(|w| w.plain_space_before && !w.sentence_start && w.holds_a_digit());
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
            || listed_after_a_model(words, start, end));
    // The word before the name, past `le`, `de` and nationalities: `révèle le New York Times`,
    // `au journal britannique Daily Telegraph`; and past a date: `s'interroge jeudi 22 février
    // Franceinfo`.
    let governing_at = governing_word(words, sentence_begin, start);
    let governing = governing_at.map(|k| &words[k]);
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
            || governing.is_some_and(|g| matches!(g.folded, "que" | "qu")))
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
    // `l'International Crisis Group (ICG)`, `les Centres de contrôle des maladies (CDC)`: an
    // acronym in brackets abbreviates the name before it.
    if abbreviates_the_name_before(words, start, end) {
        return Verdict::Abbreviation;
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
    if risk.person && end - start == 1 && hyphenated_to_a_first_name(words, start) {
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
    if risk.person && first_name_of(words, end) && !after_a_title && !model_after {
        return Verdict::NotCompany;
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
    // `Macquarie Harbour`, `Orange County`: a place followed by the English word for what it is.
    if risk.place
        && capitalized_after(words, end).is_some_and(|next| GEOGRAPHY_AFTER.contains(&next.folded))
    {
        return Verdict::NotCompany;
    }
    // `la collection Printemps-Été`, `la Croix-Rouge`, `le sens Orange-Nîmes`: a common word or
    // a place hyphenated to a capitalised word is a compound, not the company.
    if (risk.word || risk.place)
        && words
            .get(end)
            .is_some_and(|w| w.hyphenated() && w.capitalized && !w.sentence_start)
    {
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
    // `l'AccorHotels Arena`, `le Groupama Stadium`, `le VYV Festival`: a sponsor's name on a
    // venue or an event.
    if capitalized_after(words, end).is_some_and(|w| is_in(w, List::Venues)) {
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
    // `l'AP-HP`: two capitals glued to another word are an abbreviation of something else.
    if pattern.words.len() == 1
        && first.upper
        && first.folded.len() == 2
        && in_a_hyphenation(words, start)
    {
        return Verdict::NotCompany;
    }
    // `la Fromagerie Alpine`, `Single Malt`, `BMO Capital Markets`: a common word or a place
    // inside another name.
    if (risk.word || risk.place)
        && !first.sentence_start
        && (looks_like_a_person(words, start) || after_an_acronym(words, start))
    {
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
        return if platform_acts || about_its_business(words, start, end, !pattern.media) {
            Verdict::Company
        } else {
            Verdict::Outlet
        };
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
    // `le président du Puy du Fou, Nicolas de Villiers`: a first name followed by a family name
    // is someone, whatever the cue before (`le PDG Nicolas Dufourcq`).
    let a_first_name = risk.person && end - start == 1 && is_in(first, List::FirstNames);
    if a_first_name && before_a_family_name(words, end) {
        return Verdict::Person;
    }
    // `aux côtés de Céline`, `Paul, 34 ans`: a first name alone is someone's, unless a cue or
    // another mention says it is the company.
    if a_first_name && !cue {
        return Verdict::NeedsEvidence;
    }
    if risk.is_safe() || cue {
        return Verdict::Company;
    }
    // `le Printemps`, `dans le Berkshire`: the common word or the place, unless the company is
    // named elsewhere (a place of several words is named with its article: `le Puy du Fou`).
    if (risk.word || (risk.place && end - start == 1))
        && (is_in(first, List::DefiniteArticles)
            || first.definite
            || previous.is_some_and(|p| is_in(p, List::DefiniteArticles)))
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
fn about_its_business(words: &[Word], start: usize, end: usize, platform: bool) -> bool {
    let mut first_word = start;
    while first_word > 0
        && start - first_word < 6
        && !words[first_word].sentence_start
        && words[first_word].gap_before == Gap::Space
    {
        first_word -= 1;
    }
    let mut last_word = end;
    while last_word < words.len()
        && last_word - end < 6
        && !words[last_word].sentence_start
        && words[last_word].gap_before == Gap::Space
    {
        last_word += 1;
    }
    // The name's own words count only inside a longer name (`Capital` is no business).
    let inside = if end - start > 1 {
        &words[start..end]
    } else {
        &[]
    };
    words[first_word..start]
        .iter()
        .chain(inside)
        .chain(&words[end.min(last_word)..last_word])
        .any(|w| {
            is_in(w, List::MediaBusiness) || (platform && PLATFORM_BUSINESS.contains(&w.folded))
        })
        || (first_word..start)
            .any(|k| MEDIA_EVENTS.contains(&words[k].folded) || parent_noun(words, k))
}

/// Whether the name at `start` is the agent of a passive verb: `bloquée par Facebook`,
/// `rachetée par Facebook`. What is done by a platform is done by the company, but a message
/// or an interview sent by one went through it (`un message envoyé à l'AFP par WhatsApp`).
fn agent(words: &[Word], start: usize) -> bool {
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
fn acts(words: &[Word], end: usize) -> bool {
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
fn credited_for_a_picture(words: &[Word], start: usize) -> bool {
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
fn opens_with_a_model(words: &[Word], start: usize, end: usize) -> bool {
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
fn followed_by_a_model(words: &[Word], end: usize) -> bool {
    words.get(end).is_some_and(|w| {
        w.plain_space_before && !w.sentence_start && (w.capitalized || w.holds_a_digit())
    })
}

/// `les Ferrari F40, Lamborghini Countach`: a maker written with a model, listed right after a
/// model with a number (not a year), is one of the cars listed.
fn listed_after_a_model(words: &[Word], start: usize, end: usize) -> bool {
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
    let year = |w: &Word| w.folded.len() == 4 && w.is_a_number();
    model_before.is_some_and(|w| w.capitalized && w.holds_a_digit() && !year(w))
}

/// `des modèles Fiat, Abarth ou Lancia`: a make listed after the make an object noun names is
/// an object's make too. The list's items are capitalised words, between commas, `et`, `ou`
/// or `ou encore`; the name at `start..end` must end the list or be followed by more of it:
/// in `sa gamme Panamera, Porsche a introduit`, the comma ends a clause.
fn listed_after_an_object_s_make(words: &[Word], start: usize, end: usize) -> bool {
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
fn item_before(words: &[Word], item: usize) -> Option<usize> {
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
fn determined(words: &[Word], start: usize) -> bool {
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
fn a_trade_names_the_products(words: &[Word], start: usize) -> bool {
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
fn chain_of_a_trade(before: &[Word], first: &Word) -> bool {
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
fn described_object_before(words: &[Word], start: usize) -> bool {
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
fn in_capitals(words: &[Word], start: usize, end: usize) -> bool {
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
fn abbreviates_the_name_before(words: &[Word], start: usize, end: usize) -> bool {
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
    // The initials of the words before, read backwards, small words skipped.
    let mut initials = Vec::new();
    let mut k = start;
    while k > 0 && initials.len() < letters.len() {
        k -= 1;
        let word = &words[k];
        if SMALL.contains(&word.folded) {
            continue;
        }
        initials.push(word.folded.chars().next().unwrap_or(' '));
        if word.sentence_start {
            break;
        }
    }
    initials.reverse();
    initials == letters
}

/// `le coréen Hyundai`, `l'américain Google`, `les japonais Toyota et Suzuki`: a nationality
/// written as a noun, right before a name, names a firm; a person's is written with a capital
/// (`le Coréen`), and `l'entreprise familiale` is no nationality.
fn after_a_nationality_noun(before: &[Word], first: &Word) -> bool {
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
fn spelt_out_elsewhere(texts: &[&str], mentions: &mut [Mention]) {
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
fn listed_next(texts: &[&str], mentions: &[Mention], earlier: usize, later: usize) -> bool {
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
fn listed_together(texts: &[&str], earlier: &Mention, later: &Mention) -> bool {
    earlier.2 == later.2
        && texts[later.2]
            .get(earlier.3.end..later.3.start)
            .is_some_and(is_a_list_separator)
}

/// `, `, ` et `, ` ou `, or a note in brackets before them (`Verizon (télécoms), Honda`), or
/// names the gazetteer lacks listed between them (`Patagonia, North Face et REI`).
fn is_a_list_separator(between: &str) -> bool {
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
fn is_a_separator(between: &str) -> bool {
    matches!(between, "," | "et" | "ou" | ", et" | ", ou" | "&")
}

/// Whether `between` is separators around one to three names of one to three capitalised
/// words each: `, North Face et`, `, Bonobo, Cache Cache,`.
fn lists_other_names(between: &str) -> bool {
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
fn in_a_hyphenation(words: &[Word], start: usize) -> bool {
    let glued = |w: &Word| !w.sentence_start && w.hyphenated();
    glued(&words[start]) && start > 0 || words.get(start + 1).is_some_and(glued)
}

/// `sur Twitter`, `un groupe Facebook`, `sur Instagram et Twitter`: a platform used as a medium.
/// `governing` is the last word of `before` that is not a particle; `broadcaster` says the
/// platform is a channel or a station.
fn is_a_medium(before: &[Word], governing: Option<&Word>, broadcaster: bool) -> bool {
    let Some(governing) = governing else {
        return false;
    };
    let at = |k: usize| before.len().checked_sub(k).map(|i| &before[i]);
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
        return at(2).is_some_and(|w| {
            is_in(w, List::ProductDeterminers)
                || is_in(w, List::PluralIndefinite)
                || w.folded == "ce"
        });
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
    is_in(governing, List::MediumBefore)
        || on_a_medium
        || event_on_it
        || (std::ptr::eq(governing, at(1).unwrap_or(governing))
            && adjective(governing)
            && at(2).is_some_and(|w| is_in(w, List::MediumNouns) || is_in(w, List::MediumBefore)))
}

/// `retirée de Facebook`, `Retiré entre-temps d'Instagram`: what was taken off a platform was
/// posted on it; who took it off is not said.
fn removed_from(words: &[Word], start: usize) -> bool {
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

/// `apéros-Skype`, `live-Facebook`: a platform glued to a lower-case word is part of a compound
/// noun.
fn in_a_compound(words: &[Word], start: usize) -> bool {
    let first = &words[start];
    start > 0 && !first.sentence_start && first.hyphenated() && !words[start - 1].capitalized
}

/// `a indiqué à l'AFP`, `a réagi auprès de l'AFP`, `lors d'un entretien avec l'AFP`: a media
/// someone speaks to. `governing` is the last word of `before` that is not a particle.
fn addressed(before: &[Word], governing: Option<&Word>) -> bool {
    let Some(governing) = governing else {
        return false;
    };
    let preceding = word_before_governing(before, governing);
    match governing.folded {
        "a" | "aupres" => true,
        "avec" => preceding.is_some_and(|w| matches!(w.folded, "entretien" | "interview")),
        _ => false,
    }
}

/// Whether `words[k]` is the `mère` of `maison mère` or `société mère`.
fn parent_noun(words: &[Word], k: usize) -> bool {
    words[k].folded == "mere" && k > 0 && matches!(words[k - 1].folded, "maison" | "societe")
}

/// `racheté à TF1`, `vendu au Figaro`, `racheté le journal à Hersant Média`, `acheté en 2012 à
/// Hersant Médias`: the other side of a deal, where `à` would otherwise cite or address the
/// outlet. The verb may be a few words before `à`, in the same clause. `governing_at` is
/// where the word governing the name is.
fn sold_or_bought(words: &[Word], governing_at: Option<usize>) -> bool {
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
fn word_before_governing<'w, 'a>(before: &'w [Word<'a>], governing: &Word) -> Option<&'w Word<'a>> {
    before
        .iter()
        .rposition(|w| std::ptr::eq(w, governing))
        .and_then(|k| k.checked_sub(1))
        .map(|k| &before[k])
}

/// Whether the name at `start` is a press group's, named for its papers after a word that
/// cites them: `aux journaux du groupe Ebra`, `par les quotidiens régionaux du groupe Ebra`,
/// `accordé au groupe de presse Ebra`.
fn papers_of_a_group_cited(words: &[Word], start: usize) -> bool {
    const PAPERS: &[&str] = &["journaux", "quotidiens", "titres", "journal", "quotidien"];
    let folded = |k: usize| words[k].folded;
    let papers = if start >= 3
        && folded(start - 1) == "presse"
        && folded(start - 2) == "de"
        && folded(start - 3) == "groupe"
    {
        start - 3
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
    k > 0
        && !words[k..=papers].iter().any(|w| w.sentence_start)
        && is_in(&words[k - 1], List::CitationBefore)
}

/// `selon Le Parisien`, `sur Twitter`, `Le Monde révèle`: a media cited, not an actor.
/// `previous` is the word governing the name, `next` the words after it.
fn is_cited(previous: Option<&Word>, next: &[Word]) -> bool {
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
    previous.is_some_and(|p| is_in(p, List::CitationBefore))
        || (!verb.sentence_start && is_in(verb, List::CitationAfter))
}

/// `Nicolas Hulot`: a person-risky name right before a capitalised word is a first name.
fn first_name_of(words: &[Word], end: usize) -> bool {
    capitalized_after(words, end).is_some_and(|next| !next.upper)
}

/// The word at `end` if it goes on a name: capitalised, in the same sentence, after a plain
/// space, and not a number.
fn capitalized_after<'w, 'a>(words: &'w [Word<'a>], end: usize) -> Option<&'w Word<'a>> {
    words.get(end).filter(|next| {
        next.capitalized && !next.sentence_start && next.plain_space_before && !next.holds_a_digit()
    })
}

/// `Mitsui OSK Lines`, `Nicolas Sarkozy`: a capitalised word or an acronym right after the
/// name, in the same sentence, continues it (a legal form, `Mitsui SA`, does not).
fn opens_a_name(words: &[Word], end: usize) -> bool {
    // `l'usine MCA Olivier Silva`: a first name opens the next person's name instead.
    capitalized_after(words, end)
        .is_some_and(|next| !is_in(next, List::LegalForms) && !is_in(next, List::FirstNames))
}

/// `TPG Capital`, `T-Head`: a common word right after an acronym, or glued to a capitalised
/// word by a hyphen, ends another name.
fn after_an_acronym(words: &[Word], start: usize) -> bool {
    if start == 0 || words[start].sentence_start || words[start - 1].sentence_start {
        return false;
    }
    let (word, before) = (&words[start], &words[start - 1]);
    (word.plain_space_before && before.upper && before.folded.len() > 1)
        || (word.hyphenated() && before.capitalized)
}

/// `Martin Bouygues`, `Jean-Marie Bigard`, `Léonard de Vinci`: a first name before the name,
/// one the list knows: `Classic Recreations Ford`, `l'Alliance Renault` and
/// `Edsel Ford II` (a founder's heir, in an article about the company) are better left alone.
fn after_a_first_name(words: &[Word], start: usize) -> bool {
    let mut k = start;
    if k >= 2 && is_in(&words[k - 1], List::NameParticles) {
        k -= 1;
    }
    k > 0 && is_in(&words[k - 1], List::FirstNames)
}

/// Whether the words from `at` on are a title set off by a comma, maybe after an article: `,
/// le président de`, `, fondatrice du groupe`.
fn titled_in_apposition(words: &[Word], at: usize) -> bool {
    apposed(words, at, |w| is_in(w, List::DefiniteArticles))
        .is_some_and(|k| is_in(&words[k], List::Titles) && !words[k].capitalized)
}

/// Where the noun of words set off by a comma from `at` on is: right after the comma, or past
/// a `determiner` (`, le président`, `, sa compagne`).
fn apposed(words: &[Word], at: usize, determiner: impl Fn(&Word) -> bool) -> Option<usize> {
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
fn governing_word(words: &[Word], sentence_begin: usize, start: usize) -> Option<usize> {
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
fn tells_a_date(words: &[Word], at: usize) -> bool {
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
fn names_a_company(word: &Word) -> bool {
    is_in(word, List::LegalForms)
        || matches!(
            word.folded,
            "group" | "groupe" | "holding" | "holdings" | "corporation" | "company"
        )
}

/// Whether the words from `at` are a comma and a noun of kinship tied to someone (`, compagne
/// de`, `, la fille d'`): the name before them is a person's.
fn kin_in_apposition(words: &[Word], at: usize) -> bool {
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

/// Whether the words from `at` are a comma and `un` or `une` before a noun of who someone is
/// (`, une étudiante`, `, un retraité de`): the name before them is a person's.
fn someone_in_apposition(words: &[Word], at: usize) -> bool {
    let Some(noun_at) = apposed(words, at, |w| matches!(w.folded, "un" | "une")) else {
        return false;
    };
    noun_at > at && {
        let noun = &words[noun_at];
        !noun.sentence_start && !noun.capitalized && SOMEONE.contains(&noun.folded)
    }
}

/// Whether the words from `at` on are a family name: a capitalised word in the same sentence,
/// maybe after a particle (`de Villiers`, `Dufourcq`).
fn before_a_family_name(words: &[Word], at: usize) -> bool {
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
fn second_half_of_a_family_name(words: &[Word], start: usize) -> bool {
    start >= 2
        && words[start].hyphenated()
        && !words[start].sentence_start
        && family_name_after_a_first_name(words, start - 1)
}

/// Whether the word at `start` ends a person's name of three words set apart by spaces, after a
/// listed first name or a civil title: `Philippe Moreau Chevrolet`, `M. Moreau Chevrolet`; not
/// `Jean-Pierre Farandou SNCF`, an acronym.
fn last_of_a_three_word_name(words: &[Word], start: usize) -> bool {
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
fn family_name_after_a_first_name(words: &[Word], k: usize) -> bool {
    k >= 1
        && words[k].capitalized
        && words[k].plain_space_before
        && !words[k].sentence_start
        && is_in(&words[k - 1], List::FirstNames)
}

/// Whether the words before a name end a list of places after a preposition: `vers Cavaillon
/// et`.
fn last_of_places(before: &[Word]) -> bool {
    let [.., preposition, place, conjunction] = before else {
        return false;
    };
    is_in(conjunction, List::Conjunctions)
        && place.capitalized
        && is_in(preposition, List::PlacePrepositions)
}

/// Whether a civil title stands right before the word at `start`: `M.`, `Mme`, `Me` (a
/// lawyer), `Dr`.
fn after_a_civil_title(words: &[Word], start: usize) -> bool {
    start >= 1
        && words[start - 1].capitalized
        && matches!(
            words[start - 1].folded,
            "m" | "mm" | "mme" | "mmes" | "mlle" | "me" | "dr" | "pr" | "mgr"
        )
}

/// Whether the word at `start` is glued by a hyphen to a listed first name right before it:
/// `Félix-Leclerc`, where `Renault-Nissan` has no first name.
fn hyphenated_to_a_first_name(words: &[Word], start: usize) -> bool {
    start >= 1
        && words[start].hyphenated()
        && !words[start].sentence_start
        && words[start - 1].capitalized
        && is_in(&words[start - 1], List::FirstNames)
}

/// Whether the name `start..end` is hyphenated to a particle of a town's name and, past it, to
/// a capitalised word: `Onet-le-Château`, `Boulogne-sur-Mer`, `Châlons-en-Champagne`.
fn in_a_town_name(words: &[Word], start: usize, end: usize) -> bool {
    let link = |w: &Word| w.hyphenated() && !w.capitalized && TOWN_LINKS.contains(&w.folded);
    let glued_capital = |w: &Word| w.hyphenated() && w.capitalized && !w.sentence_start;
    let before = start >= 2 && glued_capital(&words[start]) && link(&words[start - 1]);
    let after = words.get(end).is_some_and(link) && words.get(end + 1).is_some_and(glued_capital);
    before || after
}

/// The particles that join the parts of a French town's name.
const TOWN_LINKS: &[&str] = &[
    "le", "la", "les", "sur", "sous", "en", "lez", "aux", "du", "des", "de",
];

/// `Martin Bouygues`, `Louis Renault`, `Léonard de Vinci`: a capitalised word right before the
/// name that is not a sentence starter, possibly with a particle in between.
fn looks_like_a_person(words: &[Word], start: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_one_word_is_told_from_the_word_as_from_its_reading_in_full() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        let text = "L’AFP, l'Oréal et TOTAL. Total, d’Orange ; SNCF: Free (Iliad) 3M eBay \
                    APPLE Apple. Bouygues-Telecom LVMH's BNP Paribas Renault, Nissan; AIRBUS \
                    Nestlé S.A. Start-up Orange.fr Danone » «Carrefour» Vinci FNAC Fnac. Edf \
                    EDF Sfr SFR Axa AXA Bic BIC Bp BP Psa PSA Ibm IBM Seb SEB Gap GAP Sanofi.";
        let (mut key, mut arena, mut folded_at) = (String::new(), String::new(), Vec::new());
        let (mut ahead, mut scratch) = (Vec::new(), String::new());
        let mut tried = 0;
        for word in word_spans(text) {
            let Some(entry) = matcher.entry_of(&text[word.0..word.1], &mut key) else {
                continue;
            };
            let next = next_word_shaped(text, word.1);
            if entry.contracted
                || next.is_some_and(|(s, e, shape)| {
                    entry.by_second_word(&text[s..e], shape, &mut key).is_some()
                })
            {
                continue;
            }
            words_ahead(text, word, 1, &mut ahead);
            let words = words_in(
                text,
                &ahead,
                0..ahead.len(),
                false,
                &mut arena,
                &mut folded_at,
            );
            let read = matcher
                .match_at(entry, &words, 0)
                .map(|p| (p.company, words[0].span.clone()));
            let told =
                single_at(entry, text, word, &mut scratch).map(|(p, name)| (p.company, name));
            assert_eq!(told, read, "{}", &text[word.0..word.1]);
            tried += 1;
        }
        assert!(tried >= 20, "{tried}");
    }

    #[test]
    fn every_word_of_the_lexicon_is_found_as_the_text_writes_it() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        let mut key = String::new();
        let mut found = 0;
        for (word, entry) in matcher.lexicon.iter() {
            assert!(std::ptr::eq(matcher.lexicon.get(word).unwrap(), entry));
            for written in [word.to_string(), capitalize(word), word.to_uppercase()] {
                let Some((_, _, shape)) = next_word_shaped(&written, 0) else {
                    continue;
                };
                if shape.apostrophe {
                    continue;
                }
                let hash = KeyFilter::hash_of(&written, shape.ascii);
                let got = matcher.lexicon.of_written(&written, hash, &mut key);
                assert!(got.is_some_and(|got| std::ptr::eq(got, entry)), "{written}");
                found += 1;
            }
        }
        assert!(found > 20_000, "{found}");
        // Words that start no name, and names' words with a letter changed or added.
        for written in ["Gouvernement", "Sociétaire", "Totale", "Renaul", "AIRBUS1"] {
            let hash = KeyFilter::hash_of(written, written.is_ascii());
            let got = matcher.lexicon.of_written(written, hash, &mut key);
            assert!(got.is_none(), "{written}");
        }
    }

    #[test]
    fn a_second_word_is_found_however_the_text_writes_it() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        let mut key = String::new();
        for (first, second) in [
            ("la", "Poste"),
            ("la", "POSTE"),
            ("societe", "Générale"),
            ("societe", "GÉNÉRALE"),
            ("societe", "generale"),
            ("credit", "Agricole"),
        ] {
            let entry = matcher.lexicon.get(first).unwrap();
            let (start, end, shape) = next_word_shaped(second, 0).unwrap();
            assert_eq!((start, end), (0, second.len()));
            assert!(
                entry.by_second_word(second, shape, &mut key).is_some(),
                "{first} {second}"
            );
        }
        let la = matcher.lexicon.get("la").unwrap();
        let (_, _, shape) = next_word_shaped("Gendarmerie", 0).unwrap();
        assert!(la.by_second_word("Gendarmerie", shape, &mut key).is_none());
    }

    #[test]
    fn second_initials_let_through_every_word_a_name_may_start_at() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        // Every key of the lexicon, written as a text may write it, then followed by words of
        // every kind of initial: letters, a digit, a folded capital, one no table folds, an
        // elided word, a hyphen, the end of the text.
        let nexts = [
            "Sole",
            "a",
            "Ça",
            "24",
            "Énergie",
            "ßtadt",
            "d'Auto",
            "l’Oréal",
            "-Gobain",
            "",
            "Ωmega",
        ];
        let (mut key, mut rejected, mut names_kept) = (String::new(), 0, 0);
        for (folded, entry) in matcher.lexicon.iter() {
            let capitalized = capitalize(folded);
            for first in [folded, &capitalized] {
                for next in nexts {
                    let text = format!("{first} {next}");
                    let text = text.trim_end();
                    let (start, end, shape) = next_word_shaped(text, 0).unwrap();
                    let written = Written::new(&text[start..end], shape);
                    let next_span = next_word_shaped(text, end);
                    let next_word = next_span.map(|(s, e, shape)| Written::new(&text[s..e], shape));
                    let Some((seconds, _)) =
                        matcher.may_be_a_key(&written, || next_word.is_some_and(|w| w.capitalized))
                    else {
                        continue;
                    };
                    let separator = next_span.map_or("", |(s, _, _)| &text[end..s]);
                    let may_start = matcher.entry_of(written.raw, &mut key).is_some_and(|e| {
                        std::ptr::eq(e, entry)
                            && e.may_start(&written, next_word.as_ref().map(|n| (separator, n)))
                    });
                    let goes_on = seconds.may_go_on_with(&written, next_word.as_ref());
                    assert!(goes_on || !may_start, "{text:?}");
                    rejected += usize::from(!goes_on);
                    names_kept += usize::from(may_start);
                }
            }
        }
        // The test must see both answers many times.
        assert!(
            rejected > 10_000 && names_kept > 10_000,
            "{rejected} {names_kept}"
        );
    }

    fn capitalize(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    #[test]
    fn the_key_filter_finds_a_key_however_it_is_written() {
        let mut filter = KeyFilter::new();
        for key in [
            "societe",
            "oeuvre",
            "airbus",
            "aujourd'hui",
            "ab1234567890cdef",
        ] {
            filter.insert(key, Need::Capital);
        }
        for written in [
            "Société",
            "SOCIÉTÉ",
            "Œuvre",
            "AIRBUS",
            "aujourd’hui",
            "AB1234567890cdef",
        ] {
            let ascii = written.is_ascii();
            assert!(filter.may_hold(written, ascii, Need::Capital), "{written}");
            assert!(!filter.may_hold(written, ascii, Need::Nothing), "{written}");
        }
        // Read whole (ASCII) or letter by letter (folded), a key of any length hashes the same.
        for length in 1..=17 {
            let mut filter = KeyFilter::new();
            filter.insert(&format!("e{}", "x".repeat(length - 1)), Need::Nothing);
            let written = format!("É{}", "X".repeat(length - 1));
            assert!(filter.may_hold(&written, false, Need::Nothing), "{written}");
        }
        // Words sharing length, first, second and last letters with a key, which an earlier
        // filter let through.
        for other in ["Sociale", "Airbag", "Macron"] {
            assert!(!filter.may_hold(other, true, Need::Capital), "{other}");
        }
    }
}
