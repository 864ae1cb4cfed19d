package pl.wspolnie.budget.domain;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.cache.CacheConfiguration;
import pl.wspolnie.shared.cache.Caches;
import pl.wspolnie.shared.text.Sha256;
import pl.wspolnie.shared.audit.AuditedInserts;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.identifiers.PolishIdentifiers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Secret voting. A vote inserts, in one transaction, the {@link Voter} record (the keyed
 * hash of the PESEL, unique per edition: a second vote through any channel fails, also
 * concurrently) and the ballot (the choices under a random key, with the hash of the
 * receipt code, no voter and no time). Nothing links the two; the audit log gets the
 * voter's insert only. The PESEL itself is never stored.
 */
@Service
@Transactional
public class Voting {

    /**
     * Other ballots rewritten by each vote, so a transaction's row versions single out
     * none.
     */
    static final int MIXED_PER_VOTE = 8;

    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final SecureRandom random = new SecureRandom();

    private final Editions editions;

    private final AuditedInserts audited;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final PeselPepper pepper;

    private final Caches caches;

    Voting(Editions editions, AuditedInserts audited, JdbcClient jdbc, Clock clock, BudgetSettings settings,
            Caches caches) {
        this.caches = caches;
        this.pepper = new PeselPepper(settings);
        this.editions = editions;
        this.audited = audited;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The pools of the edition with the projects on the ballot (a positive final result
     * of the review, appeals and conflicts: {@code budget_project_standing}), each at the
     * merit review's corrected cost when it fits the pool. From the first day of voting
     * until the results the ballot is read once a day ({@link FrozenBallot}, in the
     * platform's cache {@link CacheConfiguration#BUDGET_BALLOT}), so a vote's two
     * requests read nothing for it; no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public BallotPaper ballot(long editionId) {
        LocalDate today = LocalDate.now(clock);
        return caches
            .get(CacheConfiguration.BUDGET_BALLOT, editionId, () -> new FrozenBallot(read(editionId), today),
                    kept -> kept.day().equals(today) && kept.ballot().edition().isPaperEntryOn(today))
            .ballot();
    }

    /**
     * A ballot read during voting or the entry of paper cards, and the day it was read:
     * nothing on it can change then (the rules, pools and timeline are frozen from the
     * first day of voting; reviews, appeals and conflicts are decided before it), so
     * every instance may keep it for the day. A ballot read before or after those days is
     * read again at the next request.
     */
    private record FrozenBallot(BallotPaper ballot, LocalDate day) {
    }

    private BallotPaper read(long editionId) {
        Edition edition = editions.get(editionId);
        Map<Long, List<BallotPaper.Candidate>> byPool = new LinkedHashMap<>();
        jdbc.sql("""
                select v.pool_id, p.id, v.title, s.cost from budget_project p
                join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
                join budget_project_standing s on s.project_id = p.id and s.standing = 'ON_BALLOT'
                where p.edition_id = ? and p.submitted_versions > 0
                order by lower(v.title), p.id
                """).param(editionId).query((rs, n) -> {
            byPool.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new BallotPaper.Candidate(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4)));
            return null;
        }).list();
        // the pools in the order of Editions.pools, read as plain rows (no entities to
        // manage)
        List<BallotPaper.PoolOnBallot> pools = jdbc.sql("""
                select id, name, whole_jst, amount, population from budget_pool where edition_id = ?
                order by whole_jst desc, name
                """)
            .param(editionId)
            .query((rs, n) -> new BallotPaper.PoolOnBallot(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                    rs.getBigDecimal(4), rs.getInt(5), byPool.getOrDefault(rs.getLong(1), List.of())))
            .list();
        return new BallotPaper(edition, pools);
    }

    /** True while the edition's voting phase lasts. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public boolean isOpen(Edition edition) {
        return edition.isVotingOn(LocalDate.now(clock));
    }

    /**
     * Checks the vote as the review step shows it: voting open, the voter eligible, the
     * choices within the rules. Saves nothing.
     */
    @Transactional(readOnly = true)
    public BallotPaper check(long editionId, Vote vote) {
        return check(editionId, vote, VotingChannel.ONLINE);
    }

