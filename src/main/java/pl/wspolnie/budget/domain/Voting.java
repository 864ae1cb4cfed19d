package pl.wspolnie.budget.domain;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.identifiers.PolishIdentifiers;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final VoterRepository voters;

    private final JdbcClient jdbc;

    private final Clock clock;

    Voting(Editions editions, VoterRepository voters, JdbcClient jdbc, Clock clock) {
        this.editions = editions;
        this.voters = voters;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The pools of the edition with their submitted projects, for the ballot page. */
    @Transactional(readOnly = true)
    public BallotPaper ballot(long editionId) {
        Edition edition = editions.get(editionId);
        Map<Long, List<BallotPaper.Candidate>> byPool = new LinkedHashMap<>();
        jdbc.sql("""
                select v.pool_id, p.id, v.title, v.cost_total from budget_project p
                join budget_project_version v on v.project_id = p.id and v.number = p.submitted_versions
                where p.edition_id = ? and p.submitted_versions > 0
                order by lower(v.title), p.id
                """).param(editionId).query((rs, n) -> {
            byPool.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(new BallotPaper.Candidate(rs.getLong(2), rs.getString(3), rs.getBigDecimal(4)));
            return null;
        }).list();
        List<BallotPaper.PoolOnBallot> pools = editions.pools(editionId)
            .stream()
            .map(p -> new BallotPaper.PoolOnBallot(p.getId(), p.getName(), p.isWholeJst(), p.getAmount(),
                    byPool.getOrDefault(p.getId(), List.of())))
            .toList();
        return new BallotPaper(edition, pools);
    }

    /** True while the edition's voting phase lasts. */
    @Transactional(readOnly = true)
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
     * paper cards from its first day until the results phase starts (cards from the
     * polling points are entered after the close).
     */
    @Transactional(readOnly = true)
    public BallotPaper check(long editionId, Vote vote, VotingChannel channel) {
        BallotPaper ballot = ballot(editionId);
        LocalDate today = LocalDate.now(clock);
        boolean open = channel == VotingChannel.ONLINE ? ballot.edition().isVotingOn(today)
                : ballot.edition().isPaperEntryOn(today);
        if (!open) {
            throw new StateConflict("budget.vote.closed", "edition " + editionId);
        }
        List<RuleViolation> violations = new ArrayList<>(VoterEligibility.check(vote.pesel(), vote.birthDate(),
                vote.resident(), ballot.edition().getMinAge(), today));
        violations.addAll(BallotRules.check(ballot, vote.choices()));
        RuleViolation.throwIfAny(violations);
        return ballot;
    }

    /**
     * Casts the vote through the channel and returns the receipt code (shown once: only
     * its hash is kept). A second vote of the same PESEL in the edition, through any
     * channel, is refused and changes nothing.
     */
    public String cast(long editionId, Vote vote, VotingChannel channel) {
        Edition edition = check(editionId, vote, channel).edition();
        return record(edition, vote, peselHash(editionId, vote.pesel()), channel);
    }

    /**
     * Inserts the voter and the ballot of a checked vote and returns the receipt code.
     * The voter's unique key refuses a second vote of the PESEL, also a concurrent one.
     */
    String record(Edition edition, Vote vote, String hash, VotingChannel channel) {
        long editionId = edition.getId();
        if (voters.existsByEditionIdAndPeselHash(editionId, hash)) {
            throw new StateConflict("budget.vote.already", "edition " + editionId);
        }
        try {
            voters.saveAndFlush(new Voter(edition, hash, channel, LocalDate.now(clock)));
        }
        catch (DataIntegrityViolationException e) {
            throw new StateConflict("budget.vote.already", "edition " + editionId);
        }
        String receipt = receiptCode();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into budget_ballot (id, edition_id, choices, receipt_hash) values (?, ?, ?, ?)")
            .params(id, editionId, vote.choices().stream().sorted().toArray(Long[]::new), sha256(normalize(receipt)))
            .update();
        jdbc.sql("""
                update budget_ballot set mixed = mixed + 1 where id in (
                    select id from budget_ballot where edition_id = ? and id <> ?
                    order by random() limit ? for update skip locked)
                """).params(editionId, id, MIXED_PER_VOTE).update();
        return receipt;
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
     * HMAC-SHA256 of the PESEL's digits with the edition's secret (created on first use).
     */
    String peselHash(long editionId, String pesel) {
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        jdbc.sql("insert into budget_voting_secret (edition_id, secret) values (?, ?) on conflict do nothing")
            .params(editionId, fresh)
            .update();
        byte[] secret = jdbc.sql("select secret from budget_voting_secret where edition_id = ?")
            .param(editionId)
            .query(byte[].class)
            .single();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of()
                .formatHex(mac.doFinal(PolishIdentifiers.digits(pesel).getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
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
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

}
