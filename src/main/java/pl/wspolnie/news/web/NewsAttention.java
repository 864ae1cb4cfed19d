package pl.wspolnie.news.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.news.domain.Newsroom;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * News that wait for a person: for a liaison officer, the items waiting for moderation in
 * their JSTs (linking to the moderation queue); for an organisation's representative, its
 * items rejected in the last 30 days (to correct and send again). One statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NewsAttention implements AttentionSource {

    static final Duration REJECTED_SHOWN = Duration.ofDays(30);

    private static final String SQL = """
            select 'LIAISON_OFFICER' as role, 'attention.news.moderation' as kind, n.title as title,
                   '/news/moderation' as link, cast(null as timestamptz) as deadline, n.updated_at as at
            from news_item n
            where n.status = 'PENDING' and n.jst_id in (:moderated)
            union all
            select 'NGO_REPRESENTATIVE', 'attention.news.rejected', n.title, '/news/' || n.id || '/edit',
                   cast(null as timestamptz), n.updated_at
            from news_item n
            where n.status = 'REJECTED' and n.updated_at > :since
              and n.organization_id in (select organization_id from organization_membership
                                        where user_id = :user and status = 'ACTIVE')
            """;

    private final AttentionQueries queries;

    private final Newsroom newsroom;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.query(SQL, Map.of("moderated", newsroom.moderatedByLiaisonRole(), "user", user.userId(), "since",
                clock.instant().minus(REJECTED_SHOWN)));
    }

}
