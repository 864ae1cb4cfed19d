package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.security.Role;

import java.time.Clock;

/**
 * System-side account creation for the demo data and for tests: confirmed accounts with
 * roles, without e-mail round trips. Never reachable from a web request.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountProvisioning {

    private final UserAccounts users;

    private final RoleAssignments roles;

    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    /**
     * Returns the id of the account with this e-mail, creating it confirmed when missing.
     */
    public long ensureConfirmedUser(String email, String displayName, String rawPassword) {
        return users.findByEmail(email).map(UserAccount::getId).orElseGet(() -> {
            UserAccount user = new UserAccount(email, displayName, passwordEncoder.encode(rawPassword), "pl",
                    clock.instant());
            user.confirmEmail();
            return users.save(user).getId();
        });
    }

    public void ensureRole(long userId, Role role, Long jstId) {
        Long scope = role.isPlatformWide() ? null : jstId;
        boolean held = scope == null ? roles.existsByUserIdAndRoleAndJstIdIsNull(userId, role)
                : roles.findByUserIdAndRoleAndJstId(userId, role, scope).isPresent();
        if (!held) {
            roles.save(new RoleAssignment(userId, role, scope, null, clock.instant()));
        }
    }

}
