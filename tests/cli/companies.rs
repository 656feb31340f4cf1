//! Company recognition measured against hand labels on real articles of `../shared` (skipped,
//! with a message, when it is absent): `tests/data/company-labels.tsv`, the set the rules were
//! tuned on, and `tests/data/company-labels-2.tsv`, drawn and labelled afterwards. The second set
//! was first measured before anyone looked at its errors; the rules written since (outlets,
//! platforms) were checked on both, so it is no longer a blind test. The third,
//! `tests/data/company-labels-3.tsv`, was labelled later still; its errors are not printed, so
//! that it stays a test of articles nobody tuned the rules on; the same holds for the fourth,
//! `tests/data/company-labels-4.tsv`, and the fifth, `tests/data/company-labels-5.tsv`, drawn
//! once the fourth's figures had been consulted for every change of a session. `tests/data/company-labels-media.tsv` gathers stories on
//! the media business, where outlets are actors: a development set, its errors printed.
//!
//! `tests/data/facet-audits.tsv` holds facet entries drawn at random from all of orangesum and
//! judged by hand: the share of those veille still gives that are right.
//! `tests/data/missed-audit.tsv` holds the other side: pairs the facet left out, judged the same
//! way: how many of the right ones veille now gives, and how few of the wrong ones.
//! `tests/data/guess-audit.tsv` holds every name veille guessed in orangesum (`la société X`),
//! judged the same way: the share of those it still guesses that are right.
//!
//! Precision and recall are counted per article: a company is right if the labeller listed it
//! for that article. Groups added only because a subsidiary was named are left out of the count,
//! since the labels list what the article names.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;

use veille::analysis::companies::matcher::without_legal_form;
use veille::analysis::companies::CompanyRecognizer;
use veille::analysis::fold_name;
use veille::ingest::parse_json_record;

struct Label {
    id: String,
    companies: BTreeSet<String>,
    /// Names the labeller did not find in the gazetteer (written `?Name`).
    unknown: BTreeSet<String>,
}

/// The labels of `file`; a name the labeller did not find in the gazetteer (`?Lubrizol`) counts
/// as known once the gazetteer has it, under its canonical name.
fn labels(file: &str, recognizer: &CompanyRecognizer) -> Vec<Label> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let mut columns = line.split('\t');
            let id = columns.next().unwrap().to_string();
            let mut companies = BTreeSet::new();
            let mut unknown = BTreeSet::new();
            for name in columns
                .next()
                .unwrap_or("")
                .split('|')
                .filter(|n| !n.is_empty())
            {
                let bare = name.strip_prefix('?').unwrap_or(name);
                match recognizer.canonical(bare) {
                    Some(canonical) => companies.insert(same_company(canonical)),
                    None => unknown.insert(same_company(bare)),
                };
            }
            Label {
                id,
                companies,
                unknown,
            }
        })
        .collect()
}

/// The form under which a labelled name and a found one are compared: folded, without a legal
/// form at the end (a labeller's `Pernod SA` is the guessed `Pernod`).
fn same_company(name: &str) -> String {
    fold_name(without_legal_form(name))
}

/// Precision and recall of the company facet on the labelled articles of `file`.
struct Measure {
    precision: f64,
    recall: f64,
    recall_known: f64,
}

/// Titles and bodies of orangesum articles, by id.
type Articles = HashMap<String, (String, String)>;

/// The title and body of the orangesum articles with these ids, read in one pass over the
/// corpus; `None` (with a message) when `../shared` is absent.
fn orangesum_articles(ids: &HashSet<&str>) -> Option<Articles> {
    let data =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/orangesum.jsonl.gz");
    if !data.is_file() {
        eprintln!("skipped: {} is absent", data.display());
        return None;
    }
    let reader = BufReader::new(flate2::read::MultiGzDecoder::new(
        std::fs::File::open(&data).unwrap(),
    ));
    let mut articles = HashMap::new();
    for line in reader.lines() {
        let (article, _) = parse_json_record(&line.unwrap()).unwrap();
        if let Some(id) = article.id.filter(|id| ids.contains(&id.as_str())) {
            articles.insert(id, (article.title, article.body));
        }
    }
    Some(articles)
}

