#!/usr/bin/env bash
# Directory benchmark: seeds 50,000 organisations into a separate embedded database, then measures
# the directory search page and the directory API side by side with the trivial /ping endpoint of
# the same application, with wrk (16 connections, 2 threads, 30 s each, after a warm-up).
# Needs: JDK 17+, wrk (Debian: apt-get install wrk). Usage: bench/directory-bench.sh [results.md]
set -euo pipefail
cd "$(dirname "$0")/.."

ORGS=${ORGS:-50000}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
PORT=${PORT:-8089}
DATA=${DATA:-target/bench-data/postgres}
OUT=${1:-}

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/wspolnie-*.jar | grep -v original | head -1)

java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
  --wspolnie.bench.organizations="$ORGS" --wspolnie.database.pool-size=16 --logging.level.root=WARN \
  --logging.level.pl.wspolnie=INFO > target/bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

echo "Starting the application and seeding $ORGS organisations (see target/bench-app.log)..."
for _ in $(seq 1 600); do
  if curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$PORT/ping" >/dev/null || { echo "application did not start" >&2; tail -50 target/bench-app.log; exit 1; }
count() { curl -fs "http://localhost:$PORT/api/v1/organizations?size=1" | sed -E 's/.*"totalItems":([0-9]+).*/\1/'; }
# The server answers while the load data is still being inserted: wait until it is all there.
for _ in $(seq 1 600); do
  COUNT=$(count || echo 0)
  if [ "${COUNT:-0}" -ge "$ORGS" ]; then break; fi
  sleep 2
done
echo "Organisations in the directory: $COUNT"
[ "${COUNT:-0}" -ge "$ORGS" ] || { echo "load data not complete" >&2; exit 1; }

POWIAT=$(curl -fs "http://localhost:$PORT/jst" | grep -o '/jst/[0-9]*' | awk -F/ 'NR == 1 { print $3 }')
# A mix a real visitor produces: word-form and diacritics-free searches, JST and sphere filters, sorting, paging.
SEARCHES="q=sport|q=sportowy&sort=name|q=zolw|q=fundacja+seniorom|jst=$POWIAT|q=kultura&jst=$POWIAT&page=2|sphere=sport-i-turystyka|q=ochrona+przyrody&sort=newest|page=40|q=dzieci&sphere=edukacja-i-kultura"
page_paths=$(echo "$SEARCHES" | tr '|' '\n' | sed 's#^#/organizations?#' | paste -sd'|')
api_paths=$(echo "$SEARCHES" | tr '|' '\n' | sed 's#^#/api/v1/organizations?#' | paste -sd'|')

run() { # name accept paths
  PATHS="$3" ACCEPT="$2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s -s bench/report.lua \
    "http://localhost:$PORT" | grep '^RESULT' | sed "s/^RESULT/$1/"
}

echo "Warm-up ($WARMUP)..."
for p in "$page_paths" "$api_paths" "/ping"; do
  PATHS="$p" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/report.lua "http://localhost:$PORT" >/dev/null
done

echo "Measuring ($CONNECTIONS connections, $THREADS threads, $DURATION each)..."
R_PING=$(run ping "text/plain" "/ping")
R_PAGE=$(run search-page "text/html" "$page_paths")
R_API=$(run search-api "application/json" "$api_paths")
echo "$R_PING"; echo "$R_PAGE"; echo "$R_API"

field() { echo "$1" | grep -o "$2=[0-9.]*" | cut -d= -f2; }
RATIO=$(awk -v a="$(field "$R_PAGE" rps)" -v b="$(field "$R_PING" rps)" 'BEGIN { printf "%.2f", a / b }')

TABLE=$(cat <<TXT
| Endpoint | Requests/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors |
|---|---:|---:|---:|---:|---:|
| \`/ping\` (trivial) | $(field "$R_PING" rps) | $(field "$R_PING" p50_ms) | $(field "$R_PING" p95_ms) | $(field "$R_PING" p99_ms) | $(field "$R_PING" errors) |
| \`/organizations?…\` (search page, HTML) | $(field "$R_PAGE" rps) | $(field "$R_PAGE" p50_ms) | $(field "$R_PAGE" p95_ms) | $(field "$R_PAGE" p99_ms) | $(field "$R_PAGE" errors) |
| \`/api/v1/organizations?…\` (search API, JSON) | $(field "$R_API" rps) | $(field "$R_API" p50_ms) | $(field "$R_API" p95_ms) | $(field "$R_API" p99_ms) | $(field "$R_API" errors) |

Search page throughput / trivial endpoint throughput: **$RATIO** (target ≥ 0.25). Organisations: $COUNT.
TXT
)
echo
echo "$TABLE"
if [ -n "$OUT" ]; then
  { echo "Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(uname -m), $CONNECTIONS connections, $THREADS wrk threads, $DURATION per endpoint:"; echo; echo "$TABLE"; } > "$OUT"
  echo "Written to $OUT"
fi
