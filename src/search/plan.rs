//! Turns a [`ParsedQuery`] into tantivy queries: the strict one (every group must match), the
//! relaxed one for long queries, and the terms to highlight.
//!
//! Each word searches the title and the body; a title match weighs [`TITLE_BOOST`] times more,
//! since a word in the headline says what the article is about. Filters are wrapped to score
//! nothing, so that they restrict results without changing their order.

use std::ops::Bound;

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, RangeQuery,
    TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::Term;

use super::query::{Clause, ParsedQuery, Scope};
use super::{CompanyName, SearchError};
use crate::analysis::analyze;
use crate::index::writer::facet_of;
use crate::index::Fields;
use crate::ingest::date::PubDate;

pub const TITLE_BOOST: f32 = 2.0;

/// A score no partial match can reach: in a relaxed query, documents that match every group
/// get it on top of their relevance, so they rank first.
const ALL_GROUPS_BONUS: f32 = 10_000.0;

/// What a query looks for, once analysed.
pub struct Plan {
    /// Every group must match.
    pub strict: Box<dyn Query>,
    /// Any group may match, documents matching all of them first. `None` when relaxing cannot
    /// change anything (a single group).
    pub relaxed: Option<Box<dyn Query>>,
    /// Analysed terms of the positive clauses, for highlighting.
    pub terms: Vec<String>,
    /// True when the query has no positive clause (empty, stop words only, only exclusions).
    pub match_all: bool,
}

pub struct Planner<'a> {
    pub fields: &'a Fields,
    pub analyzer: &'a mut TextAnalyzer,
}

impl Planner<'_> {
    pub fn plan(
        &mut self,
        query: &ParsedQuery,
        resolve_company: &mut dyn FnMut(&str) -> Result<CompanyName, SearchError>,
    ) -> Result<Plan, SearchError> {
        let mut terms = Vec::new();
        let mut groups: Vec<Box<dyn Query>> = Vec::new();
        for group in &query.groups {
            let mut alternatives = Vec::new();
            for clause in group {
                if let Some(q) = self.clause(clause, resolve_company, Some(&mut terms))? {
                    alternatives.push(q);
                }
            }
            match alternatives.len() {
                0 => {}
                1 => groups.extend(alternatives),
                _ => groups.push(any_of(alternatives)),
            }
        }
        let mut excluded = Vec::new();
        for clause in &query.excluded {
            if let Some(q) = self.clause(clause, resolve_company, None)? {
                excluded.push(q);
            }
        }
        let match_all = groups.is_empty();
        let with_exclusions = |positive: Vec<(Occur, Box<dyn Query>)>| -> Box<dyn Query> {
            let mut clauses = positive;
            clauses.extend(excluded.iter().map(|q| (Occur::MustNot, q.box_clone())));
            Box::new(BooleanQuery::new(clauses))
        };
        let strict = if match_all {
            with_exclusions(vec![(Occur::Must, Box::new(AllQuery))])
        } else if groups.len() == 1 && excluded.is_empty() {
            groups[0].box_clone()
        } else {
            with_exclusions(
                groups
                    .iter()
                    .map(|g| (Occur::Must, g.box_clone()))
                    .collect(),
            )
        };
        let relaxed = (groups.len() > 1).then(|| {
            let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(
                Occur::Should,
                Box::new(ConstScoreQuery::new(strict.box_clone(), ALL_GROUPS_BONUS)),
            )];
            clauses.extend(groups.iter().map(|g| (Occur::Should, g.box_clone())));
            with_exclusions(clauses)
        });
        Ok(Plan {
            strict,
            relaxed,
            terms,
            match_all,
        })
    }

    fn clause(
        &mut self,
        clause: &Clause,
        resolve_company: &mut dyn FnMut(&str) -> Result<CompanyName, SearchError>,
        highlight: Option<&mut Vec<String>>,
    ) -> Result<Option<Box<dyn Query>>, SearchError> {
        let (scope, text) = match clause {
            Clause::Company(name) => {
                let company = resolve_company(name)?;
                return Ok(Some(facet_term(company.field(self.fields), &company.name)));
            }
            Clause::Text { scope, text } | Clause::Phrase { scope, text } => (*scope, text),
        };
        let analysed = analyze(self.analyzer, text);
        if analysed.is_empty() {
            return Ok(None);
        }
        if let Some(terms) = highlight {
            terms.extend(analysed.iter().map(|(_, t)| t.clone()));
        }
        // Words whose accents change their stem come with two forms at one position (see
        // `analysis::stemmer`): a single word matches either; in a phrase, the second form,
        // which every occurrence has, stands for the word.
        let mut positions: Vec<(usize, Vec<&str>)> = Vec::new();
        for (position, term) in &analysed {
            match positions.last_mut() {
                Some((p, forms)) if p == position => forms.push(term),
                _ => positions.push((*position, vec![term])),
            }
        }
        let on_field = |field: Field| -> Box<dyn Query> {
            let term_query = |text: &str| -> Box<dyn Query> {
                Box::new(TermQuery::new(
                    Term::from_field_text(field, text),
                    IndexRecordOption::WithFreqs,
                ))
            };
            if let [(_, forms)] = positions.as_slice() {
                return match forms.as_slice() {
                    [one] => term_query(one),
                    several => any_of(several.iter().map(|f| term_query(f)).collect()),
                };
            }
            let first = positions[0].0;
            Box::new(PhraseQuery::new_with_offset(
                positions
                    .iter()
                    .map(|(position, forms)| {
                        let form = forms.last().copied().unwrap_or_default();
                        (position - first, Term::from_field_text(field, form))
                    })
                    .collect(),
            ))
        };
        let title = || -> Box<dyn Query> {
            Box::new(BoostQuery::new(on_field(self.fields.title), TITLE_BOOST))
        };
        Ok(Some(match scope {
            Scope::Title => title(),
            Scope::Body => on_field(self.fields.body),
            Scope::Anywhere => any_of(vec![title(), on_field(self.fields.body)]),
        }))
    }
}

