#!/usr/bin/env bash
# The sanitizer stage of CI: builds everything with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (any report fails) and libFuzzer in build-asan/, then runs the
# whole test suite there, which includes each fuzz target (tests/fuzz) running
# DOSSIER_FUZZ_RUNS inputs (default 20000) from its seed corpus with the fixed libFuzzer seed
# DOSSIER_FUZZ_SEED (default 1). Needs setup.sh's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DDOSSIER_SANITIZE=ON -DDOSSIER_FUZZ=ON \
  -DDOSSIER_FUZZ_RUNS="${DOSSIER_FUZZ_RUNS:-20000}" -DDOSSIER_FUZZ_SEED="${DOSSIER_FUZZ_SEED:-1}"
cmake --build build-asan -j "$(nproc)"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
