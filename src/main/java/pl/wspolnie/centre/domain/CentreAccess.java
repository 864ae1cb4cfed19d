package pl.wspolnie.centre.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.stereotype.Component;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

/**
 * Who may do what in a centre: staff manage, representatives act only for the
 * organisations they represent.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CentreAccess {

    private final Permissions permissions;

    private final Organizations organizations;

    public boolean isStaff(Centre centre) {
        return permissions.currentUser().isPresent()
                && centre.staffJsts().stream().anyMatch(jst -> permissions.has(Role.CENTRE_STAFF, jst));
    }

    /** The staff member, or 403. */
    public AuthenticatedUser requireStaff(Centre centre) {
        AuthenticatedUser user = permissions.requireUser();
        if (!isStaff(centre)) {
            throw new NotAllowed("not staff of centre " + centre.getId());
        }
        return user;
    }

    /** The representative of the organisation, or 403. */
    public AuthenticatedUser requireRepresentative(long organizationId) {
        AuthenticatedUser user = permissions.requireUser();
        if (!organizations.isRepresentative(user.userId(), organizationId)) {
            throw new NotAllowed("not a representative of " + organizationId);
        }
        return user;
    }

}
