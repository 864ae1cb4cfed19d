package pl.wspolnie.initiatives.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What local initiatives ask of people: a resident invited to an application's group
 * confirms (or not) while it is a draft; the JST's officials (OFFICIAL, JST_ADMIN) score
 * and decide a submitted application. One statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InitiativesAttention implements AttentionSource {

    private static final String SQL = """
            select 'RESIDENT' as role, 'attention.initiatives.invitation' as kind, i.title as title,
                   '/initiatives/' || i.id as link, null::timestamptz as deadline, m.invited_at as at
            from initiative_member m
            join initiative i on i.id = m.initiative_id
            where m.user_id = :me and m.accepted_at is null and i.status = 'DRAFT'
            union all
            select 'OFFICIAL', 'attention.initiatives.decision', i.title, '/initiatives/' || i.id || '/score',
                   null::timestamptz, i.submitted_at
            from initiative i
            where i.jst_id in (:jsts) and i.status = 'SUBMITTED'
            """;

    private final AttentionQueries queries;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.query(SQL,
                Map.of("me", user.userId(), "jsts", queries.jstsWith(Set.of(Role.OFFICIAL, Role.JST_ADMIN))));
    }

}
