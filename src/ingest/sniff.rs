//! Which reader an HTML or XML file needs, told from its content: a `.html` may be a
//! Europresse, Factiva or LexisNexis export, a `.xml` an RSS or Atom feed or a Factiva export,
//! and users rename files.

use super::html::contains_ignore_case;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Markup {
    Feed,
    Europresse,
    FactivaHtml,
    FactivaXml,
    LexisNexis,
}

/// The name of the first element, past the XML declaration, comments and doctype.
pub fn root_element(text: &str) -> Option<String> {
    let mut rest = text;
    loop {
        rest = &rest[rest.find('<')?..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = &comment[comment.find("-->")? + 3..];
        } else if rest.starts_with("<!") || rest.starts_with("<?") {
            rest = &rest[rest.find('>')? + 1..];
        } else {
            let name: String = rest[1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || matches!(c, ':' | '_' | '-'))
                .collect();
            if !name.is_empty() {
                return Some(name.to_lowercase());
            }
            rest = &rest[1..];
        }
    }
}

/// The layout of `text`, or why none of the readers fits it.
pub fn markup(text: &str) -> Result<Markup, String> {
    let root = root_element(text).unwrap_or_default();
    match root.as_str() {
        "rss" | "rdf:rdf" | "feed" => return Ok(Markup::Feed),
        "ppsresponse" | "ppsarticleresponse" | "ppsarticleresultset" | "ppsarticle" => {
            return Ok(Markup::FactivaXml)
        }
        _ => {}
    }
    let has = |marker: &str| contains_ignore_case(text, marker);
    if has("<ppsarticle") {
        Ok(Markup::FactivaXml)
    } else if has("<docfull>") {
        Ok(Markup::LexisNexis)
    } else if has("DocPublicationName") || has("titreArticleVisu") {
        Ok(Markup::Europresse)
    } else if (has("class=\"index\"") || has("class='index'")) && (has(">HD<") || has(">HD&nbsp;"))
    {
        Ok(Markup::FactivaHtml)
    } else if root == "html" || root.is_empty() && has("<html") {
        Err(
            "an HTML page that is not a Europresse, Factiva or LexisNexis export (none of their \
             marks: DocPublicationName, DOCFULL, a table of HD/PD/TD fields)"
                .into(),
        )
    } else if root.is_empty() {
        Err("no HTML or XML element in this file".into())
    } else {
        Err(format!(
            "XML whose root element is <{root}>: not an RSS or Atom feed nor a Factiva export"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_layouts_apart() {
        let cases = [
            (
                "<?xml version=\"1.0\"?><!-- c --><rss version=\"2.0\">",
                Markup::Feed,
            ),
            ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", Markup::Feed),
            ("<rdf:RDF>", Markup::Feed),
            ("\u{feff}<?xml?>\n<PPSResponse>", Markup::FactivaXml),
            ("<html><!-- x\n<DOCFULL> -->", Markup::LexisNexis),
            (
                "<!DOCTYPE html><html><span class=\"DocPublicationName\">",
                Markup::Europresse,
            ),
            (
                "<html><td class=\"index\"><b>HD</b>&nbsp;</td>",
                Markup::FactivaHtml,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(markup(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn says_why_nothing_fits() {
        assert!(markup("<html><body><p>Bonjour</p></body></html>")
            .unwrap_err()
            .starts_with("an HTML page that is not a Europresse, Factiva or LexisNexis export"));
        assert_eq!(
            markup("<project><name>x</name></project>").unwrap_err(),
            "XML whose root element is <project>: not an RSS or Atom feed nor a Factiva export"
        );
        assert!(markup("pas du tout")
            .unwrap_err()
            .starts_with("no HTML or XML element"));
    }
}
