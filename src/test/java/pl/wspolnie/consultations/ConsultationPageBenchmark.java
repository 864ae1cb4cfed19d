package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurement, not a test (runs only with -Dbench=true, see docs/benchmarks.md): the page
 * of a consultation with 200 paragraphs and 1,000 remarks (all answered), requested by 8
 * concurrent anonymous clients for 30 s after a 10 s warm-up; prints requests/s and the
 * p50/p95/p99 latencies.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ConsultationPageBenchmark extends IntegrationTest {

    @Test
    void consultationWithThousandRemarksOnTwoHundredParagraphs() throws Exception {
        StringBuilder draft = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            if (i % 20 == 1) {
                draft.append("Rozdział ")
                    .append(i / 20 + 1)
                    .append(". Rozdział numer ")
                    .append(i / 20 + 1)
                    .append('\n');
            }
            draft.append("§ ")
                .append(i)
                .append(". Treść paragrafu ")
                .append(i)
                .append(" określająca zasady współpracy z organizacjami pozarządowymi w danym obszarze.\n");
        }
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = ConsultationFixtures.publish(official, ConsultationFixtures.form(jstId(POWIAT),
                "Benchmark " + TestOrganizations.word(), today, today.plusDays(13), "EVERYONE", draft.toString()));
        List<Long> items = jdbc
            .sql("select id from consultation_item where consultation_id = ? and kind = 'PARAGRAPH' order by position")
            .param(id)
            .query(Long.class)
            .list();
        assertThat(items).hasSize(200);
        long answer = jdbc
            .sql("insert into consultation_answer (consultation_id, decision, justification, answered_at, answered_by) "
                    + "values (?, 'PARTLY', 'Uwaga uwzględniona częściowo: zmieniono brzmienie paragrafu.', now(), 1) returning id")
            .param(id)
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into consultation_remark (consultation_id, item_id, author_name, source, proposal, justification,
                  created_at, updated_at, answer_id)
                select ?, (array_agg(i.id order by i.position))[1 + (g % 200)], 'Uczestnik ' || g, 'ONLINE',
                  'Proponuję zmienić brzmienie na: paragraf obejmuje również organizacje z sąsiednich gmin ' || g,
                  'Uzasadnienie uwagi numer ' || g, now(), now(), ?
                from generate_series(1, 1000) g, consultation_item i
                where i.consultation_id = ? and i.kind = 'PARAGRAPH' group by g""").params(id, answer, id).update();
        // as the workflow does on every remark or answer change
        jdbc.sql("update consultation set remarks_revision = remarks_revision + 1 where id = ?").param(id).update();
        jdbc.sql("analyze").update();

        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/consultations/" + id);
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Uczestnik 1000");
        run(http, uri, 10, null);
        // the cost of a change: each remark or answer makes the next view render the
        // remarks again
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            jdbc.sql("update consultation set remarks_revision = remarks_revision + 1 where id = ?").param(id).update();
            long start = System.nanoTime();
            http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
            cold.add(System.nanoTime() - start);
        }
        Collections.sort(cold);
        System.out.printf(
                "BENCH consultation page right after a remark changed (10 sequential renders): p50 %.1f ms, max %.1f ms%n",
                pct(cold, 50), pct(cold, 100));
        measure(http, URI.create("http://localhost:" + port + "/ping"), "/ping", 0);
        measure(http, uri, "consultation page", first.body().length());
    }

    private static void measure(HttpClient http, URI uri, String name, int bytes) throws InterruptedException {
        run(http, uri, 5, null);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long seconds = 30;
        run(http, uri, seconds, latencies, errors);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "BENCH %s, %d bytes: %d requests in %d s = %.1f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; errors %d%n",
                name, bytes, sorted.size(), seconds, sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), errors.get());
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000.0;
    }

    private static void run(HttpClient http, URI uri, long seconds, List<Long> latencies) throws InterruptedException {
        run(http, uri, seconds, latencies, new AtomicInteger());
    }

    private static void run(HttpClient http, URI uri, long seconds, List<Long> latencies, AtomicInteger errors)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (latencies != null) {
                        latencies.add(System.nanoTime() - start);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
    }

}
