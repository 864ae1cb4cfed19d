package pl.wspolnie.centre;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.time.ClockConfig;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Load-test data for bench/centre-bench.sh: a centre "Centrum testowe obciążenia" with
 * one room holding {@code wspolnie.bench.centre-rows} confirmed one-hour bookings (eight
 * a day, on consecutive days around today) and as many upcoming trainings. Inserted with
 * set-based SQL after the demo data; never enabled by default.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "wspolnie.bench.centre-rows")
class CentreBenchData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CentreBenchData.class);

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int rows;

    CentreBenchData(JdbcClient jdbc, Clock clock, @Value("${wspolnie.bench.centre-rows}") int rows) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rows = rows;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> existing = jdbc
            .sql("select r.id from centre_resource r join centre c on c.id = r.centre_id "
                    + "where c.name = 'Centrum testowe obciążenia'")
            .query(Long.class)
            .optional();
        if (existing.isPresent()) {
            log.info("Centre bench data: room {} (present)", existing.get());
            return;
        }
        long jst = jdbc.sql("select id from jst where teryt = '2613'").query(Long.class).single();
        long org = jdbc.sql("select min(id) from organization").query(Long.class).single();
        long user = jdbc.sql("select min(id) from user_account").query(Long.class).single();
        Timestamp now = Timestamp.from(clock.instant());
        long centre = jdbc
            .sql("insert into centre (jst_id, name, address, created_at) values (?, 'Centrum testowe obciążenia', "
                    + "'ul. Testowa 1, Włoszczowa', ?) returning id")
            .params(jst, now)
            .query(Long.class)
            .single();
        long room = jdbc
            .sql("insert into centre_resource (centre_id, kind, name, capacity, equipment, open_days, opens, closes, "
                    + "max_minutes, max_days_ahead) values (?, 'ROOM', 'Sala testowa', 30, 'rzutnik', '1111111', '08:00', '20:00', 480, 3650) "
                    + "returning id")
            .params(centre)
            .query(Long.class)
            .single();
        LocalDate first = LocalDate.now(clock).minusDays(rows / 16);
        Timestamp firstDay = Timestamp.from(first.atStartOfDay(ClockConfig.WARSAW).toInstant());
        jdbc.sql(
                """
                        insert into centre_booking (resource_id, organization_id, requested_by, request_group, starts_at, ends_at,
                                                    purpose, status, created_at)
                        select :room, :org, :user, gen_random_uuid(),
                               cast(:first as timestamptz) + make_interval(days => g / 8, hours => 8 + g % 8),
                               cast(:first as timestamptz) + make_interval(days => g / 8, hours => 9 + g % 8),
                               'Spotkanie ' || g, 'CONFIRMED', :now
                        from generate_series(0, :rows - 1) g""")
            .param("room", room)
            .param("org", org)
            .param("user", user)
            .param("first", firstDay)
            .param("rows", rows)
            .param("now", now)
            .update();
        Timestamp tomorrow = Timestamp
            .from(LocalDate.now(clock).plusDays(1).atStartOfDay(ClockConfig.WARSAW).toInstant());
        jdbc.sql(
                """
                        insert into centre_training (centre_id, kind, title, programme, trainer, place, starts_at, ends_at, capacity,
                                                     applications_open, applications_close, recruitment_mode, audiences, need_tags,
                                                     created_at)
                        select :centre, (array['TRAINING','WORKSHOP','SEMINAR','CONFERENCE','STUDY_VISIT'])[1 + g % 5],
                               'Szkolenie testowe nr ' || g, 'Program szkolenia ' || g, 'Prowadzący ' || g % 50, 'Sala testowa',
                               cast(:tomorrow as timestamptz) + make_interval(hours => 10 + g), cast(:tomorrow as timestamptz) + make_interval(hours => 12 + g), 20,
                               :now, :tomorrow, 'FIRST_COME', 'VOLUNTEER', case when g % 10 = 0 then 'potrzeba ' || g % 7 else '' end, :now
                        from generate_series(0, :rows - 1) g""")
            .param("centre", centre)
            .param("tomorrow", tomorrow)
            .param("now", now)
            .param("rows", rows)
            .update();
        jdbc.sql("vacuum analyze centre_booking").update();
        jdbc.sql("vacuum analyze centre_training").update();
        log.info("Centre bench data: room {} with {} bookings, {} trainings", room, rows, rows);
    }

}
