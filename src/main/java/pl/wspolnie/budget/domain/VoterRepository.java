package pl.wspolnie.budget.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoterRepository extends JpaRepository<Voter, Long> {

    boolean existsByEditionIdAndPeselHash(long editionId, String peselHash);

}
