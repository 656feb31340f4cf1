//! Character references in HTML and XML text: `&eacute;`, `&#233;`, `&#xE9;`.
//!
//! A table of the named entities that occur in news exports (all of Latin-1, typographic quotes
//! and dashes, `&euro;`, `&oelig;`…) rather than the 2,000 of HTML5: an unknown name is kept as
//! written, which is visible and harmless.

use std::borrow::Cow;

/// Replaces every character reference in `text` by its character.
pub fn decode(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((decoded, len)) => {
                out.extend(decoded);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The reference at the start of `text` (which starts with `&`): its character (none for an
/// invalid code point) and its length.
fn reference(text: &str) -> Option<(Option<char>, usize)> {
    let end = text[1..].find(';')? + 1;
    let name = &text[1..end];
    if name.is_empty() || name.len() > 10 {
        return None;
    }
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        numeric(code)
    } else {
        Some(named(name)?)
    };
    Some((decoded, end + 1))
}

/// Numeric references in 128–159 mean the Windows-1252 characters there (`&#146;` is `’`), as
/// in every browser: old French pages rely on it.
fn numeric(code: u32) -> Option<char> {
    if (0x80..=0x9F).contains(&code) {
        let byte = [code as u8];
        let (text, _, _) = encoding_rs::WINDOWS_1252.decode(&byte);
        return text.chars().next().filter(|c| !c.is_control());
    }
    char::from_u32(code).filter(|&c| c != '\0')
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "AElig" => '\u{c6}',
        "Aacute" => '\u{c1}',
        "Acirc" => '\u{c2}',
        "Agrave" => '\u{c0}',
        "Aring" => '\u{c5}',
        "Atilde" => '\u{c3}',
        "Auml" => '\u{c4}',
        "Ccedil" => '\u{c7}',
        "Dagger" => '\u{2021}',
        "ETH" => '\u{d0}',
        "Eacute" => '\u{c9}',
        "Ecirc" => '\u{ca}',
        "Egrave" => '\u{c8}',
        "Euml" => '\u{cb}',
        "Iacute" => '\u{cd}',
        "Icirc" => '\u{ce}',
        "Igrave" => '\u{cc}',
        "Iuml" => '\u{cf}',
        "Ntilde" => '\u{d1}',
        "OElig" => '\u{152}',
        "Oacute" => '\u{d3}',
        "Ocirc" => '\u{d4}',
        "Ograve" => '\u{d2}',
        "Oslash" => '\u{d8}',
        "Otilde" => '\u{d5}',
        "Ouml" => '\u{d6}',
        "Prime" => '\u{2033}',
        "Scaron" => '\u{160}',
        "THORN" => '\u{de}',
        "Uacute" => '\u{da}',
        "Ucirc" => '\u{db}',
        "Ugrave" => '\u{d9}',
        "Uuml" => '\u{dc}',
        "Yacute" => '\u{dd}',
        "Yuml" => '\u{178}',
        "aacute" => '\u{e1}',
        "acirc" => '\u{e2}',
        "acute" => '\u{b4}',
        "aelig" => '\u{e6}',
        "agrave" => '\u{e0}',
        "amp" => '\u{26}',
        "apos" => '\u{27}',
        "aring" => '\u{e5}',
        "asymp" => '\u{2248}',
        "atilde" => '\u{e3}',
        "auml" => '\u{e4}',
        "bdquo" => '\u{201e}',
        "brvbar" => '\u{a6}',
        "bull" => '\u{2022}',
        "ccedil" => '\u{e7}',
        "cedil" => '\u{b8}',
        "cent" => '\u{a2}',
        "circ" => '\u{2c6}',
        "copy" => '\u{a9}',
        "curren" => '\u{a4}',
        "dagger" => '\u{2020}',
        "darr" => '\u{2193}',
        "deg" => '\u{b0}',
        "divide" => '\u{f7}',
        "eacute" => '\u{e9}',
        "ecirc" => '\u{ea}',
        "egrave" => '\u{e8}',
        "emsp" => '\u{2003}',
        "ensp" => '\u{2002}',
        "eth" => '\u{f0}',
        "euml" => '\u{eb}',
        "euro" => '\u{20ac}',
        "fnof" => '\u{192}',
        "frac12" => '\u{bd}',
        "frac14" => '\u{bc}',
        "frac34" => '\u{be}',
        "ge" => '\u{2265}',
        "gt" => '\u{3e}',
        "hearts" => '\u{2665}',
        "hellip" => '\u{2026}',
        "iacute" => '\u{ed}',
        "icirc" => '\u{ee}',
        "iexcl" => '\u{a1}',
        "igrave" => '\u{ec}',
        "infin" => '\u{221e}',
        "iquest" => '\u{bf}',
        "iuml" => '\u{ef}',
        "laquo" => '\u{ab}',
        "larr" => '\u{2190}',
        "ldquo" => '\u{201c}',
        "le" => '\u{2264}',
        "lrm" => '\u{200e}',
        "lsaquo" => '\u{2039}',
        "lsquo" => '\u{2018}',
        "lt" => '\u{3c}',
        "macr" => '\u{af}',
        "mdash" => '\u{2014}',
        "micro" => '\u{b5}',
        "middot" => '\u{b7}',
        "minus" => '\u{2212}',
        "nbsp" => '\u{a0}',
        "ndash" => '\u{2013}',
        "ne" => '\u{2260}',
        "not" => '\u{ac}',
        "ntilde" => '\u{f1}',
        "oacute" => '\u{f3}',
        "ocirc" => '\u{f4}',
        "oelig" => '\u{153}',
        "ograve" => '\u{f2}',
        "oline" => '\u{203e}',
        "ordf" => '\u{aa}',
        "ordm" => '\u{ba}',
        "oslash" => '\u{f8}',
        "otilde" => '\u{f5}',
        "ouml" => '\u{f6}',
        "para" => '\u{b6}',
        "permil" => '\u{2030}',
        "plusmn" => '\u{b1}',
        "pound" => '\u{a3}',
        "prime" => '\u{2032}',
        "quot" => '\u{22}',
        "raquo" => '\u{bb}',
        "rarr" => '\u{2192}',
        "rdquo" => '\u{201d}',
        "reg" => '\u{ae}',
        "rlm" => '\u{200f}',
        "rsaquo" => '\u{203a}',
        "rsquo" => '\u{2019}',
        "sbquo" => '\u{201a}',
        "scaron" => '\u{161}',
        "sect" => '\u{a7}',
        "shy" => '\u{ad}',
        "sup1" => '\u{b9}',
        "sup2" => '\u{b2}',
        "sup3" => '\u{b3}',
        "szlig" => '\u{df}',
        "thinsp" => '\u{2009}',
        "thorn" => '\u{fe}',
        "tilde" => '\u{2dc}',
        "times" => '\u{d7}',
        "trade" => '\u{2122}',
        "uacute" => '\u{fa}',
        "uarr" => '\u{2191}',
        "ucirc" => '\u{fb}',
        "ugrave" => '\u{f9}',
        "uml" => '\u{a8}',
        "uuml" => '\u{fc}',
        "yacute" => '\u{fd}',
        "yen" => '\u{a5}',
        "yuml" => '\u{ff}',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numeric_references() {
        assert_eq!(
            decode("Soci&eacute;t&#233; &laquo;&nbsp;g&#xE9;n&eacute;rale&nbsp;&raquo; l&#146;a &amp; &euro;"),
            "Société «\u{a0}générale\u{a0}» l’a & €"
        );
    }

    #[test]
    fn what_is_not_a_reference_stays() {
        assert_eq!(
            decode("AT&T & Co &unknown; &#xZZ; &"),
            "AT&T & Co &unknown; &#xZZ; &"
        );
        assert_eq!(decode("a&#0;b"), "ab");
    }
}
