#!/usr/bin/env bash
# EXPLAIN ANALYZE of the statements the directory runs for the benchmark's 10-query mix (bench/directory-bench.sh), on
# the seeded benchmark database. Start the application on that data with a fixed database port first, e.g.
#   java -jar target/wspolnie-*.jar --server.port=18092 --wspolnie.database.embedded-data-dir=target/bench-data/postgres \
#     --wspolnie.database.embedded-port=15439 --wspolnie.cache.enabled=false
# then: PG_PORT=15439 bench/directory-explain.sh [rounds]. Prints the median execution time (ms) of each statement.
# On a busy machine compare CPU time instead of these wall-clock times: bench/sql-cpu.sh.
set -euo pipefail
PG_PORT=${PG_PORT:-15439}
ROUNDS=${1:-5}
P="psql -h localhost -p $PG_PORT -U postgres -d wspolnie -At"
G=$($P -c "select string_agg(id::text, ',') from jst where teryt like '2613%'")
S1=$($P -c "select string_agg(quote_literal(code), ',') from sphere where parent_code = 'sport-i-turystyka' or code = 'sport-i-turystyka'")
S2=$($P -c "select string_agg(quote_literal(code), ',') from sphere where parent_code = 'edukacja-i-kultura' or code = 'edukacja-i-kultura'")
ms() { $P -c "explain (analyze, format json) $1" | grep -o '"Execution Time": [0-9.]*' | awk '{ print $3 }'; }
# several words, or words and a sphere group: counted in organization_search_terms (V9), whole entries
count_terms() { echo "select count(*) from (select 1 from organization_search_terms t where t.terms @@ \$q\$$1\$q\$::tsquery limit 1001) m"; }
S2T=$($P -c "select string_agg(quote_literal('@' || code), ' | ') from sphere where parent_code = 'edukacja-i-kultura' or code = 'edukacja-i-kultura'")
count_text() { echo "select count(*) from (select 1 from organization o where o.search_vector @@ to_tsquery('simple', '$1') ${2:-} limit 1001) m"; }
page() { # where, order in the CTE, CTE column, offset, order outside
  echo "with page as (select o.id, $3 from organization o where true $1 order by $2 limit 20 offset $4) select o.id, o.name, o.legal_form, o.city, o.gmina_id, j.name, o.verified, o.created_at, array(select s.sphere_code from organization_sphere s where s.organization_id = o.id) from page p join organization o on o.id = p.id join jst j on j.id = o.gmina_id order by $5"
}
BY_NAME="o.sort_name, o.id"
declare -a NAMES=() SQLS=()
add() { NAMES+=("$1"); SQLS+=("$2"); }
add "q=sport count" "$(count_text 'sport:*')"
add "q=sport page" "$(page "and o.search_vector @@ to_tsquery('simple','sport:*')" "$BY_NAME" o.sort_name 0 "p.sort_name, p.id")"
add "q=sportowy count" "$(count_text 'sportow:*')"
add "q=zolw count" "$(count_text 'zolw:*')"
add "q=fundacja seniorom count" "$(count_terms "'fundacj' & 'senior'")"
add "jst count" "select coalesce(sum(organizations), 0) from organization_gmina_count where gmina_id in ($G)"
add "jst page" "$(page "and o.gmina_id in ($G)" "$BY_NAME" o.sort_name 0 "p.sort_name, p.id")"
add "q=kultura&jst count" "$(count_text 'kultur:*' "and o.gmina_id in ($G)")"
add "q=kultura&jst page 2" "$(page "and o.search_vector @@ to_tsquery('simple','kultur:*') and o.gmina_id in ($G)" "$BY_NAME" o.sort_name 40 "p.sort_name, p.id")"
add "sphere count" "select count(*) from (select 1 from organization o where exists (select 1 from organization_sphere s where s.organization_id = o.id and s.sphere_code in ($S1)) limit 1001) m"
add "sphere page" "$(page "and exists (select 1 from organization_sphere s where s.organization_id = o.id and s.sphere_code in ($S1))" "$BY_NAME" o.sort_name 0 "p.sort_name, p.id")"
add "q=ochrona przyrody count" "$(count_terms "'ochron' & 'przyrod'")"
add "q=ochrona przyrody newest page" "$(page "and o.search_vector @@ to_tsquery('simple','ochron:* & przyrod:*')" "o.created_at desc, o.id desc" o.created_at 0 "p.created_at desc, p.id desc")"
add "all count" "select coalesce(sum(organizations), 0) from organization_gmina_count"
add "page=40 page" "$(page "" "$BY_NAME" o.sort_name 800 "p.sort_name, p.id")"
add "q=dzieci&sphere count" "$(count_terms "'dziec' & ($S2T)")"
add "q=dzieci&sphere page" "$(page "and o.search_vector @@ to_tsquery('simple','dziec:*') and exists (select 1 from organization_sphere s where s.organization_id = o.id and s.sphere_code in ($S2))" "$BY_NAME" o.sort_name 0 "p.sort_name, p.id")"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
TOTAL=0
for i in "${!NAMES[@]}"; do
  TIMES=$(for _ in $(seq 1 "$ROUNDS"); do ms "${SQLS[$i]}"; done | sort -n)
  MEDIAN=$(echo "$TIMES" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  TOTAL=$(awk -v t="$TOTAL" -v m="$MEDIAN" 'BEGIN { print t + m }')
  printf '%-32s %8.2f ms (median of %s)\n' "${NAMES[$i]}" "$MEDIAN" "$ROUNDS"
done
printf '%-32s %8.2f ms\n' "sum" "$TOTAL"
