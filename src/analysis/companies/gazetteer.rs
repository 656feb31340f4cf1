//! The gazetteer: every company veille knows, with the names the press gives it.
//!
//! It is a TSV file with seven columns (see `data/companies/README.md`):
//! `canonical  aliases  former  country  sector  parent  risky`. The files under
//! `data/companies/` are compiled into the binary, so recognition works with zero set-up.

use rustc_hash::FxHashMap;
use std::fmt;
use std::path::Path;

use serde::Deserialize;

use crate::analysis::fold_name;
use crate::ingest::date::PubDate;

/// Why a name cannot be trusted on its own: what else the same word can mean.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Risk {
    /// A common word: `Total` (au total), `Free`, `Orange` (la couleur).
    pub word: bool,
    /// A family or given name: `Bouygues` (Martin Bouygues), `Vinci` (Léonard de Vinci).
    pub person: bool,
    /// A place: `Orange` (Vaucluse), `Amazon` (the river).
    pub place: bool,
    /// Shared by several companies or things: `Dassault`, `Mitsubishi`, `Merck`.
    pub generic: bool,
    /// Also the name of a channel, paper or station the group runs (`TF1`, `M6`), or a
    /// platform the news mostly writes in (`Twitter`). Like any outlet, it is an actor only in
    /// the news of its business (`diffusée sur TF1`, `la théorie qui agite Twitter` are not).
    pub outlet: bool,
}

impl Risk {
    /// Nothing else bears the name. An outlet's name is judged by the outlet rule instead.
    pub fn is_safe(&self) -> bool {
        !(self.word || self.person || self.place || self.generic)
    }

    fn add(&mut self, reason: &str) -> Result<(), String> {
        match reason.trim() {
            "word" => self.word = true,
            "person" => self.person = true,
            "place" => self.place = true,
            "generic" => self.generic = true,
            "outlet" => self.outlet = true,
            other => {
                return Err(format!(
                    "unknown risk '{other}' (use word, person, place, generic or outlet)"
                ))
            }
        }
        Ok(())
    }
}

#[derive(Clone, Debug)]
pub struct Name {
    pub text: String,
    pub risk: Risk,
}

#[derive(Clone, Debug)]
pub struct Company {
    pub canonical: String,
    /// Every name of the company, the canonical one first.
    pub names: Vec<Name>,
    pub country: String,
    pub sector: String,
    pub parent: Option<String>,
    /// The month the parent took the company over (`xAI@2025-03` in the file): articles from
    /// before are not about the group.
    pub parent_since: Option<(u16, u8)>,
}

/// A line of a gazetteer file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    pub source: String,
    pub line: usize,
    pub reason: String,
}

impl std::error::Error for GazetteerError {}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Line 0: the file as a whole (it cannot be read).
        if self.line == 0 {
            write!(f, "{}: {}", self.source, self.reason)
        } else {
            write!(f, "{}:{}: {}", self.source, self.line, self.reason)
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    companies: Vec<Company>,
    by_canonical: FxHashMap<String, usize>,
}

