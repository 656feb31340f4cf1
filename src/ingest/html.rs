//! A tolerant reader for the HTML and XML that press exports and feeds are made of.
//!
//! Exports are not well-formed: unclosed `<p>` and `<br>`, stray end tags, upper-case tags,
//! attributes such as `href="a.css""`, CSS in the middle of the body, files cut short. A strict
//! XML parser stops at the first of these, and a browser engine is a heavy dependency for a
//! handful of layouts. This module does what the readers need and no more: it tokenizes (text
//! with its character references decoded, CDATA kept, comments and `<script>`/`<style>` skipped)
//! and builds a tree in which an end tag closes the nearest open element of its name (and is
//! ignored when there is none), void elements never open, and in HTML a block opening right
//! inside a `<p>` closes it. Elements still open at the end of the text are marked unclosed, so a
//! reader can tell a truncated file.
//!
//! [`Document::text`] turns a subtree into clean text: whitespace collapsed, block elements
//! (`<p>`, `<div>`, `<br>`…) separating paragraphs with a blank line.

use super::entities;

/// An element's name (lower case) and attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    attrs: Vec<(String, String)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether `class` is one of the element's classes, in any case (exports write both
    /// `titreArticleVisu` and `TitreArticleVisu`).
    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class").is_some_and(|classes| {
            classes
                .split_ascii_whitespace()
                .any(|c| c.eq_ignore_ascii_case(class))
        })
    }
}

pub type NodeId = usize;

#[derive(Debug)]
enum Kind {
    Root,
    Element(Element),
    Text(String),
}

#[derive(Debug)]
struct Node {
    kind: Kind,
    parent: NodeId,
    children: Vec<NodeId>,
    /// Where the node starts in the source.
    offset: usize,
    closed: bool,
}

/// One step of a walk through a subtree, in document order.
pub enum Event<'d> {
    Open(NodeId, &'d Element),
    Close(NodeId, &'d Element),
    Text(&'d str),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Html,
    Xml,
}

/// A parsed HTML or XML text.
pub struct Document {
    nodes: Vec<Node>,
    newlines: Vec<usize>,
}

/// Elements that never have content in HTML.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
    )
}

/// Elements that separate paragraphs of text. `paragraph` is Factiva XML's.
pub fn is_block(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "br"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "paragraph"
            | "pre"
            | "section"
            | "table"
            | "td"
            | "th"
            | "title"
            | "tr"
            | "ul"
    )
}

/// Finds `needle` (ASCII) in `hay` from `from`, in any case.
fn find_ignore_case(hay: &str, needle: &str, from: usize) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle.first()?.to_ascii_lowercase();
    (from..=hay.len() - needle.len()).find(|&i| {
        hay[i].to_ascii_lowercase() == first
            && hay[i..i + needle.len()].eq_ignore_ascii_case(needle)
    })
}

/// Whether `hay` contains `needle` (ASCII), in any case.
pub fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    find_ignore_case(hay, needle, 0).is_some()
}

enum Token {
    Start {
        element: Element,
        self_closing: bool,
    },
    End(String),
    Text(String),
}

struct Tokenizer<'a> {
    source: &'a str,
    pos: usize,
    mode: Mode,
    /// After `<script>` or `<style>`: the end tag to skip to.
    raw_until: Option<&'static str>,
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, ':' | '_' | '-' | '.')
}

