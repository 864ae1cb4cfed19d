#!/usr/bin/env bash
# Before/after comparison of the UNCACHED directory search (--wspolnie.cache.enabled=false) on a busy machine: two
# jars are started in turn on the same seeded benchmark database (bench/directory-bench.sh seeds it), ROUNDS times
# (before, after, before, after, ...), and each time /ping, the search page and the search API are measured with wrk
# (the 10-query mix of directory-bench.sh, CONNECTIONS connections, DURATION each after a warm-up). /ping in the same
# round is the reference for the CPU the neighbours left. Prints one line per round and endpoint, then the medians.
# Usage: DATA=target/bench-data/postgres bench/directory-compare.sh before.jar after.jar [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1
AFTER=$2
ROUNDS=${3:-3}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-8s}
PORT=${PORT:-8089}
DATA=${DATA:-target/bench-data/postgres}
APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT

start_app() { # jar
  # the earlier build does not know the later one's migrations: let it start on the newer schema; wrk sends every
  # request from one address, so the API's rate limit per address is lifted
  SPRING_FLYWAY_IGNORE_MIGRATION_PATTERNS='*:missing' java -Xms512m -Xmx1g -jar "$1" --server.port="$PORT" \
    --wspolnie.database.embedded-data-dir="$DATA" --wspolnie.database.pool-size=16 --logging.level.root=WARN \
    --wspolnie.cache.enabled=false --wspolnie.api.rate-limit.requests-per-minute=1000000000 \
    --wspolnie.api.rate-limit.burst=1000000000 > target/bench-compare-app.log 2>&1 &
  APP=$!
  for _ in $(seq 1 900); do
    if curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then return; fi
    sleep 1
  done
  echo "the application did not start" >&2; tail -50 target/bench-compare-app.log >&2; exit 1
}

run() { # name accept paths duration
  PATHS="$3" ACCEPT="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$4" --timeout 5s -s bench/report.lua \
    "http://localhost:$PORT" | grep '^RESULT' | sed "s/^RESULT/$1/"
}
field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }

RESULTS=$(mktemp)
for round in $(seq 1 "$ROUNDS"); do
  for build in before after; do
    JAR=$BEFORE; [ "$build" = after ] && JAR=$AFTER
    start_app "$JAR"
    POWIAT=$(curl -fs "http://localhost:$PORT/jst" | grep -o '/jst/[0-9]*' | awk -F/ 'NR == 1 { print $3 }')
    searches="q=sport|q=sportowy&sort=name|q=zolw|q=fundacja+seniorom|jst=$POWIAT|q=kultura&jst=$POWIAT&page=2|sphere=sport-i-turystyka|q=ochrona+przyrody&sort=newest|page=40|q=dzieci&sphere=edukacja-i-kultura"
    page_paths=$(echo "$searches" | tr '|' '\n' | sed 's#^#/organizations?#' | paste -sd'|')
    api_paths=$(echo "$searches" | tr '|' '\n' | sed 's#^#/api/v1/organizations?#' | paste -sd'|')
    run warm "text/html" "$page_paths" "$WARMUP" >/dev/null
    run warm "application/json" "$api_paths" "$WARMUP" >/dev/null
    LOAD=$(cut -d' ' -f1 /proc/loadavg)
    for e in ping page api; do
      case $e in
        ping) line=$(run ping "text/plain" "/ping" "$DURATION") ;;
        page) line=$(run page "text/html" "$page_paths" "$DURATION") ;;
        api) line=$(run api "application/json" "$api_paths" "$DURATION") ;;
      esac
      echo "$round $build $e $(field "$line" rps) $(field "$line" p50_ms) $(field "$line" p95_ms) $LOAD" | tee -a "$RESULTS" >&2
    done
    stop_app
  done
done
echo
echo "| Build | Endpoint | Requests/s (median) | p50 ms (median) | p95 ms (median) | p95 / p95 of /ping (median) |"
echo "|---|---|---:|---:|---:|---:|"
for build in before after; do
  for e in ping page api; do
    awk -v b="$build" -v e="$e" 'BEGIN { n = 0 }
      $2 == b && $3 == "ping" { ping[$1] = $6 + 0 }
      $2 == b && $3 == e { rps[n] = $4 + 0; p50[n] = $5 + 0; p95[n] = $6 + 0; round[n] = $1; n++ }
      function median(a, n,   i, j, t) { for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[int(n / 2)] : (a[n / 2 - 1] + a[n / 2]) / 2 }
      END { for (i = 0; i < n; i++) rel[i] = p95[i] / ping[round[i]]
        printf "| %s | %s | %.1f | %.2f | %.2f | %.2f |\n", b, e, median(rps, n), median(p50, n), median(p95, n), median(rel, n) }' "$RESULTS"
  done
done
rm -f "$RESULTS"
