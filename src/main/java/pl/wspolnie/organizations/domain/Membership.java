package pl.wspolnie.organizations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Instant;

/**
 * A person representing an organisation (przedstawiciel), on the board (członek zarządu)
 * or not. Created as a request that a representative or the liaison officer confirms or
 * rejects; the registrant of an organisation is active at once.
 */
@Entity
@Table(name = "organization_membership")
public class Membership implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    private Organization organization;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "board_member", nullable = false)
    private boolean boardMember;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipStatus status;

    private String message;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Version
    private long version;

    protected Membership() {
    }

    private Membership(Organization organization, long userId, boolean boardMember, MembershipStatus status,
            String message, Instant at) {
        this.organization = organization;
        this.userId = userId;
        this.boardMember = boardMember;
        this.status = status;
        this.message = message;
        this.requestedAt = at;
    }

    /** The person who registers an organisation represents it from the start. */
    static Membership founder(Organization organization, long userId, boolean boardMember, Instant at) {
        Membership m = new Membership(organization, userId, boardMember, MembershipStatus.ACTIVE, null, at);
        m.decidedAt = at;
        m.decidedBy = userId;
        return m;
    }

    static Membership request(Organization organization, long userId, boolean boardMember, String message, Instant at) {
        return new Membership(organization, userId, boardMember, MembershipStatus.PENDING, message, at);
    }

    void confirm(long by, Instant at) {
        decide(MembershipStatus.ACTIVE, by, at);
    }

    void reject(long by, Instant at) {
        decide(MembershipStatus.REJECTED, by, at);
    }

    private void decide(MembershipStatus outcome, long by, Instant at) {
        if (status != MembershipStatus.PENDING) {
            throw new RuleViolation(null, "organizations.members.alreadyDecided");
        }
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    @Override
    public Long auditJstId() {
        return organization.getGminaId();
    }

    public Long getId() {
        return id;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Long getUserId() {
        return userId;
    }

    public boolean isBoardMember() {
        return boardMember;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

}
