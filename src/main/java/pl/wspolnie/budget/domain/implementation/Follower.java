package pl.wspolnie.budget.domain.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * A person who follows a project's implementation and is told of each change of its
 * status or progress and of each new milestone (once per person and project: a unique
 * key).
 */
@Entity
@Table(name = "budget_follower")
public class Follower implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "project_id", updatable = false)
    private Long projectId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected Follower() {
    }

    Follower(long jstId, long projectId, long userId, Instant now) {
        this.jstId = jstId;
        this.projectId = projectId;
        this.userId = userId;
        this.createdAt = now;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getUserId() {
        return userId;
    }

}
