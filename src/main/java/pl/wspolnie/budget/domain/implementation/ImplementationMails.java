package pl.wspolnie.budget.domain.implementation;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.budget.BudgetNotificationKinds;
import pl.wspolnie.budget.domain.Project;
import pl.wspolnie.budget.domain.ProjectVersion;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.shared.text.Formats;

import java.util.List;

/**
 * Tells the followers of a project's implementation of a change of its status or progress
 * and of a new milestone. Runs after the change is committed, through
 * {@link Notifications} (a person may turn the kind off).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImplementationMails {

    private final Notifications notifications;

    private final FollowerRepository followers;

    private final ImplementationRepository implementations;

    private final MilestoneRepository milestones;

    private final Projects projects;

    private final Formats fmt;

    @ApplicationModuleListener
    void on(ImplementationEvents.Changed event) {
        List<Long> people = followers.userIds(event.projectId());
        if (people.isEmpty()) {
            return;
        }
        Implementation implementation = implementations.findByProjectId(event.projectId()).orElseThrow();
        String title = title(event.projectId());
        String link = notifications.link("/budget/projects/" + event.projectId() + "#implementation");
        String progress = String.valueOf(implementation.getProgress());
        Notification notice = event.change() == Implementation.Change.STATUS
                ? Notification.of(BudgetNotificationKinds.IMPLEMENTATION_CHANGED, "budget.mail.implementationStatus")
                    .subject(title)
                    .body(title,
                            new DefaultMessageSourceResolvable(
                                    "budget.implementation.status." + implementation.getStatus()),
                            progress, link)
                : Notification.of(BudgetNotificationKinds.IMPLEMENTATION_CHANGED, "budget.mail.implementationProgress")
                    .subject(title)
                    .body(title, progress, link);
        notifications.tellAll(people, notice);
    }

    @ApplicationModuleListener
    void on(ImplementationEvents.MilestoneAdded event) {
        List<Long> people = followers.userIds(event.projectId());
        if (people.isEmpty()) {
            return;
        }
        Milestone milestone = milestones.findById(event.milestoneId()).orElseThrow();
        String title = title(event.projectId());
        notifications.tellAll(people,
                Notification.of(BudgetNotificationKinds.IMPLEMENTATION_CHANGED, "budget.mail.milestoneAdded")
                    .subject(title)
                    .body(title, milestone.getTitle(), fmt.date(milestone.getPlannedOn()),
                            notifications.link("/budget/projects/" + event.projectId() + "#implementation")));
    }

    private String title(long projectId) {
        Project project = projects.get(projectId);
        return projects.versions(projectId)
            .stream()
            .findFirst()
            .map(ProjectVersion::getTitle)
            .orElse(project.getTitle());
    }

}
