#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, ASan + UBSan) in build-asan, the sanitizer build scripts/test.sh --sanitize
# runs the tests in (scripts/sanitize_build.sh), and runs each one.
#   scripts/fuzz.sh                 every harness for 60 s (what .ci/run does)
#   scripts/fuzz.sh 3600 csv        the csv harness for an hour; names: csv manifest profile waivers dataset plugin_exports xlsx dues
#   FUZZ_JOBS=2 scripts/fuzz.sh 28800   eight hours each, two processes per harness
#   FUZZ_AT_ONCE=7 nice -n 19 scripts/fuzz.sh 7200   every harness at once for two hours, on the CPU others leave idle
# A run fails on the first crash, leak, timeout (a single input over 10 s; FUZZ_TIMEOUT, and 300 s under nice:
# libFuzzer times an input by the wall clock, and a niced fuzzer beside builds can wait longer than that for the
# CPU, which ended four harnesses with inputs that replay in 1-337 ms) or out-of-memory (over 2 GB);
# libFuzzer writes the input to build-asan/fuzz/artifacts/<harness>/. Put it in fuzz/regressions/<harness>/,
# fix the code, and ctest replays it from then on. New inputs that reach new code are added to
# build-asan/fuzz/found/<harness>/ (not the repository's corpus: minimize with -merge=1 before keeping any).
# Each run's figures (time, executions) are appended to build-asan/fuzz/runs.log for docs/reliability.md.
set -euo pipefail
# Under `nice`, the fuzzers get a session of their own whose scheduler autogroup is niced too: the scheduler
# shares the CPU between autogroups first, so a niced process alone in its group would still take half the
# machine from the builds of another session.
nice_level=$(nice)
if [ "$nice_level" -gt 0 ] && [ -z "${KIEMTRA_FUZZ_SESSION:-}" ] && [ -w /proc/self/autogroup ]; then
  KIEMTRA_FUZZ_SESSION=1 exec setsid --wait "$0" "$@"
fi
if [ -n "${KIEMTRA_FUZZ_SESSION:-}" ]; then echo "$nice_level" > /proc/self/autogroup 2>/dev/null || true; fi
cd "$(dirname "$0")/.."
seconds="${1:-60}"
timeout=${FUZZ_TIMEOUT:-$([ "$nice_level" -gt 0 ] && echo 300 || echo 10)}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(csv manifest profile waivers dataset plugin_exports xlsx dues)
source scripts/sanitize_build.sh
dir=$sanitize_dir
if [ ! -f "$dir/build.ninja" ]; then
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${sanitize_args[@]}" > /dev/null
fi
cmake --build "$dir" --target kiemtra_fuzzers -j "${FUZZ_BUILD_JOBS:-$(nproc)}"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# One harness: its run, its figures in runs.log, and on failure the lines that say why. Exit status: the fuzzer's.
run_harness() {
  local h="$1" cpu found="$dir/fuzz/found/$1" artifacts="$dir/fuzz/artifacts/$1" regressions=() parallel=() start rc execs
  mkdir -p "$found" "$artifacts"
  [ -d "fuzz/regressions/$h" ] && regressions=("fuzz/regressions/$h")
  [ "${FUZZ_JOBS:-1}" -gt 1 ] && parallel=(-jobs="$FUZZ_JOBS" -workers="$FUZZ_JOBS")
  echo "== $h: ${seconds} s"
  start=$(date +%s)
  set +e
  /usr/bin/time -f '%U %S' -o "$dir/fuzz/$h.cpu" "$dir/fuzz/fuzz_$h" -max_total_time="$seconds" -timeout="$timeout" -rss_limit_mb=2048 -malloc_limit_mb=2048 \
    -max_len=65536 -dict=fuzz/kiemtra.dict -artifact_prefix="$artifacts/" -print_final_stats=1 "${parallel[@]}" \
    "$found" "fuzz/corpus/$h" "${regressions[@]}" > "$dir/fuzz/$h.log" 2>&1
  rc=$?
  set -e
  # With FUZZ_JOBS > 1 each worker logs to fuzz-N.log in the current folder.
  execs=$(cat "$dir/fuzz/$h.log" fuzz-*.log 2>/dev/null | awk '/stat::number_of_executed_units/ {s += $2} END {print s + 0}' || true)
  # CPU seconds too: on a shared machine, or with several harnesses at once, wall time overstates the fuzzing.
  cpu=$(awk 'NF == 2 && $1 ~ /^[0-9.]+$/ {printf "%d", $1 + $2}' "$dir/fuzz/$h.cpu" 2>/dev/null || true)
  echo "$(date -u +%FT%TZ) $h seconds=$(( $(date +%s) - start )) cpu_seconds=${cpu:-?} executions=$execs exit=$rc" | tee -a "$dir/fuzz/runs.log"
  if [ "$rc" -ne 0 ]; then
    echo "fuzz_$h failed (exit $rc): see $dir/fuzz/$h.log; the input is in $artifacts/" >&2
    cat "$dir/fuzz/$h.log" fuzz-*.log 2>/dev/null | grep -E 'ERROR|SUMMARY|Test unit written' | head -20 >&2 || true
  fi
  rm -f fuzz-*.log
  return "$rc"
}

# With one process per harness, as many harnesses run at once as there are cores (CI's wall time is the budget);
# with FUZZ_JOBS > 1 each harness has the machine to itself, one after the other.
at_once=${FUZZ_AT_ONCE:-$(nproc)}
[ "${FUZZ_JOBS:-1}" -gt 1 ] && at_once=1
status=0
pids=()
for h in "${harnesses[@]}"; do
  if [ "${#pids[@]}" -ge "$at_once" ]; then
    wait "${pids[0]}" || status=1
    pids=("${pids[@]:1}")
  fi
  run_harness "$h" &
  pids+=("$!")
done
for p in "${pids[@]}"; do wait "$p" || status=1; done
exit "$status"
