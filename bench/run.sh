#!/usr/bin/env bash
# Generates synthetic datasets once (cached), and times the whole command as a user runs it at each size:
# `kiemtra validate DATASET --format json --output FILE`, the report written to a file. Ends with a markdown
# table, one row per size, for docs/performance.md (the scaling table), and what the host charged for fresh
# memory before and after the runs (kiemtra-fresh-pages).
#
#   bench/run.sh                              # the tenth of the nation: 550,000 members, ~6.5 M dues rows
#   bench/run.sh --dirty 55000 550000 5500000 # realistic dirt (kiemtra-gen --dirty), from 55 k to the nation
#   bench/run.sh --repeat 3 --dirty 550000    # the whole command three times: the table gives the range
#
# Options: --dirty (0.5 % of the entities of each planted kind faulty, 3 % of payments late: many findings),
# --repeat K (whole-command runs per size, default 1), --no-bench (skip kiemtra-bench's phase figures).
# Environment: KIEMTRA_BUILD_DIR (default <repo>/build-release; a tree that is already configured is built as
# it is, its build type kept, so `KIEMTRA_BUILD_DIR=build` times the tree the tests use), KIEMTRA_BENCH_CACHE
# (default ~/.cache/kiemtra-bench), JOBS (build and run threads, default 2), SEED (default 1), CXXFLAGS_EXTRA
# (default -Wno-error=restrict: GCC 12 at -O3 reports a false -Wrestrict inside std::string concatenation,
# GCC bug 105651, which -Werror would turn into a failed Release build).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KIEMTRA_BUILD_DIR:-$ROOT/build-release}
CACHE=${KIEMTRA_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kiemtra-bench}
JOBS=${JOBS:-2}
SEED=${SEED:-1}
CXXFLAGS_EXTRA=${CXXFLAGS_EXTRA--Wno-error=restrict}
REPEAT=${REPEAT:-1}
DIRTY=0
BENCH=1
SIZES=()
usage() { echo "usage: bench/run.sh [--dirty] [--repeat K] [--no-bench] [MEMBERS ...]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --dirty) DIRTY=1 ;;
    --no-bench) BENCH=0 ;;
    --repeat) [ $# -ge 2 ] || usage; REPEAT=$2; shift ;;
    -h|--help) sed -n '2,/^set /p' "${BASH_SOURCE[0]}" | sed -n 's/^# \{0,1\}//p'; exit 0 ;;
    *) [[ $1 =~ ^[0-9]+$ ]] || { echo "bench/run.sh: not a number of members: '$1'" >&2; usage; }; SIZES+=("$1") ;;
  esac
  shift
done
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || { echo "bench/run.sh: --repeat takes a positive count (got '$REPEAT')" >&2; exit 2; }
[ ${#SIZES[@]} -eq 0 ] && SIZES=(550000)

say() { printf '\n== %s\n' "$*"; }
human_size() { [ "$1" -ge 10000000 ] && echo "$(($1 / 1000000)) MB" || echo "$(($1 / 1000)) kB"; }
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<<"$1"; }
# The first number matched by the pattern $1 in the text $2 (a report's head).
count() { grep -o "$1" <<<"$2" | head -n 1 | grep -o '[0-9]*$'; }

if [ ! -f "$BUILD/CMakeCache.txt" ]; then
  say "configure $BUILD (Release)"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIEMTRA_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$CXXFLAGS_EXTRA" >/dev/null
fi
say "build $BUILD ($(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt"))"
cmake --build "$BUILD" -j "$JOBS" --target kiemtra-gen kiemtra kiemtra_builtin_plugins kiemtra-fresh-pages
[ $BENCH = 1 ] && cmake --build "$BUILD" -j "$JOBS" --target kiemtra-bench

# What this host charges, at the time, to touch a GiB of memory new to a process: on a virtual machine it
# varies from 0.5 s to 6 s within a day, and with it the wall time of a large run. Taken before and after the
# runs, and printed under the table, so that tables of different hours can be compared.
fresh_gib() { "$BUILD/bin/kiemtra-fresh-pages" 1 | sed -n 's/^GiB 1: first touch \([0-9.]*\) s$/\1/p'; }
FRESH_BEFORE=$(fresh_gib)

