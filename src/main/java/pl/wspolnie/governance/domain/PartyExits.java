package pl.wspolnie.governance.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What follows a party's leaving, and who sits on the agreement's Council: the parts of
 * the agreement that depend on its parties (the Forum, the Council).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PartyExits {

    private final MandateRepository mandates;

    private final TermRepository terms;

    private final CouncilSeatRepository seats;

    /** The people holding a Council seat of the agreement on that day. */
    Set<Long> councilMembersOn(long agreementId, LocalDate day) {
        return terms.findByAgreementIdOrderByStartsOnDesc(agreementId)
            .stream()
            .filter(t -> t.includes(day))
            .flatMap(t -> seats.findByTermIdOrderByFromOnAscIdAsc(t.getId()).stream())
            .filter(s -> s.isHeldOn(day))
            .map(CouncilSeat::getUserId)
            .collect(Collectors.toSet());
    }

    /**
     * Ends what the party held in the agreement on the day it left: its Forum mandates
     * and Council seats running past it (those not yet begun are dropped).
     */
    void partyLeft(Party party, LocalDate on) {
        for (Mandate m : mandates.findByPartyIdOrderByValidFromAsc(party.getId())) {
            if (m.getValidFrom().isAfter(on)) {
                mandates.delete(m);
            }
            else if (m.getValidTo() == null || m.getValidTo().isAfter(on)) {
                m.endOn(on);
            }
        }
        for (CouncilSeat s : seats.findByPartyId(party.getId())) {
            if (s.getFromOn().isAfter(on)) {
                seats.delete(s);
            }
            else if (s.getToOn() == null || s.getToOn().isAfter(on)) {
                s.endOn(on);
            }
        }
    }

}
