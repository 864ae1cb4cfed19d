package pl.wspolnie.council.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CouncilTermRepository extends JpaRepository<CouncilTerm, Long> {

    Optional<CouncilTerm> findFirstByJstIdOrderByStartsOnDescIdDesc(long jstId);

}
