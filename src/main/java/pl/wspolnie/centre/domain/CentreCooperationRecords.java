package pl.wspolnie.centre.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The support centre's records behind the cooperation quality index, of the centres
 * serving the JST: advice sessions booked, rooms and equipment lent (confirmed bookings),
 * trainings held (with their participants as the amount), in the year.
 */
@Component
@Transactional(readOnly = true)
class CentreCooperationRecords extends SqlCooperationRecords {

    private static final String SERVING = " (c.jst_id = :jst or exists (select 1 from centre_served_jst s "
            + "where s.centre_id = c.id and s.jst_id = :jst)) ";

    CentreCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("centre.advice",
                "select (a.starts_at at time zone 'Europe/Warsaw')::date as day, c.name || ': ' || b.topic as label, "
                        + "'/centre/' || c.id || '/advice' as path, true as counted, null::numeric as amount "
                        + "from centre_advice_booking b join centre_advice_slot a on a.id = b.slot_id "
                        + "join centre c on c.id = a.centre_id where b.status = 'BOOKED' and" + SERVING
                        + "and extract(year from a.starts_at at time zone 'Europe/Warsaw') = :year "
                        + "order by a.starts_at, b.id",
                "centre.bookings",
                "select (b.starts_at at time zone 'Europe/Warsaw')::date as day, r.name || ': ' || b.purpose as label, "
                        + "'/centre/resources/' || r.id as path, true as counted, null::numeric as amount "
                        + "from centre_booking b join centre_resource r on r.id = b.resource_id "
                        + "join centre c on c.id = r.centre_id where b.status = 'CONFIRMED' and" + SERVING
                        + "and extract(year from b.starts_at at time zone 'Europe/Warsaw') = :year "
                        + "order by b.starts_at, b.id",
                "centre.trainings",
                "select (t.starts_at at time zone 'Europe/Warsaw')::date as day, t.title as label, "
                        + "'/centre/trainings/' || t.id as path, true as counted, (select count(*) "
                        + "from centre_training_application p where p.training_id = t.id and p.status = 'ACCEPTED')::numeric "
                        + "as amount from centre_training t join centre c on c.id = t.centre_id where" + SERVING
                        + "and t.cancelled_at is null "
                        + "and extract(year from t.starts_at at time zone 'Europe/Warsaw') = :year order by t.starts_at, t.id"));
    }

}
