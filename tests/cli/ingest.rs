use std::fs::File;

use crate::util::Corpus;

#[test]
fn indexes_text_and_json_lines_and_summarises() {
    let corpus = Corpus::hay();
    let stderr = corpus.index();
    assert!(
        stderr
            .contains("indexed 8 articles (8 new, 0 updated, 0 unchanged), skipped 0 bad records"),
        "{stderr}"
    );
}

#[test]
fn a_second_run_adds_nothing_and_an_edit_replaces_in_place() {
    let corpus = Corpus::hay();
    corpus.index();
    let again = corpus.index();
    assert!(
        again.contains("indexed 8 articles (0 new, 0 updated, 8 unchanged)"),
        "{again}"
    );

    corpus.file(
        "corpus/2021/renault-economies.txt",
        "date 2021-03-02 Le groupe Renault a dévoilé un plan de cession de son usine de Flins.\n",
    );
    let edited = corpus.index();
    assert!(
        edited.contains("(0 new, 1 updated, 7 unchanged)"),
        "{edited}"
    );
    assert_eq!(corpus.ids("Flins", &[]), ["2021/renault-economies.txt"]);
    assert!(
        corpus.ids("télétravail", &[]).is_empty(),
        "the old version is gone"
    );
    assert_eq!(corpus.veille(&["stats", "--json"]).json()["articles"], 8);
}

#[test]
fn a_file_of_bad_records_reports_twenty_and_counts_the_rest() {
    let corpus = Corpus::new();
    let mut lines = String::new();
    for k in 1..=50 {
        lines.push_str(&format!("{{\"id\": \"{k}\", \"title\": \n"));
    }
    lines.push_str("{\"id\": \"bon\", \"title\": \"Renault\", \"body\": \"Texte.\"}\n");
    corpus.file("corpus/casse.jsonl", lines);
    let run = corpus.veille(&["index"]);
    run.ok();
    let stderr = run.stderr();
    let shown = stderr.lines().filter(|l| l.ends_with("(skipped)")).count();
    assert_eq!(shown, 20, "{stderr}");
    assert!(stderr.contains("casse.jsonl:20: invalid JSON"), "{stderr}");
    assert!(!stderr.contains("casse.jsonl:21:"), "{stderr}");
    assert!(
        stderr.contains("corpus/casse.jsonl: 30 more records skipped, not shown"),
        "{stderr}"
    );
    assert!(
        stderr.contains("indexed 1 articles") && stderr.contains("skipped 50 bad records"),
        "{stderr}"
    );
}

