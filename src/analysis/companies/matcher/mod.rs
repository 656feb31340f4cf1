//! Finds gazetteer names in running text and decides, from the words around each, whether it
//! really is the company.
//!
//! Names start only where the text has a capital (see `candidates.rs`): at those words and
//! the one before each, the patterns starting with that (folded) word are tried longest first,
//! so `Airbus Helicopters` wins over `Airbus`; cheap tests on the raw words (`KeyFilter`,
//! `LexiconEntry::may_start`) spare the rest. Each hit is then judged:
//!
//! | rule | handles |
//! |---|---|
//! | case: a capitalised name needs a capital in the text, an acronym needs capitals, but inside a name of several words a capital is enough | `au total`, `la couleur orange`, `free`; `Eva Air` for `EVA Air` |
//! | a cue word nearby (groupe, opérateur, bancaire, PDG de, sondage, action…, a chain named by its trade: `la chaîne d'ameublement Habitat`, not `la chaîne de télévision NTV`; the firm between a study and its client: `une étude CSA pour Malakoff Humanis`) confirms any name, but a head's title (président, directeur, patron) not a shared acronym (`le président du CSA`, `le directeur des CDC`) nor a common word of one word, unless general manager (`la directrice du Budget`; not `le directeur général de Lime`), and a town's council is no consultancy (`le conseil municipal de Yokohama`); after a shared name, only a cue opening the words that follow does | `le groupe Bouygues`, `l’opérateur Orange`, `une agence bancaire CIC`, `Morgan, le constructeur`; not `les maladies (CDC) et Stephen Hahn, patron de l’agence` |
//! | `start-up` reads as the cue `startup`, as it is written four times in five | `la start-up néerlandaise Lightyear` |
//! | a nationality written as a lower-case noun right before a name is a cue | `le coréen Hyundai`, `les japonais Toyota et Suzuki`; not `le Coréen` (a person) |
//! | a name between two words in capitals is part of a headline | `DEPUIS SIX MOIS` |
//! | person names: a capitalised word just before (`Martin Bouygues`), or `X de` (`Léonard de Vinci`) rejects | family names |
//! | a first name before a person-risky name makes it a person's in the whole article: its bare mentions need a cue, and `chez` is none for a rare family name (at his, as well as at the company's) | `Jean-Marie Bigard … Bigard a expliqué`, `Jean-Jacques Goldman … chez Goldman` |
//! | a word just before that names people or places (famille, femme, M., ville, comté, université, cimetière, palais, château, plage, maire, guide, a postmark's cachet, métro, bar, centre commercial, vigilance, île, talus, palais de justice, tribunal, bâtiment, immeuble…) rejects, but not the `mère` of `maison mère` | `la famille Dassault`, `le guide Michelin`, `la ville d’Orange`, `le comté d’Orange`, `l’université Macquarie`, `le château de Lacoste`, `le cachet de la Poste faisant foi`, `un bar PMU`, `la vigilance Orange`, `un talus SNCF`; not `la maison mère de Google` |
//! | `Orange (Vaucluse)`: a place followed by a capitalised word in brackets rejects, unless that word is a cue (`Laïta (Groupe Even)`); any name followed by a compass point in brackets is a place, whatever the cues | towns, `Antofagasta (nord)` |
//! | a risky name at the start of a sentence (a paragraph glued to the one before starts one too: `pétillants.Bain de jouvence`, `la Maison Blanche.Assurant que`, not `Gobbee.Bike`), a place after `à` or `entre` or last in a list after `vers` (`vers Cavaillon et Orange`), or a shared name (`Dassault`) waits for evidence | `Total, c’est…`, `à Orange`, `l’A7 entre Lyon et Orange`, `entre Lançon-de-Provence et Orange` |
//! | a cue or a word of the media business before a relative pronoun says nothing of the name after it, the clause's subject | `un groupe que RTL qualifie de fourre-tout`, `les salariés dont l'AFP a eu connaissance` |
//! | waiting names are kept when the same company is confirmed elsewhere in the article | second mentions |
//! | a waiting name listed right next to a confirmed company (`,`, `et`, `ou`, an opening bracket before it: `Iliad (Free)`, past a note in brackets, even one naming a company, or names the gazetteer lacks: `Honda, North Face et REI`) is one, and confirms the one listed beside it in turn, unless an acronym several companies share (`les CDC et Pfizer`): a family's name written as a word is confirmed, then the sector picks among the family (`comme Samsung, Boeing ou Tesla`); a company named again counts as confirmed there without being read again | `VW et Karmann` after `Volkswagen`, `Lime, Bird, Dott`, `Verizon (télécoms), Honda, Patagonia`, `Ben & Jerry's (glacier appartenant à Unilever), Patagonia` |
//! | a shared name left waiting stands for the one company of that name in the sector of the companies the article names, the name's own company included | `Renault-Nissan-Mitsubishi` → Mitsubishi Motors, `Hyundai` among carmakers → Hyundai Motor |
//! | a shared name no sector settles, not an acronym, that opens the headline or is named three times, in an article naming no other company of its family, is the company bearing the name alone; written as a car (after `la` or `une`, or before a model's name), the family's one carmaker | `Hyundai dévoile la troisième génération de sa citadine` → Hyundai Motor, `la Rolls-Royce Ghost` → Rolls-Royce Motor Cars; not `CDC : nouvelles consignes` |
//! | a first name followed by a capitalised word (`Nicolas Hulot`) rejects a person-risky name | given names; not before an elided word, which says where: `l'usine Whirlpool d'Amiens` |
//! | a title right before a person-risky name, without `de` (président, ministre, sénateur, général, juge…), makes it a person's in the whole article | `le président Wilson`; not `le président de Ford` |
//! | a listed first name before any name makes that mention a person's | `David Trimble`, `François Ozon`, `Michèle Lesieur`, `Cheikh Anta Diop` |
//! | a name hyphenated to a capitalised word right after a listed first name is the second half of a family name, whether or not the gazetteer calls it person-risky | `Henri Poupart-Lafarge`, `Florence Denier-Pasquier`, `Philippe Moreau-Chevrolet`; not `Renault-Nissan` |
//! | a place-risky name followed by the English noun of a place is the place | `Macquarie Harbour`, `Orange County` |
//! | a person-risky name followed by a comma and a noun of kinship tied to someone (`, compagne de`, `, la fille d'`), or by a noun of who someone is, maybe after `un` or `une` (`, une étudiante`, `, un retraité`, `, étudiante de 21 ans`), is a person's in the whole article | `Sephora, compagne de Kingsley Coman`, `a dit Dior, une étudiante`; not `Sephora, filiale de LVMH` |
//! | a civil title right before a name makes that mention a person's | `M. Abbott`, `Me Lafarge`, `Dr Krug`; not `Dr Pepper` |
//! | the last of three capitalised words after a listed first name or a civil title is a person's, in this mention | `Philippe Moreau Chevrolet`, `M. Moreau Chevrolet`; not `Jean-Pierre Farandou SNCF` |
//! | a name hyphenated to a listed first name right before it is a person's, or a place named after one, in this mention | `l'autoroute Félix-Leclerc`, `le parc André-Citroën`, `la place Jean-Hachette`; not `Renault-Nissan` |
//! | a person-risky name that is itself a listed first name, alone and without a cue, waits for evidence; followed by a family name (`de Villiers`, `Dufourcq`) it is a person's whatever the cues | `aux côtés de Céline`, `Céline a choisi` (Céline Dion), `son président, Nicolas de Villiers` |
//! | a media or a platform cited as a source or a medium, past a date, or a newspaper or channel whose poll or inquiry is quoted (`selon Le Parisien`, `souligne jeudi 22 février Franceinfo`, `un sondage du Hollywood Reporter`, `sur Twitter`, `Le Monde révèle`, `Mediapart confirme`, `BFMTV s'est également procuré`, `que s'est procuré Mediapart`, `Le Parisien a pu consulter`, `que Le Parisien et Europe 1 ont pu consulter`, `un message aux salariés que l'AFP s'est procuré`, `un groupe Facebook`, `ce groupe Facebook`, `d'autres groupes Facebook`, `un entretien accordé à Yahoo`, `l'événement Facebook`, `les usagers de Twitter`, `la star de YouTube`, `sa fiche LinkedIn`, `du forum Reddit`, `via les plateformes Facebook et Zoom`, `retiré entre-temps d'Instagram`, `les gens qui regardent Netflix`, but not a channel watched, judged by its business) is not an actor, but an example of a kind of platform is (`une plateforme comme Amazon`), and so is a studio whose video game is named (`un jeu vidéo de Nintendo`); staff who leave or join a channel make it their employer, users who leave or join a platform do not (`quitter Twitter`); a media spoken to or shown a document, or after `selon`, is cited whatever the cues before (`a quitté son cabinet selon TMZ`, `a dit un porte-parole du groupe à l'AFP`, `auprès du Parisien`, `un entretien avec l'AFP`, `un message aux salariés consulté par l'AFP`), but not one a deal was made with (`racheté à TF1`, `racheté le journal à TF1`), nor one whose business speaks (`la direction de TF1 a annoncé`), nor one a verb follows past a comma (`et de BFM Business, ont exprimé`) | citations |
//! | `un`, `une`, a possessive, a demonstrative or an object noun before the name makes it a product (`une Mercedes`, `véhicule Mercedes`, `un film Marvel`, `un cocktail Molotov`, `la carte Total`, `le concept VW`, `un 4 cylindres 2.4 litres Honda`); so do `de marque` and the parts a car is fitted with, unless a trade names them its goods | products, `un scooter de marque BMW`, `des gommes Pirelli`, `des étriers Brembo`, `des étriers de frein Brembo`, `un groupe de modèles Mercedes`; not `le fabricant de pneus Bridgestone`, `le loueur de voitures Hertz` |
//! | an object noun or a part, then a word describing it, before the name makes it a product too; not after `de` (a trade's goods) unless a part, nor a complement or a preposition in between | `des pneumatiques slicks Pirelli`, `des baskets blanches Adidas`; not `le fabricant chinois de téléphones portables Xiaomi`, `le service d'autopartage Autolib` |
//! | a make listed after the make an object noun names (commas, `et`, `ou`, `ou encore`) is an object's make too, if the list goes on after it or it ends the list | `des modèles Fiat, Abarth ou Lancia`, `des modèles Porsche et Ferrari`; not `sa gamme Panamera, Porsche a introduit` |
//! | a make right after an article and a model's code of capitals and digits, or in brackets after the code, names one car | `une 2CV Citroën de 1967`, `la 370Z NISMO`, `le V10 Honda`, `de type C3 (Citroën)` |
//! | a common word or a place right after a capitalised word or an acronym, or right before a capitalised word, is part of another name, whatever the cues | `Single Malt`, `Resort and Casino` (past `and`), `BMO Capital Markets`, `Action Praticiens Hôpital` |
//! | a shared name right before a capitalised word or an acronym opens another name, unless that word is a listed first name | `Mitsui OSK Lines`; not `le directeur de l'usine MCA Olivier Silva` |
//! | a shared name right after a capitalised word that is no cue ends another name | `Fosun Capital Group`, `Venom F5`, `Mercedes GLS`, `GE Hydro` |
//! | a name after `maladie de`, `échelle de`… names a disease or a measure | `la maladie de Kawasaki` |
//! | two capitals glued by a hyphen to another word abbreviate something else, and so does the name they are glued to | `l’AP-HP`, `le Snam-HP` |
//! | a common word, a place or a rare family name glued by a hyphen to a capitalised word is a compound | `la collection Printemps-Été`, `la Croix-Rouge`, `le sens Orange-Nîmes`, `Bel-Air`, `un centre Dana-Farber` |
//! | a colour after a common-word name qualifies the thing, whatever the cues | `le directeur de la Croix rouge` |
//! | a name whose riders are spoken of is a cycling team's, named after its sponsor | `un ancien coureur pro de la FDJ`, `les coureurs d'Arkéa-Samsic` |
//! | a name after `de type` is the kind of an object, unless a platform (an example, as after `comme`) | `un véhicule de type Puma`, `un sous-marin de type Rubis`; not `de type Waze` |
//! | a name opening with a first name, followed by a comma and a title (`, le président de`, `, fondateur du`), is the person, in this mention | `Louis Dreyfus, le président de la coopérative`, `Jean-Paul Gaultier, président du jury`; not `Chez Boeing, le directeur général` |
//! | any name hyphenated to a particle of a town's name (`le`, `sur`, `en`, `de`…) and past it to a capitalised word is part of the town's name, whatever the cues | `Onet-le-Château`, `Saint-Laurent-de-Neste`, `Roche-la-Molière`; not `Moët-et-Chandon` |
//! | an acronym in brackets spelt by the initials of the words before it (read up to ten words back; up to three words may be left out, the first letter a capitalised word's: `l'Office central de répression du trafic des biens culturels (OCBC)`) abbreviates them, and every mention of it written the same way in the article, whatever the cues, unless those words are the company's own name; a name among those words, fewer than the acronym's letters, is part of that other body's name | `l’International Crisis Group (ICG) … la chercheuse d’ICG`, `le Trésorier-payeur général (TPG)`, `la Fédération nationale du Crédit agricole (FNCA)`; not `Australian Associated Press (AAP)` |
//! | a tech company's name before one of its services or devices names the product, unless a cue in apposition says otherwise; a cue before it names the service | `Apple CarPlay`, `Apple App Store`, `Google Maps`, `Microsoft Windows`, `le magasin d'applications Google Play`; not `Apple TV+` (streaming competes) |
//! | a sponsor's name before Arena, Stadium, Theatre, Ring, Center, Festival, Cup…, or before one more word and one of those, names a venue or an event | `l’AccorHotels Arena`, `la salle Accor Hotel Arena`, `le Microsoft Theatre`, `le Red Bull Ring`, `le VYV Festival`; not `Gras Savoye Willis Tower Watson` |
//! | a name right after a race's name (`transat`, capitalised `Trophée`, `Tour Auto`) is its sponsor's, part of the race's name | `la Transat AG2R`, `la transat AG2R`, `le Tour Auto Optic 2000` |
//! | a name before association, fondation, club, university… names another organisation | `Amel Association International` |
//! | the name's own staff, shops, factories or clients right after it (`ses employés`, `leurs usines`) are a cue, whatever its risk | `La Halle demande à ses employés` |
//! | a name hyphenated to a word saying what a company is (Airlines, Group, Motors, Bank…) is part of another company's name | `la compagnie ALK-Airlines` |
//! | a name right after a union's acronym names the union's section in the company, in this mention | `l'Unsa RATP`, `la CGT-RATP`, `la CFTC Disney` |
//! | a name right after `syndicat`, `association` or `fondation` names that body, but not past an elided `d’` | `le syndicat Synergie`, `l’association HOP`, `la fondation Vinci Autoroutes`; not `les syndicats d’Air France` |
//! | a name listed between two people (a first name, alone or with a family name, right before its comma; another right after a comma or `et`) is a person's, in this mention | `Frédéric Longbois, Ecco, Betty Patural` |
//! | a name after a musician of a `groupe` or after `groupe de rock`, `de pop`… is a band's, whatever the cues | `l'ancien batteur du groupe Genesis` |
//! | a name opening a picture's credit line or caption waits for evidence | `Crédit photo : Porsche`, `Photo : Bugatti Veyron` |
//! | a chain's shop, hotel, restaurant, bar or branch (past a word of its kind: `agence bancaire`, or a retailer's name after an article: `le Super U de Trèbes`) named with its town, street or district (`du douzième arrondissement`, `de la rue de Reuilly`, `de la gare`) or as near the scene (`le café PMU voisin`, `à la Fnac proche de`, `le magasin Noz situé rue`; a hotel with or without), or with what is around or inside it before its noun (`sur le parking du supermarché Auchan`), waits for evidence, unless its staff are named before it (its employer) | `dans un supermarché Super U de Trèbes`, `l'hôtel Marriott à Varsovie`, `l'hôtel Radisson Blu`, `une agence bancaire CIC de Paris`, `une banque CIC de Paris` (after `une` only: `la banque CIC` may be the company); not `les employés d'un magasin Fnac à Paris` |
//! | a retailer, a restaurant chain or a hotel brand (sector `retail`, `restaurants` or `hotels`) after `un` is one of its shops; once an article names one, the retailer's name after an article without a cue or staff before it (`la sortie de l'Intermarché`, `ce Monoprix`) is that shop too, where elsewhere it is the chain; after a word placing someone in or near it (`dans`, `devant`, `à l'intérieur du`, `sur le parking du`), it is one shop at once; `de la Fnac à Darty` goes from one name to another, no town | `dans un Intermarché de Senonches … à la sortie de l'Intermarché`, `réfugiées dans le Monoprix`; not `le gérant du Super U`, `les salariés dans le Super U`, `Darty et la Fnac ont envoyé` |
//! | the client of a study, after the study, its pollster and `pour` (or `réalisée pour`), is a company whatever its risk, unless an outlet (labellers split on a channel that commissions a poll: actor or source) | `une étude Odoxa pour CGI`; not `un mauvais sondage pour Nicolas Sarkozy` |
//! | in an article about an auction (an auction house named as a company, or `enchères`, `adjugée` in the headline), a carmaker named once and not in the headline is the make of a lot for sale | `RM Sotheby's : les résultats d'Amelia Island … une Bugatti`; not `Bonhams : Bugatti Type 55`, nor a make the article names twice |
//! | a name after `l'affaire du` names a scandal after the place where it began; not `l'affaire Lactalis`, nor `les affaires du` | `l'affaire du Sofitel` |
//! | a name after `agence de presse` is a news agency's, not that of a company of another trade | `l'agence de presse ANA` (not All Nippon Airways) |
//! | a press group named for its papers after a word that cites them, up to six words back, is cited too, and so is a `groupe de presse` or `groupe de médias`, maybe with a word on its kind (after `au`, only once something is said) | `un entretien aux journaux du groupe Ebra`, `accordé au groupe de presse Ebra`, `dans les quotidiens régionaux du groupe Ebra`, `d'après le groupe de médias ABC`, `a-t-elle dit au groupe de presse régionale Funke`; not `le groupe Ebra supprime des postes`, `le litige qui l'oppose au groupe de médias Québecor` |
//! | a platform in brackets after a quote is where it was posted | `"…" (Twitter)` |
//! | a platform after `groupe` is where the group meets when the group is used (`sur`, `dans`, `membres du`) or named right after it (or after `appelé`, `baptisé`…), in quotes or capitalised; not a media group one joins | `sur son groupe Facebook`, `les membres du groupe Facebook`, `le groupe Facebook "fater"`, `le groupe Facebook appelé "Vigilance"`, `le groupe Facebook Marseille Gilet Jaune`; not `le groupe Facebook a racheté`, `une arrivée dans le groupe France Télévisions` |
//! | a platform the news mostly writes in (flagged `outlet`: Twitter, Facebook, Instagram, YouTube, WhatsApp, LinkedIn, Reddit, the sites of kitties and petitions) is the company only when it acts (`Twitter a masqué`) or is the agent of what is done (`bloquée par Facebook`, not `un message envoyé par WhatsApp`), a cue names it, words of what it does to posts are near (`règles`, `modération`, `suspendre`), or it is listed with companies | `Twitter a masqué un message`, `les règles de YouTube`, `Facebook, Twitter ou YouTube`; not `la théorie qui agite Twitter` |
//! | a phone's system listed with the other, the app stores, or a streaming service after `sur`, whatever the company's sector, is where an app or a film is found | `sortie sur Apple et Android`, `les magasins d'applications de Google et d'Apple`, `en salles et sur Apple TV+`; not `Apple et Google ont retiré l'application` |
//! | an online platform listed right after one used as a medium is one too | `sur Facebook, Twitter, Instagram ou WhatsApp` |
//! | `chaîne` before a channel names it, unless `sur` or `via` comes first; before a platform it is a medium | `la chaîne C8 a été condamnée` vs `diffusé sur la chaîne TF1`, `la chaîne YouTube de` |
//! | a newspaper, channel or station (a `media` company the gazetteer does not call a group, or a group's name flagged `outlet`: `TF1`; studios, publishers, labels, game makers and streamers are `entertainment`, never cited as sources) is an actor only with words of its business within six words of the same clause, or of an apposition saying what it is (rachat, direction, salariés, audiences, concurrents, a décidé, a déprogrammé, plainte, assigné, attentat, `détenue par`…: `CNews, chaîne détenue par le groupe Canal+`), or of what happens to it said before its name (`l'arrêt de`, `la fermeture de`, `la suppression de`, `la maison mère de`), or when the article names three such outlets or this one three times, or opens a clause of its headline with this one (`Le Parisien : nouvelle stratégie`, `Depuis 2015, Charlie Hebdo a changé`), and is about the media business (three words of the trade, its journalists among them, and three of deals, money, jobs, closures and budgets, hosts moving between channels, printing and distribution, or ratings); a title that is a common word, opening a sentence before a preposition, is the word (`Focus sur cinq présentateurs`), and before an article whatever business words follow (`Voici les dix recettes`) | `selon Bloomberg`, `L'Obs a révélé` vs `le rachat du Parisien`, `l'arrêt de France 4`, `les éditions du Figaro, des Echos et de 20 Minutes` in a story on printing plants, a channel whose anchors a plan of savings would let go |
//! | a maker after a determiner or `en` (past up to two lower-case words that are not cues; not the `du` of a cue's trade: `le géant français du luxe LVMH`) or a count (`deux Porsche`, `des Tesla`), or before a model number (`BMW 507`) or a model's name and its number (`Chevrolet Corvette Z06`), or after a model's number as its trim (`la GLC 63 AMG`, `une 560 SEL AMG`), is a product, unless a cue before it or in apposition after it (`visant Tesla, le constructeur`) or another mention says otherwise, or the name ends with what the company is (`de son côté Volkswagen Group`, `BMW M GmbH`) or describes it with lower-case words (`les Fonderies de Bretagne`) | `la Porsche`, `la nouvelle Alpine A110`, `l’Airbus A320 de la compagnie PIA`, `un scooter électrique BMW`, `flashée en Porsche`; not `ses rivaux Toyota` |
//! | a carmaker of a make's group, right after that make and a model of one or two words, is the model's trim | `la Nissan GT-R Nismo`, `la Seat Leon Cupra`; not `Audi Sport ABT Schaeffler`, a supplier in a team's name |
//! | a maker written with a model, listed right after a model with a number (not a year), is a product | `les Ferrari F40, Lamborghini Countach`, `les Audi Q5, BMW X3, Mercedes GLC et Porsche Macan`; not `En 2019, Koenigsegg Automotive` |
//! | a headline opening with a maker's model (past a definite article or `nouvelle`) is the maker's news, even when the maker's name is a family name too (`Bentley Bentayga`), unless the name is shared with a word or another company or the headline is about an auction (`enchères`, `adjugée`) | `L’Audi A4 passe au restylage`, `Nouvelle Audi RS 6`, `Porsche 911 Speedster : pour 2019`; not `La Mercedes 300 SL … aux enchères`, `Continental GT` |
//! | the words that reject a name also do past `au`, `du` or `de` | `étoilé au Michelin`, `l’aéroport de Zurich` |
//! | `du`, `au`, `des`, `aux` stand for the article of a name | `le rachat du Parisien`, `des Echos` |
//! | an elided `l’` is a definite article | `le ministre de l’Action et des Comptes publics` |
//! | a common word after `le`, `la`, `du`… or a quantifier (`tout`, `chaque`) waits for evidence, and after `en` whatever the cues; so does a one-word place | `le Printemps marseillais`, `le SMIC`, `En Avril, le président`, `dans le Berkshire`, `tout Occidental`; not `le Puy du Fou` |
//! | `La Poste`, `Le Monde`: the capital is looked for on the word after the article | `la Poste` in running text |
//! | a name ending in `+` or `&` needs it in the text (`Canal+`, not the Canal de Suez) | punctuation |
//!
//! Names the gazetteer does not know are guessed after a company noun or before a legal form
//! (`la société Lubrizol`, `Acme SA`), but not before letters of a legal form followed by a
//! capitalised word, which go on another name or a headline in capitals (`Iyad Ag Ghaly`,
//! `LE MONDE EXPRIME SA SOLIDARITÉ`): see [`Matcher::scan`]. Nor is a name opening with a
//! gazetteer company's (`la société Ikea France`, `Porsche Leipzig GmbH`): it is that company's
//! subsidiary or site, found as the company; unless the name it opens with is a common word or
//! shared by several companies (`l'armateur japonais Mitsui OSK Lines`). Nor a person after a
//! civil title (`la société Me Emmanuel Daoud`), nor after society (`le jeu de société
//! Monopoly`), nor before `SPA` or `Spa` (`les Maisons SPA` of the animal shelters, `Leamington
//! Spa`), where the Italian legal form is written `SpA`. Nor after a noun that only looks like
//! a cue: after a bare `de` it says what kind of thing (`sa directrice de cabinet Violette
//! Spillebout`), and `pick-up`, `stand-up` hold no `start-up`; nor before a French legal form
//! in lower case (`Eva Sas`); nor is a letter alone (`les magasins C et A`); nor a laboratory
//! near researchers or a research body (`chercheur au laboratoire Kastler Brossel`).
//! A guessed name has up to five words, joined by a foreign connector (`Aeroporti di Roma`,
//! `ICB Properties of Miami`; not the French `de`, which goes on to a place), and never its
//! legal form (`la société Acme Industries SA` is `Acme Industries`, as `Acme Industries SA
//! recrute`); read back from a legal form, it must start where the words read show it does
//! (not `Lagonda Global Holdings` of `Aston Martin Lagonda Global Holdings plc`), and holds no
//! article or preposition in capitals (`SORTIR LA DROITE DE SA`). Its words may be joined by
//! a hyphen or an ampersand (`Fabrikam-Contoso`, `Newton & Sons`), but not to an acronym
//! before the hyphen, as a union's is (`le délégué CGT-Bodyguard SAS`). The company noun must follow an article or a
//! determiner, maybe past an adjective (`la société`, `son autre société`, `le célèbre
//! éditeur`), or open a note in brackets (`(laboratoire Etypharm)`): otherwise it describes
//! another noun (`le designer industriel Konstantin Grcic`, `un site industriel Seveso`). Not
//! guessed either: two capitalised words after a person's role and the noun (`le patron de la
//! société Tad Dowker a expliqué`: the boss's name; not `quatre salariés de l'entreprise Viva
//! Multimedia`), a capital and digits (`le laboratoire P4`), a nationality, even capitalised
//! (`le constructeur Italien Contoso Motori` is Contoso Motori), the letter that opens an
//! abbreviation (`Pininfarina S.p.A`). What the company does may stand between the noun and the
//! name, as `de` and one lower-case word (`la société de production Tailspin Films`,
//! `l'entreprise anglaise d'investissements Agenda Invest`), but not a person's or a place's
//! (`la société de production de Cyril Dupuis`, `l'entreprise de son frère`, `une entreprise de
//! l'agroalimentaire en Bretagne`, `le cabinet de monsieur Durand`), nor research (`le
//! laboratoire de recherche Litware`).

