package pl.wspolnie.budget;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import pl.wspolnie.support.StatementCounter;
import pl.wspolnie.support.WebClient;
import pl.wspolnie.support.WebClient.Page;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a vote's two requests (the review step and the cast) cost the database: the
 * session read once per request and not written when nothing in it changed (its last
 * access was written less than a minute ago), and the ballot, frozen during voting, not
 * read again.
 */
@Import(StatementCounter.Config.class)
class VoteRequestCostTest extends VotingSupport {

    private static long count(List<String> statements, String prefix) {
        return statements.stream().filter(s -> s.strip().toLowerCase().startsWith(prefix)).count();
    }

    @Test
    void eachRequestOfAVoteReadsTheSessionOnceAndNeitherWritesItNorReadsTheBallot() {
        Ballot b = votingEdition();
        WebClient voter = loggedIn(plainUser());
        String csrf = voter.get(b.path()).csrf(); // the ballot page reads the ballot
        Map<String, String> form = vote(Voters.pesel(adult()), adult(), b.area1(), b.whole1());

        StatementCounter.Counted<Page> review = StatementCounter
            .during(() -> voter.post(b.path(), with(form, "action", "review"), csrf));
        assertThat(review.result().status()).isEqualTo(200);
        assertThat(review.result().text()).contains("Oddaję głos");
        assertThat(count(review.sessionStatements(), "select")).as(String.join("\n", review.sessionStatements()))
            .isEqualTo(1);
        assertThat(count(review.sessionStatements(), "update") + count(review.sessionStatements(), "insert"))
            .as(String.join("\n", review.sessionStatements()))
            .isZero();
        assertThat(review.statements()).as(String.join("\n", review.statements()))
            .noneMatch(s -> s.contains("budget_project_standing") || s.contains("budget_pool"));

        StatementCounter.Counted<Page> cast = StatementCounter
            .during(() -> voter.post(b.path(), with(form, "action", "cast"), csrf));
        assertThat(cast.result().status()).isEqualTo(200);
        assertThat(count(cast.sessionStatements(), "select")).as(String.join("\n", cast.sessionStatements()))
            .isEqualTo(1);
        assertThat(count(cast.sessionStatements(), "update")).isZero();
        assertThat(cast.statements()).noneMatch(s -> s.contains("budget_project_standing"));
        assertThat(ballots(b.id())).isEqualTo(1);
    }

    /**
     * With JavaScript the ballot page shows the review itself (a dialog built from the
     * ballot's labels) and sends the vote once: the cast alone, with the session read
     * once and two statements, no more: the voter with its audit entry (one statement,
     * which also refuses a second vote), the ballot with the mixing of others. The
     * edition's key is kept by the instance during voting (the edition's first vote
     * creates its secret), and the receipt page (without the layout's menus) reads no
     * roles.
     */
    @Test
    void aVoteCastInOneRequestReadsTheSessionOnceAndRunsTwoStatements() {
        Ballot b = votingEdition();
        // the edition's first vote creates its secret, the second reads it (the instance
        // keeps it from then on); the vote measured is the next
        for (int i = 0; i < 2; i++) {
            assertThat(loggedIn(plainUser())
                .submit(b.path(), b.path(), with(vote(Voters.pesel(adult()), adult(), b.area1()), "action", "cast"))
                .status()).isEqualTo(200);
        }
        WebClient voter = loggedIn(plainUser());
        Page ballotPage = voter.get(b.path());
        assertThat(ballotPage.body()).contains("id=\"vote-review\"").contains("/js/vote-review.js");
        Map<String, String> form = vote(Voters.pesel(adult()), adult(), b.area1(), b.whole1());

        StatementCounter.Counted<Page> cast = StatementCounter
            .during(() -> voter.post(b.path(), with(form, "action", "cast"), ballotPage.csrf()));
        assertThat(cast.result().status()).isEqualTo(200);
        assertThat(cast.result().body()).contains("receipt-code");
        assertThat(cast.sessionStatements()).as(String.join("\n", cast.sessionStatements()))
            .hasSize(1)
            .allMatch(s -> s.strip().toLowerCase().startsWith("select"));
        assertThat(cast.statements()).as(String.join("\n", cast.statements()))
            .hasSize(2)
            .noneMatch(s -> s.contains("budget_voting_secret") || s.contains("role_assignment"));
        assertThat(cast.result().body()).contains("class=\"skip-link\"", "aria-pressed", "hreflang=\"en\"")
            .doesNotContain("main-nav");
        assertThat(ballots(b.id())).isEqualTo(3);
    }

}
