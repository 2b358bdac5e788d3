#!/usr/bin/env bash
# Installs the Debian 12 packages kiemtra builds with, when any is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  libboost-dev libyaml-cpp-dev libfmt-dev nlohmann-json3-dev libcli11-dev libutf8proc-dev
  libgtest-dev libgmock-dev
  libzip-dev libexpat1-dev  # .xlsx datasets: the zip container and streaming XML (docs/dataset.md)
  libxlsxwriter-dev libsqlite3-dev
  nettle-dev                # SHA-256 of finding fingerprints and the HTML report's CSP hashes
  libpq-dev                 # PostgreSQL sources (database: in dataset.yaml, docs/dataset.md)
  postgresql                # the server the database tests start a throwaway cluster of (tests/database)
  chromium chromium-driver python3-selenium python3-jsonschema python3-openpyxl fonts-dejavu-core
  clang libclang-rt-14-dev  # the sanitizer build and its libFuzzer harnesses (scripts/sanitize_build.sh, docs/reliability.md)
  clang-tidy                # scripts/tidy.sh, with the checks of .clang-tidy
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "kiemtra: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
