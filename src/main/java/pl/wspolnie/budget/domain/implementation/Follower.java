package pl.wspolnie.budget.domain.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/**
 * A person who follows a project's implementation and is told of each change of its
 * status or progress and of each new milestone (once per person and project: a unique
 * key).
 */
@Entity
@Table(name = "budget_follower")
public class Follower extends JstRecord {

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Follower() {
    }

    Follower(long jstId, long projectId, long userId, Instant now) {
        super(jstId);
        this.projectId = projectId;
        this.userId = userId;
        this.createdAt = now;
    }

    public Long getUserId() {
        return userId;
    }

}
