package pl.wspolnie.subscriptions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.subscriptions.PublishedItem;

import java.util.List;

/**
 * Mails a recorded digest: one mail per event, so a failed one is sent again alone (the
 * others are complete).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DigestMailer {

    private final JdbcClient jdbc;

    private final Accounts accounts;

    private final SubscriptionMails mails;

    @ApplicationModuleListener
    void on(DigestPrepared digest) {
        AccountSummary person = accounts.find(digest.userId()).filter(AccountSummary::emailConfirmed).orElse(null);
        if (person == null || digest.itemIds().isEmpty()) {
            return;
        }
        List<PublishedItem> items = jdbc
            .sql("select " + PublishedItemsRows.COLUMNS
                    + " from published_content c where c.id in (:ids) order by c.published_at, c.id")
            .param("ids", digest.itemIds())
            .query(PublishedItemsRows::item)
            .list();
        if (!items.isEmpty()) {
            mails.digest(person, digest.frequency().name().toLowerCase(), items);
        }
    }

}
