package pl.wspolnie.governance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A party's ballot in an election (one per party): who cast it, when, and the candidates
 * (nominations) chosen. The Forum's vote is open: a ballot names its party.
 */
@Entity
@Table(name = "governance_ballot")
public class ElectionBallot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", updatable = false)
    private Long electionId;

    @Column(name = "party_id", updatable = false)
    private Long partyId;

    @Column(name = "cast_by", updatable = false)
    private Long castBy;

    @Column(name = "cast_at", updatable = false)
    private Instant castAt;

    @ElementCollection
    @CollectionTable(name = "governance_ballot_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "nomination_id")
    private Set<Long> choices = new LinkedHashSet<>();

    protected ElectionBallot() {
    }

    ElectionBallot(long electionId, long partyId, long castBy, Instant at, Set<Long> choices) {
        this.electionId = electionId;
        this.partyId = partyId;
        this.castBy = castBy;
        this.castAt = at;
        this.choices = new LinkedHashSet<>(choices);
    }

    public Long getPartyId() {
        return partyId;
    }

    public Long getCastBy() {
        return castBy;
    }

    public Set<Long> getChoices() {
        return choices;
    }

}
