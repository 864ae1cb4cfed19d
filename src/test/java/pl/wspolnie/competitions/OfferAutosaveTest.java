package pl.wspolnie.competitions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.wspolnie.shared.time.ClockConfig.WARSAW;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The autosave endpoint of the offer form: partial data kept as typed, a status for the
 * live region, 403 and 409.
 */
class OfferAutosaveTest extends IntegrationTest {

    long competitionId;

    long taskId;

    LocalDate periodFrom;

    @BeforeEach
    void publishedCompetition() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        competitionId = OfferTestCompetitions.publish(official, jstId(POWIAT),
                "Konkurs z autozapisem " + TestOrganizations.word(), LocalDateTime.now(WARSAW).plusDays(30), Map.of());
        taskId = CompetitionFixtures.taskId(jdbc, competitionId);
        periodFrom = CompetitionFixtures.periodFrom(jdbc, competitionId);
    }

    @Test
    void partialDataIsSavedAsTypedAndNothingIsLost() {
        String email = plainUser();
        WebClient ngo = loggedIn(email);
        long offerId = draft(ngo, email, "Oferta pisana powoli");
        Page form = ngo.get("/offers/" + offerId);
        assertThat(form.body()).contains("hx-post=\"/offers/" + offerId + "/autosave\"", "aria-live=\"polite\"");

        Map<String, String> partial = new LinkedHashMap<>();
        partial.put("title", "Oferta pisana powoli");
        partial.put("summary", "Pierwsze zdanie opisu – żółć");
        partial.put("costLines[0].type", "Materiały");
        partial.put("costLines[0].unitCost", "12,5x"); // not a number yet: kept as typed
        partial.put("ownFinancial", "");
        LocalTime before = LocalTime.now(clock).withNano(0);
        Page status = ngo.post("/offers/" + offerId + "/autosave", partial, form.csrf());
        LocalTime after = LocalTime.now(clock);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.text().strip()).matches("Zapisano o \\d{2}:\\d{2}:\\d{2}");
        LocalTime saved = LocalTime.parse(status.text().strip().substring("Zapisano o ".length()),
                DateTimeFormatter.ofPattern("HH:mm:ss"));
        assertThat(saved).as("the time of the save, Europe/Warsaw").isBetween(before, after);
        assertThat(status.body()).doesNotContain("<html");

        Page reopened = ngo.get("/offers/" + offerId);
        assertThat(reopened.text()).contains("Pierwsze zdanie opisu");
        assertThat(draftJson(offerId)).contains("\"summary\":\"Pierwsze zdanie opisu – żółć\"");
        assertThat(reopened.inputValue("costLines0.type")).isEqualTo("Materiały");
        assertThat(reopened.inputValue("costLines0.unitCost")).isEqualTo("12,5x");
        assertThat(jdbc.sql("select count(*) from offer_version where offer_id = ?")
            .param(offerId)
            .query(Long.class)
            .single()).as("an autosave never submits").isZero();

        // The answer carries the draft's new version for the form (htmx swaps it in out
        // of band); an autosave sent
        // with an older version (a request arriving after a newer save) is not saved.
        Matcher version = Pattern.compile("name=\"draftVersion\" value=\"(\\d+)\"").matcher(status.body());
        assertThat(version.find()).as(status.body()).isTrue();
        assertThat(status.body()).contains("hx-swap-oob=\"true\"");
        long current = Long.parseLong(version.group(1));
        Map<String, String> late = new LinkedHashMap<>(partial);
        late.put("summary", "Starszy tekst wysłany za późno");
        late.put("draftVersion", String.valueOf(current - 1));
        Page stale = ngo.post("/offers/" + offerId + "/autosave", late, form.csrf());
        assertThat(stale.text()).contains("Nie zapisano automatycznie: projekt zapisano w międzyczasie");
        late.put("draftVersion", String.valueOf(current));
        late.put("summary", "Pierwsze zdanie opisu – żółć");
        assertThat(ngo.post("/offers/" + offerId + "/autosave", late, form.csrf()).text()).contains("Zapisano o");
        assertThat(draftJson(offerId)).doesNotContain("Starszy tekst");

        // Too long a text is not saved; what was saved before stays.
        partial.put("summary", "x".repeat(10_001));
        Page refused = ngo.post("/offers/" + offerId + "/autosave", partial, form.csrf());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Nie zapisano automatycznie");
        assertThat(draftJson(offerId)).contains("\"summary\":\"Pierwsze zdanie opisu – żółć\"");
    }

    private String draftJson(long offerId) {
        return jdbc.sql("select draft from offer where id = ?").param(offerId).query(String.class).single();
    }

    @Test
    void anotherUsersDraftIsForbiddenAndASubmittedOfferIsAConflict() {
        String email = plainUser();
        WebClient ngo = loggedIn(email);
        long offerId = draft(ngo, email, "Oferta do złożenia");
        String csrf = ngo.get("/offers/" + offerId).csrf();

        WebClient stranger = loggedIn(plainUser());
        Page forbidden = stranger.post("/offers/" + offerId + "/autosave", Map.of("summary", "Podmiana"),
                stranger.get("/offers").csrf());
        assertThat(forbidden.status()).isEqualTo(403);
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        assertThat(official
            .post("/offers/" + offerId + "/autosave", Map.of("summary", "Podmiana"), official.get("/offers").csrf())
            .status()).isEqualTo(403);
        assertThat(ngo.get("/offers/" + offerId).text()).doesNotContain("Podmiana");

        Page submitted = ngo.post("/offers/" + offerId,
                CompetitionFixtures.offer(taskId, "Oferta do złożenia", periodFrom, periodFrom.plusMonths(6)), csrf);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(302);
        assertThat(ngo.post("/offers/" + offerId + "/autosave", Map.of("summary", "Po złożeniu"), csrf).status())
            .isEqualTo(409);
        assertThat(jdbc.sql("select draft from offer where id = ?").param(offerId).query(String.class).single())
            .doesNotContain("Po złożeniu");
    }

    private long draft(WebClient ngo, String email, String title) {
        long org = organisationRepresentedBy(email, "Fundacja Autozapisu " + TestOrganizations.word(), KLUCZEWSKO,
                true);
        Page started = ngo.post("/competitions/" + competitionId + "/offers",
                Map.of("leadOrganizationId", String.valueOf(org), "title", title),
                ngo.get("/competitions/" + competitionId).csrf());
        return Long.parseLong(started.location().replaceAll(".*/offers/(\\d+).*", "$1"));
    }

}
