package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface InitiativeVersionRepository extends JpaRepository<InitiativeVersion, Long> {

    List<InitiativeVersion> findByInitiativeIdOrderByNumberDesc(long initiativeId);

}
