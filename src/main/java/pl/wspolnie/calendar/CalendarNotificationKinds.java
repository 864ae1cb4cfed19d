package pl.wspolnie.calendar;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * The personal notifications of the calendar: see {@code calendar.domain.CalendarMails}.
 */
@Component
public class CalendarNotificationKinds implements NotificationKinds {

    /**
     * To the proposer and the organisation's representatives: the liaison officer or
     * centre staff approved or rejected (with the reason) the organisation's event.
     */
    public static final String EVENT_MODERATED = "calendar.eventModerated";

    @Override
    public List<String> kinds() {
        return List.of(EVENT_MODERATED);
    }

}
