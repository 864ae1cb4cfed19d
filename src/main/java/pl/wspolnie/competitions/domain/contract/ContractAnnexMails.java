package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Notification;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells the parties of a contract about its annexes (after the commit, through
 * {@link Notifications}, kind {@link #KIND}): a proposal goes to the other side, who must
 * answer it; an acceptance or a refusal (with its reason) to both sides; a withdrawal to
 * the other side. Nobody is told of their own step.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractAnnexMails {

    /** An annex to a contract proposed, accepted or refused. */
    public static final String KIND = "competitions.contractAnnex";

    private final ContractAnnexRepository annexes;

    private final ContractRepository contracts;

    private final OfferRepository offers;

    private final ContractParties parties;

    private final Notifications notifications;

    @ApplicationModuleListener
    void on(ContractAnnexChanged event) {
        ContractAnnex annex = annexes.findById(event.annexId()).orElseThrow();
        Contract contract = contracts.findById(annex.getOfferId()).orElseThrow();
        Offer offer = offers.findById(annex.getOfferId()).orElseThrow();
        String link = notifications.link("/offers/" + offer.getId() + "/contract/annexes/" + annex.getId());
        Set<Long> people = new LinkedHashSet<>(parties.peopleOf(annex.getProposedSide().other(), contract, offer));
        Notification notice;
        if (annex.isOpen()) {
            people.remove(annex.getProposedBy());
            notice = Notification.of(KIND, "competitions.annex.mail.proposed")
                .subject(contract.getNumber())
                .body(offer.getTitle(), contract.getNumber(), annex.getJustification(), link);
        }
        else if (annex.isWithdrawn()) {
            people.remove(annex.getDecidedBy());
            notice = Notification.of(KIND, "competitions.annex.mail.withdrawn")
                .subject(contract.getNumber())
                .body(offer.getTitle(), contract.getNumber(), link);
        }
        else {
            people.addAll(parties.peopleOf(annex.getProposedSide(), contract, offer));
            people.remove(annex.getDecidedBy());
            notice = annex.isAccepted()
                    ? Notification.of(KIND, "competitions.annex.mail.accepted")
                        .subject(annex.getNumber(), contract.getNumber())
                        .body(offer.getTitle(), contract.getNumber(), annex.getNumber(), annex.getChecksum(), link)
                    : Notification.of(KIND, "competitions.annex.mail.refused")
                        .subject(contract.getNumber())
                        .body(offer.getTitle(), contract.getNumber(), annex.getRefusalReason(), link);
        }
        notifications.tellAll(people, notice);
    }

}
