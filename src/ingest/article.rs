//! The one type every reader produces.

use super::date::PubDate;
use super::title::first_sentence;

/// A news article, whatever format it came from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The source's own identifier, if it has one (a JSON `id`, a text file's path).
    pub id: Option<String>,
    pub title: String,
    /// The text, lead paragraph included, paragraphs separated by blank lines.
    pub body: String,
    pub date: Option<PubDate>,
    pub source: Option<String>,
    pub author: Option<String>,
    /// The newspaper's section (`Économie`), as press exports give it.
    pub section: Option<String>,
    pub url: Option<String>,
    /// Companies the source itself lists (press-database indexing, a `companies:` header).
    pub companies: Vec<String>,
}

/// `text` with its whitespace collapsed, or `None` when nothing is left.
fn one_line(text: Option<String>) -> Option<String> {
    let text = text?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!text.is_empty()).then_some(text)
}

/// An author as bylines write it: `Par Jeanne Martin` and `By JANE DOE` are the names alone.
pub fn byline(text: &str) -> String {
    let text = text.trim();
    ["Par ", "par ", "PAR ", "By ", "by ", "BY "]
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .unwrap_or(text)
        .trim()
        .to_string()
}

impl Article {
    /// Fills what a reader could not: a missing title becomes the first sentence of the body.
    /// Names and the title are put on one line.
    pub fn finish(mut self) -> Article {
        self.title = self.title.split_whitespace().collect::<Vec<_>>().join(" ");
        self.source = one_line(self.source);
        self.author = one_line(self.author);
        self.section = one_line(self.section);
        if self.title.is_empty() {
            self.title = first_sentence(&self.body);
        }
        self.body = self.body.trim().to_string();
        self
    }

    /// What makes two records the same article: its id, else its URL, else its content. A new
    /// version of an article with the same key replaces the old one in the index.
    pub fn key(&self) -> String {
        if let Some(id) = self.id.as_deref().filter(|id| !id.is_empty()) {
            return id.to_string();
        }
        if let Some(url) = self.url.as_deref().filter(|url| !url.is_empty()) {
            return url.to_string();
        }
        format!("content:{:016x}", self.content_hash())
    }

    fn content_hash(&self) -> u64 {
        let mut hash = Fnv::default();
        hash.write(self.title.as_bytes());
        hash.write(self.body.as_bytes());
        hash.finish()
    }

    /// Changes whenever anything indexed about the article changes: an unchanged fingerprint
    /// means the article need not be analysed again.
    pub fn fingerprint(&self) -> u64 {
        let mut hash = Fnv::default();
        for part in [
            self.id.as_deref().unwrap_or(""),
            &self.title,
            &self.body,
            self.source.as_deref().unwrap_or(""),
            self.author.as_deref().unwrap_or(""),
            self.section.as_deref().unwrap_or(""),
            self.url.as_deref().unwrap_or(""),
        ] {
            hash.write(part.as_bytes());
        }
        hash.write(
            self.date
                .map(|d| d.to_string())
                .unwrap_or_default()
                .as_bytes(),
        );
        for company in &self.companies {
            hash.write(company.as_bytes());
        }
        hash.finish()
    }
}

/// A small hash of our own, eight bytes at a time (re-indexing hashes every article and this was
/// a tenth of its time byte by byte), and stable across Rust releases (unlike `DefaultHasher`),
/// which matters because fingerprints are stored in the index.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(0x9e37_79b9_0100_01b3);
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(word));
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.mix(u64::from_le_bytes(tail));
        // The length, so that ("ab", "c") and ("a", "bc") differ.
        self.mix(bytes.len() as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(body: &str) -> Article {
        Article {
            body: body.to_string(),
            ..Article::default()
        }
        .finish()
    }

    #[test]
    fn identity_prefers_id_then_url_then_content() {
        let mut a = article("Un texte.");
        assert!(a.key().starts_with("content:"));
        a.url = Some("https://example.org/a".into());
        assert_eq!(a.key(), "https://example.org/a");
        a.id = Some("42".into());
        assert_eq!(a.key(), "42");
    }

    #[test]
    fn fingerprint_sees_every_field() {
        let a = article("Un texte.");
        let mut b = a.clone();
        b.source = Some("AFP".into());
        assert_ne!(a.fingerprint(), b.fingerprint());
        let mut c = a.clone();
        c.author = Some("Ariane Chemin".into());
        assert_ne!(a.fingerprint(), c.fingerprint());
        assert_eq!(a.fingerprint(), article("Un texte.").fingerprint());
    }

    #[test]
    fn missing_title_is_the_first_sentence() {
        assert_eq!(
            article("Renault ferme une usine. Suite.").title,
            "Renault ferme une usine"
        );
    }
}
