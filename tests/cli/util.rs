//! A corpus folder of its own for each test, and a way to run veille inside it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

pub struct Corpus {
    dir: tempfile::TempDir,
}

pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }

    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// Asserts success and returns stdout.
    pub fn ok(&self) -> String {
        assert!(
            self.output.status.success(),
            "veille failed ({:?})\nstdout:\n{}\nstderr:\n{}",
            self.output.status.code(),
            self.stdout(),
            self.stderr()
        );
        self.stdout()
    }

    /// Asserts failure with exit code 2 and returns stderr.
    pub fn fails(&self) -> String {
        assert_eq!(
            self.output.status.code(),
            Some(2),
            "expected exit code 2\nstdout:\n{}\nstderr:\n{}",
            self.stdout(),
            self.stderr()
        );
        self.stderr()
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.ok()).expect("stdout is one JSON object")
    }
}

impl Corpus {
    pub fn new() -> Corpus {
        Corpus {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// A corpus holding every article of [`crate::hay`].
    pub fn hay() -> Corpus {
        let corpus = Corpus::new();
        for (name, text) in crate::hay::ARTICLES {
            corpus.file(name, text);
        }
        corpus
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
        path
    }

    pub fn veille(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_veille"))
            .args(args)
            .current_dir(self.dir.path())
            .env_remove("VEILLE_INDEX")
            .env("NO_COLOR", "1")
            .output()
            .expect("veille runs");
        Run { output }
    }

    /// Indexes `corpus/` into `index/` and returns stderr.
    pub fn index(&self) -> String {
        let run = self.veille(&["index"]);
        run.ok();
        run.stderr()
    }

    /// `veille search QUERY --json` plus `extra` flags.
    pub fn search(&self, query: &str, extra: &[&str]) -> Value {
        let mut args = vec!["search", query, "--json"];
        args.extend_from_slice(extra);
        self.veille(&args).json()
    }

    /// The ids of the hits of a search, in order.
    pub fn ids(&self, query: &str, extra: &[&str]) -> Vec<String> {
        hit_ids(&self.search(query, extra))
    }
}

/// The ids of the hits of a `--json` search answer, in order.
pub fn hit_ids(answer: &Value) -> Vec<String> {
    answer["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|hit| hit["id"].as_str().unwrap().to_string())
        .collect()
}
