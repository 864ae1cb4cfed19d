package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    List<Agreement> findAllByOrderBySignedOnDescIdDesc();

}
