//! LexisNexis HTML exports, French and English interfaces.
//!
//! Each document sits between `<DOCFULL>` and `</DOCFULL>` markers hidden in HTML comments. Inside,
//! it is a list of blocks (`<div>`s, a table): a count (`2 of 3 DOCUMENTS`), the publication,
//! the date (`12 April 2013 Tuesday`, `December 19, 1991, Sunday`), the title, then labelled
//! fields (`BYLINE:`/`AUTEUR:`, `SECTION:`/`RUBRIQUE:`, `COMPANY:`/`SOCIETE:`…) around the text,
//! and a copyright line. Blocks are told apart by what they say, not by their CSS classes, which
//! are numbered differently in every export.
//!
//! Companies come with a relevance (`E.ON SE (85%)`); those of 50% or more are kept: below that,
//! LexisNexis lists companies the article barely mentions.

use super::article::{byline, Article};
use super::date::PubDate;
use super::html::{Document, Event};
use super::parsed::Parsed;
use super::title::shorten;

/// The least relevance for a listed company to count as one the article is about.
const MIN_RELEVANCE: u32 = 50;

/// One block of a document: its paragraphs, and its label when it is a field.
struct Block {
    paragraphs: Vec<String>,
    label: Option<String>,
}

impl Block {
    fn text(&self) -> String {
        self.paragraphs.join(" ")
    }

    /// A field's value: the text after its label.
    fn value(&self) -> Vec<String> {
        let mut paragraphs = self.paragraphs.clone();
        if let (Some(label), Some(first)) = (&self.label, paragraphs.first_mut()) {
            if let Some((_, after)) = first.split_once(&format!("{label}:")) {
                *first = after.trim().to_string();
            }
        }
        paragraphs.retain(|p| !p.is_empty());
        paragraphs
    }
}

/// A field label: upper-case words and hyphens followed by a colon, alone in its own element
/// (`RUBRIQUE: `), so that a text starting with `PARIS: ` is not one.
fn label_of(first_run: &str) -> Option<String> {
    let label = first_run.trim().strip_suffix(':')?.trim();
    let valid = !label.is_empty()
        && label.chars().count() <= 40
        && label.chars().any(char::is_alphabetic)
        && label
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == ' ' || c == '/');
    valid.then(|| label.to_string())
}

/// `2 of 3 DOCUMENTS`: the count LexisNexis puts at the top of each document.
fn is_count(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.len() <= 5
        && words
            .first()
            .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.last().is_some_and(|w| {
            w.eq_ignore_ascii_case("documents") || w.eq_ignore_ascii_case("document")
        })
}

fn is_copyright(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.starts_with("copyright")
        || lower.starts_with("copy ")
        || lower.starts_with('©')
        || lower.starts_with("(c)")
        || lower.contains("rights reserved")
        || lower.contains("droits réservés")
}

/// `E.ON SE (85%); ENERGIE BADEN-WUERTTEMBERG AG (57%); X (12%)` → the names of 50% or more.
/// A name without a relevance is kept.
fn relevant_companies(value: &str) -> Vec<String> {
    let mut companies = Vec::new();
    let mut rest = value;
    while let Some(close) = rest.find("%)") {
        let Some(open) = rest[..close].rfind('(') else {
            break;
        };
        let name = rest[..open].trim_matches(|c: char| c == ';' || c.is_whitespace());
        let relevance: Option<u32> = rest[open + 1..close].trim().parse().ok();
        if !name.is_empty() && relevance.is_none_or(|r| r >= MIN_RELEVANCE) {
            companies.push(name.to_string());
        }
        rest = &rest[close + 2..];
    }
    let name = rest.trim_matches(|c: char| c == ';' || c.is_whitespace());
    if !name.is_empty() {
        companies.extend(
            name.split(';')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string),
        );
    }
    companies
}

/// Labels in both interfaces, accents dropped (`SOCIÉTÉ` is `SOCIETE`).
fn fold(label: &str) -> String {
    label
        .chars()
        .map(|c| match c {
            'É' | 'È' | 'Ê' => 'E',
            c => c,
        })
        .collect()
}

