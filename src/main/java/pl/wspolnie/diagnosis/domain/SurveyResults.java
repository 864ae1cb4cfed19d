package pl.wspolnie.diagnosis.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a survey for its JST's editors: per question the number who answered,
 * counts and percentages of each option (or scale value), the numbers' minimum, mean and
 * maximum, the free texts; filtered by the respondents' group (area). An anonymous survey
 * shows no group, and no whole, of fewer than {@link #MIN_GROUP} respondents. Counted in
 * SQL, five statements a page; a question lists its first {@link #TEXTS_SHOWN} texts.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyResults {

    public static final int MIN_GROUP = 3;

    /** The free texts listed a question (the first ones); all are in the exports. */
    public static final int TEXTS_SHOWN = 100;

    public record OptionCount(String label, long count, double percent) {
    }

    public record NumberStats(long count, int min, int max, double mean) {
    }

    /**
     * A matrix's row (its statement: how many answered it, the count of each scale value,
     * the mean) or a rank order's option (how many ranked it, the count of each rank, the
     * mean rank, the first places).
     */
    public record RowResult(String label, long answered, List<OptionCount> values, double mean, long firstPlaces) {
    }

    /**
     * One question's results; rows only for a matrix (in order) and a rank order (best
     * mean rank first).
     */
    public record QuestionResult(Question question, long answered, List<OptionCount> options, NumberStats numbers,
            List<String> texts, List<RowResult> rows) {
    }

    /** An area with its number of respondents. */
    public record Area(long jstId, long respondents) {
    }

    public record ResultsPage(Survey survey, long respondents, boolean tooFew, Long area, List<Area> areas,
            List<QuestionResult> questions) {
    }

    private final Surveys surveys;

    private final JdbcClient jdbc;

    private Survey readable(long surveyId) {
        Survey survey = surveys.get(surveyId);
        if (!surveys.mayEdit(survey)) {
            throw new NotAllowed("not a reader of the results of survey " + surveyId);
        }
        return survey;
    }

    public ResultsPage results(long surveyId, Long area) {
        return results(readable(surveyId), area);
    }

    /**
     * The results of an embedded survey for its owner (who checked who may read them),
     * with the same anonymity rules.
     */
    public ResultsPage ownerResults(Survey survey) {
        return results(survey, null);
    }

    private ResultsPage results(Survey survey, Long area) {
        long surveyId = survey.getId();
        List<Area> areas = jdbc
            .sql("select area_jst_id, count(*) from diagnosis_response where survey_id = ? and area_jst_id is not null"
                    + " group by area_jst_id order by 2 desc")
            .param(surveyId)
            .query((rs, n) -> new Area(rs.getLong(1), rs.getLong(2)))
            .list()
            .stream()
            .filter(a -> !survey.isAnonymous() || a.respondents() >= MIN_GROUP)
            .toList();
        long respondents = area == null ? count(surveyId)
                : areas.stream().filter(a -> a.jstId() == area).mapToLong(Area::respondents).sum();
        boolean tooFew = survey.isAnonymous() && respondents < MIN_GROUP;
        List<Question> questions = surveys.questions(surveyId);
        if (tooFew) {
            return new ResultsPage(survey, respondents, true, area, areas, List.of());
        }
        // Aggregated in SQL over the survey's answers, four statements whatever the
        // number of questions and answers (SurveyResultsStatementCountTest,
        // SurveyResultsBenchmark).
        Map<Long, Long> answered = new HashMap<>();
        Map<Long, Map<Integer, Long>> options = new HashMap<>();
        Map<Long, NumberStats> numbers = new HashMap<>();
        jdbc.sql("select a.question_id, a.option_index, count(*), count(a.number_value), min(a.number_value),"
                + " max(a.number_value), avg(a.number_value)" + answers(area, " and kind not in ('MATRIX', 'RANK')")
                + " group by a.question_id, a.option_index")
            .param("survey", surveyId)
            .param("area", area)
            .query((rs, n) -> {
                long question = rs.getLong(1);
                int option = rs.getInt(2);
                if (!rs.wasNull()) {
                    options.computeIfAbsent(question, k -> new HashMap<>()).put(option, rs.getLong(3));
                }
                answered.merge(question, rs.getLong(3), Long::sum);
                if (rs.getLong(4) > 0) {
                    numbers.put(question, new NumberStats(rs.getLong(4), rs.getInt(5), rs.getInt(6), rs.getDouble(7)));
                }
                return null;
            })
            .list();
        // a question answered with several rows (multiple choice): its respondents once
        jdbc.sql("select a.question_id, count(distinct a.response_id)"
                + answers(area, " and kind not in ('SINGLE', 'SCALE', 'NUMBER', 'SHORT_TEXT', 'LONG_TEXT')")
                + " group by a.question_id")
            .param("survey", surveyId)
            .param("area", area)
            .query((rs, n) -> answered.put(rs.getLong(1), rs.getLong(2)))
            .list();
        // a matrix's rows and a rank order's options: the count of each value a row
        Map<Long, Map<Integer, Map<Integer, Long>>> rowValues = new HashMap<>();
        jdbc.sql("select a.question_id, a.option_index, a.number_value, count(*)"
                + answers(area, " and kind in ('MATRIX', 'RANK')")
                + " group by a.question_id, a.option_index, a.number_value")
            .param("survey", surveyId)
            .param("area", area)
            .query((rs, n) -> rowValues.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getInt(2), k -> new HashMap<>())
                .put(rs.getInt(3), rs.getLong(4)))
            .list();
        Map<Long, List<String>> texts = new HashMap<>();
        // Numbered in one pass over the survey's text answers (not "order by … limit" per
        // question: with few texts in a group, a plan walking the answers in response
        // order read every answer of the survey once per question).
        jdbc.sql("select question_id, text_value from (select a.question_id, a.text_value, a.response_id,"
                + " row_number() over (partition by a.question_id order by a.response_id) as n"
                + answers(area, " and kind in ('SHORT_TEXT', 'LONG_TEXT')")
                + " and a.text_value is not null) t where n <= :shown order by question_id, response_id")
            .param("survey", surveyId)
            .param("area", area)
            .param("shown", TEXTS_SHOWN)
            .query((rs, n) -> texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
            .list();
        List<QuestionResult> results = new ArrayList<>();
        for (Question q : questions) {
            long count = answered.getOrDefault(q.getId(), 0L);
            Map<Integer, Long> counted = options.getOrDefault(q.getId(), Map.of());
            List<OptionCount> rows = new ArrayList<>();
            if (q.getKind().hasOptions()) {
                List<String> labels = q.getOptions();
                for (int i = 0; i < labels.size(); i++) {
                    rows.add(option(labels.get(i), counted.getOrDefault(i, 0L), count));
                }
            }
            else if (q.getKind() == QuestionKind.SCALE) {
                for (int v = 1; v <= QuestionKind.SCALE_MAX; v++) {
                    rows.add(option(String.valueOf(v), counted.getOrDefault(v, 0L), count));
                }
            }
            results.add(new QuestionResult(q, count, rows, numbers.get(q.getId()),
                    texts.getOrDefault(q.getId(), List.of()), rows(q, rowValues.getOrDefault(q.getId(), Map.of()))));
        }
        return new ResultsPage(survey, respondents, false, area, areas, results);
    }

    /** A matrix's rows or a rank order's options from the counts of each value a row. */
    private static List<RowResult> rows(Question q, Map<Integer, Map<Integer, Long>> counted) {
        if (!q.getKind().hasRows()) {
            return List.of();
        }
        int values = q.getKind() == QuestionKind.MATRIX ? QuestionKind.SCALE_MAX : q.getOptions().size();
        List<RowResult> rows = new ArrayList<>();
        List<String> labels = q.getOptions();
        for (int i = 0; i < labels.size(); i++) {
            Map<Integer, Long> byValue = counted.getOrDefault(i, Map.of());
            long answered = byValue.values().stream().mapToLong(Long::longValue).sum();
            long sum = byValue.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
            List<OptionCount> counts = new ArrayList<>();
            for (int v = 1; v <= values; v++) {
                counts.add(option(String.valueOf(v), byValue.getOrDefault(v, 0L), answered));
            }
            rows.add(new RowResult(labels.get(i), answered, counts, answered == 0 ? 0 : (double) sum / answered,
                    byValue.getOrDefault(1, 0L)));
        }
        if (q.getKind() == QuestionKind.RANK) {
            rows.sort(Comparator.comparingDouble((RowResult r) -> r.answered() == 0 ? Double.MAX_VALUE : r.mean())
                .thenComparing(Comparator.comparingLong(RowResult::firstPlaces).reversed()));
        }
        return rows;
    }

    /**
     * The answers to the survey's questions (those matching {@code questions}, a
     * condition on diagnosis_question), of one area when one is chosen.
     */
    private static String answers(Long area, String questions) {
        String of = "a.question_id in (select id from diagnosis_question where survey_id = :survey" + questions + ")";
        return " from diagnosis_answer a where " + of
                + (area == null ? ""
                        : " and a.response_id in (select id from diagnosis_response where survey_id = :survey"
                                + " and area_jst_id = :area)");
    }

    private long count(long surveyId) {
        return jdbc.sql("select count(*) from diagnosis_response where survey_id = ?")
            .param(surveyId)
            .query(Long.class)
            .single();
    }

    private static OptionCount option(String label, long count, long of) {
        return new OptionCount(label, count, of == 0 ? 0 : 100.0 * count / of);
    }

    /**
     * The answers as rows, one fixed column per question in order (a multiple choice's
     * options joined with "; ", a question not shown left empty) — a matrix a column per
     * row (its value), a rank order a column per option (its rank) —, without who
     * answered.
     */
    public Export export(long surveyId) {
        Survey survey = readable(surveyId);
        List<Question> questions = surveys.questions(surveyId);
        long total = count(surveyId);
        if (survey.isAnonymous() && total < MIN_GROUP) {
            throw new StateConflict("diagnosis.results.tooFew");
        }
        Map<Long, Integer> column = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        for (Question q : questions) {
            column.put(q.getId(), columns.size());
            if (q.getKind().hasRows()) {
                for (int r = 0; r < q.getOptions().size(); r++) {
                    columns.add(new Column(q, r + 1, q.getOptions().get(r)));
                }
            }
            else {
                columns.add(new Column(q, null, null));
            }
        }
        Map<Long, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.getId(), q));
        Map<Long, String[]> rows = new LinkedHashMap<>();
        Map<Long, LocalDate> days = new HashMap<>();
        jdbc.sql("select id, submitted_on from diagnosis_response where survey_id = ? order by id")
            .param(surveyId)
            .query((rs, n) -> {
                rows.put(rs.getLong(1), new String[columns.size()]);
                days.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                return null;
            })
            .list();
        jdbc.sql("""
                select a.response_id, a.question_id, a.option_index, a.number_value, a.text_value
                from diagnosis_answer a join diagnosis_response r on r.id = a.response_id
                where r.survey_id = ? order by a.response_id, a.question_id, a.option_index""")
            .param(surveyId)
            .query((rs, n) -> {
                Question q = byId.get(rs.getLong(2));
                String[] row = rows.get(rs.getLong(1));
                if (q == null || row == null) {
                    return null;
                }
                int c = column.get(q.getId());
                String value;
                if (q.getKind().hasRows()) {
                    c += rs.getInt(3);
                    value = String.valueOf(rs.getInt(4));
                }
                else if (q.getKind().hasOptions()) {
                    int option = rs.getInt(3);
                    value = option < q.getOptions().size() ? q.getOptions().get(option) : String.valueOf(option);
                }
                else if (q.getKind() == QuestionKind.SCALE) {
                    value = String.valueOf(rs.getInt(3));
                }
                else if (q.getKind() == QuestionKind.NUMBER) {
                    value = String.valueOf(rs.getInt(4));
                }
                else {
                    value = rs.getString(5);
                }
                row[c] = row[c] == null ? value : row[c] + "; " + value;
                return null;
            })
            .list();
        List<List<Object>> table = new ArrayList<>();
        int number = 0;
        for (Map.Entry<Long, String[]> e : rows.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(++number);
            row.add(days.get(e.getKey()).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            for (String v : e.getValue()) {
                row.add(v);
            }
            table.add(row);
        }
        return new Export(survey, questions, table, columns);
    }

    /**
     * The exported rows (number, day, then the columns) and their questions.
     */
    public record Export(Survey survey, List<Question> questions, List<List<Object>> rows, List<Column> columns) {
    }

    /**
     * A column of the export: a question, or one row of a matrix (one option of a rank
     * order), numbered from 1, with its label.
     */
    public record Column(Question question, Integer row, String rowLabel) {

        /** The column's code: the question's position, then the row's number ("7.2"). */
        public String code() {
            return row == null ? String.valueOf(question.getPosition()) : question.getPosition() + "." + row;
        }

    }

}
