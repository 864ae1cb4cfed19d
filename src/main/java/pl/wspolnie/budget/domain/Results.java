package pl.wspolnie.budget.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The count of an edition's votes: per pool, the projects ranked by votes; going down the
 * ranking, a project with at least the minimum of votes is chosen while the pool's money
 * covers its cost (a project that does not fit is passed over for the next). Nobody, of
 * any role, can read it before voting closes.
 */
@Service
@Transactional(readOnly = true)
public class Results {

    /** Why a project is or is not chosen. */
    public enum Outcome {

        CHOSEN, TOO_FEW_VOTES, NO_MONEY_LEFT

    }

    /** A project's line of the results. */
    public record Line(int rank, long projectId, String title, BigDecimal cost, long votes, Outcome outcome) {

        public boolean chosen() {
            return outcome == Outcome.CHOSEN;
        }

    }

    /** A pool's results and the money left after the chosen projects. */
    public record PoolResult(String name, BigDecimal amount, BigDecimal left, List<Line> lines) {
    }

    /** The edition's results: ballots cast (online and paper voters) and each pool's. */
    public record Count(Edition edition, long ballots, long online, long paper, List<PoolResult> pools) {
    }

    private final Voting voting;

    private final JdbcClient jdbc;

    private final Clock clock;

    Results(Voting voting, JdbcClient jdbc, Clock clock) {
        this.voting = voting;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True once voting has closed. */
    public boolean isPublished(Edition edition) {
        return edition.areResultsPublicOn(LocalDate.now(clock));
    }

    /** The count, or 404 for anybody before voting closes. */
    public Count of(long editionId) {
        BallotPaper ballot = voting.ballot(editionId);
        Edition edition = ballot.edition();
        if (!isPublished(edition)) {
            throw new NotFound("results of budget edition " + editionId + " before voting closes");
        }
        Map<Long, Long> votes = new HashMap<>();
        jdbc.sql("""
                select c.project_id, count(*) from budget_ballot b, unnest(b.choices) as c(project_id)
                where b.edition_id = ? group by c.project_id
                """).param(editionId).query((rs, n) -> votes.put(rs.getLong(1), rs.getLong(2))).list();
        List<PoolResult> pools = new ArrayList<>();
        for (BallotPaper.PoolOnBallot pool : ballot.pools()) {
            List<BallotPaper.Candidate> ranked = new ArrayList<>(pool.projects());
            ranked.sort((a, b) -> {
                int byVotes = Long.compare(votes.getOrDefault(b.id(), 0L), votes.getOrDefault(a.id(), 0L));
                return byVotes != 0 ? byVotes : Long.compare(a.id(), b.id());
            });
            BigDecimal left = pool.amount();
            List<Line> lines = new ArrayList<>();
            int rank = 0;
            for (BallotPaper.Candidate c : ranked) {
                long n = votes.getOrDefault(c.id(), 0L);
                Outcome outcome;
                if (n < edition.getMinVotes() || n == 0) {
                    outcome = Outcome.TOO_FEW_VOTES;
                }
                else if (c.cost().compareTo(left) > 0) {
                    outcome = Outcome.NO_MONEY_LEFT;
                }
                else {
                    outcome = Outcome.CHOSEN;
                    left = left.subtract(c.cost());
                }
                lines.add(new Line(++rank, c.id(), c.title(), c.cost(), n, outcome));
            }
            pools.add(new PoolResult(pool.name(), pool.amount(), left, lines));
        }
        long ballots = jdbc.sql("select count(*) from budget_ballot where edition_id = ?")
            .param(editionId)
            .query(Long.class)
            .single();
        Map<String, Long> channels = new HashMap<>();
        jdbc.sql("select channel, count(*) from budget_voter where edition_id = ? group by channel")
            .param(editionId)
            .query((rs, n) -> channels.put(rs.getString(1), rs.getLong(2)))
            .list();
        return new Count(edition, ballots, channels.getOrDefault("ONLINE", 0L), channels.getOrDefault("PAPER", 0L),
                pools);
    }

}
