package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.competitions.domain.offer.Offer;
import pl.wspolnie.competitions.domain.offer.OfferRepository;
import pl.wspolnie.competitions.domain.offer.Offerors;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is a party to a recorded contract: the officials of the contract's JST and the
 * representatives of the offer's organisations. The one check behind the contract's
 * thread and controls; anybody else gets 403 (a visitor the login page).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractParties {

    /** A recorded contract, its offer and the side the current user speaks for. */
    public record Party(Contract contract, Offer offer, ContractSide side, long userId) {

        public boolean official() {
            return side == ContractSide.OFFICIAL;
        }

    }

    private final ContractRepository contracts;

    private final OfferRepository offers;

    private final Offerors offerors;

    private final Permissions permissions;

    private final Organizations organizations;

    private final Accounts accounts;

    /** The current user as a party of the contract of this offer, or 403/404. */
    public Party require(long offerId) {
        Contract contract = contracts.findById(offerId).orElseThrow(() -> new NotFound("contract " + offerId));
        Offer offer = offers.findById(offerId).orElseThrow(() -> new NotFound("offer " + offerId));
        long userId = permissions.requireUser().userId();
        if (permissions.has(Role.OFFICIAL, contract.auditJstId())) {
            return new Party(contract, offer, ContractSide.OFFICIAL, userId);
        }
        if (offerors.includeCurrentUser(offer)) {
            return new Party(contract, offer, ContractSide.CONTRACTOR, userId);
        }
        throw new NotAllowed("not a party of contract " + offerId);
    }

    /** Like {@link #require} and the user speaks for the JST. */
    public Party requireOfficial(long offerId) {
        Party party = require(offerId);
        if (!party.official()) {
            throw new NotAllowed("official of contract " + offerId + " only");
        }
        return party;
    }

    /** Like {@link #require} and the user speaks for the contractor. */
    public Party requireContractor(long offerId) {
        Party party = require(offerId);
        if (party.official()) {
            throw new NotAllowed("contractor of contract " + offerId + " only");
        }
        return party;
    }

    /** The people of one side of a contract (to be told by mail). */
    public Set<Long> peopleOf(ContractSide side, Contract contract, Offer offer) {
        if (side == ContractSide.OFFICIAL) {
            return accounts.holdersOf(List.of(Role.OFFICIAL), List.of(contract.auditJstId()));
        }
        return new LinkedHashSet<>(organizations.representativesOf(offer.getOrganizationIds()));
    }

}
