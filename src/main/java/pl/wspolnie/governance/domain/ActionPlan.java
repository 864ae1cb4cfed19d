package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agreement's actions under its goals: the coordinator or a Council member adds an
 * action with the member parties responsible for it, and records its status in a year.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActionPlan {

    private final Agreements agreements;

    private final AgreementActionRepository actions;

    private final PartyRepository parties;

    private final Clock clock;

    /**
     * Adds an action under the goal (its position in the agreement's goals); returns its
     * id.
     */
    public long add(long actor, long agreementId, int goal, String title, Set<Long> partyIds) {
        Agreement agreement = agreements.get(agreementId);
        agreements.requireEditor(actor, agreement);
        Set<Long> members = parties.findByAgreementIdOrderByJoinedOnAscNameAsc(agreementId)
            .stream()
            .filter(Party::isMember)
            .map(Party::getId)
            .collect(Collectors.toSet());
        if (!members.containsAll(partyIds)) {
            throw new RuleViolation("partyIds", "governance.action.notMember");
        }
        return actions.save(new AgreementAction(agreement, goal, title.strip(), partyIds, actor, clock.instant()))
            .getId();
    }

    /** Records the action's status in the year. */
    public void record(long actor, long agreementId, long actionId, int year, ActionYear.Status status, String note) {
        agreements.requireEditor(actor, agreements.get(agreementId));
        actions.findByIdAndAgreementId(actionId, agreementId)
            .orElseThrow(() -> new NotFound("action " + actionId))
            .record(year, status, note);
    }

}
