//! veille: fast full-text search for French business news.
//!
//! The modules follow the pipeline, and each one only uses the ones before it:
//! [`ingest`] (files → [`ingest::Article`]) → [`analysis`] (French analyzer, companies) →
//! [`index`] (schema, incremental writer) → [`search`] (queries, filters, facets, snippets) →
//! [`output`] (text and JSON) → [`cli`]. See ARCHITECTURE.md.

pub mod analysis;
pub mod cli;
pub mod index;
pub mod ingest;
pub mod output;
pub mod search;
