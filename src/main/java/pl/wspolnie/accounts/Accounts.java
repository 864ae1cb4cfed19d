package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.wspolnie.shared.security.Role;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read API of the accounts module for other modules. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Accounts {

    private final UserAccounts users;

    private final RoleAssignments roles;

    /** The people holding any of the roles in any of the JSTs, in one query. */
    public Set<Long> holdersOf(Collection<Role> anyOf, Collection<Long> jstIds) {
        if (anyOf.isEmpty() || jstIds.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(roles.holders(anyOf, jstIds));
    }

    public Optional<AccountSummary> find(long userId) {
        return users.findById(userId).map(AccountSummary::of);
    }

    public Optional<AccountSummary> findByEmail(String email) {
        return users.findByEmail(email).map(AccountSummary::of);
    }

    /** Summaries of many accounts in one query. */
    public Map<Long, AccountSummary> findAll(Collection<Long> ids) {
        return users.findAllById(ids)
            .stream()
            .map(AccountSummary::of)
            .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

}
