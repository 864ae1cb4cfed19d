package pl.wspolnie.organizations;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * What the organisations module tells a person by mail: a request to join an organisation
 * they represent, and the decision on their own request.
 */
@Component
public class OrganizationsNotificationKinds implements NotificationKinds {

    /** Someone asks to join an organisation the person represents. */
    public static final String JOIN_REQUESTED = "organizations.joinRequested";

    /** A representative accepted or declined the person's request to join. */
    public static final String JOIN_DECIDED = "organizations.joinDecided";

    @Override
    public List<String> kinds() {
        return List.of(JOIN_REQUESTED, JOIN_DECIDED);
    }

}
