package pl.wspolnie.centre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;

/** A question of a training's application form; choices are kept one per line. */
@Entity
@Table(name = "centre_training_question")
public class TrainingQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "training_id", nullable = false, updatable = false)
    private Long trainingId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String options;

    @Column(nullable = false)
    private boolean required;

    @Version
    private long version;

    protected TrainingQuestion() {
    }

    TrainingQuestion(long trainingId, int position, QuestionKind kind, String label, List<String> options,
            boolean required) {
        this.trainingId = trainingId;
        this.position = position;
        this.kind = kind;
        this.label = label;
        this.options = String.join("\n", options);
        this.required = required;
    }

    public List<String> optionList() {
        return options.isBlank() ? List.of()
                : Arrays.stream(options.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The name of the form field that carries the answer. */
    public String fieldName() {
        return "q" + id;
    }

    public Long getId() {
        return id;
    }

    public Long getTrainingId() {
        return trainingId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public boolean isRequired() {
        return required;
    }

}
