#!/usr/bin/env bash
# Scores dossier against every gold set in ../shared/eval (seeds, wide-dev, russian-dev):
# ingests each set into a fresh store, exports it as JSON and runs the shared scorer.
# Prints one table; with -v, also the scorer's full report for each set. --set NAME=DIR adds
# a set of your own: DIR/reports.jsonl scored against DIR/gold.json (repeatable).
# Usage: scripts/eval.sh [-v] [--misses N] [--keep DIR] [--set NAME=DIR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${DOSSIER_SHARED:-../shared}
bin=${DOSSIER_BIN:-build/dossier}
verbose=0 misses=0 keep="" extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    -v) verbose=1 ;;
    --misses) misses=$2; shift ;;
    --keep) keep=$2; shift ;;
    --set) extra+=("${2%%=*}|${2#*=}/reports.jsonl|${2#*=}/gold.json"); shift ;;
    *) echo "usage: scripts/eval.sh [-v] [--misses N] [--keep DIR] [--set NAME=DIR ...]" >&2; exit 2 ;;
  esac
  shift
done
[ -f "$shared/eval/score.py" ] || { echo "eval.sh: $shared/eval/score.py not found" >&2; exit 2; }
[ -x "$bin" ] || { echo "eval.sh: $bin not built (run scripts/setup.sh)" >&2; exit 2; }
work=${keep:-$(mktemp -d)}
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT

sets=("seeds|$shared/corpus/seeds|$shared/eval/dev/seeds.gold.json")
for s in wide-dev russian-dev; do
  [ -f "$shared/eval/$s/reports.jsonl" ] && sets+=("$s|$shared/eval/$s/reports.jsonl|$shared/eval/$s/gold.json")
done
sets+=("${extra[@]}")

printf '%-12s %-18s %-18s %-9s %-9s %-9s %-8s\n' set "events P/R/F1" "figures P/R/F1" conflicts perpetr. "ev/inc" entityF1
for entry in "${sets[@]}"; do
  IFS='|' read -r name input gold <<<"$entry"
  rm -f "$work/$name.db" "$work/$name.db-wal" "$work/$name.db-shm"
  "$bin" ingest "$input" --db "$work/$name.db" >"$work/$name.log" 2>&1
  "$bin" export --db "$work/$name.db" --format json >"$work/$name.json"
  python3 "$shared/eval/score.py" "$gold" "$work/$name.json" --misses="$misses" >"$work/$name.score"
  python3 - "$name" "$work/$name.score" <<'PY'
import re, sys
name, path = sys.argv[1], sys.argv[2]
rows = {}
for line in open(path, encoding="utf-8"):
    m = re.match(r"^(\S.*?)\s{2,}([\d.]+)(?:\s+([\d.]+)\s+([\d.]+))?\s*$", line)
    if m:
        rows[m.group(1)] = [g for g in m.groups()[1:] if g]
def get(key, joined=True):
    v = rows.get(key)
    return "/".join(v) if v and joined else (v[-1] if v else "-")
print(f"{name:<12} {get('events'):<18} {get('figures'):<18} {get('conflicts', False):<9} "
      f"{get('perpetrator accuracy'):<9} {get('system events per found incident'):<9} "
      f"{get('entities', False):<8}")
PY
  [ "$verbose" -eq 0 ] || cat "$work/$name.score"
done
