#!/usr/bin/env python3
"""Check the held-out files: parse, fields, kinds, id shapes, counts.
Run from the repo root: python3 tests/heldout/validate.py"""
import json, re, sys, itertools, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = [("heldout.jsonl", r"h\d{3}", False), ("heldout-country.jsonl", r"hc\d{3}", True)]
# ISO 3166-1 alpha-3 codes (subset large enough for these files; extend if needed)
ISO3 = set("""AFG ALB DZA AGO ARG ARM AUS AUT AZE BHR BGD BLR BEL BEN BTN BOL BIH BWA BRA BRN BGR
BFA KHM CMR CAN CAF TCD CHL CHN COL COD COG CRI CIV HRV CUB CYP CZE DNK DJI DOM ECU EGY SLV ERI EST
ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GTM GIN HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN
JOR KAZ KEN PRK KOR KWT KGZ LAO LVA LBN LBY LTU LUX MDG MWI MYS MDV MLI MLT MRT MUS MEX MDA MNG MNE
MAR MOZ MMR NAM NPL NLD NZL NIC NER NGA NOR OMN PAK PSE PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
SAU SEN SRB SLE SGP SVK SVN SOM ZAF SSD ESP LKA SDN SWE CHE SYR TWN TJK TZA THA TLS TGO TUN TUR TKM
UGA UKR ARE GBR USA URY UZB VEN VNM YEM ZMB ZWE""".split())
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

errors, seen_ids, rows = [], set(), []
def err(f, n, msg): errors.append(f"{f}:{n}: {msg}")

for fname, idpat, country_only in FILES:
    st = Counter()
    with open(os.path.join(HERE, fname), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip(): continue
            try: o = json.loads(line)
            except json.JSONDecodeError as e: err(fname, n, f"bad JSON: {e}"); continue
            extra = set(o) - {"id", "text", "date", "relations", "entities"}
            if extra: err(fname, n, f"unknown fields {extra}")
            i = o.get("id", "")
            if not re.fullmatch(idpat, i): err(fname, n, f"bad id {i!r}")
            if i in seen_ids: err(fname, n, f"duplicate id {i}")
            seen_ids.add(i)
            if not isinstance(o.get("text"), str) or not o["text"].strip(): err(fname, n, "empty text")
            if "date" in o:
                st["dated"] += 1
                if not DATE.match(o["date"]): err(fname, n, f"bad date {o['date']}")
            rels = o.get("relations")
            if not isinstance(rels, list): err(fname, n, "relations not a list"); continue
            pairs = set()
            for r in rels:
                if set(r) != {"kind", "a", "b"}: err(fname, n, f"bad relation fields {r}")
                if r.get("kind") not in ("MEETING", "COOPERATION"): err(fname, n, f"bad kind {r.get('kind')}")
                for x in (r.get("a"), r.get("b")):
                    if not isinstance(x, str): err(fname, n, f"bad id {x!r}"); continue
                    if country_only or x.isupper():
                        if x not in ISO3: err(fname, n, f"not an ISO alpha-3 code: {x}")
                    elif not SLUG.match(x): err(fname, n, f"bad slug {x}")
                if r.get("a") == r.get("b"): err(fname, n, "self pair")
                key = (r.get("kind"), frozenset((r.get("a"), r.get("b"))))
                if key in pairs: err(fname, n, f"duplicate pair {r}")
                pairs.add(key)
            kinds = {r["kind"] for r in rels}
            st["items"] += 1
            st["meeting items"] += "MEETING" in kinds
            st["cooperation items"] += "COOPERATION" in kinds
            st["both kinds"] += kinds == {"MEETING", "COOPERATION"}
            st["negatives"] += not rels
            st["multi-relation items"] += len(rels) > 1
            st["MEETING pairs"] += sum(r["kind"] == "MEETING" for r in rels)
            st["COOPERATION pairs"] += sum(r["kind"] == "COOPERATION" for r in rels)
    rows.append((fname, st))

for e in errors: print("ERROR", e)
cols = ["items", "meeting items", "cooperation items", "both kinds", "negatives",
        "MEETING pairs", "COOPERATION pairs", "multi-relation items", "dated"]
print("| file | " + " | ".join(cols) + " |")
for fname, st in rows:
    print(f"| {fname} | " + " | ".join(str(st[c]) for c in cols) + " |")
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
