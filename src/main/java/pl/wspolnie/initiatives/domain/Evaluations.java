package pl.wspolnie.initiatives.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The JST's evaluation of an application (art. 19c): the official's score sheet against
 * the weighted criteria of the council's resolution, then the decision with its reasons;
 * the applicants are told of the decision (after commit, {@link InitiativeMails}). Only
 * the officials of the application's JST.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Evaluations {

    /**
     * The sheet for the official's page: the application, its criteria and the sheet so
     * far.
     */
    public record Sheet(Initiative initiative, List<Criterion> criteria, Optional<ScoreSheet> scored) {
    }

    private final Initiatives initiatives;

    private final ScoreSheetRepository sheets;

    private final Resolutions resolutions;

    private final InitiativeAccess access;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    /**
     * The sheet of a submitted (or decided) application; 403 for anyone but the JST's
     * official.
     */
    @Transactional(readOnly = true)
    public Sheet sheet(long initiativeId) {
        Initiative i = initiatives.initiative(initiativeId);
        access.requireOfficial(i.getJstId());
        if (i.isDraft()) {
            throw new StateConflict("initiatives.score.draft", "initiative " + initiativeId);
        }
        Optional<ScoreSheet> scored = sheets.findByInitiativeId(initiativeId);
        List<Criterion> criteria = resolutions.of(i.getJstId()).map(InitiativeSettings::getCriteria).orElse(List.of());
        return new Sheet(i, criteria, scored);
    }

    /** The official scores the submitted application (again: the sheet is replaced). */
    public void score(long initiativeId, List<Integer> points) {
        Initiative i = initiatives.initiativeForUpdate(initiativeId);
        AuthenticatedUser official = access.requireOfficial(i.getJstId());
        if (i.getStatus() != InitiativeStatus.SUBMITTED) {
            throw new StateConflict("initiatives.decision.notSubmitted", "initiative " + initiativeId);
        }
        List<Criterion> criteria = resolutions.of(i.getJstId()).map(InitiativeSettings::getCriteria).orElse(List.of());
        List<ScoreLine> lines = ScoreSheet.lines(criteria, points);
        ScoreSheet sheet = sheets.findByInitiativeId(initiativeId).orElseGet(() -> new ScoreSheet(i));
        sheet.record(lines, official.userId(), clock.instant());
        sheets.save(sheet);
    }

    /** The official decides, with reasons, once the application is scored. */
    public void decide(long initiativeId, Boolean accept, String reason) {
        Initiative i = initiatives.initiativeForUpdate(initiativeId);
        AuthenticatedUser official = access.requireOfficial(i.getJstId());
        if (sheets.findByInitiativeId(initiativeId).isEmpty()) {
            throw new RuleViolation(null, "initiatives.decision.notScored");
        }
        String why = reason == null ? "" : reason.strip();
        if (accept == null) {
            throw new RuleViolation("accept", "initiatives.required");
        }
        if (why.isEmpty()) {
            throw new RuleViolation("reason", "initiatives.decision.reasonRequired");
        }
        if (why.length() > 4000) {
            throw new RuleViolation("reason", "initiatives.tooLong");
        }
        i.decide(accept, why, official.userId(), clock.instant());
        events.publishEvent(new InitiativeEvents.Decided(initiativeId));
    }

    /** The official marks an accepted initiative as carried out. */
    public void complete(long initiativeId) {
        Initiative i = initiatives.initiativeForUpdate(initiativeId);
        access.requireOfficial(i.getJstId());
        i.complete();
    }

    /** Demo data: the sheet and the decision, no permission check, nobody told. */
    public void seed(long initiativeId, List<Integer> points, boolean accept, String reason, long officialId) {
        Initiative i = initiatives.initiativeForUpdate(initiativeId);
        List<Criterion> criteria = resolutions.of(i.getJstId()).map(InitiativeSettings::getCriteria).orElse(List.of());
        ScoreSheet sheet = new ScoreSheet(i);
        sheet.record(ScoreSheet.lines(criteria, points), officialId, clock.instant());
        sheets.save(sheet);
        i.decide(accept, reason, officialId, clock.instant());
    }

}
