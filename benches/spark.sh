#!/usr/bin/env bash
# Runs the README's Spark recipe (benches/spark_recipe.py, quoted there)
# for real on a local Spark (local[2]), merges the partials with
# `gazette merge parts/*` (Spark's _SUCCESS marker is skipped with a
# warning) and checks the merge is byte-identical to a single
# `gazette graph` run over the same corpus. Prints the timings as a
# Markdown table (also written to target/spark/results.md).
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

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.1f}')"; }

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
cat "$work/merge.log"

for f in nodes.csv edges.csv graph.dot; do
  cmp "$work/single/$f" "$work/merged/$f"
done
parts=$(ls "$work"/parts/part-* | wc -l)
{
  echo "| step | seconds |"
  echo "|---|---:|"
  echo "| \`gazette graph --threads 2\`, one process, ${mb} MB | $(secs "$t0" "$t1") |"
  echo "| Spark \`local[2]\`, ${parts} partitions piped through gazette (JVM start included) | $(secs "$t1" "$t2") |"
  echo "| \`gazette merge parts/*\` | $(secs "$t2" "$t3") |"
  echo
  echo "merge == single run: byte-identical (nodes.csv, edges.csv, graph.dot)"
} | tee "$work/results.md"