/// The documents of an export: the text between each `<DOCFULL>` and `</DOCFULL>` marker,
/// where it starts, and whether its end marker was found.
fn documents(text: &str) -> Vec<(usize, &str, bool)> {
    // ASCII lower-casing keeps byte offsets, so positions found in `lower` hold in `text`.
    let lower = text.to_ascii_lowercase();
    let mut documents = Vec::new();
    let mut from = 0;
    while let Some(marker) = lower[from..].find("<docfull>").map(|i| i + from) {
        let after = marker + "<docfull>".len();
        // The marker is inside a comment: the document starts after it closes.
        let start = match lower[after..].find("-->") {
            Some(i) if !lower[after..after + i].contains('<') => after + i + 3,
            _ => after,
        };
        let (end, complete) = match lower[start..].find("</docfull>") {
            Some(i) => {
                let end = start + i;
                (
                    lower[start..end].rfind("<!--").map_or(end, |c| start + c),
                    true,
                )
            }
            None => (text.len(), false),
        };
        documents.push((start, &text[start..end], complete));
        from = end;
    }
    documents
}

fn read_document(chunk: &str, n: usize, line: usize, complete: bool, parsed: &mut Parsed) {
    let doc = Document::html(chunk);
    let mut blocks = Vec::new();
    for (id, _) in doc.child_elements(Document::ROOT) {
        let paragraphs = doc.paragraphs(id);
        if paragraphs.is_empty() {
            continue;
        }
        let mut first_run = None;
        doc.walk(id, &mut |event| {
            if let Event::Text(text) = event {
                if first_run.is_none() && !text.trim().is_empty() {
                    first_run = Some(text.to_string());
                }
            }
        });
        let label = first_run.as_deref().and_then(label_of);
        blocks.push(Block { paragraphs, label });
    }
    blocks.retain(|b| !is_count(&b.text()));

    let date_at = blocks
        .iter()
        .position(|b| b.label.is_none() && PubDate::find(&b.text()).is_some());
    let first_label = blocks.iter().position(|b| b.label.is_some());
    let last_label = blocks.iter().rposition(|b| b.label.is_some());
    // The title is the first block after the date, unless the fields have begun.
    let title_at = match date_at {
        Some(d) => Some(d + 1),
        None => Some(1).filter(|_| blocks.len() > 1),
    }
    .filter(|&t| {
        t < blocks.len() && blocks[t].label.is_none() && first_label.is_none_or(|f| t < f)
    });
    let source_at = match date_at {
        Some(0) => None,
        _ => Some(0).filter(|_| blocks.first().is_some_and(|b| b.label.is_none())),
    };

    let mut article = Article {
        date: date_at.and_then(|d| PubDate::parse_any(&blocks[d].text())),
        source: source_at.map(|s| blocks[s].text()),
        title: title_at.map(|t| blocks[t].text()).unwrap_or_default(),
        ..Article::default()
    };
    let mut body: Vec<String> = Vec::new();
    let mut load_date = None;
    for (i, block) in blocks.iter().enumerate() {
        let Some(label) = &block.label else {
            let header = Some(i) == date_at || Some(i) == title_at || Some(i) == source_at;
            let trailer = last_label.is_some_and(|l| i > l) && is_copyright(&block.text());
            if !header && !trailer && date_at.is_none_or(|d| i > d) {
                body.extend(block.paragraphs.iter().cloned());
            }
            continue;
        };
        let value = block.value();
        let joined = value.join(" ");
        match fold(label).as_str() {
            "BYLINE" | "AUTHOR" | "AUTEUR" | "AUTEURS" => article.author = Some(byline(&joined)),
            "SECTION" | "RUBRIQUE" => article.section = Some(joined),
            "COMPANY" | "SOCIETE" | "ENTREPRISE" => article.companies = relevant_companies(&joined),
            "HIGHLIGHT" | "ENCART" | "BODY" | "TEXT" | "TEXTE" => body.extend(value),
            "HEADLINE" | "TITRE" | "TITLE" if article.title.is_empty() => article.title = joined,
            "URL" => article.url = Some(joined),
            "LOAD-DATE" | "DATE-CHARGEMENT" => load_date = PubDate::parse_any(&joined),
            _ => {}
        }
    }
    article.body = body.join("\n\n");

    let title = shorten(&article.title, 60);
    let what = if title.is_empty() {
        format!("document {n}")
    } else {
        format!("document {n} ('{title}')")
    };
    if article.title.is_empty() && article.body.is_empty() {
        let says = blocks
            .first()
            .map(|b| shorten(&b.text(), 100))
            .unwrap_or_default();
        let why = if !complete {
            "is cut short before its text (the file ends there)".to_string()
        } else if says.is_empty() {
            "is empty".to_string()
        } else {
            format!("has no article text; it only says: '{says}'")
        };
        parsed.skip(Some(line), format!("{what} {why}"));
        return;
    }
    if article.date.is_none() {
        let how = if load_date.is_some() {
            "dated by the day LexisNexis loaded it"
        } else {
            "indexed without a date"
        };
        parsed.warn(Some(line), format!("{what}: no publication date; {how}"));
        article.date = load_date;
    }
    if !complete {
        parsed.cut_short(line, &what);
    }
    parsed.article(line, article);
}

