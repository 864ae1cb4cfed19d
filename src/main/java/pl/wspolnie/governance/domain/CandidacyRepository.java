package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CandidacyRepository extends JpaRepository<Candidacy, Long> {

    List<Candidacy> findByElectionIdOrderByNominatedAtAscIdAsc(long electionId);

    boolean existsByElectionIdAndCandidateId(long electionId, long candidateId);

}
