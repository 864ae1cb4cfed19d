package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.shared.text.Formats;

/**
 * Tells the representatives of the offer's organisations that an official set up the
 * evaluation of their task with its beneficiaries (after the commit, through
 * {@link Notifications}, kind {@link #KIND}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TaskEvaluationMails {

    /** The evaluation of a contracted task was set up. */
    public static final String KIND = "competitions.evaluationSetUp";

    private final TaskEvaluationRepository evaluations;

    private final ContractRepository contracts;

    private final OfferRepository offers;

    private final ContractParties parties;

    private final Notifications notifications;

    private final Formats formats;

    @ApplicationModuleListener
    void on(EvaluationSetUp event) {
        TaskEvaluation evaluation = evaluations.findById(event.offerId()).orElseThrow();
        Contract contract = contracts.findById(event.offerId()).orElseThrow();
        Offer offer = offers.findById(event.offerId()).orElseThrow();
        notifications.tellAll(parties.peopleOf(ContractSide.CONTRACTOR, contract, offer),
                Notification.of(KIND, "competitions.taskEvaluation.mail")
                    .subject(contract.getNumber())
                    .body(offer.getTitle(), contract.getNumber(), formats.date(evaluation.getEndsOn()),
                            notifications.link("/offers/" + offer.getId() + "/evaluation")));
    }

}