    /**
     * As {@link #check(long, Vote)}, in the channel's period: online while voting lasts,
     * paper cards from its first day until the day before the results phase (cards from
     * the polling points are entered after the close).
     */
    @Transactional(readOnly = true)
    public BallotPaper check(long editionId, Vote vote, VotingChannel channel) {
        return check(ballot(editionId), vote, channel);
    }

    /**
     * As {@link #check(long, Vote, VotingChannel)} on the ballot the caller has already
     * read (a vote's request reads it once). Reads nothing: no transaction of its own.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public BallotPaper check(BallotPaper ballot, Vote vote, VotingChannel channel) {
        long editionId = ballot.edition().getId();
        LocalDate today = LocalDate.now(clock);
        if (channel == VotingChannel.PAPER) {
            requirePaperEntryOpen(ballot.edition());
        }
        else if (!ballot.edition().isVotingOn(today)) {
            throw new StateConflict("budget.vote.closed", "edition " + editionId);
        }
        List<RuleViolation> violations = new ArrayList<>(VoterEligibility.check(vote.pesel(), vote.birthDate(),
                vote.resident(), ballot.edition().getMinAge(), votingDay(ballot.edition(), today)));
        violations.addAll(BallotRules.check(ballot, vote.choices()));
        RuleViolation.throwIfAny(violations);
        return ballot;
    }

    /**
     * The day the vote was cast: today, or for a paper card entered after the close the
     * last day of voting (the card was filled in by then): the age is counted on it.
     */
    private static LocalDate votingDay(Edition edition, LocalDate today) {
        return today.isAfter(edition.getVotingTo()) ? edition.getVotingTo() : today;
    }

    /** Refuses a paper card's entry outside its period. */
    void requirePaperEntryOpen(Edition edition) {
        LocalDate today = LocalDate.now(clock);
        if (!edition.isPaperEntryOn(today)) {
            throw new StateConflict(edition.areResultsPublicOn(today) ? "budget.paper.closed" : "budget.vote.closed",
                    "edition " + edition.getId());
        }
    }

    /**
     * Casts the vote through the channel and returns the receipt code (shown once: only
     * its hash is kept). A second vote of the same PESEL in the edition, through any
     * channel, is refused and changes nothing.
     */
    public String cast(long editionId, Vote vote, VotingChannel channel) {
        Edition edition = check(editionId, vote, channel).edition();
        return record(edition, vote, peselHash(editionId, vote.pesel()), channel, null);
    }

    /**
     * Casts an online vote from the logged-in account and returns the receipt code. Each
     * account votes online once per edition (a list of PESELs must not let one account
     * vote for many people): a second vote, also a concurrent one, is refused and changes
     * nothing. The voter record names the account; the ballot does not.
     */
    public String castOnline(long editionId, Vote vote, long accountId) {
        return castOnline(ballot(editionId), vote, accountId);
    }

    /**
     * As {@link #castOnline(long, Vote, long)} on the ballot the caller has already read.
     */
    public String castOnline(BallotPaper ballot, Vote vote, long accountId) {
        Edition edition = check(ballot, vote, VotingChannel.ONLINE).edition();
        return record(edition, vote, peselHash(edition, vote.pesel()), VotingChannel.ONLINE, accountId);
    }

    /**
     * Inserts the voter and the ballot of a checked vote and returns the receipt code.
     * The voter's unique key refuses a second vote of the PESEL, also a concurrent one.
     */
    String record(Edition edition, Vote vote, String hash, VotingChannel channel) {
        return record(edition, vote, hash, channel, null);
    }

