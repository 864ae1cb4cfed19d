#!/usr/bin/env bash
# Offer submission benchmark (issue 3): 300 organisations with saved drafts submit their offers within the last
# 60 seconds before one competition's deadline (half evenly over 50 s, half in the last 10 s), on the embedded
# PostgreSQL, through the real offer form over HTTP. Prints the landed count, checksum uniqueness and latency
# percentiles (lines starting with BENCH), and fails if any offer did not land or a checksum repeats.
# The code is src/test/java/pl/wspolnie/competitions/OfferSubmissionBenchmark.java (skipped in normal test runs).
# Needs: JDK 17+. Usage: bench/offer-submission-bench.sh [offers]   (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
OFFERS=${1:-300}
./mvnw -q -B -ntp verify -Dbench=true -Dbench.offers="$OFFERS" -Dtest=OfferSubmissionBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee target/offer-submission-bench.log | grep -E '^BENCH|FAIL|ERROR\]' || true
grep -q "Tests run: 1, Failures: 0, Errors: 0" target/surefire-reports/*OfferSubmissionBenchmark.txt
