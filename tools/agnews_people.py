#!/usr/bin/env python3
"""How many person mentions of ../shared/eval/agnews-dev.jsonl gazette resolves to the right person.

    python3 tools/agnews_people.py [GAZETTE ...]

Runs `GAZETTE extract -q --details` on the AG News development set (default binary:
target/release/gazette) and compares every judged mention of tools/agnews_people.tsv with the person
mention gazette outputs at that position (the one overlapping it most; none: nothing found):

- a listed person (expected = a people.tsv id) is right when gazette gives that id;
- `unlisted` (a real person no default gazetteer lists) is right when gazette gives no listed id
  (unresolved, or a discovered person);
- `none` (no person) is right when gazette gives no id.

Listed ids are those of gazetteers/people.tsv at the time of the run. Several binaries are compared
side by side. Only the standard library; the set's text is read, never copied.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

TOOLS = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(TOOLS)
DATA = os.path.join(ROOT, "..", "shared", "eval", "agnews-dev.jsonl")
JUDGED = os.path.join(TOOLS, "agnews_people.tsv")


def judged():
    with open(JUDGED, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def listed_ids():
    with open(os.path.join(ROOT, "gazetteers", "people.tsv"), encoding="utf-8") as f:
        return {line.split("\t", 1)[0] for line in f if not line.startswith(("#", "id\t"))}


def mentions(binary: str):
    out = subprocess.run([binary, "extract", "-q", "--details", DATA], check=True,
                         capture_output=True).stdout.decode("utf-8")
    by_doc = {}
    for r in csv.DictReader(io.StringIO(out)):
        if r["kind"] == "person":
            by_doc.setdefault(r["doc"], []).append((int(r["start"]), int(r["end"]), r["entity_id"]))
    return by_doc


def score(binary: str, rows, texts, listed):
    found = mentions(binary)
    counts = {}
    for row in rows:
        start = int(row["start"])
        end = start + len(row["surface"].encode("utf-8"))
        text = texts[row["item"]].encode("utf-8")
        if text[start:end].decode("utf-8") != row["surface"]:
            sys.exit(f"agnews_people.tsv: {row['item']} {start}: {row['surface']!r} is not there")
        best = max(((min(end, e) - max(start, s), eid) for s, e, eid in found.get(row["item"], [])
                    if min(end, e) > max(start, s)), default=(0, ""))
        got = best[1]
        expected = row["expected"]
        if expected == "none":
            kind, right = "no person", got == ""
        elif expected == "unlisted":
            kind, right = "unlisted person", got not in listed
        else:
            kind, right = "listed person", got == expected
        ok, total = counts.get(kind, (0, 0))
        counts[kind] = (ok + right, total + 1)
    return counts


def main(argv):
    binaries = argv or [os.path.join(ROOT, "target", "release", "gazette")]
    if not os.path.exists(DATA):
        sys.exit(f"{DATA} not found (../shared/eval is not in this checkout)")
    with open(DATA, encoding="utf-8") as f:
        texts = {d["id"]: d["text"] for d in map(json.loads, f)}
    rows = judged()
    listed = listed_ids()
    results = [score(b, rows, texts, listed) for b in binaries]
    kinds = ["listed person", "unlisted person", "no person"]
    print("mentions right" + "".join(f"\t{b}" for b in binaries))
    for kind in kinds + ["all"]:
        cells = []
        for counts in results:
            if kind == "all":
                ok = sum(c[0] for c in counts.values())
                total = sum(c[1] for c in counts.values())
            else:
                ok, total = counts.get(kind, (0, 0))
            cells.append(f"{ok}/{total}")
        print(kind + "".join(f"\t{c}" for c in cells))


if __name__ == "__main__":
    main(sys.argv[1:])
