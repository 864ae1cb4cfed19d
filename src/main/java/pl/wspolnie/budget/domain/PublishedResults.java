package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts kept in {@code budget_published_results}: an edition's count is stored the
 * first time it is read in the results phase and read from there on (it cannot change any
 * more), so a page showing a chosen project does not recount every ballot.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PublishedResults {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The count without its edition (read again with it). */
    record Stored(long ballots, long online, long paper, Map<InvalidCardReason, Long> invalid, long alreadyVoted,
            long undecided, List<Results.PoolResult> pools, String checksum, String drawKey,
            List<Results.PoolTurnout> turnout, List<Results.AgeTurnout> ages) {
    }

    private final JdbcClient jdbc;

    private final Clock clock;

    /** The stored count of the edition, if it has been counted. */
    @Transactional(readOnly = true)
    Optional<Results.Count> find(Edition edition) {
        return jdbc.sql("select count::text from budget_published_results where edition_id = ?")
            .param(edition.getId())
            .query(String.class)
            .optional()
            .map(json -> JSON.readValue(json, Stored.class))
            .map(s -> new Results.Count(edition, s.ballots(), s.online(), s.paper(), invalid(s.invalid()),
                    s.alreadyVoted(), s.undecided(), s.pools(), s.checksum(), s.drawKey(), s.turnout(), s.ages()));
    }

    /**
     * Keeps the count in the current transaction (one that writes: seeding the demo data
     * creates the edition in it); the first of two concurrent first reads wins, both
     * counted the same.
     */
    @Transactional
    void store(Results.Count c) {
        insert(c);
    }

    /**
     * As {@link #store}, in a transaction of its own: for a reader in a read-only
     * transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void storeApart(Results.Count c) {
        insert(c);
    }

    private void insert(Results.Count c) {
        Stored stored = new Stored(c.ballots(), c.online(), c.paper(), c.invalid(), c.alreadyVoted(), c.undecided(),
                c.pools(), c.checksum(), c.drawKey(), c.turnout(), c.ages());
        jdbc.sql("""
                insert into budget_published_results (edition_id, count, published_at) values (?, ?::jsonb, ?)
                on conflict (edition_id) do nothing
                """)
            .params(c.edition().getId(), JSON.writeValueAsString(stored), Timestamp.from(clock.instant()))
            .update();
    }

    private static Map<InvalidCardReason, Long> invalid(Map<InvalidCardReason, Long> read) {
        Map<InvalidCardReason, Long> ordered = new EnumMap<>(InvalidCardReason.class);
        for (InvalidCardReason r : InvalidCardReason.values()) {
            ordered.put(r, read.getOrDefault(r, 0L));
        }
        return ordered;
    }

}
