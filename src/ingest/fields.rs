//! The names an article's fields go by in JSON Lines keys and CSV/TSV headers.
//!
//! Exports and scrapers disagree on names (`body`, `text`, `article`, `content`…), so each field
//! is looked up under all of its usual names. When a file uses a name of its own
//! (`--field body=Contenu`), that name is tried first.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Id,
    Title,
    Body,
    /// The lead paragraph, put before the body.
    Lead,
    Date,
    Source,
    Author,
    Section,
    Url,
    Companies,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::Id,
        Field::Title,
        Field::Body,
        Field::Lead,
        Field::Date,
        Field::Source,
        Field::Author,
        Field::Section,
        Field::Url,
        Field::Companies,
    ];

    /// The usual names, the field's own first.
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Field::Id => &["id", "_id", "guid", "uuid"],
            Field::Title => &["title", "headline", "titre"],
            Field::Body => &["body", "text", "article", "content", "contenu", "texte"],
            Field::Lead => &[
                "lead",
                "heading",
                "summary",
                "description",
                "chapo",
                "chapô",
                "chapeau",
                "résumé",
            ],
            Field::Date => &[
                "date",
                "published",
                "published_time",
                "pubdate",
                "published_at",
                "publication_date",
                "datePublished",
            ],
            Field::Source => &["source", "publisher", "media", "journal"],
            Field::Author => &["author", "auteur", "byline", "authors", "auteurs"],
            Field::Section => &["section", "rubrique"],
            Field::Url => &["url", "link", "href", "lien"],
            Field::Companies => &[
                "companies",
                "company",
                "entreprises",
                "sociétés",
                "societes",
            ],
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.names()[0])
    }
}

impl FromStr for Field {
    type Err = String;

    fn from_str(name: &str) -> Result<Field, String> {
        Field::ALL
            .into_iter()
            .find(|field| field.names()[0].eq_ignore_ascii_case(name.trim()))
            .ok_or_else(|| {
                let known: Vec<String> = Field::ALL.iter().map(Field::to_string).collect();
                format!(
                    "unknown field '{name}': the fields are {}",
                    known.join(", ")
                )
            })
    }
}

/// The names to look each field up under: the user's (`--field`), then the usual ones.
#[derive(Clone, Debug, Default)]
pub struct FieldNames {
    own: Vec<(Field, String)>,
}

impl FieldNames {
    pub fn new(own: Vec<(Field, String)>) -> FieldNames {
        FieldNames { own }
    }

    /// The names given with `--field`, to report those that no file has.
    pub fn own(&self) -> &[(Field, String)] {
        &self.own
    }

    pub fn of(&self, field: Field) -> impl Iterator<Item = &str> {
        self.own
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, name)| name.as_str())
            .chain(field.names().iter().copied())
    }
}

/// Parses `FIELD=NAME`, as `--field` takes it.
pub fn parse_mapping(text: &str) -> Result<(Field, String), String> {
    let (field, name) = text
        .split_once('=')
        .ok_or_else(|| format!("'{text}' is not FIELD=NAME (for example body=Contenu)"))?;
    let name = name.trim();
    if name.is_empty() {
        return Err(format!("'{text}' gives no column name after '='"));
    }
    Ok((field.parse()?, name.to_string()))
}

/// A list of company names written in one text (`Renault; Nissan`), each trimmed.
pub fn split_companies(text: &str) -> Vec<String> {
    text.split([';', '|'])
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_names_come_first() {
        let names = FieldNames::new(vec![(Field::Body, "Contenu".into())]);
        assert_eq!(names.of(Field::Body).next(), Some("Contenu"));
        assert!(names.of(Field::Body).any(|n| n == "text"));
        assert_eq!(names.of(Field::Title).next(), Some("title"));
    }

    #[test]
    fn mappings_are_checked() {
        assert_eq!(
            parse_mapping("date=Date de parution").unwrap(),
            (Field::Date, "Date de parution".to_string())
        );
        assert!(parse_mapping("corps=Contenu")
            .unwrap_err()
            .contains("unknown field 'corps': the fields are id, title, body"));
        assert!(parse_mapping("body").unwrap_err().contains("FIELD=NAME"));
        assert!(parse_mapping("body=")
            .unwrap_err()
            .contains("no column name"));
    }
}
