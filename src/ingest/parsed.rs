//! What a reader makes of one file's text: the articles it could read and the problems it met,
//! in file order, each with the 1-based line it starts on.
//!
//! Readers are pure functions from text to [`Parsed`], so they are tested on literals; `mod.rs`
//! adds the file's path and hands everything on.

use super::article::Article;

#[derive(Debug)]
pub enum Entry {
    Article {
        line: usize,
        article: Article,
    },
    Problem {
        line: Option<usize>,
        message: String,
        /// Whether a record was lost over it (else it is a warning).
        skipped: bool,
    },
}

#[derive(Debug, Default)]
pub struct Parsed {
    pub entries: Vec<Entry>,
}

impl Parsed {
    /// Adds an article, once [`Article::finish`] has filled what it can.
    pub fn article(&mut self, line: usize, article: Article) {
        self.entries.push(Entry::Article {
            line,
            article: article.finish(),
        });
    }

    pub fn warn(&mut self, line: Option<usize>, message: impl Into<String>) {
        self.problem(line, message.into(), false);
    }

    /// Warns that the record `what` (`item 3`) is incomplete because the file ends inside it.
    pub fn cut_short(&mut self, line: usize, what: &str) {
        self.warn(
            Some(line),
            format!("{what} is cut short (the file ends inside it); indexed what there is"),
        );
    }

    pub fn skip(&mut self, line: Option<usize>, message: impl Into<String>) {
        self.problem(line, message.into(), true);
    }

    fn problem(&mut self, line: Option<usize>, message: String, skipped: bool) {
        self.entries.push(Entry::Problem {
            line,
            message,
            skipped,
        });
    }

    pub fn articles(&self) -> impl Iterator<Item = &Article> {
        self.entries.iter().filter_map(|entry| match entry {
            Entry::Article { article, .. } => Some(article),
            Entry::Problem { .. } => None,
        })
    }

    /// Every problem as `line: message` (or the message alone).
    #[cfg(test)]
    pub fn problems(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter_map(|entry| match entry {
                Entry::Problem {
                    line: Some(line),
                    message,
                    ..
                } => Some(format!("{line}: {message}")),
                Entry::Problem { message, .. } => Some(message.clone()),
                Entry::Article { .. } => None,
            })
            .collect()
    }

    pub fn skipped(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| matches!(e, Entry::Problem { skipped: true, .. }))
            .count()
    }
}
