//! Incremental indexing: add new articles, replace edited ones, skip unchanged ones.
//!
//! Every stored article carries its identity ([`Article::key`]) and a fingerprint of its
//! content. Both are read back from fast fields when the indexer opens, so deciding that an
//! article is unchanged costs a hash lookup, not a re-analysis. Commits come in batches: if the
//! process is killed, the index keeps its last commit and the next run picks up from there.

use std::collections::HashMap;
use std::path::Path;

use tantivy::schema::Facet;
use tantivy::{IndexWriter, TantivyDocument, Term};

use super::{remove, to_index_error, IndexDir, IndexError};
use crate::analysis::companies::CompanyRecognizer;
use crate::index::schema;
use crate::ingest::Article;

#[derive(Clone, Debug)]
pub struct WriterOptions {
    /// Start from an empty index. The old one stays searchable until the new one is committed.
    pub rebuild: bool,
    pub threads: usize,
    pub memory_budget: usize,
    /// Commit after this many added or replaced articles.
    pub batch: usize,
}

impl Default for WriterOptions {
    fn default() -> WriterOptions {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        WriterOptions {
            rebuild: false,
            threads,
            memory_budget: 100_000_000 * threads,
            batch: 20_000,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub new: u64,
    pub updated: u64,
    pub unchanged: u64,
}

impl Summary {
    pub fn total(&self) -> u64 {
        self.new + self.updated + self.unchanged
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    New,
    Updated,
    Unchanged,
}

pub struct Indexer<'a> {
    dir: IndexDir,
    writer: IndexWriter,
    /// `None` when company recognition is off.
    recognizer: Option<&'a CompanyRecognizer>,
    /// Identity → fingerprint of every article in the index, including this run's.
    known: HashMap<String, u64>,
    uncommitted: usize,
    batch: usize,
    summary: Summary,
}

impl<'a> Indexer<'a> {
    /// Opens the index at `path` for writing; without a `recognizer`, articles get no companies
    /// (faster, the company facet stays empty).
    pub fn open(
        path: &Path,
        recognizer: Option<&'a CompanyRecognizer>,
        options: &WriterOptions,
    ) -> Result<Indexer<'a>, IndexError> {
        let dir = match IndexDir::open_or_create(path) {
            Err(IndexError::Incompatible { .. }) if options.rebuild => {
                remove(path)?;
                IndexDir::open_or_create(path)?
            }
            other => other?,
        };
        let writer = dir
            .index
            .writer_with_num_threads(options.threads.max(1), options.memory_budget)
            .map_err(|e| to_index_error(path, e))?;
        let known = if options.rebuild {
            writer
                .delete_all_documents()
                .map_err(|e| to_index_error(path, e))?;
            HashMap::new()
        } else {
            known_articles(&dir).map_err(|e| to_index_error(path, e))?
        };
        Ok(Indexer {
            dir,
            writer,
            recognizer,
            known,
            uncommitted: 0,
            // A rebuild commits once, at the end, so the old index serves until then.
            batch: if options.rebuild {
                usize::MAX
            } else {
                options.batch.max(1)
            },
            summary: Summary::default(),
        })
    }

    pub fn add(&mut self, article: &Article) -> Result<Outcome, IndexError> {
        let key = article.key();
        // Another gazetteer may find other companies: the article must then be analysed again.
        let gazetteer = self.recognizer.map_or(0, |r| r.fingerprint());
        let fingerprint = article.fingerprint() ^ gazetteer.rotate_left(1);
        let outcome = match self.known.insert(key.clone(), fingerprint) {
            Some(old) if old == fingerprint => {
                self.summary.unchanged += 1;
                return Ok(Outcome::Unchanged);
            }
            Some(_) => {
                self.writer
                    .delete_term(Term::from_field_text(self.dir.fields.id, &key));
                self.summary.updated += 1;
                Outcome::Updated
            }
            None => {
                self.summary.new += 1;
                Outcome::New
            }
        };
        let document = self.document(article, &key, fingerprint);
        self.writer
            .add_document(document)
            .map_err(|e| to_index_error(&self.dir.path, e))?;
        self.uncommitted += 1;
        if self.uncommitted >= self.batch {
            self.commit()?;
        }
        Ok(outcome)
    }

    fn commit(&mut self) -> Result<(), IndexError> {
        self.writer
            .commit()
            .map_err(|e| to_index_error(&self.dir.path, e))?;
        self.uncommitted = 0;
        Ok(())
    }

    /// Commits what is left and waits for segment merges, so the index is compact when the
    /// command returns.
    pub fn finish(mut self) -> Result<Summary, IndexError> {
        self.commit()?;
        let path = self.dir.path.clone();
        self.writer
            .wait_merging_threads()
            .map_err(|e| to_index_error(&path, e))?;
        Ok(self.summary)
    }

    fn document(&self, article: &Article, key: &str, fingerprint: u64) -> TantivyDocument {
        let fields = &self.dir.fields;
        let mut doc = TantivyDocument::new();
        doc.add_text(fields.id, key);
        doc.add_text(fields.title, &article.title);
        doc.add_text(fields.body, &article.body);
        if let Some(date) = article.date {
            doc.add_text(fields.date, date.to_string());
            let mut path = vec![format!("{:04}", date.year)];
            path.extend(date.month.map(|m| format!("{m:02}")));
            path.extend(date.day.map(|d| format!("{d:02}")));
            doc.add_facet(fields.date_facet, Facet::from_path(path));
            doc.add_i64(fields.first_day, date.first_day());
            doc.add_i64(fields.last_day, date.last_day());
        }
        if let Some(source) = &article.source {
            doc.add_facet(fields.source, facet_of(source));
        }
        if let Some(section) = &article.section {
            doc.add_text(fields.section, section);
        }
        if let Some(author) = &article.author {
            doc.add_text(fields.author, author);
        }
        if let Some(url) = &article.url {
            doc.add_text(fields.url, url);
        }
        let mentions = self
            .recognizer
            .map(|r| {
                let month = article.date.map(|d| (d.year, d.month));
                r.recognize_at(month, &article.companies, &article.title, &article.body)
            })
            .unwrap_or_default();
        for mention in mentions {
            // Guessed names stay out of the company facet, which must be right before it is
            // complete: they have their own.
            if mention.guessed {
                doc.add_facet(fields.guessed, facet_of(&mention.name));
                continue;
            }
            doc.add_facet(fields.company, facet_of(&mention.name));
            if let Some(written) = &mention.written {
                doc.add_text(
                    fields.mentioned_as,
                    format!("{}{MENTION_SEPARATOR}{written}", mention.name),
                );
            }
        }
        doc.add_u64(fields.fingerprint, fingerprint);
        doc
    }
}

/// Separates a canonical name from the name as written in the `mentioned_as` field.
pub const MENTION_SEPARATOR: char = '\u{1f}';

/// A one-level facet holding `name` as it is. NUL separates facet levels inside tantivy, so it
/// cannot appear in a name.
pub fn facet_of(name: &str) -> Facet {
    Facet::from_path([name.replace('\0', " ")])
}

fn known_articles(dir: &IndexDir) -> tantivy::Result<HashMap<String, u64>> {
    let searcher = dir.index.reader()?.searcher();
    let mut known = HashMap::with_capacity(searcher.num_docs() as usize);
    for segment in searcher.segment_readers() {
        let fast = segment.fast_fields();
        let Some(ids) = fast.str(schema::ID)? else {
            continue;
        };
        // The ids, in the order of their ordinals: one pass over the dictionary, where looking
        // each one up would decompress a block per article.
        let mut names = Vec::with_capacity(ids.dictionary().num_terms());
        let mut stream = ids.dictionary().stream()?;
        while stream.advance() {
            names.push(String::from_utf8_lossy(stream.key()).into_owned());
        }
        let fingerprints = fast.u64(schema::FINGERPRINT)?;
        for doc in segment.doc_ids_alive() {
            let Some(name) = ids
                .term_ords(doc)
                .next()
                .and_then(|ord| names.get(ord as usize))
            else {
                continue;
            };
            known.insert(name.clone(), fingerprints.first(doc).unwrap_or(0));
        }
    }
    Ok(known)
}
