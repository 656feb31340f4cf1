//! The bundled corpus in `corpus/` is what a new user judges veille by: it must all read cleanly
//! and cover what its README promises.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use veille::ingest::{parse_json_record, parse_plain_text, Article};

use crate::util::Corpus;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn text_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            text_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "txt") {
            found.push(path);
        }
    }
}

fn articles() -> Vec<(PathBuf, Article)> {
    let mut files = Vec::new();
    text_files(&corpus_dir(), &mut files);
    let mut articles = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let (article, warnings) = parse_plain_text(&text).unwrap();
        assert!(warnings.is_empty(), "{}: {warnings:?}", path.display());
        articles.push((path, article));
    }
    let wire = std::fs::read_to_string(corpus_dir().join("extra/depeches.jsonl")).unwrap();
    for (line, record) in wire.lines().enumerate() {
        let (article, warnings) = parse_json_record(record).unwrap();
        assert!(
            warnings.is_empty(),
            "depeches.jsonl:{}: {warnings:?}",
            line + 1
        );
        articles.push((
            corpus_dir().join(format!("extra/depeches.jsonl:{}", line + 1)),
            article,
        ));
    }
    articles
}

#[test]
fn every_article_reads_and_is_dated_2015_to_2025() {
    let articles = articles();
    assert_eq!(articles.len(), 330);
    let mut per_year: BTreeMap<u16, usize> = BTreeMap::new();
    for (path, article) in &articles {
        let date = article
            .date
            .unwrap_or_else(|| panic!("{}: no date", path.display()));
        assert!(
            (2015..=2025).contains(&date.year),
            "{}: {date}",
            path.display()
        );
        *per_year.entry(date.year).or_default() += 1;
        let words = article.body.split_whitespace().count();
        assert!(
            (50..=450).contains(&words),
            "{}: {words} words",
            path.display()
        );
        assert!(!article.title.is_empty(), "{}", path.display());
        // Text files sit in the folder of their year, named after their date.
        if let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .filter(|n| n.ends_with(".txt"))
        {
            assert!(name.starts_with(&date.to_string()[..7]), "{name} vs {date}");
        }
    }
    assert_eq!(per_year.len(), 11, "{per_year:?}");
    assert!(per_year.values().all(|&n| n >= 15), "{per_year:?}");
}

#[test]
fn the_corpus_indexes_cleanly_with_many_companies() {
    let corpus = Corpus::new();
    let dir = corpus_dir();
    let run = corpus.veille(&["index", dir.to_str().unwrap(), "--index", "ix"]);
    run.ok();
    assert!(
        run.stderr().contains(
            "indexed 330 articles (330 new, 0 updated, 0 unchanged), skipped 0 bad records"
        ),
        "{}",
        run.stderr()
    );
    let stats = corpus.veille(&["stats", "--json", "--index", "ix"]).json();
    assert!(stats["companies"].as_array().unwrap().len() >= 150);
    let years: Vec<&str> = stats["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        years,
        ["2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"]
    );
    let alibaba = corpus
        .veille(&[
            "search",
            "investissement cloud",
            "--company",
            "Alibaba Cloud",
            "--json",
            "--index",
            "ix",
        ])
        .json();
    assert_eq!(
        alibaba["hits"][0]["id"],
        "2020/2020-04-20-alibaba-cloud-28-milliards.txt"
    );
}
