#!/usr/bin/env bash
# Builds kiemtra (Release), generates synthetic datasets once (cached), and measures read + validate.
#
#   bench/run.sh                    # the tenth-of-nation dataset: 550,000 members, ~6.5 M dues rows
#   bench/run.sh 55000 275000 550000   # several sizes, to check that time grows linearly
#
# Environment: KIEMTRA_BUILD_DIR (default <repo>/build-release), KIEMTRA_BENCH_CACHE (default
# ~/.cache/kiemtra-bench), JOBS (build and run threads, default 2), SEED (default 1), REPEAT (default 1),
# CXXFLAGS_EXTRA (default -Wno-error=restrict: GCC 12 at -O3 reports a false -Wrestrict inside
# std::string concatenation, GCC bug 105651, which -Werror would turn into a failed Release build).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KIEMTRA_BUILD_DIR:-$ROOT/build-release}
CACHE=${KIEMTRA_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kiemtra-bench}
JOBS=${JOBS:-2}
SEED=${SEED:-1}
REPEAT=${REPEAT:-1}
CXXFLAGS_EXTRA=${CXXFLAGS_EXTRA--Wno-error=restrict}
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(550000)
for n in "${SIZES[@]}"; do
  [[ $n =~ ^[0-9]+$ ]] || { echo "usage: bench/run.sh [MEMBERS ...]  (got '$n')" >&2; exit 2; }
done

say() { printf '\n== %s\n' "$*"; }

say "build ($BUILD, Release)"
cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKIEMTRA_BUILD_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="$CXXFLAGS_EXTRA" >/dev/null
cmake --build "$BUILD" -j "$JOBS" --target kiemtra-gen
HAVE_BENCH=1
cmake --build "$BUILD" -j "$JOBS" --target kiemtra-bench || { HAVE_BENCH=0; echo "kiemtra-bench does not build yet: skipped"; }
HAVE_CLI=1
cmake --build "$BUILD" -j "$JOBS" --target kiemtra kiemtra_builtin_plugins || { HAVE_CLI=0; echo "kiemtra does not build yet: skipped"; }

declare -a SUMMARY
mkdir -p "$CACHE"
for n in "${SIZES[@]}"; do
  DATA=$CACHE/members-$n-seed-$SEED
  STAMP=$DATA.stamp
  # Regenerate when missing, or when the generator was rebuilt since (its output may differ).
  if [ ! -f "$STAMP" ] || [ "$BUILD/bin/kiemtra-gen" -nt "$STAMP" ]; then
    say "generate $n members into $DATA"
    rm -rf "$DATA" "$STAMP"
    "$BUILD/bin/kiemtra-gen" --members "$n" --seed "$SEED" --out "$DATA"
    touch "$STAMP"
  else
    say "dataset $DATA (cached; $(du -sh "$DATA" | cut -f1))"
  fi
  line="members=$n"

  if [ $HAVE_BENCH = 1 ]; then
    say "kiemtra-bench $DATA --jobs $JOBS --repeat $REPEAT"
    if out=$("$BUILD/bin/kiemtra-bench" "$DATA" --jobs "$JOBS" --repeat "$REPEAT"); then
      echo "$out"
      json=$(echo "$out" | tail -n 1)
      line+=" bench=$json"
    else
      echo "kiemtra-bench failed (exit $?)"
      line+=" bench=failed"
    fi
  fi

  if [ $HAVE_CLI = 1 ]; then
    say "/usr/bin/time -v kiemtra validate $DATA --format json --output /dev/null"
    log=$(mktemp)
    set +e
    /usr/bin/time -v "$BUILD/bin/kiemtra" validate "$DATA" --format json --output /dev/null 2>"$log"
    rc=$?
    set -e
    grep -vE '^\s+(Average|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size)' "$log" || true
    # Exit 1 only means findings were reported; 2 and 3 are real failures.
    if [ $rc -le 1 ]; then
      wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
      line+=" cli_wall=$wall cli_peak_rss_kib=$rss cli_exit=$rc"
    else
      echo "kiemtra validate failed (exit $rc): skipped"
      line+=" cli=failed($rc)"
    fi
    rm -f "$log"
  fi
  SUMMARY+=("$line")
done

say "summary"
printf '%s\n' "${SUMMARY[@]}"
