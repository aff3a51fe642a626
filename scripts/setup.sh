#!/usr/bin/env bash
# Installs every build and test dependency from Debian 12 packages, then builds dossier.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(build-essential cmake ninja-build pkg-config python3 sqlite3
  libicu-dev libsqlite3-dev libgumbo-dev libcld2-dev nlohmann-json3-dev libcli11-dev
  libjemalloc-dev
  libgtest-dev libgmock-dev libbenchmark-dev libssl-dev
  python3-jsonschema python3-networkx clang libclang-rt-14-dev llvm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}"
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$(nproc)"
