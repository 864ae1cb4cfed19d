package pl.wspolnie.consultations.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.figures.SqlCooperationRecords;

import java.util.Map;

/**
 * The consultations' records behind the cooperation quality index: the consultations that
 * started in the year, and the remarks sent in the year (counted when they got an
 * answer).
 */
@Component
@Transactional(readOnly = true)
class ConsultationCooperationRecords extends SqlCooperationRecords {

    ConsultationCooperationRecords(JdbcClient jdbc) {
        super(jdbc, Map.of("consultations.held",
                "select starts_on as day, subject as label, '/consultations/' || id as path, true as counted, "
                        + "null::numeric as amount from consultation where jst_id = :jst "
                        + "and extract(year from starts_on) = :year order by starts_on, id",
                "consultations.remarks",
                "select (r.created_at at time zone 'Europe/Warsaw')::date as day, "
                        + "c.subject || ': ' || r.author_name as label, '/consultations/' || c.id || '/remarks' as path, "
                        + "r.answer_id is not null as counted, null::numeric as amount from consultation_remark r "
                        + "join consultation c on c.id = r.consultation_id where c.jst_id = :jst "
                        + "and extract(year from r.created_at at time zone 'Europe/Warsaw') = :year "
                        + "order by r.created_at, r.id"));
    }

}
