//! The index schema: every field name lives here, and nowhere else.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use crate::analysis::FRENCH;

/// Bumped whenever the schema or the analyzer changes, so that an old index is rebuilt rather
/// than searched with the wrong terms.
pub const FORMAT_VERSION: u32 = 6;

pub const ID: &str = "id";
pub const TITLE: &str = "title";
pub const BODY: &str = "body";
pub const DATE: &str = "date";
pub const DATE_FACET: &str = "date_facet";
/// First and last day (`YYYYMMDD`) of the period the date covers: `2020-04` spans 20200401 to
/// 20200430, so date filters work at any precision.
pub const FIRST_DAY: &str = "first_day";
pub const LAST_DAY: &str = "last_day";
pub const SOURCE: &str = "source";
pub const AUTHOR: &str = "author";
pub const SECTION: &str = "section";
pub const URL: &str = "url";
pub const COMPANY: &str = "company";
/// `Canonical<US>As written` for companies the article named otherwise (`Total` in 2019).
pub const MENTIONED_AS: &str = "mentioned_as";
/// Companies not in the gazetteer, found after a cue (`la société X`): less sure, so kept apart
/// from [`COMPANY`], but a facet too, so that `--company` finds them.
pub const GUESSED: &str = "company_guessed";
pub const FINGERPRINT: &str = "fingerprint";

#[derive(Clone, Copy, Debug)]
pub struct Fields {
    pub id: Field,
    pub title: Field,
    pub body: Field,
    pub date: Field,
    pub date_facet: Field,
    pub first_day: Field,
    pub last_day: Field,
    pub source: Field,
    pub author: Field,
    pub section: Field,
    pub url: Field,
    pub company: Field,
    pub mentioned_as: Field,
    pub guessed: Field,
    pub fingerprint: Field,
}

pub fn build() -> Schema {
    let mut builder = Schema::builder();
    let french = TextOptions::default().set_stored().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(FRENCH)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    builder.add_text_field(ID, STRING | STORED | FAST);
    builder.add_text_field(TITLE, french.clone());
    builder.add_text_field(BODY, french);
    builder.add_text_field(DATE, STORED);
    builder.add_facet_field(DATE_FACET, tantivy::schema::FacetOptions::default());
    builder.add_i64_field(FIRST_DAY, INDEXED | FAST);
    builder.add_i64_field(LAST_DAY, INDEXED | FAST);
    builder.add_facet_field(
        SOURCE,
        tantivy::schema::FacetOptions::default().set_stored(),
    );
    builder.add_text_field(AUTHOR, STORED);
    builder.add_text_field(SECTION, STORED);
    builder.add_text_field(URL, STORED);
    builder.add_facet_field(
        COMPANY,
        tantivy::schema::FacetOptions::default().set_stored(),
    );
    builder.add_text_field(MENTIONED_AS, STORED);
    builder.add_facet_field(
        GUESSED,
        tantivy::schema::FacetOptions::default().set_stored(),
    );
    builder.add_u64_field(FINGERPRINT, FAST);
    builder.build()
}

impl Fields {
    pub fn of(schema: &Schema) -> tantivy::Result<Fields> {
        Ok(Fields {
            id: schema.get_field(ID)?,
            title: schema.get_field(TITLE)?,
            body: schema.get_field(BODY)?,
            date: schema.get_field(DATE)?,
            date_facet: schema.get_field(DATE_FACET)?,
            first_day: schema.get_field(FIRST_DAY)?,
            last_day: schema.get_field(LAST_DAY)?,
            source: schema.get_field(SOURCE)?,
            author: schema.get_field(AUTHOR)?,
            section: schema.get_field(SECTION)?,
            url: schema.get_field(URL)?,
            company: schema.get_field(COMPANY)?,
            mentioned_as: schema.get_field(MENTIONED_AS)?,
            guessed: schema.get_field(GUESSED)?,
            fingerprint: schema.get_field(FINGERPRINT)?,
        })
    }
}
