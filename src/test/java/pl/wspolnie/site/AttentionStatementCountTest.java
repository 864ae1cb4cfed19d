package pl.wspolnie.site;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import pl.wspolnie.budget.BudgetTimeline;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.centre.CentreFixtures;
import pl.wspolnie.organizations.TestOrganizations;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N+1 guard: "Co wymaga mojej uwagi" of a person with every role costs the same, small
 * number of statements with 3 items of each kind as with 13.
 */
@Import(StatementCounter.Config.class)
@DirtiesContext
class AttentionStatementCountTest extends AttentionIntegrationTest {

    /**
     * The person's roles (once a request); competitions: the official's and the personal
     * query; centre, consultations, news, notice board: one each; organisations: the
     * review queue's two; centre staff's and council members' (CentreStaffAttention,
     * CouncilAttention): one each; platform administrators' (AccountsAttention): one; the
     * participatory budget's coordinators' (BudgetAttention): one; local initiatives'
     * invitations and submitted applications (InitiativesAttention): one; governance's
     * applications to join an agreement (GovernanceAttention): one; annexes to answer
     * (ContractAnnexAttention): one.
     */
    static final int LIMIT = 16;

    @Autowired
    Editions budget;

    @Test
    void thePageRunsAFixedNumberOfStatementsWhateverTheNumberOfItems() {
        String word = TestOrganizations.word();
        long jst = jstId(SECEMIN);
        String email = userWithRole(Role.OFFICIAL, SECEMIN);
        long person = jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
        provisioning.ensureRole(person, Role.LIAISON_OFFICER, jst);
        provisioning.ensureRole(person, Role.CENTRE_STAFF, jst);
        provisioning.ensureRole(person, Role.COUNCIL_MEMBER, jst);
        provisioning.ensureRole(person, Role.PLATFORM_ADMIN, null);
        long room = CentreFixtures.centreWithRoom(catalogue, jst).roomId();
        long org = organizations.ensure(TestOrganizations.details("Fundacja " + word, jst, List.of("kultura"), null),
                person, true, true);
        LocalDate today = LocalDate.now(clock);
        long competition = competitions.ensurePublished(jst, person, "Konkurs " + word, "Opis konkursu.", "Zadanie",
                "kultura", new BigDecimal("30000.00"), new BigDecimal("15000.00"), today.plusDays(30).atTime(15, 30),
                today.plusDays(60), today.plusDays(120), true);

        long budgetPool = budgetInReview(jst);
        addItems(word, 0, 3, jst, person, org, competition, room);
        addBudgetProjects(word, 0, 3, jst, person, budgetPool);
        WebClient client = loggedIn(email);
        client.get("/me");
        StatementCounter.Counted<Page> few = StatementCounter.during(() -> client.get("/me"));
        assertThat(few.result().status()).isEqualTo(200);
        assertThat(AttentionPageTest.links(few.result())).hasSizeGreaterThanOrEqualTo(9);

        addItems(word, 3, 13, jst, person, org, competition, room);
        addBudgetProjects(word, 0, 13, jst, person, budgetPool);
        StatementCounter.Counted<Page> many = StatementCounter.during(() -> client.get("/me"));
        assertThat(AttentionPageTest.links(many.result()))
            .hasSizeGreaterThanOrEqualTo(AttentionPageTest.links(few.result()).size() + 50);
        assertThat(many.statements()).as(String.join("\n", many.statements())).hasSize(few.statements().size());
        assertThat(many.statements()).as(String.join("\n", many.statements())).hasSizeLessThanOrEqualTo(LIMIT);
    }

