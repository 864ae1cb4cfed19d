package pl.wspolnie.organizations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.organizations.domain.ReviewQueue;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * A liaison officer's work list of the directory: requests to represent an organisation
 * and organisations not yet verified, in their gminas (the two statements of
 * {@link ReviewQueue}), each linking to the review page.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OrganizationsAttention implements AttentionSource {

    private final ReviewQueue queue;

    private final Permissions permissions;

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        if (permissions.jstsWith(Role.LIAISON_OFFICER).isEmpty()) {
            return List.of();
        }
        ReviewQueue.Review review = queue.forCurrentUser();
        List<AttentionItem> items = new ArrayList<>();
        review.pending()
            .forEach(p -> items.add(new AttentionItem(Role.LIAISON_OFFICER, "attention.organizations.membership",
                    p.personName() + " – " + p.organizationName(), "/organizations/review", null, p.requestedAt())));
        review.unverified()
            .forEach(u -> items.add(new AttentionItem(Role.LIAISON_OFFICER, "attention.organizations.verify", u.name(),
                    "/organizations/review", null, u.createdAt())));
        return items;
    }

}
