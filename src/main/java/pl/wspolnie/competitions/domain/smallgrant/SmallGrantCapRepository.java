package pl.wspolnie.competitions.domain.smallgrant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

interface SmallGrantCapRepository extends JpaRepository<SmallGrantCap, Long> {

    List<SmallGrantCap> findAllByOrderByKindAscValidFromDesc();

    List<SmallGrantCap> findByValidFromLessThanEqualOrderByValidFromDesc(LocalDate day);

    boolean existsByKindAndValidFrom(CapKind kind, LocalDate validFrom);

}
