//! The gazetteer: every company veille knows, with the names the press gives it.
//!
//! It is a TSV file with seven columns (see `data/companies/README.md`):
//! `canonical  aliases  former  country  sector  parent  risky`. The files under
//! `data/companies/` are compiled into the binary, so recognition works with zero set-up.

use std::collections::HashMap;
use std::fmt;

use crate::analysis::fold_name;

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
}

impl Risk {
    pub fn is_safe(&self) -> bool {
        *self == Risk::default()
    }

    fn add(&mut self, reason: &str) -> Result<(), String> {
        match reason.trim() {
            "word" => self.word = true,
            "person" => self.person = true,
            "place" => self.place = true,
            "generic" => self.generic = true,
            other => {
                return Err(format!(
                    "unknown risk '{other}' (use word, person, place or generic)"
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
}

/// A line of a gazetteer file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazetteerError {
    pub source: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for GazetteerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.source, self.line, self.reason)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    companies: Vec<Company>,
    by_canonical: HashMap<String, usize>,
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
        self.by_canonical
            .get(&fold_name(canonical))
            .map(|&i| &self.companies[i])
    }

    pub fn len(&self) -> usize {
        self.companies.len()
    }

    pub fn is_empty(&self) -> bool {
        self.companies.is_empty()
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
        let key = fold_name(name);
        let Some(entry) = names.iter_mut().find(|n| fold_name(&n.text) == key) else {
            // A risky name that is not among the names would be silently ignored: better say so.
            return Err(format!(
                "risky name '{name}' is not one of the company's names"
            ));
        };
        for reason in reasons.split(',') {
            entry.risk.add(reason)?;
        }
    }
    let parent = Some(column(5))
        .filter(|p| !p.is_empty())
        .map(str::to_string);
    Ok(Company {
        canonical: canonical.to_string(),
        names,
        country: column(3).to_string(),
        sector: column(4).to_string(),
        parent,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# canonical\taliases\tformer\tcountry\tsector\tparent\trisky
TotalEnergies\tTotalEnergies SE\tTotal@2021-05|Total SA@2021-05\tFR\tenergy\t\tTotal=word
Airbus Helicopters\tEurocopter\t\tFR\taerospace-defence\tAirbus\t
";

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
    fn a_bad_line_names_its_line() {
        let mut gazetteer = Gazetteer::default();
        let err = gazetteer
            .parse("mine.tsv", "Acme\t\t\tFR\tretail\t\tAcmé=colour\n")
            .unwrap_err();
        assert_eq!(err.line, 1);
        assert!(err
            .to_string()
            .starts_with("mine.tsv:1: unknown risk 'colour'"));
    }
}
