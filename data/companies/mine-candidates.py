#!/usr/bin/env python3
"""List names that French news introduces as companies but the gazetteer does not know.

Used to extend data/companies/*.tsv where it matters most: the companies French general news
actually writes about. A name is a candidate when it follows a company noun ("la société X",
"l'enseigne X", "le constructeur X", "l'institut X"...) or what only a company has ("le PDG de
X", "les salariés d'X", "une filiale de X"), or precedes what only a company does ("X a racheté",
"X emploie") or a legal form ("X SA"), and is
not already a name of the gazetteer. Candidates are counted in distinct articles; a person then
decides, for each, whether it is a company and writes its entry by hand (country, sector,
aliases, risky names). The script only points at names: it writes nothing into the gazetteer.

Articles of the labelled test sets (tests/data/company-labels*.tsv) are left out, so that the
measured recall says how the gazetteer does on articles it was not built from.

With --lists, the candidates are instead the names a list puts next to a known company
("Adidas, Puma, Levis, Coca-Cola", "Abivax, Innate Pharma, Inotrem et Osivax") and the names
said to belong to one ("Decca, filiale d'Universal Music"): news lists companies with companies,
but also people with people, so far more of these are not companies, and a person decides.

Usage: python3 data/companies/mine-candidates.py CORPUS.jsonl.gz [MIN_ARTICLES] [--lists]
Output: articles<TAB>name<TAB>cue<TAB>one context (for the person deciding; not kept).
"""
import collections
import glob
import gzip
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

CUES = (
    "société|entreprise|groupe|enseigne|marque|constructeur|compagnie|opérateur|laboratoire|"
    "start-up|startup|firme|cabinet|institut|banque|assureur|coopérative|fabricant|distributeur|"
    "pme|filiale|chaîne|quotidien|journal|hebdomadaire|magazine|radio|site|plateforme|"
    "application|agence|géant|spécialiste|leader|équipementier|transporteur|maison|éditeur|"
    "brasseur|volailler|abattoir|holding|sous-traitant|concurrent|rival|chantiers?|"
    "transporteur|armateur|industriel|laboratoires|fonds|promoteur|fournisseur|loueur|"
    "mutuelle|courtier|sondeur|chimiste|sidérurgiste|papetier|verrier|semencier|"
    "producteur|négociant|biscuiterie|fromagerie|laiterie|conserverie|minoterie|"
    "magasins?|hypermarchés?|supermarchés?|boutiques?"
)
NATIONALITY = r"(?:(?:française|français|américaine|américain|chinoise|chinois|britannique|" \
    r"allemande|allemand|japonaise|japonais|suisse|italienne|italien|espagnole|espagnol|" \
    r"néerlandaise|néerlandais|suédoise|suédois|belge|russe|canadienne|canadien|" \
    r"coréenne|coréen|indienne|indien|familiale|familial|aérienne|pharmaceutique|" \
    r"automobile|bretonne|breton|normande|normand|alsacienne|alsacien|lyonnaise|lyonnais|" \
    r"régionale|régional|low-cost|spécialisée|spécialisé|de sondages?|d'études|de conseil|" \
    r"d'audit|de presse|de télévision|de distribution|de vêtements|de chaussures)\s+)*"
