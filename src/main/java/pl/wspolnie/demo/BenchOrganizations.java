package pl.wspolnie.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.identifiers.PolishIdentifiers;
import pl.wspolnie.shared.text.SearchText;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;

/**
 * Load-test data: fills the directory up to {@code wspolnie.bench.organizations}
 * organisations (used by bench/directory-bench.sh with 50,000). Deterministic (fixed
 * seed), batched inserts, runs after the demo data. Never enabled by default.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "wspolnie.bench.organizations")
class BenchOrganizations implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchOrganizations.class);

    private static final String[] FORMS = { "ASSOCIATION", "FOUNDATION", "ORDINARY_ASSOCIATION", "SPORTS_CLUB",
            "STUDENT_SPORTS_CLUB", "RURAL_HOUSEWIVES_CIRCLE", "SOCIAL_COOPERATIVE" };

    private static final String[] PREFIX = { "Stowarzyszenie", "Fundacja", "Towarzystwo", "Klub Sportowy",
            "Uczniowski Klub Sportowy", "Koło Gospodyń Wiejskich", "Spółdzielnia Socjalna" };

    private static final String[] WHAT = { "Miłośników Ziemi", "Przyjaciół Dzieci", "Rozwoju Wsi", "Pomocy Seniorom",
            "Kultury i Tradycji", "Ochrony Przyrody", "Sportowe „Orzeł”", "Edukacji Ekologicznej",
            "Ratownictwa Wodnego", "Wolontariuszy", "Historii Regionu", "Osób Niepełnosprawnych", "Muzyki Ludowej",
            "Aktywnych Kobiet", "Młodych Przedsiębiorców", "Ochrony Zwierząt", "Turystyki Rowerowej",
            "Szachowe „Hetman”", "Teatru Amatorskiego", "Zdrowego Stylu Życia" };

    private static final String[] TOPICS = { "zajęcia sportowe dla dzieci i młodzieży",
            "opieka nad bezdomnymi zwierzętami", "warsztaty rękodzieła i tradycji ludowej",
            "pomoc sąsiedzka dla seniorów", "sprzątanie lasów i rzek", "ochrona żółwia błotnego i płazów",
            "turnieje piłkarskie i biegi", "koncerty i festyny gminne", "korepetycje i świetlica środowiskowa",
            "szkolenia z pierwszej pomocy", "rajdy rowerowe po powiecie", "wsparcie rodzin w kryzysie" };

    private static final String[] BENEFICIARIES = { "dzieci i młodzież", "seniorzy", "mieszkańcy gminy",
            "osoby z niepełnosprawnościami", "rodziny", "bezrobotni", "wolontariusze" };

    private final JdbcClient jdbc;

    private final JdbcTemplate jdbcTemplate;

    private final Clock clock;

    private final int target;

    BenchOrganizations(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock,
            @Value("${wspolnie.bench.organizations}") int target) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.target = target;
    }

    record Gmina(long id, String city, String postalCode) {
    }

    /**
     * VACUUM ANALYZE, as autovacuum would have done on a database in use: statistics for
     * the planner and the visibility map, without which every count reads the whole table
     * instead of an index.
     */
    private void settle() {
        jdbc.sql("vacuum analyze organization").update();
        jdbc.sql("vacuum analyze organization_sphere").update();
    }

    @Override
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("select count(*) from organization").query(Long.class).single();
        if (existing >= target) {
            log.info("Benchmark data present: {} organisations", existing);
            settle();
            return;
        }
        List<Gmina> gminas = jdbc
            .sql("select id, replace(name, 'Gmina ', '') from jst where type = 'GMINA' order by id")
            .query((rs, n) -> new Gmina(rs.getLong(1), rs.getString(2), "29-1" + String.format("%02d", n * 7 % 100)))
            .list();
        Map<String, String> spheres = jdbc
            .sql("select code, name from sphere where parent_code is not null order by code")
            .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        List<String> sphereCodes = new ArrayList<>(spheres.keySet());
        Random random = new Random(20261121L);
        Instant now = clock.instant();
        long started = System.nanoTime();
        int batch = 1000;
        for (long from = existing; from < target; from += batch) {
            List<Object[]> orgRows = new ArrayList<>();
            List<Object[]> sphereRows = new ArrayList<>();
            long to = Math.min(target, from + batch);
            for (long i = from; i < to; i++) {
                int kind = random.nextInt(PREFIX.length);
                Gmina gmina = gminas.get(random.nextInt(gminas.size()));
                String name = PREFIX[kind] + " " + WHAT[random.nextInt(WHAT.length)] + " nr " + (i + 1) + " w "
                        + gmina.city();
                String description = "Prowadzimy " + TOPICS[random.nextInt(TOPICS.length)] + " oraz "
                        + TOPICS[random.nextInt(TOPICS.length)] + ".";
                String beneficiaries = BENEFICIARIES[random.nextInt(BENEFICIARIES.length)];
                List<String> mine = new ArrayList<>();
                int count = 1 + random.nextInt(3);
                while (mine.size() < count) {
                    String code = sphereCodes.get(random.nextInt(sphereCodes.size()));
                    if (!mine.contains(code)) {
                        mine.add(code);
                    }
                }
                String searchText = SearchText.fold(name + " " + description + " " + beneficiaries + " " + gmina.city()
                        + " " + mine.stream().map(spheres::get).collect(Collectors.joining(" ")));
                String nip;
                try {
                    nip = PolishIdentifiers.withNipCheckDigit(String.format("9%08d", i));
                }
                catch (IllegalArgumentException e) {
                    nip = null;
                }
                orgRows.add(new Object[] { name, FORMS[kind], String.format("08%08d", i), nip,
                        PolishIdentifiers.withRegonCheckDigit(String.format("7%07d", i)), "ul. Polna " + (1 + i % 120),
                        gmina.postalCode(), gmina.city(), gmina.id(), description, beneficiaries,
                        random.nextInt(3) == 0, Timestamp.from(now.minus(Duration.ofMinutes(i))), searchText,
                        SearchText.fold(name) });
                sphereRows.add(new Object[] { String.join(",", mine) });
            }
            List<Long> ids = new ArrayList<>();
            for (Object[] row : orgRows) {
                ids.add(jdbcTemplate.queryForObject(
                        """
                                insert into organization (name, legal_form, krs, nip, regon, street, postal_code, city, gmina_id,
                                    description, beneficiaries, verified, created_at, search_text, sort_name)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                        Long.class, row));
            }
            List<Object[]> links = new ArrayList<>();
            for (int k = 0; k < ids.size(); k++) {
                for (String code : ((String) sphereRows.get(k)[0]).split(",")) {
                    links.add(new Object[] { ids.get(k), code });
                }
            }
            jdbcTemplate.batchUpdate("insert into organization_sphere (organization_id, sphere_code) values (?, ?)",
                    links);
        }
        settle();
        log.info("Benchmark data: {} organisations in {} s", target,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

}
