package pl.wspolnie.budget.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
    public record Line(int rank, long projectId, String title, BigDecimal cost, long votes, Outcome outcome,
            boolean tied) {

        public boolean chosen() {
            return outcome == Outcome.CHOSEN;
        }

    }

    /** A pool's results and the money left after the chosen projects. */
    public record PoolResult(String name, BigDecimal amount, BigDecimal left, List<Line> lines) {
    }

    /** The edition's results: ballots cast (online and paper voters) and each pool's. */
    public record Count(Edition edition, long ballots, long online, long paper, List<PoolResult> pools, String checksum,
            String drawKey) {
    }

    /**
     * The anonymised ballot file: a header line with the pools' names, then one line per
     * ballot with, for each pool, the numbers of the chosen projects (ascending,
     * separated by spaces); the lines sorted by their text, so their order says nothing
     * of when or by whom a ballot was cast. UTF-8, lines ending in LF.
     */
    public record BallotFile(byte[] bytes, String checksum) {
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
        // the count is the recount of the published ballot file: one read of the ballots
        // gives both
        Tally tally = tally(ballot);
        Map<Long, Long> votes = tally.votes();
        String checksum = tally.file().checksum();
        String drawKey = Draw.key(checksum, edition.getDrawSeed());
        List<PoolResult> pools = new ArrayList<>();
        for (BallotPaper.PoolOnBallot pool : ballot.pools()) {
            List<BallotPaper.Candidate> ranked = new ArrayList<>(pool.projects());
            ranked.sort((a, b) -> {
                int byVotes = Long.compare(votes.getOrDefault(b.id(), 0L), votes.getOrDefault(a.id(), 0L));
                return byVotes != 0 ? byVotes : Draw.ticket(drawKey, a.id()).compareTo(Draw.ticket(drawKey, b.id()));
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
                boolean tied = ranked.stream().anyMatch(o -> o.id() != c.id() && votes.getOrDefault(o.id(), 0L) == n);
                lines.add(new Line(++rank, c.id(), c.title(), c.cost(), n, outcome, tied));
            }
            pools.add(new PoolResult(pool.name(), pool.amount(), left, lines));
        }
        long ballots = tally.ballots();
        Map<String, Long> channels = new HashMap<>();
        jdbc.sql("select channel, count(*) from budget_voter where edition_id = ? group by channel")
            .param(editionId)
            .query((rs, n) -> channels.put(rs.getString(1), rs.getLong(2)))
            .list();
        return new Count(edition, ballots, channels.getOrDefault("ONLINE", 0L), channels.getOrDefault("PAPER", 0L),
                pools, checksum, drawKey);
    }

    /** The anonymised ballot file, or 404 for anybody before voting closes. */
    public BallotFile ballotFile(long editionId) {
        BallotPaper ballot = voting.ballot(editionId);
        if (!isPublished(ballot.edition())) {
            throw new NotFound("ballot file of budget edition " + editionId + " before voting closes");
        }
        return tally(ballot).file();
    }

    /** The ballot file with the votes per project and the number of ballots it holds. */
    private record Tally(BallotFile file, Map<Long, Long> votes, long ballots) {
    }

    private Tally tally(BallotPaper ballot) {
        Map<Long, Integer> poolIndex = new HashMap<>();
        StringBuilder header = new StringBuilder();
        List<BallotPaper.PoolOnBallot> pools = ballot.pools();
        for (int i = 0; i < pools.size(); i++) {
            for (BallotPaper.Candidate c : pools.get(i).projects()) {
                poolIndex.put(c.id(), i);
            }
            header.append(i == 0 ? "" : ",").append(csv(pools.get(i).name()));
        }
        List<String> lines = new ArrayList<>();
        Map<Long, Long> votes = new HashMap<>();
        jdbc.sql("select choices from budget_ballot where edition_id = ?")
            .param(ballot.edition().getId())
            .query((rs, n) -> (Long[]) rs.getArray(1).getArray())
            .list()
            .forEach(choices -> {
                List<List<Long>> perPool = new ArrayList<>();
                for (int i = 0; i < pools.size(); i++) {
                    perPool.add(new ArrayList<>());
                }
                for (Long id : choices) {
                    Integer i = poolIndex.get(id);
                    if (i != null) {
                        perPool.get(i).add(id);
                        votes.merge(id, 1L, Long::sum);
                    }
                }
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < perPool.size(); i++) {
                    line.append(i == 0 ? "" : ",")
                        .append(String.join(" ", perPool.get(i).stream().sorted().map(String::valueOf).toList()));
                }
                lines.add(line.toString());
            });
        Collections.sort(lines);
        StringBuilder text = new StringBuilder(header).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return new Tally(new BallotFile(bytes, Draw.sha256(bytes)), votes, lines.size());
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

}
