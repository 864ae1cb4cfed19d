package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.diagnosis.SurveyFindings;
import pl.wspolnie.diagnosis.SurveyFindings.Choice;
import pl.wspolnie.diagnosis.SurveyFindings.Findings;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;

import java.time.Clock;
import java.util.List;

/**
 * The centre's planned trainings, made by its staff from the results of a training-needs
 * survey of a JST the centre serves: each chosen topic becomes a planned training titled
 * with the topic, with the number of respondents who asked for it (counted again here,
 * never taken from the form) and the survey as its source. A topic already planned from
 * the same survey is not planned twice.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TrainingPlan {

    private final SurveyFindings findings;

    private final CentreRepository centres;

    private final PlannedTrainingRepository planned;

    private final CentreAccess access;

    private final Permissions permissions;

    private final Clock clock;

    /** The staff's centres, or 403 for anyone else. */
    @Transactional(readOnly = true)
    public List<Centre> staffedCentres() {
        permissions.requireUser();
        List<Centre> mine = centres.findAll().stream().filter(access::isStaff).toList();
        if (mine.isEmpty()) {
            throw new NotAllowed("not staff of any centre");
        }
        return mine;
    }

    @Transactional(readOnly = true)
    public List<PlannedTraining> planned() {
        return planned
            .findByCentreIdInOrderByCreatedAtDescDemandDesc(staffedCentres().stream().map(Centre::getId).toList());
    }

    /**
     * A planned training of the centre, for its staff (the new training's form takes its
     * topic); 404 when the centre has no such plan.
     */
    @Transactional(readOnly = true)
    public PlannedTraining plannedIn(long centreId, long plannedId) {
        Centre centre = centres.findById(centreId).orElseThrow(() -> new NotFound("centre " + centreId));
        access.requireStaff(centre);
        return planned.findById(plannedId)
            .filter(p -> p.getCentreId() == centreId)
            .orElseThrow(() -> new NotFound("planned training " + plannedId + " of centre " + centreId));
    }

    /**
     * Plans the chosen topics (option numbers of the survey's needs question) in the
     * staff member's centre serving the survey's JST; returns how many were added.
     */
    public int plan(long surveyId, List<Integer> options) {
        Findings survey = findings.of(surveyId, SurveyFindings.TRAINING_NEEDS)
            .orElseThrow(() -> new NotFound("training-needs results of survey " + surveyId));
        Centre centre = staffedCentres().stream()
            .filter(c -> c.staffJsts().contains(survey.jstId()))
            .findFirst()
            .orElseThrow(() -> new NotAllowed("no centre of the staff serves the JST of survey " + surveyId));
        AuthenticatedUser user = access.requireStaff(centre);
        if (options == null || options.isEmpty()) {
            throw new RuleViolation("option", "centre.plan.noneChosen");
        }
        int added = 0;
        for (Choice c : findings.chosen(survey, options)) {
            if (!planned.existsByCentreIdAndSourceSurveyIdAndTitle(centre.getId(), surveyId, c.label())) {
                planned.save(new PlannedTraining(centre.getId(), c.label(), (int) c.count(), surveyId, clock.instant(),
                        user.userId()));
                added++;
            }
        }
        return added;
    }

}
