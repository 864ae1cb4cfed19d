package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import pl.wspolnie.budget.domain.CostLine;
import pl.wspolnie.budget.domain.EditionDetails;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.support.WebClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results: nobody, of any role, reads them before voting closes (404); afterwards,
 * per pool, projects ranked by votes and chosen while the money lasts and they have the
 * minimum of votes.
 */
class ResultsTest extends VotingSupport {

    private long costing(long edition, long author, long pool, String title, String cost) {
        return projects.seed(edition, author, new ProjectDetails(pool, title, "Opis " + title, "Kluczewsko",
                "Uzasadnienie", List.of(new CostLine("Prace", new BigDecimal(cost)))), true);
    }

    @Test
    void resultsAreHiddenUntilVotingClosesThenRankedAndChosenWhileMoneyRemains() {
        LocalDate today = LocalDate.now(clock);
        long id = editions.seed(new EditionDetails(jstId(KLUCZEWSKO), BudgetFixtures.year(), "Budżet liczony",
                new BigDecimal("40000000.00"), "Rb-28S", 0, 3, 2, true, BudgetFixtures.timeline(today)));
        long pool = editions.seedPool(id, new PoolDetails("Park", false, new BigDecimal("30000.00"), 3000, 3));
        long author = provisioning.ensureConfirmedUser(uniqueEmail("author"), "Autor", DEMO_PASSWORD);
        long a = costing(id, author, pool, "Amfiteatr", "20000.00");
        long b = costing(id, author, pool, "Boisko", "15000.00");
        long c = costing(id, author, pool, "Czytelnia", "10000.00");
        long d = costing(id, author, pool, "Deptak", "5000.00");
        clock.advance(Duration.ofDays(41));
        String path = "/budget/" + id + "/vote";
        long[][] ballots = { { a, b, c }, { a, b, c }, { a, b }, { d } };
        for (long[] choices : ballots) {
            WebClient voter = loggedIn(plainUser());
            assertThat(voter.submit(path, path, with(vote(Voters.pesel(adult()), adult(), choices), "action", "cast"))
                .status()).isEqualTo(200);
        }
        String results = "/budget/" + id + "/results";
        // during voting (and on its last day) nobody reads the results
        for (WebClient anyone : List.of(visitor(), loggedIn(plainUser()),
                loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)), loggedIn(userWithRole(Role.JST_ADMIN, KLUCZEWSKO)),
                loggedIn(userWithRole(Role.PLATFORM_ADMIN, null)))) {
            assertThat(anyone.get(results).status()).isEqualTo(404);
        }
        clock.advance(Duration.ofDays(13)); // day 54: the last day of voting
        assertThat(loggedIn(userWithRole(Role.OFFICIAL, KLUCZEWSKO)).get(results).status()).isEqualTo(404);
        assertThat(visitor().get("/budget/" + id).text()).doesNotContain("Wyniki głosowania");

        clock.advance(Duration.ofDays(1));
        var page = visitor().get(results);
        assertThat(page.status()).isEqualTo(200);
        String text = page.text().replace('\u00a0', ' ');
        assertThat(text).contains("Liczba oddanych głosów: 4 (przez internet: 4, na kartach papierowych: 0)")
            .contains("1 Amfiteatr 20 000,00 zł 3 Wybrany do realizacji")
            .contains("2 Boisko 15 000,00 zł 3 Nie mieści się w pozostałej kwocie")
            .contains("3 Czytelnia 10 000,00 zł 2 Wybrany do realizacji")
            .contains("4 Deptak 5 000,00 zł 1 Za mało głosów")
            .contains("pozostało po wybranych projektach: 0,00 zł");
        assertThat(visitor().get("/budget/" + id).text()).contains("Wyniki głosowania");
    }

}
