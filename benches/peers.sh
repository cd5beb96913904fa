#!/usr/bin/env bash
# Side-by-side benchmark of gazette against its peers. Run by hand, NOT in CI:
#
#     bash benches/peers.sh [MB]        # default 50
#
# 1. a venv in target/bench-venv with pinned flashtext and spaCy;
# 2. cargo build --release --examples --bins;
# 3. a seeded corpus of MB MB in target/bench/corpus.{txt,jsonl}
#    (benches/gen_corpus.py; regenerated when MB or the generator changes);
# 4. target/bench/forms.tsv from `gazette gazetteers list`;
# 5. in one run: gazette extract (jsonl: the main figure; txt: one huge
#    document), the Aho-Corasick floor (examples/ac_floor.rs), flashtext and
#    spaCy PhraseMatcher (benches/peers.py), gazette graph with 1 and 2
#    threads; then extract and graph (1 thread) alternated run by run, for
#    their ratio. Wall time is the median of 3 runs; peak RSS from
#    /usr/bin/time (%M, the largest of the runs);
# 6. a markdown table on stdout and in target/bench/results.md.
#
# MB = 10^6 bytes. Env: RUNS (default 3), SPACY_MAX_MB (default 5: spaCy runs
# on a 5 MB slice of a bigger corpus; 0 = whole corpus), SKIP_TXT=1 to skip
# extract on the single-document .txt input.
set -euo pipefail

MB="${1:-50}"
RUNS="${RUNS:-3}"
SPACY_MAX_MB="${SPACY_MAX_MB:-5}"
FLASHTEXT_VERSION=2.7
SPACY_VERSION=3.8.18

cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="$ROOT/target/bench-venv"
B="$ROOT/target/bench"
GAZ="$ROOT/target/release/gazette"
mkdir -p "$B"
log() { printf '[peers] %s\n' "$*" >&2; }

# -- 1. venv ----------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" - "$FLASHTEXT_VERSION" "$SPACY_VERSION" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
sys.exit(0 if (version("flashtext"), version("spacy")) == tuple(sys.argv[1:3]) else 1)
EOF
then
    log "pip install flashtext==$FLASHTEXT_VERSION spacy==$SPACY_VERSION"
    "$VENV/bin/pip" install -q "flashtext==$FLASHTEXT_VERSION" "spacy==$SPACY_VERSION"
fi

# -- 2. build ---------------------------------------------------------------
log "cargo build --release --examples --bins"
cargo build --release --examples --bins
# Snapshot the binaries: every figure of this run then comes from the same
# build, even if target/release is rebuilt meanwhile.
cp "$ROOT/target/release/gazette" "$B/gazette.bin"
cp "$ROOT/target/release/examples/ac_floor" "$B/ac_floor.bin"
GAZ="$B/gazette.bin"
FLOOR="$B/ac_floor.bin"
echo "gazette binary: sha256 $(sha256sum "$GAZ" | cut -c1-16), built $(date -u -r "$ROOT/target/release/gazette" '+%Y-%m-%d %H:%M:%S UTC')" > "$B/binary.txt"

# -- 3. corpus --------------------------------------------------------------
# The stamp records the files' sizes too: a corpus written over by hand
# (`gen_corpus.py --out target/bench/corpus.jsonl`) is made again.
STAMP="mb=$MB gen=$(sha256sum benches/gen_corpus.py | cut -c1-16)"
sizes() { stat -c %s "$B/corpus.txt" "$B/corpus.jsonl" 2>/dev/null | tr '\n' ' '; }
if [ ! -s "$B/corpus.txt" ] || [ ! -s "$B/corpus.jsonl" ] \
    || [ "$(cat "$B/corpus.stamp" 2>/dev/null)" != "$STAMP $(sizes)" ]; then
    log "generating a $MB MB corpus"
    python3 benches/gen_corpus.py --mb "$MB" --format txt --out "$B/corpus.txt"
    python3 benches/gen_corpus.py --mb "$MB" --format jsonl --out "$B/corpus.jsonl"
    echo "$STAMP $(sizes)" > "$B/corpus.stamp"
fi

# -- 4. surface forms -------------------------------------------------------
"$GAZ" gazetteers list > "$B/forms.tsv"

# -- 5. measurements --------------------------------------------------------
# measure NAME CMD...: runs CMD $RUNS times (stdout discarded), writes
# "$B/NAME.time": one line per run, "wall_seconds peak_rss_kib exit_code".
measure() {
    local name="$1"; shift
    : > "$B/$name.time"
    local i t0 t1 rc
    for ((i = 1; i <= RUNS; i++)); do
        t0=$(date +%s%N)
        rc=0
        /usr/bin/time -f "%M" -o "$B/$name.rss" "$@" > /dev/null 2> "$B/$name.stderr" || rc=$?
        t1=$(date +%s%N)
        echo "$(( (t1 - t0) / 1000 ))e-6 $(tail -n1 "$B/$name.rss") $rc" >> "$B/$name.time"
        if [ "$rc" != 0 ]; then
            log "FAILED ($rc): $* -- see $B/$name.stderr"
            tail -n 5 "$B/$name.stderr" >&2 || true
            break
        fi
    done
    log "$name: $(tr '\n' ';' < "$B/$name.time")"
}

