package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results: nobody, of any role, reads them before voting closes (404); afterwards,
 * per pool, projects ranked by votes and chosen while the money lasts and they have the
 * minimum of votes.
 */
class ResultsTest extends VotingSupport {

    private long costing(long edition, long author, long pool, String title, String cost) {
        return reviewed(projects.seed(edition, author, new ProjectDetails(pool, title, "Opis " + title, "Kluczewsko",
                "Uzasadnienie", List.of(new CostLine("Prace", new BigDecimal(cost)))), true));
    }

    @Test
    void resultsAreHiddenUntilVotingClosesThenRankedAndChosenWhileMoneyRemains() {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet liczony",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 3, 2, true, BudgetFixtures.timeline(today)));
        long pool = editions.seedPool(id, new PoolDetails("Park", false, new BigDecimal("30000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        long a = costing(id, author, pool, "Amfiteatr", "20000.00");
        long b = costing(id, author, pool, "Boisko", "15000.00");
        long c = costing(id, author, pool, "Czytelnia", "10000.00");
        long d = costing(id, author, pool, "Deptak", "5000.00");
        clock.advance(Duration.ofDays(41));
        String path = "/budget/" + id + "/vote";
        long[][] ballots = { { a, b, c }, { a, b, c }, { a, b }, { a, d } };
        for (long[] choices : ballots) {
            WebClient voter = loggedIn(plainUser());
            assertThat(voter.submit(path, path, with(vote(Voters.pesel(adult()), adult(), choices), "action", "cast"))
                .status()).isEqualTo(200);
        }
        String results = "/budget/" + id + "/results";
        // during voting (and on its last day) nobody reads the results
        for (WebClient anyone : List.of(visitor(), loggedIn(plainUser()),
                loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)), loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO)),
                loggedIn(userWithRole(Role.PLATFORM_ADMIN, null)))) {
            assertThat(anyone.get(results).status()).isEqualTo(404);
        }
        clock.advance(Duration.ofDays(13)); // day 54: the last day of voting
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)).get(results).status()).isEqualTo(404);
        assertThat(visitor().get("/budget/" + id).text()).doesNotContain("Wyniki głosowania");

        clock.advance(Duration.ofDays(1));
        var page = visitor().get(results);
        assertThat(page.status()).isEqualTo(200);
        String text = page.text().replace('\u00a0', ' ');
        assertThat(text).contains("Liczba oddanych głosów: 4 (przez internet: 4, na kartach papierowych: 0)")
            .contains("1 Amfiteatr 20 000,00 zł 4 Wybrany do realizacji")
            .contains("2 Boisko 15 000,00 zł 3 Nie mieści się w pozostałej kwocie")
            .contains("3 Czytelnia 10 000,00 zł 2 Wybrany do realizacji")
            .contains("4 Deptak 5 000,00 zł 1 Za mało głosów")
            .doesNotContain("remis")
            .contains("pozostało po wybranych projektach: 0,00 zł");
        assertThat(visitor().get("/budget/" + id).text()).contains("Wyniki głosowania");
    }

    @Test
    void theBallotFileIsPublishedAfterTheCloseAndRecountsToTheResults() {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet przeliczany",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 2, 1, true, BudgetFixtures.timeline(today)));
        long park = editions.seedPool(id, new PoolDetails("Park, zachód", false, new BigDecimal("30000.00"), 3000, 3));
        long town = editions.seedPool(id, new PoolDetails("Cała gmina", true, new BigDecimal("50000.00"), 9000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        long a = costing(id, author, park, "Altana", "20000.00");
        long b = costing(id, author, park, "Brama", "15000.00");
        long c = costing(id, author, town, "Ciepłe przystanki", "30000.00");
        long d = costing(id, author, town, "Dworzec rowerowy", "25000.00");
        clock.advance(Duration.ofDays(41));
        String path = "/budget/" + id + "/vote";
        long[][] ballots = { { b, a, c }, { a }, { d, c }, { b, d }, { c } };
        for (long[] choices : ballots) {
            WebClient voter = loggedIn(plainUser());
            assertThat(voter.submit(path, path, with(vote(Voters.pesel(adult()), adult(), choices), "action", "cast"))
                .status()).isEqualTo(200);
        }
        String file = "/budget/" + id + "/ballots.csv";
        clock.advance(Duration.ofDays(13)); // the last day of voting
        for (WebClient anyone : List.of(visitor(), loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)),
                loggedIn(userWithRole(Role.PLATFORM_ADMIN, null)))) {
            assertThat(anyone.getBytes(file).statusCode()).isEqualTo(404);
        }
        assertThat(visitor().getBytes("/budget/" + id + "/results.csv").statusCode()).isEqualTo(404);
        clock.advance(Duration.ofDays(1));
        var served = visitor().getBytes(file);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        byte[] bytes = served.body();
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\n"));
        // the header names the pools in the ballot's order (a name with a comma quoted);
        // one line per ballot,
        // sorted, no ids or times
        assertThat(lines.get(0)).isEqualTo("Cała gmina,\"Park, zachód\"");
        List<String> cards = lines.subList(1, lines.size());
        assertThat(cards).hasSize(ballots.length).isSorted();
        assertThat(cards).contains(c + "," + a + " " + b, "," + a, (c < d ? c + " " + d : d + " " + c) + ",",
                d + "," + b, c + ",");
        assertThat(text).doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}").doesNotContain(":");

        // the checksum on the results page is that of the bytes served
        var page = visitor().get("/budget/" + id + "/results");
        String checksum = sha256(bytes);
        assertThat(page.text()).contains(checksum);

        // counting the file gives the votes on the results page
        Map<Long, Integer> counted = new HashMap<>();
        for (String card : cards) {
            for (String cell : card.split(",", -1)) {
                for (String n : cell.split(" ")) {
                    if (!n.isEmpty()) {
                        counted.merge(Long.parseLong(n), 1, Integer::sum);
                    }
                }
            }
        }
        assertThat(counted).containsExactlyInAnyOrderEntriesOf(Map.of(a, 2, b, 2, c, 3, d, 2));
        String results = page.text().replace('\u00a0', ' ');
        assertThat(results).contains("Ciepłe przystanki 30 000,00 zł 3 Wybrany do realizacji")
            .contains("Dworzec rowerowy 25 000,00 zł 2 Nie mieści się w pozostałej kwocie");
        assertThat(visitor().get("/budget/" + id + "/recount").text()).contains("Jak samodzielnie przeliczyć głosy");

        // the results to download: CSV (for any tool), XLSX, ODS
        var csv = visitor().getBytes("/budget/" + id + "/results.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
            .contains("Pula;Miejsce;Numer projektu;Projekt;Koszt (zł);Głosy;Remis rozstrzygnięty losowaniem;Wynik")
            .contains("Cała gmina;1;" + c + ";Ciepłe przystanki;30000,00;3;nie;Wybrany do realizacji")
            .contains("Cała gmina;2;" + d + ";Dworzec rowerowy;25000,00;2;nie;Nie mieści się w pozostałej kwocie")
            .contains("Park, zachód;1;");
        for (String format : List.of("xlsx", "ods")) {
            var sheet = visitor().getBytes("/budget/" + id + "/results." + format);
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.headers().firstValue("content-type").orElse("")).contains("spreadsheet");
            assertThat(new String(sheet.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        }
        assertThat(visitor().getBytes("/budget/" + id + "/results.pdfx").statusCode()).isEqualTo(404);
    }

    @Test
    void aTieIsBrokenByADrawAnyoneCanRepeatFromTheFileAndTheAnnouncedSeed() {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet z remisem",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 1, 1, true, BudgetFixtures.timeline(today)));
        long pool = editions.seedPool(id, new PoolDetails("Rynek", false, new BigDecimal("20000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        long a = costing(id, author, pool, "Fontanna", "15000.00");
        long b = costing(id, author, pool, "Gazony", "15000.00");
        String edition = "/budget/" + id;
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        // only a coordinator enters it
        WebClient resident = loggedIn(plainUser());
        assertThat(
                resident.post(edition + "/draw-seed", Map.of("drawSeed", "1 2 3"), resident.get("/").csrf()).status())
            .isEqualTo(403);
        clock.advance(Duration.ofDays(41));
        String seed = "Lotto 12.12: 3 14 15 26 35 40";
        assertThat(official.submit(edition, edition + "/draw-seed", Map.of("drawSeed", seed)).status()).isEqualTo(302);
        assertThat(visitor().get(edition).text()).contains(seed);
        // entered once
        assertThat(official.post(edition + "/draw-seed", Map.of("drawSeed", "inna"), official.get(edition).csrf())
            .status()).isEqualTo(409);
        String path = edition + "/vote";
        for (long[] choices : new long[][] { { a }, { b } }) {
            WebClient voter = loggedIn(plainUser());
            assertThat(voter.submit(path, path, with(vote(Voters.pesel(adult()), adult(), choices), "action", "cast"))
                .status()).isEqualTo(200);
        }
        clock.advance(Duration.ofDays(14));
        byte[] bytes = visitor().getBytes(edition + "/ballots.csv").body();
        // the documented draw, done here by hand
        String key = sha256((sha256(bytes) + seed).getBytes(StandardCharsets.UTF_8));
        String ticketA = sha256((key + ":" + a).getBytes(StandardCharsets.UTF_8));
        String ticketB = sha256((key + ":" + b).getBytes(StandardCharsets.UTF_8));
        String first = ticketA.compareTo(ticketB) < 0 ? "Fontanna" : "Gazony";
        String second = first.equals("Fontanna") ? "Gazony" : "Fontanna";
        String text = visitor().get(edition + "/results").text().replace('\u00a0', ' ');
        assertThat(text).contains("1 " + first + " 15 000,00 zł 1 (remis rozstrzygnięty losowaniem) Wybrany")
            .contains("2 " + second + " 15 000,00 zł 1 (remis rozstrzygnięty losowaniem) Nie mieści się")
            .contains(key);
        // after the close the seed can no longer be entered
        jdbc.sql("update budget_edition set draw_seed = null where id = ?").param(id).update();
        assertThat(official.post(edition + "/draw-seed", Map.of("drawSeed", "inna"), official.get(edition).csrf())
            .status()).isEqualTo(409);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
