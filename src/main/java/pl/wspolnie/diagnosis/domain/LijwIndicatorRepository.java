package pl.wspolnie.diagnosis.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface LijwIndicatorRepository extends JpaRepository<LijwIndicator, Long> {

    @Query("select i from LijwIndicator i where i.diagnosisId = :diagnosisId order by i.plane, i.position, i.id")
    List<LijwIndicator> ofDiagnosis(long diagnosisId);

}
