# Sourced by the benchmark scripts. steady NAME COMMAND...: runs COMMAND (one wrk run that prints its requests/s as
# rps=…) in rounds, at least WARMUP_MIN_ROUNDS (default 6), then until a round is less than 5 % faster than the best
# of the three before it, at most WARMUP_ROUNDS (default 20); adds "NAME: N rounds (… requests/s in the last);" to
# WARMED. Rendered pages reach their steady speed only after minutes under load on 2 cores (the JIT's compiler
# threads get little CPU beside 16 busy request threads; a round-to-round rule alone stopped the centre's week view
# at 273 requests/s, which measured 422 next and 542 after a longer warm-up), and a server runs for days: the steady
# state is what is measured.
steady() {
  local name=$1 current="" round
  local -a seen=()
  shift
  for round in $(seq 1 "${WARMUP_ROUNDS:-20}"); do
    current=$("$@" | grep -o 'rps=[0-9.]*' | cut -d= -f2)
    echo "  warm-up $name, round $round: $current requests/s" >&2
    if [ "$round" -ge "${WARMUP_MIN_ROUNDS:-6}" ] && printf '%s\n' "${seen[@]: -3}" | awk -v b="$current" \
        '{ if ($1 > best) best = $1 } END { exit !(b < best * 1.05) }'; then
      WARMED="$WARMED $name: $round rounds ($current requests/s in the last);"
      return
    fi
    seen+=("$current")
  done
  WARMED="$WARMED $name: not steady after ${WARMUP_ROUNDS:-20} rounds ($current requests/s in the last);"
}
