package pl.wspolnie.governance;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/** What partnership governance tells a person by mail. */
@Component
public class GovernanceNotificationKinds implements NotificationKinds {

    /**
     * To the person who applied for a party: the application was accepted or refused
     * (with the reasons).
     */
    public static final String APPLICATION_DECIDED = "governance.applicationDecided";

    /**
     * To those who decide on applications (the Council's members, or the coordinators
     * while there is no Council): a party applied to join.
     */
    public static final String APPLICATION_RECEIVED = "governance.applicationReceived";

    /** To a candidate: nominated to the Council by the Forum, asked to accept. */
    public static final String NOMINATED = "governance.nominated";

    /**
     * To the members of the Forum or the Council: a meeting was called (with an .ics
     * file).
     */
    public static final String MEETING_CALLED = "governance.meetingCalled";

    /**
     * To the members of the Council: a version of an agreement's document was put to
     * consultation.
     */
    public static final String DOCUMENT_CONSULTED = "governance.documentConsulted";

    @Override
    public List<String> kinds() {
        return List.of(APPLICATION_RECEIVED, APPLICATION_DECIDED, NOMINATED, MEETING_CALLED, DOCUMENT_CONSULTED);
    }

}
