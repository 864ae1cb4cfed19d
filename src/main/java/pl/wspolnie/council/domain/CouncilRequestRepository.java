package pl.wspolnie.council.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CouncilRequestRepository extends JpaRepository<CouncilRequest, Long> {

    List<CouncilRequest> findByJstIdOrderByRequestedAt(long jstId);

    boolean existsByJstIdAndOrganizationId(long jstId, long organizationId);

}
