package pl.wspolnie.consultations.domain;

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

import java.util.List;

/**
 * A question of a consultation's survey: single choice (options, one per line) or free
 * text.
 */
@Entity
@Table(name = "consultation_survey_question")
public class SurveyQuestion implements JstScoped {

    public enum Kind {

        SINGLE, TEXT

    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "consultation_id", updatable = false)
    private Long consultationId;

    @Column(name = "jst_id", updatable = false)
    private Long jstId;

    private int position;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String text;

    private String options;

    @Version
    private long version;

    protected SurveyQuestion() {
    }

    SurveyQuestion(Consultation c, int position, Kind kind, String text, List<String> options) {
        this.consultationId = c.getId();
        this.jstId = c.getJstId();
        this.position = position;
        this.kind = kind;
        this.text = text;
        this.options = kind == Kind.SINGLE ? String.join("\n", options) : null;
    }

    void edit(Kind kind, String text, List<String> options) {
        this.kind = kind;
        this.text = text;
        this.options = kind == Kind.SINGLE ? String.join("\n", options) : null;
    }

    @Override
    public Long auditJstId() {
        return jstId;
    }

    public Long getId() {
        return id;
    }

    public Long getConsultationId() {
        return consultationId;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : List.of(options.split("\n"));
    }

    public boolean isSingle() {
        return kind == Kind.SINGLE;
    }

}
