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

import java.time.Instant;
import java.time.LocalDate;

/**
 * A party's mandate in the Forum: its representative or substitute from a day, until a
 * day or open-ended.
 */
@Entity
@Table(name = "governance_mandate")
public class Mandate {

    public enum Role {

        REPRESENTATIVE, SUBSTITUTE

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "party_id", updatable = false)
    private Long partyId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Role role;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "named_by", updatable = false)
    private Long namedBy;

    @Column(name = "named_at", updatable = false)
    private Instant namedAt;

    @Version
    private long version;

    protected Mandate() {
    }

    Mandate(long partyId, Role role, long userId, LocalDate validFrom, LocalDate validTo, long namedBy, Instant at) {
        this.partyId = partyId;
        this.role = role;
        this.userId = userId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.namedBy = namedBy;
        this.namedAt = at;
    }

    /** Whether the mandate holds on that day. */
    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Whether it shares a day with the period from–to (to null: open-ended). */
    boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    /** Ends the mandate on the day (a change of representative, or the party left). */
    void endOn(LocalDate day) {
        this.validTo = day;
    }

    public Long getId() {
        return id;
    }

    public Long getPartyId() {
        return partyId;
    }

    public Role getRole() {
        return role;
    }

    public Long getUserId() {
        return userId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

}
