package pl.wspolnie.budget;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * What the participatory budget tells a person by mail: a gmina's coordinators that a
 * resident submitted a project (or a new version of it); an author that their project has
 * the support it needs; the authors of the projects on the ballot that voting has opened;
 * an author of each review result and appeal decision, the coordinators of an appeal; the
 * followers of a chosen project of a change in its implementation.
 */
@Component
public class BudgetNotificationKinds implements NotificationKinds {

    /** To the gmina's coordinators: a project (or its new version) was submitted. */
    public static final String PROJECT_SUBMITTED = "budget.projectSubmitted";

    /** To the author: the project reached the number of support signatures required. */
    public static final String SUPPORT_REACHED = "budget.supportReached";

    /** To the authors of the projects on the ballot: voting has opened. */
    public static final String VOTING_OPENED = "budget.votingOpened";

    /**
     * To the author: a review result (formal, merit, a conflict's decision) was given.
     */
    public static final String REVIEW_RESULT = "budget.reviewResult";

    /** To the gmina's coordinators: an author appealed against a negative result. */
    public static final String APPEAL_FILED = "budget.appealFiled";

    /** To the author: their appeal was decided. */
    public static final String APPEAL_DECIDED = "budget.appealDecided";

    /**
     * To the followers of a chosen project: its implementation's status or progress
     * changed, or a milestone was added.
     */
    public static final String IMPLEMENTATION_CHANGED = "budget.implementationChanged";

    @Override
    public List<String> kinds() {
        return List.of(PROJECT_SUBMITTED, SUPPORT_REACHED, VOTING_OPENED, REVIEW_RESULT, APPEAL_FILED, APPEAL_DECIDED,
                IMPLEMENTATION_CHANGED);
    }

}
