package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import pl.wspolnie.shared.domain.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator of a diagnosis's set: how its value is found (computed from a measure of
 * the platform's records, a survey question, a declaration), its thresholds of the scores
 * 1–3, and the working group's agreed score with the justification when it differs from
 * the proposed one.
 */
@Entity
@Table(name = "lijw_indicator")
public class LijwIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "diagnosis_id", updatable = false)
    private long diagnosisId;

    @Column(updatable = false)
    private String code;

    private int plane;

    private int position;

    private String name;

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    private String measure;

    @Enumerated(EnumType.STRING)
    private Aggregate aggregate;

    private String unit = "";

    @Column(name = "threshold_1")
    private BigDecimal threshold1;

    @Column(name = "threshold_2")
    private BigDecimal threshold2;

    @Column(name = "threshold_3")
    private BigDecimal threshold3;

    @Column(name = "lower_is_better")
    private boolean lowerIsBetter;

    private boolean enabled = true;

    @Column(name = "survey_question_id")
    private Long surveyQuestionId;

    private Boolean declared;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Column(name = "agreed_score")
    private Integer agreedScore;

    private String justification;

    @Column(name = "reported_value")
    private BigDecimal reportedValue;

    @Column(name = "reported_records")
    private Integer reportedRecords;

    @Column(name = "proposed_score")
    private Integer proposedScore;

    @Version
    private long version;

    protected LijwIndicator() {
    }

    LijwIndicator(long diagnosisId, String code, int plane, int position, String name, IndicatorKind kind,
            String measure, Aggregate aggregate, String unit, BigDecimal[] thresholds, boolean lowerIsBetter) {
        this.diagnosisId = diagnosisId;
        this.code = code;
        this.plane = plane;
        this.position = position;
        this.name = name;
        this.kind = kind;
        this.measure = measure;
        this.aggregate = aggregate;
        this.unit = unit == null ? "" : unit;
        this.threshold1 = thresholds[0];
        this.threshold2 = thresholds[1];
        this.threshold3 = thresholds[2];
        this.lowerIsBetter = lowerIsBetter;
    }

    /**
     * A copy of this indicator (its definition, not its scores) into another diagnosis.
     */
    LijwIndicator copyInto(long otherDiagnosisId) {
        LijwIndicator copy = new LijwIndicator(otherDiagnosisId, code, plane, position, name, kind, measure, aggregate,
                unit, new BigDecimal[] { threshold1, threshold2, threshold3 }, lowerIsBetter);
        copy.enabled = enabled;
        return copy;
    }

    void edit(IndicatorDetails d) {
        check(d, lowerIsBetter);
        this.name = d.name().strip();
        this.enabled = d.enabled();
        this.threshold1 = d.threshold1();
        this.threshold2 = d.threshold2();
        this.threshold3 = d.threshold3();
    }

    /** The rules of an indicator's details, all at once at their fields. */
    static void check(IndicatorDetails d, boolean lowerIsBetter) {
        List<RuleViolation> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(new RuleViolation("name", "diagnosis.lijw.nameNeeded"));
        }
        if (d.kind() != IndicatorKind.DECLARED) {
            BigDecimal[] t = { d.threshold1(), d.threshold2(), d.threshold3() };
            for (int i = 0; i < 3; i++) {
                if (t[i] == null) {
                    problems.add(new RuleViolation("threshold" + (i + 1), "diagnosis.lijw.thresholdNeeded"));
                }
            }
            for (int i = 1; i < 3; i++) {
                if (t[i] != null && t[i - 1] != null
                        && (lowerIsBetter ? t[i].compareTo(t[i - 1]) > 0 : t[i].compareTo(t[i - 1]) < 0)) {
                    problems.add(new RuleViolation("threshold" + (i + 1), lowerIsBetter
                            ? "diagnosis.lijw.thresholdsDescending" : "diagnosis.lijw.thresholdsAscending"));
                }
            }
        }
        RuleViolation.throwIfAny(problems);
    }

    /**
     * The score the thresholds give a value: one point for each threshold reached (at or
     * above it, or at or below it when lower is better); a declaration gives 3 for yes, 0
     * for no. Null when there is no value.
     */
    public Integer proposedScoreFor(BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (kind == IndicatorKind.DECLARED) {
            return value.signum() > 0 ? 3 : 0;
        }
        int score = 0;
        for (BigDecimal t : new BigDecimal[] { threshold1, threshold2, threshold3 }) {
            if (t != null && (lowerIsBetter ? value.compareTo(t) <= 0 : value.compareTo(t) >= 0)) {
                score++;
            }
        }
        return score;
    }

    /**
     * The working group's score; one different from the proposed score needs a
     * justification.
     */
    void score(int score, String justification, Integer proposed) {
        if (score < 0 || score > 3) {
            throw new RuleViolation("score", "diagnosis.lijw.scoreRange");
        }
        String why = justification == null ? "" : justification.strip();
        if (proposed != null && proposed != score && why.isEmpty()) {
            throw new RuleViolation("justification", "diagnosis.lijw.justificationNeeded", proposed);
        }
        this.agreedScore = score;
        this.justification = why.isEmpty() ? null : why;
    }

    void declare(boolean yes, String evidenceUrl) {
        String url = evidenceUrl == null ? "" : evidenceUrl.strip();
        if (yes && !url.matches("https?://\\S+")) {
            throw new RuleViolation("evidenceUrl", "diagnosis.lijw.evidenceNeeded");
        }
        this.declared = yes;
        this.evidenceUrl = url.isEmpty() ? null : url;
    }

    void chooseQuestion(Long questionId) {
        this.surveyQuestionId = questionId;
    }

    void report(BigDecimal value, int records, Integer proposed) {
        this.reportedValue = value;
        this.reportedRecords = records;
        this.proposedScore = proposed;
    }

    /** The definition that decides comparability between years. */
    String definition() {
        return String.join("|", code, "" + plane, name, kind.name(), String.valueOf(measure), String.valueOf(aggregate),
                String.valueOf(threshold1), String.valueOf(threshold2), String.valueOf(threshold3), "" + lowerIsBetter,
                "" + enabled);
    }

    public Long getId() {
        return id;
    }

    public long getDiagnosisId() {
        return diagnosisId;
    }

    public String getCode() {
        return code;
    }

    public int getPlane() {
        return plane;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public String getMeasure() {
        return measure;
    }

    public Aggregate getAggregate() {
        return aggregate;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getThreshold1() {
        return threshold1;
    }

    public BigDecimal getThreshold2() {
        return threshold2;
    }

    public BigDecimal getThreshold3() {
        return threshold3;
    }

    public boolean isLowerIsBetter() {
        return lowerIsBetter;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Long getSurveyQuestionId() {
        return surveyQuestionId;
    }

    public Boolean getDeclared() {
        return declared;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public Integer getAgreedScore() {
        return agreedScore;
    }

    public String getJustification() {
        return justification;
    }

    public BigDecimal getReportedValue() {
        return reportedValue;
    }

    public Integer getReportedRecords() {
        return reportedRecords;
    }

    public Integer getProposedScore() {
        return proposedScore;
    }

}
