#!/usr/bin/env bash
# Centre benchmark: seeds 10,000 bookings of one room and 10,000 upcoming trainings into a separate embedded
# database, then measures the week view of that room (ten different weeks, all with bookings) and the trainings
# list (first ten pages) next to /ping, with wrk (16 connections, 2 threads, after a warm-up). Nothing of these
# pages is cached: every request runs its SQL and renders the template.
# Needs: JDK 17+, curl, wrk. Usage: bench/centre-bench.sh [results.md]
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-10000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
PORT=${PORT:-18093}
DATA=${DATA:-target/bench-centre-data/postgres}
OUT=${1:-}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/wspolnie-*.jar | grep -v original | head -1)
APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT

java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
  --wspolnie.bench.centre-rows="$ROWS" --wspolnie.database.pool-size=16 --logging.level.root=WARN \
  --logging.level.pl.wspolnie=INFO > target/bench-centre-app.log 2>&1 &
APP=$!
for _ in $(seq 1 600); do
  if grep -q "Centre bench data" target/bench-centre-app.log 2>/dev/null && curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then break; fi
  sleep 1
done
ROOM=$(grep -o "Centre bench data: room [0-9]*" target/bench-centre-app.log | awk '{ print $5 }')
[ -n "$ROOM" ] || { echo "bench data not seeded" >&2; tail -50 target/bench-centre-app.log; exit 1; }

run() { # name paths duration
  PATHS="$2" ACCEPT="text/html" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 5s -s bench/report.lua \
    "http://localhost:$PORT" | grep '^RESULT' | sed "s/^RESULT/$1/"
}
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
row() { echo "| $1 | $(field "$2" rps) | $(field "$2" p50_ms) | $(field "$2" p95_ms) | $(field "$2" p99_ms) | $(field "$2" errors) |"; }

WEEKS=""
for i in $(seq 0 9); do
  W=$(date -d "-$((i * 7 + 3)) days" +%G-W%V)
  WEEKS="$WEEKS${WEEKS:+|}/centre/resources/$ROOM?week=$W"
done
LISTS=$(for p in $(seq 0 9); do echo "/centre/trainings?page=$p"; done | paste -sd'|')
FIRST_WEEK=$(curl -fs "http://localhost:$PORT${WEEKS%%|*}")
grep -q "zarezerwowane" <<< "$FIRST_WEEK" || { echo "week view shows no bookings" >&2; exit 1; }

echo "Warm-up ($WARMUP per endpoint)..." >&2
run warm "$WEEKS" "$WARMUP" >/dev/null
run warm "$LISTS" "$WARMUP" >/dev/null
echo "Measuring ($CONNECTIONS connections, $THREADS threads, $DURATION each)..." >&2
PING=$(run ping "/ping" "$DURATION")
WEEK=$(run week "$WEEKS" "$DURATION")
LIST=$(run list "$LISTS" "$DURATION")
echo "$PING" >&2; echo "$WEEK" >&2; echo "$LIST" >&2

REPORT=$(cat <<MD
Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(uname -m)), $ROWS bookings of one room and $ROWS trainings, $CONNECTIONS connections, $THREADS wrk threads, $DURATION per endpoint.

| Endpoint | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors |
|---|---:|---:|---:|---:|---:|
$(row '`/ping` (trivial endpoint)' "$PING")
$(row '`/centre/resources/{id}?week=…` (week view, 10 weeks)' "$WEEK")
$(row '`/centre/trainings?page=…` (trainings list, pages 1–10)' "$LIST")
MD
)
echo
echo "$REPORT"
if [ -n "$OUT" ]; then
  echo "$REPORT" > "$OUT"
  echo "Written to $OUT" >&2
fi
