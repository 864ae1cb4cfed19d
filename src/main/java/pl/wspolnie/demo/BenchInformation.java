package pl.wspolnie.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Load-test data for bench/news-calendar-bench.sh:
 * {@code wspolnie.bench.information-items} published news items (over the last two years)
 * and as many calendar entries (over five years around today), spread over the
 * partnership's JSTs and the spheres; generated in the database (generate_series, fixed
 * pseudo-random choices). Never enabled by default.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "wspolnie.bench.information-items")
class BenchInformation implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchInformation.class);

    private final JdbcClient jdbc;

    private final Clock clock;

    private final int target;

    BenchInformation(JdbcClient jdbc, Clock clock, @Value("${wspolnie.bench.information-items}") int target) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.target = target;
    }

    @Override
    public void run(ApplicationArguments args) {
        Timestamp now = Timestamp.from(clock.instant());
        long news = jdbc.sql("select count(*) from news_item").query(Long.class).single();
        if (news < target) {
            jdbc.sql(
                    """
                            with j as (select array_agg(id order by id) a from jst where partnership_member),
                                 s as (select array_agg(code order by code) a from sphere where parent_code is not null),
                                 u as (select min(id) id from user_account)
                            insert into news_item (jst_id, author_id, title, lead, body, sphere_codes, status, publish_at, announced,
                                                   created_at, updated_at, search_text)
                            select j.a[1 + (g * 7) % cardinality(j.a)], u.id,
                                   (array['Nabór', 'Szkolenie', 'Festyn', 'Konkurs', 'Spotkanie', 'Zbiórka'])[1 + g % 6] || ' nr ' || g,
                                   'Informacja numer ' || g || ' dla organizacji pozarządowych',
                                   '<p>Treść informacji ' || g || '.</p>',
                                   array[s.a[1 + (g * 13) % cardinality(s.a)]], 'PUBLISHED',
                                   cast(:now as timestamptz) - make_interval(mins => g * 53), true, :now, :now,
                                   (array['nabor', 'szkolenie', 'festyn', 'konkurs', 'spotkanie', 'zbiorka'])[1 + g % 6]
                                       || ' nr ' || g || ' informacja dla organizacji pozarzadowych'
                            from generate_series(1, :n) g, j, s, u""")
                .param("now", now)
                .param("n", (int) (target - news))
                .update();
        }
        long entries = jdbc.sql("select count(*) from calendar_entry").query(Long.class).single();
        if (entries < target) {
            jdbc.sql(
                    """
                            with j as (select array_agg(id order by id) a from jst where partnership_member),
                                 s as (select array_agg(code order by code) a from sphere where parent_code is not null)
                            insert into calendar_entry (source, source_id, type, title, starts_at, ends_at, place, jst_id,
                                                        sphere_codes, path, updated_at)
                            select 'bench', g::text,
                                   (array['TRAINING', 'MEETING', 'FORUM', 'CONSULTATION_MEETING', 'COMPETITION_DEADLINE', 'EVENT'])[1 + g % 6],
                                   'Wydarzenie nr ' || g, cast(:now as timestamptz) + make_interval(hours => (g * 2) - :n), null, 'Sala nr ' || (g % 20),
                                   j.a[1 + (g * 7) % cardinality(j.a)], array[s.a[1 + (g * 13) % cardinality(s.a)]],
                                   '/calendar', :now
                            from generate_series(1, :n) g, j, s""")
                .param("now", now)
                .param("n", (int) (target - entries))
                .update();
        }
        jdbc.sql("vacuum analyze news_item").update();
        jdbc.sql("vacuum analyze calendar_entry").update();
        log.info("Bench information data: {} news items, {} calendar entries",
                jdbc.sql("select count(*) from news_item").query(Long.class).single(),
                jdbc.sql("select count(*) from calendar_entry").query(Long.class).single());
    }

}
