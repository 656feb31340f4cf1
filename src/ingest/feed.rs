//! RSS (2.0 and 1.0) and Atom feeds, as saved from news sites: one article per item or entry.
//!
//! The link is the article's identity (`url`, with no `id`): the same story saved again from a
//! later copy of the feed, or from another feed, updates the one already indexed, as users
//! expect, whereas guids differ from feed to feed. The guid stands in only when there is no
//! link. The full text (`content:encoded`, Atom `content`) is preferred to the summary
//! (`description`, `summary`), and the HTML in either is reduced to clean text.

use super::article::Article;
use super::date::PubDate;
use super::html::{self, Document, NodeId};
use super::parsed::Parsed;

/// Text of an element holding text or HTML (escaped, in CDATA, or inline XHTML).
fn html_text(doc: &Document, id: NodeId) -> String {
    if doc.child_elements(id).next().is_some() {
        doc.text(id)
    } else {
        html::to_text(&doc.raw_text(id))
    }
}

/// The first child of `parent` named like one of `names`, in the order of `names`.
fn child(doc: &Document, parent: NodeId, names: &[&str]) -> Option<NodeId> {
    names.iter().find_map(|name| {
        doc.child_elements(parent)
            .find(|(_, e)| e.name == *name)
            .map(|(id, _)| id)
    })
}

fn child_text(doc: &Document, parent: NodeId, names: &[&str]) -> Option<String> {
    names.iter().find_map(|name| {
        let id = child(doc, parent, &[name])?;
        Some(html_text(doc, id)).filter(|t| !t.is_empty())
    })
}

/// `jdupont@example.org (Jean Dupont)`, as RSS writes authors, is Jean Dupont.
fn author_name(author: String) -> String {
    match author.split_once('(') {
        Some((email, name)) if email.contains('@') => name.trim_end_matches(')').trim().to_string(),
        _ => author,
    }
}

/// The Atom link to the article itself (`rel="alternate"`, or no `rel`).
fn atom_link(doc: &Document, entry: NodeId) -> Option<String> {
    doc.child_elements(entry)
        .filter(|(_, e)| e.name == "link")
        .find(|(_, e)| e.attr("rel").is_none_or(|rel| rel == "alternate"))
        .and_then(|(_, e)| e.attr("href"))
        .map(|href| href.trim().to_string())
        .filter(|href| !href.is_empty())
}

