//! Tests through the real binary, on small corpora written for them.
//!
//! - `ingest`: what gets read, what gets skipped and how it is reported, incremental runs.
//! - `search`: French analysis as seen by a searcher, the query language, ranking, output.
//! - `companies`: company recognition against hand labels on real articles (`../shared`).
//! - `corpus`: the bundled corpus reads cleanly and covers what its README promises.
//! - `facets`: company and date filters and counts.
//! - `formats`: feeds, press-database exports and tables (fixtures, and `../shared`'s exports).
//! - `shared`: the real corpus in `../shared` (skipped with a message when absent).

mod companies;
mod corpus;
mod facets;
mod formats;
mod hay;
mod ingest;
mod search;
mod shared;
mod util;
