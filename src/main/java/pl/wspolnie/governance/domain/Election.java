package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;

/**
 * An election of the NGO members of the Council by the Forum: nomination → voting →
 * closed (with the results). The quorum and tie rule are those of the agreement when it
 * was called.
 */
@Entity
@Table(name = "governance_election")
public class Election extends AgreementRecord {

    public enum Status {

        NOMINATION, VOTING, CLOSED

    }

    @Column(name = "term_id", updatable = false)
    private Long termId;

    private String title;

    private int seats;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "quorum_percent", updatable = false)
    private int quorumPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_rule", updatable = false)
    private TieRule tieRule;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Column(name = "voting_opened_at")
    private Instant votingOpenedAt;

    @Column(name = "eligible_parties")
    private Integer eligibleParties;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "ballots_cast")
    private Integer ballotsCast;

    @Column(name = "quorum_met")
    private Boolean quorumMet;

    protected Election() {
    }

    Election(Agreement agreement, long termId, String title, int seats, long createdBy, Instant at) {
        super(agreement.getId());
        this.termId = termId;
        this.title = title;
        this.seats = seats;
        this.status = Status.NOMINATION;
        this.quorumPercent = agreement.getQuorumPercent();
        this.tieRule = agreement.getTieRule();
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    void requireStatus(Status expected, String messageKey) {
        if (status != expected) {
            throw new StateConflict(messageKey, "election " + getId() + " is " + status);
        }
    }

    void openVoting(Instant at, int eligible) {
        requireStatus(Status.NOMINATION, "governance.election.notNomination");
        this.status = Status.VOTING;
        this.votingOpenedAt = at;
        this.eligibleParties = eligible;
    }

    void close(Instant at, int ballots, boolean quorum) {
        requireStatus(Status.VOTING, "governance.election.notVoting");
        this.status = Status.CLOSED;
        this.closedAt = at;
        this.ballotsCast = ballots;
        this.quorumMet = quorum;
    }

    /** Whether this many ballots of the eligible parties meet the quorum. */
    public boolean quorumMetBy(int ballots) {
        return eligibleParties != null && ballots * 100L >= (long) quorumPercent * eligibleParties;
    }

    /** The fewest ballots that meet the quorum. */
    public int ballotsNeeded() {
        return eligibleParties == null ? 0 : (int) Math.ceil(quorumPercent * eligibleParties / 100.0);
    }

    public Long getTermId() {
        return termId;
    }

    public String getTitle() {
        return title;
    }

    public int getSeats() {
        return seats;
    }

    public Status getStatus() {
        return status;
    }

    public int getQuorumPercent() {
        return quorumPercent;
    }

    public TieRule getTieRule() {
        return tieRule;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getVotingOpenedAt() {
        return votingOpenedAt;
    }

    public Integer getEligibleParties() {
        return eligibleParties;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Integer getBallotsCast() {
        return ballotsCast;
    }

    public Boolean getQuorumMet() {
        return quorumMet;
    }

}
