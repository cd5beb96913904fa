#!/usr/bin/env bash
# Runs the README's Spark recipe (benches/spark_recipe.py, quoted there)
# for real on a local Spark (local[2]), merges the partials with
# `gazette merge parts/*` (Spark's _SUCCESS marker is skipped with a
# warning) and checks that the merge is byte-identical to a single
# `gazette graph` run over the same corpus; each timed step runs three
# times, medians are printed as a Markdown table (also written to
# target/spark/results.md). Then checks that the job fails, thanks to
# checkCode=True, when gazette fails in a partition.
#
#   bash benches/spark.sh [MB]        # default 20 MB of generated JSONL
#
# Needs Java 17+ (pyspark 4 runs on it) and installs pyspark into
# target/spark-venv. Without Java it prints a message and exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
mb="${1:-20}"

if ! command -v java >/dev/null 2>&1; then
  echo "benches/spark.sh: skipped: no java on PATH (pyspark needs Java 17+)"
  exit 0
fi

venv="$PWD/target/spark-venv"
if ! "$venv/bin/python" -c "import pyspark" >/dev/null 2>&1; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check pyspark==4.0.1
fi

cargo build --release -q
export PATH="$PWD/target/release:$PATH"
work="$PWD/target/spark"
rm -rf "$work"
mkdir -p "$work"
python3 benches/gen_corpus.py --mb "$mb" --format jsonl \
  --out "$work/corpus.jsonl"

reps=3
now() { date +%s.%N; }
median() { python3 -c "import statistics, sys; print(f'{statistics.median(map(float, sys.argv[1:])):.1f}')" "$@"; }

single=() spark=() merge=()
for i in $(seq "$reps"); do
  rm -rf "$work/single" "$work/parts" "$work/merged"
  t0=$(now)
  gazette graph -q --threads 2 "$work/corpus.jsonl" --out-dir "$work/single"
  t1=$(now)
  PYSPARK_PYTHON="$venv/bin/python" "$venv/bin/spark-submit" \
    --master 'local[2]' --conf spark.ui.enabled=false \
    benches/spark_recipe.py "file://$work/corpus.jsonl" "file://$work/parts" \
    2> "$work/spark.log"
  t2=$(now)
  gazette merge "$work"/parts/* --out-dir "$work/merged" 2> "$work/merge.log"
  t3=$(now)
  single+=("$(python3 -c "print($t1 - $t0)")")
  spark+=("$(python3 -c "print($t2 - $t1)")")
  merge+=("$(python3 -c "print($t3 - $t2)")")
done
cat "$work/merge.log"

for f in nodes.csv edges.csv graph.dot; do
  cmp "$work/single/$f" "$work/merged/$f"
done

# checkCode=True: when gazette fails in a partition (here a stand-in that
# reads its input and exits 3), the job must fail instead of saving an
# empty partition as if nothing had happened.
mkdir -p "$work/failing-bin"
printf '#!/bin/sh\ncat >/dev/null\nexit 3\n' > "$work/failing-bin/gazette"
chmod +x "$work/failing-bin/gazette"
if PATH="$work/failing-bin:/usr/bin:/bin" PYSPARK_PYTHON="$venv/bin/python" \
  "$venv/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false \
  benches/spark_recipe.py "file://$work/corpus.jsonl" "file://$work/parts-fail" \
  > "$work/spark-fail.log" 2>&1; then
  echo "benches/spark.sh: a failing gazette did not fail the job" >&2
  exit 1
fi
echo "failing gazette -> job failed: $(grep -m1 -o 'exited with error code [0-9]*' "$work/spark-fail.log")"

parts=$(ls "$work"/parts/part-* | wc -l)
{
  echo "| step (median of $reps) | seconds |"
  echo "|---|---:|"
  echo "| \`gazette graph --threads 2\`, one process, ${mb} MB | $(median "${single[@]}") |"
  echo "| Spark \`local[2]\`, ${parts} partitions piped through gazette (JVM start included) | $(median "${spark[@]}") |"
  echo "| \`gazette merge parts/*\` | $(median "${merge[@]}") |"
  echo
  echo "merge == single run: byte-identical (nodes.csv, edges.csv, graph.dot)"
} | tee "$work/results.md"
