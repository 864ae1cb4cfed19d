package pl.wspolnie.initiatives.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/**
 * A resident in a group's application: invited by the lead, counted once they confirm by
 * logging in and accepting (the lead is accepted from the start).
 */
@Entity
@Table(name = "initiative_member")
public class InitiativeMember extends JstRecord {

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
        super(initiative.getJstId());
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
