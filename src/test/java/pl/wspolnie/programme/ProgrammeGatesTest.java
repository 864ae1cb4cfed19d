package pl.wspolnie.programme;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import java.sql.Timestamp;

/**
 * Issue 14, points 3 and 4: the programme is adopted only after a closed consultation
 * with its report, with a resolution dated in time; its consultation is opened once; the
 * yearly report is published after the year, with its figures frozen, every figure shown
 * and the planned funds of each priority task against the grants awarded.
 */
class ProgrammeGatesTest extends IntegrationTest {

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private long create(WebClient official, long jstId, String title, int year) {
        return ProgrammeForms.create(official, ProgrammeForms.programme(jstId, title, year, year));
    }

    private Map<String, String> consultForm() {
        return Map.of("startsOn", LocalDate.now(clock).toString(), "endsOn",
                LocalDate.now(clock).plusDays(13).toString(), "responsible", "Jan Urzędnik");
    }

    @Test
    void programmeIsAdoptedOnlyAfterItsClosedConsultationWithAResolutionInTime() throws Exception {
        long powiat = jstId(POWIAT);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        int year = LocalDate.now(clock).getYear() + 2;
        String title = "Program z bramą uchwalenia " + TestOrganizations.word();
        long id = create(official, powiat, title, year);
        String path = "/programmes/" + id;
        String token = official.get(path).csrf();
        official.post(path + "/tasks",
                Map.of("sphereCode", "kultura", "description", "Festiwal kultury", "plannedFunds", "70000"), token);
        Matcher task = Pattern.compile(path + "/tasks/\\d+/edit").matcher(official.get(path).body());
        assertThat(task.find()).isTrue();
        assertThat(official.get(task.group()).body()).as("removing asks first")
            .contains("data-confirm=\"Czy na pewno usunąć to zadanie priorytetowe z projektu programu?\"");

        Page unconsulted = official.post(path + "/adopt",
                Map.of("resolutionNumber", "I/1/" + year, "resolutionDate", LocalDate.now(clock).toString()), token);
        assertThat(unconsulted.status()).isEqualTo(409);
        assertThat(unconsulted.text()).contains("najpierw skieruj projekt do konsultacji");

        Page consulted = official.post(path + "/consultation", consultForm(), token);
        assertThat(consulted.status()).isEqualTo(302);
        Matcher c = Pattern.compile("href=\"/consultations/(\\d+)\"").matcher(official.get(path).body());
        assertThat(c.find()).isTrue();
        long consultationId = Long.parseLong(c.group(1));
        Page again = official.post(path + "/consultation", consultForm(), token);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).endsWith("/consultations/" + consultationId);
        assertThat(
                jdbc.sql("select count(*) from consultation where subject = ?").param(title).query(Long.class).single())
            .as("one consultation however often the form is sent")
            .isEqualTo(1);
        assertThat(plain(visitor().get("/consultations/" + consultationId).text()))
            .contains("Festiwal kultury – 70 000,00 zł");

        Page whileOpen = official.post(path + "/adopt",
                Map.of("resolutionNumber", "I/1/" + year, "resolutionDate", LocalDate.now(clock).toString()), token);
        assertThat(whileOpen.status()).isEqualTo(409);
        assertThat(whileOpen.text()).contains("nie są jeszcze zamknięte");

        clock.advance(Duration.ofDays(15));
        Page answers = official.get("/consultations/" + consultationId + "/answers");
        Page ended = official.post(path + "/adopt",
                Map.of("resolutionNumber", "I/1/" + year, "resolutionDate", LocalDate.now(clock).toString()),
                answers.csrf());
        assertThat(ended.status()).as("ended but no report yet").isEqualTo(409);
        assertThat(official
            .post("/consultations/" + consultationId + "/close", Map.of("conclusions", "Bez uwag."), answers.csrf())
            .status()).isEqualTo(302);

