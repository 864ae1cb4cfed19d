package pl.wspolnie.initiatives.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionRows;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.HashSet;
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

    private final JdbcClient jdbc;

    private final Permissions permissions;

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        Set<Long> jsts = new HashSet<>(permissions.jstsWith(Role.OFFICIAL));
        jsts.addAll(permissions.jstsWith(Role.JST_ADMIN));
        return AttentionRows.query(jdbc, SQL, Map.of("me", user.userId(), "jsts", jsts));
    }

}
