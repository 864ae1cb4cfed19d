package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface TermRepository extends JpaRepository<Term, Long> {

    List<Term> findByAgreementIdOrderByStartsOnDesc(long agreementId);

}
