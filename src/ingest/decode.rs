//! Bytes to text. Old French files are often Windows-1252 rather than UTF-8; they are decoded as
//! such (with a warning) instead of being rejected, since losing an article is worse than a
//! warning.

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
    bytes.iter().take(8192).any(|&b| b == 0)
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
}
