#!/usr/bin/env bash
# Rebuilds the shipped incident models (data/incidents/date.model, place.model) from the
# development sets in ../shared (not in this repository): the gva-dev registry of US local
# news, the wide-dev event gold and the seeds. Prints each set's 5-fold cross-validation
# (folds split by incident), then writes the models. Extra arguments go to train-incidents
# (--epochs N, --event-gold-weight N, --out DIR).
# Usage: scripts/train_incidents.sh [train-incidents options]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${DOSSIER_SHARED:-../shared}
bin=${DOSSIER_BIN:-build/dossier}
[ -f "$shared/eval/gva-dev/gold.json" ] || { echo "train_incidents.sh: $shared/eval not found" >&2; exit 2; }
[ -x "$bin" ] || { echo "train_incidents.sh: $bin not built (run scripts/setup.sh)" >&2; exit 2; }
out=data/incidents
for a in "$@"; do [ "$a" = --out ] && out=""; done
"$bin" train-incidents \
  "$shared/eval/gva-dev/reports.jsonl" "$shared/eval/gva-dev/gold.json" \
  "$shared/eval/wide-dev/reports.jsonl" "$shared/eval/wide-dev/gold.json" \
  "$shared/corpus/seeds" "$shared/eval/dev/seeds.gold.json" \
  ${out:+--out "$out"} "$@"
