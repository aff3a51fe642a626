#!/usr/bin/env bash
# Regenerates the pinned outputs of the sample corpus (tests/data/sample/*.out) with the
# built binary: ingests examples/reports into a scratch store and runs every command of
# tests/data/sample/commands.txt, as tests/cli/golden_test.cc does. Run it after a change
# that is meant to change extraction or presentation, and review the diff before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
binary=${DOSSIER_BINARY:-$root/build/dossier}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd examples
"$binary" ingest reports --db "$scratch/sample.db" >/dev/null
grep -v '^#' "$root/tests/data/sample/commands.txt" | while read -r name args; do
  code=0
  eval "\"$binary\" $args --db \"$scratch/sample.db\"" >"$root/tests/data/sample/$name.out" \
    2>/dev/null || code=$?
  echo "[exit $code]" >>"$root/tests/data/sample/$name.out"
done
# The development seeds in ../shared/corpus (not in this repository) pin the export's
# SHA-256 too (only the digest: the texts are not ours), when present; tests/cli/golden_test.cc
# skips them when absent.
if [ -d "$root/../shared/corpus/seeds" ]; then
  cd "$root/../shared/corpus"
  "$binary" ingest seeds --db "$scratch/seeds.db" >/dev/null 2>&1
  "$binary" export --format json --db "$scratch/seeds.db" | sha256sum | cut -d' ' -f1 \
    >"$root/tests/data/seeds_export.sha256"
fi
echo "updated $(grep -vc '^#' "$root/tests/data/sample/commands.txt") goldens in tests/data/sample"
