package pl.wspolnie.consultations;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;

import java.util.List;

/** The mails of the consultations module, which a person may turn off. */
@Component
public class ConsultationsNotificationKinds implements NotificationKinds {

    /** The author of a remark: the office answered it. */
    public static final String REMARK_ANSWERED = "consultations.remarkAnswered";

    /** The author of a remark: the consultation's report was published. */
    public static final String REPORT_PUBLISHED = "consultations.reportPublished";

    @Override
    public List<String> kinds() {
        return List.of(REMARK_ANSWERED, REPORT_PUBLISHED);
    }

}
