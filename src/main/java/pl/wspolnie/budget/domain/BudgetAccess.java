package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what in the participatory budget: the officials (and administrators) of a
 * gmina run its editions; a resident works only on their own projects.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetAccess {

    private static final Role[] COORDINATORS = { Role.OFFICIAL, Role.JST_ADMIN };

    private final Permissions permissions;

    private final Jsts jsts;

    /** True when the current person coordinates the budget of this JST. */
    public boolean isCoordinator(long jstId) {
        if (permissions.currentUser().isEmpty()) {
            return false;
        }
        for (Role role : COORDINATORS) {
            if (permissions.has(role, jstId)) {
                return true;
            }
        }
        return false;
    }

    /** The coordinator of the JST, or 403. */
    public AuthenticatedUser requireCoordinator(long jstId) {
        AuthenticatedUser user = permissions.requireUser();
        permissions.require(jstId, COORDINATORS);
        return user;
    }

    /** The gminas in which the current person may open an edition. */
    public List<JstSummary> gminasCoordinated() {
        if (permissions.currentUser().isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new HashSet<>();
        for (Role role : COORDINATORS) {
            ids.addAll(permissions.jstsWith(role));
        }
        return jsts.gminas()
            .stream()
            .filter(j -> ids.contains(j.id()) || permissions.isPlatformAdmin())
            .sorted(Comparator.comparing(JstSummary::name))
            .toList();
    }

    /** The author of the project, or 403 (a resident works only on their own drafts). */
    public AuthenticatedUser requireAuthor(Project project) {
        AuthenticatedUser user = permissions.requireUser();
        if (project.getAuthorId() != user.userId()) {
            throw new NotAllowed("not the author of budget project " + project.getId());
        }
        return user;
    }

    public boolean isGmina(long jstId) {
        return jsts.find(jstId).map(j -> j.type() == JstType.GMINA).orElse(false);
    }

}
