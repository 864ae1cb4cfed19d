package pl.wspolnie.initiatives.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface InitiativeSettingsRepository extends JpaRepository<InitiativeSettings, Long> {

    Optional<InitiativeSettings> findByJstId(long jstId);

}
