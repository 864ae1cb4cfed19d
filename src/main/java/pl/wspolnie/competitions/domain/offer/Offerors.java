package pl.wspolnie.competitions.domain.offer;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.security.Permissions;

import java.util.Set;

/**
 * Whether the current user speaks for an offer: a representative of its lead organisation
 * or of a co-offeror. The one check behind the offer, its contract and its reports.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Offerors {

    private final Permissions permissions;

    private final Organizations organizations;

    /**
     * True when the current user (if any) represents one of the offer's organisations.
     */
    public boolean includeCurrentUser(Offer offer) {
        return permissions.currentUser().map(u -> {
            Set<Long> mine = organizations.representedBy(u.userId());
            return offer.getOrganizationIds().stream().anyMatch(mine::contains);
        }).orElse(false);
    }

    /**
     * Refuses anyone but the offer's representatives (a visitor is asked to log in
     * first).
     */
    public void requireCurrentUser(Offer offer) {
        permissions.requireUser();
        if (!includeCurrentUser(offer)) {
            throw new NotAllowed("not an offeror of offer " + offer.getId());
        }
    }

}