        Page future = official.post(path + "/adopt", Map.of("resolutionNumber", "I/1/" + year, "resolutionDate",
                LocalDate.now(clock).plusDays(1).toString()), answers.csrf());
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text()).contains("Data uchwały nie może być z przyszłości.");
        Page early = official.post(path + "/adopt", Map.of("resolutionNumber", "I/1/" + year, "resolutionDate",
                LocalDate.now(clock).minusDays(20).toString()), answers.csrf());
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text()).contains("Uchwała musi być podjęta po zakończeniu konsultacji");
        Page adopted = official.post(path + "/adopt",
                Map.of("resolutionNumber", "I/1/" + year, "resolutionDate", LocalDate.now(clock).toString()),
                answers.csrf());
        assertThat(adopted.status()).isEqualTo(302);
        assertThat(visitor().get(path).text()).contains("Uchwała nr I/1/" + year);
        try (PDDocument doc = Loader.loadPDF(visitor().getBytes(path + "/pdf").body())) {
            assertThat(plain(new PDFTextStripper().getText(doc))).contains("70 000,00 zł").doesNotContain("70000");
        }
    }

    @Test
    void aProgrammeForThisYearCannotBeAdoptedAfterTheThirtiethOfNovemberBefore() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        int year = LocalDate.now(clock).getYear();
        long id = create(official, jstId(SECEMIN), "Program spóźniony " + TestOrganizations.word(), year);
        String path = "/programmes/" + id;
        String token = official.get(path).csrf();
        official.post(path + "/consultation", consultForm(), token);
        Matcher c = Pattern.compile("href=\"/consultations/(\\d+)\"").matcher(official.get(path).body());
        assertThat(c.find()).isTrue();
        clock.advance(Duration.ofDays(15));
        official.post("/consultations/" + c.group(1) + "/close", Map.of("conclusions", "Bez uwag."), token);
        Page late = official.post(path + "/adopt",
                Map.of("resolutionNumber", "I/2/" + year, "resolutionDate", LocalDate.now(clock).toString()), token);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text()).contains("Program uchwala się do 30.11." + (year - 1));
    }

    @Test
    void yearReportIsPublishedAfterTheYearWithFrozenFiguresAndPlannedAgainstAwarded() throws Exception {
        long powiat = jstId(POWIAT);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        int year = LocalDate.now(clock).getYear() + 3;
        String title = "Program do sprawozdania " + TestOrganizations.word();
        long id = create(official, powiat, title, year);
        String path = "/programmes/" + id;
        String token = official.get(path).csrf();
        official.post(path + "/tasks",
                Map.of("sphereCode", "kultura", "description", "Festiwal kultury", "plannedFunds", "70000"), token);
        official.post(path + "/consultation", consultForm(), token);
        Matcher c = Pattern.compile("href=\"/consultations/(\\d+)\"").matcher(official.get(path).body());
        assertThat(c.find()).isTrue();
        clock.advance(Duration.ofDays(15));
        official.post("/consultations/" + c.group(1) + "/close", Map.of("conclusions", "Bez uwag."), token);
        assertThat(
                official
                    .post(path + "/adopt",
                            Map.of("resolutionNumber", "II/2/" + year, "resolutionDate",
                                    LocalDate.now(clock).toString()),
                            token)
                    .status())
            .isEqualTo(302);

        // during the year: the report can be written, not published
        moveTo(LocalDate.of(year, 6, 1));
        String report = "/programmes/reports/" + powiat + "/" + year;
        Page during = official.get(report);
        assertThat(plain(during.text())).contains(title, "Festiwal kultury", "70 000,00 zł", "Unieważnione konkursy",
                "Rozstrzygnięte konkursy", "Organizacje, które złożyły oferty", "Kwota wnioskowanych dotacji",
                "Kwota dotacji zwróconych", "Uwagi bez odpowiedzi", "według roku realizacji zadania",
                "Sprawozdanie można opublikować od 1 stycznia " + (year + 1));
        try (PDDocument doc = Loader.loadPDF(official.getBytes(report + "/pdf").body())) {
            assertThat(plain(new PDFTextStripper().getText(doc)).replaceAll("\\s+", " ")).as("the year report's PDF")
                .contains("Festiwal kultury", "70 000,00 zł")
                .doesNotContain("70000");
        }
        Page early = official.post(report, Map.of("narrative", "Za wcześnie.", "publish", "true"), during.csrf());
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.text()).contains("można opublikować dopiero po zakończeniu roku");
        assertThat(visitor().get(report).status()).isEqualTo(404);

        // after the year: published, its figures frozen
        moveTo(LocalDate.of(year + 1, 1, 10));
        Page after = official.get(report);
        Page published = official.post(report, Map.of("narrative", "Rok udanej współpracy.", "publish", "true"),
                after.csrf());
        assertThat(published.status()).isEqualTo(302);
        String before = visitor().get(report).text();
        assertThat(before).contains("Wnioski o opinię 0", "Rok udanej współpracy.");
        assertThat(visitor().get("/programmes").body()).as("the public list links the published report")
            .contains("href=\"/programmes/reports/" + powiat + "/" + year + "\"");
        jdbc.sql("insert into council_opinion_request (jst_id, subject, requested_at, deadline, status) "
                + "values (?, 'Spóźniony wpis', ?, ?, 'REQUESTED')")
            .params(powiat, Timestamp.from(LocalDate.of(year, 7, 1).atStartOfDay(ClockConfig.WARSAW).toInstant()),
                    LocalDate.of(year, 7, 15))
            .update();
        assertThat(visitor().get(report).text()).as("a published report does not change").isEqualTo(before);
    }

    @Test
    void thePublicListLinksOnlyReportsThatOpen() {
        Page list = visitor().get("/programmes");
        Matcher m = Pattern.compile("href=\"(/programmes/reports/\\d+/\\d+)\"").matcher(list.body());
        while (m.find()) {
            assertThat(visitor().get(m.group(1)).status()).as(m.group(1)).isEqualTo(200);
        }
    }

    private void moveTo(LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(10, 0).atZone(ClockConfig.WARSAW).toInstant()));
    }

}
