use crate::util::Corpus;

fn hay() -> Corpus {
    let corpus = Corpus::hay();
    corpus.index();
    corpus
}

#[test]
fn french_analysis_as_a_searcher_sees_it() {
    let corpus = hay();
    // Plural finds singular, unaccented finds accented, elided finds bare.
    assert_eq!(
        corpus.ids("investissement", &[]),
        ["2020/alibaba-cloud.txt"]
    );
    assert_eq!(
        corpus.ids("teletravail", &[]),
        ["2021/renault-economies.txt"]
    );
    assert_eq!(corpus.ids("ECONOMIES", &[]), ["2021/renault-economies.txt"]);
    assert_eq!(corpus.ids("d'Alibaba", &[]), ["2020/alibaba-cloud.txt"]);
    assert_eq!(corpus.ids("usines", &[]), ["2021/renault-economies.txt"]);
}

#[test]
fn words_are_all_required_unless_or() {
    let corpus = hay();
    assert_eq!(
        corpus.ids("Renault télétravail", &[]),
        ["2021/renault-economies.txt"]
    );
    assert!(
        corpus.ids("Renault Anadarko", &[]).len() == 2,
        "no article has both: relaxed"
    );
    let mut either = corpus.ids("Anadarko OR télétravail", &[]);
    either.sort();
    assert_eq!(
        either,
        ["2019/total-anadarko.txt", "2021/renault-economies.txt"]
    );
}

#[test]
fn exclusion_and_phrases() {
    let corpus = hay();
    let mut total = corpus.ids("total", &[]);
    total.sort();
    assert_eq!(
        total,
        ["2019/bilan-couleurs.txt", "2019/total-anadarko.txt"]
    );
    assert_eq!(
        corpus.ids("total -couleur", &[]),
        ["2019/total-anadarko.txt"]
    );
    assert_eq!(
        corpus.ids("total NOT anadarko", &[]),
        ["2019/bilan-couleurs.txt"]
    );
    assert_eq!(
        corpus.ids("\"plan d’économies\"", &[]),
        ["2021/renault-economies.txt"]
    );
    assert!(corpus.ids("\"économies plan\"", &[]).is_empty());
}

#[test]
fn title_matches_rank_first_and_title_field_restricts() {
    let corpus = hay();
    assert_eq!(
        corpus.ids("title:orange", &[]),
        ["2020/orange-resultats.txt"]
    );
    assert_eq!(corpus.ids("orange", &[])[0], "2020/orange-resultats.txt");
}

#[test]
fn json_has_the_documented_shape() {
    let corpus = hay();
    let json = corpus.search("cloud", &[]);
    assert_eq!(json["query"], "cloud");
    assert_eq!(json["total_hits"], 1);
    assert!(json["took_ms"].as_f64().unwrap() >= 0.0);
    let hit = &json["hits"][0];
    assert_eq!(hit["id"], "2020/alibaba-cloud.txt");
    assert_eq!(
        hit["title"],
        "Alibaba Cloud va investir 28 milliards de dollars"
    );
    assert_eq!(hit["date"], "2020-04");
    assert_eq!(hit["source"], "veille — desk tech");
    assert!(hit["url"].is_null());
    assert!(hit["score"].as_f64().unwrap() > 0.0);
    assert_eq!(hit["companies"][0], "Alibaba Cloud");
    let snippet = hit["snippet"].as_str().unwrap();
    assert!(snippet.contains("dans le <mark>cloud</mark>"), "{snippet}");
    assert!(json["facets"]["companies"].is_array());
    assert_eq!(json["facets"]["years"][0]["value"], "2020");
    assert_eq!(json["facets"]["months"][0]["value"], "2020-04");
}

