use crate::util::{hit_ids, Corpus};

fn hay() -> Corpus {
    let corpus = Corpus::hay();
    corpus.index();
    corpus
}

fn companies_of(corpus: &Corpus, id: &str) -> Vec<String> {
    let json = corpus.veille(&["show", id, "--json"]).json();
    json["companies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn company_traps_are_not_companies() {
    let corpus = hay();
    assert!(companies_of(&corpus, "2019/bilan-couleurs.txt").is_empty());
    let orange = companies_of(&corpus, "2020/orange-resultats.txt");
    assert!(orange.contains(&"Orange".to_string()), "{orange:?}");
    assert!(
        orange.contains(&"Bouygues Telecom".to_string()),
        "{orange:?}"
    );
}

#[test]
fn subsidiaries_roll_up_to_their_group() {
    let corpus = hay();
    assert_eq!(
        companies_of(&corpus, "2020/alibaba-cloud.txt")[..2],
        ["Alibaba Cloud", "Alibaba"]
    );
    let airbus = companies_of(&corpus, "dep-2");
    assert_eq!(airbus[..2], ["Airbus Helicopters", "Airbus"]);
}

#[test]
fn company_filter_takes_any_name_case_and_accents() {
    let corpus = hay();
    assert_eq!(
        corpus.ids("", &["--company", "alibaba"]),
        ["2020/alibaba-cloud.txt"]
    );
    assert_eq!(corpus.ids("", &["--company", "JD.COM"]), ["dep-1"]);
    // A renamed company is found under both names.
    let mut total = corpus.ids("", &["--company", "Total"]);
    total.sort();
    assert_eq!(
        total,
        [
            "2019/total-anadarko.txt",
            "2022/totalenergies-resultats.txt"
        ]
    );
    assert_eq!(corpus.ids("", &["--company", "TotalEnergies"]).len(), 2);
    // Several companies: any of them.
    assert_eq!(
        corpus
            .ids("", &["--company", "Alibaba", "--company", "Renault"])
            .len(),
        2
    );
    assert_eq!(
        corpus.ids("company:Renault", &[]),
        ["2021/renault-economies.txt"]
    );
}

#[test]
fn a_filter_alone_lists_every_article_it_keeps() {
    let corpus = hay();
    let answer = corpus
        .veille(&["search", "--company", "alibaba", "--json"])
        .json();
    assert_eq!(hit_ids(&answer), ["2020/alibaba-cloud.txt"]);
    // Without a filter or a query, a search is a mistake the error explains.
    let error = corpus.veille(&["search"]).fails();
    assert!(error.contains("QUERY"), "{error}");
}

#[test]
fn unknown_companies_get_a_suggestion() {
    let corpus = hay();
    let stderr = corpus
        .veille(&["search", "x", "--company", "Alibab"])
        .fails();
    assert!(
        stderr.contains("no such company in the index: 'Alibab'"),
        "{stderr}"
    );
    assert!(stderr.contains("Did you mean 'Alibaba'"), "{stderr}");
    // A slip in a former name suggests the company it stands for.
    let stderr = corpus.veille(&["search", "x", "--company", "Totl"]).fails();
    assert!(stderr.contains("Did you mean 'TotalEnergies'"), "{stderr}");
    // Nothing close: the error says where the names are listed.
    let stderr = corpus
        .veille(&["search", "x", "--company", "Zyxwvu"])
        .fails();
    assert!(stderr.contains("listed by: veille companies"), "{stderr}");
}

#[test]
fn date_filters_work_at_the_precision_of_each_side() {
    let corpus = hay();
    // The April 2020 article (month precision) overlaps 15-20 April; the 28 April one does not.
    assert_eq!(
        corpus.ids("", &["--from", "2020-04-15", "--to", "2020-04-20"]),
        ["2020/alibaba-cloud.txt"]
    );
    // --to 2019 includes all of 2019.
    let ids = corpus.ids("", &["--to", "2019"]);
    assert_eq!(
        ids,
        [
            "2019/bilan-couleurs.txt",
            "2019/total-anadarko.txt",
            "dep-1"
        ]
    );
    assert_eq!(
        corpus.ids("", &["--from", "2022"]),
        ["2022/totalenergies-resultats.txt"]
    );
}

#[test]
fn source_filter() {
    let corpus = hay();
    let ids = corpus.ids("", &["--source", "VEILLE — DESK ENERGIE"]);
    assert_eq!(ids.len(), 2);
    let stderr = corpus
        .veille(&["search", "", "--source", "le monde"])
        .fails();
    assert!(
        stderr.contains("no such source in the index: 'le monde'"),
        "{stderr}"
    );
}

#[test]
fn facet_counts_cover_the_whole_result_set() {
    let corpus = hay();
    let json = corpus.search("milliards", &["--limit", "1"]);
    assert_eq!(json["total_hits"], 3);
    assert_eq!(json["hits"].as_array().unwrap().len(), 1);
    let years: Vec<(String, u64)> = json["facets"]["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| {
            (
                y["value"].as_str().unwrap().to_string(),
                y["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        years,
        [
            ("2019".to_string(), 1),
            ("2020".to_string(), 1),
            ("2021".to_string(), 1)
        ]
    );
    let months = json["facets"]["months"].as_array().unwrap();
    assert!(months
        .iter()
        .any(|m| m["value"] == "2021-03" && m["count"] == 1));
    let companies = json["facets"]["companies"].as_array().unwrap();
    assert!(companies
        .iter()
        .any(|c| c["value"] == "Renault" && c["count"] == 1));
}

#[test]
fn results_show_the_name_the_article_used() {
    let corpus = hay();
    let json = corpus
        .veille(&["show", "2019/total-anadarko.txt", "--json"])
        .json();
    assert_eq!(json["companies"][0], "TotalEnergies");
    assert_eq!(json["mentioned_as"]["TotalEnergies"], "Total");
    let stdout = corpus.veille(&["search", "Anadarko"]).ok();
    assert!(stdout.contains("Total (TotalEnergies)"), "{stdout}");
}

#[test]
fn users_add_companies_and_the_index_follows() {
    let corpus = Corpus::hay();
    corpus.file(
        "corpus/2021/acme.txt",
        "date 2021-05-03 La société Zorglub Industries ouvre une usine. Zorglub embauche.\n",
    );
    corpus.index();
    assert!(corpus
        .veille(&["search", "", "--company", "Zorglub"])
        .fails()
        .contains("no such company"));
    let toml = corpus.file(
        "zorglub.toml",
        "[[company]]\nname = \"Zorglub Industries\"\naliases = [\"Zorglub\"]\nsector = \"industrials\"\n",
    );
    let run = corpus.veille(&["index", "--companies", toml.to_str().unwrap()]);
    run.ok();
    // A new gazetteer means every article is looked at again.
    assert!(
        run.stderr().contains("(0 new, 9 updated, 0 unchanged)"),
        "{}",
        run.stderr()
    );
    assert_eq!(corpus.ids("", &["--company", "zorglub"]), ["2021/acme.txt"]);
    let listing = corpus.veille(&["companies", "--json"]).json();
    let zorglub = listing["companies"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Zorglub Industries")
        .expect("listed");
    assert_eq!(zorglub["count"], 1);
    assert_eq!(zorglub["sector"], "industrials");
    // The copy kept in the index serves the next runs without the flag.
    assert!(corpus.index().contains("9 unchanged"));
}

#[test]
fn a_companies_file_given_to_a_first_or_a_rebuilt_index_is_kept() {
    let corpus = Corpus::hay();
    corpus.file(
        "corpus/2021/acme.txt",
        "date 2021-05-03 La société Zorglub Industries ouvre une usine. Zorglub embauche.\n",
    );
    let toml = corpus.file(
        "zorglub.toml",
        "[[company]]\nname = \"Zorglub Industries\"\naliases = [\"Zorglub\"]\n",
    );
    let toml = toml.to_str().unwrap();
    // No index yet: the first run creates it with the user's companies.
    corpus.veille(&["index", "--companies", toml]).ok();
    assert_eq!(corpus.ids("", &["--company", "zorglub"]), ["2021/acme.txt"]);
    // A rebuild starts from an empty index, and keeps the file given with it.
    corpus
        .veille(&["index", "--rebuild", "--companies", toml])
        .ok();
    corpus.veille(&["index", "--rebuild"]).ok();
    assert_eq!(corpus.ids("", &["--company", "zorglub"]), ["2021/acme.txt"]);
    // The kept copy given back stays, even to a rebuild.
    corpus
        .veille(&["index", "--rebuild", "--companies", "index/companies.toml"])
        .ok();
    assert_eq!(corpus.ids("", &["--company", "zorglub"]), ["2021/acme.txt"]);
    assert!(corpus.path().join("index/companies.toml").is_file());
    // A file that cannot be read stops the run before anything is written.
    let stderr = corpus
        .veille(&["index", "--index", "fresh", "--companies", "missing.toml"])
        .fails();
    assert!(stderr.contains("missing.toml: cannot read"), "{stderr}");
    assert!(!corpus.path().join("fresh").exists());
}

#[test]
fn a_companies_file_beside_the_index_is_read_and_checked() {
    let corpus = Corpus::hay();
    corpus.file("companies.toml", "[[company]]\nnom = \"x\"\n");
    let stderr = corpus.veille(&["index"]).fails();
    assert!(
        stderr.contains("companies.toml:2: unknown field `nom`"),
        "{stderr}"
    );
    corpus.file(
        "companies.toml",
        "[[company]]\nname = \"Anadarko Petroleum\"\naliases = [\"Anadarko\"]\n",
    );
    corpus.index();
    assert_eq!(
        corpus.ids("", &["--company", "anadarko"]),
        ["2019/total-anadarko.txt"]
    );
}

#[test]
fn unknown_companies_after_a_cue_are_shown_apart() {
    let corpus = Corpus::new();
    corpus.file(
        "corpus/fabrikam.txt",
        "date 2019-09-26 Un incendie a ravagé l'usine de la société américaine Fabrikam à Rouen.\n",
    );
    corpus.index();
    let json = corpus.veille(&["show", "fabrikam.txt", "--json"]).json();
    assert_eq!(json["companies_guessed"][0], "Fabrikam");
    assert!(
        json["companies"].as_array().unwrap().is_empty(),
        "guesses stay out of the facet"
    );
    let stdout = corpus.veille(&["search", "incendie"]).ok();
    assert!(stdout.contains("Fabrikam?"), "{stdout}");
}

#[test]
fn guessed_companies_are_listed_apart_and_found_by_name() {
    let corpus = Corpus::new();
    corpus.file(
        "corpus/fabrikam.txt",
        "date 2019-09-26 Un incendie a ravagé l'usine de la société américaine Fabrikam à Rouen, \
         un site du groupe Renault.\n",
    );
    corpus.file(
        "corpus/autre.txt",
        "date 2019-09-27 Renault annonce ses résultats.\n",
    );
    corpus.index();
    // Listed after the companies of the gazetteer, marked as less sure.
    let listing = corpus.veille(&["companies"]).ok();
    let renault = listing.find("Renault").unwrap();
    let fabrikam = listing.find("Fabrikam?").unwrap();
    assert!(renault < fabrikam, "{listing}");
    assert!(listing.contains("Guessed"), "{listing}");
    let json = corpus.veille(&["companies", "--json"]).json();
    let guessed: Vec<(&str, bool)> = json["companies"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["name"].as_str().unwrap(), c["guessed"].as_bool().unwrap()))
        .collect();
    assert_eq!(guessed, [("Renault", false), ("Fabrikam", true)]);
    // Found by its name in any case, as a filter or in the query; a slip gets a suggestion.
    assert_eq!(corpus.ids("", &["--company", "FABRIKAM"]), ["fabrikam.txt"]);
    assert_eq!(
        corpus.ids("company:fabrikam incendie", &[]),
        ["fabrikam.txt"]
    );
    let slip = corpus.veille(&["search", "--company", "Fabrikan"]).fails();
    assert!(slip.contains("Did you mean 'Fabrikam'?"), "{slip}");
    // The facet of the results still holds only the gazetteer's companies.
    let results = corpus.veille(&["search", "incendie", "--json"]).json();
    let facet = results["facets"]["companies"].to_string();
    assert!(!facet.contains("Fabrikam"), "{facet}");
}
