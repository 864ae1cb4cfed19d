package pl.wspolnie.organizations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times the directory with 50,000 organisations. Not part of the normal run (it fills the test database):
 * {@code ./mvnw -q -B -ntp test -Dtest=DirectoryBenchmarkTest -Dbenchmark=true}. Results: docs/organizations-directory.md.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class DirectoryBenchmarkTest extends IntegrationTest {

    private static final int ORGANISATIONS = 50_000;
    private static final int RUNS = 20;

    @Test
    void directoryWithFiftyThousandOrganisations() {
        List<Long> gminas = jsts.gminas().stream().map(g -> g.id()).toList();
        long started = System.nanoTime();
        jdbc.sql("""
                        insert into organization (name, legal_form, register_name, register_number, street, postal_code, city,
                                                  gmina_id, description, created_at, search_text, sort_name)
                        select n.name, 'ASSOCIATION', 'Benchmark', 'B/' || i, 'ul. Długa ' || i, '29-100', 'Włoszczowa',
                               (:gminas::bigint[])[1 + i % cardinality(:gminas::bigint[])], n.description,
                               now() - i * interval '1 minute', lower(n.name || ' ' || n.description || ' wloszczowa'),
                               lower(n.name)
                        from generate_series(1, :count) i,
                             lateral (select 'Stowarzyszenie ' || (array['Sportowe', 'Kulturalne', 'Ekologiczne', 'Seniorow',
                                     'Rodzinne', 'Turystyczne', 'Edukacyjne'])[1 + i % 7] || ' nr ' || i as name,
                                     'Opis dzialalnosci ' || (array['zajecia sportowe', 'koncerty i wystawy', 'ochrona przyrody',
                                     'spotkania seniorow', 'pomoc rodzinom', 'rajdy rowerowe', 'korepetycje'])[1 + i % 7]
                                     || ' numer ' || i as description) n""")
                .param("gminas", gminas.toArray(Long[]::new)).param("count", ORGANISATIONS).update();
        jdbc.sql("""
                insert into organization_sphere (organization_id, sphere_code)
                select id, (array['kultura-fizyczna', 'kultura', 'ekologia', 'seniorzy', 'wspieranie-rodziny', 'turystyka',
                        'edukacja'])[1 + (id % 7)::int] from organization where register_name = 'Benchmark'""").update();
        jdbc.sql("analyze organization").update();
        jdbc.sql("analyze organization_sphere").update();
        System.out.printf("Seeded %d organisations in %d ms%n", ORGANISATIONS, (System.nanoTime() - started) / 1_000_000);

        long powiat = jstId(POWIAT);
        long kluczewsko = jstId(KLUCZEWSKO);
        List<String> paths = List.of(
                "/organizations",
                "/organizations?page=1000",
                "/organizations?q=sportowe",
                "/organizations?q=sport&sort=name-desc",
                "/organizations?q=stowarzyszenie&sort=newest",
                "/organizations?jst=" + kluczewsko,
                "/organizations?jst=" + powiat + "&sphere=sport-i-turystyka&q=zajecia",
                "/organizations?sphere=seniorzy&sort=name",
                "/api/v1/organizations?q=ekologiczne&size=100",
                "/api/v1/organizations?jst=" + powiat + "&sphere=kultura&page=50");
        WebClient client = visitor();
        for (String path : paths) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                assertThat(client.getWithAccept(path, path.startsWith("/api") ? "application/json" : "text/html").status())
                        .isEqualTo(200);
                times.add((System.nanoTime() - t) / 1_000);
            }
            times.sort(null);
            System.out.printf("BENCH %-75s median %6.1f ms  p95 %6.1f ms%n", path, times.get(RUNS / 2) / 1000.0,
                    times.get(RUNS * 95 / 100 - 1) / 1000.0);
        }
        long t = System.nanoTime();
        var csv = client.getBytes("/organizations/export.csv");
        System.out.printf("BENCH %-75s %6d ms, %d bytes%n", "/organizations/export.csv (cap 50 000 rows)",
                (System.nanoTime() - t) / 1_000_000, csv.body().length);
        t = System.nanoTime();
        var xlsx = client.getBytes("/organizations/export.xlsx");
        System.out.printf("BENCH %-75s %6d ms, %d bytes%n", "/organizations/export.xlsx", (System.nanoTime() - t) / 1_000_000,
                xlsx.body().length);
        t = System.nanoTime();
        var ods = client.getBytes("/organizations/export.ods");
        System.out.printf("BENCH %-75s %6d ms, %d bytes%n", "/organizations/export.ods", (System.nanoTime() - t) / 1_000_000,
                ods.body().length);
    }
}
