#!/usr/bin/env bash
# News and calendar benchmark: seeds 20,000 news items and 20,000 calendar entries into a separate embedded
# database, then measures the news list (search, filters, paging) and the calendar month and list views with wrk
# (16 connections, 2 threads, 30 s each, after a warm-up), next to the trivial /ping endpoint.
# Needs: JDK 17+, curl, wrk (Debian: apt-get install wrk). Usage: bench/news-calendar-bench.sh [results.md]
set -euo pipefail
cd "$(dirname "$0")/.."

ITEMS=${ITEMS:-20000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
PORT=${PORT:-8091}
DATA=${DATA:-target/bench-info-data/postgres}
OUT=${1:-}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

if [ -z "${SKIP_PACKAGE:-}" ]; then ./mvnw -q -B -ntp -DskipTests package; fi
JAR=$(ls target/wspolnie-*.jar | grep -v original | head -1)
APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT

echo "Starting the application and seeding $ITEMS news items and calendar entries (see target/bench-info-app.log)..." >&2
java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
  --wspolnie.bench.information-items="$ITEMS" --wspolnie.database.pool-size=16 --logging.level.root=WARN \
  --logging.level.pl.wspolnie=INFO > target/bench-info-app.log 2>&1 &
APP=$!
for _ in $(seq 1 600); do
  if grep -q "Bench information data" target/bench-info-app.log 2>/dev/null \
     && curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then break; fi
  sleep 1
done
grep "Bench information data" target/bench-info-app.log >&2 || { echo "load data not complete" >&2; tail -50 target/bench-info-app.log; exit 1; }

run() { # name accept paths duration
  PATHS="$3" ACCEPT="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --timeout 5s -s bench/report.lua \
    "http://localhost:$PORT" | grep '^RESULT' | sed "s/^RESULT/$1/"
}
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
row() { echo "| $1 | $(field "$2" rps) | $(field "$2" p50_ms) | $(field "$2" p95_ms) | $(field "$2" p99_ms) | $(field "$2" errors) |"; }

POWIAT=$(curl -fs "http://localhost:$PORT/jst" | grep -o '/jst/[0-9]*' | awk -F/ 'NR == 1 { print $3 }')
MONTH=$(date -u +%Y-%m)
NEWS="/news|/news?q=szkolenie|/news?jst=$POWIAT|/news?sphere=kultura|/news?q=festyn&jst=$POWIAT|/news?page=50"
CALENDAR="/calendar|/calendar?month=$MONTH&jst=$POWIAT|/calendar?view=list|/calendar?month=$MONTH&type=TRAINING|/calendar?month=$MONTH&sphere=kultura"

echo "Warm-up ($WARMUP per endpoint)..." >&2
run warm "text/html" "$NEWS" "$WARMUP" >/dev/null
run warm "text/html" "$CALENDAR" "$WARMUP" >/dev/null
run warm "text/plain" "/ping" "$WARMUP" >/dev/null
echo "Measuring ($CONNECTIONS connections, $THREADS threads, $DURATION each)..." >&2
PING=$(run ping "text/plain" "/ping" "$DURATION")
NEWS_R=$(run news "text/html" "$NEWS" "$DURATION")
CAL_R=$(run calendar "text/html" "$CALENDAR" "$DURATION")
echo "$PING" >&2; echo "$NEWS_R" >&2; echo "$CAL_R" >&2
PER_MONTH=$(curl -fs "http://localhost:$PORT/calendar?view=list" | grep -o 'Liczba wydarzeń w miesiącu: [0-9  ]*' | head -1 || true)

REPORT=$(cat <<MD
Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(uname -m)), $ITEMS news items and $ITEMS calendar entries
($PER_MONTH in the current month), $CONNECTIONS connections, $THREADS wrk threads, $DURATION per endpoint.

| Endpoint | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors |
|---|---:|---:|---:|---:|---:|
$(row '`/ping` (trivial endpoint)' "$PING")
$(row '`/news?…` (list page, 6-query mix: search, JST, sphere, page 50)' "$NEWS_R")
$(row '`/calendar?…` (month grid and list, 5-query mix: JST, type, sphere)' "$CAL_R")
MD
)
stop_app
echo
echo "$REPORT"
if [ -n "$OUT" ]; then
  echo "$REPORT" > "$OUT"
  echo "Written to $OUT" >&2
fi
