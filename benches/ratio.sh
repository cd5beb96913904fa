#!/usr/bin/env bash
# The speed target of issue 9 side by side: `extract`, `graph --format csv`
# and the default `graph` (CSV, DOT, HTML), all `--threads 1`, for one or
# more gazette binaries, runs interleaved (binary by binary, command by
# command, round after round) so that a noisy machine weighs on all alike.
# Run by hand, NOT in CI:
#
#     bash benches/ratio.sh 7 target/release/gazette /tmp/gazette-old
#
# Prints, per binary, the median wall time in ms of each command over the
# rounds and the throughput of each graph command relative to `extract`.
# Corpus: $CORPUS, default target/bench/corpus.jsonl (`bash benches/peers.sh
# 20` makes it).
set -euo pipefail
ROUNDS="${1:?rounds}"; shift
[ "$#" -ge 1 ] || { echo "usage: ratio.sh ROUNDS BIN..." >&2; exit 2; }
cd "$(dirname "$0")/.."
CORPUS="${CORPUS:-target/bench/corpus.jsonl}"
[ -s "$CORPUS" ] || { echo "no corpus at $CORPUS (bash benches/peers.sh 20)" >&2; exit 1; }
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
ms() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
for _ in $(seq "$ROUNDS"); do
  for b in "$@"; do
    echo "$b e $(ms "$b" extract -q --threads 1 "$CORPUS")"
    echo "$b c $(ms "$b" graph -q --threads 1 --format csv "$CORPUS" --out-dir "$OUT/g")"
    echo "$b d $(ms "$b" graph -q --threads 1 "$CORPUS" --out-dir "$OUT/g")"
  done
done | python3 -c '
import statistics, sys
t = {}
for line in sys.stdin:
    b, m, v = line.split()
    t.setdefault(b, {}).setdefault(m, []).append(int(v))
for b, m in t.items():
    e, c, d = (statistics.median(m[k]) for k in "ecd")
    print(f"{b}: extract {e:.0f} ms, graph --format csv {c:.0f} ms ({e / c:.3f}x), graph {d:.0f} ms ({e / d:.3f}x)")
'
