package pl.wspolnie.news;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/** The personal notifications of news: see {@code news.domain.NewsMails}. */
@Component
public class NewsNotificationKinds implements NotificationKinds {

    /** To the liaison officer: an organisation's news item waits for moderation. */
    public static final String AWAITS_MODERATION = "news.awaitsModeration";

    /** To the author: the liaison officer approved or rejected their item. */
    public static final String MODERATED = "news.moderated";

    @Override
    public List<String> kinds() {
        return List.of(AWAITS_MODERATION, MODERATED);
    }

}
