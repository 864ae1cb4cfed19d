package pl.wspolnie.budget.domain.review;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.budget.BudgetNotificationKinds;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import java.util.Set;

/**
 * Tells the author of each review result and appeal decision (with its reasons), and the
 * gmina's coordinators of an appeal filed. Runs after the action is committed, through
 * {@link Notifications}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReviewMails {

    private final Notifications notifications;

    private final Accounts accounts;

    private final Reviews reviews;

    private final ReviewRepository results;

    private final AppealRepository appeals;

    private final ConflictRepository conflicts;

    @ApplicationModuleListener
    void on(ReviewEvents.ResultGiven event) {
        Review review = results.findById(event.reviewId()).orElseThrow();
        ReviewedProject project = reviews.project(review.getProjectId());
        notifications.tell(project.authorId(),
                Notification
                    .of(BudgetNotificationKinds.REVIEW_RESULT,
                            "budget.mail.reviewResult." + review.getStage()
                                    + (review.isPositive() ? ".positive" : ".negative"))
                    .subject(project.title())
                    .body(project.title(), review.getJustification(), link(project)));
    }

    @ApplicationModuleListener
    void on(ReviewEvents.AppealFiled event) {
        Appeal appeal = appeals.findById(event.appealId()).orElseThrow();
        ReviewedProject project = reviews.project(appeal.getProjectId());
        Set<Long> coordinators = accounts.holdersOf(List.of(Role.OFFICIAL, Role.JST_ADMIN), List.of(project.jstId()));
        notifications
            .tellAll(coordinators, Notification.of(BudgetNotificationKinds.APPEAL_FILED, "budget.mail.appealFiled")
                .subject(project.title())
                .body(project.title(), appeal.getReason(), notifications.link("/budget/appeals/" + appeal.getId())));
    }

    @ApplicationModuleListener
    void on(ReviewEvents.AppealDecided event) {
        Appeal appeal = appeals.findById(event.appealId()).orElseThrow();
        ReviewedProject project = reviews.project(appeal.getProjectId());
        notifications.tell(project.authorId(),
                Notification
                    .of(BudgetNotificationKinds.APPEAL_DECIDED,
                            "budget.mail.appealDecided."
                                    + (Boolean.TRUE.equals(appeal.getUpheld()) ? "upheld" : "dismissed"))
                    .subject(project.title())
                    .body(project.title(), appeal.getDecisionReasons(), link(project)));
    }

    @ApplicationModuleListener
    void on(ReviewEvents.ConflictDecided event) {
        Conflict conflict = conflicts.findById(event.conflictId()).orElseThrow();
        for (long projectId : conflict.getProjectIds()) {
            ReviewedProject project = reviews.project(projectId);
            notifications
                .tell(project.authorId(),
                        Notification
                            .of(BudgetNotificationKinds.REVIEW_RESULT,
                                    "budget.mail.conflictDecided."
                                            + (conflict.goesOn(projectId) ? "goesOn" : "leftOut"))
                            .subject(project.title())
                            .body(project.title(), conflict.getDecisionReasons(), link(project)));
        }
    }

    private String link(ReviewedProject project) {
        return notifications.link("/budget/projects/" + project.id());
    }

}
