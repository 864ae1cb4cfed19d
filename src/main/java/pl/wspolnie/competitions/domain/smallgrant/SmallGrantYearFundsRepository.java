package pl.wspolnie.competitions.domain.smallgrant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SmallGrantYearFundsRepository extends JpaRepository<SmallGrantYearFunds, SmallGrantYearFunds.Key> {

    List<SmallGrantYearFunds> findByKeyJstIdOrderByKeyYearDesc(long jstId);

}
