package pl.wspolnie.budget;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * What the participatory budget tells a person by mail: a gmina's coordinators that a
 * resident submitted a project (or a new version of it); an author that their project has
 * the support it needs; the authors of the projects on the ballot that voting has opened;
 * the followers of a chosen project of a change in its implementation.
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
     * To the followers of a chosen project: its implementation's status or progress
     * changed, or a milestone was added.
     */
    public static final String IMPLEMENTATION_CHANGED = "budget.implementationChanged";

    @Override
    public List<String> kinds() {
        return List.of(PROJECT_SUBMITTED, SUPPORT_REACHED, VOTING_OPENED, IMPLEMENTATION_CHANGED);
    }

}
