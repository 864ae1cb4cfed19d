package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.FilePart;
import pl.wspolnie.support.WebClient.Page;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.consultations.ConsultationFixtures.DRAFT;
import static pl.wspolnie.consultations.ConsultationFixtures.form;
import static pl.wspolnie.consultations.ConsultationFixtures.publish;
import java.util.function.Predicate;

/**
 * An open meeting of a consultation is corrected or deleted (with its minutes, text and
 * files) by the JST's officials until the consultation is closed (then 409); the common
 * calendar follows; others get 403.
 */
class ConsultationMeetingEditTest extends IntegrationTest {

    private static final byte[] PDF = ConsultationAttachmentTest.PDF;

    private static <T> T eventually(Supplier<T> read, Predicate<T> done) throws InterruptedException {
        T value = read.get();
        for (int i = 0; i < 100 && !done.test(value); i++) {
            Thread.sleep(100);
            value = read.get();
        }
        return value;
    }

    private List<String> calendarPlaces(long meetingId) {
        return jdbc
            .sql("select coalesce(place, '') from calendar_entry where source = 'consultations' and source_id = ?")
            .param("meeting-" + meetingId)
            .query(String.class)
            .list();
    }

    @Test
    void officialCorrectsAndDeletesMeetingsUntilTheConsultationIsClosed() throws Exception {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = publish(official, form(jstId(POWIAT), "Konsultacje ze spotkaniami " + TestOrganizations.word(), today,
                today.plusDays(13), "EVERYONE", DRAFT));
        String base = "/consultations/" + id;
        Page first = official.submit(base + "/meetings/new", base + "/meetings/new", Map.of("startsAt",
                today.plusDays(3) + "T17:00", "place", "Sala sesyjna", "onlineLink", "", "minutes", ""));
        long m1 = Long.parseLong(first.location().replaceAll(".*#meeting-", ""));
        Page second = official.submit(base + "/meetings/new", base + "/meetings/new",
                Map.of("startsAt", today.plusDays(5) + "T10:00", "place", "Świetlica w Kluczewsku", "onlineLink", "",
                        "minutes", "Protokół: omówiono § 1."));
        long m2 = Long.parseLong(second.location().replaceAll(".*#meeting-", ""));
        String token = official.get(base + "/attachments/new").csrf();
        assertThat(official
            .postMultipart(base + "/attachments/new", Map.of("meetingId", "" + m2),
                    Map.of("file", new FilePart("protokol-spotkania.pdf", "application/pdf", PDF)), token)
            .status()).isEqualTo(302);
        assertThat(eventually(() -> calendarPlaces(m1), l -> !l.isEmpty())).containsExactly("Sala sesyjna");

        // the official sees the links; the form is prefilled; errors keep what was typed
        assertThat(official.get(base).body()).contains(base + "/meetings/" + m1 + "/edit");
        assertThat(visitor().get(base).body()).doesNotContain("/meetings/" + m1 + "/edit");
        Page form = official.get(base + "/meetings/" + m1 + "/edit");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.inputValue("startsAt")).isEqualTo(today.plusDays(3) + "T17:00");
        assertThat(form.inputValue("place")).isEqualTo("Sala sesyjna");
        Page bad = official.post(base + "/meetings/" + m1 + "/edit",
                Map.of("startsAt", "jutro", "place", "Sala nr 2", "onlineLink", "", "minutes", ""), form.csrf());
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.inputValue("place")).isEqualTo("Sala nr 2");
        Page noPlace = official.post(base + "/meetings/" + m1 + "/edit",
                Map.of("startsAt", today.plusDays(4) + "T18:00", "place", "", "onlineLink", "", "minutes", ""),
                form.csrf());
        assertThat(noPlace.status()).isEqualTo(422);
        assertThat(noPlace.text()).contains("Podaj miejsce spotkania lub link do spotkania online.");
        Page saved = official.post(base + "/meetings/" + m1 + "/edit", Map.of("startsAt", today.plusDays(4) + "T18:00",
                "place", "Sala nr 2", "onlineLink", "", "minutes", "Protokół: 12 osób."), form.csrf());
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("#meeting-" + m1);
        String page = visitor().get(base).text();
        assertThat(page).contains("Sala nr 2", "Protokół: 12 osób.").doesNotContain("Sala sesyjna");
        assertThat(eventually(() -> calendarPlaces(m1), l -> l.equals(List.of("Sala nr 2"))))
            .containsExactly("Sala nr 2");

        // crafted requests
        WebClient stranger = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        String strangerToken = stranger.get("/consultations/new").csrf();
        assertThat(stranger.get(base + "/meetings/" + m1 + "/edit").status()).isEqualTo(403);
        assertThat(stranger
            .post(base + "/meetings/" + m1 + "/edit",
                    Map.of("startsAt", today + "T10:00", "place", "X", "onlineLink", "", "minutes", ""), strangerToken)
            .status()).isEqualTo(403);
        assertThat(stranger.post(base + "/meetings/" + m2 + "/delete", Map.of(), strangerToken).status())
            .isEqualTo(403);
        WebClient resident = loggedIn(userWithRole(Role.RESIDENT, POWIAT));
        assertThat(resident
            .post(base + "/meetings/" + m2 + "/delete", Map.of(), resident.get(base + "/remarks/new").csrf())
            .status()).isEqualTo(403);
        long other = publish(official, form(jstId(POWIAT), "Inne konsultacje " + TestOrganizations.word(), today,
                today.plusDays(13), "EVERYONE", DRAFT));
        assertThat(official.get("/consultations/" + other + "/meetings/" + m1 + "/edit").status()).isEqualTo(404);
        assertThat(official.post("/consultations/" + other + "/meetings/" + m2 + "/delete", Map.of(), token).status())
            .isEqualTo(404);

        // deleting takes the minutes (text and file) along and withdraws the calendar
        // entry
        long fileId = jdbc.sql("select id from consultation_attachment where meeting_id = ?")
            .param(m2)
            .query(Long.class)
            .single();
        assertThat(visitor().get(base + "/attachments/" + fileId).status()).isEqualTo(200);
        assertThat(official.post(base + "/meetings/" + m2 + "/delete", Map.of(), token).status()).isEqualTo(302);
        assertThat(visitor().get(base).text()).doesNotContain("Świetlica w Kluczewsku")
            .doesNotContain("omówiono § 1")
            .doesNotContain("protokol-spotkania.pdf");
        assertThat(visitor().get(base + "/attachments/" + fileId).status()).isEqualTo(404);
        assertThat(eventually(() -> calendarPlaces(m2), List::isEmpty)).isEmpty();

        // closed: 409
        clock.advance(Duration.ofDays(14));
        Page answers = official.get(base + "/answers");
        assertThat(official.post(base + "/close", Map.of("conclusions", "Brak uwag."), answers.csrf()).status())
            .isEqualTo(302);
        assertThat(official.get(base).body()).doesNotContain("/meetings/" + m1 + "/edit");
        assertThat(
                official
                    .post(base + "/meetings/" + m1 + "/edit", Map.of("startsAt", today + "T10:00", "place",
                            "Po zamknięciu", "onlineLink", "", "minutes", ""), token)
                    .status())
            .isEqualTo(409);
        assertThat(official.post(base + "/meetings/" + m1 + "/delete", Map.of(), token).status()).isEqualTo(409);
        assertThat(visitor().get(base).text()).contains("Sala nr 2");
    }

}
