//! `veille index`: reads the corpus on one thread, analyses and writes on another, and reports
//! every problem with its file and line.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};

use crate::index::writer::{Indexer, WriterOptions};
use crate::ingest::fields::FieldNames;
use crate::ingest::{self, Item};

fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} indexing: {pos} articles ({per_sec}) {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

/// How many items the reading thread hands over at a time.
const BATCH: usize = 64;

/// How many problems of one file are printed: a broken file (binary data under a `.jsonl`
/// name) would otherwise print one line per line it holds. The others are counted.
const SHOWN_PER_FILE: usize = 20;

/// The problems printed and held back, per file, in the order of each file's first problem
/// (files are read one after the other, and few have any).
#[derive(Default)]
struct Reports {
    files: Vec<FileProblems>,
}

/// The problems of one file: how many were shown, and how many were held back.
struct FileProblems {
    path: PathBuf,
    shown: usize,
    held_skipped: usize,
    held_warnings: usize,
}

impl Reports {
    /// Whether to print this problem of `path`; if not, it is counted.
    fn show(&mut self, path: &Path, skipped: bool) -> bool {
        let at = match self.files.iter().position(|file| file.path == path) {
            Some(at) => at,
            None => {
                self.files.push(FileProblems {
                    path: path.to_path_buf(),
                    shown: 0,
                    held_skipped: 0,
                    held_warnings: 0,
                });
                self.files.len() - 1
            }
        };
        let file = &mut self.files[at];
        if file.shown < SHOWN_PER_FILE {
            file.shown += 1;
            return true;
        }
        if skipped {
            file.held_skipped += 1;
        } else {
            file.held_warnings += 1;
        }
        false
    }

    /// One line per file whose problems were not all shown.
    fn held_back(&self) -> impl Iterator<Item = String> + '_ {
        self.files
            .iter()
            .filter(|file| file.held_skipped + file.held_warnings > 0)
            .map(|file| {
                let mut counts = Vec::new();
                if file.held_skipped > 0 {
                    counts.push(format!("{} more records skipped", file.held_skipped));
                }
                if file.held_warnings > 0 {
                    counts.push(format!("{} more warnings", file.held_warnings));
                }
                format!(
                    "{}: {}, not shown",
                    file.path.display(),
                    counts.join(" and ")
                )
            })
    }
}

/// What `veille index` does with companies.
#[derive(Clone, Copy, Debug)]
pub enum Companies<'a> {
    /// No recognition: faster, the company facet stays empty.
    Off,
    /// The built-in gazetteer and the user's files found beside and in the index.
    Recognise,
    /// The same, after keeping this file of the user's in the index.
    With(&'a Path),
}

pub fn run(
    paths: &[PathBuf],
    index: &Path,
    rebuild: bool,
    companies: Companies,
    names: &FieldNames,
) -> Result<()> {
    for path in paths {
        if !path.exists() {
            bail!(
                "'{}' does not exist\n\nGive the files or folders that hold your articles: veille index PATH...",
                path.display()
            );
        }
    }
    let started = Instant::now();
    // The gazetteer is only read when companies are recognised; a file given with
    // `--companies` is read (and so checked) before anything is written.
    let (recognizer, given) = match companies {
        Companies::Off => (None, None),
        Companies::Recognise => (Some(super::companies::recognizer(index, None)?.0), None),
        Companies::With(file) => {
            let (recognizer, text) = super::companies::recognizer(index, Some(file))?;
            (Some(recognizer), text.map(|text| (file, text)))
        }
    };
    let options = WriterOptions {
        rebuild,
        ..WriterOptions::default()
    };
    let mut indexer = Indexer::open(index, recognizer.as_ref(), &options)?;
    if let Some((file, text)) = &given {
        super::companies::keep(file, text, index)?;
    }
    let bar = progress_bar();
    let mut skipped = 0u64;
    let mut reports = Reports::default();
    // Items travel in batches: one channel operation per article costs more than parsing it.
    let (sender, receiver) = mpsc::sync_channel::<Vec<Item>>(8);
    let skip = [index.to_path_buf()];
    std::thread::scope(|scope| -> Result<()> {
        if let Some(recognizer) = &recognizer {
            // Beside the reading of the first articles, which would otherwise wait for it.
            std::thread::Builder::new()
                .name("veille-prepare".into())
                .spawn_scoped(scope, || recognizer.prepare())?;
        }
        std::thread::Builder::new()
            .name("veille-read".into())
            .spawn_scoped(scope, move || {
                let mut batch = Vec::with_capacity(BATCH);
                ingest::read(paths, &skip, names, &mut |item| {
                    batch.push(item);
                    if batch.len() == BATCH {
                        // The receiver only hangs up on a fatal error, which is reported there.
                        let _ =
                            sender.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH)));
                    }
                });
                let _ = sender.send(batch);
            })?;
        for item in receiver.into_iter().flatten() {
            match item {
                Item::Article(article, location) => {
                    indexer
                        .add(&article)
                        .with_context(|| format!("cannot index the article at {location}"))?;
                    bar.inc(1);
                }
                Item::Problem(problem) => {
                    skipped += u64::from(problem.skipped);
                    if !reports.show(&problem.location.path, problem.skipped) {
                        continue;
                    }
                    if problem.skipped {
                        bar.suspend(|| eprintln!("veille: {problem} (skipped)"));
                    } else {
                        bar.suspend(|| eprintln!("veille: warning: {problem}"));
                    }
                }
            }
        }
        Ok(())
    })?;
    for line in reports.held_back() {
        bar.suspend(|| eprintln!("veille: {line}"));
    }
    bar.set_message("committing");
    let summary = indexer.finish()?;
    // Freeing the gazetteer's hundred thousand allocations takes milliseconds the user would
    // wait for, or work a detached thread would still do. The process ends soon after (a
    // search that built its index first only answers its query), and the system takes the
    // memory back at once.
    std::mem::forget(recognizer);
    bar.finish_and_clear();
    eprintln!(
        "indexed {} articles ({} new, {} updated, {} unchanged), skipped {} bad records, in {:.1} s",
        summary.total(),
        summary.new,
        summary.updated,
        summary.unchanged,
        skipped,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
