package pl.wspolnie.council.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the council asks of its members (COUNCIL_MEMBER of the JST): the requests for an
 * opinion still waiting, with their deadline (a date: the end of that day in Warsaw). One
 * statement, none for a person without the role.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CouncilAttention implements AttentionSource {

    private static final String SQL = """
            select 'COUNCIL_MEMBER' as role, 'attention.council.opinionRequested' as kind, r.subject as title,
                   '/council/' || r.jst_id as link,
                   (r.deadline + 1)::timestamp at time zone 'Europe/Warsaw' - interval '1 minute' as deadline,
                   r.requested_at as at
            from council_opinion_request r
            where r.jst_id in (:jsts) and r.status = 'REQUESTED' and r.deadline >= :today
            """;

    private final AttentionQueries queries;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.inJstsWith(Set.of(Role.COUNCIL_MEMBER), SQL,
                jsts -> Map.of("jsts", jsts, "today", LocalDate.now(clock.withZone(ClockConfig.WARSAW))));
    }

}