mod guess;
mod lexicon;
mod lists;
mod rules;
mod words;

use std::sync::OnceLock;

use guess::*;
use lexicon::*;
use lists::*;
use rules::*;
use words::*;

use rustc_hash::{FxHashMap, FxHashSet};

use super::candidates::{candidate_words, is_space_or_hyphen, word_before, Span, Words};
use super::gazetteer::{Gazetteer, Risk};
use crate::analysis::elision::elided_prefix_len;
use crate::analysis::fold::{fold_each, fold_into, folded_initial};
use crate::analysis::fold_name;
use crate::analysis::tokenizer::{eight_bytes, is_apostrophe, next_word_shaped, WordShape};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Any,
    /// This word of the name must start with a capital (`Total`, not `total`; `la Poste`).
    Capitalized(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gap {
    /// Spaces or hyphens: `Saint-Gobain` = `Saint Gobain`.
    Space,
    /// Anything else must be the same: `JD.com`, `AT&T`.
    Other(u64),
}

#[derive(Debug)]
struct Pattern {
    words: Vec<String>,
    gaps: Vec<Gap>,
    /// Per word: is it an acronym, written in capitals (`EDF`, `BNP`)? Alone it must be; inside a
    /// name of several words a capital is enough (`Eva Air` for `EVA Air`).
    acronym: Vec<bool>,
    case: Case,
    /// Punctuation the name ends with and the text must have too (`Canal+`).
    trailing: Option<char>,
    company: usize,
    risk: Risk,
    /// A newspaper or broadcaster: it may be cited as a source rather than be an actor.
    media: bool,
    /// A newspaper, channel or station of its own, not a group owning others: an actor only
    /// when the news is about its business.
    outlet: bool,
    /// A maker whose name is also its products' (`la Bugatti Chiron`, `le Samsung Galaxy`).
    maker: bool,
    /// A retailer, whose shops bear its name (`le Super U de Trèbes`).
    retailer: bool,
    /// A name whose article merged into the word before (`du Parisien` for `Le Parisien`):
    /// the words that word may be.
    contracted: Option<List>,
    /// An online platform or app: it may be where something was said rather than an actor
    /// (`sur Twitter`, `sur Zoom`).
    platform: bool,
}

impl Pattern {
    /// `Parisien` after `du` or `au`, for `Le Parisien`.
    fn contracted_form(&self) -> Option<Pattern> {
        let list = match self.words[0].as_str() {
            "le" => List::ContractionsOfLe,
            "les" => List::ContractionsOfLes,
            _ => return None,
        };
        if self.case != Case::Capitalized(1) {
            return None;
        }
        Some(Pattern {
            words: self.words[1..].to_vec(),
            gaps: self.gaps[1..].to_vec(),
            acronym: self.acronym[1..].to_vec(),
            case: Case::Capitalized(0),
            contracted: Some(list),
            ..*self
        })
    }
}

/// One word of the text, with what the rules need to know about it.
#[derive(Debug)]
struct Word<'a> {
    folded: &'a str,
    /// Where the word is in the text, without its elided article.
    span: std::ops::Range<usize>,
    capitalized: bool,
    upper: bool,
    sentence_start: bool,
    gap_before: Gap,
    paren_before: bool,
    /// Written with an elided definite article: `l’Action`.
    definite: bool,
    /// Written with any elided word before it: `l’Action`, `d’Air France`.
    elided: bool,
    /// The word lists it is in (see [`List`]), looked up when a rule first asks: most words
    /// of a window are never asked about. [`LISTS_KNOWN`] is set once they are known.
    lists: std::cell::Cell<u32>,
    /// The character right after the word, if it is not a space.
    trailing: Option<char>,
    /// Only spaces separate it from the word before (not `-`: `Renault-Nissan`).
    plain_space_before: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    Company,
    /// A company, unless the article names a person of that name (`Bigard a expliqué` after
    /// `l'humoriste Jean-Marie Bigard`): one name keeps one sense through an article.
    CompanyUnlessPerson,
    NeedsEvidence,
    /// One of a chain's shops, named as a place (`le Super U de Trèbes`, `un Intermarché`):
    /// the chain only if confirmed elsewhere.
    Venue,
    /// A retailer after an article (`la sortie de l'Intermarché`): that shop where the article
    /// names one of the chain's shops, the chain elsewhere.
    ShopOrChain,
    /// A newspaper, channel or station neither cited nor in the news of its business around
    /// this mention: an actor if the article is about the media business, or if it is
    /// confirmed elsewhere.
    Outlet,
    /// Needs evidence because several companies bear the name: the article's sector may pick
    /// one (see [`Matcher::by_sector`]).
    SharedName,
    /// A person bearing the name: `Martin Bouygues`.
    Person,
    NotCompany,
    /// An acronym the article spells out as the name of something else (`le Conseil supérieur
    /// de l'audiovisuel (CSA)`): its other mentions written the same way are that too.
    Abbreviation,
}

