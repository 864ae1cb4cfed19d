package pl.wspolnie.centre;

import com.microsoft.playwright.Download;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.browser.BrowserTest;
import pl.wspolnie.centre.domain.Advice;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.CentreCatalogue;
import pl.wspolnie.centre.domain.QuestionKind;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.Specialty;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.centre.domain.Trainings;
import pl.wspolnie.organizations.OrganizationSeeding;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.TestMailServer;

import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import pl.wspolnie.shared.calendar.PolishHolidays;

/**
 * The centre as people click through it, each page checked with axe: an advice slot
 * booked and its reminder with a valid .ics, a room booked with a projector and an
 * overlapping request refused, a training with two seats whose third applicant is
 * promoted when one cancels, attendance recorded and the certificate PDF downloaded and
 * read.
 */
class CentreBrowserTest extends BrowserTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    @Autowired
    CentreCatalogue catalogue;

    @Autowired
    Trainings trainings;

    @Autowired
    Advice advice;

    @Autowired
    OrganizationSeeding seeding;

    private void switchTo(String email) {
        context.clearCookies();
        loginAs(email);
    }

    @Test
    void roomAndTrainingJourney() throws Exception {
        CentreFixtures.Rooms rooms = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT));
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("b-ngo"), jstId(KLUCZEWSKO));
        CentreFixtures.Ngo other = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("b-ngo2"), jstId(SECEMIN));
        String staffEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        LocalDate day = LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));

        open("/centre");
        open("/centre/" + rooms.centreId());

        // advice: a slot booked, then the reminder the day before carries a valid .ics
        long adviserId = provisioning.ensureConfirmedUser(staffEmail, "Test CENTRE_STAFF", DEMO_PASSWORD);
        LocalDate adviceDay = LocalDate.now(clock).plusDays(2);
        advice.seedSlot(rooms.centreId(), adviserId, Specialty.ACCOUNTING, adviceDay.atTime(12, 0).atZone(WARSAW),
                adviceDay.atTime(13, 0).atZone(WARSAW), "Pokój 3");
        switchTo(ngo.repEmail());
        open("/centre/" + rooms.centreId() + "/advice");
        page.locator("main table input[name=topic]").first().fill("Rozliczenie dotacji w księgach");
        navigateBy(() -> page.locator("main table button[type=submit]").first().click());
        assertThat(page.locator("main .notice")).hasText("Wizyta została umówiona. Potwierdzenie wysłaliśmy e-mailem.");
        clock.advance(Duration.ofDays(1));
        advice.sendReminders();
        TestMailServer.awaitMail(ngo.repEmail(), "Przypomnienie: jutro wizyta doradcza");
        VEvent reminder = AdviceAppointmentTest.icsOf(ngo.repEmail(), "Przypomnienie: jutro wizyta doradcza");
        assertThat(reminder.getSummary().getValue()).contains("Doradztwo (księgowość)");
        clock.reset();

        // a room with a projector
        open("/centre/resources/" + rooms.roomId());
        page.fill("#date", day.toString());
        page.fill("#from", "10:00");
        page.fill("#to", "12:00");
        page.selectOption("#equipmentId", String.valueOf(rooms.projectorId()));
        page.fill("#purpose", "Szkolenie wolontariuszy");
        navigateBy(() -> page.click("main form button:has-text('Zarezerwuj')"));
        assertThat(page.locator("main .notice")).hasText("Rezerwacja została potwierdzona.");
        assertThat(page.locator("main table.week")).containsText("10:00–12:00");
        open("/centre/resources/" + rooms.projectorId() + "?week=" + BookingControllerWeek.of(day));
        assertThat(page.locator("main table.week")).containsText("zarezerwowane: " + ngo.name());
        open("/centre/bookings");

        // a second, overlapping request by another organisation is refused with the
        // message at the field
        switchTo(other.repEmail());
        open("/centre/resources/" + rooms.roomId() + "?week=" + BookingControllerWeek.of(day));
        page.fill("#date", day.toString());
        page.fill("#from", "11:00");
        page.fill("#to", "13:00");
        page.fill("#purpose", "Zebranie zarządu");
        navigateBy(() -> page.click("main form button:has-text('Zarezerwuj')"), 409);
        assertThat(page.locator("#error-summary")).containsText("Ten termin jest już zajęty");
        assertThat(page.locator("#from-error")).containsText("Ten termin jest już zajęty");
        assertThat(page.locator("#purpose")).hasValue("Zebranie zarządu");

        // a training with two seats: the third applicant waits and is promoted when one
        // cancels
        LocalDateTime start = LocalDate.now(clock).plusDays(10).atTime(9, 0);
        String title = "Szkolenie z dostępności " + TestOrganizations.word();
        long trainingId = trainings.seed(rooms.centreId(),
                new TrainingDetails(TrainingKind.TRAINING, title, "Dostępność cyfrowa i architektoniczna wydarzeń.",
                        "Ewa Łęcka", "Sala konferencyjna", null, start.atZone(WARSAW).toInstant(),
                        start.plusHours(5).atZone(WARSAW).toInstant(), 2, clock.instant().minusSeconds(60),
                        start.minusDays(1).atZone(WARSAW).toInstant(), RecruitmentMode.FIRST_COME,
                        Set.of(Audience.VOLUNTEER, Audience.OFFICIAL), List.of("dostępność")));
        long questionId = trainings.seedQuestion(trainingId, QuestionKind.YES_NO, "Czy potrzebujesz tłumacza PJM?",
                List.of(), true);
        String trainingPath = "/centre/trainings/" + trainingId;
        String thirdEmail = uniqueEmail("b-third");
        provisioning.ensureConfirmedUser(thirdEmail, "Gabriela Żądło-Świątek", DEMO_PASSWORD);
        for (String email : List.of(ngo.repEmail(), other.repEmail(), thirdEmail)) {
            switchTo(email);
            open(trainingPath);
            page.selectOption("#audience", "VOLUNTEER");
            page.check("#q" + questionId + "-no");
            navigateBy(() -> page.click("main form button:has-text('Zgłoś się')"));
        }
        assertThat(page.locator("main .notice")).containsText("jesteś na liście rezerwowej");

        switchTo(ngo.repEmail());
        open(trainingPath);
        navigateBy(() -> page.click("main form button:has-text('Wycofaj zgłoszenie')"));
        assertThat(confirmations).as("confirm.js asked first").contains("Wycofać zgłoszenie?");
        assertThat(page.locator("main .notice")).hasText("Zgłoszenie zostało wycofane.");
        assertThat(TestMailServer.awaitMail(thirdEmail, "Zwolniło się miejsce: " + title)).contains(trainingPath);

        // attendance by the staff once the training has taken place, then the
        // certificate of the promoted participant
        clock.advance(Duration.ofDays(11));
        switchTo(staffEmail);
        open(trainingPath + "/manage");
        assertThat(page.locator("main")).containsText("Gabriela Żądło-Świątek");
        page.check("label:has-text('obecny(-a): Gabriela Żądło-Świątek')");
        navigateBy(() -> page.click("main button:has-text('Zapisz obecność')"));
        assertThat(page.locator("main .notice")).hasText("Obecność została zapisana.");
        open(trainingPath + "/attendance");
        open("/centre/agenda");

        switchTo(thirdEmail);
        open(trainingPath);
        assertThat(page.locator("main")).containsText("Jesteś na liście uczestników.");
        Download download = page.waitForDownload(() -> page.click("main a:has-text('Pobierz zaświadczenie')"));
        byte[] pdf = Files.readAllBytes(download.path());
        String text = TrainingRecruitmentTest.pdfText(pdf);
        assertThat(text).contains("Zaświadczenie o udziale", "Gabriela Żądło-Świątek", title, "Liczba godzin: 5");
        open("/centre/trainings");
        open("/centre/trainings/needs");
    }

    @Test
    void staffConfirmOrDeclineRequestsAndEditAndCancelATraining() {
        long centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        CentreFixtures.Ngo ngo = CentreFixtures.ngo(provisioning, seeding, uniqueEmail("b-pend"), jstId(KLUCZEWSKO));
        String staffEmail = userWithRole(Role.CENTRE_STAFF, POWIAT);
        LocalDate day = LocalDate.now(clock).plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        // the new room is closed on holidays
        while (PolishHolidays.isHoliday(day)) {
            day = day.plusWeeks(1);
        }

        // staff add a room; the form asks for confirmation by default
        switchTo(staffEmail);
        open("/centre/" + centreId + "/resources/new");
        assertThat(page.locator("#requiresConfirmation")).isChecked();
        page.fill("#name", "Sala warsztatowa");
        page.fill("#openDays", "1111111");
        navigateBy(() -> page.click("main form button[type=submit]"));
        String roomPath = page.url().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");

        // the NGO's request waits, holding the time
        switchTo(ngo.repEmail());
        open(roomPath + "?week=" + BookingControllerWeek.of(day));
        page.fill("#date", day.toString());
        page.fill("#from", "10:00");
        page.fill("#to", "12:00");
        page.fill("#purpose", "Warsztaty dla wolontariuszy");
        navigateBy(() -> page.click("main form button:has-text('Zarezerwuj')"));
        assertThat(page.locator("main .notice")).containsText("Prośba o rezerwację została wysłana");
        assertThat(page.locator("main table.week")).containsText("oczekuje na potwierdzenie");

        // staff decline it with a reason
        switchTo(staffEmail);
        open("/centre/" + centreId);
        navigateBy(() -> page.click("main a:has-text('Prośby o rezerwację do potwierdzenia')"));
        assertThat(page.locator("main table")).containsText("Warsztaty dla wolontariuszy");
        page.locator("main table input[name=reason]").first().fill("Sala zajęta przez urząd");
        navigateBy(() -> page.locator("main table button:has-text('Odrzuć')").first().click());
        assertThat(page.locator("main .notice")).containsText("Prośba została odrzucona");
        TestMailServer.awaitMail(ngo.repEmail(), "Odrzucona prośba o rezerwację");

        // staff edit a training, then cancel it
        LocalDateTime start = LocalDate.now(clock).plusDays(10).atTime(9, 0);
        String title = "Szkolenie do odwołania " + TestOrganizations.word();
        long trainingId = trainings.seed(centreId,
                new TrainingDetails(TrainingKind.TRAINING, title, "Program.", "", "Sala", null,
                        start.atZone(WARSAW).toInstant(), start.plusHours(2).atZone(WARSAW).toInstant(), 5,
                        clock.instant().minusSeconds(60), start.minusDays(1).atZone(WARSAW).toInstant(),
                        RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER), List.of()));
        open("/centre/trainings/" + trainingId + "/manage");
        navigateBy(() -> page.click("main a:has-text('Edytuj wydarzenie')"));
        page.fill("#capacity", "8");
        navigateBy(() -> page.click("main form button[type=submit]"));
        assertThat(page.locator("main .notice")).hasText("Zmiany zostały zapisane.");
        page.fill("#withdraw-reason", "Choroba prowadzącej");
        navigateBy(() -> page.click("main button:has-text('Odwołaj wydarzenie')"));
        assertThat(confirmations).contains("Odwołać wydarzenie? Wszyscy zgłoszeni dostaną wiadomość e-mail.");
        assertThat(page.locator("main .notice[role=status]")).containsText("Wydarzenie zostało odwołane");
        open("/centre/trainings/" + trainingId);
        assertThat(page.locator("main")).containsText("Choroba prowadzącej");
    }

}
