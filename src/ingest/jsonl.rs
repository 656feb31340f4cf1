//! JSON Lines: one article object per line, with the field names people actually use.
//!
//! Each field is looked up under all of its usual names ([`super::fields`]); unknown fields are
//! ignored.

use serde_json::Value;

use super::article::Article;
use super::date::PubDate;
use super::fields::{split_companies, Field, FieldNames};

fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        // `{"source": {"name": "AFP"}}`, as news APIs write it.
        Value::Object(map) => map.get("name").and_then(text_of),
        _ => None,
    }
}

fn companies_of(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items
            .iter()
            .filter_map(text_of)
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty())
            .collect(),
        Value::String(s) => split_companies(s),
        _ => Vec::new(),
    }
}

/// Parses one line. Warnings (a date that cannot be read) do not stop the article.
pub fn parse_record(line: &str) -> Result<(Article, Vec<String>), String> {
    parse_record_with(line, &FieldNames::default())
}

/// Parses one line, looking fields up under `names`.
pub fn parse_record_with(line: &str, names: &FieldNames) -> Result<(Article, Vec<String>), String> {
    let value: Value = serde_json::from_str(line).map_err(|err| format!("invalid JSON: {err}"))?;
    let Value::Object(record) = value else {
        return Err("expected a JSON object with the article's fields".into());
    };
    let mut warnings = Vec::new();
    let get = |field: Field| names.of(field).find_map(|name| record.get(name));
    let first_text = |field: Field| {
        names
            .of(field)
            .find_map(|name| record.get(name).and_then(text_of))
    };
    let lead = first_text(Field::Lead);
    let text = first_text(Field::Body);
    let body = match (lead, text) {
        (Some(lead), Some(text)) if !text.starts_with(&lead) => format!("{lead}\n\n{text}"),
        (_, Some(text)) => text,
        (Some(lead), None) => lead,
        (None, None) => String::new(),
    };
    let title = first_text(Field::Title).unwrap_or_default();
    if title.is_empty() && body.is_empty() {
        return Err(format!(
            "no text: expected one of the fields {}",
            names
                .of(Field::Title)
                .chain(names.of(Field::Body))
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    let mut date = None;
    if let Some(raw) = first_text(Field::Date) {
        date = PubDate::parse_any(&raw);
        if date.is_none() {
            warnings.push(format!("'{raw}' is not a date; indexed without a date"));
        }
    }
    let article = Article {
        id: first_text(Field::Id),
        title,
        body,
        date,
        source: first_text(Field::Source),
        author: first_text(Field::Author),
        section: first_text(Field::Section),
        url: first_text(Field::Url),
        companies: get(Field::Companies).map(companies_of).unwrap_or_default(),
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
    fn reads_french_dates_authors_and_own_names() {
        let line = r#"{"Contenu": "Texte.", "date": "14 mars 2006", "auteur": "Ariane Chemin"}"#;
        let names = FieldNames::new(vec![(Field::Body, "Contenu".into())]);
        let (article, warnings) = parse_record_with(line, &names).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(article.body, "Texte.");
        assert_eq!(article.date.unwrap().to_string(), "2006-03-14");
        assert_eq!(article.author.as_deref(), Some("Ariane Chemin"));
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
        assert!(warnings[0].contains("'hier' is not a date"));
    }
}
