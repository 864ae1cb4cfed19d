package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;

/**
 * A candidate nominated by a Forum member for an NGO party; on the ballot once the
 * candidate accepts.
 */
@Entity
@Table(name = "governance_nomination")
public class Candidacy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", updatable = false)
    private Long electionId;

    @Column(name = "candidate_id", updatable = false)
    private Long candidateId;

    @Column(name = "party_id", updatable = false)
    private Long partyId;

    @Column(name = "nominated_by", updatable = false)
    private Long nominatedBy;

    @Column(name = "nominated_by_party", updatable = false)
    private Long nominatedByParty;

    @Column(name = "nominated_at", updatable = false)
    private Instant nominatedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    private Integer votes;

    private boolean elected;

    @Version
    private long version;

    protected Candidacy() {
    }

    Candidacy(long electionId, long candidateId, long partyId, long nominatedBy, long nominatedByParty, Instant at) {
        this.electionId = electionId;
        this.candidateId = candidateId;
        this.partyId = partyId;
        this.nominatedBy = nominatedBy;
        this.nominatedByParty = nominatedByParty;
        this.nominatedAt = at;
    }

    void accept(Instant at) {
        if (acceptedAt != null) {
            throw new StateConflict("governance.nomination.acceptedAlready", "nomination " + id);
        }
        this.acceptedAt = at;
    }

    void count(int votes, boolean elected) {
        this.votes = votes;
        this.elected = elected;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getElectionId() {
        return electionId;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public Long getPartyId() {
        return partyId;
    }

    public Long getNominatedByParty() {
        return nominatedByParty;
    }

    public Instant getNominatedAt() {
        return nominatedAt;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Integer getVotes() {
        return votes;
    }

    public boolean isElected() {
        return elected;
    }

}
