package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface MandateRepository extends JpaRepository<Mandate, Long> {

    List<Mandate> findByPartyIdOrderByValidFromAsc(long partyId);

    List<Mandate> findByPartyIdInOrderByValidFromAscIdAsc(Collection<Long> partyIds);

    @Query("select m from Mandate m where m.partyId in (select p.id from Party p where p.agreementId = ?1)"
            + " order by m.validFrom, m.id")
    List<Mandate> ofAgreement(long agreementId);

}
