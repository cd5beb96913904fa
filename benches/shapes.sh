#!/usr/bin/env bash
# Per-byte time and peak RSS of `gazette graph` on the three input shapes
# of issue 12, at 1x..8x sizes, to read off whether cost is linear (flat
# per byte) or not. Run by hand, NOT in CI:
#
#     bash benches/shapes.sh                 # all shapes, sizes 1 2 4 8
#     SHAPES="xi list" SIZES="1 2" bash benches/shapes.sh
#
# Shapes (generated into target/shapes/, deterministic):
#   xi       one line without a full stop: "Xi met Putin " repeated
#            (1x = 100 KB);
#   list     one sentence with a long coordinated country list:
#            "Leaders of Chad and Peru and ... met in Geneva." (1x = 100 KB);
#   parties  JSONL, one document per line, each a sentence naming 50
#            countries (1x = 2,000 documents, about 1.3 MB).
#
# Each run: `gazette graph -q --threads 1 FILE` under /usr/bin/time (wall
# seconds, peak RSS) with a time limit (LIMIT_S, default 300 s) and an
# address-space limit (LIMIT_MB, default 8192 MB) so that a quadratic case
# cannot take the machine down; a run that hits a limit is shown as such.
# Columns: ns/byte, RSS in MiB, and both as a ratio to the 1x run of the
# shape ("flat" means <= 1.5x between 1x and 8x).
#
# Env: GAZETTE (binary; default target/release/gazette, built if missing),
# SHAPES, SIZES, LIMIT_S, LIMIT_MB, THREADS (default 1).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/target/shapes"
GAZ="${GAZETTE:-$ROOT/target/release/gazette}"
SHAPES="${SHAPES:-xi list parties}"
SIZES="${SIZES:-1 2 4 8}"
LIMIT_S="${LIMIT_S:-300}"
LIMIT_MB="${LIMIT_MB:-8192}"
THREADS="${THREADS:-1}"
mkdir -p "$OUT"
if [ -z "${GAZETTE:-}" ] && [ ! -x "$GAZ" ]; then
    cargo build --release --bin gazette >&2
fi

# gen SHAPE FACTOR FILE: writes the input of SHAPE at FACTOR x.
gen() {
    python3 - "$1" "$2" "$3" "$ROOT/gazetteers/countries.tsv" <<'EOF'
import json, sys
shape, factor, path, countries_tsv = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
names = []
with open(countries_tsv, encoding="utf-8") as f:
    next(f)
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        name = line.split("\t")[1]
        if name.isalpha():  # one plain word: Chad, Peru, Iran, ...
            names.append(name)
names = sorted(names)
with open(path, "w", encoding="utf-8") as out:
    if shape == "xi":
        out.write("Xi met Putin " * (100_000 * factor // 13))
    elif shape == "list":
        five = ["Chad", "Peru", "Iran", "Iraq", "Cuba"]
        n = 100_000 * factor // 9
        out.write("Leaders of " + " and ".join(five[i % 5] for i in range(n)) + " met in Geneva.\n")
    elif shape == "parties":
        for d in range(2000 * factor):
            party = [names[(d * 7 + k) % len(names)] for k in range(50)]
            text = "Leaders of " + ", ".join(party[:-1]) + " and " + party[-1] + " met in Geneva on Monday."
            out.write(json.dumps({"id": f"d{d}", "text": text, "date": "2025-06-02"}) + "\n")
    else:
        sys.exit(f"unknown shape {shape}")
EOF
}

printf '%-8s %6s %10s %9s %9s %9s %8s %8s  %s\n' \
    shape size bytes seconds ns/byte RSS_MiB "t/B x1" "RSS x1" status
for shape in $SHAPES; do
    base_nspb=""
    base_rss=""
    for factor in $SIZES; do
        case "$shape" in
            parties) file="$OUT/$shape-$factor.jsonl" ;;
            *) file="$OUT/$shape-$factor.txt" ;;
        esac
        [ -s "$file" ] || gen "$shape" "$factor" "$file"
        bytes=$(stat -c %s "$file")
        status=ok
        set +e
        (
            ulimit -v $((LIMIT_MB * 1024))
            exec timeout "$LIMIT_S" /usr/bin/time -f '%e %M' -o "$OUT/time" \
                "$GAZ" graph -q --threads "$THREADS" "$file" \
                --out-dir "$OUT/out" >/dev/null 2>"$OUT/stderr"
        )
        rc=$?
        set -e
        if [ $rc -eq 124 ]; then
            status="timeout after ${LIMIT_S}s"
            printf '%-8s %5sx %10s %9s %9s %9s %8s %8s  %s\n' \
                "$shape" "$factor" "$bytes" "-" "-" "-" "-" "-" "$status"
            continue
        elif [ $rc -ne 0 ]; then
            status="rc $rc: $(tail -c 200 "$OUT/stderr" | tr '\n' ' ')"
        fi
        read -r secs rss_kb < <(tail -n 1 "$OUT/time")
        read -r nspb rss_mib < <(python3 -c "print(f'{$secs * 1e9 / $bytes:.1f} {$rss_kb / 1024:.0f}')")
        if [ -z "$base_nspb" ]; then
            base_nspb="$nspb"
            base_rss="$rss_mib"
        fi
        read -r rt rr < <(python3 -c "print(f'{$nspb / max($base_nspb, 1e-9):.2f} {$rss_mib / max($base_rss, 1):.2f}')")
        printf '%-8s %5sx %10s %9s %9s %9s %8s %8s  %s\n' \
            "$shape" "$factor" "$bytes" "$secs" "$nspb" "$rss_mib" "$rt" "$rr" "$status"
    done
done
