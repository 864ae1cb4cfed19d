package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * That a person (for an NGO survey: an organisation, through its representative) answered
 * a survey: unique in the database, so a second answer, also one sent at the same moment,
 * is refused. It says nothing of what was answered.
 */
@Entity
@Table(name = "diagnosis_respondent")
public class Respondent extends SurveyRecord {

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(name = "organization_id", updatable = false)
    private Long organizationId;

    @Column(name = "answered_at", updatable = false)
    private Instant answeredAt;

    protected Respondent() {
    }

    Respondent(Survey survey, long userId, Long organizationId, Instant now) {
        super(survey);
        this.userId = userId;
        this.organizationId = organizationId;
        this.answeredAt = now;
    }

}
