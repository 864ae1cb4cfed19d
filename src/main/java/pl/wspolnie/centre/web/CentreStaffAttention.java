package pl.wspolnie.centre.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionQueries;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Role;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the centre asks of its staff (CENTRE_STAFF in the centre's JST or in a JST it
 * serves): room and equipment requests waiting for confirmation (until they start), and
 * trainings with accepted participants that ended in the last {@value #ATTENDANCE_DAYS}
 * days and whose attendance staff have not saved yet (even a list with nobody present
 * counts as saved). One statement, none for a person without the role.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CentreStaffAttention implements AttentionSource {

    static final int ATTENDANCE_DAYS = 30;

    private static final String SQL = """
            with staff_centres as (
                select c.id from centre c
                where c.jst_id in (:jsts)
                   or exists (select 1 from centre_served_jst s where s.centre_id = c.id and s.jst_id in (:jsts))
            )
            select 'CENTRE_STAFF' as role, 'attention.centre.staff.bookingToConfirm' as kind,
                   r.name || ': ' || b.purpose as title, '/centre/' || r.centre_id || '/bookings/pending' as link,
                   b.starts_at as deadline, b.created_at as at
            from centre_booking b join centre_resource r on r.id = b.resource_id
            where r.centre_id in (select id from staff_centres) and b.status = 'PENDING' and b.starts_at > :now
            union all
            select 'CENTRE_STAFF', 'attention.centre.staff.attendance', t.title,
                   '/centre/trainings/' || t.id || '/attendance', cast(null as timestamptz), t.ends_at
            from centre_training t
            where t.centre_id in (select id from staff_centres) and t.cancelled_at is null
              and t.ends_at <= :now and t.ends_at > :since
              and t.attendance_recorded_at is null
              and exists (select 1 from centre_training_application a
                          where a.training_id = t.id and a.status = 'ACCEPTED')
            """;

    private final AttentionQueries queries;

    private final Clock clock;

    @Override
    public List<AttentionItem> itemsFor(AuthenticatedUser user) {
        return queries.inJstsWith(Set.of(Role.CENTRE_STAFF), SQL, jsts -> Map.of("jsts", jsts, "now", clock.instant(),
                "since", clock.instant().minus(Duration.ofDays(ATTENDANCE_DAYS))));
    }

}
