package pl.wspolnie.diagnosis.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a survey for its JST's editors: per question the number who answered,
 * counts and percentages of each option (or scale value), the numbers' minimum, mean and
 * maximum, the free texts; filtered by the respondents' group (area). An anonymous survey
 * shows no group, and no whole, of fewer than {@link #MIN_GROUP} respondents. Counted in
 * SQL, four queries a page.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    public static final int MIN_GROUP = 3;

    public record OptionCount(String label, long count, double percent) {
    }

    public record NumberStats(long count, int min, int max, double mean) {
    }

    public record QuestionResult(Question question, long answered, List<OptionCount> options, NumberStats numbers,
            List<String> texts) {
    }

    /** An area with its number of respondents. */
    public record Area(long jstId, long respondents) {
    }

    public record ResultsPage(Survey survey, long respondents, boolean tooFew, Long area, List<Area> areas,
            List<QuestionResult> questions) {
    }

    private final Surveys surveys;

    private final JdbcClient jdbc;

    SurveyResults(Surveys surveys, JdbcClient jdbc) {
        this.surveys = surveys;
        this.jdbc = jdbc;
    }

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
        String where = " from diagnosis_answer a join diagnosis_response r on r.id = a.response_id"
                + " where r.survey_id = :survey and (cast(:area as bigint) is null or r.area_jst_id = :area)";
        Map<Long, Long> answered = new HashMap<>();
        jdbc.sql("select a.question_id, count(distinct a.response_id)" + where + " group by a.question_id")
            .param("survey", surveyId)
            .param("area", area)
            .query((rs, n) -> answered.put(rs.getLong(1), rs.getLong(2)))
            .list();
        Map<Long, Map<Integer, Long>> options = new HashMap<>();
        jdbc.sql("select a.question_id, a.option_index, count(*)" + where
                + " and a.option_index is not null group by a.question_id, a.option_index")
            .param("survey", surveyId)
            .param("area", area)
            .query((rs, n) -> options.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                .put(rs.getInt(2), rs.getLong(3)))
            .list();
        Map<Long, NumberStats> numbers = new HashMap<>();
        jdbc.sql("select a.question_id, count(*), min(a.number_value), max(a.number_value), avg(a.number_value)" + where
                + " and a.number_value is not null group by a.question_id")
            .param("survey", surveyId)
            .param("area", area)
            .query((rs, n) -> numbers.put(rs.getLong(1),
                    new NumberStats(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getDouble(5))))
            .list();
        Map<Long, List<String>> texts = new HashMap<>();
        jdbc.sql("select a.question_id, a.text_value" + where + " and a.text_value is not null order by a.response_id")
            .param("survey", surveyId)
            .param("area", area)
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
                    texts.getOrDefault(q.getId(), List.of())));
        }
        return new ResultsPage(survey, respondents, false, area, areas, results);
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
     * options joined with "; ", a question not shown left empty), without who answered.
     */
    public Export export(long surveyId) {
        Survey survey = readable(surveyId);
        List<Question> questions = surveys.questions(surveyId);
        long total = count(surveyId);
        if (survey.isAnonymous() && total < MIN_GROUP) {
            throw new StateConflict("diagnosis.results.tooFew");
        }
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            column.put(questions.get(i).getId(), i);
        }
        Map<Long, Question> byId = new HashMap<>();
        questions.forEach(q -> byId.put(q.getId(), q));
        Map<Long, String[]> rows = new LinkedHashMap<>();
        Map<Long, LocalDate> days = new HashMap<>();
        jdbc.sql("select id, submitted_on from diagnosis_response where survey_id = ? order by id")
            .param(surveyId)
            .query((rs, n) -> {
                rows.put(rs.getLong(1), new String[questions.size()]);
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
                if (q.getKind().hasOptions()) {
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
        return new Export(survey, questions, table);
    }

    /**
     * The exported rows (number, day, then a column per question) and their questions.
     */
    public record Export(Survey survey, List<Question> questions, List<List<Object>> rows) {
    }

}
