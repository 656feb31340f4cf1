//! Search: from a query string and filters to ranked hits, facet counts and snippets.
//!
//! [`Engine`] opens an index once and answers many [`Request`]s (the `--queries` mode relies on
//! it). A request goes through [`query`] (the lenient query language), [`plan`] (analysis with
//! the same French analyzer as indexing, tantivy queries, filters), then one pass of collectors
//! over the index for the top hits, the total count and the facets together. Snippets are made
//! last, for the hits shown only.
//!
//! Long queries rarely have every word in one article; when the strict query (all words) finds
//! fewer hits than asked for, a relaxed one runs: any word may match, and articles matching all
//! of them still come first.

pub mod facets;
pub mod names;
pub mod plan;
pub mod query;
pub mod snippets;

use std::cell::{OnceCell, RefCell};
use std::path::PathBuf;
use std::time::Instant;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, IndexReader, Score, SegmentReader, TantivyDocument, Term};
use thiserror::Error;

use crate::analysis::companies::CompanyRecognizer;
use crate::analysis::french_analyzer;
use crate::index::writer::MENTION_SEPARATOR;
use crate::index::{schema, IndexDir, IndexError};
use crate::ingest::date::PubDate;
pub use plan::Filters;
pub use snippets::Snippet;

#[derive(Debug, Error)]
pub enum SearchError {
    #[error("no such company in the index: '{name}'{}", did_you_mean(.suggestions, "veille companies"))]
    UnknownCompany {
        name: String,
        suggestions: Vec<String>,
    },
    #[error("no such source in the index: '{name}'{}", did_you_mean(.suggestions, "veille stats"))]
    UnknownSource {
        name: String,
        suggestions: Vec<String>,
    },
    #[error("--from {from} comes after --to {to}: no date is in that period\n\nSwap them: --from {to} --to {from}")]
    EmptyPeriod { from: PubDate, to: PubDate },
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error(transparent)]
    Gazetteer(#[from] crate::analysis::companies::GazetteerError),
    #[error("search failed: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

fn did_you_mean(suggestions: &[String], listing: &str) -> String {
    if suggestions.is_empty() {
        format!("\n\nThe most frequent ones are listed by: {listing}")
    } else {
        let quoted: Vec<String> = suggestions.iter().map(|s| format!("'{s}'")).collect();
        format!("\n\nDid you mean {}?", quoted.join(" or "))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    Date,
}

/// One search, as asked. Companies and sources are names as the user typed them.
#[derive(Clone, Debug)]
pub struct Request {
    pub query: String,
    pub companies: Vec<String>,
    pub sources: Vec<String>,
    pub from: Option<PubDate>,
    pub to: Option<PubDate>,
    pub sort: Sort,
    pub limit: usize,
    pub offset: usize,
    pub facets: bool,
    pub snippets: bool,
}

impl Request {
    pub fn new(query: &str) -> Request {
        Request {
            query: query.to_string(),
            companies: Vec::new(),
            sources: Vec::new(),
            from: None,
            to: None,
            sort: Sort::Relevance,
            limit: 10,
            offset: 0,
            facets: true,
            snippets: true,
        }
    }
}

/// An article of a result list: the article as stored, how well it matched, and the passage
/// that shows why.
#[derive(Clone, Debug)]
pub struct Hit {
    pub article: StoredArticle,
    pub score: f32,
    pub snippet: Option<Snippet>,
}

/// A company as the index stores it: a name of the gazetteer, or one guessed after a cue
/// (`la société X`), kept in a facet of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompanyName {
    pub name: String,
    pub guessed: bool,
}

impl CompanyName {
    /// The facet field that holds this name.
    pub fn field(&self, fields: &crate::index::Fields) -> tantivy::schema::Field {
        if self.guessed {
            fields.guessed
        } else {
            fields.company
        }
    }
}

/// A value and how many articles have it.
pub type Count64 = (String, u64);

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facets {
    pub companies: Vec<Count64>,
    pub years: Vec<Count64>,
    pub months: Vec<Count64>,
}

#[derive(Clone, Debug)]
pub struct Results {
    pub query: String,
    pub total_hits: u64,
    pub took_ms: f64,
    pub hits: Vec<Hit>,
    pub facets: Option<Facets>,
    /// True when no article had every word and the hits are the best partial matches.
    pub relaxed: bool,
}

/// One whole stored article, for `veille show`.
#[derive(Clone, Debug)]
pub struct StoredArticle {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub section: Option<String>,
    pub url: Option<String>,
    pub companies: Vec<String>,
    /// Canonical name → the name the article used, where they differ.
    pub mentioned_as: Vec<(String, String)>,
    /// Companies not in the gazetteer, found after a cue: less sure than the others.
    pub guessed: Vec<String>,
    pub body: String,
}

/// A company of the index, for `veille companies`.
#[derive(Clone, Debug)]
pub struct CompanyCount {
    pub name: String,
    pub count: u64,
    /// Not in the gazetteer: found after a cue, less sure (and with no country nor sector).
    pub guessed: bool,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub parent: Option<String>,
}

/// What the whole index holds, for `veille stats`.
#[derive(Clone, Debug)]
pub struct Stats {
    pub articles: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub companies: Vec<Count64>,
    pub sources: Vec<Count64>,
    pub years: Vec<Count64>,
    pub index_bytes: u64,
}

/// Company, source and year counts over the whole index, computed once per engine.
struct Catalog {
    companies: Vec<Count64>,
    guessed: Vec<Count64>,
    sources: Vec<Count64>,
    years: Vec<Count64>,
}

pub const FACET_COMPANIES: usize = 20;

pub struct Engine {
    dir: IndexDir,
    reader: IndexReader,
    /// Kept across queries so its stem cache stays warm (snippets re-analyse bodies).
    analyzer: RefCell<TextAnalyzer>,
    catalog: OnceCell<Catalog>,
    recognizer: OnceCell<CompanyRecognizer>,
    company_files: Vec<PathBuf>,
    facet_names: facets::FacetNames,
}

fn stored_text(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<String> {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .map(str::to_string)
}

fn stored_facets(doc: &TantivyDocument, field: tantivy::schema::Field) -> Vec<String> {
    doc.get_all(field)
        .filter_map(|v| v.as_facet())
        .map(|encoded| encoded.rsplit('\0').next().unwrap_or(encoded).to_string())
        .collect()
}

impl Engine {
    /// Opens an engine on `dir`; `company_files` extend the built-in gazetteer for resolving
    /// company names, as they did when indexing.
    pub fn open(dir: IndexDir, company_files: Vec<PathBuf>) -> Result<Engine, SearchError> {
        let reader = dir.index.reader()?;
        Ok(Engine {
            company_files,
            dir,
            reader,
            analyzer: RefCell::new(french_analyzer()),
            catalog: OnceCell::new(),
            recognizer: OnceCell::new(),
            facet_names: facets::FacetNames::default(),
        })
    }

    fn catalog(&self) -> Result<&Catalog, SearchError> {
        if let Some(catalog) = self.catalog.get() {
            return Ok(catalog);
        }
        let searcher = self.reader.searcher();
        let (companies, guessed, sources, dates) = searcher.search(
            &AllQuery,
            &(
                self.facet_counter(schema::COMPANY),
                self.facet_counter(schema::GUESSED),
                self.facet_counter(schema::SOURCE),
                self.facet_counter(schema::DATE_FACET),
            ),
        )?;
        let catalog = Catalog {
            companies: facets::ranked(companies),
            guessed: facets::ranked(guessed),
            sources: facets::ranked(sources),
            years: facets::years_and_months(&dates).0,
        };
        Ok(self.catalog.get_or_init(|| catalog))
    }

    fn recognizer(&self) -> Result<&CompanyRecognizer, SearchError> {
        if let Some(recognizer) = self.recognizer.get() {
            return Ok(recognizer);
        }
        let recognizer = CompanyRecognizer::with_files(&self.company_files)?;
        Ok(self.recognizer.get_or_init(|| recognizer))
    }

    /// Every company in the index with its article count, most cited first, and what the
    /// gazetteer says of it; then the guessed names, most cited first.
    pub fn companies(&self) -> Result<Vec<CompanyCount>, SearchError> {
        let recognizer = self.recognizer()?;
        let catalog = self.catalog()?;
        let known = catalog.companies.iter().map(|(name, count)| {
            let known = recognizer.gazetteer().get(name);
            CompanyCount {
                name: name.clone(),
                count: *count,
                guessed: false,
                country: known.map(|c| c.country.clone()).filter(|c| !c.is_empty()),
                sector: known.map(|c| c.sector.clone()).filter(|s| !s.is_empty()),
                parent: known.and_then(|c| c.parent.clone()),
            }
        });
        let guessed = catalog.guessed.iter().map(|(name, count)| CompanyCount {
            name: name.clone(),
            count: *count,
            guessed: true,
            country: None,
            sector: None,
            parent: None,
        });
        Ok(known.chain(guessed).collect())
    }

    /// The company name stored in the index that `name` designates: the same name in any case
    /// and accents, or any alias or former name the gazetteer knows (`Total` → `TotalEnergies`);
    /// failing those, a name guessed in some articles, written the same in any case and accents.
    pub fn resolve_company(&self, name: &str) -> Result<CompanyName, SearchError> {
        let catalog = self.catalog()?;
        let known = &catalog.companies;
        let names = || known.iter().map(|(n, _)| n.as_str());
        let found = |name: &str, guessed: bool| CompanyName {
            name: name.to_string(),
            guessed,
        };
        if let Some(stored) = names::find(name, names()) {
            return Ok(found(stored, false));
        }
        if let Some(canonical) = self.recognizer()?.canonical(name) {
            if let Some(stored) = names::find(canonical, names()) {
                return Ok(found(stored, false));
            }
        }
        let guessed = || catalog.guessed.iter().map(|(n, _)| n.as_str());
        if let Some(stored) = names::find(name, guessed()) {
            return Ok(found(stored, true));
        }
        // A slip in an alias (`Totl`) suggests the name it stands for.
        let gazetteer = self.recognizer()?.gazetteer();
        let spellings = known
            .iter()
            .flat_map(|(stored, _)| {
                let aliases = gazetteer.get(stored).map_or(&[][..], |c| &c.names[..]);
                std::iter::once(stored.as_str())
                    .chain(aliases.iter().map(|alias| alias.text.as_str()))
                    .map(move |spelling| (spelling, stored.as_str()))
            })
            .chain(guessed().map(|stored| (stored, stored)));
        Err(SearchError::UnknownCompany {
            name: name.to_string(),
            suggestions: names::suggest(name, spellings)
                .into_iter()
                .map(str::to_string)
                .collect(),
        })
    }

    pub fn resolve_source(&self, name: &str) -> Result<String, SearchError> {
        let known = &self.catalog()?.sources;
        let names = || known.iter().map(|(n, _)| n.as_str());
        names::find(name, names())
            .map(str::to_string)
            .ok_or_else(|| SearchError::UnknownSource {
                name: name.to_string(),
                suggestions: names::suggest(name, names().map(|n| (n, n)))
                    .into_iter()
                    .map(str::to_string)
                    .collect(),
            })
    }

    pub fn search(&self, request: &Request) -> Result<Results, SearchError> {
        let started = Instant::now();
        if let (Some(from), Some(to)) = (request.from, request.to) {
            if from.first_day() > to.last_day() {
                return Err(SearchError::EmptyPeriod { from, to });
            }
        }
        let parsed = query::parse(&request.query);
        let mut analyzer = self.analyzer.borrow_mut();
        let fields = self.dir.fields;
        let plan = plan::Planner {
            fields: &fields,
            analyzer: &mut analyzer,
        }
        .plan(&parsed, &mut |name| self.resolve_company(name))?;
        let filters = Filters {
            companies: request
                .companies
                .iter()
                .map(|c| self.resolve_company(c))
                .collect::<Result<_, _>>()?,
            sources: request
                .sources
                .iter()
                .map(|s| self.resolve_source(s))
                .collect::<Result<_, _>>()?,
            from: request.from,
            to: request.to,
        };
        // Without words to rank by, the newest articles are the useful ones.
        let sort = if plan.match_all {
            Sort::Date
        } else {
            request.sort
        };
        let wanted = request.offset + request.limit;

        let strict = filters.apply(&fields, plan.strict.box_clone());
        let mut outcome = self.collect(&*strict, request, sort)?;
        let mut relaxed = false;
        if let Some(relaxed_query) = plan.relaxed.as_ref() {
            let long_query = parsed.groups.len() >= 4;
            if outcome.total == 0 || (long_query && (outcome.total as usize) < wanted) {
                let query = filters.apply(&fields, relaxed_query.box_clone());
                let second = self.collect(&*query, request, sort)?;
                if second.total > outcome.total {
                    outcome = second;
                    relaxed = true;
                }
            }
        }

        let searcher = self.reader.searcher();
        let snippets = if request.snippets {
            Some(snippets::Snippets::new(
                &searcher,
                fields.body,
                &plan.terms,
            )?)
        } else {
            None
        };
        let mut hits = Vec::with_capacity(outcome.top.len());
        for (score, address) in outcome.top {
            let article = self.stored(address)?;
            hits.push(Hit {
                snippet: snippets
                    .as_ref()
                    .map(|s| s.make(&mut analyzer, &article.body)),
                article,
                score,
            });
        }
        Ok(Results {
            query: request.query.clone(),
            total_hits: outcome.total,
            took_ms: started.elapsed().as_secs_f64() * 1000.0,
            hits,
            facets: outcome.facets,
            relaxed,
        })
    }

    fn collect(
        &self,
        query: &dyn Query,
        request: &Request,
        sort: Sort,
    ) -> Result<Collected, SearchError> {
        let searcher = self.reader.searcher();
        // TopDocs cannot collect zero documents; `--limit 0` (counts only) collects one and
        // drops it.
        let top = TopDocs::with_limit(request.limit.max(1)).and_offset(request.offset);
        let facets = request.facets.then(|| {
            (
                self.facet_counter(schema::COMPANY),
                self.facet_counter(schema::DATE_FACET),
            )
        });
        let (top, total, facet_counts): (Vec<(Score, DocAddress)>, usize, _) = match sort {
            Sort::Relevance => searcher.search(query, &(top.order_by_score(), Count, facets))?,
            Sort::Date => {
                let (top, total, facets) =
                    searcher.search(query, &(top.tweak_score(newest_first), Count, facets))?;
                let top = top.into_iter().map(|((_, score), a)| (score, a)).collect();
                (top, total, facets)
            }
        };
        let top = if request.limit == 0 { Vec::new() } else { top };
        let facets = facet_counts.map(|(companies, dates)| {
            let mut companies = facets::ranked(companies);
            companies.truncate(FACET_COMPANIES);
            let (years, months) = facets::years_and_months(&dates);
            Facets {
                companies,
                years,
                months,
            }
        });
        Ok(Collected {
            top,
            total: total as u64,
            facets,
        })
    }

    fn facet_counter(&self, field: &'static str) -> facets::FacetCounter {
        facets::FacetCounter {
            field,
            names: self.facet_names.clone(),
        }
    }

    fn stored(&self, address: DocAddress) -> Result<StoredArticle, SearchError> {
        let doc: TantivyDocument = self.reader.searcher().doc(address)?;
        let fields = &self.dir.fields;
        Ok(StoredArticle {
            id: stored_text(&doc, fields.id).unwrap_or_default(),
            title: stored_text(&doc, fields.title).unwrap_or_default(),
            date: stored_text(&doc, fields.date),
            source: stored_facets(&doc, fields.source).into_iter().next(),
            author: stored_text(&doc, fields.author),
            section: stored_text(&doc, fields.section),
            url: stored_text(&doc, fields.url),
            companies: stored_facets(&doc, fields.company),
            mentioned_as: doc
                .get_all(fields.mentioned_as)
                .filter_map(|v| v.as_str())
                .filter_map(|pair| pair.split_once(MENTION_SEPARATOR))
                .map(|(name, written)| (name.to_string(), written.to_string()))
                .collect(),
            guessed: stored_facets(&doc, fields.guessed),
            body: stored_text(&doc, fields.body).unwrap_or_default(),
        })
    }

    /// The article with this id, if any.
    pub fn article(&self, id: &str) -> Result<Option<StoredArticle>, SearchError> {
        let query = TermQuery::new(
            Term::from_field_text(self.dir.fields.id, id),
            IndexRecordOption::Basic,
        );
        let found = self
            .reader
            .searcher()
            .search(&query, &TopDocs::with_limit(1).order_by_score())?;
        found
            .first()
            .map(|&(_, address)| self.stored(address))
            .transpose()
    }

    pub fn stats(&self) -> Result<Stats, SearchError> {
        let catalog = self.catalog()?;
        let first_date = self.edge_date(false)?;
        let last_date = self.edge_date(true)?;
        Ok(Stats {
            articles: self.reader.searcher().num_docs(),
            first_date,
            last_date,
            companies: catalog.companies.clone(),
            sources: catalog.sources.clone(),
            years: catalog.years.clone(),
            index_bytes: self.dir.size_on_disk(),
        })
    }
}

impl Engine {
    /// The date of the oldest (or newest) dated article, at its own precision.
    fn edge_date(&self, newest: bool) -> Result<Option<String>, SearchError> {
        let top = TopDocs::with_limit(1).tweak_score(move |segment: &SegmentReader| {
            let days = segment.fast_fields().i64(schema::FIRST_DAY).ok();
            move |doc, _score| match days.as_ref().and_then(|c| c.first(doc)) {
                Some(day) if newest => day,
                Some(day) => -day,
                None => i64::MIN,
            }
        });
        let found = self.reader.searcher().search(&AllQuery, &top)?;
        match found.first() {
            Some(&(key, address)) if key != i64::MIN => Ok(self.stored(address)?.date),
            _ => Ok(None),
        }
    }
}

struct Collected {
    top: Vec<(Score, DocAddress)>,
    total: u64,
    facets: Option<Facets>,
}

/// Sort key for `--sort date`: the first day of the article's period, then relevance. Undated
/// articles come last.
fn newest_first(segment: &SegmentReader) -> impl Fn(tantivy::DocId, Score) -> (i64, Score) {
    let days = segment.fast_fields().i64(schema::FIRST_DAY).ok();
    move |doc, score| {
        let day = days.as_ref().and_then(|c| c.first(doc)).unwrap_or(i64::MIN);
        (day, score)
    }
}
