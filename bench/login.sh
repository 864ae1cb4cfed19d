# Sourced by the benchmark scripts. login_session PORT [EMAIL]: logs in as a demo account (mieszkaniec@wspolnie.demo,
# the demo password) and prints the session and CSRF cookies as one Cookie header value, for wrk (bench/report.lua's
# COOKIE): the rendered path a logged-in person gets.
login_session() {
  local port=$1 email=${2:-mieszkaniec@wspolnie.demo} cookies csrf
  cookies=$(mktemp)
  csrf=$(curl -fs -c "$cookies" -b "$cookies" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' \
    | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "email=$email" \
    --data-urlencode "password=Wspolnie2026!" --data-urlencode "_csrf=$csrf" "http://localhost:$port/login"
  awk '$6 == "JSESSIONID" || $6 == "wsp_csrf" { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$cookies"
  rm -f "$cookies"
}
