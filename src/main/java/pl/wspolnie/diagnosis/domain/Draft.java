package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;

import java.time.Instant;

/**
 * What a person typed into a survey so far, to come back to; deleted when they submit.
 * The audit log records that a draft was saved, not what it says.
 */
@Entity
@Table(name = "diagnosis_draft")
public class Draft extends SurveyRecord {

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @AuditMasked
    private String fields;

    @Column(name = "saved_at")
    private Instant savedAt;

    protected Draft() {
    }

    Draft(Survey survey, long userId, Long organizationId, String fields, Instant now) {
        super(survey);
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

}
