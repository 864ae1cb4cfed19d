package pl.wspolnie.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A party of an agreement, or one applying to become one: a JST, an organisational unit
 * of a JST (JOST) or an NGO of the directory. Its states: applied → member (accepted) or
 * refused (with the reason); a member may leave on a date.
 */
@Entity
@Table(name = "governance_party")
public class Party extends AgreementRecord {

    /**
     * What the party is; {@code subjectId} is the id of the JST, unit or organisation.
     */
    public enum Kind {

        JST, UNIT, NGO

    }

    public enum Status {

        APPLIED, MEMBER, REFUSED, LEFT

    }

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Kind kind;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    private String name;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "applied_by", updatable = false)
    private Long appliedBy;

    @Column(name = "applied_at", updatable = false)
    private Instant appliedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    protected Party() {
    }

    Party(long agreementId, Kind kind, long subjectId, String name, long appliedBy, Instant at) {
        super(agreementId);
        this.kind = kind;
        this.subjectId = subjectId;
        this.name = name;
        this.status = Status.APPLIED;
        this.appliedBy = appliedBy;
        this.appliedAt = at;
    }

    /** A founding party: a member from the day the agreement was signed. */
    static Party founding(long agreementId, Kind kind, long subjectId, String name, long by, Instant at,
            LocalDate signedOn) {
        Party p = new Party(agreementId, kind, subjectId, name, by, at);
        p.status = Status.MEMBER;
        p.decidedBy = by;
        p.decidedAt = at;
        p.joinedOn = signedOn;
        return p;
    }

    private void requireApplied() {
        if (status != Status.APPLIED) {
            throw new StateConflict("governance.decision.notPending", "party " + getId() + " is " + status);
        }
    }

    void accept(long by, Instant at, LocalDate on, String reason) {
        requireApplied();
        this.status = Status.MEMBER;
        this.decidedBy = by;
        this.decidedAt = at;
        this.joinedOn = on;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    void refuse(long by, Instant at, String reason) {
        requireApplied();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "governance.decision.reasonRequired");
        }
        this.status = Status.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = reason.strip();
    }

    void leave(LocalDate on) {
        if (status != Status.MEMBER) {
            throw new StateConflict("governance.leave.notMember", "party " + getId() + " is " + status);
        }
        if (on.isBefore(joinedOn)) {
            throw new RuleViolation("leftOn", "governance.leave.beforeJoining", Days.of(joinedOn));
        }
        this.status = Status.LEFT;
        this.leftOn = on;
    }

    /** A party on that day: accepted, joined on or before it and not left before it. */
    public boolean isMemberOn(LocalDate day) {
        return joinedOn != null && !joinedOn.isAfter(day)
                && (status == Status.MEMBER || (status == Status.LEFT && leftOn != null && !leftOn.isBefore(day)));
    }

    public boolean isMember() {
        return status == Status.MEMBER;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getName() {
        return name;
    }

    public Status getStatus() {
        return status;
    }

    public Long getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

}
