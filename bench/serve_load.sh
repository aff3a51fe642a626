#!/usr/bin/env bash
# Bounded load test of `dossier serve` on loopback: wrk (Debian package) with CONNECTIONS
# connections for SECONDS seconds against each of three pages of STORE: a search results
# page, the most reported entity's page and the page of the first incident whose sources disagree. Prints one
# Markdown table row per page: requests/s, p50 and p99 latency.
# Usage: bench/serve_load.sh DOSSIER_BINARY STORE [SECONDS=30] [CONNECTIONS=16] [QUERY=killed]
set -euo pipefail
binary=$1
store=$2
seconds=${3:-30}
connections=${4:-16}
query=${5:-killed}
log=$(mktemp)
"$binary" serve --db "$store" --port 0 2> "$log" &
server=$!
trap 'kill "$server"; rm -f "$log"' EXIT
for _ in $(seq 100); do grep -q 'at http' "$log" && break; sleep 0.1; done
base=$(grep -o 'http://127.0.0.1:[0-9]*' "$log")
top() {  # the id of the first item of an API list
  python3 -c 'import json,sys,urllib.request; print(json.load(urllib.request.urlopen(sys.argv[1]))[0][sys.argv[2]])' "$@"
}
entity=$(top "$base/api/entities?limit=1" id)
incident=$(top "$base/api/conflicts?limit=1" event)
echo "| page | URL | requests/s | p50 ms | p99 ms |"
echo "|---|---|---|---|---|"
for page in "search:/search?q=$query" "entity:/entities/$entity" "incident:/incidents/$incident"; do
  name=${page%%:*}
  path=${page#*:}
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$base$path")
  echo "$out" >&2
  rps=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
  ms() { awk -v p="$1" '$1 == p {v=$2; if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.2f", v}' <<< "$out"; }
  errors=$(grep -E 'Non-2xx|Socket errors' <<< "$out" || true)
  echo "| $name | $path | $rps | $(ms 50%) | $(ms 99%) |${errors:+ $errors}"
done
