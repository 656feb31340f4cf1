#!/usr/bin/env python3
"""Sample 120 OrangeSum articles for the hand-labelled company test set.

Used to build tests/data/company-labels.tsv (article-level company labels, used to
measure precision and recall of company recognition). Python 3 standard library only.

Usage:
    python3 tests/data/company-labels-sample.py [/path/to/orangesum.jsonl.gz]

Default source: /work/shared/corpora/orangesum.jsonl.gz (36,152 French news articles,
JSON Lines with fields id, date, title, heading, article, url, section). The corpus has
no economy section, so business stories are found by content:

1. Every article gets a business score computed on title + heading + article
   (lower-cased): for each business cue in CUES below (weighted regular expression,
   word-bounded), the number of matches, capped at 3 per cue, times the cue's weight
   is added; matches in the title or heading count double. The score therefore rewards
   articles with many *different* business cues rather than one word repeated.
2. Articles are ranked by score (descending, ties broken by id ascending); the top
   TOP_N (2,000) form the business pool. BUSINESS_N (90) articles are drawn from this
   pool with random.Random(SEED).sample.
3. RANDOM_N (30) more articles are drawn uniformly, with the same generator, from all
   remaining articles of the corpus (the 90 business ones excluded; the random draw may
   include pool articles not chosen in step 2).
4. The ids are printed one per line: first the 90 business articles (in draw order),
   then the 30 random ones (in draw order). This is the order of the labels file.

Deterministic: same corpus + same SEED -> same ids.

`--set 2` draws the second, smaller set (tests/data/company-labels-2.tsv): 45 business and 15
random articles with SEED_2, none of them in the first set. It was drawn and labelled after the
gazetteer had been tuned on the first set, to measure recognition on articles nobody tuned it on.
`--set 3` draws a third set of the same shape with SEED_3, none of them in the first two, for the
same reason once the second set had been looked at.
`--set 4` draws a fourth set of the same shape with SEED_4, none of them in the first three sets
nor among the articles of the facet audits (tests/data/facet-audits.tsv), whose errors had been
read: a blind measure of the recognition tuned on everything before it.
`--set 5` draws a fifth set of the same shape with SEED_5, none of them in the first four sets,
the media development set (company-labels-media.tsv), the six facet audits or the missed audit:
set 4 had been consulted for every change of a session.
`--set 6` draws a sixth set of the same shape with SEED_6, none of them in the first five sets,
the media development set, the nine facet audits or the missed audit: drawn at the end of the
session that wrote audit 9, to measure its rules on articles nobody had read.
`--set 7` draws a seventh set of the same shape with SEED_7, none of them in the first six sets,
the media development set, the ten facet audits or the missed audit: drawn in the session that
wrote audit 10, for the same reason.
`--set 8` draws an eighth set of the same shape with SEED_8, none of them in the first seven sets,
the media development set, the eleven facet audits or the missed audit: drawn in the session that
wrote audit 11, for the same reason.
`--set 9` draws a ninth set of the same shape with SEED_9, none of them in the first eight sets,
the media development set, the eleven facet audits or the missed audit: a development set, drawn
so that the errors of a set nobody had tuned on could be read without unsealing a blind one.
`--set 10` draws a tenth set of the same shape with SEED_10, none of them in the first nine sets,
the media development set, the eleven facet audits or the missed audit: measured once as drawn
(blind), then a development set, as set 9 was.
`--set 11` draws an eleventh set of the same shape with SEED_11, none of them in the first ten
sets, the media development set, the eleven facet audits or the missed audit: measured once as
drawn (blind), then a development set, as sets 9 and 10 were.
`--set 12` draws a twelfth set of the same shape with SEED_12, none of them in the first eleven
sets, the media development set, the eleven facet audits or the missed audit: measured once as
drawn (blind), then a development set, as sets 9 to 11 were.
`--set 13` to `--set 30` draw eighteen more sets of the same shape with SEED_13 to SEED_30 (sets
28 on from a business pool of the 4,000 best scored, TOP_N_LATER, the 2,000 being nearly used up), each
with none of the sets before it, the media development set, the facet audits (eleven for set 13,
twelve from set 14 on, thirteen from set 20 on, fourteen for set 23, fifteen for set 24, sixteen
for set 25, seventeen for set 26, eighteen for set 27, nineteen for set 28, twenty for set 29, twenty-seven and the guess audit for set 30) or the missed audit, for
the same reason.
"""
import gzip
import json
import random
import re
import sys

