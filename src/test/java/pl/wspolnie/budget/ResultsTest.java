package pl.wspolnie.budget;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.PhaseDates;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.shared.pdf.PdfUa;
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
 * The results: nobody, of any role, reads them before the results phase begins (404);
 * from its first day, when no paper card can be entered any more, per pool, projects
 * ranked by votes and chosen while the money lasts and they have the minimum of votes.
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

        clock.advance(Duration.ofDays(1)); // day 55: the first day of the results phase
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
    void theBallotFileIsPublishedAfterTheCloseAndRecountsToTheResults() throws Exception {
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
        assertThat(visitor().getBytes("/budget/" + id + "/results.pdf").statusCode()).isEqualTo(404);
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

        // the same results as a PDF to sign
        var pdf = visitor().getBytes("/budget/" + id + "/results.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("content-type").orElse("")).startsWith("application/pdf");
        assertThat(PdfUa.failedRules(pdf.body())).as("failed PDF/UA-1 rules").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String printed = new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            assertThat(printed).contains("Wyniki głosowania w budżecie obywatelskim", "Budżet przeliczany",
                    "Głosy oddane przez internet 5", "Ważne karty papierowe (policzone) 0",
                    "Park, zachód 3000 3 0,10 %", "Cała gmina 9000 4 0,04 %",
                    "1 " + c + " Ciepłe przystanki 30 000,00 zł 3 Wybrany do realizacji",
                    "2 " + d + " Dworzec rowerowy 25 000,00 zł 2 Nie mieści się w pozostałej kwocie", checksum,
                    "Podpis koordynatora budżetu obywatelskiego");
        }
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

    private static List<PhaseDates> resultsThreeDaysAfterTheClose(LocalDate today) {
        return BudgetTimeline.days(today, -5, 10, 11, 30, 31, 37, 40, 54, 58, 60, 61, 400);
    }

    private Map<String, String> card(String number, long choice) {
        Map<String, String> form = new HashMap<>(vote(Voters.pesel(adult()), adult(), choice));
        form.put("number", number);
        return form;
    }

    @Test
    void noCardIsEnteredOnceTheResultsArePublicAndCardsLeftUndecidedAreNamed() {
        LocalDate today = LocalDate.now(clock);
        // minimum age 16 from the start: the rules are frozen once voting opens (and the
        // ballot is kept for the day from then on)
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet z przerwą",
                new BigDecimal("40000000.00"), "Rb-28S", 16, 1, 1, true, resultsThreeDaysAfterTheClose(today)));
        long pool = editions.seedPool(id, new PoolDetails("Rynek", false, new BigDecimal("20000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        long a = costing(id, author, pool, "Fontanna", "15000.00");
        String edition = "/budget/" + id;
        String cards = edition + "/paper-cards";
        clock.advance(Duration.ofDays(41));
        assertThat(loggedIn(plainUser())
            .submit(edition + "/vote", edition + "/vote",
                    with(vote(Voters.pesel(adult()), adult(), a), "action", "cast"))
            .status()).isEqualTo(200);
        WebClient first = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient second = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        // day 55: voting has closed, the cards from the polling points are still entered
        // and nobody reads the results or the ballot file
        clock.advance(Duration.ofDays(14));
        assertThat(visitor().get(edition + "/results").status()).isEqualTo(404);
        assertThat(first.get(edition + "/results").status()).isEqualTo(404);
        assertThat(visitor().getBytes(edition + "/ballots.csv").statusCode()).isEqualTo(404);
        assertThat(visitor().getBytes(edition + "/results.csv").statusCode()).isEqualTo(404);
        assertThat(first.get(cards).text()).contains("Karty można wprowadzać do " + fmt(today.plusDays(57)));
        Map<String, String> counted = card("P-1", a);
        first.submit(cards, cards, counted);
        assertThat(second.submit(cards, cards, counted).status()).isEqualTo(302);
        Map<String, String> late = card("P-2", a);
        first.submit(cards, cards, late); // entered once: not decided before the results
        // the entries differ: waits for a third person, who does not come before the
        // results
        first.submit(cards, cards, card("P-5", a));
        second.submit(cards, cards + "/invalid", Map.of("invalidNumber", "P-5", "reason", "NO_DECLARATION"));
        assertThat(second.get(cards).text()).contains("Karty czekające na trzecią osobę",
                "Karty czekające na drugi wpis");
        assertThat(ballotsOf(id)).isEqualTo(2);
        // the age is that on the last day of voting: a person who turned 16 today did not
        // have the minimum age of a resolution with 16 then
        LocalDate sixteenToday = LocalDate.now(clock).minusYears(16);
        Map<String, String> tooYoung = new HashMap<>(vote(Voters.pesel(sixteenToday), sixteenToday, a));
        tooYoung.put("number", "P-4");
        var refusedAge = first.submit(cards, cards, tooYoung);
        assertThat(refusedAge.status()).isEqualTo(422);
        assertThat(refusedAge.text()).contains("w dniu głosowania mają ukończone 16 lat");

        // day 58: the results phase: the results are public and no card can be entered
        clock.advance(Duration.ofDays(3));
        String text = visitor().get(edition + "/results").text().replace('\u00a0', ' ');
        assertThat(text).contains("Liczba oddanych głosów: 2 (przez internet: 1, na kartach papierowych: 1)")
            .contains("Kart papierowych nierozstrzygniętych przed ogłoszeniem wyników (wprowadzonych tylko raz "
                    + "albo z różniącymi się wpisami): 2. Nie zostały policzone.");
        String checksum = sha256(visitor().getBytes(edition + "/ballots.csv").body());
        assertThat(text).contains(checksum);
        var refused = second.submit(cards, cards, late);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text())
            .contains("Wyniki głosowania zostały opublikowane: kart papierowych nie można już wprowadzać.");
        second.submit(cards, cards, card("P-3", a));
        assertThat(ballotsOf(id)).isEqualTo(2);
        assertThat(sha256(visitor().getBytes(edition + "/ballots.csv").body())).isEqualTo(checksum);
        assertThat(visitor().get(edition).text()).doesNotContain("Wprowadź karty papierowe");
        assertThat(first.get(edition).text()).doesNotContain("Wprowadź karty papierowe").contains("Wyniki głosowania");
    }

    @Test
    void turnoutPerPoolAgainstItsPopulationAndPerAgeGroupKeptOnlyOnTheVoterRecord() {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet z frekwencją",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 1, 0, false, BudgetFixtures.timeline(today)));
        long park = editions.seedPool(id, new PoolDetails("Park", false, new BigDecimal("30000.00"), 3000, 3));
        long las = editions.seedPool(id, new PoolDetails("Las", false, new BigDecimal("30000.00"), 2000, 2));
        long town = editions.seedPool(id, new PoolDetails("Cała gmina", true, new BigDecimal("50000.00"), 5000, 5));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        long p = costing(id, author, park, "Altana", "20000.00");
        long l = costing(id, author, las, "Leśna ścieżka", "20000.00");
        long t = costing(id, author, town, "Tężnia", "30000.00");
        clock.advance(Duration.ofDays(41));
        LocalDate day = LocalDate.now(clock);
        record Voter(LocalDate born, long... choices) {
        }
        List<Voter> voters = List.of(new Voter(day.minusYears(17).minusDays(3), p, t), new Voter(day.minusYears(20), p),
                new Voter(day.minusYears(30), l, t), new Voter(day.minusYears(35).plusDays(1), t),
                new Voter(day.minusYears(65), p));
        String path = "/budget/" + id + "/vote";
        for (Voter v : voters) {
            assertThat(loggedIn(plainUser())
                .submit(path, path, with(vote(Voters.pesel(v.born()), v.born(), v.choices()), "action", "cast"))
                .status()).isEqualTo(200);
        }
        clock.advance(Duration.ofDays(14));
        String text = visitor().get("/budget/" + id + "/results").text().replace('\u00a0', ' ');
        assertThat(text).contains("Park 3000 3 0,10%", "Las 2000 1 0,05%", "Cała gmina 5000 3 0,06%")
            .contains("poniżej 18 lat 1 20,00%", "18–24 lata 1 20,00%", "25–34 lata 2 40,00%", "35–44 lata 0 0,00%",
                    "45–59 lat 0 0,00%", "60 lat i więcej 1 20,00%")
            .doesNotContain("wiek nieznany");
        // only the group, only on the voter record: no birth date or age on either table
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns
                where table_name in ('budget_voter', 'budget_ballot') order by column_name
                """).query(String.class).list()).contains("age_group")
            .doesNotContain("birth_date", "born", "age")
            .filteredOn("age_group"::equals)
            .hasSize(1);
        assertThat(jdbc
            .sql("select count(*) from information_schema.columns "
                    + "where table_name = 'budget_ballot' and column_name = 'age_group'")
            .query(Long.class)
            .single()).isZero();
    }

    private long ballotsOf(long editionId) {
        return jdbc.sql("select count(*) from budget_ballot where edition_id = ?")
            .param(editionId)
            .query(Long.class)
            .single();
    }

    private static String fmt(LocalDate day) {
        return String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
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
