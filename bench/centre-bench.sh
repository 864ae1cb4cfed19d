#!/usr/bin/env bash
# Centre benchmark: seeds 10,000 bookings of one room and 10,000 upcoming trainings into a separate embedded
# database, then measures the week view of that room (ten different weeks, all with bookings) and the trainings
# list (first ten pages) next to /ping, with wrk (16 connections, 2 threads, after a warm-up): first as anonymous
# visitors (served from the 30 s page micro-cache, PublicPageCache), then logged in as mieszkaniec@wspolnie.demo
# (a session cookie: every request runs its SQL and renders the page; the week table and the trainings table are
# kept as HTML for what they show, shared.web.RenderedFragments).
# Needs: JDK 17+, curl, wrk. Usage: bench/centre-bench.sh [results.md]
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-10000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
# The rendered (logged-in) paths reach their steady speed only after minutes under load: with 16 busy request
# threads on 2 cores the JIT's C2 compiler gets little CPU (measured 21.11.2026: 350 -> 580 requests/s for the week
# view over 8 x 15 s). A server runs for days, so each rendered path is warmed up in rounds of WARMUP until a round is
# less than 5 % faster than the one before (bench/steady.sh, at most WARMUP_ROUNDS rounds).
WARMUP=${WARMUP:-20s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-20}
PORT=${PORT:-18093}
DATA=${DATA:-target/bench-centre-data/postgres}
OUT=${1:-}
# The JVM options docs/operations.md recommends: more JIT compiler threads, so that the compiler gets its share of the
# 2 cores beside 16 busy request threads and the rendered pages reach their steady speed in 2-3 minutes, not 5-10.
JAVA_OPTS=${JAVA_OPTS:--XX:CICompilerCount=4}
# CACHES=off starts the application with --wspolnie.cache.enabled=false: no page micro-cache, no kept tables or counts;
# every request of every path reads the database and renders its page.
CACHES=${CACHES:-on}
CACHE_ARGS=""
ANON="anonymous (micro-cache)"
LOGGED="page rendered, table kept"
if [ "$CACHES" = off ]; then
  CACHE_ARGS="--wspolnie.cache.enabled=false"
  ANON="anonymous, caches off (page rendered)"
  LOGGED="caches off: page and table rendered"
fi

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/wspolnie-*.jar | grep -v original | head -1)
APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT

java -Xms512m -Xmx1g $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
  --wspolnie.bench.centre-rows="$ROWS" --wspolnie.database.pool-size=16 --logging.level.root=WARN \
  --logging.level.pl.wspolnie=INFO $CACHE_ARGS > target/bench-centre-app.log 2>&1 &
APP=$!
for _ in $(seq 1 600); do
  if grep -q "Centre bench data" target/bench-centre-app.log 2>/dev/null && curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then break; fi
  sleep 1
done
ROOM=$(grep -o "Centre bench data: room [0-9]*" target/bench-centre-app.log | awk '{ print $5 }')
[ -n "$ROOM" ] || { echo "bench data not seeded" >&2; tail -50 target/bench-centre-app.log; exit 1; }

run() { # name paths duration [cookie]
  COOKIE="${4:-}" PATHS="$2" ACCEPT="text/html" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout 5s -s bench/report.lua \
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

. bench/login.sh
SESSION=$(login_session "$PORT")
grep -q JSESSIONID <<< "$SESSION" || { echo "login for the rendered path failed" >&2; exit 1; }
[ "$CACHES" = off ] || [ "$(curl -fs -o /dev/null -w '%header{x-page-cache}' "http://localhost:$PORT${WEEKS%%|*}")" != "" ] || echo "warning: no X-Page-Cache header" >&2

# SQL timings of the two pages' queries on the seeded data (EXPLAIN ANALYZE through psql, when present)
SQL=""
PG_PORT=$(sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true)
if command -v psql >/dev/null && [ -n "$PG_PORT" ]; then
  W0=$(date -d "-3 days" +%F)
  sql_ms() { psql -h localhost -p "$PG_PORT" -U postgres -d "$PG_DB" -Atc "explain (analyze, format json) $1" \
    | grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'; }
  PG_DB=wspolnie
  WEEK_SQL=$(sql_ms "select * from centre_booking where resource_id = $ROOM and status in ('CONFIRMED','PENDING') and starts_at >= date '$W0' - 1 and starts_at < date '$W0' + 7 and ends_at > date '$W0' order by starts_at")
  LIST_SQL=$(sql_ms "select * from centre_training where ends_at >= now() and cancelled_at is null order by starts_at, id limit 20 offset 180")
  COUNT_SQL=$(sql_ms "select count(*) from centre_training where ends_at >= now() and cancelled_at is null")
  SQL="SQL execution times (EXPLAIN ANALYZE, ms): week's bookings $WEEK_SQL, trainings page 10 $LIST_SQL, trainings count $COUNT_SQL."
  echo "$SQL" >&2
fi

echo "Warm-up (rounds of $WARMUP until steady)..." >&2
. bench/steady.sh
WARMED=""
steady "week view" run warm "$WEEKS" "$WARMUP" "$SESSION"
steady "trainings list" run warm "$LISTS" "$WARMUP" "$SESSION"
echo "Measuring ($CONNECTIONS connections, $THREADS threads, $DURATION each)..." >&2
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
PING=$(run ping "/ping" "$DURATION")
WEEK=$(run week "$WEEKS" "$DURATION")
LIST=$(run list "$LISTS" "$DURATION")
WEEK_IN=$(run week-logged-in "$WEEKS" "$DURATION" "$SESSION")
LIST_IN=$(run list-logged-in "$LISTS" "$DURATION" "$SESSION")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$PING" >&2; echo "$WEEK" >&2; echo "$LIST" >&2; echo "$WEEK_IN" >&2; echo "$LIST_IN" >&2

REPORT=$(cat <<MD
Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(uname -m)), $ROWS bookings of one room and $ROWS trainings, caches $CACHES, $CONNECTIONS connections, $THREADS wrk threads, $DURATION per endpoint after a warm-up of each rendered path in rounds of $WARMUP until steady ($WARMED); load average before $LOAD_BEFORE, after $LOAD_AFTER.

| Endpoint | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors |
|---|---:|---:|---:|---:|---:|
$(row '`/ping` (trivial endpoint)' "$PING")
$(row "\`/centre/resources/{id}?week=…\` (week view, 10 weeks), $ANON" "$WEEK")
$(row "\`/centre/trainings?page=…\` (trainings list, pages 1–10), $ANON" "$LIST")
$(row "week view, logged in ($LOGGED)" "$WEEK_IN")
$(row "trainings list, logged in ($LOGGED)" "$LIST_IN")

$SQL
MD
)
echo
echo "$REPORT"
if [ -n "$OUT" ]; then
  echo "$REPORT" > "$OUT"
  echo "Written to $OUT" >&2
fi
