#!/usr/bin/env bash
# Instruction counts of `graph` and `extract` (`--threads 1`), for steps
# too small for wall time on a shared machine. Run by hand, NOT in CI:
#
#     bash benches/instructions.sh BIN...
#
# Needs valgrind. Input: the first 2.5 MB of the bench corpus
# ($CORPUS, default target/bench/corpus.jsonl: `bash benches/peers.sh`
# makes it), whole documents only. Prints, per binary, each command's
# instructions minus those of the same command on a one-line input (the
# start-up every run pays) and the ratio extract / graph of that work.
# Counts repeat run to run; builds that differ in unrelated code move
# them by up to 1% (allocator layout).
set -euo pipefail
[ "$#" -ge 1 ] || { echo "usage: instructions.sh BIN..." >&2; exit 2; }
cd "$(dirname "$0")/.."
CORPUS="${CORPUS:-target/bench/corpus.jsonl}"
[ -s "$CORPUS" ] || { echo "no corpus at $CORPUS (bash benches/peers.sh)" >&2; exit 1; }
T="$(mktemp -d)"
trap 'rm -rf "$T"' EXIT
head -c 2500000 "$CORPUS" | head -n -1 > "$T/slice.jsonl"
echo '{"id":"a","text":"Xi met Putin in Moscow."}' > "$T/one.jsonl"
ir() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | grep -E 'I\s+refs' | tr -d , | awk '{print $NF}'
}
for b in "$@"; do
    g=$(ir "$b" graph -q --threads 1 "$T/slice.jsonl" --out-dir "$T/g")
    g0=$(ir "$b" graph -q --threads 1 "$T/one.jsonl" --out-dir "$T/g0")
    e=$(ir "$b" extract -q --threads 1 "$T/slice.jsonl")
    e0=$(ir "$b" extract -q --threads 1 "$T/one.jsonl")
    python3 -c "g,g0,e,e0=$g,$g0,$e,$e0; print(f'$b: graph work {(g-g0)/1e6:.1f} M, extract work {(e-e0)/1e6:.1f} M, ratio {(e-e0)/(g-g0):.3f}')"
done
