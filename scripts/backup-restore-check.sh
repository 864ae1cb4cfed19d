#!/usr/bin/env bash
# Tried-and-true check of bin/backup and bin/restore (docs/operations.md, "Backups"):
#  1. starts the application (jar) on an embedded PostgreSQL in a temporary folder, with the demo data;
#  2. takes a backup WHILE IT RUNS, then stops it;
#  3. checks that a failing backup exits non-zero and leaves no file;
#  4. restores the backup into a NEW data folder and starts the application on it;
#  5. with EXTERNAL=1 and Debian's PostgreSQL server installed (/usr/lib/postgresql/*/bin), also restores into a
#     new database of that separate server (an "external" one, as user postgres);
#  6. prints the row count of every table in the original and each restored database: exit 1 on any difference.
# Ports: APP_PORT (18094) and APP_PORT2 (18095) for the application, EXTERNAL_PORT (15433) for the external server.
# KEEP=1 keeps the temporary folder.
set -euo pipefail
. "$(dirname "$0")/../bin/lib.sh"
root=$(wspolnie_root)
jar=$(wspolnie_jar)
APP_PORT=${APP_PORT:-18094}
APP_PORT2=${APP_PORT2:-18095}
EXTERNAL_PORT=${EXTERNAL_PORT:-15433}
work=$(mktemp -d /tmp/wspolnie-backup-check.XXXXXX)
chmod 755 "$work"
app_pid=""
ext_bin=""

cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$ext_bin" ] && [ -f "$work/external/postmaster.pid" ]; then
    su postgres -s /bin/sh -c "$ext_bin/pg_ctl -D $work/external -m fast stop" >/dev/null 2>&1 || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "Kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

start_app() { # data folder, port, log; returns once the demo data is seeded (or found)
  WSPOLNIE_DATA_DIR="$1" PORT="$2" WSPOLNIE_DEMO_DATA=true WSPOLNIE_DEV_INBOX=false SPRING_MAIL_HOST= \
    java -jar "$jar" >"$3" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do
    if grep -qs "Demo partnership seeded\|Demo data present, not seeding" "$3"; then return 0; fi
    if ! kill -0 "$app_pid" 2>/dev/null; then echo "The application did not start:"; tail -40 "$3"; exit 1; fi
    sleep 0.5
  done
  echo "The application did not start within 300 s"; exit 1
}

stop_app() {
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

counts() { # prints "table<TAB>rows" of the database given by the environment
  java -jar "$jar" --count-rows
}

echo "== 1. Application on an embedded PostgreSQL in $work/original (demo data)"
t=$(now); start_app "$work/original" "$APP_PORT" "$work/app.log"; echo "   started in $(elapsed "$t") s"

echo "== 2. Backup while the application runs"
t=$(now)
WSPOLNIE_DATA_DIR="$work/original" "$root/bin/backup" "$work/wspolnie.zip"
backup_s=$(elapsed "$t")
stop_app
WSPOLNIE_DATA_DIR="$work/original" counts >"$work/original.counts"

echo "== 3. A failing backup exits non-zero and leaves no file"
if DATABASE_URL="jdbc:postgresql://localhost:1/none" "$root/bin/backup" "$work/failed.zip" 2>"$work/failed.err"; then
  echo "FAIL: a backup of an unreachable server succeeded"; exit 1
fi
if [ -e "$work/failed.zip" ] || [ -e "$work/failed.zip.partial" ]; then echo "FAIL: a failed backup left a file"; exit 1; fi
echo "   ok: $(head -n 1 "$work/failed.err")"

echo "== 4. Restore into a new data folder $work/restored"
t=$(now)
WSPOLNIE_DATA_DIR="$work/restored" "$root/bin/restore" "$work/wspolnie.zip"
restore_s=$(elapsed "$t")
WSPOLNIE_DATA_DIR="$work/restored" counts >"$work/restored.counts"
if WSPOLNIE_DATA_DIR="$work/restored" "$root/bin/restore" "$work/wspolnie.zip" 2>"$work/again.err"; then
  echo "FAIL: a restore into a database with data succeeded"; exit 1
fi
echo "   ok, a second restore into it is refused: $(head -n 1 "$work/again.err")"
start_app "$work/restored" "$APP_PORT2" "$work/app-restored.log"
grep -q "Demo data present, not seeding" "$work/app-restored.log" || { echo "FAIL: the restored database has no demo data"; exit 1; }
stop_app
echo "   the application starts on the restored folder (schema validated, demo data present, not seeded again)"

compare_with=("restored")
if [ "${EXTERNAL:-0}" = 1 ]; then
  ext_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$ext_bin" ]; then
    echo "== 5. skipped: no Debian PostgreSQL server installed"
  else
    echo "== 5. Restore into a new database of an external server ($ext_bin, port $EXTERNAL_PORT)"
    mkdir "$work/external"; chown postgres "$work/external"
    su postgres -s /bin/sh -c "$ext_bin/initdb -A trust -U postgres -E UTF8 -D $work/external" >/dev/null
    su postgres -s /bin/sh -c "$ext_bin/pg_ctl -D $work/external -o '-p $EXTERNAL_PORT -k /tmp' -l $work/external/server.log -w start" >/dev/null
    su postgres -s /bin/sh -c "$ext_bin/psql -h /tmp -p $EXTERNAL_PORT -U postgres -qc 'create database wspolnie_restored'"
    url="jdbc:postgresql://localhost:$EXTERNAL_PORT/wspolnie_restored"
    t=$(now)
    DATABASE_URL="$url" DATABASE_USERNAME=postgres "$root/bin/restore" "$work/wspolnie.zip"
    external_s=$(elapsed "$t")
    DATABASE_URL="$url" DATABASE_USERNAME=postgres counts >"$work/external.counts"
    compare_with+=("external")
  fi
fi

echo "== 6. Row counts of every table"
status=0
header=$(printf "%-40s %10s" table original); for c in "${compare_with[@]}"; do header+=$(printf " %10s" "$c"); done
echo "$header"
tables=0; rows=0
while IFS=$'\t' read -r table n; do
  line=$(printf "%-40s %10s" "$table" "$n"); mark=""
  for c in "${compare_with[@]}"; do
    m=$(awk -F'\t' -v t="$table" '$1 == t { print $2 }' "$work/$c.counts"); m=${m:-missing}
    line+=$(printf " %10s" "$m"); [ "$m" = "$n" ] || mark="  DIFFERENT"
  done
  [ -z "$mark" ] || status=1
  echo "$line$mark"; tables=$((tables + 1)); rows=$((rows + n))
done <"$work/original.counts"
for c in "${compare_with[@]}"; do
  if [ "$(wc -l <"$work/$c.counts")" != "$tables" ]; then echo "DIFFERENT: $c has $(wc -l <"$work/$c.counts") tables"; status=1; fi
done
echo
echo "Tables: $tables, rows: $rows, backup file: $(stat -c %s "$work/wspolnie.zip") bytes"
echo "Backup (application running): ${backup_s} s; restore into a new data folder: ${restore_s} s${external_s:+; restore into the external server: ${external_s} s}"
if [ $status -eq 0 ]; then echo "RESULT: every table has the same number of rows"; else echo "RESULT: ROW COUNTS DIFFER"; fi
exit $status
