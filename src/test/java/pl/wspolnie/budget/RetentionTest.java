package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.Retention;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy by design: the day after the deadline to challenge the results the nightly job
 * deletes the support lists and the register of voters; the results, the ballot file and
 * the turnout stay exactly as published.
 */
class RetentionTest extends VotingSupport {

    @Autowired
    Retention retention;

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String date(LocalDate day) {
        return String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    @Test
    void afterTheDeadlineToChallengeTheResultsNothingPersonalRemainsAndTheFiguresStay() {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet z retencją",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 1, 0, true, BudgetFixtures.timeline(today), 7));
        long pool = editions.seedPool(id, new PoolDetails("Park", false, new BigDecimal("30000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        long a = project(id, author, pool, "Altana");
        long b = project(id, author, pool, "Brama");
        long s1 = provisioning.ensureConfirmedUser(uniqueEmail("s1"), "Sąsiadka", DEMO_PASSWORD);
        long s2 = provisioning.ensureConfirmedUser(uniqueEmail("s2"), "Sąsiad", DEMO_PASSWORD);
        projects.seedSupport(a, s1);
        projects.seedSupport(a, s2);
        projects.seedSupport(b, s1);
        jdbc.sql(
                """
                        insert into budget_paper_list (jst_id, project_id, file_name, media_type, size_bytes, content, uploaded_at)
                        values (?, ?, 'lista.pdf', 'application/pdf', 4, ?, now())
                        """)
            .params(jstId(KLUCZEWSKO), a, new byte[] { 1, 2, 3, 4 })
            .update();
        jdbc.sql("update budget_project set paper_supports = 5 where id = ?").param(a).update();
        String edition = "/budget/" + id;
        // the page states the retention from the start: results on day 55, 7 days to
        // challenge them, deleted on day 63
        assertThat(visitor().get(edition).text()).contains("7 (do " + date(today.plusDays(62)) + " włącznie)",
                "Listy poparcia i rejestr głosujących zostaną usunięte dnia " + date(today.plusDays(63)));

        clock.advance(Duration.ofDays(41));
        for (long choice : new long[] { a, b }) {
            assertThat(loggedIn(plainUser())
                .submit(edition + "/vote", edition + "/vote",
                        with(vote(Voters.pesel(adult()), adult(), choice), "action", "cast"))
                .status()).isEqualTo(200);
        }
        WebClient first = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        WebClient second = loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO));
        String cards = edition + "/paper-cards";
        Map<String, String> card = new HashMap<>(vote(Voters.pesel(adult()), adult(), a));
        card.put("number", "R-1");
        first.submit(cards, cards, card);
        second.submit(cards, cards, card);
        Map<String, String> undecided = new HashMap<>(vote(Voters.pesel(adult()), adult(), b));
        undecided.put("number", "R-2");
        first.submit(cards, cards, undecided);
        assertThat(count("select count(*) from budget_voter where edition_id = ? and pesel_hash is not null", id))
            .isEqualTo(3);

        clock.advance(Duration.ofDays(14)); // day 55: the results are published
        String results = visitor().get(edition + "/results").text();
        assertThat(results).contains("Park 3000 3 0,10%", "25–34 lata 3 100,00%");
        byte[] file = visitor().getBytes(edition + "/ballots.csv").body();

        // day 62: the last day to challenge the results
        clock.advance(Duration.ofDays(7));
        retention.purgeDue();
        assertThat(count("select count(*) from budget_voter where edition_id = ? and pesel_hash is not null", id))
            .isEqualTo(3);
        assertThat(count("select count(*) from budget_voting_secret where edition_id = ?", id)).isOne();
        assertThat(count("select count(*) from budget_voter where edition_id = ? and user_id is not null", id))
            .isEqualTo(2);

        String supportEntries = "select count(*) from audit_log where entity_type = 'Support' and entity_id in "
                + "(select cast(id as text) from budget_support where project_id in (?, ?)) "
                + "and (actor_id is not null or jsonb_exists(after_state, 'userId'))";
        String onlineVoterEntries = "select count(*) from audit_log where entity_type = 'Voter' and entity_id in "
                + "(select cast(id as text) from budget_voter where edition_id = ? and channel = 'ONLINE') "
                + "and actor_id is not null";
        assertThat(count(supportEntries, a, b)).isEqualTo(3);
        assertThat(count(onlineVoterEntries, id)).isEqualTo(2);

        clock.advance(Duration.ofDays(1)); // day 63
        assertThat(retention.purgeDue()).isPositive();
        // nor in the audit log: the entries stay, without who supported or voted online
        assertThat(count(supportEntries, a, b)).isZero();
        assertThat(count(onlineVoterEntries, id)).isZero();
        assertThat(count("select count(*) from audit_log where entity_type = 'Voter' and entity_id in "
                + "(select cast(id as text) from budget_voter where edition_id = ?)", id))
            .isEqualTo(3);
        // nothing personal remains: no supporter, no scan, no PESEL hash, no card entry,
        // no secret
        assertThat(
                count("select count(*) from budget_support where project_id in (?, ?) and user_id is not null", a, b))
            .isZero();
        assertThat(count("select count(*) from budget_paper_list where project_id in (?, ?)", a, b)).isZero();
        assertThat(count("select count(*) from budget_voter where edition_id = ? and pesel_hash is not null", id))
            .isZero();
        assertThat(count("select count(*) from budget_voter where edition_id = ? and user_id is not null", id))
            .isZero();
        assertThat(count("select count(*) from budget_paper_entry e join budget_paper_card c on c.id = e.card_id "
                + "where c.edition_id = ?", id))
            .isZero();
        assertThat(count("select count(*) from budget_voting_secret where edition_id = ?", id)).isZero();
        // the figures stay: supports, voters and their age groups, the results and the
        // file
        assertThat(count("select count(*) from budget_support where project_id = ?", a)).isEqualTo(2);
        assertThat(count("select paper_supports from budget_project where id = ?", a)).isEqualTo(5);
        assertThat(count("select count(*) from budget_voter where edition_id = ?", id)).isEqualTo(3);
        assertThat(visitor().get(edition + "/results").text()).isEqualTo(results);
        assertThat(visitor().getBytes(edition + "/ballots.csv").body()).isEqualTo(file);
        assertThat(visitor().get(edition).text())
            .contains("Listy poparcia i rejestr głosujących zostały usunięte dnia " + date(today.plusDays(63)));
        // once: a second run changes nothing
        clock.advance(Duration.ofDays(1));
        retention.purgeDue();
        assertThat(visitor().get(edition).text()).contains("zostały usunięte dnia " + date(today.plusDays(63)));
        assertThat(List.of(count("select count(*) from budget_ballot where edition_id = ?", id))).containsExactly(3L);
    }

}
