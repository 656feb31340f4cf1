//! CSV and TSV files with a header row: one article per row.
//!
//! Columns are found by the same names as JSON Lines keys ([`super::fields`]), in any case, or
//! by the names given with `--field body=Contenu`. The delimiter is the one the header uses
//! (`,`, `;` as French spreadsheets write, or a tab), so a `.csv` saved by Excel in France reads
//! as well as one from a script.

use super::article::Article;
use super::date::PubDate;
use super::fields::{split_companies, Field, FieldNames};
use super::parsed::Parsed;

/// The delimiter the header line uses most, outside quotes.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in text.bytes() {
        if byte == b'\n' && !quoted {
            break;
        }
        if byte == b'"' {
            quoted = !quoted;
        }
        if let Some(count) = counts
            .iter_mut()
            .find(|(d, _)| *d == byte)
            .filter(|_| !quoted)
        {
            count.1 += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

/// Reads a table; `delimiter` is sniffed from the header when not given.
pub fn parse(text: &str, delimiter: Option<u8>, names: &FieldNames) -> Parsed {
    let mut parsed = Parsed::default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter.unwrap_or_else(|| sniff_delimiter(text)))
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_string()).collect(),
        Err(err) => {
            parsed.skip(Some(1), format!("cannot read the header row: {err}"));
            return parsed;
        }
    };
    let column = |field: Field| {
        names
            .of(field)
            .find_map(|name| headers.iter().position(|h| h.eq_ignore_ascii_case(name)))
    };
    for (field, name) in names.own() {
        if !headers.iter().any(|h| h.eq_ignore_ascii_case(name)) {
            parsed.warn(
                Some(1),
                format!(
                    "--field {field}={name}: no column '{name}' here; the columns are: {}",
                    headers.join(", ")
                ),
            );
        }
    }
    let (title, body) = (column(Field::Title), column(Field::Body));
    if title.is_none() && body.is_none() {
        parsed.skip(
            Some(1),
            format!(
                "no title or text column: the columns are {}\n\nName them with --field, e.g. \
                 --field body=Contenu --field title=Titre",
                headers.join(", ")
            ),
        );
        return parsed;
    }
    let (id, lead, date) = (column(Field::Id), column(Field::Lead), column(Field::Date));
    let (source, author, section) = (
        column(Field::Source),
        column(Field::Author),
        column(Field::Section),
    );
    let (url, companies) = (column(Field::Url), column(Field::Companies));
    for (n, row) in reader.records().enumerate() {
        let line = |position: Option<&csv::Position>| position.map_or(n + 2, |p| p.line() as usize);
        let row = match row {
            Ok(row) => row,
            Err(err) => {
                parsed.skip(Some(line(err.position())), format!("row {}: {err}", n + 1));
                continue;
            }
        };
        let line = line(row.position());
        let cell = |column: Option<usize>| {
            column
                .and_then(|c| row.get(c))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        if row.iter().all(|v| v.trim().is_empty()) {
            continue;
        }
        let body = match (cell(lead), cell(body)) {
            (Some(lead), Some(text)) if !text.starts_with(&lead) => format!("{lead}\n\n{text}"),
            (_, Some(text)) => text,
            (Some(lead), None) => lead,
            (None, None) => String::new(),
        };
        let article = Article {
            id: cell(id),
            title: cell(title).unwrap_or_default(),
            body,
            date: None,
            source: cell(source),
            author: cell(author),
            section: cell(section),
            url: cell(url),
            companies: cell(companies)
                .map(|c| split_companies(&c))
                .unwrap_or_default(),
        };
        if article.title.is_empty() && article.body.is_empty() {
            parsed.skip(Some(line), format!("row {}: empty title and text", n + 1));
            continue;
        }
        let mut article = article;
        if let Some(raw) = cell(date) {
            article.date = PubDate::parse_any(&raw);
            if article.date.is_none() {
                parsed.warn(
                    Some(line),
                    format!(
                        "row {}: '{raw}' is not a date; indexed without a date",
                        n + 1
                    ),
                );
            }
        }
        parsed.article(line, article);
    }
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rows_by_usual_names() {
        let csv = "Titre;Date;Source;Auteur;Entreprises;Lien;Texte\n\
                   Renault ferme Flins;14/03/2006;Le Quotidien;Jeanne Martin;\"Renault; Nissan\";https://e.org/a;\"Premier.\n\nSecond; avec point-virgule.\"\n\
                   ;;;;;;\n\
                   Deux;1er avril 2020;;;;;Texte deux.\n";
        let parsed = parse(csv, None, &FieldNames::default());
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let articles: Vec<_> = parsed.articles().collect();
        assert_eq!(articles.len(), 2);
        let a = articles[0];
        assert_eq!(a.title, "Renault ferme Flins");
        assert_eq!(a.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(a.source.as_deref(), Some("Le Quotidien"));
        assert_eq!(a.author.as_deref(), Some("Jeanne Martin"));
        assert_eq!(a.companies, ["Renault", "Nissan"]);
        assert_eq!(a.url.as_deref(), Some("https://e.org/a"));
        assert_eq!(a.body, "Premier.\n\nSecond; avec point-virgule.");
        assert_eq!(articles[1].date.unwrap().to_string(), "2020-04-01");
        assert!(matches!(
            &parsed.entries[1],
            super::super::parsed::Entry::Article { line: 6, .. }
        ));
    }

    #[test]
    fn own_column_names_and_tabs() {
        let tsv = "Contenu\tParu le\tid\nLe texte.\t14 mars 2006\tx1\n";
        let names = FieldNames::new(vec![
            (Field::Body, "Contenu".into()),
            (Field::Date, "paru le".into()),
            (Field::Title, "Titre".into()),
        ]);
        let parsed = parse(tsv, Some(b'\t'), &names);
        let a = parsed.articles().next().unwrap();
        assert_eq!(a.body, "Le texte.");
        assert_eq!(a.title, "Le texte");
        assert_eq!(a.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(a.id.as_deref(), Some("x1"));
        assert_eq!(
            parsed.problems(),
            ["1: --field title=Titre: no column 'Titre' here; the columns are: Contenu, Paru le, id"]
        );
    }

    #[test]
    fn tables_without_text_say_how_to_map_columns() {
        let parsed = parse("a,b\n1,2\n", None, &FieldNames::default());
        assert_eq!(parsed.skipped(), 1);
        assert!(parsed.problems()[0].contains("no title or text column: the columns are a, b"));
        let parsed = parse("title,date\nUn,hier\n,2020\n", None, &FieldNames::default());
        assert_eq!(
            parsed.problems(),
            [
                "2: row 1: 'hier' is not a date; indexed without a date",
                "3: row 2: empty title and text"
            ]
        );
    }

    #[test]
    fn reads_the_fixture() {
        let parsed = parse(
            &crate::ingest::testdata::fixture("lettre.csv"),
            None,
            &FieldNames::default(),
        );
        assert_eq!(parsed.problems(), Vec::<String>::new());
        let a: Vec<_> = parsed.articles().collect();
        assert_eq!(a[0].title, "Danone cède sa filiale d'eaux minérales");
        assert_eq!(a[0].date.unwrap().to_string(), "2006-03-14");
        assert_eq!(a[0].source.as_deref(), Some("La Lettre agroalimentaire"));
        assert_eq!(a[0].author.as_deref(), Some("Anne Petit"));
        assert_eq!(
            a[0].url.as_deref(),
            Some("https://lettre.example.org/danone-eaux")
        );
        assert_eq!(a[0].companies, ["Danone"]);
        assert_eq!(
            a[0].body,
            "Le groupe se recentre.\n\nDanone a trouvé un acquéreur pour sa filiale.\n\nLe montant n'a pas été dévoilé."
        );
        assert_eq!(a[1].date.unwrap().to_string(), "2020-04-01");
        assert_eq!(a[1].companies, ["Lactalis", "Sodiaal"]);
        assert_eq!(a[1].author, None);
    }
}
