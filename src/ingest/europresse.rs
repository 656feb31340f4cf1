//! Europresse HTML exports, in both layouts the site has used.
//!
//! The current layout has one `<article>` per document: `header` (publication, `DocHeader` with
//! section and date, title, author), `section` (the text), `aside` (notes, illustrations) and
//! `footer` (copyright, document number). The old layout is a table per document with the same
//! class names and no structure around the text: the author is the short line after the title,
//! and the text runs until the `©` line. Both are read by one walk through the document that
//! sends each piece of text where its class says it belongs.
//!
//! The document number (`news·20060314·LM·0q1403_1255263`) is the article's id, so a document
//! exported twice is indexed once.

use super::article::{byline, Article};
use super::date::PubDate;
use super::html::{is_block, Document, Event, NodeId, TextBuilder};
use super::parsed::Parsed;

/// Where a piece of text belongs, by the element it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Zone {
    Publication,
    Header,
    Title,
    Authors,
    Text,
    Aside,
    Footer,
}

fn zone_of(name: &str, class: impl Fn(&str) -> bool) -> Option<Zone> {
    Some(if class("DocPublicationName") {
        Zone::Publication
    } else if class("DocHeader") {
        Zone::Header
    } else if class("titreArticleVisu") {
        Zone::Title
    } else if class("docAuthors") {
        Zone::Authors
    } else if name == "section" || class("DocText") {
        Zone::Text
    } else if name == "aside" {
        Zone::Aside
    } else if name == "footer" {
        Zone::Footer
    } else {
        return None;
    })
}

/// One document's text, sorted by zone.
#[derive(Default)]
struct Record {
    line: usize,
    cut_short: bool,
    publication: TextBuilder,
    header: TextBuilder,
    title: TextBuilder,
    authors: TextBuilder,
    text: TextBuilder,
    footer: TextBuilder,
    /// Text after the title outside any zone: the old layout's author and text, the current
    /// layout's author.
    after_title: TextBuilder,
    title_seen: bool,
}

impl Record {
    fn builders(&mut self) -> [&mut TextBuilder; 7] {
        [
            &mut self.publication,
            &mut self.header,
            &mut self.title,
            &mut self.authors,
            &mut self.text,
            &mut self.footer,
            &mut self.after_title,
        ]
    }

    fn push(&mut self, zone: Option<Zone>, text: &str) {
        let builder = match zone {
            Some(Zone::Publication) => &mut self.publication,
            Some(Zone::Header) => &mut self.header,
            Some(Zone::Title) => &mut self.title,
            Some(Zone::Authors) => &mut self.authors,
            Some(Zone::Text) => &mut self.text,
            Some(Zone::Footer) => &mut self.footer,
            Some(Zone::Aside) => return,
            None if self.title_seen => &mut self.after_title,
            // A kicker above the title (`TRIBUNES`, a subtitle): not part of the text.
            None => return,
        };
        builder.push(text);
    }
}

/// Walks `id`'s subtree into records: a new one starts at each publication name when
/// `split` (the old layout, where nothing else marks where a document begins).
fn read_records(doc: &Document, id: NodeId, split: bool, records: &mut Vec<Record>) {
    let mut zones: Vec<(NodeId, Zone)> = Vec::new();
    let mut record = Record {
        line: doc.line(id),
        ..Record::default()
    };
    doc.walk(id, &mut |event| match event {
        Event::Open(node, element) => {
            let zone = zone_of(&element.name, |c| element.has_class(c));
            if split && zone == Some(Zone::Publication) {
                if record.publication.is_empty() {
                    record.line = doc.line(node);
                } else {
                    let next = Record {
                        line: doc.line(node),
                        ..Record::default()
                    };
                    records.push(std::mem::replace(&mut record, next));
                }
            }
            if is_block(&element.name) {
                record
                    .builders()
                    .into_iter()
                    .for_each(TextBuilder::paragraph);
            }
            if let Some(zone) = zone {
                zones.push((node, zone));
            }
        }
        Event::Close(node, element) => {
            if zones.last().is_some_and(|&(open, _)| open == node) {
                if let Some((_, Zone::Title)) = zones.pop() {
                    record.title_seen = true;
                }
            }
            if is_block(&element.name) {
                record
                    .builders()
                    .into_iter()
                    .for_each(TextBuilder::paragraph);
            }
        }
        Event::Text(text) => {
            let zone = zones.last().map(|&(_, zone)| zone);
            record.push(zone, text);
        }
    });
    records.push(record);
}

