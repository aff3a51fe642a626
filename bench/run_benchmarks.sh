#!/usr/bin/env bash
# Reproduces every figure in BENCHMARKS.md:
#   1. builds dossier and the microbenchmarks (-DDOSSIER_BENCH=ON) in build-bench/
#   2. runs the per-stage microbenchmarks on the 1 MB synthetic corpus
#   3. generates synthetic corpora of 1, 10 and 100 MB (and 1 GB with --gb)
#   4. times `dossier ingest` with --jobs 1 and --jobs $(nproc): median of 3 runs
#      (wall time, peak RSS from /usr/bin/time -v, store size)
#   5. lays corpus_1 out as PDFs (bench/make_pdf_corpus.py) and measures pages per second for
#      text extraction alone (bench_pdf) and for `dossier ingest` of those PDFs
#   6. times the peer (compromise, bench/peer/) on the same texts
#   7. scores dossier and compromise on /work/shared/corpus/seeds when present
# Results: bench/out/results.md (printed at the end) and the raw logs in bench/out/.
#
# Usage: bench/run_benchmarks.sh [--gb] [--runs N] [--sizes "1 10 100"] [--skip-build]
# (--runs and --sizes exist for quick checks; the published figures use the defaults)
# Needs what scripts/setup.sh installs; installs GNU time, Node.js and npm itself.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$ROOT/build-bench
OUT=$ROOT/bench/out
PEER=$ROOT/bench/peer
SHARED=$ROOT/../shared
SIZES="1 10 100"
RUNS=3
BUILD_FIRST=1
while [[ $# -gt 0 ]]; do
  case $1 in
    --gb) SIZES="$SIZES 1000" ;;
    --runs) RUNS=$2; shift ;;
    --sizes) SIZES=$2; shift ;;
    --skip-build) BUILD_FIRST=0 ;;
    *) echo "usage: $0 [--gb] [--runs N] [--sizes \"1 10 100\"] [--skip-build]" >&2; exit 2 ;;
  esac
  shift