/// A judged mention: the company, the verdict, and where it is named (which text, which bytes).
type Mention = (usize, Verdict, usize, std::ops::Range<usize>);

/// What [`Matcher::try_at`] found at a word.
struct Tried {
    /// The company, the verdict and where the text names it.
    verdict: Option<(usize, Verdict, std::ops::Range<usize>)>,
    guessed: Option<String>,
    /// Where the words it used end: the next word to try is after.
    end: usize,
}

impl Tried {
    /// No name starts at the word ending at `end`.
    fn nothing(end: usize) -> Tried {
        Tried {
            verdict: None,
            guessed: None,
            end,
        }
    }
}

/// Each company's topmost group, following parents up (a few steps at most: a user's file may
/// make a loop of them).
fn groups(gazetteer: &Gazetteer) -> Vec<usize> {
    let companies = gazetteer.companies();
    let parent_of = |company: usize| {
        companies[company]
            .parent
            .as_deref()
            .and_then(|parent| gazetteer.index_of(parent))
    };
    (0..companies.len())
        .map(|company| {
            let mut group = company;
            for _ in 0..8 {
                match parent_of(group) {
                    Some(parent) => group = parent,
                    None => break,
                }
            }
            group
        })
        .collect()
}

/// For each company with a shared name (`Mitsubishi=generic`), the companies whose canonical
/// names start with that name and go on (`Mitsubishi Motors`, `Mitsubishi Electric`); and the
/// shared names, folded, with their company.
fn siblings(gazetteer: &Gazetteer) -> (FxHashMap<usize, Vec<usize>>, FxHashMap<String, usize>) {
    let companies = gazetteer.companies();
    let mut shared: FxHashMap<String, usize> = FxHashMap::default();
    for (company, entry) in companies.iter().enumerate() {
        // Only names shared by companies and nothing else: `Paul` is also a first name.
        let only_shared = |r: &Risk| r.generic && !(r.word || r.person || r.place);
        for name in entry.names.iter().filter(|n| only_shared(&n.risk)) {
            shared.insert(fold_name(&name.text), company);
        }
    }
    let mut siblings: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (company, entry) in companies.iter().enumerate() {
        // Canonical names only: `Mitsubishi Fuso` is Fuso, a truck maker, to the press.
        if let Some(name) = entry.names.first() {
            let key = fold_name(&name.text);
            // Every shorter name this one starts with: `rolls royce` in `rolls royce motor cars`.
            let prefixes = key.match_indices(' ').map(|(at, _)| &key[..at]);
            for owner in prefixes.filter_map(|prefix| shared.get(prefix)) {
                let list = siblings.entry(*owner).or_default();
                if *owner != company && !list.contains(&company) {
                    list.push(company);
                }
            }
        }
    }
    shared.retain(|_, company| siblings.contains_key(company));
    (siblings, shared)
}