fn any_of(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        queries.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

pub fn facet_term(field: Field, name: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_facet(field, &facet_of(name)),
        IndexRecordOption::Basic,
    ))
}

/// Filters narrow a result set without touching its scores.
#[derive(Clone, Debug, Default)]
pub struct Filters {
    /// Companies as stored; an article about any of them passes.
    pub companies: Vec<CompanyName>,
    /// Source names as stored; an article from any of them passes.
    pub sources: Vec<String>,
    pub from: Option<PubDate>,
    pub to: Option<PubDate>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.companies.is_empty()
            && self.sources.is_empty()
            && self.from.is_none()
            && self.to.is_none()
    }

    /// Applies the filters to `query`.
    pub fn apply(&self, fields: &Fields, query: Box<dyn Query>) -> Box<dyn Query> {
        if self.is_empty() {
            return query;
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, query)];
        let mut restrict = |q: Box<dyn Query>| {
            clauses.push((Occur::Must, Box::new(ConstScoreQuery::new(q, 0.0))));
        };
        // An article passes with any of the values a filter lists.
        let any_value = |mut terms: Vec<Box<dyn Query>>| match terms.len() {
            0 => None,
            1 => terms.pop(),
            _ => Some(any_of(terms)),
        };
        let companies = self
            .companies
            .iter()
            .map(|c| facet_term(c.field(fields), &c.name));
        let sources = self.sources.iter().map(|s| facet_term(fields.source, s));
        for filter in [any_value(companies.collect()), any_value(sources.collect())]
            .into_iter()
            .flatten()
        {
            restrict(filter);
        }
        // A period overlaps the filter when it ends after the start and starts before the end:
        // a `2020-04` article passes `--from 2020-04-15`.
        if let Some(from) = self.from {
            restrict(Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_i64(fields.last_day, from.first_day())),
                Bound::Unbounded,
            )));
        }
        if let Some(to) = self.to {
            restrict(Box::new(RangeQuery::new(
                Bound::Unbounded,
                Bound::Included(Term::from_field_i64(fields.first_day, to.last_day())),
            )));
        }
        Box::new(BooleanQuery::new(clauses))
    }
}
