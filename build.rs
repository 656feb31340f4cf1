//! Concatenates the gazetteer files under `data/companies/` into one text that the binary
//! embeds, so that company recognition needs no file at run time.

use std::env;
use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("data/companies");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|ext| ext == "tsv"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut all = String::new();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let text = fs::read_to_string(&file).expect("gazetteer files are UTF-8");
        all.push_str(&text);
        if !all.ends_with('\n') {
            all.push('\n');
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("companies.tsv");
    fs::write(out, all).expect("OUT_DIR is writable");
}
