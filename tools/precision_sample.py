#!/usr/bin/env python3
"""Precision check of the generated gazetteers on real prose.

Loads gazetteers/*.tsv, finds whole-word, case-sensitive matches of every surface form (names,
aliases, demonyms, short forms, role titles) in the World Factbook "Introduction > Background"
texts, resolves overlaps leftmost-longest (as an Aho-Corasick tagger would); roles also match in
lowercase and first-letter-capital (the loader's case policy); a short form counts only after a
full mention of its person in the same text (short forms are resolved per document); prints the number of
mentions per kind and writes a deterministic random sample (seed 42) of 100 mentions with 60
characters of context either side to tools/precision_sample.txt for hand-checking.

Usage: python3 tools/precision_sample.py [N]
"""
from __future__ import annotations

import glob
import html
import json
import os
import random
import re
import sys
from collections import Counter

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
GAZ = os.path.join(ROOT, "gazetteers")
sys.path.insert(0, TOOLS)
from gen_gazetteers import DATA  # noqa: E402  (same data-dir lookup)


def read(name):
    with open(os.path.join(GAZ, name), encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, l.split("\t"))) for l in lines[1:]]


def bar(s):
    return [x for x in (s or "").split("|") if x]


SHORT_OWNERS: dict[str, list[str]] = {}


def load_forms():
    forms = {}  # surface -> (kind, id)

    def put(f, kind, eid):
        forms.setdefault(f, (kind, eid))

    for r in read("countries.tsv"):
        for f in [r["name"]] + bar(r["aliases"]):
            put(f, "country", r["id"])
        for f in bar(r["demonyms"]):
            put(f, "demonym", r["id"])
    for r in read("places.tsv"):
        for f in [r["name"]] + bar(r["aliases"]):
            put(f, "place:" + r["type"], r["id"])
    for r in read("organisations.tsv"):
        for f in [r["name"]] + bar(r["aliases"]):
            put(f, "organisation", r["id"])
    for r in read("roles.tsv"):
        for f in [r["name"]] + bar(r["aliases"]):
            put(f, "role", r["id"])
    for r in read("roles.tsv"):  # the loader's case policy: lowercase and first-letter-capital too
        for f in [r["name"]] + bar(r["aliases"]):
            if not (len(f) > 1 and f.isupper()):
                put(f.lower(), "role", r["id"])
                put(f.lower()[:1].upper() + f.lower()[1:], "role", r["id"])
    for r in read("people.tsv"):
        for f in [r["name"]] + bar(r["aliases"]):
            put(f, "person", r["id"])
    for r in read("people.tsv"):
        for f in bar(r["short_forms"]):
            put(f, "person:short", r["id"])
            SHORT_OWNERS.setdefault(f, []).append(r["id"])
    return forms


def backgrounds():
    out = []
    for path in sorted(glob.glob(os.path.join(DATA, "factbook", "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        t = d.get("Introduction", {}).get("Background", {})
        t = t.get("text", "") if isinstance(t, dict) else ""
        t = re.sub(r"<[^>]+>", " ", html.unescape(t))
        t = re.sub(r"\s+", " ", t).strip()
        if t:
            out.append((os.path.relpath(path, DATA), t))
    return out


def find_mentions(forms, docs):
    # one alternation, longest first == leftmost-longest for a regex engine scanning left to right
    alts = sorted(forms, key=lambda f: (-len(f), f))
    rx = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(f) for f in alts) + r")(?!\w|-\w|['’](?!s\b)\w)")
    out = []
    for name, text in docs:
        seen_people = set()
        for m in rx.finditer(text):
            kind, eid = forms[m.group(0)]
            if kind == "person":
                seen_people.add(eid)
            if kind == "person:short":
                # short forms are resolved only inside a document: after a full mention
                eids = SHORT_OWNERS.get(m.group(0), ())
                hit = [e for e in eids if e in seen_people]
                if not hit:
                    continue
                eid = hit[-1]
            out.append((name, m.start(), m.end(), m.group(0), kind, eid, text))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    forms = load_forms()
    docs = backgrounds()
    ms = find_mentions(forms, docs)
    counts = Counter(m[4] for m in ms)
    print(f"{len(docs)} Background texts, {sum(len(t) for _, t in docs)} chars, {len(ms)} mentions")
    for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {k:20s} {v}")
    rng = random.Random(42)
    sample = sorted(rng.sample(range(len(ms)), min(n, len(ms))))
    with open(os.path.join(TOOLS, "precision_sample.txt"), "w", encoding="utf-8") as f:
        f.write(f"# {len(sample)} random mentions (seed 42) of {len(ms)}; format: n. kind id [match] context\n")
        for i, k in enumerate(sample, 1):
            name, s, e, surf, kind, eid, text = ms[k]
            left = text[max(0, s - 60):s]
            right = text[e:e + 60]
            f.write(f"{i:3d}. {kind:14s} {eid:28s} {left}[{surf}]{right}   ({name})\n")
    top = Counter((m[3], m[4]) for m in ms)
    with open(os.path.join(TOOLS, "precision_top.txt"), "w", encoding="utf-8") as f:
        for (surf, kind), v in sorted(top.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{v}\t{kind}\t{surf}\n")


if __name__ == "__main__":
    main()
