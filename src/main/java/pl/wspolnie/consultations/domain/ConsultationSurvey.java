package pl.wspolnie.consultations.domain;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Arrays;

/**
 * The short survey of a consultation: the official adds single-choice and text questions
 * until the first response; participants (those who may remark) answer once each while
 * the consultation is open; the results go into the report.
 */
@Service
@Transactional
public class ConsultationSurvey {

    public static final int MAX_QUESTIONS = 20;

    public static final int MAX_OPTIONS = 10;

    public static final int MAX_TEXT = 2000;

    /**
     * Results of one question: option counts (single choice) or the texts typed (text
     * question).
     */
    public record QuestionResult(SurveyQuestion question, List<Long> counts, List<String> texts) {
    }

    public record Results(long responses, List<QuestionResult> questions) {
    }

    private final ConsultationWorkflow workflow;

    private final SurveyQuestionRepository questions;

    private final SurveyResponseRepository responses;

    private final SurveyAnswerRepository answers;

    private final Clock clock;

    ConsultationSurvey(ConsultationWorkflow workflow, SurveyQuestionRepository questions,
            SurveyResponseRepository responses, SurveyAnswerRepository answers, Clock clock) {
        this.workflow = workflow;
        this.questions = questions;
        this.responses = responses;
        this.answers = answers;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SurveyQuestion> questions(long consultationId) {
        return questions.findByConsultationIdOrderByPosition(consultationId);
    }

    @Transactional(readOnly = true)
    public long responseCount(long consultationId) {
        return responses.countByConsultationId(consultationId);
    }

    public long addQuestion(long consultationId, SurveyQuestion.Kind kind, String text, String optionLines) {
        Consultation c = workflow.get(consultationId);
        workflow.requireOfficial(c.getJstId());
        if (c.status(workflow.today()) == ConsultationStatus.CLOSED) {
            throw new RuleViolation(null, "consultations.closed");
        }
        if (responses.countByConsultationId(consultationId) > 0) {
            throw new RuleViolation(null, "consultations.survey.locked");
        }
        List<SurveyQuestion> existing = questions(consultationId);
        if (existing.size() >= MAX_QUESTIONS) {
            throw new RuleViolation(null, "consultations.survey.tooManyQuestions", MAX_QUESTIONS);
        }
        List<String> options = options(kind, optionLines);
        int position = existing.isEmpty() ? 1 : existing.get(existing.size() - 1).getPosition() + 1;
        return questions.save(new SurveyQuestion(c, position, kind, text.strip(), options)).getId();
    }

    private static List<String> options(SurveyQuestion.Kind kind, String optionLines) {
        List<String> options = new ArrayList<>();
        if (kind == SurveyQuestion.Kind.SINGLE) {
            for (String line : (optionLines == null ? "" : optionLines).split("\\R")) {
                if (!line.isBlank()) {
                    options.add(line.strip());
                }
            }
            if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                throw new RuleViolation("options", "consultations.survey.optionsCount", MAX_OPTIONS);
            }
            if (options.stream().anyMatch(o -> o.length() > 200)) {
                throw new RuleViolation("options", "consultations.survey.optionTooLong");
            }
        }
        return options;
    }

    /**
     * A question of the consultation for its official; 404 through another consultation.
     */
    @Transactional(readOnly = true)
    public SurveyQuestion question(long consultationId, long questionId) {
        Consultation c = workflow.get(consultationId);
        workflow.requireOfficial(c.getJstId());
        return questions.findById(questionId)
            .filter(q -> q.getConsultationId().equals(consultationId))
            .orElseThrow(() -> new NotFound("question " + questionId));
    }

    /**
     * Questions are corrected or removed only before the consultation starts (no one
     * could have answered): else 409.
     */
    private void requireNotStarted(long consultationId) {
        if (workflow.get(consultationId).status(workflow.today()) != ConsultationStatus.PLANNED
                || responses.countByConsultationId(consultationId) > 0) {
            throw new RuleViolation(null, "consultations.survey.started");
        }
    }