rm -f "$B"/*.time "$B"/*.rss "$B"/*.stderr "$B/extract_jsonl.csv" "$B/peers.json" "$B"/floor_*.json

log "(a) gazette extract --threads 1 (jsonl)"
measure extract_jsonl "$GAZ" extract --threads 1 -q "$B/corpus.jsonl"
"$GAZ" extract --threads 1 -q "$B/corpus.jsonl" > "$B/extract_jsonl.csv" || true
if [ "${SKIP_TXT:-0}" != 1 ]; then
    log "(a') gazette extract --threads 1 (txt: the whole file is ONE document)"
    measure extract_txt "$GAZ" extract --threads 1 -q "$B/corpus.txt"
fi

log "(b) Aho-Corasick floor"
"$FLOOR" "$B/forms.tsv" "$B/corpus.jsonl" > "$B/floor_jsonl.json"
"$FLOOR" "$B/forms.tsv" "$B/corpus.txt" > "$B/floor_txt.json"
cat "$B/floor_jsonl.json" "$B/floor_txt.json" >&2

log "(c) flashtext and spaCy"
"$VENV/bin/python" benches/peers.py "$B/forms.tsv" "$B/corpus.txt" \
    --runs "$RUNS" --spacy-max-mb "$SPACY_MAX_MB" > "$B/peers.json"

log "(d) gazette graph --threads 1 / 2"
measure graph_t1 "$GAZ" graph --threads 1 -q "$B/corpus.jsonl" --out-dir "$B/out1"
measure graph_t2 "$GAZ" graph --threads 2 -q "$B/corpus.jsonl" --out-dir "$B/out2"

log "(e) extract and graph --threads 1 alternated (the ratio of issue 9)"
# Run by run in turn, so that a shared machine's drift weighs on both alike
# (the runs above are minutes apart).
: > "$B/extract_alt.time"; : > "$B/graph_alt.time"
for ((i = 1; i <= RUNS; i++)); do
    for pair in "extract_alt extract" "graph_alt graph"; do
        set -- $pair
        name="$1"; cmd="$2"
        t0=$(date +%s%N)
        if [ "$cmd" = extract ]; then
            "$GAZ" extract --threads 1 -q "$B/corpus.jsonl" > /dev/null
        else
            "$GAZ" graph --threads 1 -q "$B/corpus.jsonl" --out-dir "$B/out1" > /dev/null
        fi
        t1=$(date +%s%N)
        echo "$(( (t1 - t0) / 1000 ))e-6 0 0" >> "$B/$name.time"
    done
done
log "extract_alt: $(tr '\n' ';' < "$B/extract_alt.time") graph_alt: $(tr '\n' ';' < "$B/graph_alt.time")"

# -- 6. table ---------------------------------------------------------------
python3 - "$B" "$MB" "$RUNS" > "$B/results.md" <<'EOF'
import json, os, statistics, sys, platform
B, MB, RUNS = sys.argv[1], sys.argv[2], sys.argv[3]
size = lambda f: os.path.getsize(os.path.join(B, f))
jsonl_bytes, txt_bytes = size("corpus.jsonl"), size("corpus.txt")

def timing(name, nbytes):
    p = os.path.join(B, name + ".time")
    if not os.path.exists(p):
        return None
    rows = [l.split() for l in open(p) if l.strip()]
    ok = [r for r in rows if r[2] == "0"]
    if not ok:
        return {"failed": True, "rc": rows[-1][2] if rows else "?"}
    secs = statistics.median(float(r[0]) for r in ok)
    return {"seconds": secs, "mb_per_s": nbytes / 1e6 / secs,
            "rss_mib": max(int(r[1]) for r in ok) / 1024, "runs": len(ok),
            "failed_runs": len(rows) - len(ok)}

ej = timing("extract_jsonl", jsonl_bytes)
et = timing("extract_txt", txt_bytes)
g1 = timing("graph_t1", jsonl_bytes)
g2 = timing("graph_t2", jsonl_bytes)
ea = timing("extract_alt", jsonl_bytes)
ga = timing("graph_alt", jsonl_bytes)
fj = json.load(open(os.path.join(B, "floor_jsonl.json")))
ft = json.load(open(os.path.join(B, "floor_txt.json")))
peers = json.load(open(os.path.join(B, "peers.json")))
fl, sp = peers.get("flashtext"), peers.get("spacy")
try:
    mentions = sum(1 for _ in open(os.path.join(B, "extract_jsonl.csv"))) - 1
except OSError:
    mentions = None
forms = sum(1 for _ in open(os.path.join(B, "forms.tsv"))) - 1

def f(x, d=1):
    return "—" if x is None else f"{x:,.{d}f}"

def rate(t):
    if t is None: return None
    return None if t.get("failed") else t["mb_per_s"]

def ratio(a, b):
    return "—" if a is None or b is None else f"{a / b:.2f}×"

def rows_rc(t):
    return "non-zero"

def row(what, inp, t, matches="", rss=True):
    if t is None:
        return f"| {what} | {inp} | not run | | | |"
    if t.get("failed"):
        return f"| {what} | {inp} | FAILED (exit {t['rc']}) | | | |"
    if t["failed_runs"]:
        what += f" (only {t['runs']} run(s) ok, then exit {rows_rc(t)})"
    return (f"| {what} | {inp} | {f(t['seconds'], 2)} | {f(t['mb_per_s'], 2)} | "
            f"{matches} | {f(t['rss_mib'], 0) if rss else '—'} |")

L = []
L.append(f"## gazette vs peers — {MB} MB corpus\n")
L.append(f"Corpus: benches/gen_corpus.py --mb {MB} (seeded): corpus.jsonl {jsonl_bytes:,} bytes, "
         f"corpus.txt {txt_bytes:,} bytes; {forms:,} surface forms (`gazette gazetteers list`). "
         f"MB = 10^6 bytes. Median of {RUNS} runs (floor: median of 5 scans). "
         f"Machine: {os.cpu_count()} cores, {platform.machine()}. "
         + open(os.path.join(B, "binary.txt")).read().strip() + ".\n")
L.append("| what | input | seconds | MB/s | matches | peak RSS MiB |")
L.append("|---|---|---:|---:|---:|---:|")
L.append(row("gazette extract --threads 1 (main figure)", "jsonl", ej,
             f"{mentions:,} mentions" if mentions is not None else ""))
if et is not None:
    L.append(row("gazette extract --threads 1 (1 document)", "txt", et))
L.append(f"| Aho-Corasick floor (ac_floor, DFA leftmost-longest, scan only) | jsonl | {f(fj['seconds'], 3)} | {f(fj['mb_per_s'], 1)} | {fj['matches']:,} raw | — |")
L.append(f"| Aho-Corasick floor (ac_floor, DFA leftmost-longest, scan only) | txt | {f(ft['seconds'], 3)} | {f(ft['mb_per_s'], 1)} | {ft['matches']:,} raw | — |")
if fl:
    L.append(f"| flashtext {fl['version']} (case_sensitive, extract_keywords) | txt | {f(fl['seconds'], 2)} | {f(fl['mb_per_s'], 2)} | {fl['matches']:,} | — |")
if sp:
    note = f" (first {sp['bytes']/1e6:.1f} MB slice)" if sp.get("sliced") else ""
    cnt = (f"{sp['matches']:,} all / {sp['longest']:,} longest" +
           (f" (scaled: {sp['matches_scaled']:,} / {sp['longest_scaled']:,})" if sp.get("sliced") else ""))
    L.append(f"| spaCy {sp['version']} PhraseMatcher (blank en, make_doc){note} | txt | {f(sp['seconds'], 2)} | {f(sp['mb_per_s'], 2)} | {cnt} | — |")
L.append(row("gazette graph --threads 1", "jsonl", g1))
L.append(row("gazette graph --threads 2", "jsonl", g2))
L.append("")
L.append("| ratio | value |")
L.append("|---|---:|")
L.append(f"| extract / floor (MB/s, jsonl) | {ratio(rate(ej), fj['mb_per_s'])} |")
L.append(f"| extract / flashtext (MB/s) | {ratio(rate(ej), fl and fl['mb_per_s'])} |")
L.append(f"| extract / spaCy PhraseMatcher (MB/s) | {ratio(rate(ej), sp and sp['mb_per_s'])} |")
L.append(f"| graph (1 thread) / floor (MB/s) | {ratio(rate(g1), fj['mb_per_s'])} |")
L.append(f"| graph 2 threads / 1 thread (speed-up) | {ratio(rate(g2), rate(g1))} |")
L.append(f"| graph / extract, 1 thread, runs alternated (issue 9: at least 0.5×) | {ratio(rate(ga), rate(ea))} |")
for name, t in [("extract jsonl", ej), ("extract txt", et), ("graph 1 thread", g1), ("graph 2 threads", g2)]:
    if t and not t.get("failed"):
        L.append(f"| peak RSS {name} | {t['rss_mib']:,.0f} MiB |")
L.append("")
L.append("Notes: the floor counts raw leftmost-longest matches with no word boundaries "
         "(gazette keeps only whole-word matches, then resolves them); flashtext uses its own "
         "ASCII word boundaries and longest match; spaCy counts token-aligned matches, "
         "overlapping ones included (\"longest\" = after filter_spans). Peers and the txt floor "
         "run on corpus.txt (same article text as the jsonl, without the JSON framing). "
         "Wall times of gazette include process start-up and building its automaton.")
if sp and sp.get("sliced"):
    L.append(f"spaCy: {sp['note']}.")
print("\n".join(L))
EOF
cat "$B/results.md"
log "written $B/results.md"
