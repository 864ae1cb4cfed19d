package pl.wspolnie.calendar;

import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.calendar.Eventually.await;

/**
 * An NGO proposes an event of its organisation; it reaches the calendar only once the
 * liaison officer approves it (audited), a rejection needs a reason; and the "Subskrybuj"
 * link keeps every filter of the page.
 */
class NgoCalendarEventsTest extends NgoCalendarTest {

    @Test
    void anNgosEventAppearsOnlyAfterTheLiaisonOfficerApprovesIt() {
        Ngo ngo = ngo();
        String title = "Piknik fundacji " + TestOrganizations.word();
        ZonedDateTime start = ZonedDateTime.now(clock).plusDays(5).withHour(15).withMinute(0).withSecond(0).withNano(0);
        String month = YearMonth.from(start).toString();
        WebClient rep = loggedIn(ngo.email());
        assertThat(rep.get("/calendar").body()).contains("href=\"/calendar/events/propose\"");

        Map<String, String> bad = proposal(ngo.id(), title, start);
        bad.put("link", "fundacja.example");
        Page invalid = rep.submit("/calendar/events/propose", "/calendar/events/propose", bad);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.text()).contains("Podaj pełny adres strony");

        WebClient stranger = loggedIn(plainUser());
        assertThat(stranger.get("/calendar/events/propose").status()).isEqualTo(403);
        assertThat(stranger
            .post("/calendar/events/propose", proposal(ngo.id(), title, start), stranger.get("/calendar").csrf())
            .status()).as("not a representative").isEqualTo(403);

        Page sent = rep.submit("/calendar/events/propose", "/calendar/events/propose",
                proposal(ngo.id(), title, start));
        String eventPath = sent.redirectPath();
        long eventId = Long.parseLong(eventPath.replaceAll("\\D", ""));
        assertThat(rep.get(eventPath).text()).contains(title, "czeka na zatwierdzenie",
                "https://fundacja.example/piknik");
        WebClient visitor = visitor();
        assertThat(visitor.get(eventPath).status()).as("a proposal is not public").isEqualTo(404);
        assertThat(visitor.get("/calendar?month=" + month).text()).doesNotContain(title);

        String liaisonEmail = userWithRole(Role.LIAISON_OFFICER, POWIAT);
        WebClient liaison = loggedIn(liaisonEmail);
        Page queue = liaison.get("/calendar/moderation");
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.text()).contains(title);
        assertThat(loggedIn(userWithRole(Role.LIAISON_OFFICER, SECEMIN)).get("/calendar/moderation").text())
            .as("another gmina's officer")
            .doesNotContain(title);
        assertThat(rep.post(eventPath + "/approve", Map.of(), rep.get(eventPath).csrf()).status())
            .as("the NGO cannot approve itself")
            .isEqualTo(403);

        Page noReason = liaison.post(eventPath + "/reject", Map.of("reason", " "), queue.csrf());
        assertThat(noReason.status()).as("the queue again with the error at the reason").isEqualTo(422);
        assertThat(noReason.text()).contains("Podaj powód odrzucenia");
        String tooLong = "Zbyt długi powód " + "bardzo ".repeat(150);
        Page longReason = liaison.post(eventPath + "/reject", Map.of("reason", tooLong), queue.csrf());
        assertThat(longReason.status()).isEqualTo(422);
        assertThat(longReason.text()).contains("Powód jest za długi");
        assertThat(longReason.body()).contains("id=\"error-summary\"", "href=\"#reason-" + eventId + "\"",
                "aria-invalid=\"true\"", tooLong.strip());
        assertThat(liaison.post(eventPath + "/approve", Map.of(), queue.csrf()).status()).isEqualTo(302);
        await("approved event in the calendar", () -> visitor.get("/calendar?month=" + month).text().contains(title));
        assertThat(visitor.get(eventPath).text()).contains(title, "https://fundacja.example/piknik")
            .doesNotContain("czeka na zatwierdzenie");
        List<VEvent> feed = IcsFiles.events(visitor.get("/calendar.ics?jst=" + jstId(KLUCZEWSKO)).body());
        assertThat(feed).anyMatch(e -> e.getSummary().getValue().equals(title));
        assertThat(liaison.get("/calendar/moderation").text()).doesNotContain(title);
        assertThat(jdbc
            .sql("select count(*) from audit_log where entity_type = 'CalendarEvent' and entity_id = ? "
                    + "and action = 'UPDATE' and after_state::text like '%PUBLISHED%'")
            .param(String.valueOf(eventId))
            .query(Long.class)
            .single()).as("the approval is audited").isPositive();
    }

    @Test
    void aRejectedProposalShowsTheReasonToTheOrganisationAndStaysOutOfTheCalendar() {
        Ngo ngo = ngo();
        String title = "Koncert fundacji " + TestOrganizations.word();
        ZonedDateTime start = ZonedDateTime.now(clock).plusDays(6).withHour(18).withMinute(0).withSecond(0).withNano(0);
        WebClient rep = loggedIn(ngo.email());
        Page sent = rep.submit("/calendar/events/propose", "/calendar/events/propose",
                proposal(ngo.id(), title, start));
        String eventPath = sent.redirectPath();
        WebClient liaison = loggedIn(userWithRole(Role.LIAISON_OFFICER, KLUCZEWSKO));
        assertThat(liaison
            .post(eventPath + "/reject", Map.of("reason", "Wydarzenie komercyjne"),
                    liaison.get("/calendar/moderation").csrf())
            .status()).isEqualTo(302);
        assertThat(rep.get(eventPath).text()).contains("Propozycja została odrzucona. Powód: Wydarzenie komercyjne");
        assertThat(visitor().get(eventPath).status()).isEqualTo(404);
        assertThat(liaison.post(eventPath + "/approve", Map.of(), liaison.get("/calendar/moderation").csrf()).status())
            .as("already decided")
            .isEqualTo(302);
        assertThat(visitor().get("/calendar?view=list&month=" + YearMonth.from(start)).text()).doesNotContain(title);
    }

    @Test
    void theSubscribeLinkKeepsEveryFilter() {
        long jst = jstId(KLUCZEWSKO);
        Page page = visitor().get("/calendar?jst=" + jst + "&sphere=kultura&type=MEETING");
        String feed = "/calendar.ics?jst=" + jst + "&amp;sphere=kultura&amp;type=MEETING";
        assertThat(page.body()).contains("href=\"" + feed + "\"");
        assertThat(visitor().get("/calendar?type=TRAINING").body()).contains("href=\"/calendar.ics?type=TRAINING\"");
        Page ics = visitor().get(feed.replace("&amp;", "&"));
        assertThat(ics.status()).isEqualTo(200);
        IcsFiles.events(ics.body())
            .forEach(e -> assertThat(e.getProperty("URL").orElseThrow().getValue()).doesNotContain("/centre/"));
    }

}