impl Tokenizer<'_> {
    /// The next token and the offset it starts at; `None` at the end (or at a tag cut short).
    fn next(&mut self) -> Option<(usize, Token)> {
        loop {
            let start = self.pos;
            let rest = &self.source[start..];
            if rest.is_empty() {
                return None;
            }
            if let Some(end_tag) = self.raw_until.take() {
                let end =
                    find_ignore_case(self.source, end_tag, start).unwrap_or(self.source.len());
                self.pos = end;
                continue;
            }
            if !rest.starts_with('<') {
                let end = rest.find('<').map_or(self.source.len(), |i| start + i);
                self.pos = end;
                let text = entities::decode(&self.source[start..end]).into_owned();
                return Some((start, Token::Text(text)));
            }
            if let Some(body) = rest.strip_prefix("<!--") {
                self.pos = body
                    .find("-->")
                    .map_or(self.source.len(), |i| start + 4 + i + 3);
                continue;
            }
            if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let len = body.find("]]>").unwrap_or(body.len());
                self.pos = (start + 9 + len + 3).min(self.source.len());
                return Some((start, Token::Text(body[..len].to_string())));
            }
            if rest.starts_with("<!") || rest.starts_with("<?") {
                self.pos = rest.find('>').map_or(self.source.len(), |i| start + i + 1);
                continue;
            }
            let mut chars = rest[1..].chars();
            match chars.next() {
                Some('/') if chars.next().is_some_and(char::is_alphabetic) => {
                    let end = rest.find('>')?;
                    self.pos = start + end + 1;
                    let name: String = rest[2..end]
                        .chars()
                        .take_while(|&c| is_name_char(c))
                        .collect();
                    return Some((start, Token::End(name.to_lowercase())));
                }
                Some(c) if c.is_alphabetic() => {
                    let (element, self_closing, len) = start_tag(rest)?;
                    self.pos = start + len;
                    if self.mode == Mode::Html && !self_closing {
                        self.raw_until = match element.name.as_str() {
                            "script" => Some("</script"),
                            "style" => Some("</style"),
                            _ => None,
                        };
                    }
                    return Some((
                        start,
                        Token::Start {
                            element,
                            self_closing,
                        },
                    ));
                }
                _ => {
                    // A `<` that opens no tag is text (`a < b`).
                    self.pos = start + 1;
                    return Some((start, Token::Text("<".into())));
                }
            }
        }
    }
}

/// Parses the start tag `tag` begins with: the element, whether it ends with `/>`, and the
/// tag's length. `None` when the text ends inside the tag.
fn start_tag(tag: &str) -> Option<(Element, bool, usize)> {
    let bytes = tag.as_bytes();
    let name_end = tag[1..]
        .find(|c: char| !is_name_char(c))
        .map_or(tag.len(), |i| i + 1);
    let name = tag[1..name_end].to_lowercase();
    let mut attrs = Vec::new();
    let mut i = name_end;
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i)? {
            b'>' => return Some((Element { name, attrs }, false, i + 1)),
            b'/' if bytes.get(i + 1) == Some(&b'>') => {
                return Some((Element { name, attrs }, true, i + 2))
            }
            _ => {}
        }
        // A name runs to a space, `=`, or the end of the tag; a stray `"` or `/` is a name of
        // its own, as browsers read it, so `href="a.css""` does not swallow the rest.
        let start = i;
        i += 1;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !b"=>/".contains(&bytes[i]) {
            i += 1;
        }
        let attr = tag[start..i].to_lowercase();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            match bytes.get(i)? {
                &quote @ (b'"' | b'\'') => {
                    let len = tag[i + 1..].find(quote as char)?;
                    value = entities::decode(&tag[i + 1..i + 1 + len]).into_owned();
                    i += len + 2;
                }
                _ => {
                    let start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = entities::decode(&tag[start..i]).into_owned();
                }
            }
        }
        attrs.push((attr, value));
    }
}

/// Blocks that close a `<p>` they open right inside of, as in browsers: old exports never
/// close their paragraphs, and each article would otherwise nest inside the one before.
fn closes_paragraph(name: &str) -> bool {
    is_block(name) && !matches!(name, "br" | "td" | "th" | "tr")
}

impl Document {
    pub const ROOT: NodeId = 0;

    pub fn html(source: &str) -> Document {
        Document::parse(source, Mode::Html)
    }

    pub fn xml(source: &str) -> Document {
        Document::parse(source, Mode::Xml)
    }

    fn parse(source: &str, mode: Mode) -> Document {
        let mut doc = Document {
            nodes: vec![Node {
                kind: Kind::Root,
                parent: 0,
                children: Vec::new(),
                offset: 0,
                closed: true,
            }],
            newlines: source.match_indices('\n').map(|(i, _)| i).collect(),
        };
        let mut open: Vec<NodeId> = vec![Document::ROOT];
        let mut tokens = Tokenizer {
            source,
            pos: 0,
            mode,
            raw_until: None,
        };
        while let Some((offset, token)) = tokens.next() {
            match token {
                Token::Text(text) => {
                    let parent = *open.last().unwrap_or(&Document::ROOT);
                    doc.add(parent, Kind::Text(text), offset, true);
                }
                Token::Start {
                    element,
                    self_closing,
                } => {
                    if mode == Mode::Html && closes_paragraph(&element.name) {
                        if let Some(&top) = open.last() {
                            if doc.name(top) == Some("p") {
                                doc.nodes[top].closed = true;
                                open.pop();
                            }
                        }
                    }
                    let void = self_closing || (mode == Mode::Html && is_void(&element.name));
                    let parent = *open.last().unwrap_or(&Document::ROOT);
                    let id = doc.add(parent, Kind::Element(element), offset, void);
                    if !void {
                        open.push(id);
                    }
                }
                Token::End(name) => {
                    if let Some(at) = open.iter().rposition(|&id| doc.name(id) == Some(&name)) {
                        for &id in &open[at..] {
                            doc.nodes[id].closed = true;
                        }
                        open.truncate(at);
                    }
                }
            }
        }
        doc
    }

