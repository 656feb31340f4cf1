//! Ingest: reads the files a user points veille at and turns every record into one
//! [`Article`] type.
//!
//! Each input format has its own module that parses text it is given (so it can be tested on
//! literals); this module finds the files, decodes their bytes, and reports problems with the
//! file and line they come from. A broken record never stops the run: it is reported as a
//! [`Problem`] and the rest is read. Formats are recognised by extension inside folders and by
//! content for files named on the command line; HTML and XML files are always told apart by
//! content (`sniff.rs`), since a `.html` may come from any of three press databases.
//!
//! Readers: `plaintext` and `jsonl` (our own formats), `feed` (RSS, Atom), `europresse`,
//! `factiva` (HTML and XML), `lexisnexis`, `table` (CSV, TSV). The markup readers share `html`,
//! a tolerant tokenizer and tree, and return a `parsed::Parsed`: the articles with the line
//! each starts on, and the problems met.

mod article;
pub mod date;
mod decode;
mod entities;
mod europresse;
mod factiva;
mod feed;
pub mod fields;
mod html;
mod jsonl;
mod lexisnexis;
mod parsed;
mod plaintext;
mod sniff;
mod table;
#[cfg(test)]
mod testdata;
pub mod title;

use std::collections::HashSet;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use article::Article;
use decode::Decoded;
use fields::FieldNames;
pub use jsonl::parse_record as parse_json_record;
use parsed::{Entry, Parsed};
pub use plaintext::parse as parse_plain_text;

/// Where a record comes from: a file, and a line for formats with one record per line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: Option<usize>,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path.display()),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

/// Something wrong with the input. `skipped` says whether a record was lost over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub location: Location,
    pub message: String,
    pub skipped: bool,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// What reading yields, in file order: each article with where it starts.
#[derive(Debug)]
pub enum Item {
    Article(Box<Article>, Location),
    Problem(Problem),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    PlainText,
    JsonLines,
    /// HTML or XML: a feed or a press export, told by `sniff.rs`.
    Markup,
    /// CSV or TSV, with the delimiter when the name says it.
    Table(Option<u8>),
}

fn format_by_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?.to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let extension = name.rsplit_once('.')?.1;
    match extension {
        "txt" | "text" => Some(Format::PlainText),
        "jsonl" | "ndjson" => Some(Format::JsonLines),
        "html" | "htm" | "xhtml" | "xml" | "rss" | "atom" => Some(Format::Markup),
        "csv" => Some(Format::Table(None)),
        "tsv" | "tab" => Some(Format::Table(Some(b'\t'))),
        _ => None,
    }
}

fn format_by_content(path: &Path) -> io::Result<Format> {
    let mut head = [0u8; 64];
    let read = File::open(path)?.read(&mut head)?;
    let head = &head[..read];
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let first = head.iter().find(|b| !b.is_ascii_whitespace());
    Ok(if head.starts_with(&[0x1f, 0x8b]) || first == Some(&b'{') {
        Format::JsonLines
    } else if first == Some(&b'<') {
        Format::Markup
    } else {
        Format::PlainText
    })
}

