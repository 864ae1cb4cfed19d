package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import pl.wspolnie.shared.domain.NotFound;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The count of an edition's votes: per pool, the projects ranked by votes; going down the
 * ranking, a project with at least the minimum of votes is chosen while the pool's money
 * covers its cost (a project that does not fit is passed over for the next). Nobody, of
 * any role, can read it before the results phase begins (when no paper card can be
 * entered any more).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

    /**
     * A pool's turnout: the ballots with a choice in the pool against the population of
     * its area, in percent.
     */
    public record PoolTurnout(String name, int population, long ballots, BigDecimal percent) {
    }

    /**
     * The people of an age group who voted and their share of all voters, in percent
     * (group null: votes recorded before the age group was kept).
     */
    public record AgeTurnout(AgeGroup group, long voters, BigDecimal percent) {
    }

    /** A pool's results and the money left after the chosen projects. */
    public record PoolResult(String name, BigDecimal amount, BigDecimal left, List<Line> lines) {
    }

    /**
     * The edition's results: ballots cast (online and valid paper cards), the invalid
     * paper cards by reason, the cards of people who had already voted, the paper cards
     * not decided before the results phase began (none of these three is counted), and
     * each pool's.
     */
    public record Count(Edition edition, long ballots, long online, long paper, Map<InvalidCardReason, Long> invalid,
            long alreadyVoted, long undecided, List<PoolResult> pools, String checksum, String drawKey,
            List<PoolTurnout> turnout, List<AgeTurnout> ages) {

        /** All invalid cards. */
        public long invalidTotal() {
            return invalid.values().stream().mapToLong(Long::longValue).sum();
        }

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

    private final Editions editions;

    private final PublishedResults published;

    private final JdbcClient jdbc;

    private final Clock clock;

    /** True from the first day of the results phase. */
    public boolean isPublished(Edition edition) {
        return edition.areResultsPublicOn(LocalDate.now(clock));
    }

    /**
     * The count, or 404 for anybody before the results phase. Counted on the first read
     * in the results phase and kept (nothing can change it any more: no paper card is
     * entered, the rules and the timeline are frozen); read from there on.
     */
    public Count of(long editionId) {
        Edition edition = editions.get(editionId);
        requirePublished(edition);
        return published.find(edition).orElseGet(() -> {
            Count count = recount(editionId);
            if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
                published.storeApart(count);
            }
            else {
                published.store(count);
            }
            return count;
        });
    }

    private void requirePublished(Edition edition) {
        if (!isPublished(edition)) {
            throw new NotFound("results of budget edition " + edition.getId() + " before the results phase");
        }
    }

    /**
     * The count from the ballots themselves, not the kept one, or 404 for anybody before
     * the results phase.
     */
    public Count recount(long editionId) {
        BallotPaper ballot = voting.ballot(editionId);
        Edition edition = ballot.edition();
        requirePublished(edition);
        // the count is the recount of the published ballot file: one read of the ballots
        // gives both
        Tally tally = tally(ballot);
        Map<Long, Long> votes = tally.votes();
        String checksum = tally.file().checksum();
        String drawKey = Draw.key(checksum, edition.getDrawSeed());
        List<PoolResult> pools = new ArrayList<>();
        List<PoolTurnout> turnout = new ArrayList<>();
        for (int i = 0; i < ballot.pools().size(); i++) {
            BallotPaper.PoolOnBallot pool = ballot.pools().get(i);
            turnout.add(new PoolTurnout(pool.name(), pool.population(), tally.poolBallots()[i],
                    percent(tally.poolBallots()[i], pool.population())));
        }
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
        // the channels and the age groups of the voter records, in one grouped query
        Map<String, Long> channels = new HashMap<>();
        Map<AgeGroup, Long> byAge = new LinkedHashMap<>();
        for (AgeGroup g : AgeGroup.values()) {
            byAge.put(g, 0L);
        }
        jdbc.sql("""
                select channel, age_group, count(*) from budget_voter where edition_id = ?
                group by channel, age_group
                """).param(editionId).query((rs, n) -> {
            String group = rs.getString(2);
            byAge.merge(group == null ? null : AgeGroup.valueOf(group), rs.getLong(3), Long::sum);
            return channels.merge(rs.getString(1), rs.getLong(3), Long::sum);
        }).list();
        long voters = channels.values().stream().mapToLong(Long::longValue).sum();
        List<AgeTurnout> ages = byAge.entrySet()
            .stream()
            .filter(e -> e.getKey() != null || e.getValue() > 0)
            .map(e -> new AgeTurnout(e.getKey(), e.getValue(), percent(e.getValue(), voters)))
            .toList();
        Map<String, Long> cards = new HashMap<>();
        Map<InvalidCardReason, Long> invalid = new EnumMap<>(InvalidCardReason.class);
        for (InvalidCardReason r : InvalidCardReason.values()) {
            invalid.put(r, 0L);
        }
        jdbc.sql("""
                select state, invalid_reason, count(*) from budget_paper_card where edition_id = ?
                group by state, invalid_reason
                """).param(editionId).query((rs, n) -> {
            if (rs.getString(2) != null) {
                invalid.put(InvalidCardReason.valueOf(rs.getString(2)), rs.getLong(3));
            }
            return cards.merge(rs.getString(1), rs.getLong(3), Long::sum);
        }).list();
        long undecided = cards.getOrDefault(PaperCardState.FIRST_ENTERED.name(), 0L)
                + cards.getOrDefault(PaperCardState.DISPUTED.name(), 0L);
        return new Count(edition, ballots, channels.getOrDefault("ONLINE", 0L), channels.getOrDefault("PAPER", 0L),
                invalid, cards.getOrDefault(PaperCardState.ALREADY_VOTED.name(), 0L), undecided, pools, checksum,
                drawKey, turnout, ages);
    }

    /** The anonymised ballot file, or 404 for anybody before the results phase. */
    public BallotFile ballotFile(long editionId) {
        BallotPaper ballot = voting.ballot(editionId);
        if (!isPublished(ballot.edition())) {
            throw new NotFound("ballot file of budget edition " + editionId + " before the results phase");
        }
        return tally(ballot).file();
    }

    /**
     * The ballot file with the votes per project, the number of ballots it holds and, per
     * pool (in the ballot's order), the ballots with a choice in it.
     */
    private record Tally(BallotFile file, Map<Long, Long> votes, long ballots, long[] poolBallots) {
    }

    private static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
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
        long[] poolBallots = new long[pools.size()];
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
                    if (!perPool.get(i).isEmpty()) {
                        poolBallots[i]++;
                    }
                    line.append(i == 0 ? "" : ",")
                        .append(String.join(" ", perPool.get(i).stream().sorted().map(String::valueOf).toList()));
                }
                lines.add(line.toString());
            });
        Collections.sort(lines);
        StringBuilder text = new StringBuilder(header).append('\n');
        lines.forEach(l -> text.append(l).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return new Tally(new BallotFile(bytes, Draw.sha256(bytes)), votes, lines.size(), poolBallots);
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

}
