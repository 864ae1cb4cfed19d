package pl.wspolnie.consultations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The answer to one question within a response: the chosen option's index, or the typed
 * text.
 */
@Entity
@Table(name = "consultation_survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", updatable = false)
    private Long responseId;

    @Column(name = "question_id", updatable = false)
    private Long questionId;

    private Integer choice;

    private String text;

    @Version
    private long version;

    protected SurveyAnswer() {
    }

    SurveyAnswer(long responseId, long questionId, Integer choice, String text) {
        this.responseId = responseId;
        this.questionId = questionId;
        this.choice = choice;
        this.text = text;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Integer getChoice() {
        return choice;
    }

    public String getText() {
        return text;
    }

}
