package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;

import java.util.Set;

/**
 * Tells the other side of a contract of a new message in its thread (after the commit,
 * through {@link Notifications}, kind {@link #KIND}): the officials of the JST when the
 * contractor wrote, the representatives of the offer's organisations when an official
 * did. The author is never told of their own message.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractThreadMails {

    /** A new message in a contract's thread. */
    public static final String KIND = "competitions.contractMessage";

    private final ContractMessageRepository messages;

    private final ContractRepository contracts;

    private final OfferRepository offers;

    private final ContractParties parties;

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(ContractMessagePosted event) {
        ContractMessage message = messages.findById(event.messageId()).orElseThrow();
        Contract contract = contracts.findById(message.getOfferId()).orElseThrow();
        Offer offer = offers.findById(message.getOfferId()).orElseThrow();
        Set<Long> people = parties.peopleOf(message.getAuthorSide().other(), contract, offer);
        people.remove(message.getAuthorId());
        notifications.tellAll(people,
                Notification.of(KIND, "competitions.thread.mail")
                    .subject(contract.getNumber())
                    .body(offer.getTitle(), contract.getNumber(), message.getBody(),
                            notifications.link("/offers/" + offer.getId() + "/contract/messages")));
    }

}
