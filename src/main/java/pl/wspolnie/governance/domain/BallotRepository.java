package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface BallotRepository extends JpaRepository<Ballot, Long> {

    List<Ballot> findByElectionId(long electionId);

    boolean existsByElectionIdAndPartyId(long electionId, long partyId);

    long countByElectionId(long electionId);

}
