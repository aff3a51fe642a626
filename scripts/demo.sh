#!/usr/bin/env bash
# The main job: ingest the sample corpus into a fresh store and report what it holds.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-build/examples.db}
rm -f "$db" "$db-wal" "$db-shm"
./build/dossier ingest examples/reports --db "$db"
./build/dossier summary --db "$db"
