package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.audit.JstScoped;

import java.time.Instant;

/**
 * One person's response to a consultation's survey (at most one per person, a unique
 * constraint).
 */
@Entity
@Table(name = "consultation_survey_response")
public class SurveyResponse implements JstScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected SurveyResponse() {
    }

    SurveyResponse(Consultation c, long userId, Instant at) {
        this.consultationId = c.getId();
        this.jstId = c.getJstId();
        this.userId = userId;
        this.submittedAt = at;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

}
