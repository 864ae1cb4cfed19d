package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * One resident's online support of a project: once per person and project (a unique key,
 * so concurrent doubles fail in the database). Only the count is ever shown.
 */
@Entity
@Table(name = "budget_support")
public class Support implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id")
    private Long jstId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Support() {
    }

    Support(Project project, long userId, Instant now) {
        this.jstId = project.auditJstId();
        this.projectId = project.getId();
        this.userId = userId;
        this.createdAt = now;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

}