    fn add(&mut self, parent: NodeId, kind: Kind, offset: usize, closed: bool) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            parent,
            children: Vec::new(),
            offset,
            closed,
        });
        self.nodes[parent].children.push(id);
        id
    }

    fn name(&self, id: NodeId) -> Option<&str> {
        self.element(id).map(|e| e.name.as_str())
    }

    pub fn element(&self, id: NodeId) -> Option<&Element> {
        match &self.nodes[id].kind {
            Kind::Element(element) => Some(element),
            _ => None,
        }
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id].children
    }

    /// The element children of `id`.
    pub fn child_elements(&self, id: NodeId) -> impl Iterator<Item = (NodeId, &Element)> {
        self.children(id)
            .iter()
            .filter_map(|&c| self.element(c).map(|e| (c, e)))
    }

    /// The first child element of `id` with this name.
    pub fn child(&self, id: NodeId, name: &str) -> Option<NodeId> {
        self.child_elements(id)
            .find(|(_, e)| e.name == name)
            .map(|(child, _)| child)
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        (id != Document::ROOT).then(|| self.nodes[id].parent)
    }

    /// Whether the element's end tag was found (or implied): false in a file cut short.
    pub fn is_closed(&self, id: NodeId) -> bool {
        self.nodes[id].closed
    }

    /// The 1-based line the node starts on.
    pub fn line(&self, id: NodeId) -> usize {
        self.line_at(self.nodes[id].offset)
    }

    pub fn line_at(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&n| n < offset) + 1
    }

    /// Walks the subtree below `id` (not `id` itself) in document order. Iterative, so that
    /// deeply nested files cannot overflow the stack.
    pub fn walk<'d>(&'d self, id: NodeId, visit: &mut dyn FnMut(Event<'d>)) {
        // (node, whether its children were visited)
        let mut stack: Vec<(NodeId, bool)> = self.nodes[id]
            .children
            .iter()
            .rev()
            .map(|&c| (c, false))
            .collect();
        while let Some((node, done)) = stack.pop() {
            match &self.nodes[node].kind {
                Kind::Text(text) => visit(Event::Text(text)),
                Kind::Element(element) if done => visit(Event::Close(node, element)),
                Kind::Element(element) => {
                    visit(Event::Open(node, element));
                    stack.push((node, true));
                    stack.extend(self.nodes[node].children.iter().rev().map(|&c| (c, false)));
                }
                Kind::Root => {}
            }
        }
    }

    /// The elements below `id` that match, in document order.
    pub fn find_all(&self, id: NodeId, matches: impl Fn(&Element) -> bool) -> Vec<NodeId> {
        let mut found = Vec::new();
        self.walk(id, &mut |event| {
            if let Event::Open(node, element) = event {
                if matches(element) {
                    found.push(node);
                }
            }
        });
        found
    }

    pub fn find(&self, id: NodeId, matches: impl Fn(&Element) -> bool) -> Option<NodeId> {
        self.find_all(id, matches).into_iter().next()
    }

    /// The nearest ancestor of `id` that matches.
    pub fn ancestor(&self, id: NodeId, matches: impl Fn(&Element) -> bool) -> Option<NodeId> {
        let mut node = self.parent(id)?;
        loop {
            if self.element(node).is_some_and(&matches) {
                return Some(node);
            }
            node = self.parent(node)?;
        }
    }

    /// The text below `id`, paragraphs separated by blank lines.
    pub fn text(&self, id: NodeId) -> String {
        self.paragraphs(id).join("\n\n")
    }

    pub fn paragraphs(&self, id: NodeId) -> Vec<String> {
        let mut text = TextBuilder::default();
        self.walk(id, &mut |event| match event {
            Event::Open(_, element) | Event::Close(_, element) if is_block(&element.name) => {
                text.paragraph()
            }
            Event::Text(t) => text.push(t),
            _ => {}
        });
        text.into_paragraphs()
    }

    /// The text below `id` on one line (a title, a name).
    pub fn inline_text(&self, id: NodeId) -> String {
        self.paragraphs(id).join(" ")
    }

    /// The text below `id` as written, whitespace and line breaks included.
    pub fn raw_text(&self, id: NodeId) -> String {
        let mut raw = String::new();
        self.walk(id, &mut |event| {
            if let Event::Text(t) = event {
                raw.push_str(t);
            }
        });
        raw
    }
}

