package pl.wspolnie.diagnosis.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface LijwDiagnosisRepository extends JpaRepository<LijwDiagnosis, Long> {

    Optional<LijwDiagnosis> findByJstIdAndYear(long jstId, int year);

    @Query("select d from LijwDiagnosis d where d.jstId in :jstIds or d.id in "
            + "(select m.diagnosisId from LijwMember m where m.userId = :userId) order by d.year desc, d.id")
    List<LijwDiagnosis> ofJstsOrMember(Collection<Long> jstIds, long userId);

    @Query("select d from LijwDiagnosis d where d.jstId = :jstId and d.year < :year order by d.year desc")
    List<LijwDiagnosis> earlier(long jstId, int year);

}
