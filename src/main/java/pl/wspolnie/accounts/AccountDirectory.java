package pl.wspolnie.accounts;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/** Search of accounts for the administration pages. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccountDirectory {

    private final UserAccounts users;

    public Page<AccountSummary> search(String query, int page, int size) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        return users.search(q, PageRequest.of(page, size, Sort.by("displayName", "id"))).map(AccountSummary::of);
    }

    public Optional<AccountSummary> find(long id) {
        return users.findById(id).map(AccountSummary::of);
    }

}
