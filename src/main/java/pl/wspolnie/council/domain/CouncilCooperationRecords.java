package pl.wspolnie.council.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The council's records behind the cooperation quality index: the opinion requests closed
 * in the year (given or lapsed), counted when the council gave its opinion.
 */
@Component
@Transactional(readOnly = true)
class CouncilCooperationRecords extends SqlCooperationRecords {

    CouncilCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("council.opinions",
                "select coalesce((decided_at at time zone 'Europe/Warsaw')::date, deadline) as day, "
                        + "subject || case when status = 'GIVEN' then ' (opinia wydana)' "
                        + "else ' (termin minął bez opinii)' end as label, '/council/' || jst_id as path, "
                        + "status = 'GIVEN' as counted, null::numeric as amount from council_opinion_request "
                        + "where jst_id = :jst and status in ('GIVEN', 'LAPSED') "
                        + "and extract(year from coalesce((decided_at at time zone 'Europe/Warsaw')::date, deadline)) "
                        + "= :year order by 1, id"));
    }

}
