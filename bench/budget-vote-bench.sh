#!/usr/bin/env bash
# Participatory budget voting benchmark (issue 15). Starts the application on a fresh embedded database of its own
# with --wspolnie.bench.budget-voters=N (budget/BudgetBenchData: an edition of Gmina Kluczewsko in its voting phase,
# 3 area pools + the whole gmina, 6 projects each, and N resident accounts) and --wspolnie.bench.budget-ballots=M (a
# second edition in its results phase holding M ballots of 4 choices). Then bench/BudgetVoteClient.java logs the N
# residents in through the login form and, for DURATION seconds with CONNECTIONS requests in flight, posts the real
# vote form once per resident (the cast alone, as the ballot page with JavaScript sends it; VOTE_REQUESTS=2: the review
# step, then the cast, as without JavaScript) with the resident's own PESEL, with DUPLICATES residents'
# PESELs sent a second time at the same moment from other residents' sessions. Afterwards: the ballots and voter
# records of the edition in the database against the accepted votes (2xx with a receipt code: 0 lost, 0 double), a
# sample of receipt codes on the public receipt page, then the edition's voting is moved into the past (psql) and the
# results page and results CSV (every pool, turnout by pool and age group) are timed, for the voted edition and for
# the M-ballot edition.
# Needs: JDK 17+, curl, psql. Usage: bench/budget-vote-bench.sh [results.md]
# Full run (issue 15): DURATION=60 VOTERS=40000 BALLOTS=100000 bench/budget-vote-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."

VOTERS=${VOTERS:-40000}
DUPLICATES=${DUPLICATES:-1000}
BALLOTS=${BALLOTS:-100000}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-60}
# Every DUP_EVERY-th vote gets its duplicate: by default spread so that DUPLICATES pairs are sent at 500 votes/s.
DUP_EVERY=${DUP_EVERY:-$(( 500 * DURATION / DUPLICATES > 0 ? 500 * DURATION / DUPLICATES : 1 ))}
PORT=${PORT:-18095}
DATA=${DATA:-target/bench-budget-data/postgres}
OUT=${1:-}

command -v psql >/dev/null || { echo "psql is needed: apt-get install postgresql-client" >&2; exit 1; }

if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -ntp -DskipTests package
  JAR=$(ls target/wspolnie-*.jar | grep -v original | head -1)
fi
APP=""
stop_app() { if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; fi; }
trap stop_app EXIT

# Every run votes in a fresh edition: a new database each time.
rm -rf "$DATA"
mkdir -p "$(dirname "$DATA")"
LOG=target/bench-budget-app.log
echo "Starting the application, seeding $VOTERS residents and $BALLOTS ballots (see $LOG)..." >&2
java -Xms512m -Xmx1g -jar "$JAR" --server.port="$PORT" --wspolnie.database.embedded-data-dir="$DATA" \
  --wspolnie.bench.budget-voters="$VOTERS" --wspolnie.bench.budget-ballots="$BALLOTS" --wspolnie.database.pool-size=16 \
  --logging.level.root=WARN --logging.level.pl.wspolnie=INFO > "$LOG" 2>&1 &
APP=$!
READY="voting edition"
[ "$BALLOTS" -gt 0 ] && READY="counting edition"
for _ in $(seq 1 900); do
  if grep -q "Budget bench data: $READY" "$LOG" 2>/dev/null && curl -fs "http://localhost:$PORT/ping" >/dev/null 2>&1; then break; fi
  kill -0 "$APP" 2>/dev/null || { echo "the application stopped" >&2; tail -50 "$LOG"; exit 1; }
  sleep 1
done
EDITION=$(grep -o "Budget bench data: voting edition [0-9]*" "$LOG" | awk '{ print $6 }')
COUNTING=$(grep -o "Budget bench data: counting edition [0-9]*" "$LOG" | awk '{ print $6 }' || true)
[ -n "$EDITION" ] || { echo "bench data not seeded" >&2; tail -50 "$LOG"; exit 1; }
PG_PORT=$(sed -n 4p "$DATA/postmaster.pid")
sql() { psql -h localhost -p "$PG_PORT" -U postgres -d wspolnie -Atc "$1"; }

# The project ids: the three area pools (";" between pools), then "|" and the whole gmina's.
AREAS=$(sql "select string_agg(ids, ';' order by pool) from (select pl.id as pool, string_agg(pr.id::text, ',' order by pr.id) as ids
  from budget_pool pl join budget_project pr on pr.pool_id = pl.id where pl.edition_id = $EDITION and not pl.whole_jst group by pl.id) x")
