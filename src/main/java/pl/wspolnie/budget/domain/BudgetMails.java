package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.budget.BudgetNotificationKinds;
import pl.wspolnie.budget.domain.BudgetEvents.ProjectSubmitted;
import pl.wspolnie.budget.domain.BudgetEvents.SupportReached;
import pl.wspolnie.budget.domain.BudgetEvents.VotingOpened;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.text.Formats;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells the gmina's coordinators of a submitted project, the author that their project
 * has the support it needs, and the authors of the projects on the ballot that voting has
 * opened. Runs after the action is committed, through {@link Notifications} (a person may
 * turn each kind off).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BudgetMails {

    private final Notifications notifications;

    private final Accounts accounts;

    private final ProjectRepository projects;

    private final ProjectVersionRepository versions;

    private final EditionRepository editions;

    private final Formats fmt;

    @ApplicationModuleListener
    void on(ProjectSubmitted event) {
        Project project = projects.findById(event.projectId()).orElseThrow();
        Edition edition = editions.findById(project.getEditionId()).orElseThrow();
        String title = latestTitle(project);
        Set<Long> coordinators = accounts.holdersOf(List.of(Role.OFFICIAL, Role.JST_ADMIN),
                List.of(edition.getJstId()));
        notifications.tellAll(coordinators,
                Notification.of(BudgetNotificationKinds.PROJECT_SUBMITTED, "budget.mail.projectSubmitted")
                    .subject(title)
                    .body(title, String.valueOf(event.version()), edition.getTitle(),
                            notifications.link("/budget/projects/" + project.getId())));
    }

    @ApplicationModuleListener
    void on(SupportReached event) {
        Project project = projects.findById(event.projectId()).orElseThrow();
        String title = latestTitle(project);
        notifications.tell(project.getAuthorId(),
                Notification.of(BudgetNotificationKinds.SUPPORT_REACHED, "budget.mail.supportReached")
                    .subject(title)
                    .body(title, notifications.link("/budget/projects/" + project.getId())));
    }

    @ApplicationModuleListener
    void on(VotingOpened event) {
        Edition edition = editions.findById(event.editionId()).orElseThrow();
        Set<Long> authors = new TreeSet<>(projects.authorsOnBallot(edition.getId()));
        notifications.tellAll(authors,
                Notification.of(BudgetNotificationKinds.VOTING_OPENED, "budget.mail.votingOpened")
                    .subject(edition.getTitle())
                    .body(edition.getTitle(), fmt.date(edition.getVotingFrom()), fmt.date(edition.getVotingTo()),
                            notifications.link("/budget/" + edition.getId() + "/vote"),
                            notifications.link("/budget/" + edition.getId() + "/projects")));
    }

    private String latestTitle(Project project) {
        return versions.findByProjectIdOrderByNumberDesc(project.getId())
            .stream()
            .findFirst()
            .map(ProjectVersion::getTitle)
            .orElse(project.getTitle());
    }

}
