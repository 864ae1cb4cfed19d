package pl.wspolnie.diagnosis.domain;

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
 * That a person (for an NGO survey: an organisation, through its representative) answered
 * a survey: unique in the database, so a second answer, also one sent at the same moment,
 * is refused. It says nothing of what was answered.
 */
@Entity
@Table(name = "diagnosis_respondent")
public class Respondent implements JstScoped {

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

    @Column(name = "answered_at", updatable = false)
    private Instant answeredAt;

    @Version
    private long version;

    protected Respondent() {
    }

    Respondent(Survey survey, long userId, Long organizationId, Instant now) {
        this.surveyId = survey.getId();
        this.jstId = survey.getJstId();
        this.userId = userId;
        this.organizationId = organizationId;
        this.answeredAt = now;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

}