pub fn parse(text: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let documents = documents(text);
    if documents.is_empty() {
        parsed.skip(
            None,
            "no LexisNexis document: no DOCFULL marker in this page",
        );
    }
    let (mut line, mut counted) = (1, 0);
    for (n, (start, chunk, complete)) in documents.into_iter().enumerate() {
        line += text[counted..start].matches('\n').count();
        counted = start;
        read_document(chunk, n + 1, line, complete, &mut parsed);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(blocks: &[&str]) -> String {
        let blocks: String = blocks
            .iter()
            .map(|b| format!("<br><div class=\"c5\">{b}</div>\n"))
            .collect();
        format!("<!-- Hide XML section from browser\n<DOC NUMBER=1>\n<DOCFULL> -->\n{blocks}<!-- Hide XML section from browser\n</DOCFULL>\n</DOC> -->\n")
    }

    fn field(label: &str, value: &str) -> String {
        format!("<p class=\"c6\"><span class=\"c8\">{label}: </span><span class=\"c2\">{value}</span></p>")
    }

    #[test]
    fn reads_a_french_document() {
        let html = format!(
            "<html><body>{}</body></html>",
            document(&[
                "<p class=\"c1\"><span class=\"c2\">1 of 1 DOCUMENTS</span></p>",
                "<p class=\"c1\"><img src=\"logo.gif\"><br><span class=\"c2\">Le Quotidien</span></p>",
                "<p class=\"c1\"><span class=\"c4\">14</span><span class=\"c2\"> mars 2006 mardi</span></p>",
                "<p class=\"c6\"><span class=\"c7\">Un titre, avec accents : éà</span></p>",
                &field("AUTEUR", "Jeanne Martin"),
                &field("RUBRIQUE", "ECONOMIE - ENTREPRISES; Pg. 6"),
                &field("LONGUEUR", "70 mots"),
                "<br><br><p class=\"c6\"><span class=\"c8\">ENCART:</span><span class=\"c2\">&nbsp;Le chapô.<br></span></p>",
                "<p class=\"c9\"><span class=\"c2\">Premier paragraphe, coupé\nà tort.</span></p><p class=\"c9\"><span class=\"c2\">PARIS: second.</span></p>",
                &field("SOCIETE", "RENAULT SA (91%); NISSAN MOTOR CO LTD (57%)\n; AIRBUS SE (12%)"),
                &field("DATE-CHARGEMENT", "15 March 2006"),
                "<br><p class=\"c1\"><span class=\"c2\">Copyright 2006 Le Quotidien<br>Tous Droits Réservés</span></p>",
            ])
        );
        let parsed = parse(&html);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.source.as_deref(), Some("Le Quotidien"));
        assert_eq!(a.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(a.title, "Un titre, avec accents : éà");
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(a.section.as_deref(), Some("ECONOMIE - ENTREPRISES; Pg. 6"));
        assert_eq!(
            a.body,
            "Le chapô.\n\nPremier paragraphe, coupé à tort.\n\nPARIS: second."
        );
        assert_eq!(a.companies, ["RENAULT SA", "NISSAN MOTOR CO LTD"]);
        assert_eq!(a.id, None);
    }

    #[test]
    fn reads_an_english_document() {
        let html = document(&[
            "<P CLASS=\"c1\"><SPAN CLASS=\"c2\">Some Newspaper</SPAN></P>",
            "<P CLASS=\"c1\"><SPAN CLASS=\"c4\">January</SPAN><SPAN CLASS=\"c2\"> 28, 1993, Thursday, Late Edition<BR>Correction Appended</SPAN></P>",
            "<P CLASS=\"c6\"><SPAN CLASS=\"c7\">First part;<BR>Second part</SPAN></P>",
            &field("BYLINE", "By JANE DOE"),
            &field("SECTION", "Section B; Page 22"),
            "<P CLASS=\"c9\"><SPAN CLASS=\"c2\">Text.</SPAN></P>",
            &field("COMPANY", "ACME CORP (77%); GLOBEX INC (49%)"),
            &field("LOAD-DATE", "January 29, 1993"),
        ]);
        let parsed = parse(&html);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.source.as_deref(), Some("Some Newspaper"));
        assert_eq!(a.date.unwrap().to_string(), "1993-01-28");
        assert_eq!(a.title, "First part; Second part");
        assert_eq!(a.author.as_deref(), Some("JANE DOE"));
        assert_eq!(a.section.as_deref(), Some("Section B; Page 22"));
        assert_eq!(a.body, "Text.");
        assert_eq!(a.companies, ["ACME CORP"]);
    }

    #[test]
    fn error_documents_and_cut_files_are_reported() {
        let error = document(&[
            "<P CLASS=\"c6\"><SPAN CLASS=\"c2\">We are sorry but there is an error in this document.</SPAN></P>",
        ]);
        let good = document(&[
            "<p>Le Quotidien</p>",
            "<p>1er avril 2020</p>",
            "<p>Titre</p>",
            &field("LONGUEUR", "3 mots"),
            "<p>Le texte.</p>",
        ]);
        let cut = &good[..good.find("Le texte").unwrap() + 4];
        let parsed = parse(&format!("{error}{good}{cut}"));
        assert_eq!(parsed.articles().count(), 2);
        let problems = parsed.problems();
        assert!(
            problems[0].ends_with(
                "document 1 has no article text; it only says: 'We are sorry but there is an error in this document.'"
            ),
            "{problems:?}"
        );
        assert!(problems[1].ends_with(
            "document 3 ('Titre') is cut short (the file ends inside it); indexed what there is"
        ));
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(parse("<html><p>Bonjour</p></html>").skipped(), 1);
    }

    #[test]
    fn relevance_below_half_is_dropped() {
        assert_eq!(
            relevant_companies("E.ON SE (85%); ENERGIE BADEN-WUERTTEMBERG AG (57%)"),
            ["E.ON SE", "ENERGIE BADEN-WUERTTEMBERG AG"]
        );
        assert_eq!(relevant_companies("A (50%) B (49%); C"), ["A", "C"]);
    }

    use crate::ingest::testdata::{fixture, shared};

    fn fields(a: &Article) -> [String; 5] {
        [
            a.source.clone().unwrap_or_default(),
            a.date.map(|d| d.to_string()).unwrap_or_default(),
            a.title.clone(),
            a.section.clone().unwrap_or_default(),
            a.author.clone().unwrap_or_default(),
        ]
    }

    #[test]
    fn reads_the_shared_french_export() {
        let Some(text) = shared("lexisnexis_test_fr.html") else {
            return;
        };
        let parsed = parse(&text);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 3);
        assert_eq!(
            fields(a[0]),
            [
                "My newpaper",
                "2013-04-12",
                "Title of first article",
                "INTERNATIONAL; Pg. 35",
                ""
            ]
        );
        assert_eq!(
            a[0].body,
            "First paragraph. Some accentuated characters: éùàê.\n\nSecond paragraph. Including spurious line breaks to remove."
        );
        assert!(a[0].companies.is_empty());
        assert_eq!(
            fields(a[1]),
            [
                "My newpaper",
                "2013-10-14",
                "Another title, with accents: éà",
                "ECONOMIE - ENTREPRISES; Pg. 6",
                "Author 2"
            ]
        );
        assert_eq!(a[1].companies, ["E.ON SE", "ENERGIE BADEN-WUERTTEMBERG AG"]);
        assert_eq!(
            a[1].body,
            "Introduction to article\n\nSome text.\n\nMore text. And even more."
        );
        assert_eq!(
            fields(a[2]),
            [
                "My newpaper",
                "2013-03-10",
                "\" A quoted title \"",
                "INTERNATIONAL; Pg. 3",
                ""
            ]
        );
        assert_eq!(a[2].body, "Last article.");
    }

    #[test]
    fn reads_the_shared_english_exports() {
        let Some(text) = shared("lexisnexis_test_en.html") else {
            return;
        };
        let parsed = parse(&text);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 2);
        assert_eq!(
            fields(a[0]),
            [
                "Some Newspaper",
                "1991-12-19",
                "Heading One",
                "Section 5; Part 2; Page 16; Column 2; National Desk",
                "PAPER AUTHOR"
            ]
        );
        assert_eq!(
            a[0].body,
            "Some text.\n\nSome more text.\n\n\"Quotation\" said somebody. More text, a highlight and end of paper."
        );
        assert_eq!(
            fields(a[1]),
            [
                "Some Newspaper",
                "1993-01-28",
                "First part; Second part",
                "Section B; Page 22, Column 2; National Desk",
                ""
            ]
        );
        assert_eq!(
            a[1].body,
            "A list:\n\nCategory 1\n\nBlah blah.\n\nAnd more...\n\nCategory 2\n\nBlah blah."
        );

        let Some(text) = shared("lexisnexis_test_copyright_error.html") else {
            return;
        };
        let parsed = parse(&text);
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 1);
        assert_eq!(fields(a[0])[..2], ["The Daily Planet", "2018-12-31"]);
        assert_eq!(a[0].section.as_deref(), Some("Pg. B22"));
        assert!(
            a[0].body.starts_with("Rank\n\nBank\n\nCity"),
            "{}",
            a[0].body
        );
        assert!(a[0].body.contains("Megabank One") && !a[0].body.contains("Copy 2013"));
        assert_eq!(
            parsed.problems(),
            ["122: document 2 has no article text; it only says: 'We are sorry but there is an error in this document and it is not possible to display it.'"]
        );
    }

    #[test]
    fn reads_the_fixtures() {
        let parsed = parse(&fixture("lexisnexis-fr.html"));
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(
            fields(a[0]),
            [
                "Le Moniteur des Entreprises",
                "2006-03-14",
                "Orange étend la fibre dans les villages",
                "ÉCONOMIE; Pg. 12",
                "Sophie Bernard"
            ]
        );
        assert_eq!(a[0].companies, ["ORANGE SA", "SFR SA"]);
        assert_eq!(
            a[0].body,
            "Cinq cents communes raccordées d'ici à la fin de l'année.\n\n\
             L'opérateur accélère le déploiement de son réseau dans les zones rurales.\n\n\
             Les collectivités financent une partie des travaux, selon le département."
        );
        assert_eq!(
            fields(a[1]),
            [
                "Le Moniteur des Entreprises",
                "2006-04-03",
                "La boulangerie industrielle embauche",
                "RÉGIONS; Pg. 4",
                ""
            ]
        );
        assert_eq!(
            a[1].body,
            "Le site emploiera cinquante personnes à la rentrée."
        );

        let parsed = parse(&fixture("lexisnexis-en.html"));
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 1);
        assert_eq!(
            fields(a[0]),
            [
                "The Riverside Herald",
                "2006-03-14",
                "Local bakery chain; opens its tenth shop",
                "Section B; Page 3; Business Desk",
                "THOMAS GREEN"
            ]
        );
        assert_eq!(a[0].companies, ["DANONE SA"]);
        assert_eq!(
            a[0].body,
            "The chain opened its tenth shop on Main Street on Monday.\n\n\
             \"We bake everything on site,\" said the owner. Sales rose 12\u{a0}percent last year."
        );
        assert_eq!(parsed.skipped(), 1);
    }
}