SEED = 20240611
TOP_N = 2000
# From set 28 on the first 2,000 hold too few articles no set or audit has taken: the pool grows
# to the 4,000 best scored.
TOP_N_LATER = 4000
BUSINESS_N = 90
RANDOM_N = 30
SEED_2 = 20261126
BUSINESS_N_2 = 45
RANDOM_N_2 = 15
SEED_3 = 20261127
SEED_4 = 20261130
SEED_5 = 20261206
SEED_6 = 20261228
SEED_7 = 20261229
SEED_8 = 20261231
SEED_9 = 20270101
SEED_10 = 20270102
SEED_11 = 20270103
SEED_12 = 20270104
SEED_13 = 20270105
SEED_14 = 20270107
SEED_15 = 20270108
SEED_16 = 20270109
SEED_17 = 20270110
SEED_18 = 20270111
SEED_19 = 20270112
SEED_20 = 20270114
SEED_21 = 20270116
SEED_22 = 20270118
SEED_23 = 20270120
SEED_24 = 20270122
SEED_25 = 20270124
SEED_26 = 20270126
SEED_27 = 20270128
SEED_28 = 20270130
SEED_29 = 20270204
SEED_30 = 20270206
# Sets 9 on, in order: a new set is a new seed here, and `--set` takes it at once.
LATER_SEEDS = [SEED_9, SEED_10, SEED_11, SEED_12, SEED_13, SEED_14, SEED_15, SEED_16, SEED_17,
               SEED_18, SEED_19, SEED_20, SEED_21, SEED_22, SEED_23, SEED_24,
               SEED_25, SEED_26, SEED_27, SEED_28, SEED_29, SEED_30]
LAST_SET = 8 + len(LATER_SEEDS)
# The last facet audit each later set leaves out, where it differs from the set before: an audit
# added after a set was drawn must not move it.
AUDITS_BEFORE_SET = {14: 12, 20: 13, 23: 14, 24: 15, 25: 16, 26: 17, 27: 18, 28: 19, 29: 20, 30: 27}
HERE = __file__.rsplit("/", 1)[0] + "/" if "/" in __file__ else ""
AUDITS = HERE + "facet-audits.tsv"

# Business cues: (weight, lower-case regular expression), matched with \b word boundaries.
# Strong cues (3) are rarely used outside business news; weak ones (1) are frequent in
# politics too ("groupe" parlementaire, "marché" de Noël), so they only tip the balance.
CUES = [
    (3, r"pdg"),
    (3, r"directeurs? g[ée]n[ée]ra(?:l|ux)"),
    (3, r"directrice g[ée]n[ée]rale"),
    (3, r"chiffres? d'affaires"),
    (3, r"b[ée]n[ée]fices?"),
    (3, r"rachats?"),
    (3, r"rach[eè]t(?:e|er|é|ée|ent)"),
    (3, r"actionnaires?"),
    (3, r"bourse"),
    (3, r"licenciements?"),
    (3, r"plans? sociaux"),
    (3, r"plan social"),
    (3, r"filiales?"),
    (3, r"suppressions? de postes?"),
    (2, r"usines?"),
    (2, r"constructeurs?"),
    (2, r"op[ée]rateurs?"),
    (2, r"banques?"),
    (2, r"milliards? d'euros"),
    (2, r"salari[ée]s?"),
    (2, r"actions"),
    (2, r"soci[ée]t[ée]s?"),
    (2, r"fusions?"),
    (2, r"concurrents?"),
    (2, r"enseignes?"),
    (2, r"compagnies?"),
    (2, r"clients?"),
    (1, r"entreprises?"),
    (1, r"groupes?"),
    (1, r"march[ée]s?"),
    (1, r"millions? d'euros"),
]
CUE_RES = [(w, re.compile(r"\b" + c + r"\b")) for w, c in CUES]


def score(rec):
    head = ((rec.get("title") or "") + " " + (rec.get("heading") or "")).lower()
    body = (rec.get("article") or "").lower()
    total = 0
    for weight, rx in CUE_RES:
        total += weight * (2 * min(len(rx.findall(head)), 3) + min(len(rx.findall(body)), 3))
    return total


def draw(scored, seed, business_n, random_n, excluded, top_n=TOP_N):
    pool = sorted(i for _, i in scored[:top_n] if i not in excluded)
    rng = random.Random(seed)
    business = rng.sample(pool, business_n)
    chosen = set(business) | excluded
    rest = sorted(i for _, i in scored if i not in chosen)
    return business + rng.sample(rest, random_n)