/// `Magazine 1, no. 5968` is Magazine 1.
fn publication_name(text: &str) -> String {
    let end = [", no.", ", n°", ", No."]
        .iter()
        .filter_map(|mark| text.find(mark))
        .min()
        .unwrap_or(text.len());
    text[..end].trim().to_string()
}

/// `news·20060314·LM·0q1403_1255263`: Europresse's document number.
fn is_document_number(word: &str) -> bool {
    let parts: Vec<&str> = word.split('·').collect();
    parts.len() >= 3 && parts[1].len() == 8 && parts[1].bytes().all(|b| b.is_ascii_digit())
}

/// The number given after `Numéro de document :`, else the first one in the text.
fn document_number(paragraphs: &[String]) -> Option<String> {
    let labelled = paragraphs.iter().find_map(|p| {
        let (_, after) = p.split_once("Numéro de document")?;
        after
            .trim_start_matches([' ', '\u{a0}', ':'])
            .split_whitespace()
            .next()
    });
    labelled
        .or_else(|| {
            paragraphs
                .iter()
                .flat_map(|p| p.split_whitespace())
                .find(|w| is_document_number(w))
        })
        .map(str::to_string)
}

/// The date in a document number (`news·20060314·…`).
fn date_of_number(number: &str) -> Option<PubDate> {
    let digits = number.split('·').nth(1)?;
    PubDate::parse_iso(&format!(
        "{}-{}-{}",
        &digits[..4],
        &digits[4..6],
        &digits[6..8]
    ))
}

fn starts_trailer(paragraph: &str) -> bool {
    paragraph.starts_with('©') || paragraph.starts_with("Numéro de document")
}

/// A byline: a short line that is not a sentence.
fn author_like(paragraph: &str) -> bool {
    paragraph.chars().count() <= 80
        && paragraph.split_whitespace().count() <= 8
        && !paragraph.ends_with(['.', '!', '?', ':', ';', '»', '"', '…'])
        && !paragraph.starts_with(|c: char| c.is_ascii_digit() || c == '(')
}

fn article_of(record: Record, n: usize, parsed: &mut Parsed) {
    let line = Some(record.line);
    let title = record.title.finish();
    let what = if title.is_empty() {
        format!("document {n}")
    } else {
        format!("document {n} ('{title}')")
    };
    let header = record.header.finish();
    let mut footer = record.footer.into_paragraphs();
    let mut after_title = record.after_title.into_paragraphs();
    let mut text = record.text.into_paragraphs();
    // The old layout's copyright line and document number follow the text.
    if let Some(at) = after_title.iter().position(|p| starts_trailer(p)) {
        footer.extend(after_title.drain(at..));
    }
    let mut author = Some(record.authors.finish()).filter(|a| !a.is_empty());
    let in_section = !text.is_empty();
    if !in_section {
        text = after_title.split_off(0);
    }
    // The byline is the short line right after the title: in the header (current layout), or
    // before the text (old layout, where a one-line text is the text).
    let candidates = if in_section {
        &mut after_title
    } else {
        &mut text
    };
    if author.is_none()
        && candidates.first().is_some_and(|p| author_like(p))
        && (in_section || candidates.len() > 1)
    {
        author = Some(candidates.remove(0));
    }
    let id = document_number(&footer);
    let date = match PubDate::find(&header) {
        Some((date, _)) => Some(date),
        None => {
            let from_number = id.as_deref().and_then(date_of_number);
            let how = if from_number.is_some() {
                "dated from its document number"
            } else {
                "indexed without a date"
            };
            parsed.warn(
                line,
                format!("{what}: no date in its header '{header}'; {how}"),
            );
            from_number
        }
    };
    let section = PubDate::find(&header).map(|(_, range)| {
        header[..range.start]
            .trim_end_matches(|c: char| c == ',' || c.is_whitespace())
            .to_string()
    });
    let article = Article {
        id,
        title,
        body: text.join("\n\n"),
        date,
        source: Some(publication_name(&record.publication.finish())),
        author: author.map(|a| byline(&a)),
        section,
        url: None,
        companies: Vec::new(),
    };
    if article.title.is_empty() && article.body.is_empty() {
        parsed.skip(line, format!("{what} has neither title nor text"));
        return;
    }
    if record.cut_short {
        parsed.cut_short(record.line, &what);
    }
    parsed.article(record.line, article);
}