    /**
     * Drafts, offers to review, pending news items, room requests to confirm and requests
     * for the council's opinion numbered from..to-1.
     */
    private void addItems(String word, int from, int to, long jst, long person, long org, long competition, long room) {
        Timestamp now = Timestamp.from(clock.instant());
        for (int i = from; i < to; i++) {
            for (String status : List.of("DRAFT", "SUBMITTED")) {
                long offer = jdbc.sql("""
                        insert into offer (competition_id, lead_organization_id, title, status, draft, created_by,
                                           created_at, updated_at, submitted_at)
                        values (?, ?, ?, ?, '{}', ?, ?, ?, ?) returning id""")
                    .params(competition, org, status + " " + word + " " + i, status, person, now, now,
                            "SUBMITTED".equals(status) ? now : null)
                    .query(Long.class)
                    .single();
                jdbc.sql("insert into offer_organization (offer_id, organization_id) values (?, ?)")
                    .params(offer, org)
                    .update();
            }
            Instant at = clock.instant().minus(Duration.ofMinutes(i));
            jdbc.sql("""
                    insert into news_item (jst_id, organization_id, author_id, title, lead, body, status, publish_at,
                                           created_at, updated_at)
                    values (?, ?, ?, ?, 'Wstęp', '<p>Treść</p>', 'PENDING', ?, ?, ?)""")
                .params(jst, org, person, "Wieść " + word + " " + i, Timestamp.from(at), Timestamp.from(at),
                        Timestamp.from(at))
                .update();
            Instant starts = clock.instant().plus(Duration.ofDays(10 + i));
            jdbc.sql("""
                    insert into centre_booking (resource_id, organization_id, requested_by, request_group, starts_at,
                                                ends_at, purpose, status, created_at)
                    values (?, ?, ?, gen_random_uuid(), ?, ?, ?, 'PENDING', ?)""")
                .params(room, org, person, Timestamp.from(starts), Timestamp.from(starts.plus(Duration.ofHours(1))),
                        "Zebranie " + word + " " + i, Timestamp.from(at))
                .update();
            jdbc.sql("""
                    insert into council_opinion_request (jst_id, subject, requested_at, deadline, status)
                    values (?, ?, ?, ?, 'REQUESTED')""")
                .params(jst, "Opinia " + word + " " + i, Timestamp.from(at), LocalDate.now(clock).plusDays(7))
                .update();
        }
    }

    /**
     * An edition of the JST's participatory budget in its review phase; returns its pool.
     */
    private long budgetInReview(long jst) {
        LocalDate today = LocalDate.now(clock);
        int year = 3000 + (int) (System.nanoTime() % 5000);
        long edition = budget
            .seed(new EditionDetails(jst, year, "Budżet " + year, new BigDecimal("40000000.00"), "Rb-28S", 0, 2, 0,
                    false, BudgetTimeline.days(today, -20, -10, -9, 10, 11, 15, 20, 30, 31, 40, 41, 400)));
        return budget.seedPool(edition, new PoolDetails("Cała gmina", true, new BigDecimal("100000.00"), 5000, 5));
    }

    /** Submitted budget projects waiting for their formal review, numbered from..to-1. */
    private void addBudgetProjects(String word, int from, int to, long jst, long person, long pool) {
        Timestamp now = Timestamp.from(clock.instant());
        long edition = jdbc.sql("select edition_id from budget_pool where id = ?")
            .param(pool)
            .query(Long.class)
            .single();
        for (int i = from; i < to; i++) {
            long project = jdbc.sql("""
                    insert into budget_project (jst_id, edition_id, pool_id, author_id, title, description, location,
                                                justification, cost_lines, submitted_versions, changed_since_submission,
                                                created_at, updated_at)
                    values (?, ?, ?, ?, ?, 'Opis', 'Rynek', 'Potrzeba', '', 1, false, ?, ?) returning id""")
                .params(jst, edition, pool, person, "Projekt " + word + " " + i, now, now)
                .query(Long.class)
                .single();
            jdbc.sql(
                    """
                            insert into budget_project_version (jst_id, project_id, number, pool_id, title, description, location,
                                                                justification, cost_lines, cost_total, sha256, submitted_at)
                            values (?, ?, 1, ?, ?, 'Opis', 'Rynek', 'Potrzeba', '', 1000.00, ?, ?)""")
                .params(jst, project, pool, "Projekt " + word + " " + i, "0".repeat(64), now)
                .update();
        }
    }

}
