package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;
import pl.wspolnie.shared.domain.StateConflict;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A JST's LIJW diagnosis of one calendar year: its own copy of the indicator set, edited
 * while a draft, then frozen with a version (the same version as an earlier year whose
 * set was the same) and scored by the working group, then published with its figures
 * stored.
 */
@Entity
@Table(name = "lijw_diagnosis")
public class LijwDiagnosis implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "jst_id", updatable = false)
    private long jstId;

    @Column(updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    private LijwStatus status;

    @Column(name = "set_version")
    private Integer setVersion;

    @Column(name = "recommendations_1")
    private String recommendations1 = "";

    @Column(name = "recommendations_2")
    private String recommendations2 = "";

    @Column(name = "recommendations_3")
    private String recommendations3 = "";

    @Column(name = "index_1")
    private BigDecimal index1;

    @Column(name = "index_2")
    private BigDecimal index2;

    @Column(name = "index_3")
    private BigDecimal index3;

    @Column(name = "index_overall")
    private BigDecimal indexOverall;

    @Column(name = "opened_by", updatable = false)
    private long openedBy;

    @Column(name = "opened_at", updatable = false)
    private Instant openedAt;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected LijwDiagnosis() {
    }

    LijwDiagnosis(long jstId, int year, long openedBy, Instant now) {
        this.jstId = jstId;
        this.year = year;
        this.openedBy = openedBy;
        this.openedAt = now;
        this.status = LijwStatus.DRAFT;
    }

    /** The indicator set may change only before it is frozen. */
    public void requireDraft() {
        if (status != LijwStatus.DRAFT) {
            throw new StateConflict("diagnosis.lijw.setFrozen");
        }
    }

    /**
     * Scores, declarations and recommendations are recorded between freezing and
     * publishing.
     */
    public void requireScoring() {
        if (status != LijwStatus.FROZEN) {
            throw new StateConflict(
                    status == LijwStatus.DRAFT ? "diagnosis.lijw.notFrozen" : "diagnosis.lijw.published");
        }
    }

    void freeze(int setVersion, Instant now) {
        requireDraft();
        this.setVersion = setVersion;
        this.frozenAt = now;
        this.status = LijwStatus.FROZEN;
    }

    void recommend(String plane1, String plane2, String plane3) {
        requireScoring();
        this.recommendations1 = plane1 == null ? "" : plane1.strip();
        this.recommendations2 = plane2 == null ? "" : plane2.strip();
        this.recommendations3 = plane3 == null ? "" : plane3.strip();
    }

    void publish(BigDecimal[] planes, BigDecimal overall, Instant now) {
        requireScoring();
        this.index1 = planes[0];
        this.index2 = planes[1];
        this.index3 = planes[2];
        this.indexOverall = overall;
        this.publishedAt = now;
        this.status = LijwStatus.PUBLISHED;
    }

    public String recommendations(int plane) {
        return switch (plane) {
            case 1 -> recommendations1;
            case 2 -> recommendations2;
            default -> recommendations3;
        };
    }

    /** The stored index of a plane (1–3) or overall (0), null before publication. */
    public BigDecimal storedIndex(int plane) {
        return switch (plane) {
            case 0 -> indexOverall;
            case 1 -> index1;
            case 2 -> index2;
            default -> index3;
        };
    }

    public boolean isPublished() {
        return status == LijwStatus.PUBLISHED;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public long getJstId() {
        return jstId;
    }

    public int getYear() {
        return year;
    }

    public LijwStatus getStatus() {
        return status;
    }

    public Integer getSetVersion() {
        return setVersion;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

}