/// The title and body of article `id`, which `file` names: a data error if the corpus lacks it.
fn article<'a>(articles: &'a Articles, file: &str, id: &str) -> &'a (String, String) {
    articles
        .get(id)
        .unwrap_or_else(|| panic!("{file}: article {id} is not in the corpus"))
}

/// Precision and recall of `file`'s labels on `articles`; the errors are printed with
/// `show_errors`.
fn measure(
    file: &str,
    labels: &[Label],
    articles: &Articles,
    recognizer: &CompanyRecognizer,
    show_errors: bool,
) -> Measure {
    let (mut right, mut found, mut expected, mut expected_known) = (0usize, 0usize, 0usize, 0usize);
    // The same counts without the guessed names (unknown to the gazetteer, found after a cue).
    let (mut right_sure, mut found_sure) = (0usize, 0usize);
    let mut errors = Vec::new();
    for label in labels {
        let (title, body) = article(articles, file, &label.id);
        let mentions: Vec<_> = recognizer
            .recognize(&[], title, body)
            .into_iter()
            .filter(|m| !m.rolled_up)
            .collect();
        let got: BTreeSet<String> = mentions.iter().map(|m| same_company(&m.name)).collect();
        let sure: BTreeSet<String> = mentions
            .iter()
            .filter(|m| !m.guessed)
            .map(|m| same_company(&m.name))
            .collect();
        let all: BTreeSet<String> = label.companies.union(&label.unknown).cloned().collect();
        found_sure += sure.len();
        right_sure += sure.intersection(&all).count();
        found += got.len();
        expected += all.len();
        expected_known += label.companies.len();
        right += got.intersection(&all).count();
        for wrong in got.difference(&all) {
            let kind = if sure.contains(wrong) {
                ""
            } else {
                " (guessed)"
            };
            errors.push(format!("{}: false positive{kind} {wrong}", label.id));
        }
        for missed in label.companies.difference(&got) {
            errors.push(format!("{}: missed {missed}", label.id));
        }
    }
    // The facet holds gazetteer names only; guessed names are shown apart, as less sure.
    let precision = right_sure as f64 / found_sure.max(1) as f64;
    let recall = right_sure as f64 / expected.max(1) as f64;
    let recall_known = right_sure as f64 / expected_known.max(1) as f64;
    eprintln!("{file}:");
    eprintln!(
        "company facet on {} labelled articles: precision {precision:.3} ({right_sure}/{found_sure}), \
         recall {recall:.3} ({right_sure}/{expected}), recall on the companies the gazetteer knows \
         {recall_known:.3} ({right_sure}/{expected_known})",
        labels.len()
    );
    eprintln!(
        "with the guessed names (la société X, X SA): precision {:.3} ({right}/{found}), recall {:.3} ({right}/{expected})",
        right as f64 / found.max(1) as f64,
        right as f64 / expected.max(1) as f64,
    );
    if show_errors {
        for error in &errors {
            eprintln!("  {error}");
        }
    }
    Measure {
        precision,
        recall,
        recall_known,
    }
}

