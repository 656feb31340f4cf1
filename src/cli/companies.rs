//! Where a user's company definitions live, so that indexing and searching see the same
//! gazetteer: a `companies.toml` beside the index folder, and the file last given to
//! `veille index --companies`, kept inside the index folder.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::analysis::companies::{CompanyRecognizer, Gazetteer};

/// The name of the copy of `--companies FILE` inside an index folder.
const KEPT: &str = "companies";

/// The user's company files for `index`, in the order they apply (later ones win).
pub fn files(index: &Path) -> Vec<PathBuf> {
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
    let kept = ["toml", "tsv"].map(|ext| index.join(format!("{KEPT}.{ext}")));
    beside
        .into_iter()
        .chain(kept)
        .filter(|p| p.is_file())
        .collect()
}

/// Checks `file` and keeps a copy in the index folder, replacing any earlier one.
pub fn keep(file: &Path, index: &Path) -> Result<()> {
    Gazetteer::default().load(file)?;
    let extension = if file.extension().is_some_and(|e| e == "toml") {
        "toml"
    } else {
        "tsv"
    };
    std::fs::create_dir_all(index)
        .with_context(|| format!("cannot create the index folder '{}'", index.display()))?;
    for ext in ["toml", "tsv"] {
        let _ = std::fs::remove_file(index.join(format!("{KEPT}.{ext}")));
    }
    let copy = index.join(format!("{KEPT}.{extension}"));
    std::fs::copy(file, &copy).with_context(|| {
        format!(
            "cannot copy '{}' into '{}'",
            file.display(),
            index.display()
        )
    })?;
    Ok(())
}

pub fn recognizer(index: &Path) -> Result<CompanyRecognizer> {
    Ok(CompanyRecognizer::with_files(&files(index))?)
}
