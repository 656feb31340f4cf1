//! Factiva exports: the HTML "Full Article/Report plus Indexing" page and the XML of its API.
//!
//! The HTML page is a table per article, one row per field, each named by a code that is the
//! same in every interface language (HD headline, BY author, PD date, SN source, SE section,
//! LP lead, TD text, CO companies, AN accession number): rows are read by their code, so French
//! and English exports read alike. The XML (`ppsarticle`) has the same fields as elements.
//!
//! The accession number is the article's id. Companies come as `code : Name` (`aapl : Apple
//! Inc.`); the name is kept, since it is what the company recognizer and users know.

use super::article::{byline, Article};
use super::date::PubDate;
use super::html::{Document, NodeId};
use super::parsed::Parsed;

/// `aapl : Apple Inc. | msft : Microsoft Corporation` → Apple Inc., Microsoft Corporation.
fn company_names(text: &str) -> Vec<String> {
    text.split('|')
        .map(|company| {
            company
                .split_once(" : ")
                .map_or(company, |(_, name)| name)
                .trim()
        })
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

/// The fields of one article, as both layouts give them.
#[derive(Default)]
struct Record {
    line: usize,
    cut_short: bool,
    id: Option<String>,
    title: String,
    paragraphs: Vec<String>,
    date: Option<String>,
    source: Option<String>,
    author: Option<String>,
    section: Option<String>,
    companies: Vec<String>,
}

fn add_article(fields: Record, n: usize, parsed: &mut Parsed) {
    let line = Some(fields.line);
    let what = match &fields.id {
        Some(id) => format!("article {n} ({id})"),
        None => format!("article {n}"),
    };
    if fields.title.trim().is_empty() && fields.paragraphs.is_empty() {
        let why = if fields.cut_short {
            "is cut short before its headline and text (the file ends there)"
        } else {
            "has neither headline (HD) nor text (LP, TD)"
        };
        parsed.skip(line, format!("{what} {why}"));
        return;
    }
    let date = match fields.date.as_deref().map(str::trim) {
        Some(raw) => {
            let date = PubDate::parse_any(raw);
            if date.is_none() {
                parsed.warn(
                    line,
                    format!("{what}: '{raw}' is not a date; indexed without a date"),
                );
            }
            date
        }
        None => {
            parsed.warn(
                line,
                format!("{what}: no date (PD); indexed without a date"),
            );
            None
        }
    };
    if fields.cut_short {
        parsed.cut_short(fields.line, &what);
    }
    let article = Article {
        id: fields.id,
        title: fields.title,
        body: fields.paragraphs.join("\n\n"),
        date,
        source: fields.source,
        author: fields.author.map(|a| byline(&a)),
        section: fields.section,
        url: None,
        companies: fields.companies,
    };
    parsed.article(fields.line, article);
}

/// Reads the HTML export: every row whose first cell (class `index`) holds a field code.
pub fn parse_html(text: &str) -> Parsed {
    let doc = Document::html(text);
    let mut parsed = Parsed::default();
    // (table, its fields), in document order.
    let mut tables: Vec<(NodeId, Record)> = Vec::new();
    for cell in doc.find_all(Document::ROOT, |e| e.name == "td" && e.has_class("index")) {
        let (Some(row), Some(table)) =
            (doc.parent(cell), doc.ancestor(cell, |e| e.name == "table"))
        else {
            continue;
        };
        let Some(value) = doc
            .child_elements(row)
            .map(|(id, _)| id)
            .skip_while(|&id| id != cell)
            .nth(1)
        else {
            continue;
        };
        if tables.last().is_none_or(|(t, _)| *t != table) {
            let fields = Record {
                line: doc.line(table),
                cut_short: !doc.is_closed(table),
                ..Record::default()
            };
            tables.push((table, fields));
        }
        let fields = &mut tables.last_mut().expect("pushed above").1;
        let inline = || Some(doc.inline_text(value)).filter(|t| !t.is_empty());
        match doc.inline_text(cell).as_str() {
            "HD" => fields.title = doc.inline_text(value),
            "LP" | "TD" => fields.paragraphs.extend(doc.paragraphs(value)),
            "PD" => fields.date = inline(),
            "SN" => fields.source = inline(),
            "SE" => fields.section = inline(),
            "BY" => fields.author = inline(),
            "CO" => fields.companies = company_names(&doc.inline_text(value)),
            "AN" => {
                fields.id = inline().map(|an| an.trim_start_matches("Document ").trim().to_string())
            }
            _ => {}
        }
    }
    if tables.is_empty() {
        parsed.skip(
            None,
            "no Factiva article: no table of fields (HD, PD, TD…) in this page",
        );
    }
    for (n, (_, fields)) in tables.into_iter().enumerate() {
        add_article(fields, n + 1, &mut parsed);
    }
    parsed
}

/// Text wrapped at a fixed width, as in the Reuters stories: a line indented more than the
/// others starts a paragraph, the other line breaks are spaces.
fn wrapped_paragraphs(raw: &str) -> Vec<String> {
    let indent = |line: &str| line.len() - line.trim_start().len();
    let margin = raw
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(indent)
        .min()
        .unwrap_or(0);
    let mut paragraphs = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in raw.lines() {
        let breaks = line.trim().is_empty() || indent(line) > margin;
        if breaks && !current.is_empty() {
            paragraphs.push(current.join(" "));
            current.clear();
        }
        if !line.trim().is_empty() {
            current.push(line.trim());
        }
    }
    if !current.is_empty() {
        paragraphs.push(current.join(" "));
    }
    paragraphs
}

fn text_of(doc: &Document, id: NodeId) -> Option<String> {
    Some(doc.inline_text(id)).filter(|t| !t.is_empty())
}

/// Reads the XML export: one `ppsarticle` per article.
pub fn parse_xml(text: &str) -> Parsed {
    let doc = Document::xml(text);
    let mut parsed = Parsed::default();
    let records = doc.find_all(Document::ROOT, |e| e.name == "ppsarticle");
    if records.is_empty() {
        parsed.skip(None, "no Factiva article: no <ppsarticle> element");
    }
    for (n, &record) in records.iter().enumerate() {
        let article = doc.child(record, "article").unwrap_or(record);
        let field = |name: &str| doc.child(article, name);
        let mut fields = Record {
            line: doc.line(record),
            cut_short: !doc.is_closed(record),
            id: field("accessionno").and_then(|id| text_of(&doc, id)),
            title: field("headline")
                .map(|h| doc.inline_text(h))
                .unwrap_or_default(),
            source: field("sourcename").and_then(|s| text_of(&doc, s)),
            author: field("byline")
                .or_else(|| field("author"))
                .and_then(|a| text_of(&doc, a)),
            section: field("sectionname").and_then(|s| text_of(&doc, s)),
            date: field("publicationdate").and_then(|d| text_of(&doc, d)),
            ..Record::default()
        };
        for part in ["leadparagraph", "tailparagraphs"] {
            let Some(part) = field(part) else { continue };
            if doc.child(part, "paragraph").is_some() {
                fields.paragraphs.extend(doc.paragraphs(part));
            } else {
                fields
                    .paragraphs
                    .extend(wrapped_paragraphs(&doc.raw_text(part)));
            }
        }
        for (company, _) in doc
            .child_elements(article)
            .filter(|(_, e)| e.name == "company")
        {
            let name = doc.child(company, "name").unwrap_or(company);
            fields
                .companies
                .extend(company_names(&doc.inline_text(name)));
        }
        add_article(fields, n + 1, &mut parsed);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(code: &str, value: &str) -> String {
        format!(
            "<tr><td align=\"right\" class=\"index\"><b>{code}</b>&nbsp;</td><td>{value}</td></tr>"
        )
    }

    #[test]
    fn reads_the_html_fields_by_code() {
        let html = format!(
            "<html><body><div class=\"article enArticle\"><table>{}{}{}{}{}{}{}{}{}{}</table></div></body></html>",
            row("SE", "Économie"),
            row("HD", "<b class='enHeadline'>Un titre</b>"),
            row("BY", "Par Jeanne Martin"),
            row("PD", "14 March 2006"),
            row("SN", "Le Quotidien"),
            row("LP", "<p class=\"articleParagraph\">Chapô.</p>"),
            row("TD", "<p class=\"articleParagraph\">Un.</p><p class=\"articleParagraph\">Deux.</p>"),
            row("CO", "<br/>rnlt : Renault SA | nsanf : Nissan Motor Co. Ltd."),
            row("NS", "c11 : Plans/Strategy"),
            row("AN", "<br/>Document LQ00000020060314e23e0001"),
        );
        let parsed = parse_html(&html);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.id.as_deref(), Some("LQ00000020060314e23e0001"));
        assert_eq!(a.title, "Un titre");
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(a.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(a.source.as_deref(), Some("Le Quotidien"));
        assert_eq!(a.section.as_deref(), Some("Économie"));
        assert_eq!(a.body, "Chapô.\n\nUn.\n\nDeux.");
        assert_eq!(a.companies, ["Renault SA", "Nissan Motor Co. Ltd."]);
    }

    #[test]
    fn reads_the_xml_fields() {
        let xml = r#"<?xml version="1.0" encoding="utf-8"?><PPSResponse><ppsArticleResponse><ppsarticleResultSet>
<ppsarticle><article><accessionNo>AFP0000020200421</accessionNo>
<headline><paragraph><hlt>Airbus</hlt> livre</paragraph></headline>
<byline><paragraph>Par Paul Durand</paragraph></byline>
<leadParagraph><paragraph>Chapô.</paragraph></leadParagraph>
<publicationDate><dateTime>2020-04-21T08:30:00Z</dateTime></publicationDate>
<sourceName>Agence</sourceName><sectionName>Industrie</sectionName>
<company code="eads"><name>Airbus SE</name></company>
<tailParagraphs><paragraph>Un.</paragraph><paragraph>Deux &amp; trois.</paragraph></tailParagraphs>
</article></ppsarticle>
<ppsarticle><article><accessionNo>R2</accessionNo><headline><paragraph>Texte brut</paragraph></headline>
<leadParagraph>
Une dépêche coupée
à la ligne.
    Un second paragraphe
qui continue.
      </leadParagraph><publicationDate><date>1987-02-26</date></publicationDate></article></ppsarticle>
</ppsarticleResultSet></ppsArticleResponse></PPSResponse>"#;
        let parsed = parse_xml(xml);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let articles: Vec<_> = parsed.articles().collect();
        let a = articles[0];
        assert_eq!(a.id.as_deref(), Some("AFP0000020200421"));
        assert_eq!(a.title, "Airbus livre");
        assert_eq!(a.author.as_deref(), Some("Paul Durand"));
        assert_eq!(a.date.unwrap().to_string(), "2020-04-21");
        assert_eq!(a.source.as_deref(), Some("Agence"));
        assert_eq!(a.section.as_deref(), Some("Industrie"));
        assert_eq!(a.companies, ["Airbus SE"]);
        assert_eq!(a.body, "Chapô.\n\nUn.\n\nDeux & trois.");
        let b = articles[1];
        assert_eq!(
            b.body,
            "Une dépêche coupée à la ligne.\n\nUn second paragraphe qui continue."
        );
        assert_eq!(b.date.unwrap().to_string(), "1987-02-26");
    }

    #[test]
    fn missing_fields_and_cut_files_are_reported() {
        let html = format!(
            "<table>{}{}</table><table>{}{}</table><table>{}",
            row("HD", "Sans date"),
            row("TD", "<p>Texte.</p>"),
            row("PD", "1 avril 2020"),
            row("SN", "Vide"),
            row("HD", "Coupé"),
        );
        let parsed = parse_html(&html);
        assert_eq!(parsed.articles().count(), 2);
        assert_eq!(
            parsed.problems(),
            [
                "1: article 1: no date (PD); indexed without a date",
                "1: article 2 has neither headline (HD) nor text (LP, TD)",
                "1: article 3: no date (PD); indexed without a date",
                "1: article 3 is cut short (the file ends inside it); indexed what there is",
            ]
        );
        assert_eq!(parse_html("<html><p>Bonjour</p></html>").skipped(), 1);
    }

    use crate::ingest::testdata::{fixture, shared};

    fn fields(a: &Article) -> [String; 6] {
        [
            a.id.clone().unwrap_or_default(),
            a.title.clone(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.source.clone().unwrap_or_default(),
            a.section.clone().unwrap_or_default(),
            a.author.clone().unwrap_or_default(),
        ]
    }

    #[test]
    fn reads_the_shared_html() {
        let Some(text) = shared("factiva_test.html") else {
            return;
        };
        let parsed = parse_html(&text);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 2);
        assert_eq!(
            fields(a[0]),
            [
                "TESTFR0020111229e7ct0001r",
                "Test 1",
                "2011-12-29",
                "Test newspaper",
                "",
                ""
            ]
        );
        assert_eq!(
            a[0].body,
            "First head paragraph, with a few non-ASCII characters: à la française.\n\n\
             Second head paragraph.\n\nThird paragraph.\n\nFourth and last paragraph."
        );
        assert_eq!(
            fields(a[1]),
            [
                "TESTFR0020111229e7ct0015j",
                "Test 2",
                "2011-12-29",
                "Ouest France",
                "Infolocale",
                ""
            ]
        );
        assert_eq!(a[1].body, "First head paragraph.\n\nSecond head paragraph.");
        assert!(a.iter().all(|a| a.companies.is_empty()));
    }

    #[test]
    fn reads_the_shared_xml() {
        let Some(text) = shared("factiva_test.xml") else {
            return;
        };
        let parsed = parse_xml(&text);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 3);
        assert_eq!(
            fields(a[0]),
            [
                "TEST0000020120109e51700030",
                "TEST - first test article",
                "2012-01-09",
                "My Newspaper",
                "",
                ""
            ]
        );
        assert_eq!(
            a[0].body,
            "This is the lead paragraph of the first test article.\n\nThis is the body of the first test article."
        );
        assert_eq!(
            fields(a[1])[..3],
            [
                "TEST0000020120109e51700031",
                "TEST - second article de test",
                "2012-01-06"
            ]
        );
        assert_eq!(
            a[1].body,
            "Voici le chapeau du premier article de test.\n\nVoici le corps du second article de test. Et un mot accentué."
        );
        assert_eq!(
            fields(a[2])[..3],
            [
                "TEST0000020120109e51700032",
                "TEST - third test article",
                "2012-05-06"
            ]
        );
    }

    #[test]
    fn reads_the_shared_reuters_stories() {
        let Some(text) = shared("reut21578-factiva.xml") else {
            return;
        };
        let parsed = parse_xml(&text);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 19);
        assert_eq!(
            fields(a[0]),
            [
                "REUT00019870226-0001",
                "DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES",
                "1987-02-26",
                "Reuters-21578",
                "",
                ""
            ]
        );
        let paragraphs: Vec<&str> = a[0].body.split("\n\n").collect();
        assert_eq!(paragraphs.len(), 4);
        assert_eq!(
            paragraphs[0],
            "Diamond Shamrock Corp said that effective today it had cut its contract prices for crude oil by 1.50 dlrs a barrel."
        );
        for article in &a {
            assert!(article
                .id
                .as_deref()
                .is_some_and(|id| id.starts_with("REUT")));
            assert!(article.date.is_some() && !article.title.is_empty());
            // The wrapped lines are joined: line breaks only separate paragraphs.
            assert!(!article.body.replace("\n\n", "").contains('\n'));
            assert!(article.body.len() > 100, "{}", article.body);
        }
    }

    #[test]
    fn reads_the_fixtures() {
        let parsed = parse_html(&fixture("factiva.html"));
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(
            fields(a[0]),
            [
                "JDIND00020060314e23e0001a",
                "Renault et Nissan renforcent leur alliance",
                "2006-03-14",
                "Le Journal de l'Industrie",
                "Entreprises",
                "Claire Dubois"
            ]
        );
        assert_eq!(a[0].companies, ["Renault SA", "Nissan Motor Co. Ltd."]);
        assert_eq!(
            a[0].body,
            "Les deux constructeurs mettent en commun leurs achats de pièces.\n\n\
             Une économie de 300\u{a0}millions d’euros est attendue.\n\n\
             Le partenariat couvre aussi les moteurs électriques.\n\n\
             Les syndicats demandent des garanties sur l'emploi."
        );
        assert_eq!(
            fields(a[1]),
            [
                "OUESTL0020160401ec410002b",
                "La saison touristique commence tôt",
                "2016-04-01",
                "Ouest Littoral",
                "",
                ""
            ]
        );
        assert_eq!(
            a[1].body,
            "Les campings affichent complet dès le week-end de Pâques."
        );

        let parsed = parse_xml(&fixture("factiva.xml"));
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(
            fields(a[0]),
            [
                "AGEFI00020200421eg4l0001x",
                "Airbus réduit ses cadences de production",
                "2020-04-21",
                "L'Agence financière",
                "Aéronautique",
                "Marc Lefèvre"
            ]
        );
        assert_eq!(a[0].companies, ["Airbus SE", "Safran SA"]);
        assert_eq!(
            a[0].body,
            "L'avionneur abaisse d'un tiers la production de ses monocouloirs.\n\n\
             Les sous-traitants & fournisseurs, dont Safran, devront s'adapter.\n\n\
             Le groupe ne prévoit pas de licenciements à ce stade."
        );
        assert_eq!(
            fields(a[1]),
            [
                "DEPECH0020200422eg4m0002y",
                "LE PORT DE COMMERCE AUGMENTE SES TARIFS",
                "2020-04-22",
                "La Dépêche portuaire",
                "",
                ""
            ]
        );
        assert_eq!(
            a[1].body,
            "Le port de commerce relèvera ses tarifs de 3 % au 1er juillet, a annoncé mercredi sa direction.\n\n\
             La hausse doit financer le dragage du chenal d'accès."
        );
    }
}