/// A file to read, with the folder it was found under (text files are identified by their path
/// relative to it).
struct Input {
    path: PathBuf,
    root: PathBuf,
    format: Format,
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// What a folder walk has seen: the folders entered (by their real path, so that a symbolic
/// link back up the tree is not walked forever), the files found and the problems met.
#[derive(Default)]
struct Walk {
    visited: HashSet<PathBuf>,
    found: Vec<Input>,
    problems: Vec<Problem>,
}

fn walk(dir: &Path, root: &Path, skip: &[PathBuf], state: &mut Walk) {
    if let Ok(real) = dir.canonicalize() {
        if !state.visited.insert(real) {
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            let problem = file_problem(dir, format!("cannot read folder: {err}"));
            state.problems.push(problem);
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if is_hidden(&path) || skip.iter().any(|s| same_file(s, &path)) {
            continue;
        }
        if path.is_dir() {
            walk(&path, root, skip, state);
        } else if let Some(format) = format_by_name(&path).filter(|_| path.is_file()) {
            // Pipes and devices named like articles are not read: they may never end.
            state.found.push(Input {
                path,
                root: root.to_path_buf(),
                format,
            });
        }
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn at(path: &Path, line: Option<usize>) -> Location {
    Location {
        path: path.to_path_buf(),
        line,
    }
}

fn file_problem(path: &Path, message: String) -> Problem {
    Problem {
        location: Location {
            path: path.to_path_buf(),
            line: None,
        },
        message,
        skipped: true,
    }
}

fn find_inputs(paths: &[PathBuf], skip: &[PathBuf]) -> (Vec<Input>, Vec<Problem>) {
    let mut state = Walk::default();
    for path in paths {
        if path.is_dir() {
            walk(path, path, skip, &mut state);
            continue;
        }
        if !path.is_file() {
            let problem = file_problem(path, "not a regular file (a pipe or a device?)".into());
            state.problems.push(problem);
            continue;
        }
        let format = match format_by_name(path)
            .map(Ok)
            .unwrap_or_else(|| format_by_content(path))
        {
            Ok(format) => format,
            Err(err) => {
                state
                    .problems
                    .push(file_problem(path, format!("cannot read: {err}")));
                continue;
            }
        };
        let root = path.parent().unwrap_or(Path::new("")).to_path_buf();
        state.found.push(Input {
            path: path.clone(),
            root,
            format,
        });
    }
    (state.found, state.problems)
}

/// Reads every article under `paths` (files or folders, walked recursively, hidden entries and
/// the `skip` paths left out) and hands each article or problem to `sink`, in file order.
/// Fields of JSON Lines and CSV/TSV files are looked up under `names`.
pub fn read(paths: &[PathBuf], skip: &[PathBuf], names: &FieldNames, sink: &mut dyn FnMut(Item)) {
    let (inputs, problems) = find_inputs(paths, skip);
    for problem in problems {
        sink(Item::Problem(problem));
    }
    for input in inputs {
        match input.format {
            Format::PlainText => read_plain_text(&input, sink),
            Format::JsonLines => read_json_lines(&input.path, names, sink),
            Format::Markup | Format::Table(_) => read_document(&input, names, sink),
        }
    }
}

fn warning(path: &Path, message: String) -> Item {
    Item::Problem(Problem {
        skipped: false,
        ..file_problem(path, message)
    })
}

/// Whether an HTML or XML head declares Latin-1, as old exports do: then reading the file as
/// Windows-1252 is what it asks for, not worth a warning.
fn declares_latin1(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_lowercase();
    [
        "iso-8859-1",
        "iso-8859-15",
        "windows-1252",
        "latin1",
        "latin-1",
    ]
    .iter()
    .any(|charset| head.contains(charset))
}

/// Files read whole (text articles, HTML and XML exports, tables) are refused beyond this size,
/// rather than filling the memory.
const MAX_FILE_BYTES: u64 = 512 << 20;

/// A whole file's text (gunzipped when it is compressed), or `None` after reporting why not.
fn read_text(path: &Path, sink: &mut dyn FnMut(Item)) -> Option<String> {
    let mut bytes = Vec::new();
    let read = open_maybe_gzipped(path)
        .and_then(|file| file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes));
    if bytes.len() as u64 > MAX_FILE_BYTES {
        sink(Item::Problem(file_problem(
            path,
            format!(
                "larger than {} MB once uncompressed: too large for one document or export; \
                 split it, or convert it to JSON Lines, which is read line by line",
                MAX_FILE_BYTES >> 20
            ),
        )));
        return None;
    }
    if let Err(err) = read {
        sink(Item::Problem(file_problem(
            path,
            format!("cannot read: {err}"),
        )));
        return None;
    }
    match decode::decode(&bytes) {
        Decoded::Utf8(text) => Some(text.into_owned()),
        Decoded::Windows1252(text) => {
            if !declares_latin1(&bytes) {
                sink(warning(
                    path,
                    "not valid UTF-8; read as Windows-1252".into(),
                ));
            }
            Some(text)
        }
        Decoded::Binary => {
            sink(Item::Problem(file_problem(
                path,
                "binary file, not text".into(),
            )));
            None
        }
    }
}

fn read_plain_text(input: &Input, sink: &mut dyn FnMut(Item)) {
    let path = &input.path;
    let Some(text) = read_text(path, sink) else {
        return;
    };
    match plaintext::parse(&text) {
        Ok((mut article, warnings)) => {
            for warning in warnings {
                sink(Item::Problem(Problem {
                    skipped: false,
                    ..file_problem(path, warning)
                }));
            }
            if article.id.is_none() {
                article.id = Some(relative_id(path, &input.root));
            }
            sink(Item::Article(Box::new(article), at(path, None)));
        }
        Err(reason) => sink(Item::Problem(file_problem(path, reason))),
    }
}

/// A text file's identity: its path below the folder given on the command line, with `/`
/// separators, so that the same corpus indexed from another directory keeps its ids.
fn relative_id(path: &Path, root: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn open_maybe_gzipped(path: &Path) -> io::Result<Box<dyn BufRead>> {
    let mut file = BufReader::with_capacity(1 << 16, File::open(path)?);
    let gzipped = file.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzipped {
        Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(file),
        ))
    } else {
        Box::new(file)
    })
}

/// Reads a feed, a press export or a table, whose reader takes the whole text.
fn read_document(input: &Input, names: &FieldNames, sink: &mut dyn FnMut(Item)) {
    let path = &input.path;
    let Some(mut text) = read_text(path, sink) else {
        return;
    };
    if let Some(repaired) = decode::repair_mojibake(&text) {
        sink(warning(
            path,
            "text double-encoded (UTF-8 read as Latin-1, such as 'Ã©' for 'é'); repaired".into(),
        ));
        text = repaired;
    }
    let mut parsed = match input.format {
        Format::Table(delimiter) => table::parse(&text, delimiter, names),
        _ => match sniff::markup(&text) {
            Ok(sniff::Markup::Feed) => feed::parse(&text),
            Ok(sniff::Markup::Europresse) => europresse::parse(&text),
            Ok(sniff::Markup::FactivaHtml) => factiva::parse_html(&text),
            Ok(sniff::Markup::FactivaXml) => factiva::parse_xml(&text),
            Ok(sniff::Markup::LexisNexis) => lexisnexis::parse(&text),
            Err(reason) => return sink(Item::Problem(file_problem(path, reason))),
        },
    };
    if input.format == Format::Markup {
        warn_if_cut(&text, &mut parsed);
    }
    emit(path, parsed, sink);
}

/// A file cut short (an interrupted download) lacks the end tag of its root element. Readers
/// say which record was cut when they can; when the cut fell between records, this says it.
fn warn_if_cut(text: &str, parsed: &mut Parsed) {
    let Some(root) = sniff::root_element(text) else {
        return;
    };
    let said = parsed
        .entries
        .iter()
        .any(|e| matches!(e, Entry::Problem { message, .. } if message.contains("cut short")));
    if !said && !html::contains_ignore_case(text, &format!("</{root}")) {
        parsed.warn(
            None,
            format!("the file ends before its closing </{root}>: it was cut short, and what followed is missing"),
        );
    }
}

/// Hands a reader's findings on with the file's path. A file that yields nothing says so: an
/// empty result is never silent.
fn emit(path: &Path, parsed: Parsed, sink: &mut dyn FnMut(Item)) {
    let found = parsed.articles().count() + parsed.skipped();
    for entry in parsed.entries {
        sink(match entry {
            Entry::Article { article, line } => {
                Item::Article(Box::new(article), at(path, Some(line)))
            }
            Entry::Problem {
                line,
                message,
                skipped,
            } => Item::Problem(Problem {
                location: at(path, line),
                message,
                skipped,
            }),
        });
    }
    if found == 0 {
        sink(Item::Problem(file_problem(
            path,
            "no article in this file".into(),
        )));
    }
}

/// A JSON Lines record longer than this is not an article; it is skipped rather than held in
/// memory.
const MAX_LINE_BYTES: u64 = 64 << 20;

/// Moves past the next line break without keeping what comes before it.
fn skip_line(reader: &mut dyn BufRead) -> io::Result<()> {
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(());
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(end) => {
                reader.consume(end + 1);
                return Ok(());
            }
            None => {
                let length = buffer.len();
                reader.consume(length);
            }
        }
    }
}

