package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.JstRecord;

/**
 * Something of one survey (a question, an invitation, a draft, that someone answered), in
 * the survey's JST, versioned; the survey is set once.
 */
@MappedSuperclass
public abstract class SurveyRecord extends JstRecord {

    @Column(name = "survey_id", updatable = false)
    private Long surveyId;

    @Version
    private long version;

    protected SurveyRecord() {
    }

    protected SurveyRecord(Survey survey) {
        super(survey.getJstId());
        this.surveyId = survey.getId();
    }

    public Long getSurveyId() {
        return surveyId;
    }

}