WHOLE=$(sql "select string_agg(pr.id::text, ',' order by pr.id) from budget_pool pl join budget_project pr on pr.pool_id = pl.id
  where pl.edition_id = $EDITION and pl.whole_jst")

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CLIENT_OUT=$(java bench/BudgetVoteClient.java "http://localhost:$PORT" "$EDITION" "$VOTERS" "$DUPLICATES" \
  "$CONNECTIONS" "$DURATION" "$AREAS|$WHOLE" "$DUP_EVERY")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
echo "$CLIENT_OUT" >&2
RESULT=$(echo "$CLIENT_OUT" | grep '^RESULT')
field() { echo "$RESULT" | grep -o " $1=[0-9.]*" | cut -d= -f2; }

BALLOTS_DB=$(sql "select count(*) from budget_ballot where edition_id = $EDITION")
VOTERS_DB=$(sql "select count(*) from budget_voter where edition_id = $EDITION")
ACCOUNTS_DB=$(sql "select count(distinct user_id) from budget_voter where edition_id = $EDITION")
ACCEPTED=$(field accepted)
LOST=$(( ACCEPTED > BALLOTS_DB ? ACCEPTED - BALLOTS_DB : 0 ))
EXTRA=$(( BALLOTS_DB > ACCEPTED ? BALLOTS_DB - ACCEPTED : 0 ))

# Voting over: the edition's results phase starts today (the voting ran the last 14 days).
sql "update budget_edition set submission_from = current_date - 54, submission_to = current_date - 44,
  review_from = current_date - 43, review_to = current_date - 24, appeals_from = current_date - 23,
  appeals_to = current_date - 16, voting_from = current_date - 14, voting_to = current_date - 1,
  results_from = current_date, results_to = current_date + 6, implementation_from = current_date + 7,
  implementation_to = current_date + 386 where id = $EDITION" >/dev/null
# A change made by hand is announced as the application announces its own (docs/operations.md): the ballot and the
# edition's key, kept for the day while voting lasts, are dropped.
sql "select pg_notify('wspolnie_cache', 'budget-ballot'), pg_notify('wspolnie_cache', 'budget-keys')" >/dev/null
sleep 1
if [ "${VOTE_REQUESTS:-1}" = "2" ]; then
  VOTE_SHAPE="A vote is the review step and the cast (two POSTs of the form)"
else
  VOTE_SHAPE="A vote is the cast alone (one POST of the form, as the ballot page with JavaScript sends it)"
fi

time_ms() { # path: the first request's time and the median of 5 more (ms), status checked
  local first times
  first=$(curl -fs -o /dev/null -w '%{time_total}' "http://localhost:$PORT$1") || { echo "failed: $1" >&2; echo "- -"; return; }
  times=$(for _ in 1 2 3 4 5; do curl -fs -o /dev/null -w '%{time_total}\n' "http://localhost:$PORT$1"; done | sort -n | sed -n 3p)
  awk -v a="$first" -v b="$times" 'BEGIN { printf "%.0f %.0f", a * 1000, b * 1000 }'
}
choices_of() { sql "select coalesce(sum(cardinality(choices)), 0) from budget_ballot where edition_id = $1"; }
count_row() { # edition label
  local page csv
  page=$(time_ms "/budget/$1/results")
  csv=$(time_ms "/budget/$1/results.csv")
  echo "| $2 | $(sql "select count(*) from budget_ballot where edition_id = $1") | $(choices_of "$1") | ${page% *} | ${page#* } | ${csv% *} | ${csv#* } |"
}
COUNT_ROWS=$(count_row "$EDITION" "edition voted in this run")
if [ -n "$COUNTING" ]; then
  COUNT_ROWS="$COUNT_ROWS
$(count_row "$COUNTING" "edition seeded with $BALLOTS ballots")"
fi

REPORT=$(cat <<EOF
Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores ($(uname -m)), load average before/after: $LOAD_BEFORE / $LOAD_AFTER;
$VOTERS residents ($DUPLICATES of them send only duplicates, paired with every ${DUP_EVERY}th vote), $CONNECTIONS requests
in flight, ${DURATION} s. The client runs on the same machine.

| Votes accepted (2xx + receipt) | Votes/s | p50 (ms) | p95 (ms) | p99 (ms) | Errors | Refused (409) | Duplicate pairs sent | Pairs with exactly one accepted | PESELs accepted twice | Residents not reached |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
| $ACCEPTED | $(field votes_per_s) | $(field p50_ms) | $(field p95_ms) | $(field p99_ms) | $(field errors) | $(field refused) | $(field duplicate_pairs) | $(field pairs_exactly_one) | $(field doubles) | $(field residents_left) |

$VOTE_SHAPE; the latencies are of the whole vote.
In the database: $BALLOTS_DB ballots, $VOTERS_DB voter records ($ACCOUNTS_DB accounts); lost $LOST, more ballots than
accepted votes $EXTRA; $(field receipts_checked) receipt codes checked on the receipt page, $(field receipts_not_counted) not found.

| Count (results page / CSV) | Ballots | Ballot choices | Page, first (ms) | Page, median of 5 (ms) | CSV, first (ms) | CSV, median of 5 (ms) |
|---|---:|---:|---:|---:|---:|---:|
$COUNT_ROWS
EOF
)
echo
echo "$REPORT"
if [ -n "$OUT" ]; then
  echo "$REPORT" > "$OUT"
  echo "Written to $OUT" >&2
fi
