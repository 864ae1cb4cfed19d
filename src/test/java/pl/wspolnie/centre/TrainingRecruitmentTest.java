package pl.wspolnie.centre;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingRecruitmentTest extends CentreIntegrationTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private long training(long centreId, String title, int capacity, RecruitmentMode mode) {
        LocalDateTime start = LocalDate.now(clock).plusDays(14).atTime(10, 0);
        return trainings.seed(centreId,
                new TrainingDetails(TrainingKind.WORKSHOP, title, "Program: zasady rozliczania dotacji.",
                        "Żaneta Źrebięcka", "Sala konferencyjna, Włoszczowa", null, start.atZone(WARSAW).toInstant(),
                        start.plusHours(4).atZone(WARSAW).toInstant(), capacity, clock.instant().minusSeconds(60),
                        start.minusDays(2).atZone(WARSAW).toInstant(), mode,
                        Set.of(Audience.BOARD_MEMBER, Audience.OFFICIAL), List.of("rozliczanie dotacji")));
    }

    private Page apply(WebClient client, long trainingId, Map<String, String> fields) {
        String path = "/centre/trainings/" + trainingId;
        return client.post(path + "/apply", fields, client.get(path).csrf());
    }

    @Test
    void staffBuildsATrainingWithAFormAndTheThirdApplicantIsPromotedWhenOneCancels() throws Exception {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String title = "Warsztaty z rozliczania dotacji " + TestOrganizations.word();
        LocalDateTime start = LocalDate.now(clock).plusDays(10).atTime(9, 0);
        Map<String, String> form = trainingForm("WORKSHOP", title, "1. Umowa\n2. Sprawozdanie", "Żaneta Źrebięcka",
                "Sala konferencyjna, Włoszczowa", start, 6, "2");
        form.put("audiences", "BOARD_MEMBER");
        form.put("needTags", "rozliczanie dotacji, sprawozdawczość");
        Page newPage = staff.get("/centre/" + centreId + "/trainings/new");
        assertThat(newPage.status()).isEqualTo(200);
        Map<String, String> bad = new LinkedHashMap<>(form);
        bad.put("endsAt", start.minusHours(1).toString());
        bad.put("capacity", "dużo");
        Page invalid = staff.post("/centre/" + centreId + "/trainings/new", bad, newPage.csrf());
        assertThat(invalid.text()).contains("Popraw błędy w formularzu", "Wpisz liczbę.");
        assertThat(invalid.inputValue("title")).isEqualTo(title);
        Page created = staff.post("/centre/" + centreId + "/trainings/new", form, newPage.csrf());
        String manage = created.redirectPath();
        long id = Long.parseLong(manage.replaceAll("\\D+", " ").trim().split(" ")[0]);

        Page q = staff.post(
                "/centre/trainings/" + id + "/questions", Map.of("kind", "SINGLE_CHOICE", "label",
                        "Czy rozliczałeś już dotację?", "options", "tak\nnie\nnie wiem", "required", "true"),
                staff.get(manage).csrf());
        assertThat(q.status()).isEqualTo(302);
        Page oneOption = staff.post("/centre/trainings/" + id + "/questions",
                Map.of("kind", "MULTIPLE_CHOICE", "label", "Tematy", "options", "jeden"), staff.get(manage).csrf());
        assertThat(oneOption.text()).contains("Podaj co najmniej dwie odpowiedzi do wyboru");
        long questionId = jdbc.sql("select id from centre_training_question where training_id = ?")
            .param(id)
            .query(Long.class)
            .single();
        assertThat(visitor().get("/centre/trainings").text()).contains(title);
        assertThat(visitor().get("/centre/trainings/needs").text()).contains("rozliczanie dotacji", "sprawozdawczość",
                title);

        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("first"), jstId(KLUCZEWSKO));
        WebClient first = loggedIn(ngo.repEmail());
        Page missing = apply(first, id, Map.of("audience", "BOARD_MEMBER", "organizationId", String.valueOf(ngo.id())));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.text()).contains("Odpowiedz na pytanie: Czy rozliczałeś już dotację?");
        Page forged = apply(first, id, Map.of("audience", "BOARD_MEMBER", "q" + questionId, "może"));
        assertThat(forged.text()).contains("Nieprawidłowa odpowiedź na pytanie");
        Page accepted = apply(first, id, Map.of("audience", "BOARD_MEMBER", "organizationId", String.valueOf(ngo.id()),
                "q" + questionId, "tak"));
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(first.get("/centre/trainings/" + id).text()).contains("masz miejsce na liście uczestników");
        assertThat(apply(first, id, Map.of("audience", "BOARD_MEMBER", "q" + questionId, "tak")).text())
            .contains("Już zgłosiłeś(-aś) się na to wydarzenie.");

        String secondEmail = uniqueEmail("second");
        provisioning.ensureConfirmedUser(secondEmail, "Zdzisław Gęślak", DEMO_PASSWORD);
        WebClient second = loggedIn(secondEmail);
        assertThat(apply(second, id, Map.of("audience", "BOARD_MEMBER", "q" + questionId, "nie")).status())
            .isEqualTo(302);
        String thirdEmail = uniqueEmail("third");
        provisioning.ensureConfirmedUser(thirdEmail, "Józef Ślązak", DEMO_PASSWORD);
        WebClient third = loggedIn(thirdEmail);
        assertThat(apply(third, id, Map.of("audience", "BOARD_MEMBER", "q" + questionId, "nie wiem")).status())
            .isEqualTo(302);
        assertThat(third.get("/centre/trainings/" + id).text()).contains("Jesteś na liście rezerwowej.");

        Page cancelled = first.post("/centre/trainings/" + id + "/cancel", Map.of(),
                first.get("/centre/trainings/" + id).csrf());
        assertThat(cancelled.status()).isEqualTo(302);
        String mail = TestMailServer.awaitMail(thirdEmail, "Zwolniło się miejsce: " + title);
        assertThat(mail).contains("Józef Ślązak", "/centre/trainings/" + id);
        assertThat(third.get("/centre/trainings/" + id).text()).contains("Jesteś na liście uczestników.");

        assertThat(first.get(manage).status()).as("an NGO cannot run the event").isEqualTo(403);
        Page managePage = staff.get(manage);
        assertThat(managePage.text()).contains("Zdzisław Gęślak", "Józef Ślązak", "wycofane", "członkowie zarządów 2");
        long thirdApplication = jdbc
            .sql("select a.id from centre_training_application a join user_account u on u.id = a.user_id "
                    + "where a.training_id = ? and u.email = ?")
            .param(id)
            .param(thirdEmail)
            .query(Long.class)
            .single();
        // attendance and certificates once the training has taken place
        clock.advance(Duration.ofDays(11));
        Page saved = staff.post("/centre/trainings/" + id + "/attendance",
                Map.of("present", String.valueOf(thirdApplication)), managePage.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(staff.get("/centre/trainings/" + id + "/attendance").text()).contains("Józef Ślązak", "Podpis");
        HttpResponse<byte[]> list = staff.getBytes("/centre/trainings/" + id + "/attendance.pdf");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(pdfText(list.body())).contains("Lista obecności", "Józef Ślązak", "Zdzisław Gęślak", "Podpis");

        HttpResponse<byte[]> certificate = third.getBytes("/centre/trainings/" + id + "/certificate.pdf");
        assertThat(certificate.statusCode()).isEqualTo(200);
        assertThat(certificate.headers().firstValue("content-type")).hasValue("application/pdf");
        String text = pdfText(certificate.body());
        assertThat(text).contains("Zaświadczenie o udziale", "Józef Ślązak", title, String
            .format("%02d.%02d.%d, 09:00–15:00", start.getDayOfMonth(), start.getMonthValue(), start.getYear()),
                "Liczba godzin: 6");
        assertThat(second.getBytes("/centre/trainings/" + id + "/certificate.pdf").statusCode())
            .as("absent participants get no certificate")
            .isEqualTo(409);
        assertThat(second.getBytes("/centre/trainings/" + id + "/applications/" + thirdApplication + "/certificate.pdf")
            .statusCode()).as("another person's certificate").isEqualTo(403);
    }

    @Test
    void applicationsAfterTheClosingDateAreRefused() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        long id = training(centreId, "Seminarium " + TestOrganizations.word(), 5, RecruitmentMode.FIRST_COME);
        WebClient person = loggedIn(plainUser());
        String csrf = person.get("/centre/trainings/" + id).csrf();
        clock.advance(Duration.ofDays(13));
        Page late = person.post("/centre/trainings/" + id + "/apply", Map.of("audience", "OFFICIAL"), csrf);
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.text()).contains("Przyjmowanie zgłoszeń zostało zakończone.");
        assertThat(jdbc.sql("select count(*) from centre_training_application where training_id = ?")
            .param(id)
            .query(Long.class)
            .single()).isZero();
    }

    @Test
    void inSelectionTheOrganiserAcceptsAndRejects() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        long id = training(centreId, "Wizyta studyjna " + TestOrganizations.word(), 1, RecruitmentMode.SELECTION);
        trainings.seedQuestion(id, QuestionKind.LONG_TEXT, "Dlaczego chcesz jechać?", List.of(), false);
        WebClient a = loggedIn(plainUser());
        WebClient b = loggedIn(plainUser());
        assertThat(apply(a, id, Map.of("audience", "OFFICIAL")).status()).isEqualTo(302);
        assertThat(apply(b, id, Map.of("audience", "BOARD_MEMBER")).status()).isEqualTo(302);
        assertThat(a.get("/centre/trainings/" + id).text()).contains("czeka na decyzję organizatora");
        WebClient otherStaff = loggedIn(userWithRole(Role.CENTRE_STAFF, SECEMIN));
        List<Long> ids = jdbc.sql("select id from centre_training_application where training_id = ? order by id")
            .param(id)
            .query(Long.class)
            .list();
        String manage = "/centre/trainings/" + id + "/manage";
        assertThat(otherStaff
            .post(manage.replace("manage", "applications/" + ids.get(0) + "/accept"), Map.of(),
                    otherStaff.get("/centre").csrf())
            .status()).isEqualTo(403);
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        String csrf = staff.get(manage).csrf();
        Page decided = staff.post("/centre/trainings/" + id + "/applications/" + ids.get(0) + "/accept", Map.of(),
                csrf);
        assertThat(staff.get(decided.location()).text()).contains("Decyzja została zapisana.");
        Page full = staff.post("/centre/trainings/" + id + "/applications/" + ids.get(1) + "/accept", Map.of(), csrf);
        assertThat(staff.get(full.location()).text()).contains("Wszystkie miejsca są już zajęte.");
        staff.post("/centre/trainings/" + id + "/applications/" + ids.get(1) + "/reject", Map.of(), csrf);
        assertThat(a.get("/centre/trainings/" + id).text()).contains("Jesteś na liście uczestników.");
        assertThat(b.get("/centre/trainings/" + id).text()).contains("Twoje zgłoszenie nie zostało przyjęte.");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

}
