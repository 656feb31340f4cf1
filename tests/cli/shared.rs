//! On the real corpus in `../shared` (36,152 Orange Actu articles). Skipped, with a message,
//! when `../shared` is not there.

use std::path::PathBuf;

use crate::util::Corpus;

fn orangesum() -> Option<PathBuf> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/orangesum.jsonl.gz");
    if path.is_file() {
        Some(path)
    } else {
        eprintln!("skipped: {} is absent", path.display());
        None
    }
}

#[test]
fn orangesum_indexes_whole_and_answers() {
    let Some(data) = orangesum() else { return };
    let corpus = Corpus::new();
    let run = corpus.veille(&["index", data.to_str().unwrap(), "--index", "ix"]);
    run.ok();
    let stderr = run.stderr();
    assert!(
        stderr.contains(
            "indexed 36152 articles (36152 new, 0 updated, 0 unchanged), skipped 0 bad records"
        ),
        "{stderr}"
    );
    let search = |query: &str, extra: &[&str]| {
        let mut args = vec!["search", query, "--json", "--index", "ix"];
        args.extend_from_slice(extra);
        corpus.veille(&args).json()
    };
    let covid = search("confinement", &[]);
    assert!(
        covid["total_hits"].as_u64().unwrap() > 500,
        "{}",
        covid["total_hits"]
    );
    assert_eq!(
        covid["facets"]["years"].as_array().unwrap().last().unwrap()["value"],
        "2020"
    );
    let renault = search("usine", &["--company", "Renault"]);
    assert!(renault["total_hits"].as_u64().unwrap() > 10);
    for hit in renault["hits"].as_array().unwrap() {
        assert!(hit["companies"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c == "Renault"));
    }
    let april = search("", &["--from", "2020-04", "--to", "2020-04"]);
    for month in april["facets"]["months"].as_array().unwrap() {
        assert_eq!(month["value"], "2020-04");
    }
}
