package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;

import java.time.Clock;
import java.util.List;

/**
 * Administrators grant and revoke roles. A JST administrator manages roles in their own
 * JST; only a platform administrator manages other platform administrators. Every change
 * is audited by the audit module (the role assignment is an entity).
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoleAdministration {

    private final RoleAssignments roles;

    private final UserAccounts users;

    private final Permissions permissions;

    private final Jsts jsts;

    private final Clock clock;

    public void grant(long userId, Role role, Long jstId) {
        if (role == null || !Role.GRANTABLE.contains(role)) {
            throw new RuleViolation("role", "accounts.roles.roleInvalid");
        }
        requireManage(role, jstId);
        if (!role.isPlatformWide() && (jstId == null || !jsts.exists(jstId))) {
            throw new RuleViolation("jstId", "accounts.roles.jstRequired");
        }
        Long scope = role.isPlatformWide() ? null : jstId;
        if (users.findById(userId).isEmpty()) {
            throw new NotFound("user " + userId);
        }
        if (roles.findByUserIdAndRoleAndJstId(userId, role, scope).isPresent()
                || (scope == null && roles.existsByUserIdAndRoleAndJstIdIsNull(userId, role))) {
            throw new RuleViolation("role", "accounts.roles.alreadyHeld");
        }
        roles.save(new RoleAssignment(userId, role, scope, permissions.requireUser().userId(), clock.instant()));
    }

    public void revoke(long assignmentId) {
        RoleAssignment assignment = roles.findById(assignmentId)
            .orElseThrow(() -> new NotFound("role " + assignmentId));
        requireManage(assignment.getRole(), assignment.getJstId());
        if (assignment.getRole() == Role.PLATFORM_ADMIN
                && assignment.getUserId() == permissions.requireUser().userId()) {
            throw new RuleViolation(null, "accounts.roles.cannotRevokeOwnAdmin");
        }
        roles.delete(assignment);
    }

    @Transactional(readOnly = true)
    public List<RoleAssignment> rolesOf(long userId) {
        return roles.findByUserIdOrderByRoleAscJstIdAsc(userId);
    }

    /**
     * Whether the current user may open the administration of people and roles at all.
     */
    @Transactional(readOnly = true)
    public boolean mayAdministerRoles() {
        return permissions.isPlatformAdmin() || permissions.hasAnywhere(Role.JST_ADMIN);
    }

    private void requireManage(Role role, Long jstId) {
        if (permissions.isPlatformAdmin()) {
            return;
        }
        if (role.isPlatformWide() || jstId == null || !permissions.has(Role.JST_ADMIN, jstId)) {
            throw new NotAllowed("cannot manage role " + role + " in JST " + jstId);
        }
    }

}