/// Buffers [`Matcher::scan`] reuses from word to word.
#[derive(Default)]
struct Scratch {
    /// The folded words of a window.
    arena: String,
    /// A folded word to look up.
    key: String,
    /// The words ahead of a candidate.
    ahead: Vec<Span>,
    /// The words around a candidate.
    window: Vec<Span>,
    /// Where the folded forms of a window's words are.
    folded_at: Vec<FoldedAt>,
}

thread_local! {
    /// The buffers of [`Matcher::scan`], kept from article to article: allocating them for each
    /// one cost a tenth of recognition, on the thread that also feeds the index.
    static SCAN_BUFFERS: std::cell::RefCell<(Scratch, Vec<Span>)> = Default::default();
}

/// Where `de` starts, when it opens the lower-case word `last` (`de biotechnologie`), or where
/// `last` starts when it is elided after `d'` (`d'investissements`). Read on bytes: this is
/// asked of most words before a capital, and few follow `de`. A trade of two words (`de vélos
/// électriques`) is left out: on orangesum it added 10 guesses, 4 of them firms only cited, for
/// a backward read of every word before a capital.
fn trade_phrase_start(text: &str, last: Span) -> Option<usize> {
    let bytes = text.as_bytes();
    let (start, end, _) = last;
    let word = &text[start..end];
    if bytes[start] == b'd' && word[1..].starts_with(is_apostrophe) {
        return word[after_apostrophe(word)..]
            .starts_with(char::is_lowercase)
            .then_some(start);
    }
    // `de ` right before, as a word of its own, then a word with no elided article (`de
    // l'agroalimentaire`).
    let de_before = start >= 3
        && &bytes[start - 3..start] == b"de "
        && (start == 3 || bytes[start - 4] == b' ');
    (de_before && word.starts_with(char::is_lowercase) && !word.contains(is_apostrophe))
        .then(|| start - 3)
}

/// Whether `between`, the text between two names, is a model's one or two words, each after a
/// single space: a capital or a digit first, then letters, digits or hyphens (` GT-R `, `
/// Skyline `, ` XC60 `).
fn names_a_model(between: &str) -> bool {
    let Some(inner) = between
        .strip_prefix(' ')
        .and_then(|rest| rest.strip_suffix(' '))
    else {
        return false;
    };
    let words: Vec<&str> = inner.split(' ').collect();
    words.len() <= 2 && words.iter().all(|word| a_model_s_word(word))
}

/// Whether `word` may be a word of a model's name: a capital or a digit first, then letters,
/// digits or hyphens (`GT-R`, `Skyline`, `XC60`).
fn a_model_s_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !word.ends_with('-')
        && word.chars().all(|c| c.is_alphanumeric() || c == '-')
}

/// Whether a name is written without a lower-case letter, as acronyms are (`CDC`, `GE`).
fn in_capitals(written: &str) -> bool {
    !written.chars().any(char::is_lowercase)
}

/// Whether the make named at `name` in `text` is one of its cars: after `la` or `une`, or
/// before a model's name (`une Rolls-Royce unique`, `Rolls-Royce Ghost`).
fn written_as_a_car(text: &str, name: std::ops::Range<usize>) -> bool {
    let before = text[..name.start].trim_end();
    let article = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|word| matches!(word, "la" | "La" | "une" | "Une"));
    let before_a_model = text[name.end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split(' ').next())
        .is_some_and(a_model_s_word);
    article || before_a_model
}

