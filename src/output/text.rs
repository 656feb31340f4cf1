//! Output for a person: a numbered list of hits, each with its date, source, companies and a
//! snippet with the matched words highlighted, then the counts that help narrow the search.
//!
//! Colours only when writing to a terminal and `NO_COLOR` is unset; control characters from the
//! articles are replaced, so a hostile file cannot move the cursor or change the terminal's
//! colours.

use std::io::{self, Write};

use crate::ingest::title::shorten;
use crate::search::{CompanyCount, Count64, Results, Snippet, Stats, StoredArticle};

#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub colour: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.colour {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    fn mark(&self, text: &str) -> String {
        if self.colour {
            self.paint("1;33", text)
        } else {
            // Without colour, the highlight must still be visible.
            format!("[{text}]")
        }
    }
}

/// Replaces control characters, so that text from articles cannot drive the terminal.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// How much of a title the list of hits shows; `veille show` prints it whole. A record whose
/// title field holds a whole text (or megabytes of junk) must not fill the screen.
const LISTED_TITLE_CHARS: usize = 200;

fn snippet(style: &Style, snippet: &Snippet) -> String {
    let mut out = String::new();
    let mut cursor = 0;
    for range in &snippet.highlights {
        out.push_str(&clean(&snippet.text[cursor..range.start]));
        out.push_str(&style.mark(&clean(&snippet.text[range.clone()])));
        cursor = range.end;
    }
    out.push_str(&clean(&snippet.text[cursor..]));
    out
}

fn counts(counts: &[Count64], limit: usize) -> String {
    counts
        .iter()
        .take(limit)
        .map(|(value, count)| format!("{} ({count})", clean(value)))
        .collect::<Vec<_>>()
        .join(" · ")
}

fn meta_line(article: &StoredArticle) -> String {
    let mut parts = vec![article.date.as_deref().unwrap_or("undated").to_string()];
    parts.extend(article.source.as_deref().map(clean));
    parts.extend(article.author.as_deref().map(clean));
    parts.extend(article.section.as_deref().map(clean));
    if !article.companies.is_empty() {
        // `Total (TotalEnergies)`: the name the article used, then the one to filter on.
        let names: Vec<String> = article
            .companies
            .iter()
            .map(
                |name| match article.mentioned_as.iter().find(|(n, _)| n == name) {
                    Some((_, written)) => format!("{written} ({name})"),
                    None => name.clone(),
                },
            )
            .collect();
        parts.push(clean(&names.join(", ")));
    }
    if !article.guessed.is_empty() {
        // Found after a cue (`la société X`) but unknown to the gazetteer: said to be less sure.
        let guessed: Vec<String> = article.guessed.iter().map(|n| format!("{n}?")).collect();
        parts.push(clean(&guessed.join(", ")));
    }
    parts.join(" · ")
}

pub fn results(
    out: &mut dyn Write,
    style: &Style,
    results: &Results,
    offset: usize,
) -> io::Result<()> {
    if results.hits.is_empty() {
        if results.total_hits == 0 {
            writeln!(out, "No article matches '{}'.", clean(&results.query))?;
        } else {
            writeln!(
                out,
                "{} articles match, none on this page (lower --offset).",
                results.total_hits
            )?;
        }
    }
    if results.relaxed {
        writeln!(
            out,
            "{}\n",
            style.dim("No article has all the words: showing the best partial matches.")
        )?;
    }
    for (rank, hit) in results.hits.iter().enumerate() {
        let article = &hit.article;
        let title = style.bold(&clean(&shorten(&article.title, LISTED_TITLE_CHARS)));
        writeln!(out, "{:>3}. {title}", offset + rank + 1)?;
        writeln!(out, "     {}", style.dim(&meta_line(article)))?;
        if let Some(s) = &hit.snippet {
            writeln!(out, "     {}", snippet(style, s))?;
        }
        let id = format!("id: {}", clean(&article.id));
        writeln!(out, "     {}", style.dim(&id))?;
        writeln!(out)?;
    }
    if results.total_hits > 0 {
        let shown_to = offset + results.hits.len();
        let mut summary = format!(
            "{} article{} ({:.1} ms)",
            results.total_hits,
            if results.total_hits == 1 { "" } else { "s" },
            results.took_ms
        );
        if !results.hits.is_empty() && (shown_to as u64) < results.total_hits {
            summary.push_str(&format!(
                ", showing {}–{}; next page: --offset {shown_to}",
                offset + 1,
                shown_to
            ));
        }
        writeln!(out, "{}", style.bold(&summary))?;
    }
    if let Some(facets) = &results.facets {
        if !facets.companies.is_empty() {
            writeln!(out, "Companies: {}", counts(&facets.companies, 10))?;
        }
        if !facets.years.is_empty() {
            writeln!(out, "Years:     {}", counts(&facets.years, usize::MAX))?;
        }
        if facets.years.len() == 1 && facets.months.len() > 1 {
            writeln!(out, "Months:    {}", counts(&facets.months, usize::MAX))?;
        }
    }
    Ok(())
}

pub fn article(out: &mut dyn Write, style: &Style, article: &StoredArticle) -> io::Result<()> {
    writeln!(out, "{}", style.bold(&clean(&article.title)))?;
    writeln!(out, "{}", style.dim(&meta_line(article)))?;
    if let Some(url) = &article.url {
        writeln!(out, "{}", style.dim(&clean(url)))?;
    }
    writeln!(out)?;
    for paragraph in article.body.split("\n\n") {
        writeln!(out, "{}\n", clean(paragraph.trim()))?;
    }
    Ok(())
}

/// One company a line: count, name, then country, sector and group when the gazetteer knows
/// them; the guessed names, which come last, under a heading of their own.
pub fn companies(out: &mut dyn Write, companies: &[CompanyCount]) -> io::Result<()> {
    let (known, guessed) = companies.split_at(companies.partition_point(|c| !c.guessed));
    for company in known {
        let mut about: Vec<String> = Vec::new();
        about.extend(company.country.clone());
        about.extend(company.sector.clone());
        about.extend(
            company
                .parent
                .as_ref()
                .map(|p| format!("group: {}", clean(p))),
        );
        let about = if about.is_empty() {
            String::new()
        } else {
            format!("  ({})", about.join(", "))
        };
        writeln!(out, "{:>6}  {}{about}", company.count, clean(&company.name))?;
    }
    if !guessed.is_empty() {
        writeln!(
            out,
            "\nGuessed: not in the gazetteer, named after a cue word (la société X, X SA); less sure"
        )?;
    }
    for company in guessed {
        writeln!(out, "{:>6}  {}?", company.count, clean(&company.name))?;
    }
    Ok(())
}

fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b => format!("{:.1} kB", b as f64 / 1024.0),
    }
}

pub fn stats(out: &mut dyn Write, style: &Style, stats: &Stats) -> io::Result<()> {
    let range = match (&stats.first_date, &stats.last_date) {
        (Some(first), Some(last)) => format!(", {first} → {last}"),
        _ => String::new(),
    };
    writeln!(
        out,
        "{}",
        style.bold(&format!(
            "{} articles{range}, index {}",
            stats.articles,
            human_bytes(stats.index_bytes)
        ))
    )?;
    writeln!(out, "Years:     {}", counts(&stats.years, usize::MAX))?;
    writeln!(
        out,
        "Companies: {} distinct; most cited: {}",
        stats.companies.len(),
        counts(&stats.companies, 15)
    )?;
    writeln!(out, "Sources:   {}", counts(&stats.sources, 10))?;
    Ok(())
}
