#!/usr/bin/env bash
# Server CPU per vote (issue 15), a measure that a busy machine does not distort much: the CPU time the application
# (java) and its embedded PostgreSQL (the postmaster and every backend, ended ones included) spend while
# bench/BudgetVoteClient.java casts VOTES votes (each a cast as the ballot page with JavaScript sends it; every 30th with a concurrent duplicate
# from another session), divided by the votes sent, read from /proc before and after, after WARM votes of other
# residents that warm the JVM up. Waiting for a core is not counted, so other people's builds change it little.
# Also: a JFR profile of the application (execution samples of the voting, aggregated by top frame and by the
# first application frame) and pg_stat_statements over the voting (calls per vote and time of each statement).
# Usage: JAR=target/wspolnie-….jar bench/budget-vote-cpu.sh [out-dir]   (WARM, VOTES, CONNECTIONS as below)
# VOTE_REQUESTS=2: each vote the review step and the cast, as a browser without JavaScript sends it (default 1: the cast).
set -euo pipefail
cd "$(dirname "$0")/.."

WARM=${WARM:-1500}
VOTES=${VOTES:-1500}
DUP=50
VOTERS=$(( WARM + VOTES + 2 * DUP ))
CONNECTIONS=${CONNECTIONS:-8}
PORT=${PORT:-18096}
DATA=${DATA:-target/bench-budget-cpu/postgres}
OUT=${1:-target/budget-vote-cpu}
JAR=${JAR:-$(ls target/wspolnie-*.jar | grep -v original | head -1)}
mkdir -p "$OUT"
APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT

start_app() { # extra JVM options
  java -Xms512m -Xmx1g "$@" -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
    --wspolnie.bench.budget-voters="$VOTERS" --wspolnie.bench.budget-ballots=0 --wspolnie.database.pool-size=16 \
    --logging.level.root=WARN --logging.level.pl.wspolnie=INFO >> "$OUT/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 600); do
    if grep -q "Budget bench data: voting edition" "$OUT/app.log" && curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then
      return
    fi
    kill -0 "$APP" 2>/dev/null || { echo "the application stopped" >&2; tail -50 "$OUT/app.log"; exit 1; }
    sleep 1
  done
  echo "the application did not start (or seed) within 600 s" >&2
  exit 1
}

# A fresh database seeded once, then the server started again with pg_stat_statements loaded.
rm -rf "$DATA" "$OUT/app.log" "$OUT/vote.jfr" "$OUT"/client.* "$OUT"/warm.*
mkdir -p "$(dirname "$DATA")"
echo "Seeding $VOTERS residents..." >&2
start_app
stop_app
echo "shared_preload_libraries = 'pg_stat_statements'" >> "$DATA/postgresql.conf"
start_app -XX:+FlightRecorder
EDITION=$(grep -o "Budget bench data: voting edition [0-9]*" "$OUT/app.log" | tail -1 | awk '{ print $6 }')
PG_PORT=$(sed -n 4p "$DATA/postmaster.pid")
PG_PID=$(sed -n 1p "$DATA/postmaster.pid")
sql() { psql -h localhost -p "$PG_PORT" -U postgres -d wspolnie -Atc "$1"; }
sql "create extension if not exists pg_stat_statements" >/dev/null
AREAS=$(sql "select string_agg(ids, ';' order by pool) from (select pl.id as pool, string_agg(pr.id::text, ',' order by pr.id) as ids
  from budget_pool pl join budget_project pr on pr.pool_id = pl.id where pl.edition_id = $EDITION and not pl.whole_jst group by pl.id) x")
WHOLE=$(sql "select string_agg(pr.id::text, ',' order by pr.id) from budget_pool pl join budget_project pr on pr.pool_id = pl.id
  where pl.edition_id = $EDITION and pl.whole_jst")

ticks() { # pid: its own and its reaped children's CPU ticks
  awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat"
}
pg_ticks() { # the postmaster (with its reaped backends) and the living backends
  local sum
  sum=$(ticks "$PG_PID")
  for child in $(cat "/proc/$PG_PID/task/$PG_PID/children"); do
    sum=$(( sum + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0) ))
  done
  echo "$sum"
}

