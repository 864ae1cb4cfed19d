package pl.wspolnie.competitions;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;
import pl.wspolnie.competitions.domain.CompetitionNotices;

import java.util.List;

/**
 * The notices the competitions module sends: the award to the offer's organisations, and
 * offers ready for scoring to the commission.
 */
@Component
class CompetitionsNotificationKinds implements NotificationKinds {

    @Override
    public List<String> kinds() {
        return List.of(CompetitionNotices.AWARD, CompetitionNotices.SCORING);
    }

}
