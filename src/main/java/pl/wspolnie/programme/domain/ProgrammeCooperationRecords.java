package pl.wspolnie.programme.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The programme's records behind the cooperation quality index: the programmes the JST
 * adopted in the year (by the resolution's date), counted when the programme was
 * consulted with the NGOs before its adoption (it names its consultation).
 */
@Component
@Transactional(readOnly = true)
class ProgrammeCooperationRecords extends SqlCooperationRecords {

    ProgrammeCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("programme.consulted",
                "select resolution_date as day, title || ' (uchwała ' || coalesce(resolution_number, 'bez numeru') || ', '"
                        + " || case when consultation_id is null then 'bez konsultacji' else 'konsultowany' end || ')'"
                        + " as label, '/programmes/' || id as path, consultation_id is not null as counted,"
                        + " null::numeric as amount from programme where jst_id = :jst and status = 'ADOPTED'"
                        + " and resolution_date is not null and extract(year from resolution_date) = :year"
                        + " order by resolution_date, id"));
    }

}
