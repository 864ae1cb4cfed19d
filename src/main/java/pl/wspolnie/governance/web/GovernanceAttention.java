package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What partnership governance asks of people: an application to join an agreement waits
 * for a decision by the members of its Council in office today, or, while it has none, by
 * its coordinators (liaison officers of its JST). One statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GovernanceAttention implements AttentionSource {

    private static final String COUNCIL_TODAY = """
            select 1 from governance_council_seat s join governance_council_term t on t.id = s.term_id
            where t.agreement_id = a.id and t.starts_on <= :today and t.ends_on >= :today
              and s.from_on <= :today and (s.to_on is null or s.to_on >= :today)
            """;

    private static final String SQL = """
            select 'LIAISON_OFFICER' as role, 'attention.governance.application' as kind,
                   p.name || ' – ' || a.title as title, '/governance/' || a.id as link,
                   null::timestamptz as deadline, p.applied_at as at
            from governance_party p
            join governance_agreement a on a.id = p.agreement_id
            where p.status = 'APPLIED' and a.jst_id in (:jsts) and not exists (%1$s)
            union all
            select 'RESIDENT', 'attention.governance.application', p.name || ' – ' || a.title,
                   '/governance/' || a.id, null::timestamptz, p.applied_at
            from governance_party p
            join governance_agreement a on a.id = p.agreement_id
            where p.status = 'APPLIED' and exists (%1$s and s.user_id = :me)
            """.formatted(COUNCIL_TODAY);

    private final AttentionQueries queries;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.query(SQL, Map.of("me", user.userId(), "jsts", queries.jstsWith(Set.of(Role.LIAISON_OFFICER)),
                "today", LocalDate.now(clock)));
    }

}