echo "Warming up with $WARM votes..." >&2
java bench/BudgetVoteClient.java "http://localhost:$PORT" "$EDITION" $(( WARM + DUP )) "$DUP" "$CONNECTIONS" 600 \
  "$AREAS|$WHOLE" 30 1 > "$OUT/warm.out" 2> "$OUT/warm.err"
echo "Measuring $VOTES votes..." >&2
java bench/BudgetVoteClient.java "http://localhost:$PORT" "$EDITION" "$VOTERS" "$DUP" "$CONNECTIONS" 600 \
  "$AREAS|$WHOLE" 30 $(( WARM + DUP + 1 )) > "$OUT/client.out" 2> "$OUT/client.err" &
CLIENT=$!
until grep -q "Logged in" "$OUT/client.err" 2>/dev/null; do
  kill -0 "$CLIENT" 2>/dev/null || { cat "$OUT/client.err" >&2; exit 1; }
  sleep 0.1
done
JAVA_0=$(ticks "$APP"); PG_0=$(pg_ticks); CLIENT_0=$(ticks "$CLIENT")
sql "select pg_stat_statements_reset()" >/dev/null
jcmd "$APP" JFR.start name=vote filename="$OUT/vote.jfr" settings=profile >/dev/null
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
until grep -q "^RESULT" "$OUT/client.out" 2>/dev/null; do
  kill -0 "$CLIENT" 2>/dev/null || break
  CLIENT_1=$(ticks "$CLIENT" 2>/dev/null || echo "${CLIENT_1:-0}")
  sleep 0.2
done
wait "$CLIENT"
JAVA_1=$(ticks "$APP"); PG_1=$(pg_ticks)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
jcmd "$APP" JFR.stop name=vote >/dev/null
RESULT=$(grep '^RESULT' "$OUT/client.out")
field() { echo "$RESULT" | grep -o " $1=[0-9.]*" | cut -d= -f2; }
VOTES=$(( $(field accepted) + $(field refused) ))
HZ=$(getconf CLK_TCK)

{
  echo "Run of $(date -u +%Y-%m-%dT%H:%MZ), load average before/after $LOAD_BEFORE / $LOAD_AFTER, $CONNECTIONS connections, $WARM votes to warm up"
  echo "$RESULT"
  awk -v v="$VOTES" -v j=$(( JAVA_1 - JAVA_0 )) -v p=$(( PG_1 - PG_0 )) -v c=$(( ${CLIENT_1:-0} - CLIENT_0 )) -v hz="$HZ" 'BEGIN {
    printf "votes sent %d; CPU per vote: java %.2f ms, postgres %.2f ms, together %.2f ms (the client: %.2f ms)\n",
      v, j * 1000 / hz / v, p * 1000 / hz / v, (j + p) * 1000 / hz / v, c * 1000 / hz / v }'
  echo
  echo "pg_stat_statements over the voting (calls per vote, ms per vote):"
  sql "select round(calls::numeric / $VOTES, 2) || ' | ' || round((total_exec_time / $VOTES)::numeric, 3) || ' | '
       || regexp_replace(left(query, 140), '\s+', ' ', 'g')
       from pg_stat_statements where dbid = (select oid from pg_database where datname = 'wspolnie')
       order by total_exec_time desc limit 30"
  echo
  echo "Total statements per vote: $(sql "select round(sum(calls)::numeric / $VOTES, 1) from pg_stat_statements
       where dbid = (select oid from pg_database where datname = 'wspolnie')")"
  echo
  echo "JFR execution samples of the application during the votes (share of samples with the marker on the stack):"
  java bench/JfrTop.java "$OUT/vote.jfr" session=org.springframework.session. \
    unmapped-path-check=pl.wspolnie.accounts.security.UnmappedPathMatcher.matches \
    controller=pl.wspolnie.budget.web.VotingController.vote template=org.thymeleaf.TemplateEngine.process \
    cast=pl.wspolnie.budget.domain.Voting.castOnline ballot-read=pl.wspolnie.budget.domain.Voting.ballot \
    hibernate=org.hibernate. jdbc-driver=org.postgresql. audit=pl.wspolnie.audit. logback=ch.qos.logback.
} | tee "$OUT/summary.txt"
