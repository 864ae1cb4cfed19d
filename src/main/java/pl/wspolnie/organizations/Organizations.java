package pl.wspolnie.organizations;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.domain.MembershipRepository;
import pl.wspolnie.organizations.domain.Organization;
import pl.wspolnie.organizations.domain.OrganizationRepository;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read API of the organisations module for other modules (competitions,
 * consultations...).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Organizations {

    private final OrganizationRepository organizations;

    private final MembershipRepository memberships;

    public Optional<OrganizationSummary> find(long organizationId) {
        return organizations.findById(organizationId).map(Organization::summary);
    }

    /**
     * The registered data of an organisation (register number, address, e-mail), which
     * documents such as the offer print as the offeror's identification.
     */
    public Optional<OrganizationDetails> details(long organizationId) {
        return organizations.findById(organizationId).map(Organization::details);
    }

    /** Summaries of many organisations in one query. */
    public Map<Long, OrganizationSummary> findAll(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? Map.of()
                : organizations.summaries(organizationIds)
                    .stream()
                    .collect(Collectors.toMap(OrganizationSummary::id, Function.identity()));
    }

    /**
     * Ids of the organisations the person actively represents (confirmed, board member or
     * not).
     */
    public Set<Long> representedBy(long userId) {
        return Set.copyOf(memberships.activeOrganizationIds(userId));
    }

    /**
     * Ids of the active representatives of these organisations (for e-mails to an offer's
     * offerors).
     */
    public Set<Long> representativesOf(Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? Set.of() : Set.copyOf(memberships.activeUserIds(organizationIds));
    }

    /**
     * Which of these organisations act, by their statute, in the sphere of public benefit
     * (the sphere itself, one of its sub-spheres or the sphere it belongs to); one query.
     */
    public Set<Long> activeInSphere(Collection<Long> organizationIds, String sphereCode) {
        if (organizationIds.isEmpty() || sphereCode == null) {
            return Set.of();
        }
        return Set.copyOf(organizations.activeInSphere(organizationIds, sphereCode));
    }

    /** True when the person is an active representative of the organisation. */
    public boolean isRepresentative(long userId, long organizationId) {
        return memberships.isActive(organizationId, userId);
    }

    /**
     * True when the person is an active representative sitting on the organisation's
     * board.
     */
    public boolean isBoardMember(long userId, long organizationId) {
        return memberships.isActiveBoardMember(organizationId, userId);
    }

}
