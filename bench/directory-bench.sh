#!/usr/bin/env bash
# Directory benchmark: seeds 50,000 organisations into a separate embedded database, then measures
# the directory search page and the directory API side by side with the trivial /ping endpoint and
# a static page (/accessibility) of the same application, with wrk (16 connections, 2 threads,
# 30 s each). Before measuring, the page mix and the API mix are repeated in rounds of WARMUP until
# steady (bench/steady.sh: at least 6 rounds, then until a round is less than 5 % faster than the best of
# the three before it): the uncached page reaches its steady speed only after minutes on 2 cores.
# Two runs: (1) as configured by default (directory result cache and anonymous page micro-cache on),
# (2) with --wspolnie.cache.enabled=false, every request reaching PostgreSQL and the template engine.
# Needs: JDK 17+, curl, wrk (Debian: apt-get install wrk). Usage: bench/directory-bench.sh [results.md]
set -euo pipefail
cd "$(dirname "$0")/.."

ORGS=${ORGS:-50000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
WARMUP_ROUNDS=${WARMUP_ROUNDS:-20}
PORT=${PORT:-8089}
DATA=${DATA:-target/bench-data/postgres}
OUT=${1:-}
# The JVM options docs/operations.md recommends: more JIT compiler threads, so that the compiler gets its share of the
# 2 cores beside 16 busy request threads and the rendered pages reach their steady speed in 2-3 minutes, not 5-10.
JAVA_OPTS=${JAVA_OPTS:--XX:CICompilerCount=4}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/wspolnie-*.jar | grep -v original | head -1)
APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT

start_app() { # extra arguments
  # wrk sends every request from one address: the API's rate limit per address (docs/open-data.md) is lifted.
  java -Xms512m -Xmx1g $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
    --wspolnie.bench.organizations="$ORGS" --wspolnie.database.pool-size=16 --logging.level.root=WARN \
    --wspolnie.api.rate-limit.requests-per-minute=1000000000 --wspolnie.api.rate-limit.burst=1000000000 \
    --logging.level.pl.wspolnie=INFO "$@" > target/bench-app.log 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do
    if curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then break; fi
    sleep 1
  done
  # The server answers while the load data is still being inserted: wait until it is all there.
  for _ in $(seq 1 600); do
    COUNT=$(curl -fs "http://localhost:$PORT/api/v1/organizations?size=1" | sed -E 's/.*"totalItems":([0-9]+).*/\1/' || echo 0)
    if [ "${COUNT:-0}" -ge "$ORGS" ]; then break; fi
    sleep 2
  done
  [ "${COUNT:-0}" -ge "$ORGS" ] || { echo "load data not complete" >&2; tail -50 target/bench-app.log; exit 1; }
}

run() { # name accept paths duration
  PATHS="$3" ACCEPT="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --timeout 5s -s bench/report.lua \
    "http://localhost:$PORT" | grep '^RESULT' | sed "s/^RESULT/$1/"
}
. bench/steady.sh
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
row() { echo "| $1 | $(field "$2" rps) | $(field "$2" p50_ms) | $(field "$2" p95_ms) | $(field "$2" p99_ms) | $(field "$2" errors) |"; }

measure() { # title
  WARMED=""
  POWIAT=$(curl -fs "http://localhost:$PORT/jst" | grep -o '/jst/[0-9]*' | awk -F/ 'NR == 1 { print $3 }')
  # A mix a real visitor produces: word-form and diacritics-free searches, JST and sphere filters, sorting, paging.
  local searches="q=sport|q=sportowy&sort=name|q=zolw|q=fundacja+seniorom|jst=$POWIAT|q=kultura&jst=$POWIAT&page=2|sphere=sport-i-turystyka|q=ochrona+przyrody&sort=newest|page=40|q=dzieci&sphere=edukacja-i-kultura"
  # Searches within one gmina (or the powiat) combined with words or a sphere: the powiat of the first mix holds
  # every organisation of the load data, so there a JST filter narrows nothing.
  GMINA=$(curl -fs "http://localhost:$PORT/jst" | grep -o '/jst/[0-9]*"[^>]*>Gmina' | head -1 | grep -o '[0-9][0-9]*' | head -1)
  local within="q=klub+sportowy&sphere=wolontariat|q=sportowy|sphere=sport-i-turystyka|q=fundacja+seniorom&sort=newest|q=teatr&page=2"
  local page_paths api_paths jst_paths
  jst_paths="$(echo "$within" | tr '|' '\n' | sed "s#^#/organizations?jst=$GMINA\&#" | paste -sd'|')|/organizations?jst=$POWIAT&q=dzieci&sphere=edukacja-i-kultura"
  page_paths=$(echo "$searches" | tr '|' '\n' | sed 's#^#/organizations?#' | paste -sd'|')
  api_paths=$(echo "$searches" | tr '|' '\n' | sed 's#^#/api/v1/organizations?#' | paste -sd'|')
  echo "Warm-up (rounds of $WARMUP until steady)..." >&2
  steady page run warm "text/html" "$page_paths" "$WARMUP"
  steady api run warm "application/json" "$api_paths" "$WARMUP"
  steady within-jst run warm "text/html" "$jst_paths" "$WARMUP"
  run warm "text/plain" "/ping|/accessibility" "$WARMUP" >/dev/null
  echo "Measuring ($CONNECTIONS connections, $THREADS threads, $DURATION each)..." >&2
  local ping static page api jst
  ping=$(run ping "text/plain" "/ping" "$DURATION")
  static=$(run static "text/html" "/accessibility" "$DURATION")
  page=$(run page "text/html" "$page_paths" "$DURATION")
  api=$(run api "application/json" "$api_paths" "$DURATION")
  jst=$(run within-jst "text/html" "$jst_paths" "$DURATION")
  echo "$ping" >&2; echo "$static" >&2; echo "$page" >&2; echo "$api" >&2; echo "$jst" >&2
  local ratio
  ratio=$(awk -v a="$(field "$page" rps)" -v b="$(field "$ping" rps)" 'BEGIN { printf "%.2f", a / b }')
  echo "### $1"
  echo
  echo "| Endpoint | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors |"
  echo "|---|---:|---:|---:|---:|---:|"
  row '`/ping` (trivial endpoint)' "$ping"
  row '`/accessibility` (static page, same layout)' "$static"
  row '`/organizations?…` (search page, HTML, 10-query mix)' "$page"
  row '`/api/v1/organizations?…` (search API, JSON, same mix)' "$api"
  row '`/organizations?jst=…&…` (search page within a gmina or the powiat, 6-query mix)' "$jst"
  echo
  echo "Search page throughput / trivial endpoint throughput: **$ratio**."
  echo
  echo "Warm-up (rounds of $WARMUP):$WARMED"
  echo
}

echo "Starting the application and seeding $ORGS organisations (see target/bench-app.log)..." >&2
start_app
RESULT_CACHED=$(measure "Default configuration (caches on)")
stop_app
start_app --wspolnie.cache.enabled=false
RESULT_RAW=$(measure "Caches off (every request runs the SQL and renders the page)")
stop_app

REPORT=$(printf 'Run of %s on %s cores (%s), %s organisations, %s connections, %s wrk threads, %s per endpoint.\n\n%s\n\n%s\n' \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(uname -m)" "$COUNT" "$CONNECTIONS" "$THREADS" "$DURATION" "$RESULT_CACHED" "$RESULT_RAW")
echo
echo "$REPORT"
if [ -n "$OUT" ]; then
  echo "$REPORT" > "$OUT"
  echo "Written to $OUT" >&2
fi
