#!/usr/bin/env bash
# Runs clang-tidy (the checks of .clang-tidy) over the core's and the built-in plugins' sources, with the
# compile commands of a configured build (default: build/, which scripts/test.sh makes). Any warning fails.
#   scripts/tidy.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-build}"
[ -f "$dir/compile_commands.json" ] || { echo "tidy: no $dir/compile_commands.json; run scripts/build.sh $dir first" >&2; exit 2; }
# GCC-only flags are not clang's: -fno-gnu-unique (the plugins) is dropped from a copy of the compile
# commands, and GCC's warning options (-Werror=restrict ...) are not findings of ours.
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
sed 's/ -fno-gnu-unique//g' "$dir/compile_commands.json" > "$db/compile_commands.json"
run-clang-tidy -quiet -p "$db" -j "$(nproc)" -extra-arg=-Wno-unknown-warning-option \
  "$(pwd)/(core|plugins)/.*\.cpp$" > "$dir/tidy.log" 2>&1 || {
  grep -E "(warning|error):" "$dir/tidy.log" | sort -u | head -100 >&2
  echo "tidy: clang-tidy found problems; the whole output is in $dir/tidy.log" >&2
  exit 1
}
echo "tidy: clean ($(grep -c '^clang-tidy' "$dir/tidy.log" || true) files)"
