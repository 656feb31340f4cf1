//! Feeds, press-database exports and tables, through the binary: the fixtures written for these
//! tests in `tests/data/formats/`, and the real exports in `../shared` (skipped when absent).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::Corpus;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/formats")
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap()
}

fn press_exports() -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/press-exports");
    if path.is_dir() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

/// Indexes `path` into `index` and returns stderr.
fn index(corpus: &Corpus, path: &Path, index: &str, extra: &[&str]) -> String {
    let mut args = vec!["index", path.to_str().unwrap(), "--index", index];
    args.extend_from_slice(extra);
    let run = corpus.veille(&args);
    run.ok();
    run.stderr()
}

/// Every article of an index, whole (`veille show --json`), by title.
fn articles(corpus: &Corpus, index: &str) -> Vec<Value> {
    let all = corpus
        .veille(&["search", "", "--json", "--limit", "1000", "--index", index])
        .json();
    all["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| {
            let id = hit["id"].as_str().unwrap();
            corpus
                .veille(&["show", id, "--json", "--index", index])
                .json()
        })
        .collect()
}

fn by_title<'a>(articles: &'a [Value], title: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no article '{title}'"))
}

fn companies(article: &Value) -> Vec<&str> {
    article["companies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect()
}

/// No markup, character reference or double-encoded character left in any title or text.
fn assert_clean(articles: &[Value]) {
    const GARBAGE: &[&str] = &[
        "<", ">", "&amp;", "&lt;", "&gt;", "&nbsp;", "&quot;", "&#", "Ã", "Â", "â€", "\u{fffd}",
    ];
    for article in articles {
        for field in ["title", "body"] {
            let text = article[field].as_str().unwrap();
            for garbage in GARBAGE {
                assert!(
                    !text.contains(garbage),
                    "{garbage:?} in the {field} of {}: {text}",
                    article["id"]
                );
            }
            assert!(
                !text.trim().is_empty(),
                "empty {field} in {}",
                article["id"]
            );
        }
    }
}

#[test]
fn every_format_reads_with_its_fields() {
    let corpus = Corpus::new();
    let stderr = index(&corpus, &fixtures(), "ix", &[]);
    assert!(
        stderr.contains(
            "indexed 16 articles (16 new, 0 updated, 0 unchanged), skipped 1 bad records"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("europresse-ancien.html: text double-encoded (UTF-8 read as Latin-1, such as 'Ã©' for 'é'); repaired"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "lexisnexis-en.html:34: document 2 has no article text; it only says: 'We are sorry"
        ),
        "{stderr}"
    );
    let articles = articles(&corpus, "ix");
    assert_eq!(articles.len(), 16);
    assert_clean(&articles);

    // (title, id, date, source, author, url, a company, start of the text) for one article of each file.
    let expected = [
        (
            "La fromagerie de Saint-Aubin recrute vingt salariés",
            "news·20060314·GR·0007",
            "2006-03-14",
            "La Gazette des Régions",
            "Hélène Marchand",
            None,
            None,
            "La fromagerie coopérative de Saint-Aubin annonce l’embauche",
        ),
        (
            "Le chantier naval livre son troisième ferry",
            "news·20160401·QD·a1b2c3",
            "2016-04-01",
            "Le Quotidien du Port",
            "Julien Le Goff",
            None,
            None,
            "Le chantier naval a livré jeudi",
        ),
        (
            "Renault et Nissan renforcent leur alliance",
            "JDIND00020060314e23e0001a",
            "2006-03-14",
            "Le Journal de l'Industrie",
            "Claire Dubois",
            None,
            Some("Nissan"),
            "Les deux constructeurs mettent en commun",
        ),
        (
            "Airbus réduit ses cadences de production",
            "AGEFI00020200421eg4l0001x",
            "2020-04-21",
            "L'Agence financière",
            "Marc Lefèvre",
            None,
            Some("Safran"),
            "L'avionneur abaisse d'un tiers",
        ),
        (
            "Orange étend la fibre dans les villages",
            "",
            "2006-03-14",
            "Le Moniteur des Entreprises",
            "Sophie Bernard",
            None,
            Some("SFR SA"),
            "Cinq cents communes raccordées",
        ),
        (
            "Local bakery chain; opens its tenth shop",
            "",
            "2006-03-14",
            "The Riverside Herald",
            "THOMAS GREEN",
            None,
            Some("Danone"),
            "The chain opened its tenth shop",
        ),
        (
            "TotalEnergies investit dans l’éolien en mer",
            "https://echo.example.org/2006/03/14/totalenergies-eolien",
            "2006-03-14",
            "L'Écho des Marchés & Entreprises",
            "Nathalie Roux",
            Some("https://echo.example.org/2006/03/14/totalenergies-eolien"),
            Some("TotalEnergies"),
            "Le groupe pétrolier annonce un parc éolien",
        ),
        (
            "Michelin & ses usines : le point",
            "https://carnet.example.org/michelin-usines",
            "2020-04-21",
            "Le Carnet de l'Industrie",
            "Pierre Garnier",
            Some("https://carnet.example.org/michelin-usines"),
            Some("Michelin"),
            "Le fabricant de pneus rouvre trois usines.",
        ),
        (
            "Danone cède sa filiale d'eaux minérales",
            "https://lettre.example.org/danone-eaux",
            "2006-03-14",
            "La Lettre agroalimentaire",
            "Anne Petit",
            Some("https://lettre.example.org/danone-eaux"),
            Some("Danone"),
            "Le groupe se recentre.",
        ),
    ];
    for (title, id, date, source, author, url, company, text) in expected {
        let article = by_title(&articles, title);
        if !id.is_empty() {
            assert_eq!(article["id"], id, "{title}");
        }
        assert_eq!(article["date"], date, "{title}");
        assert_eq!(article["source"], source, "{title}");
        assert_eq!(article["author"], author, "{title}");
        assert_eq!(article["url"].as_str(), url, "{title}");
        if let Some(company) = company {
            assert!(companies(article).contains(&company), "{title}: {article}");
        }
        assert!(
            article["body"].as_str().unwrap().starts_with(text),
            "{title}: {article}"
        );
    }
    // LexisNexis lists companies with their relevance: below 50% they are not the article's.
    let orange = by_title(&articles, "Orange étend la fibre dans les villages");
    assert!(
        !companies(orange).iter().any(|c| c.contains("Bouygues")),
        "{orange}"
    );

    // The author shows in the text output too.
    let text = corpus
        .veille(&["search", "fromagerie", "--index", "ix"])
        .ok();
    assert!(
        text.contains("2006-03-14 · La Gazette des Régions · Hélène Marchand"),
        "{text}"
    );
}

#[test]
fn a_feed_saved_again_updates_its_items_by_link() {
    let corpus = Corpus::new();
    corpus.file("corpus/echo.rss", fixture("echo.rss"));
    let first = corpus.index();
    assert!(first.contains("indexed 2 articles (2 new"), "{first}");
    // A later copy of the feed: one item rewritten, under the same link but a new guid.
    let later = String::from_utf8(fixture("echo.rss"))
        .unwrap()
        .replace("echo-2006-0314-01", "echo-2006-0314-01-v2")
        .replace("au large de la Bretagne", "au large de la Vendée");
    corpus.file("corpus/echo.rss", later);
    let second = corpus.index();
    assert!(
        second.contains("indexed 2 articles (0 new, 1 updated, 1 unchanged)"),
        "{second}"
    );
    assert_eq!(
        corpus.ids("Vendée", &[]),
        ["https://echo.example.org/2006/03/14/totalenergies-eolien"]
    );
    assert!(
        corpus.ids("Bretagne", &[]).is_empty(),
        "the old version is gone"
    );
}

#[test]
fn table_columns_are_named_with_field() {
    let corpus = Corpus::new();
    corpus.file(
        "corpus/revue.tsv",
        "Intitulé\tCorps du texte\tParu le\tJournal\n\
         Le port s'agrandit\tLe port ouvre un nouveau quai.\t14 mars 2006\tLe Quotidien du Port\n",
    );
    let without = corpus.veille(&["index"]);
    without.ok();
    assert!(
        without.stderr().contains("revue.tsv:1: no title or text column: the columns are Intitulé, Corps du texte, Paru le, Journal"),
        "{}",
        without.stderr()
    );
    assert!(
        without.stderr().contains("--field body=Contenu"),
        "{}",
        without.stderr()
    );

    let run = corpus.veille(&[
        "index",
        "--field",
        "body=Corps du texte",
        "--field",
        "date=Paru le",
        "--field",
        "title=Intitulé",
    ]);
    run.ok();
    assert!(
        run.stderr().contains("indexed 1 articles (1 new"),
        "{}",
        run.stderr()
    );
    let hit = &corpus.search("quai", &[])["hits"][0];
    assert_eq!(hit["title"], "Le port s'agrandit");
    assert_eq!(hit["date"], "2006-03-14");
    assert_eq!(hit["source"], "Le Quotidien du Port");

    let bad = corpus
        .veille(&["index", "--field", "corps=Contenu"])
        .fails();
    assert!(
        bad.contains("unknown field 'corps': the fields are id, title, body"),
        "{bad}"
    );
}

#[test]
fn a_cut_export_keeps_what_it_can_and_says_so() {
    let corpus = Corpus::new();
    for name in [
        "europresse.html",
        "factiva.html",
        "factiva.xml",
        "lexisnexis-fr.html",
        "echo.rss",
        "lettre.csv",
    ] {
        let text = String::from_utf8(fixture(name)).unwrap();
        // Cut two thirds in, on a character boundary.
        let mut cut = text.len() * 2 / 3;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        corpus.file(&format!("corpus/cut-{name}"), &text[..cut]);
    }
    let stderr = corpus.index();
    for name in [
        "europresse.html",
        "factiva.html",
        "factiva.xml",
        "lexisnexis-fr.html",
        "echo.rss",
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(&format!("cut-{name}")) && l.contains("cut short")),
            "{name}: {stderr}"
        );
    }
    // Every file still gives its complete articles.
    let total: u64 = stderr
        .lines()
        .find_map(|l| l.strip_prefix("indexed "))
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(total >= 7, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn an_html_page_of_unknown_layout_is_reported_not_indexed() {
    let corpus = Corpus::new();
    corpus.file(
        "corpus/page.html",
        "<!DOCTYPE html><html><head><title>Recette</title></head><body><p>Une tarte aux pommes.</p></body></html>",
    );
    corpus.file(
        "corpus/config.xml",
        "<?xml version=\"1.0\"?><project><name>x</name></project>",
    );
    corpus.file(
        "corpus/vide.rss",
        "<?xml version=\"1.0\"?><rss><channel><title>Vide</title></channel></rss>",
    );
    let stderr = corpus.index();
    assert!(
        stderr.contains(
            "corpus/page.html: an HTML page that is not a Europresse, Factiva or LexisNexis export"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/config.xml: XML whose root element is <project>: not an RSS or Atom feed nor a Factiva export (skipped)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/vide.rss: a feed without any <item>"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("indexed 0 articles (0 new, 0 updated, 0 unchanged), skipped 3 bad records"),
        "{stderr}"
    );
}

#[test]
fn the_shared_press_exports_index_whole_and_clean() {
    let Some(dir) = press_exports() else { return };
    let corpus = Corpus::new();
    // Articles per file (the LexisNexis "copyright error" file holds one article and one
    // document LexisNexis could not export).
    let counts = [
        ("europresse_test1.html", 3, 0),
        ("europresse_test2.html", 4, 0),
        ("factiva_test.html", 2, 0),
        ("factiva_test.xml", 3, 0),
        ("reut21578-factiva.xml", 19, 0),
        ("lexisnexis_test_fr.html", 3, 0),
        ("lexisnexis_test_en.html", 2, 0),
        ("lexisnexis_test_copyright_error.html", 1, 1),
    ];
    for (n, (name, articles, skipped)) in counts.into_iter().enumerate() {
        let stderr = index(&corpus, &dir.join(name), &format!("ix{n}"), &[]);
        assert!(
            stderr.contains(&format!(
                "indexed {articles} articles ({articles} new, 0 updated, 0 unchanged), skipped {skipped} bad records"
            )),
            "{name}: {stderr}"
        );
    }
    // The whole folder: those 37, and the Alceste text file read as plain text.
    let stderr = index(&corpus, &dir, "all", &[]);
    assert!(
        stderr.contains(
            "indexed 38 articles (38 new, 0 updated, 0 unchanged), skipped 1 bad records"
        ),
        "{stderr}"
    );
    let articles: Vec<Value> = articles(&corpus, "all")
        .into_iter()
        .filter(|a| a["id"] != "alceste_test.txt")
        .collect();
    assert_eq!(articles.len(), 37);
    assert_clean(&articles);
    for article in &articles {
        assert!(article["date"].is_string(), "no date: {article}");
        assert!(article["source"].is_string(), "no source: {article}");
    }
    let chemin = by_title(&articles, "Another title, with accents: éà");
    assert_eq!(chemin["author"], "Author 2");
    assert!(
        companies(chemin).contains(&"ENERGIE BADEN-WUERTTEMBERG AG"),
        "{chemin}"
    );
    let reuters = articles
        .iter()
        .filter(|a| a["source"] == "Reuters-21578")
        .count();
    assert_eq!(reuters, 19);
}
