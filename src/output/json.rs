//! `--json`: one JSON object per search, per line, with a fixed shape that scripts can rely on.
//!
//! Snippets are HTML-escaped text with matches in `<mark>`…`</mark>`, ready for a web page.

use std::io::{self, Write};

use serde::Serialize;

use crate::search::{CompanyCount, Count64, Hit, Results, Snippet, Stats, StoredArticle};

#[derive(Serialize)]
struct ValueCount<'a> {
    value: &'a str,
    count: u64,
}

fn value_counts(counts: &[Count64]) -> Vec<ValueCount<'_>> {
    counts
        .iter()
        .map(|(value, count)| ValueCount {
            value,
            count: *count,
        })
        .collect()
}

#[derive(Serialize)]
struct JsonFacets<'a> {
    companies: Vec<ValueCount<'a>>,
    years: Vec<ValueCount<'a>>,
    months: Vec<ValueCount<'a>>,
}

/// The fields every article has, in the order of the documented schema.
#[derive(Serialize)]
struct JsonArticle<'a> {
    id: &'a str,
    title: &'a str,
    date: Option<&'a str>,
    source: Option<&'a str>,
    author: Option<&'a str>,
    section: Option<&'a str>,
    url: Option<&'a str>,
    companies: &'a [String],
    /// How the article named the companies it did not call by their canonical name.
    mentioned_as: std::collections::BTreeMap<&'a str, &'a str>,
    /// Companies found after a cue but not in the gazetteer: less sure than the others.
    companies_guessed: &'a [String],
}

impl<'a> JsonArticle<'a> {
    fn of(article: &'a StoredArticle) -> JsonArticle<'a> {
        JsonArticle {
            id: &article.id,
            title: &article.title,
            date: article.date.as_deref(),
            source: article.source.as_deref(),
            author: article.author.as_deref(),
            section: article.section.as_deref(),
            url: article.url.as_deref(),
            companies: &article.companies,
            mentioned_as: article
                .mentioned_as
                .iter()
                .map(|(name, written)| (name.as_str(), written.as_str()))
                .collect(),
            companies_guessed: &article.guessed,
        }
    }
}

#[derive(Serialize)]
struct JsonHit<'a> {
    #[serde(flatten)]
    article: JsonArticle<'a>,
    score: f32,
    snippet: Option<String>,
}

#[derive(Serialize)]
struct JsonResults<'a> {
    query: &'a str,
    total_hits: u64,
    took_ms: f64,
    relaxed: bool,
    hits: Vec<JsonHit<'a>>,
    facets: Option<JsonFacets<'a>>,
}

fn escape_html(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

pub fn snippet_html(snippet: &Snippet) -> String {
    let mut html = String::with_capacity(snippet.text.len() + 16);
    let mut cursor = 0;
    for range in &snippet.highlights {
        escape_html(&snippet.text[cursor..range.start], &mut html);
        html.push_str("<mark>");
        escape_html(&snippet.text[range.clone()], &mut html);
        html.push_str("</mark>");
        cursor = range.end;
    }
    escape_html(&snippet.text[cursor..], &mut html);
    html
}

fn hit(hit: &Hit) -> JsonHit<'_> {
    JsonHit {
        article: JsonArticle::of(&hit.article),
        score: hit.score,
        snippet: hit.snippet.as_ref().map(snippet_html),
    }
}

fn line(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    writeln!(out)
}

pub fn results(out: &mut dyn Write, results: &Results) -> io::Result<()> {
    let facets = results.facets.as_ref().map(|f| JsonFacets {
        companies: value_counts(&f.companies),
        years: value_counts(&f.years),
        months: value_counts(&f.months),
    });
    line(
        out,
        &JsonResults {
            query: &results.query,
            total_hits: results.total_hits,
            took_ms: results.took_ms,
            relaxed: results.relaxed,
            hits: results.hits.iter().map(hit).collect(),
            facets,
        },
    )
}

/// A query of a `--queries` batch that could not run: the batch goes on.
pub fn query_error(out: &mut dyn Write, query: &str, error: &str) -> io::Result<()> {
    #[derive(Serialize)]
    struct QueryError<'a> {
        query: &'a str,
        error: &'a str,
    }
    line(out, &QueryError { query, error })
}

pub fn article(out: &mut dyn Write, article: &StoredArticle) -> io::Result<()> {
    #[derive(Serialize)]
    struct WholeArticle<'a> {
        #[serde(flatten)]
        article: JsonArticle<'a>,
        body: &'a str,
    }
    line(
        out,
        &WholeArticle {
            article: JsonArticle::of(article),
            body: &article.body,
        },
    )
}

pub fn companies(out: &mut dyn Write, companies: &[CompanyCount]) -> io::Result<()> {
    #[derive(Serialize)]
    struct JsonCompany<'a> {
        name: &'a str,
        count: u64,
        guessed: bool,
        country: Option<&'a str>,
        sector: Option<&'a str>,
        parent: Option<&'a str>,
    }
    #[derive(Serialize)]
    struct JsonCompanies<'a> {
        companies: Vec<JsonCompany<'a>>,
    }
    let companies = companies
        .iter()
        .map(|c| JsonCompany {
            name: &c.name,
            count: c.count,
            guessed: c.guessed,
            country: c.country.as_deref(),
            sector: c.sector.as_deref(),
            parent: c.parent.as_deref(),
        })
        .collect();
    line(out, &JsonCompanies { companies })
}

pub fn stats(out: &mut dyn Write, stats: &Stats) -> io::Result<()> {
    #[derive(Serialize)]
    struct JsonStats<'a> {
        articles: u64,
        first_date: Option<&'a str>,
        last_date: Option<&'a str>,
        years: Vec<ValueCount<'a>>,
        companies: Vec<ValueCount<'a>>,
        sources: Vec<ValueCount<'a>>,
        index_bytes: u64,
    }
    line(
        out,
        &JsonStats {
            articles: stats.articles,
            first_date: stats.first_date.as_deref(),
            last_date: stats.last_date.as_deref(),
            years: value_counts(&stats.years),
            companies: value_counts(&stats.companies),
            sources: value_counts(&stats.sources),
            index_bytes: stats.index_bytes,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_escaped_and_marked() {
        let snippet = Snippet {
            text: "a <b> & Alibaba".to_string(),
            highlights: std::iter::once(8..15).collect(),
        };
        assert_eq!(
            snippet_html(&snippet),
            "a &lt;b&gt; &amp; <mark>Alibaba</mark>"
        );
    }
}
