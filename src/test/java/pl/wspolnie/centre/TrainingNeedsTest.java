package pl.wspolnie.centre;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The needs page shows per tag how many trainings answer it and at most the next five;
 * each tag has its own paginated page (upcoming first) at a URL that carries Polish
 * letters, spaces and slashes safely.
 */
class TrainingNeedsTest extends CentreIntegrationTest {

    static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    long centreId;

    String word;

    String tag;

    @BeforeEach
    void setUp() {
        centreId = CentreFixtures.centreWithRoom(catalogue, jstId(POWIAT)).centreId();
        word = TestOrganizations.word();
        tag = "księgowość " + word + " dla zarządu";
    }

    private long training(String title, LocalDateTime start, String... tags) {
        return trainings.seed(centreId,
                new TrainingDetails(TrainingKind.WORKSHOP, title, "Program.", "", "Sala", null,
                        start.atZone(WARSAW).toInstant(), start.plusHours(2).atZone(WARSAW).toInstant(), 10,
                        start.minusDays(5).atZone(WARSAW).toInstant(), start.minusDays(1).atZone(WARSAW).toInstant(),
                        RecruitmentMode.FIRST_COME, Set.of(Audience.VOLUNTEER), List.of(tags)));
    }

    private static String title(String prefix, int i) {
        return String.format("%s %02d", prefix, i);
    }

    /** The href of the link whose text starts with the given text. */
    private static String href(Page page, String linkText) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(linkText)).matcher(page.body());
        assertThat(m.find()).as("a link '" + linkText + "'").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private static List<String> titlesIn(String text, String prefix) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(prefix) + " \\d\\d").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theNeedsPageShowsTheCountAndTheNextFiveAndEachTagHasItsPaginatedPage() {
        String upcoming = "Nadchodzące " + word;
        String held = "Odbyte " + word;
        LocalDateTime base = LocalDate.now(clock).plusDays(3).atTime(10, 0);
        // created in reverse: the order shown must come from the dates
        for (int i = 22; i >= 0; i--) {
            training(title(upcoming, i), base.plusDays(i), tag, "inna potrzeba " + word);
        }
        for (int i = 0; i < 2; i++) {
            training(title(held, i), LocalDate.now(clock).minusDays(30 - i).atTime(10, 0), tag);
        }
        String cancelledTitle = "Odwołane " + word;
        long cancelled = training(cancelledTitle, base.plusHours(1), tag);
        WebClient staff = loggedIn(userWithRole(Role.CENTRE_STAFF, POWIAT));
        assertThat(staff
            .post("/centre/trainings/" + cancelled + "/withdraw", Map.of("reason", "Brak chętnych"),
                    staff.get("/centre/trainings/" + cancelled + "/manage").csrf())
            .status()).isEqualTo(302);

        Page needs = visitor().get("/centre/trainings/needs");
        assertThat(needs.status()).isEqualTo(200);
        String text = needs.text();
        String section = text.substring(text.indexOf(tag), text.indexOf("Wszystkie szkolenia: " + tag));
        assertThat(section).contains("Liczba szkoleń (odbytych i zaplanowanych): 25");
        assertThat(titlesIn(section, upcoming)).containsExactly(title(upcoming, 0), title(upcoming, 1),
                title(upcoming, 2), title(upcoming, 3), title(upcoming, 4));
        assertThat(section).doesNotContain(cancelledTitle, held);

        String link = href(needs, "Wszystkie szkolenia: " + tag);
        assertThat(link)
            .isEqualTo("/centre/trainings/needs/ksi%C4%99gowo%C5%9B%C4%87%20" + word + "%20dla%20zarz%C4%85du");
        Page first = visitor().get(link);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text())
            .contains("Szkolenia odpowiadające na potrzebę: " + tag, "Liczba szkoleń (odbytych i zaplanowanych): 25",
                    "Strona 1 z 2")
            .doesNotContain(cancelledTitle, held);
        List<String> expectedFirst = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expectedFirst.add(title(upcoming, i));
        }
        assertThat(titlesIn(first.text(), upcoming)).containsExactlyElementsOf(expectedFirst);

        Page second = visitor().get(href(first, "Następna"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(titlesIn(second.text(), upcoming)).containsExactly(title(upcoming, 20), title(upcoming, 21),
                title(upcoming, 22));
        assertThat(titlesIn(second.text(), held)).as("held trainings after the upcoming ones, latest first")
            .containsExactly(title(held, 1), title(held, 0));
        assertThat(second.text().indexOf(title(upcoming, 22))).isLessThan(second.text().indexOf(title(held, 1)));
        assertThat(second.text()).contains("zaplanowane", "odbyte").doesNotContain(cancelledTitle);
    }

    @Test
    void unknownAndAwkwardTagsAreSafe() {
        Page unknown = visitor().get("/centre/trainings/needs/nie%20ma%20takiej%20potrzeby%20" + word);
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.text()).contains("Szkolenia odpowiadające na potrzebę: nie ma takiej potrzeby " + word,
                "Żadne szkolenie nie odpowiada na tę potrzebę.");
        Page script = visitor().get("/centre/trainings/needs/%3Cb%3E" + word + "?page=-3");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("<b>" + word).contains("&lt;b&gt;" + word);
        assertThat(visitor().get("/centre/trainings/needs/" + word + "?page=abc").status()).isEqualTo(400);

        // a slash, a percent sign and a question mark in a tag do not break its link
        String awkward = "kadry/płace 100% " + word + "?";
        String title = "Płace " + word;
        training(title, LocalDate.now(clock).plusDays(4).atTime(9, 0), awkward);
        Page needs = visitor().get("/centre/trainings/needs");
        String link = href(needs, "Wszystkie szkolenia: " + awkward);
        assertThat(link).doesNotContain("/kadry/", "%2F", "%25");
        Page page = visitor().get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Szkolenia odpowiadające na potrzebę: " + awkward, title);
    }

}
