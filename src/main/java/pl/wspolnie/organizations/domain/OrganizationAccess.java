package pl.wspolnie.organizations.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.stereotype.Component;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.Optional;

/**
 * Who may do what with an organisation, answered on the server for every request:
 * <ul>
 * <li>its active representatives edit it, change its logo and decide on requests to
 * join;</li>
 * <li>the NGO liaison officer (pełnomocnik) of its gmina, or of that gmina's powiat, may
 * do the same and also verifies it;</li>
 * <li>a platform administrator may do everything.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OrganizationAccess {

    private final Permissions permissions;

    private final Jsts jsts;

    private final MembershipRepository memberships;

    /**
     * Edit the profile, change the logo, decide on requests to join, see the
     * representatives.
     */
    public boolean mayManage(Organization organization) {
        Optional<AuthenticatedUser> user = permissions.currentUser();
        return user.isPresent()
                && (isLiaisonFor(organization) || isActiveRepresentative(user.get().userId(), organization.getId()));
    }

    /** Mark the organisation verified or unverified. */
    public boolean mayVerify(Organization organization) {
        return permissions.currentUser().isPresent() && isLiaisonFor(organization);
    }

    public void requireManage(Organization organization) {
        permissions.requireUser();
        if (!mayManage(organization)) {
            throw new NotAllowed("not a representative of organisation " + organization.getId());
        }
    }

    public void requireVerify(Organization organization) {
        permissions.requireUser();
        if (!mayVerify(organization)) {
            throw new NotAllowed("not the liaison officer of organisation " + organization.getId());
        }
    }

    /**
     * The liaison officer of the organisation's gmina or of its parent (the powiat); true
     * for platform administrators.
     */
    private boolean isLiaisonFor(Organization organization) {
        long gmina = organization.getGminaId();
        if (permissions.has(Role.LIAISON_OFFICER, gmina)) {
            return true;
        }
        if (permissions.jstsWith(Role.LIAISON_OFFICER).isEmpty()) {
            return false;
        }
        Long parent = jsts.find(gmina).map(JstSummary::parentId).orElse(null);
        return parent != null && permissions.has(Role.LIAISON_OFFICER, parent);
    }

    private boolean isActiveRepresentative(long userId, long organizationId) {
        return memberships.isActive(organizationId, userId);
    }

}
