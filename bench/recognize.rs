//! Company recognition alone, on one core: how long `CompanyRecognizer::recognize` takes over a
//! corpus, beside the French analyzer on the same text for scale.
//!
//! ```text
//! cargo run --release --example recognize -- CORPUS.jsonl[.gz] [--dump FILE]
//! ```
//!
//! Each figure is the best of five passes over articles held in memory, so reading and parsing
//! are left out. `--dump FILE` writes the companies of every article instead (one line per
//! article, guessed names with a `?`), to check that a change to the matcher's speed left its
//! answers alone: dump before, dump after, compare.

use std::io::{BufRead, BufReader, Read, Write};
use std::time::Instant;

use veille::analysis::companies::CompanyRecognizer;
use veille::analysis::french_analyzer;
use veille::ingest::parse_json_record;

const PASSES: usize = 5;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        return Err("usage: recognize CORPUS.jsonl[.gz] [--dump FILE]".into());
    };
    let articles = read(path)?;
    let recognizer = CompanyRecognizer::builtin();
    if let Some(dump) = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|k| args.get(k + 1))
    {
        let mut out = std::io::BufWriter::new(std::fs::File::create(dump)?);
        for (k, (title, body)) in articles.iter().enumerate() {
            let names: Vec<String> = recognizer
                .recognize(&[], title, body)
                .into_iter()
                .map(|m| format!("{}{}", m.name, if m.guessed { "?" } else { "" }))
                .collect();
            writeln!(out, "{k}\t{}", names.join("|"))?;
        }
        return Ok(());
    }
    let bytes: usize = articles.iter().map(|(t, b)| t.len() + b.len()).sum();
    let mut mentions = 0;
    let recognition = best_of(|| {
        mentions = articles
            .iter()
            .map(|(title, body)| recognizer.recognize(&[], title, body).len())
            .sum();
    });
    let mut analyzer = french_analyzer();
    let analysis = best_of(|| {
        for (title, body) in &articles {
            for text in [title, body] {
                let mut stream = analyzer.token_stream(text);
                while stream.advance() {}
            }
        }
    });
    println!(
        "{} articles, {:.0} MB: recognition {recognition:.3} s ({:.0} MB/s, {mentions} companies), \
         French analyzer {analysis:.3} s",
        articles.len(),
        bytes as f64 / 1e6,
        bytes as f64 / recognition / 1e6,
    );
    Ok(())
}

fn best_of(mut run: impl FnMut()) -> f64 {
    (0..PASSES)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed().as_secs_f64()
        })
        .fold(f64::MAX, f64::min)
}

/// Titles and bodies of a JSON Lines file, gzip or not.
fn read(path: &str) -> Result<Vec<(String, String)>, Box<dyn std::error::Error>> {
    let file = std::fs::File::open(path)?;
    let reader: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut articles = Vec::new();
    for line in BufReader::new(reader).lines() {
        if let Ok((article, _)) = parse_json_record(&line?) {
            articles.push((article.title, article.body));
        }
    }
    Ok(articles)
}
