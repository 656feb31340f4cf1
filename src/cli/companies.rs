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

/// Keeps `text`, the file given with `--companies`, in the index folder, replacing any earlier
/// copy. Called once the index is open: a folder holding only the copy would not be taken for
/// a new index, and the rebuild of an older index would delete it.
pub fn keep(file: &Path, text: &str, index: &Path) -> Result<()> {
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

/// The recognizer for `index`, with the user's files; `given` as in [`files`]. With `given`,
/// also its text as the recognizer read it, to be kept by [`keep`]: read before the index is
/// opened and its kept copy replaced, since the file may be that copy (`--companies
/// index/companies.toml`) and the rebuild of an index of an older format deletes the folder.
pub fn recognizer(
    index: &Path,
    given: Option<&Path>,
) -> Result<(CompanyRecognizer, Option<String>)> {
    let (recognizer, mut texts) = CompanyRecognizer::with_files_read(&files(index, given))?;
    // The given file comes last.
    let given_text = given.and_then(|_| texts.pop());
    Ok((recognizer, given_text))
}
