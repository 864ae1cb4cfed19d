package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/**
 * One resident's online support of a project: once per person and project (a unique key,
 * so concurrent doubles fail in the database). Only the count is ever shown.
 */
@Entity
@Table(name = "budget_support")
public class Support extends JstRecord {

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Support() {
    }

    Support(Project project, long userId, Instant now) {
        super(project.auditJstId());
        this.projectId = project.getId();
        this.userId = userId;
        this.createdAt = now;
    }

}
