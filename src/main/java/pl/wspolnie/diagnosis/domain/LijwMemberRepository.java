package pl.wspolnie.diagnosis.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LijwMemberRepository extends JpaRepository<LijwMember, Long> {

    List<LijwMember> findByDiagnosisIdOrderById(long diagnosisId);

    boolean existsByDiagnosisIdAndUserId(long diagnosisId, long userId);

}
