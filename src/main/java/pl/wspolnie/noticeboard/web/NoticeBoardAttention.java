package pl.wspolnie.noticeboard.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.noticeboard.domain.NoticeBoard;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.time.LocalDate;

/**
 * The notice board's part of the page: for a liaison officer, the notices waiting for
 * moderation in their JSTs; for an organisation's representative or a notice's author,
 * volunteers' responses of the last 30 days to volunteering offers still open. One
 * statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeBoardAttention implements AttentionSource {

    static final Duration RESPONSES_SHOWN = Duration.ofDays(30);

    private static final String SQL = """
            select 'LIAISON_OFFICER' as role, 'attention.notices.moderation' as kind, n.title as title,
                   '/notices/moderation' as link, cast(null as timestamptz) as deadline, n.created_at as at
            from notice n
            where n.status = 'PENDING' and n.jst_id in (:moderated)
            union all
            select 'NGO_REPRESENTATIVE', 'attention.notices.response', n.title || ' – ' || u.display_name,
                   '/notices/' || n.id, cast(null as timestamptz), r.created_at
            from notice_response r join notice n on n.id = r.notice_id join user_account u on u.id = r.user_id
            where r.created_at > :since and n.status = 'PUBLISHED' and n.expires_on >= :today
              and (n.author_id = :user or n.organization_id in (select organization_id from organization_membership
                                                               where user_id = :user and status = 'ACTIVE'))
            """;

    private final AttentionQueries queries;

    private final NoticeBoard board;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.query(SQL, Map.of("moderated", board.moderatedByLiaisonRole(), "user", user.userId(), "since",
                clock.instant().minus(RESPONSES_SHOWN), "today", LocalDate.now(clock)));
    }

}
