package pl.wspolnie.competitions.domain.contract;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface InterestRateRepository extends JpaRepository<InterestRate, Long> {

    List<InterestRate> findAllByOrderByValidFromAsc();

    boolean existsByValidFrom(LocalDate validFrom);

}
