package pl.wspolnie.initiatives;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * What local initiatives tell a person by mail: a resident that they were invited to a
 * group's application; the JST's officials that an application (or its new version) was
 * submitted; the applicants of the JST's decision.
 */
@Component
public class InitiativesNotificationKinds implements NotificationKinds {

    /** To a resident: the lead of a group's application invited them. */
    public static final String INVITED = "initiatives.invited";

    /** To the JST's officials: an application or its new version was submitted. */
    public static final String SUBMITTED = "initiatives.submitted";

    /** To the applicants: the JST accepted or refused the application. */
    public static final String DECIDED = "initiatives.decided";

    @Override
    public List<String> kinds() {
        return List.of(INVITED, SUBMITTED, DECIDED);
    }

}
