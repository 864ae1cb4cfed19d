package pl.wspolnie.news.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.news.NewsNotificationKinds;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import java.util.Set;

/**
 * Tells the liaison officers of the item's JST (and of the JSTs above it, who moderate it
 * too) that an organisation's news item waits for them, and its author how they decided
 * (with the reason of a rejection). Runs after the action is committed.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NewsMails {

    private final NewsRepository news;

    private final Notifications notifications;

    private final Jsts jsts;

    private final Accounts accounts;

    @ApplicationModuleListener
    void on(NewsEvents.AwaitsModeration event) {
        news.findById(event.newsId()).filter(item -> item.getStatus() == NewsStatus.PENDING).ifPresent(item -> {
            notifications.tellAll(liaisonOfficers(item.getJstId()),
                    Notification.of(NewsNotificationKinds.AWAITS_MODERATION, "news.mail.awaitsModeration")
                        .subject(item.getTitle())
                        .body(item.getTitle(), notifications.link("/news/moderation")));
        });
    }

    @ApplicationModuleListener
    void on(NewsEvents.Moderated event) {
        news.findById(event.newsId()).ifPresent(item -> {
            if (item.getStatus() == NewsStatus.PUBLISHED) {
                notifications.tell(item.getAuthorId(),
                        Notification.of(NewsNotificationKinds.MODERATED, "news.mail.approved")
                            .subject(item.getTitle())
                            .body(item.getTitle(), notifications.link(item.path())));
            }
            else if (item.getStatus() == NewsStatus.REJECTED) {
                notifications.tell(item.getAuthorId(),
                        Notification.of(NewsNotificationKinds.MODERATED, "news.mail.rejected")
                            .subject(item.getTitle())
                            .body(item.getTitle(), item.getModerationReason(),
                                    notifications.link("/news/" + item.getId() + "/edit")));
            }
        });
    }

    /**
     * The people holding the liaison officer's role in the JST or in a JST above it (a
     * powiat's officer moderates its gminas).
     */
    private Set<Long> liaisonOfficers(long jstId) {
        return accounts.holdersOf(List.of(Role.LIAISON_OFFICER), jsts.selfAndAncestors(jstId));
    }

}
