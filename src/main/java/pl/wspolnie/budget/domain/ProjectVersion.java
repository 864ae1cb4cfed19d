package pl.wspolnie.budget.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import pl.wspolnie.shared.domain.JstRecord;
import pl.wspolnie.shared.text.Sha256;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A submitted version of a project: never changed (Hibernate treats it as immutable and a
 * database trigger refuses updates and deletes); a correction is the next version. Its
 * SHA-256 covers the content as published, so anyone can tell two versions apart.
 */
@Entity
@Immutable
@Table(name = "budget_project_version")
public class ProjectVersion extends JstRecord {

    @Column(name = "project_id")
    private Long projectId;

    private int number;

    @Column(name = "pool_id")
    private Long poolId;

    private String title;

    private String description;

    private String location;

    private String justification;

    @Column(name = "cost_lines")
    private String costLines;

    @Column(name = "cost_total")
    private BigDecimal costTotal;

    private String sha256;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected ProjectVersion() {
    }

    ProjectVersion(Project project, int number, Instant now) {
        super(project.auditJstId());
        this.projectId = project.getId();
        this.number = number;
        ProjectDetails d = project.details();
        this.poolId = d.poolId();
        this.title = d.title();
        this.description = d.description();
        this.location = d.location();
        this.justification = d.justification();
        this.costLines = CostLine.encode(d.costLines());
        this.costTotal = CostLine.total(d.costLines());
        this.submittedAt = now;
        this.sha256 = sha256(canonical());
    }

    /** The content the hash covers, field by field in a fixed order. */
    String canonical() {
        return "pool:" + poolId + "\ntitle:" + title + "\ndescription:" + description + "\nlocation:" + location
                + "\njustification:" + justification + "\ncosts:\n" + costLines + "total:" + Amounts.plain(costTotal);
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }

    public List<CostLine> costLines() {
        return CostLine.decode(costLines);
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getNumber() {
        return number;
    }

    public Long getPoolId() {
        return poolId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public String getJustification() {
        return justification;
    }

    public BigDecimal getCostTotal() {
        return costTotal;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

}
