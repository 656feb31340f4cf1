//! Case and accent folding for names: `Société` → `societe`, `Ørsted` → `orsted`.
//!
//! Used by the analyzer after stemming, and to compare names (companies, sources) whatever the
//! user typed. It covers the Latin letters of the languages business news names companies in.

/// Appends the folded form of `word` to `out`.
pub fn fold_into(word: &str, out: &mut String) {
    // Most words are ASCII: folding them is lower-casing, done in place once written.
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    fold_each(word, |piece| out.push_str(piece));
}

/// Gives the folded form of `word` piece by piece, without writing it anywhere: for callers that
/// only hash it. [`fold_into`] writes the pieces one after the other.
pub fn fold_each(word: &str, mut piece: impl FnMut(&str)) {
    let mut buffer = [0; 4];
    for c in word.chars() {
        if c.is_ascii() {
            piece(c.to_ascii_lowercase().encode_utf8(&mut buffer));
            continue;
        }
        match fold_char(c) {
            Some(folded) => piece(folded),
            None => c
                .to_lowercase()
                .for_each(|l| piece(l.encode_utf8(&mut buffer))),
        }
    }
}

pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// The first byte of the folded form of `word`, when it is ASCII: `É` → `e`.
pub fn folded_initial(word: &str) -> Option<u8> {
    let c = word.chars().next()?;
    if c.is_ascii() {
        return Some(c.to_ascii_lowercase() as u8);
    }
    fold_char(c).map(|folded| folded.as_bytes()[0])
}

fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å'
        | 'Ā' | 'Ă' | 'Ą' => "a",
        'æ' | 'Æ' => "ae",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'Ď' | 'Đ' | 'ð' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' | 'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę'
        | 'Ě' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' | 'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => {
            "i"
        }
        'ł' | 'ľ' | 'ĺ' | 'Ł' | 'Ľ' | 'Ĺ' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō'
        | 'Ő' => "o",
        'œ' | 'Œ' => "oe",
        'ř' | 'ŕ' | 'Ř' | 'Ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' | 'Ś' | 'Š' | 'Ş' | 'Ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' | 'Ť' | 'Ţ' | 'Ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' | 'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű'
        | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'þ' | 'Þ' => "th",
        '’' | 'ʼ' => "'",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_make_the_folded_word() {
        for word in [
            "Société",
            "l’Œuvre",
            "Straße",
            "ΑΘΗΝΑ",
            "Ørsted",
            "aujourd'hui",
            "3M",
        ] {
            let mut pieces = String::new();
            fold_each(word, |piece| pieces.push_str(piece));
            assert_eq!(pieces, fold(word), "{word}");
        }
    }

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("Société"), "societe");
        assert_eq!(fold("ØRSTED"), "orsted");
        assert_eq!(fold("Nestlé"), "nestle");
        assert_eq!(fold("Œuvre"), "oeuvre");
        assert_eq!(fold("L’Oréal"), "l'oreal");
    }
}