#[test]
fn bad_records_are_skipped_with_file_and_line_and_the_rest_is_indexed() {
    let corpus = Corpus::new();
    corpus.file(
        "corpus/feed.jsonl",
        "{\"id\": \"a\", \"title\": \"Première\", \"body\": \"Texte un.\"}\n\
         {\"id\": \"b\", \"title\": \"Cassée\"\n\
         [1, 2]\n\
         {\"id\": \"c\", \"title\": \"Troisième\", \"body\": \"Texte trois.\", \"date\": \"hier\"}\n",
    );
    corpus.file("corpus/image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    corpus.file(
        "corpus/ancien.txt",
        b"date 2003-05 Soci\xe9t\xe9 g\xe9n\xe9rale en hausse.",
    );
    corpus.file("corpus/sans-date.txt", "Un article sans date.");
    corpus.file("corpus/.cache/hidden.txt", "date 2020 Caché.");
    let run = corpus.veille(&["index"]);
    run.ok();
    let stderr = run.stderr();
    assert!(
        stderr.contains("corpus/feed.jsonl:2: invalid JSON"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/feed.jsonl:3: expected a JSON object"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/feed.jsonl:4: 'hier' is not a date"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/image.txt: binary file, not text (skipped)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/ancien.txt: not valid UTF-8; read as Windows-1252"),
        "{stderr}"
    );
    assert!(
        stderr.contains("corpus/sans-date.txt: no 'date' header"),
        "{stderr}"
    );
    assert!(
        stderr
            .contains("indexed 4 articles (4 new, 0 updated, 0 unchanged), skipped 3 bad records"),
        "{stderr}"
    );
    // The Windows-1252 file reads right, accents and all.
    let hit = &corpus.search("société générale", &[])["hits"][0];
    assert_eq!(hit["title"], "Société générale en hausse");
    assert!(
        corpus.ids("caché", &[]).is_empty(),
        "hidden folders are skipped"
    );
}

#[test]
fn a_missing_corpus_path_is_an_error_that_says_what_to_do() {
    let corpus = Corpus::new();
    let stderr = corpus.veille(&["index", "nulle-part"]).fails();
    assert!(
        stderr.starts_with("veille: 'nulle-part' does not exist"),
        "{stderr}"
    );
    assert!(stderr.contains("veille index PATH"), "{stderr}");
}

#[test]
fn a_second_indexer_is_refused_at_once() {
    let corpus = Corpus::hay();
    corpus.index();
    // Hold the writer lock the way a running indexer does.
    let lock = File::create(corpus.path().join("index/.tantivy-writer.lock")).unwrap();
    lock.try_lock().unwrap();
    let stderr = corpus.veille(&["index"]).fails();
    assert!(
        stderr.contains("another 'veille index' is writing to 'index'"),
        "{stderr}"
    );
    // Searching still works meanwhile.
    assert_eq!(
        corpus.ids("Flins OR télétravail", &[]),
        ["2021/renault-economies.txt"]
    );
}

#[test]
fn rebuild_starts_from_an_empty_index() {
    let corpus = Corpus::hay();
    corpus.index();
    std::fs::remove_file(corpus.path().join("corpus/2019/bilan-couleurs.txt")).unwrap();
    let run = corpus.veille(&["index", "--rebuild"]);
    run.ok();
    assert!(
        run.stderr().contains("indexed 7 articles (7 new"),
        "{}",
        run.stderr()
    );
    assert_eq!(corpus.veille(&["stats", "--json"]).json()["articles"], 7);
}

#[test]
fn search_builds_the_default_index_on_first_use() {
    let corpus = Corpus::hay();
    let run = corpus.veille(&["search", "télétravail"]);
    let stdout = run.ok();
    assert!(
        run.stderr().contains("building it from ./corpus"),
        "{}",
        run.stderr()
    );
    assert!(
        stdout.contains("Le groupe Renault a dévoilé ce mardi un plan d’économies"),
        "{stdout}"
    );
}

#[test]
fn search_rebuilds_a_default_index_an_older_veille_built() {
    let corpus = Corpus::hay();
    corpus.veille(&["search", "télétravail"]).ok();
    corpus.file("index/veille-format", "1\n");
    let run = corpus.veille(&["search", "télétravail"]);
    let stdout = run.ok();
    assert!(
        run.stderr().contains("rebuilding it from ./corpus"),
        "{}",
        run.stderr()
    );
    assert!(stdout.contains("Le groupe Renault a dévoilé"), "{stdout}");
    // A custom index of another version is the user's to rebuild.
    corpus.file("index/veille-format", "1\n");
    let stderr = corpus.veille(&["search", "x", "--index", "index"]).fails();
    assert!(
        stderr.contains("veille index --rebuild --index index"),
        "{stderr}"
    );
}

#[test]
fn a_custom_index_that_does_not_exist_is_an_error() {
    let corpus = Corpus::hay();
    let stderr = corpus
        .veille(&["search", "x", "--index", "ailleurs"])
        .fails();
    assert!(stderr.contains("no index at 'ailleurs'"), "{stderr}");
    assert!(
        stderr.contains("veille index CORPUS --index ailleurs"),
        "{stderr}"
    );
}

#[test]
fn sections_are_kept_and_shown() {
    let corpus = Corpus::new();
    corpus.file(
        "corpus/feed.jsonl",
        "{\"id\": \"s1\", \"title\": \"Usine\", \"body\": \"Texte.\", \"section\": \"Économie\", \"date\": \"2020-01-02\"}\n",
    );
    corpus.index();
    let json = corpus.veille(&["show", "s1", "--json"]).json();
    assert_eq!(json["section"], "Économie");
    let stdout = corpus.veille(&["search", "usine"]).ok();
    assert!(stdout.contains("2020-01-02 · Économie"), "{stdout}");
}

#[test]
fn symbolic_link_loops_and_devices_are_not_followed_forever() {
    let corpus = Corpus::hay();
    std::os::unix::fs::symlink("..", corpus.path().join("corpus/2019/loop")).unwrap();
    let run = corpus.veille(&["index"]);
    run.ok();
    assert!(
        run.stderr().contains("indexed 8 articles (8 new"),
        "{}",
        run.stderr()
    );
    let run = corpus.veille(&["index", "/dev/null"]);
    run.ok();
    assert!(
        run.stderr().contains("/dev/null: not a regular file"),
        "{}",
        run.stderr()
    );
}

#[test]
fn a_line_too_long_to_be_a_record_is_skipped_and_the_next_ones_read() {
    let corpus = Corpus::new();
    let mut data = String::from("{\"id\": \"a\", \"title\": \"Avant\", \"body\": \"Texte.\"}\n");
    data.push_str(&"x".repeat(65 << 20));
    data.push_str("\n{\"id\": \"b\", \"title\": \"Après\", \"body\": \"Texte.\"}\n");
    corpus.file("corpus/big.jsonl", data);
    let run = corpus.veille(&["index"]);
    run.ok();
    assert!(
        run.stderr()
            .contains("big.jsonl:2: a line longer than 64 MB is not one record (skipped)"),
        "{}",
        run.stderr()
    );
    assert!(
        run.stderr().contains("indexed 2 articles"),
        "{}",
        run.stderr()
    );
}
