package pl.wspolnie.diagnosis.domain;

import pl.wspolnie.shared.domain.NotFound;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.diagnosis.EmbeddedSurveyOwner;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answering a survey: who may (its audience), a draft to come back to, and the answer
 * itself, once a person or, for an NGO survey, once an organisation. The one-answer rule
 * is a unique row of {@link Respondent}; the answer is stored apart, without the person
 * when the survey is anonymous.
 */
@Service
@Transactional
public class Answering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What the answer page needs to know about the current person: the organisations they
     * may answer for (NGO surveys), whether they answered.
     */
    public record Standing(boolean eligible, List<OrganizationSummary> organizations, boolean answered) {
    }

    private final Surveys surveys;

    private final RespondentRepository respondents;

    private final DraftRepository drafts;

    private final Organizations organizations;

    private final Permissions permissions;

    private final InvitationRepository invitations;

    private final JdbcClient jdbc;

    private final Clock clock;

    Answering(Surveys surveys, RespondentRepository respondents, DraftRepository drafts, Organizations organizations,
            Permissions permissions, InvitationRepository invitations, JdbcClient jdbc, Clock clock) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.respondents = respondents;
        this.drafts = drafts;
        this.organizations = organizations;
        this.permissions = permissions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.WARSAW));
    }

    /** The survey as its audience sees it: published (else 404 unless its editor). */
    @Transactional(readOnly = true)
    public Survey visible(long id) {
        Survey survey = surveys.get(id);
        if (survey.isEmbedded() && !answeredByAccountsOfOwner(survey)
                || !survey.isPublished() && !surveys.mayEdit(survey)) {
            throw new NotFound("survey " + id);
        }
        return survey;
    }

    @Transactional(readOnly = true)
    public Standing standing(Survey survey, Long organizationId) {
        AuthenticatedUser user = permissions.requireUser();
        List<OrganizationSummary> orgs = survey.getAudience() == Audience.NGO
                ? organizations.findAll(organizations.representedBy(user.userId()))
                    .values()
                    .stream()
                    .sorted(Comparator.comparing(OrganizationSummary::name))
                    .toList()
                : List.of();
        boolean eligible = survey.isEmbedded() ? gate(survey) != EmbeddedSurveyOwner.Gate.NOT_IN_AUDIENCE
                : switch (survey.getAudience()) {
                    case NGO -> !orgs.isEmpty();
                    case RESIDENT -> true;
                    case OFFICIAL -> permissions.has(Role.OFFICIAL, survey.getJstId());
                };
        Long org = organizationFor(survey, organizationId, orgs);
        boolean answered = (survey.getAudience() != Audience.NGO || org != null)
                && respondents.answered(survey.getId(), user.userId(), org);
        return new Standing(eligible, orgs, answered);
    }

    /**
     * The owner's gate of a survey embedded in a record and answered by accounts: its
     * dates and audience are the record's.
     */
    private EmbeddedSurveyOwner.Gate gate(Survey survey) {
        return surveys.owner(survey).gate(survey.getOwnerRef());
    }

    private boolean answeredByAccountsOfOwner(Survey survey) {
        return survey.isEmbedded() && surveys.owner(survey).answeredByAccounts();
    }

    /**
     * Whether the survey takes answers today (for one answered by the accounts of a
     * record: by the record's dates).
     */
    @Transactional(readOnly = true)
    public boolean isOpen(Survey survey) {
        if (!answeredByAccountsOfOwner(survey)) {
            return survey.isOpenOn(today());
        }
        EmbeddedSurveyOwner.Gate gate = gate(survey);
        return gate == EmbeddedSurveyOwner.Gate.OPEN || gate == EmbeddedSurveyOwner.Gate.NOT_IN_AUDIENCE;
    }

    /** Whether the survey's time for answers is over (as {@link #isOpen}). */
    @Transactional(readOnly = true)
    public boolean hasEnded(Survey survey) {
        return answeredByAccountsOfOwner(survey) ? gate(survey) == EmbeddedSurveyOwner.Gate.ENDED
                : survey.hasEndedOn(today());
    }

    /** The organisation answered for: the chosen one, or the only one represented. */
    private static Long organizationFor(Survey survey, Long chosen, List<OrganizationSummary> orgs) {
        if (survey.getAudience() != Audience.NGO) {
            return null;
        }
        if (chosen != null) {
            return chosen;
        }
        return orgs.size() == 1 ? orgs.get(0).id() : null;
    }

    /** What the person saved as a draft (empty when none). */
    @Transactional(readOnly = true)
    public Map<String, String> draft(long surveyId, Long organizationId) {
        AuthenticatedUser user = permissions.requireUser();
        return drafts.find(surveyId, user.userId(), organizationId)
            .map(d -> JSON.readValue(d.getFields(), new TypeReference<Map<String, String>>() {
            }))
            .orElse(Map.of());
    }

    /** Saves what was typed so far, checked only for the survey being open. */
    public void saveDraft(long surveyId, Long organizationId, Map<String, String> fields) {
        Survey survey = visible(surveyId);
        long userId = requireMayAnswer(survey, organizationId);
        String json = JSON.writeValueAsString(fields);
        drafts.find(surveyId, userId, organizationId)
            .ifPresentOrElse(d -> d.save(json, clock.instant()),
                    () -> drafts.save(new Draft(survey, userId, organizationId, json, clock.instant())));
    }

    /**
     * Stores the answer: refused with every question's problem at its field, or as a
     * whole (the survey closed, already answered: also when two answers race, the
     * database's unique index refuses the second).
     */
    public void submit(long surveyId, Long organizationId, Map<String, String> fields) {
        Survey survey = visible(surveyId);
        long userId = requireMayAnswer(survey, organizationId);
        List<Question> questions = surveys.questions(surveyId);
        if (questions.isEmpty()) {
            throw new RuleViolation(null, "diagnosis.answer.noQuestions");
        }
        AnswerSheet sheet = AnswerSheet.read(questions, fields);
        RuleViolation.throwIfAny(sheet.problems());
        store(survey, userId, organizationId, sheet, area(survey, organizationId));
        drafts.find(surveyId, userId, organizationId).ifPresent(drafts::delete);
    }

    /**
     * Stores an answer of the demo data: no permission or date checks, the fields must be
     * valid.
     */
    public void seed(long surveyId, long userId, Long organizationId, Map<String, String> fields) {
        Survey survey = surveys.get(surveyId);
        AnswerSheet sheet = AnswerSheet.read(surveys.questions(surveyId), fields);
        RuleViolation.throwIfAny(sheet.problems());
        store(survey, userId, organizationId, sheet, area(survey, organizationId));
    }

    /**
     * The survey a personal link of an invitation leads to: 404 for a token nobody was
     * sent (or a survey no longer published), 409 for a link already used.
     */
    @Transactional(readOnly = true)
    public Survey invited(String rawToken) {
        return invitedSurvey(invitations.findOneByTokenHash(Invitation.hash(rawToken)));
    }

    private Survey invitedSurvey(Optional<Invitation> found) {
        Invitation invitation = found.orElseThrow(() -> new NotFound("invitation"));
        Survey survey = surveys.get(invitation.getSurveyId());
        if (!survey.isPublished()) {
            throw new NotFound("invitation");
        }
        if (invitation.isUsed()) {
            throw new StateConflict("diagnosis.invitation.used");
        }
        return survey;
    }

    /**
     * Stores the answer sent through a personal link, without a login: once (the
     * invitation is locked and marked used with the answer, so a second one, also sent at
     * the same moment, gets 409), while the survey is open. The answer of an anonymous
     * survey does not name the invitation.
     */
    public void submitInvited(String rawToken, Map<String, String> fields) {
        Invitation invitation = invitations.findByTokenHash(Invitation.hash(rawToken))
            .orElseThrow(() -> new NotFound("invitation"));
        Survey survey = invitedSurvey(Optional.of(invitation));
        requireOpen(survey);
        AnswerSheet sheet = AnswerSheet.read(surveys.questions(survey.getId()), fields);
        RuleViolation.throwIfAny(sheet.problems());
        invitation.use(clock.instant());
        insertResponse(survey, null, null, survey.isAnonymous() ? null : invitation.getId(), sheet, survey.getJstId());
    }

    private void requireOpen(Survey survey) {
        if (!survey.isOpenOn(today())) {
            throw new RuleViolation(null,
                    survey.hasEndedOn(today()) ? "diagnosis.answer.closed" : "diagnosis.answer.notOpen");
        }
    }

    private void requireOwnerGate(Survey survey) {
        switch (gate(survey)) {
            case NOT_OPEN_YET -> throw new RuleViolation(null, "diagnosis.answer.notOpen");
            case ENDED -> throw new RuleViolation(null, "diagnosis.answer.closed");
            case NOT_IN_AUDIENCE -> throw new NotAllowed("not a participant of " + survey.getOwnerRef());
            case OPEN -> {
            }
        }
    }

    private void store(Survey survey, long userId, Long organizationId, AnswerSheet sheet, Long area) {
        try {
            respondents.saveAndFlush(new Respondent(survey, userId, organizationId, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            throw new RuleViolation(null, "diagnosis.answer.already");
        }
        insertResponse(survey, survey.isAnonymous() ? null : userId, survey.isAnonymous() ? null : organizationId, null,
                sheet, area);
    }

    private void insertResponse(Survey survey, Long userId, Long organizationId, Long invitationId, AnswerSheet sheet,
            Long area) {
        long responseId = jdbc.sql("""
                insert into diagnosis_response (survey_id, user_id, organization_id, area_jst_id, submitted_on,
                    invitation_id)
                values (?, ?, ?, ?, ?, ?) returning id""")
            .params(survey.getId(), userId, organizationId, area, today(), invitationId)
            .query(Long.class)
            .single();
        for (AnswerSheet.Answer a : sheet.answers()) {
            jdbc.sql("""
                    insert into diagnosis_answer (response_id, question_id, option_index, number_value, text_value)
                    values (?, ?, ?, ?, ?)""")
                .params(responseId, a.questionId(), a.option(), a.number(), a.text())
                .update();
        }
    }

    /** The respondent's group: the organisation's gmina, else the survey's JST. */
    private Long area(Survey survey, Long organizationId) {
        if (organizationId != null) {
            return organizations.find(organizationId).map(OrganizationSummary::gminaId).orElse(survey.getJstId());
        }
        if (survey.getAudience() == Audience.RESIDENT && permissions.currentUser().isPresent()) {
            Set<Long> jsts = permissions.jstsWith(Role.RESIDENT);
            if (jsts.size() == 1 && !permissions.isPlatformAdmin()) {
                return jsts.iterator().next();
            }
        }
        return survey.getJstId();
    }

    /** The person's id when they may answer now, else a refusal. */
    private long requireMayAnswer(Survey survey, Long organizationId) {
        AuthenticatedUser user = permissions.requireUser();
        if (survey.isEmbedded()) {
            requireOwnerGate(survey);
        }
        else {
            requireOpen(survey);
        }
        switch (survey.isEmbedded() ? Audience.RESIDENT : survey.getAudience()) {
            case NGO -> {
                if (organizationId == null) {
                    throw new RuleViolation("organizationId", "diagnosis.answer.organizationNeeded");
                }
                if (!organizations.isRepresentative(user.userId(), organizationId)) {
                    throw new NotAllowed("not a representative of " + organizationId);
                }
            }
            case OFFICIAL -> permissions.require(survey.getJstId(), Role.OFFICIAL);
            case RESIDENT -> {
            }
        }
        if (respondents.answered(survey.getId(), user.userId(), organizationId)) {
            throw new RuleViolation(null, "diagnosis.answer.already");
        }
        return user.userId();
    }

}
