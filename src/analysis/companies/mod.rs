//! Company recognition: which companies an article is about, under their canonical names.
//!
//! Everything else in veille sees one type, [`CompanyRecognizer`]: give it an article's title and
//! body (and the companies its source already listed), get back canonical names, each
//! subsidiary followed by its group (`Airbus Helicopters`, then `Airbus`). The gazetteer holds
//! the names; the [`matcher`] holds the rules that tell `Total` the company from `au total`.

mod candidates;
pub mod gazetteer;
pub mod matcher;

use rustc_hash::{FxHashMap, FxHashSet};
use std::path::PathBuf;
use std::sync::OnceLock;

pub use gazetteer::{Company, Gazetteer, GazetteerError};

use crate::analysis::fold_name;

/// The gazetteer files under `data/companies/`, concatenated by `build.rs`.
const BUILTIN: &str = include_str!(concat!(env!("OUT_DIR"), "/companies.tsv"));

pub struct CompanyRecognizer {
    gazetteer: Gazetteer,
    /// Built when first needed, or beside other work (see [`CompanyRecognizer::prepare`]): a
    /// search never needs it.
    matcher: OnceLock<matcher::Matcher>,
    by_name: FxHashMap<String, usize>,
    fingerprint: u64,
}

/// A company an article is about, and how the article named it when that differs from the
/// canonical name (`Total` for TotalEnergies in 2019).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub name: String,
    pub written: Option<String>,
    /// Not named in the article: the group of a subsidiary that is.
    pub rolled_up: bool,
    /// Not in the gazetteer: found after a cue (`la société X`, `X SA`), so less sure.
    pub guessed: bool,
}

/// The gazetteer compiled into veille. Its files are checked by a unit test, so a parse error
/// here is our bug, not the user's.
fn builtin_gazetteer() -> Gazetteer {
    let mut gazetteer = Gazetteer::default();
    if let Err(err) = gazetteer.parse("built-in gazetteer", BUILTIN) {
        panic!("{err}");
    }
    gazetteer
}

/// Whether a group that took a company over in `since` owned it in `month`; an article of
/// unknown date, or of that year without a month, is taken to be after.
fn owned_then(since: Option<(u16, u8)>, month: Option<(u16, Option<u8>)>) -> bool {
    match (since, month) {
        (Some(since), Some((year, month))) => (year, month.unwrap_or(12)) >= since,
        _ => true,
    }
}

fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

impl CompanyRecognizer {
    /// The recognizer over the gazetteer compiled into veille.
    pub fn builtin() -> CompanyRecognizer {
        CompanyRecognizer::new(builtin_gazetteer())
    }

    /// The built-in gazetteer, extended or overridden by the user's files (TOML or TSV), later
    /// files winning.
    pub fn with_files(files: &[PathBuf]) -> Result<CompanyRecognizer, GazetteerError> {
        Ok(CompanyRecognizer::with_files_read(files)?.0)
    }

    /// [`CompanyRecognizer::with_files`], with the text of each file as it was read: a caller
    /// that keeps a copy of a file keeps what was recognised with, even if the file changes.
    pub fn with_files_read(
        files: &[PathBuf],
    ) -> Result<(CompanyRecognizer, Vec<String>), GazetteerError> {
        let mut gazetteer = builtin_gazetteer();
        let mut texts = Vec::with_capacity(files.len());
        for file in files {
            texts.push(gazetteer.load(file)?);
        }
        let mut recognizer = CompanyRecognizer::new(gazetteer);
        for text in &texts {
            recognizer.fingerprint = fnv(recognizer.fingerprint, text.as_bytes());
        }
        Ok((recognizer, texts))
    }

    /// Builds the rules' tables now, so that another thread can do it while the first articles
    /// are read; otherwise the first article recognised builds them.
    pub fn prepare(&self) {
        self.matcher();
    }

    fn matcher(&self) -> &matcher::Matcher {
        self.matcher
            .get_or_init(|| matcher::Matcher::new(&self.gazetteer))
    }

    /// Changes whenever the gazetteer does: articles recognised with another gazetteer must be
    /// analysed again.
    pub fn fingerprint(&self) -> u64 {
        self.fingerprint
    }

    pub fn new(gazetteer: Gazetteer) -> CompanyRecognizer {
        let mut by_name = FxHashMap::default();
        let mut canonicals = Vec::with_capacity(gazetteer.len());
        for (index, company) in gazetteer.companies().iter().enumerate() {
            canonicals.push(fold_name(&company.canonical));
            for name in &company.names {
                // The canonical name is among the names, folded above.
                if name.text != company.canonical {
                    by_name.entry(fold_name(&name.text)).or_insert(index);
                }
            }
        }
        // The canonical name always wins over another company's alias.
        for (index, canonical) in canonicals.into_iter().enumerate() {
            by_name.insert(canonical, index);
        }
        CompanyRecognizer {
            matcher: OnceLock::new(),
            gazetteer,
            by_name,
            fingerprint: fnv(0xcbf2_9ce4_8422_2325, BUILTIN.as_bytes()),
        }
    }

    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// The canonical name for any of a company's names, whatever its case and accents.
    pub fn canonical(&self, name: &str) -> Option<&str> {
        self.by_name
            .get(&fold_name(name))
            .map(|&i| self.gazetteer.companies()[i].canonical.as_str())
    }

    /// The companies of an article: first those its source listed (normalised to canonical names
    /// when known), then those found in the text, each followed by its parent group.
    pub fn recognize(&self, given: &[String], title: &str, body: &str) -> Vec<Mention> {
        self.recognize_at(None, given, title, body)
    }

    /// [`CompanyRecognizer::recognize`] for an article published in `month` (year, and month
    /// when known): a subsidiary rolls up to its group only from the month the group took it
    /// over (Twitter to xAI from March 2025 on).
    pub fn recognize_at(
        &self,
        month: Option<(u16, Option<u8>)>,
        given: &[String],
        title: &str,
        body: &str,
    ) -> Vec<Mention> {
        let mut mentions = Mentions::default();
        for name in given {
            let name = name.trim();
            if !name.is_empty() {
                mentions.add(self.canonical(name).unwrap_or(name), name, false);
            }
        }
        let scan = self.matcher().scan(&[title, body]);
        for (index, written) in scan.found {
            let canonical = &self.gazetteer.companies()[index].canonical;
            mentions.add(canonical, &written, false);
        }
        // How the article wrote the companies found: a guess written the same is one of them.
        let mut written: FxHashSet<String> = mentions
            .list
            .iter()
            .map(|m| fold_name(m.written.as_deref().unwrap_or(&m.name)))
            .collect();
        for name in scan.guessed {
            if self.canonical(&name).is_none() && written.insert(fold_name(&name)) {
                mentions.add(&name, &name, false).guessed = true;
            }
        }
        let mut with_parents = Mentions::default();
        for mention in mentions.list {
            let parent = self
                .gazetteer
                .get(&mention.name)
                .filter(|c| owned_then(c.parent_since, month))
                .and_then(|c| c.parent.as_deref())
                .map(|p| self.canonical(p).unwrap_or(p).to_string());
            let written = mention.written.as_deref().unwrap_or(&mention.name);
            with_parents.add(&mention.name, written, false).guessed |= mention.guessed;
            if let Some(parent) = parent {
                with_parents.add(&parent, &parent, true);
            }
        }
        with_parents.list
    }
}

/// The companies of an article, each once, in order of first mention.
#[derive(Default)]
struct Mentions {
    list: Vec<Mention>,
    /// Where each name is in `list`: an article may name thousands (a hostile one).
    at: FxHashMap<String, usize>,
}

impl Mentions {
    /// Adds `name`, written `written`, or updates it if it is there: a group first met as a
    /// subsidiary's parent may be named later on.
    fn add(&mut self, name: &str, written: &str, rolled_up: bool) -> &mut Mention {
        if let Some(&k) = self.at.get(name) {
            let known = &mut self.list[k];
            known.rolled_up &= rolled_up;
            return known;
        }
        // Most names are written as the gazetteer has them: no need to fold them to know.
        let written =
            (written != name && fold_name(written) != fold_name(name)).then(|| written.to_string());
        self.at.insert(name.to_string(), self.list.len());
        self.list.push(Mention {
            name: name.to_string(),
            written,
            rolled_up,
            guessed: false,
        });
        self.list.last_mut().expect("just pushed")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
TotalEnergies\tTotalEnergies SE\tTotal@2021-05\tFR\tenergy\t\tTotal=word
Orange\tgroupe Orange\tFrance Télécom@2013-07\tFR\ttelecoms\t\tOrange=word,place
Bouygues\tgroupe Bouygues\t\tFR\tindustrials\t\tBouygues=person
Vinci\tVinci SA\t\tFR\tconstruction-realestate\t\tVinci=person
Free\t\t\tFR\ttelecoms\tIliad\tFree=word
Iliad\t\t\tFR\ttelecoms\t\t
Alibaba\tAlibaba Group\t\tCN\tinternet\t\t
Alibaba Cloud\tAliyun\t\tCN\tinternet\tAlibaba\t
Airbus\t\t\tNL\taerospace-defence\t\t
Airbus Helicopters\t\t\tFR\taerospace-defence\tAirbus\t
JD.com\tJingdong\t\tCN\tinternet\t\t
EDF\tÉlectricité de France\t\tFR\tutilities\t\t
Dassault Aviation\t\t\tFR\taerospace-defence\t\t
Dassault Systèmes\t\t\tFR\tsoftware-services\t\t
Groupe Dassault\tDassault\t\tFR\tindustrials\t\tDassault=person,generic
Michelin\t\t\tFR\tautomotive\t\tMichelin=person
Le Parisien\t\t\tFR\tmedia\tGroupe Les Echos\t
Groupe Les Echos\tgroupe Les Echos\t\tFR\tmedia\t\t
Bloomberg\t\t\tUS\tmedia\t\t
Capital\t\t\tFR\tmedia\t\tCapital=word,generic
Habitat\t\t\tFR\tretail\t\tHabitat=word,generic
Bugatti\t\t\tFR\tautomotive\t\t
Meta\tFacebook\t\tUS\tinternet\t\t
Instagram\t\t\tUS\tinternet\tMeta@2012-04\t
Twitter\t\t\tUS\tinternet\t\tTwitter=outlet
YouTube\t\t\tUS\tinternet\t\tYouTube=outlet
Zoom\t\t\tUS\tsoftware-services\t\tZoom=word,outlet
Microsoft\t\t\tUS\tsoftware-services\t\t
Euronews\t\t\tFR\tmedia\t\t
TF1\tGroupe TF1\t\tFR\tmedia\tBouygues\tTF1=outlet
Ferrari\t\t\tIT\tautomotive\t\tFerrari=person
Koenigsegg\t\t\tSE\tautomotive\t\t
Mitsui & Co.\tMitsui\t\tJP\tindustrials\t\tMitsui=generic
Kawasaki Heavy Industries\tKawasaki\t\tJP\tindustrials\t\t
HP Inc.\tHP\t\tUS\thardware\t\t
Société Générale\t\t\tFR\tbanking\t\t
Toyota\t\t\tJP\tautomotive\t\t
Celine\t\t\tFR\tluxury\t\tCeline=person
LVMH\t\t\tFR\tluxury\t\t
Avril\tGroupe Avril\t\tFR\tfood-beverage\t\tAvril=word
Mitsubishi\tgroupe Mitsubishi\t\tJP\tindustrials\t\tMitsubishi=generic
Mitsubishi Motors\t\t\tJP\tautomotive\t\t
Mitsubishi Electric\t\t\tJP\tindustrials\t\t
Netflix\t\t\tUS\tentertainment\t\t
Marvel\t\t\tUS\tentertainment\t\t
Fayard\t\t\tFR\tentertainment\t\tFayard=generic
Molotov\t\t\tFR\tmedia\t\tMolotov=word,generic
Tesla\t\t\tUS\tautomotive\t\t
";

    fn recognizer() -> CompanyRecognizer {
        recognizer_of(SAMPLE)
    }

    /// A recognizer knowing only the companies of `tsv`, in the gazetteer's format.
    fn recognizer_of(tsv: &str) -> CompanyRecognizer {
        let mut gazetteer = Gazetteer::default();
        gazetteer.parse("test", tsv).unwrap();
        CompanyRecognizer::new(gazetteer)
    }

    fn found(text: &str) -> Vec<String> {
        found_by(&recognizer(), text)
    }

    /// The companies `recognizer` finds in an article whose body is `text`.
    fn found_by(recognizer: &CompanyRecognizer, text: &str) -> Vec<String> {
        found_in(recognizer, "", text)
    }

    /// The companies `recognizer` finds in an article of this title and body.
    fn found_in(recognizer: &CompanyRecognizer, title: &str, body: &str) -> Vec<String> {
        recognizer
            .recognize(&[], title, body)
            .into_iter()
            .map(|m| m.name)
            .collect()
    }

    #[test]
    fn common_words_in_lower_case_are_not_companies() {
        assert!(found("Au total, 300 emplois sont menacés.").is_empty());
        assert!(found("Le drapeau orange flottait, et l'entrée était free pour tous.").is_empty());
        assert_eq!(
            found("Le pétrolier Total a publié ses comptes."),
            ["TotalEnergies"]
        );
    }

    #[test]
    fn a_common_word_after_a_quantifier_is_the_word() {
        let recognizer =
            recognizer_of("Occidental Petroleum\tOccidental\t\tUS\tenergy\t\tOccidental=word\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Il faut se méfier de tout Occidental venant ici.").is_empty());
        assert_eq!(
            found("Le pétrolier Occidental a racheté un concurrent."),
            ["Occidental Petroleum"]
        );
    }

    #[test]
    fn a_risky_name_opening_a_sentence_needs_evidence() {
        assert!(found("Total, ce sont 300 emplois.").is_empty());
        assert_eq!(
            found("Total, ce sont 300 emplois. Le groupe Total l'a confirmé."),
            ["TotalEnergies"]
        );
    }

    #[test]
    fn a_paragraph_glued_to_the_one_before_opens_a_sentence() {
        // Exports often lose the line break between paragraphs: `jeudi.Le gouvernement`.
        assert!(found("Il a souri, les yeux pétillants.Total, ce sont 300 emplois.").is_empty());
        assert!(
            found("Les ventes ont chuté jeudi.Total a annoncé des suppressions d'emplois.")
                .is_empty()
        );
        assert!(
            found("Le chiffre a été publié (selon lui).Total, ce sont 300 emplois.").is_empty()
        );
        // After a capitalised word too: `la Maison Blanche.Total`.
        assert!(
            found("Il l'a dit depuis la Maison Blanche.Total, ce sont 300 emplois.").is_empty()
        );
        // A period inside a name is no paragraph break.
        assert!(found("Le distributeur JD.com a publié ses comptes.").contains(&"JD.com".into()));
        let recognizer = recognizer_of("Gobee.bike\t\t\tHK\ttransport-logistics\t\t\n");
        assert_eq!(
            found_by(&recognizer, "Le loueur Gobee.Bike quitte la France."),
            ["Gobee.bike"]
        );
    }

    #[test]
    fn a_sponsor_s_name_on_a_venue_is_the_venue() {
        let recognizer = recognizer_of("Red Bull\t\t\tAT\tfood-beverage\t\t\n");
        assert!(found_by(&recognizer, "Le Grand Prix se court sur le Red Bull Ring.").is_empty());
        assert_eq!(
            found_by(&recognizer, "Le groupe Red Bull a racheté une écurie."),
            ["Red Bull"]
        );
        // After a race's name, the sponsor's is part of it.
        let optic = recognizer_of("Optic 2000\t\t\tFR\tretail\t\t\n");
        assert!(found_by(&optic, "Le Tour Auto Optic 2000 part de Paris lundi.").is_empty());
        assert!(found_by(&recognizer, "Il a gagné le Trophée Red Bull en 2019.").is_empty());
        let ag2r = recognizer_of("AG2R La Mondiale\tAG2R\t\tFR\tinsurance\t\t\n");
        assert!(found_by(&ag2r, "La transat AG2R a été reportée d'un an.").is_empty());
        // The venue's name may hold one more word, or a theatre's.
        let accor = recognizer_of("Accor\t\t\tFR\ttravel-leisure\t\t\n");
        assert!(found_by(&accor, "Elle chante ce soir à la salle Accor Hotel Arena.").is_empty());
        assert!(found_by(&accor, "Les militants sont réunis devant l'Accor Center.").is_empty());
        let microsoft = recognizer_of("Microsoft\t\t\tUS\tsoftware-services\t\t\n");
        assert!(found_by(
            &microsoft,
            "La remise des prix a lieu au Microsoft Theatre."
        )
        .is_empty());
        // A venue's word inside a longer name does not make it a venue: a broker.
        let brokers = recognizer_of("Gras Savoye\t\t\tFR\tinsurance\t\t\n");
        assert_eq!(
            found_by(
                &brokers,
                "Le rapport publié par Gras Savoye Willis Tower Watson."
            ),
            ["Gras Savoye"]
        );
        assert_eq!(
            found_by(&optic, "Au tour d'Optic 2000 de publier ses ventes."),
            ["Optic 2000"]
        );
    }

