#!/usr/bin/env bash
# Runs the fuzz targets of gazette with cargo-fuzz (libFuzzer). By hand,
# NOT in CI (RELIABILITY.md records the runs):
#
#     bash fuzz/run.sh                         # every target, 1,000,000 runs each
#     RUNS=200000 TARGETS="analyze" bash fuzz/run.sh
#
# 1. installs cargo-fuzz (pinned) if missing;
# 2. seeds target/fuzz-corpus/TARGET from the repository (examples, test
#    articles, gazetteer heads, a partial graph, JSONL lines, and the long
#    shapes of issue 12) -- libFuzzer adds what it finds there;
# 3. runs each target for RUNS runs (-runs), with a dictionary of names
#    and cues for `analyze`, a per-input time limit (TIMEOUT_S, default 10 s:
#    a slower input is reported as a finding) and the final statistics.
#
# Stable toolchain: cargo-fuzz needs -Z flags, which RUSTC_BOOTSTRAP=1
# allows. Built with debug assertions (overflow checks) and without a
# sanitizer (gazette has no unsafe code; the sanitizer would only slow the
# runs). A crash is saved in fuzz/artifacts/TARGET/ and stops the run.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
RUNS="${RUNS:-1000000}"
TARGETS="${TARGETS:-reader merge gazetteer analyze}"
TIMEOUT_S="${TIMEOUT_S:-10}"
CARGO_FUZZ_VERSION=0.13.2
export RUSTC_BOOTSTRAP=1
log() { printf '[fuzz] %s\n' "$*" >&2; }

if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
    log "cargo install cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi

CORPUS="$ROOT/target/fuzz-corpus"
GAZ="$ROOT/target/release/gazette"
[ -x "$GAZ" ] || cargo build --release --bin gazette >&2

seed() { # seed TARGET NAME: stdin -> corpus file
    mkdir -p "$CORPUS/$1"
    cat > "$CORPUS/$1/seed-$2"
}

# The inputs of past findings (fuzz/findings/TARGET-what) stay seeds.
for f in fuzz/findings/*; do
    [ -e "$f" ] || continue
    t=$(basename "$f"); seed "${t%%-*}" "finding-${t#*-}" < "$f"
done

# analyze: mode byte 0 = plain text; 0x80.. = a repeated pattern; 0xC0.. = a
# coordinated list (see fuzz_targets/analyze.rs).
i=0
for f in examples/summit.txt tests/data/articles/*.txt; do
    { printf '\0'; head -c 4000 "$f"; } | seed analyze "text$i"
    i=$((i + 1))
done
printf '\x80\xff\xffXi met Putin ' | seed analyze run-xi
printf '\x80\x00\x10Chad and Peru and ' | seed analyze run-list
python3 -c "import sys; sys.stdout.buffer.write(bytes([0xC0]) + bytes(range(0, 250, 3)))" | seed analyze list
python3 -c "import sys; sys.stdout.buffer.write(bytes([0xC1]) + bytes([0x40 | (i % 8) for i in range(300)]))" | seed analyze list-and

# gazetteer: the first rows of each default file, split by 0xFF.
{
    printf '\0'
    for f in countries roles people places organisations relations; do
        head -n 12 "gazetteers/$f.tsv"
        printf '\xff'
    done
} | seed gazetteer defaults-head
{
    printf '\1'
    printf 'id\tname\taliases\tdemonyms\tcapital\nKEN\tKenya\t\tKenyan\tnairobi\n\xff'
    printf 'id\tname\taliases\tclass\npresident\tPresident\t\thead_of_state\n\xff'
    printf 'id\tname\taliases\tshort_forms\tcountry\troles\nana-lopes\tAna Lopes\t\tLopes\tKEN\tpresident:2020-\n\xff'
    printf '\xff\xff'
    printf 'kind\tpattern\ttriggers\nMEETING\tnoun\ttalks?|summit\nNEGATION\tleft\tnot|never\n'
} | seed gazetteer overlay

# reader: JSONL lines and text, with a BOM, invalid UTF-8, long lines.
printf '\x01{"id":"a","text":"Xi met Putin.","date":"2025-01-02"}\n\n[1]\n{"text":5}\n' | seed reader jsonl
printf '\x41\xef\xbb\xbf{"id":"a","text":"x"}\r\n{"id":2,"text":"%s"}\n' "$(head -c 300 /dev/zero | tr '\0' 'a')" | seed reader jsonl-long
printf '\x10\xef\xbb\xbfPara one.\n\nPara two \xff\xfe.\n\nThree\n' | seed reader text
printf '\x08\xff\xfeX\0i\0' | seed reader utf16

# merge: partial graphs of the example, one and two per file.
"$GAZ" graph -q examples/summit.txt --partial - | seed merge summit
"$GAZ" graph -q --level country tests/data/articles/*.txt --partial - | seed merge articles

DICT="$ROOT/target/fuzz-analyze.dict"
python3 - "$DICT" <<'PY'
import sys
words = [" met ", " held talks with ", " and ", ", ", ". ", "\n\n", "\n",
         " cooperation ", "Xi Jinping", "Vladimir Putin", "President ",
         "Prime Minister ", "Chinese ", "Beijing", "both sides", "U.S.",
         " did not meet ", " will meet ", "Sino-Russian", "Foreign Minister ",
         " in Moscow", " on Monday", "\u2014", "Mr. ", "\u2019s "]
with open(sys.argv[1], "w") as f:
    for w in words:
        esc = "".join(c if c.isalnum() or c in " .,'-" else
                      "".join(f"\\x{b:02X}" for b in c.encode()) for c in w)
        f.write(f'"{esc}"\n')
PY

for t in $TARGETS; do
    extra=()
    [ "$t" = analyze ] && extra=(-dict="$DICT")
    log "$t: $RUNS runs"
    # A finding (crash, timeout, memory) fails the script with libFuzzer's
    # status; the filter below only shortens what is shown.
    set +e
    cargo fuzz run --fuzz-dir fuzz -s none -a "$t" "$CORPUS/$t" -- \
        -runs="$RUNS" -max_len=65536 -timeout="$TIMEOUT_S" -rss_limit_mb=4096 \
        -print_final_stats=1 "${extra[@]}" 2>&1 | tee "$ROOT/target/fuzz-$t.log" \
        | grep -a -E '^(#[0-9]+ +DONE|Done|stat::|==|SUMMARY|.*panicked|.*ERROR)'
    status=${PIPESTATUS[0]}
    set -e
    if [ "$status" -ne 0 ]; then
        log "$t: FINDING (exit $status): target/fuzz-$t.log, fuzz/artifacts/$t/"
        exit "$status"
    fi
done
