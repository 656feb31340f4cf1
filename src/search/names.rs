//! Finds the company or source a user means, whatever case and accents they typed, and suggests
//! the closest ones when there is none.

use crate::analysis::fold_name;

/// Returns the stored name among `known` that `wanted` designates (same letters once case and
/// accents are folded).
pub fn find<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = fold_name(wanted);
    known.into_iter().find(|name| fold_name(name) == wanted)
}

/// Up to three names of `known` close to `wanted`, best first.
pub fn suggest<'a>(wanted: &str, known: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let wanted = fold_name(wanted);
    let mut scored: Vec<(usize, &str)> = known
        .into_iter()
        .filter_map(|name| {
            let folded = fold_name(name);
            let distance = if folded.starts_with(&wanted) && wanted.len() >= 3 {
                1
            } else {
                edit_distance(&wanted, &folded)
            };
            (distance <= (wanted.chars().count() / 3).max(1)).then_some((distance, name))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, name)| name).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
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
        let known = ["Renault", "Alibaba", "Alibaba Cloud", "Total"];
        assert_eq!(suggest("Renaut", known), ["Renault"]);
        assert_eq!(suggest("alibab", known), ["Alibaba", "Alibaba Cloud"]);
        assert!(suggest("Xyz", known).is_empty());
    }
}
