package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.competitions.domain.announcement.Competition;
import pl.wspolnie.competitions.domain.announcement.CompetitionRepository;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.diagnosis.EmbeddedSurveys;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The evaluation of a contracted task with its beneficiaries (issue 19 point 3). When the
 * competition's announcement requires it, an official of the JST sets it up: its
 * questions are a diagnosis survey owned by the contract, copied from the template
 * {@value #TEMPLATE} and edited on the diagnosis builder's pages. Once the contract is
 * signed the organisation's representatives issue single-use answer codes and hand them
 * to the beneficiaries, who answer without an account, anonymously. Both parties see the
 * report (results vs planned from the final report, the beneficiaries' opinion, nothing
 * of fewer than 3 answers); the officials see a summary per competition. Anybody else
 * gets 403.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaskEvaluations {

    /** The kind of the owner references of the evaluations' surveys. */
    public static final String OWNER_KIND = "contract";

    /** The diagnosis template of the evaluation's default questions. */
    static final String TEMPLATE = "task-evaluation";

    /** At most this many codes at once. */
    public static final int MAX_CODES = 200;

    private static final Locale POLISH = Locale.forLanguageTag("pl");

    /** What the evaluation page of a contract shows to one of its parties. */
    public record View(ContractParties.Party party, Competition competition, TaskEvaluation evaluation,
            EmbeddedSurveys.Embedded survey, EmbeddedSurveys.Summary summary, List<ReportRules.Result> results,
            Report finalReport, boolean signed, boolean ended) {

        /** Whether the competition's announcement requires the evaluation. */
        public boolean required() {
            return competition != null && competition.isEvaluationRequired();
        }

    }

    /** A row of a competition's summary: one evaluated task. */
    public record Row(Contract contract, Offer offer, EmbeddedSurveys.Summary summary) {
    }

    /** A competition's summary of its tasks' evaluations (officials). */
    public record CompetitionSummary(Competition competition, List<Row> rows) {
    }

    private final ContractParties parties;

    private final TaskEvaluationRepository evaluations;

    private final ContractRepository contracts;

    private final OfferRepository offers;

    private final CompetitionRepository competitions;

    private final ReportRepository reportRows;

    private final Reports reports;

    private final EmbeddedSurveys surveys;

    private final Permissions permissions;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final Clock clock;

    /** The evaluation of the contract, for one of its parties (403 for others). */
    @Transactional(readOnly = true)
    public View view(long offerId) {
        ContractParties.Party party = parties.require(offerId);
        Competition competition = competitionOf(party.offer());
        TaskEvaluation evaluation = evaluations.findById(offerId).orElse(null);
        String ref = TaskEvaluation.ownerRef(offerId);
        EmbeddedSurveys.Embedded survey = evaluation == null ? null : surveys.of(ref).orElse(null);
        EmbeddedSurveys.Summary summary = survey == null ? null : surveys.summary(ref);
        Report finalReport = reportRows.findByOfferIdOrderById(offerId)
            .stream()
            .filter(r -> r.getKind() == Report.Kind.FINAL && r.getSubmittedAt() != null)
            .findFirst()
            .orElse(null);
        List<ReportRules.Result> results = finalReport == null ? List.of()
                : reports.open(finalReport.getId()).computed().results();
        LocalDate today = today();
        return new View(party, competition, evaluation, survey, summary, results, finalReport,
                !party.contract().getSignedOn().isAfter(today),
                evaluation != null && today.isAfter(evaluation.getEndsOn()));
    }

    /**
     * Sets up the evaluation (officials of the JST; once; only when the announcement
     * requires it): its survey from the template, open until {@code endsOn}.
     */
    public void setUp(long offerId, EvaluationForm form) {
        ContractParties.Party party = parties.requireOfficial(offerId);
        Competition competition = competitionOf(party.offer());
        if (competition == null || !competition.isEvaluationRequired()) {
            throw new StateConflict("competitions.taskEvaluation.notRequired");
        }
        if (evaluations.existsById(offerId)) {
            throw new StateConflict("competitions.taskEvaluation.exists");
        }
        if (form.getEndsOn() == null) {
            throw new RuleViolation("endsOn", "competitions.taskEvaluation.endsOn.required");
        }
        if (form.getEndsOn().isBefore(today())) {
            throw new RuleViolation("endsOn", "competitions.taskEvaluation.endsOn.past");
        }
        String title = messages.getMessage("competitions.taskEvaluation.surveyTitle",
                new Object[] { party.offer().getTitle() }, POLISH);
        long surveyId = surveys.create(TEMPLATE, party.contract().auditJstId(), TaskEvaluation.ownerRef(offerId),
                title.length() > 300 ? title.substring(0, 299) + "…" : title, party.userId(), form.getEndsOn());
        evaluations
            .save(new TaskEvaluation(party.contract(), surveyId, form.getEndsOn(), party.userId(), clock.instant()));
        events.publishEvent(new EvaluationSetUp(offerId));
    }

    /**
     * New single-use answer codes for the beneficiaries (the organisation's
     * representatives; once the evaluation is set up and the contract signed: 409
     * otherwise; until the evaluation's end). The codes are returned once: only their
     * hashes are kept.
     */
    public List<String> issueCodes(long offerId, EvaluationCodesForm form) {
        ContractParties.Party party = parties.requireContractor(offerId);
        TaskEvaluation evaluation = evaluations.findById(offerId)
            .orElseThrow(() -> new StateConflict("competitions.taskEvaluation.notSetUp"));
        if (party.contract().getSignedOn().isAfter(today())) {
            throw new StateConflict("competitions.taskEvaluation.notSigned");
        }
        if (form.getCount() == null || form.getCount() < 1 || form.getCount() > MAX_CODES) {
            throw new RuleViolation("count", "competitions.taskEvaluation.count.range", MAX_CODES);
        }
        if (today().isAfter(evaluation.getEndsOn())) {
            throw new StateConflict("competitions.taskEvaluation.ended");
        }
        return surveys.issueCodes(TaskEvaluation.ownerRef(offerId), form.getCount(), party.userId());
    }

    /**
     * The evaluated tasks of a competition, one row each (officials of its JST; 403 for
     * others).
     */
    @Transactional(readOnly = true)
    public CompetitionSummary summary(long competitionId) {
        Competition competition = competitions.findById(competitionId)
            .orElseThrow(() -> new NotFound("competition " + competitionId));
        permissions.require(competition.getJstId(), Role.OFFICIAL);
        List<Contract> evaluated = evaluations.contractsOf(competitionId);
        Map<Long, Offer> byId = offers.findAllById(evaluated.stream().map(Contract::getOfferId).toList())
            .stream()
            .collect(Collectors.toMap(Offer::getId, Function.identity()));
        return new CompetitionSummary(competition, evaluated.stream()
            .map(k -> new Row(k, byId.get(k.getOfferId()), surveys.summary(TaskEvaluation.ownerRef(k.getOfferId()))))
            .toList());
    }

    /**
     * The demo's evaluation of the contract of this offer, once: the competition requires
     * it, the official set it up today (open for 20 days) and {@code answers.size()}
     * beneficiaries answered through codes issued by the organisation's representative
     * (each answer by the questions' positions).
     */
    public void seed(long offerId, long officialId, long ngoUserId, List<Map<Integer, String>> answers) {
        if (evaluations.existsById(offerId)) {
            return;
        }
        Contract contract = contracts.findById(offerId).orElseThrow();
        Offer offer = offers.findById(offerId).orElseThrow();
        competitions.findById(offer.getCompetitionId()).orElseThrow().seedEvaluationRequired();
        LocalDate endsOn = today().plusDays(20);
        String ref = TaskEvaluation.ownerRef(offerId);
        long surveyId = surveys.create(TEMPLATE, contract.auditJstId(), ref, messages
            .getMessage("competitions.taskEvaluation.surveyTitle", new Object[] { offer.getTitle() }, POLISH),
                officialId, endsOn);
        evaluations.save(new TaskEvaluation(contract, surveyId, endsOn, officialId, clock.instant()));
        answers.forEach(a -> surveys.seedAnswer(ref, a, ngoUserId));
    }

    /** Whether the current person may edit the questions of the contract's evaluation. */
    @Transactional(readOnly = true)
    public boolean mayEditQuestions(long offerId) {
        return contracts.findById(offerId)
            .map(k -> permissions.currentUser().isPresent() && permissions.has(Role.OFFICIAL, k.auditJstId()))
            .orElse(false);
    }

    /** The offer's competition, or null for a small grant (it has no announcement). */
    private Competition competitionOf(Offer offer) {
        return offer.isSmallGrant() ? null : competitions.findById(offer.getCompetitionId()).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfig.WARSAW));
    }

}
