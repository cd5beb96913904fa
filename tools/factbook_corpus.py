#!/usr/bin/env python3
"""Build a JSONL corpus of real prose from the World Factbook for precision checks.

For every <region>/<code>.json under the Factbook data directory, takes
"Introduction" > "Background" > "text", strips HTML tags (<p>, <br>, <em>, <strong>, ...),
unescapes HTML entities, turns non-breaking spaces into spaces and collapses whitespace.
Writes one line per entry, sorted by id: {"id": "<region>/<code>", "text": "..."}.
Entries without a Background text are skipped (and counted on stderr).
Stdlib only, deterministic.

Usage: python3 tools/factbook_corpus.py OUTPUT.jsonl [FACTBOOK_DIR]
       (FACTBOOK_DIR defaults to /work/shared/data/factbook)
"""
import glob
import html
import json
import os
import re
import sys

TAG = re.compile(r"<[^>]*>")
WS = re.compile(r"\s+")


def clean(raw: str) -> str:
    text = TAG.sub(" ", raw)
    for _ in range(3):  # some texts are double-escaped ("&amp;nbsp")
        new = html.unescape(text)
        if new == text:
            break
        text = new
    text = TAG.sub(" ", text)  # tags that were escaped
    text = text.replace("\u00a0", " ")
    return WS.sub(" ", text).strip()


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) == 3 else "/work/shared/data/factbook"
    rows, skipped = [], 0
    for path in sorted(glob.glob(os.path.join(root, "*", "*.json"))):
        region = os.path.basename(os.path.dirname(path))
        code = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        try:
            raw = data["Introduction"]["Background"]["text"]
        except (KeyError, TypeError):
            skipped += 1
            continue
        text = clean(raw)
        if text:
            rows.append({"id": f"{region}/{code}", "text": text})
        else:
            skipped += 1
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} documents written to {out} ({skipped} skipped)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
