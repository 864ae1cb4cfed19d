#!/usr/bin/env bash
# CPU time (user + system of the PostgreSQL backend process, from /proc) per execution of one SQL statement, run N
# times in a PL/pgSQL loop after one warm-up execution. Unlike EXPLAIN ANALYZE's wall-clock times it does not count the
# time the backend waited for a CPU, so it compares statements fairly on a machine other builds keep busy. Needs psql on
# the same machine as PostgreSQL (the embedded one: start the application with --wspolnie.database.embedded-port).
# Usage: PG_PORT=15439 bench/sql-cpu.sh "select ..." [N]      (SETS="set enable_seqscan = off;" to try a plan)
set -euo pipefail
N=${2:-50}
coproc PQ { psql -h localhost -p "${PG_PORT:-15439}" -U postgres -d wspolnie -At -q 2>&1; }
echo "${SETS:-} select pg_backend_pid();" >&"${PQ[1]}"
read -r pid <&"${PQ[0]}"
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
echo "do \$\$ begin perform * from ($1) x; end \$\$; select 'warm';" >&"${PQ[1]}"
read -r _ <&"${PQ[0]}"
before=$(cpu)
echo "do \$\$ begin for i in 1..$N loop perform * from ($1) x; end loop; end \$\$; select 'done';" >&"${PQ[1]}"
read -r reply <&"${PQ[0]}"
after=$(cpu)
echo '\q' >&"${PQ[1]}"
wait
[ "$reply" = done ] || { echo "failed: $reply" >&2; exit 1; }
awk -v a="$after" -v b="$before" -v n="$N" -v t="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f\n", (a - b) * 1000 / t / n }'
