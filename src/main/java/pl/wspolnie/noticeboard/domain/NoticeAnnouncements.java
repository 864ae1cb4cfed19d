package pl.wspolnie.noticeboard.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.NoticeEntryPublished;

import java.time.Clock;

/**
 * Puts other modules' announcements on the notice board: each
 * {@link NoticeEntryPublished} creates or replaces the notice with its page as the link
 * (a funding notice of the JST, published at once, off the public list after its last
 * day).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeAnnouncements {

    private final NoticeRepository notices;

    private final Jsts jsts;

    private final Clock clock;

    @ApplicationModuleListener
    void on(NoticeEntryPublished event) {
        Notice notice = notices.findFirstByLinkOrderById(event.path())
            .orElseGet(() -> Notice.announcement(event.jstId(),
                    jsts.find(event.jstId()).map(JstSummary::name).orElse(null), event.authorId(), clock.instant()));
        notice.announce(event.title(), event.description(), event.path(), event.expiresOn());
        notices.save(notice);
    }

}
