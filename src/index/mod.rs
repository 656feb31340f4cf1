//! Index: where analysed articles are stored, and how they get there.
//!
//! [`schema`] owns every field name. [`IndexDir`] opens an index folder the same way for writing
//! and for searching (registering the French analyzer, checking the format version).
//! [`writer::Indexer`] adds articles incrementally: an article whose fingerprint is already in the
//! index is not analysed again, an edited one replaces its old version, and commits happen in
//! batches so a killed run leaves the last commit searchable.

pub mod schema;
pub mod writer;

use std::fs;
use std::path::{Path, PathBuf};

use tantivy::directory::error::LockError;
use tantivy::{Index, IndexSettings, TantivyError};
use thiserror::Error;

use crate::analysis::{french_analyzer, FRENCH};
pub use schema::Fields;

const FORMAT_FILE: &str = "veille-format";

#[derive(Debug, Error)]
pub enum IndexError {
    #[error("no index at '{}'\n\nBuild it first: veille index CORPUS --index {}", .0.display(), .0.display())]
    Missing(PathBuf),
    #[error(
        "another 'veille index' is writing to '{}'\n\nWait for it to finish (searches keep working \
         meanwhile), or remove '{}/.tantivy-writer.lock' if no indexer is running.",
        .0.display(), .0.display()
    )]
    Locked(PathBuf),
    #[error(
        "the index at '{}' was built by another version of veille (format {found}, this one \
         reads {expected})\n\nRebuild it: veille index --rebuild --index {}",
        .path.display(), .path.display()
    )]
    Incompatible {
        path: PathBuf,
        found: String,
        expected: u32,
    },
    #[error("'{}' exists and is not an index folder\n\nChoose another --index path.", .0.display())]
    NotAnIndex(PathBuf),
    // The cause is named `cause`, not `source`: it is part of the message, and an error chain
    // would print it a second time.
    #[error("index at '{}': {cause}", .path.display())]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("index at '{}': {cause}", .path.display())]
    Tantivy { path: PathBuf, cause: TantivyError },
}

/// An opened index folder.
pub struct IndexDir {
    pub path: PathBuf,
    pub index: Index,
    pub fields: Fields,
}

pub fn exists(path: &Path) -> bool {
    path.join("meta.json").is_file()
}

impl IndexDir {
    /// Opens an existing index.
    pub fn open(path: &Path) -> Result<IndexDir, IndexError> {
        if !exists(path) {
            return Err(IndexError::Missing(path.to_path_buf()));
        }
        let found = fs::read_to_string(path.join(FORMAT_FILE)).unwrap_or_default();
        if found.trim() != schema::FORMAT_VERSION.to_string() {
            return Err(IndexError::Incompatible {
                path: path.to_path_buf(),
                found: if found.trim().is_empty() {
                    "unknown".into()
                } else {
                    found.trim().into()
                },
                expected: schema::FORMAT_VERSION,
            });
        }
        let index = Index::open_in_dir(path).map_err(|e| to_index_error(path, e))?;
        IndexDir::ready(path, index)
    }

    /// Opens the index, creating it (and its folder) when there is none.
    pub fn open_or_create(path: &Path) -> Result<IndexDir, IndexError> {
        if exists(path) {
            return IndexDir::open(path);
        }
        let io = |cause| IndexError::Io {
            path: path.to_path_buf(),
            cause,
        };
        if path.exists() && fs::read_dir(path).map_err(io)?.next().is_some() {
            return Err(IndexError::NotAnIndex(path.to_path_buf()));
        }
        fs::create_dir_all(path).map_err(io)?;
        // Search reads the stored text of each hit shown, and decompresses a whole block for
        // it: blocks of about two articles keep that cheap.
        let settings = IndexSettings {
            docstore_blocksize: 4096,
            ..IndexSettings::default()
        };
        let index = Index::builder()
            .schema(schema::build())
            .settings(settings)
            .create_in_dir(path)
            .map_err(|e| to_index_error(path, e))?;
        fs::write(path.join(FORMAT_FILE), schema::FORMAT_VERSION.to_string()).map_err(io)?;
        IndexDir::ready(path, index)
    }

    fn ready(path: &Path, index: Index) -> Result<IndexDir, IndexError> {
        index.tokenizers().register(FRENCH, french_analyzer());
        let fields = Fields::of(&index.schema()).map_err(|_| IndexError::Incompatible {
            path: path.to_path_buf(),
            found: "unknown".into(),
            expected: schema::FORMAT_VERSION,
        })?;
        Ok(IndexDir {
            path: path.to_path_buf(),
            index,
            fields,
        })
    }

    /// Bytes on disk.
    pub fn size_on_disk(&self) -> u64 {
        fn walk(path: &Path) -> u64 {
            fs::read_dir(path)
                .map(|entries| {
                    entries
                        .filter_map(Result::ok)
                        .map(|e| match e.metadata() {
                            Ok(m) if m.is_dir() => walk(&e.path()),
                            Ok(m) => m.len(),
                            Err(_) => 0,
                        })
                        .sum()
                })
                .unwrap_or(0)
        }
        walk(&self.path)
    }
}

fn to_index_error(path: &Path, cause: TantivyError) -> IndexError {
    match cause {
        TantivyError::LockFailure(LockError::LockBusy, _) => IndexError::Locked(path.to_path_buf()),
        cause => IndexError::Tantivy {
            path: path.to_path_buf(),
            cause,
        },
    }
}

/// Removes an index folder's content, for `--rebuild`. Refuses folders that hold anything other
/// than an index, so a wrong `--index` never deletes a user's files.
pub fn remove(path: &Path) -> Result<(), IndexError> {
    if !path.exists() {
        return Ok(());
    }
    if !exists(path) {
        let empty = fs::read_dir(path)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        return if empty {
            Ok(())
        } else {
            Err(IndexError::NotAnIndex(path.to_path_buf()))
        };
    }
    fs::remove_dir_all(path).map_err(|cause| IndexError::Io {
        path: path.to_path_buf(),
        cause,
    })
}