impl Gazetteer {
    /// Reads gazetteer lines; a later entry with the same canonical name replaces the earlier one,
    /// which is how a user's file overrides the built-in list.
    pub fn parse(&mut self, source: &str, text: &str) -> Result<(), GazetteerError> {
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let company = parse_line(line).map_err(|reason| GazetteerError {
                source: source.to_string(),
                line: index + 1,
                reason,
            })?;
            self.insert(company);
        }
        Ok(())
    }

    /// Reads a user's file: TOML (`[[company]]` tables) or, for any other extension, the TSV
    /// format of the built-in files.
    /// Returns the file's text, which the caller may hash.
    pub fn load(&mut self, path: &Path) -> Result<String, GazetteerError> {
        let source = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|err| GazetteerError {
            source: source.clone(),
            line: 0,
            reason: format!("cannot read: {err}"),
        })?;
        if path.extension().is_some_and(|e| e == "toml") {
            self.parse_toml(&source, &text)?;
        } else {
            self.parse(&source, &text)?;
        }
        Ok(text)
    }

    /// Reads `[[company]]` tables:
    ///
    /// ```toml
    /// [[company]]
    /// name = "Acme Industries"
    /// aliases = ["Acme", "ACME SA"]
    /// former = ["Acme Corp@2019-06"]
    /// parent = "Acme Holding@2021-06"
    /// risky = ["Acme=word"]
    /// ```
    pub fn parse_toml(&mut self, source: &str, text: &str) -> Result<(), GazetteerError> {
        let error = |line: usize, reason: String| GazetteerError {
            source: source.to_string(),
            line,
            reason,
        };
        let file: TomlFile = toml::from_str(text).map_err(|err| {
            let line = err.span().map_or(0, |span| line_of(text, span.start));
            error(line, err.message().to_string())
        })?;
        for entry in file.company {
            let line_number = line_of(text, entry.name.span().start);
            let line = entry
                .to_line()
                .map_err(|reason| error(line_number, reason))?;
            let company = parse_line(&line).map_err(|reason| {
                error(
                    line_number,
                    format!("company '{}': {reason}", entry.name.get_ref()),
                )
            })?;
            self.insert(company);
        }
        Ok(())
    }

    pub fn insert(&mut self, company: Company) {
        let key = fold_name(&company.canonical);
        match self.by_canonical.get(&key) {
            Some(&existing) => self.companies[existing] = company,
            None => {
                self.by_canonical.insert(key, self.companies.len());
                self.companies.push(company);
            }
        }
    }

    pub fn companies(&self) -> &[Company] {
        &self.companies
    }

    pub fn get(&self, canonical: &str) -> Option<&Company> {
        self.index_of(canonical).map(|i| &self.companies[i])
    }

    /// Where the company of this canonical name is in [`Gazetteer::companies`].
    pub fn index_of(&self, canonical: &str) -> Option<usize> {
        self.by_canonical.get(&fold_name(canonical)).copied()
    }

    pub fn len(&self) -> usize {
        self.companies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.companies.is_empty()
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlFile {
    #[serde(default)]
    company: Vec<TomlCompany>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TomlCompany {
    /// With where it is in the file, for errors about the entry.
    name: toml::Spanned<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    former: Vec<String>,
    #[serde(default)]
    country: String,
    #[serde(default)]
    sector: String,
    #[serde(default)]
    parent: String,
    #[serde(default)]
    risky: Vec<String>,
}

impl TomlCompany {
    /// The same company as a line of the TSV format, so both formats share one parser.
    fn to_line(&self) -> Result<String, String> {
        let all = std::iter::once(self.name.get_ref())
            .chain(&self.aliases)
            .chain(&self.former)
            .chain(&self.risky);
        if let Some(bad) = all.into_iter().find(|v| v.contains(['\t', '|', '\n'])) {
            return Err(format!("'{bad}' contains a tab, a newline or '|'"));
        }
        Ok([
            self.name.get_ref().clone(),
            self.aliases.join("|"),
            self.former.join("|"),
            self.country.clone(),
            self.sector.clone(),
            self.parent.clone(),
            self.risky.join("|"),
        ]
        .join("\t"))
    }
}

fn split_list(field: &str) -> impl Iterator<Item = &str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
}

fn parse_line(line: &str) -> Result<Company, String> {
    let columns: Vec<&str> = line.split('\t').collect();
    if columns.len() < 2 {
        return Err(format!(
            "expected 7 tab-separated columns (canonical, aliases, former, country, sector, \
             parent, risky), found {}",
            columns.len()
        ));
    }
    let column = |i: usize| columns.get(i).map_or("", |c| c.trim());
    let canonical = column(0);
    if canonical.is_empty() {
        return Err("the canonical name (first column) is empty".to_string());
    }
    let mut names = vec![Name {
        text: canonical.to_string(),
        risk: Risk::default(),
    }];
    for alias in split_list(column(1)) {
        names.push(Name {
            text: alias.to_string(),
            risk: Risk::default(),
        });
    }
    for former in split_list(column(2)) {
        // `Total@2021-05`: the date says when the name stopped being used.
        let name = former.split('@').next().unwrap_or(former).trim();
        if !name.is_empty() {
            names.push(Name {
                text: name.to_string(),
                risk: Risk::default(),
            });
        }
    }
    for risky in split_list(column(6)) {
        let (name, reasons) = risky
            .split_once('=')
            .ok_or_else(|| format!("risky entry '{risky}' should read Name=reason"))?;
        // `DIA=generic|Dia=person`: the name as written first, then as folded.
        let key = fold_name(name);
        let at = names
            .iter()
            .position(|n| n.text == name)
            .or_else(|| names.iter().position(|n| fold_name(&n.text) == key));
        let Some(entry) = at.map(|at| &mut names[at]) else {
            // A risky name that is not among the names would be silently ignored: better say so.
            return Err(format!(
                "risky name '{name}' is not one of the company's names"
            ));
        };
        for reason in reasons.split(',') {
            entry.risk.add(reason)?;
        }
    }
    let (parent, parent_since) = match column(5).split_once('@') {
        None if column(5).is_empty() => (None, None),
        None => (Some(column(5).to_string()), None),
        Some((name, since)) => {
            let month = parse_month(since).ok_or_else(|| {
                format!(
                    "parent '{}': the date after @ should read YYYY-MM",
                    column(5)
                )
            })?;
            (Some(name.trim().to_string()), Some(month))
        }
    };
    Ok(Company {
        canonical: canonical.to_string(),
        names,
        country: column(3).to_string(),
        sector: column(4).to_string(),
        parent,
        parent_since,
    })
}

/// The line, counted from 1, of byte `offset` of `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// `2025-03` → (2025, 3): a month, with no day.
fn parse_month(text: &str) -> Option<(u16, u8)> {
    let date = PubDate::parse_iso(text)?;
    date.month
        .filter(|_| date.day.is_none())
        .map(|month| (date.year, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# canonical\taliases\tformer\tcountry\tsector\tparent\trisky
TotalEnergies\tTotalEnergies SE\tTotal@2021-05|Total SA@2021-05\tFR\tenergy\t\tTotal=word
Airbus Helicopters\tEurocopter\t\tFR\taerospace-defence\tAirbus\t
";

    #[test]
    fn a_risk_goes_to_the_name_written_so() {
        let mut gazetteer = Gazetteer::default();
        gazetteer
            .parse(
                "sample",
                "DIA\tDia\t\tES\tretail\t\tDIA=generic|Dia=person\n",
            )
            .unwrap();
        let dia = gazetteer.get("DIA").unwrap();
        assert!(dia.names[0].risk.generic && !dia.names[0].risk.person);
        assert!(dia.names[1].risk.person && !dia.names[1].risk.generic);
    }

    #[test]
    fn reads_names_parents_and_risks() {
        let mut gazetteer = Gazetteer::default();
        gazetteer.parse("sample", SAMPLE).unwrap();
        let total = gazetteer.get("totalenergies").unwrap();
        let names: Vec<&str> = total.names.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(
            names,
            ["TotalEnergies", "TotalEnergies SE", "Total", "Total SA"]
        );
        assert!(total.names[2].risk.word);
        assert!(total.names[3].risk.is_safe());
        assert_eq!(
            gazetteer
                .get("Airbus Helicopters")
                .unwrap()
                .parent
                .as_deref(),
            Some("Airbus")
        );
    }

    #[test]
    fn toml_files_add_and_override() {
        let mut gazetteer = Gazetteer::default();
        gazetteer.parse("sample", SAMPLE).unwrap();
        let toml = r#"
[[company]]
name = "Acme Industries"
aliases = ["Acme"]
risky = ["Acme=word"]

[[company]]
name = "Airbus Helicopters"
aliases = ["AH"]
parent = "Airbus"
"#;
        gazetteer.parse_toml("mine.toml", toml).unwrap();
        let acme = gazetteer.get("acme industries").unwrap();
        assert!(acme.names[1].risk.word);
        let helicopters = gazetteer.get("Airbus Helicopters").unwrap();
        assert_eq!(
            helicopters.names[1].text, "AH",
            "the user's entry replaced the built-in one"
        );
        let err = gazetteer
            .parse_toml("bad.toml", "[[company]]\nnom = \"x\"\n")
            .unwrap_err();
        assert_eq!(err.line, 2);
        assert!(
            err.to_string()
                .starts_with("bad.toml:2: unknown field `nom`"),
            "{err}"
        );
        let err = gazetteer
            .parse_toml(
                "bad.toml",
                "[[company]]\nname = \"A\"\n\n[[company]]\nname = \"B\"\nparent = \"A@2021\"\n",
            )
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad.toml:5: company 'B': parent 'A@2021': the date after @ should read YYYY-MM"
        );
    }

    #[test]
    fn a_bad_line_names_its_line() {
        let mut gazetteer = Gazetteer::default();
        let err = gazetteer
            .parse("mine.tsv", "Acme\t\t\tFR\tretail\t\tAcmé=colour\n")
            .unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err
            .to_string()
            .starts_with("mine.tsv:1: unknown risk 'colour'"));
        let err = gazetteer
            .parse("mine.tsv", "Acme\t\t\tFR\tretail\tHolding@2021\t\n")
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "mine.tsv:1: parent 'Holding@2021': the date after @ should read YYYY-MM"
        );
        gazetteer
            .parse("mine.tsv", "Acme\t\t\tFR\tretail\tHolding@2021-06\t\n")
            .unwrap();
        let acme = gazetteer.get("acme").unwrap();
        assert_eq!(acme.parent.as_deref(), Some("Holding"));
        assert_eq!(acme.parent_since, Some((2021, 6)));
    }
}
