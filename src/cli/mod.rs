//! The command line: parses arguments, resolves defaults, runs one command.
//!
//! Defaults are chosen so that a fresh clone works with no flag: the corpus is `./corpus`, the
//! index `./index`, and the first search builds the index when it is missing.

pub mod args;
mod companies;
mod index;

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use crate::index::{self as index_dir, IndexDir, IndexError};
use crate::ingest::fields::FieldNames;
use crate::output::{json, text};
use crate::search::{Engine, Request, Sort};
use args::{Cli, Colour, Command, IndexLocation, SearchArgs, SortBy};
use index::Companies;

const DEFAULT_INDEX: &str = "index";
const DEFAULT_CORPUS: &str = "corpus";

pub fn run() -> Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Index(args) => {
            let paths = if args.paths.is_empty() {
                vec![PathBuf::from(DEFAULT_CORPUS)]
            } else {
                args.paths
            };
            let index = index_path(&args.location);
            let companies = match (&args.companies, args.no_companies) {
                (_, true) => Companies::Off,
                (Some(file), false) => Companies::With(file),
                (None, false) => Companies::Recognise,
            };
            let names = FieldNames::new(args.fields);
            index::run(&paths, &index, args.rebuild, companies, &names)?;
        }
        Command::Search(args) => search(&args)?,
        Command::Show(args) => {
            let engine = open_engine(&args.location)?;
            let article = engine.article(&args.id)?.with_context(|| {
                format!(
                    "no article with id '{}'\n\nIds are printed under each search hit (or in \
                     the \"id\" field of --json).",
                    args.id
                )
            })?;
            let mut out = stdout();
            if args.display.json {
                json::article(&mut out, &article)?;
            } else {
                text::article(&mut out, &style(args.display.color), &article)?;
            }
            out.flush()?;
        }
        Command::Companies(args) => {
            let engine = open_engine(&args.location)?;
            let listing = engine.companies()?;
            let mut out = stdout();
            if args.display.json {
                json::companies(&mut out, &listing)?;
            } else {
                text::companies(&mut out, &listing)?;
            }
            out.flush()?;
        }
        Command::Stats(args) => {
            let engine = open_engine(&args.location)?;
            let stats = engine.stats()?;
            let mut out = stdout();
            if args.display.json {
                json::stats(&mut out, &stats)?;
            } else {
                text::stats(&mut out, &style(args.display.color), &stats)?;
            }
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn index_path(location: &IndexLocation) -> PathBuf {
    location
        .index
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_INDEX))
}

/// Opens the index; with the default paths, builds it from `./corpus` first if it is missing, or
/// rebuilds it if an older veille built it, so the first search on a fresh clone (or after an
/// upgrade) just works.
fn open_engine(location: &IndexLocation) -> Result<Engine> {
    let path = index_path(location);
    let default_paths = location.index.is_none() && Path::new(DEFAULT_CORPUS).is_dir();
    let build = |rebuild: bool| {
        index::run(
            &[PathBuf::from(DEFAULT_CORPUS)],
            &path,
            rebuild,
            Companies::Recognise,
            &FieldNames::default(),
        )
    };
    if default_paths && !index_dir::exists(&path) {
        eprintln!("veille: no index yet; building it from ./{DEFAULT_CORPUS} first");
        build(false)?;
    }
    let opened = match IndexDir::open(&path) {
        Err(IndexError::Incompatible { .. }) if default_paths => {
            eprintln!("veille: the index was built by another version; rebuilding it from ./{DEFAULT_CORPUS}");
            build(true)?;
            IndexDir::open(&path)?
        }
        opened => opened?,
    };
    Ok(Engine::open(opened, companies::files(&path, None))?)
}

fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::new(io::stdout().lock())
}

fn style(colour: Colour) -> text::Style {
    let colour = match colour {
        Colour::Always => true,
        Colour::Never => false,
        Colour::Auto => {
            io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    };
    text::Style { colour }
}

fn request(args: &SearchArgs, query: &str) -> Request {
    Request {
        query: query.to_string(),
        companies: args.company.clone(),
        sources: args.source.clone(),
        from: args.from,
        to: args.to,
        sort: match args.sort {
            SortBy::Relevance => Sort::Relevance,
            SortBy::Date => Sort::Date,
        },
        limit: args.limit,
        offset: args.offset,
        facets: !args.no_facets,
        snippets: !args.no_snippets,
    }
}

fn search(args: &SearchArgs) -> Result<()> {
    let engine = open_engine(&args.location)?;
    let style = style(args.color);
    let mut out = stdout();
    if let Some(file) = &args.queries {
        let input: Box<dyn BufRead> = if file.as_os_str() == "-" {
            Box::new(BufReader::new(io::stdin()))
        } else {
            Box::new(BufReader::new(File::open(file).with_context(|| {
                format!("cannot read queries from '{}'", file.display())
            })?))
        };
        for line in input.split(b'\n') {
            let line = line.context("cannot read the queries")?;
            let query = String::from_utf8_lossy(&line);
            let query = query.trim_end_matches('\r');
            match engine.search(&request(args, query)) {
                Ok(results) if args.json => json::results(&mut out, &results)?,
                Ok(results) => {
                    writeln!(out, "=== {query}")?;
                    text::results(&mut out, &style, &results, args.offset)?;
                    writeln!(out)?;
                }
                // One bad query does not stop the batch; it gets its answer, an error.
                Err(err) if args.json => json::query_error(&mut out, query, &format!("{err:#}"))?,
                Err(err) => writeln!(out, "=== {query}\nveille: {err:#}\n")?,
            }
        }
    } else {
        let query = args.query.as_deref().unwrap_or_default();
        let results = engine.search(&request(args, query))?;
        if args.json {
            json::results(&mut out, &results)?;
        } else {
            text::results(&mut out, &style, &results, args.offset)?;
        }
    }
    out.flush()?;
    Ok(())
}
