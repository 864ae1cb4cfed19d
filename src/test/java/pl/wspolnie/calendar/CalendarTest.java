package pl.wspolnie.calendar;

import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.events.CalendarEntryPublished;
import pl.wspolnie.shared.events.CalendarEntryType;
import pl.wspolnie.shared.events.CalendarEntryWithdrawn;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static pl.wspolnie.calendar.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    private void publish(Object event) {
        tx.executeWithoutResult(s -> events.publishEvent(event));
    }

    private static List<VEvent> parse(String ics) throws Exception {
        return IcsFiles.events(ics);
    }

    private static String summaries(List<VEvent> events) {
        return String.join("|", events.stream().map(e -> e.getSummary().getValue()).toList());
    }

    @Test
    void entriesOfOtherModulesAreUpsertedBySourceAndRemovedWhenWithdrawn() throws Exception {
        String word = TestOrganizations.word();
        ZonedDateTime start = ZonedDateTime.now(clock)
            .plusDays(10)
            .withHour(10)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
        String month = YearMonth.from(start).toString();
        publish(new CalendarEntryPublished("competitions", "c-" + word, CalendarEntryType.COMPETITION_DEADLINE,
                "Termin ofert " + word, "Składanie ofert", start, null, null, jstId(SECEMIN), Set.of("kultura"),
                "/competitions/" + word));
        WebClient visitor = visitor();
        await("entry in the calendar",
                () -> visitor.get("/calendar?month=" + month).text().contains("Termin ofert " + word));

        publish(new CalendarEntryPublished("competitions", "c-" + word, CalendarEntryType.COMPETITION_DEADLINE,
                "Nowy termin ofert " + word, "Przesunięty", start.plusDays(1), null, null, jstId(SECEMIN),
                Set.of("kultura"), "/competitions/" + word));
        await("entry updated",
                () -> visitor.get("/calendar?month=" + month).text().contains("Nowy termin ofert " + word));
        String page = visitor.get("/calendar?view=list&month=" + month).text();
        // one entry, not two
        assertThat(page.split("termin ofert " + word, -1)).hasSize(2);

        List<VEvent> feed = parse(visitor.get("/calendar.ics?jst=" + jstId(SECEMIN)).body());
        VEvent vevent = feed.stream()
            .filter(e -> e.getSummary().getValue().equals("Nowy termin ofert " + word))
            .findFirst()
            .orElseThrow();
        assertThat(vevent.getUrl().getValue()).isEqualTo("http://localhost/competitions/" + word);
        assertThat(summaries(parse(visitor.get("/calendar.ics?jst=" + jstId(KLUCZEWSKO)).body()))).doesNotContain(word);
        assertThat(summaries(parse(visitor.get("/calendar.ics?sphere=kultura").body()))).contains(word);
        assertThat(summaries(parse(visitor.get("/calendar.ics?sphere=ekologia").body()))).doesNotContain(word);
        assertThat(visitor.get("/calendar?month=" + month + "&type=TRAINING").text()).doesNotContain(word);

        publish(new CalendarEntryWithdrawn("competitions", "c-" + word));
        await("entry removed", () -> !visitor.get("/calendar?month=" + month).text().contains(word));
    }

    @Test
    void anOfficialAddsAnEventThatShowsInTheMonthListAndIcsFeeds() throws Exception {
        String word = TestOrganizations.word();
        ZonedDateTime start = ZonedDateTime.now(clock).plusDays(3).withHour(17).withMinute(0).withSecond(0).withNano(0);
        String month = YearMonth.from(start).toString();
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jstId", String.valueOf(jstId(KLUCZEWSKO)));
        form.put("type", "FORUM");
        form.put("title", "Forum organizacji " + word);
        form.put("start", start.toLocalDateTime().toString().substring(0, 16));
        form.put("end", start.plusHours(2).toLocalDateTime().toString().substring(0, 16));
        form.put("place", "Sala gminna, Kluczewsko");
        form.put("description", "Spotkanie z pełnomocnikiem");
        form.put("spheres", "kultura");
        Page saved = official.submit("/calendar/events/new", "/calendar/events/new", form);
        String eventPath = saved.redirectPath();

        WebClient visitor = visitor();
        await("event in the month view",
                () -> visitor.get("/calendar?month=" + month).text().contains("Forum organizacji " + word));
        assertThat(visitor.get("/calendar?view=list&month=" + month + "&jst=" + jstId(POWIAT)).text())
            .contains("Forum organizacji " + word, "Sala gminna, Kluczewsko");
        Page eventPage = visitor.get(eventPath);
        assertThat(eventPage.text()).contains("Forum organizacji " + word, "Forum");
        String icsLink = eventPage.body().replaceAll("(?s).*href=\"(/calendar/\\d+\\.ics)\".*", "$1");

        List<VEvent> single = parse(visitor.get(icsLink).body());
        assertThat(single).hasSize(1);
        assertThat(single.get(0).getSummary().getValue()).isEqualTo("Forum organizacji " + word);
        assertThat(single.get(0).getUrl().getValue()).isEqualTo("http://localhost" + eventPath);
        assertThat(single.get(0).getLocation().getValue()).isEqualTo("Sala gminna, Kluczewsko");
        assertThat(summaries(parse(visitor.get("/calendar.ics").body()))).contains("Forum organizacji " + word);

        // another JST's official may not change or cancel it
        WebClient other = loggedIn(userWithRole(Role.OFFICIAL, SECEMIN));
        assertThat(other.get(eventPath + "/edit").status()).isEqualTo(403);
        assertThat(other.post(eventPath + "/cancel", Map.of(), other.get("/calendar").csrf()).status()).isEqualTo(403);
        assertThat(loggedIn(plainUser()).get("/calendar/events/new").status()).isEqualTo(403);

        assertThat(official.post(eventPath + "/cancel", Map.of(), official.get(eventPath).csrf()).status())
            .isEqualTo(302);
        await("cancelled event gone", () -> !visitor.get("/calendar?month=" + month).text().contains(word));
    }

    @Test
    void badEventInputGivesFieldErrors() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jstId", String.valueOf(jstId(KLUCZEWSKO)));
        form.put("type", "MEETING");
        form.put("title", "Spotkanie");
        form.put("start", "2026-13-45T10:00");
        form.put("end", "");
        Page page = official.submit("/calendar/events/new", "/calendar/events/new", form);
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.text()).contains("Wpisz datę i godzinę");
        assertThat(page.body()).contains("value=\"Spotkanie\"");
        form.put("start", "2026-12-10T10:00");
        form.put("end", "2026-12-10T09:00");
        assertThat(official.submit("/calendar/events/new", "/calendar/events/new", form).text())
            .contains("Koniec nie może być wcześniej niż początek");
    }

}
