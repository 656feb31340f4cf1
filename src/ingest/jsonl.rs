//! JSON Lines: one article object per line, with the field names people actually use.
//!
//! Exports and scrapers disagree on names (`body`, `text`, `article`, `content`…), so each field
//! is looked up under all of its usual names; unknown fields are ignored.

use serde_json::{Map, Value};

use super::article::Article;
use super::date::PubDate;

const ID: &[&str] = &["id", "_id", "guid", "uuid"];
const TITLE: &[&str] = &["title", "headline", "titre"];
const BODY: &[&str] = &["body", "text", "article", "content", "contenu", "texte"];
const LEAD: &[&str] = &[
    "heading",
    "lead",
    "summary",
    "description",
    "chapo",
    "chapeau",
];
const DATE: &[&str] = &[
    "date",
    "published",
    "published_time",
    "pubdate",
    "published_at",
    "publication_date",
    "datePublished",
];
const SOURCE: &[&str] = &["source", "publisher", "media"];
const URL: &[&str] = &["url", "link", "href"];
const COMPANIES: &[&str] = &["companies", "company", "entreprises"];

fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        // `{"source": {"name": "AFP"}}`, as news APIs write it.
        Value::Object(map) => map.get("name").and_then(text_of),
        _ => None,
    }
}

fn first_text(record: &Map<String, Value>, names: &[&str]) -> Option<String> {
    names
        .iter()
        .find_map(|name| record.get(*name).and_then(text_of))
}

fn companies_of(value: &Value) -> Vec<String> {
    let names: Vec<String> = match value {
        Value::Array(items) => items.iter().filter_map(text_of).collect(),
        Value::String(s) => s.split(';').map(str::to_string).collect(),
        _ => Vec::new(),
    };
    names
        .into_iter()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

/// Parses one line. Warnings (a date that cannot be read) do not stop the article.
pub fn parse_record(line: &str) -> Result<(Article, Vec<String>), String> {
    let value: Value = serde_json::from_str(line).map_err(|err| format!("invalid JSON: {err}"))?;
    let Value::Object(record) = value else {
        return Err("expected a JSON object with the article's fields".into());
    };
    let mut warnings = Vec::new();
    let lead = first_text(&record, LEAD);
    let text = first_text(&record, BODY);
    let body = match (lead, text) {
        (Some(lead), Some(text)) if !text.starts_with(&lead) => format!("{lead}\n\n{text}"),
        (_, Some(text)) => text,
        (Some(lead), None) => lead,
        (None, None) => String::new(),
    };
    let title = first_text(&record, TITLE).unwrap_or_default();
    if title.is_empty() && body.is_empty() {
        return Err(format!(
            "no text: expected one of the fields {}",
            TITLE
                .iter()
                .chain(BODY)
                .copied()
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let mut date = None;
    if let Some(raw) = first_text(&record, DATE) {
        date = PubDate::parse_iso(&raw);
        if date.is_none() {
            warnings.push(format!(
                "'{raw}' is not an ISO 8601 date; indexed without a date"
            ));
        }
    }
    let companies = COMPANIES
        .iter()
        .find_map(|name| record.get(*name))
        .map(companies_of)
        .unwrap_or_default();
    let article = Article {
        id: first_text(&record, ID),
        title,
        body,
        date,
        source: first_text(&record, SOURCE),
        url: first_text(&record, URL),
        companies,
    };
    Ok((article.finish(), warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_orangesum_fields() {
        let line = r#"{"id": "x1", "date": "2020-04-21", "published_time": "2020-04-21T10:00:00+02:00",
            "title": "Titre", "heading": "Chapô.", "article": "Corps.", "url": "https://a/b", "section": "eco"}"#;
        let (article, warnings) = parse_record(line).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(article.id.as_deref(), Some("x1"));
        assert_eq!(article.date.unwrap().to_string(), "2020-04-21");
        assert_eq!(article.body, "Chapô.\n\nCorps.");
        assert_eq!(article.url.as_deref(), Some("https://a/b"));
    }

    #[test]
    fn accepts_other_names_and_shapes() {
        let line = r#"{"id": 7, "headline": "", "content": "Texte. Suite.", "published": "2019-05",
            "source": {"name": "AFP"}, "companies": "Renault; Nissan"}"#;
        let (article, _) = parse_record(line).unwrap();
        assert_eq!(article.id.as_deref(), Some("7"));
        assert_eq!(article.title, "Texte");
        assert_eq!(article.source.as_deref(), Some("AFP"));
        assert_eq!(article.companies, ["Renault", "Nissan"]);
        assert_eq!(article.date.unwrap().to_string(), "2019-05");
    }

    #[test]
    fn bad_records_say_why() {
        assert!(parse_record("{\"title\": ")
            .unwrap_err()
            .starts_with("invalid JSON"));
        assert!(parse_record("[1, 2]").unwrap_err().contains("JSON object"));
        assert!(parse_record("{\"id\": 1}")
            .unwrap_err()
            .starts_with("no text"));
        let (_, warnings) = parse_record(r#"{"text": "a", "date": "hier"}"#).unwrap();
        assert!(warnings[0].contains("'hier' is not an ISO 8601 date"));
    }
}
