package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * What the centre holds for a person: their training applications (accepted, waiting or
 * undecided) for trainings still ahead, and the upcoming room, equipment and advice
 * bookings they made or their organisation holds. One statement.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CentreAttention implements AttentionSource {

    private static final String SQL = """
            with mine as (
                select organization_id from organization_membership where user_id = :user and status = 'ACTIVE'
            )
            select 'RESIDENT' as role, 'attention.centre.application.' || a.status as kind, t.title as title,
                   '/centre/trainings/' || t.id as link, t.starts_at as deadline, a.applied_at as at
            from centre_training_application a join centre_training t on t.id = a.training_id
            where a.user_id = :user and a.status in ('ACCEPTED', 'WAITING', 'PENDING')
              and t.cancelled_at is null and t.starts_at > :now
            union all
            select 'NGO_REPRESENTATIVE', 'attention.centre.booking.' || b.status, r.name, '/centre/bookings',
                   b.starts_at, b.created_at
            from centre_booking b join centre_resource r on r.id = b.resource_id
            where (b.requested_by = :user or b.organization_id in (select organization_id from mine))
              and b.status in ('PENDING', 'CONFIRMED') and b.starts_at > :now
            union all
            select 'NGO_REPRESENTATIVE', 'attention.centre.advice', b.topic, '/centre/bookings', s.starts_at,
                   b.created_at
            from centre_advice_booking b join centre_advice_slot s on s.id = b.slot_id
            where (b.booked_by = :user or b.organization_id in (select organization_id from mine))
              and b.status = 'BOOKED' and s.starts_at > :now
            """;

    private final AttentionQueries queries;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.query(SQL, Map.of("user", user.userId(), "now", clock.instant()));
    }

}