def column_ids(path, audit_column, last_audit):
    """The article ids of a data file: its first column, or the one after the audit number
    when `audit_column` is given (with audits up to `last_audit` only, if that is given)."""
    ids = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line[:1].isdigit():
                continue
            columns = line.split("\t")
            if audit_column is None:
                ids.add(int(columns[0]))
                continue
            if last_audit is not None and int(columns[audit_column]) > last_audit:
                continue
            ids.add(int(columns[audit_column + 1]))
    return ids


def main():
    args = sys.argv[1:]
    which = "1"
    if "--set" in args:
        at = args.index("--set")
        which = args[at + 1] if at + 1 < len(args) else ""
        del args[at : at + 2]
    if which not in [str(n) for n in range(1, LAST_SET + 1)]:
        sys.exit(f"--set takes 1 to {LAST_SET}")
    path = args[0] if args else "/work/shared/corpora/orangesum.jsonl.gz"
    scored = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            scored.append((score(rec), rec["id"]))
    scored.sort(key=lambda t: (-t[0], t[1]))
    first = draw(scored, SEED, BUSINESS_N, RANDOM_N, set())
    second = draw(scored, SEED_2, BUSINESS_N_2, RANDOM_N_2, set(first))
    third = draw(scored, SEED_3, BUSINESS_N_2, RANDOM_N_2, set(first) | set(second))
    ids = {"1": first, "2": second, "3": third}.get(which)
    # Set 4 was drawn when the audit file held audits 1 to 4; audits added later must not move it.
    earlier = set(first) | set(second) | set(third)
    fourth = draw(scored, SEED_4, BUSINESS_N_2, RANDOM_N_2, earlier | column_ids(AUDITS, 0, 4))
    if which == "4":
        ids = fourth
    seen = earlier | set(fourth) | column_ids(AUDITS, 0, 6)
    seen |= column_ids(HERE + "missed-audit.tsv", 0, None)
    seen |= column_ids(HERE + "company-labels-media.tsv", None, None)
    fifth = draw(scored, SEED_5, BUSINESS_N_2, RANDOM_N_2, seen)
    if which == "5":
        ids = fifth
    # The labelled files themselves: the fifth file's ids are no longer all the draw above,
    # since the files it excluded grew after it was drawn. Set 6 was drawn when the audit file
    # held audits 1 to 9.
    seen |= set(fifth) | column_ids(AUDITS, 0, 9)
    for n in ("", "-2", "-3", "-4", "-5"):
        seen |= column_ids(HERE + f"company-labels{n}.tsv", None, None)
    sixth = draw(scored, SEED_6, BUSINESS_N_2, RANDOM_N_2, seen)
    if which == "6":
        ids = sixth
    # Set 7 was drawn when the audit file held audits 1 to 10.
    seen |= set(sixth) | column_ids(AUDITS, 0, 10)
    seen |= column_ids(HERE + "company-labels-6.tsv", None, None)
    seventh = draw(scored, SEED_7, BUSINESS_N_2, RANDOM_N_2, seen)
    if which == "7":
        ids = seventh
    # Set 8 was drawn when the audit file held audits 1 to 11.
    seen |= set(seventh) | column_ids(AUDITS, 0, 11)
    seen |= column_ids(HERE + "company-labels-7.tsv", None, None)
    eighth = draw(scored, SEED_8, BUSINESS_N_2, RANDOM_N_2, seen)
    if which == "8":
        ids = eighth
    # Sets 9 on each leave out the sets drawn before them, as labelled (the file may have lost
    # an id since), and the facet audits written before them (AUDITS_BEFORE_SET); set 30 also
    # leaves out the articles of the guess audit.
    seen |= set(eighth) | column_ids(HERE + "company-labels-8.tsv", None, None)
    for number, seed in enumerate(LATER_SEEDS, start=9):
        # A set is drawn leaving out those before it only: nothing after it needs drawing.
        if number > int(which):
            break
        if number in AUDITS_BEFORE_SET:
            seen |= column_ids(AUDITS, 0, AUDITS_BEFORE_SET[number])
        if number == 30:
            seen |= column_ids(HERE + "guess-audit.tsv", 0, None)
        top_n = TOP_N_LATER if number >= 28 else TOP_N
        drawn = draw(scored, seed, BUSINESS_N_2, RANDOM_N_2, seen, top_n)
        if which == str(number):
            ids = drawn
            break
        seen |= set(drawn) | column_ids(HERE + f"company-labels-{number}.tsv", None, None)
    for i in ids:
        print(i)


if __name__ == "__main__":
    main()
