package pl.wspolnie.organizations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import pl.wspolnie.organizations.MembershipEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Representation of organisations: a person asks to join an organisation, and one of its
 * active representatives or the liaison officer of its JST confirms or rejects the
 * request.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Memberships {

    /**
     * A representative or a request, with the person's name and e-mail (only for those
     * who manage the organisation).
     */
    public record Member(long membershipId, long userId, String displayName, String email, boolean boardMember,
            MembershipStatus status, String message, Instant requestedAt, Instant decidedAt) {
    }

    private final MembershipRepository memberships;

    private final OrganizationProfiles profiles;

    private final OrganizationAccess access;

    private final Permissions permissions;

    private final Accounts accounts;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    /**
     * The logged-in person asks to represent the organisation.
     * @throws RuleViolation when they already represent it or already asked
     */
    public long requestToJoin(long organizationId, boolean boardMember, String message) {
        AuthenticatedUser user = permissions.requireUser();
        Organization organization = profiles.get(organizationId);
        memberships
            .findOne(organizationId, user.userId(), EnumSet.of(MembershipStatus.PENDING, MembershipStatus.ACTIVE))
            .ifPresent(m -> {
                throw new RuleViolation(null, m.getStatus() == MembershipStatus.ACTIVE
                        ? "organizations.join.alreadyMember" : "organizations.join.alreadyPending");
            });
        String text = message == null || message.isBlank() ? null : message.strip();
        long id;
        try {
            id = memberships
                .saveAndFlush(Membership.request(organization, user.userId(), boardMember, text, clock.instant()))
                .getId();
        }
        catch (DataIntegrityViolationException e) { // the same request sent twice at once
            throw new RuleViolation(null, "organizations.join.alreadyPending");
        }
        events.publishEvent(
                new MembershipEvents.JoinRequested(organizationId, organization.getName(), id, user.userId()));
        return id;
    }

    /**
     * A pending request without a logged-in person: for demo data and tests only (see
     * OrganizationSeeding).
     */
    public long seedRequest(long organizationId, long userId, boolean boardMember, String message) {
        Organization organization = profiles.get(organizationId);
        return memberships
            .findOne(organizationId, userId, EnumSet.of(MembershipStatus.PENDING, MembershipStatus.ACTIVE))
            .map(Membership::getId)
            .orElseGet(() -> memberships
                .save(Membership.request(organization, userId, boardMember, message, clock.instant()))
                .getId());
    }

    public void confirm(long organizationId, long membershipId) {
        Membership membership = decidable(organizationId, membershipId);
        membership.confirm(permissions.requireUser().userId(), clock.instant());
        decided(membership, true);
    }

    public void reject(long organizationId, long membershipId) {
        Membership membership = decidable(organizationId, membershipId);
        membership.reject(permissions.requireUser().userId(), clock.instant());
        decided(membership, false);
    }

    private void decided(Membership membership, boolean accepted) {
        events.publishEvent(new MembershipEvents.JoinDecided(membership.getOrganization().getId(),
                membership.getOrganization().getName(), membership.getUserId(), accepted));
    }

    private Membership decidable(long organizationId, long membershipId) {
        Membership membership = memberships.findById(membershipId)
            .filter(m -> m.getOrganization().getId() == organizationId)
            .orElseThrow(() -> new NotFound("membership " + membershipId));
        access.requireManage(membership.getOrganization());
        return membership;
    }

    /** Active representatives, for those who manage the organisation. */
    @Transactional(readOnly = true)
    public List<Member> representatives(long organizationId) {
        return members(organizationId, MembershipStatus.ACTIVE);
    }

    /** Requests waiting for a decision, for those who manage the organisation. */
    @Transactional(readOnly = true)
    public List<Member> pending(long organizationId) {
        return members(organizationId, MembershipStatus.PENDING);
    }

    private List<Member> members(long organizationId, MembershipStatus status) {
        access.requireManage(profiles.get(organizationId));
        List<Membership> list = memberships.findByStatus(organizationId, status);
        Map<Long, AccountSummary> people = accounts.findAll(list.stream().map(Membership::getUserId).toList());
        return list.stream().map(m -> {
            AccountSummary a = people.get(m.getUserId());
            return new Member(m.getId(), m.getUserId(), a == null ? "" : a.displayName(), a == null ? "" : a.email(),
                    m.isBoardMember(), m.getStatus(), m.getMessage(), m.getRequestedAt(), m.getDecidedAt());
        }).toList();
    }

    /** Organisations the person actively represents, by name. */
    @Transactional(readOnly = true)
    public List<Membership> activeOf(long userId) {
        return memberships.findActiveOf(userId);
    }

}
