package pl.wspolnie.noticeboard;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * The personal notifications of the notice board: see
 * {@code noticeboard.domain.NoticeMails}.
 */
@Component
public class NoticeBoardNotificationKinds implements NotificationKinds {

    /**
     * To the liaison officer: an unverified organisation's notice waits for moderation.
     */
    public static final String AWAITS_MODERATION = "noticeboard.awaitsModeration";

    /** To the author: the liaison officer approved or rejected their notice. */
    public static final String MODERATED = "noticeboard.moderated";

    /** To the organisation's representatives (and the author): a volunteer answered. */
    public static final String VOLUNTEER_RESPONDED = "noticeboard.volunteerResponded";

    @Override
    public List<String> kinds() {
        return List.of(AWAITS_MODERATION, MODERATED, VOLUNTEER_RESPONDED);
    }

}
