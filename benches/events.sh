#!/usr/bin/env bash
# Time and peak memory of one sentence that lists N countries (issue 12,
# item 2): "Leaders of Chad and Peru and ... met in Geneva." with 11,000
# names (99 KB, the issue's line) and 2, 4 and 8 times as many. A frame with
# more parties than --max-parties (12) is one multilateral event, so
# `relations` writes one row per party and `graph` one event node with one
# PARTICIPATED_IN edge per party: time and memory must grow linearly with
# the line. Run by hand, NOT in CI:
#
#     bash benches/events.sh
#
# Prints, per size and command (`relations`, `graph --format csv`, one
# thread), the median wall time of RUNS runs (default 3) and the largest
# peak RSS (/usr/bin/time %M), then both above those of a 4-country line
# (start-up: loading the gazetteers and compiling the rules), per KB of
# input: flat per-KB figures mean linear time and memory. Inputs and
# outputs go to target/bench/events/. SIZES (default "1 2 4 8 16") are the
# multiples of 11,000 names.
set -euo pipefail

RUNS="${RUNS:-3}"
SIZES="${SIZES:-1 2 4 8 16}"
cd "$(dirname "$0")/.."
GAZ="$PWD/target/release/gazette"
B="$PWD/target/bench/events"
mkdir -p "$B"
cargo build --release --quiet

# run CMD INPUT K: sets median (s), rss (KB) and out (rows or edges).
run() {
    local cmd=$1 input=$2 k=$3 times=() t m
    rss=0
    for _ in $(seq "$RUNS"); do
        if [ "$cmd" = relations ]; then
            /usr/bin/time -f '%e %M' -o "$B/time" "$GAZ" relations -q \
                --threads 1 "$input" -o "$B/relations$k.csv"
            out=$(($(wc -l < "$B/relations$k.csv") - 1))
        else
            /usr/bin/time -f '%e %M' -o "$B/time" "$GAZ" graph -q \
                --threads 1 --format csv "$input" --out-dir "$B/graph$k"
            out=$(($(wc -l < "$B/graph$k/edges.csv") - 1))
        fi
        read -r t m < "$B/time"
        times+=("$t")
        [ "$m" -gt "$rss" ] && rss=$m
    done
    median=$(printf '%s\n' "${times[@]}" | sort -g | sed -n "$(((RUNS + 1) / 2))p")
}

list() {
    python3 -c "c=['Chad','Peru','Iran','Iraq','Cuba'];print('Leaders of '+' and '.join(c[i%5] for i in range($1))+' met in Geneva.')"
}

declare -A base_t base_m
list 4 > "$B/list0.txt"
for cmd in relations graph; do
    run "$cmd" "$B/list0.txt" 0
    base_t[$cmd]=$median
    base_m[$cmd]=$rss
done
printf 'start-up (4 names): relations %s s, %s MB; graph %s s, %s MB\n\n' \
    "${base_t[relations]}" "$((base_m[relations] / 1024))" \
    "${base_t[graph]}" "$((base_m[graph] / 1024))"
printf '| names | KB | command | rows / edges | median s | peak RSS MB | ms per KB above start-up | RSS KB per KB above start-up |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for k in $SIZES; do
    n=$((11000 * k))
    input="$B/list$k.txt"
    list "$n" > "$input"
    bytes=$(stat -c %s "$input")
    for cmd in relations graph; do
        run "$cmd" "$input" "$k"
        awk -v n="$n" -v b="$bytes" -v c="$cmd" -v o="$out" -v t="$median" \
            -v r="$rss" -v t0="${base_t[$cmd]}" -v r0="${base_m[$cmd]}" \
            'BEGIN { kb = b / 1024; printf "| %d | %.0f | %s | %d | %.2f | %.1f | %.3f | %.1f |\n", n, kb, c, o, t, r / 1024, (t - t0) * 1000 / kb, (r - r0) / kb }'
    done
done
