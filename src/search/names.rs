//! Finds the company or source a user means, whatever case and accents they typed, and suggests
//! the closest ones when there is none.

use crate::analysis::fold_name;

/// Returns the stored name among `known` that `wanted` designates (same letters once case and
/// accents are folded).
pub fn find<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = fold_name(wanted);
    known.into_iter().find(|name| fold_name(name) == wanted)
}

/// Up to three names of `known` close to `wanted`, best first. Each known name comes with the
/// spellings that stand for it, itself included: a company's aliases and former names, so that
/// `Totl` finds `TotalEnergies` through `Total`.
pub fn suggest<'a>(
    wanted: &str,
    known: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<&'a str> {
    let wanted = fold_name(wanted);
    let wanted_letters = wanted.chars().count();
    let tolerated = (wanted_letters / 3).max(1);
    let mut closest: Vec<(usize, &str)> = Vec::new();
    for (spelling, name) in known {
        let folded = fold_name(spelling);
        let distance = if folded.starts_with(&wanted) && wanted.len() >= 3 {
            1
        } else if wanted_letters.abs_diff(folded.chars().count()) > tolerated {
            // Too far whatever the letters; spares a table as big as a pasted paragraph.
            continue;
        } else {
            edit_distance(&wanted, &folded)
        };
        if distance > tolerated {
            continue;
        }
        match closest.iter_mut().find(|(_, seen)| *seen == name) {
            Some(seen) => seen.0 = seen.0.min(distance),
            None => closest.push((distance, name)),
        }
    }
    closest.sort();
    closest.into_iter().take(3).map(|(_, name)| name).collect()
}

/// Edits from `a` to `b`, a swap of two neighbouring letters counting as one: the commonest slip
/// in an acronym (`LVHM`) is a swap, which plain edits count twice.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    // Three rows of the table: two rows back for a swap, the row before, the row being filled.
    let mut before_last: Vec<usize> = vec![0; b.len() + 1];
    let mut last: Vec<usize> = (0..=b.len()).collect();
    let mut row: Vec<usize> = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let substitution = last[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            row[j] = substitution.min(last[j] + 1).min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before_last[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before_last, &mut last);
        std::mem::swap(&mut last, &mut row);
    }
    last[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_names_whatever_the_accents() {
        let known = ["Société Générale", "Renault"];
        assert_eq!(find("societe generale", known), Some("Société Générale"));
        assert_eq!(find("RENAULT", known), Some("Renault"));
        assert_eq!(find("Nissan", known), None);
    }

    #[test]
    fn suggests_close_names() {
        let known = ["Renault", "Alibaba", "Alibaba Cloud", "Total"].map(|n| (n, n));
        assert_eq!(suggest("Renaut", known), ["Renault"]);
        assert_eq!(suggest("alibab", known), ["Alibaba", "Alibaba Cloud"]);
        assert!(suggest("Xyz", known).is_empty());
    }

    #[test]
    fn a_swap_of_two_letters_is_one_slip() {
        let known = ["LVMH", "Kering"].map(|n| (n, n));
        assert_eq!(suggest("LVHM", known), ["LVMH"]);
        assert_eq!(edit_distance("lvhm", "lvmh"), 1);
        assert_eq!(edit_distance("renaut", "renault"), 1);
        assert_eq!(edit_distance("", "sfr"), 3);
    }

    #[test]
    fn an_alias_suggests_the_name_it_stands_for() {
        let known = [
            ("TotalEnergies", "TotalEnergies"),
            ("Total", "TotalEnergies"),
            ("Engie", "Engie"),
            ("GDF Suez", "Engie"),
        ];
        assert_eq!(suggest("Totl", known), ["TotalEnergies"]);
        // A name found through two spellings is suggested once.
        assert_eq!(suggest("Total", known), ["TotalEnergies"]);
        assert_eq!(suggest("GDF Sues", known), ["Engie"]);
    }
}
