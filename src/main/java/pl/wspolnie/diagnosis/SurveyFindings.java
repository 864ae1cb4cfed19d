package pl.wspolnie.diagnosis;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.diagnosis.domain.Question;
import pl.wspolnie.diagnosis.domain.QuestionKind;
import pl.wspolnie.diagnosis.domain.Survey;
import pl.wspolnie.diagnosis.domain.SurveyResults;
import pl.wspolnie.diagnosis.domain.Surveys;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may take from a survey's results: the options of its needs question
 * with the number who chose each, most chosen first. The centre plans trainings from the
 * training-needs survey; the cooperation programme offers the NGO needs survey's needs to
 * the author of its draft. Counts only, never who answered; an anonymous survey with
 * fewer than {@link SurveyResults#MIN_GROUP} answers gives none.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SurveyFindings {

    /** The template of the training-needs survey (seeds 000 and 004). */
    public static final String TRAINING_NEEDS = "training-needs";

    /** The template of the survey of NGOs' needs and potential (seed 004). */
    public static final String NGO_NEEDS = "ngo-needs";

    /** The template's question whose options are the needs. */
    private static final Map<String, Integer> NEEDS_QUESTION = Map.of(TRAINING_NEEDS, 1, NGO_NEEDS, 8);

    /** An option of the needs question and how many chose it. */
    public record Choice(int option, String label, long count) {
    }

    /** A survey's needs question with its choices, most chosen first. */
    public record Findings(long surveyId, long jstId, String title, String question, long respondents,
            List<Choice> choices) {
    }

    private final Surveys surveys;

    private final JdbcClient jdbc;

    private final Permissions permissions;

    /**
     * The needs of a survey copied from the template, for a reader of its results (the
     * JST's officials and centre staff; 403 otherwise); empty if the survey is not a copy
     * of that template.
     */
    public Optional<Findings> of(long surveyId, String template) {
        Survey survey = surveys.get(surveyId);
        if (!surveys.mayEdit(survey)) {
            throw new NotAllowed("not a reader of the results of survey " + surveyId);
        }
        return template.equals(survey.getSourceTemplate()) ? findings(survey, template) : Optional.empty();
    }

    /**
     * The training-needs survey's topics for its results page when the reader is centre
     * staff of the survey's JST (who may plan trainings from them); else empty. The
     * survey is the one its results page already read.
     */
    public Optional<Findings> forTrainingPlan(Survey survey) {
        if (!TRAINING_NEEDS.equals(survey.getSourceTemplate()) || survey.getJstId() == null
                || !permissions.has(Role.CENTRE_STAFF, survey.getJstId())) {
            return Optional.empty();
        }
        return findings(survey, TRAINING_NEEDS);
    }

    /**
     * The needs of the JST's latest published survey copied from the template that anyone
     * answered (no permission check: the caller shows it to those who edit for the JST).
     */
    public Optional<Findings> latest(long jstId, String template) {
        return jdbc.sql("""
                select s.id from diagnosis_survey s
                where s.jst_id = ? and s.source_template = ? and s.published_at is not null
                  and exists (select 1 from diagnosis_response r where r.survey_id = s.id)
                order by s.published_at desc, s.id desc limit 1""")
            .params(jstId, template)
            .query(Long.class)
            .optional()
            .flatMap(id -> findings(surveys.get(id), template));
    }

    /**
     * The chosen options as the survey's readers see them, or a conflict when one is not
     * an option of the needs question.
     */
    public List<Choice> chosen(Findings findings, List<Integer> options) {
        List<Choice> chosen = findings.choices().stream().filter(c -> options.contains(c.option())).toList();
        if (chosen.size() != options.stream().distinct().count()) {
            throw new StateConflict("diagnosis.findings.unknownOption");
        }
        return chosen;
    }

    private Optional<Findings> findings(Survey survey, String template) {
        List<Question> questions = surveys.questions(survey.getId());
        String text = jdbc.sql("""
                select q.text from diagnosis_question q join diagnosis_survey t on t.id = q.survey_id
                where t.template_code = ? and q.position = ?""")
            .params(template, NEEDS_QUESTION.get(template))
            .query(String.class)
            .optional()
            .orElse("");
        Optional<Question> needs = questions.stream()
            .filter(q -> q.getKind().hasOptions() && q.getText().equals(text))
            .findFirst()
            .or(() -> questions.stream().filter(q -> q.getKind() == QuestionKind.MULTIPLE).findFirst());
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        Question question = needs.get();
        long respondents = jdbc.sql("select count(*) from diagnosis_response where survey_id = ?")
            .param(survey.getId())
            .query(Long.class)
            .single();
        if (survey.isAnonymous() && respondents < SurveyResults.MIN_GROUP) {
            return Optional.empty();
        }
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.sql("select option_index, count(*) from diagnosis_answer where question_id = ?"
                + " and option_index is not null group by option_index")
            .param(question.getId())
            .query((rs, n) -> counts.put(rs.getInt(1), rs.getLong(2)))
            .list();
        List<Choice> choices = new ArrayList<>();
        List<String> labels = question.getOptions();
        for (int i = 0; i < labels.size(); i++) {
            choices.add(new Choice(i, labels.get(i), counts.getOrDefault(i, 0L)));
        }
        choices.sort(Comparator.comparingLong(Choice::count).reversed().thenComparingInt(Choice::option));
        return Optional.of(new Findings(survey.getId(), survey.getJstId(), survey.getTitle(), question.getText(),
                respondents, choices));
    }

}
