//! The command line as the user typed it. Each flag's doc comment is its `--help` text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::ingest::date::PubDate;
use crate::ingest::fields::{self, Field};

#[derive(Parser, Debug)]
#[command(
    name = "veille",
    version,
    about = "Fast full-text search for French business news",
    long_about = "Fast full-text search for French business news.\n\n\
                  veille index builds an index of a folder of articles (plain text, JSON Lines,\n\
                  RSS/Atom feeds, Europresse, Factiva and LexisNexis exports, CSV/TSV);\n\
                  veille search finds articles by words, company and date, with highlighted snippets.",
    after_help = "Examples:\n  veille search \"investissement cloud\"\n  \
                  veille search usine --company Renault --from 2020 --to 2021-06\n  \
                  veille index ~/articles --index ~/veille-index"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Index a corpus (files or folders); re-running only adds what changed.
    Index(IndexArgs),
    /// Search the index.
    Search(SearchArgs),
    /// Print one whole article.
    Show(ShowArgs),
    /// What the index holds: articles, dates, companies, sources, size.
    Stats(StatsArgs),
    /// The companies in the index, with their article counts.
    Companies(StatsArgs),
}

#[derive(Args, Debug, Clone)]
pub struct IndexLocation {
    /// Index folder [default: ./index, built from ./corpus on first search].
    #[arg(long, env = "VEILLE_INDEX", value_name = "DIR", global = true)]
    pub index: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct IndexArgs {
    /// Files or folders to index (folders are walked, hidden entries skipped) [default: ./corpus].
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub location: IndexLocation,
    /// Start from an empty index; the old one stays searchable until the new one is complete.
    #[arg(long)]
    pub rebuild: bool,
    /// Add or override companies (TOML `[[company]]` tables, or the TSV of data/companies/).
    /// The file is kept in the index folder; a `companies.toml` beside the index is read too.
    #[arg(long, value_name = "FILE")]
    pub companies: Option<PathBuf>,
    /// Skip company recognition: faster, but the company facet stays empty.
    #[arg(long, conflicts_with = "companies")]
    pub no_companies: bool,
    /// Read FIELD from the CSV/TSV column (or JSON key) NAME, e.g. --field body=Contenu
    /// --field date="Date de parution". Fields: id, title, body, lead, date, source, author,
    /// section, url, companies. Repeat for several.
    #[arg(long = "field", value_name = "FIELD=NAME", value_parser = fields::parse_mapping)]
    pub fields: Vec<(Field, String)>,
}

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum SortBy {
    #[default]
    Relevance,
    Date,
}

#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub enum Colour {
    #[default]
    Auto,
    Always,
    Never,
}

/// Bounds that keep a page's memory small whatever is typed: a page of hits is read whole.
const MAX_LIMIT: u64 = 10_000;
const MAX_OFFSET: u64 = 1_000_000;

fn parse_date(text: &str) -> Result<PubDate, String> {
    PubDate::parse_iso(text)
        .ok_or_else(|| format!("'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"))
}

#[derive(Args, Debug)]
pub struct SearchArgs {
    /// Words (all required), "exact phrase", OR, -word, title:word, company:Name. Optional
    /// with a filter: `veille search --company Stellantis --from 2021` lists every article.
    #[arg(
        value_name = "QUERY",
        required_unless_present_any = ["queries", "company", "source", "from", "to"]
    )]
    pub query: Option<String>,
    #[command(flatten)]
    pub location: IndexLocation,
    /// Only articles about this company (any of its names; repeat for several).
    #[arg(long, value_name = "NAME")]
    pub company: Vec<String>,
    /// Only articles from this source (repeat for several).
    #[arg(long, value_name = "NAME")]
    pub source: Vec<String>,
    /// Only articles from this date on: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub from: Option<PubDate>,
    /// Only articles up to this date, inclusive at its precision (--to 2020 includes December).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub to: Option<PubDate>,
    /// Order of the results.
    #[arg(long, value_enum, default_value_t = SortBy::Relevance)]
    pub sort: SortBy,
    /// How many hits to show (at most 10,000).
    #[arg(long, default_value_t = 10, value_name = "N",
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=MAX_LIMIT))]
    pub limit: usize,
    /// How many hits to skip, for the next page (at most 1,000,000).
    #[arg(long, default_value_t = 0, value_name = "N",
          value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(0..=MAX_OFFSET))]
    pub offset: usize,
    /// Print one JSON object per search.
    #[arg(long)]
    pub json: bool,
    /// Run one query per line of FILE (- for standard input), opening the index once.
    #[arg(long, value_name = "FILE")]
    pub queries: Option<PathBuf>,
    /// Leave out facet counts (faster).
    #[arg(long)]
    pub no_facets: bool,
    /// Leave out snippets (faster).
    #[arg(long)]
    pub no_snippets: bool,
    /// When to use colours.
    #[arg(long, value_enum, default_value_t = Colour::Auto)]
    pub color: Colour,
}

/// How a single answer is printed.
#[derive(Args, Debug)]
pub struct Display {
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
    /// When to use colours.
    #[arg(long, value_enum, default_value_t = Colour::Auto)]
    pub color: Colour,
}

#[derive(Args, Debug)]
pub struct ShowArgs {
    /// The article's id, as printed by search.
    pub id: String,
    #[command(flatten)]
    pub location: IndexLocation,
    #[command(flatten)]
    pub display: Display,
}

#[derive(Args, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub location: IndexLocation,
    #[command(flatten)]
    pub display: Display,
}
