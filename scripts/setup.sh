#!/usr/bin/env bash
# Installs every build and test dependency from Debian 12 packages, then builds dossier.
set -euo pipefail
cd "$(dirname "$0")/.."
packages=(build-essential cmake ninja-build pkg-config python3 sqlite3
  libicu-dev libsqlite3-dev libgumbo-dev libcld2-dev nlohmann-json3-dev libcli11-dev
  libjemalloc-dev libstemmer-dev
  libgtest-dev libgmock-dev libbenchmark-dev libssl-dev
  python3-jsonschema python3-networkx clang libclang-rt-14-dev llvm
  libcpp-httplib-dev chromium wrk nodejs
  libpoppler-cpp-dev python3-reportlab python3-pil fonts-dejavu-core)
# npm comes with nodejs from other sources (NodeSource); Debian packages it apart.
command -v npm >/dev/null 2>&1 || packages+=(npm)
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
# playwright-core for the browser tests (tests/e2e), pinned by package-lock.json; it drives
# Debian's chromium and downloads no browser.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit --no-fund
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$(nproc)"
