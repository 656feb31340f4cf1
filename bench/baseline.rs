//! The baseline the benchmark compares veille with: plain tantivy, its default tokenizer, the
//! same text fields stored, no French analysis, no facets, no company recognition, the same
//! number of indexing threads. What veille costs on top of this is the price of its features.
//!
//! Usage:
//!   baseline index FILE.jsonl[.gz] INDEX_DIR THREADS
//!   baseline search INDEX_DIR QUERIES_FILE     (one JSON line per query: total_hits, took_ms)

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::time::Instant;

use tantivy::collector::{Count, TopDocs};
use tantivy::query::QueryParser;
use tantivy::schema::{Schema, STORED, STRING, TEXT};
use tantivy::{Index, TantivyDocument};

fn text(record: &serde_json::Value, names: &[&str]) -> String {
    names
        .iter()
        .filter_map(|n| record.get(*n).and_then(serde_json::Value::as_str))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn index(input: &str, dir: &str, threads: usize) -> tantivy::Result<()> {
    let mut builder = Schema::builder();
    let id = builder.add_text_field("id", STRING | STORED);
    let title = builder.add_text_field("title", TEXT | STORED);
    let body = builder.add_text_field("body", TEXT | STORED);
    let url = builder.add_text_field("url", STORED);
    let date = builder.add_text_field("date", STORED);
    let schema = builder.build();
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir)?;
    let index = Index::create_in_dir(dir, schema)?;
    let mut writer = index.writer_with_num_threads(threads, 100_000_000 * threads)?;
    let file = BufReader::new(File::open(input)?);
    let reader: Box<dyn BufRead> = if input.ends_with(".gz") {
        Box::new(BufReader::new(flate2::bufread::MultiGzDecoder::new(file)))
    } else {
        Box::new(file)
    };
    let mut count = 0u64;
    for line in reader.lines() {
        let line = line?;
        let Ok(record) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let mut doc = TantivyDocument::new();
        doc.add_text(id, text(&record, &["id"]));
        doc.add_text(title, text(&record, &["title"]));
        doc.add_text(body, text(&record, &["heading", "article"]));
        doc.add_text(url, text(&record, &["url"]));
        doc.add_text(date, text(&record, &["date"]));
        writer.add_document(doc)?;
        count += 1;
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    eprintln!("baseline: indexed {count} articles");
    Ok(())
}

fn search(dir: &str, queries: &str) -> tantivy::Result<()> {
    let index = Index::open_in_dir(dir)?;
    let schema = index.schema();
    let fields = vec![schema.get_field("title")?, schema.get_field("body")?];
    let parser = QueryParser::for_index(&index, fields);
    let searcher = index.reader()?.searcher();
    let mut out = std::io::stdout().lock();
    for line in BufReader::new(File::open(queries)?).lines() {
        let line = line?;
        let started = Instant::now();
        // The lenient parse answers every query, as veille does.
        let (query, _errors) = parser.parse_query_lenient(&line);
        let (top, total) =
            searcher.search(&query, &(TopDocs::with_limit(10).order_by_score(), Count))?;
        for (_, address) in &top {
            let _doc: TantivyDocument = searcher.doc(*address)?;
        }
        let took = started.elapsed().as_secs_f64() * 1000.0;
        writeln!(out, "{{\"total_hits\": {total}, \"took_ms\": {took}}}")?;
    }
    Ok(())
}

fn main() -> tantivy::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("index") if args.len() == 5 => index(&args[2], &args[3], args[4].parse().unwrap_or(2)),
        Some("search") if args.len() == 4 => search(&args[2], &args[3]),
        _ => {
            eprintln!(
                "usage: baseline index FILE INDEX_DIR THREADS | baseline search INDEX_DIR QUERIES"
            );
            std::process::exit(2);
        }
    }
}
