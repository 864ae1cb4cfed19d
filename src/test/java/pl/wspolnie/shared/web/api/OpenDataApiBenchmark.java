package pl.wspolnie.shared.web.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.competitions.CompetitionSeeding;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;

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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurement, not a test (runs only with -Dbench=true, see docs/benchmarks.md): the
 * results API of a competition year (20 decided competitions) and the remarks API of a
 * consultation with 1,000 remarks (pages of 100), each requested by 16 concurrent clients
 * for 30 s after a 10 s warm-up; prints requests/s and p50/p95/p99. Each request comes
 * from another address (X-Forwarded-For), so the rate limit per address does not apply.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class OpenDataApiBenchmark extends IntegrationTest {

    private static final int CLIENTS = 16;

    @Autowired
    CompetitionSeeding competitions;

    @Autowired
    OrganizationSeeding organizations;

    @Test
    void resultsOfACompetitionYearAndThousandRemarks() throws Exception {
        String word = TestOrganizations.word();
        long jst = jstId(KLUCZEWSKO);
        long official = userId(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        long ngo = userId(plainUser());
        long org = organizations.ensure(
                TestOrganizations.details("Fundacja Pomiaru " + word, jst, List.of("kultura"), null), ngo, true, true);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 20; i++) {
            competitions.ensureDecidedWithContract(jst, official, ngo, ngo, org, "Konkurs pomiaru " + word + " " + i,
                    "Oferta pomiaru " + word + " " + i, "P/" + word + "/" + i, today.minusDays(100), today.plusDays(60),
                    false);
        }
        int year = today.minusDays(100).plusDays(14).getYear();
        long consultation = jdbc
            .sql("""
                    insert into consultation (jst_id, subject, legal_basis, participation, forms, starts_on, ends_on,
                        responsible_person, remarks_public, current_version, created_at, created_by)
                    values (?, ?, 'art. 5 ust. 5', 'EVERYONE', 'ELECTRONIC_REMARKS', ?, ?, 'Jan Urzędnik', true, 1, now(), 0)
                    returning id""")
            .params(jst, "Pomiar " + word, today.minusDays(5), today.plusDays(20))
            .query(Long.class)
            .single();
        long answer = jdbc
            .sql("insert into consultation_answer (consultation_id, decision, justification, answered_at, answered_by) "
                    + "values (?, 'PARTLY', 'Uwaga uwzględniona częściowo: zmieniono brzmienie paragrafu.', now(), 1) returning id")
            .param(consultation)
            .query(Long.class)
            .single();
        jdbc.sql("""
                insert into consultation_remark (consultation_id, author_name, source, proposal, justification,
                  created_at, updated_at, answer_id)
                select ?, 'Uczestnik ' || g, 'ONLINE',
                  'Proponuję zmienić brzmienie na: paragraf obejmuje również organizacje z sąsiednich gmin ' || g,
                  'Uzasadnienie uwagi numer ' || g, now(), now(), ?
                from generate_series(1, 1000) g""").params(consultation, answer).update();
        jdbc.sql("analyze").update();

        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        List<URI> results = List
            .of(URI.create(base + "/api/v1/competition-results?size=100&jst=" + jst + "&year=" + year));
        List<URI> remarks = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            remarks.add(URI.create(base + "/api/v1/consultations/" + consultation + "/remarks?size=100&page=" + page));
        }
        HttpResponse<String> first = http.send(request(results.get(0)), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Oferta pomiaru " + word + " 19");
        HttpResponse<String> remarksPage = http.send(request(remarks.get(9)), HttpResponse.BodyHandlers.ofString());
        assertThat(remarksPage.body()).contains("\"totalItems\":1000", "Uczestnik");

        measure(http, List.of(URI.create(base + "/ping")), "/ping");
        measure(http, results, "competition results of a year (" + first.body().length() + " bytes)");
        measure(http, remarks,
                "remarks of a 1,000-remark consultation, pages of 100 (" + remarksPage.body().length() + " bytes)");
    }

    private static HttpRequest request(URI uri) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return HttpRequest.newBuilder(uri)
            .header("X-Forwarded-For", "198." + r.nextInt(18, 20) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255))
            .build();
    }

    private static void measure(HttpClient http, List<URI> uris, String name) throws InterruptedException {
        run(http, uris, 10, Collections.synchronizedList(new ArrayList<>()), new AtomicInteger());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long seconds = 30;
        run(http, uris, seconds, latencies, errors);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                "BENCH %s: %d requests in %d s = %.1f req/s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; errors %d%n", name,
                sorted.size(), seconds, sorted.size() / (double) seconds, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99), errors.get());
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1_000_000.0;
    }

    private static void run(HttpClient http, List<URI> uris, long seconds, List<Long> latencies, AtomicInteger errors)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < CLIENTS; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    URI uri = uris.get(Math.floorMod(next.getAndIncrement(), uris.size()));
                    long start = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(request(uri), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                    catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - start);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
    }

    private long userId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

}
