#!/usr/bin/env bash
# Counts the instructions `dossier ingest` executes on the first N pages of gva-dev (the
# US local-news registry set in ../shared/eval/gva-dev), under valgrind's callgrind: a
# count, not a time, so it holds on a shared, noisy machine. Prints the total, the share
# of loading lexicons and models (an ingest of one empty-handed line) and the count per page.
# With --base BIN, runs a second binary on the same pages and prints both and the ratio.
#
# Usage: bench/gva_instructions.sh [--pages N] [--bin BIN] [--base BIN]
# Needs ../shared; installs valgrind from Debian's packages when it is missing.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${DOSSIER_SHARED:-$ROOT/../shared}
PAGES=300
BIN=$ROOT/build/dossier
BASE=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --pages) PAGES=$2; shift ;;
    --bin) BIN=$2; shift ;;
    --base) BASE=$2; shift ;;
    *) echo "usage: $0 [--pages N] [--bin BIN] [--base BIN]" >&2; exit 2 ;;
  esac
  shift
done
REPORTS=$SHARED/eval/gva-dev/reports.jsonl
[[ -f $REPORTS ]] || { echo "gva_instructions.sh: $REPORTS not found" >&2; exit 2; }
if ! command -v valgrind >/dev/null; then
  sudo_cmd=""
  [[ $(id -u) -eq 0 ]] || sudo_cmd=sudo
  $sudo_cmd apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q valgrind
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$PAGES" "$REPORTS" > "$work/pages.jsonl"
echo '{"id": "load", "text": "Nothing to report."}' > "$work/load.jsonl"

# Instructions of one ingest of $2 by binary $1.
count() {
  rm -f "$work/db"*
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" \
    "$1" ingest "$2" --db "$work/db" >/dev/null 2>"$work/cg.log" ||
    { cat "$work/cg.log" >&2; exit 1; }
  awk '/^summary:/ {print $2}' "$work/cg.out"
}

report() {
  local bin=$1 total load
  total=$(count "$bin" "$work/pages.jsonl")
  load=$(count "$bin" "$work/load.jsonl")
  awk -v b="$bin" -v n="$PAGES" -v t="$total" -v l="$load" 'BEGIN {
    printf "%s\n  %d pages: %.3f G instructions (load %.3f G, %.2f M per page)\n",
      b, n, t / 1e9, l / 1e9, (t - l) / n / 1e6 }' >&2
  echo "$total"
}

now=$(report "$BIN")
if [[ -n $BASE ]]; then
  base=$(report "$BASE")
  awk -v a="$now" -v b="$base" 'BEGIN { printf "ratio (bin / base): %.3f\n", a / b }'
fi
