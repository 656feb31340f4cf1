//! Files for the readers' tests: the fixtures written for them in `tests/data/formats/`, and
//! the real exports in `../shared` (absent on some machines: those tests then skip with a
//! message).

use std::path::PathBuf;

use super::decode::{self, Decoded};

/// A file's text as `mod.rs` hands it to a reader: decoded, double-encoding repaired.
fn text_of(bytes: &[u8]) -> String {
    let text = match decode::decode(bytes) {
        Decoded::Utf8(text) => text.into_owned(),
        Decoded::Windows1252(text) => text,
        Decoded::Binary => panic!("binary test file"),
    };
    decode::repair_mojibake(&text).unwrap_or(text)
}

pub fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/formats")
        .join(name);
    text_of(&std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// A real export from `../shared/corpora/press-exports/`, or `None` (with a message) when
/// `../shared` is not there.
pub fn shared(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora/press-exports")
        .join(name);
    match std::fs::read(&path) {
        Ok(bytes) => Some(text_of(&bytes)),
        Err(_) => {
            eprintln!("skipped: {} is absent", path.display());
            None
        }
    }
}