#[test]
fn company_facet_precision_and_recall_on_labelled_articles() {
    let recognizer = CompanyRecognizer::builtin();
    // File, errors printed (not for the blind sets), floors: guards against regressions, a
    // little under the figures measured when they were set (reported in the closing notes) for
    // precision, recall, recall on known companies.
    let sets = [
        ("tests/data/company-labels.tsv", true, [0.95, 0.85, 0.94]),
        ("tests/data/company-labels-2.tsv", true, [0.93, 0.66, 0.92]),
        // 0.917 until outlets in stories on the media business counted (0.862): its labels leave
        // out four outlets the rule adds (which ones is not read: the set is blind).
        ("tests/data/company-labels-3.tsv", false, [0.85, 0.77, 0.93]),
        // 0.864 on known companies until `des Tesla` counted as cars (0.848): one maker its
        // labels count is named only so (which one was not read: the set is blind).
        ("tests/data/company-labels-4.tsv", false, [0.90, 0.70, 0.84]),
        ("tests/data/company-labels-5.tsv", false, [0.90, 0.80, 0.89]),
        // Drawn and labelled at the end of the session that wrote audit 9 (932c067).
        ("tests/data/company-labels-6.tsv", false, [0.95, 0.64, 0.81]),
        // Drawn and labelled in the session that wrote audit 10 (1193d21).
        ("tests/data/company-labels-7.tsv", false, [0.95, 0.64, 0.89]),
        // Drawn and labelled in the session that wrote audit 11 (1546213).
        ("tests/data/company-labels-8.tsv", false, [0.86, 0.66, 0.79]),
        // A development set: drawn and labelled on 4dc454e, its errors read from then on.
        ("tests/data/company-labels-9.tsv", true, [0.92, 0.65, 0.81]),
        // Drawn on 40c08af and measured once as drawn (0.962, 0.810, 0.864); a development set
        // since.
        ("tests/data/company-labels-10.tsv", true, [0.96, 0.80, 0.86]),
        // Drawn on e9b2c2d and measured once as drawn (0.950, 0.745, 0.864); a development set
        // since.
        ("tests/data/company-labels-11.tsv", true, [0.94, 0.73, 0.85]),
        // Drawn on a6ac6c5 and measured once as drawn (0.913, 0.737, 0.894); a development set
        // since.
        ("tests/data/company-labels-12.tsv", true, [0.91, 0.73, 0.89]),
        // Drawn on d7c0ed9 and measured once as drawn (0.975, 0.722, 0.929); a development set
        // since.
        ("tests/data/company-labels-13.tsv", true, [0.97, 0.81, 0.93]),
        // Drawn on dc0cd57 and measured once as drawn (0.967, 0.630, 0.784); a development set
        // since.
        ("tests/data/company-labels-14.tsv", true, [0.96, 0.63, 0.78]),
        // Drawn on ed295fe and measured once as drawn (0.897, 0.619, 0.812); a development set
        // since.
        ("tests/data/company-labels-15.tsv", true, [0.89, 0.61, 0.81]),
        // Drawn on c553fa8 and measured once as drawn (0.871, 0.771, 0.964); a development set
        // since.
        ("tests/data/company-labels-16.tsv", true, [0.86, 0.76, 0.95]),
        // Drawn on fa82efc and measured once as drawn (0.875, 0.710, 0.891); a development set
        // since.
        ("tests/data/company-labels-17.tsv", true, [0.87, 0.71, 0.89]),
        // Measured once on 6200254 before its errors were read (0.971, 0.654, 0.791); a
        // development set since.
        ("tests/data/company-labels-18.tsv", true, [0.97, 0.65, 0.79]),
        // Measured once on 05d79bc before its errors were read (0.968, 0.588, 0.682); a
        // development set since.
        ("tests/data/company-labels-19.tsv", true, [0.96, 0.58, 0.68]),
        // Measured once on 96c1b69 before its errors were read (1.000, 0.781, 0.926); a
        // development set since.
        ("tests/data/company-labels-20.tsv", true, [0.96, 0.75, 0.89]),
        // Measured once on c8e42a1 before its errors were read (1.000, 0.759, 0.936); a
        // development set since.
        ("tests/data/company-labels-21.tsv", true, [0.99, 0.75, 0.93]),
        // Measured once on a78ee70 before its errors were read (0.957, 0.600, 0.763); a
        // development set since.
        ("tests/data/company-labels-22.tsv", true, [0.95, 0.59, 0.76]),
        // Measured once on c90fd93 before its errors were read (0.938, 0.600, 0.811); a
        // development set since.
        ("tests/data/company-labels-23.tsv", true, [0.93, 0.59, 0.80]),
        // Measured once on 656c6ea before its errors were read (0.840, 0.618, 0.913); a
        // development set since.
        ("tests/data/company-labels-24.tsv", true, [0.84, 0.61, 0.91]),
        // Measured once on 071967f before its errors were read (0.931, 0.614, 0.871); a
        // development set since.
        ("tests/data/company-labels-25.tsv", true, [0.93, 0.61, 0.87]),
        // Measured once on 498f0fa before its errors were read (0.950, 0.704, 0.905); a
        // development set since.
        ("tests/data/company-labels-26.tsv", true, [0.99, 0.74, 0.95]),
        // Measured once on e7b7eff before its errors were read (1.000, 0.474, 0.818); a
        // development set since.
        ("tests/data/company-labels-27.tsv", true, [0.99, 0.49, 0.86]),
        // Measured once on dd3c371 before its errors were read (0.929, 0.542, 0.619); a
        // development set since.
        ("tests/data/company-labels-28.tsv", true, [0.93, 0.62, 0.71]),
        // Measured once on 35d41bb before its errors were read (0.778, 0.636, 0.875): few
        // companies (11 in 60 articles), the business pool being nearly used up; a development
        // set since.
        ("tests/data/company-labels-29.tsv", true, [0.77, 0.63, 0.87]),
        // Measured once on fd563cb before its errors were read: nothing found, so no precision,
        // and recall 0/14 (0/3 on known companies, two of them McLaren's under names the
        // gazetteer then lacked); a development set since.
        ("tests/data/company-labels-30.tsv", true, [0.99, 0.14, 0.66]),
        (
            "tests/data/company-labels-media.tsv",
            true,
            [0.93, 0.67, 0.82],
        ),
    ];
    let labelled: Vec<Vec<Label>> = sets
        .iter()
        .map(|(file, _, _)| labels(file, &recognizer))
        .collect();
    let ids: HashSet<&str> = labelled.iter().flatten().map(|l| l.id.as_str()).collect();
    let Some(articles) = orangesum_articles(&ids) else {
        return;
    };
    for ((file, show_errors, floors), labels) in sets.iter().zip(&labelled) {
        let m = measure(file, labels, &articles, &recognizer, *show_errors);
        let measured = [m.precision, m.recall, m.recall_known];
        for (what, (value, floor)) in ["precision", "recall", "recall on known companies"]
            .iter()
            .zip(measured.iter().zip(floors))
        {
            assert!(*value >= *floor, "{file}: {what} {value:.3} < {floor}");
        }
    }
}

