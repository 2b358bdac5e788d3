#!/usr/bin/env bash
# The main job on the bundled bloc (examples/khoi-cqt-2019): install what is missing,
# build, validate it, and print its figures for the period.
# Exit 0 when the run completed (findings are the point of the sample); the
# validator's own exit code is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh build
set +e
build/bin/kiemtra validate examples/khoi-cqt-2019 "$@"
code=$?
set -e
echo "kiemtra validate exited with $code (0: clean, 1: findings at or above --fail-on, 2: bad input, 3: plugin or rule failure)" >&2
[ "$code" -le 1 ] || exit "$code"
echo
build/bin/kiemtra stats examples/khoi-cqt-2019
