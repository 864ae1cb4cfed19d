package pl.wspolnie.support;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import pl.wspolnie.calendar.Eventually;
import pl.wspolnie.shared.events.ContentPublished;

/** Content published as a module publishes it, for the tests of what is built on it. */
public final class PublishedContent {

    private PublishedContent() {
    }

    /**
     * Publishes the event in a transaction, as a module does, and waits until the
     * listener (after the commit) has stored the content under its title.
     */
    public static void publishAndAwait(TransactionTemplate tx, ApplicationEventPublisher events, JdbcClient jdbc,
            ContentPublished content) {
        tx.executeWithoutResult(s -> events.publishEvent(content));
        Eventually.await("stored " + content.title(),
                () -> jdbc.sql("select count(*) from published_content where title = :t")
                    .param("t", content.title())
                    .query(Long.class)
                    .single() == 1);
    }

}