/// A pair judged by hand in an audit file: audit (or draw) number, article id, company, and
/// whether it was judged right; pairs judged unsure are left out.
struct Judged {
    audit: usize,
    id: String,
    company: String,
    right: bool,
}

/// The pairs of an audit file whose columns are audit, id, company, then the verdict at
/// `verdict_column` (`right`, `unsure` or `wrong:CATEGORY`).
fn judged_pairs(file: &str, verdict_column: usize) -> Vec<Judged> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|line| {
            let columns: Vec<&str> = line.split('\t').collect();
            let right = match columns[verdict_column] {
                "right" => true,
                verdict if verdict.starts_with("wrong") => false,
                _ => return None,
            };
            Some(Judged {
                audit: columns[0].parse().unwrap(),
                id: columns[1].to_string(),
                company: columns[2].to_string(),
                right,
            })
        })
        .collect()
}

/// The pairs of an audit file (see [`judged_pairs`]) and their articles; `None` (with a
/// message) when `../shared` is absent.
fn judged_with_articles(file: &str, verdict_column: usize) -> Option<(Vec<Judged>, Articles)> {
    let judged = judged_pairs(file, verdict_column);
    let ids: HashSet<&str> = judged.iter().map(|j| j.id.as_str()).collect();
    let articles = orangesum_articles(&ids)?;
    Some((judged, articles))
}

/// Whether the facet of the article holds `company` (groups rolled up and guesses apart).
fn facet_holds(
    recognizer: &CompanyRecognizer,
    (title, body): &(String, String),
    company: &str,
) -> bool {
    recognizer
        .recognize(&[], title, body)
        .iter()
        .any(|m| !m.rolled_up && !m.guessed && m.name == company)
}

/// Of the facet entries judged in `tests/data/facet-audits.tsv` (drawn at random from all of
/// orangesum), those veille still gives are mostly right: general news names companies in
/// passing far more than the labelled business articles do.
#[test]
fn facet_entries_drawn_from_all_of_orangesum_are_mostly_right() {
    let file = "tests/data/facet-audits.tsv";
    let Some((judged, articles)) = judged_with_articles(file, 3) else {
        return;
    };
    let recognizer = CompanyRecognizer::builtin();
    // Per audit: pairs still given and judged right, pairs still given.
    let audits = judged.iter().map(|pair| pair.audit).max().unwrap_or(0);
    let mut counts = vec![(0usize, 0usize); audits];
    for pair in &judged {
        let article = article(&articles, file, &pair.id);
        if facet_holds(&recognizer, article, &pair.company) {
            counts[pair.audit - 1].0 += usize::from(pair.right);
            counts[pair.audit - 1].1 += 1;
        }
    }
    // Floors a little under the figures measured when they were set; a new audit needs one.
    let floors = [
        0.91, 0.91, 0.90, 0.90, 0.84, 0.84, 0.84, 0.81, 0.88, 0.82, 0.88, 0.90, 0.90, 0.86, 0.92,
        0.92, 0.93, 0.95, 0.91, 0.91, 0.86, 0.88, 0.91, 0.87, 0.88, 0.87, 0.94,
    ];
    assert_eq!(counts.len(), floors.len(), "{file}: one floor per audit");
    for (audit, ((right, given), floor)) in counts.iter().zip(floors).enumerate() {
        let precision = *right as f64 / (*given).max(1) as f64;
        eprintln!(
            "facet audit {}: {right} of the {given} judged entries veille still gives are right ({precision:.3})",
            audit + 1
        );
        assert!(
            precision >= floor,
            "audit {}: {precision:.3} < {floor}",
            audit + 1
        );
    }
}

