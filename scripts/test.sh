#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite.
# scripts/test.sh --sanitize runs it in the AddressSanitizer + UBSan build (clang; scripts/sanitize_build.sh),
# the one scripts/fuzz.sh builds its harnesses in.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if [ "${1:-}" = "--sanitize" ]; then
  source scripts/sanitize_build.sh
  dir=$sanitize_dir
  bash scripts/build.sh "$dir" "${sanitize_args[@]}"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  dir=build
  bash scripts/build.sh "$dir"
fi
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