fn read_json_lines(path: &Path, names: &FieldNames, sink: &mut dyn FnMut(Item)) {
    let mut reader = match open_maybe_gzipped(path) {
        Ok(reader) => reader,
        Err(err) => {
            return sink(Item::Problem(file_problem(
                path,
                format!("cannot read: {err}"),
            )))
        }
    };
    let mut line = Vec::new();
    let mut number = 0;
    let mut warned_encoding = false;
    loop {
        line.clear();
        number += 1;
        let problem = |message: String, skipped: bool| Problem {
            location: at(path, Some(number)),
            message,
            skipped,
        };
        match (&mut reader)
            .take(MAX_LINE_BYTES + 1)
            .read_until(b'\n', &mut line)
        {
            Ok(0) => break,
            Ok(_) if line.len() as u64 > MAX_LINE_BYTES && !line.ends_with(b"\n") => {
                // Not a record but a stream without line breaks: skip to the next line.
                let _ = skip_line(&mut reader);
                sink(Item::Problem(problem(
                    format!(
                        "a line longer than {} MB is not one record",
                        MAX_LINE_BYTES >> 20
                    ),
                    true,
                )));
                continue;
            }
            Ok(_) => {}
            Err(err) => {
                sink(Item::Problem(problem(
                    format!("cannot read further ({err}); the rest of the file is skipped"),
                    true,
                )));
                break;
            }
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let text = match decode::decode(&line) {
            Decoded::Utf8(text) => text,
            Decoded::Windows1252(text) => {
                if !warned_encoding {
                    warned_encoding = true;
                    sink(Item::Problem(problem(
                        "not valid UTF-8; read as Windows-1252 (this and any later such lines)"
                            .into(),
                        false,
                    )));
                }
                text.into()
            }
            Decoded::Binary => {
                sink(Item::Problem(problem(
                    "binary data, not a JSON record".into(),
                    true,
                )));
                continue;
            }
        };
        match jsonl::parse_record_with(&text, names) {
            Ok((article, warnings)) => {
                for warning in warnings {
                    sink(Item::Problem(problem(warning, false)));
                }
                sink(Item::Article(Box::new(article), at(path, Some(number))));
            }
            Err(reason) => sink(Item::Problem(problem(reason, true))),
        }
    }
}
