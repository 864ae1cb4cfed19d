package pl.wspolnie.consultations;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.IntegrationTest;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N+1 guard: the consultation page (draft with remarks and answers beside each paragraph)
 * and the list page cost the same number of SQL statements whatever the number of
 * remarks.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class ConsultationStatementCountTest extends IntegrationTest {

    private void addRemarks(long consultationId, List<Long> paragraphs, int count, boolean answered) {
        Long answer = null;
        if (answered) {
            answer = jdbc.sql(
                    "insert into consultation_answer (consultation_id, decision, justification, answered_at, answered_by) "
                            + "values (?, 'ACCEPTED', 'Uwzględniona', now(), 1) returning id")
                .param(consultationId)
                .query(Long.class)
                .single();
        }
        for (int i = 0; i < count; i++) {
            jdbc.sql(
                    "insert into consultation_remark (consultation_id, item_id, author_name, source, proposal, created_at, updated_at, answer_id) "
                            + "values (?, ?, ?, 'PAPER', ?, now(), now(), ?)")
                .params(consultationId, i % 5 == 0 ? null : paragraphs.get(i % paragraphs.size()), "Autor " + i,
                        "Uwaga numer " + i, answer)
                .update();
        }
        // as the workflow does on every remark or answer change: the cached remarks
        // markup is stale
        jdbc.sql("update consultation set remarks_revision = remarks_revision + 1 where id = ?")
            .param(consultationId)
            .update();
    }

    @Test
    void consultationPageRunsTheSameStatementsForFiveAndTwoHundredRemarks() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        long id = ConsultationFixtures.publish(official,
                ConsultationFixtures.form(jstId(POWIAT), "Liczenie zapytań " + TestOrganizations.word(), today,
                        today.plusDays(13), "EVERYONE", ConsultationFixtures.DRAFT));
        List<Long> paragraphs = ConsultationFixtures.paragraphIds(visitor(), id);
        WebClient user = loggedIn(plainUser());
        String path = "/consultations/" + id;
        user.get(path);
        addRemarks(id, paragraphs, 5, true);

        StatementCounter.Counted<Page> few = StatementCounter.during(() -> user.get(path));
        addRemarks(id, paragraphs, 100, true);
        addRemarks(id, paragraphs, 95, false);
        StatementCounter.Counted<Page> many = StatementCounter.during(() -> user.get(path));

        assertThat(few.result().status()).isEqualTo(200);
        assertThat(many.result().text()).contains("Uwaga numer 94", "Uwaga uwzględniona");
        System.out.println("Statements of GET " + path + ": " + many.statements().size() + "\n  "
                + String.join("\n  ", many.statements()));
        assertThat(many.statements()).as(String.join("\n", many.statements())).hasSameSizeAs(few.statements());
        // unchanged remarks come from the cached markup: neither the paragraphs nor the
        // remarks are read again
        StatementCounter.Counted<Page> cached = StatementCounter.during(() -> user.get(path));
        assertThat(cached.result().text()).contains("Uwaga numer 94", "Program określa cele współpracy.");
        assertThat(cached.statements()).hasSize(many.statements().size() - 2);
        assertThat(many.statements()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void listPageRunsAFixedNumberOfStatements() {
        WebClient official = loggedIn(userWithRole(Role.OFFICIAL, POWIAT));
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 3; i++) {
            long id = ConsultationFixtures.publish(official,
                    ConsultationFixtures.form(jstId(POWIAT), "Lista " + TestOrganizations.word(), today,
                            today.plusDays(13), "EVERYONE", ConsultationFixtures.DRAFT));
            addRemarks(id, ConsultationFixtures.paragraphIds(visitor(), id), 4, false);
        }
        WebClient user = loggedIn(plainUser());
        user.get("/consultations");
        StatementCounter.Counted<Page> counted = StatementCounter.during(() -> user.get("/consultations?status=OPEN"));
        assertThat(counted.result().text()).contains("Liczba uwag: 4");
        System.out.println("Statements of GET /consultations: " + counted.statements().size() + "\n  "
                + String.join("\n  ", counted.statements()));
        assertThat(counted.statements()).hasSizeLessThanOrEqualTo(7);
    }

}
