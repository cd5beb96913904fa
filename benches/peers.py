#!/usr/bin/env python3
"""Peers of `gazette extract` on the same surface forms and corpus.

    python benches/peers.py FORMS.tsv CORPUS [--runs 3] [--spacy-max-mb 5]

FORMS.tsv is the output of `gazette gazetteers list` (header
`surface\\tkind\\tid`); CORPUS is a text file (run by benches/peers.sh on
target/bench/corpus.txt). Measures, median of --runs runs, only the
matching (the automata are built once, outside the timing):

* flashtext: `KeywordProcessor(case_sensitive=True)` with every surface
  form, `extract_keywords` over the whole corpus (longest match, flashtext's
  own ASCII word boundaries).
* spaCy: `spacy.blank("en")`, `PhraseMatcher(nlp.vocab)` with one
  `nlp.make_doc` pattern per surface form; the corpus is cut at blank lines
  into chunks of about 100 KB, each is tokenised with `nlp.make_doc` and
  matched; `matches` counts every PhraseMatcher match (overlapping ones
  included), `longest` the spans left by `spacy.util.filter_spans`.
  spaCy is slow, so when the corpus is bigger than --spacy-max-mb it runs on
  the first --spacy-max-mb MB (cut at a blank line): MB/s is the rate on
  that slice and the match counts are also given scaled to the full corpus;
  the output says `"sliced": true`.

MB = 10^6 bytes of UTF-8. Prints one JSON object. Run by hand, not in CI.
"""

import argparse
import json
import statistics
import sys
import time


def read_forms(path):
    forms = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        if header[:1] != ["surface"]:
            sys.exit(f"{path}: expected header surface\\tkind\\tid, got {header}")
        for line in f:
            s = line.rstrip("\n").split("\t")[0]
            if s:
                forms.append(s)
    return forms


def chunks(text, size=100_000):
    """Cuts text at blank lines into pieces of about `size` characters."""
    out = []
    start = 0
    n = len(text)
    while start < n:
        end = start + size
        if end >= n:
            out.append(text[start:])
            break
        cut = text.find("\n\n", end)
        if cut == -1:
            out.append(text[start:])
            break
        out.append(text[start:cut])
        start = cut + 2
    return out


def timed(fn, runs):
    times = []
    result = None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times, result


def bench_flashtext(forms, text, nbytes, runs):
    import flashtext
    from flashtext import KeywordProcessor

    t = time.perf_counter()
    kp = KeywordProcessor(case_sensitive=True)
    for s in forms:
        kp.add_keyword(s)
    build = time.perf_counter() - t
    secs, all_times, n = timed(lambda: len(kp.extract_keywords(text)), runs)
    return {
        "version": getattr(flashtext, "__version__", None) or pkg_version("flashtext"),
        "bytes": nbytes,
        "matches": n,
        "seconds": secs,
        "mb_per_s": nbytes / 1e6 / secs,
        "build_seconds": build,
        "runs": all_times,
    }


def bench_spacy(forms, text, nbytes, runs, max_mb):
    import spacy
    from spacy.matcher import PhraseMatcher
    from spacy.util import filter_spans

    sliced = False
    if max_mb and nbytes > max_mb * 1e6:
        cut = text.find("\n\n", int(max_mb * 1e6))
        # Characters ~ bytes here (mostly ASCII); recount in bytes below.
        sub = text[: cut if cut != -1 else len(text)]
        sliced = True
    else:
        sub = text
    sub_bytes = len(sub.encode("utf-8"))
    pieces = chunks(sub)

    t = time.perf_counter()
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab)
    matcher.add("GAZETTEER", [nlp.make_doc(s) for s in forms])
    build = time.perf_counter() - t

    def run():
        total = 0
        longest = 0
        for piece in pieces:
            doc = nlp.make_doc(piece)
            ms = matcher(doc)
            total += len(ms)
            longest += len(filter_spans([doc[s:e] for _, s, e in ms]))
        return total, longest

    secs, all_times, (n, n_longest) = timed(run, runs)
    out = {
        "version": spacy.__version__,
        "bytes": sub_bytes,
        "matches": n,
        "longest": n_longest,
        "seconds": secs,
        "mb_per_s": sub_bytes / 1e6 / secs,
        "build_seconds": build,
        "chunks": len(pieces),
        "runs": all_times,
        "sliced": sliced,
    }
    if sliced:
        scale = nbytes / sub_bytes
        out["note"] = (
            f"run on the first {sub_bytes} bytes of {nbytes}; MB/s is the rate on "
            "that slice, *_scaled are the counts scaled to the full corpus"
        )
        out["matches_scaled"] = round(n * scale)
        out["longest_scaled"] = round(n_longest * scale)
        out["seconds_scaled"] = secs * scale
    return out


def pkg_version(name):
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:
        return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("forms")
    ap.add_argument("corpus")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--spacy-max-mb", type=float, default=5.0,
                    help="run spaCy on this many MB at most (0: whole corpus)")
    ap.add_argument("--skip", action="append", default=[], choices=["flashtext", "spacy"])
    args = ap.parse_args()

    forms = read_forms(args.forms)
    with open(args.corpus, encoding="utf-8") as f:
        text = f.read()
    nbytes = len(text.encode("utf-8"))
    out = {"corpus": args.corpus, "bytes": nbytes, "forms": len(forms),
           "python": sys.version.split()[0]}
    if "flashtext" not in args.skip:
        out["flashtext"] = bench_flashtext(forms, text, nbytes, args.runs)
        print(f"peers: flashtext {out['flashtext']['mb_per_s']:.2f} MB/s", file=sys.stderr)
    if "spacy" not in args.skip:
        out["spacy"] = bench_spacy(forms, text, nbytes, args.runs, args.spacy_max_mb)
        print(f"peers: spacy {out['spacy']['mb_per_s']:.2f} MB/s", file=sys.stderr)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
