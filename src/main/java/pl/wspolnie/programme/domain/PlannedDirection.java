package pl.wspolnie.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.domain.JstRecord;

import java.time.Instant;

/**
 * A planned direction of activity for a year, published by the JST (organizationId null)
 * or by an NGO.
 */
@Entity
@Table(name = "planned_direction")
public class PlannedDirection extends JstRecord {

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(name = "author_name")
    private String authorName;

    private int year;

    @Column(name = "sphere_code")
    private String sphereCode;

    private String description;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected PlannedDirection() {
    }

    PlannedDirection(long jstId, Long organizationId, String authorName, int year, String sphereCode,
            String description, Instant at) {
        super(jstId);
        this.organizationId = organizationId;
        this.authorName = authorName;
        this.year = year;
        this.sphereCode = sphereCode;
        this.description = description;
        this.createdAt = at;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public boolean isFromJst() {
        return organizationId == null;
    }

    public String getAuthorName() {
        return authorName;
    }

    public int getYear() {
        return year;
    }

    public String getSphereCode() {
        return sphereCode;
    }

    public String getDescription() {
        return description;
    }

}
