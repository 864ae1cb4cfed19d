package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface TaskEvaluationRepository extends JpaRepository<TaskEvaluation, Long> {

    /** The contracts of the competition whose task has an evaluation, by number. */
    @Query("select k from Contract k where k.competitionId = :competitionId and exists "
            + "(select e from TaskEvaluation e where e.offerId = k.offerId) order by k.number")
    List<Contract> contractsOf(long competitionId);

}