#[test]
fn snippets_are_cut_on_words_and_escaped() {
    let corpus = Corpus::new();
    let filler = "Les marchés restent calmes avant la publication. ".repeat(12);
    let text = format!("{filler}La société <Acme> annonce un rachat surprise. {filler}");
    corpus.file("corpus/long.txt", format!("date 2020-01-01 {text}"));
    corpus.index();
    let json = corpus.search("rachat", &[]);
    let snippet = json["hits"][0]["snippet"].as_str().unwrap();
    assert!(
        snippet.starts_with('…') && snippet.ends_with('…'),
        "{snippet}"
    );
    assert!(
        snippet.contains("&lt;Acme&gt; annonce un <mark>rachat</mark>"),
        "{snippet}"
    );
    let plain = snippet
        .trim_matches('…')
        .replace("<mark>", "")
        .replace("</mark>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">");
    assert!(plain.chars().count() <= 210, "{snippet}");
    // The snippet is a piece of the text that starts and ends on word boundaries.
    let start = text
        .find(&plain)
        .expect("the snippet is a piece of the text");
    let before = text[..start].chars().last();
    let after = text[start + plain.len()..].chars().next();
    assert!(before.is_none_or(|c| !c.is_alphanumeric()), "{snippet}");
    assert!(after.is_none_or(|c| !c.is_alphanumeric()), "{snippet}");
}

#[test]
fn text_output_highlights_and_summarises() {
    let corpus = hay();
    let stdout = corpus.veille(&["search", "télétravail"]).ok();
    assert!(stdout.contains("  1. Le groupe Renault a dévoilé ce mardi un plan d’économies de deux milliards d’euros"), "{stdout}");
    assert!(stdout.contains("2021-03-02 · Renault"), "{stdout}");
    assert!(stdout.contains("[télétravail]"), "{stdout}");
    assert!(stdout.contains("1 article ("), "{stdout}");
}

#[test]
fn a_huge_title_is_cut_in_the_list_and_whole_in_show() {
    let corpus = Corpus::new();
    let title = "Renault ".repeat(50_000);
    let record = format!("{{\"id\": \"big\", \"title\": \"{title}\", \"body\": \"Un plan.\"}}\n");
    corpus.file("corpus/big.jsonl", record);
    corpus.index();
    let stdout = corpus.veille(&["search", "plan"]).ok();
    let listed = stdout
        .lines()
        .find(|l| l.starts_with("  1. "))
        .unwrap_or_default();
    assert!(listed.ends_with('…'), "{listed}");
    assert!(listed.chars().count() < 220, "{listed}");
    let shown = corpus.veille(&["show", "big", "--json"]).json();
    assert_eq!(
        shown["title"].as_str().map(str::len),
        Some(title.trim_end().len())
    );
}

#[test]
fn pasted_and_broken_queries_are_answered() {
    let corpus = hay();
    let queries = "tajine d'agneau\nCharente-Maritime : un sanglier\nhttps://www.example.org/a?b=c\n\
                   \"plan d’économies\nOR\n-\ntitle:\ncompany:\n((cloud))\nNOT NOT\n\u{1b}[31mrouge\n";
    let path = corpus.file("queries.txt", queries);
    let stdout = corpus
        .veille(&["search", "--queries", path.to_str().unwrap(), "--json"])
        .ok();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), queries.lines().count());
    for line in lines {
        let json: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(json["total_hits"].is_u64(), "{line}");
    }
    assert_eq!(corpus.ids("((cloud))", &[]), ["2020/alibaba-cloud.txt"]);
    assert_eq!(
        corpus.ids("\"plan d’économies", &[]),
        ["2021/renault-economies.txt"]
    );
}

#[test]
fn long_queries_return_the_best_partial_matches() {
    let corpus = hay();
    let json = corpus.search(
        "Alibaba veut investir des milliards dans le cloud face à Amazon et Google en Europe",
        &[],
    );
    assert_eq!(json["relaxed"], true);
    assert_eq!(json["hits"][0]["id"], "2020/alibaba-cloud.txt");
}

#[test]
fn sort_by_date_puts_the_newest_first() {
    let corpus = hay();
    let ids = corpus.ids("milliards", &["--sort", "date"]);
    assert_eq!(
        ids,
        [
            "2021/renault-economies.txt",
            "2020/alibaba-cloud.txt",
            "2019/total-anadarko.txt"
        ]
    );
}

#[test]
fn limit_and_offset_page_through() {
    let corpus = hay();
    let all = corpus.ids("milliards", &["--sort", "date"]);
    assert_eq!(
        corpus.ids(
            "milliards",
            &["--sort", "date", "--limit", "1", "--offset", "1"]
        ),
        [all[1].clone()]
    );
    assert_eq!(
        corpus.search("milliards", &["--limit", "0"])["total_hits"],
        3
    );
}

#[test]
fn show_prints_one_whole_article() {
    let corpus = hay();
    let json = corpus.veille(&["show", "dep-1", "--json"]).json();
    assert_eq!(json["title"], "JD.com ouvre un entrepôt robotisé");
    assert_eq!(json["date"], "2018-06-18");
    assert_eq!(json["companies"][0], "JD.com");
    assert!(json["body"].as_str().unwrap().contains("Shanghai"));
    let stderr = corpus.veille(&["show", "nope"]).fails();
    assert!(stderr.contains("no article with id 'nope'"), "{stderr}");
}

#[test]
fn stats_describe_the_index() {
    let corpus = hay();
    let json = corpus.veille(&["stats", "--json"]).json();
    assert_eq!(json["articles"], 8);
    assert_eq!(json["first_date"], "2018-06-18");
    assert_eq!(json["last_date"], "2022-07-28");
    assert!(json["index_bytes"].as_u64().unwrap() > 1000);
    assert!(json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["value"] == "veille — desk énergie" && s["count"] == 2));
}

#[test]
fn wrong_flags_get_one_clear_line() {
    let corpus = hay();
    let stderr = corpus.veille(&["search", "x", "--from", "2020-13"]).fails();
    assert!(
        stderr.contains("'2020-13' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
        "{stderr}"
    );
    let stderr = corpus
        .veille(&["search", "x", "--limit", "18446744073709551615"])
        .fails();
    assert!(stderr.contains("is not in 0..=10000"), "{stderr}");
    let stderr = corpus.veille(&["search", "x", "--sort", "newest"]).fails();
    assert!(stderr.contains("relevance, date"), "{stderr}");
    // A period that ends before it starts holds nothing: a slip, not a search.
    let stderr = corpus
        .veille(&["search", "x", "--from", "2021", "--to", "2019-06"])
        .fails();
    assert!(
        stderr.contains("--from 2021 comes after --to 2019-06")
            && stderr.contains("Swap them: --from 2019-06 --to 2021"),
        "{stderr}"
    );
}
