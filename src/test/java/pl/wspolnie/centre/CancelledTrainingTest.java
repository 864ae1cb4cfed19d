package pl.wspolnie.centre;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;

/**
 * A cancelled training is closed: its manage page offers no actions, crafted
 * accept/reject/attendance/certificate requests get 409 and change nothing, and the
 * centre's report lists it apart instead of counting it as held.
 */
class CancelledTrainingTest extends CentreIntegrationTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    static final String CLOSED = "To wydarzenie zostało odwołane – nie można już przyjmować ani odrzucać zgłoszeń";

    long centreId;

    String staffEmail;

    String title;

    LocalDateTime start;

    long id;

    String accepted;

    String waiting;

    @BeforeEach
    void setUp() {
        centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        staffEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        title = "Warsztaty odwołane " + TestOrganizations.word();
        start = LocalDate.now(clock).plusDays(10).atTime(9, 0);
        id = seedTraining(centreId, TrainingKind.WORKSHOP, title, "Program.", "Jan Nowak", "Sala", start, 4, 1);
        accepted = applicant(id);
        waiting = applicant(id);
        assertThat(statusOf(accepted)).isEqualTo("ACCEPTED");
        assertThat(statusOf(waiting)).isEqualTo("WAITING");
    }

    private long applicationOf(String email) {
        return applicationOf(id, email);
    }

    private String statusOf(String email) {
        return applicationStatus(id, email);
    }

    private boolean present(String email) {
        return jdbc.sql("select present from centre_training_application where id = ?")
            .param(applicationOf(email))
            .query(Boolean.class)
            .single();
    }

    private void cancel(WebClient staff) {
        String csrf = staff.get("/centre/trainings/" + id + "/manage").csrf();
        String tooLong = "Brak sali " + "i prowadzącej ".repeat(150);
        Page refused = staff.post("/centre/trainings/" + id + "/withdraw", Map.of("reason", tooLong), csrf);
        assertThat(refused.status()).as("the page again with the error at the reason").isEqualTo(422);
        assertThat(refused.text()).contains("Powód jest za długi");
        assertThat(refused.body()).contains("href=\"#withdraw-reason\"", "aria-invalid=\"true\"", tooLong.strip());
        Page cancelled = staff.post("/centre/trainings/" + id + "/withdraw", Map.of("reason", "Brak sali"), csrf);
        assertThat(cancelled.status()).isEqualTo(302);
    }

    @Test
    void theManagePageOfACancelledTrainingShowsTheReasonAndNoActions() {
        clock.advance(Duration.ofDays(11)); // the training has taken place
        WebClient staff = loggedIn(staffEmail);
        String manage = "/centre/trainings/" + id + "/manage";
        String csrf = staff.get(manage).csrf();
        assertThat(staff
            .post("/centre/trainings/" + id + "/attendance", Map.of("present", String.valueOf(applicationOf(accepted))),
                    csrf)
            .status()).isEqualTo(302);
        Page open = staff.get(manage);
        assertThat(open.text()).contains("Przyjmij", "Odrzuć", "Zapisz obecność", "Zaświadczenie:", "Lista obecności");

        cancel(staff);
        Page closed = staff.get(manage);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.text())
            .contains("Odwołane " + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now(clock))
                    + ": Brak sali")
            .doesNotContain("Przyjmij", "Odrzuć", "Zapisz obecność", "Zaświadczenie:", "Lista obecności");
        assertThat(closed.body()).doesNotContain("/accept\"", "/reject\"", "certificate.pdf", "name=\"present\"");
    }

    @Test
    void craftedRequestsOnACancelledTrainingGet409AndChangeNothing() {
        clock.advance(Duration.ofDays(11)); // the training has taken place
        WebClient staff = loggedIn(staffEmail);
        String csrf = staff.get("/centre/trainings/" + id + "/manage").csrf();
        long acceptedId = applicationOf(accepted);
        long waitingId = applicationOf(waiting);
        assertThat(staff
            .post("/centre/trainings/" + id + "/attendance", Map.of("present", String.valueOf(acceptedId)), csrf)
            .status()).isEqualTo(302);
        assertThat(present(accepted)).isTrue();
        cancel(staff);

        for (String decision : List.of("accept", "reject")) {
            Page refused = staff.post("/centre/trainings/" + id + "/applications/" + waitingId + "/" + decision,
                    Map.of(), csrf);
            assertThat(refused.status()).as(decision).isEqualTo(409);
            assertThat(refused.text()).contains(CLOSED);
        }
        assertThat(statusOf(waiting)).isEqualTo("WAITING");

        Page attendance = staff.post("/centre/trainings/" + id + "/attendance", Map.of(), csrf);
        assertThat(attendance.status()).isEqualTo(409);
        assertThat(attendance.text()).contains(CLOSED);
        assertThat(present(accepted)).as("attendance unchanged").isTrue();

        HttpResponse<byte[]> own = loggedIn(accepted).getBytes("/centre/trainings/" + id + "/certificate.pdf");
        assertThat(own.statusCode()).isEqualTo(409);
        assertThat(new String(own.body(), StandardCharsets.UTF_8)).contains(CLOSED);
        HttpResponse<byte[]> byStaff = staff
            .getBytes("/centre/trainings/" + id + "/applications/" + acceptedId + "/certificate.pdf");
        assertThat(byStaff.statusCode()).isEqualTo(409);
        assertThat(byStaff.headers().firstValue("content-type")).as("the common error page, as every refusal")
            .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));

        // somebody else still gets 403 first
        WebClient other = loggedIn(userWithRole(Role.CENTRE_STAFF, SECEMIN));
        assertThat(other
            .post("/centre/trainings/" + id + "/applications/" + waitingId + "/accept", Map.of(),
                    other.get("/centre/trainings").csrf())
            .status()).isEqualTo(403);
    }

    @Test
    void theReportListsACancelledTrainingApartAndDoesNotCountItsParticipants() throws Exception {
        LocalDate today = LocalDate.now(clock);
        clock.advance(Duration.ofDays(11)); // the training has taken place
        WebClient staff = loggedIn(staffEmail);
        String csrf = staff.get("/centre/trainings/" + id + "/manage").csrf();
        assertThat(staff
            .post("/centre/trainings/" + id + "/attendance", Map.of("present", String.valueOf(applicationOf(accepted))),
                    csrf)
            .status()).isEqualTo(302);
        String dateText = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(start);
        String report = "/centre/" + centreId + "/report?from=" + today + "&to=" + start.toLocalDate().plusDays(1);
        assertThat(staff.get(report).text()).contains(title + " " + dateText + " 1 1")
            .contains("Żadne wydarzenie w tym okresie nie zostało odwołane.");

        cancel(staff);
        Page page = staff.get(report);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).doesNotContain(title + " " + dateText + " 1 1")
            .contains("Odwołane szkolenia i wydarzenia (nie wliczone powyżej)", title + " " + dateText + " Brak sali");

        HttpResponse<byte[]> xlsx = staff.getBytes(report.replace("/report?", "/report.xlsx?"));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.toString()));
                rows.add(cells);
            }
        }
        assertThat(rows)
            .noneMatch(r -> r.size() > 1 && r.get(0).equals("Szkolenia i wydarzenia") && r.get(1).contains(title));
        assertThat(rows).anyMatch(r -> r.size() > 2 && r.get(0).equals("Odwołane wydarzenia")
                && r.get(1).contains(title) && r.contains("Powód odwołania: Brak sali"));

        HttpResponse<byte[]> pdf = staff.getBytes(report.replace("/report?", "/report.pdf?"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(TrainingRecruitmentTest.pdfText(pdf.body())).contains("Odwołane szkolenia i wydarzenia", title,
                "Brak sali");
    }

}
