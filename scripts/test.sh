#!/usr/bin/env bash
# Install what is missing, build, and run the whole test suite.
# scripts/test.sh --sanitize runs it in a separate AddressSanitizer + UBSan build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-asan
  # -O1 and line tables only: the sanitizers' reports keep their file:line, and CI builds this tree in half the time.
  bash scripts/build.sh "$dir" -DKIEMTRA_SANITIZE=ON -DKIEMTRA_BUILD_BENCH=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  dir=build
  bash scripts/build.sh "$dir"
fi
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
