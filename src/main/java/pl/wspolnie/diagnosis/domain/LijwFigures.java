package pl.wspolnie.diagnosis.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.CooperationRecord;
import pl.wspolnie.shared.figures.CooperationRecordsSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The figures of a diagnosis's indicators: computed ones from the records the owning
 * modules list through {@link CooperationRecordsSource} for the calendar year, survey
 * ones from the chosen scale question's answers (the mean, shown only from 3 answers),
 * declared ones from the yes/no. Once the report is published, the stored figures
 * instead.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LijwFigures {

    /** Fewer answers than this are not shown (the survey's anonymity rule). */
    static final int MIN_ANSWERS = 3;

    private final ObjectProvider<CooperationRecordsSource> sources;

    private final JdbcClient jdbc;

    /** The figure of an indicator: stored when the diagnosis is published, else live. */
    public IndicatorFigure of(LijwDiagnosis diagnosis, LijwIndicator indicator) {
        if (diagnosis.isPublished()) {
            return stored(indicator);
        }
        return live(diagnosis, indicator);
    }

    IndicatorFigure live(LijwDiagnosis diagnosis, LijwIndicator indicator) {
        return switch (indicator.getKind()) {
            case COMPUTED -> computed(diagnosis, indicator);
            case SURVEY -> survey(indicator);
            case DECLARED -> declared(indicator);
        };
    }

    /**
     * Every module answering the measure lists its part of the records (grants from
     * competitions and the expenditure from the budget for 2.6), merged by their day.
     */
    private IndicatorFigure computed(LijwDiagnosis diagnosis, LijwIndicator indicator) {
        List<CooperationRecordsSource> answering = sources.orderedStream()
            .filter(s -> s.measures().contains(indicator.getMeasure()))
            .toList();
        if (answering.isEmpty()) {
            return none("diagnosis.lijw.reason.noSource");
        }
        List<CooperationRecord> records = answering.stream()
            .flatMap(s -> s.records(indicator.getMeasure(), diagnosis.getJstId(), diagnosis.getYear()).stream())
            .sorted(Comparator.comparing(CooperationRecord::day, Comparator.nullsLast(Comparator.naturalOrder())))
            .toList();
        BigDecimal value = indicator.getAggregate().of(records);
        if (value == null) {
            return new IndicatorFigure(null, records, null, indicator.getAggregate().reasonWithout(records));
        }
        return new IndicatorFigure(value, records, indicator.proposedScoreFor(value), null);
    }

    /** The measures some module answers, for a JST's own computed indicator. */
    public SortedSet<String> measures() {
        return sources.orderedStream()
            .flatMap(s -> s.measures().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    }

    private IndicatorFigure survey(LijwIndicator indicator) {
        if (indicator.getSurveyQuestionId() == null) {
            return none("diagnosis.lijw.reason.noQuestion");
        }
        List<CooperationRecord> records = jdbc
            .sql("select option_index, count(*) n from diagnosis_answer where question_id = ? "
                    + "and option_index is not null group by option_index order by option_index")
            .param(indicator.getSurveyQuestionId())
            .query((rs, n) -> new CooperationRecord(null, "" + rs.getInt(1), null, true,
                    BigDecimal.valueOf(rs.getLong(2))))
            .list();
        long answers = records.stream().mapToLong(r -> r.amount().longValue()).sum();
        if (answers < MIN_ANSWERS) {
            return new IndicatorFigure(null, List.of(), null, "diagnosis.lijw.reason.fewAnswers");
        }
        BigDecimal total = records.stream()
            .map(r -> r.amount().multiply(new BigDecimal(r.label())))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = total.divide(BigDecimal.valueOf(answers), 2, RoundingMode.HALF_UP);
        return new IndicatorFigure(mean, records, indicator.proposedScoreFor(mean), null);
    }

    private IndicatorFigure declared(LijwIndicator indicator) {
        if (indicator.getDeclared() == null) {
            return none("diagnosis.lijw.reason.notDeclared");
        }
        BigDecimal value = indicator.getDeclared() ? BigDecimal.ONE : BigDecimal.ZERO;
        List<CooperationRecord> records = List.of(new CooperationRecord(null, indicator.getDeclared() ? "TAK" : "NIE",
                indicator.getEvidenceUrl(), indicator.getDeclared(), null));
        return new IndicatorFigure(value, records, indicator.proposedScoreFor(value), null);
    }

    private IndicatorFigure stored(LijwIndicator indicator) {
        List<CooperationRecord> records = jdbc
            .sql("select day, label, path, counted, amount from lijw_evidence where indicator_id = ? order by position")
            .param(indicator.getId())
            .query((rs, n) -> new CooperationRecord(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                    rs.getBoolean(4), rs.getBigDecimal(5)))
            .list();
        return new IndicatorFigure(indicator.getReportedValue(), records, indicator.getProposedScore(),
                indicator.getReportedValue() == null ? "diagnosis.lijw.reason.notComputed" : null);
    }

    /** Stores the figure and its records with the indicator (at publication). */
    @Transactional
    public void store(LijwIndicator indicator, IndicatorFigure figure) {
        indicator.report(figure.value(), figure.records().size(), figure.proposed());
        int position = 0;
        for (CooperationRecord r : figure.records()) {
            jdbc.sql("insert into lijw_evidence (indicator_id, position, day, label, path, counted, amount) "
                    + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(indicator.getId(), position++, r.day(), r.label(), r.path(), r.counted(), r.amount())
                .update();
        }
    }

    private static IndicatorFigure none(String reason) {
        return new IndicatorFigure(null, List.of(), null, reason);
    }

}
