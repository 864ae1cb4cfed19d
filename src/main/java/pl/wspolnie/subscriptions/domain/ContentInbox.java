package pl.wspolnie.subscriptions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.shared.events.ContentPublished;
import pl.wspolnie.subscriptions.PublishedItem;
import pl.wspolnie.subscriptions.PublishedItems;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Stores every ContentPublished item (one per type and source id; publishing again
 * updates it) and, the first time an item arrives, mails the people who want that content
 * type immediately and whose JSTs and spheres match.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContentInbox {

    private final JdbcClient jdbc;

    private final Accounts accounts;

    private final SubscriptionMails mails;

    private final Clock clock;

    @ApplicationModuleListener
    void on(ContentPublished event) {
        record Stored(long id, boolean inserted) {
        }
        Stored stored = jdbc.sql("""
                insert into published_content (content_type, source_id, title, summary, path, jst_id, sphere_codes,
                                               published_at, received_at)
                values (:type, :sourceId, :title, :summary, :path, :jst, cast(:spheres as text[]), :publishedAt, :now)
                on conflict (content_type, source_id) do update set title = excluded.title, summary = excluded.summary,
                    path = excluded.path, jst_id = excluded.jst_id, sphere_codes = excluded.sphere_codes,
                    published_at = excluded.published_at
                returning id, (xmax = 0) as inserted""")
            .param("type", event.type().name())
            .param("sourceId", event.sourceId())
            .param("title", cut(event.title(), 300))
            .param("summary", event.summary())
            .param("path", event.path())
            .param("jst", event.jstId())
            .param("spheres",
                    "{" + String.join(",", event.sphereCodes().stream().map(c -> "\"" + c + "\"").toList()) + "}")
            .param("publishedAt", Timestamp.from(event.publishedAt() == null ? clock.instant() : event.publishedAt()))
            .param("now", Timestamp.from(clock.instant()))
            .query((rs, i) -> new Stored(rs.getLong(1), rs.getBoolean(2)))
            .single();
        if (!stored.inserted()) {
            return; // an update of an item subscribers already heard about
        }
        List<Long> userIds = jdbc.sql("""
                select s.user_id from subscription_settings s
                join subscription_frequency f on f.user_id = s.user_id and f.frequency = 'IMMEDIATE'
                join published_content c on c.id = :id and c.content_type = f.content_type
                where """ + Matching.CONDITION).param("id", stored.id()).query(Long.class).list();
        if (userIds.isEmpty()) {
            return;
        }
        PublishedItem item = jdbc.sql("select " + columns() + " from published_content c where c.id = :id")
            .param("id", stored.id())
            .query(PublishedItemsRows::item)
            .single();
        Map<Long, AccountSummary> people = accounts.findAll(userIds);
        people.values().stream().filter(AccountSummary::emailConfirmed).forEach(p -> mails.immediate(p, item));
    }

    private static String columns() {
        return PublishedItemsRows.COLUMNS;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

}
