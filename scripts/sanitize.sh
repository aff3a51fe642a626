#!/usr/bin/env bash
# The sanitizer stage of CI: builds everything with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer (any report fails) and libFuzzer in build-asan/, then runs the
# whole test suite there, which includes each fuzz target (tests/fuzz) fuzzing for
# DOSSIER_FUZZ_SECONDS seconds (default 6) from its seed corpus. Needs setup.sh's packages.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DDOSSIER_SANITIZE=ON -DDOSSIER_FUZZ=ON -DDOSSIER_FUZZ_SECONDS="${DOSSIER_FUZZ_SECONDS:-6}"
cmake --build build-asan -j "$(nproc)"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
ctest --test-dir build-asan --output-on-failure -j "$(nproc)"