/// Of the names veille guessed in all of orangesum when each draw of `tests/data/guess-audit.tsv`
/// was made (every one of them, judged by hand), those it still gives are mostly right, and it
/// still gives nearly all of those judged right: guessed, or sure once the gazetteer knows them.
#[test]
fn guessed_names_of_all_of_orangesum_are_mostly_right() {
    let file = "tests/data/guess-audit.tsv";
    let Some((judged, articles)) = judged_with_articles(file, 3) else {
        return;
    };
    let recognizer = CompanyRecognizer::builtin();
    let (mut right_given, mut given, mut right) = (0usize, 0usize, 0usize);
    for pair in &judged {
        let (title, body) = article(&articles, file, &pair.id);
        // A guess the gazetteer has learnt since is given as a sure name: still given.
        let still_given = recognizer
            .recognize(&[], title, body)
            .iter()
            .any(|m| m.name == pair.company);
        right_given += usize::from(still_given && pair.right);
        given += usize::from(still_given);
        right += usize::from(pair.right);
    }
    let precision = right_given as f64 / given.max(1) as f64;
    eprintln!(
        "guess audit: {right_given} of the {given} judged names veille still gives (guessed, or \
         sure once the gazetteer knows them) are right ({precision:.3}); it still gives \
         {right_given} of the {right} judged right"
    );
    // Draw 1 when drawn: 122 of 179 (0.682); after the rules it led to, 122 of 155 (0.787).
    // With draw 2 (the trade rule's guesses, 36 of its 42 right): 158 of 197 (0.802).
    assert!(precision >= 0.78, "{precision:.3} < 0.78");
    assert!(right_given >= 155, "{right_given} of {right} judged right");
}

/// Of the (article, company) pairs the facet left out when `tests/data/missed-audit.tsv` was
/// drawn, those judged right that veille now gives are recall won; those judged wrong are
/// precision lost.
#[test]
fn dropped_entries_judged_right_come_back_and_the_wrong_stay_out() {
    let file = "tests/data/missed-audit.tsv";
    let Some((judged, articles)) = judged_with_articles(file, 4) else {
        return;
    };
    let recognizer = CompanyRecognizer::builtin();
    // Per draw: judged right and given, judged right, judged wrong and given, judged wrong.
    let mut counts = [[0usize; 4]; 2];
    for pair in &judged {
        let article = article(&articles, file, &pair.id);
        let given = facet_holds(&recognizer, article, &pair.company);
        let count = &mut counts[pair.audit - 1];
        let at = if pair.right { 0 } else { 2 };
        count[at] += usize::from(given);
        count[at + 1] += 1;
    }
    // Figures when the floors and ceilings were set: 9 of 20 and 2 of 228; 8 of 26 and 2 of 124.
    for (draw, ([right_given, right, wrong_given, wrong], (floor, ceiling))) in
        counts.iter().zip([(9, 3), (8, 3)]).enumerate()
    {
        eprintln!(
            "missed audit, draw {}: veille now gives {right_given} of the {right} dropped \
             entries judged right and {wrong_given} of the {wrong} judged wrong",
            draw + 1
        );
        assert!(
            *right_given >= floor,
            "draw {}: {right_given} of {right}",
            draw + 1
        );
        assert!(
            *wrong_given <= ceiling,
            "draw {}: {wrong_given} of {wrong}",
            draw + 1
        );
    }
}
