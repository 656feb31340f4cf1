//! Plain-text articles, one per file: a `date` header, optional `key: value` header lines, then
//! the text.
//!
//! ```text
//!  date 2021-03 Le groupe Renault a dévoilé ce mardi un plan d’économies…
//! ```
//! or
//! ```text
//! date 2020-04-20
//! title: Alibaba Cloud va investir 28 milliards de dollars
//! source: veille — rédaction économie
//!
//! Le géant chinois…
//! ```

use super::article::Article;
use super::date::PubDate;

/// Header keys, and the names people also use for them.
fn header_field(key: &str) -> Option<&'static str> {
    Some(match key.to_lowercase().as_str() {
        "title" | "titre" => "title",
        "source" => "source",
        "author" | "auteur" => "author",
        "url" | "link" | "lien" => "url",
        "companies" | "company" | "entreprises" | "sociétés" | "societes" => "companies",
        "id" => "id",
        "date" => "date",
        _ => return None,
    })
}

/// A header line: a known key, a colon, a value (`title: …`).
fn header_line(line: &str) -> Option<(&'static str, &str)> {
    let (key, value) = line.split_once(':')?;
    let field = header_field(key.trim_end())?;
    (!key.starts_with(char::is_whitespace)).then_some((field, value.trim()))
}

/// Splits `date 2021-03 rest` into the date word and the rest of the text.
fn date_header(text: &str) -> Option<(&str, &str)> {
    let rest = text
        .strip_prefix("date")
        .or_else(|| text.strip_prefix("Date"))?;
    let rest = rest
        .strip_prefix([' ', '\t', ':'])?
        .trim_start_matches([' ', '\t']);
    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    // "Date limite dépassée…" is text that starts with the word, not a header.
    rest.starts_with(|c: char| c.is_ascii_digit())
        .then_some((&rest[..end], &rest[end..]))
}

/// Parses one file's text. Warnings (a missing or wrong date) do not stop the article.
pub fn parse(text: &str) -> Result<(Article, Vec<String>), String> {
    let mut article = Article::default();
    let mut warnings = Vec::new();
    let text = text.trim_start();
    let mut rest = text;

    match date_header(text) {
        Some((word, after)) => {
            match PubDate::parse_any(word) {
                Some(date) => article.date = Some(date),
                None => warnings.push(format!(
                    "'{word}' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD); \
                     indexed without a date"
                )),
            }
            rest = after;
        }
        None => warnings
            .push("no 'date' header at the start of the file; indexed without a date".into()),
    }

    // Header lines follow the date line when the date stands alone on its line.
    let first_line_end = rest.find('\n').unwrap_or(rest.len());
    if rest[..first_line_end].trim().is_empty() {
        rest = &rest[first_line_end..];
        rest = read_headers(rest, &mut article, &mut warnings);
    }

    article.body = rest.trim().to_string();
    if article.body.is_empty() && article.title.is_empty() {
        return Err("the article has no text".into());
    }
    Ok((article.finish(), warnings))
}

fn read_headers<'a>(text: &'a str, article: &mut Article, warnings: &mut Vec<String>) -> &'a str {
    let mut rest = text.trim_start_matches(['\r', '\n']);
    while let Some((field, value)) = rest.lines().next().and_then(header_line) {
        match field {
            "title" => article.title = value.to_string(),
            "source" => article.source = Some(value.to_string()).filter(|v| !v.is_empty()),
            "author" => article.author = Some(value.to_string()).filter(|v| !v.is_empty()),
            "url" => article.url = Some(value.to_string()).filter(|v| !v.is_empty()),
            "id" => article.id = Some(value.to_string()).filter(|v| !v.is_empty()),
            "companies" => article.companies.extend(
                value
                    .split([';', ','])
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string),
            ),
            "date" => match PubDate::parse_any(value) {
                Some(date) => article.date = Some(date),
                None => warnings.push(format!("'{value}' is not a date; ignored")),
            },
            _ => {}
        }
        rest = rest.split_once('\n').map_or("", |(_, after)| after);
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_header_with_text_on_the_same_line() {
        let (article, warnings) =
            parse(" date 2021-03 Le groupe Renault a dévoilé un plan. Il coupe.\n\nSuite.")
                .unwrap();
        assert!(warnings.is_empty());
        assert_eq!(article.date.unwrap().to_string(), "2021-03");
        assert_eq!(article.title, "Le groupe Renault a dévoilé un plan");
        assert!(article.body.starts_with("Le groupe Renault"));
        assert!(article.body.ends_with("Suite."));
    }

    #[test]
    fn header_lines_then_body() {
        let text = "date 2020-04-20\ntitle: Alibaba Cloud investit\nsource: veille — desk tech\n\
                    auteur: Ariane Chemin\ndate: 14 mars 2006\nurl: https://example.org/a\ncompanies: Alibaba; Alibaba Cloud\n\nLe géant chinois.\n";
        let (article, warnings) = parse(text).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(article.title, "Alibaba Cloud investit");
        assert_eq!(article.source.as_deref(), Some("veille — desk tech"));
        assert_eq!(article.author.as_deref(), Some("Ariane Chemin"));
        assert_eq!(article.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(article.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(article.companies, ["Alibaba", "Alibaba Cloud"]);
        assert_eq!(article.body, "Le géant chinois.");
    }

    #[test]
    fn a_colon_in_the_text_is_not_a_header() {
        let (article, _) = parse("date 2020\n\nCharente-Maritime : un sanglier.").unwrap();
        assert_eq!(article.body, "Charente-Maritime : un sanglier.");
    }

    #[test]
    fn no_date_is_a_warning_not_an_error() {
        let (article, warnings) = parse("Texte sans date.").unwrap();
        assert_eq!(article.date, None);
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("no 'date' header"));
    }

    #[test]
    fn a_wrong_date_is_reported() {
        let (article, warnings) = parse("date 2021-13 Texte.").unwrap();
        assert_eq!(article.date, None);
        assert!(warnings[0].contains("'2021-13' is not a date"));
        assert_eq!(article.body, "Texte.");
    }

    #[test]
    fn a_text_starting_with_the_word_date_keeps_it() {
        let (article, _) = parse("Date limite dépassée pour Renault.").unwrap();
        assert_eq!(article.body, "Date limite dépassée pour Renault.");
    }

    #[test]
    fn empty_files_are_errors() {
        assert!(parse("date 2021-03  \n\n").is_err());
        assert!(parse("").is_err());
    }
}