ROWS=()
mkdir -p "$CACHE"
for n in "${SIZES[@]}"; do
  name=members-$n-seed-$SEED
  gen=(--members "$n" --seed "$SEED")
  if [ $DIRTY = 1 ]; then
    name+=-dirty
    gen+=(--dirty)
  fi
  DATA=$CACHE/$name
  STAMP=$DATA.stamp
  # Regenerated when missing, or when the generator was rebuilt since (its output may differ).
  if [ ! -f "$STAMP" ] || [ "$BUILD/bin/kiemtra-gen" -nt "$STAMP" ]; then
    say "generate $n members into $DATA"
    rm -rf "$DATA" "$STAMP"
    "$BUILD/bin/kiemtra-gen" "${gen[@]}" --out "$DATA"
    touch "$STAMP"
  else
    say "dataset $DATA (cached)"
  fi
  csv_bytes=$(stat -L -c %s "$DATA"/*.csv | awk '{ s += $1 } END { printf "%.0f", s }')
  REPORT=$CACHE/$name.report.json

  if [ $BENCH = 1 ]; then
    say "kiemtra-bench $DATA --jobs $JOBS (read, rules and report phases)"
    "$BUILD/bin/kiemtra-bench" "$DATA" --jobs "$JOBS" --output "$REPORT" | tail -n 1
  fi

  # The whole command, K times. Exit 1 only means findings were reported; 2 and 3 are failures.
  walls=()
  for ((k = 1; k <= REPEAT; ++k)); do
    say "kiemtra validate $DATA --format json --output $REPORT --quiet ($k/$REPEAT)"
    log=$(mktemp)
    set +e
    /usr/bin/time -f '%e %U %S %M' -o "$log" "$BUILD/bin/kiemtra" validate "$DATA" --jobs "$JOBS" --format json \
      --output "$REPORT" --quiet
    rc=$?
    set -e
    if [ $rc -gt 1 ]; then
      echo "kiemtra validate failed (exit $rc)" >&2
      rm -f "$log"
      exit "$rc"
    fi
    read -r wall user sys rss_kib < <(tail -n 1 "$log")
    rm -f "$log"
    echo "wall ${wall} s, user ${user} s, system ${sys} s, peak RSS $((rss_kib / 1024)) MiB"
    walls+=("$wall")
  done
  # user, sys and rss_kib stay the last run's; the wall column is the range of all.
  range=$(printf '%s\n' "${walls[@]}" | sort -n | awk 'NR == 1 { a = $1 } { b = $1 } END { print (a == b) ? a : a "-" b }')
  # The counts, from the report's run section (the dataset's rows) and summary (the findings), both in its head.
  head=$(head -c 262144 "$REPORT")
  members=$(count '"dataset":{[^}]*"members":[0-9]*' "$head")
  dues=$(count '"dataset":{[^}]*"dues":[0-9]*' "$head")
  findings=$(count '"summary":{[^}]*"findings":[0-9]*' "$head")
  report_bytes=$(stat -c %s "$REPORT")
  per=$([ "${findings:-0}" -gt 0 ] && echo $((report_bytes / findings)) || echo -)
  ROWS+=("| $(thousands "${members:-0}") | $(thousands "${dues:-0}") | $(human_size "$csv_bytes") | $(thousands "${findings:-0}") | ${range} s | ${user} s | ${sys} s | $((rss_kib / 1024)) MiB | $(human_size "$report_bytes") | ${per} |")
done

FRESH_AFTER=$(fresh_gib)

say "summary ($(nproc) cores, jobs $JOBS, $([ $DIRTY = 1 ] && echo dirty || echo clean) data, seed $SEED, ${REPEAT} run(s) a size)"
echo "| members | payments | CSV | findings | wall | user | system | peak RSS | JSON report | bytes a finding |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
echo
echo "Fresh memory on this host: ${FRESH_BEFORE:-?} s a GiB before the runs, ${FRESH_AFTER:-?} s after (kiemtra-fresh-pages 1)."
