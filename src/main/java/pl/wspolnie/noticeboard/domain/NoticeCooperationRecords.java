package pl.wspolnie.noticeboard.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The notice board's records behind the cooperation quality index (indicator 3.6,
 * supported volunteering): the volunteering offers of the JST published in the year, each
 * with the number of volunteers who answered it through the platform (its amount).
 */
@Component
@Transactional(readOnly = true)
class NoticeCooperationRecords extends SqlCooperationRecords {

    NoticeCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("volunteering.offers",
                "select (n.created_at at time zone 'Europe/Warsaw')::date as day, n.title || ', zgłoszenia wolontariuszy: '"
                        + " || r.answers as label, '/notices/' || n.id as path, true as counted, r.answers::numeric as amount "
                        + "from notice n cross join lateral (select count(*) as answers from notice_response nr "
                        + "where nr.notice_id = n.id) r where n.jst_id = :jst and n.kind = 'VOLUNTEERING' and n.status = 'PUBLISHED' "
                        + "and extract(year from n.created_at at time zone 'Europe/Warsaw') = :year order by n.created_at, n.id"));
    }

}
