package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * What a person typed into a survey so far, to come back to; deleted when they submit.
 * The audit log records that a draft was saved, not what it says.
 */
@Entity
@Table(name = "diagnosis_draft")
public class Draft implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "survey_id", updatable = false)
    private Long surveyId;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @AuditMasked
    private String fields;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Version
    private long version;

    protected Draft() {
    }

    Draft(Survey survey, long userId, Long organizationId, String fields, Instant now) {
        this.surveyId = survey.getId();
        this.jstId = survey.getJstId();
        this.userId = userId;
        this.organizationId = organizationId;
        save(fields, now);
    }

    void save(String fields, Instant now) {
        this.fields = fields;
        this.savedAt = now;
    }

    String getFields() {
        return fields;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

}
