package pl.wspolnie.diagnosis;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/**
 * What the diagnosis tells a person by mail: that they were named to the working group of
 * a JST's cooperation quality index (LIJW), and that the index's report was published
 * (the JST's officials and the group).
 */
@Component
public class DiagnosisNotificationKinds implements NotificationKinds {

    /** Named to the working group of a year's LIJW diagnosis. */
    public static final String LIJW_GROUP = "diagnosis.lijwGroup";

    /** The report of a year's LIJW was published. */
    public static final String LIJW_REPORT = "diagnosis.lijwReport";

    @Override
    public List<String> kinds() {
        return List.of(LIJW_GROUP, LIJW_REPORT);
    }

}
