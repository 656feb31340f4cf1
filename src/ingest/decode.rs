//! Bytes to text. Old French files are often Windows-1252 rather than UTF-8; they are decoded as
//! such (with a warning) instead of being rejected, since losing an article is worse than a
//! warning.
//!
//! Exports also come double-encoded: UTF-8 bytes read as Latin-1 and written out again as UTF-8,
//! so `é` shows as `Ã©` (old Europresse pages declare ISO-8859-1 and are often like that).
//! [`repair_mojibake`] turns such sequences back into the characters they were.

use std::borrow::Cow;

/// How a byte string was turned into text.
#[derive(Debug, PartialEq, Eq)]
pub enum Decoded<'a> {
    Utf8(Cow<'a, str>),
    Windows1252(String),
    Binary,
}

/// Binary files (images, archives, executables) have NUL bytes early on; text never does.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

pub fn decode(bytes: &[u8]) -> Decoded<'_> {
    if looks_binary(bytes) {
        return Decoded::Binary;
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded::Utf8(Cow::Borrowed(text)),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Decoded::Windows1252(text.into_owned())
        }
    }
}

/// The Windows-1252 byte a character was decoded from, for characters outside ASCII.
fn windows_1252_byte(c: char) -> Option<u8> {
    let code = c as u32;
    if (0x80..=0xFF).contains(&code) {
        return Some(code as u8);
    }
    let mut utf8 = [0; 4];
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut utf8));
    if unmappable {
        return None;
    }
    bytes.first().copied().filter(|&b| b >= 0x80)
}

/// Characters that double-encoded French text decodes to: Latin-1 letters, œ, quotes, dashes,
/// ellipsis, €. A pair such as `É…` that would decode to anything else is left alone.
fn plausible(c: char) -> bool {
    matches!(c as u32, 0xA0..=0x17F | 0x2010..=0x203A | 0x20AC)
}

/// Undoes UTF-8 read as Windows-1252 (`Ã©` → `é`, `â€™` → `’`), sequence by sequence, so that
/// a text where only some parts were mangled keeps its good parts. `None` when there was nothing
/// to repair.
pub fn repair_mojibake(text: &str) -> Option<String> {
    // Every mangled sequence starts with one of these (the lead bytes of 2-, 3- and 4-byte
    // UTF-8 read as Windows-1252); most texts have none, and are returned at once.
    if !text.contains(['Â', 'Ã', 'Ä', 'Å', 'â']) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut repaired = false;
    let mut i = 0;
    while i < chars.len() {
        if let Some((decoded, used)) = mangled_at(&chars[i..]) {
            out.push(decoded);
            i += used;
            repaired = true;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    repaired.then_some(out)
}

/// The character that `chars` starts with once re-encoded as Windows-1252 and decoded as UTF-8,
/// with how many characters it took.
fn mangled_at(chars: &[char]) -> Option<(char, usize)> {
    let lead = windows_1252_byte(chars[0])?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut bytes = vec![lead];
    for &c in chars.get(1..len)? {
        bytes.push(windows_1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))?);
    }
    let decoded = std::str::from_utf8(&bytes).ok()?.chars().next()?;
    plausible(decoded).then_some((decoded, len))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_bytes_are_read_as_windows_1252() {
        assert_eq!(
            decode(b"soci\xe9t\xe9 \x80"),
            Decoded::Windows1252("société €".to_string())
        );
    }

    #[test]
    fn utf8_passes_and_loses_its_bom() {
        assert_eq!(
            decode("\u{feff}société".as_bytes()),
            Decoded::Utf8(Cow::Borrowed("société"))
        );
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0"), Decoded::Binary);
    }

    #[test]
    fn double_encoded_utf8_is_repaired() {
        assert_eq!(
            repair_mojibake("Soci\u{c3}\u{a9}t\u{c3}\u{a9} g\u{c3}\u{a9}n\u{c3}\u{a9}rale, l\u{e2}\u{20ac}\u{2122}\u{c3}\u{a9}t\u{c3}\u{a9}")
                .as_deref(),
            Some("Société générale, l’été")
        );
        assert_eq!(
            repair_mojibake("Ã€ Paris, Ã§a").as_deref(),
            Some("À Paris, ça")
        );
    }

    #[test]
    fn good_text_is_left_alone() {
        for text in [
            "Société générale",
            "L’ÉTÉ… « Bonjour »",
            "São Paulo",
            "SÃO PAULO",
            "",
        ] {
            assert_eq!(repair_mojibake(text), None, "{text}");
        }
    }
}
