package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A seat held in a Council term: by a person, for a party, in a group, from a day until a
 * day (or the end of the term); an NGO seat comes from an election.
 */
@Entity
@Table(name = "governance_council_seat")
public class CouncilSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "term_id", updatable = false)
    private Long termId;

    @Enumerated(EnumType.STRING)
    @Column(name = "seat_group", updatable = false)
    private SeatGroup group;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "party_id", updatable = false)
    private Long partyId;

    @Column(name = "from_on", updatable = false)
    private LocalDate fromOn;

    @Column(name = "to_on")
    private LocalDate toOn;

    @Column(name = "election_id", updatable = false)
    private Long electionId;

    @Version
    private long version;

    protected CouncilSeat() {
    }

    CouncilSeat(long termId, SeatGroup group, long userId, long partyId, LocalDate fromOn, Long electionId) {
        this.termId = termId;
        this.group = group;
        this.userId = userId;
        this.partyId = partyId;
        this.fromOn = fromOn;
        this.electionId = electionId;
    }

    /** Held on that day (within the term: the caller checks the term). */
    public boolean isHeldOn(LocalDate day) {
        return !fromOn.isAfter(day) && (toOn == null || !toOn.isBefore(day));
    }

    /** Held on that day or any later one. */
    boolean isHeldFrom(LocalDate day) {
        return toOn == null || !toOn.isBefore(day);
    }

    void endOn(LocalDate day) {
        this.toOn = day;
    }

    public Long getId() {
        return id;
    }

    public Long getTermId() {
        return termId;
    }

    public SeatGroup getGroup() {
        return group;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getPartyId() {
        return partyId;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public LocalDate getToOn() {
        return toOn;
    }

    public Long getElectionId() {
        return electionId;
    }

}
