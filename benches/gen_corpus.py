#!/usr/bin/env python3
"""Deterministic generator of English news-like text for benchmarks.

    python3 benches/gen_corpus.py --mb 50 --format txt|jsonl --out PATH [--seed N]

Builds articles (2-6 KB each, paragraphs separated by blank lines) from
sentence templates -- meetings, cooperation, criticism, economy, weather,
sports filler, quotes, datelines, headlines -- whose slots are filled with
names read from gazetteers/*.tsv (people, countries and demonyms, places,
roles, organisations). About 70% of the sentences are ordinary filler prose
with no entity, so that mention density stays realistic (a few mentions per
100 words).

jsonl: one article per line, {"id": "gen-000001", "text": "...", "date":
"2025-MM-DD"}. txt: the same article texts, separated by blank lines.
The output is byte-identical for the same arguments (seeded RNG, sorted
inputs, no dependence on hashing or the clock). Size is in MB = 10^6 bytes
of article text; generation stops at the first article that reaches it.
Standard library only.
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_GAZ = os.path.join(HERE, "..", "gazetteers")


# --------------------------------------------------------------------------
# Gazetteers


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                continue
            cells += [""] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    rows.sort(key=lambda r: r.get("id", ""))
    return rows


def split_list(cell):
    return [v for v in cell.split("|") if v]


class Gaz:
    def __init__(self, gdir):
        roles = {r["id"]: r for r in read_tsv(os.path.join(gdir, "roles.tsv"))}
        self.role_names = sorted({r["name"] for r in roles.values()})
        self.countries = []
        self.by_code = {}
        for r in read_tsv(os.path.join(gdir, "countries.tsv")):
            dem = split_list(r["demonyms"])
            c = {
                "code": r["id"],
                "name": r["name"],
                "aliases": split_list(r["aliases"]),
                # "British" rather than "Brit": the first non-plural
                # demonym of at least 5 letters, else the first one.
                "adj": next((d for d in dem if len(d) >= 5 and not d.endswith("s")), dem[0] if dem else None),
                "plural": next((d for d in dem if d.endswith("s")), None),
                "capital": r["capital"],
            }
            self.countries.append(c)
            self.by_code[c["code"]] = c
        places = read_tsv(os.path.join(gdir, "places.tsv"))
        self.place_by_id = {p["id"]: p["name"] for p in places}
        self.cities = [p["name"] for p in places if p["type"] in ("city", "capital")]
        self.capitals = [p["name"] for p in places if p["type"] == "capital"]
        self.seats = [p["name"] for p in places if p["type"] in ("seat", "landmark")]
        self.orgs = []
        for r in read_tsv(os.path.join(gdir, "organisations.tsv")):
            self.orgs.append({"name": r["name"], "short": (split_list(r["aliases"]) or [r["name"]])[0]})
        self.people = []
        for r in read_tsv(os.path.join(gdir, "people.tsv")):
            role_ids = [x.split(":")[0] for x in split_list(r["roles"])]
            role = roles.get(role_ids[0], {}).get("name") if role_ids else None
            shorts = split_list(r["short_forms"])
            self.people.append(
                {
                    "name": r["name"],
                    "aliases": split_list(r["aliases"]),
                    "short": shorts[0] if shorts else r["name"],
                    "country": r["country"],
                    "role": role,
                }
            )
        # Countries that have a leader in people.tsv come up more often, as
        # in real news.
        codes = sorted({p["country"] for p in self.people if p["country"] in self.by_code})
        self.busy_countries = [self.by_code[c] for c in codes]


# --------------------------------------------------------------------------
# Vocabulary for filler prose (no entities: lowercase words, and
# sentence-initial words checked not to be place names).

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

ADJ = ["new", "local", "regional", "small", "large", "recent", "annual", "public",
       "private", "former", "senior", "junior", "rural", "urban", "popular", "quiet",
       "busy", "long-awaited", "controversial", "modest", "significant", "early", "late",
       "young", "older", "independent", "municipal", "temporary", "permanent", "digital"]
NOUN = ["council", "school", "hospital", "market", "project", "report", "committee",
        "festival", "museum", "library", "bridge", "road", "railway", "factory",
        "company", "union", "survey", "study", "programme", "budget", "plan", "park",
        "harbour", "airport", "station", "farm", "village", "district", "court",
        "association", "clinic", "theatre", "orchestra", "team", "club", "bakery",
        "newspaper", "website", "network", "campaign", "exhibition", "charity"]
PEOPLE_NOUN = ["residents", "officials", "teachers", "farmers", "doctors", "engineers",
               "students", "shopkeepers", "volunteers", "analysts", "economists",
               "researchers", "commuters", "parents", "nurses", "drivers", "fans",
               "investors", "workers", "organisers", "critics", "visitors"]
VERB_PAST = ["announced", "approved", "delayed", "reviewed", "criticised", "welcomed",
             "postponed", "launched", "expanded", "completed", "rejected", "discussed",
             "published", "renovated", "opened", "closed", "funded", "questioned"]
ADV = ["quietly", "finally", "again", "formally", "unexpectedly", "last week",
       "on Tuesday", "this month", "after months of debate", "earlier this year",
       "without much fanfare", "after a lengthy review", "for the third time"]
TOPIC = ["housing costs", "school funding", "water quality", "parking fees",
         "public transport", "energy prices", "waste collection", "rent increases",
         "road safety", "opening hours", "broadband coverage", "pension reform",
         "food prices", "noise complaints", "staff shortages", "tourism"]
SPORT = ["football", "rugby", "basketball", "cricket", "hockey", "volleyball", "tennis"]
NUM_WORD = ["two", "three", "four", "five", "six", "seven", "eight", "ten", "a dozen"]

FILLER = [
    "The {adj} {noun} {verb} its plans {adv}, according to a statement posted on its website.",
    "{PN} said the decision would affect {topic} for at least {nw} years.",
    "Many {pn} said they had not been consulted before the {noun} {verb} the proposal.",
    "The {noun} has struggled with {topic} since it opened more than {n} years ago.",
    "A spokesperson for the {adj} {noun} declined to comment on the details.",
    "The figures were broadly in line with expectations, {pn} said.",
    "In a survey of {n00} {pn}, about {pct} percent said {topic} was their main concern.",
    "Work on the {noun} is expected to take {nw} months and cost about {n} million.",
    "The {adj} {noun} {verb} a review of {topic} {adv}.",
    "It was not immediately clear how the changes would be paid for.",
    "Some {pn} questioned whether the {noun} had enough staff to cope.",
    "The proposal will be put to a vote at the next meeting of the {noun}.",
    "Local {pn} have complained for years about {topic} and the state of the {noun}.",
    "The report, which runs to {n} pages, makes {nw} recommendations.",
    "Attendance at the {noun} rose by {pct} percent compared with the previous year.",
    "Critics argue that the plan does little to address {topic}.",
    "The {noun} said it would publish a full response in the coming weeks.",
    "Officials said the {adj} {noun} would remain open while repairs were carried out.",
    "The measure passed by a narrow margin after a debate that lasted late into the night.",
    "Prices have risen steadily over the past {nw} quarters, squeezing household budgets.",
    "The {noun} employs about {n00} people, many of them on short-term contracts.",
    "Organisers expect more than {n00} {pn} to attend over the weekend.",
    "The changes take effect on the first day of next month.",
    "Several {pn} said they were cautiously optimistic about the outcome.",
    "A final decision is not expected before the end of the year.",
    "The {noun} was built in the {decade}s and has been renovated twice since.",
    "Talks between the {noun} and the {noun2} broke down {adv}.",
    "The {adj} {noun} {verb} the scheme, saying it was too expensive.",
    "Demand for {topic} support has doubled since last winter, {pn} said.",
    "Analysts said the numbers pointed to a gradual slowdown rather than a sharp fall.",
    "The scheme will be reviewed after {nw} years, the {noun} said.",
    "Volunteers spent the morning clearing debris from the {noun} and nearby streets.",
    "The {noun} has applied for extra funding to tackle {topic}.",
    "Nobody was injured, and the cause of the fire is under investigation.",
    "The {adj} {noun} is one of the oldest of its kind still in use.",
    "Negotiations are expected to resume next week, with both sides signalling flexibility.",
    "Turnout was lower than in previous years, which {pn} blamed on the weather.",
    "Shares in the company fell {pct} percent in early trading before recovering slightly.",
    "The inquiry heard evidence from {n} witnesses over {nw} weeks.",
    "It is the {ord} time in {nw} years that the {noun} has {verb} such a plan.",
]
WEATHER = [
    "Temperatures are expected to reach {t} degrees on {day}, forecasters said.",
    "Heavy rain is forecast for the weekend, with the risk of flooding in low-lying areas.",
    "A cold front will bring strong winds and showers later in the week.",
    "Forecasters warned of icy roads overnight and urged drivers to take care.",
    "The dry spell has left reservoirs at their lowest level in {nw} years.",
    "Sunny spells are expected in the morning, with clouds building in the afternoon.",
]
SPORTS = [
    "The home side scored twice in the second half to secure a {s1}-{s2} win.",
    "The {sport} team has now won {nw} of its last {n} matches.",
    "The captain said the squad was focused on the next game rather than the table.",
    "A late penalty sealed the result in front of a crowd of {n00}.",
    "The coach praised the young players, several of whom were making their debut.",
    "The club confirmed that its striker would miss the rest of the season with a knee injury.",
    "Tickets for the final sold out within {n} minutes, organisers said.",
]

# Entity templates. Slots: {A} {B} person mentions (first time: full form
# with title; later: short form), {C} {C2} countries, {D} {D2} demonyms,
# {O} organisations, {CITY}, {CAP}, {SEAT}, {ROLE} bare role titles.
MEETING = [
    "{A} met {B} in {CITY} on {day} to discuss {topic2}.",
    "{A} and {B} held talks in {CAP}, the first such meeting in {nw} years.",
    "{A} hosted {B} at the {SEAT} on {day}.",
    "{A} received {B} in {CAP}, where the two leaders discussed {topic2}.",
    "During the summit in {CITY}, {A} held a bilateral meeting with {B}.",
    "{A} will travel to {CAP} next week to meet {B}, officials said.",
    "{A} sat down with {B} on the sidelines of the {O} meeting.",
    "{D} and {D2} officials met in {CITY} ahead of the talks.",
]
COOPERATION = [
    "{C} and {C2} signed an agreement to expand cooperation on {topic2}.",
    "{C} will work with {C2} on {topic2}, the two governments said in a joint statement.",
    "{A} said {C} and {C2} would deepen their partnership on {topic2}.",
    "The {D} and {D2} governments agreed to cooperate on {topic2} under a deal brokered by the {O}.",
    "{C} and the {O} announced a joint programme on {topic2}.",
    "{C} pledged to support {C2} with {topic2}, {A} said.",
    "Under the accord, {D} companies will invest in {topic2} projects in {C2}.",
]
CRITICISM = [
    "{A} criticised {C} over its handling of {topic2}.",
    "{C} condemned the decision, calling it a violation of {topic2} commitments.",
    "The {O} accused {C} of failing to meet its obligations on {topic2}.",
    "{A} rejected the criticism from {C2}, saying it was based on false information.",
    "{D} officials dismissed the report as politically motivated.",
    "{C} summoned the {D2} ambassador to protest against the remarks.",
]
ECONOMY = [
    "Trade between {C} and {C2} reached {n} billion dollars last year.",
    "The {O} cut its growth forecast for {C} to {g} percent.",
    "{D} exports to {C2} rose {pct} percent in the first quarter.",
    "The central bank of {C} held interest rates at {g} percent on {day}.",
    "Investors in {CITY} reacted cautiously to the figures.",
    "The {ROLE} of {C} said inflation would ease later in the year.",
]
QUOTES = [
    "\"We had a very productive discussion,\" {A} told reporters in {CITY}.",
    "\"This is an important step for our two countries,\" {A} said.",
    "\"{C} remains committed to dialogue,\" the {ROLE} said in a statement.",
    "\"We will not accept any interference in our internal affairs,\" {A} said.",
    "\"The relationship between {C} and {C2} has never been stronger,\" {A} said.",
]
TOPIC2 = ["trade", "energy security", "climate change", "regional security", "migration",
          "infrastructure", "public health", "food security", "counter-terrorism",
          "maritime security", "investment", "nuclear energy", "fisheries", "education"]
HEADLINES = [
    "{C} and {C2} agree to deepen trade ties",
    "{S} meets {S2} as talks resume",
    "{O} warns of slowing growth in {C}",
    "{C} criticises {C2} over border dispute",
    "{S} to visit {CAP} next month",
    "{D} and {D2} leaders sign energy pact",
    "Local council approves new budget",
    "Storms expected across the region this weekend",
    "Home side hold on for narrow win",
]


class Article:
    """Per-article cast, so that short forms follow a full first mention."""

    def __init__(self, gaz, rng):
        self.gaz = gaz
        self.rng = rng
        self.people = rng.sample(gaz.people, rng.randint(2, 4))
        self.seen = set()
        busy = gaz.busy_countries
        self.countries = [rng.choice(busy) for _ in range(2)] + [rng.choice(gaz.countries)]
        for p in self.people:
            if p["country"] in gaz.by_code and rng.random() < 0.7:
                self.countries.append(gaz.by_code[p["country"]])
        self.org = rng.choice(gaz.orgs)

    def person(self, p):
        rng = self.rng
        if p["name"] in self.seen:
            r = rng.random()
            if r < 0.75:
                return p["short"]
            if r < 0.85 and p["role"]:
                return "the " + p["role"].lower()
            return p["name"]
        self.seen.add(p["name"])
        name = p["name"]
        if p["aliases"] and rng.random() < 0.1:
            name = rng.choice(p["aliases"])
        c = self.gaz.by_code.get(p["country"])
        if p["role"] and c and c["adj"] and rng.random() < 0.6:
            return f"{c['adj']} {p['role']} {name}"
        if p["role"] and rng.random() < 0.5:
            return f"{p['role']} {name}"
        return name

    def country(self):
        c = self.rng.choice(self.countries)
        if c["aliases"] and self.rng.random() < 0.05:
            return c["aliases"][0]
        return c["name"]

    def demonym(self):
        for _ in range(4):
            c = self.rng.choice(self.countries)
            if c["adj"]:
                return c["adj"]
        return "foreign"

    def capital(self):
        c = self.rng.choice(self.countries)
        name = self.gaz.place_by_id.get(c["capital"])
        return name or self.rng.choice(self.gaz.capitals)

    def org_name(self):
        o = self.org if self.rng.random() < 0.7 else self.rng.choice(self.gaz.orgs)
        return o["name"] if self.rng.random() < 0.5 else o["short"]


def fill(template, art, rng):
    vals = {}
    if "{A}" in template or "{B}" in template:
        a, b = rng.sample(art.people, 2)
        vals["A"] = art.person(a)
        vals["B"] = art.person(b)
    if "{S" in template:
        a, b = rng.sample(art.people, 2)
        vals["S"], vals["S2"] = a["short"], b["short"]
    if "{C}" in template or "{C2}" in template:
        c1 = art.country()
        c2 = art.country()
        for _ in range(3):
            if c2 != c1:
                break
            c2 = art.country()
        vals["C"], vals["C2"] = c1, c2
    if "{D}" in template or "{D2}" in template:
        vals["D"], vals["D2"] = art.demonym(), art.demonym()
    if "{O}" in template:
        vals["O"] = art.org_name()
    if "{CITY}" in template:
        vals["CITY"] = rng.choice(art.gaz.cities) if rng.random() < 0.5 else art.capital()
    if "{CAP}" in template:
        vals["CAP"] = art.capital()
    if "{SEAT}" in template:
        vals["SEAT"] = rng.choice(art.gaz.seats)
    if "{ROLE}" in template:
        vals["ROLE"] = rng.choice(art.gaz.role_names).lower() if rng.random() < 0.5 else rng.choice(art.gaz.role_names)
    return template.format_map(Slots(vals, rng))


class Slots(dict):
    """Lazily draws filler words for any slot not set explicitly."""

    def __init__(self, vals, rng):
        super().__init__(vals)
        self.rng = rng

    def __missing__(self, key):
        r = self.rng
        gen = {
            "adj": lambda: r.choice(ADJ),
            "noun": lambda: r.choice(NOUN),
            "noun2": lambda: r.choice(NOUN),
            "verb": lambda: r.choice(VERB_PAST),
            "adv": lambda: r.choice(ADV),
            "topic": lambda: r.choice(TOPIC),
            "topic2": lambda: r.choice(TOPIC2),
            "pn": lambda: r.choice(PEOPLE_NOUN),
            "PN": lambda: r.choice(PEOPLE_NOUN).capitalize(),
            "nw": lambda: r.choice(NUM_WORD),
            "n": lambda: str(r.randint(3, 95)),
            "n00": lambda: str(r.randint(2, 90) * 100),
            "pct": lambda: str(r.randint(2, 48)),
            "g": lambda: f"{r.randint(0, 6)}.{r.randint(0, 9)}",
            "t": lambda: str(r.randint(-8, 38)),
            "s1": lambda: str(r.randint(1, 4)),
            "s2": lambda: str(r.randint(0, 1)),
            "day": lambda: r.choice(DAYS),
            "sport": lambda: r.choice(SPORT),
            "decade": lambda: str(r.choice(range(1890, 2000, 10))),
            "ord": lambda: r.choice(["second", "third", "fourth", "fifth"]),
        }[key]
        return gen()


def sentence(art, rng):
    r = rng.random()
    # ~78% of sentences carry no entity (filler, weather, sports); the
    # entity sentences carry 2-5 mentions each (title + name + country...),
    # which gives ~4 mentions per 100 words overall.
    if r < 0.68:
        return fill(rng.choice(FILLER), art, rng)
    if r < 0.73:
        return fill(rng.choice(WEATHER), art, rng)
    if r < 0.78:
        return fill(rng.choice(SPORTS), art, rng)
    if r < 0.84:
        return fill(rng.choice(MEETING), art, rng)
    if r < 0.89:
        return fill(rng.choice(COOPERATION), art, rng)
    if r < 0.93:
        return fill(rng.choice(CRITICISM), art, rng)
    if r < 0.97:
        return fill(rng.choice(ECONOMY), art, rng)
    return fill(rng.choice(QUOTES), art, rng)


def article(gaz, rng, month, day):
    art = Article(gaz, rng)
    target = rng.randint(2000, 6000)
    headline = fill(rng.choice(HEADLINES), art, rng)
    parts = [headline]
    size = len(headline.encode("utf-8"))
    first = True
    while size < target:
        sents = [sentence(art, rng) for _ in range(rng.randint(2, 5))]
        para = " ".join(sents)
        if first:
            first = False
            r = rng.random()
            if r < 0.5:
                # Wire-style dateline; the city in capitals is not a match.
                city = art.capital().upper()
                para = f"{city}, {MONTHS[month - 1]} {day} (Gazette) - {para}"
            elif r < 0.75:
                para = f"{art.capital()}, {MONTHS[month - 1]} {day} — {para}"
        nb = len(para.encode("utf-8")) + 2
        if size + nb > 6000 and size >= 2000:
            break
        parts.append(para)
        size += nb
    return "\n\n".join(parts)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=50, help="size in MB (10^6 bytes of text)")
    ap.add_argument("--format", choices=["txt", "jsonl"], default="txt")
    ap.add_argument("--out", required=True, help="output file ('-' for stdout)")
    ap.add_argument("--seed", type=int, default=20250101)
    ap.add_argument("--gazetteers", default=DEFAULT_GAZ, help="gazetteer directory")
    args = ap.parse_args(argv)

    gaz = Gaz(args.gazetteers)
    rng = random.Random(args.seed)
    limit = int(args.mb * 1_000_000)
    out = sys.stdout.buffer if args.out == "-" else open(args.out + ".tmp", "wb")
    total = 0
    i = 0
    while total < limit:
        i += 1
        month = rng.randint(1, 12)
        day = rng.randint(1, 28)
        text = article(gaz, rng, month, day)
        total += len(text.encode("utf-8"))
        if args.format == "jsonl":
            rec = {"id": f"gen-{i:06d}", "text": text, "date": f"2025-{month:02d}-{day:02d}"}
            out.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
        else:
            out.write((text if i == 1 else "\n\n" + text).encode("utf-8"))
    if args.format == "txt":
        out.write(b"\n")
    if out is not sys.stdout.buffer:
        out.close()
        os.replace(args.out + ".tmp", args.out)
    print(f"gen_corpus: {i} articles, {total} bytes of text -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
