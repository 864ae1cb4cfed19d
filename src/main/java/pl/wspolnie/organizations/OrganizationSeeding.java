package pl.wspolnie.organizations;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.domain.Memberships;
import pl.wspolnie.organizations.domain.Organization;
import pl.wspolnie.organizations.domain.OrganizationProfiles;
import pl.wspolnie.organizations.domain.OrganizationRepository;
import pl.wspolnie.shared.identifiers.PolishIdentifiers;

import java.util.Optional;

/**
 * System-side creation of organisations for the demo data and for tests, without a
 * logged-in person and without e-mails. Never reachable from a web request.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganizationSeeding {

    private final OrganizationProfiles profiles;

    private final OrganizationRepository organizations;

    private final Memberships memberships;

    /**
     * Returns the id of the organisation with this NIP (or KRS when it has no NIP),
     * creating it when missing.
     * @param representativeId a user who becomes its active representative, or null
     */
    public long ensure(OrganizationDetails details, Long representativeId, boolean boardMember, boolean verified) {
        Optional<Organization> existing = details.nip() != null
                ? organizations.findByNip(PolishIdentifiers.digits(details.nip())) : details.krs() != null
                        ? organizations.findByKrs(PolishIdentifiers.digits(details.krs())) : Optional.empty();
        return existing.map(Organization::getId)
            .orElseGet(() -> profiles.seed(details, representativeId, boardMember, verified));
    }

    /**
     * A request to join that waits for a decision (returns the existing open one when
     * there is one).
     */
    public long requestToJoin(long organizationId, long userId, boolean boardMember, String message) {
        return memberships.seedRequest(organizationId, userId, boardMember, message);
    }

}