    /**
     * As {@link #record(Edition, Vote, String, VotingChannel)}, for an online vote of the
     * account (null: none): its unique key refuses a second online vote of the account.
     */
    String record(Edition edition, Vote vote, String hash, VotingChannel channel, Long accountId) {
        long editionId = edition.getId();
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> voter = new LinkedHashMap<>();
        voter.put("jstId", edition.getJstId());
        voter.put("editionId", editionId);
        voter.put("peselHash", hash);
        voter.put("channel", channel.name());
        voter.put("votedOn", today);
        voter.put("ageGroup", AgeGroup.of(vote.birthDate(), votingDay(edition, today)).name());
        voter.put("accountId", accountId);
        // the voter and its audit entry ("voted") in one statement; a second vote of the
        // PESEL or the account, also a concurrent one (it waits for the first to commit),
        // inserts nothing
        if (audited.insert(Voter.class, """
                insert into budget_voter (jst_id, edition_id, pesel_hash, channel, voted_on, age_group, user_id)
                values (:jstId, :editionId, :peselHash, :channel, :votedOn, :ageGroup, :accountId)
                on conflict do nothing returning id
                """, voter, edition.getJstId(), voter).isEmpty()) {
            // refused: which vote was there first tells the reason (only a refusal reads
            // it)
            boolean account = jdbc.sql("""
                    select not exists (select 1 from budget_voter where edition_id = ? and pesel_hash = ?)
                        and exists (select 1 from budget_voter where edition_id = ? and user_id = ?)
                    """)
                .params(editionId, hash, editionId, new SqlParameterValue(Types.BIGINT, accountId))
                .query(Boolean.class)
                .single();
            throw new StateConflict(account ? "budget.vote.accountAlready" : "budget.vote.already",
                    "edition " + editionId);
        }
        String receipt = receiptCode();
        insertAndMix(editionId, vote, sha256(normalize(receipt)));
        return receipt;
    }

    /**
     * Inserts the ballot and, in the same statement, rewrites up to
     * {@link #MIXED_PER_VOTE} other ballots of the edition: those whose random keys
     * follow a random key (wrapping round to the first), skipping the ones other votes
     * hold. Two range reads of the (edition_id, id) index, not a sort of every ballot;
     * the second only when the first finds too few. The statement's own ballot is not
     * among them (its parts see the table as it was before the statement).
     */
    private void insertAndMix(long editionId, Vote vote, String receiptHash) {
        jdbc.sql("""
                with after_key as (
                    select id from budget_ballot where edition_id = :edition and id >= :from
                    order by id limit :mixed for update skip locked),
                before_key as (
                    select id from budget_ballot where edition_id = :edition and id < :from
                    order by id limit :mixed for update skip locked),
                mix as (
                    update budget_ballot set mixed = mixed + 1 where id in (
                        select id from (select id from after_key union all select id from before_key) m
                        limit :mixed))
                insert into budget_ballot (id, edition_id, choices, receipt_hash)
                values (:id, :edition, :choices, :receipt)
                """)
            .param("edition", editionId)
            .param("from", UUID.randomUUID())
            .param("mixed", MIXED_PER_VOTE)
            .param("id", UUID.randomUUID())
            .param("choices", vote.choices().stream().sorted().toArray(Long[]::new))
            .param("receipt", receiptHash)
            .update();
    }

    /** True when a ballot of the edition carries this receipt code. */
    @Transactional(readOnly = true)
    public boolean counted(long editionId, String receipt) {
        if (receipt == null || normalize(receipt).length() != 12) {
            return false;
        }
        return jdbc.sql("select count(*) from budget_ballot where edition_id = ? and receipt_hash = ?")
            .params(editionId, sha256(normalize(receipt)))
            .query(Long.class)
            .single() > 0;
    }

    /**
     * HMAC-SHA256 of the PESEL's digits with the edition's key (its secret, created on
     * first use, peppered when a pepper was set then: {@link PeselPepper}).
     */
    String peselHash(long editionId, String pesel) {
        return hash(key(editionId), pesel);
    }

