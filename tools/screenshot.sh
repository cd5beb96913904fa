#!/usr/bin/env bash
# Regenerate docs/report.png, the screenshot of graph.html in the README:
# the report of examples/summit.txt and tests/data/articles/, rendered by
# headless Chromium (Debian's `chromium`, or $GAZETTE_CHROMIUM) with the
# evidence of the Merz-Lula meeting open (clicked through the page's
# URL-fragment test hook, see src/export/html.rs).
#
#   bash tools/screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
browser="${GAZETTE_CHROMIUM:-chromium}"
command -v "$browser" >/dev/null || {
  echo "no $browser: apt-get install chromium, or set GAZETTE_CHROMIUM" >&2
  exit 1
}
cargo build --release -q
out="$PWD/target/screenshot"
rm -rf "$out"
mkdir -p "$out/profile"
./target/release/gazette graph -q --format all \
  examples/summit.txt tests/data/articles --out-dir "$out"
# The page draws the edges in edges.csv order (nothing is cut here).
row=$(grep -n '^friedrich-merz,luiz-inacio-lula-da-silva,MEETING,' \
  "$out/edges.csv" | cut -d: -f1)
edge=$((row - 2))
"$browser" --headless --no-sandbox --disable-gpu --disable-quic \
  --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$out/profile" --virtual-time-budget=5000 \
  --window-size=1400,860 --screenshot="$PWD/docs/report.png" \
  "file://$out/graph.html#click=edge:$edge" 2>/dev/null
echo "wrote docs/report.png (edge $edge)"