WORD = r"[A-ZÉÈÊÀÂÎÔÛÇ][\w’'&.\-]*"
NAME = rf"{WORD}(?:\s(?:&\s)?(?:(?:de|du|des|la|le|et)\s)?{WORD}){{0,3}}"
AFTER_CUE = re.compile(
    rf"(?i:\b(?:{CUES}))\s+{NATIONALITY}(?P<name>{NAME})"
)
# `le PDG de X`, `les salariés d'X`: the people and places only a company has.
OF_A_COMPANY = re.compile(
    r"(?i:\b(?:pdg|patron|patronne|directeur général|directrice générale|président-directeur "
    r"général|fondateur|fondatrice|cofondateur|cofondatrice|salariés|employés|actionnaires|"
    r"usine|usines|filiale|siège social)\s(?:de\s|du\s|d'|d’))"
    rf"(?P<name>{NAME})"
)
# `X a racheté`, `X emploie`: what only a company does, right after its name (places and people
# come out too, and a person decides).
BEFORE_AN_ACT = re.compile(
    rf"(?<![\w.])(?P<name>{NAME}),?\s(?:qui\s)?(?:(?:a|avait|va)\s(?:racheté|acquis|levé|investi|"
    r"licencié|embauché|recruté|ouvert|fermé|vendu|cédé|signé|lancé|commercialisé)|rachète|lève|"
    r"licencie|recrute|emploie|commercialise|fabrique|produit|exporte|distribue)\b"
)
BEFORE_FORM = re.compile(rf"(?P<name>{NAME})\s(?:SA|SAS|SARL|Inc\.?|Ltd|GmbH|AG|NV|SpA|plc|LLC|Corp\.?)\b")
LIST = re.compile(rf"(?P<first>{NAME})(?P<rest>(?:,\s{NAME})*)(?:,?\s(?:et|ou)\s(?P<last>{NAME}))?")
OWNED = re.compile(
    rf"(?P<name>{NAME}),\s(?:une\s|la\s|sa\s|l'|l’)?(?:filiale|propriété|marque|division|branche)"
    rf"\s(?:de\s|du\s|d'|d’)(?P<owner>{NAME})"
)
STOP = {
    "le", "la", "les", "un", "une", "des", "du", "de", "ce", "cette", "il", "elle", "en", "et",
    "mais", "selon", "pour", "dans", "sur", "au", "aux", "france", "paris", "europe", "etat",
    "l'etat", "gouvernement", "president", "ministre", "la france",
}


def fold(text):
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", " ", text).strip(" .,'")


def known_names():
    names = set()
    for path in glob.glob(os.path.join(HERE, "*.tsv")):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            for col in cols[:3]:
                for name in col.split("|"):
                    if name.strip():
                        names.add(fold(name.split("@")[0]))
    return names


def labelled_ids():
    ids = set()
    for path in glob.glob(os.path.join(ROOT, "tests", "data", "company-labels*.tsv")):
        for line in open(path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                ids.add(line.split("\t")[0].strip())
    return ids


def trim(name):
    # "Renault Trucks" stays; "Renault. Le" cannot happen (no sentence end inside NAME), but a
    # trailing article or preposition can.
    words = name.rstrip(".’'").split()
    while words and words[-1].lower() in {"de", "du", "des", "la", "le", "et", "&"}:
        words.pop()
    return " ".join(words)


def after_cues(text, known):
    """(name, cue, match) for each name a company noun or a legal form introduces."""
    for pattern in (AFTER_CUE, OF_A_COMPANY, BEFORE_AN_ACT, BEFORE_FORM):
        for match in pattern.finditer(text):
            words = match.group(0).split()
            cue = words[-1] if pattern is BEFORE_AN_ACT else words[0]
            yield trim(match.group("name")), cue, match


def beside_companies(text, known):
    """(name, cue, match) for each name listed with a known company or said to belong to one."""
    for match in LIST.finditer(text):
        items = [match.group("first")] + [i for i in match.group("rest").split(", ") if i]
        items += [match.group("last")] if match.group("last") else []
        # A name may hold `et` (`Procter et Gamble`), so `LCI et RTL` comes out as one item.
        items = [part for item in items for part in re.split(r"\s(?:et|ou)\s", item)]
        if len(items) > 1 and any(fold(trim(item)) in known for item in items):
            for item in items:
                yield trim(item), "list", match
    for match in OWNED.finditer(text):
        if fold(trim(match.group("owner"))) in known:
            yield trim(match.group("name")), "owned", match


def main():
    arguments = [a for a in sys.argv[1:] if a != "--lists"]
    corpus = arguments[0]
    minimum = int(arguments[1]) if len(arguments) > 1 else 2
    candidates = beside_companies if "--lists" in sys.argv else after_cues
    known, skip = known_names(), labelled_ids()
    articles = collections.Counter()
    example = {}
    cue_of = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if str(record.get("id")) in skip:
                continue
            text = " ".join(str(record.get(f) or "") for f in ("title", "heading", "article"))
            seen = set()
            for name, cue, match in candidates(text, known):
                key = fold(name)
                if not name or key in STOP or key in known or key in seen:
                    continue
                # A longer name whose first words are a known company is a subsidiary or a
                # product line: still worth a look, so it is kept.
                seen.add(key)
                articles[key] += 1
                if key not in example:
                    start, end = match.span()
                    example[key] = (name, text[max(0, start - 60):end + 40].replace("\n", " "))
                    cue_of[key] = cue
    for key, count in articles.most_common():
        if count < minimum:
            break
        name, context = example[key]
        print(f"{count}\t{name}\t{cue_of[key]}\t{context}")


if __name__ == "__main__":
    main()
