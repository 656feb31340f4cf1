//! Where a user's company definitions live, so that indexing and searching see the same
//! gazetteer: a `companies.toml` beside the index folder, and the file last given to
//! `veille index --companies`, kept inside the index folder.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::analysis::companies::CompanyRecognizer;

/// The name of the copy of `--companies FILE` inside an index folder.
const KEPT: &str = "companies";

/// The user's company files for `index`, in the order they apply (later ones win); `given`,
/// the file of `veille index --companies`, takes the place of the copy kept from an earlier run.
pub fn files(index: &Path, given: Option<&Path>) -> Vec<PathBuf> {
    let beside = index
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .map(|p| p.join("companies.toml"));
    let kept = ["toml", "tsv"]
        .map(|ext| index.join(format!("{KEPT}.{ext}")))
        .into_iter()
        .filter(|_| given.is_none());
    // The given file is not filtered: one that cannot be read is an error to report.
    beside
        .into_iter()
        .chain(kept)
        .filter(|p| p.is_file())
        .chain(given.map(Path::to_path_buf))
        .collect()
}

/// The text of `file`, read before the index is opened and its kept copy replaced: the file
/// may be that copy (`--companies index/companies.toml`), and a rebuild of an index of an older
/// format deletes the folder.
pub fn read(file: &Path) -> Result<Vec<u8>> {
    std::fs::read(file).with_context(|| format!("cannot read '{}'", file.display()))
}

/// Keeps `text`, the file given with `--companies`, in the index folder, replacing any earlier
/// copy. Called once the index is open: a folder holding only the copy would not be taken for
/// a new index, and the rebuild of an older index would delete it.
pub fn keep(file: &Path, text: &[u8], index: &Path) -> Result<()> {
    let extension = if file.extension().is_some_and(|e| e == "toml") {
        "toml"
    } else {
        "tsv"
    };
    for ext in ["toml", "tsv"] {
        let _ = std::fs::remove_file(index.join(format!("{KEPT}.{ext}")));
    }
    let copy = index.join(format!("{KEPT}.{extension}"));
    std::fs::write(&copy, text).with_context(|| format!("cannot write '{}'", copy.display()))?;
    Ok(())
}

/// The recognizer for `index`, with the user's files; `given` as in [`files`].
pub fn recognizer(index: &Path, given: Option<&Path>) -> Result<CompanyRecognizer> {
    Ok(CompanyRecognizer::with_files(&files(index, given))?)
}