done
CORES=$(nproc)
BENCHES="read segment lexicon tagger extract resolve store pipeline"
# Everything the benchmarks need beyond scripts/setup.sh, from Debian's packages.
missing=()
for p in time libbenchmark-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
command -v npm >/dev/null || missing+=(nodejs npm)
if [[ ${#missing[@]} -gt 0 ]]; then
  sudo_cmd=""
  [[ $(id -u) -eq 0 ]] || sudo_cmd=sudo
  $sudo_cmd apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}"
fi
mkdir -p "$OUT"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

if [[ $BUILD_FIRST == 1 ]]; then
  log "building in $BUILD"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BENCH=ON >/dev/null
  ninja -C "$BUILD" -j"$CORES" dossier bench_pdf $(for b in $BENCHES; do echo bench_$b; done) >/dev/null
fi
DOSSIER=$BUILD/dossier

log "generating corpora: $SIZES MB"
for s in $SIZES; do
  dir=$OUT/corpus_$s
  if [[ ! -f $dir.done ]]; then
    rm -rf "$dir"
    python3 "$ROOT/bench/make_corpus.py" --size "$s" --seed 1 --out "$dir" 2>/dev/null
    touch "$dir.done"
  fi
done

log "microbenchmarks on corpus_1"
: >"$OUT/micro.txt"
for b in $BENCHES; do
  DOSSIER_BENCH_CORPUS=$OUT/corpus_1 "$BUILD/bench/bench_$b" --benchmark_min_time=1 \
    2>/dev/null | grep '^BM_' | tee -a "$OUT/micro.txt" >&2
done

# One line per ingest run: size jobs seconds peak_rss_kb store_bytes
: >"$OUT/ingest.tsv"
for s in $SIZES; do
  dir=$OUT/corpus_$s
  runs=$RUNS
  [[ $s == 1000 ]] && runs=1
  for jobs in 1 "$CORES"; do
    for ((r = 1; r <= runs; r++)); do
      db=$OUT/ingest_$s.db
      rm -f "$db" "$db-wal" "$db-shm"
      start=$(date +%s.%N)
      /usr/bin/time -v -o "$OUT/time.txt" "$DOSSIER" ingest "$dir" --db "$db" --jobs "$jobs" \
        >"$OUT/ingest_$s.log" 2>&1
      end=$(date +%s.%N)
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time.txt")
      store=$(find "$OUT" -maxdepth 1 -name "ingest_$s.db*" -printf '%s\n' | awk '{t += $1} END {print t}')
      secs=$(echo "$end - $start" | bc -l)
      printf '%s\t%s\t%s\t%s\t%s\n' "$s" "$jobs" "$secs" "$rss" "$store" | tee -a "$OUT/ingest.tsv" >&2
    done
  done
  rm -f "$OUT/ingest_$s.db" "$OUT/ingest_$s.db-wal" "$OUT/ingest_$s.db-shm"
done

log "PDF: corpus_1 laid out as PDFs"
pdfs=$OUT/pdf_corpus_1
if [[ ! -f $pdfs.done ]]; then
  rm -rf "$pdfs"
  # The system interpreter: python3-reportlab is a Debian package.
  /usr/bin/python3 "$ROOT/bench/make_pdf_corpus.py" "$OUT/corpus_1" "$pdfs" >"$OUT/pdf_corpus.txt"
  touch "$pdfs.done"
fi
DOSSIER_BENCH_PDFS=$pdfs "$BUILD/bench/bench_pdf" --benchmark_min_time=1 2>/dev/null |
  grep '^BM_' | tee "$OUT/pdf_micro.txt" | tee -a "$OUT/micro.txt" >&2
# One line per PDF ingest run: jobs seconds
: >"$OUT/pdf_ingest.tsv"
for jobs in 1 "$CORES"; do
  for ((r = 1; r <= RUNS; r++)); do
    db=$OUT/ingest_pdf.db
    rm -f "$db" "$db-wal" "$db-shm"
    start=$(date +%s.%N)
    "$DOSSIER" ingest "$pdfs" --db "$db" --jobs "$jobs" >"$OUT/ingest_pdf.log" 2>&1
    end=$(date +%s.%N)
    printf '%s\t%s\n' "$jobs" "$(echo "$end - $start" | bc -l)" | tee -a "$OUT/pdf_ingest.tsv" >&2
  done
done
rm -f "$OUT/ingest_pdf.db" "$OUT/ingest_pdf.db-wal" "$OUT/ingest_pdf.db-shm"

# Corpus sizes in bytes and words.
: >"$OUT/corpus.tsv"
for s in $SIZES; do
  find "$OUT/corpus_$s" -name '*.txt' -print0 | xargs -0 cat | wc -cw |
    awk -v s="$s" '{print s "\t" $2 "\t" $1}' >>"$OUT/corpus.tsv"
done

log "peer: compromise"
if [[ ! -d $PEER/node_modules/compromise ]]; then
  (cd "$PEER" && npm ci --silent)
fi
: >"$OUT/peer.tsv"
for ((r = 1; r <= RUNS; r++)); do
  node "$PEER/compromise_extract.mjs" throughput "$OUT/corpus_1" | tee -a "$OUT/peer.jsonl" |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print("1\t%f" % d["seconds"])' \
    >>"$OUT/peer.tsv"
done
if [[ -d $OUT/corpus_10 ]]; then
  node "$PEER/compromise_extract.mjs" throughput "$OUT/corpus_10" |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print("10\t%f" % d["seconds"])' \
    >>"$OUT/peer.tsv"
fi
cat "$OUT/peer.tsv" >&2

SCORED=0
if [[ -d $SHARED/corpus/seeds && -f $SHARED/eval/score.py ]]; then
  log "quality on $SHARED/corpus/seeds"
  db=$OUT/seeds.db
  rm -f "$db" "$db-wal" "$db-shm"
  "$DOSSIER" ingest "$SHARED/corpus/seeds" --db "$db" >/dev/null 2>&1
  "$DOSSIER" export --db "$db" --format json >"$OUT/seeds.dossier.json"
  node "$PEER/compromise_extract.mjs" export "$SHARED/corpus/seeds" >"$OUT/seeds.compromise.json"
  python3 "$SHARED/eval/score.py" "$SHARED/eval/dev/seeds.gold.json" "$OUT/seeds.dossier.json" \
    >"$OUT/score.dossier.txt" || true
  python3 "$SHARED/eval/score.py" "$SHARED/eval/dev/seeds.gold.json" "$OUT/seeds.compromise.json" \
    >"$OUT/score.compromise.txt" || true
  SCORED=1
fi

python3 - "$OUT" "$CORES" "$SCORED" <<'EOF' | tee "$OUT/results.md"
import statistics, sys, collections
out, cores, scored = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
corpus = {}
for line in open(f"{out}/corpus.tsv"):
    s, nbytes, words = line.split()
    corpus[s] = (int(nbytes), int(words))
runs = collections.defaultdict(list)
for line in open(f"{out}/ingest.tsv"):
    s, jobs, secs, rss, store = line.split()
    runs[(s, int(jobs))].append((float(secs), int(rss), int(store)))
print("## dossier ingest (median of runs; peak RSS: the highest run)\n")
print("| input | jobs | runs | seconds | MB/s | MB/s per core | words/s | peak RSS MB | store MB |")
print("|---|---|---|---|---|---|---|---|---|")
single, allcores = {}, {}
for (s, jobs), rs in sorted(runs.items(), key=lambda kv: (float(kv[0][0]), kv[0][1])):
    nbytes, words = corpus[s]
    secs = statistics.median(r[0] for r in rs)
    rss = max(r[1] for r in rs) / 1024
    store = statistics.median(r[2] for r in rs) / 1e6
    mbs = nbytes / 1e6 / secs
    if jobs == 1:
        single[s] = mbs
    if jobs == cores:
        allcores[s] = mbs
    print(f"| {nbytes/1e6:.1f} MB | {jobs} | {len(rs)} | {secs:.2f} | {mbs:.2f} | {mbs/jobs:.2f} "
          f"| {words/secs:,.0f} | {rss:.0f} | {store:.1f} |")
pdf_files, _, pdf_pages, _ = open(f"{out}/pdf_corpus.txt").read().split()
pdf_pages = int(pdf_pages)
extract_rate = next(line.split("pages/s=")[1].split()[0]
                    for line in open(f"{out}/pdf_micro.txt") if "pages/s=" in line)
pdf_runs = collections.defaultdict(list)
for line in open(f"{out}/pdf_ingest.tsv"):
    jobs, secs = line.split()
    pdf_runs[int(jobs)].append(float(secs))
print(f"\n## PDF reports: corpus_1 as {pdf_files} PDFs of {pdf_pages} pages (median of runs)\n")
print("| stage | jobs | seconds | pages/s |")
print("|---|---|---|---|")
print(f"| text extraction (bench_pdf) | 1 | - | {extract_rate} |")
for jobs, ts in sorted(pdf_runs.items()):
    secs = statistics.median(ts)
    print(f"| dossier ingest | {jobs} | {secs:.2f} | {pdf_pages / secs:,.0f} |")
peer = collections.defaultdict(list)
for line in open(f"{out}/peer.tsv"):
    s, secs = line.split()
    peer[s].append(float(secs))
print("\n## compromise (peer), one thread\n")
print(f"| input | runs | seconds | MB/s | words/s | dossier --jobs 1 MB/s | ratio "
      f"| dossier --jobs {cores} MB/s | ratio |")
print("|---|---|---|---|---|---|---|---|---|")
for s, ts in sorted(peer.items(), key=lambda kv: float(kv[0])):
    nbytes, words = corpus[s]
    secs = statistics.median(ts)
    mbs = nbytes / 1e6 / secs
    d, a = single.get(s), allcores.get(s, single.get(s))
    print(f"| {nbytes/1e6:.1f} MB | {len(ts)} | {secs:.2f} | {mbs:.3f} | {words/secs:,.0f} "
          f"| {d:.2f} | {d/mbs:.1f}x | {a:.2f} | {a/mbs:.1f}x |")
if scored:
    def rows(path):
        table = {}
        for line in open(path):
            parts = line.split()
            if len(parts) >= 4 and parts[-1].replace(".", "").isdigit() and \
               parts[-2].replace(".", "").isdigit():
                table[" ".join(parts[:-3])] = parts[-3:]
        return table
    d, c = rows(f"{out}/score.dossier.txt"), rows(f"{out}/score.compromise.txt")
    print("\n## quality on /work/shared/corpus/seeds (score.py; P / R / F1)\n")
    print("| area | dossier | compromise |")
    print("|---|---|---|")
    for area in ["entities", "entities, typed", "person", "organization", "location", "group",
                 "events", "figures"]:
        if area in d:
            print(f"| {area} | {' / '.join(d[area])} | {' / '.join(c.get(area, ['-']*3))} |")
print("\n## microbenchmarks (corpus_1, one thread)\n")
print("```")
print(open(f"{out}/micro.txt").read().rstrip())
print("```")
EOF
