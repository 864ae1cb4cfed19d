package pl.wspolnie.centre.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface PlannedTrainingRepository extends JpaRepository<PlannedTraining, Long> {

    List<PlannedTraining> findByCentreIdInOrderByCreatedAtDescDemandDesc(Collection<Long> centreIds);

    boolean existsByCentreIdAndSourceSurveyIdAndTitle(long centreId, long sourceSurveyId, String title);

}