    #[test]
    fn a_service_named_with_its_company_is_a_product() {
        let recognizer = recognizer_of(
            "Apple\t\t\tUS\thardware\t\t\nMicrosoft\t\t\tUS\tsoftware-services\t\t\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert!(found("Le SUV reçoit un écran compatible Apple CarPlay.").is_empty());
        assert!(found("Le virus vise les ordinateurs sous Microsoft Windows.").is_empty());
        assert!(found("L'application se télécharge sur Apple App Store.").is_empty());
        assert_eq!(found("Apple a présenté CarPlay à la presse."), ["Apple"]);
        // A cue before the service names the service.
        assert!(found("Elle est dans le magasin d'applications Apple App Store.").is_empty());
        // A streaming service competes as its company does.
        assert_eq!(found("Apple TV+ veut concurrencer Netflix."), ["Apple"]);
    }

    #[test]
    fn a_news_agency_is_not_the_company_of_another_trade_bearing_its_name() {
        let recognizer = recognizer_of("All Nippon Airways\tANA\t\tJP\ttransport-logistics\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Selon l'agence de presse ANA, le ministre a démissionné.").is_empty());
        assert_eq!(
            found("La compagnie aérienne ANA a commandé des avions."),
            ["All Nippon Airways"]
        );
    }

    #[test]
    fn a_chain_s_shop_in_a_town_is_a_place() {
        let recognizer = recognizer_of(
            "Système U\tSuper U\t\tFR\tretail\t\t\n\
             Fnac\t\t\tFR\tretail\t\t\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert!(found("Il est entré dans un supermarché Super U de Trèbes.").is_empty());
        assert!(found("Il est entré dans le magasin Fnac à Lyon.").is_empty());
        // A retailer's name after an article is one of its shops, its noun left out.
        assert!(found("Il a été tué dans le Super U de Trèbes.").is_empty());
        assert!(found("Un client de la Fnac de Lyon a vu un serpent.").is_empty());
        assert_eq!(
            found("Le patron du Super U de Trèbes a parlé."),
            ["Système U"]
        );
        // Where the chain's staff work, it is their employer.
        assert_eq!(
            found("Des employés d'un magasin Fnac à Paris sont malades."),
            ["Fnac"]
        );
        // Named elsewhere as the company, it is one.
        assert_eq!(
            found("La Fnac a fermé le magasin Fnac de Lyon. Fnac a annoncé un plan."),
            ["Fnac"]
        );
        // Once the article names one shop, the name after an article is that shop again.
        assert!(found("Ils ont braqué un Super U de Trèbes. Ils ont fui du Super U.").is_empty());
        assert_eq!(found("Ils ont fui du Super U."), ["Système U"]);
        // From one name to another is no shop in a town.
        assert_eq!(
            found("De la Fnac à Darty, les sites sont visés. La Fnac a écrit."),
            ["Fnac"]
        );
        // A street or a district places a shop as well as a town does, and so does a
        // demonstrative.
        assert!(
            found("Il a été arrêté dans un magasin Fnac du douzième arrondissement.").is_empty()
        );
        assert!(found("Le voleur est entré dans ce Fnac de la rue de Rivoli.").is_empty());
        assert!(found("Il a été arrêté devant la Fnac du quartier.").is_empty());
        // Where someone is, inside or near the shop: one shop, unless its staff are named.
        assert!(found("Elles se sont réfugiées dans la Fnac, rue de Rennes.").is_empty());
        assert!(found("Un témoin était à l'intérieur du Super U quand il a tiré.").is_empty());
        assert!(found("Il se trouvait à l'extérieur du Super U avec ses hommes.").is_empty());
        assert!(found("Une femme a été agressée à l'entrée du Super U.").is_empty());
        assert!(found("Ils ont fui sur le parking du Super U.").is_empty());
        assert!(found("Il a été arrêté sur le parking du supermarché Super U.").is_empty());
        assert!(found("Le plancher du magasin Fnac situé rue de Rennes a cédé.").is_empty());
        assert!(found("Elle dormait au Super U de la gare quand il a tiré.").is_empty());
        assert_eq!(
            found("Les salariés dans le Super U ont fait grève."),
            ["Système U"]
        );
        assert_eq!(
            found("Il travaille au Super U depuis dix ans."),
            ["Système U"]
        );
        // A bar or a shopping centre bearing the name is one venue.
        let pmu = recognizer_of("PMU\t\t\tFR\ttravel-leisure\t\t\n");
        assert!(found_by(&pmu, "Il a bu un café dans un bar PMU de Lens.").is_empty());
        assert!(found("Le centre commercial Fnac a été fermé par l'inondation.").is_empty());
    }

    #[test]
    fn a_warning_level_a_metro_stop_and_a_town_council_are_no_companies() {
        assert!(found("Quinze départements restent en vigilance Orange ce soir.").is_empty());
        let recognizer = recognizer_of(
            "La Repubblica\tRepubblica\t\tIT\tmedia\t\t\n\
             Yokohama Rubber\tYokohama\t\tJP\tautomotive\t\tYokohama=place,generic\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert!(found("Un enfant est tombé à l'arrêt du métro Repubblica.").is_empty());
        assert!(found("Il a conquis un siège au conseil municipal de Yokohama.").is_empty());
        let sncf = recognizer_of("SNCF\t\t\tFR\trail\t\t\n");
        assert!(found_by(
            &sncf,
            "Les enfants ont été trouvés sur un talus SNCF à Metz."
        )
        .is_empty());
        assert_eq!(
            found("Le conseil d'administration de Yokohama a voté."),
            ["Yokohama Rubber"]
        );
    }

    #[test]
    fn a_restaurant_chain_s_restaurant_is_a_place() {
        let recognizer = recognizer_of("McDonald's\t\t\tUS\trestaurants\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Il a été tué sur le parking du McDonald's de Garges.").is_empty());
        assert!(found("Ils se sont réfugiés dans le McDonald's de l'avenue de Wagram.").is_empty());
        assert_eq!(found("McDonald's a annoncé des résultats."), ["McDonald's"]);
    }

    #[test]
    fn the_makes_of_cars_sold_at_an_auction_are_lots() {
        let recognizer = recognizer_of(
            "RM Sotheby's\t\t\tUS\tauctions\t\t\n\
             Ferrari\t\t\tIT\tautomotive\t\t\n",
        );
        let found = |title, body| found_in(&recognizer, title, body);
        let body = "La vente de RM Sotheby's a réuni 300 lots. Le modèle de Ferrari est parti \
                    pour 3 millions d'euros.";
        assert_eq!(found("Les résultats de Monterey", body), ["RM Sotheby's"]);
        // Named in the headline, or more than once, the make is what the article is about.
        assert_eq!(
            found("Une Ferrari 275 P à Monterey", body),
            ["RM Sotheby's", "Ferrari"]
        );
        // A mention as a car (`une Ferrari`) is no second mention of the maker.
        let as_a_car = format!("Il a aimé une Ferrari rouge. {body}");
        assert_eq!(
            found("Les résultats de Monterey", &as_a_car),
            ["RM Sotheby's"]
        );
        let twice = format!("{body} Ferrari l'avait construit en 1963.");
        assert_eq!(
            found("Les résultats de Monterey", &twice),
            ["RM Sotheby's", "Ferrari"]
        );
        // Bids in the headline make an auction too; without an auction, the make is a company.
        let bids = "Le modèle de Ferrari est parti pour 3 millions d'euros.";
        assert!(found("Vendue aux enchères à Monterey", bids).is_empty());
        assert_eq!(found("Les résultats de Monterey", bids), ["Ferrari"]);
    }

    #[test]
    fn a_title_that_is_a_word_opening_a_sentence_before_an_article_is_the_word() {
        let recognizer = recognizer_of("Voici\t\t\tFR\tmedia\t\tVoici=word,generic\n");
        let found = |text| found_by(&recognizer, text);
        // `recettes` are revenues in the media business, recipes here.
        assert!(found("Voici les dix recettes les plus recherchées.").is_empty());
        assert_eq!(
            found("Le rachat de Voici par un investisseur est acté."),
            ["Voici"]
        );
    }

    #[test]
    fn a_name_before_a_noun_of_who_someone_is_is_a_person_s() {
        let recognizer =
            recognizer_of("Christian Dior Couture\tDior\t\tFR\tluxury\t\tDior=person\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Elle a expliqué à l'AFP Dior, étudiante de 21 ans.").is_empty());
        assert!(found("Elle a expliqué à l'AFP Dior, une étudiante de 21 ans.").is_empty());
        assert_eq!(
            found("Dior, la maison de couture, a vendu plus."),
            ["Christian Dior Couture"]
        );
    }

