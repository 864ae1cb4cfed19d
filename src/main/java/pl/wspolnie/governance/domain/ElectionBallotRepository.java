package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ElectionBallotRepository extends JpaRepository<ElectionBallot, Long> {

    List<ElectionBallot> findByElectionId(long electionId);

    boolean existsByElectionIdAndPartyId(long electionId, long partyId);

    long countByElectionId(long electionId);

}
