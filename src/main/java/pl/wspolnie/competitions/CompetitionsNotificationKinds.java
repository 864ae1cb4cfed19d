package pl.wspolnie.competitions;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.NotificationKinds;
import pl.wspolnie.competitions.domain.CompetitionNotices;
import pl.wspolnie.competitions.domain.contract.ContractAnnexMails;
import pl.wspolnie.competitions.domain.contract.ContractThreadMails;
import pl.wspolnie.competitions.domain.contract.TaskEvaluationMails;

import java.util.List;

/**
 * The notices the competitions module sends: the award to the offer's organisations,
 * offers ready for scoring to the commission, corrections requested, decisions on
 * reports, answers to requests for reasons, the final report reminder; and the receipt of
 * a submitted offer, which cannot be turned off.
 */
@Component
class CompetitionsNotificationKinds implements NotificationKinds {

    @Override
    public List<String> kinds() {
        return List.of(CompetitionNotices.AWARD, CompetitionNotices.SCORING, CompetitionNotices.CORRECTIONS,
                CompetitionNotices.REPORT_DECIDED, CompetitionNotices.REASON_ANSWERED,
                CompetitionNotices.REPORT_REMINDER, CompetitionNotices.SMALL_GRANT, ContractThreadMails.KIND,
                ContractAnnexMails.KIND, TaskEvaluationMails.KIND);
    }

    @Override
    public List<String> mandatoryKinds() {
        return List.of(CompetitionNotices.OFFER_RECEIPT);
    }

}
