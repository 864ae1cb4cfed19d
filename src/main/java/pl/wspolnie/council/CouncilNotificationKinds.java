package pl.wspolnie.council;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/** The mails of the council module, which a person may turn off. */
@Component
public class CouncilNotificationKinds implements NotificationKinds {

    /**
     * A council member: the council is asked for an opinion (the deadline runs from it).
     */
    public static final String OPINION_REQUESTED = "council.opinionRequested";

    /** An official of the JST: enough organisations asked for a council. */
    public static final String CREATION_REQUESTED = "council.creationRequested";

    @Override
    public List<String> kinds() {
        return List.of(OPINION_REQUESTED, CREATION_REQUESTED);
    }

}
