package pl.wspolnie.competitions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.concurrent.Future;

/**
 * Measurement, not a test (runs only with -Dbench=true;
 * {@code bench/offer-submission-bench.sh}, results in docs/benchmarks.md): 300
 * organisations, each with a complete saved draft, submit their offers within the last 60
 * seconds before the deadline of one competition, on the embedded PostgreSQL. Half of the
 * submissions arrive evenly over the first 50 s, the other half in the last 10 s (the
 * rush before a deadline). Each submission is a real HTTP POST through the offer form
 * (CSRF, session, the rules check, the competition row lock, the canonical JSON and its
 * SHA-256, the immutable version; the confirmation mail with the PDF is rendered after
 * commit). Arrivals are an open model: a submission is sent at its time whether or not
 * earlier ones have answered. Prints the landed count, checksum uniqueness and the
 * latency percentiles; fails if any offer did not land.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class OfferSubmissionBenchmark extends SavedDraftsTest {

    private static final int OFFERS = Integer.getInteger("bench.offers", 300);

    private static final int WINDOW_SECONDS = 60;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeHundredOffersInTheLastMinuteBeforeTheDeadline() throws Exception {
        Published competition = publishedCompetition("Konkurs benchmark");
        Instant deadline = competition.deadline();

        long setupStart = System.nanoTime();
        ExecutorService setup = Executors.newFixedThreadPool(4);
        List<Future<Submitter>> prepared = new ArrayList<>();
        for (int i = 0; i < OFFERS; i++) {
            int n = i;
            prepared.add(setup.submit(() -> savedDraft(competition, n)));
        }
        Submitter late = savedDraft(competition, OFFERS);
        List<Submitter> submitters = new ArrayList<>();
        for (var f : prepared) {
            submitters.add(f.get());
        }
        setup.shutdown();
        System.out.printf("BENCH setup: %d organisations with saved drafts in %.1f s%n", OFFERS,
                (System.nanoTime() - setupStart) / 1e9);
        jdbc.sql("analyze").update();

        // The deadline is now WINDOW_SECONDS + 2 s away on the platform clock.
        clock.advance(Duration.between(clock.instant(), deadline.minusSeconds(WINDOW_SECONDS + 2)));

        ExecutorService senders = Executors.newFixedThreadPool(64);
        Map<Long, Integer> statuses = new ConcurrentHashMap<>();
        long[] latencies = new long[OFFERS];
        long start = System.nanoTime();
        int early = OFFERS / 2;
        for (int i = 0; i < OFFERS; i++) {
            long at = i < early ? TimeUnit.MILLISECONDS.toNanos(50_000L * i / early)
                    : TimeUnit.MILLISECONDS.toNanos(50_000L + 10_000L * (i - early) / (OFFERS - early));
            Submitter s = submitters.get(i);
            int index = i;
            senders.submit(() -> {
                long wait = start + at - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long t0 = System.nanoTime();
                Page page = s.submit();
                latencies[index] = System.nanoTime() - t0;
                statuses.put(s.offerId(), page.status());
                return null;
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(WINDOW_SECONDS + 60, TimeUnit.SECONDS)).isTrue();
        double window = (System.nanoTime() - start) / 1e9;
        boolean beforeDeadline = clock.instant().isBefore(deadline);

        List<Long> ids = submitters.stream().map(Submitter::offerId).toList();
        String idList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        long landed = jdbc.sql("select count(*) from offer where status = 'SUBMITTED' and id in (" + idList + ")")
            .query(Long.class)
            .single();
        long versions = jdbc.sql("select count(*) from offer_version where offer_id in (" + idList + ")")
            .query(Long.class)
            .single();
        long distinctChecksums = jdbc
            .sql("select count(distinct checksum) from offer_version where offer_id in (" + idList + ")")
            .query(Long.class)
            .single();
        long distinctShort = jdbc
            .sql("select count(distinct left(checksum, 12)) from offer_version where offer_id in (" + idList + ")")
            .query(Long.class)
            .single();
        Map<Integer, Long> byStatus = statuses.values()
            .stream()
            .collect(Collectors.groupingBy(s -> s, Collectors.counting()));

        List<Long> sorted = sorted(latencies, 0, OFFERS);
        System.out.printf(
                "BENCH offer submission: %d offers sent in %.1f s (all before the deadline: %s); HTTP statuses %s%n",
                OFFERS, window, beforeDeadline, byStatus);
        System.out.printf(
                "BENCH landed %d of %d; versions %d; distinct SHA-256 %d; distinct 12-char short checksums %d%n",
                landed, OFFERS, versions, distinctChecksums, distinctShort);
        System.out.printf("BENCH latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), pct(sorted, 100));
        System.out.printf(
                "BENCH the first 50 s (%d offers): p95 %.1f ms; the last 10 s (%d offers): p50 %.1f ms, p95 %.1f ms%n",
                early, pct(sorted(latencies, 0, early), 95), OFFERS - early, pct(sorted(latencies, early, OFFERS), 50),
                pct(sorted(latencies, early, OFFERS), 95));

        // One more organisation one second after the deadline is refused, and nothing of
        // it is saved as submitted.
        clock.advance(Duration.between(clock.instant(), deadline.plusSeconds(1)));
        Page refused = late.submit();
        System.out.printf("BENCH a submission 1 s after the deadline: HTTP %d, refused with the message: %s%n",
                refused.status(), refused.text().contains("Termin składania ofert minął"));

        assertThat(beforeDeadline).isTrue();
        assertThat(landed).isEqualTo(OFFERS);
        assertThat(versions).isEqualTo(OFFERS);
        assertThat(distinctChecksums).isEqualTo(OFFERS);
        assertThat(refused.status()).isLessThan(500);
        assertThat(refused.text()).contains("Termin składania ofert minął");
        assertThat(jdbc.sql("select count(*) from offer_version where offer_id = ?")
            .param(late.offerId())
            .query(Long.class)
            .single()).isZero();
    }

    private static List<Long> sorted(long[] values, int from, int to) {
        List<Long> list = new ArrayList<>();
        for (int i = from; i < to; i++) {
            list.add(values[i]);
        }
        Collections.sort(list);
        return list;
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)))
                / 1_000_000.0;
    }

}
