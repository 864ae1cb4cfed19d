package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Something about one project of an edition that also names the edition (a review's
 * result, an appeal, the implementation); the project is set once.
 */
@MappedSuperclass
public abstract class ProjectRecord extends EditionRecord {

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    protected ProjectRecord() {
    }

    protected ProjectRecord(long jstId, long editionId, long projectId) {
        super(jstId, editionId);
        this.projectId = projectId;
    }

    public Long getProjectId() {
        return projectId;
    }

}
