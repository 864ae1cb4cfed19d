package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.List;

/**
 * A question of a survey, at a position (a sort key; gaps allowed). A condition names the
 * earlier question by its position, so a copied survey keeps its conditions.
 */
@Entity
@Table(name = "diagnosis_question")
public class Question extends SurveyRecord {

    private int position;

    private String section;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String text;

    private boolean required;

    private String options;

    @Column(name = "low_label")
    private String lowLabel;

    @Column(name = "high_label")
    private String highLabel;

    @Column(name = "min_value")
    private Integer minValue;

    @Column(name = "max_value")
    private Integer maxValue;

    @Column(name = "show_if_position")
    private Integer showIfPosition;

    @Column(name = "show_if_option")
    private Integer showIfOption;

    protected Question() {
    }

    Question(Survey survey, int position, QuestionDetails details) {
        super(survey);
        this.position = position;
        edit(details);
    }

    void edit(QuestionDetails d) {
        this.section = d.section() == null ? "" : d.section().strip();
        this.kind = d.kind();
        this.text = d.text().strip();
        this.required = d.required();
        this.options = d.kind().hasList() ? String.join("\n", d.options()) : null;
        this.lowLabel = d.kind().hasScale() ? blankToNull(d.lowLabel()) : null;
        this.highLabel = d.kind().hasScale() ? blankToNull(d.highLabel()) : null;
        this.minValue = d.kind() == QuestionKind.NUMBER ? d.minValue() : null;
        this.maxValue = d.kind() == QuestionKind.NUMBER ? d.maxValue() : null;
        this.showIfPosition = d.showIfPosition();
        this.showIfOption = d.showIfPosition() == null ? null : d.showIfOption();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public QuestionDetails details() {
        return new QuestionDetails(section, kind, text, required, getOptions(), lowLabel, highLabel, minValue, maxValue,
                showIfPosition, showIfOption);
    }

    public int getPosition() {
        return position;
    }

    public String getSection() {
        return section;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getOptions() {
        return options == null || options.isEmpty() ? List.of() : List.of(options.split("\n"));
    }

    /**
     * The heading of a scale value in a matrix's columns (answer form and results): the
     * value, with the low label at 1 and the high label at the top.
     */
    public String scaleHeading(int value) {
        if (value == 1 && lowLabel != null) {
            return value + " – " + lowLabel;
        }
        if (value == QuestionKind.SCALE_MAX && highLabel != null) {
            return value + " – " + highLabel;
        }
        return String.valueOf(value);
    }

    public String getLowLabel() {
        return lowLabel;
    }

    public String getHighLabel() {
        return highLabel;
    }

    public Integer getMinValue() {
        return minValue;
    }

    public Integer getMaxValue() {
        return maxValue;
    }

    public Integer getShowIfPosition() {
        return showIfPosition;
    }

    public Integer getShowIfOption() {
        return showIfOption;
    }

    public boolean isConditional() {
        return showIfPosition != null;
    }

}
