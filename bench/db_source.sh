#!/usr/bin/env bash
# Reads one dataset as CSV and from a local PostgreSQL (a throwaway cluster, loaded with COPY), and prints the
# read times side by side (issue 15: the database read should take at most twice the CSV read).
#
#   bench/db_source.sh [DATASET_DIR]      # default: the 550,000-member dataset bench/run.sh generates
#
# Environment: KIEMTRA_BUILD_DIR (default <repo>/build), JOBS (default 2), KIEMTRA_PG_BIN (default: the newest
# /usr/lib/postgresql/<v>/bin). As root, the server runs as nobody (PostgreSQL refuses root). The tables are
# loaded with every column as text, as a dirty dataset's values (31/04/2016, "abc") would not load into typed
# columns; the read streams the same bytes either way.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${KIEMTRA_BUILD_DIR:-$ROOT/build}
JOBS=${JOBS:-2}
CACHE=${KIEMTRA_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kiemtra-bench}
DATA=${1:-$CACHE/members-550000-seed-1}
PGBIN=${KIEMTRA_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$PGBIN/pg_ctl" ] || { echo "no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 2; }
[ -d "$DATA" ] || { echo "no dataset at $DATA (bench/run.sh generates it)" >&2; exit 2; }

TMP=$(mktemp -d /tmp/kiemtra-bench-pg-XXXXXX)
AS=()
if [ "$(id -u)" -eq 0 ]; then
  chown nobody: "$TMP"
  AS=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups)
fi
cleanup() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"${AS[@]}" "$PGBIN/initdb" -D "$TMP/data" -U kiemtra --auth=trust -E UTF8 --no-locale --no-sync >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$TMP/data" -l "$TMP/server.log" -w -t 120 \
  -o "-p $PORT -k $TMP -c listen_addresses= -c fsync=off -c synchronous_commit=off -c shared_buffers=256MB" start >/dev/null
PSQL=("$PGBIN/psql" -h "$TMP" -p "$PORT" -U kiemtra -d postgres -v ON_ERROR_STOP=1 -q)

DB_DIR="$TMP/dataset"
mkdir -p "$DB_DIR"
grep -vE '^(database|ignore):' "$DATA/dataset.yaml" > "$DB_DIR/dataset.yaml" || true
{
  echo "database:"
  echo "  postgres: \"host=$TMP port=$PORT user=kiemtra dbname=postgres\""
  echo "  tables:"
} >> "$DB_DIR/dataset.yaml"
start=$SECONDS
for f in "$DATA"/*.csv; do
  t=$(basename "$f" .csv)
  cols=$(head -n 1 "$f" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//; s/,/ text, /g; s/$/ text/')
  "${PSQL[@]}" -c "CREATE TABLE $t ($cols)" -c "\\copy $t FROM '$f' WITH (FORMAT csv, HEADER true)"
  echo "    $t: $t" >> "$DB_DIR/dataset.yaml"
done
"${PSQL[@]}" -c "VACUUM ANALYZE"
echo "loaded $DATA into PostgreSQL in $((SECONDS - start)) s"

# Alternating, REPEAT times each (default 2), so a load that comes and goes on a shared machine falls on both.
for pass in $(seq "${REPEAT:-2}"); do
  for form in csv postgres; do
    dir=$DATA
    [ $form = postgres ] && dir=$DB_DIR
    echo "== $form (pass $pass, load $(cut -d' ' -f1 /proc/loadavg))"
    /usr/bin/time -f 'kiemtra CPU %U s user + %S s system, peak RSS %M KB' \
      "$BUILD/bin/kiemtra-bench" "$dir" --jobs "$JOBS" --output "" 2>&1 | grep -E '^(rows read|read|run|total|findings|kiemtra CPU)'
  done
done