pub fn parse(text: &str) -> Parsed {
    let doc = Document::html(text);
    let mut parsed = Parsed::default();
    let mut records = Vec::new();
    let articles = doc.find_all(Document::ROOT, |e| e.name == "article");
    if articles.is_empty() {
        read_records(&doc, Document::ROOT, true, &mut records);
        // Only the last document of a cut file is incomplete.
        let complete = doc
            .find(Document::ROOT, |e| e.name == "html" || e.name == "body")
            .is_none_or(|root| doc.is_closed(root));
        if let Some(last) = records.last_mut() {
            last.cut_short = !complete;
        }
    } else {
        for &article in &articles {
            let start = records.len();
            read_records(&doc, article, false, &mut records);
            records[start].cut_short = !doc.is_closed(article);
        }
    }
    records.retain(|r| !(r.publication.is_empty() && r.title.is_empty() && r.text.is_empty()));
    if records.is_empty() {
        parsed.skip(
            None,
            "no Europresse document found (no DocPublicationName or titreArticleVisu)",
        );
    }
    for (n, record) in records.into_iter().enumerate() {
        article_of(record, n + 1, &mut parsed);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_current_layout() {
        let html = r#"<html><body>
<article> <header> <div><span class="DocPublicationName">Le Quotidien   </span></div>
<div><span class="DocHeader">Économie, mardi 14 mars 2006, p. 16</span></div>
<div><p>ENTREPRISES</p></div>
<div class="titreArticle"><p class="titreArticleVisu">Un titre &amp; demi</p></div>
<div>Par Jeanne Martin</div></header>
<section><div class="DocText"><div class='docOcurrContainer'><p>Premier <mark>mot</mark>.</p><p>Second.</p></div></div></section>
<aside><div><b>Note(s) : </b><p>Une note.</p></div></aside>
<footer><small>© 2006 Le Quotidien. Tous droits réservés.</small><p>Numéro de document : news·20060314·LQ·123</p>
<div id="divPubliC"><span id="PubliC_lblNodoc">news·20060314·LQ·123</span></div></footer></article>
</body></html>"#;
        let parsed = parse(html);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.id.as_deref(), Some("news·20060314·LQ·123"));
        assert_eq!(a.source.as_deref(), Some("Le Quotidien"));
        assert_eq!(a.section.as_deref(), Some("Économie"));
        assert_eq!(a.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(a.title, "Un titre & demi");
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(a.body, "Premier mot.\n\nSecond.");
    }

    #[test]
    fn reads_the_old_layout() {
        let html = r#"<html><body><table><tr><td>
<span class="DocPublicationName">La Gazette, no. 12</span><br><span class="DocHeader">Politique, </span><span class="DocHeader">jeudi </span><span class="DocHeader">4 octobre 2012</span><br><br>Sous-titre<br>
<span class="TitreArticleVisu">Titre <span style="color:red">rouge</span></span><br><br>Paul Durand<br><p></p>Le texte, <font>gras</font>.<p></p>Suite.<p></p><b><i>© 2012 La Gazette.</i></b><p></p>Numéro de document : news·20121004·GA·1<br>
<table><tr><td>news·20121004·GA·1</td></tr></table></td></tr></table>
<p><br><table><tr><td><span class="DocPublicationName">Autre</span><br><span class="DocHeader">mercredi 3 octobre 2012</span><br><br>
<span class="TitreArticleVisu">Deux</span><br><br>Un texte d'une seule phrase sans point final<p></p><b><i>© 2012</i></b><p></p>Numéro de document : news·20121003·AU·2
</td></tr></table></body></html>"#;
        let parsed = parse(html);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let articles: Vec<_> = parsed.articles().collect();
        assert_eq!(articles.len(), 2);
        let a = articles[0];
        assert_eq!(a.id.as_deref(), Some("news·20121004·GA·1"));
        assert_eq!(a.source.as_deref(), Some("La Gazette"));
        assert_eq!(a.section.as_deref(), Some("Politique"));
        assert_eq!(a.date.unwrap().to_string(), "2012-10-04");
        assert_eq!(a.title, "Titre rouge");
        assert_eq!(a.author.as_deref(), Some("Paul Durand"));
        assert_eq!(a.body, "Le texte, gras.\n\nSuite.");
        let b = articles[1];
        assert_eq!(b.section, None);
        assert_eq!(b.author, None, "a one-paragraph text is the text");
        assert_eq!(b.body, "Un texte d'une seule phrase sans point final");
        assert_eq!(b.id.as_deref(), Some("news·20121003·AU·2"));
    }

    #[test]
    fn a_header_without_date_falls_back_on_the_document_number() {
        let html = "<article><header><span class=DocPublicationName>X</span><span class=DocHeader>Sports</span>\
                    <p class=titreArticleVisu>T</p></header><section><p>Texte.</p></section>\
                    <footer><p>Numéro de document : news·20200401·X·9</p></footer></article>";
        let parsed = parse(html);
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.date.unwrap().to_string(), "2020-04-01");
        assert_eq!(
            parsed.problems(),
            ["1: document 1 ('T'): no date in its header 'Sports'; dated from its document number"]
        );
    }

    #[test]
    fn a_cut_file_keeps_its_complete_documents() {
        let html = "<article><span class=DocPublicationName>X</span><span class=DocHeader>1 avril 2020</span>\
                    <p class=titreArticleVisu>Un</p><section><p>Texte un.</p></section></article>\
                    <article><span class=DocPublicationName>X</span><span class=DocHeader>2 avril 2020</span>\
                    <p class=titreArticleVisu>Deux</p><section><p>Texte coupé";
        let parsed = parse(html);
        assert_eq!(parsed.articles().count(), 2);
        assert_eq!(
            parsed.problems(),
            ["1: document 2 ('Deux') is cut short (the file ends inside it); indexed what there is"]
        );
    }

    use crate::ingest::testdata::{fixture, shared};

    fn fields(a: &Article) -> [Option<String>; 6] {
        [
            a.id.clone(),
            a.source.clone(),
            a.section.clone(),
            a.date.map(|d| d.to_string()),
            Some(a.title.clone()),
            a.author.clone(),
        ]
    }

    fn some(values: [&str; 6]) -> [Option<String>; 6] {
        values.map(|v| Some(v.to_string()).filter(|v| !v.is_empty()))
    }

    #[test]
    fn reads_the_shared_current_layout() {
        let Some(text) = shared("europresse_test2.html") else {
            return;
        };
        let parsed = parse(&text);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 4);
        let expected = [
            [
                "news·20060315·LM·0q1503_1256056",
                "Newspaper",
                "Communication",
                "2006-03-14",
                "Title",
                "Author",
            ],
            [
                "news·20060314·LM·0q1403_1255263",
                "Newspaper",
                "Politique",
                "2006-03-14",
                "Title",
                "Ariane Chemin",
            ],
            [
                "news·20060314·LM·0mde1106_1251466",
                "Newspaper",
                "Economie",
                "2006-03-13",
                "A heading",
                "",
            ],
            [
                "news·20060314·LM·0q1403_1239851",
                "Newspaper",
                "Dernière heure",
                "2006-03-13",
                "Title",
                "Author",
            ],
        ];
        for (article, expected) in a.iter().zip(expected) {
            assert_eq!(fields(article), some(expected));
        }
        let bodies: Vec<&str> = a.iter().map(|a| a.body.as_str()).collect();
        assert_eq!(
            bodies,
            [
                "Some text: a mark.",
                "Some text.",
                "A paragraph.",
                "Text.\n\nText."
            ]
        );
    }

    #[test]
    fn reads_the_shared_old_layout() {
        let Some(text) = shared("europresse_test1.html") else {
            return;
        };
        let parsed = parse(&text);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a.len(), 3);
        let expected = [
            [
                "news·20121004·PO·2040056000",
                "l'Humanité",
                "Politique",
                "2013-10-05",
                "A heading: some text",
                "",
            ],
            [
                "news·20100903·HU·175071",
                "Mag",
                "",
                "2012-10-03",
                "Another heading with colored text inside",
                "Second Author",
            ],
            [
                "news·20111003·MAG·156190",
                "Magazine 1",
                "Éditorial",
                "2012-10-04",
                "Heading",
                "Author Name",
            ],
        ];
        for (article, expected) in a.iter().zip(expected) {
            assert_eq!(fields(article), some(expected));
        }
        assert_eq!(
            a[0].body,
            "Some text, and a few accentuated characters: éèêù. Continuation. More text, a sentence.\n\nTest."
        );
        assert_eq!(a[1].body, "Contents of the article.\n\n(1) A note.");
        assert_eq!(a[2].body, "This is a test: a test");
    }

    #[test]
    fn reads_the_fixtures() {
        let parsed = parse(&fixture("europresse.html"));
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(
            fields(a[0]),
            some([
                "news·20160401·QD·a1b2c3",
                "Le Quotidien du Port",
                "Industrie",
                "2016-04-01",
                "Le chantier naval livre son troisième ferry",
                "Julien Le Goff"
            ])
        );
        assert_eq!(
            a[0].body,
            "Le chantier naval a livré jeudi son troisième ferry de l’année à un armateur breton.\n\n\
             La coque, longue de 120\u{a0}mètres, a été assemblée en quatorze mois. Le chantier emploie désormais 900 personnes."
        );
        assert_eq!(
            fields(a[1]),
            some([
                "news·20160402·QD·d4e5f6",
                "Le Quotidien du Port",
                "Commerce",
                "2016-04-02",
                "La criée bat un record de ventes",
                ""
            ])
        );
        assert_eq!(a[1].body, "La criée a vendu 40\u{a0}tonnes de poisson en une matinée, un record depuis son ouverture.");

        // Double-encoded on disk; `fixture` repairs it as `mod.rs` does.
        let parsed = parse(&fixture("europresse-ancien.html"));
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(
            fields(a[0]),
            some([
                "news·20060314·GR·0007",
                "La Gazette des Régions",
                "Économie",
                "2006-03-14",
                "La fromagerie de Saint-Aubin recrute vingt salariés",
                "Hélène Marchand"
            ])
        );
        assert_eq!(
            a[0].body,
            "La fromagerie coopérative de Saint-Aubin annonce l’embauche de vingt salariés d’ici à l’été. \
             Le carnet de commandes a doublé en un an.\n\n« Nous manquons de bras », résume la directrice."
        );
        assert_eq!(
            fields(a[1]),
            some([
                "news·20060316·CV·0042",
                "Le Courrier du Val",
                "",
                "2006-03-16",
                "Le marché couvert rouvre ses portes",
                ""
            ])
        );
        assert_eq!(
            a[1].body,
            "Après huit mois de travaux, le marché couvert accueille de nouveau ses trente commerçants.\n\n\
             Les élus ont inauguré la halle samedi matin."
        );
    }
}