/// Clean text from HTML: the text of an RSS description or an Atom `content`.
pub fn to_text(html: &str) -> String {
    Document::html(html).text(Document::ROOT)
}

/// Builds text the way a browser shows it: runs of whitespace are one space, and paragraphs
/// are kept apart. Non-breaking spaces stay inside a paragraph (French puts them before `:` and
/// inside `« »`) but are trimmed at its ends.
#[derive(Debug, Default)]
pub struct TextBuilder {
    paragraphs: Vec<String>,
    current: String,
    space: bool,
}

impl TextBuilder {
    pub fn push(&mut self, text: &str) {
        for c in text.chars() {
            if c.is_ascii_whitespace() || c == '\u{200b}' {
                self.space = true;
            } else if c.is_control() {
                // Stray control characters in exports are noise.
            } else {
                if self.space && !self.current.is_empty() {
                    self.current.push(' ');
                }
                self.space = false;
                self.current.push(c);
            }
        }
    }

    /// Ends the current paragraph (an empty one is dropped).
    pub fn paragraph(&mut self) {
        let paragraph = self.current.trim_matches(char::is_whitespace);
        if !paragraph.is_empty() {
            self.paragraphs.push(paragraph.to_string());
        }
        self.current.clear();
        self.space = false;
    }

    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty() && self.current.trim().is_empty()
    }

    pub fn into_paragraphs(mut self) -> Vec<String> {
        self.paragraph();
        self.paragraphs
    }

    pub fn finish(self) -> String {
        self.into_paragraphs().join("\n\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_keeps_paragraphs_and_drops_markup() {
        let html = "<div><p>Un  <b>premier</b>\n paragraphe&nbsp;:</p><p>Second&#8230;<br>Suite</p>\
                    <script>var a = '<p>';</script><style>p { color: red }</style><!-- note --></div>";
        assert_eq!(
            to_text(html),
            "Un premier paragraphe\u{a0}:\n\nSecond…\n\nSuite"
        );
    }

    #[test]
    fn tolerates_broken_markup() {
        // Unclosed paragraphs, a stray end tag, upper case, a doubled quote, a bare `<`.
        let html = "<HTML><link href=\"a.css\"\" rel=\"x\"><P>un<P>deux</DIV> a < b<TABLE><TR><TD>trois</TABLE>";
        let doc = Document::html(html);
        assert_eq!(doc.text(Document::ROOT), "un\n\ndeux a < b\n\ntrois");
        let link = doc.find(Document::ROOT, |e| e.name == "link").unwrap();
        assert_eq!(doc.element(link).unwrap().attr("href"), Some("a.css"));
        // The second paragraph is not inside the first.
        let paragraphs = doc.find_all(Document::ROOT, |e| e.name == "p");
        assert_eq!(doc.parent(paragraphs[1]), doc.parent(paragraphs[0]));
    }

    #[test]
    fn xml_keeps_cdata_and_marks_what_a_cut_left_open() {
        let doc = Document::xml(
            "<rss><item><title><![CDATA[A <b>&amp;</b> B]]></title></item><item><title>Cut",
        );
        let items = doc.find_all(Document::ROOT, |e| e.name == "item");
        assert_eq!(items.len(), 2);
        assert!(doc.is_closed(items[0]));
        assert!(!doc.is_closed(items[1]));
        assert_eq!(doc.raw_text(items[0]), "A <b>&amp;</b> B");
        assert_eq!(doc.inline_text(items[1]), "Cut");
    }

    #[test]
    fn classes_attributes_and_lines() {
        let doc = Document::html("<p>\n<span class='a TitreArticleVisu' id=x>T</span>");
        let span = doc
            .find(Document::ROOT, |e| e.has_class("titreArticleVisu"))
            .unwrap();
        assert_eq!(doc.element(span).unwrap().attr("id"), Some("x"));
        assert_eq!(doc.line(span), 2);
        assert_eq!(doc.inline_text(span), "T");
    }
}
