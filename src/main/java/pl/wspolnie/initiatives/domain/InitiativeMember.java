package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * A resident in a group's application: invited by the lead, counted once they confirm by
 * logging in and accepting (the lead is accepted from the start).
 */
@Entity
@Table(name = "initiative_member")
public class InitiativeMember implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", nullable = false, updatable = false)
    private Long jstId;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private Long initiativeId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "invited_at", nullable = false, updatable = false)
    private Instant invitedAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected InitiativeMember() {
    }

    InitiativeMember(Initiative initiative, long userId, Instant now, boolean accepted) {
        this.jstId = initiative.getJstId();
        this.initiativeId = initiative.getId();
        this.userId = userId;
        this.invitedAt = now;
        this.acceptedAt = accepted ? now : null;
    }

    void accept(Instant now) {
        if (acceptedAt == null) {
            acceptedAt = now;
        }
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

}
