package pl.wspolnie.diagnosis.domain;

import pl.wspolnie.diagnosis.EmbeddedSurveys;
import java.util.Arrays;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.diagnosis.EmbeddedSurveyOwner;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The survey builder: a JST's officials and centre staff create a survey or copy a
 * template, add, edit and remove questions, and publish it. Every change is refused once
 * someone answered (the survey is frozen then).
 */
@Service
@Transactional
public class Surveys {

    /**
     * The most options a rank order may have (ranking more is no longer a reliable
     * answer).
     */
    static final int RANK_MAX = 10;

    static final Role[] EDITORS = { Role.OFFICIAL, Role.CENTRE_STAFF };

    private final SurveyRepository surveys;

    private final QuestionRepository questions;

    private final RespondentRepository respondents;

    private final InvitationRepository invitations;

    private final Permissions permissions;

    private final Clock clock;

    private final ObjectProvider<EmbeddedSurveyOwner> owners;

    Surveys(SurveyRepository surveys, QuestionRepository questions, RespondentRepository respondents,
            InvitationRepository invitations, Permissions permissions, Clock clock,
            ObjectProvider<EmbeddedSurveyOwner> owners) {
        this.owners = owners;
        this.invitations = invitations;
        this.surveys = surveys;
        this.questions = questions;
        this.respondents = respondents;
        this.permissions = permissions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Survey get(long id) {
        return surveys.findById(id).orElseThrow(() -> new NotFound("survey " + id));
    }

    @Transactional(readOnly = true)
    public List<Question> questions(long surveyId) {
        return questions.findBySurveyIdOrderByPosition(surveyId);
    }

    @Transactional(readOnly = true)
    public boolean answered(long surveyId) {
        return respondents.existsBySurveyId(surveyId) || invitations.existsBySurveyIdAndUsedAtIsNotNull(surveyId);
    }

    /** The JSTs whose surveys the current person edits (empty for others). */
    @Transactional(readOnly = true)
    public Set<Long> editedJsts() {
        if (permissions.currentUser().isEmpty()) {
            return Set.of();
        }
        Set<Long> jsts = new LinkedHashSet<>();
        for (Role role : EDITORS) {
            jsts.addAll(permissions.jstsWith(role));
        }
        return jsts;
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(Survey survey) {
        if (survey.isEmbedded()) {
            return permissions.currentUser().isPresent() && owner(survey).mayEdit(survey.getOwnerRef());
        }
        return survey.getJstId() != null && permissions.currentUser().isPresent()
                && Arrays.stream(EDITORS).anyMatch(r -> permissions.has(r, survey.getJstId()));
    }

    /** The survey for its JST's editor, or 403. */
    @Transactional(readOnly = true)
    public Survey editable(long id) {
        Survey survey = get(id);
        if (!mayEdit(survey)) {
            throw new NotAllowed("not an editor of survey " + id);
        }
        return survey;
    }

    @Transactional(readOnly = true)
    public List<Survey> ofEditedJsts() {
        Set<Long> jsts = editedJsts();
        return jsts.isEmpty() ? List.of() : surveys.ofJsts(jsts);
    }

    @Transactional(readOnly = true)
    public List<Survey> templates() {
        return surveys.templates();
    }

    @Transactional(readOnly = true)
    public List<Survey> published() {
        return surveys.published();
    }

    public long create(long jstId, SurveyDetails details) {
        AuthenticatedUser user = permissions.requireUser();
        permissions.require(jstId, EDITORS);
        return surveys.save(new Survey(jstId, details, user.userId(), clock.instant())).getId();
    }

    public void edit(long id, SurveyDetails details) {
        Survey survey = editable(id);
        requireOwnDetails(survey);
        survey.requireEditable(answered(id));
        survey.edit(details);
    }

    /**
     * Copies a template (or any survey the person may see) into a new, editable survey of
     * the JST; returns its id.
     */
    public long copyTemplate(String templateCode, long jstId) {
        Survey template = surveys.findByTemplateCode(templateCode)
            .orElseThrow(() -> new NotFound("template " + templateCode));
        long id = create(jstId, template.details());
        copyQuestions(template, get(id));
        return id;
    }

    /**
     * The demo data's survey: a copy of the template for the JST, with its dates,
     * published. No permission checks.
     */
    public long seedFromTemplate(String templateCode, long jstId, long createdBy, LocalDate startsOn,
            LocalDate endsOn) {
        Survey template = surveys.findByTemplateCode(templateCode)
            .orElseThrow(() -> new NotFound("template " + templateCode));
        SurveyDetails d = template.details();
        Survey survey = surveys.save(new Survey(jstId,
                new SurveyDetails(d.title(), d.intro(), d.audience(), d.anonymous(), startsOn, endsOn), createdBy,
                clock.instant()));
        copyQuestions(template, survey);
        survey.publish(clock.instant());
        return survey.getId();
    }

    /**
     * A copy of the template owned by another module's record (see
     * {@link EmbeddedSurveys}), published and open from today to its end. No permission
     * checks: the owner checked them.
     */
    public Survey createOwned(String templateCode, long jstId, String ownerRef, String title, long createdBy,
            LocalDate startsOn, LocalDate endsOn) {
        Survey template = surveys.findByTemplateCode(templateCode)
            .orElseThrow(() -> new NotFound("template " + templateCode));
        SurveyDetails d = template.details();
        Survey survey = new Survey(jstId,
                new SurveyDetails(title, d.intro(), d.audience(), d.anonymous(), startsOn, endsOn), createdBy,
                clock.instant());
        survey.ownedBy(ownerRef);
        surveys.save(survey);
        copyQuestions(template, survey);
        survey.publish(clock.instant());
        return survey;
    }

    /**
     * A survey with no questions yet, owned by another module's record and answered by
     * logged-in accounts (once an account, not anonymous: the owner's participants), its
     * questions built on the builder's pages; published, with the record's dates. No
     * permission checks: the owner checked them.
     */
    public Survey createOwnedForAccounts(long jstId, String ownerRef, String title, long createdBy, LocalDate startsOn,
            LocalDate endsOn) {
        Survey survey = new Survey(jstId, new SurveyDetails(title, "", Audience.RESIDENT, false, startsOn, endsOn),
                createdBy, clock.instant());
        survey.ownedBy(ownerRef);
        surveys.save(survey);
        survey.publish(clock.instant());
        return survey;
    }

    /** A question of the demo data, appended without permission checks. */
    public void seedQuestion(Survey survey, QuestionDetails details) {
        int position = questions.lastPosition(survey.getId()) + 1;
        check(details, position, questions(survey.getId()));
        questions.save(new Question(survey, position, details));
    }

    @Transactional(readOnly = true)
    public Optional<Survey> ownedBy(String ownerRef) {
        return surveys.findByOwnerRef(ownerRef);
    }

    /** The page of the record owning an embedded survey (its "back" link). */
    @Transactional(readOnly = true)
    public String ownerPage(Survey survey) {
        return survey.isEmbedded() ? owner(survey).pagePath(survey.getOwnerRef()) : null;
    }

    EmbeddedSurveyOwner owner(Survey survey) {
        String kind = survey.getOwnerRef().substring(0, survey.getOwnerRef().indexOf(':'));
        return owners.orderedStream()
            .filter(o -> o.kind().equals(kind))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no owner of " + survey.getOwnerRef()));
    }

    /**
     * Refuses a change of an embedded survey's questions that its owner does not allow
     * now.
     */
    private void requireOwnerAllowsChange(Survey survey) {
        String refusal = survey.isEmbedded() ? owner(survey).editRefusal(survey.getOwnerRef()) : null;
        if (refusal != null) {
            throw new StateConflict(refusal);
        }
    }

    /**
     * An embedded survey's title, audience, anonymity and dates are its owner's: not
     * changed here.
     */
    private static void requireOwnDetails(Survey survey) {
        if (survey.isEmbedded()) {
            throw new StateConflict("diagnosis.survey.embedded");
        }
    }

    private void copyQuestions(Survey from, Survey to) {
        if (from.getTemplateCode() != null) {
            to.copiedFrom(from.getTemplateCode());
        }
        for (Question q : questions(from.getId())) {
            questions.save(new Question(to, q.getPosition(), q.details()));
        }
    }

    public long addQuestion(long surveyId, QuestionDetails details) {
        Survey survey = editable(surveyId);
        survey.requireEditable(answered(surveyId));
        requireOwnerAllowsChange(survey);
        int position = questions.lastPosition(surveyId) + 1;
        check(details, position, questions(surveyId));
        return questions.save(new Question(survey, position, details)).getId();
    }

    public void editQuestion(long surveyId, long questionId, QuestionDetails details) {
        Survey survey = editable(surveyId);
        survey.requireEditable(answered(surveyId));
        requireOwnerAllowsChange(survey);
        Question question = question(surveyId, questionId);
        check(details, question.getPosition(), questions(surveyId));
        question.edit(details);
    }

    public void removeQuestion(long surveyId, long questionId) {
        Survey survey = editable(surveyId);
        survey.requireEditable(answered(surveyId));
        requireOwnerAllowsChange(survey);
        Question question = question(surveyId, questionId);
        boolean referenced = questions(surveyId).stream()
            .anyMatch(q -> Integer.valueOf(question.getPosition()).equals(q.getShowIfPosition()));
        if (referenced) {
            throw new RuleViolation(null, "diagnosis.question.referenced");
        }
        questions.delete(question);
    }

    public void publish(long surveyId) {
        Survey survey = editable(surveyId);
        requireOwnDetails(survey);
        survey.requireEditable(answered(surveyId));
        if (questions(surveyId).isEmpty()) {
            throw new RuleViolation(null, "diagnosis.survey.noQuestions");
        }
        survey.publish(clock.instant());
    }

    @Transactional(readOnly = true)
    public Question question(long surveyId, long questionId) {
        return questions.findById(questionId)
            .filter(q -> q.getSurveyId() == surveyId)
            .orElseThrow(() -> new NotFound("question " + questionId));
    }

    /** The rules of one question, each at its field; all refusals at once. */
    static void check(QuestionDetails d, int position, List<Question> existing) {
        List<RuleViolation> problems = new ArrayList<>();
        if (d.kind().hasList() && d.options().size() < 2) {
            problems.add(new RuleViolation("options", d.kind().hasOptions() ? "diagnosis.question.optionsNeeded"
                    : "diagnosis.question.rowsNeeded." + d.kind().name()));
        }
        if (d.kind() == QuestionKind.RANK && d.options().size() > RANK_MAX) {
            problems.add(new RuleViolation("options", "diagnosis.question.rankTooMany", RANK_MAX));
        }
        if (d.kind() == QuestionKind.NUMBER && d.minValue() != null && d.maxValue() != null
                && d.minValue() > d.maxValue()) {
            problems.add(new RuleViolation("maxValue", "diagnosis.question.rangeOrder"));
        }
        if (d.showIfPosition() != null) {
            Question target = existing.stream()
                .filter(q -> q.getPosition() == d.showIfPosition() && q.getPosition() < position)
                .findFirst()
                .orElse(null);
            if (target != null && target.getKind().hasRows()) {
                problems.add(new RuleViolation("showIfPosition", "diagnosis.question.conditionOnRows",
                        target.getPosition()));
            }
            else if (target == null || target.getKind() != QuestionKind.SINGLE) {
                problems.add(new RuleViolation("showIfPosition", "diagnosis.question.conditionTarget"));
            }
            else if (d.showIfOption() == null || d.showIfOption() < 0
                    || d.showIfOption() >= target.getOptions().size()) {
                problems.add(new RuleViolation("showIfOption", "diagnosis.question.conditionOption"));
            }
        }
        RuleViolation.throwIfAny(problems);
    }

}
