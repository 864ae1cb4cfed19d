package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface CouncilSeatRepository extends JpaRepository<CouncilSeat, Long> {

    List<CouncilSeat> findByTermIdOrderByFromOnAscIdAsc(long termId);

    List<CouncilSeat> findByTermIdInOrderByFromOnAscIdAsc(Collection<Long> termIds);

    List<CouncilSeat> findByPartyId(long partyId);

}
