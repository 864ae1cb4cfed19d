package pl.wspolnie.competitions.domain.contract;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.diagnosis.EmbeddedSurveys;
import pl.wspolnie.shared.figures.CooperationRecord;
import pl.wspolnie.shared.figures.CooperationRecordsSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The evaluation of contracted tasks with their beneficiaries behind the cooperation
 * quality index (issue 19 point 3), measure {@code contracts.evaluated}: the contracts
 * (competitions and small grants) whose task ended in the year (the end in force, after
 * annexes) and that had an evaluation set up, counted when at least 3 beneficiaries
 * answered (the amount: the number of answers; the answers themselves stay in the
 * evaluation's summary).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractEvaluationRecords implements CooperationRecordsSource {

    static final String MEASURE = "contracts.evaluated";

    private final JdbcClient jdbc;

    private final EmbeddedSurveys surveys;

    private record Ended(long offerId, LocalDate day, String label) {
    }

    @Override
    public Set<String> measures() {
        return Set.of(MEASURE);
    }

    @Override
    public List<CooperationRecord> records(String measure, long jstId, int year) {
        if (!MEASURE.equals(measure)) {
            return List.of();
        }
        List<Ended> ended = jdbc
            .sql("select k.offer_id, k.ends_on, coalesce(c.title || ': ', 'Mały grant: ') "
                    + "|| coalesce(o.title, 'oferta ' || o.id) || ', umowa ' || k.number from competition_contract k "
                    + "join competition_task_evaluation e on e.offer_id = k.offer_id join offer o on o.id = k.offer_id "
                    + "left join competition c on c.id = k.competition_id where k.jst_id = :jst "
                    + "and extract(year from k.ends_on) = :year order by k.ends_on, k.offer_id")
            .param("jst", jstId)
            .param("year", year)
            .query((rs, n) -> new Ended(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
            .list();
        Map<String, Long> answers = surveys
            .answerCounts(ended.stream().map(e -> TaskEvaluation.ownerRef(e.offerId())).toList());
        return ended.stream().map(e -> {
            long n = answers.getOrDefault(TaskEvaluation.ownerRef(e.offerId()), 0L);
            return new CooperationRecord(e.day(), e.label() + ", odpowiedzi uczestników: " + n,
                    "/offers/" + e.offerId() + "/evaluation", n >= EmbeddedSurveys.Summary.MIN_GROUP,
                    BigDecimal.valueOf(n));
        }).toList();
    }

}
