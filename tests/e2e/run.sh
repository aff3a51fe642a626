#!/usr/bin/env bash
# Builds a store of the sample corpus plus the hostile report (tests/data/hostile) and runs
# the browser test against `dossier serve` on it; screenshots go to BUILD_DIR/screenshots.
# Usage: tests/e2e/run.sh DOSSIER_BINARY BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
binary=$1
build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" --db "$work/e2e.db" ingest examples/reports tests/data/hostile > "$work/ingest.log" 2>&1
node tests/e2e/browser.test.mjs "$binary" "$work/e2e.db" "$build/screenshots"
