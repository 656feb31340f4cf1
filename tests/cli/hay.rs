//! Short French articles shared by the tests: elisions, accents, month-precision dates, and the
//! company traps (Total / au total, Orange / la couleur orange, Martin Bouygues).

pub const ARTICLES: &[(&str, &str)] = &[
    (
        "corpus/2020/alibaba-cloud.txt",
        "date 2020-04\ntitle: Alibaba Cloud va investir 28 milliards de dollars\nsource: veille — desk tech\n\n\
         La filiale d’Alibaba consacrera 28 milliards de dollars à ses investissements dans le cloud \
         en trois ans : serveurs, puces et centres de données.\n\n\
         Ce plan d’investissement vise à rattraper Amazon Web Services sur le marché mondial.\n",
    ),
    (
        "corpus/2021/renault-economies.txt",
        " date 2021-03-02 Le groupe Renault a dévoilé ce mardi un plan d’économies de deux milliards \
         d’euros. Le constructeur généralise le télétravail dans ses sièges et ferme une usine.\n",
    ),
    (
        "corpus/2019/bilan-couleurs.txt",
        "date 2019-11-15\ntitle: Les couleurs de la saison\nsource: veille — rédaction\n\n\
         Au total, la couleur orange domine les vitrines de la saison, selon les décorateurs. \
         Le total des ventes progresse de 3 %.\n",
    ),
    (
        "corpus/2020/orange-resultats.txt",
        "date 2020-04-28\ntitle: L’opérateur Orange résiste au premier trimestre\nsource: veille — desk télécoms\n\n\
         L’opérateur Orange a publié des résultats stables. Son concurrent Bouygues Telecom, \
         dont Martin Bouygues reste l’actionnaire de référence, gagne des abonnés.\n",
    ),
    (
        "corpus/2019/total-anadarko.txt",
        "date 2019-05-05\ntitle: Le pétrolier Total rachète des actifs africains\nsource: veille — desk énergie\n\n\
         Le groupe Total va acquérir les actifs africains d’Anadarko pour 8,8 milliards de dollars. \
         Au total, quatre pays sont concernés.\n",
    ),
    (
        "corpus/2022/totalenergies-resultats.txt",
        "date 2022-07-28\ntitle: TotalEnergies publie des profits record\nsource: veille — desk énergie\n\n\
         TotalEnergies a dégagé un bénéfice record au deuxième trimestre, porté par les prix du gaz.\n",
    ),
    (
        "corpus/extra/depeches.jsonl",
        concat!(
            r#"{"id": "dep-1", "title": "JD.com ouvre un entrepôt robotisé", "date": "2018-06-18T09:00:00+08:00", "source": "veille — fil", "body": "Le distributeur JD.com inaugure à Shanghai un entrepôt entièrement automatisé."}"#,
            "\n",
            r#"{"id": "dep-2", "headline": "", "text": "Airbus Helicopters livre son premier H160. La livraison a eu lieu à Marignane.", "published": "2020-12", "companies": ["Airbus Helicopters"]}"#,
            "\n"
        ),
    ),
];