    #[test]
    fn a_scandal_named_after_a_hotel_is_no_company() {
        let recognizer = recognizer_of("Sofitel\t\t\tFR\ttravel-leisure\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Il a été plombé par l'affaire du Sofitel en 2011.").is_empty());
        assert_eq!(
            found("L'affaire Sofitel pèse sur les comptes."),
            ["Sofitel"]
        );
        assert_eq!(found("Les affaires du Sofitel reprennent."), ["Sofitel"]);
    }

    #[test]
    fn a_hotel_brand_s_hotel_in_a_town_is_a_place() {
        let recognizer = recognizer_of("Ritz-Carlton\t\t\tUS\thotels\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("La vente se tiendra au Ritz-Carlton d'Amelia Island.").is_empty());
        assert!(found("Il a été arrêté dans le Ritz-Carlton, rue de la Paix.").is_empty());
        // Its staff work for the brand.
        assert_eq!(
            found("Une femme de ménage du Ritz-Carlton de Boston a porté plainte."),
            ["Ritz-Carlton"]
        );
        assert_eq!(
            found("Ritz-Carlton ouvre dix hôtels en Asie."),
            ["Ritz-Carlton"]
        );
    }

    #[test]
    fn an_island_and_a_longer_company_s_name_are_no_company() {
        let recognizer = recognizer_of(
            "Andros\t\t\tFR\tfood-beverage\t\t\n\
             ALK-Abelló\tALK\t\tDK\tpharma-health\t\t\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert!(found("L'ouragan est passé sur l'île d'Andros samedi.").is_empty());
        assert!(found("Le Boeing de la compagnie bulgare ALK-Airlines a été secoué.").is_empty());
        assert_eq!(
            found("Le groupe Andros rachète une confiturerie."),
            ["Andros"]
        );
    }

    #[test]
    fn a_common_word_s_own_staff_say_it_is_the_company() {
        let recognizer = recognizer_of("La Halle\t\t\tFR\tretail\t\tLa Halle=word,generic\n");
        let found = |text| found_by(&recognizer, text);
        assert_eq!(
            found("La Halle demande à ses employés de cacher les promos."),
            ["La Halle"]
        );
        assert!(found("La Halle demande à tous de cacher les promos.").is_empty());
    }

    #[test]
    fn a_union_s_section_named_after_the_company_is_the_union() {
        let recognizer = recognizer_of("RATP\t\t\tFR\ttransport-logistics\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Selon lui, l'Unsa RATP maintient la grève.").is_empty());
        assert!(found("La CGT-RATP appelle à manifester.").is_empty());
        assert_eq!(
            found("La CGT-RATP proteste : la RATP supprime des bus."),
            ["RATP"]
        );
    }

    #[test]
    fn a_postmark_and_a_castle_are_no_company() {
        let recognizer = recognizer_of(
            "La Poste\t\t\tFR\ttransport-logistics\t\t\n\
             Lacoste\t\t\tFR\tconsumer-goods\t\tLacoste=person,place\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert!(found("Le vote est clos ce soir, le cachet de la Poste faisant foi.").is_empty());
        assert!(found("Le festival se tient dans les carrières du château de Lacoste.").is_empty());
        assert_eq!(found("La Poste a supprimé des emplois."), ["La Poste"]);
        // A beach named after the hotel it belongs to is a place.
        let barriere =
            recognizer_of("Groupe Barrière\tBarrière\t\tFR\ttravel-leisure\t\tBarrière=word\n");
        assert!(found_by(
            &barriere,
            "La panique est partie de la plage Barrière le Majestic."
        )
        .is_empty());
        assert_eq!(
            found_by(&barriere, "Le groupe Barrière a racheté un casino."),
            ["Groupe Barrière"]
        );
    }

    #[test]
    fn one_bank_branch_in_a_town_is_a_place() {
        let recognizer = recognizer_of("CIC\t\t\tFR\tbanking\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Il a pris des otages dans une banque CIC de Paris.").is_empty());
        // `la banque CIC` is the company.
        assert_eq!(
            found("La banque CIC de Paris a publié ses résultats."),
            ["CIC"]
        );
        assert_eq!(
            found("Les salariés d'une banque CIC de Paris font grève."),
            ["CIC"]
        );
    }

    #[test]
    fn a_descriptive_name_after_an_article_is_no_make() {
        let recognizer = recognizer_of(
            "Fonderie de Bretagne\tFonderies de Bretagne\t\tFR\tautomotive\t\t\n\
             Renault\t\t\tFR\tautomotive\t\t\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert_eq!(
            found("Le constructeur veut céder les Fonderies de Bretagne."),
            ["Fonderie de Bretagne"]
        );
        assert!(found("Il collectionne les Renault des années 1960.").is_empty());
    }

    #[test]
    fn a_make_one_drives_in_is_a_car() {
        let recognizer = recognizer_of("Renault\t\t\tFR\tautomotive\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Elle a été flashée à 200 km/h en Renault.").is_empty());
        assert_eq!(found("Renault a été condamné en appel."), ["Renault"]);
    }

    #[test]
    fn banking_names_a_bank_s_shared_acronym() {
        let recognizer =
            recognizer_of("CIC\tCrédit industriel et commercial\t\tFR\tbanking\t\tCIC=generic\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Le CIC a rendu son avis sur le projet.").is_empty());
        assert_eq!(
            found("Des voleurs ont défoncé la vitrine d'une agence bancaire CIC."),
            ["CIC"]
        );
        // A bank's branch with its town is still where something happened.
        assert!(found("Il a retenu des clients dans une agence bancaire CIC de Rouen.").is_empty());
    }

    #[test]
    fn makes_listed_after_an_object_noun_are_products() {
        let recognizer = recognizer_of(
            "Fiat\t\t\tIT\tautomotive\t\t\n\
             Abarth\t\t\tIT\tautomotive\tFiat\t\n\
             Lancia\t\t\tIT\tautomotive\tFiat\t\n\
             Porsche\t\t\tDE\tautomotive\t\t\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert!(found("Le musée expose des modèles Fiat, Abarth ou Lancia.").is_empty());
        assert!(found("La vente réunit des modèles Fiat et Porsche de collection.").is_empty());
        // A comma that ends a clause ends the list.
        assert_eq!(
            found("Après avoir étoffé sa gamme Panamera, Porsche a introduit le Cayenne."),
            ["Porsche"]
        );
        // A model's code, then its make: one car.
        assert!(found("La vente propose une 124S Fiat de 1968.").is_empty());
        assert!(found("Il reprend la 911R Porsche.").is_empty());
        assert!(found("Ils volent une voiture de type 124S (Fiat) hier.").is_empty());
        assert_eq!(
            found("Le constructeur Porsche a vendu la 911R."),
            ["Porsche"]
        );
    }

    #[test]
    fn an_object_of_a_make_is_a_product() {
        let recognizer = recognizer_of("Chanel\t\t\tFR\tluxury\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Il n'offrira pas des montures Chanel à tout le monde.").is_empty());
        assert!(found("Elle a reçu deux sacs Chanel en cadeau.").is_empty());
        assert_eq!(found("La maison Chanel a publié ses comptes."), ["Chanel"]);
        // The object's noun must come right before the name, not across punctuation.
        assert_eq!(
            found("Les ventes de sacs (trois modèles), Chanel les a publiées."),
            ["Chanel"]
        );
    }

    #[test]
    fn a_press_group_named_for_its_papers_is_cited() {
        let recognizer = recognizer_of("Groupe Ebra\tEbra\t\tFR\tmedia\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Il l'a dit dans un entretien aux journaux du groupe Ebra.").is_empty());
        assert!(
            found("Il s'est confié dans un entretien accordé au groupe de presse Ebra.").is_empty()
        );
        // The word that cites may be six words back.
        let far = "Il l'a dit dans un entretien paru dans les quotidiens régionaux du groupe Ebra.";
        assert!(found(far).is_empty());
        assert_eq!(
            found("Le groupe Ebra supprime des postes."),
            ["Groupe Ebra"]
        );
        // A group of media, or of the press with a word on what kind.
        assert!(found("D'après le groupe de médias Ebra, ils voyageaient.").is_empty());
        assert!(found("Elle l'a dit au groupe de presse régionale Ebra, hier.").is_empty());
        // Past such a name, `au` cites only after something said.
        assert_eq!(
            found("Le litige l'oppose au groupe de médias Ebra depuis 2017."),
            ["Groupe Ebra"]
        );
    }

    #[test]
    fn a_sponsor_s_name_on_an_event_is_the_event_s() {
        let recognizer = recognizer_of("Groupe VYV\tVYV\t\tFR\tinsurance\t\t\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Les organisateurs du VYV Festival ont déprogrammé le rappeur.").is_empty());
        assert_eq!(
            found("Le mutualiste VYV a publié ses comptes."),
            ["Groupe VYV"]
        );
    }

    #[test]
    fn a_first_name_alone_is_someone_s_unless_a_cue_says_otherwise() {
        let recognizer = recognizer_of("Celine\t\t\tFR\tluxury\t\tCeline=person\n");
        let found = |text| found_by(&recognizer, text);
        assert!(found("Le ministre a passé la journée aux côtés de Céline.").is_empty());
        assert!(
            found("Plus impliquée que jamais, Céline a choisi des thèmes positifs.").is_empty()
        );
        assert_eq!(
            found("La maison Celine a nommé un directeur artistique."),
            ["Celine"]
        );
    }

    /// Tiffany and Lilly are the first names of witnesses and activists far more often than the
    /// jeweller and the drug maker are named alone.
    #[test]
    fn builtin_first_names_alone_are_someone_s() {
        let builtin = CompanyRecognizer::builtin();
        let found = |text: &str| found_by(&builtin, text);
        assert!(found("« Elle a suivi mon fils », indique Tiffany.").is_empty());
        assert!(found("« Il faut agir », soupire Lilly, une militante de douze ans.").is_empty());
        assert_eq!(
            found("La maison Tiffany ouvre une boutique à Paris."),
            ["Tiffany & Co.", "LVMH"]
        );
        // The first names of Italian designers make them people, not their houses.
        assert!(found("Il a reçu un cadeau de Gianni Versace à Milan.").is_empty());
    }

    #[test]
    fn names_the_gazetteer_lacks_do_not_break_a_list() {
        let recognizer =
            recognizer_of("Honda\t\t\tJP\tautomotive\t\t\nREI\t\t\tUS\tretail\t\tREI=generic\n");
        assert_eq!(
            found_by(
                &recognizer,
                "Des annonceurs comme Honda, North Face et REI ont suspendu leurs publicités."
            ),
            ["Honda", "REI"]
        );
        // Only names: a clause between two names is no list.
        assert_eq!(
            found_by(
                &recognizer,
                "Honda, qui vend des motos en France et REI ont parlé."
            ),
            ["Honda"]
        );
    }

    #[test]
    fn the_firm_between_a_study_and_its_client_is_a_pollster() {
        let csa = recognizer_of(&format!(
            "{SAMPLE}Institut CSA\tCSA\t\tFR\tbusiness-services\t\tCSA=generic\n"
        ));
        assert_eq!(
            found_by(
                &csa,
                "Selon une étude CSA pour Malakoff Humanis, il progresse."
            ),
            ["Institut CSA"]
        );
        // Its client paid for the work: a company, even under a shared name.
        let cgi = recognizer_of(&format!(
            "{SAMPLE}CGI\tCGI Inc.\t\tCA\tsoftware-services\t\tCGI=generic\n"
        ));
        assert_eq!(
            found_by(&cgi, "Selon une étude Odoxa pour CGI, il progresse."),
            ["CGI"]
        );
        assert!(found_by(&cgi, "Il a lu un mauvais sondage pour CGI Dupont.").is_empty());
        // The regulator of the same initials publishes studies of its own.
        assert!(found_by(&csa, "Une étude du CSA montre que les chaînes changent.").is_empty());
    }

    #[test]
    fn people_who_share_a_company_name_are_not_the_company() {
        assert!(found("Martin Bouygues a pris la parole.").is_empty());
        assert!(found("Une toile de Léonard de Vinci a été vendue.").is_empty());
        assert!(found("La famille Dassault contrôle le groupe.").is_empty());
        assert!(found("Le restaurant a reçu trois étoiles au guide Michelin.").is_empty());
        assert_eq!(
            found("Martin Bouygues, PDG de Bouygues, a parlé."),
            ["Bouygues"]
        );
        assert_eq!(
            found("Le patron de Michelin Florent Menegaux a parlé."),
            ["Michelin"]
        );
        assert!(found("Nicolas Michelin Dupont a parlé.").is_empty());
        // A title right before the family name makes it the person's in the whole article.
        let ford = recognizer_of("Ford\t\t\tUS\tautomotive\t\tFord=person\n");
        assert!(found_by(
            &ford,
            "Le président Ford a gracié Nixon. Ford a perdu ensuite."
        )
        .is_empty());
        assert_eq!(found_by(&ford, "Le président de Ford a parlé."), ["Ford"]);
        // First names of women and of other languages as well.
        assert!(found("Une infirmière, Michèle Bugatti, est venue.").is_empty());
        assert!(found("Un portrait de l'historien Cheikh Tesla Diop orne le mur.").is_empty());
        assert!(found("L'internaute Kaye Bugatti a répondu au ministre.").is_empty());
        let goldman = recognizer_of(&format!(
            "{SAMPLE}Goldman Sachs\tGoldman\t\tUS\tbanking\t\tGoldman=person,generic\n"
        ));
        // `chez` a rare family name is at the person's where the article names one.
        assert!(found_by(
            &goldman,
            "Jean-Jacques Goldman revient. Ce qui est fort chez Goldman, c'est le silence."
        )
        .is_empty());
        assert_eq!(
            found_by(&goldman, "Il a travaillé chez Goldman à Londres."),
            ["Goldman Sachs"]
        );
        assert_eq!(found("Selon Vinci, le chantier avance."), ["Vinci"]);
        // A capitalised cue belongs to another name.
        assert!(found("Il a rencontré le Conseil Dassault hier.").is_empty());
        assert_eq!(
            found("Il a rencontré le conseil Dassault hier."),
            ["Groupe Dassault"]
        );
    }

    #[test]
    fn towns_are_not_companies() {
        assert!(found("Le festival d'Orange (Vaucluse) a ouvert.").is_empty());
        assert!(found("Il habite à Orange depuis dix ans.").is_empty());
        assert!(found("Un taureau sur l'autoroute, dans le sens Orange-Nîmes.").is_empty());
        // A court or a building named after a town or a company.
        assert!(
            found("Ils se sont rendus au palais de justice d'Orange avant la fête.").is_empty()
        );
        let vinci = recognizer_of("Vinci\t\t\tFR\tconstruction\t\t\n");
        assert!(found_by(
            &vinci,
            "Le siège, situé dans le bâtiment Vinci, a été évacué."
        )
        .is_empty());
        assert!(found("Les bus de l'agglomération d'Orange sont gratuits.").is_empty());
        assert_eq!(
            found("L'opérateur Orange a vendu des antennes à Orange, dans le Vaucluse."),
            ["Orange"]
        );
    }

    #[test]
    fn new_york_s_nickname_is_a_place() {
        let recognizer = recognizer_of(&format!("{SAMPLE}Apple\t\t\tUS\ttech\t\t\n"));
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Il a ouvert un bar dans la Big Apple en 2015.").is_empty());
        assert_eq!(found("Apple ouvre un magasin à New York."), ["Apple"]);
    }

    #[test]
    fn longest_name_wins_and_subsidiaries_roll_up() {
        assert_eq!(
            found("Alibaba Cloud investit 28 milliards de dollars."),
            ["Alibaba Cloud", "Alibaba"]
        );
        assert_eq!(
            found("Airbus Helicopters livre un H160."),
            ["Airbus Helicopters", "Airbus"]
        );
        assert_eq!(
            found("Dassault Aviation et Dassault Systèmes"),
            ["Dassault Aviation", "Dassault Systèmes"]
        );
    }

    #[test]
    fn elided_and_punctuated_names_match() {
        assert_eq!(
            found("Les ventes d’Alibaba et de JD.com"),
            ["Alibaba", "JD.com"]
        );
        assert!(found("jd com").is_empty());
    }

    #[test]
    fn acronyms_must_be_written_in_capitals() {
        assert_eq!(found("EDF relance le nucléaire."), ["EDF"]);
        assert!(found("Le mot edf n'existe pas.").is_empty());
    }

    #[test]
    fn an_acronym_inside_a_longer_name_may_be_written_capitalised() {
        let recognizer = recognizer_of(
            "EVA Air\t\t\tTW\ttransport-logistics\t\t\n\
             EDF\t\t\tFR\tutilities\t\t\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        // The press writes `Eva Air`: the other word of the name says it is the airline.
        assert_eq!(
            found("Son concurrent Eva Air reprend ses vols."),
            ["EVA Air"]
        );
        // Alone, the acronym still needs its capitals.
        assert!(found("La chanteuse Edf arrive.").is_empty());
    }

    #[test]
    fn former_names_find_the_company() {
        assert_eq!(found("France Télécom a changé de nom."), ["Orange"]);
    }

    #[test]
    fn the_builtin_gazetteer_reads_and_knows_the_big_names() {
        let mut gazetteer = Gazetteer::default();
        gazetteer.parse("built-in", BUILTIN).unwrap();
        let recognizer = CompanyRecognizer::new(gazetteer);
        for (name, canonical) in [
            ("Alibaba", "Alibaba"),
            ("JD.com", "JD.com"),
            ("Amazon", "Amazon"),
            ("Microsoft", "Microsoft"),
            ("societe generale", "Société Générale"),
            ("Total", "TotalEnergies"),
        ] {
            assert_eq!(recognizer.canonical(name), Some(canonical), "{name}");
        }
    }

    #[test]
    fn unknown_companies_after_a_strong_cue_are_guessed() {
        let mentions = recognizer().recognize(
            &[],
            "",
            "La société américaine Lubrizol a pris feu. Acme Industries SA recrute. \
             Le groupe Indochine chante. La start-up Mistralix lève des fonds chez Alibaba.",
        );
        let guessed: Vec<&str> = mentions
            .iter()
            .filter(|m| m.guessed)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(guessed, ["Lubrizol", "Acme Industries", "Mistralix"]);
        // Not a place after `d'`, nor a person.
        let others = recognizer().recognize(
            &[],
            "",
            "La firme d'Ingolstadt recrute. Le cabinet Emmanuel Macron répond.",
        );
        assert!(others.is_empty(), "{others:?}");
        // Nor a legal form's letters inside a longer name or a headline in capitals.
        let others = recognizer().recognize(
            &[],
            "",
            "Le groupe est dirigé par Iyad Ag Ghaly. LE MONDE EXPRIME SA SOLIDARITÉ DEPUIS.",
        );
        assert!(others.is_empty(), "{others:?}");
        // A cue word that opens a known name introduces nothing.
        let known = recognizer().recognize(&[], "", "Société Générale cède sa filiale.");
        assert!(known.iter().all(|m| !m.guessed), "{known:?}");
        assert!(mentions.iter().any(|m| m.name == "Alibaba" && !m.guessed));
    }

    /// The names guessed in `body`, in order.
    fn guessed_in(body: &str) -> Vec<String> {
        recognizer()
            .recognize(&[], "", body)
            .into_iter()
            .filter(|m| m.guessed)
            .map(|m| m.name)
            .collect()
    }

    #[test]
    fn a_guessed_name_goes_on_past_a_foreign_connector_and_stops_before_its_legal_form() {
        let guessed = guessed_in(
            "La société italienne Aeroporti di Roma gère Fiumicino. Un virement de la société \
                 ICB Properties of Miami LLC. La société Fabrikam Industries SA recrute. La \
                 société Lubrizol de Rouen brûle. La société C SA rappelle un fromage. Le \
                 rachat de One Two Three Four Five Six SA. Il veut SORTIR LA DROITE DE SA \
                 \"ZONE DE CONFORT\". La société Fabrikam-Contoso AG recrute. Les pièces de la \
                 société Newton & Sons Ltd. L'entreprise Pininfarina S.p.A fête ses 90 ans. Le \
                 constructeur Italien Contoso Motori.",
        );
        assert_eq!(
            guessed,
            [
                "Aeroporti di Roma",
                "ICB Properties of Miami",
                "Fabrikam Industries",
                "Lubrizol",
                "Fabrikam-Contoso",
                "Newton & Sons",
                "Pininfarina",
                "Contoso Motori"
            ]
        );
    }

    #[test]
    fn a_person_a_code_or_an_adjective_after_a_company_noun_is_not_guessed_but_a_company_is() {
        let guessed = guessed_in(
            "Le patron de la société Tad Dowker a expliqué. La gérante de l'entreprise \
                 Cherise Bonanno a chanté. Le designer industriel Konstantin Grcic dessine. \
                 L'ingénieure chimiste Crista Chavez télétravaille. Le laboratoire P4 de Wuhan. \
                 La plateforme « Startup Autobahn » aide. Le PDG de la société Fusion Capital \
                 Partners parle. Quatre salariés de l'entreprise Viva Multimedia sont mis en \
                 examen. Son autre société Deb Jam organise ses spectacles. Le médicament \
                 (laboratoire Etypharm) est autorisé. Le délégué CGT-Bodyguard SAS parle. Une \
                 chercheuse au Latmos (Laboratoire Atmosphères, Milieux) parle. Les bornes de \
                 Phoenix Contact E-Mobility GmbH.",
        );
        assert_eq!(
            guessed,
            [
                "Fusion Capital Partners",
                "Viva Multimedia",
                "Deb Jam",
                "Etypharm",
                "Bodyguard"
            ]
        );
    }

    #[test]
    fn a_make_s_own_trim_after_a_model_is_no_company_but_a_supplier_s_name_is() {
        let makers = recognizer_of(
            "Contoso Motors\tContoso\t\tJP\tautomotive\t\t\n\
             Zest\t\t\tJP\tautomotive\tContoso Motors\t\n\
             Fabrikam\t\t\tDE\tautomotive\t\t\n",
        );
        let found = |text| found_by(&makers, text);
        assert!(!found("Il a présenté la Contoso GT-R Zest au salon.").contains(&"Zest".into()));
        assert!(!found("La Contoso Skyline Zest GT est vendue.").contains(&"Zest".into()));
        assert!(found("Contoso et Zest ont annoncé une usine commune.").contains(&"Zest".into()));
        assert!(
            found("Il pilote pour Contoso XR Fabrikam cette saison.").contains(&"Fabrikam".into())
        );
    }

    #[test]
    fn a_noun_before_a_relative_clause_is_no_cue_for_the_name_after_it() {
        let radio = recognizer_of("Radio Contoso\t\t\tFR\tmedia\t\t\n");
        assert!(found_by(
            &radio,
            "Un groupe que Radio Contoso qualifie de fourre-tout."
        )
        .is_empty());
        assert_eq!(
            found_by(&radio, "Le groupe Radio Contoso a été racheté."),
            ["Radio Contoso"]
        );
    }

    #[test]
    fn what_a_company_does_may_stand_between_its_noun_and_its_name() {
        let guessed = guessed_in(
            "La société de biotechnologie Contoso Bio lève des fonds. Le fabricant de \
                 trottinettes Fabrikam a fermé. L'entreprise belge d'emballage \
                 Northwind Pack recrute. La société de production suisse Tailspin Films tourne \
                 à Lyon. La société de production de Cyril Dupuis perd un contrat. Il a fondé \
                 l'entreprise de son frère Paul Martin. Une entreprise de l'agroalimentaire en \
                 Bretagne ferme. Un cabinet d'avocats basé à Marseille plaide. Le laboratoire de \
                 recherche Litware publie. Il a écrit au cabinet de monsieur Durand. La société \
                 d'exploitation Tour Contoso rouvre le monument.",
        );
        assert_eq!(
            guessed,
            [
                "Contoso Bio",
                "Fabrikam",
                "Northwind Pack",
                "Tailspin Films"
            ]
        );
    }

    #[test]
    fn a_legal_form_at_the_end_of_a_name_is_no_part_of_the_company() {
        use super::matcher::without_legal_form;
        for (name, company) in [
            ("Pernod SA", "Pernod"),
            ("Ford France S.A.", "Ford France"),
            ("Pichler GFG AG", "Pichler GFG"),
            ("Sanofi", "Sanofi"),
            ("SA", "SA"),
            ("Spa Resort", "Spa Resort"),
        ] {
            assert_eq!(without_legal_form(name), company, "{name}");
        }
    }

    #[test]
    fn a_guessed_name_is_spaced_the_same_whatever_the_text_s_spaces() {
        // Exports put no-break spaces and tabs where a space was meant.
        for text in [
            "La société Fusion\u{a0}Capital recrute. Acme\tIndustries SA aussi.",
            "La société Fusion Capital recrute. Acme Industries SA aussi.",
        ] {
            assert_eq!(
                guessed_in(text),
                ["Fusion Capital", "Acme Industries"],
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_known_company_s_subsidiary_or_lawyer_after_a_cue_is_not_guessed() {
        let recognizer = recognizer_of(
            "Ikea\t\t\tSE\tretail\t\t\n\
             Mitsui\t\t\tJP\tindustrials\t\tMitsui=generic\n",
        );
        let mentions = recognizer.recognize(
            &[],
            "",
            "La société Ikea France est renvoyée. L'avocat de la société Me Jean Dupont plaide. \
             Le navire de l'armateur japonais Mitsui OSK Lines a coulé.",
        );
        let guessed: Vec<&str> = mentions
            .iter()
            .filter(|m| m.guessed)
            .map(|m| m.name.as_str())
            .collect();
        // A name shared by several companies may open another's.
        assert_eq!(guessed, ["Mitsui OSK Lines"]);
        assert!(mentions.iter().any(|m| m.name == "Ikea" && !m.guessed));
    }

    #[test]
    fn a_board_game_an_animal_shelter_or_a_spa_town_is_not_guessed() {
        let mentions = recognizer().recognize(
            &[],
            "",
            "Le jeu de société Monopoly fête ses 80 ans. Les refuges et Maisons SPA sont pleins. \
             La vente a lieu à Leamington Spa. Il travaille chez Acme Automobili SpA.",
        );
        let guessed: Vec<&str> = mentions
            .iter()
            .filter(|m| m.guessed)
            .map(|m| m.name.as_str())
            .collect();
        assert_eq!(guessed, ["Acme Automobili"]);
    }

    #[test]
    fn what_only_looks_like_a_cue_introduces_no_guess() {
        let guessed = guessed_in;
        // A pick-up, a stand-up, a noun after a bare `de`, a French form in lower case, a
        // letter alone.
        assert!(guessed("Il attend le pick-up Cybertruck.").is_empty());
        assert!(guessed("La reine du stand-up Blanche Gardin joue.").is_empty());
        assert!(guessed("Sa directrice de cabinet Violette Spillebout part.").is_empty());
        assert!(guessed("Le chef d'entreprise Durand parle.").is_empty());
        assert!(guessed("Eva Sas a répondu.").is_empty());
        assert!(guessed("Les magasins C et A ferment.").is_empty());
        // A research unit: researchers or a research body nearby.
        assert!(guessed("Une chercheuse au laboratoire Hélios le confirme.").is_empty());
        assert!(guessed("Le laboratoire Hélios (CNRS) le confirme.").is_empty());
        assert_eq!(
            guessed("Le laboratoire Hélios commercialise le vaccin."),
            ["Hélios"]
        );
        // The cues themselves still work, with their articles.
        assert_eq!(
            guessed("Les salariés de l'entreprise Airmétic et de la start-up Mistralix."),
            ["Airmétic", "Mistralix"]
        );
        assert_eq!(
            guessed("Les salariés d'Acme Industries SAS."),
            ["Acme Industries"]
        );
    }

    #[test]
    fn an_outlet_counts_only_in_the_news_of_its_business() {
        assert!(found("Selon Bloomberg, le groupe Airbus négocie.").len() == 1);
        assert!(found("Bloomberg annonce que la fusion est faite.").is_empty());
        assert!(found("Bloomberg révélait que la patronne léguait tout.").is_empty());
        assert_eq!(
            found("Le ministre est copropriétaire du Parisien."),
            ["Le Parisien", "Groupe Les Echos"]
        );
        assert!(found("L'article du Parisien a fait du bruit.").is_empty());
        // An apposition that says who owns the outlet is about its business, but a prisoner
        // (`détenu`) is not.
        assert_eq!(
            found("Euronews, chaîne détenue par un milliardaire, retransmettra la finale."),
            ["Euronews"]
        );
        assert!(found("Euronews retransmettra la finale.").is_empty());
        assert!(found("Le destin du détenu dans un article de Bloomberg a ému.").is_empty());
        // A turnover is business, a figure an outlet gave is cited.
        assert!(found("Il confirme un chiffre annoncé par la radio Bloomberg.").is_empty());
        assert!(found("La perte, chiffre Bloomberg, atteint cinq milliards.").is_empty());
        assert_eq!(
            found("Le chiffre d'affaires de Bloomberg a baissé."),
            ["Bloomberg"]
        );
        assert_eq!(
            found("Le rachat du Parisien par un investisseur est acté."),
            ["Le Parisien", "Groupe Les Echos"]
        );
        // Spoken to: the cue or the business word near it is the speaker's.
        assert!(found("Le groupe ferme, a dit un porte-parole du groupe à Bloomberg.").is_empty());
        assert!(found("A réagi auprès du Parisien la direction du parti.").is_empty());
        assert!(
            found("Il l'a dit lors d'un entretien avec Bloomberg avant son départ.").is_empty()
        );
        assert!(found("Une lettre que Bloomberg s'est procurée accuse la direction.").is_empty());
        // An adverb between the auxiliary and the participle: still the source's verb.
        assert!(found("Le Parisien s'est également procuré le contrat de travail.").is_empty());
        assert!(found("Le Parisien a pu consulter le contrat de travail.").is_empty());
        // Listed with another media before the verb, past a cue of another company: both are
        // cited.
        let listed = "Le livre paru aux éditions Dupont mais que Le Parisien et Europe 1 ont pu \
                      consulter sort jeudi.";
        assert!(found(listed).is_empty());
        // Words of a deal near a cited newspaper are the news it reports.
        assert!(found("La note que s'est procuré Bloomberg pointe le contrat.").is_empty());
        assert!(found("Ainsi, Le Parisien confirme qu'il a négocié un contrat.").is_empty());
        assert!(found("Bloomberg a par ailleurs révélé le rachat du groupe.").is_empty());
        // A second mention in the news of its business confirms the first.
        assert_eq!(
            found("Le Parisien titre sur la grève. Le Parisien a été racheté en 2015."),
            ["Le Parisien", "Groupe Les Echos"]
        );
    }

    #[test]
    fn an_outlet_a_headline_is_about_is_the_company_in_news_of_the_trade() {
        let recognizer = recognizer();
        let title = "Le Parisien : nouvelle stratégie";
        let body = "Le quotidien réorganise sa rédaction et ses journaux locaux. Son \
                    actionnaire prévoit une cession et des départs de salariés.";
        assert_eq!(
            found_in(&recognizer, title, body),
            ["Le Parisien", "Groupe Les Echos"]
        );
        // Named again far into the body.
        let again = format!("{body} L'article du Parisien a fait du bruit dans la profession.");
        assert_eq!(
            found_in(&recognizer, title, &again),
            ["Le Parisien", "Groupe Les Echos"]
        );
        // Journalism and its editors are words of the trade too.
        let newsroom = "Son rédacteur en chef défend un journalisme exigeant, la rédactrice \
                        adjointe s'en va. Les salariés redoutent des licenciements et une cession.";
        assert_eq!(
            found_in(&recognizer, title, newsroom),
            ["Le Parisien", "Groupe Les Echos"]
        );
        // Its journalists too, pushed out by a plan of savings.
        let staff = "Trois journalistes de la rédaction du quotidien seraient visés par le plan \
                     de départs des salariés, qui doit dégager des économies.";
        assert_eq!(
            found_in(&recognizer, title, staff),
            ["Le Parisien", "Groupe Les Echos"]
        );
        // Not without the trade's words, nor when the headline only cites it.
        assert!(found_in(&recognizer, title, "Le quotidien a publié un sondage.").is_empty());
        assert!(found_in(&recognizer, "Un sondage du Parisien", body).is_empty());
    }

    #[test]
    fn an_outlet_deciding_competing_or_sued_is_an_actor() {
        assert_eq!(
            found("TF1 a décidé de retirer la série de sa grille."),
            ["TF1", "Bouygues"]
        );
        assert_eq!(
            found("Le député va porter plainte contre Bloomberg."),
            ["Bloomberg"]
        );
        assert_eq!(
            found("L'animateur assigne donc Bloomberg en justice."),
            ["Bloomberg"]
        );
        assert_eq!(
            found("Les concurrents de Bloomberg s'inquiètent."),
            ["Bloomberg"]
        );
        assert_eq!(
            found("Bloomberg bat ses records d'audience."),
            ["Bloomberg"]
        );
        // The words of another clause are someone else's.
        assert!(found("Selon Bloomberg, le ministre a décidé de partir.").is_empty());
    }

    #[test]
    fn an_outlet_on_the_other_side_of_a_deal_is_an_actor() {
        assert_eq!(
            found("Il a racheté à TF1 une société de production."),
            ["TF1", "Bouygues"]
        );
        assert!(found("Il a confié à TF1 son inquiétude.").is_empty());
        // The verb a few words before `à`, in the same clause.
        assert_eq!(
            found("Il a racheté le journal à TF1 en 2012."),
            ["TF1", "Bouygues"]
        );
        assert!(found("Il a vendu sa voiture et a dit à TF1 son inquiétude.").is_empty());
    }

    #[test]
    fn an_outlet_that_obtained_a_document_is_cited_whatever_cue_came_before() {
        // `salariés` is a cue, of the message's readers: the relative clause cites the outlet.
        assert!(
            found("Elle a écrit dans un message aux salariés que Bloomberg s'est procuré.")
                .is_empty()
        );
        assert!(
            found("Les dirigeants ont écrit un message aux salariés consulté par Bloomberg.")
                .is_empty()
        );
        assert_eq!(
            found("Les salariés de Bloomberg ont voté la grève."),
            ["Bloomberg"]
        );
        // `selon` cites whatever cue came before, in another clause.
        assert!(found("Le médecin a quitté son cabinet selon Bloomberg.").is_empty());
    }

    #[test]
    fn what_an_outlet_s_management_announces_is_not_cited() {
        assert_eq!(
            found("La direction de TF1 a annoncé des départs."),
            ["TF1", "Bouygues"]
        );
        assert!(found("TF1 a annoncé la victoire du candidat.").is_empty());
    }

    #[test]
    fn a_maker_after_the_trade_of_a_cue_is_the_company() {
        assert_eq!(
            found("Le rachat par le géant français du luxe LVMH est acté."),
            ["LVMH"]
        );
        assert!(found("Elle porte un sac du créateur LVMH.").is_empty());
    }

    #[test]
    fn a_parent_company_is_no_mother() {
        assert_eq!(
            found("La maison mère de Toyota a changé de patron."),
            ["Toyota"]
        );
        // And an outlet it owns is in the news of its business.
        assert_eq!(
            found("La maison-mère de Bloomberg prévoit des économies."),
            ["Bloomberg"]
        );
    }

    #[test]
    fn an_outlet_closed_or_stopped_is_an_actor() {
        assert_eq!(
            found("Le gouvernement reporte l'arrêt de la chaîne Euronews."),
            ["Euronews"]
        );
        assert_eq!(found("La fermeture d'Euronews est actée."), ["Euronews"]);
        // Said after the name, the event is what the outlet reports.
        assert!(found("Euronews annonce la fermeture de l'usine.").is_empty());
    }

    #[test]
    fn studios_publishers_and_streamers_are_companies_not_outlets() {
        // Unlike a newspaper, a studio is not cited as a source: no word of its business needed.
        assert_eq!(found("Netflix a dévoilé sa nouvelle série."), ["Netflix"]);
        assert!(found("La série est diffusée sur Netflix.").is_empty());
        // Its works are objects.
        assert!(found("Elle tourne un film Marvel à Londres.").is_empty());
        assert_eq!(found("Marvel a repoussé la sortie du film."), ["Marvel"]);
        // `aux éditions` introduces a publisher whose name is shared.
        assert_eq!(found("Son livre paraît aux éditions Fayard."), ["Fayard"]);
        assert!(found("Il a croisé Fayard hier.").is_empty());
    }

    #[test]
    fn a_card_of_a_brand_is_an_object() {
        assert!(found("Il a payé l'essence avec la carte Total de son cousin.").is_empty());
        assert_eq!(
            found("Le groupe Total lance une carte pour ses clients."),
            ["TotalEnergies"]
        );
    }

    #[test]
    fn an_outlet_attacked_is_an_actor_but_not_a_molotov_cocktail() {
        assert_eq!(
            found("L'attentat contre Bloomberg a fait douze morts."),
            ["Bloomberg"]
        );
        assert!(found("Ils ont mené une attaque au cocktail Molotov.").is_empty());
    }

    #[test]
    fn a_cue_in_apposition_makes_a_maker_the_company() {
        assert_eq!(
            found("Ils ont ouvert une enquête visant Tesla, le constructeur californien."),
            ["Tesla"]
        );
        assert!(found("Ils ont ouvert une enquête visant Tesla.").is_empty());
    }

    #[test]
    fn a_name_in_brackets_right_after_a_company_is_one_too() {
        let recognizer = recognizer_of(
            "Iliad\t\t\tFR\ttelecoms\t\t\n\
             Free\t\t\tFR\ttelecoms\tIliad\tFree=word,generic\n",
        );
        assert_eq!(
            found_by(
                &recognizer,
                "Il est associé au fondateur d'Iliad (Free) Xavier Niel."
            ),
            ["Iliad", "Free"]
        );
        // Not without a company before the bracket.
        assert!(found_by(&recognizer, "Le forfait (Free) coûte deux euros.").is_empty());
    }

    #[test]
    fn a_company_named_again_still_confirms_its_neighbours_in_a_list() {
        let recognizer = recognizer_of(
            "Volkswagen\tVW\t\tDE\tautomotive\t\t\n\
             Karmann\t\t\tDE\tautomotive\t\tKarmann=person,generic\n\
             Unilever\t\t\tGB\tconsumer-goods\t\t\n\
             Ben & Jerry's\t\t\tUS\tfood-beverage\tUnilever\t\n\
             Patagonia\t\t\tUS\tconsumer-goods\t\tPatagonia=place,generic\n",
        );
        // Volkswagen is settled by the first sentence, so its second mention is not read again;
        // Karmann, listed beside it, is confirmed by it all the same.
        assert_eq!(
            found_by(
                &recognizer,
                "Volkswagen a lancé la Golf en 1974. Elle fut développée par VW et Karmann, \
                 un carrossier d'Osnabrück."
            ),
            ["Volkswagen", "Karmann"]
        );
        // A company named in a note between two names does not break the list.
        assert_eq!(
            found_by(
                &recognizer,
                "Unilever suspend ses publicités. Ben & Jerry's (glacier appartenant à \
                 Unilever), Patagonia et d'autres l'imitent."
            ),
            ["Unilever", "Ben & Jerry's", "Patagonia"]
        );
    }

    #[test]
    fn a_list_confirmed_at_one_end_is_confirmed_to_the_other() {
        let recognizer = recognizer_of(
            "Lime\t\t\tUS\ttransport-logistics\t\tLime=word,generic\n\
             Bird\t\t\tUS\ttransport-logistics\t\tBird=word,generic\n\
             Dott\t\t\tNL\ttransport-logistics\t\t\n",
        );
        // Bird is confirmed by Dott beside it, and Lime by Bird in turn.
        assert_eq!(
            found_by(&recognizer, "Ont signé la charte : Lime, Bird, Dott."),
            ["Lime", "Bird", "Dott"]
        );
        assert!(found_by(&recognizer, "Ont signé la charte : Lime, Bird.").is_empty());
    }

    #[test]
    fn a_maker_s_name_ending_in_group_is_the_company_not_a_car() {
        let recognizer = recognizer_of("Volkswagen\tVolkswagen Group\t\tDE\tautomotive\t\t\n");
        let found = |text: &str| found_by(&recognizer, text);
        assert_eq!(
            found("Bram Schot quittera de son côté Volkswagen Group à la fin du mois."),
            ["Volkswagen"]
        );
        assert!(found("Il quittera de son côté sa Volkswagen au garage.").is_empty());
    }

    #[test]
    fn someone_s_kin_is_a_person() {
        let recognizer = recognizer_of("Sephora\t\t\tFR\tretail\t\tSephora=person\n");
        let found = |text: &str| found_by(&recognizer, text);
        assert!(
            found("Dans les tribunes, Sephora, compagne de Kingsley Coman, applaudit.").is_empty()
        );
        assert!(found("On y croise Sephora, la fille d'un joueur.").is_empty());
        assert_eq!(
            found("Sephora, filiale de LVMH, ouvre un magasin."),
            ["Sephora"]
        );
        // Who someone is, in apposition: `une étudiante`, `un retraité`.
        assert!(
            found("« C'est injuste », a dit Sephora, une étudiante venue de Dakar.").is_empty()
        );
        assert_eq!(
            found("Sephora, une enseigne de LVMH, ouvre un magasin."),
            ["Sephora"]
        );
    }

    #[test]
    fn a_double_barrelled_family_name_is_someone() {
        let recognizer = recognizer_of(
            "Lafarge\t\t\tFR\tmaterials-mining\t\tLafarge=person\n\
             Nissan\t\t\tJP\tautomotive\t\t\n\
             Renault\t\t\tFR\tautomotive\t\tRenault=person\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Le patron d'Alstom, Henri Poupart-Lafarge, a répondu.").is_empty());
        // Even a name the gazetteer does not call a family name, as `Chevrolet` in
        // `Philippe Moreau-Chevrolet`.
        assert!(found("Selon l'analyste Philippe Moreau-Nissan, le ton change.").is_empty());
        assert_eq!(
            found("L'alliance Renault-Nissan vend dix millions de voitures."),
            ["Renault", "Nissan"]
        );
    }

    #[test]
    fn the_last_of_three_words_after_a_first_name_or_a_civil_title_is_someone() {
        let recognizer = recognizer_of(
            "Chevrolet\t\t\tUS\tautomotive\t\t\n\
             SNCF\t\t\tFR\ttransport-logistics\t\t\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Pour Philippe Moreau Chevrolet, spécialiste en communication.").is_empty());
        assert!(
            found("Pas l'agitation, note M. Moreau Chevrolet. En matière de sécurité.").is_empty()
        );
        assert_eq!(found("Jean-Pierre Farandou SNCF a répondu."), ["SNCF"]);
        assert_eq!(
            found("Le constructeur Chevrolet rappelle des voitures."),
            ["Chevrolet"]
        );
    }

    #[test]
    fn a_place_followed_by_what_it_is_is_the_place() {
        let recognizer = recognizer_of(
            "Macquarie\tMacquarie Group\t\tAU\tfinancial-services\t\tMacquarie=place\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(
            found("Des cétacés se sont échoués dans Macquarie Harbour, en Tasmanie.").is_empty()
        );
        assert_eq!(
            found("La banque Macquarie Group a racheté un port."),
            ["Macquarie"]
        );
    }

    #[test]
    fn a_civil_title_names_a_person() {
        let recognizer = recognizer_of(
            "Abbott\tAbbott Laboratories\t\tUS\tpharma-health\t\tAbbott=person\n\
             Keurig Dr Pepper\tDr Pepper\t\tUS\tfood-beverage\t\t\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Surnommé Chef O, M. Abbott a fondé son restaurant en 2003.").is_empty());
        assert!(found("Selon Me Abbott, l'avocat de la famille, rien n'est joué.").is_empty());
        assert_eq!(
            found("Le laboratoire Abbott a lancé un test. M. Abbott n'y est pour rien."),
            ["Abbott"]
        );
        // A name that opens with the title is not after it.
        assert_eq!(
            found("Le fabricant Dr Pepper augmente ses prix."),
            ["Keurig Dr Pepper"]
        );
    }

    #[test]
    fn a_family_name_hyphenated_to_a_first_name_names_a_place() {
        let recognizer = recognizer_of(
            "Citroën\t\t\tFR\tautomotive\t\tCitroën=person\n\
             Nissan\t\t\tJP\tautomotive\t\t\n\
             Renault\t\t\tFR\tautomotive\t\tRenault=person\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Le président inaugure un monument au parc André-Citroën.").is_empty());
        // So does any name: a square named after someone.
        assert!(found("Le corps a été retrouvé place Jean-Nissan, près de la gare.").is_empty());
        // Still the company where the same article names it.
        assert_eq!(
            found("Au parc André-Citroën, Citroën expose ses voitures."),
            ["Citroën"]
        );
        assert_eq!(
            found("L'alliance Renault-Nissan vend dix millions de voitures."),
            ["Renault", "Nissan"]
        );
    }

    #[test]
    fn a_first_name_with_a_title_in_apposition_is_the_person() {
        let recognizer = recognizer_of(
            "Louis Dreyfus Company\tLouis Dreyfus\t\tNL\tagriculture\t\tLouis Dreyfus=person\n\
             Boeing\t\t\tUS\taerospace\t\t\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found(
            "Louis Dreyfus, le président de la coopérative des quotidiens, a proposé un plan."
        )
        .is_empty());
        // A title after a comma may open the next clause: the company stays.
        assert_eq!(
            found("Chez Boeing, le directeur général a réduit son salaire."),
            ["Boeing"]
        );
        assert_eq!(
            found("Le négociant Louis Dreyfus, premier acheteur de blé, a signé."),
            ["Louis Dreyfus Company"]
        );
    }

    #[test]
    fn a_name_inside_a_town_name_is_the_town() {
        let recognizer = recognizer_of(
            "Onet\t\t\tFR\tbusiness-services\t\t\n\
             Neste\t\t\tFI\toil-gas\t\t\n\
             Moët & Chandon\tMoët-et-Chandon\t\tFR\tconsumer-goods\t\t\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Une enquête vise l'Ehpad La Rossignole d'Onet-le-Château.").is_empty());
        assert!(found("Le maire de Saint-Laurent-de-Neste ferme un centre des impôts.").is_empty());
        // The company's own hyphens are no town's.
        assert_eq!(
            found("La maison Moët-et-Chandon recrute et Onet nettoie la gare."),
            ["Moët & Chandon", "Onet"]
        );
    }

    #[test]
    fn a_first_name_before_a_family_name_is_someone() {
        let recognizer = recognizer_of(
            "Puy du Fou\t\t\tFR\ttravel-leisure\t\t\n\
             Nicolas\t\t\tFR\tretail\t\tNicolas=person,generic\n",
        );
        // Listed as if beside the park, the man stays a man.
        assert_eq!(
            found_by(
                &recognizer,
                "Le Puy du Fou rouvre. Le président du Puy du Fou, Nicolas de Villiers, a réagi."
            ),
            ["Puy du Fou"]
        );
        assert_eq!(
            found_by(&recognizer, "L'enseigne Nicolas ouvre cent magasins."),
            ["Nicolas"]
        );
    }

    #[test]
    fn a_head_s_title_does_not_make_a_shared_acronym_a_company() {
        let recognizer =
            recognizer_of("Institut CSA\tCSA\t\tFR\tbusiness-services\t\tCSA=generic\n");
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Il sera reçu lundi par le nouveau président du CSA.").is_empty());
        assert!(found("Les dirigeants du CSA se réunissent.").is_empty());
        assert_eq!(
            found("Le PDG du CSA commente le sondage CSA."),
            ["Institut CSA"]
        );
    }

    #[test]
    fn a_head_s_title_does_not_make_a_common_word_a_company() {
        let recognizer = recognizer_of(
            "Budget\t\t\tUS\ttransport-logistics\t\tBudget=word\n\
             Lime\t\t\tUS\ttransport-logistics\t\tLime=word\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("L'actuelle directrice du Budget a chiffré la mesure.").is_empty());
        // A general manager heads a company, and so does a chief executive.
        assert_eq!(found("Le directeur général de Lime l'a dit."), ["Lime"]);
        assert_eq!(found("Le PDG de Budget l'a dit."), ["Budget"]);
    }

    #[test]
    fn a_chain_named_by_its_trade_is_a_company() {
        let recognizer = recognizer_of(
            "Habitat\t\t\tFR\tretail\t\tHabitat=word,generic\n\
             Italo\tNTV\t\tIT\ttransport-logistics\t\tNTV=generic\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert_eq!(
            found("Il siège au conseil de la chaîne d'ameublement Habitat."),
            ["Habitat"]
        );
        assert_eq!(found("La chaîne de magasins Habitat ferme."), ["Habitat"]);
        // A channel is named so too: not the train operator.
        assert!(found("Il parle sur la chaîne de télévision NTV.").is_empty());
    }

    #[test]
    fn a_band_named_after_a_company_is_no_company() {
        assert!(found("L'ancien batteur du groupe Toyota est hospitalisé.").is_empty());
        assert!(found("Le groupe de rock Toyota remonte sur scène.").is_empty());
        assert_eq!(
            found("Le patron du groupe Toyota est hospitalisé."),
            ["Toyota"]
        );
    }

    #[test]
    fn a_name_listed_between_people_is_a_person_s() {
        let recognizer = recognizer_of("Ecco\t\t\tDK\tconsumer-goods\t\t\n");
        let found = |text: &str| found_by(&recognizer, text);
        assert!(
            found("Restent en lice Frédéric Longbois, Ecco, Betty Patural et Maëlle.").is_empty()
        );
        assert!(found("Sur scène : Nicolas, Ecco et Marie.").is_empty());
        assert_eq!(
            found("Nicolas Martin, Ecco et la mairie ont signé."),
            ["Ecco"]
        );
    }

    #[test]
    fn a_union_an_association_or_a_foundation_named_after_its_noun_is_no_company() {
        let recognizer = recognizer_of(
            "Synergie\t\t\tFR\tbusiness-services\t\tSynergie=word\n\
             Air France\t\t\tFR\ttransport-logistics\t\t\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Pour le patron du syndicat Synergie, la police est conspuée.").is_empty());
        assert!(found("L'association Synergie a porté plainte.").is_empty());
        // A company's foundation is a body of its own: `la fondation Vinci Autoroutes`.
        assert!(found("Selon le baromètre de la fondation Air France, on roule vite.").is_empty());
        // The unions of a company are the company's.
        assert_eq!(
            found("Les syndicats d'Air France appellent à la grève."),
            ["Air France"]
        );
        assert_eq!(
            found("Le groupe Synergie recrute des intérimaires."),
            ["Synergie"]
        );
    }

    #[test]
    fn a_shared_name_listed_next_to_a_company_is_one() {
        assert_eq!(
            found("Les annonceurs EDF (énergie), Habitat et Toyota se retirent."),
            ["EDF", "Habitat", "Toyota"]
        );
        assert_eq!(
            found("Toyota et Habitat se retirent."),
            ["Toyota", "Habitat"]
        );
        assert!(found("Ils ont acheté Habitat.").is_empty());
        // Not a list: another clause.
        assert_eq!(found("Toyota recrute. Habitat ferme."), ["Toyota"]);
    }

    #[test]
    fn an_acronym_in_brackets_abbreviates_the_name_before_it() {
        // EDF's acronym, spelt by another body's name.
        assert!(found("Selon l'Europe Durable des Finances (EDF), la dette monte.").is_empty());
        assert_eq!(
            found("Selon le rapport annuel (EDF), la dette monte."),
            ["EDF"]
        );
        // Spelt out once, the acronym keeps that sense in the whole article, cues or not.
        assert!(found(
            "L'Europe Durable des Finances (EDF) publie un rapport. Le président de l'EDF \
             s'inquiète de la dette."
        )
        .is_empty());
        // Unless it spells out the company's own name.
        assert_eq!(
            found("Électricité de France (EDF) publie ses comptes. Le groupe EDF investit."),
            ["EDF"]
        );
        // A name inside a longer one the acronym abbreviates is that other body's.
        assert!(found("L'Association des victimes de Toyota (AVT) a porté plainte.").is_empty());
        // A long name, read far enough back; and one whose acronym leaves words out.
        assert!(found(
            "Cela a fait réagir l'Ensemble des directeurs de la formation (EDF), qui écrit au \
             président de l'EDF."
        )
        .is_empty());
        assert!(found(
            "Les tableaux sont signalés à l'Entité de défense contre le trafic des faux (EDF). Le \
             président de l'EDF a parlé."
        )
        .is_empty());
    }

    #[test]
    fn platforms_listed_after_a_medium_are_media_too() {
        assert!(found("La rumeur court sur Twitter, Instagram et Facebook.").is_empty());
        assert_eq!(
            found("Twitter, Instagram et Facebook sont accusés."),
            ["Twitter", "Instagram", "Meta"]
        );
    }

    #[test]
    fn a_count_before_a_maker_makes_its_cars() {
        assert!(found("Il a acheté deux Bugatti et une villa.").is_empty());
        assert!(found("La vente compte 12 Bugatti.").is_empty());
        assert!(found("Un hacker a démonté des Bugatti accidentées.").is_empty());
        assert_eq!(found("En 2019, Bugatti a vendu 80 voitures."), ["Bugatti"]);
    }

    #[test]
    fn a_channel_is_named_by_what_it_is_unless_something_is_shown_on_it() {
        assert_eq!(
            found("La chaîne TF1 a été condamnée à une amende."),
            ["TF1", "Bouygues"]
        );
        assert!(found("Le match est diffusé sur la chaîne TF1 a-t-on appris.").is_empty());
        // A platform's channel is where videos are posted.
        assert!(found("La chaîne Twitter du club a été suspendue.").is_empty());
    }

    #[test]
    fn a_nationality_as_a_noun_introduces_a_company() {
        assert_eq!(
            found("Les ventes du japonais Mitsui progressent."),
            ["Mitsui & Co."]
        );
        assert!(found("Les ventes de Mitsui progressent.").is_empty());
        // `familial` describes, it names no nationality.
        assert!(found("Le familial Mitsui progresse.").is_empty());
    }

    #[test]
    fn a_person_named_in_a_story_on_the_media_business_is_not_the_outlet() {
        let gazetteer = format!("{SAMPLE}Marianne\t\t\tFR\tmedia\t\tMarianne=person,generic\n");
        let recognizer = recognizer_of(&gazetteer);
        let found = |text: &str| found_by(&recognizer, text);
        let ratings = "La télévision a gagné des téléspectateurs en mai, dit Médiamétrie, et les \
                       audiences des chaînes progressent. Le Parisien, Bloomberg et TF1 en \
                       profitent.";
        let host =
            format!("{ratings} Marianne James présente l'émission. Trop de Marianne tue Marianne, dit-elle.");
        assert!(
            !found(&host).contains(&"Marianne".to_string()),
            "{:?}",
            found(&host)
        );
        // Without the person, the outlet is one of the trade's players.
        let outlet = format!("{ratings} Marianne en profite aussi.");
        assert!(
            found(&outlet).contains(&"Marianne".to_string()),
            "{:?}",
            found(&outlet)
        );
    }

    #[test]
    fn outlets_in_an_article_on_the_media_business_are_actors() {
        let story = "Le rachat des quotidiens inquiète la rédaction. Les actionnaires et les \
                     salariés attendent les éditeurs de presse et leur plan. On y trouve Le \
                     Parisien, Bloomberg et TF1.";
        assert_eq!(
            found(story),
            // TF1's owner rolls up too.
            [
                "Le Parisien",
                "Groupe Les Echos",
                "Bloomberg",
                "TF1",
                "Bouygues"
            ]
        );
        assert!(found("On y trouve Le Parisien, Bloomberg et TF1.").is_empty());
        // One outlet is not enough to tell a story about the trade from one citing the press.
        let one = "Le rachat des quotidiens inquiète la rédaction. Les actionnaires et les \
                   salariés attendent les éditeurs de presse et leur plan. On y lit Bloomberg.";
        assert!(found(one).is_empty());
        // A story on ratings is about the channels' business too.
        let ratings = "La télévision a gagné des téléspectateurs en mai, dit Médiamétrie, et les \
                       audiences des chaînes progressent. Le Parisien, Bloomberg et TF1 en \
                       profitent.";
        assert_eq!(
            found(ratings),
            [
                "Le Parisien",
                "Groupe Les Echos",
                "Bloomberg",
                "TF1",
                "Bouygues"
            ]
        );
        // Printing plants and distribution are the press's business too.
        let printing = "Les salariés des imprimeries de quotidiens bloquent la distribution \
                        des journaux aux kiosques. Le Parisien, Bloomberg et TF1 sont touchés.";
        assert_eq!(found(printing).len(), 5, "{:?}", found(printing));
        // An outlet quoted is cited, a date between the verb and its name or not.
        let dated = format!("{story} « Le plan est prêt », souligne jeudi 22 février Euronews.");
        assert_eq!(found(&dated).len(), 5, "{:?}", found(&dated));
        // So is one whose poll or study is quoted, though a poll names a pollster.
        let poll = format!("{story} Selon un sondage d'Euronews, la confiance recule.");
        assert_eq!(found(&poll).len(), 5, "{:?}", found(&poll));
        // One outlet named again and again is the subject of a story on the trade.
        let subject = "La rédaction et les actionnaires de la presse attendent le plan des \
                       éditeurs pour les salariés. Bloomberg reste en kiosque. Bloomberg change \
                       de format.";
        assert!(found(subject).is_empty());
        let again = format!("{subject} Bloomberg garde ses lecteurs.");
        assert_eq!(found(&again), ["Bloomberg"]);
        // So are closures and budgets: `l'arrêt d'une chaîne`, `des économies`.
        let closures = "La fermeture de la chaîne et la suppression d'une radio sont au budget \
                        de la télévision publique. Le Parisien, Bloomberg et TF1 en parlent.";
        assert_eq!(found(closures).len(), 5, "{:?}", found(closures));
        // Freelance journalists are the newsroom's staff: a strike over cuts is the trade's.
        let strike = "Les journalistes et les pigistes de la rédaction font grève contre la \
                      suppression de postes et le plan d'économies. Le Parisien, Bloomberg et \
                      TF1 sont touchés.";
        assert_eq!(found(strike).len(), 5, "{:?}", found(strike));
        // A verb past a comma is not the outlet's: `…et de Bloomberg, ont affirmé les syndicats`.
        let comma = "Le rachat des quotidiens inquiète la rédaction. Les actionnaires et les \
                     salariés attendent les éditeurs de presse et leur plan. Les équipes du \
                     Parisien, de TF1 et de Bloomberg, ont affirmé les syndicats, s'inquiètent.";
        assert_eq!(found(comma).len(), 5, "{:?}", found(comma));
        // Hosts moving between channels are the trade's staffing news: the channels employ them.
        let hiring = "La présentatrice du journal de la chaîne quitte la rédaction : la \
                      télévision rivale la débauche pour remplacer son joker. Le Parisien, \
                      Bloomberg et TF1 commentent.";
        assert_eq!(found(hiring).len(), 5, "{:?}", found(hiring));
    }

    #[test]
    fn a_title_that_is_a_common_word_opening_a_sentence_before_a_preposition_is_the_word() {
        let gazetteer = format!("{SAMPLE}Focus\t\t\tDE\tmedia\t\tFocus=word,generic\n");
        let recognizer = recognizer_of(&gazetteer);
        let found = |text: &str| found_by(&recognizer, text);
        let ratings = "La télévision a gagné des téléspectateurs en mai, dit Médiamétrie, et les \
                       audiences des chaînes progressent. Le Parisien, Bloomberg et TF1 en \
                       profitent.";
        let word = format!("{ratings} Focus sur les présentateurs qui font ces audiences.");
        assert!(
            !found(&word).contains(&"Focus".to_string()),
            "{:?}",
            found(&word)
        );
        // Acting, the magazine is one of the trade's players.
        let magazine = format!("{ratings} Focus gagne aussi des lecteurs.");
        assert!(
            found(&magazine).contains(&"Focus".to_string()),
            "{:?}",
            found(&magazine)
        );
    }

    #[test]
    fn platforms_the_news_writes_in_are_companies_when_they_act() {
        assert!(found("La théorie qui agite Twitter fait rire.").is_empty());
        assert!(found("Le rappeur tourne un clip, YouTube le diffusera.").is_empty());
        assert_eq!(
            found("Twitter a masqué un message du président."),
            ["Twitter"]
        );
        assert_eq!(found("Il dénonce les règles de Twitter."), ["Twitter"]);
        assert_eq!(found("Le géant YouTube perd des annonceurs."), ["YouTube"]);
        // Listed with a company, a platform is one too.
        assert!(found("Elle protège Microsoft, Twitter ou Zoom.").contains(&"Zoom".to_string()));
        // A platform's business words are not a newspaper's: this one is cited.
        assert!(found("Euronews signale un accident.").is_empty());
        // What is done by a platform is done by the company; what goes through it is not.
        assert_eq!(found("Sa page a été bloquée par Twitter."), ["Twitter"]);
        assert_eq!(found("Le clip, retiré par YouTube, circule."), ["YouTube"]);
        assert!(found("Le clip circule via YouTube.").is_empty());
        // A message sent by a platform went through it.
        assert!(found("Il l'a dit dans un message envoyé à l'AFP par Twitter.").is_empty());
    }

    /// Facebook and Instagram, like Twitter, are mostly where news is posted: the built-in
    /// gazetteer flags them so, and they are the company only when they act.
    #[test]
    fn builtin_social_networks_are_companies_when_they_act() {
        let builtin = CompanyRecognizer::builtin();
        let found = |text: &str| found_in(&builtin, "", text);
        for text in [
            "Le rappeur bat un record Instagram avec son retour.",
            "La photo fait le tour de Twitter et Facebook depuis lundi.",
            "Elle s'est servie d'Instagram pour répondre à ses fans.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        assert_eq!(
            found("Le groupe a été suspendu par Facebook en mai 2019."),
            ["Meta"]
        );
        assert_eq!(
            found("Instagram a supprimé les comptes du rappeur en 2019."),
            ["Instagram", "Meta"]
        );
        assert_eq!(
            found("Facebook lance une campagne pour le vote en 2019."),
            ["Meta"]
        );
    }

    #[test]
    fn a_picture_credit_is_no_news_of_the_company() {
        assert!(found("Le modèle sera exposé au salon.Crédit photo : Tesla").is_empty());
        assert!(found("Une voiture rare. Crédits images : Tesla").is_empty());
        assert_eq!(
            found("Le constructeur Tesla livre enfin. Crédit photo : Tesla"),
            ["Tesla"]
        );
        // A caption names what is pictured.
        assert!(found("La course est reportée à septembre.Photo : Tesla Model S").is_empty());
    }

    #[test]
    fn common_words_inside_other_names_are_not_companies() {
        assert!(found("Un analyste chez BMO Capital Markets le confirme.").is_empty());
        assert!(found("Le ministre de l'Habitat et du Logement parle.").is_empty());
        assert!(found("Il publie dans Public Habitat Review.").is_empty());
        assert!(found("Sa filiale T-Habitat conçoit des puces.").is_empty());
        assert_eq!(found("L'enseigne Habitat ferme dix magasins."), ["Habitat"]);
    }

    #[test]
    fn a_name_given_to_a_person_keeps_that_sense_through_the_article() {
        assert!(found(
            "L'humoriste Jean-Marie Ferrari est candidat. Ferrari a expliqué son programme."
        )
        .is_empty());
        // A cue still makes the company of another mention.
        assert_eq!(
            found("Enzo Ferrari fonda la marque. Le constructeur Ferrari a vendu 10 000 voitures."),
            ["Ferrari"]
        );
        // A deal says it is the company: `la revente à Ford`.
        assert_eq!(
            found("Ce n'est qu'après la revente à Ferrari que le modèle a changé."),
            ["Ferrari"]
        );
        assert!(found("Ce n'est qu'après la visite à Ferrari que le modèle a changé.").is_empty());
        // A capitalised word after a lower-case one is a first name too.
        assert!(found("Le pilote Niki Ferrari gagne. Ferrari a parlé.").is_empty());
        // Only a first name makes a person: `Classic Recreations Ferrari` is not one.
        assert_eq!(
            found("Le préparateur Classic Recreations Ferrari expose. Ferrari a vendu plus."),
            ["Ferrari"]
        );
    }

    #[test]
    fn a_shared_name_takes_the_sector_of_the_companies_around_it() {
        assert_eq!(
            found("L'alliance Toyota-Mitsubishi dévoile un plan."),
            ["Toyota", "Mitsubishi Motors"]
        );
        assert!(found("Mitsubishi a parlé.").is_empty());
        assert_eq!(found("Le groupe Mitsubishi a parlé."), ["Mitsubishi"]);
        // A cue confirms the name, not which company bears it: among carmakers, the carmaker.
        assert_eq!(
            found("Le constructeur Mitsubishi s'allie à Toyota."),
            ["Mitsubishi Motors", "Toyota"]
        );
        assert_eq!(found("Le constructeur Mitsubishi a parlé."), ["Mitsubishi"]);
        // The group's own alias names the group whatever the sector.
        assert_eq!(
            found("Le groupe Mitsubishi s'allie à Toyota."),
            ["Mitsubishi", "Toyota"]
        );
    }

    #[test]
    fn a_shared_name_in_its_own_sector_is_its_own() {
        let recognizer = recognizer_of(
            "Hyundai Motor\tHyundai\t\tKR\tautomotive\t\tHyundai=generic\n\
             Hyundai Heavy Industries\t\t\tKR\tindustrials\t\t\n\
             Toyota\t\t\tJP\tautomotive\t\t\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert_eq!(
            found("Toyota progresse, quand les ventes de Hyundai reculent."),
            ["Toyota", "Hyundai Motor"]
        );
        assert!(found("Les ventes de Hyundai reculent.").is_empty());
    }

    #[test]
    fn a_family_name_listed_next_to_a_company_is_one_unless_an_acronym() {
        let recognizer = recognizer_of(
            "Samsung Electronics\tSamsung\t\tKR\thardware\t\tSamsung=generic\n\
             Samsung Heavy Industries\t\t\tKR\tindustrials\t\t\n\
             Caisse des dépôts\tCDC\t\tFR\tfinancial-services\t\tCDC=generic\n\
             CDC Habitat\t\t\tFR\tconstruction-realestate\t\t\n\
             Boeing\t\t\tUS\taerospace-defence\t\t\n\
             Pfizer\t\t\tUS\tpharma-health\t\t\n",
        );
        let found = |text| found_by(&recognizer, text);
        assert_eq!(
            found("Les batteries ont pris feu chez Samsung, Boeing ou Tesla."),
            ["Samsung Electronics", "Boeing"]
        );
        assert!(found("Samsung a pris feu.").is_empty());
        // `les CDC` listed with a drugmaker are the American agency.
        assert_eq!(
            found("Les CDC et Pfizer recommandent le rappel."),
            ["Pfizer"]
        );
    }

    #[test]
    fn a_shared_name_the_article_is_about_is_the_company_bearing_it_alone() {
        let recognizer = recognizer_of(
            "Rolls-Royce Holdings\tRolls-Royce\t\tGB\taerospace-defence\t\tRolls-Royce=generic\n\
             Rolls-Royce Motor Cars\t\t\tGB\tautomotive\t\t\n\
             Caisse des dépôts\tCDC\t\tFR\tfinancial-services\t\tCDC=generic\n\
             CDC Habitat\t\t\tFR\tconstruction-realestate\t\t\n",
        );
        let found = |title, body| found_in(&recognizer, title, body);
        // Named once, in passing: nothing tells which company.
        assert!(found("", "Les moteurs de Rolls-Royce équipent l'avion.").is_empty());
        assert_eq!(
            found(
                "Rolls-Royce supprime 9 000 emplois",
                "Le motoriste réduit ses coûts."
            ),
            ["Rolls-Royce Holdings"]
        );
        assert_eq!(
            found(
                "",
                "Rolls-Royce livre ses moteurs. Rolls-Royce recrute. Rolls-Royce investit."
            ),
            ["Rolls-Royce Holdings"]
        );
        // Written as a car, the name is the family's carmaker's.
        assert_eq!(
            found(
                "Rolls-Royce dévoile sa berline",
                "La Rolls-Royce Ghost arrive en mai."
            ),
            ["Rolls-Royce Motor Cars"]
        );
        // The article names another company of the family: the shared name may be either.
        assert_eq!(
            found(
                "Rolls-Royce supprime des emplois",
                "Rolls-Royce Motor Cars résiste."
            ),
            ["Rolls-Royce Motor Cars"]
        );
        // An acronym in capitals is shared with public bodies: `les CDC` are American.
        assert!(found(
            "CDC : nouvelles consignes",
            "Les CDC conseillent le masque."
        )
        .is_empty());
    }

    #[test]
    fn a_paragraph_repeated_many_times_finds_what_it_finds_once() {
        // Mentions that stay unsure are all kept until the article is read: weighing them must
        // not cost the square of their number (this took 30 s for 2 MB).
        let paragraph = "L'alliance Toyota-Mitsubishi, Ferrari et la Toyota sur le site Twitter. ";
        let once = found(paragraph);
        assert_eq!(found(&paragraph.repeat(30_000)), once);
        assert_eq!(once, ["Toyota", "Mitsubishi Motors", "Ferrari"]);
    }

    #[test]
    fn thousands_of_unknown_companies_are_each_guessed_once() {
        // Each guess is looked up among the others, not searched for (this took 100 s).
        let names: Vec<String> = (0..20_000)
            .map(|k| {
                let letters: String = [k / 17_576, k / 676 % 26, k / 26 % 26, k % 26]
                    .iter()
                    .map(|&n| char::from(b'a' + n as u8))
                    .collect();
                format!("Zx{letters}")
            })
            .collect();
        let text: String = names
            .iter()
            .chain(&names)
            .map(|n| format!("la société {n} a dit. "))
            .collect();
        let mentions = recognizer().recognize(&[], "", &text);
        assert_eq!(mentions.len(), 20_000);
        assert!(mentions.iter().all(|m| m.guessed));
    }

    #[test]
    fn a_group_named_like_its_channel_counts_only_in_the_news_of_its_business() {
        assert!(found("La série est diffusée ce soir sur TF1.").is_empty());
        assert!(found("Ce soir, TF1 lance la septième saison de la série.").is_empty());
        assert_eq!(
            found("Le groupe TF1 a publié ses comptes."),
            ["TF1", "Bouygues"]
        );
        assert_eq!(
            found("TF1 a racheté le producteur Newen."),
            ["TF1", "Bouygues"]
        );
    }

    #[test]
    fn names_inside_other_names_or_things_are_not_companies() {
        assert!(found("Le vice-président de Mitsui OSK Lines a parlé.").is_empty());
        assert_eq!(found("Le groupe Mitsui a signé."), ["Mitsui & Co."]);
        // A first name after a shared name opens a person's name, not a longer company's.
        assert_eq!(
            found("Le directeur de Mitsui Pierre Martin a signé."),
            ["Mitsui & Co."]
        );
        assert!(found("Une forme proche de la maladie de Kawasaki.").is_empty());
        assert_eq!(
            found("Kawasaki a livré dix rames."),
            ["Kawasaki Heavy Industries"]
        );
        assert!(found("Le professeur est visé par l'AP-HP.").is_empty());
        assert_eq!(found("HP a publié ses comptes."), ["HP Inc."]);
        let snam = recognizer_of(&format!("{SAMPLE}Snam\t\t\tIT\tutilities\t\t\n"));
        assert!(found_by(&snam, "Le Snam-HP a signé l'accord.").is_empty());
        assert_eq!(found_by(&snam, "Snam a signé l'accord."), ["Snam"]);
        let whirlpool = recognizer_of(&format!(
            "{SAMPLE}Whirlpool\t\t\tUS\tconsumer-goods\t\tWhirlpool=word\n\
             La Croix\t\t\tFR\tmedia\t\tLa Croix=word\n"
        ));
        // An elided word after a common-word name says where, as no family name does.
        assert_eq!(
            found_by(&whirlpool, "Il visite l'usine Whirlpool d'Amiens."),
            ["Whirlpool"]
        );
        assert!(found_by(&whirlpool, "Il salue Whirlpool Martin.").is_empty());
        // A colour after a common word qualifies the thing, whatever the cue before.
        assert!(found_by(&whirlpool, "Le directeur de la Croix rouge a parlé.").is_empty());
        assert_eq!(
            found_by(&whirlpool, "Le directeur de La Croix a parlé."),
            ["La Croix"]
        );
        let kinds = recognizer_of(&format!(
            "{SAMPLE}Puma\tPuma SE\t\tDE\tconsumer-goods\t\tPuma=word\n\
             Waze\t\t\tIL\tinternet\t\t\n\
             Dana\t\t\tUS\tautomotive\t\tDana=person,generic\n\
             PMU\t\t\tFR\ttravel-leisure\t\t\n\
             FDJ\tLa Française des jeux\t\tFR\ttravel-leisure\t\t\n"
        ));
        // `de type` names the kind of an object, but a platform so named is an example.
        assert!(found_by(&kinds, "Elle conduit un véhicule de type Puma.").is_empty());
        assert_eq!(found_by(&kinds, "Le groupe Puma vend."), ["Puma"]);
        assert_eq!(
            found_by(&kinds, "Il vise les applications de type Waze."),
            ["Waze"]
        );
        // A rare family name hyphenated to another is a compound, whatever the cue.
        assert!(found_by(&kinds, "Le directeur du centre Dana-Farber parle.").is_empty());
        assert_eq!(found_by(&kinds, "Le directeur de Dana parle."), ["Dana"]);
        // A chain's place near the scene is one place.
        assert!(found_by(&kinds, "Le café PMU voisin est évacué.").is_empty());
        assert_eq!(found_by(&kinds, "Le café PMU a fermé ses portes."), ["PMU"]);
        // Riders ride for a team named after its sponsor, not for the company.
        assert!(found_by(&kinds, "Un ancien coureur pro de la FDJ parle.").is_empty());
        assert_eq!(
            found_by(&kinds, "Un ancien directeur de la FDJ parle."),
            ["FDJ"]
        );
        let bourbon = recognizer_of(&format!(
            "{SAMPLE}Bourbon\t\t\tFR\ttransport-logistics\t\t\n\
             Casino\t\t\tFR\tretail\t\tCasino=word\n"
        ));
        // A palace named after a family is a building.
        assert!(found_by(&bourbon, "Il tonne dans les couloirs du palais Bourbon.").is_empty());
        assert_eq!(found_by(&bourbon, "Le groupe Bourbon vend."), ["Bourbon"]);
        // An English name goes on past `and`.
        assert!(found_by(&bourbon, "Le directeur du Bay Resort and Casino parle.").is_empty());
        assert_eq!(
            found_by(&bourbon, "Le directeur de Casino parle."),
            ["Casino"]
        );
        assert!(found("\"Le respect est dû à tous\" (Twitter).").is_empty());
        assert!(found("Les stars le réclament sur leurs profils Instagram.").is_empty());
        assert!(found("Il l'a écrit sur le compte officiel Twitter du palais.").is_empty());
        assert!(found("La cagnotte a été lancée sur le site Twitter hier.").is_empty());
        assert!(found("Il l'a montré dans une vidéo de Netflix.").is_empty());
        // A user leaves a platform; a host leaves a channel, its employer.
        assert!(found("Elle va quitter Twitter.").is_empty());
        assert_eq!(found("L'animateur va quitter TF1."), ["TF1", "Bouygues"]);
        assert_eq!(found("Le dernier jeu vidéo de Netflix sort."), ["Netflix"]);
        assert_eq!(found("Le site Twitter a été racheté."), ["Twitter"]);
        assert!(found("Le restaurant, étoilé au Michelin, a rouvert.").is_empty());
        assert!(found("Ils sont deux, sa femme Céline et lui.").is_empty());
        assert!(found("Le train arrive à la gare de Toyota.").is_empty());
        assert!(found("Le concert a lieu à la Toyota Arena.").is_empty());
        assert!(found("Il l'écrit dans le quotidien américain Bloomberg.").is_empty());
        assert!(found("En Avril, le président a parlé.").is_empty());
        assert_eq!(found("Le groupe Avril a racheté une huilerie."), ["Avril"]);
        assert!(found("Après les révélations du Parisien, il démissionne.").is_empty());
    }

    #[test]
    fn a_makers_model_is_a_product_unless_the_maker_is_named_too() {
        assert!(found("On y voit la superbe Koenigsegg Jesko.").is_empty());
        // A make after a model's number is its trim.
        let amg = recognizer_of("Mercedes-AMG\tAMG\t\tDE\tautomotive\t\t\n");
        assert!(found_by(&amg, "Le lot phare était une 560 SEL AMG de 1989.").is_empty());
        assert!(found_by(&amg, "La GLC 63 AMG reçoit un nouveau moteur.").is_empty());
        assert_eq!(
            found_by(&amg, "AMG a vendu 30 000 voitures."),
            ["Mercedes-AMG"]
        );
        // An engine bought from its maker, a concept car.
        assert!(found("Il reçoit un 4 cylindres 2.4 litres Toyota.").is_empty());
        assert!(found("Le public a célébré l'amusant concept Toyota.").is_empty());
        assert!(found("Elle dépasse les Bugatti Chiron et autre Koenigsegg Agera.").is_empty());
        assert!(found("L'enfant est monté dans la Koenigsegg du suspect.").is_empty());
        assert!(found("La police a fait exploser la Toyota.").is_empty());
        assert!(found("Aux enchères : Toyota 2000GT, Koenigsegg CC8S.").is_empty());
        // The model's number may follow its name.
        assert!(found("On vend une série de Toyota Supra A80 de 1998.").is_empty());
        // Listed right after a model, a maker written with its own is one of the cars.
        assert!(found("Elle affronte les Bugatti EB110 et Koenigsegg Agera.").is_empty());
        assert!(found("Elle bat les Koenigsegg CC8S, Toyota Supra et autres.").is_empty());
        assert_eq!(
            found("En 2019, Koenigsegg Automotive a vendu 20 voitures."),
            ["Koenigsegg"]
        );
        assert!(found("Il roule dans une vieille Toyota.").is_empty());
        assert!(found("Il garde son vieux 4x4 Toyota en Corse.").is_empty());
        assert_eq!(
            found("Il dépasse ses rivaux Toyota et Koenigsegg."),
            ["Toyota", "Koenigsegg"]
        );
        assert!(found("Il porte une robe Koenigsegg.").is_empty());
        // A cue after the model is about its owner.
        assert!(found("Le crash de l'Airbus A320 de la compagnie a fait 97 morts.").is_empty());
        assert!(found("La Bugatti Chiron est exposée à Londres.").is_empty());
        assert_eq!(
            found("La Bugatti Chiron est exposée. Le constructeur Bugatti s'en félicite."),
            ["Bugatti"]
        );
        assert_eq!(found("Bugatti rappelle 47 voitures."), ["Bugatti"]);
    }

    #[test]
    fn a_headline_opening_with_a_makers_model_is_the_makers_news() {
        let recognizer = recognizer();
        let in_article = |title: &str, body: &str| found_in(&recognizer, title, body);
        let body = "Elle arrive en concession en mars.";
        assert_eq!(
            in_article("La Toyota Supra passe au restylage", body),
            ["Toyota"]
        );
        assert_eq!(
            in_article("Nouvelle Bugatti Chiron Sport", body),
            ["Bugatti"]
        );
        assert_eq!(
            in_article("Koenigsegg Jesko : 1600 ch", body),
            ["Koenigsegg"]
        );
        // The same words in the story, a car without its model, a lot at auction: a car.
        assert!(in_article("Une livraison", "La Toyota Supra passe au restylage.").is_empty());
        assert!(in_article("La Koenigsegg du suspect retrouvée", body).is_empty());
        assert!(in_article("La Bugatti Chiron de Ronaldo aux enchères", body).is_empty());
        assert!(in_article("Il achète la Koenigsegg Jesko", body).is_empty());
        // A maker that is a family name too, before its model: not a person there.
        let family = recognizer_of("Bentley\tBentley Motors\t\tGB\tautomotive\t\tBentley=person\n");
        let in_article = |title: &str, body: &str| found_in(&family, title, body);
        assert_eq!(in_article("Bentley Bentayga Hybrid", body), ["Bentley"]);
        assert!(in_article("Enchères : Bentley Bentayga Hybrid", body).is_empty());
        assert!(in_article("Une vente", "Bentley Bentayga est son nom.").is_empty());
    }

    #[test]
    fn a_cue_after_a_shared_name_counts_only_when_it_opens_what_follows() {
        assert!(found("Il cite Mitsui et Jean Dupont, patron de la mairie.").is_empty());
        assert_eq!(
            found("Il cite Mitsui, le conglomérat japonais, en exemple."),
            ["Mitsui & Co."]
        );
        assert_eq!(found("Le conglomérat Mitsui recrute."), ["Mitsui & Co."]);
        // A network's manager is its operator: `RTE, le gestionnaire du réseau`.
        assert_eq!(
            found("Le courant est revenu, a dit Mitsui, le gestionnaire du réseau."),
            ["Mitsui & Co."]
        );
        assert_eq!(
            found("Selon un sondage Mitsui publié jeudi."),
            ["Mitsui & Co."]
        );
    }

    /// Names of the built-in gazetteer that French news mostly uses for something else.
    #[test]
    fn builtin_names_mostly_meaning_something_else_need_a_cue() {
        let builtin = CompanyRecognizer::builtin();
        let found = |text: &str| found_by(&builtin, text);
        for text in [
            "Assurant vouloir se faire plaisir, il a acheté une maison.",
            "Il a failli dénoncer les accords d'Evian en 1962.",
            "Des espèces découvertes dans la réserve marine des Galapagos.",
            "Une cagnotte Leetchi a été mise en ligne par le refuge.",
            // A payment platform holds money as Leetchi does: where it is, not who acts.
            "Les dons sont toujours sur le compte PayPal de la cagnotte.",
            "Les escrocs demandent de payer via PayPal.",
            // One hotel is where something happened; `les hôtels Accor` are the chain's.
            "Il a séjourné à l'hôtel Radisson Blu, près de la plage.",
            // A first name before a company's name makes it someone's.
            "La faim progresse, a noté Valeria Emmi, coordinatrice de l'ONG.",
            "L'avocate parisienne Géraldine Lesieur a déposé la demande.",
            "Elle chante tous les soirs au Caesars Palace de Las Vegas.",
            "Le député Paulo Fernando dos Santos a réagi, comme Aminata Koné.",
            "Les pilotes et les PNC négocient avec la direction.",
            "Il l'a dit lors d'une interview au JT de TF1 hier soir.",
            "Un air de variété française entre Goldman et Calogero.",
            "Le ministre décore Louis Dreyfus, président du directoire du Monde.",
            "Il l'inaugura avec un petit groupe de modèles Mercedes-Benz.",
            "Berlin n'exclut pas de geler le gazoduc Nord Stream 2.",
            "Des milliers de manifestants ont défilé dans le centre de Zurich.",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        assert_eq!(
            found("L'assureur Zurich relève ses prévisions."),
            ["Zurich Insurance Group"]
        );
        assert_eq!(
            found("Le laboratoire Galapagos a publié ses essais."),
            ["Galapagos"]
        );
        assert_eq!(
            found("La banque Goldman a conseillé l'acheteur."),
            ["Goldman Sachs"]
        );
        assert_eq!(
            found("Les magasins Dia passent sous la bannière de Carrefour."),
            ["DIA", "Carrefour"]
        );
        assert_eq!(
            found("La société Nord Stream 2 a obtenu son permis."),
            ["Nord Stream 2 AG", "Gazprom"]
        );
        assert_eq!(
            found("PayPal a racheté une start-up américaine."),
            ["PayPal"]
        );
        // A shared name after a capitalised word ends another name: `Fossum Capital Group` is
        // not the American fund.
        assert!(
            !found("La firme chinoise Fossum Capital Group a pris 20% du capital.")
                .contains(&"Capital Group".to_string())
        );
        assert_eq!(
            found("Le fonds américain Capital Group a pris 20% du capital."),
            ["Capital Group"]
        );
        // So does a common word: `Type R Continental` is a Bentley; but a year is no name.
        assert_eq!(
            found("Le constructeur Bentley expose une Type R Continental de 1952."),
            ["Bentley", "Volkswagen"]
        );
        assert_eq!(
            found("Depuis 2019 Total investit dans le solaire."),
            ["TotalEnergies"]
        );
        assert_eq!(found("Les hôtels Accor rouvrent en juin."), ["Accor"]);
        // A trade names the company as `constructeur` does.
        assert_eq!(
            found("Le loueur de voitures Hertz s'est placé en faillite."),
            ["Hertz"]
        );
    }

    /// The built-in gazetteer files the companies that serve the media apart from its outlets,
    /// and the groups that own outlets as groups: no words of their business are needed.
    #[test]
    fn builtin_media_groups_and_suppliers_are_no_outlets() {
        let builtin = CompanyRecognizer::builtin();
        let found = |text: &str| found_by(&builtin, text);
        assert_eq!(
            found("Les exemplaires sont confiés à France Messagerie, qui les livre en kiosque."),
            ["France Messagerie"]
        );
        assert_eq!(
            found("Plusieurs groupes, dont le québécois Québecor, se sont montrés intéressés."),
            ["Québecor"]
        );
        // A newspaper is still cited: its owner's name is not in the sentence.
        assert!(found("Selon le Daily Mail, la princesse était présente.").is_empty());
    }

    /// GLS, the parcel carrier, shares its name with a Mercedes model: it needs a cue.
    #[test]
    fn builtin_gls_is_a_car_model_unless_named_the_carrier() {
        let builtin = CompanyRecognizer::builtin();
        assert!(found_by(&builtin, "Les modèles GLE et GLS se vendent bien.").is_empty());
        assert_eq!(
            found_by(&builtin, "Le transporteur GLS recrute des livreurs."),
            ["GLS", "International Distributions Services"]
        );
    }

    /// The press writes the public broadcaster in the singular one time in twenty.
    #[test]
    fn builtin_france_televisions_in_the_singular() {
        let builtin = CompanyRecognizer::builtin();
        assert_eq!(
            found_by(
                &builtin,
                "Le groupe France télévision en a acheté pour ses salariés."
            ),
            ["France Télévisions"]
        );
    }

    /// CNews was i-Télé until February 2017, most often written `iTélé`.
    #[test]
    fn builtin_cnews_under_its_former_name() {
        let builtin = CompanyRecognizer::builtin();
        let found = |month: (u16, Option<u8>)| -> Vec<String> {
            let text = "La grève paralyse iTélé : les salariés refusent le plan de la direction.";
            builtin
                .recognize_at(Some(month), &[], "", text)
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(found((2016, Some(10))), ["CNews", "Canal+"]);
    }

    /// A subsidiary the news names whole is itself, and its group only by roll-up: the
    /// consultancy `Verisk Maplecroft` is not the analytics group `Verisk`.
    #[test]
    fn builtin_subsidiary_named_whole_is_itself() {
        let builtin = CompanyRecognizer::builtin();
        let text = "Pour un analyste du cabinet Verisk Maplecroft, le risque augmente.";
        assert_eq!(
            found_in(&builtin, "", text),
            ["Verisk Maplecroft", "Verisk"]
        );
        let own: Vec<String> = builtin
            .recognize_at(Some((2020, Some(7))), &[], "", text)
            .into_iter()
            .filter(|m| !m.rolled_up)
            .map(|m| m.name)
            .collect();
        assert_eq!(own, ["Verisk Maplecroft"]);
        // The group that owns a radio is named whole, the radio alone rolls up to it.
        let takeover = "Le groupe Maritima Médias reprend La Marseillaise.";
        assert_eq!(
            found_in(&builtin, "", takeover),
            ["Maritima Médias", "La Marseillaise"]
        );
        // AT&T's satellite television, named on its own in the news of its Venezuelan exit.
        let satellite = "Des dirigeants de DirecTV ont été arrêtés à Caracas.";
        assert_eq!(found_in(&builtin, "", satellite), ["DirecTV", "AT&T"]);
        // A group counts from the month it bought the company: La Provence was Bernard Tapie's
        // until CMA CGM bought it in 2022, Lenovo bought Motorola Mobility in 2014, Bugatti
        // Rimac was formed in 2021 and UBS took Credit Suisse over in 2023.
        let in_year = |year, text| -> Vec<String> {
            builtin
                .recognize_at(Some((year, Some(9))), &[], "", text)
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        let paper = "Le rachat du journal La Provence inquiète sa rédaction.";
        assert_eq!(in_year(2019, paper), ["La Provence"]);
        assert_eq!(in_year(2023, paper), ["La Provence", "CMA CGM"]);
        let phone = "Le fabricant Motorola Mobility lance un smartphone.";
        assert_eq!(in_year(2013, phone), ["Motorola Mobility"]);
        assert_eq!(in_year(2016, phone), ["Motorola Mobility", "Lenovo"]);
        let maker = "Le constructeur Bugatti dévoile une nouvelle hypercar.";
        assert_eq!(in_year(2019, maker), ["Bugatti"]);
        assert_eq!(in_year(2023, maker), ["Bugatti", "Bugatti Rimac"]);
        let bank = "La banque Credit Suisse supprime des postes.";
        assert_eq!(in_year(2018, bank), ["Credit Suisse"]);
        assert_eq!(in_year(2024, bank), ["Credit Suisse", "UBS"]);
        // The foundry was Renault's until 2022: an article of 2020 is not about its buyer.
        let foundry = "Renault envisage de fermer la Fonderie de Bretagne.";
        assert_eq!(in_year(2020, foundry), ["Renault", "Fonderie de Bretagne"]);
        // A media conglomerate is no channel: the news of its managers is its own.
        let resigned = "Le vice-président de NBCUniversal a démissionné mardi.";
        assert_eq!(
            found_in(&builtin, "", resigned),
            ["NBCUniversal", "Comcast"]
        );
        // The pollster's partner in `Odoxa-Dentsu Consulting`, its French consulting arm.
        let poll = "Selon un sondage Odoxa-Dentsu Consulting, le moral baisse.";
        assert_eq!(
            found_in(&builtin, "", poll),
            ["Odoxa", "Dentsu Consulting", "Dentsu"]
        );
    }

    #[test]
    fn a_place_of_one_word_after_an_article_is_the_place() {
        let recognizer = recognizer_of(
            "Berkshire Hathaway\tBerkshire\t\tUS\tfinancial-services\t\tBerkshire=place\n\
             Puy du Fou\t\t\tFR\ttravel-leisure\t\tPuy du Fou=place\n\
             Orange\t\t\tFR\ttelecoms\t\tOrange=word,place\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Le couple s'est marié dans le Berkshire, à l'ouest de Londres.").is_empty());
        assert!(found("La police du comté d'Orange a fouillé l'île.").is_empty());
        assert!(found("Il enseigne à l'université Berkshire depuis dix ans.").is_empty());
        assert!(found("Le cortège entre dans le cimetière Berkshire.").is_empty());
        assert_eq!(
            found("Berkshire a racheté des actions d'Apple."),
            ["Berkshire Hathaway"]
        );
        // A place of several words is named with its article.
        assert_eq!(
            found("Le Puy du Fou a accueilli deux millions de visiteurs."),
            ["Puy du Fou"]
        );
    }

    #[test]
    fn a_place_at_one_end_of_a_stretch_is_a_town() {
        assert!(found("Évitez l'A7 entre Lyon et Orange de 10h à 15h.").is_empty());
        // A town of several words first: the window of a name of the built-in gazetteer.
        let builtin = CompanyRecognizer::builtin();
        let lancon = "Évitez l'A7 entre Lançon-de-Provence et Orange de 10h à 15h.";
        assert!(found_by(&builtin, lancon).is_empty());
        assert!(found("Évitez l'A9 entre Orange et Narbonne.").is_empty());
        // The last of the places after a preposition.
        assert!(found("Les blessés ont été conduits vers Cavaillon et Orange.").is_empty());
        assert_eq!(
            found("La bataille entre Orange et ses rivaux. L'opérateur Orange baisse ses prix."),
            ["Orange"]
        );
    }

    #[test]
    fn a_plant_or_a_group_in_brackets_names_the_company() {
        assert_eq!(
            found("Elle bloque la raffinerie Orange de Fos."),
            ["Orange"]
        );
        assert_eq!(
            found("C'est une filiale de la laiterie Orange (Groupe Even)."),
            ["Orange"]
        );
        assert!(found("Il vit à Orange (Vaucluse) depuis dix ans.").is_empty());
        // Where a place lies, in brackets, is no cue either: a company is not placed so.
        assert!(found("La solidarité s'organise à Santiago, mais aussi Orange (nord).").is_empty());
        assert!(
            found("Les salariés d'Orange (sud-est) ont voté la grève de la mairie.").is_empty()
        );
    }

    #[test]
    fn a_name_opening_an_organisations_is_not_the_company() {
        assert!(found("Les centres de Toyota Association International soignent.").is_empty());
        assert!(found("Il a joué au Toyota club de football.").is_empty());
    }

    #[test]
    fn a_name_in_a_headline_in_capitals_is_a_word() {
        assert!(found("LE GRAND OUEST AVEC TOYOTA AÉROPORTS EST BIEN DOTÉ").is_empty());
        assert_eq!(found("Il a vendu des actions TOYOTA hier."), ["Toyota"]);
    }

    #[test]
    fn a_first_name_makes_any_name_a_persons() {
        assert!(found("Le député David Toyota a alerté le ministère.").is_empty());
        assert!(found("Le film de François Koenigsegg sort demain.").is_empty());
        // In that mention only: the company named elsewhere is still the company.
        assert_eq!(
            found("David Toyota le dit. Toyota rappelle des voitures."),
            ["Toyota"]
        );
        assert_eq!(found("Le groupe Toyota rappelle des voitures."), ["Toyota"]);
    }

    #[test]
    fn parts_and_objects_of_a_brand_are_not_its_maker() {
        assert!(found("La berline est chaussée de gommes Toyota.").is_empty());
        assert!(found("Elle reçoit un système de freinage Koenigsegg.").is_empty());
        // A part in brackets describes the name before it, not the one after.
        assert_eq!(
            found("Ses fournisseurs : Tesla (pneus), Koenigsegg (freins)."),
            ["Tesla", "Koenigsegg"]
        );
        assert!(
            found("Elle est équipée de suspensions Toyota et de jantes Koenigsegg.").is_empty()
        );
        assert!(found("Il possède un scooter électrique de marque Toyota.").is_empty());
        assert_eq!(
            found("Le fabricant japonais de pneus Toyota ferme son usine."),
            ["Toyota"]
        );
        assert_eq!(
            found("La marque Toyota a vendu plus de voitures."),
            ["Toyota"]
        );
        assert_eq!(
            found("Elle roule en pneus Michelin. Le groupe Michelin supprime des postes."),
            ["Michelin"]
        );
    }

    #[test]
    fn an_object_and_a_word_describing_it_before_a_brand_are_a_product() {
        assert!(found("La voiture est chaussée de pneumatiques slicks Toyota.").is_empty());
        assert!(found("Les disques sont mordus par des étriers Toyota.").is_empty());
        assert!(found("La voiture a des étriers de frein Toyota rouges.").is_empty());
        assert!(found("Il portait des baskets blanches Toyota.").is_empty());
        // Goods a trade deals in, a complement, a preposition: the name stays the company's.
        assert_eq!(
            found("Le fabricant chinois de téléphones portables Toyota recrute."),
            ["Toyota"]
        );
        assert_eq!(
            found("Ils dénoncent le modèle horrible de Toyota qui recrute."),
            ["Toyota"]
        );
        assert_eq!(
            found("Il a offert ce modèle à Toyota qui recrute."),
            ["Toyota"]
        );
    }

    #[test]
    fn a_profile_on_a_platform_is_a_medium() {
        let recognizer = recognizer_of("LinkedIn\t\t\tUS\tinternet\t\t\n");
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Elle préparait une thèse, selon sa fiche LinkedIn.").is_empty());
        assert!(found("Il a mis à jour son profil LinkedIn.").is_empty());
        assert!(found("Des messages circulent sur une page du forum LinkedIn.").is_empty());
        assert_eq!(found("LinkedIn supprime des postes."), ["LinkedIn"]);
    }

    #[test]
    fn what_was_removed_from_a_platform_was_posted_on_it() {
        let recognizer = recognizer_of(
            "Instagram\t\t\tUS\tinternet\t\t\n\
             Twitter\t\t\tUS\tinternet\t\t\n",
        );
        let found = |text: &str| found_by(&recognizer, text);
        assert!(found("Retiré entre-temps d'Instagram, le clip circulait.").is_empty());
        assert!(found("Il a retiré de Twitter son commentaire.").is_empty());
        assert_eq!(found("Instagram a retiré la vidéo."), ["Instagram"]);
    }

    #[test]
    fn where_an_app_or_a_film_is_found_is_no_actor() {
        let makers = recognizer_of(
            "Apple\t\t\tUS\thardware\t\t\n\
             Alphabet\t\t\tUS\tinternet\t\t\n\
             Google\t\t\tUS\tinternet\tAlphabet\t\n",
        );
        let found = |text| found_by(&makers, text);
        assert!(found("Une nouvelle version est sortie sur Apple et Android.").is_empty());
        assert!(found("L'appli se télécharge sur système Apple ou Android.").is_empty());
        assert_eq!(
            found("Elle sera dans les magasins d'applications de Google et d'Apple."),
            Vec::<String>::new()
        );
        assert!(found("Le film sort en salles et sur Apple TV+ en octobre.").is_empty());
        assert_eq!(found("Apple a lancé Apple TV+ en novembre."), ["Apple"]);
        assert_eq!(
            found("Apple et Google ont retiré l'application."),
            ["Apple", "Google", "Alphabet"]
        );
    }

    #[test]
    fn a_streamer_watched_is_where_films_are_shown() {
        let streamers = recognizer_of("Netflix\t\t\tUS\tentertainment\t\t\n");
        let found = |text| found_by(&streamers, text);
        assert!(found("Des gens qui regardent Netflix et zappent.").is_empty());
        assert!(found("Le soir, elle veut regarder Netflix.").is_empty());
        assert_eq!(found("Netflix a dévoilé sa nouvelle série."), ["Netflix"]);
    }

    #[test]
    fn a_platform_used_as_a_medium_is_not_an_actor() {
        assert!(found("Il l'a écrit sur Instagram et Facebook.").is_empty());
        assert!(found("Un utilisateur de Facebook a réagi.").is_empty());
        assert!(found("L'avocat de la star de Facebook a assuré qu'il était innocent.").is_empty());
        assert!(found("Ils ont créé un groupe Facebook.").is_empty());
        assert!(found("Il est l'un des fondateurs de ce groupe Facebook.").is_empty());
        assert!(found("D'autres groupes Facebook comptaient des membres.").is_empty());
        assert!(found("Il l'a dit dans un entretien accordé à Instagram.").is_empty());
        assert_eq!(
            found("Instagram a accordé un délai à ses clients."),
            ["Instagram", "Meta"]
        );
        assert!(found("Des messages sur la messagerie privée Facebook.").is_empty());
        assert!(found("Ils organisent des apéros-Facebook.").is_empty());
        assert_eq!(found("Le groupe Facebook a racheté WhatsApp."), ["Meta"]);
        // A group used, or named: one on the platform.
        assert!(found("Il a publié sur son groupe Facebook une pétition.").is_empty());
        assert!(found("Les membres du groupe Facebook ont voté.").is_empty());
        assert!(found("Le groupe Facebook \"fater\" compte des milliers de membres.").is_empty());
        assert!(found("Selon le groupe Facebook Marseille Gilet Jaune, il a filmé.").is_empty());
        assert!(found("Le groupe Facebook appelé \"Vigilance\" réunit des bénévoles.").is_empty());
        // A kitty's site is where it is posted, unless the site decides or refunds.
        let kitties = recognizer_of("Leetchi\t\t\tFR\tinternet\t\tLeetchi=outlet\n");
        let kitty = |text| found_by(&kitties, text);
        assert!(kitty("Une cagnotte a été lancée sur le site spécialisé Leetchi.").is_empty());
        assert_eq!(
            kitty("La cagnotte a été fermée sur décision de Leetchi."),
            ["Leetchi"]
        );
        assert_eq!(
            kitty("La mairie a demandé un remboursement à Leetchi."),
            ["Leetchi"]
        );
        // Joining a media group is joining the company.
        assert_eq!(
            found("Elle est arrivée dans le groupe TF1 en mai."),
            ["TF1", "Bouygues"]
        );
        assert!(found("Il a créé l'événement Facebook « Tirez sur l'ouragan ».").is_empty());
        assert!(found("De nombreux usagers de Facebook ont pris sa défense.").is_empty());
        assert!(
            found("Ils ont suivi l'éclipse via les plateformes Facebook et YouTube.").is_empty()
        );
        // An example of a kind of platform is one of the trade.
        assert_eq!(
            found("Les annonces sont vendues par une plateforme comme Facebook."),
            ["Meta"]
        );
        // A series billed as an event is the streamer's own.
        assert_eq!(
            found("Il joue dans la série événement de Netflix."),
            ["Netflix"]
        );
    }

    #[test]
    fn names_are_found_wherever_the_capitals_are() {
        // After an elided article, after a hyphen, at the very start, in capitals, after
        // adjectives that stand between a company noun and an unknown name.
        assert_eq!(found("d’Alibaba"), ["Alibaba"]);
        assert_eq!(found("L'alliance Renault-Airbus"), ["Airbus"]);
        assert_eq!(found("EDF"), ["EDF"]);
        let mentions = recognizer().recognize(
            &[],
            "",
            "Un incendie chez l'entreprise familiale française Fabrikam.",
        );
        assert_eq!(mentions[0].name, "Fabrikam");
        assert!(mentions[0].guessed);
    }

    #[test]
    fn a_start_up_is_a_company_however_it_is_written() {
        let recognizer = recognizer_of("Lightyear\t\t\tNL\tautomotive\t\tLightyear=word,generic\n");
        for text in [
            "La start-up néerlandaise Lightyear a présenté un prototype.",
            "La startup Lightyear a présenté un prototype.",
        ] {
            assert_eq!(found_by(&recognizer, text), ["Lightyear"], "{text}");
        }
        // Without the noun, the name of a word needs more than a capital.
        assert!(found_by(&recognizer, "Le film Lightyear a présenté un héros.").is_empty());
    }

    #[test]
    fn a_subsidiary_rolls_up_only_from_the_month_it_was_bought() {
        let names = |month| -> Vec<String> {
            recognizer()
                .recognize_at(month, &[], "", "Instagram lance une application.")
                .into_iter()
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(names(Some((2011, Some(10)))), ["Instagram"]);
        assert_eq!(names(Some((2012, Some(4)))), ["Instagram", "Meta"]);
        assert_eq!(names(Some((2012, None))), ["Instagram", "Meta"]);
        assert_eq!(names(None), ["Instagram", "Meta"]);
    }

    #[test]
    fn listed_companies_are_normalised_and_kept() {
        let companies: Vec<String> = recognizer()
            .recognize(
                &["totalenergies".to_string(), "Acme Corp".to_string()],
                "",
                "",
            )
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(companies, ["TotalEnergies", "Acme Corp"]);
    }

    #[test]
    fn mentions_keep_the_name_the_article_used() {
        let mentions = recognizer().recognize(&[], "", "Le pétrolier Total et l'Alibaba Group");
        assert_eq!(
            mentions,
            [
                Mention {
                    name: "TotalEnergies".into(),
                    written: Some("Total".into()),
                    rolled_up: false,
                    guessed: false,
                },
                Mention {
                    name: "Alibaba".into(),
                    written: Some("Alibaba Group".into()),
                    rolled_up: false,
                    guessed: false,
                },
            ]
        );
    }
}
