package pl.wspolnie.bulletin.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The bulletin's records behind the cooperation quality index: the issues published in
 * the year.
 */
@Component
@Transactional(readOnly = true)
class BulletinCooperationRecords extends SqlCooperationRecords {

    BulletinCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("bulletin.issues",
                "select (published_at at time zone 'Europe/Warsaw')::date as day, 'Biuletyn nr ' || number || ' ('"
                        + " || to_char(period_from, 'DD.MM.YYYY') || ' – ' || to_char(period_to, 'DD.MM.YYYY') || ')' as label, "
                        + "'/bulletin/' || id || '.pdf' as path, true as counted, null::numeric as amount from bulletin_issue "
                        + "where jst_id = :jst and status = 'PUBLISHED' "
                        + "and extract(year from published_at at time zone 'Europe/Warsaw') = :year order by published_at, id"));
    }

}
