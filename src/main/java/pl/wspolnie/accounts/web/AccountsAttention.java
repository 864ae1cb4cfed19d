package pl.wspolnie.accounts.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.mail.MailRetrySettings;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What waits for a platform administrator (an explicit PLATFORM_ADMIN role): event
 * publications (mails and other after-commit work) still incomplete after the retry job
 * should have resubmitted them, per event type with their number; JSTs of the partnership
 * without any official (nobody can announce a competition there); accounts whose logins
 * are paused after repeated failures (deadline: the end of the pause). One statement,
 * none for anybody else.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AccountsAttention implements AttentionSource {

    private static final String SQL = """
            select 'PLATFORM_ADMIN' as role, 'attention.admin.stuckEvents' as kind,
                   regexp_replace(p.event_type, '^.*[.$]', '') || ' (' || count(*) || ')' as title,
                   '/admin' as link, null::timestamptz as deadline, min(p.publication_date) as at
            from event_publication p
            where p.completion_date is null and p.publication_date < :stuckBefore
            group by p.event_type
            union all
            select 'PLATFORM_ADMIN', 'attention.admin.jstWithoutOfficial', j.name, '/admin/users',
                   null::timestamptz, :now
            from jst j
            where j.partnership_member
              and not exists (select 1 from role_assignment r where r.jst_id = j.id and r.role = 'OFFICIAL')
            union all
            select 'PLATFORM_ADMIN', 'attention.admin.accountLocked', u.email, '/admin/users/' || u.id,
                   t.locked_until, t.last_failure
            from login_throttle t join user_account u on lower(u.email) = substring(t.throttle_key from 9)
            where t.throttle_key like 'account:%' and t.locked_until > :now
            """;

    private final AttentionQueries queries;

    private final Permissions permissions;

    private final Clock clock;

    private final MailRetrySettings retry;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        if (!permissions.isPlatformAdmin()) {
            return List.of();
        }
        Instant now = clock.instant();
        return queries.query(SQL, Map.of("now", now, "stuckBefore", now.minus(retry.after()).minus(retry.interval())));
    }

}
