#!/usr/bin/env bash
# The warm-up curve of the centre's logged-in week view: starts the jar on the centre benchmark's database (seeded by
# bench/centre-bench.sh first), logs in as mieszkaniec@wspolnie.demo and runs the week view's ten weeks in ROUNDS
# rounds of D (wrk, 16 connections), printing each round's requests/s, p95 and the CPU a request cost in the java
# process and in PostgreSQL (from /proc). JAVA_OPTS are the JVM's options (compare "" with -XX:CICompilerCount=4).
# Usage: JAVA_OPTS="" ROUNDS=10 D=30s bench/centre-warmup.sh   (docs/benchmarks.md, "Warmed to the steady state")
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18093}
DATA=${DATA:-target/bench-centre-data/postgres}
JAR=$(ls target/wspolnie-*.jar | grep -v original | head -1)
# shellcheck disable=SC2086
java -Xms512m -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
  --wspolnie.bench.centre-rows=10000 --wspolnie.database.pool-size=16 --logging.level.root=WARN \
  --logging.level.pl.wspolnie=INFO > target/bench-centre-warmup.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  if grep -q "Centre bench data" target/bench-centre-warmup.log && curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then break; fi
  sleep 1
done
ROOM=$(grep -o "Centre bench data: room [0-9]*" target/bench-centre-warmup.log | awk '{ print $5 }')
WEEKS=""
for i in $(seq 0 9); do
  WEEKS="$WEEKS${WEEKS:+|}/centre/resources/$ROOM?week=$(date -d "-$((i * 7 + 3)) days" +%G-W%V)"
done
. bench/login.sh
SESSION=$(login_session "$PORT")
POSTMASTER=$(head -1 "$DATA/postmaster.pid")
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local sum=0 p; for p in $POSTMASTER $(pgrep -P "$POSTMASTER"); do sum=$((sum + $(ticks "$p"))); done; echo $sum; }
for round in $(seq 1 "${ROUNDS:-10}"); do
  java0=$(ticks $APP); pg0=$(pg_ticks)
  out=$(COOKIE="$SESSION" PATHS="$WEEKS" ACCEPT=text/html wrk -t2 -c16 -d"${D:-30s}" --timeout 5s -s bench/report.lua \
    "http://localhost:$PORT" | grep '^RESULT')
  java1=$(ticks $APP); pg1=$(pg_ticks)
  n=$(echo "$out" | grep -o 'requests=[0-9]*' | cut -d= -f2)
  # /proc counts CPU in ticks of 10 ms
  echo "round $round $(echo "$out" | grep -o 'rps=[0-9.]*') $(echo "$out" | grep -o 'p95_ms=[0-9.]*')" \
    "java_ms=$(awk -v t=$((java1 - java0)) -v r="$n" 'BEGIN { printf "%.2f", t * 10 / r }')" \
    "pg_ms=$(awk -v t=$((pg1 - pg0)) -v r="$n" 'BEGIN { printf "%.2f", t * 10 / r }')"
done
