package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByParentJstIdAndName(long parentJstId, String name);

}