pub fn parse(text: &str) -> Parsed {
    let doc = Document::xml(text);
    let mut parsed = Parsed::default();
    let Some((root, element)) = doc.child_elements(Document::ROOT).next() else {
        parsed.skip(None, "no XML element: not a feed");
        return parsed;
    };
    let atom = element.name == "feed";
    let record = if atom { "entry" } else { "item" };
    // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
    let channel = child(&doc, root, &["channel"]).unwrap_or(root);
    let feed_title = child_text(&doc, channel, &["title"]);
    let items = doc.find_all(root, |e| e.name == record);
    if items.is_empty() {
        parsed.skip(
            None,
            format!(
                "a feed without any <{record}>: nothing to index (an empty or cut-short download?)"
            ),
        );
    }
    for (n, &item) in items.iter().enumerate() {
        let line = doc.line(item);
        let what = format!("{record} {}", n + 1);
        let link = if atom {
            atom_link(&doc, item)
        } else {
            child_text(&doc, item, &["link"])
        };
        let guid = child_text(&doc, item, &["guid", "id"])
            .or_else(|| doc.element(item)?.attr("rdf:about").map(str::to_string));
        let (url, id) = match (link, guid) {
            (Some(link), _) => (Some(link), None),
            (None, Some(guid)) if guid.starts_with("http") => (Some(guid), None),
            (None, guid) => (None, guid),
        };
        let source = child(&doc, item, &["source"])
            .and_then(|s| child_text(&doc, s, &["title"]).or_else(|| Some(doc.inline_text(s))))
            .filter(|s| !s.is_empty())
            .or_else(|| feed_title.clone());
        // Atom puts the name in `<author><name>`, beside the email.
        let author = child(&doc, item, &["dc:creator", "author"])
            .map(|a| child(&doc, a, &["name"]).unwrap_or(a))
            .map(|a| html_text(&doc, a))
            .filter(|a| !a.is_empty())
            .map(author_name);
        let body = ["content:encoded", "content", "description", "summary"]
            .iter()
            .filter_map(|name| child(&doc, item, &[name]))
            .map(|id| html_text(&doc, id))
            .find(|text| !text.is_empty())
            .unwrap_or_default();
        let title = child_text(&doc, item, &["title"]).unwrap_or_default();
        let article = Article {
            id,
            title,
            body,
            date: None,
            source,
            author,
            section: None,
            url,
            companies: Vec::new(),
        };
        if article.title.is_empty() && article.body.is_empty() {
            let why = if doc.is_closed(item) {
                "has neither title nor text"
            } else {
                "is cut short before its title and text (the file ends there)"
            };
            parsed.skip(Some(line), format!("{what} {why}"));
            continue;
        }
        let mut article = article;
        match child_text(&doc, item, &["pubdate", "dc:date", "published", "updated"]) {
            Some(raw) => match PubDate::parse_any(&raw) {
                Some(date) => article.date = Some(date),
                None => parsed.warn(
                    Some(line),
                    format!("{what}: '{raw}' is not a date; indexed without a date"),
                ),
            },
            None => parsed.warn(
                Some(line),
                format!("{what}: no date; indexed without a date"),
            ),
        }
        if !doc.is_closed(item) {
            parsed.cut_short(line, &what);
        }
        parsed.article(line, article);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Le Fil &amp; l'Éco</title>
  <link>https://example.org/</link>
  <image><title>Logo</title></image>
  <item>
    <title>Renault ferme &lt;b&gt;Flins&lt;/b&gt;</title>
    <link>https://example.org/renault-flins</link>
    <guid isPermaLink="false">fil-123</guid>
    <pubDate>mar., 14 mars 2006 10:00:00 +0100</pubDate>
    <dc:creator>Jeanne Martin</dc:creator>
    <description>Résumé court.</description>
    <content:encoded><![CDATA[<p>Premier paragraphe&nbsp;: l&rsquo;usine.</p><p>Second <a href="x">lien</a>.</p>]]></content:encoded>
  </item>
  <item>
    <title>Sans lien</title>
    <guid>fil-124</guid>
    <pubDate>Wed, 15 Mar 2006 08:00:00 GMT</pubDate>
    <author>redac@example.org (La Rédaction)</author>
    <description>&lt;p&gt;Texte &amp;amp; suite.&lt;/p&gt;</description>
  </item>
</channel>
</rss>"#;

    #[test]
    fn reads_rss_items() {
        let parsed = parse(RSS);
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let articles: Vec<_> = parsed.articles().collect();
        assert_eq!(articles.len(), 2);
        let a = articles[0];
        assert_eq!(a.title, "Renault ferme Flins");
        assert_eq!(a.url.as_deref(), Some("https://example.org/renault-flins"));
        assert_eq!(a.id, None, "the link is the identity");
        assert_eq!(a.source.as_deref(), Some("Le Fil & l'Éco"));
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(a.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(a.body, "Premier paragraphe\u{a0}: l’usine.\n\nSecond lien.");
        let b = articles[1];
        assert_eq!(b.url, None);
        assert_eq!(b.id.as_deref(), Some("fil-124"));
        assert_eq!(b.author.as_deref(), Some("La Rédaction"));
        assert_eq!(b.date.unwrap().to_string(), "2006-03-15");
        assert_eq!(b.body, "Texte & suite.");
    }

    #[test]
    fn reads_atom_entries() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Économie — le blog</title>
  <entry>
    <title>Airbus livre</title>
    <link rel="self" href="https://example.org/self"/>
    <link rel="alternate" href="https://example.org/airbus"/>
    <id>tag:example.org,2020:1</id>
    <updated>2020-04-22T10:00:00Z</updated>
    <published>2020-04-21T08:30:00+02:00</published>
    <author><name>Paul Durand</name><email>pd@example.org</email></author>
    <summary>Résumé.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Un.</p><p>Deux.</p></div></content>
  </entry>
</feed>"#;
        let parsed = parse(atom);
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.title, "Airbus livre");
        assert_eq!(a.url.as_deref(), Some("https://example.org/airbus"));
        assert_eq!(a.source.as_deref(), Some("Économie — le blog"));
        assert_eq!(a.author.as_deref(), Some("Paul Durand"));
        assert_eq!(a.date.unwrap().to_string(), "2020-04-21");
        assert_eq!(a.body, "Un.\n\nDeux.");
    }

    #[test]
    fn a_cut_short_feed_keeps_what_it_can() {
        let cut = &RSS[..RSS.find("<author>").unwrap()];
        let parsed = parse(cut);
        assert_eq!(parsed.articles().count(), 2);
        let problems = parsed.problems();
        assert!(
            problems.iter().any(|p| p.contains("item 2 is cut short")),
            "{problems:?}"
        );
        let before_text = &RSS[..RSS.find("<title>Sans lien").unwrap()];
        let parsed = parse(before_text);
        assert_eq!(parsed.articles().count(), 1);
        assert_eq!(parsed.skipped(), 1);
        let problems = parsed.problems();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("item 2 is cut short before its title")),
            "{problems:?}"
        );
    }

    #[test]
    fn missing_dates_and_empty_items_are_reported() {
        let parsed = parse("<rss><channel><title>F</title><item><title>T</title></item><item></item></channel></rss>");
        assert_eq!(parsed.articles().count(), 1);
        assert_eq!(
            parsed.problems(),
            [
                "1: item 1: no date; indexed without a date",
                "1: item 2 has neither title nor text"
            ]
        );
        let empty = parse("<rss><channel><title>F</title></channel></rss>");
        assert_eq!(empty.skipped(), 1);
    }

    use crate::ingest::testdata::fixture;

    #[test]
    fn reads_the_fixtures() {
        let parsed = parse(&fixture("echo.rss"));
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a[0].title, "TotalEnergies investit dans l’éolien en mer");
        assert_eq!(
            a[0].url.as_deref(),
            Some("https://echo.example.org/2006/03/14/totalenergies-eolien")
        );
        assert_eq!(
            a[0].source.as_deref(),
            Some("L'Écho des Marchés & Entreprises")
        );
        assert_eq!(a[0].author.as_deref(), Some("Nathalie Roux"));
        assert_eq!(a[0].date.unwrap().to_string(), "2006-03-14");
        assert_eq!(
            a[0].body,
            "Le groupe pétrolier annonce un parc éolien de 500\u{a0}MW au large de la Bretagne.\n\n\
             Les travaux doivent commencer en 2008, sous réserve des autorisations."
        );
        assert_eq!(a[1].author.as_deref(), Some("La Rédaction"));
        assert_eq!(a[1].date.unwrap().to_string(), "2006-03-15");
        assert_eq!(
            a[1].body,
            "Le CAC 40 gagne 1,2\u{a0}% & franchit un seuil.\n\nLes valeurs bancaires mènent la hausse."
        );

        let parsed = parse(&fixture("carnet.atom"));
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.title, "Michelin & ses usines : le point");
        assert_eq!(
            a.url.as_deref(),
            Some("https://carnet.example.org/michelin-usines")
        );
        assert_eq!(a.source.as_deref(), Some("Le Carnet de l'Industrie"));
        assert_eq!(a.author.as_deref(), Some("Pierre Garnier"));
        assert_eq!(a.date.unwrap().to_string(), "2020-04-21");
        assert_eq!(
            a.body,
            "Le fabricant de pneus rouvre trois usines.\n\nLes équipes reprennent par roulement."
        );
    }
}
