package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface HourlyRateRepository extends JpaRepository<HourlyRate, Long> {

    List<HourlyRate> findByJstIdOrderByValidFromDesc(long jstId);

    Optional<HourlyRate> findFirstByJstIdAndValidFromLessThanEqualOrderByValidFromDesc(long jstId, LocalDate day);

    boolean existsByJstIdAndValidFrom(long jstId, LocalDate validFrom);

}