/// Whether `word` is a legal form in any case, with or without periods (`S.A.` is `SA`).
fn is_a_legal_form(word: &str) -> bool {
    let letters: String = word
        .chars()
        .filter(|c| *c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    LEGAL_FORMS.contains(&letters.as_str())
}

/// `name` without a legal form at its end (`Acme Industries SA` → `Acme Industries`): guessed
/// names are given without it, and a name with it is the same company.
pub fn without_legal_form(name: &str) -> &str {
    let trimmed = name.trim_end();
    match trimmed.rsplit_once(char::is_whitespace) {
        Some((rest, last)) if is_a_legal_form(last) => rest.trim_end(),
        _ => trimmed,
    }
}

/// What [`Matcher::scan`] found in an article.
pub struct Scan {
    /// Gazetteer indexes, in order of first mention, with the words the text used.
    pub found: Vec<(usize, String)>,
    /// Names of companies the gazetteer does not know, introduced by a strong cue: `la société
    /// Lubrizol`, `l'entreprise familiale Bigard`, `Acme SA`. Less sure than gazetteer names.
    pub guessed: Vec<String>,
}

pub struct Matcher {
    /// Every folded word that starts a name or introduces a guessed one.
    lexicon: Lexicon,
    /// Which words may be in the lexicon: most words of a text start no name, and this
    /// answers for them without folding or hashing.
    filter: KeyFilter,
    /// Which second words the names starting with a word of the lexicon may have, by their
    /// initial: asked of the words `filter` lets through, before the lexicon is.
    seconds: SecondInitialsTable,
    /// Which words may be words of the media trade or of deals (see
    /// [`Matcher::about_the_media_business`]), answered as `filter` answers.
    media_words: KeyFilter,
    /// Each company's sector.
    sectors: Vec<String>,
    /// Each company's topmost group, itself when it has none: `Nissan` for `Nismo`.
    groups: Vec<usize>,
    /// The companies whose names start with a shared name of another: `Mitsubishi Motors` for
    /// `Mitsubishi`.
    siblings: FxHashMap<usize, Vec<usize>>,
    /// The shared names of the companies in `siblings`, folded: `rolls royce`.
    shared_names: FxHashMap<String, usize>,
}

/// Words the rules read before and after a name: the cue three words back, the person before
/// `Bouygues`, the verb after `Le Monde` (`CONTEXT`); six each side for an outlet's business
/// (`le directeur général délégué de La Voix du Nord`, `OUTLET_CONTEXT`); after a company noun,
/// adjectives of nationality and a name of up to three words (`GUESS_AFTER`).
const CONTEXT: usize = 4;
const OUTLET_CONTEXT: usize = 6;
/// Words read before a name in brackets: the longest names an acronym abbreviates.
const ACRONYM_CONTEXT: usize = 10;
const GUESS_AFTER: usize = 7;

/// Whether the gazetteer calls a company a group (`groupe Lagardère`, `Prisma Media`): a media
/// group is an actor, where a newspaper or a channel is mostly a source.
fn is_a_group(company: &super::Company) -> bool {
    const GROUP_WORDS: &[&str] = &[
        "groupe", "group", "groep", "gruppe", "grupo", "gruppo", "media", "medias", "holding",
    ];
    company.names.iter().any(|name| {
        let mut arena = String::new();
        words_of(&name.text, &mut arena)
            .iter()
            .any(|w| GROUP_WORDS.contains(&w.folded))
    })
}

/// Whether a headline is about an auction: `aux enchères`, `Enchères : Ferrari California T`,
/// `adjugée 3 740 000 dollars`.
fn about_an_auction(headline: &str) -> bool {
    ["enchères", "Enchères", "ENCHÈRES", "adjugé"]
        .iter()
        .any(|word| headline.contains(word))
}

/// Whether a name holds a lower-case word past its first (`Fonderies de Bretagne`, `Rolls-Royce
/// plc`): it describes a company, and no product bears it, so `les Fonderies de Bretagne` is
/// the company where `les Renault` are cars.
fn a_descriptive_name(name: &str) -> bool {
    name.split_whitespace()
        .skip(1)
        .any(|word| word.chars().next().is_some_and(char::is_lowercase))
}

impl Matcher {
    pub fn new(gazetteer: &Gazetteer) -> Matcher {
        let mut patterns: FxHashMap<String, Vec<Pattern>> = FxHashMap::default();
        let mut arena = String::new();
        for (company, entry) in gazetteer.companies().iter().enumerate() {
            let group = entry.sector == "media" && is_a_group(entry);
            for name in &entry.names {
                let words = words_of(&name.text, &mut arena);
                let Some(first) = words.first() else { continue };
                let raw_first = name.text.trim_start();
                let leading_article =
                    usize::from(words.len() > 1 && is_in(first, List::NameArticles));
                let case = if raw_first.chars().next().is_some_and(char::is_uppercase) {
                    Case::Capitalized(leading_article)
                } else {
                    Case::Any
                };
                let trailing = name
                    .text
                    .trim_end()
                    .chars()
                    .last()
                    .filter(|c| matches!(c, '+' | '&' | '!'));
                let sector = &entry.sector;
                let pattern = Pattern {
                    acronym: words
                        .iter()
                        .map(|w| {
                            w.upper && w.folded.chars().filter(|c| c.is_alphabetic()).count() >= 2
                        })
                        .collect(),
                    gaps: words.iter().skip(1).map(|w| w.gap_before).collect(),
                    words: words.iter().map(|w| w.folded.to_string()).collect(),
                    case,
                    trailing,
                    company,
                    risk: name.risk,
                    media: sector == "media",
                    // `Le Figaro` is the newspaper even when the gazetteer files it under its
                    // group.
                    // `Twitter`, `YouTube`: a platform the news mostly writes in, flagged
                    // `outlet`, is judged like a newspaper.
                    outlet: name.risk.outlet
                        || (sector == "media"
                            && (!group || leading_article == 1 || first.definite)),
                    // A streamer or a studio is where a film is shown (`sur Netflix`).
                    platform: matches!(
                        sector.as_str(),
                        "internet" | "media" | "entertainment" | "software-services"
                    ),
                    maker: matches!(
                        sector.as_str(),
                        "automotive" | "luxury" | "hardware" | "aerospace-defence"
                    ) && !a_descriptive_name(&name.text),
                    retailer: matches!(sector.as_str(), "retail" | "restaurants" | "hotels"),
                    contracted: None,
                };
                if let Some(contracted) = pattern.contracted_form() {
                    patterns
                        .entry(contracted.words[0].clone())
                        .or_default()
                        .push(contracted);
                }
                patterns
                    .entry(first.folded.to_string())
                    .or_default()
                    .push(pattern);
            }
        }
        for list in patterns.values_mut() {
            list.sort_by_key(|p| std::cmp::Reverse(p.words.len()));
        }
        let mut lexicon = Lexicon::new(patterns);
        for noun in COMPANY_NOUNS {
            lexicon.entry(noun.to_string()).company_noun = true;
        }
        for form in LEGAL_FORMS {
            lexicon.entry(form.to_string()).legal_form = true;
        }
        let mut filter = KeyFilter::new();
        for (key, entry) in lexicon.iter() {
            for need in entry.needs() {
                filter.insert(key, need);
            }
        }
        for nationality in NATIONALITIES {
            filter.insert(nationality, Need::Nationality);
        }
        let mut seconds = SecondInitialsTable::new();
        for (key, entry) in lexicon.iter() {
            seconds.insert(key, entry.second_initials());
        }
        let mut media_words = KeyFilter::new();
        for word in MEDIA_INDUSTRY
            .iter()
            .chain(MEDIA_DEALS)
            .chain(MEDIA_RATINGS)
        {
            media_words.insert(word, Need::Nothing);
        }
        let (siblings, shared_names) = siblings(gazetteer);
        Matcher {
            lexicon,
            filter,
            seconds,
            media_words,
            sectors: gazetteer
                .companies()
                .iter()
                .map(|c| c.sector.clone())
                .collect(),
            groups: groups(gazetteer),
            siblings,
            shared_names,
        }
    }

    /// `Ventes records pour Rolls-Royce`, among carmakers: a shared name a cue confirmed is still
    /// the company of that name in the sector of the others the article names (Rolls-Royce
    /// Motor Cars, not the engine maker), when exactly one is; written in full
    /// (`Rolls-Royce Holdings`), it is that company.
    fn settle_confirmed_shared_names(
        &self,
        found: &mut Vec<(usize, String)>,
        kept: &mut FxHashSet<usize>,
    ) {
        let mut k = 0;
        while k < found.len() {
            let (company, written) = (found[k].0, &found[k].1);
            let shared = self.siblings.contains_key(&company)
                && self.shared_names.get(&fold_name(written)) == Some(&company);
            let sibling = shared
                .then(|| self.by_sector(company, found, Some(k)))
                .flatten()
                .filter(|&sibling| sibling != company);
            match sibling {
                Some(sibling) if kept.insert(sibling) => {
                    kept.remove(&company);
                    found[k].0 = sibling;
                }
                Some(_) => {
                    kept.remove(&company);
                    found.remove(k);
                    continue;
                }
                None => {}
            }
            k += 1;
        }
    }

    /// `Renault-Nissan-Mitsubishi`: a shared name the article does not settle stands for the
    /// company of that name in the sector of the companies it does name (`Mitsubishi Motors`
    /// among carmakers, `Hyundai` among carmakers for Hyundai Motor itself), when exactly one
    /// is.
    /// `skip` is an entry of `found` left out: the shared name's own.
    fn by_sector(
        &self,
        company: usize,
        found: &[(usize, String)],
        skip: Option<usize>,
    ) -> Option<usize> {
        let siblings = self.siblings.get(&company)?;
        let fits = |candidate: usize| {
            found.iter().enumerate().any(|(k, &(other, _))| {
                Some(k) != skip && self.sectors[other] == self.sectors[candidate]
            })
        };
        let mut fitting = std::iter::once(&company)
            .chain(siblings)
            .filter(|&&candidate| fits(candidate));
        let first = *fitting.next()?;
        fitting.next().is_none().then_some(first)
    }

    /// When `word`, followed by `next`, may be in the lexicon with what its names need (not for
    /// most words, told cheaply): the initials its names' second words may have, and the hash
    /// of the word as written, for [`Lexicon::of_written`].
    fn may_be_a_key(
        &self,
        word: &Written,
        next_capitalized: impl Fn() -> bool,
    ) -> Option<(SecondInitials, u64)> {
        let passes = |hash: u64| {
            let needs = self.filter.needs(hash);
            needs & Need::Nothing.bit() != 0
                || (word.capitalized && needs & Need::Capital.bit() != 0)
                || (needs & Need::CapitalNext.bit() != 0 && next_capitalized())
        };
        let raw = KeyFilter::hash_of(word.raw, word.ascii);
        // The key of an elided word is its folded core (`d’Alibaba`), or the whole word when
        // the apostrophe elides nothing (`aujourd'hui`): either may be the key, so the second
        // words of both count.
        let core = (word.core.len() != word.raw.len() && !word.core.is_empty())
            .then(|| KeyFilter::hash_of(word.core, word.core.is_ascii()));
        (passes(raw) || core.is_some_and(passes)).then(|| {
            let seconds = self.seconds.of(raw).0 | core.map_or(0, |core| self.seconds.of(core).0);
            (SecondInitials(seconds), raw)
        })
    }

    /// The lexicon entry of the word written `raw`, if any; `key` is scratch space.
    fn entry_of(&self, raw: &str, key: &mut String) -> Option<&LexiconEntry> {
        if is_simple(raw) {
            return self.lexicon.get(raw);
        }
        fold_key(raw, key);
        self.lexicon.get(key.as_str())
    }

    /// Reads `texts` once and returns what it found: gazetteer companies (indexes, in order of
    /// first mention, each with the words the text used for it) and guessed names. Evidence
    /// found in one text (a title) confirms names in another (the body).
    pub fn scan(&self, texts: &[&str]) -> Scan {
        // Company, verdict, and where it is named: which text, which bytes.
        let mut verdicts: Vec<Mention> = Vec::new();
        // Companies already judged companies here: another mention cannot change the answer,
        // so its context is not read (most mentions of a company in an article are repeats).
        let mut settled: Vec<usize> = Vec::new();
        let mut guessed: Vec<String> = Vec::new();
        let mut guessed_once: FxHashSet<String> = FxHashSet::default();
        let (mut scratch, mut candidates) = SCAN_BUFFERS.with_borrow_mut(std::mem::take);
        for (text_index, text) in texts.iter().enumerate() {
            // The first of several texts is the title.
            let headline = text_index == 0 && texts.len() > 1;
            candidate_words(text, &mut candidates);
            // Words before this byte are read: part of a name, or tried.
            let mut read = 0;
            let mut record = |found: Tried, read: &mut usize, settled: &mut Vec<usize>| {
                *read = (*read).max(found.end);
                if let Some(name) = found.guessed.filter(|n| !guessed_once.contains(n)) {
                    guessed_once.insert(name.clone());
                    guessed.push(name);
                }
                if let Some((company, Verdict::Company, _)) = &found.verdict {
                    if !settled.contains(company) {
                        settled.push(*company);
                    }
                }
                verdicts.extend(
                    found
                        .verdict
                        .map(|(company, verdict, name)| (company, verdict, text_index, name)),
                );
            };
            for &candidate in &candidates {
                if candidate.0 < read {
                    continue;
                }
                // `la Poste`, `la société américaine Lubrizol`: a word before a capitalised
                // one may start a name; not before a number (`en 2020`, `les 35 heures`).
                let number = text.as_bytes()[candidate.0..candidate.1]
                    .iter()
                    .all(u8::is_ascii_digit);
                // Nor when only spaces follow the words already read (`Emmanuel Macron`): the
                // word before was read, and so was any before it.
                let after_read = text.as_bytes()[read..candidate.0]
                    .iter()
                    .all(|b| matches!(b, b' ' | b'-' | b'\n'));
                if let Some(before) = (!number && !after_read)
                    .then(|| self.start_before(text, candidate.0, &mut scratch.key))
                    .flatten()
                    .filter(|w| w.0 >= read)
                {
                    read = before.1;
                    let next = Some(Some(candidate));
                    let tried = self.try_at(text, before, next, headline, &settled, &mut scratch);
                    if let Some(found) = tried {
                        record(found, &mut read, &mut settled);
                        if read > candidate.0 {
                            continue;
                        }
                    }
                }
                read = candidate.1;
                let tried = self.try_at(text, candidate, None, headline, &settled, &mut scratch);
                if let Some(found) = tried {
                    record(found, &mut read, &mut settled);
                }
            }
        }
        // A huge text must not keep its candidates' memory for the rest of the run.
        candidates.shrink_to(1 << 12);
        SCAN_BUFFERS.set((scratch, candidates));
        spelt_out_elsewhere(texts, &mut verdicts);
        self.trims_after_a_model(texts, &mut verdicts);
        self.confirm_in_lists(texts, &mut verdicts);
        self.media_in_lists(texts, &mut verdicts);
        // What the mentions said of each company, one bit per kind of verdict: a long text
        // may hold many mentions, so each is looked up, not searched for.
        let mut said: FxHashMap<usize, u16> = FxHashMap::default();
        for (company, verdict, _, _) in &verdicts {
            *said.entry(*company).or_default() |= 1 << *verdict as u16;
        }
        let verdict_of = |company: usize, verdict: Verdict| {
            said.get(&company)
                .is_some_and(|bits| bits & (1 << verdict as u16) != 0)
        };
        let confirmed = |company: usize| {
            verdict_of(company, Verdict::Company)
                || (verdict_of(company, Verdict::ShopOrChain)
                    && !verdict_of(company, Verdict::Venue))
                || (verdict_of(company, Verdict::CompanyUnlessPerson)
                    && !verdict_of(company, Verdict::Person))
        };
        // `les éditions du Figaro, des Echos et de 20 Minutes` in a story on the printing of
        // newspapers: the article's words say what the outlets are, where a clause cannot.
        // Studios and streamers named as companies count among the trade's players (`Téléfoot
        // et Netflix … sur le terrain de Canal+`).
        let outlets: FxHashSet<usize> = verdicts
            .iter()
            .filter(|v| {
                v.1 == Verdict::Outlet
                    || (v.1 == Verdict::Company && self.sectors[v.0] == "entertainment")
            })
            .map(|v| v.0)
            .collect();
        // `Le Parisien : nouvelle stratégie`, `Depuis 2015, Charlie Hebdo a changé de
        // dimension`: an outlet opening the headline's clause, in an article about the media
        // business, is the company whose business it is; not `Un sondage du Parisien`.
        let headlined: FxHashSet<usize> = verdicts
            .iter()
            .filter(|v| {
                texts.len() > 1 && v.1 == Verdict::Outlet && v.2 == 0 && {
                    let before = texts[0][..v.3.start].trim_end();
                    before.is_empty() || before.ends_with(',')
                }
            })
            .map(|v| v.0)
            .collect();
        // `AAP a lancé un financement … cessaient de soutenir AAP … AAP a été relancée`: an
        // outlet named again and again, in an article about the media business, is its subject.
        let mut outlet_mentions: FxHashMap<usize, usize> = FxHashMap::default();
        for v in verdicts.iter().filter(|v| v.1 == Verdict::Outlet) {
            *outlet_mentions.entry(v.0).or_default() += 1;
        }
        let subject = |company: &usize| outlet_mentions.get(company).is_some_and(|&n| n >= 3);
        let media_business =
            (outlets.len() >= 3 || !headlined.is_empty() || outlet_mentions.keys().any(subject))
                && self.about_the_media_business(texts);
        // `RM Sotheby's : les résultats d'Amelia Island`: the cars of an auction are lots for
        // sale; their makers count only if the headline names them (`Bonhams : Bugatti Type 55`)
        // or the article does more than once (the car it is about).
        let lots = self.lots_for_sale(texts, &verdicts);
        let mut found: Vec<(usize, String)> = Vec::new();
        let mut kept: FxHashSet<usize> = FxHashSet::default();
        for (company, verdict, text_index, name) in verdicts.iter() {
            let keep = match verdict {
                Verdict::Company => true,
                // `Marianne James … trop de Marianne`: where the article names a person so,
                // the bare name is hers, even in a story on television.
                Verdict::Outlet => {
                    (media_business
                        && (outlets.len() >= 3 || headlined.contains(company) || subject(company))
                        && !verdict_of(*company, Verdict::Person))
                        || confirmed(*company)
                }
                Verdict::CompanyUnlessPerson
                | Verdict::NeedsEvidence
                | Verdict::SharedName
                | Verdict::Venue
                | Verdict::ShopOrChain => confirmed(*company),
                Verdict::Person | Verdict::NotCompany | Verdict::Abbreviation => false,
            };
            if keep && kept.insert(*company) {
                found.push((*company, texts[*text_index][name.clone()].to_string()));
            }
        }
        self.settle_confirmed_shared_names(&mut found, &mut kept);
        let mut shared_seen: FxHashSet<usize> = FxHashSet::default();
        for (company, verdict, text_index, name) in verdicts.iter() {
            if *verdict != Verdict::SharedName
                || confirmed(*company)
                || !shared_seen.insert(*company)
            {
                continue;
            }
            let chosen = self
                .by_sector(*company, &found, None)
                .or_else(|| self.family_subject(texts, &verdicts, *company, &kept));
            if let Some(sibling) = chosen {
                if kept.insert(sibling) {
                    found.push((sibling, texts[*text_index][name.clone()].to_string()));
                }
            }
        }
        // After the shared names: a lot's make still tells the article's sector.
        found.retain(|(company, _)| !lots.contains(company));
        Scan { found, guessed }
    }

    /// `Hyundai dévoile la troisième génération de sa citadine`, `Lotus salue la mémoire de
    /// Stirling Moss`: a family's shared name (`Hyundai` for Hyundai Motor, Hyundai Mobis…) that
    /// opens the headline, or that the article names three times or more, is what the article
    /// is about, when the article names none of the family's other companies. That is the
    /// company bearing the name alone, unless the name is written as a car's (`une
    /// Rolls-Royce`, `Rolls-Royce Ghost`): then the family's carmaker. Not for acronyms (`les
    /// CDC`, `GE`): those are shared with public bodies and indices too.
    fn family_subject(
        &self,
        texts: &[&str],
        verdicts: &[Mention],
        company: usize,
        kept: &FxHashSet<usize>,
    ) -> Option<usize> {
        let siblings = self.siblings.get(&company)?;
        if siblings.iter().any(|sibling| kept.contains(sibling)) {
            return None;
        }
        let mentions = || verdicts.iter().filter(move |v| v.0 == company);
        let spelt_in_capitals = mentions().any(|v| in_capitals(&texts[v.2][v.3.clone()]));
        let opens_the_headline = mentions()
            .any(|v| texts.len() > 1 && v.2 == 0 && texts[0][..v.3.start].trim_end().is_empty());
        if spelt_in_capitals || !(opens_the_headline || mentions().count() >= 3) {
            return None;
        }
        let as_a_car = mentions().any(|v| written_as_a_car(texts[v.2], v.3.clone()));
        let mut carmakers = std::iter::once(&company)
            .chain(siblings)
            .filter(|&&member| self.sectors[member] == "automotive");
        match (as_a_car, carmakers.next(), carmakers.next()) {
            (true, Some(&carmaker), None) => Some(carmaker),
            _ => Some(company),
        }
    }

    /// `la Nissan GT-R Nismo`, `la Seat Leon Cupra`: a carmaker of a make's group, named right
    /// after that make and a model, is the model's trim, not a company of the article, whatever
    /// the cues around.
    fn trims_after_a_model(&self, texts: &[&str], verdicts: &mut [Mention]) {
        let automotive = |company: usize| self.sectors[company] == "automotive";
        for i in 1..verdicts.len() {
            let (make, trim) = (&verdicts[i - 1], &verdicts[i]);
            // A trim is the make's group's own (`Nismo` of Nissan), not a supplier's name in a
            // racing team's (`Audi Sport ABT Schaeffler`).
            let same_group = self.groups[make.0] == self.groups[trim.0];
            if make.2 != trim.2 || make.0 == trim.0 || !same_group || !automotive(trim.0) {
                continue;
            }
            let between = texts[trim.2].get(make.3.end..trim.3.start);
            if between.is_some_and(names_a_model) {
                verdicts[i].1 = Verdict::NotCompany;
            }
        }
    }

    /// `VW et Karmann`, `Honda, Ben & Jerry's, Patagonia`: a name waiting for evidence, listed
    /// right next to a company, is one too; then [`Matcher::by_sector`] may hand a family's name
    /// to the company of the family in the sector of the others. Not an acronym that families
    /// share: `les CDC et Pfizer` are the American agency and a drugmaker.
    fn confirm_in_lists(&self, texts: &[&str], verdicts: &mut [Mention]) {
        let confirmed = |v: &Mention| {
            matches!(
                v.1,
                Verdict::Company | Verdict::CompanyUnlessPerson | Verdict::ShopOrChain
            )
        };
        // `Lime, Bird, Bolt`: a name confirmed here confirms the one listed before it in turn,
        // so the list is read again until nothing changes.
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..verdicts.len() {
                let (company, verdict) = (verdicts[i].0, verdicts[i].1);
                // `Facebook, Twitter ou YouTube (Google)`: a platform the news mostly writes in,
                // listed with companies, is one of them.
                let platform = verdict == Verdict::Outlet && self.sectors[company] != "media";
                let acronym_of_a_family = self.siblings.contains_key(&company)
                    && in_capitals(&texts[verdicts[i].2][verdicts[i].3.clone()]);
                if !(matches!(verdict, Verdict::SharedName | Verdict::NeedsEvidence) || platform)
                    || acronym_of_a_family
                {
                    continue;
                }
                let beside_a_company = |earlier: usize, later: usize| {
                    let other = if earlier == i { later } else { earlier };
                    confirmed(&verdicts[other]) && listed_next(texts, verdicts, earlier, later)
                };
                let after_a_company =
                    (1..=2).any(|back| i.checked_sub(back).is_some_and(|k| beside_a_company(k, i)));
                let before_a_company = (1..=2)
                    .any(|ahead| i + ahead < verdicts.len() && beside_a_company(i, i + ahead));
                if after_a_company || before_a_company {
                    verdicts[i].1 = Verdict::Company;
                    changed = true;
                }
            }
        }
    }

    /// `sur Facebook, Twitter, Instagram ou WhatsApp`, `via les applications Teams, WhatsApp ou
    /// Facebook`: an online platform listed after one used as a medium is used so too. Not an
    /// outlet: `les abonnés à BeIn et Canal+` lists the first as a medium and the second as a
    /// seller.
    fn media_in_lists(&self, texts: &[&str], verdicts: &mut [Mention]) {
        let platform = |company: usize| {
            matches!(
                self.sectors[company].as_str(),
                "internet" | "software-services"
            )
        };
        for i in 1..verdicts.len() {
            let (previous, current) = (&verdicts[i - 1], &verdicts[i]);
            if previous.1 == Verdict::NotCompany
                && current.1 != Verdict::NotCompany
                && platform(previous.0)
                && platform(current.0)
                && listed_together(texts, previous, current)
            {
                verdicts[i].1 = Verdict::NotCompany;
            }
        }
    }

    /// The word before the one starting at `start` that may start a name because of it: the
    /// word right before (`la Poste`), or a company noun before adjectives of nationality (`la
    /// société américaine Lubrizol`).
    fn start_before(&self, text: &str, start: usize, key: &mut String) -> Option<Span> {
        let before = word_before(text, start)?;
        let needs_of = |(start, end, shape): Span| {
            self.filter
                .needs(KeyFilter::hash_of(&text[start..end], shape.ascii))
        };
        let before_needs = needs_of(before);
        let (mut word, mut needs) = (before, before_needs);
        for _ in 0..2 {
            if needs & Need::Nationality.bit() == 0 {
                break;
            }
            fold_key(&text[word.0..word.1], key);
            if lists_of(key) & List::Nationalities.bit() == 0 {
                break;
            }
            match word_before(text, word.0) {
                Some(earlier) => (word, needs) = (earlier, needs_of(earlier)),
                None => break,
            }
        }
        if let Some(noun) = self.noun_before_its_trade(text, word, key) {
            return Some(noun);
        }
        if word == before {
            // `de`, `et`, `à`: most words before a capital start no name, as the filter tells
            // from the hash just taken. The core of an elided word (`d’Air`) has a hash of its
            // own: [`Matcher::try_at`] looks at it.
            let names = Need::Nothing.bit() | Need::Capital.bit() | Need::CapitalNext.bit();
            return (before.2.apostrophe || before_needs & names != 0).then_some(before);
        }
        fold_key(&text[word.0..word.1], key);
        let noun = lists_of(key) & List::CompanyNouns.bit() != 0;
        Some(if noun { word } else { before })
    }

    /// The company noun before `de` and what the company does, when `last` ends that
    /// (`la société de biotechnologie Moderna`, `l'entreprise anglaise d'investissements Agenda
    /// Invest`): the guess starts there, and [`guess_at`] reads the words between.
    fn noun_before_its_trade(&self, text: &str, last: Span, key: &mut String) -> Option<Span> {
        let de = trade_phrase_start(text, last)?;
        self.noun_before(text, de, key)
    }

    /// The company noun right before the byte `at`, or before one or two adjectives of
    /// nationality before it (`la société américaine de biotechnologie`).
    fn noun_before(&self, text: &str, at: usize, key: &mut String) -> Option<Span> {
        let mut word = word_before(text, at)?;
        for _ in 0..3 {
            fold_key(&text[word.0..word.1], key);
            let lists = lists_of(key);
            if lists & List::CompanyNouns.bit() != 0 {
                return Some(word);
            }
            if lists & List::Nationalities.bit() == 0 {
                return None;
            }
            word = word_before(text, word.0)?;
        }
        None
    }

    /// Reads the words around `word`, if a name or a guessed one may start there: what the
    /// rules found, and where the words they used end. A name of a `settled` company is
    /// skipped without reading its context. `next` is the next word when the caller knows it.
    fn try_at(
        &self,
        text: &str,
        word: Span,
        next: Option<Option<Span>>,
        headline: bool,
        settled: &[usize],
        scratch: &mut Scratch,
    ) -> Option<Tried> {
        let Scratch {
            arena,
            key,
            ahead,
            window: around_spans,
            folded_at,
        } = scratch;
        let (start, end, shape) = word;
        let written = Written::new(&text[start..end], shape);
        // Most words are no key: the next word is read only for those that may be one (and for
        // the few keys that need a capital after them, once more after the filter).
        let read_next = || next.unwrap_or_else(|| next_word_shaped(text, end));
        let capital_next = || {
            read_next().is_some_and(|(s, e, shape)| Written::new(&text[s..e], shape).capitalized)
        };
        let (seconds, hash) = self.may_be_a_key(&written, capital_next)?;
        let next_span = read_next();
        let next = next_span.map(|(s, e, shape)| Written::new(&text[s..e], shape));
        // `à Paris`, `Il a`, `En 2019`: most words that start names go on with few second
        // words, told by their initial without looking the word up.
        if !seconds.may_go_on_with(&written, next.as_ref()) {
            return None;
        }
        // Most words have no apostrophe: their folded form is their key, found by their hash.
        let entry = if written.core.len() == written.raw.len() {
            self.lexicon.of_written(written.raw, hash, key)
        } else {
            self.entry_of(written.raw, key)
        }?;
        let separator = next_span.map_or("", |(s, _, _)| &text[end..s]);
        if !entry.may_start(&written, next.as_ref().map(|n| (separator, n))) {
            return None;
        }
        let guess_cue = entry.company_noun || entry.legal_form;
        // How many words the name may have: the rules read `after` words past it.
        let mut name_length = entry.longest;
        if !guess_cue && !entry.contracted {
            // Most candidates start no name: read the name's words first, the rest only if one
            // matches.
            // The names of several words that may start here are those whose second word is
            // the next one.
            let reach = match next_span {
                Some((s, e, shape)) => entry
                    .by_second_word(&text[s..e], shape, key)
                    .map(|list| entry.patterns[list[0]].words.len()),
                None => None,
            };
            // `Start-up` is read as `start startup` (see `second_half_of_start_up`).
            let start_up = next_span.is_some_and(|(s, e, _)| {
                second_half_of_start_up(Some(written.raw), &text[end..s], &text[s..e])
            });
            let found = match reach.or(start_up.then_some(1)) {
                Some(reach) => {
                    words_ahead(text, word, reach, ahead);
                    let words = words_in(text, ahead, 0..ahead.len(), false, arena, folded_at);
                    self.match_at(entry, &words, 0)
                        .map(|p| (p, words[0].span.start..words[p.words.len() - 1].span.end))
                }
                None if entry.single.is_empty() => return Some(Tried::nothing(end)),
                // Only a name of one word may start here, most often: the word tells alone.
                None => single_at(entry, text, word, arena),
            };
            match found {
                None => return Some(Tried::nothing(end)),
                // The same name as the full reading below would find (the words and their
                // separators are the same), unless a longer one follows its article.
                // A settled company is named again: what it is here is already known, and kept,
                // so that a name listed beside it finds a confirmed neighbour (`VW et Karmann`).
                Some((pattern, name))
                    if settled.contains(&pattern.company)
                        && pattern.case != Case::Capitalized(1) =>
                {
                    let end = name.end;
                    return Some(Tried {
                        verdict: Some((pattern.company, Verdict::Company, name)),
                        guessed: None,
                        end,
                    });
                }
                // The full reading finds this name again; `la Compagnie` may yet lose to a
                // longer name starting on its second word, read as far as before.
                Some((pattern, _)) if pattern.case != Case::Capitalized(1) => {
                    name_length = pattern.words.len()
                }
                Some(_) => {}
            }
        }
        let (before, after) = entry.context();
        // `l'Association des maires de Guyane (AMG)`: an acronym in brackets may abbreviate
        // more words than the rules otherwise read.
        let before = if text[..start].ends_with('(') {
            before.max(ACRONYM_CONTEXT)
        } else {
            before
        };
        let around = Words::around(text, start, before, name_length + after, around_spans);
        let window = around.at.saturating_sub(before)..around_spans.len();
        let at = around.at - window.start;
        let first_of_text = around.from_text_start && window.start == 0;
        let words = words_in(text, around_spans, window, first_of_text, arena, folded_at);
        let matched = self.match_at(entry, &words, at);
        // `Société Générale`: a cue that opens a gazetteer name introduces nothing.
        // `la société Ikea France`, `Porsche Leipzig GmbH`: a name opening with a gazetteer
        // company's is its subsidiary, found as that company, not guessed.
        let guessed = (guess_cue && matched.is_none_or(|p| p.words.len() == 1))
            .then(|| guess_at(&words, at, text))
            .flatten()
            .filter(|(first, _)| !self.opens_with_a_known_name(&words, *first, text, key))
            .map(|(_, name)| name);
        let (verdict, end) = match matched {
            // `la Compagnie du Mont-Blanc`: a longer name after the article wins.
            Some(pattern) if self.longer_after_article(pattern, &words, at) => (None, end),
            Some(pattern) => {
                let last = at + pattern.words.len() - 1;
                // A car sold at auction is a lot, even in a headline.
                let opens_a_headline = headline && first_of_text && !about_an_auction(text);
                let verdict = judge(&words, at, pattern, opens_a_headline);
                (
                    Some((
                        pattern.company,
                        verdict,
                        words[at].span.start..words[last].span.end,
                    )),
                    words[last].span.end,
                )
            }
            None => (None, end),
        };
        Some(Tried {
            verdict,
            guessed,
            end,
        })
    }

    /// Whether the words from `first` on start with a name of the gazetteer that is no common
    /// word and no name shared by several companies (`Mitsui OSK Lines` is not Mitsui's);
    /// `key` is scratch space.
    fn opens_with_a_known_name(
        &self,
        words: &[Word],
        first: usize,
        text: &str,
        key: &mut String,
    ) -> bool {
        let raw = &text[words[first].span.clone()];
        self.entry_of(raw, key)
            .and_then(|entry| self.match_at(entry, words, first))
            .is_some_and(|pattern| !pattern.risk.word && !pattern.risk.generic)
    }

    /// The carmakers an article about an auction names once (not counting the mentions that
    /// are cars already), and not in its headline: the makers of lots for sale.
    fn lots_for_sale(&self, texts: &[&str], verdicts: &[Mention]) -> FxHashSet<usize> {
        let make = |company: usize| self.sectors[company] == "automotive";
        if !verdicts.iter().any(|v| make(v.0)) || !self.an_auction(texts, verdicts) {
            return FxHashSet::default();
        }
        // Mentions that may count: `modèles Chevrolet`, `une Chevrolet` are cars already, or
        // wait for evidence as they are. (Once a company is confirmed, its later mentions are
        // not judged again, so they all count.)
        let mut mentions: FxHashMap<usize, usize> = FxHashMap::default();
        for v in verdicts
            .iter()
            .filter(|v| !matches!(v.1, Verdict::NotCompany | Verdict::NeedsEvidence))
        {
            *mentions.entry(v.0).or_default() += 1;
        }
        // Written in the headline, under a shared name too (`Rolls-Royce`).
        let headlined: FxHashSet<usize> = verdicts
            .iter()
            .filter(|v| texts[0].contains(&texts[v.2][v.3.clone()]))
            .map(|v| v.0)
            .collect();
        mentions
            .into_iter()
            .filter(|&(company, n)| n == 1 && make(company) && !headlined.contains(&company))
            .map(|(company, _)| company)
            .collect()
    }

    /// Whether the article is about an auction: an auction house is named as a company, or
    /// the headline speaks of bids (`aux enchères`, `adjugée 500 000 dollars`).
    fn an_auction(&self, texts: &[&str], verdicts: &[Mention]) -> bool {
        (texts.len() > 1 && about_an_auction(texts[0]))
            || verdicts
                .iter()
                .any(|v| v.1 == Verdict::Company && self.sectors[v.0] == "auctions")
    }

    /// Whether an article is about the media business: at least three distinct words of the
    /// trade (`quotidien`, `rédaction`, `journalistes`, `audiences`) and three of deals, money or
    /// jobs (`rachat`, `actionnaire`, `salariés`) or of ratings (`téléspectateurs`,
    /// `Médiamétrie`). Read only for articles naming an outlet that is neither cited nor near
    /// such words: most articles are not read whole.
    fn about_the_media_business(&self, texts: &[&str]) -> bool {
        let mut key = String::new();
        let mut industry: Vec<&'static str> = Vec::new();
        let mut deals: Vec<&'static str> = Vec::new();
        let mut ratings: Vec<&'static str> = Vec::new();
        for text in texts {
            let mut cursor = 0;
            while let Some((start, end, shape)) = next_word_shaped(text, cursor) {
                cursor = end;
                // The listed words are 4 to 16 letters long (20 bytes with accents); most words
                // are none of them, which the bit sets say without folding or hashing.
                let raw = &text[start..end];
                // `l'audience`, `d'actionnaires`: the word after the elided article.
                let core = match shape.apostrophe {
                    true => &raw[after_apostrophe(raw)..],
                    false => raw,
                };
                if !(4..=20).contains(&core.len())
                    || !self
                        .media_words
                        .may_hold(core, core.is_ascii(), Need::Nothing)
                {
                    continue;
                }
                fold_key(raw, &mut key);
                let lists = lists_of(&key);
                for (list, seen) in [
                    (List::MediaIndustry, &mut industry),
                    (List::MediaDeals, &mut deals),
                    (List::MediaRatings, &mut ratings),
                ] {
                    if lists & list.bit() != 0 {
                        if let Some(word) = list.words().iter().find(|w| **w == key.as_str()) {
                            if !seen.contains(word) {
                                seen.push(word);
                            }
                        }
                    }
                }
                if industry.len() >= 3 && (deals.len() >= 3 || ratings.len() >= 3) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether `pattern`, matched at `at` with a leading article (`La Compagnie`), is beaten by a
    /// longer name starting on the next word (`Compagnie du Mont-Blanc`).
    fn longer_after_article(&self, pattern: &Pattern, words: &[Word], at: usize) -> bool {
        if pattern.case != Case::Capitalized(1) {
            return false;
        }
        let end = at + pattern.words.len();
        words
            .get(at + 1)
            .and_then(|next| self.lexicon.get(next.folded))
            .and_then(|entry| self.match_at(entry, words, at + 1))
            .is_some_and(|longer| at + 1 + longer.words.len() > end)
    }

    fn match_at<'e>(
        &self,
        entry: &'e LexiconEntry,
        words: &[Word],
        i: usize,
    ) -> Option<&'e Pattern> {
        let next = words.get(i + 1).map(|w| w.folded);
        entry.candidates(next).find(|pattern| {
            let Some(window) = words.get(i..i + pattern.words.len()) else {
                return false;
            };
            if let Case::Capitalized(k) = pattern.case {
                if !window[k].capitalized {
                    return false;
                }
            }
            if pattern.trailing.is_some() && window[window.len() - 1].trailing != pattern.trailing {
                return false;
            }
            if let Some(contractions) = pattern.contracted {
                let article = i.checked_sub(1).map(|k| &words[k]);
                if !article.is_some_and(|a| is_in(a, contractions))
                    || !window[0].plain_space_before
                    || window[0].sentence_start
                {
                    return false;
                }
            }
            window.iter().enumerate().all(|(k, word)| {
                word.folded == pattern.words[k]
                    && (!pattern.acronym[k]
                        || word.upper
                        || (pattern.words.len() > 1 && word.capitalized))
                    && (k == 0 || (word.gap_before == pattern.gaps[k - 1] && !word.sentence_start))
            })
        })
    }
}

impl Word<'_> {
    fn upper_or_capitalized(&self) -> bool {
        self.upper || self.capitalized
    }

    /// Holds a digit, as model names do (`A4`, `911`, `XJ220`).
    fn holds_a_digit(&self) -> bool {
        self.folded.bytes().any(|b| b.is_ascii_digit())
    }

    /// Digits only: a count (`12 Rolls-Royce`) or a year (`En 2019`).
    fn is_a_number(&self) -> bool {
        !self.folded.is_empty() && self.folded.bytes().all(|b| b.is_ascii_digit())
    }

    /// Four digits: a year, no model (`En 2019, Toyota`).
    fn is_a_year(&self) -> bool {
        self.folded.len() == 4 && self.is_a_number()
    }

    /// Glued to the word before by a hyphen: `Renault-Nissan`, `AP-HP`.
    fn hyphenated(&self) -> bool {
        self.gap_before == Gap::Space && !self.plain_space_before
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_of_one_word_is_told_from_the_word_as_from_its_reading_in_full() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        let text = "L’AFP, l'Oréal et TOTAL. Total, d’Orange ; SNCF: Free (Iliad) 3M eBay \
                    APPLE Apple. Bouygues-Telecom LVMH's BNP Paribas Renault, Nissan; AIRBUS \
                    Nestlé S.A. Start-up Orange.fr Danone » «Carrefour» Vinci FNAC Fnac. Edf \
                    EDF Sfr SFR Axa AXA Bic BIC Bp BP Psa PSA Ibm IBM Seb SEB Gap GAP Sanofi.";
        let (mut key, mut arena, mut folded_at) = (String::new(), String::new(), Vec::new());
        let (mut ahead, mut scratch) = (Vec::new(), String::new());
        let mut tried = 0;
        for word in word_spans(text) {
            let Some(entry) = matcher.entry_of(&text[word.0..word.1], &mut key) else {
                continue;
            };
            let next = next_word_shaped(text, word.1);
            if entry.contracted
                || next.is_some_and(|(s, e, shape)| {
                    entry.by_second_word(&text[s..e], shape, &mut key).is_some()
                })
            {
                continue;
            }
            words_ahead(text, word, 1, &mut ahead);
            let words = words_in(
                text,
                &ahead,
                0..ahead.len(),
                false,
                &mut arena,
                &mut folded_at,
            );
            let read = matcher
                .match_at(entry, &words, 0)
                .map(|p| (p.company, words[0].span.clone()));
            let told =
                single_at(entry, text, word, &mut scratch).map(|(p, name)| (p.company, name));
            assert_eq!(told, read, "{}", &text[word.0..word.1]);
            tried += 1;
        }
        assert!(tried >= 20, "{tried}");
    }

    #[test]
    fn every_word_of_the_lexicon_is_found_as_the_text_writes_it() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        let mut key = String::new();
        let mut found = 0;
        for (word, entry) in matcher.lexicon.iter() {
            assert!(std::ptr::eq(matcher.lexicon.get(word).unwrap(), entry));
            for written in [word.to_string(), capitalize(word), word.to_uppercase()] {
                let Some((_, _, shape)) = next_word_shaped(&written, 0) else {
                    continue;
                };
                if shape.apostrophe {
                    continue;
                }
                let hash = KeyFilter::hash_of(&written, shape.ascii);
                let got = matcher.lexicon.of_written(&written, hash, &mut key);
                assert!(got.is_some_and(|got| std::ptr::eq(got, entry)), "{written}");
                found += 1;
            }
        }
        assert!(found > 20_000, "{found}");
        // Words that start no name, and names' words with a letter changed or added.
        for written in ["Gouvernement", "Sociétaire", "Totale", "Renaul", "AIRBUS1"] {
            let hash = KeyFilter::hash_of(written, written.is_ascii());
            let got = matcher.lexicon.of_written(written, hash, &mut key);
            assert!(got.is_none(), "{written}");
        }
    }

    #[test]
    fn a_second_word_is_found_however_the_text_writes_it() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        let mut key = String::new();
        for (first, second) in [
            ("la", "Poste"),
            ("la", "POSTE"),
            ("societe", "Générale"),
            ("societe", "GÉNÉRALE"),
            ("societe", "generale"),
            ("credit", "Agricole"),
        ] {
            let entry = matcher.lexicon.get(first).unwrap();
            let (start, end, shape) = next_word_shaped(second, 0).unwrap();
            assert_eq!((start, end), (0, second.len()));
            assert!(
                entry.by_second_word(second, shape, &mut key).is_some(),
                "{first} {second}"
            );
        }
        let la = matcher.lexicon.get("la").unwrap();
        let (_, _, shape) = next_word_shaped("Gendarmerie", 0).unwrap();
        assert!(la.by_second_word("Gendarmerie", shape, &mut key).is_none());
    }

    #[test]
    fn second_initials_let_through_every_word_a_name_may_start_at() {
        let matcher = Matcher::new(&super::super::builtin_gazetteer());
        // Every key of the lexicon, written as a text may write it, then followed by words of
        // every kind of initial: letters, a digit, a folded capital, one no table folds, an
        // elided word, a hyphen, the end of the text.
        let nexts = [
            "Sole",
            "a",
            "Ça",
            "24",
            "Énergie",
            "ßtadt",
            "d'Auto",
            "l’Oréal",
            "-Gobain",
            "",
            "Ωmega",
        ];
        let (mut key, mut rejected, mut names_kept) = (String::new(), 0, 0);
        for (folded, entry) in matcher.lexicon.iter() {
            let capitalized = capitalize(folded);
            for first in [folded, &capitalized] {
                for next in nexts {
                    let text = format!("{first} {next}");
                    let text = text.trim_end();
                    let (start, end, shape) = next_word_shaped(text, 0).unwrap();
                    let written = Written::new(&text[start..end], shape);
                    let next_span = next_word_shaped(text, end);
                    let next_word = next_span.map(|(s, e, shape)| Written::new(&text[s..e], shape));
                    let Some((seconds, _)) =
                        matcher.may_be_a_key(&written, || next_word.is_some_and(|w| w.capitalized))
                    else {
                        continue;
                    };
                    let separator = next_span.map_or("", |(s, _, _)| &text[end..s]);
                    let may_start = matcher.entry_of(written.raw, &mut key).is_some_and(|e| {
                        std::ptr::eq(e, entry)
                            && e.may_start(&written, next_word.as_ref().map(|n| (separator, n)))
                    });
                    let goes_on = seconds.may_go_on_with(&written, next_word.as_ref());
                    assert!(goes_on || !may_start, "{text:?}");
                    rejected += usize::from(!goes_on);
                    names_kept += usize::from(may_start);
                }
            }
        }
        // The test must see both answers many times.
        assert!(
            rejected > 10_000 && names_kept > 10_000,
            "{rejected} {names_kept}"
        );
    }

    fn capitalize(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }

    #[test]
    fn the_key_filter_finds_a_key_however_it_is_written() {
        let mut filter = KeyFilter::new();
        for key in [
            "societe",
            "oeuvre",
            "airbus",
            "aujourd'hui",
            "ab1234567890cdef",
        ] {
            filter.insert(key, Need::Capital);
        }
        for written in [
            "Société",
            "SOCIÉTÉ",
            "Œuvre",
            "AIRBUS",
            "aujourd’hui",
            "AB1234567890cdef",
        ] {
            let ascii = written.is_ascii();
            assert!(filter.may_hold(written, ascii, Need::Capital), "{written}");
            assert!(!filter.may_hold(written, ascii, Need::Nothing), "{written}");
        }
        // Read whole (ASCII) or letter by letter (folded), a key of any length hashes the same.
        for length in 1..=17 {
            let mut filter = KeyFilter::new();
            filter.insert(&format!("e{}", "x".repeat(length - 1)), Need::Nothing);
            let written = format!("É{}", "X".repeat(length - 1));
            assert!(filter.may_hold(&written, false, Need::Nothing), "{written}");
        }
        // Words sharing length, first, second and last letters with a key, which an earlier
        // filter let through.
        for other in ["Sociale", "Airbag", "Macron"] {
            assert!(!filter.may_hold(other, true, Need::Capital), "{other}");
        }
    }
}