    public void editQuestion(long consultationId, long questionId, SurveyQuestion.Kind kind, String text,
            String optionLines) {
        SurveyQuestion q = question(consultationId, questionId);
        requireNotStarted(consultationId);
        q.edit(kind, text.strip(), options(kind, optionLines));
    }

    public void removeQuestion(long consultationId, long questionId) {
        SurveyQuestion q = question(consultationId, questionId);
        requireNotStarted(consultationId);
        questions.delete(q);
    }

    /** Whether the current user has already answered (false for a visitor). */
    @Transactional(readOnly = true)
    public boolean answered(long consultationId) {
        return workflow.currentUser()
            .map(u -> responses.existsByConsultationIdAndUserId(consultationId, u))
            .orElse(false);
    }

    /**
     * Saves the current user's response: question id → the chosen option's index (single
     * choice, required) or the text (optional). Returns the field errors by question id
     * (nothing is saved then); a second response, a closed period or a person who may not
     * take part are refused.
     */
    public Map<Long, String> respond(long consultationId, Map<Long, String> given) {
        long userId = workflow.currentUserId();
        Consultation c = workflow.get(consultationId);
        c.requireOpen(workflow.today());
        if (!workflow.mayTakePart(c)) {
            throw new NotAllowed("may not take part in consultation " + consultationId);
        }
        if (responses.existsByConsultationIdAndUserId(consultationId, userId)) {
            throw new RuleViolation(null, "consultations.survey.alreadyAnswered");
        }
        List<SurveyQuestion> qs = questions(consultationId);
        if (qs.isEmpty()) {
            throw new RuleViolation(null, "consultations.survey.none");
        }
        Map<Long, String> errors = new LinkedHashMap<>();
        Map<Long, Object> values = new LinkedHashMap<>();
        for (SurveyQuestion q : qs) {
            String value = given.getOrDefault(q.getId(), "");
            value = value == null ? "" : value.strip();
            if (q.isSingle()) {
                int choice = -1;
                try {
                    choice = Integer.parseInt(value);
                }
                catch (NumberFormatException e) {
                    // stays -1
                }
                if (choice < 0 || choice >= q.getOptions().size()) {
                    errors.put(q.getId(), "consultations.survey.choose");
                }
                else {
                    values.put(q.getId(), choice);
                }
            }
            else if (value.length() > MAX_TEXT) {
                errors.put(q.getId(), "consultations.survey.textTooLong");
            }
            else if (!value.isEmpty()) {
                values.put(q.getId(), value);
            }
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        SurveyResponse response;
        try {
            response = responses.saveAndFlush(new SurveyResponse(c, userId, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw new RuleViolation(null, "consultations.survey.alreadyAnswered");
        }
        values.forEach((questionId, v) -> answers.save(new SurveyAnswer(response.getId(), questionId,
                v instanceof Integer i ? i : null, v instanceof String s ? s : null)));
        return Map.of();
    }

    @Transactional(readOnly = true)
    public Results results(long consultationId) {
        List<SurveyQuestion> qs = questions(consultationId);
        if (qs.isEmpty()) {
            return new Results(0, List.of());
        }
        List<SurveyAnswer> all = answers.ofConsultation(consultationId);
        List<QuestionResult> out = new ArrayList<>();
        for (SurveyQuestion q : qs) {
            long[] counts = new long[q.getOptions().size()];
            List<String> texts = new ArrayList<>();
            for (SurveyAnswer a : all) {
                if (!a.getQuestionId().equals(q.getId())) {
                    continue;
                }
                if (a.getChoice() != null && a.getChoice() >= 0 && a.getChoice() < counts.length) {
                    counts[a.getChoice()]++;
                }
                else if (a.getText() != null) {
                    texts.add(a.getText());
                }
            }
            out.add(new QuestionResult(q, Arrays.stream(counts).boxed().toList(), texts));
        }
        return new Results(responses.countByConsultationId(consultationId), out);
    }

}
