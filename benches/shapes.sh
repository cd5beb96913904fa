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
#            (1x = BASE_KB, default 1000 KB: the issue's 100 KB line runs
#            in less time than the process start-up once sentences are
#            capped, which would hide the per-byte cost);
#   list     one sentence with a long coordinated country list:
#            "Leaders of Chad and Peru and ... met in Geneva." (1x = BASE_KB);
#   xi-var, list-var  the same without exact repeats ("Xi met Putin on day
#            N", and a list drawing from the 179 one-word country names
#            with a seeded generator): once a sentence is capped, the pieces of `xi` and
#            `list` repeat each other and are skipped as repeated text, so
#            these two variants are the ones that exercise the relation
#            stage;
#   parties  JSONL, one document per line, each a sentence naming 50
#            countries (1x = PARTY_DOCS documents, default 500, 270 KB).
#
# Each run: `gazette graph -q --threads 1 FILE` under /usr/bin/time with a
# time limit (LIMIT_S, default 300 s) and an address-space limit (LIMIT_MB,
# default 8192 MB) so that a quadratic case cannot take the machine down; a
# run that hits a limit is shown as such. Columns: wall and CPU seconds,
# ns/byte of CPU time after the start-up (the CPU time of a run on an empty
# file is subtracted; CPU time is steadier than wall time on a shared
# machine), peak RSS, and both as a ratio to the 1x run of the shape
# ("flat" means <= 1.5x between 1x and 8x).
#
# Env: GAZETTE (binary; default target/release/gazette, built if missing),
# SHAPES, SIZES, BASE_KB, PARTY_DOCS, LIMIT_S, LIMIT_MB, THREADS (default 1).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="$ROOT/target/shapes"
GAZ="${GAZETTE:-$ROOT/target/release/gazette}"
SHAPES="${SHAPES:-xi xi-var list list-var parties}"
SIZES="${SIZES:-1 2 4 8}"
LIMIT_S="${LIMIT_S:-300}"
LIMIT_MB="${LIMIT_MB:-8192}"
THREADS="${THREADS:-1}"
BASE_KB="${BASE_KB:-1000}"
PARTY_DOCS="${PARTY_DOCS:-500}"
mkdir -p "$OUT"
if [ -z "${GAZETTE:-}" ] && [ ! -x "$GAZ" ]; then
    cargo build --release --bin gazette >&2
fi

# gen SHAPE FACTOR FILE: writes the input of SHAPE at FACTOR x.
gen() {
    python3 - "$1" "$2" "$3" "$ROOT/gazetteers/countries.tsv" "$BASE_KB" "$PARTY_DOCS" <<'EOF'
import json, sys
shape, factor, path, countries_tsv = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
base, docs = int(sys.argv[5]) * 1000, int(sys.argv[6])
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
        out.write("Xi met Putin " * (base * factor // 13))
    elif shape == "xi-var":
        words, size, day = [], 0, 0
        while size < base * factor:
            w = f"Xi met Putin on day {day} "
            words.append(w)
            size += len(w)
            day += 1
        out.write("".join(words))
    elif shape in ("list", "list-var"):
        five = ["Chad", "Peru", "Iran", "Iraq", "Cuba"]
        words, size, i, seed = [], len("Leaders of "), 0, 12345
        while size < base * factor:
            if shape == "list":
                words.append(five[i % 5])
            else:
                seed = (seed * 1103515245 + 12345) % 2**31
                words.append(names[(seed >> 8) % len(names)])
            size += len(words[-1]) + 5
            i += 1
        out.write("Leaders of " + " and ".join(words) + " met in Geneva.\n")
    elif shape == "parties":
        for d in range(docs * factor):
            party = [names[(d * 7 + k) % len(names)] for k in range(50)]
            text = "Leaders of " + ", ".join(party[:-1]) + " and " + party[-1] + " met in Geneva on Monday."
            out.write(json.dumps({"id": f"d{d}", "text": text, "date": "2025-06-02"}) + "\n")
    else:
        sys.exit(f"unknown shape {shape}")
EOF
}

# run FILE: time and peak RSS of one run into $OUT/time ("wall user sys
# rss_kb"); returns gazette's status (124 on timeout).
run() {
    set +e
    (
        ulimit -v $((LIMIT_MB * 1024))
        exec timeout "$LIMIT_S" /usr/bin/time -f '%e %U %S %M' -o "$OUT/time" \
            "$GAZ" graph -q --threads "$THREADS" "$1" \
            --out-dir "$OUT/out" >/dev/null 2>"$OUT/stderr"
    )
    local rc=$?
    set -e
    return $rc
}

: > "$OUT/empty.txt"
run "$OUT/empty.txt"
read -r _ u s _ < <(tail -n 1 "$OUT/time")
startup=$(python3 -c "print($u + $s)")
echo "start-up (empty input): ${startup}s CPU"
printf '%-8s %6s %10s %8s %8s %9s %8s %7s %7s  %s\n' \
    shape size bytes wall_s cpu_s ns/byte RSS_MiB "t/B x1" "RSS x1" status
for shape in $SHAPES; do
    base_nspb=""
    base_rss=""
    for factor in $SIZES; do
        case "$shape" in
            parties) file="$OUT/$shape-$PARTY_DOCS-$factor.jsonl" ;;
            *) file="$OUT/$shape-$BASE_KB-$factor.txt" ;;
        esac
        [ -s "$file" ] || gen "$shape" "$factor" "$file"
        bytes=$(stat -c %s "$file")
        status=ok
        rc=0
        run "$file" || rc=$?
        if [ $rc -eq 124 ]; then
            printf '%-8s %5sx %10s %8s %8s %9s %8s %7s %7s  %s\n' \
                "$shape" "$factor" "$bytes" - - - - - - "timeout after ${LIMIT_S}s"
            continue
        elif [ $rc -ne 0 ]; then
            status="rc $rc: $(tail -c 200 "$OUT/stderr" | tr '\n' ' ')"
        fi
        read -r wall u s rss_kb < <(tail -n 1 "$OUT/time")
        read -r cpu nspb rss_mib < <(python3 -c "c = $u + $s; print(f'{c:.2f} {max(c - $startup, 0) * 1e9 / $bytes:.1f} {$rss_kb / 1024:.0f}')")
        if [ -z "$base_nspb" ]; then
            base_nspb="$nspb"
            base_rss="$rss_mib"
        fi
        # A per-byte time under 1 ns is start-up noise: no ratio.
        read -r rt rr < <(python3 -c "print(f'{$nspb / $base_nspb:.2f}' if $base_nspb >= 1 else 'n/a', f'{$rss_mib / max($base_rss, 1):.2f}')")
        printf '%-8s %5sx %10s %8s %8s %9s %8s %7s %7s  %s\n' \
            "$shape" "$factor" "$bytes" "$wall" "$cpu" "$nspb" "$rss_mib" "$rt" "$rr" "$status"
    done
done
