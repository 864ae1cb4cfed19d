package pl.wspolnie.news;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N+1 guard: the news list (with search and filters) and the calendar month view cost a
 * fixed number of SQL statements whatever the number of rows shown.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class InformationStatementCountTest extends IntegrationTest {

    /** News: the user's roles (layout, and the moderation link), count, page. */
    static final int NEWS_LIMIT = 3;

    /**
     * Calendar: the user's roles (layout, and the "add event" link), the organisations
     * the user represents (the "propose an event" link), the month's entries.
     */
    static final int CALENDAR_LIMIT = 3;

    private String word;

    private ZonedDateTime start;

    @BeforeEach
    void manyItems() {
        word = TestOrganizations.word();
        start = ZonedDateTime.now(clock)
            .plusMonths(1)
            .withDayOfMonth(1)
            .withHour(9)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
        long author = provisioning.ensureConfirmedUser(uniqueEmail("seed"), "Autor", DEMO_PASSWORD);
        for (int i = 1; i <= 30; i++) {
            Timestamp at = Timestamp.from(clock.instant().minus(Duration.ofHours(i)));
            jdbc.sql(
                    """
                            insert into news_item (jst_id, author_id, title, lead, body, sphere_codes, status, publish_at, announced,
                                                   created_at, updated_at, search_text)
                            values (:jst, :author, :title, 'Wstęp', '<p>Treść</p>', '{kultura}', 'PUBLISHED', :at, true, :at, :at, :search)""")
                .param("jst", jstId(i % 2 == 0 ? KLUCZEWSKO : SECEMIN))
                .param("author", author)
                .param("title", "Wiadomość " + word + " " + i)
                .param("at", at)
                .param("search", word + " wiadomosc " + i)
                .update();
            jdbc.sql(
                    """
                            insert into calendar_entry (source, source_id, type, title, starts_at, jst_id, sphere_codes, path, updated_at)
                            values ('test', :sid, 'TRAINING', :title, :start, :jst, '{kultura}', '/x', now())""")
                .param("sid", word + i)
                .param("title", "Szkolenie " + word + " " + i)
                .param("start", Timestamp.from(start.plusDays(i % 28).toInstant()))
                .param("jst", jstId(KLUCZEWSKO))
                .update();
        }
    }

    @Test
    void newsListRunsAFixedNumberOfStatements() {
        WebClient user = loggedIn(plainUser());
        String path = "/news?q=" + word + "&jst=" + jstId(POWIAT) + "&sphere=kultura";
        user.get(path);

        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> user.get(path));

        assertThat(counted.result().status()).isEqualTo(200);
        assertThat(counted.result().text()).contains("Liczba aktualności: 30", "Strona 1 z 2");
        System.out.println("Statements of GET " + path + ": " + counted.statements().size() + "\n  "
                + String.join("\n  ", counted.statements()));
        assertThat(counted.statements()).as(String.join("\n", counted.statements()))
            .hasSizeLessThanOrEqualTo(NEWS_LIMIT);
    }

    @Test
    void calendarMonthRunsAFixedNumberOfStatements() {
        WebClient user = loggedIn(plainUser());
        String month = YearMonth.from(start).toString();
        for (String path : new String[] { "/calendar?month=" + month + "&jst=" + jstId(POWIAT) + "&sphere=kultura",
                "/calendar?view=list&month=" + month + "&type=TRAINING" }) {
            user.get(path);
            StatementCounter.Counted<Page> counted = StatementCounter.during(() -> user.get(path));
            assertThat(counted.result().status()).isEqualTo(200);
            assertThat(counted.result().text()).contains("Szkolenie " + word + " 1", "Szkolenie " + word + " 30");
            System.out.println("Statements of GET " + path + ": " + counted.statements().size() + "\n  "
                    + String.join("\n  ", counted.statements()));
            assertThat(counted.statements()).as(String.join("\n", counted.statements()))
                .hasSizeLessThanOrEqualTo(CALENDAR_LIMIT);
        }
    }

}