    private static String hash(byte[] key, String pesel) {
        return HexFormat.of()
            .formatHex(PeselPepper.hmac(key, PolishIdentifiers.digits(pesel).getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * As {@link #peselHash(long, String)} for an online vote: while the edition's voting
     * lasts its key is kept for the day in the platform's cache
     * {@link CacheConfiguration#BUDGET_KEYS}, so a vote reads no secret.
     */
    private String peselHash(Edition edition, String pesel) {
        LocalDate today = LocalDate.now(clock);
        KeptKey kept = edition.isVotingOn(today) ? caches.get(CacheConfiguration.BUDGET_KEYS, edition.getId(),
                () -> committedKey(edition.getId(), today), k -> k.day().equals(today)) : null;
        return kept == null ? peselHash(edition.getId(), pesel) : hash(kept.key(), pesel);
    }

    /**
     * The edition's key if its secret is already stored, else null (not kept: the vote
     * then creates the secret, which may still roll back). Read before this transaction
     * writes anything for the edition, a stored secret is another transaction's,
     * committed: the cache may keep the key even from a vote's writing transaction.
     */
    private KeptKey committedKey(long editionId, LocalDate today) {
        return storedSecret(editionId).map(s -> new KeptKey(pepper.key(s.secret(), s.pepperCheck()), today))
            .orElse(null);
    }

    /**
     * An edition's key and the day it was read, kept while voting lasts: the secret is
     * created by the first vote and deleted only after the results' appeals
     * ({@link Retention}), and the pepper is set at start.
     */
    private record KeptKey(byte[] key, LocalDate day) {
    }

    private record StoredSecret(byte[] secret, String pepperCheck) {
    }

    /** The key of the edition's PESEL hash; its secret is created by the first vote. */
    private byte[] key(long editionId) {
        StoredSecret stored = storedSecret(editionId).orElseGet(() -> {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            jdbc.sql("insert into budget_voting_secret (edition_id, secret, pepper_check) values (?, ?, ?) "
                    + "on conflict do nothing")
                .params(editionId, fresh, new SqlParameterValue(Types.VARCHAR, pepper.check()))
                .update();
            return storedSecret(editionId).orElseThrow();
        });
        return pepper.key(stored.secret(), stored.pepperCheck());
    }

    private Optional<StoredSecret> storedSecret(long editionId) {
        return jdbc.sql("select secret, pepper_check from budget_voting_secret where edition_id = ?")
            .param(editionId)
            .query((rs, n) -> new StoredSecret(rs.getBytes(1), rs.getString(2)))
            .optional();
    }

    /**
     * Demo data of an edition whose voting is over: the vote as cast online on a day of
     * its voting, with the same rules (eligibility and the ballot's, checked on that day)
     * and the same record as {@link #cast}; the voter's day is that day.
     */
    public String seedVote(long editionId, Vote vote, LocalDate day) {
        BallotPaper ballot = ballot(editionId);
        Edition edition = ballot.edition();
        if (!edition.isVotingOn(day)) {
            throw new StateConflict("budget.vote.closed", "edition " + editionId);
        }
        List<RuleViolation> violations = new ArrayList<>(
                VoterEligibility.check(vote.pesel(), vote.birthDate(), vote.resident(), edition.getMinAge(), day));
        violations.addAll(BallotRules.check(ballot, vote.choices()));
        RuleViolation.throwIfAny(violations);
        String hash = peselHash(editionId, vote.pesel());
        String receipt = record(edition, vote, hash, VotingChannel.ONLINE);
        jdbc.sql("update budget_voter set voted_on = ? where edition_id = ? and pesel_hash = ?")
            .params(day, editionId, hash)
            .update();
        return receipt;
    }

    /** Twelve random characters (60 bits) in three groups: "K7QX-M2PA-9DHT". */
    private String receiptCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECEIPT_ALPHABET[random.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return code.toString();
    }

    private static String normalize(String receipt) {
        return receipt.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String sha256(String text) {
        return Sha256.hex(text);
    }

}
