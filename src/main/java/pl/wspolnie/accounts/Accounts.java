package pl.wspolnie.accounts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Read API of the accounts module for other modules. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final UserAccounts users;

    Accounts(UserAccounts users) {
        this.users = users;
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
